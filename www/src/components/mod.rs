//! Function components, one per file.

mod analyzer;
mod app;
mod article_view;
pub mod compare;
mod editor;
mod entity_list;
mod fact_table;
mod legend;
mod reference_date;
mod status;
mod view_tabs;

pub use analyzer::{Analyzer, REFERENCE_KEY, STORAGE_KEY};
pub use app::App;
pub use article_view::ArticleView;
pub use editor::Editor;
pub use entity_list::EntityList;
pub use fact_table::FactTable;
pub use legend::Legend;
pub use reference_date::ReferenceDate;
pub use status::Status;
pub use view_tabs::{PageView, ViewTabs};
