//! Typing expressions.

use cytrus_grammar::ast::{self, Span};

use super::types::{arithmetic_type, common_type, literal_as_long, promote};
use super::{Checker, SemanticError, Symbol};
use crate::tir::{
    ArrayAttr, BinOp, CmpOp, Expr, ExprKind, FuncId, IntKind, MemviewType, ObjectAttr, Type, UnaryOp, VarScope,
    ViewAttr,
};

impl<'a> Checker<'a> {
    /// Types an expression on its own.
    pub(super) fn expr(&mut self, e: &ast::Expr) -> Expr {
        self.expr_expecting(e, None)
    }

    /// Types an expression whose destination type is known (a `cython.view.array`
    /// takes the type of the view it is assigned to).
    pub(super) fn expr_expecting(&mut self, e: &ast::Expr, target: Option<&Type>) -> Expr {
        let span = e.span;
        if let (Some(Type::Int(_)), ast::ExprKind::Str(_)) = (target, &e.kind) {
            if let Some(code) = self.char_literal(e) {
                return code;
            }
        }
        match &e.kind {
            ast::ExprKind::Int(v) => self.int_literal(*v, span),
            ast::ExprKind::CInt { value, suffix_type } => self.suffixed_literal(*value, suffix_type, span),
            ast::ExprKind::Float(v) => Expr::new(ExprKind::FloatLit(*v), Type::DOUBLE, span),
            ast::ExprKind::Bool(b) => Expr::new(ExprKind::BoolLit(*b), Type::Bint, span),
            ast::ExprKind::None => Expr::new(ExprKind::NoneLit, Type::NoneType, span),
            ast::ExprKind::Str(s) => {
                if s.format && !s.bytes {
                    return self.fstring(s, span);
                }
                // `cdef const char* modes = b"CEWRS"`: a C string literal.
                // So is an unprefixed ASCII literal where a `char *` is
                // expected (`return "neg"`, `f("abc")`), as in Cython; a
                // non-ASCII one would depend on the source's encoding.
                let c_string_target = matches!(target, Some(Type::Ptr(elem)) if **elem == Type::Int(IntKind::Char));
                if c_string_target && (s.bytes || s.value.is_ascii()) {
                    if let Some(bytes) =
                        s.value.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect::<Option<Vec<u8>>>()
                    {
                        let ty = Type::Ptr(Box::new(Type::Int(IntKind::Char)));
                        return Expr::new(ExprKind::BytesLit(bytes), ty, span);
                    }
                }
                if s.bytes {
                    self.error(SemanticError::Unsupported {
                        span,
                        what: "bytes literals other than C strings",
                        instead: "store it in a `const char *` (`cdef const char* s = b\"…\"`), or use a string literal as a `print` or exception argument",
                    });
                    return Expr::error(span);
                }
                Expr::new(ExprKind::StrLit(s.value.clone()), Type::Str, span)
            }
            ast::ExprKind::Ellipsis => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "`...` outside a subscript",
                    instead: "use `...` only inside `v[...]`",
                });
                Expr::error(span)
            }
            ast::ExprKind::Name(name) => self.name(name, span),
            ast::ExprKind::Unary { op, operand } => self.unary(*op, operand, span),
            ast::ExprKind::AddressOf(inner) => {
                let inner = self.expr(inner);
                self.address_of(inner, span, false)
            }
            ast::ExprKind::Binary { op, left, right } => self.binary(*op, left, right, span),
            ast::ExprKind::BoolOp { op, left, right } => {
                let l = self.expr(left);
                let r = self.expr(right);
                if l.ty.is_error() || r.ty.is_error() {
                    return Expr::error(span);
                }
                self.bool_op(*op, l, r, left.span, right.span, span)
            }
            ast::ExprKind::Compare { first, rest } => match self.type_test(e) {
                // `floating is double`: decided at compile time.
                Some(b) => Expr::new(ExprKind::BoolLit(b), Type::Bint, span),
                None => self.compare(first, rest, span),
            },
            ast::ExprKind::Conditional { cond, then, orelse } => {
                if let Some(b) = self.type_test(cond) {
                    return self.expr_expecting(if b { then } else { orelse }, target);
                }
                // Cython's constant folding replaces `x if True else y` by
                // `x` before typing: `(10 if True else c) % -1000` is the
                // constant -990, `-2 if True else sz` a C long.
                // Likewise a condition of constants only (`True or True`,
                // `not False`), which Cython folds first.
                if let Some(b) = constant_truth(cond) {
                    return self.expr_expecting(if b { then } else { orelse }, target);
                }
                let c = self.condition(cond);
                // Likewise a condition that types to a constant (`3 > 2`, a
                // comparison of constants decided as Python would): `-17 if
                // 0x8128A4CAFA >= 7 else u` is the C long -17.
                if let Some(b) = folded_truth(&c) {
                    return self.expr_expecting(if b { then } else { orelse }, target);
                }
                let t = self.expr_expecting(then, target);
                let o = self.expr_expecting(orelse, target);
                if t.ty.is_error() || o.ty.is_error() || c.ty.is_error() {
                    return Expr::error(span);
                }
                let (tt, ot) = (super::types::literal_as_long(&t), super::types::literal_as_long(&o));
                let ty = match (&tt, &ot) {
                    // Cython's type for two integers: its widest numeric type.
                    (Type::Int(_), Type::Int(_)) => super::types::cython_spanning(&tt, &ot),
                    // Two unrelated data pointers meet in `void *`, as in Cython.
                    (Type::Ptr(a), Type::Ptr(b)) if !matches!(**a, Type::Void) && !matches!(**b, Type::Void) => {
                        common_type(&tt, &ot).or(Some(Type::Ptr(Box::new(Type::Void))))
                    }
                    _ => common_type(&tt, &ot),
                };
                let Some(ty) = ty else {
                    self.error(SemanticError::InvalidOperands {
                        span,
                        op: "if-else".into(),
                        left: t.ty.display(),
                        right: Some(o.ty.display()),
                    });
                    return Expr::error(span);
                };
                // Branches that are `float`s for Cython (one computed in
                // double only because of an integer literal, `f / 9`) meet in
                // a `float` temporary, which rounds them.
                let ty = if ty == Type::DOUBLE && self.float_for_cython(&t, &o) { Type::FLOAT } else { ty };
                let t = self.coerce_branch(t, &ty, then.span);
                let o = self.coerce_branch(o, &ty, orelse.span);
                Expr::new(ExprKind::Conditional { cond: Box::new(c), then: Box::new(t), orelse: Box::new(o) }, ty, span)
            }
            ast::ExprKind::Cast { ty, operand, checked } => self.cast(ty, operand, *checked, span),
            ast::ExprKind::SizeofType(t) => {
                let ty = self.resolve_type(t);
                self.sizeof(ty, span)
            }
            ast::ExprKind::SizeofExpr(inner) => {
                // `sizeof(name)`, `sizeof(cnp.float64_t)`: a type name or a variable.
                if let Some(t) = self.expr_as_type_name(inner) {
                    let ty = self.resolve_type(&t);
                    return self.sizeof(ty, span);
                }
                let value = self.expr(inner);
                self.sizeof(value.ty, span)
            }
            ast::ExprKind::Call { func, args } => self.call(func, args, span, target),
            ast::ExprKind::Attribute { value, attr } => self.attribute(value, attr, span),
            ast::ExprKind::Subscript { value, items } => self.subscript(value, items, span),
            ast::ExprKind::Tuple(items) if matches!(target, Some(Type::CTuple(_))) => {
                let Some(Type::CTuple(members)) = target else { unreachable!("matched by the guard") };
                self.ctuple_literal(items, members, span)
            }
            ast::ExprKind::Tuple(items) | ast::ExprKind::List(items) if matches!(target, Some(Type::CArray(..))) => {
                let Some(Type::CArray(elem, n)) = target else { unreachable!("matched by the guard") };
                self.array_literal(items, elem, *n, span)
            }
            ast::ExprKind::Tuple(_) => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "tuples as values",
                    instead: "tuples are only written as `shape=(n, m)` of `cython.view.array`",
                });
                Expr::error(span)
            }
            ast::ExprKind::List(_) => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "Python lists",
                    instead: "use a typed memoryview such as `double[:]`, or a C array `cdef double a[10]`",
                });
                Expr::error(span)
            }
            ast::ExprKind::Dict(items) if matches!(target, Some(Type::Struct(_))) => {
                let Some(Type::Struct(d)) = target else { unreachable!("matched above") };
                self.struct_from_dict(&d.clone(), items, span)
            }
            ast::ExprKind::Dict(_) => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "Python dicts and sets",
                    instead: "use C arrays or typed memoryviews",
                });
                Expr::error(span)
            }
            ast::ExprKind::CType(t) => {
                let name = cytrus_grammar::print::ty(t);
                self.error(SemanticError::WrongKindOfName { span, name, is: "a type", expected: "a value" });
                Expr::error(span)
            }
            ast::ExprKind::Lambda => {
                self.error(SemanticError::Unsupported { span, what: "lambdas", instead: "define a `cdef` function" });
                Expr::error(span)
            }
            ast::ExprKind::Error => Expr::error(span),
        }
    }

    /// `[a, b, c]` where the C array `elem[n]` is expected: each item
    /// typed toward the element and converted to it as C converts (a float
    /// item of an integer array is truncated, as in Cython).
    pub(super) fn array_literal(&mut self, items: &[ast::Expr], elem: &Type, n: u64, span: Span) -> Expr {
        if items.len() as u64 != n {
            for item in items {
                if !matches!(item.kind, ast::ExprKind::List(_) | ast::ExprKind::Tuple(_)) {
                    self.expr(item);
                }
            }
            self.error(SemanticError::ArrayLiteralLength { span, expected: n, got: items.len() });
            return Expr::error(span);
        }
        let mut typed = Vec::with_capacity(items.len());
        let mut failed = false;
        for item in items {
            let value = self.expr_expecting(item, Some(elem));
            let value = match (&value.ty, elem) {
                (Type::Float { .. }, Type::Int(_)) => {
                    let vspan = value.span;
                    Expr::new(ExprKind::Cast(Box::new(value)), elem.clone(), vspan)
                }
                _ => self.coerce(value, elem, item.span),
            };
            failed |= value.ty.is_error();
            typed.push(value);
        }
        if failed {
            return Expr::error(span);
        }
        Expr::new(ExprKind::ArrayLiteral(typed), Type::CArray(Box::new(elem.clone()), n), span)
    }

    /// `(a, b)` where the C tuple `members` is expected: each item typed
    /// toward its member and converted to it.
    pub(super) fn ctuple_literal(&mut self, items: &[ast::Expr], members: &[Type], span: Span) -> Expr {
        if items.len() != members.len() {
            for item in items {
                self.expr(item);
            }
            self.error(SemanticError::CTuple {
                span,
                problem: Box::new(super::error::CTupleProblem::WrongLength {
                    expected: members.len(),
                    got: items.len(),
                }),
            });
            return Expr::error(span);
        }
        let mut typed = Vec::with_capacity(items.len());
        let mut failed = false;
        for (item, member) in items.iter().zip(members) {
            let value = self.expr_expecting(item, Some(member));
            let value = self.coerce(value, member, item.span);
            failed |= value.ty.is_error();
            typed.push(value);
        }
        if failed {
            return Expr::error(span);
        }
        Expr::new(ExprKind::CTuple(typed), Type::CTuple(members.to_vec()), span)
    }

    /// `name` or `module.name` written where an expression stands, as the
    /// type it names when it is not a variable (`sizeof(cnp.float64_t)`).
    pub(super) fn expr_as_type_name(&self, e: &ast::Expr) -> Option<ast::TypeExpr> {
        let name = match &e.kind {
            ast::ExprKind::Name(n) if self.lookup_var(n).is_none() => n.clone(),
            ast::ExprKind::Attribute { value, attr } => match &value.kind {
                ast::ExprKind::Name(module)
                    if matches!(self.lookup_global(module), Some(Symbol::Numpy { .. } | Symbol::CythonModule)) =>
                {
                    format!("{module}.{}", attr.name)
                }
                _ => return None,
            },
            _ => return None,
        };
        Some(ast::TypeExpr::new(ast::TypeKind::Named(name), e.span))
    }

    /// A one-character string or bytes literal where a C integer is expected
    /// (`cdef char c = b'x'`, `c == 'x'`): the character's code as a C
    /// `char`, as Cython writes it. `None` when `e` is no such literal.
    pub(super) fn char_literal(&mut self, e: &ast::Expr) -> Option<Expr> {
        let ast::ExprKind::Str(s) = &e.kind else { return None };
        if s.format {
            return None;
        }
        let mut chars = s.value.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            self.error(SemanticError::BadCharLiteral { span: e.span, unicode: false });
            return Some(Expr::error(e.span));
        };
        let code = u32::from(c);
        let value = if s.bytes {
            // A byte, as C's (signed) `char` holds it.
            i128::from(code as u8 as i8)
        } else if code < 128 {
            i128::from(code)
        } else {
            self.error(SemanticError::BadCharLiteral { span: e.span, unicode: true });
            return Some(Expr::error(e.span));
        };
        Some(Expr::new(ExprKind::IntLit(value), Type::Int(IntKind::Char), e.span))
    }

    /// A condition: anything numeric or a pointer, as C tests it.
    /// `l and r` / `l or r` of typed operands: Python's value (one of the
    /// operands) in the operands' common numeric type.
    fn bool_op(&mut self, op: ast::BoolOp, l: Expr, r: Expr, lspan: Span, rspan: Span, span: Span) -> Expr {
        // Cython tests each operand held in a temporary of its own type:
        // a `float` computed in double (`f / 9`) is rounded there.
        let (l, r) = (self.held_float(l), self.held_float(r));
        let ty = if l.ty == Type::Bint && r.ty == Type::Bint {
            Type::Bint
        } else {
            match common_type(&l.ty, &r.ty) {
                Some(t) if t.is_numeric() => t,
                _ => {
                    let word = if op == ast::BoolOp::And { "and" } else { "or" };
                    self.error(SemanticError::InvalidOperands {
                        span,
                        op: word.into(),
                        left: l.ty.display(),
                        right: Some(r.ty.display()),
                    });
                    return Expr::error(span);
                }
            }
        };
        let l = self.coerce_operand(l, &ty, lspan, false);
        let r = self.coerce_operand(r, &ty, rspan, false);
        let kind = match op {
            ast::BoolOp::And => ExprKind::And(Box::new(l), Box::new(r)),
            ast::BoolOp::Or => ExprKind::Or(Box::new(l), Box::new(r)),
        };
        Expr::new(kind, ty, span)
    }

    pub(super) fn condition(&mut self, e: &ast::Expr) -> Expr {
        // In a condition only the truth of `a and b` / `a or b` matters, so
        // operands of any types that have a truth value mix (pointers of
        // different types, a pointer and an int), as in Cython.
        if let ast::ExprKind::BoolOp { op, left, right } = &e.kind {
            if self.type_test(e).is_none() {
                let l = self.condition(left);
                let r = self.condition(right);
                if l.ty.is_error() || r.ty.is_error() {
                    return Expr::error(e.span);
                }
                let meet = (l.ty == Type::Bint && r.ty == Type::Bint)
                    || common_type(&l.ty, &r.ty).is_some_and(|t| t.is_numeric());
                if meet {
                    return self.bool_op(*op, l, r, left.span, right.span, e.span);
                }
                let (l, r) = (truth_of(l), truth_of(r));
                let kind = match op {
                    ast::BoolOp::And => ExprKind::And(Box::new(l), Box::new(r)),
                    ast::BoolOp::Or => ExprKind::Or(Box::new(l), Box::new(r)),
                };
                return Expr::new(kind, Type::Bint, e.span);
            }
        }
        let value = self.expr(e);
        match &value.ty {
            Type::Error | Type::Bint => value,
            t if t.is_numeric() || matches!(t, Type::Ptr(_) | Type::FuncPtr(_)) => value,
            other => {
                let other = other.display();
                let help =
                    if other.contains('[') { Some("test `v is None`, or `v.shape[0] > 0`".to_string()) } else { None };
                self.error(SemanticError::CannotAssign { span: e.span, from: other, to: "bint".into(), help });
                Expr::error(e.span)
            }
        }
    }

    /// A C integer literal if it fits in 32 bits, else a Python int (Cython's rule).
    pub(super) fn int_literal(&mut self, v: u128, span: Span) -> Expr {
        let Ok(value) = i128::try_from(v) else {
            self.error(SemanticError::ConstantOutOfRange { span });
            return Expr::error(span);
        };
        let ty = if value <= i32::MAX as i128 { Type::INT } else { Type::PyInt };
        Expr::new(ExprKind::IntLit(value), ty, span)
    }

    /// `0xffULL`, `5U`: a literal (Cython folds it with others as Python
    /// ints) whose C type, where it meets a C value, is C's type for it —
    /// `2U` is an `unsigned int`, so `x + 2U` wraps at 32 bits as Cython's C
    /// does.
    pub(super) fn suffixed_literal(&mut self, v: u128, suffix_type: &str, span: Span) -> Expr {
        let kind = match suffix_type {
            "unsigned" if v <= u128::from(u32::MAX) => IntKind::UInt,
            "unsigned" | "unsigned long" => IntKind::ULong,
            "unsigned long long" => IntKind::ULongLong,
            _ if v <= i64::MAX as u128 => IntKind::LongLong,
            // A hexadecimal `LL` literal past `long long` is C's `unsigned long long`.
            _ => IntKind::ULongLong,
        };
        if v > u128::from(u64::MAX) {
            self.error(SemanticError::ConstantOutOfRange { span });
            return Expr::error(span);
        }
        Expr::new(ExprKind::IntLit(v as i128), Type::Int(kind), span)
    }

    /// The value of a C library constant (`M_PI`, `DBL_MAX`, `INT_MIN`).
    pub(super) fn constant(&mut self, symbol: &Symbol, span: Span) -> Option<Expr> {
        Some(match symbol {
            Symbol::MathConst(c) => {
                let ty = if *c == "CLOCKS_PER_SEC" { Type::LONG } else { Type::DOUBLE };
                Expr::new(ExprKind::MathConst(c), ty, span)
            }
            // A named C constant, not a literal: `INT_MAX + 1` is C arithmetic, not folded.
            Symbol::Literal(super::scope::Literal::Int(v, k)) => {
                let value = Expr::new(ExprKind::IntLit(*v), Type::Int(*k), span);
                Expr::new(ExprKind::Cast(Box::new(value)), Type::Int(*k), span)
            }
            Symbol::Literal(super::scope::Literal::Float(v, bits)) => {
                Expr::new(ExprKind::FloatLit(*v), Type::Float { bits: *bits }, span)
            }
            _ => return None,
        })
    }

    fn name(&mut self, name: &str, span: Span) -> Expr {
        if let Some(v) = self.lookup_var(name) {
            let ty = self.vars[v.0 as usize].ty.clone();
            if ty == Type::PyInt {
                self.require_gil(span, &format!("reading `{name}`, a Python int,"));
            }
            if ty == Type::Str && self.vars[v.0 as usize].scope == VarScope::Global && !self.fn_stack.is_empty() {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "module-level string variables read inside functions",
                    instead: "pass the values to the function and format them there",
                });
                return Expr::error(span);
            }
            return Expr::new(ExprKind::Var(v), ty, span);
        }
        match self.lookup_global(name).cloned() {
            Some(Symbol::Func(id)) => {
                let f = &self.functions[id.0 as usize];
                let addressable = f.kind == ast::FunctionKind::Cdef
                    && matches!(
                        f.linkage,
                        crate::tir::Linkage::Local | crate::tir::Linkage::Shared | crate::tir::Linkage::PxdInline(_)
                    );
                if addressable {
                    let ty = Type::FuncPtr(Box::new(self.function_sig(id)));
                    return Expr::new(ExprKind::FuncRef(id), ty, span);
                }
                return Expr::new(ExprKind::FuncRef(id), Type::Error, span).with_func_type(self, id);
            }
            Some(symbol @ (Symbol::MathConst(_) | Symbol::Literal(_))) => {
                return self.constant(&symbol, span).expect("a constant");
            }
            Some(Symbol::EnumConst { value, ty, .. }) => return Expr::new(ExprKind::IntLit(value), ty, span),
            Some(Symbol::FusedFunc(_)) => {
                self.error(SemanticError::FunctionNotAddressable { span, name: name.to_string(), kind: "fused" });
                return Expr::error(span);
            }
            Some(Symbol::Type(_) | Symbol::FusedType(_)) => {
                self.error(SemanticError::WrongKindOfName {
                    span,
                    name: name.into(),
                    is: "a type",
                    expected: "a value",
                });
                return Expr::error(span);
            }
            Some(Symbol::Dtype(_)) => {
                self.error(SemanticError::WrongKindOfName {
                    span,
                    name: name.into(),
                    is: "a numpy dtype, which cytrus knows only where an array is made",
                    expected: "a value",
                });
                return Expr::error(span);
            }
            Some(
                Symbol::CythonModule
                | Symbol::ViewModule
                | Symbol::ArrayClass
                | Symbol::Builtin(_)
                | Symbol::Numpy { .. }
                | Symbol::CModule(_)
                | Symbol::CAbs(_)
                | Symbol::PyMem(_)
                | Symbol::Parallel(_)
                | Symbol::ParallelModule
                | Symbol::PxdModule(_),
            ) => {
                self.error(SemanticError::WrongKindOfName {
                    span,
                    name: name.into(),
                    is: "a module or function",
                    expected: "a value",
                });
                return Expr::error(span);
            }
            Some(Symbol::Var(_)) | None => {}
        }
        if let Some((Type::Enum(d), _)) = self.typedefs.get(name) {
            if self.enums[d.id as usize].cpdef {
                self.error(SemanticError::CpdefEnumClass { span, name: name.into() });
                return Expr::error(span);
            }
        }
        if self.typedefs.contains_key(name) {
            self.error(SemanticError::WrongKindOfName { span, name: name.into(), is: "a type", expected: "a value" });
            return Expr::error(span);
        }
        if name == "NULL" {
            return Expr::new(ExprKind::Null, Type::Ptr(Box::new(Type::Void)), span);
        }
        if let Some(kind) = self.exception_kind(name) {
            return Expr::new(ExprKind::ExceptionClass(kind), Type::ExceptionClass, span);
        }
        if matches!(name, "range" | "len" | "abs" | "min" | "max" | "print") {
            self.error(SemanticError::WrongKindOfName {
                span,
                name: name.into(),
                is: "a builtin function",
                expected: "a value",
            });
            return Expr::error(span);
        }
        self.unknown_name(name, span);
        Expr::error(span)
    }

    fn unary(&mut self, op: ast::UnaryOp, operand: &ast::Expr, span: Span) -> Expr {
        if op == ast::UnaryOp::Not {
            let value = self.condition(operand);
            if value.ty.is_error() {
                return Expr::error(span);
            }
            return Expr::new(ExprKind::Unary { op: UnaryOp::Not, operand: Box::new(value) }, Type::Bint, span);
        }
        // `-2147483648` and friends: fold the sign into the literal so it keeps C's type.
        if let (ast::UnaryOp::Neg, ast::ExprKind::Int(v)) = (op, &operand.kind) {
            if let Ok(v) = i128::try_from(*v) {
                // Cython folds the sign into the literal and types it by its
                // value: a C `long` from -2**31 (`-0x80000000 // n` is C
                // arithmetic; `a - -1` on an `int` is `long` arithmetic), a
                // Python int below.
                // `-0` is written `0`, a C `int` (`u * -0 - u` on an
                // `unsigned int u` wraps unsigned).
                let ty = if v == 0 {
                    Type::INT
                } else if v <= i32::MAX as i128 + 1 {
                    Type::LONG
                } else {
                    Type::PyInt
                };
                return Expr::new(ExprKind::IntLit(-v), ty, span);
            }
        }
        let value = self.expr(operand);
        if value.ty.is_error() {
            return Expr::error(span);
        }
        let (op, ok) = match op {
            ast::UnaryOp::Neg => (UnaryOp::Neg, value.ty.is_numeric()),
            ast::UnaryOp::Pos => (UnaryOp::Pos, value.ty.is_numeric()),
            ast::UnaryOp::Invert => (UnaryOp::Invert, value.ty.is_integral()),
            ast::UnaryOp::Not => unreachable!("handled above"),
        };
        if !ok {
            let text = match op {
                UnaryOp::Neg => "-",
                UnaryOp::Pos => "+",
                _ => "~",
            };
            self.error(SemanticError::InvalidOperands { span, op: text.into(), left: value.ty.display(), right: None });
            return Expr::error(span);
        }
        // Cython folds a unary minus or plus on an integer constant
        // (`-(-0x10)`, `+7`) into a constant typed by its value: a C long within 32 bits,
        // else a Python int (which then folds further with Python's rules:
        // `-(-0x10) % -0xa` is -4 even under cdivision).
        if let ExprKind::IntLit(v) = value.kind {
            if value.ty == Type::INT || value.ty == Type::LONG || value.ty == Type::PyInt {
                // Not `~`: Cython writes `~7` as C's `(~7)`, an `int` in C's
                // comparisons (`~7 < u` on an unsigned `u` is false).
                let folded = match op {
                    UnaryOp::Neg => v.checked_neg(),
                    UnaryOp::Pos => Some(v),
                    _ => None,
                };
                if let Some(f) = folded {
                    // Cython writes the folded constant as a C literal: a
                    // negative one with an `L` suffix (a C long), a
                    // non-negative one plain (a C int, `v * -(-2)` on an
                    // `int v` is `int` arithmetic in C).
                    let small = f >= i32::MIN as i128 && f <= i32::MAX as i128;
                    let ty = match (small && value.ty != Type::PyInt, f >= 0) {
                        (true, true) => Type::INT,
                        (true, false) => Type::LONG,
                        (false, _) => Type::PyInt,
                    };
                    // The negation keeps its operand's kind of Python int.
                    if self.object_constants.contains(&value.span) {
                        self.object_constants.insert(span);
                    }
                    return Expr::new(ExprKind::IntLit(f), ty, span);
                }
            }
        }
        if value.ty == Type::PyInt {
            self.require_gil(span, "arithmetic on a Python int");
        }
        let ty = promote(&value.ty);
        let value = self.coerce(value, &ty, operand.span);
        Expr::new(ExprKind::Unary { op, operand: Box::new(value) }, ty, span)
    }

    fn binary(&mut self, op: ast::BinOp, left: &ast::Expr, right: &ast::Expr, span: Span) -> Expr {
        // `"…" % x`: formatting, with the literal known here.
        if let (ast::BinOp::Mod, ast::ExprKind::Str(s)) = (op, &left.kind) {
            if !s.format {
                return self.percent_format(s, left.span, right, span);
            }
        }
        let l = self.expr(left);
        let r = self.expr(right);
        if l.ty.is_error() || r.ty.is_error() {
            return Expr::error(span);
        }
        let (l, r) = if op == ast::BinOp::Div {
            (l, r)
        } else {
            let original_left = l.clone();
            (self.conditional_beside(l, &r), self.conditional_beside(r, &original_left))
        };
        if op == ast::BinOp::Add && (l.ty == Type::Str || r.ty == Type::Str) {
            return self.concat(l, r, span);
        }
        // Cython folds arithmetic on integer literals with Python's exact rules:
        // `0x7fffffff + 1` is 2147483648, `1 << 40` is 1099511627776.
        if let (ExprKind::IntLit(a), ExprKind::IntLit(b)) = (&l.kind, &r.kind) {
            // Only literals fold: a cast literal (`<unsigned int>8`) is not
            // one for Cython, so `2147483647 - <unsigned int>8` is C's.
            // Suffixed literals (`5U`, `1ULL`) are literals too: `5U - 6` is -1.
            let literal_type = |t: &Type| {
                *t == Type::INT
                    || *t == Type::LONG
                    || *t == Type::PyInt
                    || matches!(t, Type::Int(IntKind::UInt | IntKind::ULong | IntKind::ULongLong | IntKind::LongLong))
            };
            if literal_type(&l.ty) && literal_type(&r.ty) {
                if let Some(v) = fold_int(op, *a, *b) {
                    // Cython's folded constant keeps its operands' widest
                    // type: an operand beyond 32 bits (a Python int) makes
                    // the result one even when it is small (`0x80000000 >> 8`).
                    // A negative one is written with an `L` suffix (a C
                    // long: `(-1 * 33) << n` shifts a long), a non-negative
                    // one plain (a C int).
                    let small = v >= i32::MIN as i128 && v <= i32::MAX as i128;
                    if !small && v < 0 && format!("{:x}", -v).contains(char::is_alphabetic) {
                        self.folded_hex_spans.insert((span.start, span.end));
                    }
                    let plain = |t: &Type| *t == Type::INT || *t == Type::LONG;
                    let ty = if !small || l.ty == Type::PyInt || r.ty == Type::PyInt {
                        Type::PyInt
                    } else if v < 0
                        && plain(&l.ty)
                        && plain(&r.ty)
                        && !format!("{:x}", -v).contains(char::is_alphabetic)
                    {
                        // Cython writes the folded value in hex; a negative
                        // one whose hex digits are all decimal digits goes
                        // out in decimal with an `L` (`-1024L`), one with a
                        // letter as `-0x5a`, a C int: `(10 - 0x64) * (0x20 +
                        // i)` is `int` arithmetic.
                        Type::LONG
                    } else {
                        Type::INT
                    };
                    if ty == Type::PyInt {
                        self.object_constants.insert(span);
                    }
                    return Expr::new(ExprKind::IntLit(v), ty, span);
                }
                // Not foldable within 128 bits (`1 << 200`): Python's exact
                // arithmetic at run time, which raises OverflowError past
                // cytrus's 128-bit Python ints rather than a C shift past
                // the type's width.
                let grows = matches!(op, ast::BinOp::Shl | ast::BinOp::Mul | ast::BinOp::Add | ast::BinOp::Sub)
                    || (op == ast::BinOp::Pow && *b >= 0);
                if grows && (op != ast::BinOp::Shl || *b >= 0) {
                    let (l, r) = (self.coerce(l, &Type::PyInt, left.span), self.coerce(r, &Type::PyInt, right.span));
                    self.require_gil(span, "arithmetic on a Python int");
                    let bop = bin_op(op).expect("an arithmetic operator");
                    return Expr::new(
                        ExprKind::Binary { op: bop, left: Box::new(l), right: Box::new(r) },
                        Type::PyInt,
                        span,
                    );
                }
            }
        }
        let invalid = |this: &mut Self, l: &Expr, r: &Expr| {
            this.error(SemanticError::InvalidOperands {
                span,
                op: op.text().into(),
                left: l.ty.display(),
                right: Some(r.ty.display()),
            });
            Expr::error(span)
        };
        // Pointer arithmetic: `p + i`, `p - i`, `p - q`.
        if let Type::Ptr(_) = &l.ty {
            return match (op, &r.ty) {
                (ast::BinOp::Add | ast::BinOp::Sub, t) if t.is_integral() && *t != Type::PyInt => {
                    let bop = if op == ast::BinOp::Add { BinOp::Add } else { BinOp::Sub };
                    let ty = l.ty.clone();
                    let r = self.coerce(r, &Type::SSIZE, right.span);
                    Expr::new(ExprKind::Binary { op: bop, left: Box::new(l), right: Box::new(r) }, ty, span)
                }
                (ast::BinOp::Sub, Type::Ptr(_)) if l.ty == r.ty => Expr::new(
                    ExprKind::Binary { op: BinOp::Sub, left: Box::new(l), right: Box::new(r) },
                    Type::SSIZE,
                    span,
                ),
                _ => invalid(self, &l, &r),
            };
        }
        if op == ast::BinOp::Add && r.ty.is_integral() && matches!(l.ty, Type::Ptr(_)) {
            return invalid(self, &l, &r);
        }
        if op == ast::BinOp::MatMul {
            self.error(SemanticError::Unsupported {
                span,
                what: "matrix multiplication with `@`",
                instead: "write the loops over the views",
            });
            return Expr::error(span);
        }
        if op == ast::BinOp::Mod && l.ty == Type::Str {
            self.error(SemanticError::Unsupported {
                span,
                what: "`%` formatting with a format that is not a string literal",
                instead: "write the format where it is used: `\"%d items\" % n`, or use an f-string",
            });
            return Expr::error(span);
        }
        if l.ty == Type::Str || r.ty == Type::Str {
            self.error(SemanticError::Unsupported {
                span,
                what: "string operations other than formatting and `+`",
                instead: "build strings with f-strings, `\"…\" % x`, `\"…\".format(x)`, `str(x)` and `+`",
            });
            return Expr::error(span);
        }
        let Some(mut ty) = arithmetic_type(&l.ty, &r.ty) else { return invalid(self, &l, &r) };
        // Cython writes an integer literal beside a `float` as a C double
        // constant (`g / 3` is `g / 3.0`), so the arithmetic happens in double;
        // `%` goes through `__Pyx_mod_float` and stays in float.
        let int_literal = |e: &Expr| matches!(e.kind, ExprKind::IntLit(_)) && e.ty.is_integral();
        if ty == Type::FLOAT && (int_literal(&l) || int_literal(&r)) && op != ast::BinOp::Mod && op != ast::BinOp::Pow {
            ty = Type::DOUBLE;
            self.literal_double_spans.insert((span.start, span.end));
        } else if ty == Type::DOUBLE
            && (op == ast::BinOp::Mod
                || op == ast::BinOp::FloorDiv
                    && !self.directives.cdivision
                    && !cast_of_constant(&r)
                    && !int_literal(&l)
                    && !int_literal(&r))
            && self.float_for_cython(&l, &r)
        {
            // `(1 + f) % f`: a `float` for Cython, whose `%` helper takes
            // floats: the double sum is rounded to float first.
            ty = Type::FLOAT;
        } else if ty == Type::DOUBLE
            && op == ast::BinOp::Pow
            && self.cython_float(&l) == Some(true)
            && matches!(r.ty, Type::Int(_) | Type::Bint)
        {
            // `(f + 1) ** 3`, `(f // 8) ** 3`: a `float` base for Cython
            // (C computes it in double only because of the literal), so
            // `powf` (a signed exponent variable widens it again, below).
            ty = Type::FLOAT;
        } else if ty == Type::DOUBLE
            && matches!(op, ast::BinOp::Add | ast::BinOp::Sub | ast::BinOp::Mul | ast::BinOp::Div)
        {
            // `f * 2 - 1`, `f * 2 / 3`: still a `float` for Cython.
            if self.float_for_cython(&l, &r) {
                self.literal_double_spans.insert((span.start, span.end));
            }
        }
        if ty == Type::PyInt {
            self.require_gil(span, "arithmetic on a Python int");
        }
        let integral = ty.is_integral();
        // Python's int / int: the operands stay Python ints, the result is the
        // exact quotient rounded once (lowering calls the runtime for it).
        let python_true_division = op == ast::BinOp::Div && ty == Type::PyInt;
        let bop = match op {
            ast::BinOp::Add => BinOp::Add,
            ast::BinOp::Sub => BinOp::Sub,
            ast::BinOp::Mul => BinOp::Mul,
            ast::BinOp::Div => {
                // Python 3 true division, unless `cdivision` makes `int / int` C division.
                if integral && !(self.directives.cdivision && ty != Type::PyInt) {
                    ty = Type::DOUBLE;
                }
                BinOp::Div
            }
            ast::BinOp::FloorDiv | ast::BinOp::Mod => {
                // An integer literal is a C `long` in Cython. Infix operators
                // still compute in C's types (`u - 5` on an `unsigned int`
                // wraps as unsigned), but Python's `//` and `%` call a helper
                // taking the operation's type: `u // 5 - 1` is -1.
                let mut c_division = false;
                if integral && ty != Type::PyInt && !self.directives.cdivision {
                    let cython = super::types::cython_widest(&literal_as_long(&l), &literal_as_long(&r));
                    match cython {
                        // An unsigned type for Cython divides with C's `/`
                        // and `%` (no sign to fix), and with a non-zero
                        // constant divisor (no zero check, so no temporaries
                        // of Cython's type) in the operands' own C types:
                        // `(-0x11 >> (s & 31)) // 17` with a `size_t s` is a
                        // `size_t` for Cython, computed as `long / int` (0).
                        Some(Type::Int(k))
                            if !k.signed() && nonzero_constant(&r) && matches!(ty, Type::Int(c) if c.signed()) =>
                        {
                            c_division = true;
                        }
                        Some(t @ Type::Int(_)) => ty = t,
                        _ => {}
                    }
                }
                if c_division {
                    if op == ast::BinOp::FloorDiv {
                        BinOp::CDiv
                    } else {
                        BinOp::CMod
                    }
                } else if op == ast::BinOp::FloorDiv {
                    BinOp::FloorDiv
                } else {
                    BinOp::Mod
                }
            }
            ast::BinOp::Pow => {
                let literal_exponent = matches!(right.kind, ast::ExprKind::Int(_));
                let negative_literal = matches!(&right.kind,
                    ast::ExprKind::Unary { op: ast::UnaryOp::Neg, operand } if matches!(operand.kind, ast::ExprKind::Int(_)));
                if self.directives.cpow && integral && ty != Type::PyInt {
                    // `cpow=True`: a C integer power in the operands' type.
                } else if ty == Type::PyInt && !negative_literal {
                    // Python's int power: an exact int (a negative exponent,
                    // which Python answers with a float, raises at run time).
                } else if integral && !literal_exponent && matches!(literal_as_long(&r), Type::Int(k) if !k.signed()) {
                    // An unsigned exponent cannot be negative: Cython keeps
                    // an integer power in its widest type of both operands
                    // (`int ** unsigned int` is an `unsigned int`).
                    ty = super::types::cython_widest(&literal_as_long(&l), &literal_as_long(&r))
                        .filter(|t| matches!(t, Type::Int(_)))
                        .unwrap_or(ty);
                } else if integral && !literal_exponent {
                    ty = Type::DOUBLE;
                } else if integral && ty != Type::PyInt {
                    // Cython computes C integer powers in (at least) `long`,
                    // from the base's Cython type (`(i8 << (ul & 31)) ** 4`
                    // is an `unsigned long` power).
                    let base = literal_as_long(&l);
                    ty = super::types::cython_widest(&base, &Type::LONG)
                        .filter(|t| matches!(t, Type::Int(_)))
                        .or_else(|| arithmetic_type(&ty, &Type::LONG))
                        .unwrap_or(ty);
                } else if ty == Type::FLOAT
                    && !self.directives.cpow
                    && match r.kind {
                        ExprKind::IntLit(v) => v < 0 && r.ty.is_integral(),
                        _ => matches!(literal_as_long(&r), Type::Int(k) if k.signed()),
                    }
                {
                    // A `float` to a signed integer variable's power (which
                    // may be negative) or to a negative integer constant:
                    // Cython widens it to a double power (`f ** i / u`
                    // divides a double, `f ** -1 + 0.1` adds one).
                    ty = Type::DOUBLE;
                }
                BinOp::Pow
            }
            ast::BinOp::Shl | ast::BinOp::Shr | ast::BinOp::BitAnd | ast::BinOp::BitOr | ast::BinOp::BitXor => {
                if !integral {
                    return invalid(self, &l, &r);
                }
                match op {
                    ast::BinOp::Shl | ast::BinOp::Shr => {
                        // The result has the promoted type of the left operand.
                        let lt = promote(&l.ty);
                        let ty = if lt == Type::PyInt || r.ty == Type::PyInt { Type::PyInt } else { lt };
                        let rt = if ty == Type::PyInt { Type::PyInt } else { promote(&r.ty) };
                        let l = self.coerce(l, &ty, left.span);
                        let r = self.coerce(r, &rt, right.span);
                        let bop = if op == ast::BinOp::Shl { BinOp::Shl } else { BinOp::Shr };
                        // C computes the shift in the left operand's type;
                        // Cython types it as the wider of both operands
                        // (`int64_t >> size_t` is a `size_t`), which shows
                        // where it boxes or makes a temporary of it
                        // (`types::literal_as_long`).
                        return Expr::new(
                            ExprKind::Binary { op: bop, left: Box::new(l), right: Box::new(r) },
                            ty,
                            span,
                        );
                    }
                    ast::BinOp::BitAnd => BinOp::BitAnd,
                    ast::BinOp::BitOr => BinOp::BitOr,
                    _ => BinOp::BitXor,
                }
            }
            ast::BinOp::MatMul => unreachable!("rejected above"),
        };
        // `a & b` on two bints is a bint in Cython.
        if matches!(bop, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) && l.ty == Type::Bint && r.ty == Type::Bint {
            return Expr::new(ExprKind::Binary { op: bop, left: Box::new(l), right: Box::new(r) }, Type::Bint, span);
        }
        // `a | b` with one `bint` operand is a `bint` where Cython's
        // `widest_numeric_type` picks the `bint`: against any type narrower
        // than `int`, and a plain `int` on the left (`int | bint` is a bint, `bint | int` an
        // int). C computes it in `int`; the value is kept as it is (printed
        // as a bool).
        if matches!(bop, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) && bint_wins_bitwise(&l, &r) {
            let l = self.coerce(l, &Type::INT, left.span);
            let r = self.coerce(r, &Type::INT, right.span);
            return Expr::new(ExprKind::Binary { op: bop, left: Box::new(l), right: Box::new(r) }, Type::Bint, span);
        }
        if python_true_division {
            let l = self.coerce(l, &Type::PyInt, left.span);
            let r = self.coerce(r, &Type::PyInt, right.span);
            return Expr::new(ExprKind::Binary { op: bop, left: Box::new(l), right: Box::new(r) }, ty, span);
        }
        // Cython checks a division for a zero divisor (unless `cdivision`
        // or the divisor is a non-zero constant) and holds both operands in
        // temporaries of Cython's type first: `x / ((i64 >> sz) - 11)`
        // divides by a `size_t`.
        // `%` and `//` on floats go through Cython's helpers, which take
        // their operands in Cython's types too (unless `cdivision`).
        let (l, r) = if !self.directives.cdivision
            && match bop {
                BinOp::Div => !nonzero_constant(&r) && !cast_of_constant(&r),
                // By a cast constant Cython writes `floor(a / b)` in C's
                // types, and passes `%`'s operands straight to its helper;
                // by a nonzero constant it checks nothing, and holds no
                // temporaries either (`(f + 1) % 0.7` takes the double sum).
                BinOp::Mod | BinOp::FloorDiv => ty.is_float() && !cast_of_constant(&r) && !nonzero_constant(&r),
                _ => false,
            } {
            // A `float` operand Cython computes in double only because of an
            // integer literal beside it (`33 + f`) is a `float` for Cython:
            // its temporary rounds it, and with no double operand the
            // division itself is a `float` one (`(i + j) / (33 + f)`).
            let (cl, cr) = (self.cython_float(&l), self.cython_float(&r));
            if ty == Type::DOUBLE
                && cl != Some(false)
                && cr != Some(false)
                && (cl == Some(true) || cr == Some(true))
                && !int_literal(&l)
                && !int_literal(&r)
            {
                ty = Type::FLOAT;
            }
            (self.as_cython_temp(l, left.span), self.as_cython_temp(r, right.span))
        } else {
            (l, r)
        };
        // A true division whose Cython type is `float` while C computes it
        // in double only because of an integer literal (`f * 13` is `f *
        // 13.0`) casts an integer operand to `float`, as Cython writes it:
        // `i / (f * 13)` divides `(float)i`.
        let (l, r) = if ty == Type::DOUBLE && bop == BinOp::Div && self.float_for_cython(&l, &r) {
            let narrow = |this: &mut Self, e: Expr, sp: Span| {
                if e.ty.is_integral() && !matches!(e.kind, ExprKind::IntLit(_)) {
                    this.coerce(e, &Type::FLOAT, sp)
                } else {
                    e
                }
            };
            (narrow(self, l, left.span), narrow(self, r, right.span))
        } else {
            (l, r)
        };
        // With a Python int operand the operation is Python's, on the
        // objects: a conditional that is a Python int is not converted
        // branch by branch (`d ** (s if c else 2**40)` raises Python's
        // OverflowError); a C one is boxed branch by branch, each from its
        // own type (`2**40 ^ (sc if c else sz)` boxes sc's negative value).
        let python = l.ty == Type::PyInt || r.ty == Type::PyInt;
        let operand = |this: &mut Self, e: Expr, sp: Span| {
            if python && e.ty == Type::PyInt {
                this.coerce_whole(e, &ty, sp, false)
            } else {
                this.coerce(e, &ty, sp)
            }
        };
        let l = operand(self, l, left.span);
        let r = if bop == BinOp::Pow && ty.is_integral() { r } else { operand(self, r, right.span) };
        let e = Expr::new(ExprKind::Binary { op: bop, left: Box::new(l), right: Box::new(r) }, ty.clone(), span);
        // Cython's `//` on floats is C's `floor(a / b)`: the quotient is a
        // `float` one, the result libm's `double`, so C goes on in double
        // (`f // g - ul` subtracts the `unsigned long` as a double).
        if bop == BinOp::FloorDiv && ty == Type::FLOAT {
            return Expr::new(ExprKind::Convert(Box::new(e)), Type::DOUBLE, span);
        }
        e
    }

    /// `e` converted to the C type Cython gives it (`types::literal_as_long`)
    /// where that differs from its C type: what a Cython temporary holds.
    /// For a floating or integer expression: `Some(true)` if Cython types
    /// it as a `float` (a `float` value, or `float` arithmetic C computes in
    /// double only because of an integer literal operand), `Some(false)` if
    /// a double (or anything else), `None` for a C integer.
    pub(super) fn cython_float(&self, e: &Expr) -> Option<bool> {
        match &e.ty {
            Type::Int(_) | Type::Bint => None,
            Type::Float { bits: 32 } => Some(true),
            // `f // g` is a `float` for Cython: libm's floor() makes it a
            // double only in C (`(f // sizeof(double)) ** 3` is `powf`).
            _ if matches!(&e.kind, ExprKind::Convert(inner)
                if inner.ty == Type::FLOAT && matches!(inner.kind, ExprKind::Binary { op: BinOp::FloorDiv, .. })) =>
            {
                Some(true)
            }
            // A sign keeps its operand's type (`-(f / 9)` is a `float`).
            _ if matches!(&e.kind, ExprKind::Unary { op: UnaryOp::Neg | UnaryOp::Pos, .. }) => {
                let ExprKind::Unary { operand, .. } = &e.kind else { unreachable!("matched above") };
                self.cython_float(operand)
            }
            _ => Some(
                matches!(e.kind, ExprKind::Binary { .. })
                    && self.literal_double_spans.contains(&(e.span.start, e.span.end)),
            ),
        }
    }

    /// Whether Cython types arithmetic on `l` and `r` as a `float`: neither
    /// is a double for it, and one is a `float` (see [`Self::cython_float`]).
    pub(super) fn float_for_cython(&self, l: &Expr, r: &Expr) -> bool {
        let (cl, cr) = (self.cython_float(l), self.cython_float(r));
        cl != Some(false) && cr != Some(false) && (cl == Some(true) || cr == Some(true))
    }

    /// `e` as Cython holds it when it is a `float` C computes in double
    /// (`f / 9`): rounded to a `float`.
    pub(super) fn held_float(&mut self, e: Expr) -> Expr {
        if e.ty == Type::DOUBLE && self.cython_float(&e) == Some(true) {
            let span = e.span;
            return self.coerce(e, &Type::FLOAT, span);
        }
        e
    }

    fn as_cython_temp(&mut self, e: Expr, span: Span) -> Expr {
        if e.ty == Type::DOUBLE && self.cython_float(&e) == Some(true) {
            return self.coerce(e, &Type::FLOAT, span);
        }
        if !matches!(e.ty, Type::Int(_)) {
            return e;
        }
        let cython = literal_as_long(&e);
        if cython != e.ty && matches!(cython, Type::Int(_)) && !matches!(e.kind, ExprKind::IntLit(_)) {
            self.coerce(e, &cython, span)
        } else {
            e
        }
    }

    fn compare(&mut self, first: &ast::Expr, rest: &[(ast::CmpOp, ast::Expr)], span: Span) -> Expr {
        // `v is None` / `v is not None`.
        // A view compared with `None` by `==` / `!=` is Cython's `is` /
        // `is not` (a view has no other equality).
        let none_eq = |e: &ast::Expr| matches!(e.kind, ast::ExprKind::None);
        let none_eq = match rest {
            [(op @ (ast::CmpOp::Eq | ast::CmpOp::NotEq), rhs)] if none_eq(first) || none_eq(rhs) => Some(*op),
            _ => None,
        };
        if let [(op @ (ast::CmpOp::Is | ast::CmpOp::IsNot | ast::CmpOp::Eq | ast::CmpOp::NotEq), rhs)] = rest {
            if matches!(op, ast::CmpOp::Eq | ast::CmpOp::NotEq) && none_eq.is_none() {
                return self.compare_values(first, rest, span);
            }
            let l = self.expr(first);
            let r = self.expr(rhs);
            if l.ty.is_error() || r.ty.is_error() {
                return Expr::error(span);
            }
            let negated = matches!(op, ast::CmpOp::IsNot | ast::CmpOp::NotEq);
            let is_eq = matches!(op, ast::CmpOp::Eq | ast::CmpOp::NotEq);
            if is_eq
                && !matches!((&l.ty, &r.ty), (Type::Memview(_), Type::NoneType) | (Type::NoneType, Type::Memview(_)))
            {
                self.error(SemanticError::InvalidOperands {
                    span,
                    op: if negated { "!=".into() } else { "==".into() },
                    left: l.ty.display(),
                    right: Some(r.ty.display()),
                });
                return Expr::error(span);
            }
            // `p is NULL` / `p is not NULL`: pointer identity.
            if let (Type::Ptr(_) | Type::FuncPtr(_), Type::Ptr(_) | Type::FuncPtr(_)) = (&l.ty, &r.ty) {
                let (l, r) = self.pointer_pair(l, r);
                let op = if negated { CmpOp::NotEq } else { CmpOp::Eq };
                return Expr::new(ExprKind::Compare { operands: vec![l, r], ops: vec![op] }, Type::Bint, span);
            }
            let operand = match (&l.ty, &r.ty) {
                (Type::Memview(_) | Type::ViewArray, Type::NoneType) => l,
                (Type::NoneType, Type::Memview(_) | Type::ViewArray) => r,
                _ => {
                    self.error(SemanticError::InvalidOperands {
                        span,
                        op: if negated { "is not".into() } else { "is".into() },
                        left: l.ty.display(),
                        right: Some(r.ty.display()),
                    });
                    return Expr::error(span);
                }
            };
            return Expr::new(ExprKind::IsNone { operand: Box::new(operand), negated }, Type::Bint, span);
        }
        // `x in (a, b)`: compared in C, the needle evaluated once.
        if let [(op @ (ast::CmpOp::In | ast::CmpOp::NotIn), rhs)] = rest {
            return self.membership(first, *op == ast::CmpOp::NotIn, rhs, span);
        }
        self.compare_values(first, rest, span)
    }

    fn compare_values(&mut self, first: &ast::Expr, rest: &[(ast::CmpOp, ast::Expr)], span: Span) -> Expr {
        let mut ops = Vec::new();
        for (op, _) in rest {
            let cmp = match op {
                ast::CmpOp::Lt => CmpOp::Lt,
                ast::CmpOp::Gt => CmpOp::Gt,
                ast::CmpOp::Le => CmpOp::Le,
                ast::CmpOp::Ge => CmpOp::Ge,
                ast::CmpOp::Eq => CmpOp::Eq,
                ast::CmpOp::NotEq => CmpOp::NotEq,
                ast::CmpOp::In | ast::CmpOp::NotIn => {
                    self.error(SemanticError::Unsupported {
                        span,
                        what: "`in` and `not in` tests chained with other comparisons",
                        instead: "test membership on its own: `(x in (1, 2)) and y < 3`",
                    });
                    return Expr::error(span);
                }
                ast::CmpOp::Is | ast::CmpOp::IsNot => {
                    self.error(SemanticError::Unsupported {
                        span,
                        what: "`is` comparisons other than `v is None`",
                        instead: "compare values with `==`",
                    });
                    return Expr::error(span);
                }
            };
            ops.push(cmp);
        }
        // A one-character literal beside a C integer is that character's code.
        let written: Vec<&ast::Expr> = std::iter::once(first).chain(rest.iter().map(|(_, e)| e)).collect();
        let is_text = |e: &ast::Expr| matches!(&e.kind, ast::ExprKind::Str(s) if !s.format);
        let is_tuple = |e: &ast::Expr| matches!(&e.kind, ast::ExprKind::Tuple(_));
        let mut typed: Vec<Option<Expr>> =
            written.iter().map(|e| (!is_text(e) && !is_tuple(e)).then(|| self.expr(e))).collect();
        for i in 0..typed.len() {
            if typed[i].is_some() {
                continue;
            }
            // A tuple written out beside a C tuple is a C tuple of its type.
            if is_tuple(written[i]) {
                let beside = [i.checked_sub(1), Some(i + 1)]
                    .into_iter()
                    .flatten()
                    .filter_map(|j| typed.get(j).and_then(|t| t.as_ref()))
                    .find(|t| matches!(t.ty, Type::CTuple(_)))
                    .map(|t| t.ty.clone());
                typed[i] = Some(self.expr_expecting(written[i], beside.as_ref()));
                continue;
            }
            // Beside an integer literal Cython compares Python objects (`98 == b'b'`
            // is False): only C integer values make the literal a character.
            let neighbours: Vec<Option<&Expr>> = [i.checked_sub(1), Some(i + 1)]
                .into_iter()
                .flatten()
                .filter_map(|j| typed.get(j))
                .map(|t| t.as_ref())
                .collect();
            let beside_int = neighbours.iter().any(|t| t.is_some_and(|t| matches!(t.ty, Type::Int(_))))
                && neighbours.iter().all(|t| t.is_some_and(|t| !matches!(t.kind, ExprKind::IntLit(_))));
            typed[i] = Some(match beside_int.then(|| self.char_literal(written[i])).flatten() {
                Some(code) => code,
                None => self.expr(written[i]),
            });
        }
        let operands: Vec<Expr> = typed.into_iter().map(|t| t.expect("every operand typed")).collect();
        if operands.iter().any(|o| o.ty.is_error()) {
            return Expr::error(span);
        }
        if operands.iter().any(|o| matches!(o.ty, Type::CTuple(_))) {
            return self.compare_tuples(operands, &ops, span);
        }
        if let Some(split) = self.split_constant_links(&operands, &ops, span) {
            return split;
        }
        self.compare_operands(operands, ops, span)
    }

    /// Cython's constant folding of a chain (`ConstantFolding` on a
    /// cascade): a link between two constants is decided at compile time; a
    /// true one is dropped and the chain goes on as a new chain from its right
    /// operand, a false one makes the rest false. The pieces are joined by
    /// `and` and each finds its own common type: `v5 > -5 < 1.0` is `v5 >
    /// -5L`, a C comparison (False for a `size_t v5`), not one of doubles.
    /// `None` where no link is constant (or the chain is all constants, which
    /// the caller folds with Python's rules).
    fn split_constant_links(&mut self, operands: &[Expr], ops: &[CmpOp], span: Span) -> Option<Expr> {
        let constants: Vec<Option<ConstNumber>> = operands.iter().map(const_number).collect();
        if constants.iter().all(Option::is_some) {
            // All constants: decided as Python compares (`-1 < 1U` is True,
            // whatever C would make of the suffix; `326.5 % -7.25 >= 1.0`
            // takes Python's `%`, even under `cdivision`).
            let holds = ops.iter().enumerate().all(|(i, op)| match (constants[i], constants[i + 1]) {
                (Some(a), Some(b)) => a.holds(*op, b),
                _ => false,
            });
            return Some(Expr::new(ExprKind::BoolLit(holds), Type::Bint, span));
        }
        if ops.len() < 2 {
            return None;
        }
        let decided: Vec<Option<bool>> = ops
            .iter()
            .enumerate()
            .map(|(i, op)| match (constants[i], constants[i + 1]) {
                (Some(a), Some(b)) => Some(a.holds(*op, b)),
                _ => None,
            })
            .collect();
        if decided.iter().all(Option::is_none) {
            return None;
        }
        let mut pieces: Vec<(Vec<Expr>, Vec<CmpOp>)> = vec![(vec![operands[0].clone()], Vec::new())];
        let mut ends_false = false;
        for (i, op) in ops.iter().enumerate() {
            match decided[i] {
                Some(false) => {
                    ends_false = true;
                    break;
                }
                Some(true) => pieces.push((vec![operands[i + 1].clone()], Vec::new())),
                None => {
                    let last = pieces.last_mut().expect("one piece at least");
                    last.0.push(operands[i + 1].clone());
                    last.1.push(*op);
                }
            }
        }
        let mut result: Option<Expr> = None;
        let parts = pieces
            .into_iter()
            .filter(|(_, ops)| !ops.is_empty())
            .map(|(operands, ops)| self.compare_operands(operands, ops, span))
            .chain(ends_false.then(|| Expr::new(ExprKind::BoolLit(false), Type::Bint, span)));
        for part in parts {
            if part.ty.is_error() {
                return Some(part);
            }
            result = Some(match result {
                None => part,
                Some(left) => Expr::new(ExprKind::And(Box::new(left), Box::new(part)), Type::Bint, span),
            });
        }
        Some(result.unwrap_or_else(|| Expr::new(ExprKind::BoolLit(true), Type::Bint, span)))
    }

    /// A comparison or chain of typed operands (no C tuples, not all
    /// constants: [`Self::split_constant_links`] decides those).
    fn compare_operands(&mut self, operands: Vec<Expr>, ops: Vec<CmpOp>, span: Span) -> Expr {
        // A chain (Cython's cascaded comparison) has one common type, the
        // spanning type of every pair's, and its operands are coerced to it:
        // with a Python int among integer operands every link compares
        // Python ints exactly (`abs(2**44) >= min(u, v) >= -7936`); an
        // integer literal, a conditional expression and `and`/`or` take the
        // common type (`-11 | 256 <= sz > -34.375` compares -11.0 with sz,
        // `u - v >= b - ss >= (0xFF if b else ss)` compares the last link
        // unsigned). Each link is then C's comparison of the two C values, a
        // middle operand held (evaluated once, in a temporary) in the type
        // Cython gives it.
        let mut operands = operands;
        // A single comparison converts a conditional to Cython's type for
        // the pair first (a chain converts it to the chain's, below).
        if ops.len() == 1 {
            let b = operands.pop().expect("a comparison has two operands");
            let a = operands.pop().expect("a comparison has two operands");
            let original_a = a.clone();
            let a = self.conditional_beside(a, &b);
            let b = self.conditional_beside(b, &original_a);
            operands = vec![a, b];
        }
        let mut held = vec![false; operands.len()];
        if ops.len() > 1 {
            // With a Python int among numbers, Cython's common type is a
            // Python object: integers are boxed (from Cython's type for
            // them), floats compared with them exactly, as Python does
            // (`4480.0 < sizeof(char) + ll < 2**63 // 0` holds the middle
            // as a `long long`).
            let python = operands.iter().any(|o| o.ty == Type::PyInt)
                && operands.iter().all(|o| (o.ty.is_integral() || o.ty.is_float()) && !matches!(o.ty, Type::Enum(_)));
            let cython_of = |o: &Expr| -> Type {
                match (&o.kind, &o.ty) {
                    (ExprKind::IntLit(_), Type::Int(_)) => Type::LONG,
                    _ => literal_as_long(o),
                }
            };
            // A `bint` is one of Cython's integers here (of `int`'s rank):
            // `-x < u // 7 != b` holds the middle in its `long`.
            let numeric = |t: &Type| matches!(t, Type::Int(_) | Type::Float { .. } | Type::Bint);
            if python {
                operands = operands
                    .into_iter()
                    .map(|o| {
                        if o.ty.is_float() {
                            return o;
                        }
                        let sp = o.span;
                        self.coerce(o, &Type::PyInt, sp)
                    })
                    .collect();
            } else if operands.iter().all(|o| numeric(&o.ty)) {
                let common = operands
                    .iter()
                    .map(cython_of)
                    .reduce(|a, b| super::types::cython_widest_with_bint(&a, &b).unwrap_or(a))
                    .expect("a chain has operands");
                let n = operands.len();
                operands = operands
                    .into_iter()
                    .enumerate()
                    .map(|(i, o)| {
                        let sp = o.span;
                        // A literal becomes floating in a chain with a float;
                        // in an integer chain Cython writes it as C's literal,
                        // of C's type (`c >= 1` with a signed char `c` beside
                        // a `size_t` compares signed).
                        let adopts = matches!(o.kind, ExprKind::IntLit(_)) && common.is_float()
                            || matches!(o.kind, ExprKind::Conditional { .. } | ExprKind::And(..) | ExprKind::Or(..));
                        if adopts && o.ty != common {
                            let c = self.coerce_branches(o, &common);
                            return if matches!(c.ty, Type::Int(_))
                                && i > 0
                                && i + 1 < n
                                && !matches!(c.kind, ExprKind::IntLit(_))
                            {
                                held[i] = true;
                                Expr::new(ExprKind::Convert(Box::new(c)), common.clone(), sp)
                            } else {
                                c
                            };
                        }
                        if matches!(o.ty, Type::Int(_)) && !matches!(o.kind, ExprKind::IntLit(_)) && i > 0 && i + 1 < n
                        {
                            let c = super::types::in_cython_type(o);
                            held[i] = matches!(c.kind, ExprKind::Convert(_));
                            return c;
                        }
                        o
                    })
                    .collect();
            }
        }
        // Each adjacent pair meets in its own common type.
        let mut converted = Vec::with_capacity(operands.len() * 2);
        // A middle operand held in Cython's type stays visible as such to
        // lowering (which holds what is under the pair's conversion).
        let keep = |e: Expr, held: bool, ty: &Type| {
            if held && e.ty == *ty && matches!(e.kind, ExprKind::Convert(_)) {
                let sp = e.span;
                Expr::new(ExprKind::Convert(Box::new(e)), ty.clone(), sp)
            } else {
                e
            }
        };
        for i in 0..ops.len() {
            let (a, b) = (&operands[i], &operands[i + 1]);
            if let (Type::Ptr(_) | Type::FuncPtr(_), Type::Ptr(_) | Type::FuncPtr(_)) = (&a.ty, &b.ty) {
                let (a, b) = self.pointer_pair(a.clone(), b.clone());
                converted.push(a);
                converted.push(b);
                continue;
            }
            let Some(ty) = arithmetic_type(&a.ty, &b.ty) else {
                let (l, r) = (a.ty.display(), b.ty.display());
                self.error(SemanticError::InvalidOperands {
                    span,
                    op: cmp_text(ops[i]).into(),
                    left: l,
                    right: Some(r),
                });
                return Expr::error(span);
            };
            // Marked only where the pair's type is the held one's (no
            // conversion of its own to look under).
            let (a_same, b_same) = (a.ty == ty, b.ty == ty);
            // A Python int is compared as one (exactly), not branch by
            // branch; a C conditional beside it is boxed branch by branch.
            let (a, b) = if a.ty == Type::PyInt || b.ty == Type::PyInt {
                let held = |this: &mut Self, e: &Expr| {
                    if e.ty == Type::PyInt {
                        this.coerce_whole(e.clone(), &ty, e.span, false)
                    } else {
                        this.coerce(e.clone(), &ty, e.span)
                    }
                };
                (held(self, &a), held(self, &b))
            } else {
                (self.coerce(a.clone(), &ty, a.span), self.coerce(b.clone(), &ty, b.span))
            };
            converted.push(keep(a, held[i] && a_same, &ty));
            converted.push(keep(b, held[i + 1] && b_same, &ty));
        }
        Expr::new(ExprKind::Compare { operands: converted, ops }, Type::Bint, span)
    }

    /// `a op b` with a C tuple: Cython compares the Python tuples made from
    /// them, item by item; each pair of items meets in its common type.
    fn compare_tuples(&mut self, operands: Vec<Expr>, ops: &[CmpOp], span: Span) -> Expr {
        if ops.len() > 1 {
            self.error(SemanticError::CTuple {
                span,
                problem: Box::new(super::error::CTupleProblem::ChainedComparison),
            });
            return Expr::error(span);
        }
        let [left, right]: [Expr; 2] = operands.try_into().expect("one operator, two operands");
        let invalid = |this: &mut Self| {
            this.error(SemanticError::InvalidOperands {
                span,
                op: cmp_text(ops[0]).into(),
                left: left.ty.display(),
                right: Some(right.ty.display()),
            });
            Expr::error(span)
        };
        let (Type::CTuple(a), Type::CTuple(b)) = (&left.ty, &right.ty) else { return invalid(self) };
        let mut item_types = Vec::new();
        for (x, y) in a.iter().zip(b) {
            let common = match (x, y) {
                (Type::CTuple(_), _) | (_, Type::CTuple(_)) if x == y => Some(x.clone()),
                _ if !super::types::python_convertible(x) || !super::types::python_convertible(y) => None,
                // Python compares the numbers exactly: integers of different
                // types as Python ints, a wide integer and a float exactly too.
                (a, b) if a.is_integral() && b.is_integral() && a != b => Some(Type::PyInt),
                (Type::Int(k), Type::Float { .. }) | (Type::Float { .. }, Type::Int(k)) if k.bits() > 32 => {
                    Some(Type::PyInt)
                }
                _ => arithmetic_type(x, y),
            };
            match common {
                Some(t) => item_types.push(t),
                None => return invalid(self),
            }
        }
        let kind = ExprKind::CompareTuples { op: ops[0], left: Box::new(left), right: Box::new(right), item_types };
        Expr::new(kind, Type::Bint, span)
    }

    /// Two pointers to compare: `NULL` (or any `void *`) takes the other's type;
    /// other pointer types must agree.
    fn pointer_pair(&mut self, a: Expr, b: Expr) -> (Expr, Expr) {
        let void = Type::Ptr(Box::new(Type::Void));
        // A function pointer meets NULL, or a function (pointer) of its
        // signature whatever their exception specifications, as in C.
        let same_function = |x: &Type, y: &Type| match (x, y) {
            (Type::FuncPtr(f), Type::FuncPtr(g)) => f.ret == g.ret && f.params == g.params,
            _ => false,
        };
        if a.ty == b.ty {
            (a, b)
        } else if matches!(a.ty, Type::FuncPtr(_)) && b.kind == ExprKind::Null {
            let ty = a.ty.clone();
            (a, Expr { ty, ..b })
        } else if matches!(b.ty, Type::FuncPtr(_)) && a.kind == ExprKind::Null {
            let ty = b.ty.clone();
            (Expr { ty, ..a }, b)
        } else if same_function(&a.ty, &b.ty) {
            let ty = a.ty.clone();
            (a, Expr { ty, ..b })
        } else if b.ty == void {
            let ty = a.ty.clone();
            let span = b.span;
            (a, Expr::new(ExprKind::Convert(Box::new(b)), ty, span))
        } else if a.ty == void {
            let ty = b.ty.clone();
            let span = a.span;
            (Expr::new(ExprKind::Convert(Box::new(a)), ty, span), b)
        } else {
            self.error(SemanticError::InvalidOperands {
                span: a.span.to(b.span),
                op: "==".into(),
                left: a.ty.display(),
                right: Some(b.ty.display()),
            });
            (a, Expr::error(b.span))
        }
    }

    /// `&inner`. A C array's address is a pointer to the array, a type the
    /// subset has only inside a cast to another pointer (`<char *>&s.arr`,
    /// the same address as `&s.arr[0]`).
    fn address_of(&mut self, inner: Expr, span: Span, in_pointer_cast: bool) -> Expr {
        // `&f` of a `cdef` function is `f`: a function pointer.
        if let (ExprKind::FuncRef(_), Type::FuncPtr(_)) = (&inner.kind, &inner.ty) {
            return Expr { span, ..inner };
        }
        if inner.ty.is_error() {
            return Expr::error(span);
        }
        if !inner.is_lvalue() {
            self.error(SemanticError::NotAddressable { span: inner.span });
            return Expr::error(span);
        }
        if matches!(inner.ty, Type::CArray(..)) && !in_pointer_cast {
            self.error(SemanticError::PointerToArray { span, ty: inner.ty.display() });
            return Expr::error(span);
        }
        let ty = Type::Ptr(Box::new(inner.ty.clone()));
        Expr::new(ExprKind::AddressOf(Box::new(inner)), ty, span)
    }

    fn cast(&mut self, ty: &ast::TypeExpr, operand: &ast::Expr, checked: bool, span: Span) -> Expr {
        if checked {
            self.error(SemanticError::Unsupported {
                span,
                what: "checked casts (`<T?>x`)",
                instead: "write a plain cast `<T>x`",
            });
            return Expr::error(span);
        }
        // `<double[:n, :m]>p`: a view of pointer memory.
        if let ast::TypeKind::Memview { elem, axes } = &ty.kind {
            let elem_ty = self.resolve_type(elem);
            let is_const = matches!(elem.kind, ast::TypeKind::Const(_));
            let ptr = self.expr(operand);
            if elem_ty.is_error() || ptr.ty.is_error() {
                return Expr::error(span);
            }
            // A C array gives the extents the cast leaves out; its element
            // type and number of axes must be the view's (Cython's rule).
            let mut array_dims = Vec::new();
            let mut array_elem = &ptr.ty;
            while let Type::CArray(inner, n) = array_elem {
                array_dims.push(*n);
                array_elem = inner;
            }
            if !array_dims.is_empty() && (array_dims.len() != axes.len() || *array_elem != elem_ty) {
                let view = MemviewType::c_contiguous(elem_ty.clone(), axes.len(), is_const);
                self.error(SemanticError::CannotAssign {
                    span: operand.span,
                    from: ptr.ty.display(),
                    to: Type::Memview(view).display(),
                    help: Some(format!(
                        "a C array cast to a view keeps its element type and its {}",
                        plural_axes(array_dims.len())
                    )),
                });
                return Expr::error(span);
            }
            if array_dims.is_empty() {
                let missing: Vec<Span> = axes.iter().filter(|a| a.stop.is_none()).map(|a| a.span).collect();
                if !missing.is_empty() {
                    for span in missing {
                        self.error(SemanticError::CastAxisWithoutExtent { span });
                    }
                    return Expr::error(span);
                }
            }
            let ok = match &ptr.ty {
                Type::Ptr(inner) => **inner == elem_ty || **inner == Type::Void,
                Type::CArray(..) => true,
                _ => false,
            };
            if !ok {
                self.error(SemanticError::CannotAssign {
                    span: operand.span,
                    from: ptr.ty.display(),
                    to: format!("{} *", elem_ty.display()),
                    help: Some("a view cast takes a pointer to the view's element type".into()),
                });
                return Expr::error(span);
            }
            if axes.len() > super::types::MAX_DIMS {
                self.error(SemanticError::TooManyDimensions { span: ty.span, ndim: axes.len() });
                return Expr::error(span);
            }
            let fortran = axes.len() > 1 && axes[0].step.is_some();
            let mut shape = Vec::new();
            for axis in axes {
                let extent = match (&axis.stop, array_dims.get(shape.len())) {
                    (Some(e), _) => self.index_value(e),
                    (None, Some(&n)) => Expr::new(ExprKind::IntLit(n as i128), Type::SSIZE, axis.span),
                    (None, None) => Expr::error(axis.span),
                };
                shape.push(extent);
            }
            // Cython reads past a C array whose cast extents cover more than
            // it holds; cytrus refuses the cast (constant extents).
            if !array_dims.is_empty() {
                let constant: Option<Vec<i128>> =
                    shape.iter().map(|e| if let ExprKind::IntLit(n) = e.kind { Some(n) } else { None }).collect();
                let held: u64 = array_dims.iter().product();
                if let Some(extents) = constant {
                    let wanted = extents.iter().try_fold(1i128, |acc, &n| acc.checked_mul(n.max(0)));
                    if wanted.is_none_or(|w| w > i128::from(held)) {
                        self.error(SemanticError::CastPastArray { span: ty.span, array: ptr.ty.display(), held });
                        return Expr::error(span);
                    }
                }
            }
            let view = if fortran {
                MemviewType::f_contiguous(elem_ty, axes.len(), is_const)
            } else {
                MemviewType::c_contiguous(elem_ty, axes.len(), is_const)
            };
            self.require_gil(span, "creating a view from a pointer");
            return Expr::new(ExprKind::ViewFromPtr { ptr: Box::new(ptr), shape, fortran }, Type::Memview(view), span);
        }
        let to = self.resolve_type(ty);
        let value = match (&operand.kind, &to) {
            (ast::ExprKind::AddressOf(inner), Type::Ptr(_)) => {
                let inner = self.expr(inner);
                self.address_of(inner, operand.span, true)
            }
            _ => self.expr(operand),
        };
        if to.is_error() || value.ty.is_error() {
            return Expr::error(span);
        }
        let ok = match (&value.ty, &to) {
            (a, b) if a.is_numeric() && b.is_numeric() => true,
            (Type::Ptr(_) | Type::CArray(..), Type::Ptr(_)) => true,
            (Type::Int(_), Type::Ptr(_)) | (Type::Ptr(_), Type::Int(_)) => true,
            (a, b) if a == b => true,
            _ => false,
        };
        if !ok {
            self.error(SemanticError::CannotAssign {
                span: operand.span,
                from: value.ty.display(),
                to: to.display(),
                help: Some("casts convert between numbers, and between pointers".into()),
            });
            return Expr::error(span);
        }
        if to == Type::Bint && matches!(value.kind, ExprKind::IntLit(_)) {
            // Cython folds `<bint>` of an integer literal away: `<bint>5` is 5.
            return value;
        }
        if let (ExprKind::IntLit(v), Type::Int(k)) = (&value.kind, &to) {
            // Cython writes a cast of an integer literal (folded, of any size)
            // as a C cast of the literal: `<uint8_t>123456789012` is 20. The
            // cast is a C value, not a literal: `<unsigned long>5 - 6` is C
            // arithmetic (18446744073709551615), never folded as Python ints.
            let literal = Expr::new(ExprKind::IntLit(k.wrap(*v)), to.clone(), value.span);
            return Expr::new(ExprKind::Cast(Box::new(literal)), to, span);
        }
        if value.ty == Type::PyInt && matches!(to, Type::Int(_)) {
            if let (ExprKind::Conditional { .. }, Type::Int(k)) = (&value.kind, &to) {
                return cast_branches(value, *k);
            }
            // Cython converts the Python int with an overflow check, then casts.
            return Expr::new(ExprKind::ConvertChecked(Box::new(value)), to, span);
        }
        Expr::new(ExprKind::Cast(Box::new(value)), to, span)
    }

    fn sizeof(&mut self, ty: Type, span: Span) -> Expr {
        match ty {
            Type::Error => Expr::error(span),
            Type::Void | Type::PyInt | Type::Str | Type::Exception | Type::NoneType | Type::ExceptionClass => {
                self.error(SemanticError::BadSizeof { span });
                Expr::error(span)
            }
            ty => Expr::new(ExprKind::Sizeof(ty), Type::Int(IntKind::SizeT), span),
        }
    }

    /// An expression used as an index or extent: any integer, as `Py_ssize_t`.
    pub(super) fn index_value(&mut self, e: &ast::Expr) -> Expr {
        let value = self.expr(e);
        match &value.ty {
            Type::Error => value,
            t if t.is_integral() => self.coerce(value, &Type::SSIZE, e.span),
            t => {
                self.error(SemanticError::IndexNotInteger { span: e.span, ty: t.display() });
                Expr::error(e.span)
            }
        }
    }

    fn attribute(&mut self, value: &ast::Expr, attr: &ast::Ident, span: Span) -> Expr {
        if let ast::ExprKind::Name(module) = &value.kind {
            // `X.N` of a cimported project module: a C name of its extern blocks.
            if let (None, Some(Symbol::PxdModule(_))) = (self.lookup_var(module), self.lookup_global(module)) {
                return match self.scope_member(module, &attr.name) {
                    Some(Symbol::Var(v)) => {
                        let ty = self.vars[v.0 as usize].ty.clone();
                        Expr::new(ExprKind::Var(v), ty, span)
                    }
                    Some(Symbol::EnumConst { value, ty, .. }) => Expr::new(ExprKind::IntLit(value), ty, span),
                    Some(_) => {
                        self.error(SemanticError::WrongKindOfName {
                            span,
                            name: format!("{module}.{}", attr.name),
                            is: "a function or type",
                            expected: "a value",
                        });
                        Expr::error(span)
                    }
                    None => {
                        let module = self.pxd_module_name(module);
                        self.error(SemanticError::NotDeclaredIn { span: attr.span, name: attr.name.clone(), module });
                        Expr::error(span)
                    }
                };
            }
            if let (None, Some(Symbol::CModule(path))) = (self.lookup_var(module), self.lookup_global(module).cloned())
            {
                return match super::scope::libc_symbol(path, &attr.name) {
                    Some(symbol @ (Symbol::MathConst(_) | Symbol::Literal(_))) => {
                        self.constant(&symbol, span).expect("a constant")
                    }
                    Some(_) => {
                        self.error(SemanticError::WrongKindOfName {
                            span,
                            name: format!("{module}.{}", attr.name),
                            is: "a function or type",
                            expected: "a value",
                        });
                        Expr::error(span)
                    }
                    None => {
                        self.error(SemanticError::UnknownCimport {
                            span: attr.span,
                            module: path.to_string(),
                            name: Some(attr.name.clone()),
                        });
                        Expr::error(span)
                    }
                };
            }
            if self.lookup_var(module).is_none() && matches!(self.lookup_global(module), Some(Symbol::Numpy { .. })) {
                return self.numpy_attribute(module, attr, span);
            }
        }
        if self.cython_attribute_of(value, attr).is_some() || self.is_view_module(value) {
            self.error(SemanticError::WrongKindOfName {
                span,
                name: attr.name.clone(),
                is: "a module member",
                expected: "a value",
            });
            return Expr::error(span);
        }
        // `Shape.SQUARE`: a constant of an enum, by its enum's name.
        if let ast::ExprKind::Name(name) = &value.kind {
            if let (None, Some((Type::Enum(d), _))) = (self.lookup_var(name), self.typedefs.get(name)) {
                let d = d.clone();
                return match self.enums[d.id as usize].members.iter().find(|(n, _)| *n == attr.name) {
                    Some(&(_, v)) => Expr::new(ExprKind::IntLit(v), Type::Enum(d), span),
                    None => {
                        self.error(SemanticError::UnknownAttribute {
                            span: attr.span,
                            ty: d.name.to_string(),
                            attr: attr.name.clone(),
                        });
                        Expr::error(span)
                    }
                };
            }
        }
        let base = self.expr(value);
        if base.ty.is_error() {
            return Expr::error(span);
        }
        if let Some(field) = self.field_access(base.clone(), attr, span) {
            return field;
        }
        if base.ty == Type::ViewArray {
            return self.array_attribute(base, attr, span);
        }
        let Type::Memview(m) = base.ty.clone() else {
            self.error(SemanticError::UnknownAttribute {
                span: attr.span,
                ty: base.ty.display(),
                attr: attr.name.clone(),
            });
            return Expr::error(span);
        };
        if self.directives.nonecheck {
            // The None check itself is made by lowering; the attribute name is in the message.
        }
        let ssize = Type::SSIZE;
        // Cython computes these through a Python object.
        if matches!(attr.name.as_str(), "ndim" | "itemsize" | "size" | "nbytes") {
            self.require_gil(span, &format!("`.{}` of a memoryview", attr.name));
        }
        match attr.name.as_str() {
            "ndim" | "itemsize" | "size" | "nbytes" => {
                let attr = match attr.name.as_str() {
                    "ndim" => ObjectAttr::Ndim,
                    "itemsize" => ObjectAttr::Itemsize,
                    "size" => ObjectAttr::Size,
                    _ => ObjectAttr::Nbytes,
                };
                let ty = if attr == ObjectAttr::Ndim { Type::INT } else { ssize };
                Expr::new(ExprKind::ViewObjectAttr { base: Box::new(base), attr }, ty, span)
            }
            "shape" | "strides" | "suboffsets" => {
                let which = match attr.name.as_str() {
                    "shape" => ViewAttr::Shape,
                    "strides" => ViewAttr::Strides,
                    _ => ViewAttr::Suboffsets,
                };
                Expr::new(
                    ExprKind::ViewAttrArray { base: Box::new(base), attr: which },
                    Type::CArray(Box::new(ssize), 8),
                    span,
                )
            }
            "T" => {
                let mut axes = m.axes.clone();
                axes.reverse();
                // Reversing the order turns C order into Fortran order and back.
                let t = MemviewType { elem: m.elem.clone(), axes, is_const: m.is_const };
                Expr::new(ExprKind::Transpose(Box::new(base)), Type::Memview(t), span)
            }
            "copy" | "copy_fortran" | "is_c_contig" | "is_f_contig" => {
                self.error(SemanticError::WrongKindOfName {
                    span,
                    name: attr.name.clone(),
                    is: "a method",
                    expected: "a value",
                });
                Expr::error(span)
            }
            other => {
                self.error(SemanticError::UnknownAttribute {
                    span: attr.span,
                    ty: base.ty.display(),
                    attr: other.into(),
                });
                Expr::error(span)
            }
        }
    }

    /// An attribute of a `cython.view.array` object: its C fields `.len`,
    /// `.itemsize`, `.ndim`, `.mode` and `.data` (Cython reads them from
    /// the object's struct), `.shape[k]`/`.strides[k]` (through its
    /// memoryview, as Python ints: see [`Checker::array_axis_attribute`]).
    fn array_attribute(&mut self, base: Expr, attr: &ast::Ident, span: Span) -> Expr {
        self.require_gil(span, &format!("`.{}` of a `cython.view.array`", attr.name));
        let info = |base: Expr, which: ArrayAttr, ty: Type| {
            Expr::new(ExprKind::ArrayAttr { base: Box::new(base), attr: which, index: None }, ty, span)
        };
        match attr.name.as_str() {
            "len" => info(base, ArrayAttr::Len, Type::SSIZE),
            "itemsize" => info(base, ArrayAttr::Itemsize, Type::SSIZE),
            "ndim" => info(base, ArrayAttr::Ndim, Type::INT),
            "data" => info(base, ArrayAttr::Data, Type::Ptr(Box::new(Type::Int(IntKind::Char)))),
            "mode" => {
                let fortran = info(base, ArrayAttr::Fortran, Type::Bint);
                let text = |t: &str| Box::new(Expr::new(ExprKind::StrLit(t.into()), Type::Str, span));
                Expr::new(
                    ExprKind::Conditional { cond: Box::new(fortran), then: text("fortran"), orelse: text("c") },
                    Type::Str,
                    span,
                )
            }
            "shape" | "strides" => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "whole `.shape`/`.strides` tuples of a `cython.view.array`",
                    instead: "index it one axis at a time: `arr.shape[0]`",
                });
                Expr::error(span)
            }
            other => {
                self.error(SemanticError::UnknownAttribute {
                    span: attr.span,
                    ty: base.ty.display(),
                    attr: other.into(),
                });
                Expr::error(span)
            }
        }
    }

    /// `arr.shape[k]` / `arr.strides[k]` of a `cython.view.array`: an item
    /// of the tuple its memoryview gives, a Python int (IndexError past `.ndim`).
    pub(super) fn array_axis_attribute(&mut self, base: Expr, attr: &str, index: &ast::Expr, span: Span) -> Expr {
        self.require_gil(span, &format!("`.{attr}` of a `cython.view.array`"));
        let which = if attr == "shape" { ArrayAttr::Shape } else { ArrayAttr::Strides };
        let index = self.index_value(index);
        let item = Expr::new(
            ExprKind::ArrayAttr { base: Box::new(base), attr: which, index: Some(Box::new(index)) },
            Type::SSIZE,
            span,
        );
        Expr::new(ExprKind::Convert(Box::new(item)), Type::PyInt, span)
    }

    /// `cython.NAME` where `value` is the cimported `cython`.
    fn cython_attribute_of(&self, value: &ast::Expr, _attr: &ast::Ident) -> Option<()> {
        match &value.kind {
            ast::ExprKind::Name(n) if matches!(self.lookup_global(n), Some(Symbol::CythonModule)) => Some(()),
            _ => None,
        }
    }
}

