//! State of the "Compare sources" view and its reducer: the sources (text,
//! name), the latest comparison the worker sent back, and the view's
//! choices (conflicts only, the overlap pair shown).

use std::rc::Rc;

use yew::prelude::*;

use crate::compare_model::{CompareReply, CompareTiming, CompareView};
use crate::text::Utf16Index;

/// One article to compare.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceEntry {
    /// Stable while the source exists; never reused.
    pub id: u64,
    pub text: Rc<str>,
    /// What the user typed in the name field (meaningful when `named`).
    pub name: Rc<str>,
    /// The user has typed a name: it wins over the guess.
    pub named: bool,
    /// The core's guess from the text (byline, agency tag, `Source:` line).
    pub guess: Option<Rc<str>>,
    /// The name when nothing better is known: the file's name or `Source N`.
    pub fallback: Rc<str>,
    /// The text came from HTML and was converted to clean text.
    pub converted: bool,
}

impl SourceEntry {
    /// The name shown in column headers and written in exports: the user's,
    /// else the guess, else the fallback.
    pub fn label(&self) -> Rc<str> {
        if self.named && !self.name.trim().is_empty() {
            Rc::from(self.name.trim())
        } else {
            self.placeholder()
        }
    }

    /// What the name field suggests when empty: the guess or the fallback.
    pub fn placeholder(&self) -> Rc<str> {
        self.guess.clone().unwrap_or_else(|| self.fallback.clone())
    }

    /// What the name field holds: the typed name, else the suggestion.
    pub fn field_value(&self) -> Rc<str> {
        if self.named {
            self.name.clone()
        } else {
            self.placeholder()
        }
    }
}

/// A text about to become a source, already prepared by the worker.
#[derive(Clone, Debug, PartialEq)]
pub struct NewSource {
    pub text: String,
    pub guess: Option<String>,
    /// The file's name without its extension, for a dropped file.
    pub file_name: Option<String>,
    pub converted: bool,
}

/// A comparison as the view shows it: the worker's view model with the
/// texts it was computed from (to slice sentences and passages).
pub struct CompareDoc {
    pub seq: u64,
    /// The compared sources' ids, one per column.
    pub ids: Vec<u64>,
    pub texts: Vec<Rc<str>>,
    pub reference_date: Rc<str>,
    pub view: CompareView,
    indexes: Vec<Utf16Index>,
    /// Where the worker's time went.
    pub timing: CompareTiming,
    /// Worker round trip, milliseconds.
    pub elapsed_ms: f64,
}

impl CompareDoc {
    pub fn new(
        ids: Vec<u64>,
        texts: Vec<Rc<str>>,
        reference_date: Rc<str>,
        reply: CompareReply,
        elapsed_ms: f64,
    ) -> CompareDoc {
        let indexes = texts.iter().map(|t| Utf16Index::new(t)).collect();
        CompareDoc {
            seq: reply.seq,
            ids,
            texts,
            reference_date,
            view: reply.view,
            indexes,
            timing: reply.timing,
            elapsed_ms,
        }
    }

    /// The text of column `source` between UTF-16 offsets `start..end`.
    pub fn slice(&self, source: usize, start: u32, end: u32) -> &str {
        match (self.texts.get(source), self.indexes.get(source)) {
            (Some(text), Some(index)) => text.get(index.range(start, end)).unwrap_or(""),
            _ => "",
        }
    }
}

/// The whole state of the "Compare sources" view.
#[derive(Clone)]
pub struct CompareState {
    pub sources: Vec<Rc<SourceEntry>>,
    /// The next source's id (ids start at 1; `Source N` uses it).
    pub next_id: u64,
    /// The latest comparison that came back (possibly of older sources).
    pub doc: Option<Rc<CompareDoc>>,
    /// The fact matrix shows conflicts only.
    pub conflicts_only: bool,
    /// The pair of sources (ids) whose shared passages are shown; `None`:
    /// the most similar pair.
    pub pair: Option<(u64, u64)>,
}

impl CompareState {
    /// The view's state with these stored sources (ids are given afresh).
    pub fn new(stored: Vec<SourceEntry>) -> CompareState {
        let mut state = CompareState {
            sources: Vec::new(),
            next_id: 1,
            doc: None,
            conflicts_only: false,
            pair: None,
        };
        for s in stored {
            let id = state.next_id;
            state.next_id += 1;
            state.sources.push(Rc::new(SourceEntry { id, ..s }));
        }
        state
    }

