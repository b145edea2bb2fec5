use std::rc::Rc;

use yew::prelude::*;

use crate::state::{fact_rows, Column, Doc, Fact, Sort};

#[derive(Properties, Clone)]
pub struct FactTableProps {
    pub doc: Rc<Doc>,
    pub sort: Option<Sort>,
    pub on_sort: Callback<Column>,
    /// Flash these marks in the article.
    pub on_pick: Callback<Vec<usize>>,
}

impl PartialEq for FactTableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.sort == other.sort
            && self.on_sort == other.on_sort
            && self.on_pick == other.on_pick
    }
}

/// One row per number, sortable by any column (click a header; again to
/// reverse). Clicking a row, or its text button, shows the number in the article.
///
/// Besides the value as normalized, each row shows the qualifier in words
/// (`about`, `more than`) and what the number resolves to: the days a date
/// covers (relative dates against the reference date), a quantity in SI units.
#[component]
pub fn FactTable(props: &FactTableProps) -> Html {
    let doc = &props.doc;
    let rows = fact_rows(doc, props.sort);

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
        let fact = doc.fact(i)?.clone();
        let key = fact.key.clone();
        Some(html! { <FactRow {key} {fact} on_pick={props.on_pick.clone()} /> })
    });

    html! {
        <div class="table-wrap">
            <table class="facts" id="facts">
                <caption id="facts-caption">{
                    format!("Facts: {} {} found", rows.len(), if rows.len() == 1 { "number" } else { "numbers" })
                }</caption>
                <thead><tr>{ for header }</tr></thead>
                <tbody>{ for body }</tbody>
            </table>
            if rows.is_empty() {
                <p class="placeholder">{ "No numbers found." }</p>
            }
        </div>
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
    html! {
        <tr data-mark={f.mark.to_string()} data-label={f.label.as_str()} {onclick}>
            <td class="text"><button type="button" class="link">{ f.text.clone() }</button></td>
            <td><span class="kind" data-label={f.label.as_str()}>{ f.label.as_str() }</span></td>
            <td class="qualifier">{ f.qualifier.clone() }</td>
            <td class="value">{ f.value.clone() }</td>
            <td>{ f.unit.clone() }</td>
            <td>{ f.counted.clone() }</td>
            <td class="resolved">{ f.resolved.clone() }</td>
            <td class="sentence">{ f.sentence.clone() }</td>
        </tr>
    }
}
