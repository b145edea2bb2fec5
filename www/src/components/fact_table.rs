use std::rc::Rc;

use yew::prelude::*;

use crate::state::{fact_rows, Column, Doc, Sort};

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
            <th scope="col" aria-sort={aria_sort} data-column={column.title()}>
                <button type="button" class="sort" {onclick}>
                    { column.title() }
                    <span class="arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    });

    let body = rows.iter().map(|&i| {
        let m = &doc.marks[i];
        let n = m.number.clone().unwrap_or_default();
        let onclick = {
            let on_pick = props.on_pick.clone();
            Callback::from(move |_| on_pick.emit(vec![i]))
        };
        let value = match &n.end_value {
            Some(end) => format!("{} to {end}", n.value),
            None if n.approximate => format!("≥ {}", n.value),
            None => n.value.clone(),
        };
        html! {
            <tr data-mark={i.to_string()} data-label={m.label.as_str()} {onclick}>
                <td class="text"><button type="button" class="link">{ doc.mark_text(i).to_string() }</button></td>
                <td><span class="kind" data-label={m.label.as_str()}>{ m.label.as_str() }</span></td>
                <td class="value">{ value }</td>
                <td>{ n.unit.clone().unwrap_or_default() }</td>
                <td>{ n.counted.clone().unwrap_or_default() }</td>
                <td class="sentence">{ doc.sentence_of(i) }</td>
            </tr>
        }
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
