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
    /// The `.pxd` of each project module cimported, directly or not, by
    /// its package-qualified name (`pkg.sub._heap`; a module outside any
    /// package by its plain name).
    pub cimported: HashMap<String, Pxd>,
    /// What each cimport's module name (by its span's start) resolved to:
    /// a key of `cimported`.
    pub resolved: HashMap<usize, String>,
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

    /// The key in `cimported` of the module a cimport statement names.
    pub fn module_key(&self, module: &ast::DottedName) -> String {
        self.resolved.get(&module.span.start).cloned().unwrap_or_else(|| module.text())
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
    module: &mut ast::Module,
    search: &[PathBuf],
) -> (Sources, Vec<codespan_reporting::diagnostic::Diagnostic<()>>) {
    let mut loader = Loader {
        sources: Sources::single(name, text),
        search: search.to_vec(),
        home: Path::new(name).parent().map(Path::to_path_buf).unwrap_or_default(),
        diagnostics: Vec::new(),
        stack: Vec::new(),
    };
    let pyx_path = Path::new(name).to_path_buf();
    let mut chain = vec![(pyx_path.canonicalize().unwrap_or_else(|_| pyx_path.clone()), name.to_string())];
    loader.expand_includes(module, &pyx_path, &mut chain);
    split_module_cimports(module, &pyx_path);
    let own_path = Path::new(name).with_extension("pxd");
    let mut own_cimports = Vec::new();
    if name.ends_with(".pyx") && own_path.is_file() {
        let stem = crate::module_name(name);
        if let Some(pxd) = loader.read(&stem, &own_path, None) {
            own_cimports = cimports(&pxd.ast);
            loader.sources.own = Some(pxd);
        }
    }
    loader.stack.push(qualified_name(&pyx_path));
    for (module, span) in cimports(&*module).into_iter().chain(own_cimports) {
        loader.cimport(&module, span, &pyx_path);
    }
    (loader.sources, loader.diagnostics)
}

/// `from . cimport a, b as c` (or `from .sub cimport a`, `from pkg.sub
/// cimport a`) naming modules of a package (`a.pxd` in the package's
/// directory, `..` one package up) rather than names of a `.pxd`: Cython
/// cimports each module under its name (or alias), as `cimport pkg.a as a`
/// would. The statement becomes one module cimport a name when the package
/// has no `.pxd` of its own and every name is a module; otherwise it stays
/// (`from . cimport NAME` of a name is refused as E0461).
fn split_module_cimports(ast: &mut ast::Module, file: &Path) {
    if !ast.body.iter().any(|s| matches!(s.kind, ast::StmtKind::FromCimport { .. })) {
        return;
    }
    let (packages, root) = packages_of(file);
    let from_dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
    for stmt in std::mem::take(&mut ast.body) {
        let ast::StmtKind::FromCimport { module, names } = &stmt.kind else {
            ast.body.push(stmt);
            continue;
        };
        let text = module.text();
        if is_cython_module(&text) {
            ast.body.push(stmt);
            continue;
        }
        // The package directories the name can stand for.
        let mut dirs: Vec<PathBuf> = Vec::new();
        if text.starts_with('.') {
            let dots = text.len() - text.trim_start_matches('.').len();
            if dots <= packages.len() {
                let mut dir = root.clone();
                for p in &packages[..packages.len() - (dots - 1)] {
                    dir.push(p);
                }
                for part in text[dots..].split('.').filter(|p| !p.is_empty()) {
                    dir.push(part);
                }
                dirs.push(dir);
            }
        } else {
            for base in [&root, &from_dir] {
                let mut dir = base.clone();
                for part in text.split('.') {
                    dir.push(part);
                }
                dirs.push(dir);
            }
        }
        let package = dirs.into_iter().find(|d| {
            let own = d.with_extension("pxd");
            is_package(d) && !(own.is_file() && d.file_name().is_some())
        });
        let Some(package) = package else {
            ast.body.push(stmt);
            continue;
        };
        let all_modules =
            names.iter().all(|n| n.name.name != "*" && package.join(format!("{}.pxd", n.name.name)).is_file());
        if !all_modules {
            ast.body.push(stmt);
            continue;
        }
        // `.` is the parts ["", ""]: the trailing empty part goes.
        let mut prefix = module.parts.clone();
        if prefix.len() > 1 && prefix.last().is_some_and(|p| p.name.is_empty()) {
            prefix.pop();
        }
        for item in names {
            let mut parts = prefix.clone();
            parts.push(item.name.clone());
            let module = ast::DottedName { parts, span: item.name.span };
            let alias = Some(item.alias.clone().unwrap_or_else(|| item.name.clone()));
            ast.body.push(ast::Stmt { kind: ast::StmtKind::Cimport { module, alias }, span: stmt.span });
        }
    }
}

