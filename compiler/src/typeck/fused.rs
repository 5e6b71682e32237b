//! Fused types: `ctypedef fused real:` blocks and Cython's `floating`,
//! `integral` and `numeric`.
//!
//! A function whose parameters mention fused types is specialised once per
//! combination of their members, in Cython's order; each specialisation is an
//! ordinary tir function named after its types, so lowering never sees a
//! fused type. A call picks its specialisation from the argument types with
//! Cython's rules (`best_match` for `cdef` and `cpdef`, the Python
//! dispatcher's for `def`), or from an explicit `f[double](…)`. A test such as
//! `floating is double` is decided at compile time, and the branch it rules
//! out is not checked.
//!
//! `cdef floating twice(floating x)` → `twice__float(float x)` and
//! `twice__double(double x)`; `twice(2.5)` calls `twice__double`.

use cytrus_grammar::ast::{self, Span};

use super::error::NoMatch;
use super::{Checker, SemanticError, Symbol};
use crate::tir::{FuncId, FunctionKind, IntKind, Type};

/// Index of a fused type in [`Checker::fused_types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FusedTypeId(pub u32);

/// Index of a fused function in [`Checker::fused_functions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FusedFnId(pub u32);

/// A fused type and the types it stands for, in the order written.
#[derive(Debug, Clone)]
pub struct FusedType {
    pub name: String,
    pub members: Vec<Type>,
    /// Complex members were written and left out (cytrus has no complex type).
    pub left_out_complex: bool,
    /// Each member as Cython names it in `__signatures__` (a typedef by its
    /// own name: `float64_t`).
    pub names: Vec<String>,
}

/// A function with fused parameters and its specialisations.
#[derive(Debug, Clone)]
pub struct FusedFunction {
    pub name: String,
    pub kind: FunctionKind,
    /// The fused types its parameters use, in order of first appearance.
    pub fused: Vec<FusedTypeId>,
    /// One member per fused type, and the function made for them.
    pub specialisations: Vec<(Vec<Type>, FuncId)>,
    /// Per fused type: the first parameter whose type mentions it.
    pub first_params: Vec<usize>,
    /// Per specialisation, its members as Cython names them.
    pub names: Vec<Vec<String>>,
}

/// The fused types bound while a specialisation is checked.
pub type Bindings = Vec<(FusedTypeId, Type)>;

/// Cython's fused types, as `cython/__init__.pxd` (Shadow) defines them; the
/// complex members of `numeric` are left out (cytrus has no complex type).
fn builtin_members(name: &str) -> Option<Vec<Type>> {
    use IntKind::*;
    Some(match name {
        "floating" => vec![Type::FLOAT, Type::DOUBLE],
        "integral" => vec![Type::Int(Short), Type::INT, Type::LONG],
        "numeric" => vec![Type::Int(Short), Type::INT, Type::LONG, Type::FLOAT, Type::DOUBLE],
        _ => return None,
    })
}

/// How a type reads in a specialisation's name: `unsigned long` → `unsigned_long`.
fn name_part(ty: &Type) -> String {
    let mut text = ty.display();
    for (from, to) in [(" *", "_ptr"), ("*", "_ptr"), (" ", "_"), ("[", "_"), ("]", ""), (":", ""), (",", "")] {
        text = text.replace(from, to);
    }
    text
}

/// Cython's rank of an arithmetic type (`PyrexTypes.rank_to_type_name`, with
/// `Py_ssize_t` and `size_t` between `long` and `long long`), and whether it is
/// unsigned; `None` for other types.
fn cython_rank(ty: &Type) -> Option<(f64, bool)> {
    use IntKind::*;
    Some(match ty {
        Type::Int(k) => {
            let k = &k.c_kind();
            let rank = match k {
                Char | SChar | UChar | Int8 | UInt8 => 0.0,
                Short | UShort | Int16 | UInt16 => 1.0,
                Int | UInt | Int32 | UInt32 => 2.0,
                Long | ULong | Int64 => 3.0,
                SsizeT | SizeT => 3.5,
                LongLong | ULongLong | UInt64 => 4.0,
                Npy(_) => unreachable!("c_kind() is the C type"),
            };
            (rank, !k.signed())
        }
        Type::Bint => (2.0, false),
        Type::Float { bits: 32 } => (5.0, false),
        Type::Float { .. } => (6.0, false),
        _ => return None,
    })
}

