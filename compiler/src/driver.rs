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
    if checked.sources.files.len() > 1 {
        return lower::lower_module_with(&checked.tir, file, &checked.sources);
    }
    lower::lower_module(&checked.tir, file, source)
}

/// The modules of a program, in the order they run, and what their
/// `# distutils:` comments ask to link.
#[derive(Debug)]
pub struct Program {
    pub modules: Vec<lir::Module>,
    pub link: LinkOptions,
    /// Every file read: the `.pyx` files and the `.pxd` files they cimport.
    pub files: Vec<PathBuf>,
}

/// What a `.pyx` file's leading `# distutils: key = values` comments ask to
/// link, as `cythonize` reads them: `sources` (C files compiled in),
/// `include_dirs`, `libraries` and `library_dirs`, paths relative to the
/// file's directory.
pub fn distutils_options(path: &Path, source: &str) -> LinkOptions {
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut options = LinkOptions::default();
    for line in source.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix('#') else { break };
        let Some(setting) = comment.trim().strip_prefix("distutils:") else { continue };
        let Some((key, value)) = setting.split_once('=') else { continue };
        let values = value
            .split([',', ' ', '\t'])
            .map(|v| v.trim().trim_matches(['[', ']', '"', '\'']))
            .filter(|v| !v.is_empty());
        match key.trim() {
            "sources" | "extra_objects" => options.c_sources.extend(values.map(|v| dir.join(v))),
            "include_dirs" => options.include_dirs.extend(values.map(|v| dir.join(v))),
            "library_dirs" => options.lib_dirs.extend(values.map(|v| dir.join(v))),
            "libraries" => options.libs.extend(values.map(str::to_string)),
            _ => {}
        }
    }
    options
}

impl LinkOptions {
    /// Adds what `other` names that this does not yet.
    pub fn merge(&mut self, other: LinkOptions) {
        fn add<T: PartialEq>(to: &mut Vec<T>, from: Vec<T>) {
            for x in from {
                if !to.contains(&x) {
                    to.push(x);
                }
            }
        }
        add(&mut self.include_dirs, other.include_dirs);
        add(&mut self.c_sources, other.c_sources);
        add(&mut self.lib_dirs, other.lib_dirs);
        add(&mut self.libs, other.libs);
    }
}

