//! `cdef extern from "header.h":` blocks: C functions, variables, constants,
//! enums and typedefs that a header (or the block's verbatim C) defines.
//!
//! Each declaration becomes an ordinary tir name whose body or storage lies
//! outside the module: a function with [`Linkage::ExternC`], a variable
//! with [`VarScope::Extern`] (`const` ones cannot be assigned). The header
//! itself is recorded in [`Checker::includes`] for the backends. As in
//! Cython 3, the functions are `noexcept`, and `nogil` when the block says so.
//!
//! `cdef extern from "math.h" nogil: double fabs(double)` →
//! `Function fabs(arg0: double) -> double, noexcept, nogil, ExternC`.

use cytrus_grammar::ast::{self, Span};

use super::{BodyState, Checker, SemanticError, Symbol};
use crate::tir::{CInclude, ErrorReturn, Linkage, Type, VarScope};

impl<'a> Checker<'a> {
    /// Declares everything an extern block names, and notes its header.
    pub(super) fn declare_extern(&mut self, block: &'a ast::ExternBlock) {
        if let Some(header) = &block.header {
            let include = CInclude::Header(header.clone());
            if !self.includes.contains(&include) {
                self.includes.push(include);
            }
        }
        if let Some(code) = &block.verbatim {
            self.includes.push(CInclude::Verbatim(code.clone()));
        }
        for item in &block.items {
            match &item.kind {
                ast::StmtKind::Function(f) => self.declare_extern_function(f, block.nogil.is_some()),
                ast::StmtKind::CDecl(decl) => {
                    for d in &decl.declarators {
                        self.declare_extern_var(&d.name, &d.ty, d.init.as_ref());
                    }
                }
                ast::StmtKind::CTypedef { ty, name } => self.declare_typedef(ty, name),
                ast::StmtKind::CEnum { name, items } => {
                    if let Some(name) = name {
                        self.declare_c_type_name(name, Type::INT);
                    }
                    for item in items {
                        let int = ast::TypeExpr::new(
                            ast::TypeKind::Const(Box::new(ast::TypeExpr::new(
                                ast::TypeKind::Named("int".into()),
                                item.span,
                            ))),
                            item.span,
                        );
                        self.declare_extern_var(item, &int, None);
                    }
                }
                ast::StmtKind::ExternStruct { keyword, .. } => self.error(SemanticError::Unsupported {
                    span: item.span,
                    what: if *keyword == "union" {
                        "union declarations in `cdef extern` blocks"
                    } else {
                        "struct declarations in `cdef extern` blocks"
                    },
                    instead: "declare the C functions over scalars and pointers to them",
                }),
                _ => {}
            }
        }
    }

    /// `ctypedef T name` (at module level or in an extern block).
    pub(super) fn declare_typedef(&mut self, ty: &ast::TypeExpr, name: &ast::Ident) {
        let resolved = self.resolve_type(ty);
        self.declare_c_type_name(name, resolved);
    }

    /// Binds a type name, unless the name is taken.
    fn declare_c_type_name(&mut self, name: &ast::Ident, ty: Type) {
        let previous =
            self.declared_span(&name.name).or_else(|| self.globals.contains_key(&name.name).then_some(name.span));
        if let Some(previous) = previous {
            self.error(SemanticError::Redeclared { span: name.span, name: name.name.clone(), previous });
        }
        self.typedefs.insert(name.name.clone(), (ty, name.span));
    }

    /// A C function of the header: its signature, `noexcept`, no body here.
    fn declare_extern_function(&mut self, f: &'a ast::FunctionDef, block_nogil: bool) {
        if let Some(previous) = self.declared_span(&f.name.name) {
            self.error(SemanticError::Redeclared { span: f.name.span, name: f.name.name.clone(), previous });
            return;
        }
        if let Some(clause) = &f.except {
            self.error(SemanticError::Unsupported {
                span: clause.span,
                what: "exception clauses on C functions of `cdef extern` blocks",
                instead: "a C function cannot raise a Python exception: remove the clause (it is `noexcept`)",
            });
        }
        if let Some(span) = f.with_gil {
            self.error(SemanticError::Unsupported {
                span,
                what: "`with gil` on C functions of `cdef extern` blocks",
                instead: "remove it",
            });
        }
        if f.return_type.is_none() {
            self.error(SemanticError::MissingReturnType { span: f.name.span, name: f.name.name.clone() });
        }
        let id = self.declare_signature(f, f.name.name.clone(), Vec::new(), true);
        let function = &mut self.functions[id.0 as usize];
        function.returns_object = false;
        function.error_return = ErrorReturn::None;
        function.nogil |= block_nogil;
        function.linkage = Linkage::ExternC;
        self.body_state[id.0 as usize] = BodyState::Done;
        let mut bad: Vec<(Span, Type)> = Vec::new();
        let function = &self.functions[id.0 as usize];
        for (p, written) in function.params.iter().zip(&f.params) {
            let ty = &self.vars[p.var.0 as usize].ty;
            if !is_c_value(ty) {
                bad.push((written.span, ty.clone()));
            }
        }
        if !is_c_value(&function.ret) && function.ret != Type::Void {
            bad.push((f.return_type.as_ref().map_or(f.name.span, |t| t.span), function.ret.clone()));
        }
        for (span, ty) in bad {
            self.error(SemanticError::NotCType { span, ty: ty.display(), role: "a C function's parameter or result" });
        }
    }

    /// A C variable (or `const` constant) of the header.
    fn declare_extern_var(&mut self, name: &ast::Ident, ty: &ast::TypeExpr, init: Option<&ast::Expr>) {
        let previous =
            self.declared_span(&name.name).or_else(|| self.globals.contains_key(&name.name).then_some(name.span));
        if let Some(previous) = previous {
            self.error(SemanticError::Redeclared { span: name.span, name: name.name.clone(), previous });
            return;
        }
        if let Some(init) = init {
            self.error(SemanticError::Unsupported {
                span: init.span,
                what: "initial values in `cdef extern` blocks",
                instead: "the header gives the value: declare the name alone",
            });
        }
        let is_const = matches!(ty.kind, ast::TypeKind::Const(_));
        let resolved = self.resolve_type(ty);
        if !is_c_value(&resolved) {
            if !resolved.is_error() {
                self.error(SemanticError::NotCType {
                    span: ty.span,
                    ty: resolved.display(),
                    role: "a variable of a `cdef extern` block",
                });
            }
            return;
        }
        let var = self.new_var(&name.name, resolved, VarScope::Extern, true, name.span);
        self.vars[var.0 as usize].is_const = is_const;
        self.globals.insert(name.name.clone(), Symbol::Var(var));
    }
}

/// A type a C declaration can give: a number or a pointer (C arrays and
/// memoryviews are not passed to or kept by C code in cytrus).
fn is_c_value(ty: &Type) -> bool {
    matches!(ty, Type::Int(_) | Type::Float { .. } | Type::Bint | Type::Ptr(_) | Type::Error)
}
