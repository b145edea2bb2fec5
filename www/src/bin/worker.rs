//! Web Worker entry point: registers the analysis agent.

use lede_www::agent::AnalyzeTask;
use yew_agent::Registrable;

fn main() {
    AnalyzeTask::registrar().register();
}
