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

/// Writes `NAME_glue.c` (and `cytrus.h`, which it includes) into `dir` when
/// the module declares C names in `cdef extern` blocks: the C the Rust
/// output calls them through (see [`crate::backend::c::glue_source`]).
pub fn write_glue(module: &lir::Module, dir: &Path) -> std::io::Result<Option<PathBuf>> {
    let Some(glue) = crate::backend::c::glue_source(module) else { return Ok(None) };
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("{}_glue.c", module.name));
    super::write_if_changed(&path, glue.as_bytes())?;
    super::write_if_changed(&dir.join("cytrus.h"), super::CYTRUS_H.as_bytes())?;
    Ok(Some(path))
}

/// Compiles C sources (the modules' glue and the user's `.c` files) into the
/// static library `lib{name}.a` in `dir`, with the user's objects (`.o`)
/// added to it. `None` when there is nothing to compile.
pub fn build_c_library(
    sources: &[PathBuf],
    link: &super::LinkOptions,
    dir: &Path,
    name: &str,
) -> Result<Option<PathBuf>, ToolError> {
    let mut objects = Vec::new();
    let cc = super::c_compiler();
    for (i, source) in sources.iter().chain(&link.c_sources).enumerate() {
        match source.extension().and_then(|e| e.to_str()) {
            Some("c") => {
                let object = dir.join(format!("{name}_{i}.o"));
                let mut command = Command::new(&cc);
                command.args(["-c", "-O2", "-fPIC", "-fwrapv", "-std=gnu11", "-w"]).arg("-I").arg(dir);
                for include in &link.include_dirs {
                    command.arg("-I").arg(include);
                }
                let result = command.arg(source).arg("-o").arg(&object).output();
                super::user_c_outcome(result, &cc)?;
                objects.push(object);
            }
            Some("o") => objects.push(source.clone()),
            _ => {}
        }
    }
    if objects.is_empty() {
        return Ok(None);
    }
    let library = dir.join(format!("lib{name}.a"));
    std::fs::remove_file(&library).ok();
    let ar = std::env::var("AR").unwrap_or_else(|_| "ar".to_string());
    let result = Command::new(&ar).arg("crs").arg(&library).args(&objects).output();
    super::compiler_outcome(result, &ar, "archiver", "install binutils (ar), or set AR")?;
    Ok(Some(library))
}

/// Builds a standalone executable that runs the module's top-level code:
/// `NAME.rs` and `main.rs`, compiled with `rustc -C opt-level=2`.
pub fn build_executable(module: &lir::Module, output: &Path) -> Result<(), ToolError> {
    build_program(&[module], output, &super::LinkOptions::default())
}

/// Builds the program of several modules (those a module cimports before
/// it, as for [`super::build_program`]): one crate with a Rust module per
/// `.pyx`, and the C glue of their extern blocks with the user's C in a
/// static library linked into it.
pub fn build_program(modules: &[&lir::Module], output: &Path, link: &super::LinkOptions) -> Result<(), ToolError> {
    let main_module = modules.last().expect("a program has a module");
    let work = scratch_dir(&main_module.name)
        .map_err(|e| ToolError { message: format!("cannot create a build directory: {e}"), status: 3 })?;
    let io = |e: std::io::Error| ToolError { message: format!("cannot write Rust output: {e}"), status: 3 };
    let mut glue = Vec::new();
    for module in modules {
        write_rust(module, &work).map_err(io)?;
        glue.extend(write_glue(module, &work).map_err(io)?);
    }
    let main = work.join("cytrus_main.rs");
    std::fs::write(&main, rust::program_main_source(modules)).map_err(io)?;
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    // A missing rustc is the user's to fix, before the runtime is built with it.
    if let Err(e) = Command::new(&rustc).arg("--version").output() {
        return super::compiler_outcome(Err(e), &rustc, "Rust", "install Rust (rustup), or set RUSTC");
    }
    let library = build_c_library(&glue, link, &work, "cytrus_glue")?;
    let runtime = runtime_rlib()?;
    let mut command = Command::new(&rustc);
    command
        .args(["--edition", "2021", "--crate-type", "bin", "--crate-name", "cytrus_program"])
        .args(["-C", "opt-level=2", "-A", "warnings"])
        .arg("--extern")
        .arg(format!("cytrus_runtime={}", runtime.rlib.display()))
        .arg("-L")
        .arg(format!("dependency={}", runtime.deps.display()));
    if library.is_some() {
        command.arg("-L").arg(format!("native={}", work.display())).args(["-l", "static=cytrus_glue"]);
    }
    for source in link.c_sources.iter().filter(|s| s.extension().is_some_and(|e| e == "a")) {
        command.arg("-C").arg(format!("link-arg={}", source.display()));
    }
    for dir in &link.lib_dirs {
        command.arg("-L").arg(format!("native={}", dir.display()));
    }
    for l in &link.libs {
        command.arg("-l").arg(l);
    }
    let result = command.arg("-o").arg(output).arg(&main).output();
    let outcome = if super::uses_c_code(modules, link) {
        match result {
            Ok(out) if !out.status.success() => Err(ToolError {
                message: format!(
                    "rustc could not build the program with the C code it uses\n{}\nhelp: check that the declarations of the `cdef extern` blocks match their headers, and name the libraries (-L, -l) the program needs",
                    String::from_utf8_lossy(&out.stderr).trim_end()
                ),
                status: 2,
            }),
            other => super::compiler_outcome(other, &rustc, "Rust", "install Rust (rustup), or set RUSTC"),
        }
    } else {
        super::compiler_outcome(result, &rustc, "Rust", "install Rust (rustup), or set RUSTC")
    };
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

/// Builds `module` as a Python extension module through Rust (PyO3).
pub fn build_python(
    module: &lir::Module,
    before: &[&lir::Module],
    dir: &Path,
    python: &super::PythonConfig,
    link: &super::LinkOptions,
) -> Result<PathBuf, ToolError> {
    let _ = (module, before, dir, python, link);
    Err(ToolError {
        message: "`cytrus build --python --backend rust` is not available yet; use --backend c".to_string(),
        status: 3,
    })
}
