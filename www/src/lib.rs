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
//!
//! The "Compare sources" view (several articles on one story) has its own
//! modules: [`compare_model`] (its worker contract), [`compare_view`]
//! (worker side: the core's `compare` and exports), [`compare_state`] (its
//! reducer), [`article_tab`] (what it reads from the Article view), hooks
//! `use_comparison`, `use_source_intake`, `use_sources_storage`,
//! `use_export`, and `components::compare`.

pub mod agent;
pub mod article_tab;
pub mod compare_model;
pub mod compare_state;
pub mod compare_view;
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
