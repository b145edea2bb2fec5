//! Lede in the browser: a Yew app (`bin/app.rs`, main thread) whose analysis
//! runs in a Web Worker (`bin/worker.rs`, a yew-agent oneshot).
//!
//! - [`model`]: the page's contract with its worker: requests (analyze,
//!   export, HTML to text) and the view model it sends back (mentions,
//!   clusters, facts, quotes, debris; UTF-16 offsets, formatted values);
//! - [`view`]: worker side, builds it from [`lede::analyze_with_options`]
//!   with the page's reference date (the worker reads no clock; the page
//!   sends today's date unless the user chose another), and runs the
//!   exports and HTML-to-text;
//! - [`state`]: page state and its reducer;
//! - [`hooks`]: `use_analysis` (worker round trips, latest wins),
//!   `use_local_storage` (debounced save), `use_worker` (exports, HTML to
//!   text) and `use_import` (rich paste, file drop and open);
//! - [`components`]: function components, one per file;
//! - [`perf`]: timing marks read by the e2e timing test.

pub mod agent;
pub mod components;
pub mod dom;
pub mod hooks;
pub mod model;
pub mod perf;
pub mod state;
pub mod text;
pub mod view;

/// The article shown on first visit.
pub const SAMPLE_ARTICLE: &str = include_str!("../../samples/sample-article.txt");
