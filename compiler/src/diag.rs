//! Diagnostics: how every pass's errors reach the user.
//!
//! Passes produce errors as data and turn them into codespan `Diagnostic`s in
//! their own `error.rs`; this module holds the source they point into and
//! renders them, plainly for tests and in colour for a terminal.

use std::io::IsTerminal;

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor};

/// A source file: its display name and its text.
pub type SourceFile = SimpleFile<String, String>;

/// When to colour diagnostics (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorMode {
    /// Colour when stderr is a terminal.
    #[default]
    Auto,
    Always,
    Never,
}

/// Diagnostics for one file, with the source they point into.
pub struct Report {
    pub file: SourceFile,
    pub diagnostics: Vec<Diagnostic<()>>,
}

impl Report {
    /// A report about one file.
    pub fn new(name: &str, source: &str, diagnostics: Vec<Diagnostic<()>>) -> Report {
        Report { file: SimpleFile::new(name.to_string(), source.to_string()), diagnostics }
    }

    /// Everything rendered without colour, as the tests and `build.rs` users see it.
    pub fn render_plain(&self) -> String {
        let config = term::Config::default();
        let mut out = String::new();
        for d in &self.diagnostics {
            match term::emit_into_string(&config, &self.file, d) {
                Ok(text) => out.push_str(&text),
                // A span outside the file is a compiler bug; still say what was wrong.
                Err(_) => out.push_str(&format!("error: {}\n", d.message)),
            }
        }
        out
    }

    /// Writes every diagnostic to stderr, coloured as `mode` says.
    pub fn emit_stderr(&self, mode: ColorMode) {
        let choice = match mode {
            ColorMode::Always => termcolor::ColorChoice::Always,
            ColorMode::Never => termcolor::ColorChoice::Never,
            ColorMode::Auto if std::io::stderr().is_terminal() => termcolor::ColorChoice::Auto,
            ColorMode::Auto => termcolor::ColorChoice::Never,
        };
        let stream = termcolor::StandardStream::stderr(choice);
        let mut lock = stream.lock();
        let config = term::Config::default();
        for d in &self.diagnostics {
            if term::emit_to_write_style(&mut lock, &config, &self.file, d).is_err() {
                // Stderr is closed (`… 2>&1 | head`) or failing: nothing more
                // can be said there, and the exit status still tells.
                return;
            }
        }
    }
}

/// An error that is not about a place in the source (unreadable file, …).
pub fn plain_error(message: impl std::fmt::Display) -> Diagnostic<()> {
    Diagnostic::error().with_message(message)
}

/// The diagnostic for a file that is not UTF-8; `valid_up_to` is where it stops being so.
pub fn not_utf8(valid_up_to: usize, len: usize) -> Diagnostic<()> {
    Diagnostic::error()
        .with_code("E0100")
        .with_message("source file is not valid UTF-8")
        .with_labels(
            vec![Label::primary((), valid_up_to..(valid_up_to + 1).min(len)).with_message("invalid byte here")],
        )
        .with_notes(vec!["help: save the file as UTF-8".to_string()])
}
