use std::rc::Rc;

use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::hooks::use_import;
use crate::state::Note;
use crate::text::word_count;

/// The textarea's DOM id.
pub const TEXTAREA_ID: &str = "article-input";

#[derive(Properties, Clone)]
pub struct EditorProps {
    pub text: Rc<str>,
    pub on_edit: Callback<String>,
    /// Text of the "Sample article" button's article.
    pub sample: &'static str,
    /// About the last paste or file load.
    pub note: Option<Note>,
    pub on_note: Callback<Option<Note>>,
}

impl PartialEq for EditorProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.text, &other.text)
            && self.on_edit == other.on_edit
            && self.sample == other.sample
            && self.note == other.note
            && self.on_note == other.on_note
    }
}

/// Whether a drag carries files (not text being moved).
fn carries_files(e: &DragEvent) -> bool {
    e.data_transfer().is_some_and(|d| {
        let types = d.types();
        (0..types.length()).any(|i| types.get(i).as_string().as_deref() == Some("Files"))
    })
}

/// The article textarea. Every input goes straight to the state; analysis
/// happens in the worker, so typing is never held up.
///
/// Pasting formatted text (HTML on the clipboard) inserts its clean text with
/// paragraphs; a `.txt` or `.html` file dropped on the editor, or chosen
/// with "Open file…" (the keyboard's way), replaces the article. See
/// [`crate::hooks::use_import`]. The note below says what happened.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let import = use_import(TEXTAREA_ID, props.on_edit.clone(), props.on_note.clone());
    let dragging = use_state_eq(|| false);
    let file_input = use_node_ref();

    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(area.value());
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if carries_files(&e) {
                // Accept the drop (and keep the browser from opening the file).
                e.prevent_default();
                if let Some(d) = e.data_transfer() {
                    d.set_drop_effect("copy");
                }
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        let load = import.load_file.clone();
        Callback::from(move |e: DragEvent| {
            dragging.set(false);
            let Some(files) = e.data_transfer().and_then(|d| d.files()) else {
                return;
            };
            if let Some(file) = files.get(0) {
                e.prevent_default();
                load.emit(file);
            }
        })
    };
    let open_file = {
        let file_input = file_input.clone();
        Callback::from(move |_| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file_chosen = {
        let load = import.load_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                load.emit(file);
            }
            // Choosing the same file again loads it again.
            input.set_value("");
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
        <div class={classes!("editor", dragging.then_some("dropping"))} {ondragover} {ondragleave} {ondrop}>
            <label for={TEXTAREA_ID}>{ "Article" }</label>
            <textarea
                id={TEXTAREA_ID}
                spellcheck="false"
                rows="18"
                placeholder="Paste a news article here (formatted text from a web page keeps its paragraphs), or drop a .txt or .html file."
                aria-describedby="editor-note"
                value={AttrValue::from(props.text.clone())}
                {oninput}
                onpaste={import.paste.clone()}
            />
            <div class="editor-bar">
                <span class="word-count" aria-live="off">{ format!("{words} words") }</span>
                <button type="button" onclick={open_file}>{ "Open file…" }</button>
                <input
                    ref={file_input}
                    type="file"
                    id="file-input"
                    class="visually-hidden"
                    tabindex="-1"
                    aria-hidden="true"
                    accept=".txt,.text,.html,.htm,.xhtml,text/plain,text/html"
                    onchange={on_file_chosen}
                />
                <button type="button" onclick={load_sample}>{ "Sample article" }</button>
                <button type="button" onclick={clear}>{ "Clear" }</button>
            </div>
            <p
                id="editor-note"
                class="editor-note"
                role="status"
                data-error={props.note.as_ref().map(|n| n.error.to_string())}
            >{ props.note.as_ref().map(|n| n.text.clone()).unwrap_or_default() }</p>
        </div>
    }
}
