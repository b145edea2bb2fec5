//! The Web Worker agent: a yew-agent oneshot that does one job: analyze a
//! text, or, for the Compare view, compare several sources, prepare a new
//! source, or write the comparison as a file.
//!
//! `bin/worker.rs` registers it inside the worker; the page reaches it through
//! `OneshotProvider<AnalyzeTask>`, [`crate::hooks::use_analysis`] and the
//! Compare view's hooks.

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
        WorkerRequest::Compare(r) => WorkerReply::Compared(crate::compare_view::compare_view(r)),
        WorkerRequest::PrepareSource(r) => WorkerReply::SourcePrepared(crate::compare_view::prepare(r)),
        WorkerRequest::ExportComparison(r) => WorkerReply::Exported(crate::compare_view::export(r)),
    }
}
