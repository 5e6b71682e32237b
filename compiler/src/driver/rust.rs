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
    super::write_if_changed(&path, rust::emit(module).as_bytes())?;
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
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    // A missing rustc is the user's to fix, before the runtime is built with it.
    if let Err(e) = Command::new(&rustc).arg("--version").output() {
        return super::compiler_outcome(Err(e), &rustc, "Rust", "install Rust (rustup), or set RUSTC");
    }
    let runtime = runtime_rlib()?;
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

/// The runtime's rlib and its dependency directory: `CYTRUS_RUNTIME_RLIB`,
/// or see [`super::runtime_artifact`].
pub fn runtime_rlib() -> Result<RuntimeRlib, ToolError> {
    let rlib = super::runtime_artifact("libcytrus_runtime.rlib", "CYTRUS_RUNTIME_RLIB")?;
    let deps = rlib.parent().map(|d| d.join("deps")).unwrap_or_default();
    Ok(RuntimeRlib { rlib, deps })
}