    /// Ids and texts of the sources, in order: what a comparison depends on.
    pub fn inputs(&self) -> Vec<(u64, Rc<str>)> {
        self.sources
            .iter()
            .map(|s| (s.id, s.text.clone()))
            .collect()
    }

    pub fn source(&self, id: u64) -> Option<&Rc<SourceEntry>> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The header of a column of `doc`: the source's current name (renaming
    /// needs no new comparison).
    pub fn column_name(&self, id: u64) -> Rc<str> {
        self.source(id)
            .map_or_else(|| Rc::from("(removed)"), |s| s.label())
    }

    /// True while the shown comparison is not of the current sources and
    /// reference date (or none is shown yet while there is something to compare).
    pub fn is_stale(&self, reference_date: &str) -> bool {
        match &self.doc {
            None => self.sources.len() >= 2,
            Some(doc) => {
                *doc.reference_date != *reference_date
                    || doc.ids.len() != self.sources.len()
                    || doc
                        .ids
                        .iter()
                        .zip(&doc.texts)
                        .zip(&self.sources)
                        .any(|((&id, text), s)| id != s.id || *text != s.text)
            }
        }
    }

    /// The overlap pair to show, as column indices of `doc` (`a < b`): the
    /// chosen one while both sources are in it, else the most similar.
    pub fn shown_pair(&self, doc: &CompareDoc) -> Option<(usize, usize)> {
        let column = |id: u64| doc.ids.iter().position(|&x| x == id);
        if let Some((x, y)) = self.pair {
            if let (Some(a), Some(b)) = (column(x), column(y)) {
                return Some((a.min(b), a.max(b)));
            }
        }
        doc.view
            .overlap
            .iter()
            .max_by(|p, q| p.similarity.total_cmp(&q.similarity).then(q.a.cmp(&p.a)))
            .map(|o| (o.a as usize, o.b as usize))
    }
}

pub enum CompareAction {
    /// Prepared texts become sources, at the end of the list.
    Add(Vec<NewSource>),
    Remove(u64),
    RemoveAll,
    /// The user typed in a source's name field.
    Rename(u64, String),
    /// The user edited a source's text.
    EditText(u64, String),
    /// The worker compared these sources (ids and texts as sent).
    Compared {
        ids: Vec<u64>,
        texts: Vec<Rc<str>>,
        reference_date: Rc<str>,
        reply: CompareReply,
        elapsed_ms: f64,
    },
    ConflictsOnly(bool),
    /// Show the shared passages of these two sources (ids).
    ChoosePair(u64, u64),
}

impl Reducible for CompareState {
    type Action = CompareAction;

