use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::matrix::{absent, Matrix};
use super::{one_line, ColumnNames};
use crate::compare_model::{FactRowView, FactStatus};
use crate::compare_state::CompareDoc;

#[derive(Properties, Clone)]
pub struct FactMatrixProps {
    pub doc: Rc<CompareDoc>,
    pub names: ColumnNames,
    pub conflicts_only: bool,
    pub on_conflicts_only: Callback<bool>,
}

impl PartialEq for FactMatrixProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.names == other.names
            && self.conflicts_only == other.conflicts_only
            && self.on_conflicts_only == other.on_conflicts_only
    }
}

/// What a row is about: `missiles`, `km`, or nothing.
fn row_subject(row: &FactRowView) -> Option<&str> {
    row.counted.as_deref().or(row.unit.as_deref())
}

/// The fact matrix: one row per fact merged across sources (same thing,
/// same kind and unit after normalization), one column per source. A cell
/// is the number as that source writes it (`data-cell="stated"`), stated
/// with another value (`"differs"`: a conflict, highlighted, its value
/// shown) or not stated (`"absent"`). Rows carry `data-status`: `agree`,
/// `conflict` or `single`. A cell's tooltip is its sentence.
#[component]
pub fn FactMatrix(props: &FactMatrixProps) -> Html {
    let doc = &props.doc;
    let facts = &doc.view.facts;
    let count = |s: FactStatus| facts.iter().filter(|f| f.status == s).count();
    let (conflicts, agree, single) = (
        count(FactStatus::Conflict),
        count(FactStatus::Agree),
        count(FactStatus::Single),
    );
    let onchange = {
        let on = props.on_conflicts_only.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on.emit(input.checked());
        })
    };
    let shown: Vec<&FactRowView> = facts
        .iter()
        .filter(|f| !props.conflicts_only || f.status == FactStatus::Conflict)
        .collect();

    let rows = shown.iter().map(|row| {
        let cells = row.cells.iter().enumerate().map(|(source, cell)| match cell {
            None => html! { <td class="absent" data-cell="absent">{ absent("not stated") }</td> },
            Some(c) => {
                let kind = if c.differs { "differs" } else { "stated" };
                let sentence = one_line(doc.slice(source, c.sentence.start, c.sentence.end));
                // In a conflict, each cell's value (`three` → 3), so the
                // reader sees what differs; other rows show it once.
                let value = (row.status == FactStatus::Conflict && one_line(&c.text) != c.value)
                    .then(|| c.value.clone());
                html! {
                    <td class={kind} data-cell={kind} data-value={c.value.clone()} title={sentence}>
                        <span class="cell-text">{ one_line(&c.text) }</span>
                        if let Some(v) = value {
                            <span class="cell-value">{ v }</span>
                        }
                        if c.differs {
                            <span class="visually-hidden">{ " (stated differently)" }</span>
                        }
                    </td>
                }
            }
        });
        html! {
            <tr data-status={row.status.as_str()} data-kind={row.kind.as_str()}>
                <th scope="row" class="fact-name">
                    <span class="kind" data-label={row.kind.as_str()}>{ row.kind.as_str() }</span>
                    if let Some(subject) = row_subject(row) {
                        { " " }<span class="fact-subject">{ subject.to_string() }</span>
                    }
                </th>
                <td class="fact-value">{ row.value.clone() }</td>
                <td class="fact-status"><span class="status-chip" data-status={row.status.as_str()}>{ row.status.as_str() }</span></td>
                { for cells }
            </tr>
        }
    });

    let matrix = Matrix {
        heading_id: "fact-matrix-h",
        heading: "Facts",
        summary: format!(
            "{} facts: {conflicts} stated differently, {agree} agreed on, {single} in one source only.",
            facts.len()
        ),
        summary_id: Some("fact-summary"),
        controls: html! {
            <label class="toggle">
                <input type="checkbox" id="conflicts-only" checked={props.conflicts_only} {onchange} />
                { " Conflicts only" }
            </label>
        },
        table_id: "fact-matrix",
        table_class: "matrix facts-matrix",
        leading_headers: html! {
            <>
                <th scope="col">{ "Fact" }</th>
                <th scope="col">{ "Value" }</th>
                <th scope="col">{ "Status" }</th>
            </>
        },
        names: &props.names,
        rows: rows.collect(),
    };
    html! {
        <>
            { matrix.render() }
            if shown.is_empty() {
                <p class="placeholder">{
                    if props.conflicts_only { "No conflicts: the sources state no fact differently." } else { "No numbers found in these sources." }
                }</p>
            }
        </>
    }
}
