//! Building with the Rust backend: `NAME.rs` and a `main.rs` compiled by
//! `rustc` against the runtime crate's rlib, the same program as the C build.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{scratch_dir, ToolError};
use crate::backend::rust;
use crate::lir;

/// The runtime crate as `rustc` links it.
#[derive(Debug, Clone)]
pub struct RuntimeRlib {
    /// `libcytrus_runtime.rlib`.
    pub rlib: PathBuf,
    /// The folder of its dependencies (`-L dependency=`).
    pub deps: PathBuf,
}

/// Writes `NAME.rs` into `dir`; returns its path.
pub fn write_rust(module: &lir::Module, dir: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("{}.rs", module.name));
    std::fs::write(&path, rust::emit(module))?;
    Ok(path)
}

/// Builds a standalone executable that runs the module's top-level code:
/// `NAME.rs` and `main.rs`, compiled with `rustc -C opt-level=2`.
pub fn build_executable(module: &lir::Module, output: &Path) -> Result<(), ToolError> {
    let work = scratch_dir(&module.name)
        .map_err(|e| ToolError { message: format!("cannot create a build directory: {e}"), status: 3 })?;
    let written = write_rust(module, &work)
        .and_then(|_| {
            let main = work.join("cytrus_main.rs");
            std::fs::write(&main, rust::main_source(module)).map(|()| main)
        })
        .map_err(|e| ToolError { message: format!("cannot write Rust output: {e}"), status: 3 })?;
    let runtime = runtime_rlib()?;
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    let result = Command::new(&rustc)
        .args(["--edition", "2021", "--crate-type", "bin", "--crate-name", "cytrus_program"])
        .args(["-C", "opt-level=2", "-A", "warnings"])
        .arg("--extern")
        .arg(format!("cytrus_runtime={}", runtime.rlib.display()))
        .arg("-L")
        .arg(format!("dependency={}", runtime.deps.display()))
        .arg("-o")
        .arg(output)
        .arg(&written)
        .output();
    let outcome = super::compiler_outcome(result, &rustc, "Rust", "install Rust (rustup), or set RUSTC");
    if outcome.is_ok() {
        std::fs::remove_dir_all(&work).ok();
    }
    outcome
}

/// The runtime's rlib: `CYTRUS_RUNTIME_RLIB`, or next to the `cytrus` binary
/// when cargo built both (the README's build), else built into a cache beside
/// the binary (cargo leaves a fresh build alone, so only the first run builds).
pub fn runtime_rlib() -> Result<RuntimeRlib, ToolError> {
    let with_deps = |rlib: PathBuf| {
        let deps = rlib.parent().map(|d| d.join("deps")).unwrap_or_default();
        RuntimeRlib { rlib, deps }
    };
    if let Ok(path) = std::env::var("CYTRUS_RUNTIME_RLIB") {
        return Ok(with_deps(PathBuf::from(path)));
    }
    let exe = std::env::current_exe()
        .map_err(|e| ToolError { message: format!("cannot locate the cytrus binary: {e}"), status: 3 })?;
    let exe_dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
    let beside = exe_dir.join("libcytrus_runtime.rlib");
    if beside.is_file() {
        return Ok(with_deps(beside));
    }
    // The cache the C build uses too: one cargo build makes the rlib and the staticlib.
    let cache = exe_dir.join("cytrus-runtime");
    let cached = cache.join("release").join("libcytrus_runtime.rlib");
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/Cargo.toml");
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--release", "--offline", "--quiet", "--manifest-path"])
        .arg(&manifest)
        .arg("--target-dir")
        .arg(&cache)
        .status();
    match status {
        Ok(s) if s.success() && cached.is_file() => Ok(with_deps(cached)),
        // Without cargo (or the sources), a runtime built earlier still serves.
        _ if cached.is_file() => Ok(with_deps(cached)),
        Ok(_) => Err(ToolError { message: format!("building the cytrus runtime ({}) failed", manifest.display()), status: 3 }),
        Err(e) => Err(ToolError {
            message: format!("the cytrus runtime rlib is missing and cargo could not be run to build it: {e}\nhelp: run `cargo build --release` in the cytrus repository"),
            status: 3,
        }),
    }
}
