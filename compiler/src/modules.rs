//! Finds and parses the `.pxd` files a module reads, as Cython finds them:
//! its own `NAME.pxd` beside `NAME.pyx`, and for every `cimport X` or
//! `from X cimport …` of a project module, `X.pxd` in the `.pyx` file's
//! directory (then the directory of the `.pxd` that cimports it, then the
//! `-I` directories), transitively. Cython's own modules (`cython`, `libc`,
//! `cpython`, `numpy`, …) are not files here: the checker knows them.
//!
//! Every file gets its own range of span offsets (the `.pyx` file starts at
//! 0, each `.pxd` after the end of the files before it), so one span says
//! which file it is in: [`crate::Report`] renders each label in its file,
//! and lowering finds the line in the right one.
//!
//! `from _heap cimport heap_push` in `kernels/knn.pyx` → reads
//! `kernels/_heap.pxd` (and `_typedefs.pxd`, which it cimports), and notes
//! `kernels/_heap.pyx`: the program compiles it too.

use std::path::{Path, PathBuf};

use cytrus_grammar::ast::{self, Span};

use crate::typeck::SemanticError;
use crate::HashMap;

/// A source file of a module's check, and the offset its spans start at.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// As diagnostics name it (the path as given or found).
    pub name: String,
    pub text: String,
    pub base: usize,
}

/// A parsed `.pxd` file.
#[derive(Debug)]
pub struct Pxd {
    /// The module it declares (`_heap`).
    pub module: String,
    /// Its index in [`Sources::files`].
    pub file: usize,
    pub ast: ast::Module,
    /// `NAME.pyx` beside it: where its non-inline functions are defined.
    pub pyx: Option<PathBuf>,
}

/// What one module's check reads besides its `.pyx`.
#[derive(Debug, Default)]
pub struct Sources {
    /// Every file read, the `.pyx` first (at offset 0).
    pub files: Vec<SourceFile>,
    /// The module's own `.pxd`, if it has one.
    pub own: Option<Pxd>,
    /// The `.pxd` of each project module cimported, directly or not.
    pub cimported: HashMap<String, Pxd>,
}

impl Sources {
    /// A module read from memory alone: no `.pxd` files.
    pub fn single(name: &str, text: &str) -> Sources {
        Sources {
            files: vec![SourceFile { name: name.to_string(), text: text.to_string(), base: 0 }],
            ..Sources::default()
        }
    }

    /// The modules with a `.pyx` that this module cimports (the program
    /// compiles them too), in the order first cimported.
    pub fn cimported_pyx(&self) -> Vec<(String, PathBuf)> {
        let mut list: Vec<(usize, String, PathBuf)> =
            self.cimported.values().filter_map(|p| p.pyx.clone().map(|pyx| (p.file, p.module.clone(), pyx))).collect();
        list.sort();
        list.into_iter().map(|(_, m, p)| (m, p)).collect()
    }

    /// The file a span is in, and the line (from 1) it starts on.
    pub fn locate(&self, span: Span) -> (&SourceFile, u32) {
        let file = self.files.iter().rev().find(|f| span.start >= f.base).unwrap_or(&self.files[0]);
        let offset = (span.start - file.base).min(file.text.len());
        let line = file.text.as_bytes()[..offset].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        (file, line)
    }
}

/// The modules Cython provides: the checker knows them, no file is read.
pub fn is_cython_module(module: &str) -> bool {
    let first = module.split('.').next().unwrap_or(module);
    matches!(first, "cython" | "libc" | "cpython" | "numpy" | "libcpp" | "posix")
}

/// Parses `text` as a file whose spans start at `base`.
fn parse_at(text: &str, base: usize) -> Result<ast::Module, Vec<cytrus_grammar::SyntaxError>> {
    if base == 0 {
        return cytrus_grammar::parse_module(text);
    }
    // Blank lines before the text: every position moves by `base`, and
    // nothing else changes (the layout ignores blank lines).
    let mut shifted = String::with_capacity(base + text.len());
    shifted.extend(std::iter::repeat_n('\n', base));
    shifted.push_str(text);
    cytrus_grammar::parse_module(&shifted)
}

