//! What the comparison's matrices share: the heading with its summary line,
//! the table with one column per source, and the mark in the cell of a
//! source that lacks the row's item.

use yew::prelude::*;

use super::ColumnNames;

/// One matrix, as its component fills it in.
pub struct Matrix<'a> {
    /// The heading's id (the table's accessible name) and text.
    pub heading_id: &'static str,
    pub heading: &'static str,
    /// The line under the heading, and its id if something refers to it.
    pub summary: String,
    pub summary_id: Option<&'static str>,
    /// Controls beside the heading (the fact matrix's "Conflicts only").
    pub controls: Html,
    pub table_id: &'static str,
    pub table_class: &'static str,
    /// The header cells before the sources' columns.
    pub leading_headers: Html,
    pub names: &'a ColumnNames,
    pub rows: Html,
}

impl Matrix<'_> {
    pub fn render(self) -> Html {
        html! {
            <>
                <div class="matrix-head">
                    <h2 id={self.heading_id}>{ self.heading }</h2>
                    <p class="matrix-summary" id={self.summary_id}>{ self.summary }</p>
                    { self.controls }
                </div>
                <div class="table-wrap">
                    <table id={self.table_id} class={self.table_class} aria-labelledby={self.heading_id}>
                        <thead>
                            <tr>
                                { self.leading_headers }
                                { for self.names.iter().map(|n| html! { <th scope="col" class="source-col">{ n.to_string() }</th> }) }
                            </tr>
                        </thead>
                        <tbody>{ self.rows }</tbody>
                    </table>
                </div>
            </>
        }
    }
}

/// The content of a cell whose source lacks the row's item: a dash, and
/// `what` (`not named`) for screen readers.
pub fn absent(what: &'static str) -> Html {
    html! {
        <>
            <span aria-hidden="true">{ "—" }</span>
            <span class="visually-hidden">{ what }</span>
        </>
    }
}
