use yew::prelude::*;
use yew_agent::oneshot::OneshotProvider;

use crate::agent::AnalyzeTask;
use crate::components::compare::CompareSources;
use crate::components::{Analyzer, PageView, ViewTabs};
use crate::hooks::read_local_storage;

/// localStorage key of the view shown last (`article` or `compare`).
pub const VIEW_KEY: &str = "lede.view";

/// The root: provides the analysis worker to the page, and switches between
/// the Article view and Compare sources. Both stay mounted (the hidden one
/// keeps its state and its pending saves); only the shown one works.
///
/// `worker.js` is the worker binary trunk builds next to the page (see
/// index.html); a relative path, so the site also works under a subpath.
#[component]
pub fn App() -> Html {
    let view = use_state(|| {
        read_local_storage(VIEW_KEY)
            .and_then(|v| PageView::parse(&v))
            .unwrap_or(PageView::Article)
    });
    let on_select = {
        let view = view.clone();
        Callback::from(move |v: PageView| {
            if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
                let _ = s.set_item(VIEW_KEY, v.as_str());
            }
            view.set(v);
        })
    };
    let current = *view;
    // The panels are named by aria-label, not by their tabs
    // (aria-labelledby): "Article" names the article's textarea alone.
    html! {
        <OneshotProvider<AnalyzeTask> path="worker.js">
            <ViewTabs {current} {on_select} />
            <div
                id={PageView::Article.panel_id()}
                role="tabpanel"
                aria-label="Article view"
                hidden={current != PageView::Article}
            >
                <Analyzer />
            </div>
            <div
                id={PageView::Compare.panel_id()}
                role="tabpanel"
                aria-label="Compare sources view"
                hidden={current != PageView::Compare}
            >
                <CompareSources active={current == PageView::Compare} />
            </div>
        </OneshotProvider<AnalyzeTask>>
    }
}
