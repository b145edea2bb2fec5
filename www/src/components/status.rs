use std::rc::Rc;

use yew::prelude::*;

use crate::state::Doc;

#[derive(Properties, Clone)]
pub struct StatusProps {
    pub doc: Option<Rc<Doc>>,
    /// The shown analysis is not of the current text yet.
    pub stale: bool,
    /// Replace markup in the text (HTML source pasted as text) by its clean text.
    pub on_convert_html: Callback<()>,
}

impl PartialEq for StatusProps {
    fn eq(&self, other: &Self) -> bool {
        self.stale == other.stale
            && self.on_convert_html == other.on_convert_html
            && match (&self.doc, &other.doc) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

/// Diagnostics from the core (empty text, pasted HTML, ...) and a one-line
/// summary of the analysis.
#[component]
pub fn Status(props: &StatusProps) -> Html {
    let summary = match &props.doc {
        _ if props.stale => "Analyzing…".to_string(),
        Some(doc) => {
            let entities = doc.marks.iter().filter(|m| m.label.is_entity()).count();
            let numbers = doc.marks.len() - entities;
            format!(
                "{entities} entities, {numbers} numbers. Analyzed in {:.0} ms.",
                doc.elapsed_ms
            )
        }
        None => "Analyzing…".to_string(),
    };
    // The worker's own analysis time (the rest of the round trip is
    // messaging); read by the e2e timing test.
    let analysis_ms = props.doc.as_ref().map(|d| format!("{:.1}", d.analyze_ms));
    let notices = props
        .doc
        .as_ref()
        .map(|d| d.notices.clone())
        .unwrap_or_default();
    html! {
        <div class="status">
            <p class="summary" role="status" data-stale={props.stale.to_string()} data-analysis-ms={analysis_ms}>{ summary }</p>
            { for notices.iter().map(|n| {
                // HTML source pasted as text: offer its clean text.
                let convert = (n.kind == "html" && !props.stale).then(|| {
                    let cb = props.on_convert_html.clone();
                    html! {
                        <button type="button" class="convert-html" onclick={move |_| cb.emit(())}>
                            { "Convert to clean text" }
                        </button>
                    }
                });
                html! {
                    <p class="notice" role="note" data-kind={n.kind.clone()}>{ n.message.clone() }{ " " }{ convert }</p>
                }
            }) }
        </div>
    }
}
