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

/// The version of PyO3's CPython bindings the extension modules use.
const PYO3_FFI: &str = "0.23";

/// Builds `module` as a Python extension module through Rust: a `cdylib`
/// crate generated in a scratch directory (the module's Rust, a `lib.rs`
/// from [`rust::python::python_lib`]) that depends on PyO3's `pyo3-ffi` and
/// the runtime, built by cargo into a target directory kept in the cache
/// ([`super::runtime_cache_dir`]), so that PyO3 and the runtime are compiled
/// once and later builds compile only the module. The user writes no
/// `Cargo.toml`. Returns the path written.
pub fn build_python(
    module: &lir::Module,
    before: &[&lir::Module],
    dir: &Path,
    python: &super::PythonConfig,
    link: &super::LinkOptions,
) -> Result<PathBuf, ToolError> {
    let mut all: Vec<&lir::Module> = before.to_vec();
    all.push(module);
    let cache = python_rust_cache()?;
    let failed = |message: String| ToolError { message, status: 3 };
    let work = scratch_dir(&module.name).map_err(|e| failed(format!("cannot create a build directory: {e}")))?;
    let io = |e: std::io::Error| ToolError { message: format!("cannot write Rust output: {e}"), status: 3 };
    for m in &all {
        std::fs::write(work.join(format!("{}.rs", m.name)), rust::emit_for_include(m)).map_err(io)?;
    }
    std::fs::write(work.join("lib.rs"), rust::python::python_lib(module, before)).map_err(io)?;
    // The returned-view type: the C the C backend's modules include, in a
    // static library the crate links (given to the crate's rustc alone, so
    // that PyO3 and the runtime stay compiled).
    std::fs::write(work.join("cytrus.h"), super::CYTRUS_H).map_err(io)?;
    let view_c = work.join("cytrus_pyview.c");
    std::fs::write(
        &view_c,
        format!(
            "#define CYTRUS_PYVIEW_LINKED\n#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n#include <stdlib.h>\n#include \"cytrus.h\"\n\n{}",
            crate::backend::PYTHON_VIEW_C
        ),
    )
    .map_err(io)?;
    let view_link = super::LinkOptions { include_dirs: vec![python.include.clone()], ..Default::default() };
    build_c_library(&[view_c], &view_link, &work, "cytrus_pyview")?;
    // The C of `cdef extern from` blocks (the modules' glue, the user's C
    // files and libraries), linked into this crate only: `cargo rustc`
    // passes the flags to it alone, so PyO3 and the runtime stay compiled.
    let mut native: Vec<String> = Vec::new();
    if super::uses_c_code(&all, link) {
        let mut glue = Vec::new();
        for m in &all {
            glue.extend(write_glue(m, &work).map_err(io)?);
        }
        if build_c_library(&glue, link, &work, "cytrus_glue")?.is_some() {
            native.extend(["-L".to_string(), format!("native={}", work.display())]);
            native.extend(["-l".to_string(), "static=cytrus_glue".to_string()]);
        }
        for source in link.c_sources.iter().filter(|s| s.extension().is_some_and(|e| e == "a")) {
            native.extend(["-C".to_string(), format!("link-arg={}", source.display())]);
        }
        for dir in &link.lib_dirs {
            native.extend(["-L".to_string(), format!("native={}", dir.display())]);
        }
        for l in &link.libs {
            native.extend(["-l".to_string(), l.clone()]);
        }
    }
    native.extend(["-L".to_string(), format!("native={}", work.display())]);
    native.extend(["-l".to_string(), "static=cytrus_pyview".to_string()]);
    let manifest = format!(
        "[package]\nname = \"cytrus-python-{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[lib]\nname = \"{name}\"\npath = \"lib.rs\"\ncrate-type = [\"cdylib\"]\n\n[dependencies]\npyo3-ffi = \"{PYO3_FFI}\"\ncytrus-runtime = {{ path = {runtime:?} }}\n\n[profile.release]\npanic = \"abort\"\n\n[workspace]\n",
        name = module.name,
        runtime = cache.join("runtime").display().to_string(),
    );
    std::fs::write(work.join("Cargo.toml"), manifest).map_err(io)?;
    // One lock file for every module: after the first build, no registry look-up.
    let lock = cache.join("Cargo.lock");
    if lock.is_file() {
        std::fs::copy(&lock, work.join("Cargo.lock")).ok();
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target = cache.join("target");
    let result = Command::new(&cargo)
        .args(["rustc", "--lib", "--release", "--quiet", "--manifest-path"])
        .arg(work.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target)
        .arg("--")
        .args(&native)
        .env("PYO3_PYTHON", &python.exe)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .output();
    let out = match result {
        Err(e) => {
            return Err(failed(format!(
            "cannot run cargo to build the Python module through Rust: {e}\nhelp: install Rust (rustup), or set CARGO"
        )))
        }
        Ok(out) => out,
    };
    if !out.status.success() && !native.is_empty() {
        return Err(ToolError {
            message: format!(
                "cargo could not build the Python module with the C code it uses\n{}\nhelp: check that the declarations of the `cdef extern` blocks match their headers, and name the libraries (-L, -l) the module needs",
                String::from_utf8_lossy(&out.stderr).trim_end()
            ),
            status: 2,
        });
    }
    if !out.status.success() {
        return Err(ToolError {
            message: format!(
                "internal error: the generated Rust extension module did not build; please report this with the .pyx file\n{}",
                String::from_utf8_lossy(&out.stderr)
            ),
            status: 4,
        });
    }
    if !lock.is_file() {
        std::fs::copy(work.join("Cargo.lock"), &lock).ok();
    }
    let built = target.join("release").join(format!("lib{}.so", module.name));
    std::fs::create_dir_all(dir).map_err(|e| failed(format!("cannot create {}: {e}", dir.display())))?;
    let output = dir.join(format!("{}{}", module.name, python.ext_suffix));
    // Replaced, not overwritten in place: a running interpreter may have the old one mapped.
    let staged = dir.join(format!(".{}.{}.tmp", module.name, std::process::id()));
    std::fs::copy(&built, &staged)
        .and_then(|_| std::fs::rename(&staged, &output))
        .map_err(|e| failed(format!("cannot write {}: {e}", output.display())))?;
    std::fs::remove_dir_all(&work).ok();
    Ok(output)
}

/// The cache of Rust-built Python modules: the runtime's sources (as a path
/// dependency) and the shared target directory, per version of the runtime.
fn python_rust_cache() -> Result<PathBuf, ToolError> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    super::embedded_runtime_sources().hash(&mut hasher);
    // The manifest is part of what is cached: a changed one is a new directory.
    let manifest = format!(
        "[package]\nname = \"cytrus-runtime\"\nversion = \"{}\"\nedition = \"2021\"\n\n[features]\ndefault = [\"std\"]\nstd = []\nndarray = []\n",
        env!("CARGO_PKG_VERSION")
    );
    manifest.hash(&mut hasher);
    let dir =
        super::runtime_cache_dir().join(format!("python-rust-{}-{:016x}", env!("CARGO_PKG_VERSION"), hasher.finish()));
    let runtime = dir.join("runtime");
    if !runtime.join("Cargo.toml").is_file() {
        let staging = dir.join(format!("runtime.tmp-{}", std::process::id()));
        let write = || -> std::io::Result<()> {
            for (path, text) in super::embedded_runtime_sources() {
                let target = staging.join(path);
                std::fs::create_dir_all(target.parent().unwrap_or(&staging))?;
                std::fs::write(target, text)?;
            }
            std::fs::write(staging.join("Cargo.toml"), &manifest)
        };
        write().map_err(|e| ToolError { message: format!("cannot write the runtime's sources: {e}"), status: 3 })?;
        if std::fs::rename(&staging, &runtime).is_err() {
            std::fs::remove_dir_all(&staging).ok();
        }
    }
    Ok(dir)
}
