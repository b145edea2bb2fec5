use std::rc::Rc;

use yew::prelude::*;

use crate::model::Label;
use crate::state::Doc;

#[derive(Properties, Clone)]
pub struct EntityListProps {
    pub doc: Rc<Doc>,
    /// Flash these marks in the article.
    pub on_pick: Callback<Vec<usize>>,
}

impl PartialEq for EntityListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc) && self.on_pick == other.on_pick
    }
}

/// Entities grouped by label; mentions with the same text count together.
/// Clicking a name flashes all its mentions.
#[component]
pub fn EntityList(props: &EntityListProps) -> Html {
    let doc = &props.doc;
    let sections = Label::ALL.iter().filter(|l| l.is_entity()).map(|&label| {
        let groups: Vec<_> = doc.groups.iter().filter(|g| g.label == label).collect();
        if groups.is_empty() {
            return html! {};
        }
        let items = groups.into_iter().map(|g| {
            let onclick = {
                let on_pick = props.on_pick.clone();
                let marks = g.marks.clone();
                Callback::from(move |_| on_pick.emit(marks.clone()))
            };
            let n = g.marks.len();
            html! {
                <li>
                    <button type="button" class="entity" data-label={label.as_str()} data-count={n.to_string()} {onclick}>
                        <span class="name">{ g.name.clone() }</span>
                        <span class="count" aria-label={format!("{n} mentions")}>{ format!("×{n}") }</span>
                    </button>
                </li>
            }
        });
        html! {
            <div class="entity-group" data-label={label.as_str()}>
                <h3><span class="kind" data-label={label.as_str()}>{ label.as_str() }</span>
                    { format!(" {}", label.describe()) }</h3>
                <ul>{ for items }</ul>
            </div>
        }
    });
    html! {
        <div class="entities" id="entities">
            { for sections }
            if doc.groups.is_empty() {
                <p class="placeholder">{ "No names found." }</p>
            }
        </div>
    }
}
