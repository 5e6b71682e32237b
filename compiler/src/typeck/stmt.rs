//! Typing statements: declarations, assignment with inference, control flow.

use cytrus_grammar::ast::{self, Span};

use super::error::CTupleProblem;
use super::{scope, Checker, SemanticError};
use crate::tir::{
    self, Directives, ExceptionKind, Expr, ExprKind, Handler, IntKind, RaiseValue, StmtKind, Type, VarScope,
};

/// The value of an assignment: as written, or typed already (a temporary of
/// a tuple or chained assignment).
pub(super) enum Source<'e> {
    Ast(&'e ast::Expr),
    Typed(Expr),
}

impl Source<'_> {
    fn span(&self) -> Span {
        match self {
            Source::Ast(e) => e.span,
            Source::Typed(e) => e.span,
        }
    }
}

impl<'a> Checker<'a> {
    /// The typed value of `source`, typed toward `expecting` when written.
    fn source_value(&mut self, source: &Source<'_>, expecting: Option<&Type>) -> Expr {
        match source {
            Source::Ast(e) => self.expr_expecting(e, expecting),
            Source::Typed(e) => e.clone(),
        }
    }

    /// Types a block of statements.
    pub(super) fn block(&mut self, stmts: &'a [ast::Stmt]) -> Vec<tir::Stmt> {
        let mut out = Vec::new();
        for (i, s) in stmts.iter().enumerate() {
            self.stmt(s, &mut out);
            if let Some(privates) = self.block_privates.take() {
                self.check_reads_after_block(&privates, &stmts[i + 1..]);
            }
        }
        out
    }

