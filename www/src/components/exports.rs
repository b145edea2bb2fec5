use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::dom::{copy_text, download};
use crate::hooks::use_worker;
use crate::model::ExportFormat;
use crate::state::{Doc, Note};

#[derive(Properties, Clone)]
pub struct ExportsProps {
    /// The analysis the page shows; `None` while the first one is pending.
    pub doc: Option<Rc<Doc>>,
    /// About the last export.
    pub note: Option<Note>,
    pub on_note: Callback<Option<Note>>,
}

impl PartialEq for ExportsProps {
    fn eq(&self, other: &Self) -> bool {
        let same_doc = match (&self.doc, &other.doc) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same_doc && self.note == other.note && self.on_note == other.on_note
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What a download holds, for the note after it.
fn contents(format: ExportFormat, doc: &Doc) -> String {
    match format {
        ExportFormat::FactsCsv => plural(doc.facts.len(), "fact", "facts"),
        ExportFormat::EntitiesCsv => plural(doc.clusters.len(), "entity", "entities"),
        ExportFormat::Json | ExportFormat::Markdown => format!(
            "{}, {}, {}",
            plural(doc.facts.len(), "fact", "facts"),
            plural(doc.clusters.len(), "entity", "entities"),
            plural(doc.quotes.len(), "quote", "quotes")
        ),
    }
}

/// Downloads of the shown analysis (facts CSV, entities CSV, JSON,
/// Markdown fact sheet) and a copy of the fact sheet to the clipboard.
///
/// The worker writes them with the core's `export` module, the same writer
/// as `lede analyze --format`; the page turns the text into a Blob download.
/// Nothing is sent anywhere. Exports cover the whole article: the fact
/// table's filters and sort order do not apply.
#[component]
pub fn Exports(props: &ExportsProps) -> Html {
    let worker = use_worker();
    let busy = use_state_eq(|| false);
    let disabled = props.doc.is_none() || *busy;

    let run = |format: ExportFormat, copy: bool| {
        let worker = worker.clone();
        let doc = props.doc.clone();
        let on_note = props.on_note.clone();
        let busy = busy.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(doc) = doc.clone() else { return };
            let (worker, on_note, busy) = (worker.clone(), on_note.clone(), busy.clone());
            busy.set(true);
            spawn_local(async move {
                let content = worker.export(&doc.text, &doc.reference_date, format).await;
                let note = match content {
                    None => Note::error("The export failed: the analysis worker did not answer."),
                    Some(content) if copy => match copy_text(&content).await {
                        Ok(()) => Note::info(format!(
                            "Copied the fact sheet (Markdown: {}) to the clipboard.",
                            contents(format, &doc)
                        )),
                        Err(e) => Note::error(format!(
                            "Could not copy to the clipboard ({e}). Download the fact sheet instead."
                        )),
                    },
                    Some(content) => match download(format.file_name(), format.media_type(), &content) {
                        Ok(()) => Note::info(format!(
                            "Downloaded {}: {}.",
                            format.file_name(),
                            contents(format, &doc)
                        )),
                        Err(e) => Note::error(format!("The download failed: {e}.")),
                    },
                };
                busy.set(false);
                on_note.emit(Some(note));
            });
        })
    };

    let buttons = ExportFormat::ALL.iter().map(|&format| {
        html! {
            <button
                type="button"
                class="export"
                data-format={format.as_str()}
                title={format!("Download {}", format.file_name())}
                {disabled}
                onclick={run(format, false)}
            >{ format.title() }</button>
        }
    });
    html! {
        <div class="exports" data-busy={busy.to_string()}>
            <div class="export-bar" role="group" aria-label="Downloads">
                { for buttons }
                <button
                    type="button"
                    class="export copy"
                    data-format="copy-md"
                    {disabled}
                    onclick={run(ExportFormat::Markdown, true)}
                >{ "Copy fact sheet" }</button>
            </div>
            <p class="export-note" role="status" data-error={props.note.as_ref().map(|n| n.error.to_string())}>
                { props.note.as_ref().map(|n| n.text.clone()).unwrap_or_default() }
            </p>
            <p class="export-help">{ "Exports cover the whole article (the fact table’s filters do not apply). Offsets in the JSON and CSV count Unicode code points, as the lede command line does." }</p>
        </div>
    }
}
