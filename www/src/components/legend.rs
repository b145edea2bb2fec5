use yew::prelude::*;

use crate::model::Label;

#[derive(Properties, PartialEq, Clone)]
pub struct LegendProps {
    /// Mentions per label.
    pub counts: [usize; 12],
    /// Labels switched off.
    pub hidden: [bool; 12],
    pub on_toggle: Callback<Label>,
}

/// One toggle button per label. `aria-pressed="true"` means the label's
/// highlights are shown; pressing it again hides them.
#[component]
pub fn Legend(props: &LegendProps) -> Html {
    html! {
        <div class="legend" role="group" aria-label="Highlight labels">
            { for Label::ALL.iter().map(|&label| {
                let shown = !props.hidden[label.index()];
                let onclick = {
                    let on_toggle = props.on_toggle.clone();
                    Callback::from(move |_| on_toggle.emit(label))
                };
                html! {
                    <button
                        type="button"
                        class="legend-item"
                        data-label={label.as_str()}
                        aria-pressed={shown.to_string()}
                        title={format!("{}: show or hide {}", label.as_str(), label.describe())}
                        {onclick}
                    >
                        <span class="swatch" aria-hidden="true"></span>
                        { label.as_str() }
                        <span class="legend-count">{ props.counts[label.index()] }</span>
                    </button>
                }
            }) }
        </div>
    }
}
