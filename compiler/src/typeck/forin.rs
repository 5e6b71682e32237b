//! `for` loops over things other than `range(…)`: tuple and list literals of
//! C values, C arrays and their slices, pointer slices, 1-D memoryviews, and
//! `enumerate(…)` / `reversed(…)` of them. Each becomes a `range` loop over a
//! hidden index (`ForRange`), whose body first assigns the item to the loop
//! variable: lowering and the backends see nothing new.
//!
//! What Cython does (3.3, `Optimize.py` `IterationTransform`):
//! * a tuple or list literal is built once, its items evaluated in order, and
//!   each item is converted to the loop variable's type at its iteration:
//!   an integer too large for the variable raises `OverflowError` there,
//!   after the earlier iterations ran; a `double` item for an integer
//!   variable is a compile-time error. An untyped variable takes the type
//!   spanning the items (`(1, 2.5)` gives `1.0` and `2.5`).
//! * a C array, `carr[a:b]` and `p[a:b]` are walked with a pointer: the
//!   bounds are evaluated once, each element is assigned as C assigns.
//! * a memoryview is indexed `0 … len - 1`.

use cytrus_grammar::ast::{self, Span};

use super::stmt::Source;
use super::{Checker, SemanticError};
use crate::tir::{self, ExprKind, IntKind, StmtKind, Type, VarScope};

/// What the loop walks.
enum Walk {
    /// A literal's items, each already evaluated (a temporary or a constant).
    Items(Vec<tir::Expr>),
    /// `base[i]` for `i` in `start … stop - 1`; `base` names an array, a
    /// pointer or a view.
    Indexed { base: String, start: ast::Expr, stop: ast::Expr, step: i128 },
}

fn name(n: &str, span: Span) -> ast::Expr {
    ast::Expr { kind: ast::ExprKind::Name(n.to_string()), span }
}

fn int(v: u128, span: Span) -> ast::Expr {
    ast::Expr { kind: ast::ExprKind::Int(v), span }
}

fn binary(op: ast::BinOp, left: ast::Expr, right: ast::Expr, span: Span) -> ast::Expr {
    ast::Expr { kind: ast::ExprKind::Binary { op, left: Box::new(left), right: Box::new(right) }, span }
}

fn index(base: &str, i: ast::Expr, span: Span) -> ast::Expr {
    ast::Expr {
        kind: ast::ExprKind::Subscript { value: Box::new(name(base, span)), items: vec![ast::SubscriptItem::Index(i)] },
        span,
    }
}

impl<'a> Checker<'a> {
    fn forin_error(&mut self, span: Span, message: impl Into<String>, help: impl Into<String>) {
        self.error(SemanticError::ForIn { span, message: message.into(), help: Some(help.into()) });
    }

