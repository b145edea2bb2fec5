use std::rc::Rc;

use yew::prelude::*;

use super::matrix::Matrix;
use super::{percent, ColumnNames};
use crate::compare_state::CompareDoc;

#[derive(Properties, Clone)]
pub struct OverlapMatrixProps {
    pub doc: Rc<CompareDoc>,
    pub names: ColumnNames,
    /// The pair whose passages are shown (column indices, `a < b`).
    pub pair: Option<(usize, usize)>,
    /// Show another pair (source ids).
    pub on_choose_pair: Callback<(u64, u64)>,
}

impl PartialEq for OverlapMatrixProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.names == other.names
            && self.pair == other.pair
            && self.on_choose_pair == other.on_choose_pair
    }
}

/// The heat class of a similarity: five steps, so a copied or lightly
/// rewritten article stands out (inline styles are barred by the page's
/// Content-Security-Policy).
fn heat(similarity: f64) -> &'static str {
    match similarity {
        s if s >= 0.75 => "heat-4",
        s if s >= 0.5 => "heat-3",
        s if s >= 0.3 => "heat-2",
        s if s >= 0.1 => "heat-1",
        _ => "heat-0",
    }
}

/// How much each pair of sources shares, as a symmetric matrix of
/// similarity figures (0%: nothing shared, 100%: the same sentences), each a
/// button that shows that pair's shared passages below. Cells carry
/// `data-a`, `data-b` (column indices) and `data-similarity`.
#[component]
pub fn OverlapMatrix(props: &OverlapMatrixProps) -> Html {
    let doc = &props.doc;
    let n = doc.ids.len();
    let find = |a: usize, b: usize| {
        let (a, b) = (a.min(b) as u32, a.max(b) as u32);
        doc.view.overlap.iter().find(|o| o.a == a && o.b == b)
    };
    let rows = (0..n).map(|i| {
        let cells = (0..n).map(|j| {
            if i == j {
                return html! { <td class="self" aria-label="same source">{ "—" }</td> };
            }
            let Some(o) = find(i, j) else {
                return html! { <td></td> };
            };
            let (a, b) = (i.min(j), i.max(j));
            let chosen = props.pair == Some((a, b));
            let onclick = {
                let on = props.on_choose_pair.clone();
                let (x, y) = (doc.ids[a], doc.ids[b]);
                Callback::from(move |_| on.emit((x, y)))
            };
            let name = |k: usize| props.names.get(k).map_or(String::new(), |s| s.to_string());
            html! {
                <td class={classes!("heat", heat(o.similarity))}>
                    <button
                        type="button"
                        class="pair"
                        data-a={a.to_string()}
                        data-b={b.to_string()}
                        data-similarity={format!("{:.3}", o.similarity)}
                        aria-pressed={chosen.to_string()}
                        title={format!("{} and {}: {} passages; show them", name(a), name(b), o.passages.len())}
                        {onclick}
                    >{ percent(o.similarity) }</button>
                </td>
            }
        });
        html! {
            <tr>
                <th scope="row" class="source-col">{ props.names.get(i).map_or(String::new(), |s| s.to_string()) }</th>
                { for cells }
            </tr>
        }
    });
    Matrix {
        heading_id: "overlap-h",
        heading: "Overlap",
        summary: "Share of both articles' words in sentences that reappear, verbatim or reworded, in the other. A copied or lightly rewritten article scores high; pick a figure to see the passages.".into(),
        summary_id: None,
        controls: html! {},
        table_id: "overlap-matrix",
        table_class: "matrix overlap-matrix",
        leading_headers: html! { <td></td> },
        names: &props.names,
        rows: rows.collect(),
    }
    .render()
}
