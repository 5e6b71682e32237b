//! The `cytrus` command: parses arguments and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use cytrus::{check_bytes_in, diag, ColorMode, Report};

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
        /// The `.pyx` file to run, then C files to compile and link with it
        /// (`.c` sources, `.o` objects, `.a` libraries) for its `cdef extern`
        /// blocks.
        #[arg(value_name = "FILE.pyx", required = true)]
        files: Vec<PathBuf>,
        /// The language to compile through.
        #[arg(long, value_enum, default_value_t = Backend::C)]
        backend: Backend,
        #[command(flatten)]
        link: LinkArgs,
    },
    /// Compile a `.pyx` file to source code, or to an executable.
    ///
    /// `--emit c` writes NAME.c, NAME.h and cytrus.h into the output
    /// directory; link NAME.c with the runtime's static library. `--emit rust`
    /// writes NAME.rs, a module that uses the cytrus-runtime crate. `--embed`
    /// (named after Cython's) builds a standalone program that runs the
    /// module's top-level code: the same program `cytrus run` executes.
    ///
    /// Several `.pyx` files may be given: the modules of one program, the
    /// first being the program's own with --embed. A module that cimports
    /// another (`from _heap cimport heap_push`) finds its `.pxd` beside the
    /// `.pyx` or in the -I directories, and the `.pyx` beside that `.pxd` is
    /// compiled too. `.c`, `.o` and `.a` files are linked into the program
    /// (--embed) for the `cdef extern` blocks; with --emit they are not used.
    Build {
        /// The `.pyx` files to compile, and C files to link with --embed.
        #[arg(value_name = "FILE.pyx", required = true)]
        files: Vec<PathBuf>,
        /// Write source code in this language.
        #[arg(long, value_enum, conflicts_with = "embed")]
        emit: Option<Backend>,
        /// Build an executable instead of source.
        #[arg(long)]
        embed: bool,
        /// The language to compile through, with --embed.
        #[arg(long, value_enum, default_value_t = Backend::C)]
        backend: Backend,
        /// The output directory (--emit, --python) or executable path (--embed).
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// Build each `.pyx` file as a Python extension module,
        /// NAME<EXT_SUFFIX> (`kernels.cpython-311-x86_64-linux-gnu.so`), as
        /// `cythonize -i` does: its `def` and `cpdef` functions are callable
        /// from Python, and importing it runs its top-level code.
        #[arg(long, conflicts_with_all = ["emit", "embed"])]
        python: bool,
        /// The Python interpreter to build for, with --python (default: `python3` on PATH).
        #[arg(long, value_name = "PY", requires = "python")]
        python_exe: Option<PathBuf>,
        #[command(flatten)]
        link: LinkArgs,
    },
    /// Show where the runtime library is, or write its C header.
    ///
    /// C users link generated code with this static library, built once per
    /// user on first use from the sources inside cytrus, in one line:
    /// `cc -O2 -fwrapv -I out main.c out/NAME.c "$(cytrus runtime)" -Wl,--gc-sections -lm -lpthread -o main`.
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
        /// Also look for cimported `.pxd` files in this directory.
        #[arg(short = 'I', long = "include", value_name = "DIR")]
        include: Vec<PathBuf>,
    },
}

