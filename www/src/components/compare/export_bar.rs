use yew::prelude::*;

use crate::compare_model::ComparisonFormat;

#[derive(Properties, PartialEq, Clone)]
pub struct ExportBarProps {
    pub on_export: Callback<ComparisonFormat>,
}

/// Download buttons: each matrix as CSV, the whole comparison as JSON (the
/// shape `lede compare` prints, offsets in code points) and as Markdown.
/// Files are made in this page; nothing is uploaded.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let buttons = ComparisonFormat::ALL.iter().map(|&format| {
        let onclick = {
            let on_export = props.on_export.clone();
            Callback::from(move |_| on_export.emit(format))
        };
        html! {
            <button
                type="button"
                class="export"
                data-format={format.file_name()}
                title={format!("Download {}", format.file_name())}
                {onclick}
            >{ format.title() }</button>
        }
    });
    html! {
        <div class="export-bar" role="group" aria-label="Download the comparison">
            <span class="export-label">{ "Download:" }</span>
            { for buttons }
        </div>
    }
}
