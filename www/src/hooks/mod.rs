//! Custom hooks.

mod use_analysis;
mod use_local_storage;

pub use use_analysis::use_analysis;
pub use use_local_storage::{read_local_storage, use_local_storage};
