use web_sys::{File, HtmlInputElement, HtmlTextAreaElement};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::article_tab;
use crate::hooks::{file_kind, read_files, RawSource};

#[derive(Properties, PartialEq, Clone)]
pub struct SourceIntakeProps {
    /// Add these texts as sources (prepared in the worker first).
    pub on_add: Callback<Vec<RawSource>>,
}

/// The files of a file list that can be sources (with whether each is
/// HTML), and why the others cannot.
fn accept(files: Option<web_sys::FileList>) -> (Vec<(File, bool)>, Vec<String>) {
    let mut ok = Vec::new();
    let mut problems = Vec::new();
    if let Some(list) = files {
        for i in 0..list.length() {
            if let Some(file) = list.get(i) {
                match file_kind(&file) {
                    Ok(html) => ok.push((file, html)),
                    Err(p) => problems.push(p),
                }
            }
        }
    }
    (ok, problems)
}

/// Ways to add sources: paste into a new source, pick or drop `.txt` and
/// `.html` files (HTML becomes its clean text in the worker), or take the
/// article from the Article tab. The whole box is the drop zone
/// (`data-dragover` while files hover over it).
#[component]
pub fn SourceIntake(props: &SourceIntakeProps) -> Html {
    let paste = use_state(String::new);
    let note = use_state(|| None::<String>);
    let dragover = use_state(|| false);

    let add_files = {
        let on_add = props.on_add.clone();
        let note = note.clone();
        move |files: Option<web_sys::FileList>| {
            let (files, problems) = accept(files);
            note.set((!problems.is_empty()).then(|| problems.join(" ")));
            if files.is_empty() {
                return;
            }
            let on_add = on_add.clone();
            spawn_local(async move { on_add.emit(read_files(files).await) });
        }
    };
    let oninput = {
        let paste = paste.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            paste.set(area.value());
        })
    };
    let add_paste = {
        let on_add = props.on_add.clone();
        let paste = paste.clone();
        Callback::from(move |_| {
            if paste.trim().is_empty() {
                return;
            }
            on_add.emit(vec![RawSource {
                text: (*paste).clone(),
                html: false,
                file_name: None,
            }]);
            paste.set(String::new());
        })
    };
    let add_article = {
        let on_add = props.on_add.clone();
        let note = note.clone();
        Callback::from(move |_| {
            match article_tab::article_text().filter(|t| !t.trim().is_empty()) {
                Some(text) => {
                    note.set(None);
                    on_add.emit(vec![RawSource {
                        text,
                        html: false,
                        file_name: None,
                    }]);
                }
                None => note.set(Some("The Article tab has no text to add.".into())),
            }
        })
    };
    let onchange = {
        let add_files = add_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            add_files(input.files());
            // The same file can be picked again.
            input.set_value("");
        })
    };
    let ondragover = {
        let dragover = dragover.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragover {
                dragover.set(true);
            }
        })
    };
    let ondragleave = {
        let dragover = dragover.clone();
        Callback::from(move |_: DragEvent| dragover.set(false))
    };
    let ondrop = {
        let dragover = dragover.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            e.stop_propagation();
            dragover.set(false);
            add_files(e.data_transfer().and_then(|d| d.files()));
        })
    };

    html! {
        <div
            id="source-intake"
            class="source-intake"
            data-dragover={dragover.to_string()}
            {ondragover}
            {ondragleave}
            {ondrop}
        >
            <label for="source-paste">{ "New source" }</label>
            <textarea
                id="source-paste"
                rows="6"
                spellcheck="false"
                placeholder="Paste an article (text or HTML) here, then Add source. Or drop .txt and .html files on this box."
                value={(*paste).clone()}
                {oninput}
            />
            <div class="intake-bar">
                <button type="button" id="add-source" onclick={add_paste} disabled={paste.trim().is_empty()}>{ "Add source" }</button>
                <label class="file-button">
                    { "Add files…" }
                    <input type="file" id="source-files" multiple=true accept=".txt,.text,.html,.htm,.xhtml,text/plain,text/html" {onchange} />
                </label>
                <button type="button" id="add-article" onclick={add_article}>{ "Add the article from the Article tab" }</button>
            </div>
            if let Some(n) = (*note).clone() {
                <p class="intake-note" role="status">{ n }</p>
            }
        </div>
    }
}