    /// Is `e` a call of the builtin `name` (not shadowed)?
    pub(super) fn builtin_call<'e>(&self, e: &'e ast::Expr, builtin: &str) -> Option<&'e [ast::Arg]> {
        match &e.kind {
            ast::ExprKind::Call { func, args }
                if matches!(&func.kind, ast::ExprKind::Name(n) if n == builtin
                    && self.lookup_var(n).is_none() && self.lookup_global(n).is_none()) =>
            {
                Some(args)
            }
            _ => None,
        }
    }

    /// Whether `for target in iter` is one [`Self::for_in`] takes (else it
    /// is a `range` loop, or refused by it).
    pub(super) fn is_for_in(&self, iter: &ast::Expr) -> bool {
        !matches!(&iter.kind, ast::ExprKind::Call { func, .. }
            if matches!(&func.kind, ast::ExprKind::Name(n) if (n == "range" || n == "xrange")
                && self.lookup_var(n).is_none() && self.lookup_global(n).is_none())
                || self.parallel_name(func) == Some(super::parallel::ParallelName::Prange))
    }

    /// A hidden local (or global) of type `ty`, reachable by its name.
    pub(super) fn hidden_var(&mut self, prefix: &str, ty: Type, span: Span) -> (String, tir::VarId) {
        let scope = match self.fn_stack.last() {
            Some(f) => VarScope::Local(f.id),
            None => VarScope::Global,
        };
        let n = format!("__{prefix}_{}", self.vars.len());
        let var = self.new_var(&n, ty, scope, true, span);
        match self.fn_stack.last_mut() {
            Some(f) => {
                f.locals.insert(n.clone(), var);
            }
            None => {
                self.globals.insert(n.clone(), super::Symbol::Var(var));
            }
        }
        (n, var)
    }

    /// `hidden = value` (converted), pushed to `out`.
    fn hidden_value(&mut self, prefix: &str, ty: Type, value: tir::Expr, out: &mut Vec<tir::Stmt>) -> String {
        let span = value.span;
        let (n, var) = self.hidden_var(prefix, ty.clone(), span);
        let value = self.coerce(value, &ty, span);
        let target = tir::Expr::new(ExprKind::Var(var), ty, span);
        out.push(self.stmt_new(StmtKind::Assign { target, value }, span));
        n
    }

    /// `for target in iter` where `iter` is not `range(…)`/`prange(…)`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn for_in(
        &mut self,
        target: &ast::Expr,
        iter: &ast::Expr,
        body: &'a [ast::Stmt],
        orelse: &'a Option<Vec<ast::Stmt>>,
        span: Span,
        out: &mut Vec<tir::Stmt>,
    ) {
        // `for i, x in enumerate(seq)`.
        let (counter, target, iter) = match (&target.kind, self.builtin_call(iter, "enumerate")) {
            (ast::ExprKind::Tuple(names), Some(args)) => {
                let [i, x] = names.as_slice() else {
                    self.forin_error(
                        target.span,
                        "`enumerate(…)` gives pairs: the loop target must be two names",
                        "write `for i, x in enumerate(seq)`",
                    );
                    return;
                };
                let [ast::Arg { keyword: None, value: seq, star: ast::ParamStar::None }] = args else {
                    self.forin_error(
                        iter.span,
                        "`enumerate(…)` takes one sequence here (no `start=`)",
                        "add the start to the index in the body: `i + start`",
                    );
                    return;
                };
                (Some(i), x, seq)
            }
            (_, Some(_)) => {
                self.forin_error(
                    target.span,
                    "`enumerate(…)` gives pairs: the loop target must be two names",
                    "write `for i, x in enumerate(seq)`",
                );
                return;
            }
            _ => (None, target, iter),
        };
        for t in counter.into_iter().chain([target]) {
            if !matches!(t.kind, ast::ExprKind::Name(_)) {
                self.error(SemanticError::BadRange {
                    span: t.span,
                    message: "the target of a `for` loop must be a name",
                });
                return;
            }
        }
        let ast::ExprKind::Name(target_name) = &target.kind else { return };
        // `reversed(seq)`.
        let (iter, reversed) = match self.builtin_call(iter, "reversed") {
            Some([ast::Arg { keyword: None, value: seq, star: ast::ParamStar::None }]) => (seq, true),
            Some(_) => {
                self.forin_error(iter.span, "`reversed(…)` takes one sequence", "write `reversed(seq)`");
                return;
            }
            None => (iter, false),
        };
        let wrapper = if counter.is_some() {
            Some("enumerate")
        } else if reversed {
            Some("reversed")
        } else {
            None
        };
        let Some((walk, item_ty)) = self.walk(iter, target_name, wrapper, out) else { return };
        // An untyped loop variable takes the items' type (Cython's spanning type).
        if self.lookup_var(target_name).is_none() {
            let Some(item_ty) = item_ty else {
                self.forin_error(
                    target.span,
                    format!("cannot infer the type of `{target_name}` from an empty sequence"),
                    format!("declare it: `cdef int {target_name}`"),
                );
                return;
            };
            let Some(ty) = self.inferred_type(&item_ty, target.span, target_name) else { return };
            // A loop over `float`s, the name's only assignment: a `float`.
            let single_float = self.single_float_name(target_name, item_ty == Type::FLOAT);
            let ty = if ty == Type::DOUBLE && single_float { Type::FLOAT } else { ty };
            let scope = match self.fn_stack.last() {
                Some(f) => VarScope::Local(f.id),
                None => VarScope::Global,
            };
            let var = self.new_var(target_name, ty, scope, false, target.span);
            match self.fn_stack.last_mut() {
                Some(f) => {
                    f.locals.insert(target_name.clone(), var);
                }
                None => {
                    self.globals.insert(target_name.clone(), super::Symbol::Var(var));
                }
            }
        }
        let var = self.lookup_var(target_name).expect("declared above");
        let var_ty = self.vars[var.0 as usize].ty.clone();
        // The loop over the index, in `Py_ssize_t`.
        let ssize = Type::Int(IntKind::SsizeT);
        let (idx_name, idx) = self.hidden_var("forin_i", ssize.clone(), iter.span);
        let s = iter.span;
        let (start, stop, stride) = match &walk {
            Walk::Items(items) => (int(0, s), int(items.len() as u128, s), 1),
            Walk::Indexed { start, stop, step, .. } => (start.clone(), stop.clone(), *step),
        };
        // `reversed`: the index counts down from `stop - 1` to `start`.
        let (first, last, step) = if reversed {
            (
                binary(ast::BinOp::Sub, stop.clone(), int(1, s), s),
                binary(ast::BinOp::Sub, start.clone(), int(1, s), s),
                -1i128,
            )
        } else {
            (start.clone(), stop.clone(), stride)
        };
        let first = self.expr(&first);
        let last = self.expr(&last);
        if first.ty.is_error() || last.ty.is_error() {
            return;
        }
        let first = self.coerce(first, &ssize, s);
        let last = self.coerce(last, &ssize, s);
        let step = tir::Expr::new(ExprKind::IntLit(step), ssize.clone(), s);
        // The body: the item into the loop variable(s), then the loop's body.
        let mut head = Vec::new();
        if let Some(counter) = counter {
            // Slices are refused under `enumerate`: every walk starts at 0.
            let v = self.expr(&name(&idx_name, s));
            let v = self.coerce(v, &ssize, s);
            self.assign_from(counter, &Source::Typed(v), counter.span, &mut head);
        }
        match walk {
            Walk::Indexed { base, .. } => {
                let item = self.expr(&index(&base, name(&idx_name, s), s));
                if item.ty.is_error() {
                    return;
                }
                self.assign_from(target, &Source::Typed(item), target.span, &mut head);
            }
            Walk::Items(items) => {
                // `if i == 0: x = t0 elif i == 1: x = t1 … else: x = tn`.
                let mut branches = Vec::new();
                let mut orelse_stmts = Vec::new();
                let n = items.len();
                for (k, item) in items.into_iter().enumerate() {
                    let item = self.checked_item(item, &var_ty);
                    let mut assign = Vec::new();
                    self.assign_from(target, &Source::Typed(item), target.span, &mut assign);
                    if k + 1 == n {
                        orelse_stmts = assign;
                    } else {
                        let cond = ast::Expr {
                            kind: ast::ExprKind::Compare {
                                first: Box::new(name(&idx_name, s)),
                                rest: vec![(ast::CmpOp::Eq, int(k as u128, s))],
                            },
                            span: s,
                        };
                        let cond = self.expr(&cond);
                        branches.push((cond, assign));
                    }
                }
                if branches.is_empty() {
                    head.extend(orelse_stmts);
                } else if n > 0 {
                    head.push(self.stmt_new(StmtKind::If { branches, orelse: orelse_stmts }, s));
                }
            }
        }
        let mut loop_body = head;
        loop_body.extend(self.loop_body(body));
        let orelse = orelse.as_ref().map(|b| self.block(b)).unwrap_or_default();
        out.push(self.stmt_new(
            StmtKind::ForRange {
                var: idx,
                start: first,
                stop: last,
                step,
                ty: ssize,
                body: loop_body,
                orelse,
                parallel: None,
            },
            span,
        ));
    }

    /// A literal's item for a loop variable of type `to`: Cython converts
    /// it through a Python int, so an integer that does not fit raises
    /// `OverflowError` at its iteration.
    fn checked_item(&mut self, item: tir::Expr, to: &Type) -> tir::Expr {
        match (&item.ty, to) {
            (Type::Int(_) | Type::Bint | Type::Enum(_) | Type::PyInt, Type::Int(_)) if &item.ty != to => {
                let span = item.span;
                tir::Expr::new(ExprKind::ConvertChecked(Box::new(item)), to.clone(), span)
            }
            _ => item,
        }
    }

    /// What `iter` walks, and the type an untyped loop variable takes from
    /// it (`None` for an empty literal). Statements evaluating it once go to `out`.
    fn walk(
        &mut self,
        iter: &ast::Expr,
        target: &str,
        wrapper: Option<&str>,
        out: &mut Vec<tir::Stmt>,
    ) -> Option<(Walk, Option<Type>)> {
        let s = iter.span;
        match &iter.kind {
            ast::ExprKind::Tuple(items) | ast::ExprKind::List(items) => {
                let mut typed = Vec::new();
                for item in items {
                    let literal = match &item.kind {
                        ast::ExprKind::Int(_) | ast::ExprKind::Float(_) | ast::ExprKind::Bool(_) => true,
                        ast::ExprKind::Unary { op: ast::UnaryOp::Neg, operand } => {
                            matches!(operand.kind, ast::ExprKind::Int(_) | ast::ExprKind::Float(_))
                        }
                        _ => false,
                    };
                    let v = if literal {
                        self.expr(item)
                    } else {
                        let v = self.expr(item);
                        if v.ty.is_error() {
                            return None;
                        }
                        if !matches!(v.ty, Type::Int(_) | Type::Float { .. } | Type::Bint | Type::PyInt | Type::Enum(_))
                        {
                            self.forin_error(
                                item.span,
                                format!("loops over literals of `{}` items are not supported", v.ty.display()),
                                "loop over numbers (C integers, floating-point values, `bint`)",
                            );
                            return None;
                        }
                        let ty = v.ty.clone();
                        let n = self.hidden_value("forin_item", ty.clone(), v, out);
                        self.expr(&name(&n, item.span))
                    };
                    if v.ty.is_error() {
                        return None;
                    }
                    typed.push(v);
                }
                let floats = typed.iter().any(|v| matches!(v.ty, Type::Float { .. }));
                let bints = typed.iter().filter(|v| v.ty == Type::Bint).count();
                let untyped = self.lookup_var(target).is_none();
                if let (true, Some(wrapper)) =
                    (untyped && floats && typed.iter().any(|v| !matches!(v.ty, Type::Float { .. })), wrapper)
                {
                    self.forin_error(
                        iter.span,
                        format!("the items mix integers and floating-point values: under `{wrapper}(…)` Cython keeps each item's own type, which no C type for `{target}` prints alike"),
                        format!("declare the loop variable: `cdef double {target}`"),
                    );
                    return None;
                }
                let item_ty = if typed.is_empty() {
                    None
                } else if floats {
                    Some(Type::DOUBLE)
                } else if bints == typed.len() {
                    Some(Type::Bint)
                } else if bints > 0 {
                    if self.lookup_var(target).is_none() {
                        self.forin_error(
                            iter.span,
                            format!("the items mix `bint` and integers: Cython's `{target}` would print `True` for one and numbers for the others"),
                            format!("declare the loop variable: `cdef int {target}` or `cdef bint {target}`"),
                        );
                        return None;
                    }
                    Some(Type::PyInt)
                } else {
                    Some(Type::PyInt)
                };
                Some((Walk::Items(typed), item_ty))
            }
            // `carr[a:b]`, `p[a:b]`: bounds evaluated once.
            ast::ExprKind::Subscript { value, items }
                if matches!(items.as_slice(), [ast::SubscriptItem::Slice { .. }]) =>
            {
                let [ast::SubscriptItem::Slice { start, stop, step, .. }] = items.as_slice() else { return None };
                let base = self.expr(value);
                if base.ty.is_error() {
                    return None;
                }
                let elem = match &base.ty {
                    Type::CArray(elem, _) | Type::Ptr(elem) => (**elem).clone(),
                    Type::Memview(_) => return self.walk_view(iter, out),
                    other => {
                        let other = other.display();
                        self.forin_error(
                            iter.span,
                            format!("loops over slices of `{other}` are not supported"),
                            "loop over the indices: `for i in range(a, b)`",
                        );
                        return None;
                    }
                };
                if let Some(wrapper) = wrapper {
                    self.forin_error(
                        iter.span,
                        format!("`{wrapper}(…)` of a C array or pointer slice is not supported (Cython rejects it: the slice is a pointer, which it cannot convert to a Python object)"),
                        "loop over the indices: `for i in range(a, b)` and index the array",
                    );
                    return None;
                }
                // Cython walks `carr[a:b:k]` with a pointer stepping `k`;
                // cytrus takes a positive literal step.
                let step = match step {
                    None => 1,
                    Some(ast::Expr { kind: ast::ExprKind::Int(k), .. }) if *k > 0 && *k <= i64::MAX as u128 => {
                        *k as i128
                    }
                    Some(_) => {
                        self.forin_error(
                            iter.span,
                            "loops over C array or pointer slices with a step that is not a positive literal are not supported",
                            "loop over the indices: `for i in range(a, b, step)`",
                        );
                        return None;
                    }
                };
                if matches!(elem, Type::Void) {
                    self.forin_error(iter.span, "a `void *` has no items", "cast the pointer to a typed pointer");
                    return None;
                }
                let negative = |e: &Option<ast::Expr>| {
                    matches!(e, Some(ast::Expr { kind: ast::ExprKind::Unary { op: ast::UnaryOp::Neg, .. }, .. }))
                };
                if negative(start) || negative(stop) {
                    self.forin_error(
                        iter.span,
                        "negative slice bounds in a loop over a C array or pointer are not supported (Cython does not count them from the end)",
                        "write the bounds from the start: `carr[n - 2:n]`",
                    );
                    return None;
                }
                let stop = match (stop, &base.ty) {
                    (Some(stop), _) => stop.clone(),
                    (None, _) => {
                        self.forin_error(
                            iter.span,
                            "a loop over a C array or pointer slice needs its end (Cython: \"C array iteration requires known end index\")",
                            "give the stop: `for x in p[:n]`",
                        );
                        return None;
                    }
                };
                let start = start.clone().unwrap_or_else(|| int(0, s));
                let ssize = Type::Int(IntKind::SsizeT);
                let bound = |this: &mut Self, e: &ast::Expr, out: &mut Vec<tir::Stmt>| -> Option<ast::Expr> {
                    if matches!(e.kind, ast::ExprKind::Int(_)) {
                        return Some(e.clone());
                    }
                    let v = this.expr(e);
                    if v.ty.is_error() {
                        return None;
                    }
                    if !v.ty.is_integral() {
                        this.error(SemanticError::CannotAssign {
                            span: e.span,
                            from: v.ty.display(),
                            to: "an integer".into(),
                            help: Some("slice bounds are integers".into()),
                        });
                        return None;
                    }
                    Some(name(&this.hidden_value("forin_bound", ssize.clone(), v, out), e.span))
                };
                // Cython evaluates the base, then the start, then the stop.
                let base = match (&value.kind, &base.ty) {
                    (ast::ExprKind::Name(n), Type::CArray(..)) => n.clone(),
                    (_, Type::CArray(..)) => {
                        self.forin_error(
                            value.span,
                            "loops over slices of unnamed C arrays are not supported",
                            "name the array first: `cdef int *p = s.arr` and loop over `p[a:b]`",
                        );
                        return None;
                    }
                    _ => {
                        let ty = base.ty.clone();
                        self.hidden_value("forin_base", ty, base, out)
                    }
                };
                let start = bound(self, &start, out)?;
                let stop = bound(self, &stop, out)?;
                Some((Walk::Indexed { base, start, stop, step }, Some(elem)))
            }
            _ => {
                let it = self.expr(iter);
                match &it.ty {
                    Type::Error => None,
                    Type::CArray(elem, n) => {
                        let elem = (**elem).clone();
                        let ast::ExprKind::Name(base) = &iter.kind else {
                            self.forin_error(
                                iter.span,
                                "loops over unnamed C arrays are not supported",
                                "name the array first: `cdef int *p = s.arr` and loop over `p[:n]`",
                            );
                            return None;
                        };
                        Some((
                            Walk::Indexed { base: base.clone(), start: int(0, s), stop: int(*n as u128, s), step: 1 },
                            Some(elem),
                        ))
                    }
                    Type::Memview(_) => self.walk_view(iter, out),
                    Type::Ptr(_) => {
                        self.forin_error(
                            iter.span,
                            "a pointer has no length to loop over",
                            "loop over a slice: `for x in p[:n]`",
                        );
                        None
                    }
                    _ => {
                        self.error(SemanticError::Unsupported {
                            span: iter.span,
                            what: "loops over anything but `range(…)`, tuple and list literals, C arrays, pointer slices and 1-D memoryviews",
                            instead: "loop over the indices: `for i in range(n)`",
                        });
                        None
                    }
                }
            }
        }
    }

    /// A 1-D memoryview, evaluated once, indexed `0 … len - 1`.
    fn walk_view(&mut self, iter: &ast::Expr, out: &mut Vec<tir::Stmt>) -> Option<(Walk, Option<Type>)> {
        let s = iter.span;
        let view = self.expr(iter);
        if view.ty.is_error() {
            return None;
        }
        let Some(mv) = view.ty.memview().cloned() else { return None };
        if mv.ndim() != 1 {
            self.forin_error(
                iter.span,
                format!(
                    "loops over a {}-D memoryview are not supported (Cython gives its rows as memoryview objects)",
                    mv.ndim()
                ),
                "loop over the indices: `for i in range(m.shape[0])` and index `m[i, j]`",
            );
            return None;
        }
        let elem = (*mv.elem).clone();
        let ty = view.ty.clone();
        let base = self.hidden_value("forin_view", ty, view, out);
        let shape = ast::Expr {
            kind: ast::ExprKind::Subscript {
                value: Box::new(ast::Expr {
                    kind: ast::ExprKind::Attribute {
                        value: Box::new(name(&base, s)),
                        attr: ast::Ident { name: "shape".into(), span: s },
                    },
                    span: s,
                }),
                items: vec![ast::SubscriptItem::Index(int(0, s))],
            },
            span: s,
        };
        Some((Walk::Indexed { base, start: int(0, s), stop: shape, step: 1 }, Some(elem)))
    }
}
