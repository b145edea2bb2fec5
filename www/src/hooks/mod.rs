//! Custom hooks.

mod latest_request;
mod use_analysis;
mod use_comparison;
mod use_export;
mod use_import;
mod use_local_storage;
mod use_source_intake;
mod use_sources_storage;
mod use_worker;

pub use use_analysis::use_analysis;
pub use use_comparison::{use_comparison, CompareInput};
pub use use_export::use_export;
pub use use_import::{use_import, Import};
pub use use_local_storage::{read_local_storage, use_local_storage};
pub use use_source_intake::{file_kind, read_files, use_source_intake, RawSource};
pub use use_sources_storage::{read_stored_sources, use_sources_storage, SOURCES_KEY};
pub use use_worker::{use_worker, Worker};