impl Expr {
    /// A function used as a value: cytrus has no function pointers yet.
    fn with_func_type(self, checker: &mut Checker<'_>, id: FuncId) -> Expr {
        let f = &checker.functions[id.0 as usize];
        let name = f.name.clone();
        if f.kind != ast::FunctionKind::Cdef {
            let kind = if f.kind == ast::FunctionKind::Def { "def" } else { "cpdef" };
            checker.error(SemanticError::FunctionNotAddressable { span: self.span, name, kind });
            return Expr::error(self.span);
        }
        checker.error(SemanticError::Unsupported {
            span: self.span,
            what: "functions as values",
            instead: if name.is_empty() { "call the function" } else { "call the function: `f(…)`" },
        });
        Expr::error(self.span)
    }
}

/// Python's result of `a op b` on integer literals, if it is an integer that cytrus can hold.
fn fold_int(op: ast::BinOp, a: i128, b: i128) -> Option<i128> {
    match op {
        ast::BinOp::Add => a.checked_add(b),
        ast::BinOp::Sub => a.checked_sub(b),
        ast::BinOp::Mul => a.checked_mul(b),
        ast::BinOp::FloorDiv if b != 0 => {
            let q = a.checked_div(b)?;
            Some(if a % b != 0 && ((a < 0) != (b < 0)) { q - 1 } else { q })
        }
        ast::BinOp::Mod if b != 0 => {
            let r = a % b;
            Some(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
        }
        ast::BinOp::Pow if (0..128).contains(&b) => a.checked_pow(b as u32),
        ast::BinOp::Shl if (0..127).contains(&b) => a.checked_mul(1i128 << b),
        ast::BinOp::Shr if b >= 0 => Some(a >> b.min(127)),
        ast::BinOp::BitAnd => Some(a & b),
        ast::BinOp::BitOr => Some(a | b),
        ast::BinOp::BitXor => Some(a ^ b),
        _ => None,
    }
}

fn cmp_text(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::Gt => ">",
        CmpOp::Le => "<=",
        CmpOp::Ge => ">=",
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
    }
}

