//! Compares the sources in the Web Worker whenever they change (ids, texts,
//! order) or the reference date does, while the view is shown.
//!
//! One request at a time, the newest change next, as for the article
//! ([`super::latest_request`]). Renaming a source changes no input: names
//! are the page's business.

use std::rc::Rc;

use yew::prelude::*;
use yew_agent::oneshot::{use_oneshot_runner, UseOneshotRunnerHandle};

use super::latest_request::{send_latest, LatestRequest};
use crate::agent::AnalyzeTask;
use crate::compare_model::CompareRequest;
use crate::compare_state::{CompareAction, CompareState};
use crate::model::{WorkerReply, WorkerRequest};
use crate::perf::{mark, now_ms};

/// What one comparison depends on: the sources' ids and texts, in order,
/// and the reference date.
pub type CompareInput = (Rc<[(u64, Rc<str>)]>, Rc<str>);

type Runner = UseOneshotRunnerHandle<AnalyzeTask>;
type Dispatch = UseReducerDispatcher<CompareState>;

/// One round trip: the comparison of `sources` as [`CompareAction::Compared`].
async fn compare(
    runner: Runner,
    dispatch: Dispatch,
    seq: u64,
    (sources, reference_date): CompareInput,
) {
    mark("lede:compare-request");
    let t0 = now_ms();
    let reply = runner
        .run(WorkerRequest::Compare(CompareRequest {
            seq,
            texts: sources.iter().map(|(_, t)| t.to_string()).collect(),
            reference_date: reference_date.to_string(),
        }))
        .await;
    let elapsed_ms = now_ms() - t0;
    mark("lede:compare-reply");
    if let WorkerReply::Compared(reply) = reply {
        dispatch.dispatch(CompareAction::Compared {
            ids: sources.iter().map(|(id, _)| *id).collect(),
            texts: sources.iter().map(|(_, t)| t.clone()).collect(),
            reference_date,
            reply,
            elapsed_ms,
        });
        mark("lede:compare-reduced");
    }
}

/// Compares `input`'s sources in the worker now and after every change,
/// while `active` and there are two sources or more; results arrive as
/// [`CompareAction::Compared`]. Must be used below `OneshotProvider<AnalyzeTask>`.
#[hook]
pub fn use_comparison(input: CompareInput, active: bool, dispatch: Dispatch) {
    let runner = use_oneshot_runner::<AnalyzeTask>();
    let requests = use_mut_ref(LatestRequest::default);
    use_effect_with((input, active), move |(input, active)| {
        if !*active || input.0.len() < 2 {
            return;
        }
        send_latest(requests, input.clone(), move |seq, input| {
            compare(runner.clone(), dispatch.clone(), seq, input)
        });
    });
}
