//! `.pxd` files: the module's own (declarations its `.pyx` then defines,
//! shared with other modules), and those of cimported project modules.
//!
//! A cimported `X.pxd` is declared once, in a scope of its own (its
//! cimports, typedefs, fused types, extern blocks and functions), which
//! `from X cimport f` copies names from and `cimport X` binds as `X.f`.
//! Its `cdef` functions become functions of this module with
//! [`Linkage::Cimported`] (compiled in `X.pyx`), its `cdef inline`
//! functions are compiled here ([`Linkage::PxdInline`]), their bodies
//! checked in the `.pxd`'s scope with its directives.
//!
//! The module's own `NAME.pxd` is declared first, into the module's scope:
//! a function it declares must be defined by the `.pyx` with the same
//! signature (Cython's "Function signature does not match previous
//! declaration"), and becomes [`Linkage::Shared`].
//!
//! `from _heap cimport heap_push` → `heap_push__float`, `heap_push__double`
//! (`Cimported("_heap")`), bound as the fused function `heap_push`.

use cytrus_grammar::ast::{self, Span};

use super::{BodyState, Checker, SemanticError, Symbol};
use crate::modules::Pxd;
use crate::tir::{Directives, FuncId, Linkage, Type};
use crate::HashMap;

/// The names a cimported `.pxd` declares.
pub struct PxdScope {
    pub module: String,
    pub globals: HashMap<String, Symbol>,
    pub typedefs: HashMap<String, (Type, Span)>,
}

/// Index of a scope in [`Checker::scopes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScopeId(pub u32);

impl<'a> Checker<'a> {
    /// The directives a file's `# cython:` comments set (over Cython's defaults).
    fn file_directives(&mut self, comments: &[ast::DirectiveComment]) -> Directives {
        let saved = std::mem::take(&mut self.directives);
        self.module_directives(comments);
        std::mem::replace(&mut self.directives, saved)
    }

    /// Declares the module's own `.pxd` (before its `.pyx`).
    pub(super) fn declare_own_pxd(&mut self, pxd: &'a Pxd) {
        let saved = self.directives;
        self.directives = self.file_directives(&pxd.ast.directives);
        self.declare_pxd_body(pxd, None);
        self.directives = saved;
    }