/// Where modules and C code come from, for programs with several modules
/// and `cdef extern from` blocks.
#[derive(clap::Args, Clone, Default)]
struct LinkArgs {
    /// A directory to search for cimported `.pxd` files (after the `.pyx`
    /// file's own) and for the headers of `cdef extern from` blocks.
    #[arg(short = 'I', long = "include", value_name = "DIR")]
    include: Vec<PathBuf>,
    /// A directory to search for libraries (`-l`).
    #[arg(short = 'L', long = "lib-dir", value_name = "DIR")]
    lib_dirs: Vec<PathBuf>,
    /// A C library to link (`-l m` links libm).
    #[arg(short = 'l', long = "lib", value_name = "NAME")]
    libs: Vec<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = match cli.color {
        Color::Auto => ColorMode::Auto,
        Color::Always => ColorMode::Always,
        Color::Never => ColorMode::Never,
    };
    match cli.command {
        Command::Check { files, include } => check(&files, &include, color),
        Command::Run { files, backend, link } => run(&files, backend, &link, color),
        Command::Runtime { write_header } => runtime(write_header),
        Command::Build { files, emit, embed, backend, output, python, python_exe, link } => {
            if python {
                build_python(&files, backend, output, python_exe, &link, color)
            } else {
                build(&files, emit, embed, backend, output, &link, color)
            }
        }
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

/// The `.pyx` files of a command line and the C files beside them.
fn split_inputs(files: &[PathBuf], link: &LinkArgs) -> (Vec<PathBuf>, cytrus::driver::LinkOptions) {
    let (pyx, c): (Vec<PathBuf>, Vec<PathBuf>) =
        files.iter().cloned().partition(|f| !matches!(f.extension().and_then(|e| e.to_str()), Some("c" | "o" | "a")));
    let options = cytrus::driver::LinkOptions {
        include_dirs: link.include.clone(),
        c_sources: c,
        lib_dirs: link.lib_dirs.clone(),
        libs: link.libs.clone(),
    };
    (pyx, options)
}

/// Reads, checks and lowers the modules of a program: the files given and
/// the modules they cimport, those cimported first.
fn lower_program(
    files: &[PathBuf],
    include: &[PathBuf],
    color: ColorMode,
) -> Result<cytrus::driver::Program, ExitCode> {
    if files.is_empty() {
        complain("no `.pyx` file given");
        return Err(ExitCode::from(EXIT_DIAGNOSTICS));
    }
    cytrus::driver::lower_program(files, include).map_err(|reports| {
        for report in reports {
            report.emit_stderr(color);
        }
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
            // A person reading it (not `$(cytrus runtime)`) is shown how to use it.
            if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "link a C program with it in one line:\n  {}",
                    cytrus::driver::c_link_line("out", "main.c out/NAME.c", &lib)
                );
            }
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

fn run(files: &[PathBuf], backend: Backend, link: &LinkArgs, color: ColorMode) -> ExitCode {
    let (pyx, link) = split_inputs(files, link);
    if pyx.len() > 1 {
        complain("`cytrus run` runs one `.pyx` file (the modules it cimports are found and compiled with it)");
        return ExitCode::from(EXIT_DIAGNOSTICS);
    }
    let mut link = link;
    let modules = match lower_program(&pyx, &link.include_dirs, color) {
        Ok(program) => {
            link.merge(program.link);
            std::mem::ManuallyDrop::new(program.modules)
        }
        Err(code) => return code,
    };
    let module = modules.last().expect("a program has a module");
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
    let program: Vec<&cytrus::lir::Module> = modules.iter().collect();
    if let Err(e) = build_executable(&program, &exe, backend, &link) {
        std::fs::remove_dir_all(&dir).ok();
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
    files: &[PathBuf],
    emit: Option<Backend>,
    embed: bool,
    backend: Backend,
    output: Option<PathBuf>,
    link: &LinkArgs,
    color: ColorMode,
) -> ExitCode {
    let (pyx, mut link) = split_inputs(files, link);
    // Not freed: the process ends when the output is written.
    let modules = match lower_program(&pyx, &link.include_dirs, color) {
        Ok(program) => {
            link.merge(program.link);
            std::mem::ManuallyDrop::new(program.modules)
        }
        Err(code) => return code,
    };
    let program: Vec<&cytrus::lir::Module> = modules.iter().collect();
    if embed {
        let name = &program.last().expect("a program has a module").name;
        let out = output.unwrap_or_else(|| PathBuf::from(name));
        return match build_executable(&program, &out, backend, &link) {
            Ok(()) => ExitCode::from(EXIT_OK),
            Err(e) => tool_failure(e),
        };
    }
    let dir = output.unwrap_or_else(|| PathBuf::from("."));
    for module in &program {
        let written = match emit {
            Some(Backend::C) | None => cytrus::driver::write_c(module, &dir).map(|_| ()),
            Some(Backend::Rust) => cytrus::driver::rust::write_rust(module, &dir)
                .and_then(|_| cytrus::driver::rust::write_glue(module, &dir))
                .map(|_| ()),
        };
        if let Err(e) = written {
            return tool_failure(cytrus::driver::ToolError {
                message: format!("cannot write to {}: {e}", dir.display()),
                status: 3,
            });
        }
    }
    ExitCode::from(EXIT_OK)
}

/// `cytrus build --python`: one extension module per `.pyx` file given.
fn build_python(
    files: &[PathBuf],
    backend: Backend,
    output: Option<PathBuf>,
    python_exe: Option<PathBuf>,
    link: &LinkArgs,
    color: ColorMode,
) -> ExitCode {
    let (pyx, mut link) = split_inputs(files, link);
    let modules = match lower_program(&pyx, &link.include_dirs, color) {
        Ok(program) => {
            link.merge(program.link);
            std::mem::ManuallyDrop::new(program.modules)
        }
        Err(code) => return code,
    };
    let given: Vec<String> = pyx.iter().map(|p| cytrus::module_name(&p.display().to_string())).collect();
    // Functions Python cannot call: reported as Cython reports them, before building anything.
    let mut failed = false;
    for path in &pyx {
        let name = cytrus::module_name(&path.display().to_string());
        let Some(module) = modules.iter().find(|m| m.name == name) else { continue };
        let diagnostics = cytrus::python_diagnostics(module, &std::fs::read_to_string(path).unwrap_or_default());
        if !diagnostics.is_empty() {
            let source = std::fs::read_to_string(path).unwrap_or_default();
            Report::new(&path.display().to_string(), &source, diagnostics).emit_stderr(color);
            failed = true;
        }
    }
    if failed {
        return ExitCode::from(EXIT_DIAGNOSTICS);
    }
    let python = match cytrus::driver::python_config(python_exe.as_deref()) {
        Ok(p) => p,
        Err(e) => return tool_failure(e),
    };
    let dir = output.unwrap_or_else(|| PathBuf::from("."));
    let deps: Vec<&cytrus::lir::Module> = modules.iter().filter(|m| !given.contains(&m.name)).collect();
    for module in modules.iter().filter(|m| given.contains(&m.name)) {
        let built = match backend {
            Backend::C => cytrus::driver::build_python_c(module, &deps, &dir, &python, &link),
            Backend::Rust => cytrus::driver::rust::build_python(module, &deps, &dir, &python, &link),
        };
        if let Err(e) = built {
            return tool_failure(e);
        }
    }
    ExitCode::from(EXIT_OK)
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

/// Builds the program that runs the modules, through the chosen backend.
fn build_executable(
    modules: &[&cytrus::lir::Module],
    exe: &std::path::Path,
    backend: Backend,
    link: &cytrus::driver::LinkOptions,
) -> Result<(), cytrus::driver::ToolError> {
    match backend {
        Backend::C => cytrus::driver::build_program(modules, exe, link),
        Backend::Rust => cytrus::driver::rust::build_program(modules, exe, link),
    }
}

fn check(files: &[PathBuf], include: &[PathBuf], color: ColorMode) -> ExitCode {
    let mut status = EXIT_OK;
    for path in files {
        let name = path.display().to_string();
        let result = match std::fs::read(path) {
            Ok(bytes) => check_bytes_in(&name, &bytes, include),
            Err(e) => Err(Report::new(&name, "", vec![diag::plain_error(format!("cannot read `{name}`: {e}"))])),
        };
        if let Err(report) = result {
            report.emit_stderr(color);
            status = EXIT_DIAGNOSTICS;
        }
    }
    ExitCode::from(status)
}
