//! Diagnostics: how every pass's errors reach the user.
//!
//! Passes produce errors as data and turn them into codespan `Diagnostic`s in
//! their own `error.rs`; this module holds the source they point into and
//! renders them, plainly for tests and in colour for a terminal.

use std::io::IsTerminal;

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::{SimpleFile, SimpleFiles};
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

/// Diagnostics about one module, with the sources they point into: its
/// `.pyx` file and the `.pxd` files read with it. Each file's spans start at
/// its own offset (see [`Report::add_file`]), so one span says the file too.
pub struct Report {
    pub file: SourceFile,
    /// The other files and the offset their spans start at, in order.
    pub others: Vec<(usize, SourceFile)>,
    pub diagnostics: Vec<Diagnostic<()>>,
}

impl Report {
    /// A report about one file.
    pub fn new(name: &str, source: &str, diagnostics: Vec<Diagnostic<()>>) -> Report {
        Report { file: SimpleFile::new(name.to_string(), source.to_string()), others: Vec::new(), diagnostics }
    }

    /// A file whose spans start at `base` (a `.pxd` read with the module).
    pub fn add_file(&mut self, base: usize, name: &str, source: &str) {
        self.others.push((base, SimpleFile::new(name.to_string(), source.to_string())));
    }

    /// The diagnostics with each label in its own file: file 0 is the
    /// module's, then the others in order.
    fn located(&self) -> (SimpleFiles<String, String>, Vec<Diagnostic<usize>>) {
        let mut files = SimpleFiles::new();
        files.add(self.file.name().clone(), self.file.source().clone());
        for (_, f) in &self.others {
            files.add(f.name().clone(), f.source().clone());
        }
        let locate = |range: std::ops::Range<usize>| -> (usize, std::ops::Range<usize>) {
            for (i, (base, _)) in self.others.iter().enumerate().rev() {
                if range.start >= *base {
                    return (i + 1, range.start - base..range.end - base);
                }
            }
            (0, range)
        };
        let diagnostics = self
            .diagnostics
            .iter()
            .map(|d| {
                let labels = d
                    .labels
                    .iter()
                    .map(|l| {
                        let (file, range) = locate(l.range.clone());
                        Label { style: l.style, file_id: file, range, message: l.message.clone() }
                    })
                    .collect();
                Diagnostic {
                    severity: d.severity,
                    code: d.code.clone(),
                    message: d.message.clone(),
                    labels,
                    notes: d.notes.clone(),
                }
            })
            .collect();
        (files, diagnostics)
    }

    /// Everything rendered without colour, as the tests and `build.rs` users see it.
    pub fn render_plain(&self) -> String {
        let config = term::Config::default();
        let (files, diagnostics) = self.located();
        let mut out = String::new();
        for d in &diagnostics {
            match term::emit_into_string(&config, &files, d) {
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
        let (files, diagnostics) = self.located();
        for d in &diagnostics {
            if term::emit_to_write_style(&mut lock, &config, &files, d).is_err() {
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