/// A directory Cython takes for a package: it holds an `__init__` file.
fn is_package(dir: &Path) -> bool {
    ["__init__.py", "__init__.pyx", "__init__.pxd"].iter().any(|f| dir.join(f).is_file())
}

/// The packages `file` is in, outermost first (`["pkg", "sub"]` for
/// `pkg/sub/m.pyx` when `pkg/` and `pkg/sub/` are packages), and the
/// directory that holds the outermost (the root its absolute names start at).
fn packages_of(file: &Path) -> (Vec<String>, PathBuf) {
    let mut dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut names = Vec::new();
    loop {
        let shown = if dir.as_os_str().is_empty() { Path::new(".") } else { dir.as_path() };
        if !is_package(shown) {
            break;
        }
        // `a/b` is named by its last part; `.`, `..` and the working
        // directory only through their full path.
        let named = match (dir.file_name(), dir.parent()) {
            (Some(n), Some(parent))
                if !matches!(dir.components().next_back(), Some(std::path::Component::ParentDir)) =>
            {
                Some((n.to_string_lossy().into_owned(), parent.to_path_buf()))
            }
            _ => shown
                .canonicalize()
                .ok()
                .and_then(|d| Some((d.file_name()?.to_string_lossy().into_owned(), d.parent()?.to_path_buf()))),
        };
        let Some((name, parent)) = named else { break };
        names.push(name);
        dir = parent;
    }
    names.reverse();
    (names, dir)
}

/// A file's module name qualified by its packages (`pkg.sub._heap`).
fn qualified_name(file: &Path) -> String {
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let (mut names, _) = packages_of(file);
    names.push(stem);
    names.join(".")
}