/// The tir operator of an arithmetic or bitwise AST operator (`@` has none).
pub(super) fn bin_op(op: ast::BinOp) -> Option<BinOp> {
    Some(match op {
        ast::BinOp::Add => BinOp::Add,
        ast::BinOp::Sub => BinOp::Sub,
        ast::BinOp::Mul => BinOp::Mul,
        ast::BinOp::Div => BinOp::Div,
        ast::BinOp::FloorDiv => BinOp::FloorDiv,
        ast::BinOp::Mod => BinOp::Mod,
        ast::BinOp::Pow => BinOp::Pow,
        ast::BinOp::Shl => BinOp::Shl,
        ast::BinOp::Shr => BinOp::Shr,
        ast::BinOp::BitAnd => BinOp::BitAnd,
        ast::BinOp::BitOr => BinOp::BitOr,
        ast::BinOp::BitXor => BinOp::BitXor,
        ast::BinOp::MatMul => return None,
    })
}

/// A non-zero constant: a divisor Cython does not check.
/// The truth of a condition Cython's constant folding decides: `True`,
/// `False`, and `not`/`and`/`or` of such.
fn constant_truth(e: &ast::Expr) -> Option<bool> {
    match &e.kind {
        ast::ExprKind::Bool(b) => Some(*b),
        ast::ExprKind::Unary { op: ast::UnaryOp::Not, operand } => constant_truth(operand).map(|b| !b),
        ast::ExprKind::BoolOp { op, left, right } => {
            let (l, r) = (constant_truth(left)?, constant_truth(right)?);
            Some(match op {
                ast::BoolOp::And => l && r,
                ast::BoolOp::Or => l || r,
            })
        }
        _ => None,
    }
}