    fn stmt(&mut self, s: &'a ast::Stmt, out: &mut Vec<tir::Stmt>) {
        let span = s.span;
        match &s.kind {
            ast::StmtKind::Expr(e) => {
                if self.is_numpy_setup_call(e) {
                    return;
                }
                if let Some(print) = self.print(e) {
                    out.push(self.stmt_new(print, span));
                    return;
                }
                let value = self.expr(e);
                out.push(self.stmt_new(StmtKind::Expr(value), span));
            }
            // `DTYPE = np.float64` at module level binds a dtype name (see `declare_module`).
            ast::StmtKind::Assign { .. } if !self.in_function() && self.declare_dtype_name(s) => {}
            ast::StmtKind::Assign { .. } if self.in_function() && self.declare_local_dtype(s) => {}
            ast::StmtKind::Assign { targets, value } => self.assign_stmt(targets, value, span, out),
            ast::StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value, span, out),
            // At module level Cython ignores an annotation: the name is a
            // Python object holding whatever it is assigned.
            ast::StmtKind::CDecl(decl) if !self.in_function() && decl.declarators.iter().any(|d| d.annotated) => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "annotated module-level variables (Cython ignores the annotation there: the name is a Python object)",
                    instead: "declare a C variable with `cdef` (`cdef int g = 5`), or drop the annotation",
                });
                // Declared all the same, so that its uses report nothing more.
                for d in &decl.declarators {
                    self.declare_var(d, out);
                }
            }
            ast::StmtKind::CDecl(decl) => {
                for d in &decl.declarators {
                    self.declare_var(d, out);
                }
            }
            ast::StmtKind::Struct(_) | ast::StmtKind::Enum(_) => {
                if self.in_function() {
                    self.error(SemanticError::Unsupported {
                        span,
                        what: "struct, union and enum declarations inside functions",
                        instead: "declare them at the top of the module, as Cython requires",
                    });
                }
            }
            ast::StmtKind::CTypedef { .. }
            | ast::StmtKind::FusedType { .. }
            | ast::StmtKind::Cimport { .. }
            | ast::StmtKind::FromCimport { .. } => {
                if self.in_function() {
                    self.error(SemanticError::Unsupported {
                        span,
                        what: "`cimport` and `ctypedef` inside functions",
                        instead: "move them to the top of the module",
                    });
                }
            }
            // The loader spliced in every `include` at the top level.
            ast::StmtKind::Include { span, .. } => self.error(SemanticError::Unsupported {
                span: *span,
                what: "`include` statements inside blocks",
                instead: "include the file at the top level of the module",
            }),
            ast::StmtKind::Extern(block) => {
                if self.in_function() {
                    self.error(SemanticError::Unsupported {
                        span: block.header_span,
                        what: "`cdef extern` blocks inside functions",
                        instead: "move the block to the top of the module",
                    });
                }
            }
            // Only extern blocks hold these; the grammar puts them nowhere else.
            ast::StmtKind::CEnum { .. } | ast::StmtKind::ExternStruct { .. } => {}
            ast::StmtKind::Function(f) => {
                if self.in_function() {
                    self.error(SemanticError::Unsupported {
                        span: f.name.span,
                        what: "nested functions and closures",
                        instead: "define the function at module level",
                    });
                }
            }
            ast::StmtKind::Class { name, cdef } => self.error(SemanticError::Unsupported {
                span: name.span,
                what: if *cdef { "extension types (`cdef class`)" } else { "Python classes" },
                instead: "use `cdef` functions over typed memoryviews and C scalars",
            }),
            ast::StmtKind::Import { module, .. } => {
                if self.in_function() || !super::scope::is_known_import(&module.text()) {
                    self.error(SemanticError::Unsupported {
                        span: module.span,
                        what: "imports of Python modules",
                        instead: "cytrus imports `cython` and `numpy` (for its allocations); use `cimport` for `libc`",
                    });
                }
            }
            ast::StmtKind::Global(_) | ast::StmtKind::Nonlocal(_) => self.error(SemanticError::Unsupported {
                span,
                what: "`global` and `nonlocal` declarations",
                instead: "pass values as parameters and return results",
            }),
            ast::StmtKind::Del(_) => self.error(SemanticError::Unsupported {
                span,
                what: "`del` statements",
                instead: "assign `None` to a view to release it",
            }),
            ast::StmtKind::If { branches, orelse } => {
                let mut typed = Vec::new();
                // A branch whose test is decided at compile time (`floating is
                // double`) is dropped or becomes the `else`, unchecked when dead.
                let mut decided: Option<&'a [ast::Stmt]> = orelse.as_deref();
                for (cond, body) in branches {
                    match self.type_test(cond) {
                        Some(false) => continue,
                        Some(true) => {
                            decided = Some(body);
                            break;
                        }
                        None => {}
                    }
                    let c = self.condition(cond);
                    let b = self.block(body);
                    typed.push((c, b));
                }
                let orelse = decided.map(|b| self.block(b)).unwrap_or_default();
                if typed.is_empty() {
                    out.push(self.stmt_new(StmtKind::Block(orelse), span));
                } else {
                    out.push(self.stmt_new(StmtKind::If { branches: typed, orelse }, span));
                }
            }
            ast::StmtKind::While { cond, body, orelse } => {
                let cond = self.condition(cond);
                let body = self.loop_body(body);
                let orelse = orelse.as_ref().map(|b| self.block(b)).unwrap_or_default();
                out.push(self.stmt_new(StmtKind::While { cond, body, orelse }, span));
            }
            ast::StmtKind::For { target, iter, body, orelse } => self.for_range(target, iter, body, orelse, span, out),
            ast::StmtKind::Break | ast::StmtKind::Continue => {
                let keyword = if s.kind == ast::StmtKind::Break { "break" } else { "continue" };
                if self.fn_stack.last().map_or(self.module_loop_depth == 0, |f| f.loop_depth == 0) {
                    self.error(SemanticError::OutsideLoop { span, keyword });
                    return;
                }
                let kind = if keyword == "break" { StmtKind::Break } else { StmtKind::Continue };
                out.push(self.stmt_new(kind, span));
            }
            ast::StmtKind::Pass => out.push(self.stmt_new(StmtKind::Pass, span)),
            ast::StmtKind::Return(value) => self.return_stmt(value.as_ref(), span, out),
            ast::StmtKind::Raise(value) => {
                let raised = match value {
                    None => None,
                    Some(v) => match self.raise_value(v) {
                        Some(r) => Some(r),
                        None => return,
                    },
                };
                out.push(self.stmt_new(StmtKind::Raise(raised), span));
            }
            ast::StmtKind::Assert { cond, message } => {
                let cond = self.condition(cond);
                let message = message.as_ref().map(|m| self.exception_message(m));
                out.push(self.stmt_new(StmtKind::Assert { cond, message }, span));
            }
            ast::StmtKind::Try { body, handlers, orelse, finally } => {
                if !handlers.is_empty() {
                    self.require_gil(span, "`try`/`except`");
                }
                let body = self.block(body);
                let mut typed = Vec::new();
                for h in handlers {
                    typed.push(self.handler(h));
                }
                let orelse = orelse.as_ref().map(|b| self.block(b)).unwrap_or_default();
                let finally = finally.as_ref().map(|b| self.block(b)).unwrap_or_default();
                out.push(self.stmt_new(StmtKind::Try { body, handlers: typed, orelse, finally }, span));
            }
            ast::StmtKind::With { items, body } => self.with(items, body, span, out),
            ast::StmtKind::Error => {}
        }
    }

    pub(super) fn loop_body(&mut self, body: &'a [ast::Stmt]) -> Vec<tir::Stmt> {
        self.enter_loop(1);
        let b = self.block(body);
        self.enter_loop(-1);
        b
    }

    fn enter_loop(&mut self, delta: isize) {
        match self.fn_stack.last_mut() {
            Some(f) => f.loop_depth = f.loop_depth.wrapping_add_signed(delta),
            None => self.module_loop_depth = self.module_loop_depth.wrapping_add_signed(delta),
        }
    }

    /// `print(a, b, sep="", end="")` as a statement.
    fn print(&mut self, e: &ast::Expr) -> Option<StmtKind> {
        let ast::ExprKind::Call { func, args } = &e.kind else { return None };
        let ast::ExprKind::Name(name) = &func.kind else { return None };
        if name != "print" || self.lookup_var(name).is_some() || self.lookup_global(name).is_some() {
            return None;
        }
        self.require_gil(e.span, "`print`");
        let mut values = Vec::new();
        let (mut sep, mut end) = (" ".to_string(), "\n".to_string());
        for arg in args {
            match &arg.keyword {
                None => values.push(self.printable(&arg.value)),
                Some(kw) => {
                    let text = match &arg.value.kind {
                        ast::ExprKind::Str(s) if !s.format && !s.bytes => s.value.clone(),
                        _ => {
                            self.error(SemanticError::BadArrayArgument {
                                span: arg.value.span,
                                message: format!("`{}` must be a string literal", kw.name),
                            });
                            continue;
                        }
                    };
                    match kw.name.as_str() {
                        "sep" => sep = text,
                        "end" => end = text,
                        other => self.error(SemanticError::UnknownKeyword {
                            span: kw.span,
                            name: other.into(),
                            function: "print".into(),
                        }),
                    }
                }
            }
        }
        Some(StmtKind::Print { args: values, sep, end })
    }

    /// A value that can be printed or put in an exception message.
    fn printable(&mut self, e: &ast::Expr) -> Expr {
        match self.python_object_select(e) {
            Some(select) => self.printable_value(&select, true),
            None => self.printable_value(e, false),
        }
    }

    /// As [`Self::printable`]; `selected` marks the conditional written for
    /// an `and`/`or`/`min`/`max` of Python objects, each operand printed
    /// from its own type (a `bint` as a bool even beside a Python int).
    fn printable_value(&mut self, e: &ast::Expr, selected: bool) -> Expr {
        let value = self.expr(e);
        // A conditional whose branches are of different Python kinds (a
        // `bint` and a number, an int and a float) is boxed branch by branch
        // in Cython: `print(0 if n else t)` prints `True`, `x if c else 0`
        // prints `0` beside a double.
        // A Python int beside C integers (a `bint` too) is a Python int:
        // `print(b if c else 2**40)` prints 1 for a true `b`.
        if matches!(value.kind, ExprKind::Conditional { .. })
            && (selected || value.ty != Type::PyInt)
            && mixed_branch_kinds(&value)
        {
            return self.str_branches(value);
        }
        match &value.ty {
            Type::Memview(_) | Type::Ptr(_) | Type::FuncPtr(_) | Type::NoneType | Type::ExceptionClass | Type::Void => {
                let what = value.ty.display();
                self.error(SemanticError::Unsupported {
                    span: e.span,
                    what: "printing memoryviews, pointers and other objects",
                    instead: "print numbers, strings, or `v.shape`",
                });
                let _ = what;
                Expr::error(e.span)
            }
            Type::Struct(_) | Type::CArray(..) if self.not_convertible(&value.ty).is_some() => {
                if let Some((field, reason)) = self.not_convertible(&value.ty) {
                    let ty = value.ty.display();
                    self.error(SemanticError::StructNotConvertible { span: e.span, ty, field, reason });
                    return Expr::error(e.span);
                }
                value
            }
            Type::CArray(..) | Type::CTuple(_) if !super::types::printable_as_python(&value.ty) => {
                self.error(SemanticError::NotConvertibleToPython { span: e.span, ty: value.ty.display() });
                Expr::error(e.span)
            }
            // Cython boxes an integer in its own type for the expression,
            // converting the C value: `s >> u` (an `int` in C) prints as
            // the `unsigned int` Cython types it as.
            // Cython converts each branch of a conditional expression to
            // the Python object on its own (`-1 if c else sizeof(x)` prints
            // -1, not the `size_t` both share).
            Type::Int(_) if matches!(value.kind, ExprKind::Conditional { .. }) => {
                self.coerce_branches(value, &Type::PyInt)
            }
            // A floating one likewise: a branch Cython types as a `float`
            // but C computes in double (`f / 9 if c else f`) prints its
            // double value, not the `float` temporary's.
            Type::Float { .. } if matches!(value.kind, ExprKind::Conditional { .. }) => self.boxed_branches(value),
            // Likewise each operand of `and`/`or` (`u and m` of an unsigned
            // and a signed integer prints m's own value).
            Type::Int(_) if matches!(value.kind, ExprKind::And(..) | ExprKind::Or(..)) => {
                let span = value.span;
                self.coerce(value, &Type::PyInt, span)
            }
            Type::Int(_) => {
                let cython = super::types::literal_as_long(&value);
                if cython != value.ty && matches!(cython, Type::Int(_)) && !matches!(value.kind, ExprKind::IntLit(_)) {
                    let span = value.span;
                    Expr::new(ExprKind::Convert(Box::new(value)), cython, span)
                } else {
                    value
                }
            }
            _ => value,
        }
    }

    /// A floating conditional as the double each branch is boxed from.
    fn boxed_branches(&mut self, value: Expr) -> Expr {
        let span = value.span;
        match value.kind {
            ExprKind::Conditional { cond, then, orelse } => {
                let t = self.boxed_branches(own_branch(*then));
                let o = self.boxed_branches(own_branch(*orelse));
                Expr::new(ExprKind::Conditional { cond, then: Box::new(t), orelse: Box::new(o) }, Type::DOUBLE, span)
            }
            kind => {
                let e = Expr::new(kind, value.ty, span);
                self.coerce_whole(e, &Type::DOUBLE, span, false)
            }
        }
    }

    /// Each branch of a conditional as Python's text for its own value.
    fn str_branches(&mut self, value: Expr) -> Expr {
        let span = value.span;
        match value.kind {
            ExprKind::Conditional { cond, then, orelse } => {
                let t = self.str_branches(own_branch(*then));
                let o = self.str_branches(own_branch(*orelse));
                if t.ty.is_error() || o.ty.is_error() {
                    return Expr::error(span);
                }
                Expr::new(ExprKind::Conditional { cond, then: Box::new(t), orelse: Box::new(o) }, Type::Str, span)
            }
            kind => {
                let e = Expr::new(kind, value.ty, span);
                self.str_of(e, span)
            }
        }
    }

    /// Refuses (E0363) a value of an untyped name that is a bool or a
    /// number in Cython (see [`Self::bool_or_number`]).
    fn check_bool_or_number(&mut self, name: &str, value: &Source) {
        if let Source::Ast(written) = value {
            if let Some(what) = self.bool_or_number(written) {
                let name = name.to_string();
                self.error(SemanticError::UntypedPythonObject { span: written.span, name, what });
            }
        }
    }

    /// Whether Cython's value of `e` is a Python object that is a bool or a
    /// number depending on the operand it picks: `and`/`or`, `min`/`max`
    /// or a conditional with a `bint` beside a C number (`a or n`, `a if c
    /// else n`): `Some` with the construct's name.
    fn bool_or_number(&mut self, e: &ast::Expr) -> Option<&'static str> {
        let (what, operands): (&'static str, Vec<&ast::Expr>) = match &e.kind {
            ast::ExprKind::BoolOp { op, left, right } => {
                (if *op == ast::BoolOp::And { "and" } else { "or" }, vec![left, right])
            }
            ast::ExprKind::Conditional { then, orelse, .. } => ("if-else", vec![then, orelse]),
            ast::ExprKind::Call { func, args } => {
                let ast::ExprKind::Name(name) = &func.kind else { return None };
                if !(name == "min" || name == "max")
                    || self.lookup_var(name).is_some()
                    || self.lookup_global(name).is_some()
                    || args.iter().any(|a| a.keyword.is_some() || a.star != ast::ParamStar::None)
                {
                    return None;
                }
                ("min/max", args.iter().map(|a| &a.value).collect())
            }
            _ => return None,
        };
        // Typed on the side (errors are reported when the value is typed).
        let before = self.errors.len();
        let typed: Vec<Expr> = operands.iter().map(|o| self.expr(o)).collect();
        let failed = self.errors.len() > before;
        self.errors.truncate(before);
        // The name is a Python object where the operands' inferred types
        // mix a `bint` with a number (`-a if c else n`: `-a` is a `bint`
        // there); it holds a bool where an operand picked is a `bint` once
        // analysed (`-a` is an `int`, boxed as one).
        let inferred: Vec<Type> = typed
            .iter()
            .map(|e| if matches!(e.ty, Type::Int(_)) { inferred_int_type(e) } else { e.ty.clone() })
            .collect();
        let c_number = |t: &Type| matches!(t, Type::Int(_) | Type::Enum(_) | Type::Float { .. });
        let mixed = inferred.contains(&Type::Bint)
            && inferred.iter().any(c_number)
            && inferred.iter().all(|t| *t == Type::Bint || c_number(t));
        let bool_picked = typed.iter().any(|e| e.ty == Type::Bint);
        (!failed && mixed && bool_picked).then_some(what)
    }

    /// Where Cython's value is a Python object of either operand's type
    /// (`t and n`, `f or 0`, `max(t, n)`, `min(py, d)` with a `bint` beside
    /// a number, or a Python int beside a float): the same choice written
    /// as conditional expressions over the operands, which print branch by
    /// branch. The operands must be names or literals (each may be read
    /// twice); other operands are refused (E0360) rather than printed as
    /// the common C type.
    fn python_object_select(&mut self, e: &ast::Expr) -> Option<ast::Expr> {
        let span = e.span;
        let operands: Vec<&ast::Expr> = match &e.kind {
            ast::ExprKind::BoolOp { left, right, .. } => vec![left, right],
            ast::ExprKind::Call { func, args } => {
                let ast::ExprKind::Name(name) = &func.kind else { return None };
                if !(name == "min" || name == "max")
                    || self.lookup_var(name).is_some()
                    || self.lookup_global(name).is_some()
                {
                    return None;
                }
                if args.len() < 2 || args.iter().any(|a| a.keyword.is_some() || a.star != ast::ParamStar::None) {
                    return None;
                }
                args.iter().map(|a| &a.value).collect()
            }
            _ => return None,
        };
        // The operands' types, typed on the side (errors are reported when
        // the expression itself is typed).
        let before = self.errors.len();
        let types: Vec<Type> = operands.iter().map(|o| self.expr(o).ty).collect();
        let failed = self.errors.len() > before;
        self.errors.truncate(before);
        // `and`/`or` of an integer and a float: Cython's spanning type is a
        // double, but a printed value is each operand boxed from its own
        // type (`i and d` prints the int when it picks `i`).
        let int_float = matches!(e.kind, ast::ExprKind::BoolOp { .. })
            && types.iter().all(|t| python_kind(t).is_some())
            && types.iter().any(|t| t.is_float())
            && types.iter().any(|t| matches!(python_kind(t), Some(0 | 1)));
        if failed || !(python_object_span(&types) || int_float) {
            return None;
        }
        if !operands.iter().all(|o| rereadable(o)) {
            let what = match &e.kind {
                ast::ExprKind::BoolOp { op: ast::BoolOp::And, .. } => "and",
                ast::ExprKind::BoolOp { .. } => "or",
                _ => "min/max",
            };
            self.error(SemanticError::PythonObjectValue { span, what });
            return None;
        }
        let cond = |c: ast::Expr, t: &ast::Expr, o: &ast::Expr| {
            ast::Expr::new(
                ast::ExprKind::Conditional {
                    cond: Box::new(c),
                    then: Box::new(t.clone()),
                    orelse: Box::new(o.clone()),
                },
                span,
            )
        };
        Some(match &e.kind {
            // `a and b` is `b if a else a`; `a or b` is `a if a else b`.
            ast::ExprKind::BoolOp { op: ast::BoolOp::And, left, right } => cond((**left).clone(), right, left),
            ast::ExprKind::BoolOp { left, right, .. } => cond((**left).clone(), left, right),
            // Cython's min/max: the first argument, replaced by each later
            // one that compares strictly beyond it.
            ast::ExprKind::Call { func, .. } => {
                let ast::ExprKind::Name(name) = &func.kind else { unreachable!("matched above") };
                let op = if name == "max" { ast::CmpOp::Gt } else { ast::CmpOp::Lt };
                let mut best = operands[0].clone();
                for o in &operands[1..] {
                    let test = ast::Expr::new(
                        ast::ExprKind::Compare { first: Box::new((*o).clone()), rest: vec![(op, best.clone())] },
                        o.span,
                    );
                    best = cond(test, o, &best);
                }
                best
            }
            _ => unreachable!("matched above"),
        })
    }

    /// `a[1:4] = b` between two named 1-D C arrays, the slice's bounds
    /// literals inside the array (or left out) and without a step: one
    /// element assignment each, after Cython's compile-time length check
    /// (E0441, Cython's "Assignment to slice of wrong length"). False (nothing
    /// done) for any other assignment.
    fn carray_slice_assign(
        &mut self,
        base: &ast::Expr,
        items: &[ast::SubscriptItem],
        written: &ast::Expr,
        span: Span,
        out: &mut Vec<tir::Stmt>,
    ) -> bool {
        let [ast::SubscriptItem::Slice { start, stop, step: None, .. }] = items else { return false };
        let literal = |e: &Option<ast::Expr>, default: i128| -> Option<i128> {
            match e.as_ref() {
                None => Some(default),
                Some(ast::Expr { kind: ast::ExprKind::Int(v), .. }) => i128::try_from(*v).ok(),
                _ => None,
            }
        };
        let (ast::ExprKind::Name(_), ast::ExprKind::Name(_)) = (&base.kind, &written.kind) else { return false };
        // Both names typed on the side first: only C arrays are handled here.
        let before = self.errors.len();
        let (array, source) = (self.expr(base), self.expr(written));
        self.errors.truncate(before);
        let (Type::CArray(elem, n), Type::CArray(src_elem, m)) = (&array.ty, &source.ty) else { return false };
        if matches!(**elem, Type::CArray(..)) || elem != src_elem || !array.is_lvalue() {
            return false;
        }
        let (Some(lo), Some(hi)) = (literal(start, 0), literal(stop, *n as i128)) else { return false };
        // Cython does not clamp a C array's slice bounds, nor count negative
        // ones from the end: bounds outside the array are refused (E0225).
        if !(0 <= lo && lo <= hi && hi <= *n as i128) {
            return false;
        }
        let len = hi - lo;
        if len != *m as i128 {
            self.error(SemanticError::SliceLengthMismatch { span, expected: len as usize, got: *m as usize });
            return true;
        }
        let index = |i: i128| Expr::new(ExprKind::IntLit(i), Type::SSIZE, span);
        for i in 0..len {
            let elem_of = |a: &Expr, k: i128| {
                Expr::new(
                    ExprKind::PtrIndex { base: Box::new(a.clone()), index: Box::new(index(k)) },
                    (**elem).clone(),
                    span,
                )
            };
            let assign = StmtKind::Assign { target: elem_of(&array, lo + i), value: elem_of(&source, i) };
            out.push(self.stmt_new(assign, span));
        }
        true
    }

    /// `a = value`, `a = b = value` (each target in turn gets the one value)
    /// and `a, b = x, y` (every value evaluated before any target is set).
    fn assign_stmt(&mut self, targets: &'a [ast::Expr], value: &'a ast::Expr, span: Span, out: &mut Vec<tir::Stmt>) {
        let tuple_target = targets.iter().find(|t| matches!(t.kind, ast::ExprKind::Tuple(_) | ast::ExprKind::List(_)));
        if let Some(tuple) = tuple_target {
            if let (ast::ExprKind::Tuple(names), false, 1) =
                (&tuple.kind, matches!(value.kind, ast::ExprKind::Tuple(_)), targets.len())
            {
                self.unpack_value(names, value, span, out);
                return;
            }
            let (ast::ExprKind::Tuple(names), ast::ExprKind::Tuple(values), 1) =
                (&tuple.kind, &value.kind, targets.len())
            else {
                let what = if targets.len() > 1 {
                    "chained assignments to tuples"
                } else if matches!(tuple.kind, ast::ExprKind::List(_)) {
                    "list targets (`[a, b] = …`)"
                } else {
                    "unpacked values other than a tuple written out (`a, b = f()`)"
                };
                self.error(SemanticError::Unsupported {
                    span: value.span,
                    what,
                    instead: "assign each name on a line of its own, or write the values as a tuple: `a, b = x, y`",
                });
                return;
            };
            if names.len() != values.len() {
                self.error(SemanticError::UnpackLength {
                    span: value.span,
                    targets: names.len(),
                    values: values.len(),
                });
                return;
            }
            if let Some(nested) =
                names.iter().find(|n| matches!(n.kind, ast::ExprKind::Tuple(_) | ast::ExprKind::List(_)))
            {
                self.error(SemanticError::Unsupported {
                    span: nested.span,
                    what: "nested tuple targets",
                    instead: "unpack one level at a time",
                });
                return;
            }
            let written: Vec<&ast::Expr> = names.iter().collect();
            let mut sources = self.parallel_values(&written, values, out);
            for (target, source) in names.iter().zip(sources.drain(..)) {
                if let Some(source) = source {
                    self.assign_from(target, &source, span, out);
                }
            }
            return;
        }
        if let [target] = targets {
            self.assign(target, value, span, out);
            return;
        }
        let written: Vec<&ast::Expr> = targets.iter().collect();
        let names = names_in(&written);
        let source = if is_inert(value, &names) {
            Source::Ast(value)
        } else {
            match self.temporary(value, out) {
                Some(temp) => Source::Typed(temp),
                None => return,
            }
        };
        for target in targets {
            self.assign_from(target, &source, span, out);
        }
    }

    /// `a, b = t` / `a, b = f()` with a C tuple value: the value is held in
    /// a temporary, then each target is assigned its item in turn.
    fn unpack_value(&mut self, names: &[ast::Expr], value: &ast::Expr, span: Span, out: &mut Vec<tir::Stmt>) {
        let typed = self.expr(value);
        let Type::CTuple(members) = &typed.ty else {
            if !typed.ty.is_error() {
                self.error(SemanticError::Unsupported {
                    span: value.span,
                    what: "unpacked values other than a C tuple or a tuple written out",
                    instead: "assign each name on a line of its own, or write the values as a tuple: `a, b = x, y`",
                });
            }
            return;
        };
        if members.len() != names.len() {
            self.error(SemanticError::CTuple {
                span: value.span,
                problem: Box::new(CTupleProblem::UnpackLength { expected: members.len(), got: names.len() }),
            });
            return;
        }
        if let Some(nested) = names.iter().find(|n| matches!(n.kind, ast::ExprKind::Tuple(_) | ast::ExprKind::List(_)))
        {
            self.error(SemanticError::Unsupported {
                span: nested.span,
                what: "nested tuple targets",
                instead: "unpack one level at a time: `a, inner = t` then `b, c = inner`",
            });
            return;
        }
        let members = members.clone();
        let vspan = typed.span;
        // Held first, as Python evaluates the whole value before any target is set.
        let scope = match self.fn_stack.last() {
            Some(f) => VarScope::Local(f.id),
            None => VarScope::Global,
        };
        let name = format!("__tuple_{}", self.vars.len());
        let var = self.new_var(&name, typed.ty.clone(), scope, false, vspan);
        let holder = Expr::new(ExprKind::Var(var), typed.ty.clone(), vspan);
        out.push(self.stmt_new(StmtKind::Assign { target: holder.clone(), value: typed }, vspan));
        for (i, (target, member)) in names.iter().zip(members).enumerate() {
            let item = Expr::new(ExprKind::TupleItem { base: Box::new(holder.clone()), index: i }, member, target.span);
            self.assign_from(target, &Source::Typed(item), span, out);
        }
    }

    /// The values of `a, b = x, y`, each to be read when its target is set:
    /// as written where that reads what it did before any target was set,
    /// else a temporary holding it, evaluated now in order.
    fn parallel_values<'e>(
        &mut self,
        targets: &[&ast::Expr],
        values: &'e [ast::Expr],
        out: &mut Vec<tir::Stmt>,
    ) -> Vec<Option<Source<'e>>> {
        let names = names_in(targets);
        let needs_temporaries = values.iter().skip(1).any(|v| !is_inert(v, &names));
        values
            .iter()
            .map(|v| {
                if !needs_temporaries || is_inert(v, &names) {
                    Some(Source::Ast(v))
                } else {
                    self.temporary(v, out).map(Source::Typed)
                }
            })
            .collect()
    }

    /// A new unnamed local holding `value`, assigned now.
    fn temporary(&mut self, value: &ast::Expr, out: &mut Vec<tir::Stmt>) -> Option<Expr> {
        let v = self.expr(value);
        match &v.ty {
            Type::Error => return None,
            Type::Int(_)
            | Type::Float { .. }
            | Type::Bint
            | Type::PyInt
            | Type::Ptr(_)
            | Type::Memview(_)
            | Type::Struct(_)
            | Type::Enum(_)
            | Type::CTuple(_) => {}
            other => {
                let from = other.display();
                self.error(SemanticError::CannotAssign {
                    span: value.span,
                    from,
                    to: "a variable".into(),
                    help: Some("assign numbers, pointers or memoryviews".into()),
                });
                return None;
            }
        }
        let scope = match self.fn_stack.last() {
            Some(f) => VarScope::Local(f.id),
            None => VarScope::Global,
        };
        let name = format!("__tuple_{}", self.vars.len());
        let var = self.new_var(&name, v.ty.clone(), scope, false, value.span);
        let target = Expr::new(ExprKind::Var(var), v.ty.clone(), value.span);
        let read = target.clone();
        out.push(self.stmt_new(StmtKind::Assign { target, value: v }, value.span));
        Some(read)
    }

    /// `x = value`, `v[i] = value`, `v[:] = value`, `p[i] = value`.
    fn assign(&mut self, target: &ast::Expr, value: &ast::Expr, span: Span, out: &mut Vec<tir::Stmt>) {
        self.assign_from(target, &Source::Ast(value), span, out);
    }

    /// As [`Self::assign`], from a value written or already typed.
    pub(super) fn assign_from(&mut self, target: &ast::Expr, value: &Source<'_>, span: Span, out: &mut Vec<tir::Stmt>) {
        if let ast::ExprKind::Name(name) = &target.kind {
            if let Some(var) = self.lookup_var(name) {
                if self.vars[var.0 as usize].is_const {
                    self.error(SemanticError::AssignToConstVar { span: target.span, name: name.clone() });
                    return;
                }
                let ty = self.vars[var.0 as usize].ty.clone();
                if ty.memview().is_some() && (self.parallel_depth > 0 || self.prange_depth > 0) {
                    self.error(SemanticError::Parallel {
                        span: target.span,
                        problem: Box::new(super::error::ParallelProblem::SharedMemoryview),
                    });
                    return;
                }
                if let (Type::Ptr(_), Source::Ast(written)) = (&ty, value) {
                    if matches!(written.kind, ast::ExprKind::List(_)) {
                        // Cython allows it at module level only.
                        if self.in_function() {
                            self.error(SemanticError::PointerLiteralAfterDeclaration { span });
                            return;
                        }
                        if let Some(array) = self.pointer_literal(&ty, written, out) {
                            let v = self.coerce(array, &ty, written.span);
                            let t = Expr::new(ExprKind::Var(var), ty, target.span);
                            out.push(self.stmt_new(StmtKind::Assign { target: t, value: v }, span));
                            return;
                        }
                    }
                }
                if !self.is_numpy_array_call(value) {
                    if let Some(all) = self.ndarray_locals.get_mut(&var) {
                        *all = false;
                    }
                }
                if !self.vars[var.0 as usize].declared {
                    let name = self.vars[var.0 as usize].name.clone();
                    self.check_bool_or_number(&name, value);
                }
                let v = self.source_value(value, Some(&ty));
                let v = if self.vars[var.0 as usize].declared || v.ty.is_error() || ty.is_error() {
                    self.coerce_value(v, &ty, value.span())
                } else {
                    self.reinfer(var, v, value.span())
                };
                let v = self.module_object_value(var, v);
                if ty == Type::Str {
                    self.require_gil(span, "assigning a string");
                }
                let t = Expr::new(ExprKind::Var(var), ty, target.span);
                out.push(self.stmt_new(StmtKind::Assign { target: t, value: v }, span));
                return;
            }
            if self.lookup_global(name).is_some() {
                self.error(SemanticError::NotAssignable { span: target.span, what: "a function, module or type name" });
                return;
            }
            // `x = cython.declare(cython.int, 5)`: a typed declaration in pure-Python mode.
            if let Source::Ast(value) = value {
                if let Some((ty, init)) = self.pure_declare(value) {
                    let declarator = ast::Declarator {
                        name: ast::Ident { name: name.clone(), span: target.span },
                        ty,
                        init: init.cloned(),
                        span,
                        annotated: false,
                    };
                    self.declare_var(&declarator, out);
                    return;
                }
            }
            // First assignment of an untyped name: it takes the value's type.
            self.check_bool_or_number(name, value);
            let v = self.source_value(value, None);
            let Some(ty) = self.inferred_type(&v.ty, target.span, name) else { return };
            // Assigned a floating-point value elsewhere: Cython's spanning type.
            let ty = if ty == Type::PyInt && self.float_names.contains(name) {
                Type::DOUBLE
            } else if ty == Type::PyInt {
                self.c_int_inferred(name, &v).unwrap_or(ty)
            } else if ty == Type::DOUBLE && self.single_float_name(name, self.cython_float(&v) == Some(true)) {
                Type::FLOAT
            } else {
                ty
            };
            let scope = match self.fn_stack.last() {
                Some(f) => VarScope::Local(f.id),
                None => VarScope::Global,
            };
            let var = self.new_var(name, ty.clone(), scope, false, target.span);
            if matches!(scope, VarScope::Local(_)) && ty.memview().is_some() && self.is_numpy_array_call(value) {
                self.ndarray_locals.insert(var, true);
            }
            match self.fn_stack.last_mut() {
                Some(f) => {
                    f.locals.insert(name.clone(), var);
                }
                None => {
                    self.globals.insert(name.clone(), super::Symbol::Var(var));
                }
            }
            let v = self.coerce_value(v, &ty, value.span());
            let v = self.module_object_value(var, v);
            let t = Expr::new(ExprKind::Var(var), ty, target.span);
            out.push(self.stmt_new(StmtKind::Assign { target: t, value: v }, span));
            return;
        }
        if let ast::ExprKind::Attribute { value: object, attr } = &target.kind {
            if matches!(attr.name.as_str(), "data" | "callback_free_data") {
                let array = self.expr(object);
                if let (Type::ViewArray, Source::Ast(value)) = (&array.ty, value) {
                    self.set_array_field(array, attr, value, span, out);
                    return;
                }
                if array.ty.is_error() {
                    return;
                }
            }
        }
        // `a[:] = [1, 2, 3]` on a C array: the whole array.
        if let (
            ast::ExprKind::Subscript { value: base, items },
            Source::Ast(written @ ast::Expr { kind: ast::ExprKind::List(_) | ast::ExprKind::Tuple(_), .. }),
        ) = (&target.kind, value)
        {
            if let [ast::SubscriptItem::Slice { start: None, stop: None, step: None, .. }] = items.as_slice() {
                let array = self.expr(base);
                if let Type::CArray(..) = array.ty {
                    let ty = array.ty.clone();
                    let v = self.expr_expecting(written, Some(&ty));
                    if !v.ty.is_error() && array.is_lvalue() {
                        out.push(self.stmt_new(StmtKind::Assign { target: array, value: v }, span));
                    }
                    return;
                }
                if array.ty.is_error() {
                    return;
                }
            }
        }
        if let (ast::ExprKind::Subscript { value: base, items }, Source::Ast(written)) = (&target.kind, value) {
            if self.carray_slice_assign(base, items, written, span, out) {
                return;
            }
        }
        let t = self.expr(target);
        if t.ty.is_error() {
            self.source_value(value, None);
            return;
        }
        match &t.kind {
            ExprKind::ViewIndex { base, .. } | ExprKind::ViewSlice { base, .. }
                if base.ty.memview().is_some_and(|m| m.is_const) =>
            {
                self.error(SemanticError::AssignToConst { span: target.span, ty: base.ty.display() });
            }
            ExprKind::ViewSlice { .. } => {
                let m = t.ty.memview().expect("a slice is a view").clone();
                let v = self.source_value(value, None);
                if v.ty.is_error() {
                    return;
                }
                if v.ty.is_numeric() {
                    let v = self.coerce_value(v, &m.elem, value.span());
                    out.push(self.stmt_new(StmtKind::FillView { target: t, value: v }, span));
                } else if let Type::Memview(src) = &v.ty {
                    if src.elem != m.elem {
                        self.error(SemanticError::DifferentBaseTypes {
                            span: value.span(),
                            from: src.elem.display(),
                            to: m.elem.display(),
                        });
                        return;
                    }
                    // Either side may have more axes: Cython broadcasts the
                    // leading ones (the extra axes of a source must have extent 1).
                    out.push(self.stmt_new(StmtKind::CopyView { target: t, value: v }, span));
                } else {
                    self.error(SemanticError::CannotAssign {
                        span: value.span(),
                        from: v.ty.display(),
                        to: t.ty.display(),
                        help: None,
                    });
                }
            }
            ExprKind::Field { .. } if !t.is_lvalue() => self.error(SemanticError::NotAssignable {
                span: target.span,
                what: "a field of a value that is not stored (a call's result)",
            }),
            ExprKind::ViewIndex { .. }
            | ExprKind::PtrIndex { .. }
            | ExprKind::Field { .. }
            | ExprKind::TupleItem { .. }
                if t.is_lvalue() =>
            {
                let ty = t.ty.clone();
                let v = self.source_value(value, Some(&ty));
                let v = self.coerce_value(v, &ty, value.span());
                out.push(self.stmt_new(StmtKind::Assign { target: t, value: v }, span));
            }
            ExprKind::ViewAttrIndex { .. } | ExprKind::ViewAttrArray { .. } => {
                self.error(SemanticError::NotAssignable { span: target.span, what: "a memoryview attribute" })
            }
            _ => self.error(SemanticError::NotAssignable { span: target.span, what: "this expression" }),
        }
    }

    /// `cython.declare(T)` or `cython.declare(T, value)`: the type and initial value.
    fn pure_declare<'e>(&self, value: &'e ast::Expr) -> Option<(ast::TypeExpr, Option<&'e ast::Expr>)> {
        let ast::ExprKind::Call { func, args } = &value.kind else { return None };
        if self.cython_attribute(func)?.name != "declare" {
            return None;
        }
        match args.as_slice() {
            [ast::Arg { keyword: None, value: ty, .. }] => Some((cytrus_grammar::parse::expr_as_type(ty)?, None)),
            [ast::Arg { keyword: None, value: ty, .. }, ast::Arg { keyword: None, value: init, .. }] => {
                Some((cytrus_grammar::parse::expr_as_type(ty)?, Some(init)))
            }
            _ => None,
        }
    }

    /// `arr.data = <char *>p` and `arr.callback_free_data = free`.
    fn set_array_field(
        &mut self,
        array: Expr,
        attr: &ast::Ident,
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<tir::Stmt>,
    ) {
        self.require_gil(span, "setting a `cython.view.array` attribute");
        if attr.name == "data" {
            let data = self.expr(value);
            if data.ty.is_error() {
                return;
            }
            if !matches!(data.ty, Type::Ptr(_)) {
                self.error(SemanticError::CannotAssign {
                    span: value.span,
                    from: data.ty.display(),
                    to: "char *".into(),
                    help: Some("give the array memory the program allocated: `arr.data = <char *>p`".into()),
                });
                return;
            }
            let char_ptr = Type::Ptr(Box::new(Type::Int(crate::tir::IntKind::Char)));
            let dspan = data.span;
            let data = Expr::new(ExprKind::Cast(Box::new(data)), char_ptr, dspan);
            out.push(self.stmt_new(StmtKind::SetArrayData { array, data }, span));
            return;
        }
        let is_free = matches!(&value.kind, ast::ExprKind::Name(n)
            if matches!(self.lookup_global(n), Some(super::Symbol::Builtin(crate::tir::Builtin::Free))));
        if !is_free {
            self.error(SemanticError::Unsupported {
                span: value.span,
                what: "callbacks other than `free`",
                instead: "cimport `free` from `libc.stdlib` and write `arr.callback_free_data = free`",
            });
            return;
        }
        out.push(self.stmt_new(StmtKind::SetArrayCallbackFree { array }, span));
    }

    /// Whether an untyped local is a `float`: Cython infers
    /// a name assigned once as its value's type (`x = f * 3`, `t = fv[i]`
    /// of a `float` view); more assignments span in a double (its spanning
    /// of two floating types is always `double`). Module-level names are
    /// Python objects there (a double).
    /// `float_value` says whether the value is a `float` for Cython.
    pub(super) fn single_float_name(&self, name: &str, float_value: bool) -> bool {
        float_value && !self.fn_stack.is_empty() && self.c_int_names.single.contains(name)
    }

    /// The type an untyped name takes from its first value (LANGUAGE.md §2).
    pub(super) fn inferred_type(&mut self, ty: &Type, span: Span, name: &str) -> Option<Type> {
        Some(match ty {
            Type::Error => Type::Error,
            Type::Int(_) | Type::PyInt | Type::Enum(_) => Type::PyInt,
            Type::Float { .. } => Type::DOUBLE,
            Type::Struct(_) => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "untyped names holding a struct (Cython makes them Python dicts)",
                    instead: "declare the name with its struct type: `cdef Point p = …`",
                });
                return None;
            }
            Type::Bint => Type::Bint,
            // Cython makes it a Python tuple; every use cytrus allows reads it alike.
            Type::Ptr(_) | Type::Memview(_) | Type::ViewArray | Type::CTuple(_) | Type::FuncPtr(_) => ty.clone(),
            Type::CArray(..) => Type::Memview(super::types::carray_view_type(ty)),
            Type::NoneType => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "untyped names assigned `None`",
                    instead: "declare the view first: `cdef double[:] v = None`",
                });
                return None;
            }
            Type::Str => {
                self.require_gil(span, "assigning a string");
                Type::Str
            }
            Type::Exception => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "caught exceptions as values",
                    instead: "print the exception, or raise it again with `raise`",
                });
                return None;
            }
            Type::Void => {
                self.error(SemanticError::CannotAssign { span, from: "void".into(), to: name.into(), help: None });
                return None;
            }
            Type::ExceptionClass => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "exception classes as values",
                    instead: "raise them directly",
                });
                return None;
            }
        })
    }

    /// The C type Cython's safe inference gives the untyped local `name`
    /// whose first (and only, or only literal) value is `v`; `None` where
    /// it stays a Python int (see `CIntNames`).
    fn c_int_inferred(&self, name: &str, v: &Expr) -> Option<Type> {
        if self.fn_stack.is_empty() || self.c_int_names.overflowing.contains(name) {
            return None;
        }
        if !matches!(v.ty, Type::Int(_) | Type::Enum(_)) {
            return None;
        }
        // A `def` result is a Python object (its C type only records which).
        if let ExprKind::Call { func, .. } = &v.kind {
            if self.functions[func.0 as usize].returns_object {
                return None;
            }
        }
        let ty = inferred_int_type(v);
        if self.c_int_names.single.contains(name) {
            return Some(ty);
        }
        // Its first value must fit the type spanning all (else a Python int).
        let span = self.c_int_names.spanning.get(name)?;
        (span == &ty || super::types::cython_spanning(span, &ty).as_ref() == Some(span)).then(|| span.clone())
    }

    /// A later assignment to an inferred name must agree with its first type.
    fn reinfer(&mut self, var: tir::VarId, value: Expr, span: Span) -> Expr {
        let ty = self.vars[var.0 as usize].ty.clone();
        let agrees = match (&ty, &value.ty) {
            (Type::PyInt, t) => t.is_integral(),
            (Type::Float { .. }, t) => t.is_numeric(),
            // Typed as the type spanning all its values (see `c_int_inferred`).
            (Type::Int(_), Type::Int(_) | Type::Enum(_)) => {
                super::types::cython_spanning(&ty, &inferred_int_type(&value)).as_ref() == Some(&ty)
            }
            (a, b) => {
                a == b || matches!((a, b), (Type::Memview(_), Type::Memview(_)) | (Type::Memview(_), Type::NoneType))
            }
        };
        if !agrees {
            let first_span = self.vars[var.0 as usize].span;
            let name = self.vars[var.0 as usize].name.clone();
            self.error(SemanticError::ConflictingInference(Box::new(super::error::ConflictingInference {
                span,
                name,
                first: ty.display(),
                second: value.ty.display(),
                first_span,
            })));
            return Expr::error(span);
        }
        self.coerce(value, &ty, span)
    }

    fn aug_assign(
        &mut self,
        target: &ast::Expr,
        op: ast::BinOp,
        value: &ast::Expr,
        span: Span,
        out: &mut Vec<tir::Stmt>,
    ) {
        // Typed as `target = target op value`, evaluated with the target read once.
        let t = self.expr(target);
        if t.ty.is_error() {
            self.expr(value);
            return;
        }
        if !t.is_lvalue() {
            self.error(SemanticError::NotAssignable { span: target.span, what: "this expression" });
            return;
        }
        if let ExprKind::Var(v) = t.kind {
            if self.vars[v.0 as usize].is_const {
                let name = self.vars[v.0 as usize].name.clone();
                self.error(SemanticError::AssignToConstVar { span: target.span, name });
                return;
            }
            // `x = flag` then `x += 1`: Cython counts it as assigning
            // `x + 1`, an integer, and the type spanning a `bint` and an
            // integer is a Python object (a bool, then an int). cytrus has
            // no such type: refused, like `x = flag; x = x + 1` (kept as a
            // bint, `x` would print True).
            let var = &self.vars[v.0 as usize];
            let arithmetic = !matches!(op, ast::BinOp::BitAnd | ast::BinOp::BitOr | ast::BinOp::BitXor);
            if var.ty == Type::Bint && !var.declared && arithmetic && matches!(var.scope, VarScope::Local(_)) {
                let (name, first_span) = (var.name.clone(), var.span);
                let r = self.expr(value);
                if !r.ty.is_error() {
                    let second = super::types::arithmetic_type(&Type::Bint, &super::types::literal_as_long(&r))
                        .unwrap_or(r.ty)
                        .display();
                    self.error(SemanticError::ConflictingInference(Box::new(super::error::ConflictingInference {
                        span,
                        name,
                        first: Type::Bint.display(),
                        second,
                        first_span,
                    })));
                }
                return;
            }
        }
        // `s += "…"` on a string: `s = s + "…"`.
        if t.ty == Type::Str {
            let r = self.expr(value);
            if r.ty.is_error() {
                return;
            }
            if op != ast::BinOp::Add {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "string operations other than formatting and `+`",
                    instead: "build strings with f-strings, `\"…\" % x`, `\"…\".format(x)`, `str(x)` and `+`",
                });
                return;
            }
            self.require_gil(span, "assigning a string");
            let joined = self.concat(t.clone(), r, span);
            if !joined.ty.is_error() {
                out.push(self.stmt_new(StmtKind::Assign { target: t, value: joined }, span));
            }
            return;
        }
        if let ExprKind::TupleItem { .. } = t.kind {
            self.expr(value);
            self.error(SemanticError::CTuple { span, problem: Box::new(CTupleProblem::AugmentedItem) });
            return;
        }
        if let ExprKind::ViewIndex { base, .. } = &t.kind {
            if base.ty.memview().is_some_and(|m| m.is_const) {
                self.error(SemanticError::AssignToConst { span: target.span, ty: base.ty.display() });
                return;
            }
            // What Cython refuses on buffer elements.
            let int_elem = t.ty.is_integral();
            let refused = match op {
                ast::BinOp::Pow => Some("`**=` on a memoryview element (Cython has no C in-place power)"),
                ast::BinOp::FloorDiv | ast::BinOp::Mod if int_elem && !self.directives.cdivision => {
                    Some("`//=` and `%=` on an integer memoryview element without `cdivision`")
                }
                ast::BinOp::Mod if !int_elem => Some("`%=` on a floating-point memoryview element"),
                _ => None,
            };
            if let Some(what) = refused {
                self.error(SemanticError::InvalidModifier {
                    span,
                    message: what,
                    help: "write it out: `v[i] = v[i] // x`",
                });
                return;
            }
        }
        // Cython's `v[i] //= x` on a floating-point element is C's `v[i] /= x`:
        // true division, and no ZeroDivisionError (`x = 0` gives inf).
        let c_true_division =
            op == ast::BinOp::FloorDiv && matches!(t.kind, ExprKind::ViewIndex { .. }) && !t.ty.is_integral();
        let op = if c_true_division { ast::BinOp::Div } else { op };
        let combined = ast::Expr::new(
            ast::ExprKind::Binary { op, left: Box::new(target.clone()), right: Box::new(value.clone()) },
            span,
        );
        let result = self.expr(&combined);
        // `f //= x` on a `float`: the `//` is libm's double `floor()` of a
        // float quotient (see `binary`), stored back as a float.
        let result = match result.kind {
            ExprKind::Convert(inner) if matches!(inner.kind, ExprKind::Binary { .. }) => *inner,
            kind => Expr { kind, ..result },
        };
        let ExprKind::Binary { op: bop, right, .. } = result.kind else {
            if !result.ty.is_error() {
                self.error(SemanticError::InvalidOperands {
                    span,
                    op: op.text().into(),
                    left: t.ty.display(),
                    right: None,
                });
            }
            return;
        };
        let ty = result.ty.clone();
        let target_ty = t.ty.clone();
        // The result converts back to the target's type, as `x = x op y` would.
        let probe = Expr::new(ExprKind::Error, ty.clone(), span);
        let converted = self.coerce(probe, &target_ty, span);
        if converted.ty.is_error() && !ty.is_error() && !target_ty.is_error() {
            return;
        }
        if matches!(target_ty, Type::PyInt) && !self.vars_declared(&t) {
            // An inferred Python int stays one.
        }
        let bop = if c_true_division { crate::tir::BinOp::CDiv } else { bop };
        out.push(self.stmt_new(StmtKind::AugAssign { target: t, op: bop, value: *right, ty }, span));
    }

    fn vars_declared(&self, e: &Expr) -> bool {
        match e.kind {
            ExprKind::Var(v) => self.vars[v.0 as usize].declared,
            _ => true,
        }
    }

    /// `cdef T name = init` in a function or at module level.
    fn declare_var(&mut self, d: &ast::Declarator, out: &mut Vec<tir::Stmt>) {
        let ty = self.resolve_type(&d.ty);
        if ty == Type::Void {
            self.error(SemanticError::CannotAssign {
                span: d.ty.span,
                from: "void".into(),
                to: d.name.name.clone(),
                help: None,
            });
            return;
        }
        let existing = match self.fn_stack.last() {
            Some(f) => f.locals.get(&d.name.name).copied(),
            None => match self.lookup_global(&d.name.name) {
                Some(super::Symbol::Var(v)) => Some(*v),
                _ => None,
            },
        };
        if let Some(prev) = existing {
            let previous = self.vars[prev.0 as usize].span;
            self.error(SemanticError::Redeclared { span: d.name.span, name: d.name.name.clone(), previous });
            return;
        }
        if self.fn_stack.is_empty() && self.lookup_global(&d.name.name).is_some() {
            self.error(SemanticError::Redeclared {
                span: d.name.span,
                name: d.name.name.clone(),
                previous: d.name.span,
            });
            return;
        }
        let scope = match self.fn_stack.last() {
            Some(f) => VarScope::Local(f.id),
            None => VarScope::Global,
        };
        let init = d.init.as_ref().map(|e| match self.pointer_literal(&ty, e, out) {
            Some(array) => self.coerce(array, &ty, e.span),
            None => {
                let v = self.expr_expecting(e, Some(&ty));
                self.coerce_value(v, &ty, e.span)
            }
        });
        let var = self.new_var(&d.name.name, ty.clone(), scope, true, d.name.span);
        self.vars[var.0 as usize].is_const = matches!(d.ty.kind, ast::TypeKind::Const(_));
        match self.fn_stack.last_mut() {
            Some(f) => {
                f.locals.insert(d.name.name.clone(), var);
            }
            None => {
                self.globals.insert(d.name.name.clone(), super::Symbol::Var(var));
            }
        }
        if let Some(value) = init {
            let target = Expr::new(ExprKind::Var(var), ty, d.name.span);
            out.push(self.stmt_new(StmtKind::Assign { target, value }, d.span));
        }
    }

    /// The value an untyped module-level name holds: a Python object in
    /// Cython, so a `bint` is stored as a bool (0 or 1: `y = b` of a
    /// `bint b = 7` makes `y + 0` 1).
    fn module_object_value(&self, var: tir::VarId, value: Expr) -> Expr {
        let v = &self.vars[var.0 as usize];
        if !v.declared && v.scope == VarScope::Global && v.ty == Type::Bint {
            super::expr::bool_of(value)
        } else {
            value
        }
    }

    /// `cdef int *p = [1, 2, 3]`: Cython fills a C array of the literal's
    /// length, in the same scope as the pointer (a function's array lives
    /// as long as the call), and points the pointer at it. `None` unless
    /// `ty` is a pointer and `value` a list or tuple literal.
    fn pointer_literal(&mut self, ty: &Type, value: &ast::Expr, out: &mut Vec<tir::Stmt>) -> Option<Expr> {
        let (Type::Ptr(elem), ast::ExprKind::List(items) | ast::ExprKind::Tuple(items)) = (ty, &value.kind) else {
            return None;
        };
        if items.is_empty() || **elem == Type::Void {
            return None;
        }
        let array_ty = Type::CArray(elem.clone(), items.len() as u64);
        let literal = self.expr_expecting(value, Some(&array_ty));
        if literal.ty.is_error() {
            return Some(literal);
        }
        let scope = match self.fn_stack.last() {
            Some(f) => VarScope::Local(f.id),
            None => VarScope::Global,
        };
        let name = format!("__array_{}", self.vars.len());
        let var = self.new_var(&name, array_ty.clone(), scope, true, value.span);
        let array = Expr::new(ExprKind::Var(var), array_ty, value.span);
        out.push(self.stmt_new(StmtKind::Assign { target: array.clone(), value: literal }, value.span));
        Some(array)
    }

    /// `for i in range(…)`, the only loop over values the subset has.
    fn for_range(
        &mut self,
        target: &ast::Expr,
        iter: &ast::Expr,
        body: &'a [ast::Stmt],
        orelse: &'a Option<Vec<ast::Stmt>>,
        span: Span,
        out: &mut Vec<tir::Stmt>,
    ) {
        // `reversed(range(…))`: Cython's range loop counting the other way.
        let (iter, reversed) = match self.reversed_range(iter) {
            Some(range) => (range, true),
            None => (iter, false),
        };
        if !reversed && self.is_for_in(iter) {
            self.for_in(target, iter, body, orelse, span, out);
            return;
        }
        let ast::ExprKind::Name(name) = &target.kind else {
            self.error(SemanticError::BadRange {
                span: target.span,
                message: "the target of a `for` loop must be a name",
            });
            return;
        };
        let (range_args, prange) = match &iter.kind {
            // `xrange` is `range`, as in Cython.
            ast::ExprKind::Call { func, args }
                if matches!(&func.kind, ast::ExprKind::Name(n) if (n == "range" || n == "xrange")
                    && self.lookup_var(n).is_none() && self.lookup_global(n).is_none()) =>
            {
                if args.is_empty() || args.len() > 3 || args.iter().any(|a| a.keyword.is_some()) {
                    self.error(SemanticError::BadRange {
                        span: iter.span,
                        message: "`range` takes 1 to 3 positional arguments",
                    });
                    return;
                }
                (args.iter().map(|a| &a.value).collect::<Vec<_>>(), None)
            }
            ast::ExprKind::Call { func, args }
                if self.parallel_name(func) == Some(super::parallel::ParallelName::Prange) =>
            {
                let Some((bounds, options)) = self.prange_arguments(args, iter.span) else { return };
                (bounds, Some(options))
            }
            _ => {
                let it = self.expr(iter);
                if !it.ty.is_error() {
                    self.error(SemanticError::Unsupported {
                        span: iter.span,
                        what: "loops over anything but `range(…)`",
                        instead: "loop over the indices: `for i in range(v.shape[0])`",
                    });
                }
                return;
            }
        };
        // `prange(…, nogil=True)`: bounds and body without the GIL.
        let releases = prange.as_ref().is_some_and(|p| p.nogil);
        if releases {
            self.nogil_depth += 1;
        }
        self.range_loop(name, target, iter, &range_args, prange, reversed, body, orelse, span, out);
        if releases {
            self.nogil_depth -= 1;
        }
    }

    /// The rest of [`Self::for_range`], once the bounds are known.
    #[allow(clippy::too_many_arguments)]
    fn range_loop(
        &mut self,
        name: &str,
        target: &ast::Expr,
        iter: &ast::Expr,
        range_args: &[&ast::Expr],
        prange: Option<super::parallel::PrangeOptions<'_>>,
        reversed: bool,
        body: &'a [ast::Stmt],
        orelse: &'a Option<Vec<ast::Stmt>>,
        span: Span,
        out: &mut Vec<tir::Stmt>,
    ) {
        let mut bounds: Vec<Expr> = range_args.iter().map(|a| self.expr(a)).collect();
        if bounds.iter().any(|b| b.ty.is_error()) {
            return;
        }
        for b in &bounds {
            if !b.ty.is_integral() {
                self.error(SemanticError::CannotAssign {
                    span: b.span,
                    from: b.ty.display(),
                    to: "an integer".into(),
                    help: Some("`range` takes integers; cast with `<Py_ssize_t>x`".into()),
                });
                return;
            }
        }
        // The loop variable: declared, or inferred from the bounds.
        let var = match self.lookup_var(name) {
            Some(v) => v,
            None => {
                let ty = bounds
                    .iter()
                    .map(|b| b.ty.clone())
                    .reduce(|a, b| super::types::arithmetic_type(&a, &b).unwrap_or(Type::Error))
                    .map(|t| super::types::promote(&t))
                    .unwrap_or(Type::LONG);
                // An untyped name at module level is a Python object in
                // Cython: arithmetic on the loop variable is exact there.
                // In a function too where it is read in arithmetic that may
                // overflow (Cython's safe inference), outside `nogil` code.
                let overflows = !self.fn_stack.is_empty()
                    && self.c_int_names.overflowing.contains(name)
                    && self.nogil_depth == 0
                    && self.parallel_depth == 0
                    && self.prange_depth == 0;
                let ty = if (self.fn_stack.is_empty() || overflows) && prange.is_none() && ty.is_integral() {
                    Type::PyInt
                } else {
                    ty
                };
                let scope = match self.fn_stack.last() {
                    Some(f) => VarScope::Local(f.id),
                    None => VarScope::Global,
                };
                let v = self.new_var(name, ty, scope, false, target.span);
                match self.fn_stack.last_mut() {
                    Some(f) => {
                        f.locals.insert(name.to_string(), v);
                    }
                    None => {
                        self.globals.insert(name.to_string(), super::Symbol::Var(v));
                    }
                }
                v
            }
        };
        let var_ty = self.vars[var.0 as usize].ty.clone();
        if !var_ty.is_integral() && !var_ty.is_error() {
            self.error(SemanticError::CannotAssign {
                span: target.span,
                from: "int".into(),
                to: var_ty.display(),
                help: None,
            });
            return;
        }
        // Cython's rules (Optimize.py `_transform_range_iteration`): a
        // constant step makes a C loop counting in the loop variable's own
        // type, the bounds converted to it as C converts; any other step
        // iterates a Python `range` object, whose values (Python ints) are
        // converted to the loop variable's type with overflow checks.
        // `prange` and loop variables that are not C integers keep a loop in
        // a type wide enough for every bound.
        let mut constant_step = match bounds.get(2) {
            None => Some(1),
            Some(step) => match step.kind {
                ExprKind::IntLit(v) => Some(v),
                _ => None,
            },
        };
        let one = || Expr::new(ExprKind::IntLit(1), Type::INT, span);
        let zero = || Expr::new(ExprKind::IntLit(0), Type::INT, span);
        let (mut start, mut stop, mut step) = match bounds.len() {
            1 => (zero(), bounds.remove(0), one()),
            2 => {
                let stop = bounds.remove(1);
                (bounds.remove(0), stop, one())
            }
            _ => {
                let step = bounds.remove(2);
                let stop = bounds.remove(1);
                (bounds.remove(0), stop, step)
            }
        };
        if reversed {
            match constant_step {
                Some(s) if s != 0 => {
                    (start, stop, step) = self.reversed_range_bounds(&var_ty, start, stop, s, iter.span, out);
                    constant_step = Some(-s);
                }
                // `range()` refuses a zero step before `reversed` sees it:
                // the plain loop raises that `ValueError`.
                Some(_) => {}
                None => {
                    self.error(SemanticError::Unsupported {
                        span: iter.span,
                        what: "`reversed(range(…))` with a step that is not a constant",
                        instead: "count the other way with a constant step: `range(stop - 1, start - 1, -1)`",
                    });
                    return;
                }
            }
        }
        let (ty, start, stop, step) = match (&var_ty, constant_step) {
            (Type::Int(k), Some(s)) if prange.is_none() && s != 0 => self.c_range_bounds(
                &var_ty,
                !k.signed() && s < 0,
                s.unsigned_abs() as i128,
                start,
                stop,
                step,
                iter.span,
            ),
            (Type::Int(_), None) if prange.is_none() => {
                let ty = Type::PyInt;
                let start = self.coerce(start, &ty, iter.span);
                let stop = self.coerce(stop, &ty, iter.span);
                let step = self.coerce(step, &ty, iter.span);
                (ty, start, stop, step)
            }
            _ => {
                let ty = [&start, &stop, &step]
                    .iter()
                    .fold(var_ty.clone(), |acc, b| super::types::arithmetic_type(&acc, &b.ty).unwrap_or(Type::Error));
                let ty = super::types::promote(&ty);
                let start = self.coerce(start, &ty, iter.span);
                let stop = self.coerce(stop, &ty, iter.span);
                let step = self.coerce(step, &ty, iter.span);
                (ty, start, stop, step)
            }
        };
        if ty == Type::PyInt {
            self.require_gil(iter.span, "a `range` loop over Python ints");
        }
        let parallel = prange.map(|options| {
            let reductions = self.prange_reductions(body, name);
            let chunksize = options.chunksize.map(|e| self.parallel_int(e));
            let num_threads = options.num_threads.map(|e| self.parallel_int(e));
            (options.schedule, chunksize, num_threads, reductions)
        });
        let in_prange = usize::from(parallel.is_some());
        self.prange_depth += in_prange;
        let body = self.loop_body(body);
        self.prange_depth -= in_prange;
        let orelse = orelse.as_ref().map(|b| self.block(b)).unwrap_or_default();
        let parallel = parallel.map(|(schedule, chunksize, num_threads, reductions)| {
            let reductions = reductions
                .into_iter()
                .filter_map(|(n, op)| Some((self.lookup_var(&n)?, super::expr::bin_op(op)?)))
                .collect();
            Box::new(tir::ParallelLoop {
                schedule,
                chunksize,
                num_threads,
                reductions,
                in_block: self.parallel_depth > 0,
            })
        });
        out.push(self.stmt_new(StmtKind::ForRange { var, start, stop, step, ty, body, orelse, parallel }, span));
    }

    /// The range inside `reversed(range(…))`, when `iter` is that (neither
    /// name shadowed).
    fn reversed_range<'e>(&self, iter: &'e ast::Expr) -> Option<&'e ast::Expr> {
        let [ast::Arg { keyword: None, value, star: ast::ParamStar::None }] = self.builtin_call(iter, "reversed")?
        else {
            return None;
        };
        (self.builtin_call(value, "range").is_some() || self.builtin_call(value, "xrange").is_some()).then_some(value)
    }

    /// `reversed(range(start, stop, s))` as the range loop Cython makes of
    /// it (Optimize.py `_transform_range_iteration`, `reversed=True`): from
    /// the range's last value towards `start` by `-s`. Cython's C loop is
    /// `for (t = last; t >= start; t -= s)` (`<=` and `+=` for `s < 0`);
    /// here the stop is `start ∓ 1`, the same loop in the `>`/`<` form
    /// range loops have. The last value is `stop ∓ 1` for `|s| == 1`;
    /// otherwise it is computed (in Python ints for literal bounds, else in
    /// C as Cython does: `start ± |s| * ((±(stop - start) - 1) // |s|)`,
    /// whose `//` follows `cdivision`). `start` is evaluated first, into a
    /// hidden local unless it is a literal, as Cython keeps it in a temporary.
    fn reversed_range_bounds(
        &mut self,
        var_ty: &Type,
        start: Expr,
        stop: Expr,
        s: i128,
        span: Span,
        out: &mut Vec<tir::Stmt>,
    ) -> (Expr, Expr, Expr) {
        use super::types::{arithmetic_type, promote};
        let python = !matches!(var_ty, Type::Int(_));
        // The bounds of a loop over Python ints are Python ints; those of a
        // C loop are indices (`range_index`).
        let index = |this: &mut Self, e: Expr| match e.kind {
            ExprKind::IntLit(v) if python => Expr::new(ExprKind::IntLit(v), Type::PyInt, e.span),
            _ if python => this.coerce(e, &Type::PyInt, span),
            _ => this.range_index(e, span),
        };
        let start = index(self, start);
        let stop = index(self, stop);
        let literal = |v: i128, ty: &Type| Expr::new(ExprKind::IntLit(v), ty.clone(), span);
        let binary = |op: tir::BinOp, l: Expr, r: Expr, ty: &Type| {
            Expr::new(ExprKind::Binary { op, left: Box::new(l), right: Box::new(r) }, ty.clone(), span)
        };
        // `e ± k`, computed as C computes `e + k` with an `int` literal (or
        // in Python ints), a literal folded.
        let shifted = |this: &mut Self, e: Expr, k: i128| match e.kind {
            ExprKind::IntLit(v) => literal(v + k, &e.ty),
            _ => {
                let ty = if e.ty == Type::PyInt {
                    Type::PyInt
                } else {
                    arithmetic_type(&promote(&e.ty), &Type::INT).unwrap_or(Type::Error)
                };
                let e = this.coerce(e, &ty, span);
                let op = if k < 0 { tir::BinOp::Sub } else { tir::BinOp::Add };
                binary(op, e, literal(k.abs(), &ty), &ty)
            }
        };
        let start = match start.kind {
            ExprKind::IntLit(_) => start,
            _ => {
                let ty = start.ty.clone();
                let (_, var) = self.hidden_var("range_start", ty.clone(), span);
                let target = Expr::new(ExprKind::Var(var), ty.clone(), span);
                out.push(self.stmt_new(StmtKind::Assign { target: target.clone(), value: start }, span));
                target
            }
        };
        let sign = s.signum();
        let magnitude = s.abs();
        let last = match (&start.kind, &stop.kind) {
            _ if magnitude == 1 => shifted(self, stop, -sign),
            (ExprKind::IntLit(a), ExprKind::IntLit(b)) => {
                // Python's own arithmetic on the literals.
                let (a, b) = (*a, *b);
                let count = (sign * (b - a) - 1).div_euclid(magnitude);
                let ty = if python { Type::PyInt } else { Type::SSIZE };
                literal(a + s * count, &ty)
            }
            _ => {
                let span_ty = if python {
                    Type::PyInt
                } else {
                    let t = arithmetic_type(&promote(&start.ty), &promote(&stop.ty)).unwrap_or(Type::Error);
                    let step_ty = if magnitude < 0x7FFF { Type::INT } else { Type::LONG };
                    arithmetic_type(&t, &step_ty).unwrap_or(Type::Error)
                };
                let a = self.coerce(start.clone(), &span_ty, span);
                let b = self.coerce(stop, &span_ty, span);
                let (hi, lo) = if s > 0 { (b, a.clone()) } else { (a.clone(), b) };
                let diff = binary(tir::BinOp::Sub, hi, lo, &span_ty);
                let diff = binary(tir::BinOp::Sub, diff, literal(1, &span_ty), &span_ty);
                let count = binary(tir::BinOp::FloorDiv, diff, literal(magnitude, &span_ty), &span_ty);
                let offset = binary(tir::BinOp::Mul, literal(magnitude, &span_ty), count, &span_ty);
                binary(if s > 0 { tir::BinOp::Add } else { tir::BinOp::Sub }, a, offset, &span_ty)
            }
        };
        let bound = shifted(self, start, -sign);
        let step = literal(-s, &Type::INT);
        (last, bound, step)
    }

    /// A bound of a C `range` loop: a Python int is converted to
    /// `Py_ssize_t` first (`coerce_to_index`); a literal stays a C literal,
    /// of the type C gives its text (`long`, or `unsigned long` past it).
    fn range_index(&mut self, e: Expr, span: Span) -> Expr {
        match e.kind {
            ExprKind::IntLit(v) if e.ty == Type::PyInt && i64::try_from(v).is_ok() => {
                Expr::new(e.kind, Type::LONG, e.span)
            }
            ExprKind::IntLit(v) if e.ty == Type::PyInt && u64::try_from(v).is_ok() => {
                Expr::new(e.kind, Type::Int(IntKind::ULong), e.span)
            }
            _ if e.ty == Type::PyInt => self.coerce(e, &Type::SSIZE, span),
            _ => e,
        }
    }

    /// The bounds of a `range` loop with a constant step `±magnitude` over a
    /// C integer variable of type `var_ty`, as Cython writes the C loop:
    /// `for (t = start; t < stop; t += s)` with `t` of the variable's type
    /// and `stop` of its own type, so the test compares in C's usual
    /// arithmetic conversions of both; an unsigned variable counting down is
    /// `for (t = start + s; t > stop + s; ) { t -= s; … }`. Returns the type
    /// the loop counts in (the comparison's type: it holds every value the
    /// variable takes, as the counter is converted to the variable's type)
    /// and the start, stop and step in it; for the unsigned count-down the
    /// start and stop are `start + s` and `stop + s` (lowering keeps the
    /// variable one step behind the counter).
    #[allow(clippy::too_many_arguments)]
    fn c_range_bounds(
        &mut self,
        var_ty: &Type,
        unsigned_down: bool,
        magnitude: i128,
        start: Expr,
        stop: Expr,
        step: Expr,
        span: Span,
    ) -> (Type, Expr, Expr, Expr) {
        use super::types::{arithmetic_type, promote};
        let start = self.range_index(start, span);
        let stop = self.range_index(stop, span);
        let plus_step = |this: &mut Self, e: Expr| {
            let ty = arithmetic_type(&promote(&e.ty), &Type::INT).unwrap_or(Type::Error);
            let e = this.coerce(e, &ty, span);
            let s = Expr::new(ExprKind::IntLit(magnitude), ty.clone(), span);
            let espan = e.span;
            Expr::new(ExprKind::Binary { op: tir::BinOp::Add, left: Box::new(e), right: Box::new(s) }, ty, espan)
        };
        let (start, stop) = if unsigned_down { (plus_step(self, start), plus_step(self, stop)) } else { (start, stop) };
        let ty = arithmetic_type(&promote(var_ty), &promote(&stop.ty)).unwrap_or(Type::Error);
        let start = self.coerce(start, var_ty, span);
        let start = self.coerce(start, &ty, span);
        let stop = self.coerce(stop, &ty, span);
        (ty, start, stop, step)
    }

    fn return_stmt(&mut self, value: Option<&ast::Expr>, span: Span, out: &mut Vec<tir::Stmt>) {
        // A `def` that infers its result returns `a, b` as a Python tuple:
        // its C tuple type converts item by item, as Cython's tuple holds them.
        let returns_ctuple = matches!(self.fn_stack.last().map(|f| &f.ret), Some(Type::CTuple(_)))
            || self.fn_stack.last().is_some_and(|f| f.infer_return);
        if let (Some(tuple @ ast::Expr { kind: ast::ExprKind::Tuple(_), .. }), false) = (value, returns_ctuple) {
            self.error(SemanticError::Unsupported {
                span: tuple.span,
                what: "several return values (C tuples, `return a, b`)",
                instead: "return one value and pass pointers for the others (`cdef double f(double *second)`)",
            });
            return;
        }
        let Some(ctx) = self.fn_stack.last() else {
            self.error(SemanticError::ReturnOutsideFunction { span });
            return;
        };
        let (ret, infer) = (ctx.ret.clone(), ctx.infer_return);
        if infer {
            // `return np.asarray(v)`, `return np.zeros(n)`: an ndarray, as
            // in Cython; `return out` of an untyped local holding one too.
            match value.map(|e| &e.kind) {
                Some(ast::ExprKind::Call { func, .. }) if self.numpy_module(func).is_some() => {
                    self.asarray_returns.push(span);
                }
                Some(ast::ExprKind::Name(name)) => {
                    if let Some(var) = self.lookup_var(name) {
                        self.name_returns.push((span, var));
                    }
                }
                _ => {}
            }
            let v = value.map(|e| match &e.kind {
                ast::ExprKind::Tuple(items) => {
                    self.literal_tuple_returns.insert(span);
                    self.returned_tuple(items, e.span)
                }
                _ => self.expr(e),
            });
            let ty = v.as_ref().map_or(Type::Void, |v| v.ty.clone());
            if let Some(v) = &v {
                if matches!(
                    v.ty,
                    Type::Ptr(_)
                        | Type::CArray(..)
                        | Type::Str
                        | Type::Exception
                        | Type::NoneType
                        | Type::ExceptionClass
                ) || !super::types::python_convertible(&v.ty)
                {
                    self.error(SemanticError::NotPythonConvertible {
                        span: v.span,
                        ty: v.ty.display(),
                        role: "return value",
                    });
                }
            }
            self.fn_stack.last_mut().expect("checked above").returns_seen.push((ty, span));
            out.push(self.stmt_new(StmtKind::Return(v), span));
            return;
        }
        match (value, &ret) {
            (None, Type::Void | Type::Error) => out.push(self.stmt_new(StmtKind::Return(None), span)),
            (None, ret) => self.error(SemanticError::MissingReturnValue { span, ty: ret.display() }),
            (Some(e), Type::Void) => {
                self.expr(e);
                self.error(SemanticError::ReturnValueFromVoid { span: e.span });
            }
            (Some(e), ret) => {
                let v = self.expr_expecting(e, Some(ret));
                if v.ty.is_error() {
                    return;
                }
                let before = self.errors.len();
                let converted = self.coerce_value(v.clone(), ret, e.span);
                if self.errors.len() > before {
                    // Say it as a return mismatch, not an assignment.
                    if let Some(SemanticError::CannotAssign { .. }) = self.errors.last() {
                        self.errors.pop();
                        self.error(SemanticError::ReturnMismatch {
                            span: e.span,
                            from: v.ty.display(),
                            to: ret.display(),
                        });
                    }
                }
                out.push(self.stmt_new(StmtKind::Return(Some(converted)), span));
            }
        }
    }

    /// `return a, b` in a `def` that infers its result: a C tuple of the
    /// items' own types, which Python gets as a tuple of their conversions
    /// (Cython builds the Python tuple of the items' objects alike).
    fn returned_tuple(&mut self, items: &[ast::Expr], span: Span) -> Expr {
        let mut typed = Vec::with_capacity(items.len());
        let mut failed = false;
        for item in items {
            let value = match &item.kind {
                ast::ExprKind::Tuple(inner) => self.returned_tuple(inner, item.span),
                _ => self.expr(item),
            };
            let ok =
                value.ty.is_numeric() || matches!(value.ty, Type::Bint | Type::PyInt | Type::CTuple(_) | Type::Error);
            if !ok {
                self.error(SemanticError::Unsupported {
                    span: item.span,
                    what: "returned tuples holding views, pointers, strings or other objects",
                    instead: "return the numbers as a tuple and write arrays into arguments, or return one array",
                });
            }
            failed |= !ok || value.ty.is_error();
            typed.push(value);
        }
        if failed {
            return Expr::error(span);
        }
        let members = typed.iter().map(|v| v.ty.clone()).collect();
        Expr::new(ExprKind::CTuple(typed), Type::CTuple(members), span)
    }

    /// `raise E("message")` or `raise E`.
    fn raise_value(&mut self, v: &ast::Expr) -> Option<RaiseValue> {
        let (name, args, span) = match &v.kind {
            ast::ExprKind::Name(n) => (n, &[][..], v.span),
            ast::ExprKind::Call { func, args } => match &func.kind {
                ast::ExprKind::Name(n) => (n, args.as_slice(), func.span),
                _ => {
                    self.error(SemanticError::Unsupported {
                        span: v.span,
                        what: "raising this",
                        instead: "raise `ValueError(\"…\")` or another exception class",
                    });
                    return None;
                }
            },
            _ => {
                self.error(SemanticError::Unsupported {
                    span: v.span,
                    what: "raising this",
                    instead: "raise `ValueError(\"…\")` or another exception class",
                });
                return None;
            }
        };
        let Some(kind) = self.exception_kind(name) else {
            if self.lookup_var(name).is_none() && self.lookup_global(name).is_none() {
                self.unknown_name(name, span);
            } else {
                self.error(SemanticError::WrongKindOfName {
                    span,
                    name: name.clone(),
                    is: "not an exception class",
                    expected: "something to raise",
                });
            }
            return None;
        };
        if args.len() > 1 || args.iter().any(|a| a.keyword.is_some()) {
            self.error(SemanticError::WrongArgumentCount {
                span: v.span,
                name: kind.name().into(),
                expected: "at most one argument (the message)".into(),
                given: args.len(),
                decl: None,
            });
            return None;
        }
        let message = args.first().map(|a| self.exception_message(&a.value));
        Some(RaiseValue { kind, message })
    }

    /// The message of `raise E(message)` or `assert c, message`: Cython
    /// takes the GIL to raise, so it may be formatted inside `nogil` code.
    fn exception_message(&mut self, e: &ast::Expr) -> Expr {
        let saved = std::mem::take(&mut self.nogil_depth);
        let m = self.printable(e);
        let m = self.message_text(m);
        self.nogil_depth = saved;
        m
    }

    fn handler(&mut self, h: &'a ast::ExceptHandler) -> Handler {
        let mut kinds = Vec::new();
        if let Some(ty) = &h.ty {
            let names: Vec<&ast::Expr> = match &ty.kind {
                ast::ExprKind::Tuple(items) => items.iter().collect(),
                _ => vec![ty],
            };
            for n in names {
                match &n.kind {
                    ast::ExprKind::Name(name) => match self.exception_kind(name) {
                        Some(k) => kinds.push(k),
                        None => self.unknown_name(name, n.span),
                    },
                    _ => self.error(SemanticError::Unsupported {
                        span: n.span,
                        what: "`except` clauses other than exception class names",
                        instead: "name the class: `except ValueError as e:`",
                    }),
                }
            }
        }
        let name = h.name.as_ref().map(|n| {
            let scope = match self.fn_stack.last() {
                Some(f) => VarScope::Local(f.id),
                None => VarScope::Global,
            };
            let existing = self.lookup_var(&n.name);
            match existing {
                Some(v) if self.vars[v.0 as usize].ty == Type::Exception => v,
                _ => {
                    let v = self.new_var(&n.name, Type::Exception, scope, false, n.span);
                    match self.fn_stack.last_mut() {
                        Some(f) => {
                            f.locals.insert(n.name.clone(), v);
                        }
                        None => {
                            self.globals.insert(n.name.clone(), super::Symbol::Var(v));
                        }
                    }
                    v
                }
            }
        });
        let body = self.block(&h.body);
        if kinds.is_empty() && h.ty.is_some() {
            kinds.push(ExceptionKind::Exception);
        }
        Handler { kinds, name, body, span: h.span }
    }

    /// `with nogil:`, `with gil:`, `with cython.boundscheck(False), …:`
    fn with(&mut self, items: &'a [ast::WithItem], body: &'a [ast::Stmt], span: Span, out: &mut Vec<tir::Stmt>) {
        let saved = self.directives;
        let mut directives: Directives = self.directives;
        let mut gil_change: Option<bool> = None;
        let mut parallel = false;
        let mut block = None;
        for item in items {
            match item {
                ast::WithItem::Nogil(_) => gil_change = Some(true),
                ast::WithItem::Context { expr, alias } => {
                    if alias.is_some() {
                        self.error(SemanticError::Unsupported {
                            span: expr.span,
                            what: "`with … as` context managers",
                            instead: "cytrus has `with nogil:`, `with gil:` and directive blocks",
                        });
                        continue;
                    }
                    if let ast::ExprKind::Name(n) = &expr.kind {
                        if n == "gil" {
                            gil_change = Some(false);
                            continue;
                        }
                    }
                    // `with nogil(cond):` / `with gil(cond):` with a condition
                    // known at compile time: a plain `with nogil:` / `with
                    // gil:` when it holds, no change of the GIL when not.
                    if let ast::ExprKind::Call { func, args } = &expr.kind {
                        if let ast::ExprKind::Name(n) = &func.kind {
                            if (n == "nogil" || n == "gil") && self.lookup_var(n).is_none() {
                                let cond = match args.as_slice() {
                                    [a] if a.keyword.is_none() && a.star == ast::ParamStar::None => {
                                        match &a.value.kind {
                                            ast::ExprKind::Bool(b) => Some(*b),
                                            _ => self.type_test(&a.value),
                                        }
                                    }
                                    _ => None,
                                };
                                match cond {
                                    Some(true) => gil_change = Some(n == "nogil"),
                                    Some(false) => {}
                                    None => self.error(SemanticError::Unsupported {
                                        span: expr.span,
                                        what: "`with nogil(…)` / `with gil(…)` with a condition not known at compile time",
                                        instead: "write a constant condition (`True`, `False`) or a fused type test",
                                    }),
                                }
                                continue;
                            }
                        }
                    }
                    // `with nogil, parallel():` runs its body once, in this thread.
                    let callee = match &expr.kind {
                        ast::ExprKind::Call { func, .. } => func,
                        _ => expr,
                    };
                    if self.parallel_name(callee) == Some(super::parallel::ParallelName::Parallel) {
                        if self.parallel_depth > 0 {
                            self.error(SemanticError::Parallel {
                                span: expr.span,
                                problem: Box::new(super::error::ParallelProblem::NestedParallel),
                            });
                        } else if self.prange_depth > 0 {
                            self.error(SemanticError::Parallel {
                                span: expr.span,
                                problem: Box::new(super::error::ParallelProblem::BlockInPrange),
                            });
                        }
                        block = Some((self.check_parallel_block(expr, body), expr.span));
                        parallel = true;
                        continue;
                    }
                    match self.directive_call(expr) {
                        Some((name, value)) => scope::set_directive(&mut directives, &name, value),
                        None => {
                            if !self.errors.last().is_some_and(|e| e.code() == "E0228" || e.code() == "E0229") {
                                self.error(SemanticError::Unsupported {
                                    span: expr.span,
                                    what: "context managers",
                                    instead: "cytrus has `with nogil:`, `with gil:` and `with cython.boundscheck(False):` blocks",
                                });
                            }
                        }
                    }
                }
            }
        }
        match gil_change {
            // A `cdef … nogil` function may be called with the GIL held, so
            // its body (outside other `with nogil:` blocks) may release it.
            Some(true) if self.in_nogil() && !(self.nogil_function_body && self.nogil_depth == 1) => {
                self.error(SemanticError::GilState { span, message: "`with nogil:` where the GIL is already released" })
            }
            Some(false) if !self.in_nogil() => {
                self.error(SemanticError::GilState { span, message: "`with gil:` where the GIL is already held" })
            }
            _ => {}
        }
        if let (Some((_, call)), true) =
            (&block, gil_change != Some(true) && !(gil_change.is_none() && self.in_nogil()))
        {
            self.error(SemanticError::Parallel {
                span: *call,
                problem: Box::new(super::error::ParallelProblem::BlockWithGil),
            });
        }
        self.directives = directives;
        let saved_nogil = self.nogil_depth;
        let saved_fn_body = self.nogil_function_body;
        match gil_change {
            Some(true) => self.nogil_depth += 1,
            Some(false) => {
                self.nogil_depth = 0;
                self.nogil_function_body = false;
            }
            None => {}
        }
        self.parallel_depth += usize::from(parallel);
        let inner = self.block(body);
        self.parallel_depth -= usize::from(parallel);
        self.nogil_depth = saved_nogil;
        self.nogil_function_body = saved_fn_body;
        self.directives = saved;
        let inner = match block {
            Some(((num_threads, privates), _)) => {
                self.block_privates = Some(privates);
                vec![self.stmt_new(StmtKind::ParallelBlock { num_threads, body: inner }, span)]
            }
            None => inner,
        };
        let kind = match gil_change {
            Some(release) => StmtKind::Nogil { body: inner, release },
            None => StmtKind::Block(inner),
        };
        out.push(self.stmt_new(kind, span));
    }
}

