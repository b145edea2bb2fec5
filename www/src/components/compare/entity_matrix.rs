use std::rc::Rc;

use yew::prelude::*;

use super::matrix::{absent, Matrix};
use super::ColumnNames;
use crate::compare_state::CompareDoc;

#[derive(Properties, Clone)]
pub struct EntityMatrixProps {
    pub doc: Rc<CompareDoc>,
    pub names: ColumnNames,
}

impl PartialEq for EntityMatrixProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc) && self.names == other.names
    }
}

/// The entity matrix: people, organisations, places and other names, merged
/// across sources (`Kim Jong Un` = `Kim Jong-un`), with the number of
/// mentions in each source (`data-count`; `—` where a source never names it).
#[component]
pub fn EntityMatrix(props: &EntityMatrixProps) -> Html {
    let entities = &props.doc.view.entities;
    let n = props.names.len();
    let everywhere = entities
        .iter()
        .filter(|e| e.counts.iter().all(|&c| c > 0))
        .count();
    let rows = entities.iter().map(|e| {
        let cells = e.counts.iter().map(|&c| {
            if c == 0 {
                html! { <td class="absent" data-count="0">{ absent("not named") }</td> }
            } else {
                html! { <td class="count" data-count={c.to_string()}>{ c }</td> }
            }
        });
        html! {
            <tr data-label={e.label.as_str()}>
                <th scope="row">{ e.canonical.clone() }</th>
                <td><span class="kind" data-label={e.label.as_str()}>{ e.label.as_str() }</span></td>
                { for cells }
            </tr>
        }
    });
    let matrix = Matrix {
        heading_id: "entity-matrix-h",
        heading: "Entities",
        summary: format!(
            "{} names; {everywhere} in all {n} sources. Figures are mentions per source.",
            entities.len()
        ),
        summary_id: None,
        controls: html! {},
        table_id: "entity-matrix",
        table_class: "matrix",
        leading_headers: html! {
            <>
                <th scope="col">{ "Entity" }</th>
                <th scope="col">{ "Label" }</th>
            </>
        },
        names: &props.names,
        rows: rows.collect(),
    };
    html! {
        <>
            { matrix.render() }
            if entities.is_empty() {
                <p class="placeholder">{ "No names found in these sources." }</p>
            }
        </>
    }
}
