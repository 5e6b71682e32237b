//! Structs, unions and enums: their declarations, field access, struct
//! literals, and which of them Cython can turn into a Python object.
//!
//! `cdef struct Point: double x, y` then `p.x` → `Field(Var p, 0) : double`;
//! `q.x` on `Point *q` → `Field(PtrIndex(Var q, 0), 0)` (Cython's `q[0].x`);
//! `Point(1.0, y=2.0)` and `{'x': 1.0, 'y': 2.0}` → `StructLit([(0, 1.0), (1, 2.0)]) : Point`.

use std::sync::Arc;

use cytrus_grammar::ast::{self, Span};

use super::error::StructLiteralProblem;
use super::{Checker, SemanticError, Symbol};
use crate::tir::{self, DeclaredType, Expr, ExprKind, Type};

impl<'a> Checker<'a> {
    /// First look at the module: every struct, union and enum name is a type
    /// from the start, so fields may point to structs declared later.
    pub(super) fn declare_type_names(&mut self, body: &'a [ast::Stmt]) {
        for stmt in body {
            match &stmt.kind {
                ast::StmtKind::Struct(decl) => {
                    let id = self.structs.len() as u32;
                    let name = decl.name.name.clone();
                    let cname = format!("{}_{name}", self.module_name);
                    self.structs.push(tir::StructDef {
                        name: name.clone(),
                        cname: cname.clone(),
                        union: decl.union,
                        packed: decl.packed,
                        fields: Vec::new(),
                        span: decl.name.span,
                    });
                    let ty = Type::Struct(DeclaredType { id, name: Arc::from(name.as_str()), cname: Arc::from(cname) });
                    self.declare_type_name(&decl.name, ty);
                }
                ast::StmtKind::Enum(decl) => {
                    let id = self.enums.len() as u32;
                    self.enums.push(tir::EnumDef {
                        name: decl.name.as_ref().map(|n| n.name.clone()),
                        cpdef: decl.cpdef,
                        members: Vec::new(),
                        span: decl.header_span,
                    });
                    if let Some(name) = &decl.name {
                        let ty = Type::Enum(DeclaredType {
                            id,
                            name: Arc::from(name.name.as_str()),
                            cname: Arc::from(format!("{}_{}", self.module_name, name.name)),
                        });
                        self.declare_type_name(name, ty);
                    }
                }
                _ => {}
            }
        }
    }

    fn declare_type_name(&mut self, name: &ast::Ident, ty: Type) {
        let previous =
            self.declared_span(&name.name).or_else(|| self.globals.contains_key(&name.name).then_some(name.span));
        if let Some(previous) = previous {
            self.error(SemanticError::Redeclared { span: name.span, name: name.name.clone(), previous });
            return;
        }
        self.typedefs.insert(name.name.clone(), (ty, name.span));
    }

    /// The struct a declaration named (registered by [`Self::declare_type_names`]).
    fn struct_id_of(&self, decl: &ast::StructDecl) -> Option<u32> {
        match self.typedefs.get(&decl.name.name) {
            Some((Type::Struct(d), span)) if *span == decl.name.span => Some(d.id),
            _ => None,
        }
    }

    /// The fields of a struct or union, in order.
    pub(super) fn declare_struct(&mut self, decl: &ast::StructDecl) {
        let Some(id) = self.struct_id_of(decl) else { return };
        let mut fields: Vec<tir::Field> = Vec::new();
        for d in &decl.fields {
            if let Some(previous) = fields.iter().find(|f| f.name == d.name.name) {
                self.error(SemanticError::Redeclared {
                    span: d.name.span,
                    name: d.name.name.clone(),
                    previous: previous.span,
                });
                continue;
            }
            if let Some(init) = &d.init {
                self.error(SemanticError::BadField { span: init.span, what: "a field cannot have a default value" });
            }
            let ty = self.resolve_type(&d.ty);
            // By value, a struct must be complete: declared above (Cython's rule).
            let mut held = &ty;
            while let Type::CArray(inner, _) = held {
                held = inner;
            }
            if let Type::Struct(inner) = held {
                if inner.id == id {
                    self.error(SemanticError::RecursiveStruct { span: d.name.span, name: decl.name.name.clone() });
                    continue;
                }
                if inner.id > id {
                    let name = inner.name.to_string();
                    let decl_span = self.structs[inner.id as usize].span;
                    self.error(SemanticError::IncompleteStruct { span: d.ty.span, name, decl: decl_span });
                    continue;
                }
            }
            let bad = match &ty {
                Type::Void => Some("a field cannot be `void`"),
                Type::Memview(_) => Some("a memoryview cannot be a field of a struct"),
                Type::ViewArray => Some("a `cython.view.array` cannot be a field of a struct"),
                Type::CArray(elem, _) if elem.memview().is_some() => Some("a memoryview cannot be a field of a struct"),
                _ => None,
            };
            if let Some(what) = bad {
                self.error(SemanticError::BadField { span: d.ty.span, what });
                continue;
            }
            let type_name = written_type_name(&d.ty);
            fields.push(tir::Field { name: d.name.name.clone(), ty, type_name, span: d.name.span });
        }
        self.structs[id as usize].fields = fields;
    }

