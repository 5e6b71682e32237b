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
    Ok(lower_checked(name, source, &checked))
}

/// The lowered IR of a checked module (`name` is its path, as for [`lower_source`]).
pub fn lower_checked(name: &str, source: &str, checked: &crate::Checked) -> lir::Module {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    lower::lower_module(&checked.tir, file, source)
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
    write_if_changed(&c_path, out.source.as_bytes())?;
    write_if_changed(&h_path, out.header.as_bytes())?;
    write_if_changed(&runtime_h, CYTRUS_H.as_bytes())?;
    Ok(vec![c_path, h_path, runtime_h])
}

/// Writes `contents` to `path` unless the file already holds exactly that.
/// An unchanged output keeps its modification time, so make, ninja and cargo
/// do not rebuild what depends on it (and nothing is truncated and rewritten).
pub fn write_if_changed(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let same = std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == contents.len() as u64)
        && std::fs::read(path).is_ok_and(|old| old == contents);
    if same {
        return Ok(());
    }
    std::fs::write(path, contents)
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

/// The runtime's static library, for C programs: `CYTRUS_RUNTIME_LIB`, or
/// the small one built once from the sources inside this binary into the
/// per-user cache (see [`runtime_cache_dir`]): LTO, `opt-level = "z"`,
/// `panic = "abort"`, exporting the C ABI.
pub fn runtime_library() -> Result<PathBuf, ToolError> {
    if let Ok(path) = std::env::var("CYTRUS_RUNTIME_LIB") {
        return Ok(PathBuf::from(path));
    }
    cached_runtime(Flavour::Staticlib)
}

/// One build product of the runtime crate (`libcytrus_runtime.a` or
/// `.rlib`): the path in the environment variable `env` if set; else the one
/// next to an optimised `cytrus` binary, when cargo built both from a
/// checkout (the README's build) and it is not older than the checkout's
/// runtime sources; else one built once from the sources inside this binary
/// into the per-user cache, so an installed `cytrus` needs no checkout.
pub fn runtime_artifact(file: &str, env: &str) -> Result<PathBuf, ToolError> {
    if let Ok(path) = std::env::var(env) {
        return Ok(PathBuf::from(path));
    }
    let exe = std::env::current_exe()
        .map_err(|e| ToolError { message: format!("cannot locate the cytrus binary: {e}"), status: 3 })?;
    let exe_dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
    let runtime_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime");
    // What the products are built from, when the checkout is still there.
    let sources_changed = newest_change(&runtime_dir.join("src"))
        .into_iter()
        .chain(std::fs::metadata(runtime_dir.join("Cargo.toml")).and_then(|m| m.modified()).ok())
        .max();
    let beside = exe_dir.join(file);
    let built = std::fs::metadata(&beside).and_then(|m| m.modified()).ok();
    let fresh = match (built, sources_changed) {
        (Some(built), Some(changed)) => built >= changed,
        (Some(_), None) => true,
        (None, _) => false,
    };
    if !cfg!(debug_assertions) && fresh {
        return Ok(beside);
    }
    let flavour = if file.ends_with(".a") { Flavour::Staticlib } else { Flavour::Rlib };
    cached_runtime(flavour)
}

/// How the runtime crate is built for one kind of output.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavour {
    /// `libcytrus_runtime.rlib`, for Rust output (rustc links it).
    Rlib,
    /// `libcytrus_runtime.a`, for C output: small, no unwinding, LTO.
    Staticlib,
}

/// Where built runtimes are kept: `CYTRUS_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/cytrus`, else `~/.cache/cytrus`, else the temp folder.
pub fn runtime_cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CYTRUS_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("cytrus");
    }
    if let Some(home) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(home).join(".cache").join("cytrus");
    }
    std::env::temp_dir().join("cytrus-cache")
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/runtime_sources.rs"));
}

/// The runtime of this compiler's sources, built once per user: its
/// product in the cache, made with cargo (offline: the runtime has no
/// required dependencies) the first time it is needed.
fn cached_runtime(flavour: Flavour) -> Result<PathBuf, ToolError> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    embedded::RUNTIME_SOURCES.hash(&mut hasher);
    let (kind, file, profile) = match flavour {
        Flavour::Rlib => ("rlib", "libcytrus_runtime.rlib", ""),
        Flavour::Staticlib => (
            "staticlib",
            "libcytrus_runtime.a",
            "\n[profile.release]\nopt-level = \"z\"\nlto = true\ncodegen-units = 1\npanic = \"abort\"\nstrip = \"debuginfo\"\n",
        ),
    };
    let dir = runtime_cache_dir().join(format!("runtime-{}-{:016x}", env!("CARGO_PKG_VERSION"), hasher.finish())).join(kind);
    let product = dir.join("target").join("release").join(file);
    if product.is_file() {
        return Ok(product);
    }
    let failed = |message: String| ToolError { message, status: 3 };
    if !dir.join("Cargo.toml").is_file() {
        // Written beside, then moved into place: a concurrent cytrus sees all of it or none.
        let staging = dir.with_extension(format!("tmp-{}", std::process::id()));
        let write = || -> std::io::Result<()> {
            for (path, text) in embedded::RUNTIME_SOURCES {
                let target = staging.join(path);
                std::fs::create_dir_all(target.parent().unwrap_or(&staging))?;
                std::fs::write(target, text)?;
            }
            let manifest = format!(
                "[package]\nname = \"cytrus-runtime\"\nversion = \"{}\"\nedition = \"2021\"\n\n[lib]\ncrate-type = [\"{kind}\"]\n\n[features]\nndarray = []\n{profile}\n[workspace]\n",
                env!("CARGO_PKG_VERSION")
            );
            std::fs::write(staging.join("Cargo.toml"), manifest)
        };
        write().map_err(|e| failed(format!("cannot write the runtime's sources to {}: {e}", staging.display())))?;
        if std::fs::rename(&staging, &dir).is_err() {
            // Another cytrus got there first.
            std::fs::remove_dir_all(&staging).ok();
        }
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .args(["build", "--release", "--offline", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(dir.join("target"))
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .status();
    match status {
        Ok(s) if s.success() && product.is_file() => Ok(product),
        Ok(_) => Err(failed(format!("building the cytrus runtime in {} failed", dir.display()))),
        Err(e) => Err(failed(format!(
            "the cytrus runtime ({file}) is built on first use with cargo, which could not be run: {e}\nhelp: install Rust (rustup), or set CARGO"
        ))),
    }
}

/// When anything under `dir` last changed (`None` without the directory).
fn newest_change(dir: &Path) -> Option<std::time::SystemTime> {
    let mut newest = None;
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).ok()?.flatten() {
            let path = entry.path();
            if path.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            let Ok(meta) = entry.metadata() else { continue };
            if meta.is_dir() {
                pending.push(path);
            } else if let Ok(t) = meta.modified() {
                newest = newest.max(Some(t));
            }
        }
    }
    newest
}

pub mod rust;