impl<'a> Checker<'a> {
    /// `ctypedef fused name:` with its members.
    pub(super) fn declare_fused_type(&mut self, name: &ast::Ident, members: &[ast::TypeExpr]) {
        if let Some(previous) = self.declared_span(&name.name) {
            self.error(SemanticError::Redeclared { span: name.span, name: name.name.clone(), previous });
            return;
        }
        let mut types: Vec<Type> = Vec::new();
        let mut names: Vec<String> = Vec::new();
        let mut written: Vec<(Type, Span)> = Vec::new();
        let mut left_out_complex = false;
        for member in members {
            // A fused member stands for its own members (Cython flattens them;
            // a type that appears again through one is not an error).
            let bare = match &member.kind {
                ast::TypeKind::Const(inner) => inner,
                _ => member,
            };
            if let ast::TypeKind::Named(n) = &bare.kind {
                // A complex member is left out, as `cython.numeric`'s are: the
                // specialisations it would make are never made.
                if self.is_numpy_complex_name(n) {
                    left_out_complex = true;
                    continue;
                }
                if let Some(inner) = self.fused_type_id(n) {
                    left_out_complex |= self.fused_types[inner.0 as usize].left_out_complex;
                    let inner = self.fused_types[inner.0 as usize].clone();
                    for (t, name) in inner.members.into_iter().zip(inner.names) {
                        if !types.contains(&t) {
                            types.push(t);
                            names.push(name);
                        }
                    }
                    continue;
                }
            }
            let mut inner = Vec::new();
            self.fused_in_type(member, &mut inner);
            if !inner.is_empty() {
                self.error(SemanticError::FusedTypeMisused { span: member.span, in_function: false });
                continue;
            }
            let ty = self.resolve_type(member);
            if ty.is_error() {
                continue;
            }
            if let Some((_, previous)) = written.iter().find(|(t, _)| *t == ty) {
                self.error(SemanticError::FusedMemberTwice { span: member.span, previous: *previous });
                continue;
            }
            written.push((ty.clone(), member.span));
            if !types.contains(&ty) {
                let shown = match &bare.kind {
                    ast::TypeKind::Named(n) => {
                        let last = n.rsplit('.').next().unwrap_or(n);
                        // `cython.double`, `libc.stdint.int8_t`: the type's own name.
                        if self.lookup_global(n).is_some() || n.contains('.') {
                            last.to_string()
                        } else {
                            ty.display()
                        }
                    }
                    _ => ty.display(),
                };
                types.push(ty);
                names.push(shown);
            }
        }
        let id = FusedTypeId(self.fused_types.len() as u32);
        self.fused_types.push(FusedType { name: name.name.clone(), members: types, names, left_out_complex });
        self.globals.insert(name.name.clone(), Symbol::FusedType(id));
        self.fused_spans.push(name.span);
    }

    /// `floating` from `cython`, registered once.
    pub(super) fn builtin_fused(&mut self, name: &str) -> Option<FusedTypeId> {
        let members = builtin_members(name)?;
        let full = format!("cython.{name}");
        if let Some(i) = self.fused_types.iter().position(|f| f.name == full) {
            return Some(FusedTypeId(i as u32));
        }
        let id = FusedTypeId(self.fused_types.len() as u32);
        let names = members.iter().map(Type::display).collect();
        self.fused_types.push(FusedType { name: full, members, names, left_out_complex: name == "numeric" });
        self.fused_spans.push(Span::default());
        Some(id)
    }