/// Reads, checks and lowers the modules of a program: the `.pyx` files
/// given, and every module with a `.pyx` that one of them cimports
/// (found beside its `.pxd`), transitively. `include` are the `-I`
/// directories. The modules come in the order they run: a module after
/// those it cimports, the first file given last. On failure, a report for
/// each file with errors.
pub fn lower_program(files: &[PathBuf], include: &[PathBuf]) -> Result<Program, Vec<Report>> {
    let mut link = LinkOptions::default();
    let mut read: Vec<PathBuf> = Vec::new();
    struct Unit {
        module: lir::Module,
        path: PathBuf,
        deps: Vec<String>,
    }
    let mut units: Vec<Unit> = Vec::new();
    let mut reports = Vec::new();
    let mut queue: Vec<PathBuf> = files.to_vec();
    let mut seen: Vec<String> = Vec::new();
    while let Some(path) = (!queue.is_empty()).then(|| queue.remove(0)) {
        let name = path.display().to_string();
        let module_name = crate::module_name(&name);
        if seen.contains(&module_name) {
            let earlier = units.iter().find(|u| u.module.name == module_name).map(|u| u.path.clone());
            if let Some(earlier) = earlier.filter(|p| !same_file(p, &path)) {
                reports.push(Report::new(
                    &name,
                    "",
                    vec![crate::diag::plain_error(format!(
                        "two modules named `{module_name}` in one program: `{}` and `{name}`",
                        earlier.display()
                    ))],
                ));
            }
            continue;
        }
        seen.push(module_name.clone());
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                reports.push(Report::new(
                    &name,
                    "",
                    vec![crate::diag::plain_error(format!("cannot read `{name}`: {e}"))],
                ));
                continue;
            }
        };
        let checked = match std::str::from_utf8(&bytes) {
            Ok(source) => {
                link.merge(distutils_options(&path, source));
                crate::check_source_in(&name, source, include).map(|checked| {
                    // Cython's C output sits beside the `.pyx`: a header an
                    // extern block names is found there (or beside its `.pxd`).
                    for f in &checked.sources.files {
                        let p = PathBuf::from(&f.name);
                        if !read.contains(&p) {
                            read.push(p);
                        }
                    }
                    if !checked.tir.includes.is_empty() {
                        let dirs = checked.sources.files.iter().map(|f| source_dir(Path::new(&f.name))).collect();
                        link.merge(LinkOptions { include_dirs: dirs, ..LinkOptions::default() });
                    }
                    (lower_checked(&name, source, &checked), checked.sources.cimported_pyx())
                })
            }
            Err(_) => crate::check_bytes(&name, &bytes).map(|_| unreachable!("invalid UTF-8 never checks")),
        };
        match checked {
            Ok((module, deps)) => {
                let dep_names = deps.iter().map(|(m, _)| m.clone()).collect();
                queue.extend(deps.into_iter().map(|(_, p)| p));
                units.push(Unit { module, path, deps: dep_names });
            }
            Err(report) => reports.push(report),
        }
    }
    if !reports.is_empty() {
        return Err(reports);
    }
    // Dependencies first: a depth-first walk from each file given, the first last.
    let mut order: Vec<usize> = Vec::new();
    fn visit(i: usize, units: &[Unit], order: &mut Vec<usize>, active: &mut Vec<usize>) {
        if order.contains(&i) || active.contains(&i) {
            return;
        }
        active.push(i);
        for dep in &units[i].deps {
            if let Some(j) = units.iter().position(|u| &u.module.name == dep) {
                visit(j, units, order, active);
            }
        }
        active.pop();
        order.push(i);
    }
    let given = files.len().min(units.len());
    for i in (1..given).chain(std::iter::once(0)) {
        visit(i, &units, &mut order, &mut Vec::new());
    }
    for i in 0..units.len() {
        if !order.contains(&i) {
            visit(i, &units, &mut order, &mut Vec::new());
        }
    }
    // The program's own module runs last.
    if let Some(p) = order.iter().position(|&i| i == 0) {
        let first = order.remove(p);
        order.push(first);
    }
    let mut slots: Vec<Option<lir::Module>> = units.into_iter().map(|u| Some(u.module)).collect();
    Ok(Program { modules: order.into_iter().filter_map(|i| slots[i].take()).collect(), link, files: read })
}

/// The directory of a source file, `.` for a bare file name.
fn source_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
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

/// What a program links besides its modules and the runtime: the C side of
/// `cdef extern from` blocks (`cytrus build -I/-L/-l`, C sources on the
/// command line, and the same calls of `build::Build`).
#[derive(Debug, Clone, Default)]
pub struct LinkOptions {
    /// Where the C compiler finds the headers extern blocks name (`-I`).
    pub include_dirs: Vec<PathBuf>,
    /// C sources (`.c`) compiled into the program, and objects or static
    /// libraries (`.o`, `.a`) linked into it.
    pub c_sources: Vec<PathBuf>,
    /// Where the linker finds libraries (`-L`).
    pub lib_dirs: Vec<PathBuf>,
    /// Libraries to link (`-l NAME`).
    pub libs: Vec<String>,
}

impl LinkOptions {
    /// Whether the user named anything to link.
    pub fn is_empty(&self) -> bool {
        self.include_dirs.is_empty() && self.c_sources.is_empty() && self.lib_dirs.is_empty() && self.libs.is_empty()
    }
}

/// The C compiler: `$CC`, or `cc`.
pub fn c_compiler() -> String {
    std::env::var("CC").unwrap_or_else(|_| "cc".to_string())
}

/// Builds a standalone executable that runs the module's top-level code.
pub fn build_executable(module: &lir::Module, output: &Path) -> Result<(), ToolError> {
    build_program(&[module], output, &LinkOptions::default())
}

