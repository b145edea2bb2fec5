use std::rc::Rc;

use yew::prelude::*;

use crate::compare_state::CompareDoc;

#[derive(Properties, Clone)]
pub struct CompareStatusProps {
    pub doc: Rc<CompareDoc>,
    /// The shown comparison is not of the current sources yet.
    pub stale: bool,
}

impl PartialEq for CompareStatusProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc) && self.stale == other.stale
    }
}

/// One line on the comparison: how many facts conflict, and how long the
/// worker took. Its data attributes carry the worker's figures in
/// milliseconds for the e2e timing test: `data-worker-ms` (analysis,
/// comparison and view model), `data-analyze-ms`, `data-compare-ms`,
/// `data-analyzed` (sources analysed for it, the others were cached) and
/// `data-round-trip-ms` (request to reply, messaging included).
#[component]
pub fn CompareStatus(props: &CompareStatusProps) -> Html {
    let doc = &props.doc;
    let t = &doc.timing;
    let sources = doc.ids.len();
    let conflicts = doc
        .view
        .facts
        .iter()
        .filter(|f| f.status == crate::compare_model::FactStatus::Conflict)
        .count();
    let worker_ms = t.analyze_ms + t.compare_ms + t.view_ms;
    let summary = if props.stale {
        "Comparing…".to_string()
    } else {
        format!(
            "{sources} sources: {} facts, {conflicts} stated differently; {} entities, {} quotations. \
             Compared in {:.0} ms ({} analysed, {:.0} ms; comparison {:.0} ms).",
            doc.view.facts.len(),
            doc.view.entities.len(),
            doc.view.quotes.len(),
            worker_ms,
            t.analyzed,
            t.analyze_ms,
            t.compare_ms,
        )
    };
    let notices = doc.view.sources.iter().enumerate().flat_map(|(i, s)| {
        s.notices.iter().map(move |n| {
            html! {
                <p class="notice" role="note">{ format!("Source {}: {n}", i + 1) }</p>
            }
        })
    });
    html! {
        <div class="compare-status">
            <p
                id="compare-summary"
                class="compare-line"
                role="status"
                data-stale={props.stale.to_string()}
                data-worker-ms={format!("{worker_ms:.1}")}
                data-analyze-ms={format!("{:.1}", t.analyze_ms)}
                data-compare-ms={format!("{:.1}", t.compare_ms)}
                data-view-ms={format!("{:.1}", t.view_ms)}
                data-analyzed={t.analyzed.to_string()}
                data-round-trip-ms={format!("{:.1}", doc.elapsed_ms)}
            >{ summary }</p>
            { for notices }
        </div>
    }
}