    /// The declarations of a `.pxd`'s body; `foreign` names the module when
    /// the `.pxd` is another module's.
    fn declare_pxd_body(&mut self, pxd: &'a Pxd, foreign: Option<&str>) {
        // The module's own structs, unions and enums may be declared in its
        // `.pxd` (another module's are not shared yet: their C names differ).
        if foreign.is_none() {
            self.declare_type_names(&pxd.ast.body);
        }
        for stmt in &pxd.ast.body {
            match &stmt.kind {
                ast::StmtKind::Struct(decl) if foreign.is_none() => self.declare_struct(decl),
                ast::StmtKind::Enum(decl) if foreign.is_none() => self.declare_enum(decl),
                // An anonymous enum names integer constants only, which are
                // values wherever they are used: nothing of C to share.
                ast::StmtKind::Enum(decl) if decl.name.is_none() && !decl.cpdef => {
                    self.declare_enum_constants(decl, Type::INT);
                }
                ast::StmtKind::Struct(_) | ast::StmtKind::Enum(_) => self.error(SemanticError::NotInPxd {
                    span: stmt.span,
                    what: "structs, unions and enums shared with other modules (cytrus does not share them yet)",
                    help: "declare them in each module's own `.pxd` or `.pyx`",
                }),
                ast::StmtKind::Cimport { module, alias } => self.cimport(module, alias.as_ref()),
                ast::StmtKind::FromCimport { module, names } => self.cimport_names(module, names),
                ast::StmtKind::CTypedef { ty, name } => self.declare_typedef(ty, name),
                ast::StmtKind::FusedType { name, members } => self.declare_fused_type(name, members),
                ast::StmtKind::Extern(block) => self.declare_extern(block),
                ast::StmtKind::Function(f) => self.declare_pxd_function(f, &pxd.module, foreign, pxd.pyx.is_some()),
                ast::StmtKind::CDecl(_) => self.error(SemanticError::NotInPxd {
                    span: stmt.span,
                    what: "C variable declarations",
                    help: "declare module variables in the `.pyx` file",
                }),
                // Cython accepts a Python import in a `.pxd` and binds nothing
                // with it in the modules that read the `.pxd` (nor in its own
                // `.pyx`, where the name is undefined at run time).
                ast::StmtKind::Import { .. } => {}
                // A docstring.
                ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Str(_), .. })
                | ast::StmtKind::Pass
                | ast::StmtKind::Error => {}
                _ => self.error(SemanticError::NotInPxd {
                    span: stmt.span,
                    what: "executable statements",
                    help: "a `.pxd` declares; put code in the `.pyx` file",
                }),
            }
        }
    }

    /// A function of a `.pxd`: a declaration, or a `cdef inline` definition.
    fn declare_pxd_function(&mut self, f: &'a ast::FunctionDef, module: &str, foreign: Option<&str>, has_pyx: bool) {
        if f.kind == ast::FunctionKind::Def {
            self.error(SemanticError::NotInPxd {
                span: f.name.span,
                what: "`def` functions",
                help: "define it in the `.pyx` file (a `cpdef` function can be declared in the `.pxd`)",
            });
            return;
        }
        // A function other modules call needs its C result type here.
        if f.return_type.is_none() {
            self.error(SemanticError::MissingReturnType { span: f.name.span, name: f.name.name.clone() });
            return;
        }
        if !f.is_declaration() {
            if f.inline.is_none() {
                self.error(SemanticError::NotInPxd {
                    span: f.name.span,
                    what: "function bodies, except those of `cdef inline` functions",
                    help: "declare the function here and define it in the `.pyx` file, or make it `cdef inline`",
                });
                return;
            }
            let first = self.functions.len();
            self.declare_function(f);
            // Compiled here: named by the package-qualified module, so that
            // two packages' modules of one name stay apart.
            if let Some(qualified) = foreign {
                for id in first..self.functions.len() {
                    self.functions[id].linkage = Linkage::PxdInline(qualified.replace('.', "_"));
                }
            }
            return;
        }
        if foreign.is_some() && !has_pyx {
            self.error(SemanticError::NoImplementation {
                span: f.name.span,
                name: f.name.name.clone(),
                module: module.to_string(),
            });
            return;
        }
        let first = self.functions.len();
        self.declare_function(f);
        for id in first..self.functions.len() {
            // Compiled in the `.pyx` beside the `.pxd`, which names its
            // functions by its plain module name.
            self.functions[id].linkage = match foreign {
                Some(_) => Linkage::Cimported(module.to_string()),
                None => Linkage::Shared,
            };
            // Nothing to check here: the body is in the `.pyx` (this one's,
            // which attaches it, or the other module's).
            self.body_state[id] = BodyState::Done;
        }
        if foreign.is_none() {
            self.pending_definitions.insert(f.name.name.clone(), f);
        }
    }

    /// `cdef int f(int x)` without a body in a `.pyx`: Cython 3 reports it as
    /// declared but not defined, even with a definition later in the file
    /// (which then attaches to it without a second error).
    pub(super) fn declare_forward(&mut self, f: &'a ast::FunctionDef) {
        self.error(SemanticError::DeclaredNotDefined { span: f.name.span, name: f.name.name.clone() });
        let first = self.functions.len();
        self.declare_function(f);
        for id in first..self.functions.len() {
            self.body_state[id] = BodyState::Done;
        }
        if self.functions.len() > first {
            self.pending_definitions.insert(f.name.name.clone(), f);
        }
    }

    /// The scope of the cimported project module `module`, declared on first use.
    pub(super) fn pxd_scope(&mut self, module: &str) -> Option<ScopeId> {
        if let Some(&id) = self.pxd_scopes.get(module) {
            return Some(id);
        }
        let pxd = self.sources.cimported.get(module)?;
        let id = ScopeId(self.scopes.len() as u32);
        self.pxd_scopes.insert(module.to_string(), id);
        self.scopes.push(PxdScope {
            module: module.to_string(),
            globals: HashMap::default(),
            typedefs: HashMap::default(),
        });
        let saved_globals = std::mem::take(&mut self.globals);
        let saved_typedefs = std::mem::take(&mut self.typedefs);
        let saved_directives = self.directives;
        let saved_scope = self.current_scope.replace(id);
        self.directives = self.file_directives(&pxd.ast.directives);
        self.declare_pxd_body(pxd, Some(module));
        self.directives = saved_directives;
        self.current_scope = saved_scope;
        let scope = &mut self.scopes[id.0 as usize];
        scope.globals = std::mem::replace(&mut self.globals, saved_globals);
        scope.typedefs = std::mem::replace(&mut self.typedefs, saved_typedefs);
        Some(id)
    }

    /// `cimport X` / `cimport X as y` of a project module.
    pub(super) fn cimport_project(&mut self, module: &ast::DottedName, alias: Option<&ast::Ident>) {
        let text = module.text();
        // Not found: the loader reported it.
        let Some(scope) = self.pxd_scope(&self.sources.module_key(module)) else { return };
        let bound = alias.map_or(text, |a| a.name.clone());
        self.globals.insert(bound, Symbol::PxdModule(scope));
    }

    /// `from X cimport a, b as c` of a project module.
    pub(super) fn cimport_project_names(&mut self, module: &ast::DottedName, names: &[ast::ImportName]) {
        let text = module.text();
        let Some(scope) = self.pxd_scope(&self.sources.module_key(module)) else { return };
        for item in names {
            let bound = item.alias.as_ref().unwrap_or(&item.name);
            if item.name.name == "*" {
                let scope = &self.scopes[scope.0 as usize];
                let globals: Vec<(String, Symbol)> =
                    scope.globals.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                let typedefs: Vec<(String, (Type, Span))> =
                    scope.typedefs.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                self.globals.extend(globals);
                self.typedefs.extend(typedefs);
                continue;
            }
            if !self.bind_from_scope(scope, &item.name.name, bound) {
                self.error(SemanticError::NotDeclaredIn {
                    span: item.name.span,
                    name: item.name.name.clone(),
                    module: text.clone(),
                });
            }
        }
    }

    /// Binds `name` of a `.pxd`'s scope as `bound` here; false if it has none.
    fn bind_from_scope(&mut self, scope: ScopeId, name: &str, bound: &ast::Ident) -> bool {
        let scope = &self.scopes[scope.0 as usize];
        if let Some(typedef) = scope.typedefs.get(name).cloned() {
            // The same name cimported again (by the `.pyx` and its `.pxd`) is no error.
            if self.typedefs.get(&bound.name) == Some(&typedef) {
                return true;
            }
            if let Some(previous) = self.declared_span(&bound.name) {
                self.error(SemanticError::Redeclared { span: bound.span, name: bound.name.clone(), previous });
            }
            self.typedefs.insert(bound.name.clone(), typedef);
            return true;
        }
        match scope.globals.get(name).cloned() {
            Some(symbol) => {
                if self.globals.get(&bound.name) == Some(&symbol) {
                    return true;
                }
                if let Some(previous) = self.declared_span(&bound.name) {
                    self.error(SemanticError::Redeclared { span: bound.span, name: bound.name.clone(), previous });
                }
                self.globals.insert(bound.name.clone(), symbol);
                true
            }
            None => false,
        }
    }

    /// `X.name` where `X` is a cimported project module: what the name is there.
    pub(super) fn scope_member(&self, module: &str, name: &str) -> Option<Symbol> {
        let Some(Symbol::PxdModule(scope)) = self.lookup_global(module) else { return None };
        self.scopes[scope.0 as usize].globals.get(name).cloned()
    }

    /// The module a name bound by `cimport X as name` stands for.
    pub(super) fn pxd_module_name(&self, bound: &str) -> String {
        match self.lookup_global(bound) {
            Some(Symbol::PxdModule(scope)) => self.scopes[scope.0 as usize].module.clone(),
            _ => bound.to_string(),
        }
    }

    /// `X.T` in a type, where `X` is a cimported project module.
    pub(super) fn scope_type(&self, module: &str, name: &str) -> Option<Type> {
        let Some(Symbol::PxdModule(scope)) = self.lookup_global(module) else { return None };
        let scope = &self.scopes[scope.0 as usize];
        match scope.typedefs.get(name) {
            Some((t, _)) => Some(t.clone()),
            None => match scope.globals.get(name) {
                Some(Symbol::Type(t)) => Some(t.clone()),
                _ => None,
            },
        }
    }

    /// The `.pyx` definition of a function its own `.pxd` declared: the
    /// signatures must agree; the declared functions take its body.
    /// `false` when the name was not declared there.
    pub(super) fn define_declared(&mut self, f: &'a ast::FunctionDef) -> bool {
        let Some(declared) = self.pending_definitions.remove(&f.name.name) else { return false };
        let ids: Vec<FuncId> = match self.globals.get(&f.name.name) {
            Some(Symbol::Func(id)) => vec![*id],
            Some(Symbol::FusedFunc(id)) => {
                self.fused_functions[id.0 as usize].specialisations.iter().map(|(_, fid)| *fid).collect()
            }
            _ => return false,
        };
        let mismatch = |detail: String| SemanticError::SignatureMismatch {
            span: f.name.span,
            name: f.name.name.clone(),
            declared: declared.name.span,
            detail,
        };
        if f.kind != declared.kind {
            self.error(mismatch("declared as another kind of function (`cdef`/`cpdef`)".into()));
            return true;
        }
        if f.params.len() != declared.params.len() {
            self.error(mismatch(format!(
                "{} parameters here, {} in the declaration",
                f.params.len(),
                declared.params.len()
            )));
            return true;
        }
        if f.nogil.is_some() != declared.nogil.is_some() {
            self.error(mismatch("`nogil` here and not in the declaration, or the other way".into()));
            return true;
        }
        for &id in &ids {
            let bindings = self.function_bindings[id.0 as usize].clone();
            let saved = std::mem::replace(&mut self.fused_bindings, bindings);
            let ret = match &f.return_type {
                Some(t) => self.resolve_type(t),
                None => Type::Error,
            };
            let params: Vec<Type> =
                f.params.iter().map(|p| p.ty.as_ref().map_or(Type::Error, |t| self.resolve_type(t))).collect();
            let error_return = self.error_return(f, &ret);
            self.fused_bindings = saved;
            let function = &self.functions[id.0 as usize];
            let declared_params: Vec<Type> =
                function.params.iter().map(|p| self.vars[p.var.0 as usize].ty.clone()).collect();
            let detail = if ret != function.ret && !ret.is_error() {
                Some(format!("returns `{}`; the declaration returns `{}`", ret.display(), function.ret.display()))
            } else if let Some(i) =
                (0..params.len()).find(|&i| params[i] != declared_params[i] && !params[i].is_error())
            {
                Some(format!(
                    "parameter {} is `{}`; the declaration has `{}`",
                    i + 1,
                    params[i].display(),
                    declared_params[i].display()
                ))
            } else if error_return != function.error_return {
                Some("its exception clause (`except …`/`noexcept`) differs from the declaration's".into())
            } else {
                None
            };
            if let Some(detail) = detail {
                self.error(mismatch(detail));
                return true;
            }
        }
        for id in ids {
            let i = id.0 as usize;
            self.function_asts[i] = f;
            self.body_state[i] = BodyState::Pending;
            self.function_directives[i] = self.directives;
            let function = &mut self.functions[i];
            function.span = f.header_span;
            function.inline = f.inline.is_some();
            // The body reads the parameters by the names the definition gives.
            let vars: Vec<_> = function.params.iter().map(|p| p.var).collect();
            for (var, p) in vars.into_iter().zip(&f.params) {
                self.vars[var.0 as usize].name = p.name.name.clone();
                self.vars[var.0 as usize].span = p.name.span;
            }
        }
        true
    }

    /// After the `.pyx` is declared: what its `.pxd` declared and it never defined.
    pub(super) fn report_undefined(&mut self) {
        let mut pending: Vec<&ast::FunctionDef> = self.pending_definitions.values().copied().collect();
        pending.sort_by_key(|f| f.name.span.start);
        for f in pending {
            self.error(SemanticError::DeclaredNotDefined { span: f.name.span, name: f.name.name.clone() });
        }
        self.pending_definitions.clear();
    }
}
