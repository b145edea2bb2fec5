use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::model::Label;
use crate::state::{ClusterRow, Doc, FactFilter};

#[derive(Properties, Clone)]
pub struct FactFiltersProps {
    pub doc: Rc<Doc>,
    pub filter: FactFilter,
    pub on_kind: Callback<Option<Label>>,
    pub on_entity: Callback<Option<AttrValue>>,
    pub on_source: Callback<Option<AttrValue>>,
}

impl PartialEq for FactFiltersProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.filter == other.filter
            && self.on_kind == other.on_kind
            && self.on_entity == other.on_entity
            && self.on_source == other.on_source
    }
}

/// A select's value as an optional key (`""`: no filter).
fn key_callback(cb: &Callback<Option<AttrValue>>) -> Callback<Event> {
    let cb = cb.clone();
    Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        let value = select.value();
        cb.emit((!value.is_empty()).then(|| AttrValue::from(value)))
    })
}

/// The options of a cluster select: the clusters with a non-zero `count`, in
/// the entity panel's order, each with its count.
fn cluster_options(doc: &Doc, selected: &str, count: fn(&ClusterRow) -> usize) -> Html {
    doc.cluster_order
        .iter()
        .map(|&i| &doc.clusters[i])
        .filter(|c| count(c) > 0)
        .map(|c| {
            html! {
                <option value={c.key.clone()} selected={c.key == selected}>
                    { format!("{} · {} ({})", c.name, c.label.as_str(), count(c)) }
                </option>
            }
        })
        .collect()
}

/// The fact table's filters: by kind of number, by entity (only facts whose
/// clause names it) and by source (only facts attributed to it: `KCNA
/// said`). Each option gives its number of facts; only kinds and entities
/// that have facts are offered.
#[component]
pub fn FactFilters(props: &FactFiltersProps) -> Html {
    let doc = &props.doc;
    let mut per_kind = [0usize; 12];
    for f in &doc.facts {
        per_kind[f.label.index()] += 1;
    }
    let on_kind = {
        let cb = props.on_kind.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            cb.emit(Label::ALL.into_iter().find(|l| l.as_str() == value));
        })
    };
    let on_entity = key_callback(&props.on_entity);
    let on_source = key_callback(&props.on_source);
    let clear = {
        let cbs = (props.on_kind.clone(), props.on_entity.clone(), props.on_source.clone());
        Callback::from(move |_| {
            cbs.0.emit(None);
            cbs.1.emit(None);
            cbs.2.emit(None);
        })
    };
    let kind = props.filter.kind;
    let entity = props.filter.entity.as_deref().unwrap_or("");
    let source = props.filter.source.as_deref().unwrap_or("");
    // An option's `selected` attribute stops applying once the user has
    // chosen another: set the selects' values to the state's after render.
    let kind_select = use_node_ref();
    let entity_select = use_node_ref();
    let source_select = use_node_ref();
    {
        let selects = (kind_select.clone(), entity_select.clone(), source_select.clone());
        let values = (
            kind.map_or("", Label::as_str),
            AttrValue::from(entity.to_string()),
            AttrValue::from(source.to_string()),
        );
        use_effect_with(values, move |(kind, entity, source)| {
            for (select, value) in [(&selects.0, *kind), (&selects.1, entity), (&selects.2, source)] {
                if let Some(s) = select.cast::<HtmlSelectElement>() {
                    s.set_value(value);
                }
            }
        });
    }
    let kinds = Label::ALL
        .iter()
        .filter(|l| !l.is_entity() && (per_kind[l.index()] > 0 || kind == Some(**l)))
        .map(|&l| {
            html! {
                <option value={l.as_str()} selected={kind == Some(l)}>
                    { format!("{} ({})", l.as_str(), per_kind[l.index()]) }
                </option>
            }
        });
    let sources = cluster_options(doc, source, |c| c.said);
    let has_sources = doc.clusters.iter().any(|c| c.said > 0);
    html! {
        <div class="fact-filters" role="group" aria-label="Filter the facts">
            <label for="fact-kind">{ "Kind" }</label>
            <select id="fact-kind" ref={kind_select} onchange={on_kind}>
                <option value="" selected={kind.is_none()}>{ format!("all kinds ({})", doc.facts.len()) }</option>
                { for kinds }
            </select>
            <label for="fact-entity">{ "About" }</label>
            <select id="fact-entity" ref={entity_select} onchange={on_entity}>
                <option value="" selected={entity.is_empty()}>{ "anyone, anywhere" }</option>
                { cluster_options(doc, entity, |c| c.facts) }
            </select>
            <label for="fact-source" title="Who says so: the source a number is attributed to (“KCNA said”, “according to Seoul”).">{ "Said by" }</label>
            <select id="fact-source" ref={source_select} onchange={on_source} disabled={!has_sources && source.is_empty()}>
                <option value="" selected={source.is_empty()}>
                    { if has_sources { "any source or none" } else { "no attributed facts" } }
                </option>
                { sources }
            </select>
            if props.filter.is_active() {
                <button type="button" class="clear-filters" onclick={clear}>{ "Show all facts" }</button>
            }
        </div>
    }
}