/// The truth of a typed condition that is a constant (a comparison of
/// constants is typed to its result).
fn folded_truth(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::BoolLit(b) => Some(*b),
        ExprKind::IntLit(v) => Some(*v != 0),
        ExprKind::Unary { op: UnaryOp::Not, operand } => folded_truth(operand).map(|b| !b),
        ExprKind::Convert(inner) => folded_truth(inner),
        _ => None,
    }
}

/// A cast of a constant (`<float>840373.17`, `<double>0`): Cython takes
/// its C text for a constant divisor, checked for no zero (lowering's
/// `cast_constant_divisor`), so it holds no operand in a temporary either.
fn cast_of_constant(e: &Expr) -> bool {
    fn constant(x: &Expr) -> bool {
        match &x.kind {
            ExprKind::IntLit(_) | ExprKind::FloatLit(_) => true,
            ExprKind::Unary { operand, .. } => constant(operand),
            ExprKind::Convert(inner) | ExprKind::Cast(inner) => constant(inner),
            _ => false,
        }
    }
    match &e.kind {
        ExprKind::Convert(inner) => cast_of_constant(inner),
        ExprKind::Cast(inner) => constant(inner),
        _ => false,
    }
}

fn nonzero_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::IntLit(v) => *v != 0,
        ExprKind::FloatLit(v) => *v != 0.0,
        ExprKind::Convert(inner) => nonzero_constant(inner),
        // Cython folds a sign into the constant (`x % -0.7`).
        ExprKind::Unary { op: UnaryOp::Neg | UnaryOp::Pos, operand } => nonzero_constant(operand),
        _ => false,
    }
}

