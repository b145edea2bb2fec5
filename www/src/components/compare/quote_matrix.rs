use std::rc::Rc;

use yew::prelude::*;

use super::matrix::{absent, Matrix};
use super::{one_line, percent, ColumnNames};
use crate::compare_model::QuoteCell;
use crate::compare_state::CompareDoc;

#[derive(Properties, Clone)]
pub struct QuoteMatrixProps {
    pub doc: Rc<CompareDoc>,
    pub names: ColumnNames,
}

impl PartialEq for QuoteMatrixProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc) && self.names == other.names
    }
}

/// One source's version of a quotation: the same words as the first
/// version, or its word changes (`<del>` the first version's words,
/// `<ins>` this one's).
fn quote_cell(cell: &QuoteCell, first: bool) -> Html {
    let tip = format!(
        "“{}”{}",
        one_line(&cell.text),
        cell.speaker
            .as_ref()
            .map_or(String::new(), |s| format!(" — {s}"))
    );
    if cell.changes.is_empty() {
        let what = if first { "quoted" } else { "same words" };
        return html! {
            <td class="stated" data-cell="same" title={tip}>{ what }</td>
        };
    }
    let changes = cell.changes.iter().map(|w| {
        html! {
            <li>
                if !w.from.is_empty() {
                    <del>{ w.from.clone() }</del>
                }
                if !w.from.is_empty() && !w.to.is_empty() {
                    { " → " }
                }
                if !w.to.is_empty() {
                    <ins>{ w.to.clone() }</ins>
                }
            </li>
        }
    });
    html! {
        <td class="differs" data-cell="reworded" data-similarity={format!("{:.3}", cell.similarity)} title={tip}>
            <span class="cell-value">{ format!("reworded, {} alike", percent(cell.similarity)) }</span>
            <ul class="word-changes">{ for changes }</ul>
        </td>
    }
}

/// Quotations across sources: each quotation (its first version and
/// speaker) with, per source, whether it is there (`data-cell` `same` or
/// `reworded`, with the word changes) or not (`absent`).
#[component]
pub fn QuoteMatrix(props: &QuoteMatrixProps) -> Html {
    let quotes = &props.doc.view.quotes;
    let reworded = quotes.iter().filter(|q| q.reworded).count();
    let rows = quotes.iter().map(|q| {
        let first = q.cells.iter().position(Option::is_some);
        let cells = q.cells.iter().enumerate().map(|(i, cell)| match cell {
            Some(c) => quote_cell(c, Some(i) == first),
            None => html! { <td class="absent" data-cell="absent">{ absent("not quoted") }</td> },
        });
        html! {
            <tr data-reworded={q.reworded.to_string()}>
                <th scope="row" class="quote-text"><q>{ one_line(&q.text) }</q></th>
                <td class="speaker">{ q.speaker.clone().unwrap_or_default() }</td>
                { for cells }
            </tr>
        }
    });
    let matrix = Matrix {
        heading_id: "quote-matrix-h",
        heading: "Quotes",
        summary: format!(
            "{} quotations; {reworded} worded differently in some source.",
            quotes.len()
        ),
        summary_id: None,
        controls: html! {},
        table_id: "quote-matrix",
        table_class: "matrix",
        leading_headers: html! {
            <>
                <th scope="col">{ "Quotation" }</th>
                <th scope="col">{ "Speaker" }</th>
            </>
        },
        names: &props.names,
        rows: rows.collect(),
    };
    html! {
        <>
            { matrix.render() }
            if quotes.is_empty() {
                <p class="placeholder">{ "No quotations found in these sources." }</p>
            }
        </>
    }
}
