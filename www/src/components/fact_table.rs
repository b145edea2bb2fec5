use std::rc::Rc;

use yew::prelude::*;

use crate::components::FactFilters;
use crate::model::Label;
use crate::state::{fact_rows, Column, Doc, Fact, FactFilter, Sort};

#[derive(Properties, Clone)]
pub struct FactTableProps {
    pub doc: Rc<Doc>,
    pub sort: Option<Sort>,
    pub on_sort: Callback<Column>,
    pub filter: FactFilter,
    pub on_kind: Callback<Option<Label>>,
    pub on_entity: Callback<Option<AttrValue>>,
    pub on_source: Callback<Option<AttrValue>>,
    /// Flash these marks in the article.
    pub on_pick: Callback<Vec<usize>>,
}

impl PartialEq for FactTableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.sort == other.sort
            && self.on_sort == other.on_sort
            && self.filter == other.filter
            && self.on_kind == other.on_kind
            && self.on_entity == other.on_entity
            && self.on_source == other.on_source
            && self.on_pick == other.on_pick
    }
}

/// One row per fact (every number outside page debris), sortable by any
/// column (click a header; again to reverse) and filtered by kind and by
/// entity. Clicking a row, or its text button, shows the number in the
/// article.
///
/// Besides the value as normalized, each row shows the qualifier in words
/// (`about`, `more than`), what the number resolves to (the days a date
/// covers, a quantity in SI units), who and where its clause names, who
/// says so, whether it is hedged, and its sentence (two lines, whole on
/// hover or focus).
#[component]
pub fn FactTable(props: &FactTableProps) -> Html {
    let doc = &props.doc;
    let rows = fact_rows(doc, props.sort, &props.filter);

    let header = Column::ALL.iter().map(|&column| {
        let aria_sort = match props.sort {
            Some(s) if s.column == column => {
                if s.descending {
                    "descending"
                } else {
                    "ascending"
                }
            }
            _ => "none",
        };
        let arrow = match aria_sort {
            "ascending" => "▲",
            "descending" => "▼",
            _ => "",
        };
        let onclick = {
            let on_sort = props.on_sort.clone();
            Callback::from(move |_| on_sort.emit(column))
        };
        html! {
            <th scope="col" aria-sort={aria_sort} data-column={column.title()} title={column.help()}>
                <button type="button" class="sort" {onclick}>
                    { column.title() }
                    <span class="arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    });

    let body = rows.iter().filter_map(|&i| {
        let fact = doc.facts.get(i)?.clone();
        let key = fact.key.clone();
        Some(html! { <FactRow {key} {fact} on_pick={props.on_pick.clone()} /> })
    });

    let total = doc.facts.len();
    let noun = |n: usize| if n == 1 { "number" } else { "numbers" };
    let caption = if props.filter.is_active() {
        format!("Facts: {} of {total} {} shown", rows.len(), noun(total))
    } else {
        format!("Facts: {total} {} found", noun(total))
    };
    html! {
        <>
            <FactFilters
                doc={doc.clone()}
                filter={props.filter.clone()}
                on_kind={props.on_kind.clone()}
                on_entity={props.on_entity.clone()}
                on_source={props.on_source.clone()}
            />
            <div class="table-wrap">
                <table class="facts" id="facts" tabindex="-1" data-shown={rows.len().to_string()} data-total={total.to_string()}>
                    <caption id="facts-caption">{ caption }</caption>
                    <thead><tr>{ for header }</tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
                if rows.is_empty() {
                    <p class="placeholder">{
                        if total == 0 { "No numbers found." } else { "No facts match these filters." }
                    }</p>
                }
            </div>
        </>
    }
}

#[derive(Properties, Clone)]
pub struct FactRowProps {
    pub fact: Rc<Fact>,
    pub on_pick: Callback<Vec<usize>>,
}

impl PartialEq for FactRowProps {
    fn eq(&self, other: &Self) -> bool {
        (Rc::ptr_eq(&self.fact, &other.fact) || self.fact == other.fact)
            && self.on_pick == other.on_pick
    }
}

/// One row of the fact table. Rows are keyed by content, so after an edit
/// only new or changed rows render again.
#[component]
fn FactRow(props: &FactRowProps) -> Html {
    let f = &props.fact;
    let onclick = {
        let on_pick = props.on_pick.clone();
        let i = f.mark;
        Callback::from(move |_| on_pick.emit(vec![i]))
    };
    let clusters = f
        .entities
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    let hedged = !f.hedges.is_empty();
    html! {
        <tr
            data-mark={f.mark.to_string()}
            data-label={f.label.as_str()}
            data-clusters={clusters}
            data-hedged={hedged.to_string()}
            {onclick}
        >
            <td class="text"><button type="button" class="link">{ f.text.clone() }</button></td>
            <td><span class="kind" data-label={f.label.as_str()}>{ f.label.as_str() }</span></td>
            <td class="qualifier">{ f.qualifier.clone() }</td>
            <td class="value">{ f.value.clone() }</td>
            <td>{ f.unit.clone() }</td>
            <td>{ f.counted.clone() }</td>
            <td class="resolved">{ f.resolved.clone() }</td>
            <td class="entities">{ f.entity_names.clone() }</td>
            <td class="attribution">{ f.attribution.clone() }</td>
            <td class="hedged" title={hedged.then(|| f.hedges.clone())}>
                if hedged { { "yes: " }{ f.hedges.clone() } }
            </td>
            <td class="sentence" title={f.sentence.clone()}><span class="clamp">{ f.sentence.clone() }</span></td>
        </tr>
    }
}