/// Reads what the module `name` (a `.pyx` path, whose text is `text` and
/// whose AST is `module`) needs: its own `.pxd` and the `.pxd` files it
/// cimports. `search` are the `-I` directories. Problems (a module not
/// found, a cycle, a `.pxd` that does not parse) are returned as
/// diagnostics into the files read.
pub fn load(
    name: &str,
    text: &str,
    module: &ast::Module,
    search: &[PathBuf],
) -> (Sources, Vec<codespan_reporting::diagnostic::Diagnostic<()>>) {
    let mut loader = Loader {
        sources: Sources::single(name, text),
        search: search.to_vec(),
        home: Path::new(name).parent().map(Path::to_path_buf).unwrap_or_default(),
        diagnostics: Vec::new(),
        stack: Vec::new(),
    };
    let own_path = Path::new(name).with_extension("pxd");
    let mut own_cimports = Vec::new();
    if name.ends_with(".pyx") && own_path.is_file() {
        let stem = crate::module_name(name);
        if let Some(pxd) = loader.read(&stem, &own_path, None) {
            own_cimports = cimports(&pxd.ast);
            loader.sources.own = Some(pxd);
        }
    }
    loader.stack.push(crate::module_name(name));
    for (module, span) in cimports(module).into_iter().chain(own_cimports) {
        loader.cimport(&module, span, None);
    }
    (loader.sources, loader.diagnostics)
}

/// The project modules a file cimports, with the span of each cimport.
fn cimports(module: &ast::Module) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for stmt in &module.body {
        let dotted = match &stmt.kind {
            ast::StmtKind::Cimport { module, .. } | ast::StmtKind::FromCimport { module, .. } => module,
            _ => continue,
        };
        let text = dotted.text();
        if !is_cython_module(&text) {
            out.push((text, dotted.span));
        }
    }
    out
}

struct Loader {
    sources: Sources,
    search: Vec<PathBuf>,
    /// The `.pyx` file's directory.
    home: PathBuf,
    diagnostics: Vec<codespan_reporting::diagnostic::Diagnostic<()>>,
    /// The modules whose `.pxd` is being read, outermost first.
    stack: Vec<String>,
}

impl Loader {
    fn error(&mut self, e: SemanticError) {
        self.diagnostics.push(e.to_diagnostic(()));
    }

    /// Reads and parses one `.pxd`; `None` (reported) when it cannot be.
    fn read(&mut self, module: &str, path: &Path, _cimported_at: Option<Span>) -> Option<Pxd> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                self.diagnostics.push(crate::diag::plain_error(format!("cannot read `{}`: {e}", path.display())));
                return None;
            }
        };
        let last = self.sources.files.last().expect("the .pyx is first");
        let base = last.base + last.text.len() + 1;
        let file = self.sources.files.len();
        self.sources.files.push(SourceFile { name: path.display().to_string(), text: text.clone(), base });
        match parse_at(&text, base) {
            Ok(ast) => {
                let pyx = path.with_extension("pyx");
                Some(Pxd { module: module.to_string(), file, ast, pyx: pyx.is_file().then_some(pyx) })
            }
            Err(errors) => {
                self.diagnostics.extend(errors.iter().map(|e| e.to_diagnostic(())));
                None
            }
        }
    }

    /// Finds, reads and follows `module`'s `.pxd`, cimported at `span` from
    /// the file in `from` (a directory to search first after the `.pyx`'s).
    fn cimport(&mut self, module: &str, span: Span, from: Option<PathBuf>) {
        if let Some(at) = self.stack.iter().position(|m| m == module) {
            let mut cycle: Vec<String> = self.stack[at..].iter().map(|m| format!("`{m}`")).collect();
            cycle.push(format!("`{module}`"));
            self.error(SemanticError::CimportCycle { span, cycle: cycle.join(" → ") });
            return;
        }
        if self.sources.cimported.contains_key(module) {
            return;
        }
        if module.contains('.') {
            self.error(SemanticError::Unsupported {
                span,
                what: "cimports from packages",
                instead: "cytrus finds a cimported module by its plain name (`_heap` for `_heap.pxd`): add its directory with `-I DIR`",
            });
            return;
        }
        let mut dirs = vec![self.home.clone()];
        dirs.extend(from);
        dirs.extend(self.search.iter().cloned());
        dirs.dedup();
        let file = format!("{module}.pxd");
        let Some(path) = dirs.iter().map(|d| d.join(&file)).find(|p| p.is_file()) else {
            let searched = dirs
                .iter()
                .map(|d| if d.as_os_str().is_empty() { ".".to_string() } else { d.display().to_string() })
                .collect();
            self.error(SemanticError::ModuleNotFound { span, module: module.to_string(), searched });
            return;
        };
        let Some(pxd) = self.read(module, &path, Some(span)) else { return };
        let inner = cimports(&pxd.ast);
        let dir = path.parent().map(Path::to_path_buf);
        self.sources.cimported.insert(module.to_string(), pxd);
        self.stack.push(module.to_string());
        for (m, s) in inner {
            self.cimport(&m, s, dir.clone());
        }
        self.stack.pop();
    }
}
