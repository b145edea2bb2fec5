use yew::prelude::*;

use crate::components::{
    ArticleView, Editor, EntityList, Exports, FactTable, Legend, QuoteList, ReferenceDate, Status,
};
use crate::dom::{after_next_paint, flash_marks, flash_quote, is_iso_date, reveal, today_iso};
use crate::hooks::{read_local_storage, use_analysis, use_local_storage, use_worker};
use crate::model::Label;
use crate::state::{Action, AppState, Column, Note};
use crate::SAMPLE_ARTICLE;

/// localStorage key of the article text.
pub const STORAGE_KEY: &str = "lede.article";
/// localStorage key of the reference date (`YYYY-MM-DD`, or empty for none).
/// Absent until the user sets one: the date then follows the calendar.
pub const REFERENCE_KEY: &str = "lede.reference_date";
/// Quiet time before a save.
const SAVE_DELAY_MS: u32 = 300;

/// The page: editor, highlighted article, legend, exports, facts, entities
/// and quotes.
#[component]
pub fn Analyzer() -> Html {
    let state = use_reducer(|| {
        let text = read_local_storage(STORAGE_KEY).unwrap_or_else(|| SAMPLE_ARTICLE.to_string());
        let reference_date = read_local_storage(REFERENCE_KEY)
            .filter(|d| d.is_empty() || is_iso_date(d))
            .unwrap_or_else(today_iso);
        AppState::new(text, reference_date)
    });
    use_analysis(
        state.text.clone(),
        state.reference_date.clone(),
        state.dispatcher(),
    );
    use_local_storage(STORAGE_KEY, state.text.clone(), SAVE_DELAY_MS);
    use_local_storage(REFERENCE_KEY, state.reference_date.clone(), SAVE_DELAY_MS);

    // Callbacks keep their identity across renders (the dispatcher is stable),
    // so children whose data did not change skip rendering.
    let dispatch = state.dispatcher();
    let on_edit = use_callback(dispatch.clone(), |text: String, d| {
        d.dispatch(Action::Edit(text))
    });
    let on_reference = use_callback(dispatch.clone(), |date: String, d| {
        d.dispatch(Action::SetReferenceDate(date))
    });
    let on_toggle = use_callback(dispatch.clone(), |label: Label, d| {
        d.dispatch(Action::Toggle(label))
    });
    let on_sort = use_callback(dispatch.clone(), |column: Column, d| {
        d.dispatch(Action::SortBy(column))
    });
    let on_kind = use_callback(dispatch.clone(), |kind: Option<Label>, d| {
        d.dispatch(Action::FilterKind(kind))
    });
    let on_entity = use_callback(dispatch.clone(), |key: Option<AttrValue>, d| {
        d.dispatch(Action::FilterEntity(key))
    });
    let on_source = use_callback(dispatch.clone(), |key: Option<AttrValue>, d| {
        d.dispatch(Action::FilterSource(key))
    });
    // From the entity panel: filter the facts to one entity and go there.
    let on_entity_facts = use_callback(dispatch.clone(), |key: AttrValue, d| {
        d.dispatch(Action::FilterEntity(Some(key)));
        reveal("facts");
    });
    let on_said_facts = use_callback(dispatch.clone(), |key: AttrValue, d| {
        d.dispatch(Action::FilterSource(Some(key)));
        reveal("facts");
    });
        let on_editor_note = use_callback(dispatch.clone(), |note: Option<Note>, d| {
        d.dispatch(Action::EditorNote(note))
    });
    let on_export_note = use_callback(dispatch, |note: Option<Note>, d| {
        d.dispatch(Action::ExportNote(note))
    });
    // The core noticed markup in the text (HTML source pasted as text):
    // replace the text by its clean text, as a rich paste would have.
    let worker = use_worker();
    let on_convert_html = {
        let dispatch = state.dispatcher();
        use_callback(state.text.clone(), move |_: (), text| {
            let (worker, dispatch, html) = (worker.clone(), dispatch.clone(), text.to_string());
            yew::platform::spawn_local(async move {
                match worker.html_to_text(html).await.filter(|t| !t.trim().is_empty()) {
                    Some(clean) => {
                        dispatch.dispatch(Action::Edit(clean));
                        dispatch.dispatch(Action::EditorNote(Some(Note::info(
                            "Converted the HTML source to clean text.",
                        ))));
                    }
                    None => dispatch.dispatch(Action::EditorNote(Some(Note::error(
                        "The HTML holds no text to keep.",
                    )))),
                }
            });
        })
    };
    let on_pick = use_callback((), |marks: Vec<usize>, _| flash_marks(&marks));
    let on_pick_quote = use_callback((), |i: usize, _| flash_quote(i));

    // After the DOM shows a new analysis (effects run once every component
    // has rendered): the end of the reply's main-thread work, for the timing test.
    // Then, once that frame is painted, the fact table and entity list follow.
    {
        let dispatch = state.dispatcher();
        use_effect_with(state.doc.as_ref().map(|d| d.seq), move |seq| {
            if let Some(seq) = *seq {
                crate::perf::mark("lede:rendered");
                after_next_paint(move || dispatch.dispatch(Action::ShowDetails(seq)));
            }
        });
    }

    let stale = state.is_stale();
    let details_busy = if stale || state.details_pending() {
        "true"
    } else {
        "false"
    };
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
                    <Editor
                        text={state.text.clone()}
                        {on_edit}
                        sample={crate::SAMPLE_ARTICLE}
                        note={state.editor_note.clone()}
                        on_note={on_editor_note}
                    />
                    <ReferenceDate
                        value={AttrValue::from(state.reference_date.clone())}
                        reference={state.doc.as_ref().and_then(|d| d.reference.clone())}
                        on_change={on_reference}
                    />
                    <Status doc={state.doc.clone()} {stale} {on_convert_html} />
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
                if state.doc.is_some() {
                    <section class="pane exports-pane" aria-labelledby="exports-h">
                        <h2 id="exports-h">{ "Export" }</h2>
                        <Exports doc={state.details.clone()} note={state.export_note.clone()} on_note={on_export_note} />
                    </section>
                    // The table's caption ("Facts: ...") is the section's heading.
                    <section class="pane facts-pane" aria-labelledby="facts-caption" aria-busy={details_busy}>
                        if let Some(doc) = state.details.clone() {
                            <FactTable
                                {doc}
                                sort={state.sort}
                                {on_sort}
                                filter={state.filter.clone()}
                                {on_kind}
                                {on_entity}
                                {on_source}
                                on_pick={on_pick.clone()}
                            />
                        } else {
                            <p class="placeholder">{ "Analyzing…" }</p>
                        }
                    </section>
                    <section class="pane entities-pane" aria-labelledby="entities-h" aria-busy={details_busy}>
                        <h2 id="entities-h">{ "Entities" }</h2>
                        if let Some(doc) = state.details.clone() {
                            <EntityList {doc} {on_pick} on_facts={on_entity_facts} on_said={on_said_facts} />
                        } else {
                            <p class="placeholder">{ "Analyzing…" }</p>
                        }
                    </section>
                    <section class="pane quotes-pane" aria-labelledby="quotes-h" aria-busy={details_busy}>
                        <h2 id="quotes-h">{ "Quotes" }</h2>
                        if let Some(doc) = state.details.clone() {
                            <QuoteList {doc} on_pick={on_pick_quote} />
                        } else {
                            <p class="placeholder">{ "Analyzing…" }</p>
                        }
                    </section>
                }
            </main>
            <footer class="footer">
                <p>{ "Lede analyzes your text in this browser tab; nothing is sent anywhere. Hover or focus a highlight to see its label and value. Dimmed lines are page furniture (navigation, prompts, credits, repeats), kept out of the facts and quotes." }</p>
                // The embedded gazetteers require this credit (data/gazetteer/ATTRIBUTION.md).
                <p class="credits">{ "Place and nationality names: GeoNames (geonames.org, CC BY 4.0) and mledoze/countries (ODbL 1.0); first names: US Census (public domain); organisation names: pytickersymbols and nba_api (MIT); common words: SCOWL." }</p>
            </footer>
        </>
    }
}
