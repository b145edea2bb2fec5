//! The analysis worker's other jobs, for components: exports and turning
//! pasted or dropped HTML into text. The core lives only in the worker.

use yew::prelude::*;
use yew_agent::oneshot::{use_oneshot_runner, UseOneshotRunnerHandle};

use crate::agent::AnalyzeTask;
use crate::model::{ExportFormat, ExportRequest, WorkerReply, WorkerRequest};

/// A handle on the worker; cheap to clone into async blocks.
#[derive(Clone, PartialEq)]
pub struct Worker(UseOneshotRunnerHandle<AnalyzeTask>);

impl Worker {
    /// `text` analyzed with `reference_date`, in `format`. The worker keeps
    /// its last analysis, so exporting what the page shows is no new analysis.
    pub async fn export(
        &self,
        text: &str,
        reference_date: &str,
        format: ExportFormat,
    ) -> Option<String> {
        let request = WorkerRequest::Export(ExportRequest {
            text: text.to_string(),
            reference_date: reference_date.to_string(),
            format,
        });
        match self.0.run(request).await {
            WorkerReply::Exported(s) => Some(s),
            _ => None,
        }
    }

    /// `html` as clean text, one paragraph per line (`lede::html::to_text`).
    pub async fn html_to_text(&self, html: String) -> Option<String> {
        match self.0.run(WorkerRequest::HtmlToText(html)).await {
            WorkerReply::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// The worker, from below `OneshotProvider<AnalyzeTask>`.
#[hook]
pub fn use_worker() -> Worker {
    Worker(use_oneshot_runner::<AnalyzeTask>())
}