/// Builds a standalone executable from the modules of one program, listed
/// so that a module comes after those it cimports: it runs their top-level
/// code in that order (the last module is the program's own).
pub fn build_program(modules: &[&lir::Module], output: &Path, link: &LinkOptions) -> Result<(), ToolError> {
    let main_module = modules.last().expect("a program has a module");
    let work = scratch_dir(&main_module.name)
        .map_err(|e| ToolError { message: format!("cannot create a build directory: {e}"), status: 3 })?;
    let mut sources = Vec::new();
    for module in modules {
        let written = write_c(module, &work)
            .map_err(|e| ToolError { message: format!("cannot write C output: {e}"), status: 3 })?;
        sources.push(written[0].clone());
    }
    let main_c = work.join("cytrus_main.c");
    std::fs::write(&main_c, c::program_main_source(modules))
        .map_err(|e| ToolError { message: format!("cannot write C output: {e}"), status: 3 })?;
    let lib = runtime_library()?;
    let cc = c_compiler();
    let mut command = Command::new(&cc);
    command.args(["-O2", "-fwrapv", "-std=gnu11", "-w"]).arg("-I").arg(&work);
    // `prange` loops run on OpenMP threads where the compiler has OpenMP,
    // and in order (the pragmas skipped) where it does not, as Cython's do.
    if modules.iter().any(|m| uses_threads(m)) && has_openmp(&cc) {
        command.arg("-fopenmp");
    }
    for dir in &link.include_dirs {
        command.arg("-I").arg(dir);
    }
    command.args(&sources).arg(&main_c).args(&link.c_sources).arg(&lib);
    for dir in &link.lib_dirs {
        command.arg("-L").arg(dir);
    }
    for l in &link.libs {
        command.arg(format!("-l{l}"));
    }
    let result = command.args(["-lpthread", "-ldl", "-lm", "-o"]).arg(output).output();
    let outcome = if uses_c_code(modules, link) {
        user_c_outcome(result, &cc)
    } else {
        compiler_outcome(result, &cc, "C", "install a C compiler (gcc or clang), or set CC")
    };
    if outcome.is_ok() {
        std::fs::remove_dir_all(&work).ok();
    }
    outcome
}

/// Whether a module has a `prange` loop that runs on threads.
pub fn uses_threads(module: &lir::Module) -> bool {
    fn any(stmts: &[lir::Stmt]) -> bool {
        stmts.iter().any(|s| match s {
            lir::Stmt::Parallel(_) | lir::Stmt::ParallelBlock(_) => true,
            lir::Stmt::If { then, orelse, .. } => any(then) || any(orelse),
            lir::Stmt::Loop(b) | lir::Stmt::Block(b) | lir::Stmt::For { body: b, .. } => any(b),
            lir::Stmt::Guard { body, handler, .. } => any(body) || any(handler),
            _ => false,
        })
    }
    module.functions.iter().any(|f| any(&f.body)) || any(&module.init.body)
}

/// Whether the C compiler `cc` accepts `-fopenmp` (asked once per process).
pub fn has_openmp(cc: &str) -> bool {
    static ANSWER: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ANSWER.get_or_init(|| {
        let Ok(dir) = scratch_dir("openmp_probe") else { return false };
        let src = dir.join("probe.c");
        let ok =
            std::fs::write(&src, "#include <omp.h>\nint main(void) { return omp_get_max_threads() > 0 ? 0 : 1; }\n")
                .is_ok()
                && Command::new(cc)
                    .arg("-fopenmp")
                    .arg(&src)
                    .arg("-o")
                    .arg(dir.join("probe"))
                    .output()
                    .is_ok_and(|o| o.status.success());
        std::fs::remove_dir_all(&dir).ok();
        ok
    })
}

/// Whether a program's build reads the user's C: headers of extern blocks,
/// or sources and libraries named for the link.
pub(crate) fn uses_c_code(modules: &[&lir::Module], link: &LinkOptions) -> bool {
    !link.is_empty() || modules.iter().any(|m| !m.includes.is_empty())
}

