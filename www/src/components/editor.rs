use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::text::word_count;

#[derive(Properties, Clone)]
pub struct EditorProps {
    pub text: Rc<str>,
    pub on_edit: Callback<String>,
    /// Text of the "Sample article" button's article.
    pub sample: &'static str,
}

impl PartialEq for EditorProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.text, &other.text)
            && self.on_edit == other.on_edit
            && self.sample == other.sample
    }
}

/// The article textarea. Every input goes straight to the state; analysis
/// happens in the worker, so typing is never held up.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(area.value());
        })
    };
    let load_sample = {
        let on_edit = props.on_edit.clone();
        let sample = props.sample;
        Callback::from(move |_| on_edit.emit(sample.to_string()))
    };
    let clear = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_| on_edit.emit(String::new()))
    };
    let words = word_count(&props.text);

    html! {
        <div class="editor">
            <label for="article-input">{ "Article" }</label>
            <textarea
                id="article-input"
                spellcheck="false"
                rows="18"
                placeholder="Paste a news article here."
                value={AttrValue::from(props.text.clone())}
                {oninput}
            />
            <div class="editor-bar">
                <span class="word-count" aria-live="off">{ format!("{words} words") }</span>
                <button type="button" onclick={load_sample}>{ "Sample article" }</button>
                <button type="button" onclick={clear}>{ "Clear" }</button>
            </div>
        </div>
    }
}
