//! cytrus: a compiler from the typed subset of Cython to C and Rust.
//!
//! The front door is [`check_source`] (and, as later passes land, the
//! functions beside it): source text in, checked program or a [`Report`] of
//! diagnostics out. The CLI, the build.rs API and the tests all go through it.

pub mod annotate;
pub mod backend;
pub mod build;
pub mod diag;
pub mod driver;
pub mod lir;
pub mod lower;
pub mod modules;
mod stack;
pub mod tir;
pub mod typeck;

pub use cytrus_grammar::ast;
pub use diag::{ColorMode, Report};

/// Maps and sets keyed by names and ids: Fx hashing, as rustc uses. The
/// keys are the compiler's own, so SipHash's defence against chosen keys buys
/// nothing, and it was a tenth of a small module's translation.
pub(crate) type HashMap<K, V> = rustc_hash::FxHashMap<K, V>;
pub(crate) type HashSet<T> = rustc_hash::FxHashSet<T>;

/// A source file that passed every check: its AST, its typed IR, and the
/// `.pxd` files read with it.
#[derive(Debug)]
pub struct Checked {
    pub module: ast::Module,
    pub tir: tir::Module,
    pub sources: modules::Sources,
}

/// Parses and checks one file held in memory. `name` is how diagnostics name
/// it, and its path: its own `.pxd` and the `.pxd` files it cimports are
/// read beside it.
pub fn check_source(name: &str, source: &str) -> Result<Checked, Report> {
    check_source_in(name, source, &[])
}

/// As [`check_source`], also searching `include` for cimported `.pxd` files.
pub fn check_source_in(name: &str, source: &str, include: &[std::path::PathBuf]) -> Result<Checked, Report> {
    let module = match cytrus_grammar::parse_module(source) {
        Ok(module) => module,
        Err(errors) => return Err(Report::new(name, source, errors.iter().map(|e| e.to_diagnostic(())).collect())),
    };
    let (sources, problems) = modules::load(name, source, &module, include);
    let report = |diagnostics| {
        let mut report = Report::new(name, source, diagnostics);
        for f in &sources.files[1..] {
            report.add_file(f.base, &f.name, &f.text);
        }
        report
    };
    if !problems.is_empty() {
        return Err(report(problems));
    }
    match typeck::check_module_with(&module_name(name), &module, &sources) {
        Ok(tir) => Ok(Checked { module, tir, sources }),
        Err(errors) => Err(report(errors.iter().map(|e| e.to_diagnostic(())).collect())),
    }
}

/// The module name of a file: its stem (`kernels/saxpy.pyx` → `saxpy`).
pub fn module_name(path: &str) -> String {
    let file = path.rsplit(['/', '\\']).next().unwrap_or(path);
    file.strip_suffix(".pyx").unwrap_or(file).to_string()
}

/// Checks raw bytes: a file that is not UTF-8 gets a diagnostic, not a panic.
pub fn check_bytes(name: &str, bytes: &[u8]) -> Result<Checked, Report> {
    check_bytes_in(name, bytes, &[])
}

/// As [`check_bytes`], also searching `include` for cimported `.pxd` files.
pub fn check_bytes_in(name: &str, bytes: &[u8], include: &[std::path::PathBuf]) -> Result<Checked, Report> {
    match std::str::from_utf8(bytes) {
        Ok(source) => check_source_in(name, source, include),
        Err(e) => {
            let shown = String::from_utf8_lossy(bytes).into_owned();
            // Lossy decoding keeps every byte before the first invalid one.
            let at = e.valid_up_to();
            Err(Report::new(name, &shown, vec![diag::not_utf8(at, shown.len())]))
        }
    }
}
