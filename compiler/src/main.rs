//! The `cytrus` command: parses arguments and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use cytrus::{check_bytes, diag, ColorMode, Report};

mod small_alloc;

/// Small blocks from free lists: see `small_alloc` for why.
#[global_allocator]
static ALLOCATOR: small_alloc::SmallAlloc = small_alloc::SmallAlloc;

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

/// The language of generated code.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Backend {
    /// C source, compiled with the system C compiler (`cc`, or `$CC`).
    C,
    /// Rust source, compiled with rustc against the runtime crate.
    Rust,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a `.pyx` file and run its top-level code.
    ///
    /// `--backend c` (the default) compiles through C with the system C
    /// compiler; `--backend rust` through Rust with rustc. Both behave the same.
    /// The program's standard output passes through; an uncaught error is
    /// reported on stderr with `ErrorType: message` as the last line and exit
    /// status 1. Compile errors exit with status 2; a missing C compiler or
    /// another tool failure with 3 or more.
    Run {
        /// The `.pyx` file to run.
        #[arg(value_name = "FILE.pyx")]
        file: PathBuf,
        /// The language to compile through.
        #[arg(long, value_enum, default_value_t = Backend::C)]
        backend: Backend,
    },
    /// Compile a `.pyx` file to source code, or to an executable.
    ///
    /// `--emit c` writes NAME.c, NAME.h and cytrus.h into the output
    /// directory; link NAME.c with the runtime's static library. `--emit rust`
    /// writes NAME.rs, a module that uses the cytrus-runtime crate. `--embed`
    /// (named after Cython's) builds a standalone program that runs the
    /// module's top-level code: the same program `cytrus run` executes.
    Build {
        /// The `.pyx` file to compile.
        #[arg(value_name = "FILE.pyx")]
        file: PathBuf,
        /// Write source code in this language.
        #[arg(long, value_enum, conflicts_with = "embed")]
        emit: Option<Backend>,
        /// Build an executable instead of source.
        #[arg(long)]
        embed: bool,
        /// The language to compile through, with --embed.
        #[arg(long, value_enum, default_value_t = Backend::C)]
        backend: Backend,
        /// The output directory (--emit) or executable path (--embed).
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// Show where the runtime library is, or write its C header.
    ///
    /// C users link generated code with this static library, built once per
    /// user on first use from the sources inside cytrus:
    /// `cc -O2 -fwrapv -I out main.c out/NAME.c "$(cytrus runtime)" -lpthread -ldl -lm`.
    Runtime {
        /// Write `cytrus.h` into this directory instead of printing the library path.
        #[arg(long, value_name = "DIR")]
        write_header: Option<PathBuf>,
    },
    /// Write an HTML page that shows what each source line costs at run time.
    ///
    /// The counterpart of `cython -a`. Every line of FILE.pyx is shaded by
    /// the run-time work cytrus's lowered code does for it: bounds checks and
    /// other checks kept, acquisitions and releases of views, runtime calls
    /// and error branches, weighed by a small cost model and by the loops
    /// around them (the page's legend gives the weights). Clicking a line
    /// opens its generated C and Rust side by side, with every check
    /// lowering removed there and the fact that removed it.
    ///
    /// The page is one self-contained file (inline CSS and script, no
    /// network). It is written to FILE.html beside the source unless -o says
    /// otherwise; its path is printed. Compile errors exit with status 2.
    Annotate {
        /// The `.pyx` file to annotate.
        #[arg(value_name = "FILE.pyx")]
        file: PathBuf,
        /// Where to write the page (`-` for standard output).
        #[arg(short, long, value_name = "FILE.html")]
        output: Option<PathBuf>,
        /// Show only this language's code (default: C and Rust side by side).
        #[arg(long, value_enum)]
        backend: Option<Backend>,
    },
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
        Command::Run { file, backend } => run(&file, backend, color),
        Command::Runtime { write_header } => runtime(write_header),
        Command::Build { file, emit, embed, backend, output } => build(&file, emit, embed, backend, output, color),
        Command::Annotate { file, output, backend } => annotate(&file, output, backend, color),
    }
}

/// Reads and compiles one file to lowered IR, reporting diagnostics.
fn lower(path: &std::path::Path, color: ColorMode) -> Result<cytrus::lir::Module, ExitCode> {
    let name = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            Report::new(&name, "", vec![diag::plain_error(format!("cannot read `{name}`: {e}"))]).emit_stderr(color);
            return Err(ExitCode::from(EXIT_DIAGNOSTICS));
        }
    };
    let result = match std::str::from_utf8(&bytes) {
        Ok(source) => cytrus::check_source(&name, source).map(|checked| {
            let module = cytrus::driver::lower_checked(&name, source, &checked);
            // The process ends soon after: freeing the trees is work for nothing.
            std::mem::forget(checked);
            module
        }),
        Err(_) => cytrus::check_bytes(&name, &bytes).map(|_| unreachable!("invalid UTF-8 never checks")),
    };
    result.map_err(|report| {
        report.emit_stderr(color);
        ExitCode::from(EXIT_DIAGNOSTICS)
    })
}

