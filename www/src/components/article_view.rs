use std::rc::Rc;

use yew::prelude::*;

use crate::dom::mark_id;
use crate::state::Doc;
use crate::text::Piece;

#[derive(Properties, Clone)]
pub struct ArticleViewProps {
    pub doc: Rc<Doc>,
    pub hidden: [bool; 12],
    pub stale: bool,
}

impl PartialEq for ArticleViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && self.hidden == other.hidden
            && self.stale == other.stale
    }
}

/// The analyzed text with every entity and number wrapped in a `<mark>`.
///
/// The text is rendered only as text nodes (never as HTML), so pasted markup
/// shows as characters. Each mark carries:
/// - `data-label`: `PERSON`, `ORG`, `PLACE`, `MISC` or a number kind;
/// - `data-value` (numbers): the normalized value (`1587`, `--02-27`, `20:30`),
///   `data-unit`, `data-end-value` and `data-counted` when present;
/// - `data-start`/`data-end`: UTF-16 offsets into the textarea's value;
/// - `data-tip`: the tooltip (`quantity: 1587 km`), shown on hover and on
///   keyboard focus by CSS (`mark::after`), and as `aria-description`.
///
/// Toggled-off labels: the `<mark>` elements stay in place but get the class
/// `off` (styled as plain text, no tooltip, removed from the tab order). The
/// e2e tests rely on that class.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let doc = &props.doc;
    let pieces = doc.pieces.iter().map(|piece| match piece {
        Piece::Plain(r) => html! { { doc.slice(r).to_string() } },
        Piece::Mark(i) => {
            let m = &doc.marks[*i];
            let off = props.hidden[m.label.index()];
            let n = m.number.as_ref();
            html! {
                <mark
                    id={mark_id(*i)}
                    class={classes!(off.then_some("off"))}
                    tabindex={(!off).then_some("0")}
                    data-mention={if n.is_some() { "number" } else { "entity" }}
                    data-label={m.label.as_str()}
                    data-value={n.map(|n| n.value.clone())}
                    data-end-value={n.and_then(|n| n.end_value.clone())}
                    data-unit={n.and_then(|n| n.unit.clone())}
                    data-counted={n.and_then(|n| n.counted.clone())}
                    data-start={m.range.start.to_string()}
                    data-end={m.range.end.to_string()}
                    data-tip={m.tip.clone()}
                    aria-description={(!off).then(|| m.tip.clone())}
                >{ doc.slice(&m.bytes).to_string() }</mark>
            }
        }
    });
    html! {
        <div id="article" class="article" aria-busy={props.stale.to_string()}>
            { for pieces }
        </div>
    }
}
