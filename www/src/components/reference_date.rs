use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::dom::today_iso;
use crate::model::{ReferenceInfo, ReferenceSource};

#[derive(Properties, Clone, PartialEq)]
pub struct ReferenceDateProps {
    /// The control's value: `YYYY-MM-DD`, or empty for none.
    pub value: AttrValue,
    /// What the latest analysis resolved relative dates against.
    pub reference: Option<ReferenceInfo>,
    pub on_change: Callback<String>,
}

/// The reference date control and a note on which date relative expressions
/// (`last year`, `on Tuesday`) were resolved against, and where it came from.
///
/// The article's dateline, when it has one, wins over the control; the
/// control stays editable and applies to articles without a dateline (and
/// completes a dateline that gives no year). The note carries
/// `data-source` (`dateline`, `user` or `none`) and `data-date`.
#[component]
pub fn ReferenceDate(props: &ReferenceDateProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let value = input.value();
            // A half-typed date reads as empty: keep the last full one rather
            // than wiping the segments being typed.
            if value.is_empty() && input.validity().bad_input() {
                return;
            }
            on_change.emit(value);
        })
    };
    let today = {
        let on_change = props.on_change.clone();
        Callback::from(move |_| on_change.emit(today_iso()))
    };

    let (source, date, note, dateline_wins) = match &props.reference {
        Some(ReferenceInfo {
            date,
            source: ReferenceSource::Dateline { quote, year_from_user, .. },
        }) => {
            let year = if *year_from_user {
                ", year from the reference date"
            } else {
                ""
            };
            (
                "dateline",
                date.clone(),
                format!("Relative dates resolved against {date} (dateline: “{quote}”{year})."),
                true,
            )
        }
        Some(ReferenceInfo {
            date,
            source: ReferenceSource::User,
        }) => (
            "user",
            date.clone(),
            format!("Relative dates resolved against {date} (your reference date)."),
            false,
        ),
        None => (
            "none",
            String::new(),
            "No reference date: relative dates such as “last year” stay relative (REF-1Y: the year before the reference).".to_string(),
            false,
        ),
    };

    html! {
        <div class="reference" data-dateline={dateline_wins.to_string()}>
            <div class="reference-bar">
                <label for="reference-date">{ "Reference date" }</label>
                <input
                    type="date"
                    id="reference-date"
                    value={props.value.clone()}
                    aria-describedby="reference-note"
                    {onchange}
                />
                <button type="button" onclick={today}>{ "Today" }</button>
            </div>
            <p id="reference-note" class="reference-note" aria-live="polite" data-source={source} data-date={date}>
                { note }
                if dateline_wins {
                    { " The article’s dateline is used instead of the reference date, which applies to articles without one." }
                }
            </p>
        </div>
    }
}
