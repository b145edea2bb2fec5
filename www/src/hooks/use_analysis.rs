//! Runs the analysis in the Web Worker whenever the text changes.
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
use crate::model::AnalyzeRequest;
use crate::state::{Action, AppState};

#[derive(Default)]
struct Scheduler {
    last_seq: u64,
    busy: bool,
    pending: Option<(u64, Rc<str>)>,
}

type Runner = UseOneshotRunnerHandle<AnalyzeTask>;
type Dispatch = UseReducerDispatcher<AppState>;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn start(
    sched: Rc<RefCell<Scheduler>>,
    runner: Runner,
    dispatch: Dispatch,
    seq: u64,
    text: Rc<str>,
) {
    sched.borrow_mut().busy = true;
    spawn_local(async move {
        let t0 = now_ms();
        let reply = runner
            .run(AnalyzeRequest {
                seq,
                text: text.to_string(),
            })
            .await;
        let elapsed_ms = now_ms() - t0;
        if reply.seq == seq {
            dispatch.dispatch(Action::Analyzed {
                seq,
                text,
                view: reply.view,
                elapsed_ms,
            });
        }
        let next = {
            let mut s = sched.borrow_mut();
            s.busy = false;
            s.pending.take()
        };
        if let Some((seq, text)) = next {
            start(sched, runner, dispatch, seq, text);
        }
    });
}

/// Analyzes `text` in the worker now and after every change; results arrive
/// as [`Action::Analyzed`]. Must be used below `OneshotProvider<AnalyzeTask>`.
#[hook]
pub fn use_analysis(text: Rc<str>, dispatch: Dispatch) {
    let runner = use_oneshot_runner::<AnalyzeTask>();
    let sched = use_mut_ref(Scheduler::default);
    use_effect_with(text, move |text| {
        let seq = {
            let mut s = sched.borrow_mut();
            s.last_seq += 1;
            let seq = s.last_seq;
            if s.busy {
                s.pending = Some((seq, text.clone()));
                None
            } else {
                Some(seq)
            }
        };
        if let Some(seq) = seq {
            start(sched, runner, dispatch, seq, text.clone());
        }
    });
}
