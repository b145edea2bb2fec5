//! Page state and its reducer (`use_reducer`), plus the derived document the
//! components render.

use std::cmp::Ordering;
use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Label, Notice, NumberFacts, Range16, ViewModel};
use crate::text::{pieces, Piece, Utf16Index};

/// One highlighted mention, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkInfo {
    /// Byte range into [`Doc::text`].
    pub bytes: Range<usize>,
    /// UTF-16 range into the same text (exposed as `data-start`/`data-end`).
    pub range: Range16,
    pub label: Label,
    pub number: Option<NumberFacts>,
    /// Tooltip text: label and normalized value (`quantity: 1587 km`).
    pub tip: String,
}

/// All mentions of one name with one label.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityGroup {
    pub label: Label,
    pub name: String,
    /// Indices into [`Doc::marks`], in document order.
    pub marks: Vec<usize>,
}

/// An analyzed text with everything derived from it, built once per reply.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub seq: u64,
    pub text: Rc<str>,
    pub marks: Vec<MarkInfo>,
    pub pieces: Vec<Piece>,
    pub sentences: Vec<Range<usize>>,
    pub notices: Vec<Notice>,
    /// Entity groups, by label then by mention count (descending).
    pub groups: Vec<EntityGroup>,
    /// Mentions per label, indexed by [`Label::index`].
    pub counts: [usize; 12],
    /// Worker round trip in milliseconds.
    pub elapsed_ms: f64,
}

/// The tooltip for a mention: `PERSON`, `quantity: 1587 km`,
/// `count: 2 (missiles)`, `date: --01-05 to --01-07`.
pub fn tip(label: Label, number: Option<&NumberFacts>) -> String {
    let Some(n) = number else {
        return label.as_str().to_string();
    };
    let mut s = format!("{}: ", label.as_str());
    if n.approximate {
        s.push_str("at least ");
    }
    s.push_str(&n.value);
    if let Some(end) = &n.end_value {
        s.push_str(" to ");
        s.push_str(end);
    }
    if let Some(unit) = &n.unit {
        s.push(' ');
        s.push_str(unit);
    }
    if let Some(counted) = &n.counted {
        s.push_str(" (");
        s.push_str(counted);
        s.push(')');
    }
    s
}

impl Doc {
    pub fn new(seq: u64, text: Rc<str>, view: ViewModel, elapsed_ms: f64) -> Doc {
        let index = Utf16Index::new(&text);
        let marks: Vec<MarkInfo> = view
            .mentions
            .into_iter()
            .map(|m| MarkInfo {
                bytes: index.range(m.range.start, m.range.end),
                range: m.range,
                label: m.label,
                tip: tip(m.label, m.number.as_ref()),
                number: m.number,
            })
            .collect();
        let ranges: Vec<Range<usize>> = marks.iter().map(|m| m.bytes.clone()).collect();
        let pieces = pieces(text.len(), &ranges);
        let sentences = view
            .sentences
            .iter()
            .map(|r| index.range(r.start, r.end))
            .collect();

        let mut counts = [0usize; 12];
        let mut groups: Vec<EntityGroup> = Vec::new();
        for (i, m) in marks.iter().enumerate() {
            counts[m.label.index()] += 1;
            if !m.label.is_entity() {
                continue;
            }
            let name = text.get(m.bytes.clone()).unwrap_or("").to_string();
            match groups
                .iter_mut()
                .find(|g| g.label == m.label && g.name == name)
            {
                Some(g) => g.marks.push(i),
                None => groups.push(EntityGroup {
                    label: m.label,
                    name,
                    marks: vec![i],
                }),
            }
        }
        // Stable sort keeps first-appearance order among equal counts.
        groups.sort_by(|a, b| {
            a.label
                .cmp(&b.label)
                .then(b.marks.len().cmp(&a.marks.len()))
        });

        Doc {
            seq,
            text,
            marks,
            pieces,
            sentences,
            notices: view.notices,
            groups,
            counts,
            elapsed_ms,
        }
    }

    pub fn slice(&self, r: &Range<usize>) -> &str {
        self.text.get(r.clone()).unwrap_or("")
    }

