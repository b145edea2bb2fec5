//! The Web Worker agent: a yew-agent oneshot that analyzes one text.
//!
//! `bin/worker.rs` registers it inside the worker; the page reaches it through
//! `OneshotProvider<AnalyzeTask>` and [`crate::hooks::use_analysis`].

use yew_agent::oneshot::oneshot;

use crate::model::{AnalyzeReply, AnalyzeRequest};

#[oneshot]
pub async fn AnalyzeTask(request: AnalyzeRequest) -> AnalyzeReply {
    let t0 = crate::perf::now_ms();
    let view = crate::view::analyze_view(&request.text, &request.reference_date);
    AnalyzeReply {
        seq: request.seq,
        view,
        analyze_ms: crate::perf::now_ms() - t0,
    }
}
