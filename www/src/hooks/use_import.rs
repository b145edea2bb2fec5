//! Rich paste and file loading for the editor.
//!
//! - Pasting with `text/html` on the clipboard (copied from a web page or a
//!   word processor) inserts the clean text with its paragraphs, converted
//!   in the worker by the core's `html::to_text`; plain pastes are left to
//!   the browser.
//! - A `.txt` or `.html` file, dropped on the editor or chosen with "Open
//!   file…", replaces the article (HTML converted the same way).
//!
//! Pasted content is only ever text: it reaches the textarea's value and the
//! page renders it as text nodes. What cannot be used gets a clear note.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::dom::insert_text;
use crate::hooks::{use_worker, Worker};
use crate::state::Note;

/// Files above this size are refused: an article is a few dozen kB.
pub const MAX_FILE_BYTES: f64 = 5.0 * 1024.0 * 1024.0;

/// The editor's handlers.
#[derive(Clone, PartialEq)]
pub struct Import {
    /// For the textarea's `onpaste`.
    pub paste: Callback<Event>,
    /// Loads a dropped or chosen file.
    pub load_file: Callback<web_sys::File>,
}

fn paragraphs(text: &str) -> usize {
    text.lines().filter(|l| !l.trim().is_empty()).count()
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What kind of file `name` (of media type `media`) is, by its extension
/// or, without one, its type: HTML (`true`), text (`false`), or neither.
pub fn file_is_html(name: &str, media: &str) -> Option<bool> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e);
    match ext {
        Some("html" | "htm" | "xhtml") => Some(true),
        Some("txt" | "text") => Some(false),
        Some(_) => None,
        None if media.starts_with("text/html") => Some(true),
        None if media.starts_with("text/plain") => Some(false),
        None => None,
    }
}

async fn load(
    worker: Worker,
    file: web_sys::File,
    on_edit: Callback<String>,
    on_note: Callback<Option<Note>>,
) {
    let name = file.name();
    let Some(is_html) = file_is_html(&name, &file.type_()) else {
        on_note.emit(Some(Note::error(format!(
            "“{name}” is not a .txt or .html file: only plain text and web pages can be loaded."
        ))));
        return;
    };
    if file.size() > MAX_FILE_BYTES {
        on_note.emit(Some(Note::error(format!(
            "“{name}” is {:.1} MB: files up to 5 MB can be loaded.",
            file.size() / 1024.0 / 1024.0
        ))));
        return;
    }
    let text = match JsFuture::from(file.text()).await {
        Ok(v) => v.as_string().unwrap_or_default(),
        Err(_) => {
            on_note.emit(Some(Note::error(format!("Could not read “{name}”."))));
            return;
        }
    };
    if text.contains('\0') {
        on_note.emit(Some(Note::error(format!(
            "“{name}” holds binary data, not text."
        ))));
        return;
    }
    let text = if is_html {
        worker.html_to_text(text).await.unwrap_or_default()
    } else {
        text
    };
    if text.trim().is_empty() {
        on_note.emit(Some(Note::error(format!("“{name}” holds no text."))));
        return;
    }
    let n = paragraphs(&text);
    on_edit.emit(text);
    let how = if is_html { " as clean text" } else { "" };
    on_note.emit(Some(Note::info(format!(
        "Loaded “{name}”{how}: {}.",
        plural(n, "paragraph", "paragraphs")
    ))));
}

/// Paste and file handlers for the textarea `#{textarea_id}`: edits go to
/// `on_edit`, messages to `on_note`.
#[hook]
pub fn use_import(
    textarea_id: &'static str,
    on_edit: Callback<String>,
    on_note: Callback<Option<Note>>,
) -> Import {
    let worker = use_worker();
    let paste = {
        let (worker, on_edit, on_note) = (worker.clone(), on_edit.clone(), on_note.clone());
        use_callback((), move |e: Event, _| {
            let Some(data) = e
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|e| e.clipboard_data())
            else {
                return;
            };
            let html = data.get_data("text/html").unwrap_or_default();
            if html.trim().is_empty() {
                return; // plain text: the browser pastes it
            }
            let plain = data.get_data("text/plain").unwrap_or_default();
            e.prevent_default();
            let (worker, on_edit, on_note) = (worker.clone(), on_edit.clone(), on_note.clone());
            spawn_local(async move {
                let clean = worker.html_to_text(html).await.unwrap_or_default();
                let (text, note) = if !clean.trim().is_empty() {
                    let n = paragraphs(&clean);
                    (
                        clean,
                        Note::info(format!(
                            "Pasted formatted text as clean text: {}.",
                            plural(n, "paragraph", "paragraphs")
                        )),
                    )
                } else if !plain.trim().is_empty() {
                    (
                        plain,
                        Note::info(
                            "The pasted formatting held no text; pasted the plain text instead.",
                        ),
                    )
                } else {
                    on_note.emit(Some(Note::error(
                        "Nothing to paste: the clipboard’s formatted text is empty.",
                    )));
                    return;
                };
                if let Some(value) = insert_text(textarea_id, &text) {
                    on_edit.emit(value);
                }
                on_note.emit(Some(note));
            });
        })
    };
    let load_file = use_callback((), move |file: web_sys::File, _| {
        spawn_local(load(worker.clone(), file, on_edit.clone(), on_note.clone()));
    });
    Import { paste, load_file }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_known_by_extension_then_type() {
        assert_eq!(file_is_html("Story.HTML", ""), Some(true));
        assert_eq!(file_is_html("story.htm", "text/html"), Some(true));
        assert_eq!(file_is_html("notes.txt", "text/plain"), Some(false));
        assert_eq!(file_is_html("photo.jpg", "image/jpeg"), None);
        assert_eq!(file_is_html("report.pdf", "text/plain"), None);
        assert_eq!(file_is_html("clip", "text/html;charset=utf-8"), Some(true));
        assert_eq!(file_is_html("clip", ""), None);
    }
}
