use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::model::Label;
use crate::state::{Doc, FactFilter};

#[derive(Properties, Clone)]
pub struct FactFiltersProps {
    pub doc: Rc<Doc>,
    pub filter: FactFilter,
    pub on_kind: Callback<Option<Label>>,
    pub on_entity: Callback<Option<AttrValue>>,
}

impl PartialEq for FactFiltersProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.filter == other.filter
            && self.on_kind == other.on_kind
            && self.on_entity == other.on_entity
    }
}

/// The fact table's filters: by kind of number, and by entity (only facts
/// whose clause names it). Each option gives its number of facts; only
/// kinds and entities that have facts are offered.
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
    let on_entity = {
        let cb = props.on_entity.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let value = select.value();
            cb.emit((!value.is_empty()).then(|| AttrValue::from(value)));
        })
    };
    let clear = {
        let (on_kind, on_entity) = (props.on_kind.clone(), props.on_entity.clone());
        Callback::from(move |_| {
            on_kind.emit(None);
            on_entity.emit(None);
        })
    };
    let kind = props.filter.kind;
    let entity = props.filter.entity.as_deref().unwrap_or("");
    // An option's `selected` attribute stops applying once the user has
    // chosen another: set the selects' values to the state's after render.
    let kind_select = use_node_ref();
    let entity_select = use_node_ref();
    {
        let (kind_select, entity_select) = (kind_select.clone(), entity_select.clone());
        let values = (kind.map_or("", Label::as_str), AttrValue::from(entity.to_string()));
        use_effect_with(values, move |(kind, entity)| {
            if let Some(s) = kind_select.cast::<HtmlSelectElement>() {
                s.set_value(kind);
            }
            if let Some(s) = entity_select.cast::<HtmlSelectElement>() {
                s.set_value(entity);
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
    let entities = doc
        .cluster_order
        .iter()
        .map(|&i| &doc.clusters[i])
        .filter(|c| c.facts > 0)
        .map(|c| {
            html! {
                <option value={c.key.clone()} selected={c.key == entity}>
                    { format!("{} · {} ({})", c.name, c.label.as_str(), c.facts) }
                </option>
            }
        });
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
                { for entities }
            </select>
            if props.filter.is_active() {
                <button type="button" class="clear-filters" onclick={clear}>{ "Show all facts" }</button>
            }
        </div>
    }
}
