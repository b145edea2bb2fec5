use std::rc::Rc;

use yew::prelude::*;

use super::{
    ColumnNames, CompareStatus, EntityMatrix, ExportBar, FactMatrix, OverlapMatrix,
    OverlapPassages, QuoteMatrix, SourceIntake, SourceList,
};
use crate::article_tab;
use crate::compare_state::{CompareAction, CompareState};
use crate::hooks::{
    read_stored_sources, use_comparison, use_export, use_source_intake, use_sources_storage,
    CompareInput,
};

#[derive(Properties, PartialEq, Clone)]
pub struct CompareSourcesProps {
    /// The view is shown: only then does it compare (and read the Article
    /// view's reference date, when it opens).
    pub active: bool,
}

/// The "Compare sources" view: the sources (add, name, edit, remove), then,
/// from two sources on, the comparison the worker computed: a summary with
/// downloads, the fact, entity and quote matrices, and the overlap between
/// each pair with the passages the chosen pair shares.
///
/// The results carry `aria-busy="true"` while they are not of the current
/// sources yet (`data-sources`: how many sources they compare).
#[component]
pub fn CompareSources(props: &CompareSourcesProps) -> Html {
    let state = use_reducer(|| CompareState::new(read_stored_sources()));
    use_sources_storage(state.sources.clone());
    // The Article view's reference date, read whenever this view opens.
    let reference_date = use_memo(props.active, |_| {
        Rc::<str>::from(article_tab::reference_date())
    });
    let reference_date: Rc<str> = (*reference_date).clone();
    let input: CompareInput = (state.inputs().into(), reference_date.clone());
    use_comparison(input, props.active, state.dispatcher());
    let on_add = use_source_intake(state.dispatcher());
    let on_export = use_export(state.sources.clone(), reference_date.clone());

    let dispatch = state.dispatcher();
    let on_rename = use_callback(dispatch.clone(), |(id, name): (u64, String), d| {
        d.dispatch(CompareAction::Rename(id, name))
    });
    let on_edit = use_callback(dispatch.clone(), |(id, text): (u64, String), d| {
        d.dispatch(CompareAction::EditText(id, text))
    });
    let on_remove = use_callback(dispatch.clone(), |id: u64, d| {
        d.dispatch(CompareAction::Remove(id))
    });
    let on_remove_all = use_callback(dispatch.clone(), |_: MouseEvent, d| {
        d.dispatch(CompareAction::RemoveAll)
    });
    let on_conflicts_only = use_callback(dispatch.clone(), |on: bool, d| {
        d.dispatch(CompareAction::ConflictsOnly(on))
    });
    let on_choose_pair = use_callback(dispatch, |(a, b): (u64, u64), d| {
        d.dispatch(CompareAction::ChoosePair(a, b))
    });

    // The end of a reply's main-thread work, for the timing test: every
    // component has rendered the new comparison.
    use_effect_with(state.doc.as_ref().map(|d| d.seq), |seq| {
        if seq.is_some() {
            crate::perf::mark("lede:compare-rendered");
        }
    });

    // A file dropped beside the drop zone must not replace the page.
    let keep_page = Callback::from(|e: DragEvent| e.prevent_default());

    let count = state.sources.len();
    let stale = state.is_stale(&reference_date);
    let busy = props.active && count >= 2 && stale;
    let results = match (&state.doc, count >= 2) {
        (Some(doc), true) => {
            let names: ColumnNames =
                Rc::new(doc.ids.iter().map(|&id| state.column_name(id)).collect());
            let pair = state.shown_pair(doc);
            html! {
                <div
                    id="compare-results"
                    class="compare-results"
                    aria-busy={if busy { "true" } else { "false" }}
                    data-sources={doc.ids.len().to_string()}
                    data-seq={doc.seq.to_string()}
                >
                    <section class="pane compare-summary" aria-labelledby="compare-summary-h">
                        <h2 id="compare-summary-h">{ "Comparison" }</h2>
                        <CompareStatus doc={doc.clone()} {stale} />
                        <ExportBar {on_export} />
                    </section>
                    <section class="pane" aria-labelledby="fact-matrix-h">
                        <FactMatrix
                            doc={doc.clone()}
                            names={names.clone()}
                            conflicts_only={state.conflicts_only}
                            {on_conflicts_only}
                        />
                    </section>
                    <section class="pane" aria-labelledby="entity-matrix-h">
                        <EntityMatrix doc={doc.clone()} names={names.clone()} />
                    </section>
                    <section class="pane" aria-labelledby="quote-matrix-h">
                        <QuoteMatrix doc={doc.clone()} names={names.clone()} />
                    </section>
                    <section class="pane" aria-labelledby="overlap-h">
                        <OverlapMatrix doc={doc.clone()} names={names.clone()} {pair} {on_choose_pair} />
                        <OverlapPassages doc={doc.clone()} {names} {pair} />
                    </section>
                </div>
            }
        }
        (None, true) => html! {
            <p id="compare-results" class="placeholder" aria-busy={if busy { "true" } else { "false" }} data-sources="0">
                { "Comparing…" }
            </p>
        },
        (_, false) => html! {},
    };

    html! {
        <div class="compare-view" ondragover={keep_page.clone()} ondrop={keep_page}>
            <header class="masthead">
                <h1>{ "Lede" }</h1>
                <p class="tagline">{ "Compare sources: several articles on one story, side by side. Everything runs in this page; nothing is sent anywhere." }</p>
            </header>
            <section class="pane sources-pane" aria-labelledby="sources-h">
                <div class="sources-head">
                    <h2 id="sources-h">{ format!("Sources ({count})") }</h2>
                    if count > 0 {
                        <button type="button" id="remove-all-sources" onclick={on_remove_all}>{ "Remove all" }</button>
                    }
                </div>
                if count == 0 {
                    <div id="sources-empty" class="empty-state">
                        <p>{ "Compare several articles on one story: where they agree, where their numbers differ, whom they quote and how much text they share." }</p>
                        <p>{ "Add two or more: paste an article below, drop .txt or .html files on the box, or add the article from the Article tab. Each source is named from its byline or agency tag (BLOOMBERG, Source: TRT); you can rename it. Sources stay in this browser." }</p>
                    </div>
                } else {
                    <SourceList
                        sources={state.sources.clone()}
                        {on_rename}
                        {on_edit}
                        {on_remove}
                    />
                }
                if count == 1 {
                    <p id="sources-one-more" class="placeholder">{ "Add at least one more source to compare." }</p>
                }
                <SourceIntake {on_add} />
            </section>
            { results }
        </div>
    }
}
