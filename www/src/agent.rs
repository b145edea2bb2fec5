//! The Web Worker agent: a yew-agent oneshot that does one job: analyze a
//! text, export an analysis, or turn pasted HTML into text.
//!
//! `bin/worker.rs` registers it inside the worker; the page reaches it through
//! `OneshotProvider<AnalyzeTask>` and [`crate::hooks::use_analysis`].

use yew_agent::oneshot::oneshot;

use crate::model::{AnalyzeReply, WorkerReply, WorkerRequest};

#[oneshot]
pub async fn AnalyzeTask(request: WorkerRequest) -> WorkerReply {
    match request {
        WorkerRequest::Analyze(request) => {
            let t0 = crate::perf::now_ms();
            let view = crate::view::analyze_view(&request.text, &request.reference_date);
            WorkerReply::Analyzed(AnalyzeReply {
                seq: request.seq,
                view,
                analyze_ms: crate::perf::now_ms() - t0,
            })
        }
        WorkerRequest::Export(r) => {
            WorkerReply::Exported(crate::view::export(&r.text, &r.reference_date, r.format))
        }
        WorkerRequest::HtmlToText(html) => WorkerReply::Text(crate::view::html_to_text(&html)),
    }
}
