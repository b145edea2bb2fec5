//! Turning pasted text and dropped files into sources: each text goes
//! through the worker first ([`WorkerRequest::PrepareSource`]: HTML becomes its
//! clean text, which needs the core; the core guesses the source's name),
//! then all of them are added at once, so one drop of five files means one
//! comparison, not five.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use web_sys::File;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_agent::oneshot::use_oneshot_runner;

use super::use_import::{file_is_html, MAX_FILE_BYTES};
use crate::agent::AnalyzeTask;
use crate::compare_model::PrepareRequest;
use crate::compare_state::{CompareAction, CompareState, NewSource};
use crate::model::{WorkerReply, WorkerRequest};

/// A text to add, as the user gave it.
#[derive(Clone, Debug, PartialEq)]
pub struct RawSource {
    pub text: String,
    /// From an `.html`/`.htm` file.
    pub html: bool,
    /// The file's name without its extension.
    pub file_name: Option<String>,
}

/// Whether a file can be a source, by the Article view's rules (`.txt` or
/// `.html`, at most [`MAX_FILE_BYTES`]): whether it is HTML, or why not.
pub fn file_kind(file: &File) -> Result<bool, String> {
    let name = file.name();
    let html = file_is_html(&name, &file.type_())
        .ok_or_else(|| format!("{name}: only .txt and .html files can be added."))?;
    if file.size() > MAX_FILE_BYTES {
        return Err(format!("{name}: too large for an article (over 5 MB)."));
    }
    Ok(html)
}

/// Reads `files` (each with whether it is HTML) as UTF-8 text; unreadable
/// ones are skipped.
pub async fn read_files(files: Vec<(File, bool)>) -> Vec<RawSource> {
    let mut out = Vec::with_capacity(files.len());
    for (file, html) in files {
        let name = file.name();
        let stem = name
            .rsplit_once('.')
            .map_or(name.as_str(), |(stem, _)| stem)
            .to_string();
        if let Ok(text) = JsFuture::from(file.text()).await {
            if let Some(text) = text.as_string() {
                out.push(RawSource {
                    text,
                    html,
                    file_name: Some(stem),
                });
            }
        }
    }
    out
}

/// A callback that prepares the given texts in the worker and adds them as
/// sources, in the order given, once all are ready (empty ones are dropped).
/// The texts go to the worker at once, so their messages overlap; the worker
/// prepares them one after the other. Must be used below
/// `OneshotProvider<AnalyzeTask>`.
#[hook]
pub fn use_source_intake(dispatch: UseReducerDispatcher<CompareState>) -> Callback<Vec<RawSource>> {
    let runner = use_oneshot_runner::<AnalyzeTask>();
    use_callback(
        (runner, dispatch),
        |raw: Vec<RawSource>, (runner, dispatch)| {
            let raw: Vec<RawSource> = raw
                .into_iter()
                .filter(|r| !r.text.trim().is_empty())
                .collect();
            if raw.is_empty() {
                return;
            }
            // One slot per text, filled as replies come; the last reply adds them.
            let slots: Rc<RefCell<Vec<Option<NewSource>>>> =
                Rc::new(RefCell::new(vec![None; raw.len()]));
            let pending = Rc::new(Cell::new(raw.len()));
            for (i, r) in raw.into_iter().enumerate() {
                let (runner, dispatch) = (runner.clone(), dispatch.clone());
                let (slots, pending) = (slots.clone(), pending.clone());
                spawn_local(async move {
                    let reply = runner
                        .run(WorkerRequest::PrepareSource(PrepareRequest {
                            text: r.text,
                            html: r.html,
                        }))
                        .await;
                    if let WorkerReply::SourcePrepared(p) = reply {
                        if !p.text.trim().is_empty() {
                            slots.borrow_mut()[i] = Some(NewSource {
                                text: p.text,
                                guess: p.guessed_name,
                                file_name: r.file_name,
                                converted: p.converted,
                            });
                        }
                    }
                    pending.set(pending.get() - 1);
                    if pending.get() == 0 {
                        let new = slots.borrow_mut().drain(..).flatten().collect();
                        dispatch.dispatch(CompareAction::Add(new));
                    }
                });
            }
        },
    )
}