    /// A struct that holds itself by value, directly or through other structs
    /// (Cython: "Struct cannot contain itself as a member.").
    pub(super) fn check_struct_recursion(&mut self) {
        fn contains(structs: &[tir::StructDef], ty: &Type, target: u32, seen: &mut Vec<u32>) -> bool {
            match ty {
                Type::CArray(elem, _) => contains(structs, elem, target, seen),
                Type::Struct(d) if d.id == target => true,
                Type::Struct(d) if !seen.contains(&d.id) => {
                    seen.push(d.id);
                    structs[d.id as usize].fields.iter().any(|f| contains(structs, &f.ty, target, seen))
                }
                _ => false,
            }
        }
        for id in 0..self.structs.len() {
            let def = &self.structs[id];
            let field = def.fields.iter().find(|f| contains(&self.structs, &f.ty, id as u32, &mut Vec::new()));
            if let Some(field) = field {
                let (span, name) = (field.span, def.name.clone());
                self.error(SemanticError::RecursiveStruct { span, name });
                // Break the cycle so that nothing after this loops.
                self.structs[id].fields.retain(|f| f.span != span);
            }
        }
    }

    /// The constants of an enum, in order: each one more than the one before
    /// unless it says its value.
    pub(super) fn declare_enum(&mut self, decl: &ast::EnumDecl) {
        let id = match &decl.name {
            Some(name) => match self.typedefs.get(&name.name) {
                Some((Type::Enum(d), span)) if *span == name.span => Some(d.id),
                _ => return,
            },
            None => None,
        };
        let id = id.unwrap_or_else(|| {
            // Anonymous: registered in order, so it is the first without members.
            self.enums.iter().position(|e| e.name.is_none() && e.span == decl.header_span).map_or(0, |i| i as u32)
        });
        let ty = match &decl.name {
            Some(_) => self.typedefs[&decl.name.as_ref().expect("named").name].0.clone(),
            None => Type::INT,
        };
        let members = self.declare_enum_constants(decl, ty);
        self.enums[id as usize].members = members;
    }

    /// Binds the members of an enum as constants of type `ty`; their names
    /// and values.
    pub(super) fn declare_enum_constants(&mut self, decl: &ast::EnumDecl, ty: Type) -> Vec<(String, i128)> {
        let mut next: i128 = 0;
        let mut members = Vec::new();
        for m in &decl.members {
            let value = match &m.value {
                Some(e) => match self.const_int(e) {
                    Some(v) => v,
                    None => {
                        self.error(SemanticError::BadEnumValue { span: e.span });
                        next
                    }
                },
                None => next,
            };
            if let Some(previous) = self.declared_span(&m.name.name) {
                self.error(SemanticError::Redeclared { span: m.name.span, name: m.name.name.clone(), previous });
                continue;
            }
            self.globals.insert(m.name.name.clone(), Symbol::EnumConst { value, ty: ty.clone(), span: m.name.span });
            members.push((m.name.name.clone(), value));
            next = value + 1;
        }
        members
    }