/// Every name an assignment's targets mention (`v[i]` mentions `v` and `i`).
fn names_in<'e>(targets: &[&'e ast::Expr]) -> Vec<&'e str> {
    let mut names = Vec::new();
    let mut pending: Vec<&ast::Expr> = targets.to_vec();
    while let Some(e) = pending.pop() {
        match &e.kind {
            ast::ExprKind::Name(n) => names.push(n.as_str()),
            ast::ExprKind::Attribute { value, .. } => pending.push(value),
            ast::ExprKind::Subscript { value, items } => {
                pending.push(value);
                for item in items {
                    match item {
                        ast::SubscriptItem::Index(i) => pending.push(i),
                        ast::SubscriptItem::Slice { start, stop, step, .. } => {
                            pending.extend([start, stop, step].into_iter().flatten());
                        }
                    }
                }
            }
            ast::ExprKind::Tuple(items) | ast::ExprKind::List(items) => pending.extend(items),
            _ => {}
        }
    }
    names
}

/// A value that reads the same before and after the targets are set, with
/// no effect of its own: a literal, or a name no target mentions.
fn is_inert(value: &ast::Expr, target_names: &[&str]) -> bool {
    match &value.kind {
        ast::ExprKind::Int(_)
        | ast::ExprKind::CInt { .. }
        | ast::ExprKind::Float(_)
        | ast::ExprKind::Bool(_)
        | ast::ExprKind::None => true,
        ast::ExprKind::Str(s) => !s.format,
        ast::ExprKind::Unary { op: ast::UnaryOp::Neg | ast::UnaryOp::Pos, operand } => {
            matches!(operand.kind, ast::ExprKind::Int(_) | ast::ExprKind::Float(_))
        }
        ast::ExprKind::Name(n) => !target_names.contains(&n.as_str()),
        _ => false,
    }
}