    /// The text of mark `i`.
    pub fn mark_text(&self, i: usize) -> &str {
        self.marks.get(i).map_or("", |m| self.slice(&m.bytes))
    }

    /// The sentence holding number mark `i`, whitespace collapsed.
    pub fn sentence_of(&self, i: usize) -> String {
        let Some(s) = self
            .marks
            .get(i)
            .and_then(|m| m.number.as_ref()?.sentence)
            .and_then(|s| self.sentences.get(s as usize))
        else {
            return String::new();
        };
        self.slice(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Fact table columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Text,
    Kind,
    Value,
    Unit,
    Counted,
    Sentence,
}

impl Column {
    pub const ALL: [Column; 6] = [
        Column::Text,
        Column::Kind,
        Column::Value,
        Column::Unit,
        Column::Counted,
        Column::Sentence,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Column::Text => "Text",
            Column::Kind => "Kind",
            Column::Value => "Value",
            Column::Unit => "Unit",
            Column::Counted => "Counted",
            Column::Sentence => "Sentence",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

fn cmp_opt_str(a: Option<&str>, b: Option<&str>) -> Ordering {
    // Present values first, then case-insensitive order.
    match (a, b) {
        (Some(a), Some(b)) => a.to_lowercase().cmp(&b.to_lowercase()),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Indices of the number marks in table order.
pub fn fact_rows(doc: &Doc, sort: Option<Sort>) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..doc.marks.len())
        .filter(|&i| doc.marks[i].number.is_some())
        .collect();
    let Some(sort) = sort else {
        return rows;
    };
    let facts = |i: usize| doc.marks[i].number.as_ref().expect("number row");
    let key_cmp = |&a: &usize, &b: &usize| -> Ordering {
        let (fa, fb) = (facts(a), facts(b));
        match sort.column {
            Column::Text => cmp_opt_str(Some(doc.mark_text(a)), Some(doc.mark_text(b))),
            Column::Kind => doc.marks[a].label.as_str().cmp(doc.marks[b].label.as_str()),
            Column::Value => match (fa.numeric, fb.numeric) {
                (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => fa.value.cmp(&fb.value),
            },
            Column::Unit => cmp_opt_str(fa.unit.as_deref(), fb.unit.as_deref()),
            Column::Counted => cmp_opt_str(fa.counted.as_deref(), fb.counted.as_deref()),
            Column::Sentence => fa.sentence.cmp(&fb.sentence),
        }
    };
    // Stable: ties stay in document order.
    rows.sort_by(|a, b| {
        let o = key_cmp(a, b);
        if sort.descending {
            o.reverse()
        } else {
            o
        }
    });
    rows
}

/// The whole page state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// What the textarea holds now.
    pub text: Rc<str>,
    /// The latest analysis that came back (possibly of an older text).
    pub doc: Option<Rc<Doc>>,
    /// Labels whose highlights are switched off, by [`Label::index`].
    pub hidden: [bool; 12],
    pub sort: Option<Sort>,
}

impl AppState {
    pub fn new(text: String) -> AppState {
        AppState {
            text: text.into(),
            doc: None,
            hidden: [false; 12],
            sort: None,
        }
    }

    pub fn is_hidden(&self, label: Label) -> bool {
        self.hidden[label.index()]
    }

    /// True while the shown analysis is not of the current text.
    pub fn is_stale(&self) -> bool {
        self.doc.as_ref().is_none_or(|d| d.text != self.text)
    }
}

pub enum Action {
    /// The user edited the text.
    Edit(String),
    /// The worker answered request `seq` about `text`.
    Analyzed {
        seq: u64,
        text: Rc<str>,
        view: ViewModel,
        elapsed_ms: f64,
    },
    /// Show or hide one label's highlights.
    Toggle(Label),
    /// Sort the fact table by a column (again: reverse).
    SortBy(Column),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(text) => {
                if *self.text == *text {
                    return self;
                }
                next.text = text.into();
            }
            Action::Analyzed {
                seq,
                text,
                view,
                elapsed_ms,
            } => {
                // Latest wins: a reply older than what is shown is dropped.
                if self.doc.as_ref().is_some_and(|d| d.seq >= seq) {
                    return self;
                }
                next.doc = Some(Rc::new(Doc::new(seq, text, view, elapsed_ms)));
            }
            Action::Toggle(label) => {
                next.hidden[label.index()] = !next.hidden[label.index()];
            }
            Action::SortBy(column) => {
                next.sort = Some(match self.sort {
                    Some(s) if s.column == column => Sort {
                        column,
                        descending: !s.descending,
                    },
                    _ => Sort {
                        column,
                        descending: false,
                    },
                });
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Mention;

    fn number(start: u32, end: u32, label: Label, value: f64) -> Mention {
        Mention {
            range: Range16 { start, end },
            label,
            number: Some(NumberFacts {
                value: value.to_string(),
                numeric: Some(value),
                unit: (label == Label::Quantity).then(|| "km".to_string()),
                sentence: Some(0),
                ..Default::default()
            }),
        }
    }

    fn sample() -> (Rc<str>, ViewModel) {
        let text: Rc<str> = "São Paulo: 1,587km, then 2 ships. São Paulo again.".into();
        let view = ViewModel {
            mentions: vec![
                Mention {
                    range: Range16 { start: 0, end: 9 },
                    label: Label::Place,
                    number: None,
                },
                number(11, 18, Label::Quantity, 1587.0),
                number(25, 26, Label::Count, 2.0),
                Mention {
                    range: Range16 { start: 34, end: 43 },
                    label: Label::Place,
                    number: None,
                },
            ],
            sentences: vec![
                Range16 { start: 0, end: 33 },
                Range16 { start: 34, end: 50 },
            ],
            notices: vec![],
        };
        (text, view)
    }

    #[test]
    fn doc_slices_marks_and_groups_entities() {
        let (text, view) = sample();
        let doc = Doc::new(1, text, view, 0.0);
        assert_eq!(doc.mark_text(0), "São Paulo");
        assert_eq!(doc.mark_text(1), "1,587km");
        assert_eq!(doc.marks[1].tip, "quantity: 1587 km");
        assert_eq!(doc.groups.len(), 1);
        assert_eq!(doc.groups[0].marks, vec![0, 3]);
        assert_eq!(doc.counts[Label::Place.index()], 2);
        assert_eq!(doc.sentence_of(2), "São Paulo: 1,587km, then 2 ships.");
    }

    #[test]
    fn stale_replies_are_dropped_and_sorting_toggles() {
        let (text, view) = sample();
        let state = Rc::new(AppState::new(text.to_string()));
        let state = state.reduce(Action::Analyzed {
            seq: 2,
            text: text.clone(),
            view: view.clone(),
            elapsed_ms: 1.0,
        });
        let same = state.clone().reduce(Action::Analyzed {
            seq: 1,
            text,
            view,
            elapsed_ms: 1.0,
        });
        assert_eq!(same.doc.as_ref().unwrap().seq, 2);
        assert!(!same.is_stale());

        let doc = same.doc.clone().unwrap();
        assert_eq!(fact_rows(&doc, None), vec![1, 2]);
        let s = same.reduce(Action::SortBy(Column::Value));
        assert_eq!(fact_rows(&doc, s.sort), vec![2, 1]);
        let s = s.reduce(Action::SortBy(Column::Value));
        assert_eq!(fact_rows(&doc, s.sort), vec![1, 2]);
        let s = s.reduce(Action::Toggle(Label::Place));
        assert!(s.is_hidden(Label::Place));
    }

    #[test]
    fn tips_read_naturally() {
        let f = NumberFacts {
            value: "100".into(),
            approximate: true,
            counted: Some("forecasters".into()),
            ..Default::default()
        };
        assert_eq!(
            tip(Label::Count, Some(&f)),
            "count: at least 100 (forecasters)"
        );
        let d = NumberFacts {
            value: "--01-05".into(),
            end_value: Some("--01-07".into()),
            ..Default::default()
        };
        assert_eq!(tip(Label::Date, Some(&d)), "date: --01-05 to --01-07");
        assert_eq!(tip(Label::Person, None), "PERSON");
    }
}
