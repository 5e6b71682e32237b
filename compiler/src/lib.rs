//! cytrus: a compiler from the typed subset of Cython to C and Rust.
//!
//! The front door is [`check_source`] (and, as later passes land, the
//! functions beside it): source text in, checked program or a [`Report`] of
//! diagnostics out. The CLI, the build.rs API and the tests all go through it.

pub mod diag;

pub use cytrus_grammar::ast;
pub use diag::{ColorMode, Report};

/// A source file that passed every check so far.
#[derive(Debug)]
pub struct Checked {
    pub module: ast::Module,
}

/// Parses and checks one file held in memory. `name` is how diagnostics name it.
pub fn check_source(name: &str, source: &str) -> Result<Checked, Report> {
    match cytrus_grammar::parse_module(source) {
        Ok(module) => Ok(Checked { module }),
        Err(errors) => Err(Report::new(name, source, errors.iter().map(|e| e.to_diagnostic(())).collect())),
    }
}

/// Checks raw bytes: a file that is not UTF-8 gets a diagnostic, not a panic.
pub fn check_bytes(name: &str, bytes: &[u8]) -> Result<Checked, Report> {
    match std::str::from_utf8(bytes) {
        Ok(source) => check_source(name, source),
        Err(e) => {
            let shown = String::from_utf8_lossy(bytes).into_owned();
            // Lossy decoding keeps every byte before the first invalid one.
            let at = e.valid_up_to();
            Err(Report::new(name, &shown, vec![diag::not_utf8(at, shown.len())]))
        }
    }
}
