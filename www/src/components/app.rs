use yew::prelude::*;
use yew_agent::oneshot::OneshotProvider;

use crate::agent::AnalyzeTask;
use crate::components::Analyzer;

/// The root: provides the analysis worker to the page.
///
/// `worker.js` is the worker binary trunk builds next to the page (see
/// index.html); a relative path, so the site also works under a subpath.
#[component]
pub fn App() -> Html {
    html! {
        <OneshotProvider<AnalyzeTask> path="worker.js">
            <Analyzer />
        </OneshotProvider<AnalyzeTask>>
    }
}