/// Whether Cython's `widest_numeric_type` of a bitwise operator's operands
/// is `bint` (one operand a `bint`, the other a C integer of lower rank, or
/// a plain `int` before it). Integer
/// literals are C `long`s for Cython.
fn bint_wins_bitwise(l: &Expr, r: &Expr) -> bool {
    use crate::tir::IntKind;
    let other = |e: &Expr, bint_first: bool| -> bool {
        if matches!(e.kind, ExprKind::IntLit(_)) {
            return false;
        }
        match literal_as_long(e) {
            Type::Int(k) if k.rank() < IntKind::Int.rank() => true,
            Type::Int(IntKind::Int) => !bint_first,
            _ => false,
        }
    };
    match (&l.ty, &r.ty) {
        (Type::Bint, Type::Int(_)) => other(r, true),
        (Type::Int(_), Type::Bint) => other(l, false),
        _ => false,
    }
}

/// The truth of a condition operand (a number or a pointer) as a `bint`.
pub(super) fn truth_of(e: Expr) -> Expr {
    if e.ty == Type::Bint {
        return e;
    }
    not_not(e)
}

/// `!!e`: 0 or 1, as a `bint`.
fn not_not(e: Expr) -> Expr {
    let span = e.span;
    let not = Expr::new(ExprKind::Unary { op: UnaryOp::Not, operand: Box::new(e) }, Type::Bint, span);
    Expr::new(ExprKind::Unary { op: UnaryOp::Not, operand: Box::new(not) }, Type::Bint, span)
}

