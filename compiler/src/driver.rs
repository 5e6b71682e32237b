//! From a `.pyx` file to generated source, to an executable, to a run:
//! what `cytrus build` and `cytrus run` do, and where the runtime library
//! they link comes from.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::backend::c;
use crate::{lir, lower, Report};

/// The runtime header, shipped inside the compiler so that output is self-contained.
pub const CYTRUS_H: &str = include_str!("../../runtime/include/cytrus.h");

/// A tool cytrus runs failed (not the user's program): exit status 3 or more.
#[derive(Debug)]
pub struct ToolError {
    pub message: String,
    /// 3: a tool is missing; 4: a tool failed on output cytrus made.
    pub status: u8,
}

/// Compiles one source file to lowered IR.
pub fn lower_source(name: &str, source: &str) -> Result<lir::Module, Report> {
    let checked = crate::check_source(name, source)?;
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    Ok(lower::lower_module(&checked.tir, file, source))
}

/// The C output of one module.
pub fn emit_c(module: &lir::Module) -> c::COutput {
    c::emit(module)
}

/// Writes `NAME.c`, `NAME.h` and `cytrus.h` into `dir`; returns the paths written.
pub fn write_c(module: &lir::Module, dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let out = c::emit(module);
    let c_path = dir.join(format!("{}.c", module.name));
    let h_path = dir.join(format!("{}.h", module.name));
    let runtime_h = dir.join("cytrus.h");
    std::fs::write(&c_path, out.source)?;
    std::fs::write(&h_path, out.header)?;
    std::fs::write(&runtime_h, CYTRUS_H)?;
    Ok(vec![c_path, h_path, runtime_h])
}

/// Builds a standalone executable that runs the module's top-level code.
pub fn build_executable(module: &lir::Module, output: &Path) -> Result<(), ToolError> {
    let work = scratch_dir(&module.name)
        .map_err(|e| ToolError { message: format!("cannot create a build directory: {e}"), status: 3 })?;
    let written =
        write_c(module, &work).map_err(|e| ToolError { message: format!("cannot write C output: {e}"), status: 3 })?;
    let main_c = work.join("cytrus_main.c");
    std::fs::write(&main_c, c::main_source(module))
        .map_err(|e| ToolError { message: format!("cannot write C output: {e}"), status: 3 })?;
    let lib = runtime_library()?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let result = Command::new(&cc)
        .args(["-O2", "-fwrapv", "-std=gnu11", "-w"])
        .arg("-I")
        .arg(&work)
        .arg(&written[0])
        .arg(&main_c)
        .arg(&lib)
        .args(["-lpthread", "-ldl", "-lm", "-o"])
        .arg(output)
        .output();
    let outcome = compiler_outcome(result, &cc, "C", "install a C compiler (gcc or clang), or set CC");
    if outcome.is_ok() {
        std::fs::remove_dir_all(&work).ok();
    }
    outcome
}

/// What running a compiler on generated code means for the user: it could not
/// run (status 3: a missing tool), or it rejected the output (status 4: a
/// cytrus bug), or it built.
pub(crate) fn compiler_outcome(
    result: std::io::Result<std::process::Output>,
    tool: &str,
    language: &str,
    help: &str,
) -> Result<(), ToolError> {
    match result {
        Err(e) => Err(ToolError {
            message: format!("cannot run the {language} compiler `{tool}`: {e}\nhelp: {help}"),
            status: 3,
        }),
        Ok(out) if !out.status.success() => Err(ToolError {
            message: format!(
                "internal error: the generated {language} did not compile; please report this with the .pyx file\n{}",
                String::from_utf8_lossy(&out.stderr)
            ),
            status: 4,
        }),
        Ok(_) => Ok(()),
    }
}

/// A fresh directory for one build.
pub fn scratch_dir(name: &str) -> std::io::Result<PathBuf> {
    let base = std::env::temp_dir();
    for attempt in 0..1000u32 {
        let dir = base.join(format!("cytrus-{name}-{}-{attempt}", std::process::id()));
        match std::fs::create_dir(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free scratch directory name"))
}

/// The runtime's static library: next to the `cytrus` binary when cargo built
/// both (the README's build), else built once into a cache beside them.
pub fn runtime_library() -> Result<PathBuf, ToolError> {
    if let Ok(path) = std::env::var("CYTRUS_RUNTIME_LIB") {
        return Ok(PathBuf::from(path));
    }
    let exe = std::env::current_exe()
        .map_err(|e| ToolError { message: format!("cannot locate the cytrus binary: {e}"), status: 3 })?;
    let exe_dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
    let beside = exe_dir.join("libcytrus_runtime.a");
    if beside.is_file() {
        return Ok(beside);
    }
    let cache = exe_dir.join("cytrus-runtime");
    let cached = cache.join("release").join("libcytrus_runtime.a");
    if cached.is_file() {
        return Ok(cached);
    }
    // Build it once: the runtime has no dependencies, so this works offline.
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/Cargo.toml");
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--release", "--offline", "--quiet", "--manifest-path"])
        .arg(&manifest)
        .arg("--target-dir")
        .arg(&cache)
        .status();
    match status {
        Ok(s) if s.success() && cached.is_file() => Ok(cached),
        Ok(_) => Err(ToolError { message: format!("building the cytrus runtime ({}) failed", manifest.display()), status: 3 }),
        Err(e) => Err(ToolError {
            message: format!("the cytrus runtime library is missing and cargo could not be run to build it: {e}\nhelp: run `cargo build --release` in the cytrus repository"),
            status: 3,
        }),
    }
}

pub mod rust;
