//! The Web Worker agent: a yew-agent oneshot that analyzes text, one article
//! or several sources to compare.
//!
//! `bin/worker.rs` registers it inside the worker; the page reaches it through
//! `OneshotProvider<AnalyzeTask>`, [`crate::hooks::use_analysis`] (the
//! Article view) and [`crate::hooks::use_comparison`] (Compare sources). One
//! worker binary serves both views: a second one would double the page's
//! largest download, and yew-agent registers one oneshot per worker, so the
//! request is an enum.

use serde::{Deserialize, Serialize};
use yew_agent::oneshot::oneshot;

use crate::compare_model::{CompareReply, CompareRequest, ExportRequest, PrepareReply, PrepareRequest};
use crate::model::{AnalyzeReply, AnalyzeRequest};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum WorkerRequest {
    /// Analyze the Article view's text.
    Analyze(AnalyzeRequest),
    /// Compare several sources.
    Compare(CompareRequest),
    /// Make a pasted or dropped text a source: clean HTML, guess its name.
    Prepare(PrepareRequest),
    /// Write the comparison as a file.
    Export(ExportRequest),
}

/// The reply to each [`WorkerRequest`], in the same variant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum WorkerReply {
    Analyzed(AnalyzeReply),
    Compared(CompareReply),
    Prepared(PrepareReply),
    Exported(String),
}

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
        WorkerRequest::Compare(request) => {
            WorkerReply::Compared(crate::compare_view::compare_view(request))
        }
        WorkerRequest::Prepare(request) => {
            WorkerReply::Prepared(crate::compare_view::prepare(request))
        }
        WorkerRequest::Export(request) => {
            WorkerReply::Exported(crate::compare_view::export(request))
        }
    }
}
