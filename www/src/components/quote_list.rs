use std::rc::Rc;

use yew::prelude::*;

use crate::state::Doc;

#[derive(Properties, Clone)]
pub struct QuoteListProps {
    pub doc: Rc<Doc>,
    /// Flash quotation `i` in the article.
    pub on_pick: Callback<usize>,
}

impl PartialEq for QuoteListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc) && self.on_pick == other.on_pick
    }
}

/// The quotes panel: each direct quotation with its speaker (canonical
/// name) and the source that relays it (`according to KCNA`). Clicking a
/// quotation flashes it in the article.
#[component]
pub fn QuoteList(props: &QuoteListProps) -> Html {
    let doc = &props.doc;
    let items = doc.quotes.iter().map(|q| {
        let onclick = {
            let on_pick = props.on_pick.clone();
            let i = q.index;
            Callback::from(move |_| on_pick.emit(i))
        };
        html! {
            <li class="quote-row" data-quote={q.index.to_string()} data-start={q.range.start.to_string()} data-end={q.range.end.to_string()}>
                <button type="button" class="quote-text" title="Show in the article" {onclick}>{ q.text.clone() }</button>
                <p class="said-by">
                    if q.speaker.is_empty() {
                        <span class="speaker unknown">{ "speaker not found" }</span>
                    } else {
                        { "— " }<span class="speaker">{ q.speaker.clone() }</span>
                    }
                    if !q.via.is_empty() {
                        { ", via " }<span class="via">{ q.via.clone() }</span>
                    }
                </p>
            </li>
        }
    });
    html! {
        <div id="quotes">
            if doc.quotes.is_empty() {
                <p class="placeholder">{ "No quotations found." }</p>
            } else {
                <ol class="quotes">{ for items }</ol>
            }
        </div>
    }
}