/// A branch as it was written, before the conversion to the conditional's
/// common type.
fn own_branch(e: Expr) -> Expr {
    match e.kind {
        ExprKind::Convert(inner) if inner.ty.is_numeric() || inner.ty == Type::PyInt => *inner,
        kind => Expr { kind, ..e },
    }
}

/// The Python kind a C value is boxed as: bool, int or float.
fn python_kind(t: &Type) -> Option<u8> {
    match t {
        Type::Bint => Some(0),
        Type::Int(_) | Type::PyInt | Type::Enum(_) => Some(1),
        Type::Float { .. } => Some(2),
        _ => None,
    }
}

/// Whether a conditional's branches (as written) box as different Python
/// kinds.
fn mixed_branch_kinds(e: &Expr) -> bool {
    fn kinds(e: &Expr, out: &mut Vec<u8>) -> bool {
        match &e.kind {
            ExprKind::Conditional { then, orelse, .. } => {
                let (t, o) = (own_branch((**then).clone()), own_branch((**orelse).clone()));
                kinds(&t, out) && kinds(&o, out)
            }
            _ => match python_kind(&e.ty) {
                Some(k) => {
                    out.push(k);
                    true
                }
                None => false,
            },
        }
    }
    let mut out = Vec::new();
    kinds(e, &mut out) && out.iter().any(|k| *k != out[0])
}