/// As [`compiler_outcome`], for a build that includes the user's headers or
/// links the user's C: the C compiler or linker may reject *them* (a
/// declaration that does not match its header, a library not given), so a
/// failure is reported as the user's to fix, with exit status 2.
pub(crate) fn user_c_outcome(result: std::io::Result<std::process::Output>, tool: &str) -> Result<(), ToolError> {
    match result {
        Ok(out) if !out.status.success() => Err(ToolError {
            message: format!(
                "the C compiler `{tool}` could not build the program with the C code it uses\n{}\nhelp: check that the declarations of the `cdef extern` blocks match their headers, and name the include directories (-I), C sources and libraries (-L, -l) the program needs",
                String::from_utf8_lossy(&out.stderr).trim_end()
            ),
            status: 2,
        }),
        other => compiler_outcome(other, tool, "C", "install a C compiler (gcc or clang), or set CC"),
    }
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

/// What a C program links after its sources and the runtime library: the
/// C library's math and threads, and dead-section removal (the library is
/// one object; the linker keeps only what the program calls).
pub const C_LINK_FLAGS: &[&str] = if cfg!(target_vendor = "apple") {
    &["-Wl,-dead_strip", "-lm", "-lpthread"]
} else {
    &["-Wl,--gc-sections", "-lm", "-lpthread"]
};

/// The one `cc` line that builds a C program from `sources` (which include
/// the headers in `include`) and the runtime library `lib`.
pub fn c_link_line(include: &str, sources: &str, lib: &Path) -> String {
    format!("cc -O2 -fwrapv -I {include} {sources} \"{}\" {} -o main", lib.display(), C_LINK_FLAGS.join(" "))
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

/// The runtime crate's `src/` files inside this binary: (path, text).
pub(crate) fn embedded_runtime_sources() -> &'static [(&'static str, &'static str)] {
    embedded::RUNTIME_SOURCES
}

/// The runtime of this compiler's sources, built once per user: its
/// product in the cache, made with cargo (offline: the runtime has no
/// required dependencies) the first time it is needed.
fn cached_runtime(flavour: Flavour) -> Result<PathBuf, ToolError> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    embedded::RUNTIME_SOURCES.hash(&mut hasher);
    // The rlib keeps std (Rust output is a std program); the static library
    // for C is the crate without its `std` feature: `#![no_std]` + alloc over
    // the C library, so a C program carries no std panic or backtrace code.
    let (kind, file, features, profile) = match flavour {
        Flavour::Rlib => ("rlib", "libcytrus_runtime.rlib", "default = [\"std\"]", ""),
        Flavour::Staticlib => (
            "staticlib",
            "libcytrus_runtime.a",
            "default = []",
            "\n[profile.release]\nopt-level = \"z\"\nlto = true\ncodegen-units = 1\npanic = \"abort\"\nstrip = \"debuginfo\"\n",
        ),
    };
    let manifest = format!(
        "[package]\nname = \"cytrus-runtime\"\nversion = \"{}\"\nedition = \"2021\"\n\n[lib]\ncrate-type = [\"{kind}\"]\n\n[features]\n{features}\nstd = []\nndarray = []\n{profile}\n[workspace]\n",
        env!("CARGO_PKG_VERSION")
    );
    manifest.hash(&mut hasher);
    let dir =
        runtime_cache_dir().join(format!("runtime-{}-{:016x}", env!("CARGO_PKG_VERSION"), hasher.finish())).join(kind);
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
            std::fs::write(staging.join("Cargo.toml"), &manifest)
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

/// What a Python interpreter says about the extension modules it imports.
#[derive(Debug, Clone)]
pub struct PythonConfig {
    /// The interpreter asked.
    pub exe: PathBuf,
    /// `sysconfig.get_config_var('EXT_SUFFIX')`: `.cpython-311-x86_64-linux-gnu.so`.
    pub ext_suffix: String,
    /// Where `Python.h` is.
    pub include: PathBuf,
}

/// Asks `exe` (default: `python3` on `PATH`) for its extension suffix and headers.
pub fn python_config(exe: Option<&Path>) -> Result<PythonConfig, ToolError> {
    let exe = exe.map_or_else(|| PathBuf::from("python3"), Path::to_path_buf);
    let out = Command::new(&exe)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX')); print(sysconfig.get_paths()['include'])",
        ])
        .output()
        .map_err(|e| ToolError {
            message: format!(
                "cannot run the Python interpreter `{}`: {e}\nhelp: put python3 on PATH, or name one with --python-exe",
                exe.display()
            ),
            status: 3,
        })?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    match (out.status.success(), lines.next(), lines.next()) {
        (true, Some(suffix), Some(include)) if !suffix.is_empty() && suffix != "None" => {
            let include = PathBuf::from(include);
            if !include.join("Python.h").is_file() {
                return Err(ToolError {
                    message: format!(
                        "Python.h is not in {} (the headers of `{}`)\nhelp: install the Python development headers (python3-dev)",
                        include.display(),
                        exe.display()
                    ),
                    status: 3,
                });
            }
            Ok(PythonConfig { exe, ext_suffix: suffix.to_string(), include })
        }
        _ => Err(ToolError {
            message: format!(
                "`{}` did not report its extension suffix and include directory\n{}",
                exe.display(),
                String::from_utf8_lossy(&out.stderr).trim_end()
            ),
            status: 3,
        }),
    }
}

