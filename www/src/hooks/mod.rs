//! Custom hooks.

mod use_analysis;
mod use_import;
mod use_local_storage;
mod use_worker;

pub use use_analysis::use_analysis;
pub use use_import::{use_import, Import};
pub use use_local_storage::{read_local_storage, use_local_storage};
pub use use_worker::{use_worker, Worker};