    /// The fused type a written name stands for: a `ctypedef fused` name,
    /// `floating` cimported from `cython`, or `cython.floating`.
    pub(super) fn fused_type_id(&mut self, name: &str) -> Option<FusedTypeId> {
        if let Some(Symbol::FusedType(id)) = self.lookup_global(name) {
            return Some(*id);
        }
        let (module, member) = name.split_once('.')?;
        if let Some(Symbol::FusedType(id)) = self.scope_member(module, member) {
            return Some(id);
        }
        if matches!(self.lookup_global(module), Some(Symbol::CythonModule)) {
            return self.builtin_fused(member);
        }
        None
    }

    /// The fused type bound to `id` in the specialisation being checked.
    pub(super) fn bound_fused(&self, id: FusedTypeId) -> Option<Type> {
        self.fused_bindings.iter().find(|(f, _)| *f == id).map(|(_, t)| t.clone())
    }

    /// The fused types a written type mentions, in order, each once.
    pub(super) fn fused_in_type(&mut self, t: &ast::TypeExpr, out: &mut Vec<FusedTypeId>) {
        match &t.kind {
            ast::TypeKind::Named(name) => {
                if let Some(id) = self.fused_type_id(name) {
                    if !out.contains(&id) {
                        out.push(id);
                    }
                }
            }
            ast::TypeKind::Const(inner) | ast::TypeKind::Pointer(inner) => self.fused_in_type(inner, out),
            ast::TypeKind::Array { elem, .. } | ast::TypeKind::Memview { elem, .. } => self.fused_in_type(elem, out),
            ast::TypeKind::Buffer(_) => {}
            ast::TypeKind::Tuple(items) => {
                for item in items {
                    self.fused_in_type(item, out);
                }
            }
            ast::TypeKind::FuncPtr(f) => {
                self.fused_in_type(&f.ret, out);
                for item in &f.params {
                    self.fused_in_type(item, out);
                }
            }
        }
    }

    /// The fused types of a function's parameters, and bindings to `<error>`
    /// for those of its return type that no parameter determines (reported
    /// here, once).
    pub(super) fn fused_signature(&mut self, f: &ast::FunctionDef) -> (Vec<FusedTypeId>, Bindings) {
        let mut fused = Vec::new();
        for p in &f.params {
            if let Some(t) = &p.ty {
                self.fused_in_type(t, &mut fused);
            }
        }
        let mut unfixed = Vec::new();
        if let Some(ret) = &f.return_type {
            let mut in_return = Vec::new();
            self.fused_in_type(ret, &mut in_return);
            unfixed.extend(in_return.into_iter().filter(|id| !fused.contains(id)).map(|id| (id, Type::Error)));
            if !unfixed.is_empty() {
                self.error(SemanticError::FusedReturnType { span: ret.span });
            }
        }
        (fused, unfixed)
    }

    /// Declares one function per combination of the members of `fused`, the
    /// first fused type varying slowest (Cython's order), under the name
    /// `f.name`.
    pub(super) fn declare_fused_function(
        &mut self,
        f: &'a ast::FunctionDef,
        fused: Vec<FusedTypeId>,
        unfixed: Bindings,
    ) {
        let mut combinations: Vec<(Vec<Type>, Vec<String>)> = vec![(Vec::new(), Vec::new())];
        for id in &fused {
            let fused_type = &self.fused_types[id.0 as usize];
            if fused_type.members.is_empty() && fused_type.left_out_complex {
                let fused = fused_type.name.clone();
                self.error(SemanticError::FusedOnlyComplex { span: f.name.span, fused });
            }
            let members = self.fused_types[id.0 as usize].members.clone();
            let names = self.fused_types[id.0 as usize].names.clone();
            combinations = combinations
                .into_iter()
                .flat_map(|prefix| {
                    members.iter().zip(names.iter()).map(move |(m, n)| {
                        let mut c = prefix.clone();
                        c.0.push(m.clone());
                        c.1.push(n.clone());
                        c
                    })
                })
                .collect();
        }
        let mut specialisations = Vec::new();
        let mut spec_names = Vec::new();
        for (combination, names) in combinations {
            spec_names.push(names);
            let mut bindings: Bindings = fused.iter().copied().zip(combination.iter().cloned()).collect();
            bindings.extend(unfixed.iter().cloned());
            let suffix: Vec<String> = combination.iter().map(name_part).collect();
            let name = format!("{}__{}", f.name.name, suffix.join("__"));
            let id = self.declare_signature(f, name, bindings, false);
            specialisations.push((combination, id));
        }
        let first_params = fused
            .iter()
            .map(|id| {
                f.params
                    .iter()
                    .position(|p| {
                        let mut used = Vec::new();
                        if let Some(t) = &p.ty {
                            self.fused_in_type(t, &mut used);
                        }
                        used.contains(id)
                    })
                    .unwrap_or(0)
            })
            .collect();
        let id = FusedFnId(self.fused_functions.len() as u32);
        self.fused_functions.push(FusedFunction {
            name: f.name.name.clone(),
            kind: f.kind,
            fused,
            specialisations,
            first_params,
            names: spec_names,
        });
        self.globals.insert(f.name.name.clone(), Symbol::FusedFunc(id));
    }