/// Builds `module` as a Python extension module `DIR/NAME<EXT_SUFFIX>`
/// through C, with the modules it cimports (`before`, run first) compiled
/// in. Returns the path written.
pub fn build_python_c(
    module: &lir::Module,
    before: &[&lir::Module],
    dir: &Path,
    python: &PythonConfig,
    link: &LinkOptions,
) -> Result<PathBuf, ToolError> {
    let work = scratch_dir(&module.name)
        .map_err(|e| ToolError { message: format!("cannot create a build directory: {e}"), status: 3 })?;
    let cannot_write = |e: std::io::Error| ToolError { message: format!("cannot write C output: {e}"), status: 3 };
    let mut sources = Vec::new();
    for m in before.iter().copied() {
        sources.push(write_c(m, &work).map_err(cannot_write)?[0].clone());
    }
    // The wrapper includes the module's own C.
    write_c(module, &work).map_err(cannot_write)?;
    let wrapper = work.join(format!("{}_python.c", module.name));
    std::fs::write(&wrapper, c::python::python_source(module, before)).map_err(cannot_write)?;
    std::fs::create_dir_all(dir)
        .map_err(|e| ToolError { message: format!("cannot create {}: {e}", dir.display()), status: 3 })?;
    let output = dir.join(format!("{}{}", module.name, python.ext_suffix));
    let lib = runtime_library()?;
    let cc = c_compiler();
    let mut command = Command::new(&cc);
    command
        .args(["-O2", "-fwrapv", "-std=gnu11", "-w", "-fPIC", "-shared"])
        .arg("-I")
        .arg(&work)
        .arg("-I")
        .arg(&python.include);
    for d in &link.include_dirs {
        command.arg("-I").arg(d);
    }
    command.args(&sources).arg(&wrapper).args(&link.c_sources).arg(&lib);
    for d in &link.lib_dirs {
        command.arg("-L").arg(d);
    }
    for l in &link.libs {
        command.arg(format!("-l{l}"));
    }
    // Only PyInit_NAME is the module's business: the runtime's symbols stay inside.
    let result = command.args(["-Wl,--exclude-libs,ALL", "-lpthread", "-ldl", "-lm", "-o"]).arg(&output).output();
    let mut modules: Vec<&lir::Module> = before.to_vec();
    modules.push(module);
    let outcome = if uses_c_code(&modules, link) {
        user_c_outcome(result, &cc)
    } else {
        compiler_outcome(result, &cc, "C", "install a C compiler (gcc or clang), or set CC")
    };
    if outcome.is_ok() {
        std::fs::remove_dir_all(&work).ok();
    }
    outcome.map(|()| output)
}
