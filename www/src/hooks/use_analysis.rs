//! Runs the analysis in the Web Worker whenever the text or the reference
//! date changes, one request at a time, the newest edit next
//! ([`super::latest_request`]): typing never waits for the worker.

use std::rc::Rc;

use yew::prelude::*;
use yew_agent::oneshot::{use_oneshot_runner, UseOneshotRunnerHandle};

use super::latest_request::{send_latest, LatestRequest};
use crate::agent::AnalyzeTask;
use crate::model::{AnalyzeRequest, WorkerReply, WorkerRequest};
use crate::perf::{mark, now_ms};
use crate::state::{Action, AppState};

/// What one request analyzes: the text and the page's reference date.
type Input = (Rc<str>, Rc<str>);

type Runner = UseOneshotRunnerHandle<AnalyzeTask>;
type Dispatch = UseReducerDispatcher<AppState>;

/// One round trip: the analysis of `text` as [`Action::Analyzed`].
async fn analyze(runner: Runner, dispatch: Dispatch, seq: u64, (text, reference_date): Input) {
    mark("lede:request");
    let t0 = now_ms();
    let reply = runner
        .run(WorkerRequest::Analyze(AnalyzeRequest {
            seq,
            text: text.to_string(),
            reference_date: reference_date.to_string(),
        }))
        .await;
    let elapsed_ms = now_ms() - t0;
    mark("lede:reply");
    if let WorkerReply::Analyzed(reply) = reply {
        if reply.seq == seq {
            dispatch.dispatch(Action::Analyzed {
                seq,
                text,
                reference_date,
                view: reply.view,
                elapsed_ms,
                analyze_ms: reply.analyze_ms,
            });
            mark("lede:reduced");
        }
    }
}

/// Analyzes `text` with `reference_date` (`YYYY-MM-DD` or empty) in the
/// worker now and after every change of either; results arrive as
/// [`Action::Analyzed`]. Must be used below `OneshotProvider<AnalyzeTask>`.
#[hook]
pub fn use_analysis(text: Rc<str>, reference_date: Rc<str>, dispatch: Dispatch) {
    let runner = use_oneshot_runner::<AnalyzeTask>();
    let requests = use_mut_ref(LatestRequest::default);
    use_effect_with((text, reference_date), move |input| {
        send_latest(requests, input.clone(), move |seq, input| {
            analyze(runner.clone(), dispatch.clone(), seq, input)
        });
    });
}