fn runtime(write_header: Option<PathBuf>) -> ExitCode {
    if let Some(dir) = write_header {
        let path = dir.join("cytrus.h");
        return match std::fs::create_dir_all(&dir)
            .and_then(|_| cytrus::driver::write_if_changed(&path, cytrus::driver::CYTRUS_H.as_bytes()))
        {
            Ok(()) => {
                say(&path.display().to_string());
                ExitCode::from(EXIT_OK)
            }
            Err(e) => tool_failure(cytrus::driver::ToolError {
                message: format!("cannot write {}: {e}", path.display()),
                status: 3,
            }),
        };
    }
    match cytrus::driver::runtime_library() {
        Ok(lib) => {
            say(&lib.display().to_string());
            ExitCode::from(EXIT_OK)
        }
        Err(e) => tool_failure(e),
    }
}

/// A line on stdout; a closed stdout (`… | head`) is not an error of ours.
fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// `error: …` on stderr, which may be closed too.
fn complain(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "error: {message}");
}

fn tool_failure(e: cytrus::driver::ToolError) -> ExitCode {
    complain(&e.message);
    ExitCode::from(e.status)
}

fn run(path: &std::path::Path, backend: Backend, color: ColorMode) -> ExitCode {
    let module = match lower(path, color) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let dir = match cytrus::driver::scratch_dir(&module.name) {
        Ok(d) => d,
        Err(e) => {
            return tool_failure(cytrus::driver::ToolError {
                message: format!("cannot create a build directory: {e}"),
                status: 3,
            })
        }
    };
    let exe = dir.join(&module.name);
    if let Err(e) = build_executable(&module, &exe, backend) {
        return tool_failure(e);
    }
    let status = std::process::Command::new(&exe).status();
    std::fs::remove_dir_all(&dir).ok();
    match status {
        Ok(s) => match s.code() {
            Some(code) => ExitCode::from(code.clamp(0, 255) as u8),
            None => {
                complain("the program was killed by a signal");
                ExitCode::from(5)
            }
        },
        Err(e) => tool_failure(cytrus::driver::ToolError {
            message: format!("cannot run the compiled program: {e}"),
            status: 3,
        }),
    }
}

fn build(
    path: &std::path::Path,
    emit: Option<Backend>,
    embed: bool,
    backend: Backend,
    output: Option<PathBuf>,
    color: ColorMode,
) -> ExitCode {
    // Not freed: the process ends when the output is written.
    let module = match lower(path, color) {
        Ok(m) => std::mem::ManuallyDrop::new(m),
        Err(code) => return code,
    };
    if embed {
        let out = output.unwrap_or_else(|| PathBuf::from(&module.name));
        return match build_executable(&module, &out, backend) {
            Ok(()) => ExitCode::from(EXIT_OK),
            Err(e) => tool_failure(e),
        };
    }
    match emit {
        Some(Backend::C) | None => {
            let dir = output.unwrap_or_else(|| PathBuf::from("."));
            match cytrus::driver::write_c(&module, &dir) {
                Ok(_) => ExitCode::from(EXIT_OK),
                Err(e) => tool_failure(cytrus::driver::ToolError {
                    message: format!("cannot write to {}: {e}", dir.display()),
                    status: 3,
                }),
            }
        }
        Some(Backend::Rust) => {
            let dir = output.unwrap_or_else(|| PathBuf::from("."));
            match cytrus::driver::rust::write_rust(&module, &dir) {
                Ok(_) => ExitCode::from(EXIT_OK),
                Err(e) => tool_failure(cytrus::driver::ToolError {
                    message: format!("cannot write to {}: {e}", dir.display()),
                    status: 3,
                }),
            }
        }
    }
}

fn annotate(path: &std::path::Path, output: Option<PathBuf>, backend: Option<Backend>, color: ColorMode) -> ExitCode {
    let source = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            let name = path.display().to_string();
            Report::new(&name, "", vec![diag::plain_error(format!("cannot read `{name}`: {e}"))]).emit_stderr(color);
            return ExitCode::from(EXIT_DIAGNOSTICS);
        }
    };
    let module = match lower(path, color) {
        Ok(m) => m,
        Err(code) => return code,
    };
    let panes = match backend {
        None => cytrus::annotate::Panes::BOTH,
        Some(Backend::C) => cytrus::annotate::Panes { c: true, rust: false },
        Some(Backend::Rust) => cytrus::annotate::Panes { c: false, rust: true },
    };
    // `lower` accepted the file, so it is UTF-8.
    let source = String::from_utf8_lossy(&source);
    let page = cytrus::annotate::html(&cytrus::annotate::annotate(&module, &source, panes));
    let out = output.unwrap_or_else(|| path.with_extension("html"));
    if out.as_os_str() == "-" {
        use std::io::Write;
        let _ = std::io::stdout().write_all(page.as_bytes());
        return ExitCode::from(EXIT_OK);
    }
    match cytrus::driver::write_if_changed(&out, page.as_bytes()) {
        Ok(()) => {
            say(&out.display().to_string());
            ExitCode::from(EXIT_OK)
        }
        Err(e) => tool_failure(cytrus::driver::ToolError {
            message: format!("cannot write {}: {e}", out.display()),
            status: 3,
        }),
    }
}

/// Builds the program that runs the module, through the chosen backend.
fn build_executable(
    module: &cytrus::lir::Module,
    exe: &std::path::Path,
    backend: Backend,
) -> Result<(), cytrus::driver::ToolError> {
    match backend {
        Backend::C => cytrus::driver::build_executable(module, exe),
        Backend::Rust => cytrus::driver::rust::build_executable(module, exe),
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
