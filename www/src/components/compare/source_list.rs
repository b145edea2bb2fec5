use std::rc::Rc;

use yew::prelude::*;

use super::SourceCard;
use crate::compare_state::SourceEntry;

#[derive(Properties, PartialEq, Clone)]
pub struct SourceListProps {
    pub sources: Vec<Rc<SourceEntry>>,
    pub on_rename: Callback<(u64, String)>,
    pub on_edit: Callback<(u64, String)>,
    pub on_remove: Callback<u64>,
}

/// The sources in column order, one card each (keyed by id, so editing one
/// leaves the others' DOM alone).
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let cards = props.sources.iter().enumerate().map(|(i, s)| {
        html! {
            <SourceCard
                key={s.id}
                source={s.clone()}
                number={i + 1}
                on_rename={props.on_rename.clone()}
                on_edit={props.on_edit.clone()}
                on_remove={props.on_remove.clone()}
            />
        }
    });
    html! { <ol id="source-list" class="source-list">{ for cards }</ol> }
}
