//! Downloads of the comparison: the worker writes the file with the core's
//! `compare::export` (what `lede compare --format ...` prints for the same
//! sources and names), the page saves it through a Blob.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;
use yew_agent::oneshot::use_oneshot_runner;

use crate::agent::AnalyzeTask;
use crate::compare_model::{ComparisonExportRequest, ComparisonFormat};
use crate::compare_state::SourceEntry;
use crate::dom::download;
use crate::model::{WorkerReply, WorkerRequest};

/// A callback that downloads the comparison of `sources` (with their shown
/// names) in the given format. Must be used below `OneshotProvider<AnalyzeTask>`.
#[hook]
pub fn use_export(
    sources: Vec<Rc<SourceEntry>>,
    reference_date: Rc<str>,
) -> Callback<ComparisonFormat> {
    let runner = use_oneshot_runner::<AnalyzeTask>();
    use_callback(
        (runner, sources, reference_date),
        |format: ComparisonFormat, (runner, sources, reference_date)| {
            let request = ComparisonExportRequest {
                texts: sources.iter().map(|s| s.text.to_string()).collect(),
                names: sources.iter().map(|s| s.label().to_string()).collect(),
                reference_date: reference_date.to_string(),
                format,
            };
            let runner = runner.clone();
            spawn_local(async move {
                if let WorkerReply::Exported(content) =
                    runner.run(WorkerRequest::ExportComparison(request)).await
                {
                    let _ = download(format.file_name(), format.media_type(), &content);
                }
            });
        },
    )
}