    /// `f(args)` on a fused function: the specialisation Cython would call.
    pub(super) fn choose_specialisation(&mut self, id: FusedFnId, args: &[ast::Arg], span: Span) -> Option<FuncId> {
        let function = self.fused_functions[id.0 as usize].clone();
        // No specialisation: its declaration was refused (a fused block of
        // fused types, for example), and said so.
        let Some(&(_, first)) = function.specialisations.first() else {
            if self.errors.is_empty() {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "a call of a fused function that has no specialisation",
                    instead: "give its fused types C types as members",
                });
            }
            return None;
        };
        // The argument types, by parameter position; typing them here reports
        // nothing (the chosen function's call types them again).
        let param_names: Vec<String> =
            self.functions[first.0 as usize].params.iter().map(|p| self.vars[p.var.0 as usize].name.clone()).collect();
        let before = self.errors.len();
        let mut given: Vec<(usize, Type)> = Vec::new();
        for (i, arg) in args.iter().enumerate() {
            let position = match &arg.keyword {
                None => i,
                Some(k) => match param_names.iter().position(|n| *n == k.name) {
                    Some(p) => p,
                    None => continue,
                },
            };
            // A string literal (`b'W'` for a `char` parameter) is a Python
            // object to Cython's matching, which no specialisation takes.
            if matches!(arg.value.kind, ast::ExprKind::Str(_)) && function.kind != FunctionKind::Def {
                self.errors.truncate(before);
                self.error(SemanticError::NoSpecialisation {
                    span,
                    name: function.name.clone(),
                    problem: Box::new(NoMatch::NoneFits { candidates: function.specialisations.len() }),
                });
                return None;
            }
            let value = self.expr(&arg.value);
            // Cython types a small integer literal as a C `long`.
            let ty = match value.kind {
                crate::tir::ExprKind::IntLit(_) if value.ty == Type::INT => Type::LONG,
                _ => value.ty,
            };
            given.push((position, ty));
        }
        self.errors.truncate(before);
        if given.iter().any(|(_, t)| t.is_error()) || function.specialisations.len() == 1 {
            return Some(first);
        }
        let chosen = if function.kind == FunctionKind::Def {
            self.python_dispatch(&function, &given)
        } else {
            self.best_match(&function, &given, args.len())
        };
        match chosen {
            Ok(id) => Some(id),
            Err(problem) => {
                self.error(SemanticError::NoSpecialisation {
                    span,
                    name: function.name.clone(),
                    problem: Box::new(problem),
                });
                None
            }
        }
    }

    /// Cython's `PyrexTypes.best_match` over the specialisations of a `cdef`
    /// or `cpdef` function: each argument scores how much converting it costs
    /// (exact, promotion, conversion within integers or floats, to `void *`,
    /// other C conversions, from a Python object), the cheapest candidate
    /// wins, and a tie is ambiguous.
    fn best_match(
        &mut self,
        function: &FusedFunction,
        given: &[(usize, Type)],
        nargs: usize,
    ) -> Result<FuncId, NoMatch> {
        let mut problems: Vec<NoMatch> = Vec::new();
        let mut possibilities: Vec<([f64; 7], usize, FuncId)> = Vec::new();
        for (index, (_, fid)) in function.specialisations.iter().enumerate() {
            let params: Vec<(Type, bool)> = self.functions[fid.0 as usize]
                .params
                .iter()
                .map(|p| (self.vars[p.var.0 as usize].ty.clone(), p.default.is_some()))
                .collect();
            let required = params.iter().filter(|p| !p.1).count();
            if nargs < required || nargs > params.len() {
                problems.push(NoMatch::ArgumentCount { expected: params.len(), given: nargs });
                continue;
            }
            let mut score = [0.0f64; 7];
            let mut fits = true;
            for (position, src) in given {
                let Some((dst, _)) = params.get(*position) else { continue };
                if !assignable(src, dst) {
                    problems.push(NoMatch::InvalidConversion { from: src.display(), to: dst.display() });
                    fits = false;
                    break;
                }
                if src == dst {
                    continue;
                }
                match (cython_rank(src), cython_rank(dst)) {
                    _ if is_promotion(src, dst) => score[2] += 1.0,
                    (Some((src_rank, src_unsigned)), Some((dst_rank, dst_unsigned)))
                        if src.is_float() == dst.is_float() =>
                    {
                        let (su, du) = (f64::from(u8::from(src_unsigned)), f64::from(u8::from(dst_unsigned)));
                        score[2] += (dst_rank + du - (src_rank + su)).abs() + 1.0;
                        score[3] += if dst_rank < src_rank { 2.0 } else { 0.0 }
                            + f64::from(u8::from(src_unsigned != dst_unsigned));
                    }
                    _ => match (src, dst) {
                        (Type::Ptr(_), Type::Ptr(inner)) if **inner == Type::Void => score[4] += 1.0,
                        (Type::Ptr(_), Type::Ptr(_)) => score[5] += 1.0,
                        (Type::PyInt, _) => score[0] += 1.0,
                        _ => score[1] += 1.0,
                    },
                }
            }
            if fits {
                possibilities.push((score, index, *fid));
            }
        }
        possibilities.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal).then(a.1.cmp(&b.1)));
        match possibilities.as_slice() {
            [] => Err(match problems.as_slice() {
                [only] => only.clone(),
                [first, rest @ ..] if rest.iter().all(|p| p == first) => first.clone(),
                _ => NoMatch::NoneFits { candidates: function.specialisations.len() },
            }),
            [best, second, ..] if best.0 == second.0 => Err(NoMatch::Ambiguous),
            [best, ..] => Ok(best.2),
        }
    }

    /// What Cython's run-time dispatcher picks for a call of a `def` fused
    /// function: a buffer's element type decides a fused view, a Python
    /// number the widest member of its kind (`double` for a float, `long` for
    /// an int), per fused type at its first parameter.
    fn python_dispatch(&mut self, function: &FusedFunction, given: &[(usize, Type)]) -> Result<FuncId, NoMatch> {
        let ast_params = &self.function_asts[function.specialisations[0].1 .0 as usize].params;
        let mut chosen: Vec<Option<Type>> = vec![None; function.fused.len()];
        for (position, src) in given {
            let Some(written) = ast_params.get(*position).and_then(|p| p.ty.as_ref()) else { continue };
            let (fused_name, is_view) = match &written.kind {
                ast::TypeKind::Named(n) => (n.clone(), false),
                ast::TypeKind::Const(inner) => match &inner.kind {
                    ast::TypeKind::Named(n) => (n.clone(), false),
                    _ => continue,
                },
                ast::TypeKind::Memview { elem, .. } => match &elem.kind {
                    ast::TypeKind::Named(n) => (n.clone(), true),
                    ast::TypeKind::Const(inner) => match &inner.kind {
                        ast::TypeKind::Named(n) => (n.clone(), true),
                        _ => continue,
                    },
                    _ => continue,
                },
                _ => continue,
            };
            let Some(id) = self.fused_type_id(&fused_name) else { continue };
            let Some(slot) = function.fused.iter().position(|f| *f == id) else { continue };
            if chosen[slot].is_some() {
                continue;
            }
            let members = &self.fused_types[id.0 as usize].members;
            let pick = if is_view {
                match src {
                    Type::Memview(m) => members
                        .iter()
                        .find(|t| **t == *m.elem)
                        .or_else(|| members.iter().find(|t| same_kind_and_size(t, &m.elem)))
                        .cloned(),
                    _ => None,
                }
            } else {
                let python_float = src.is_float();
                let python_int = src.is_integral();
                let mut candidates: Vec<&Type> = members
                    .iter()
                    .filter(|t| (python_float && t.is_float()) || (python_int && matches!(t, Type::Int(_))))
                    .collect();
                candidates.sort_by(|a, b| {
                    let (ra, ua) = cython_rank(a).unwrap_or((0.0, false));
                    let (rb, ub) = cython_rank(b).unwrap_or((0.0, false));
                    rb.partial_cmp(&ra).unwrap_or(std::cmp::Ordering::Equal).then(ua.cmp(&ub))
                });
                candidates.first().map(|t| (*t).clone())
            };
            match pick {
                Some(t) => chosen[slot] = Some(t),
                None => return Err(NoMatch::NoSignature),
            }
        }
        let Some(chosen) = chosen.into_iter().collect::<Option<Vec<Type>>>() else {
            return Err(NoMatch::NoSignature);
        };
        function
            .specialisations
            .iter()
            .find(|(types, _)| *types == chosen)
            .map(|(_, id)| *id)
            .ok_or(NoMatch::NoSignature)
    }

    /// `f[double, int]`: the specialisation for the types given, with Cython's
    /// errors for a wrong count or a type outside the fused type.
    pub(super) fn indexed_specialisation(
        &mut self,
        id: FusedFnId,
        items: &[ast::SubscriptItem],
        span: Span,
    ) -> Option<FuncId> {
        let function = self.fused_functions[id.0 as usize].clone();
        let mut types = Vec::new();
        for item in items {
            let ty = match item {
                ast::SubscriptItem::Index(e) => self.expr_as_type(e),
                ast::SubscriptItem::Slice { .. } => None,
            };
            match ty {
                Some(t) if t.is_error() => return None,
                Some(t) => types.push(t),
                None => {
                    self.error(SemanticError::FusedIndex { span, problem: FusedIndexProblem::NotTypes });
                    return None;
                }
            }
        }
        if types.len() > function.fused.len() {
            self.error(SemanticError::FusedIndex { span, problem: FusedIndexProblem::TooMany });
            return None;
        }
        if types.len() < function.fused.len() {
            let name = &self.fused_types[function.fused[types.len()].0 as usize].name;
            let still = name.strip_prefix("cython.").unwrap_or(name).to_string();
            self.error(SemanticError::FusedIndex { span, problem: FusedIndexProblem::NotEnough { still } });
            return None;
        }
        for ((ty, fused), item) in types.iter().zip(&function.fused).zip(items) {
            if !self.fused_types[fused.0 as usize].members.contains(ty) {
                let item_span = match item {
                    ast::SubscriptItem::Index(e) => e.span,
                    ast::SubscriptItem::Slice { span, .. } => *span,
                };
                self.error(SemanticError::FusedIndex { span: item_span, problem: FusedIndexProblem::NotInFusedType });
                return None;
            }
        }
        function.specialisations.iter().find(|(t, _)| *t == types).map(|(_, id)| *id)
    }

    /// An expression that names a type (`double`, `cython.double`,
    /// `cnp.float64_t`, a typedef, a bound fused type), as that type; `None`
    /// when it names something else. Reports nothing.
    pub(super) fn expr_as_type(&mut self, e: &ast::Expr) -> Option<Type> {
        let written = match &e.kind {
            ast::ExprKind::CType(t) => t.clone(),
            _ => self.expr_as_type_name(e)?,
        };
        let before = self.errors.len();
        let ty = self.resolve_type(&written);
        let failed = self.errors.len() > before;
        self.errors.truncate(before);
        (!failed).then_some(ty)
    }

    /// `floating is double`, `floating in cython.floating`, and `not`, `and`
    /// and `or` of such tests: decided at compile time, as Cython does.
    pub(super) fn type_test(&mut self, e: &ast::Expr) -> Option<bool> {
        match &e.kind {
            ast::ExprKind::Unary { op: ast::UnaryOp::Not, operand } => self.type_test(operand).map(|b| !b),
            ast::ExprKind::BoolOp { op, left, right } => {
                let (l, r) = (self.type_test(left)?, self.type_test(right)?);
                Some(if *op == ast::BoolOp::And { l && r } else { l || r })
            }
            ast::ExprKind::Compare { first, rest } => {
                let [(op, second)] = rest.as_slice() else { return None };
                if !matches!(
                    op,
                    ast::CmpOp::Is
                        | ast::CmpOp::IsNot
                        | ast::CmpOp::Eq
                        | ast::CmpOp::NotEq
                        | ast::CmpOp::In
                        | ast::CmpOp::NotIn
                ) {
                    return None;
                }
                let left = self.expr_as_type(first)?;
                if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                    let name = match &second.kind {
                        ast::ExprKind::Name(n) => n.clone(),
                        ast::ExprKind::Attribute { value, attr } => match &value.kind {
                            ast::ExprKind::Name(m) => format!("{m}.{}", attr.name),
                            _ => return None,
                        },
                        _ => return None,
                    };
                    let id = self.fused_type_id(&name)?;
                    let inside = self.fused_types[id.0 as usize].members.contains(&left);
                    return Some(inside == (*op == ast::CmpOp::In));
                }
                let right = self.expr_as_type(second)?;
                Some((left == right) == matches!(op, ast::CmpOp::Is | ast::CmpOp::Eq))
            }
            _ => None,
        }
    }
}

