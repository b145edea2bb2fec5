use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::compare_state::SourceEntry;
use crate::text::word_count;

#[derive(Properties, PartialEq, Clone)]
pub struct SourceCardProps {
    pub source: Rc<SourceEntry>,
    /// Its column, from 1.
    pub number: usize,
    pub on_rename: Callback<(u64, String)>,
    pub on_edit: Callback<(u64, String)>,
    pub on_remove: Callback<u64>,
}

/// The first line of a text with words, at most 100 characters.
fn headline(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let mut out: String = line.chars().take(100).collect();
    if line.chars().count() > 100 {
        out.push('…');
    }
    out
}

/// One source: its name (pre-filled from the guess and editable; emptied, it
/// falls back to the guess), words and headline, its text (editable, behind
/// a disclosure) and a remove button. `data-name` is the name the
/// comparison shows; `data-guess` the guess.
#[component]
pub fn SourceCard(props: &SourceCardProps) -> Html {
    let s = &props.source;
    let id = s.id;
    let name_id = format!("source-name-{id}");
    let label = s.label();
    let oninput = {
        let on = props.on_rename.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on.emit((id, input.value()));
        })
    };
    let onedit = {
        let on = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on.emit((id, area.value()));
        })
    };
    let onremove = {
        let on = props.on_remove.clone();
        Callback::from(move |_| on.emit(id))
    };
    let mut meta = format!("{} words", word_count(&s.text));
    if s.converted {
        meta.push_str(" · converted from HTML");
    }
    html! {
        <li class="source-card" data-source-id={id.to_string()} data-name={label.to_string()} data-guess={s.guess.as_deref().map(str::to_string)}>
            <div class="source-head">
                <span class="source-number" aria-hidden="true">{ props.number }</span>
                <label class="visually-hidden" for={name_id.clone()}>{ format!("Name of source {}", props.number) }</label>
                <input
                    type="text"
                    id={name_id}
                    class="source-name"
                    value={s.field_value().to_string()}
                    placeholder={s.placeholder().to_string()}
                    {oninput}
                />
                <button type="button" class="remove-source" aria-label={format!("Remove {label}")} onclick={onremove}>{ "Remove" }</button>
            </div>
            <p class="source-meta"><span class="word-count">{ meta }</span>{ " · " }<span class="headline">{ headline(&s.text) }</span></p>
            <details class="source-text">
                <summary>{ "Text" }</summary>
                <textarea
                    class="source-text-input"
                    rows="10"
                    spellcheck="false"
                    aria-label={format!("Text of {label}")}
                    value={s.text.to_string()}
                    oninput={onedit}
                />
            </details>
        </li>
    }
}
