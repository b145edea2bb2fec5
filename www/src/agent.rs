//! The Web Worker agent: a yew-agent oneshot that does one job: analyze a
//! text, export an analysis, turn pasted HTML into text, or, for the
//! Compare view, compare several sources, prepare a new source, or write
//! the comparison as a file.
//!
//! `bin/worker.rs` registers it inside the worker; the page reaches it through
//! `OneshotProvider<AnalyzeTask>` and its hooks: [`crate::hooks::use_analysis`],
//! [`crate::hooks::use_worker`]; for the Compare view `use_comparison`,
//! `use_source_intake` and `use_export`.

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
        WorkerRequest::Compare(r) => WorkerReply::Compared(crate::compare_view::compare_view(r)),
        WorkerRequest::PrepareSource(r) => {
            WorkerReply::SourcePrepared(crate::compare_view::prepare(r))
        }
        WorkerRequest::ExportComparison(r) => WorkerReply::Exported(crate::compare_view::export(r)),
    }
}