/// What went wrong in `f[T, …]` on a fused function (Cython's wording).
#[derive(Debug, Clone, PartialEq)]
pub enum FusedIndexProblem {
    /// `f[1]`: Can only index fused functions with types.
    NotTypes,
    /// Too many types specified.
    TooMany,
    /// Not enough types specified to specialize the function, T is still fused.
    NotEnough { still: String },
    /// Type not in fused type.
    NotInFusedType,
}

/// Whether Cython would pass `src` where `dst` is declared without an error
/// (`assignable_from`): numbers to numbers except floating point to integer,
/// pointers of the same type or to `void *`, views of exactly the same type
/// (a `const` view may take a writable one).
fn assignable(src: &Type, dst: &Type) -> bool {
    match (src, dst) {
        (a, b) if a == b => true,
        (Type::Int(_) | Type::Bint | Type::PyInt, Type::Int(_) | Type::Bint) => true,
        (s, Type::Float { .. }) if s.is_numeric() => true,
        (Type::Ptr(_), Type::Ptr(inner)) if **inner == Type::Void => true,
        (Type::Ptr(a), Type::Ptr(b)) => a == b,
        (Type::CArray(a, _), Type::Ptr(b)) => a == b,
        (Type::Memview(a), Type::Memview(b)) => a.elem == b.elem && a.axes == b.axes && (b.is_const || !a.is_const),
        (Type::NoneType, Type::Memview(_) | Type::Ptr(_)) => true,
        _ => false,
    }
}

/// Cython's `is_promotion`: a type narrower than `int` to `int`, `float` to `double`.
fn is_promotion(src: &Type, dst: &Type) -> bool {
    match (src, dst) {
        (Type::Int(_), Type::Int(IntKind::Int | IntKind::Int32)) => {
            let (rank, unsigned) = cython_rank(src).unwrap_or((9.0, false));
            f64::from(u8::from(unsigned)) + rank < 2.0
        }
        (Type::Float { bits: 32 }, Type::Float { bits: 64 }) => true,
        _ => false,
    }
}

/// Two element types a numpy dtype check cannot tell apart (same kind and size).
pub(super) fn same_kind_and_size(a: &Type, b: &Type) -> bool {
    match (a, b) {
        (Type::Int(x), Type::Int(y)) => x.bits() == y.bits() && x.signed() == y.signed(),
        (Type::Float { bits: x }, Type::Float { bits: y }) => x == y,
        _ => false,
    }
}