/// A value as Python's `bool()` of it makes it: 0 or 1. A `bint` holds any
/// C int (`cdef bint b = 7`); where Cython turns it into a Python bool (a
/// `def` function's argument or result, a module-level name) it is 0 or 1
/// from there on.
pub(super) fn bool_of(e: Expr) -> Expr {
    let zero_or_one = matches!(
        e.kind,
        ExprKind::BoolLit(_)
            | ExprKind::Compare { .. }
            | ExprKind::IsNone { .. }
            | ExprKind::Unary { op: UnaryOp::Not, .. }
    );
    if e.ty == Type::Bint && !zero_or_one {
        return not_not(e);
    }
    truth_of(e)
}

/// "1 axis", "2 axes".
fn plural_axes(n: usize) -> String {
    format!("{n} ax{}", if n == 1 { "is" } else { "es" })
}

/// A cast to a C integer of a conditional that is a Python int (a branch is
/// a Python int, `i if b else 9223372036854775807`): Cython coerces the
/// conditional to the cast's type branch by branch, so a C branch is cast in
/// C (wrapping), a literal becomes a C literal of the type (wrapping, as any
/// cast of a literal), and only a branch computed as a Python int is
/// converted with an overflow check.
fn cast_branches(value: Expr, k: IntKind) -> Expr {
    let span = value.span;
    let to = Type::Int(k);
    match value.kind {
        ExprKind::Conditional { cond, then, orelse } if value.ty == Type::PyInt => {
            let (t, o) = (cast_branches(*then, k), cast_branches(*orelse, k));
            Expr::new(ExprKind::Conditional { cond, then: Box::new(t), orelse: Box::new(o) }, to, span)
        }
        // A C value boxed to meet the Python-int branch: its own value.
        ExprKind::Convert(inner) if inner.ty.is_numeric() && inner.ty != Type::PyInt => cast_branches(*inner, k),
        ExprKind::IntLit(v) => {
            let literal = Expr::new(ExprKind::IntLit(k.wrap(v)), to.clone(), span);
            Expr::new(ExprKind::Cast(Box::new(literal)), to, span)
        }
        kind if value.ty == Type::PyInt => {
            Expr::new(ExprKind::ConvertChecked(Box::new(Expr::new(kind, Type::PyInt, span))), to, span)
        }
        kind => Expr::new(ExprKind::Cast(Box::new(Expr::new(kind, value.ty, span))), to, span),
    }
}

