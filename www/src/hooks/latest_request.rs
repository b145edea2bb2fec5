//! The worker round trip that the article and the comparison share: at most
//! one request in flight; inputs that arrive meanwhile collapse into one
//! pending request holding the newest, sent as soon as the reply comes back.
//! So the page never waits for the worker, and the worker never works
//! through a backlog of outdated inputs. Every request carries a sequence
//! number, which the reducers use to drop replies older than the one shown.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use yew::platform::spawn_local;

/// The requests of one hook instance (keep it in `use_mut_ref`).
pub struct LatestRequest<I> {
    last_seq: u64,
    busy: bool,
    pending: Option<(u64, I)>,
}

impl<I> Default for LatestRequest<I> {
    fn default() -> Self {
        LatestRequest {
            last_seq: 0,
            busy: false,
            pending: None,
        }
    }
}

/// Sends `input` with the next sequence number now if nothing is in flight,
/// else keeps it as the pending request (replacing an older pending one).
/// `round_trip(seq, input)` asks the worker and handles its reply.
pub fn send_latest<I, F, Fut>(requests: Rc<RefCell<LatestRequest<I>>>, input: I, round_trip: F)
where
    I: 'static,
    F: Fn(u64, I) -> Fut + 'static,
    Fut: Future<Output = ()> + 'static,
{
    let seq = {
        let mut r = requests.borrow_mut();
        r.last_seq += 1;
        if r.busy {
            r.pending = Some((r.last_seq, input));
            return;
        }
        r.last_seq
    };
    start(requests, Rc::new(round_trip), seq, input);
}

fn start<I, F, Fut>(requests: Rc<RefCell<LatestRequest<I>>>, round_trip: Rc<F>, seq: u64, input: I)
where
    I: 'static,
    F: Fn(u64, I) -> Fut + 'static,
    Fut: Future<Output = ()> + 'static,
{
    requests.borrow_mut().busy = true;
    spawn_local(async move {
        round_trip(seq, input).await;
        let next = {
            let mut r = requests.borrow_mut();
            r.busy = false;
            r.pending.take()
        };
        if let Some((seq, input)) = next {
            start(requests, round_trip, seq, input);
        }
    });
}
