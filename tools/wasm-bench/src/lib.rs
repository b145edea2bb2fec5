//! A bare WebAssembly build of the core (no wasm-bindgen) to time the entity
//! model where the page runs it: in V8, built with the web build's size
//! profile. Run by `scripts/bench-wasm-ner.sh`; not part of the workspace.

static TEXT: &str = "Russian President Vladimir Putin met North Korean Foreign Minister Choe Son-hui in Moscow on Tuesday, the Kremlin said. ";

/// Parses the embedded model file as `ModelRecognizer::embedded` does
/// (what loading the model costs).
#[no_mangle]
pub extern "C" fn parse_model() -> u32 {
    lede::entities::model::Model::from_static(lede::entities::model::EMBEDDED).map(|m| m.n_rows() as u32).unwrap_or(0)
}

/// The rules' first analysis: builds the shared word lists.
#[no_mangle]
pub extern "C" fn rules_first() -> u32 {
    lede::analyze_with("Kim met Putin in Moscow.", &lede::RuleRecognizer).entities.len() as u32
}

/// The default analysis, first call: model ready (parsed once, gazetteer
/// built) and one sentence analyzed.
#[no_mangle]
pub extern "C" fn model_first() -> u32 {
    lede::analyze("Kim met Putin in Moscow.").entities.len() as u32
}

/// Tags `n` copies of a paragraph as one document; returns the token count.
#[no_mangle]
pub extern "C" fn tag(n: u32) -> u32 {
    let text = TEXT.repeat(n as usize);
    let doc = lede::Document::parse(&text);
    match lede::ModelRecognizer::embedded() {
        Ok(rec) => {
            let found = lede::Recognizer::recognize(&rec, &doc).len();
            doc.tokens.len() as u32 + u32::from(found == usize::MAX)
        }
        Err(_) => 0,
    }
}
