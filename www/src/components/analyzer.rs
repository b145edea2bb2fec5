use yew::prelude::*;

use crate::components::{ArticleView, Editor, EntityList, FactTable, Legend, Status};
use crate::dom::flash_marks;
use crate::hooks::{read_local_storage, use_analysis, use_local_storage};
use crate::model::Label;
use crate::state::{Action, AppState, Column};
use crate::SAMPLE_ARTICLE;

/// localStorage key of the article text.
pub const STORAGE_KEY: &str = "lede.article";
/// Quiet time before a save.
const SAVE_DELAY_MS: u32 = 300;

/// The page: editor, highlighted article, legend, facts and entities.
#[component]
pub fn Analyzer() -> Html {
    let state = use_reducer(|| {
        AppState::new(read_local_storage(STORAGE_KEY).unwrap_or_else(|| SAMPLE_ARTICLE.to_string()))
    });
    use_analysis(state.text.clone(), state.dispatcher());
    use_local_storage(STORAGE_KEY, state.text.clone(), SAVE_DELAY_MS);

    let on_edit = {
        let dispatch = state.dispatcher();
        Callback::from(move |text: String| dispatch.dispatch(Action::Edit(text)))
    };
    let on_toggle = {
        let dispatch = state.dispatcher();
        Callback::from(move |label: Label| dispatch.dispatch(Action::Toggle(label)))
    };
    let on_sort = {
        let dispatch = state.dispatcher();
        Callback::from(move |column: Column| dispatch.dispatch(Action::SortBy(column)))
    };
    let on_pick = Callback::from(|marks: Vec<usize>| flash_marks(&marks));

    let stale = state.is_stale();
    let counts = state.doc.as_ref().map_or([0; 12], |d| d.counts);

    html! {
        <>
            <header class="masthead">
                <h1>{ "Lede" }</h1>
                <p class="tagline">{ "Names, numbers and facts in a news article. Everything runs in this page; nothing is sent anywhere." }</p>
            </header>
            <main class="layout">
                <section class="pane editor-pane" aria-labelledby="editor-h">
                    <h2 id="editor-h">{ "Text" }</h2>
                    <Editor text={state.text.clone()} {on_edit} sample={crate::SAMPLE_ARTICLE} />
                    <Status doc={state.doc.clone()} {stale} />
                </section>
                <section class="pane article-pane" aria-labelledby="article-h">
                    <h2 id="article-h">{ "Highlighted" }</h2>
                    <Legend {counts} hidden={state.hidden} {on_toggle} />
                    if let Some(doc) = state.doc.clone() {
                        <ArticleView {doc} hidden={state.hidden} {stale} />
                    } else {
                        <p class="placeholder">{ "Analyzing…" }</p>
                    }
                </section>
                if let Some(doc) = state.doc.clone() {
                    // The table's caption ("Facts: ...") is the section's heading.
                    <section class="pane facts-pane" aria-labelledby="facts-caption">
                        <FactTable doc={doc.clone()} sort={state.sort} {on_sort} on_pick={on_pick.clone()} />
                    </section>
                    <section class="pane entities-pane" aria-labelledby="entities-h">
                        <h2 id="entities-h">{ "Entities" }</h2>
                        <EntityList {doc} on_pick={on_pick} />
                    </section>
                }
            </main>
            <footer class="footer">
                <p>{ "Lede analyzes your text in this browser tab; nothing is sent anywhere. Hover or focus a highlight to see its label and value." }</p>
                // The embedded gazetteers require this credit (data/gazetteer/ATTRIBUTION.md).
                <p class="credits">{ "Place and nationality names: GeoNames (geonames.org, CC BY 4.0) and mledoze/countries (ODbL 1.0); first names: US Census (public domain); common words: SCOWL." }</p>
            </footer>
        </>
    }
}