    /// A compile-time integer: a literal, an enum constant, or C arithmetic on them.
    pub(super) fn const_int(&self, e: &ast::Expr) -> Option<i128> {
        use ast::BinOp::*;
        Some(match &e.kind {
            ast::ExprKind::Int(v) => i128::try_from(*v).ok()?,
            ast::ExprKind::Bool(b) => i128::from(*b),
            ast::ExprKind::Name(n) => match self.lookup_global(n)? {
                Symbol::EnumConst { value, .. } => *value,
                Symbol::Literal(super::scope::Literal::Int(v, _)) => *v,
                _ => return None,
            },
            ast::ExprKind::Unary { op, operand } => {
                let v = self.const_int(operand)?;
                match op {
                    ast::UnaryOp::Neg => v.checked_neg()?,
                    ast::UnaryOp::Pos => v,
                    ast::UnaryOp::Invert => !v,
                    ast::UnaryOp::Not => i128::from(v == 0),
                }
            }
            ast::ExprKind::Binary { op, left, right } => {
                let (a, b) = (self.const_int(left)?, self.const_int(right)?);
                match op {
                    Add => a.checked_add(b)?,
                    Sub => a.checked_sub(b)?,
                    Mul => a.checked_mul(b)?,
                    // C's truncating division, as in the C enum Cython writes.
                    FloorDiv | Div if b != 0 => a.checked_div(b)?,
                    Mod if b != 0 => a.checked_rem(b)?,
                    Shl if (0..64).contains(&b) => a.checked_shl(b as u32)?,
                    Shr if (0..64).contains(&b) => a >> b,
                    BitAnd => a & b,
                    BitOr => a | b,
                    BitXor => a ^ b,
                    _ => return None,
                }
            }
            _ => return None,
        })
    }

    /// `s.x` on a struct, or on a pointer to one.
    pub(super) fn field_access(&mut self, base: Expr, attr: &ast::Ident, span: Span) -> Option<Expr> {
        let (base, d) = match &base.ty {
            Type::Struct(d) => {
                let d = d.clone();
                (base, d)
            }
            Type::Ptr(inner) => {
                let Type::Struct(d) = &**inner else { return None };
                let d = d.clone();
                let bspan = base.span;
                let elem = (**inner).clone();
                let zero = Expr::new(ExprKind::IntLit(0), Type::SSIZE, bspan);
                let deref = Expr::new(ExprKind::PtrIndex { base: Box::new(base), index: Box::new(zero) }, elem, bspan);
                (deref, d)
            }
            _ => return None,
        };
        let def = &self.structs[d.id as usize];
        let Some(field) = def.field(&attr.name) else {
            let (union, decl) = (def.union, def.span);
            self.error(SemanticError::UnknownField {
                span: attr.span,
                union,
                ty: d.name.to_string(),
                field: attr.name.clone(),
                decl,
            });
            return Some(Expr::error(span));
        };
        let ty = def.fields[field].ty.clone();
        Some(Expr::new(ExprKind::Field { base: Box::new(base), field }, ty, span))
    }

    /// The struct type a name stands for, if it is one.
    pub(super) fn struct_type_named(&self, name: &str) -> Option<DeclaredType> {
        if self.lookup_var(name).is_some() {
            return None;
        }
        match self.typedefs.get(name) {
            Some((Type::Struct(d), _)) => Some(d.clone()),
            _ => None,
        }
    }

    /// `Point(1.0, y=2.0)`: positional values fill the fields in order, then
    /// keywords name the rest.
    pub(super) fn struct_call(&mut self, d: &DeclaredType, args: &[ast::Arg], span: Span) -> Expr {
        let mut given: Vec<(usize, &ast::Expr, Span)> = Vec::new();
        let nfields = self.structs[d.id as usize].fields.len();
        let positional = args.iter().filter(|a| a.keyword.is_none()).count();
        if positional > nfields {
            let extra = &args.iter().filter(|a| a.keyword.is_none()).nth(nfields).expect("counted").value;
            self.literal_problem(extra.span, d, StructLiteralProblem::TooMany { given: positional, fields: nfields });
            return Expr::error(span);
        }
        let mut seen_keyword = false;
        for arg in args {
            match &arg.keyword {
                None => {
                    if seen_keyword {
                        self.literal_problem(arg.value.span, d, StructLiteralProblem::PositionalAfterKeyword);
                        return Expr::error(span);
                    }
                    given.push((given.len(), &arg.value, arg.value.span));
                }
                Some(kw) => {
                    seen_keyword = true;
                    let Some(field) = self.structs[d.id as usize].field(&kw.name) else {
                        self.unknown_literal_field(kw.span, d, &kw.name);
                        return Expr::error(span);
                    };
                    given.push((field, &arg.value, kw.span));
                }
            }
        }
        self.struct_literal(d, given, span)
    }

    /// `{'x': 1.0, 'y': 2.0}` where a struct is expected.
    pub(super) fn struct_from_dict(&mut self, d: &DeclaredType, items: &[ast::Expr], span: Span) -> Expr {
        let mut given = Vec::new();
        for pair in items.chunks(2) {
            let [key, value] = pair else {
                self.literal_problem(pair[0].span, d, StructLiteralProblem::NotAPair);
                return Expr::error(span);
            };
            let ast::ExprKind::Str(s) = &key.kind else {
                self.literal_problem(key.span, d, StructLiteralProblem::KeyNotString);
                return Expr::error(span);
            };
            let Some(field) = self.structs[d.id as usize].field(&s.value) else {
                self.unknown_literal_field(key.span, d, &s.value);
                return Expr::error(span);
            };
            given.push((field, value, key.span));
        }
        self.struct_literal(d, given, span)
    }