/// A number Cython knows at compile time (its `constant_result`).
#[derive(Debug, Clone, Copy)]
enum ConstNumber {
    Int(i128),
    Float(f64),
}

impl ConstNumber {
    fn as_f64(self) -> f64 {
        match self {
            ConstNumber::Int(v) => v as f64,
            ConstNumber::Float(f) => f,
        }
    }

    /// `a op b` as Python compares the two numbers.
    fn holds(self, op: CmpOp, other: ConstNumber) -> bool {
        use std::cmp::Ordering;
        let order = match (self, other) {
            (ConstNumber::Int(a), ConstNumber::Int(b)) => Some(a.cmp(&b)),
            (ConstNumber::Int(a), ConstNumber::Float(b)) => int_float_order(a, b),
            (ConstNumber::Float(a), ConstNumber::Int(b)) => int_float_order(b, a).map(Ordering::reverse),
            (ConstNumber::Float(a), ConstNumber::Float(b)) => a.partial_cmp(&b),
        };
        match (op, order) {
            (CmpOp::NotEq, None) => true,
            (_, None) => false,
            (CmpOp::Lt, Some(o)) => o == Ordering::Less,
            (CmpOp::Le, Some(o)) => o != Ordering::Greater,
            (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
            (CmpOp::Ge, Some(o)) => o != Ordering::Less,
            (CmpOp::Eq, Some(o)) => o == Ordering::Equal,
            (CmpOp::NotEq, Some(o)) => o != Ordering::Equal,
        }
    }
}

/// An integer against a float, exactly (Python's rule; `None` for NaN).
fn int_float_order(a: i128, b: f64) -> Option<std::cmp::Ordering> {
    if b.is_nan() {
        return None;
    }
    if b.is_infinite() {
        return Some(if b > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
    }
    let floor = b.floor();
    // Within i128 (a finite double past 2^127 is beyond every i128).
    if floor.abs() < 1.7e38 {
        let fl = floor as i128;
        return Some(match a.cmp(&fl) {
            std::cmp::Ordering::Equal if b > floor => std::cmp::Ordering::Less,
            o => o,
        });
    }
    Some(if b > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater })
}

/// The compile-time value of a numeric literal operand, or of `-`, `+` or
/// `~` of one (`~4` is the constant -5 for Cython's folding, though it
/// writes `(~4)`).
fn const_number(e: &Expr) -> Option<ConstNumber> {
    match &e.kind {
        ExprKind::IntLit(v) if e.ty.is_integral() => Some(ConstNumber::Int(*v)),
        ExprKind::FloatLit(f) => Some(ConstNumber::Float(*f)),
        ExprKind::BoolLit(b) => Some(ConstNumber::Int(i128::from(*b))),
        ExprKind::Convert(inner) => const_number(inner),
        ExprKind::Unary { op, operand } => match (op, const_number(operand)?) {
            (UnaryOp::Neg, ConstNumber::Int(v)) => v.checked_neg().map(ConstNumber::Int),
            (UnaryOp::Neg, ConstNumber::Float(f)) => Some(ConstNumber::Float(-f)),
            (UnaryOp::Pos, c) => Some(c),
            (UnaryOp::Invert, ConstNumber::Int(v)) => Some(ConstNumber::Int(!v)),
            _ => None,
        },
        // Cython's constant result of arithmetic on constants: Python's.
        ExprKind::Binary { op, left, right } if e.ty.is_float() => {
            let (a, b) = (const_number(left)?.as_f64(), const_number(right)?.as_f64());
            let v = match op {
                BinOp::Add => a + b,
                BinOp::Sub => a - b,
                BinOp::Mul => a * b,
                BinOp::Div | BinOp::CDiv if b != 0.0 => a / b,
                BinOp::Mod if b != 0.0 => {
                    // Python's float `%`: the sign of the divisor.
                    let m = a % b;
                    if m != 0.0 && (m < 0.0) != (b < 0.0) {
                        m + b
                    } else {
                        m
                    }
                }
                BinOp::FloorDiv if b != 0.0 => {
                    // CPython's float_floor_div (`1 // 0.1` is 9.0).
                    let mut m = a % b;
                    let mut div = (a - m) / b;
                    if m != 0.0 && (b < 0.0) != (m < 0.0) {
                        m += b;
                        div -= 1.0;
                    }
                    let _ = m;
                    if div != 0.0 {
                        let f = div.floor();
                        if div - f > 0.5 {
                            f + 1.0
                        } else {
                            f
                        }
                    } else {
                        (0.0f64).copysign(a / b)
                    }
                }
                _ => return None,
            };
            Some(ConstNumber::Float(v))
        }
        _ => None,
    }
}