/// Whether Cython's spanning type of these operand types is a Python
/// object: a `bint` beside another number, or a Python int beside a float.
fn python_object_span(types: &[Type]) -> bool {
    if !types.iter().all(|t| python_kind(t).is_some()) {
        return false;
    }
    let bints = types.iter().filter(|t| **t == Type::Bint).count();
    let mixed_bint = bints > 0 && bints < types.len();
    let py_float = types.iter().any(|t| *t == Type::PyInt) && types.iter().any(|t| t.is_float());
    mixed_bint || py_float
}

/// An operand that may be evaluated twice: a name or a literal.
fn rereadable(e: &ast::Expr) -> bool {
    match &e.kind {
        ast::ExprKind::Name(_) | ast::ExprKind::Int(_) | ast::ExprKind::Float(_) | ast::ExprKind::Bool(_) => true,
        ast::ExprKind::Unary { op: ast::UnaryOp::Neg, operand } => {
            matches!(operand.kind, ast::ExprKind::Int(_) | ast::ExprKind::Float(_))
        }
        _ => false,
    }
}

/// Cython's inferred spanning type of values of which one is a `bint`:
/// a `bint` if all are, else a Python object (`None` without a `bint`).
fn bint_spanning(types: &[Type]) -> Option<Type> {
    if !types.contains(&Type::Bint) {
        return None;
    }
    Some(if types.iter().all(|t| *t == Type::Bint) { Type::Bint } else { Type::PyInt })
}

