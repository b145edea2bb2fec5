use std::rc::Rc;

use yew::prelude::*;

use crate::model::Label;
use crate::state::{ClusterRow, Doc};

#[derive(Properties, Clone)]
pub struct EntityListProps {
    pub doc: Rc<Doc>,
    /// Flash these marks in the article.
    pub on_pick: Callback<Vec<usize>>,
    /// Show only the facts naming this cluster (its [`ClusterRow::key`]).
    pub on_facts: Callback<AttrValue>,
    /// Show only the facts attributed to this cluster.
    pub on_said: Callback<AttrValue>,
}

impl PartialEq for EntityListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.on_pick == other.on_pick
            && self.on_facts == other.on_facts
            && self.on_said == other.on_said
    }
}

/// The entity panel: one row per referent (cluster), grouped by label, most
/// mentioned first. Each row gives the canonical name (the fullest written),
/// the mention count, the roles and titles the article gives it, and the
/// other ways it is written. Clicking the name flashes every mention in the
/// article; "N facts" filters the fact table to the facts naming it, and
/// "source of N" to the facts attributed to it.
#[component]
pub fn EntityList(props: &EntityListProps) -> Html {
    let doc = &props.doc;
    let sections = Label::ALL.iter().filter(|l| l.is_entity()).map(|&label| {
        let mut rows = doc
            .cluster_order
            .iter()
            .map(|&i| &doc.clusters[i])
            .filter(|c| c.label == label)
            .peekable();
        if rows.peek().is_none() {
            return html! {};
        }
        let items = rows.map(|c| {
            // Keyed by label and name: rows keep their DOM when counts change.
            let key = c.key.to_string();
            html! {
                <ClusterItem
                    {key}
                    cluster={c.clone()}
                    on_pick={props.on_pick.clone()}
                    on_facts={props.on_facts.clone()}
                    on_said={props.on_said.clone()}
                />
            }
        });
        html! {
            <div class="entity-group" data-label={label.as_str()}>
                <h3><span class="kind" data-label={label.as_str()}>{ label.as_str() }</span>
                    { " " }{ label.describe() }</h3>
                <ul>{ for items }</ul>
            </div>
        }
    });
    html! {
        <div class="entities" id="entities">
            { for sections }
            if doc.clusters.is_empty() {
                <p class="placeholder">{ "No names found." }</p>
            }
        </div>
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct ClusterItemProps {
    pub cluster: ClusterRow,
    pub on_pick: Callback<Vec<usize>>,
    pub on_facts: Callback<AttrValue>,
    pub on_said: Callback<AttrValue>,
}

#[component]
fn ClusterItem(props: &ClusterItemProps) -> Html {
    let c = &props.cluster;
    let onclick = {
        let on_pick = props.on_pick.clone();
        let marks = c.marks.clone();
        Callback::from(move |_| on_pick.emit(marks.to_vec()))
    };
    let emit_key = |cb: &Callback<AttrValue>| {
        let (cb, key) = (cb.clone(), c.key.clone());
        Callback::from(move |_| cb.emit(key.clone()))
    };
    let facts = |n: usize| if n == 1 { "1 fact".to_string() } else { format!("{n} facts") };
    let n = c.marks.len();
    html! {
        <li class="cluster" data-cluster={c.index.to_string()} data-label={c.label.as_str()} data-count={n.to_string()}>
            <button
                type="button"
                class="entity"
                data-label={c.label.as_str()}
                data-count={n.to_string()}
                title="Show every mention in the article"
                {onclick}
            >
                <span class="name">{ c.name.clone() }</span>
                <span class="count" aria-label={format!("{n} mentions")}>{ format!("×{n}") }</span>
            </button>
            if !c.roles.is_empty() {
                <p class="roles"><span class="visually-hidden">{ "Roles: " }</span>{ c.roles.clone() }</p>
            }
            if !c.aliases.is_empty() {
                <p class="aliases">{ "also written: " }{ c.aliases.clone() }</p>
            }
            if c.facts > 0 {
                <button
                    type="button"
                    class="link facts-link"
                    aria-label={format!("Show the {} facts about {}", c.facts, c.name)}
                    onclick={emit_key(&props.on_facts)}
                >{ facts(c.facts) }</button>
            }
            if c.said > 0 {
                <button
                    type="button"
                    class="link said-link"
                    aria-label={format!("Show the {} attributed to {}", facts(c.said), c.name)}
                    title="The numbers this source is quoted for (“KCNA said”)"
                    onclick={emit_key(&props.on_said)}
                >{ format!("source of {}", facts(c.said)) }</button>
            }
        </li>
    }
}
