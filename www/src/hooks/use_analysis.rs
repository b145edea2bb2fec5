//! Runs the analysis in the Web Worker whenever the text or the reference
//! date changes.
//!
//! At most one request is in flight. Edits made meanwhile collapse into one
//! pending request holding the newest text, sent as soon as the reply comes
//! back: typing never waits for the worker, and the worker never works through
//! a backlog of outdated texts. Every request carries a sequence number, and
//! the reducer drops any reply older than the one already shown.

use std::cell::RefCell;
use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;
use yew_agent::oneshot::{use_oneshot_runner, UseOneshotRunnerHandle};

use crate::agent::AnalyzeTask;
use crate::model::{AnalyzeRequest, WorkerReply, WorkerRequest};
use crate::perf::{mark, now_ms};
use crate::state::{Action, AppState};

#[derive(Default)]
struct Scheduler {
    last_seq: u64,
    busy: bool,
    pending: Option<(u64, Input)>,
}

/// What one request analyzes: the text and the page's reference date.
type Input = (Rc<str>, Rc<str>);

type Runner = UseOneshotRunnerHandle<AnalyzeTask>;
type Dispatch = UseReducerDispatcher<AppState>;

fn start(
    sched: Rc<RefCell<Scheduler>>,
    runner: Runner,
    dispatch: Dispatch,
    seq: u64,
    (text, reference_date): Input,
) {
    sched.borrow_mut().busy = true;
    spawn_local(async move {
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

/// Analyzes `text` with `reference_date` (`YYYY-MM-DD` or empty) in the
/// worker now and after every change of either; results arrive as
/// [`Action::Analyzed`]. Must be used below `OneshotProvider<AnalyzeTask>`.
#[hook]
pub fn use_analysis(text: Rc<str>, reference_date: Rc<str>, dispatch: Dispatch) {
    let runner = use_oneshot_runner::<AnalyzeTask>();
    let sched = use_mut_ref(Scheduler::default);
    use_effect_with((text, reference_date), move |input| {
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