    fn reduce(self: Rc<Self>, action: CompareAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            CompareAction::Add(new) => {
                if new.is_empty() {
                    return self;
                }
                for n in new {
                    let id = next.next_id;
                    next.next_id += 1;
                    next.sources.push(Rc::new(SourceEntry {
                        id,
                        text: n.text.into(),
                        name: Rc::from(""),
                        named: false,
                        guess: n.guess.map(Rc::from),
                        fallback: n
                            .file_name
                            .filter(|f| !f.trim().is_empty())
                            .map_or_else(|| Rc::from(format!("Source {id}")), Rc::from),
                        converted: n.converted,
                    }));
                }
            }
            CompareAction::Remove(id) => next.sources.retain(|s| s.id != id),
            CompareAction::RemoveAll => {
                if self.sources.is_empty() {
                    return self;
                }
                next.sources.clear();
                next.pair = None;
            }
            CompareAction::Rename(id, name) => {
                let Some(i) = next.sources.iter().position(|s| s.id == id) else {
                    return self;
                };
                let mut s = (*next.sources[i]).clone();
                s.name = name.into();
                s.named = true;
                next.sources[i] = Rc::new(s);
            }
            CompareAction::EditText(id, text) => {
                let Some(i) = next.sources.iter().position(|s| s.id == id) else {
                    return self;
                };
                if *next.sources[i].text == *text {
                    return self;
                }
                let mut s = (*next.sources[i]).clone();
                s.text = text.into();
                next.sources[i] = Rc::new(s);
            }
            CompareAction::Compared {
                ids,
                texts,
                reference_date,
                reply,
                elapsed_ms,
            } => {
                // Latest wins: a reply older than what is shown is dropped.
                if self.doc.as_ref().is_some_and(|d| d.seq >= reply.seq) {
                    return self;
                }
                // The worker guessed every source's name from its text: keep
                // the guesses of sources whose text is still the one compared.
                for ((id, text), summary) in ids.iter().zip(&texts).zip(&reply.view.sources) {
                    if let Some(i) = next
                        .sources
                        .iter()
                        .position(|s| s.id == *id && s.text == *text)
                    {
                        let guess = summary.guessed_name.as_deref().map(Rc::from);
                        if next.sources[i].guess != guess {
                            let mut s = (*next.sources[i]).clone();
                            s.guess = guess;
                            next.sources[i] = Rc::new(s);
                        }
                    }
                }
                next.doc = Some(Rc::new(CompareDoc::new(
                    ids,
                    texts,
                    reference_date,
                    reply,
                    elapsed_ms,
                )));
            }
            CompareAction::ConflictsOnly(on) => {
                if self.conflicts_only == on {
                    return self;
                }
                next.conflicts_only = on;
            }
            CompareAction::ChoosePair(a, b) => next.pair = Some((a, b)),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare_model::SourceSummary;

    fn new_source(text: &str, guess: Option<&str>, file: Option<&str>) -> NewSource {
        NewSource {
            text: text.into(),
            guess: guess.map(Into::into),
            file_name: file.map(Into::into),
            converted: false,
        }
    }

    fn reply(seq: u64, guesses: &[Option<&str>]) -> CompareReply {
        CompareReply {
            seq,
            view: CompareView {
                sources: guesses
                    .iter()
                    .map(|g| SourceSummary {
                        guessed_name: g.map(Into::into),
                        words: 1,
                        facts: 0,
                        notices: vec![],
                    })
                    .collect(),
                ..CompareView::default()
            },
            timing: CompareTiming::default(),
        }
    }

    fn state() -> Rc<CompareState> {
        Rc::new(CompareState::new(vec![])).reduce(CompareAction::Add(vec![
            new_source("One.\nBLOOMBERG", Some("Bloomberg"), None),
            new_source("Two.", None, Some("wire-copy")),
            new_source("Three.", None, None),
        ]))
    }

    #[test]
    fn names_follow_user_then_guess_then_fallback() {
        let s = state();
        let names: Vec<String> = s.sources.iter().map(|x| x.label().to_string()).collect();
        assert_eq!(names, ["Bloomberg", "wire-copy", "Source 3"]);
        let s = s.reduce(CompareAction::Rename(1, "  Bloomberg News ".into()));
        assert_eq!(&*s.sources[0].label(), "Bloomberg News");
        assert_eq!(&*s.sources[0].field_value(), "  Bloomberg News ");
        // An emptied field falls back to the guess.
        let s = s.reduce(CompareAction::Rename(1, String::new()));
        assert_eq!(&*s.sources[0].label(), "Bloomberg");
        assert_eq!(&*s.sources[0].field_value(), "");
        // Ids are never reused.
        let s = s.reduce(CompareAction::Remove(3));
        let s = s.reduce(CompareAction::Add(vec![new_source("Four.", None, None)]));
        assert_eq!(&*s.sources[2].label(), "Source 4");
    }

    #[test]
    fn replies_update_guesses_and_stale_ones_are_dropped() {
        let s = state();
        assert!(s.is_stale(""));
        let ids: Vec<u64> = s.sources.iter().map(|x| x.id).collect();
        let texts: Vec<Rc<str>> = s.sources.iter().map(|x| x.text.clone()).collect();
        let compared = |seq, guesses: &[Option<&str>]| CompareAction::Compared {
            ids: ids.clone(),
            texts: texts.clone(),
            reference_date: Rc::from(""),
            reply: reply(seq, guesses),
            elapsed_ms: 1.0,
        };
        let s = s.reduce(compared(2, &[Some("Bloomberg"), Some("AFP"), None]));
        assert!(!s.is_stale(""));
        assert!(s.is_stale("2025-01-01"));
        assert_eq!(&*s.sources[1].label(), "AFP");
        // An older reply changes nothing.
        let s2 = s.clone().reduce(compared(1, &[None, None, Some("X")]));
        assert!(Rc::ptr_eq(&s, &s2));
        // Editing a text makes the comparison stale.
        let s = s.reduce(CompareAction::EditText(2, "Two, edited.".into()));
        assert!(s.is_stale(""));
    }
}
