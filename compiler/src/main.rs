//! The `cytrus` command: parses arguments and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use cytrus::{check_bytes, diag, ColorMode, Report};

/// Exit status when every input is clean.
const EXIT_OK: u8 = 0;
/// Exit status when an input has errors (diagnostics on stderr).
const EXIT_DIAGNOSTICS: u8 = 2;

#[derive(Parser)]
#[command(
    name = "cytrus",
    version,
    about = "Compile the typed subset of Cython to small, readable C and Rust",
    long_about = "cytrus compiles `.pyx` files written in the typed, C-level subset of Cython \
                  (cdef functions, C scalars, pointers and typed memoryviews) into C or Rust source.\n\n\
                  Exit status: 0 on success, 2 when an input has errors (reported on stderr \
                  with the source location), 3 or more when a tool cytrus runs fails."
)]
struct Cli {
    /// When to colour diagnostics.
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    color: Color,

    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    /// Colour when stderr is a terminal.
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Check `.pyx` files for errors without producing code.
    ///
    /// Every error in every file is reported on stderr with its location.
    /// Exits 0 when all files are clean, 2 otherwise.
    Check {
        /// The `.pyx` files to check.
        #[arg(required = true, value_name = "FILE.pyx")]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = match cli.color {
        Color::Auto => ColorMode::Auto,
        Color::Always => ColorMode::Always,
        Color::Never => ColorMode::Never,
    };
    match cli.command {
        Command::Check { files } => check(&files, color),
    }
}

fn check(files: &[PathBuf], color: ColorMode) -> ExitCode {
    let mut status = EXIT_OK;
    for path in files {
        let name = path.display().to_string();
        let result = match std::fs::read(path) {
            Ok(bytes) => check_bytes(&name, &bytes),
            Err(e) => Err(Report::new(&name, "", vec![diag::plain_error(format!("cannot read `{name}`: {e}"))])),
        };
        if let Err(report) = result {
            report.emit_stderr(color);
            status = EXIT_DIAGNOSTICS;
        }
    }
    ExitCode::from(status)
}
