use std::rc::Rc;

use yew::prelude::*;

use super::{percent, ColumnNames};
use crate::compare_state::CompareDoc;

#[derive(Properties, Clone)]
pub struct OverlapPassagesProps {
    pub doc: Rc<CompareDoc>,
    pub names: ColumnNames,
    /// Column indices, `a < b`.
    pub pair: Option<(usize, usize)>,
}

impl PartialEq for OverlapPassagesProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc) && self.names == other.names && self.pair == other.pair
    }
}

/// The passages one pair of sources shares, side by side: each as the first
/// source writes it and as the second does, marked verbatim or reworded.
#[component]
pub fn OverlapPassages(props: &OverlapPassagesProps) -> Html {
    let doc = &props.doc;
    let Some((a, b)) = props.pair else {
        return html! {};
    };
    let Some(o) = doc
        .view
        .overlap
        .iter()
        .find(|o| o.a as usize == a && o.b as usize == b)
    else {
        return html! {};
    };
    let name = |k: usize| props.names.get(k).map_or(String::new(), |s| s.to_string());
    let (name_a, name_b) = (name(a), name(b));
    let verbatim = o.passages.iter().filter(|p| p.verbatim).count();
    let passages = o.passages.iter().map(|p| {
        let badge = if p.verbatim {
            "verbatim".to_string()
        } else {
            format!("reworded, {} alike", percent(p.similarity))
        };
        html! {
            <li class="passage" data-verbatim={p.verbatim.to_string()}>
                <span class="badge">{ badge }</span>
                <div class="passage-pair">
                    <blockquote class="passage-a">
                        <cite>{ name_a.clone() }</cite>
                        <p>{ doc.slice(a, p.a.start, p.a.end).to_string() }</p>
                    </blockquote>
                    <blockquote class="passage-b">
                        <cite>{ name_b.clone() }</cite>
                        <p>{ doc.slice(b, p.b.start, p.b.end).to_string() }</p>
                    </blockquote>
                </div>
            </li>
        }
    });
    html! {
        <div id="overlap-passages" class="overlap-passages" data-a={a.to_string()} data-b={b.to_string()}>
            <h3 id="passages-h">{ format!("Passages shared by {name_a} and {name_b}") }</h3>
            <p class="matrix-summary">{
                format!("Similarity {}: {} passages, {verbatim} verbatim.", percent(o.similarity), o.passages.len())
            }</p>
            if o.passages.is_empty() {
                <p class="placeholder">{ "These two share no passage." }</p>
            } else {
                <ol class="passages">{ for passages }</ol>
            }
        </div>
    }
}
