//! Compares the sources in the Web Worker whenever they change (ids, texts,
//! order) or the reference date does, while the view is shown.
//!
//! As in [`super::use_analysis`]: at most one request in flight; changes made
//! meanwhile collapse into one pending request with the newest sources, sent
//! when the reply comes back; the reducer drops replies older than the one
//! shown. Renaming a source changes no input: names are the page's business.

use std::cell::RefCell;
use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;
use yew_agent::oneshot::{use_oneshot_runner, UseOneshotRunnerHandle};

use crate::agent::AnalyzeTask;
use crate::compare_model::CompareRequest;
use crate::compare_state::{CompareAction, CompareState};
use crate::model::{WorkerReply, WorkerRequest};
use crate::perf::{mark, now_ms};

/// What one comparison depends on: the sources' ids and texts, in order,
/// and the reference date.
pub type CompareInput = (Rc<[(u64, Rc<str>)]>, Rc<str>);

#[derive(Default)]
struct Scheduler {
    last_seq: u64,
    busy: bool,
    pending: Option<(u64, CompareInput)>,
}

type Runner = UseOneshotRunnerHandle<AnalyzeTask>;
type Dispatch = UseReducerDispatcher<CompareState>;

fn start(
    sched: Rc<RefCell<Scheduler>>,
    runner: Runner,
    dispatch: Dispatch,
    seq: u64,
    input: CompareInput,
) {
    sched.borrow_mut().busy = true;
    spawn_local(async move {
        let (sources, reference_date) = input;
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
        let next = {
            let mut s = sched.borrow_mut();
            s.busy = false;
            s.pending.take()
        };
        if let Some((seq, input)) = next {
            start(sched, runner, dispatch, seq, input);
        }
    });
}

/// Compares `input`'s sources in the worker now and after every change,
/// while `active` and there are two sources or more; results arrive as
/// [`CompareAction::Compared`]. Must be used below `OneshotProvider<AnalyzeTask>`.
#[hook]
pub fn use_comparison(input: CompareInput, active: bool, dispatch: Dispatch) {
    let runner = use_oneshot_runner::<AnalyzeTask>();
    let sched = use_mut_ref(Scheduler::default);
    use_effect_with((input, active), move |(input, active)| {
        if !*active || input.0.len() < 2 {
            return;
        }
        let seq = {
            let mut s = sched.borrow_mut();
            s.last_seq += 1;
            let seq = s.last_seq;
            if s.busy {
                s.pending = Some((seq, input.clone()));
                None
            } else {
                Some(seq)
            }
        };
        if let Some(seq) = seq {
            start(sched, runner, dispatch, seq, input.clone());
        }
    });
}
