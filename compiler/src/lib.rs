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
    let (module, syntax_errors) = cytrus_grammar::parse_module_recovering(source);
    if syntax_errors.is_empty() {
        let mut module = module.expect("a tree when there are no syntax errors");
        let (sources, problems) = modules::load(name, source, &mut module, include);
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
        return match typeck::check_module_with(&module_name(name), &module, &sources) {
            Ok(tir) => Ok(Checked { module, tir, sources }),
            Err(errors) => Err(report(errors.iter().map(|e| e.to_diagnostic(())).collect())),
        };
    }
    // One run lists every problem of the file: the syntax errors, and what
    // checking the rest of the recovered tree finds, in source order.
    let mut found: Vec<(usize, codespan_reporting::diagnostic::Diagnostic<()>)> =
        syntax_errors.iter().map(|e| (e.span().start, e.to_diagnostic(()))).collect();
    let mut sources = modules::Sources::single(name, source);
    if let Some(mut module) = module {
        let (read, problems) = modules::load(name, source, &mut module, include);
        sources = read;
        found.extend(problems.into_iter().map(|d| (d.labels.first().map_or(0, |l| l.range.start), d)));
        if let Err(errors) = typeck::check_module_with(&module_name(name), &module, &sources) {
            let unparsed = unparsed_words(source, &syntax_errors);
            let line_of = |at: usize| source[..at.min(source.len())].matches('\n').count();
            let error_lines: HashSet<usize> = syntax_errors.iter().map(|e| line_of(e.span().start)).collect();
            for e in errors {
                // A name declared on a line that did not parse is unknown later: its echo.
                if e.unknown_name().is_some_and(|n| unparsed.contains(n)) {
                    continue;
                }
                let d = e.to_diagnostic(());
                let start = d.labels.first().map_or(0, |l| l.range.start);
                // So is what checking finds on such a line.
                if error_lines.contains(&line_of(start)) {
                    continue;
                }
                found.push((start, d));
            }
        }
    }
    found.sort_by_key(|(start, _)| *start);
    let mut report = Report::new(name, source, found.into_iter().map(|(_, d)| d).collect());
    for f in &sources.files[1..] {
        report.add_file(f.base, &f.name, &f.text);
    }
    Err(report)
}

/// The words on the lines where the parser found errors.
fn unparsed_words(source: &str, errors: &[cytrus_grammar::SyntaxError]) -> HashSet<String> {
    let mut words = HashSet::default();
    for e in errors {
        let span = e.span();
        let start = source[..span.start.min(source.len())].rfind('\n').map_or(0, |i| i + 1);
        let end = source[span.end.min(source.len())..].find('\n').map_or(source.len(), |i| span.end + i);
        for w in source[start..end].split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            if !w.is_empty() {
                words.insert(w.to_string());
            }
        }
    }
    words
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

/// Why Python cannot call some exported functions of `module` (E0320), for
/// `cytrus build --python`: a parameter or result with no conversion to or
/// from a Python object, or a default that is not a constant. `source` is
/// the module's `.pyx` text; each diagnostic points at the function's header.
pub fn python_diagnostics(module: &lir::Module, source: &str) -> Vec<codespan_reporting::diagnostic::Diagnostic<()>> {
    use codespan_reporting::diagnostic::{Diagnostic, Label};
    let mut out = Vec::new();
    for f in module.functions.iter().filter(|f| f.visibility == lir::Visibility::Exported && f.linkage.is_defined()) {
        let Some(reason) = f.interface.as_deref().and_then(|i| i.python.unsupported.as_ref()) else { continue };
        let start: usize = source.split_inclusive('\n').take(f.line.saturating_sub(1) as usize).map(str::len).sum();
        let end = source[start.min(source.len())..].find('\n').map_or(source.len(), |n| start + n);
        out.push(
            Diagnostic::error()
                .with_code("E0320")
                .with_message(format!("`{}` cannot be called from Python: {reason}", f.name))
                .with_labels(vec![Label::primary((), start.min(source.len())..end)])
                .with_notes(vec![
                    "help: make it a `cdef` function, or give it parameters of C number, `bint` or memoryview types"
                        .to_string(),
                ]),
        );
    }
    for f in &module.python_fused {
        let Some(reason) = &f.unsupported else { continue };
        let start: usize = source.split_inclusive('\n').take(f.line.saturating_sub(1) as usize).map(str::len).sum();
        let end = source[start.min(source.len())..].find('\n').map_or(source.len(), |n| start + n);
        out.push(
            Diagnostic::error()
                .with_code("E0470")
                .with_message(format!("fused function `{}` cannot be called from Python: {reason}", f.name))
                .with_labels(vec![Label::primary((), start.min(source.len())..end)])
                .with_notes(vec!["help: make it a `cdef` function, or give the fused type number members".to_string()]),
        );
    }
    out
}