/// The type Cython's inference gives an integer expression (its
/// `infer_type`): a unary `-`, `+` or `~` has its operand's type before C's
/// promotion (`-c` of an `unsigned char c` is an `unsigned char`, `~b` of a
/// `bint` a `bint`), a literal is a C `long`, arithmetic is Cython's
/// widest type of its operands.
fn inferred_int_type(e: &Expr) -> Type {
    // Under C's integer conversions (to the operand's own expression).
    fn unconverted(mut inner: &Expr) -> &Expr {
        while let ExprKind::Convert(x) = &inner.kind {
            if !(x.ty.is_integral() && inner.ty.is_integral()) || x.ty == Type::PyInt {
                break;
            }
            inner = x;
        }
        inner
    }
    match &e.kind {
        ExprKind::Unary { op: tir::UnaryOp::Neg | tir::UnaryOp::Pos | tir::UnaryOp::Invert, operand } => {
            let t = inferred_int_type(unconverted(operand));
            if matches!(t, Type::Int(_) | Type::Bint) {
                return t;
            }
        }
        // A bitwise operator meets its operands' inferred types as Cython's
        // `widest_numeric_type` does: `-a & -b` of two `bint`s is a `bint`
        // (though typed `int`, as `-a` is, once analysed), `n & -a` of an
        // `int n` too (the later of two types of one rank wins), `-a & n`
        // an `int`.
        ExprKind::Binary { op: tir::BinOp::BitAnd | tir::BinOp::BitOr | tir::BinOp::BitXor, left, right } => {
            let (l, r) = (unconverted(left), unconverted(right));
            let literal = |x: &Expr| matches!(x.kind, ExprKind::IntLit(_));
            let narrow = |x: &Expr, t: &Type, bint_first: bool| match t {
                Type::Int(k) if !literal(x) => k.rank() < IntKind::Int.rank() || *k == IntKind::Int && !bint_first,
                _ => false,
            };
            match (inferred_int_type(l), inferred_int_type(r)) {
                (Type::Bint, Type::Bint) => return Type::Bint,
                (Type::Bint, t) if narrow(r, &t, true) => return Type::Bint,
                (t, Type::Bint) if narrow(l, &t, false) => return Type::Bint,
                _ => {}
            }
        }
        // Branches, or `min`/`max` arguments, that are all `bint`s meet in
        // a `bint`; a `bint` among other integers in a Python object
        // (`-a if c else n`).
        ExprKind::Conditional { then, orelse, .. } => {
            if let Some(t) = bint_spanning(&[then, orelse].map(|x| inferred_int_type(unconverted(x)))) {
                return t;
            }
        }
        ExprKind::Builtin { builtin: tir::Builtin::Min | tir::Builtin::Max, args } => {
            let types: Vec<Type> = args.iter().map(|a| inferred_int_type(unconverted(a))).collect();
            if let Some(t) = bint_spanning(&types) {
                return t;
            }
        }
        // `abs()` of a `bint` or of a type narrower than `int` (`abs(-a)`,
        // `abs(-uc)`) goes through a Python int for Cython.
        ExprKind::Builtin { builtin: tir::Builtin::Abs, args } if args.len() == 1 => {
            let narrow = match inferred_int_type(unconverted(&args[0])) {
                Type::Bint => true,
                Type::Int(k) => k.rank() < IntKind::Int.rank(),
                _ => false,
            };
            if narrow {
                return Type::PyInt;
            }
        }
        _ => {}
    }
    match e.ty {
        Type::Int(_) => super::types::literal_as_long(e),
        _ => e.ty.clone(),
    }
}