/// A directory as the diagnostics name it.
fn show_dir(d: &Path) -> String {
    if d.as_os_str().is_empty() {
        ".".to_string()
    } else {
        d.display().to_string()
    }
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

    /// Splices the statements of each top-level `include "F"` of `ast` (read
    /// from `file`) in its place, as Cython includes text: `F` is looked
    /// for beside `file`, then in the `-I` directories; its spans stay its
    /// own (it is a file of [`Sources::files`]). `chain` holds the files
    /// being included, outermost first.
    fn expand_includes(&mut self, ast: &mut ast::Module, file: &Path, chain: &mut Vec<(PathBuf, String)>) {
        if !ast.body.iter().any(|s| matches!(s.kind, ast::StmtKind::Include { .. })) {
            return;
        }
        for stmt in std::mem::take(&mut ast.body) {
            let ast::StmtKind::Include { path, span } = &stmt.kind else {
                ast.body.push(stmt);
                continue;
            };
            let mut dirs = vec![file.parent().map(Path::to_path_buf).unwrap_or_default()];
            dirs.extend(self.search.iter().cloned());
            let Some(found) = dirs.iter().map(|d| d.join(path)).find(|p| p.is_file()) else {
                self.error(SemanticError::IncludeNotFound {
                    span: *span,
                    path: path.clone(),
                    searched: dirs.iter().map(|d| show_dir(d)).collect(),
                });
                continue;
            };
            let canonical = found.canonicalize().unwrap_or_else(|_| found.clone());
            if let Some(at) = chain.iter().position(|(f, _)| *f == canonical) {
                let mut cycle: Vec<String> = chain[at..].iter().map(|(_, shown)| format!("`{shown}`")).collect();
                cycle.push(format!("`{}`", found.display()));
                self.error(SemanticError::IncludeCycle { span: *span, cycle: cycle.join(" → ") });
                continue;
            }
            let Some((_, mut included)) = self.parse_file(&found) else { continue };
            chain.push((canonical, found.display().to_string()));
            self.expand_includes(&mut included, &found, chain);
            chain.pop();
            ast.nesting = ast.nesting.max(included.nesting);
            ast.body.extend(included.body);
        }
    }

    /// Reads and parses one file into [`Sources::files`]: its index and
    /// tree, `None` (reported) when it cannot be.
    fn parse_file(&mut self, path: &Path) -> Option<(usize, ast::Module)> {
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
            Ok(ast) => Some((file, ast)),
            Err(errors) => {
                self.diagnostics.extend(errors.iter().map(|e| e.to_diagnostic(())));
                None
            }
        }
    }

    /// Reads and parses one `.pxd` (its includes spliced in); `None`
    /// (reported) when it cannot be.
    fn read(&mut self, module: &str, path: &Path, _cimported_at: Option<Span>) -> Option<Pxd> {
        let (file, mut ast) = self.parse_file(path)?;
        let mut chain = vec![(path.canonicalize().unwrap_or_else(|_| path.to_path_buf()), path.display().to_string())];
        self.expand_includes(&mut ast, path, &mut chain);
        split_module_cimports(&mut ast, path);
        let pyx = path.with_extension("pyx");
        Some(Pxd { module: module.to_string(), file, ast, pyx: pyx.is_file().then_some(pyx) })
    }

    /// Finds, reads and follows the `.pxd` of `module` (as written: `x`,
    /// `a.b.x`, `.x`, `..a.x`), cimported at `span` from the file `from`.
    /// A plain name is looked for beside the `.pyx`, then beside `from`,
    /// then in the `-I` directories; a dotted one as `a/b/x.pxd` under the
    /// root of `from`'s packages, then of the `.pyx`'s, then the `-I`
    /// directories; a relative one in `from`'s package, dots going up.
    fn cimport(&mut self, module: &str, span: Span, from: &Path) {
        let Some((parts, dirs)) = self.candidates(module, span, from) else { return };
        let file = format!("{}.pxd", parts.join("/"));
        let Some(path) = dirs.iter().map(|d| d.join(&file)).find(|p| p.is_file()) else {
            self.error(SemanticError::ModuleNotFound {
                span,
                module: parts.join("/"),
                searched: dirs.iter().map(|d| show_dir(d)).collect(),
            });
            return;
        };
        let key = qualified_name(&path);
        self.sources.resolved.insert(span.start, key.clone());
        // A module cimporting its own `.pxd` (`from .m cimport f` in
        // `m.pyx`): its names are the module's already.
        if self.stack.first() == Some(&key) && self.sources.own.is_some() {
            return;
        }
        if let Some(at) = self.stack.iter().position(|m| *m == key) {
            let mut cycle: Vec<String> = self.stack[at..].iter().map(|m| format!("`{m}`")).collect();
            cycle.push(format!("`{key}`"));
            self.error(SemanticError::CimportCycle { span, cycle: cycle.join(" → ") });
            return;
        }
        if self.sources.cimported.contains_key(&key) {
            return;
        }
        let stem = parts.last().cloned().unwrap_or_default();
        let Some(pxd) = self.read(&stem, &path, Some(span)) else { return };
        let inner = cimports(&pxd.ast);
        self.sources.cimported.insert(key.clone(), pxd);
        self.stack.push(key);
        for (m, s) in inner {
            self.cimport(&m, s, &path);
        }
        self.stack.pop();
    }

    /// The path parts of `module`'s `.pxd` and the directories to look for
    /// it in; `None` (reported) for a relative name that cannot be.
    fn candidates(&mut self, module: &str, span: Span, from: &Path) -> Option<(Vec<String>, Vec<PathBuf>)> {
        let from_dir = from.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut dirs = Vec::new();
        let parts: Vec<String>;
        if module.starts_with('.') {
            let dots = module.len() - module.trim_start_matches('.').len();
            let rest: Vec<String> = module[dots..].split('.').filter(|p| !p.is_empty()).map(str::to_string).collect();
            if rest.is_empty() {
                self.error(SemanticError::RelativeWithoutModule { span });
                return None;
            }
            let (packages, root) = packages_of(from);
            if dots > packages.len() {
                self.error(SemanticError::RelativeBeyondTop {
                    span,
                    module: module.to_string(),
                    package: packages.join("."),
                });
                return None;
            }
            let mut p: Vec<String> = packages[..packages.len() - (dots - 1)].to_vec();
            p.extend(rest);
            parts = p;
            dirs.push(root);
        } else if module.contains('.') {
            parts = module.split('.').map(str::to_string).collect();
            dirs.push(packages_of(from).1);
            dirs.push(packages_of(&self.home.join("_")).1);
            dirs.push(from_dir);
            dirs.push(self.home.clone());
            dirs.extend(self.search.iter().cloned());
        } else {
            parts = vec![module.to_string()];
            dirs.push(self.home.clone());
            dirs.push(from_dir);
            dirs.extend(self.search.iter().cloned());
        }
        let mut unique: Vec<PathBuf> = Vec::new();
        for d in dirs {
            if !unique.contains(&d) {
                unique.push(d);
            }
        }
        Some((parts, unique))
    }
}
