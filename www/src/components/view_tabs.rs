use yew::prelude::*;

/// The page's two views.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageView {
    /// One article, highlighted, with its facts and entities.
    Article,
    /// Several articles on one story, side by side.
    Compare,
}

impl PageView {
    /// As saved in localStorage and written in `data-view`.
    pub fn as_str(self) -> &'static str {
        match self {
            PageView::Article => "article",
            PageView::Compare => "compare",
        }
    }

    pub fn parse(s: &str) -> Option<PageView> {
        match s {
            "article" => Some(PageView::Article),
            "compare" => Some(PageView::Compare),
            _ => None,
        }
    }

    /// Ids of the view's tab and of its panel.
    pub fn tab_id(self) -> &'static str {
        match self {
            PageView::Article => "tab-article",
            PageView::Compare => "tab-compare",
        }
    }

    pub fn panel_id(self) -> &'static str {
        match self {
            PageView::Article => "panel-article",
            PageView::Compare => "panel-compare",
        }
    }

    fn title(self) -> &'static str {
        match self {
            PageView::Article => "Article",
            PageView::Compare => "Compare sources",
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ViewTabsProps {
    pub current: PageView,
    pub on_select: Callback<PageView>,
}

/// The tabs that switch between the Article view and Compare sources
/// (ARIA tabs; the arrow keys move between them).
#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let tabs = [PageView::Article, PageView::Compare].map(|view| {
        let selected = view == props.current;
        let onclick = {
            let on = props.on_select.clone();
            Callback::from(move |_| on.emit(view))
        };
        let onkeydown = {
            let on = props.on_select.clone();
            Callback::from(move |e: KeyboardEvent| {
                let other = match view {
                    PageView::Article => PageView::Compare,
                    PageView::Compare => PageView::Article,
                };
                if matches!(e.key().as_str(), "ArrowLeft" | "ArrowRight") {
                    e.prevent_default();
                    on.emit(other);
                    if let Some(tab) = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id(other.tab_id()))
                    {
                        use wasm_bindgen::JsCast;
                        if let Some(tab) = tab.dyn_ref::<web_sys::HtmlElement>() {
                            let _ = tab.focus();
                        }
                    }
                }
            })
        };
        html! {
            <button
                type="button"
                role="tab"
                id={view.tab_id()}
                aria-selected={selected.to_string()}
                aria-controls={view.panel_id()}
                tabindex={if selected { "0" } else { "-1" }}
                {onclick}
                {onkeydown}
            >{ view.title() }</button>
        }
    });
    html! {
        <nav class="view-tabs" role="tablist" aria-label="Views">
            { for tabs }
        </nav>
    }
}
