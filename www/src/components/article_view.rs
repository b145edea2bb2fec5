use std::rc::Rc;

use yew::prelude::*;

use crate::dom::{mark_id, quote_id};
use crate::model::DebrisKind;
use crate::state::{Block, Doc, Wrap};

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

/// The hidden labels as a bit set, one bit per [`crate::model::Label::index`].
fn hidden_mask(hidden: &[bool; 12]) -> u16 {
    hidden
        .iter()
        .enumerate()
        .fold(0, |m, (i, &h)| if h { m | 1 << i } else { m })
}

/// The analyzed text with every entity and number wrapped in a `<mark>`.
///
/// The text is rendered only as text nodes (never as HTML), so pasted markup
/// shows as characters. Each mark carries:
/// - `data-label`: `PERSON`, `ORG`, `PLACE`, `MISC` or a number kind;
/// - `data-value` (numbers): the normalized value (`1587`, `--02-27`, `20:30`,
///   `2024` for `last year`), `data-unit`, `data-end-value` and
///   `data-counted` when present;
/// - `data-qualifier`: the bound or approximation word before a number, as in
///   the JSON contract (`about`, `more_than`, `up_to`);
/// - `data-resolved`: the days a date covers, one ISO date or `start/end`
///   (`2024-01-01/2024-12-31`);
/// - `data-si`: a quantity or duration in SI units (`1,587,000 m`);
/// - `data-start`/`data-end`: UTF-16 offsets into the textarea's value;
/// - `data-tip`: the tooltip (`quantity: 1587 km = 1,587,000 m`,
///   `count: about 250 people`), shown on hover and on
///   keyboard focus by CSS (`mark::after`), and as `aria-description`;
/// - `data-cluster` (entities): the index of its referent in the entity panel.
///
/// Quotations are wrapped in `<span class="quote" id="q{i}">` (the quotes
/// panel flashes them), and lines set aside as page debris in
/// `<span class="debris" data-debris="repeated|furniture" title="why">`,
/// shown dimmed. Wrappers never cut a mark and add no text, so the
/// article's `textContent` stays the textarea's value.
///
/// The article itself carries `data-reference-date`: the page's reference
/// date the shown analysis used (the e2e tests wait for it after changing
/// the control).
///
/// Toggled-off labels: the `<mark>` elements stay in place but get the class
/// `off` (styled as plain text, no tooltip, removed from the tab order). The
/// e2e tests rely on that class.
///
/// Speed: the text is split into blocks (a paragraph and the line breaks after
/// it, each a `<div>`), keyed by content. After an edit, Yew matches blocks by
/// key and skips every block whose content, offsets and shown labels did not
/// change, so an edit re-renders (and the browser re-lays out) only the blocks
/// it touched. Switching between "analyzing" and "analyzed" only flips
/// `aria-busy`.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let hidden = hidden_mask(&props.hidden);
    let blocks = props.doc.blocks.iter().map(|block| {
        html! {
            <ArticleBlock
                key={block.key.clone()}
                block={block.clone()}
                hidden={hidden & block.labels}
            />
        }
    });
    html! {
        <div
            id="article"
            class="article"
            aria-busy={if props.stale { "true" } else { "false" }}
            data-reference-date={AttrValue::from(props.doc.reference_date.clone())}
        >
            { for blocks }
        </div>
    }
}

#[derive(Properties, Clone)]
pub struct ArticleBlockProps {
    pub block: Rc<Block>,
    /// The hidden labels among this block's labels (bit set).
    pub hidden: u16,
}

impl PartialEq for ArticleBlockProps {
    fn eq(&self, other: &Self) -> bool {
        self.hidden == other.hidden
            && (Rc::ptr_eq(&self.block, &other.block) || self.block == other.block)
    }
}

/// One block of the article: its text runs and marks, with quotations and
/// debris lines wrapped in `<span>`s around them.
#[component]
fn ArticleBlock(props: &ArticleBlockProps) -> Html {
    let block = &props.block;
    let mut nodes: Vec<Html> = Vec::with_capacity(block.marks.len() * 2 + 1);
    let mut at = 0;
    let mut next_mark = 0;
    for w in &block.wraps {
        next_mark = runs(block, props.hidden, at..w.at.start, next_mark, &mut nodes);
        let mut inner = Vec::new();
        next_mark = runs(block, props.hidden, w.at.clone(), next_mark, &mut inner);
        nodes.push(match &w.wrap {
            Wrap::Quote(i) => html! {
                <span id={quote_id(*i)} class="quote" data-quote={i.to_string()}>{ for inner }</span>
            },
            Wrap::Debris(kind) => html! {
                <span class="debris" data-debris={if *kind == DebrisKind::Repeated { "repeated" } else { "furniture" }} title={kind.why()}>{ for inner }</span>
            },
        });
        at = w.at.end;
    }
    runs(
        block,
        props.hidden,
        at..block.text.len(),
        next_mark,
        &mut nodes,
    );
    html! { <div class="block">{ for nodes }</div> }
}

/// Pushes the plain runs and marks of `range` of the block (marks from
/// `block.marks[next..]`; wraps never cut a mark) and returns the index of
/// the first mark after it.
fn runs(
    block: &Block,
    hidden: u16,
    range: std::ops::Range<usize>,
    mut next: usize,
    nodes: &mut Vec<Html>,
) -> usize {
    let text = block.text.as_str();
    let plain = |r: std::ops::Range<usize>| -> Html {
        let s = text.get(r).unwrap_or("");
        html! { { s.to_string() } }
    };
    let mut at = range.start;
    while let Some(bm) = block.marks.get(next) {
        if bm.at.start >= range.end {
            break;
        }
        next += 1;
        if bm.at.start > at {
            nodes.push(plain(at..bm.at.start));
        }
        at = bm.at.end;
        let m = &bm.info;
        let off = hidden & (1 << m.label.index()) != 0;
        let n = m.number.as_deref();
        nodes.push(html! {
            <mark
                id={mark_id(bm.index)}
                class={off.then_some("off")}
                tabindex={(!off).then_some("0")}
                data-mention={if n.is_some() { "number" } else { "entity" }}
                data-label={m.label.as_str()}
                data-cluster={m.cluster.map(|c| c.to_string())}
                data-value={n.map(|n| n.value.clone())}
                data-end-value={n.and_then(|n| n.end_value.clone())}
                data-unit={n.and_then(|n| n.unit.clone())}
                data-counted={n.and_then(|n| n.counted.clone())}
                data-qualifier={n.and_then(|n| n.qualifier.clone())}
                data-resolved={m.resolved.clone()}
                data-si={n.and_then(|n| n.si.as_ref()).map(|si| si.text.clone())}
                data-start={m.range.start.to_string()}
                data-end={m.range.end.to_string()}
                data-tip={m.tip.clone()}
                aria-description={(!off).then(|| m.tip.clone())}
            >{ text.get(bm.at.clone()).unwrap_or("").to_string() }</mark>
        });
    }
    if at < range.end {
        nodes.push(plain(at..range.end));
    }
    next
}