    fn struct_literal(&mut self, d: &DeclaredType, given: Vec<(usize, &ast::Expr, Span)>, span: Span) -> Expr {
        let union = self.structs[d.id as usize].union;
        if union && given.len() > 1 {
            self.literal_problem(given[1].2, d, StructLiteralProblem::UnionTwoValues);
            return Expr::error(span);
        }
        let mut fields: Vec<(usize, Expr)> = Vec::new();
        let mut failed = false;
        for (i, (field, value, at)) in given.iter().enumerate() {
            if given[..i].iter().any(|(f, _, _)| f == field) {
                let name = self.structs[d.id as usize].fields[*field].name.clone();
                self.literal_problem(*at, d, StructLiteralProblem::Twice { field: name });
                return Expr::error(span);
            }
            let ty = self.structs[d.id as usize].fields[*field].ty.clone();
            let typed = self.expr_expecting(value, Some(&ty));
            let typed = self.coerce(typed, &ty, value.span);
            failed |= typed.ty.is_error();
            fields.push((*field, typed));
        }
        if failed {
            return Expr::error(span);
        }
        Expr::new(ExprKind::StructLit(fields), Type::Struct(d.clone()), span)
    }

    fn literal_problem(&mut self, span: Span, d: &DeclaredType, problem: StructLiteralProblem) {
        self.error(SemanticError::StructLiteral { span, ty: d.name.to_string(), problem: Box::new(problem) });
    }

    fn unknown_literal_field(&mut self, span: Span, d: &DeclaredType, name: &str) {
        let def = &self.structs[d.id as usize];
        let (union, decl) = (def.union, def.span);
        self.error(SemanticError::UnknownField { span, union, ty: d.name.to_string(), field: name.into(), decl });
    }

    /// Why Cython cannot make a Python object (a dict) of a value of this
    /// type without more than cytrus has: the first field that stops it.
    pub(super) fn not_convertible(&self, ty: &Type) -> Option<(String, &'static str)> {
        match ty {
            Type::Struct(d) => {
                for f in &self.structs[d.id as usize].fields {
                    let reason = match &f.ty {
                        Type::Ptr(_) | Type::FuncPtr(_) => Some("a pointer has no Python value"),
                        Type::CArray(elem, _)
                            if matches!(
                                **elem,
                                Type::Int(tir::IntKind::Char | tir::IntKind::SChar | tir::IntKind::UChar)
                            ) =>
                        {
                            Some("Cython reads a `char` array as a NUL-terminated bytes object")
                        }
                        Type::Enum(e) if self.enums[e.id as usize].cpdef => {
                            Some("Cython shows a `cpdef enum` value by its Python enum class")
                        }
                        Type::Struct(_) | Type::CArray(..) => {
                            if let Some((inner, reason)) = self.not_convertible(&f.ty) {
                                return Some((format!("{}.{inner}", f.name), reason));
                            }
                            None
                        }
                        _ => None,
                    };
                    if let Some(reason) = reason {
                        return Some((f.name.clone(), reason));
                    }
                }
                None
            }
            Type::CArray(elem, _) => self.not_convertible(elem),
            _ => None,
        }
    }

    /// A `cython.view.array` taken as a struct-dtype view: Cython checks its
    /// format string field by field (`T{d:x:d:y:}`), which cytrus does not yet.
    pub(super) fn struct_array_unsupported(&mut self, span: Span) {
        self.error(SemanticError::Unsupported {
            span,
            what: "`cython.view.array` objects as views of structs (their format strings are not checked yet)",
            instead: "view a C array of structs or malloc'd memory: `cdef Point[:] v = points` or `<Point[:n]>p`",
        });
    }
}

/// A field's type as written, when it is a name (through `const` and C
/// array extents): `SIZE_t left_child` → `SIZE_t`, `double x[3]` → `double`.
fn written_type_name(t: &ast::TypeExpr) -> Option<String> {
    match &t.kind {
        ast::TypeKind::Named(name) => Some(name.rsplit('.').next().unwrap_or(name).to_string()),
        ast::TypeKind::Const(inner) | ast::TypeKind::Array { elem: inner, .. } => written_type_name(inner),
        _ => None,
    }
}
