//! Typing calls: user functions (keywords, defaults), builtins, libc
//! functions, view methods and `cython.view.array`.

use cytrus_grammar::ast::{self, Span};

use super::types::promote;
use super::{scope, Checker, SemanticError, Symbol};
use crate::tir::{Builtin, Expr, ExprKind, FuncId, IntKind, MemviewType, Type};

impl<'a> Checker<'a> {
    pub(super) fn call(&mut self, func: &ast::Expr, args: &[ast::Arg], span: Span, target: Option<&Type>) -> Expr {
        if args.iter().any(|a| a.star != ast::ParamStar::None) {
            self.error(SemanticError::Unsupported {
                span,
                what: "`*args` and `**kwargs` in calls",
                instead: "pass each argument",
            });
            return Expr::error(span);
        }
        if let Some(e) = self.numpy_call(func, args, span, target) {
            return e;
        }
        // `cython.typeof(x)`: the name of x's type, as a string; x is not evaluated.
        if self.cython_attribute(func).is_some_and(|a| a.name == "typeof") {
            let [ast::Arg { keyword: None, value, star: ast::ParamStar::None }] = args else {
                self.error(SemanticError::WrongArgumentCount {
                    span,
                    name: "cython.typeof()".into(),
                    expected: "1 argument".into(),
                    given: args.len(),
                    decl: None,
                });
                return Expr::error(span);
            };
            let typed = self.expr(value);
            // An untyped module-level name is a Python object in Cython,
            // whatever it holds.
            let module_object = matches!(typed.kind, ExprKind::Var(v)
                if !self.vars[v.0 as usize].declared && self.vars[v.0 as usize].scope == crate::tir::VarScope::Global);
            let name = match typed.ty {
                Type::Error => return Expr::error(span),
                Type::PyInt => "Python object".to_string(),
                _ if module_object => "Python object".to_string(),
                // C computes infix operators in C's types; Cython's type
                // for them is its own (`u + 5` is a `long`).
                Type::Int(_) => super::types::literal_as_long(&typed).display(),
                // Likewise `f / 9`, a `float` C computes in double.
                Type::Float { bits: 64 } if self.cython_float(&typed) == Some(true) => Type::FLOAT.display(),
                ref t => t.display(),
            };
            return Expr::new(ExprKind::StrLit(name), Type::Str, span);
        }
        // `cython.cdiv(a, b)` / `cython.cmod(a, b)`: C's truncating division
        // and remainder whatever `cdivision` says.
        if let Some(attr) = self.cython_attribute(func).filter(|a| a.name == "cdiv" || a.name == "cmod") {
            let is_div = attr.name == "cdiv";
            let [ast::Arg { keyword: None, value: a, star: ast::ParamStar::None }, ast::Arg { keyword: None, value: b, star: ast::ParamStar::None }] =
                args
            else {
                self.error(SemanticError::WrongArgumentCount {
                    span,
                    name: format!("cython.{}()", attr.name),
                    expected: "2 arguments".into(),
                    given: args.len(),
                    decl: None,
                });
                return Expr::error(span);
            };
            let (l, r) = (self.expr(a), self.expr(b));
            if l.ty.is_error() || r.ty.is_error() {
                return Expr::error(span);
            }
            let c_int = |t: &Type| matches!(t, Type::Int(_) | Type::Bint);
            let ty = match super::types::arithmetic_type(&l.ty, &r.ty) {
                Some(t @ Type::Int(_)) if c_int(&l.ty) && c_int(&r.ty) => t,
                _ => {
                    self.error(SemanticError::InvalidOperands {
                        span,
                        op: format!("cython.{}", attr.name),
                        left: l.ty.display(),
                        right: Some(r.ty.display()),
                    });
                    return Expr::error(span);
                }
            };
            // Two literals fold with C's truncating rules.
            if let (ExprKind::IntLit(x), ExprKind::IntLit(y)) = (&l.kind, &r.kind) {
                if *y != 0 {
                    let v = if is_div { x / y } else { x % y };
                    return Expr::new(ExprKind::IntLit(v), ty, span);
                }
            }
            let l = self.coerce(l, &ty, a.span);
            let r = self.coerce(r, &ty, b.span);
            let op = if is_div { crate::tir::BinOp::CDiv } else { crate::tir::BinOp::CMod };
            return Expr::new(ExprKind::Binary { op, left: Box::new(l), right: Box::new(r) }, ty, span);
        }
        // Pure-Python mode: `cython.cast(T, x)`, `cython.sizeof(T or x)`, `cython.address(x)`.
        if let Some(attr) = self.cython_attribute(func) {
            let positional: Vec<&ast::Expr> = args.iter().filter(|a| a.keyword.is_none()).map(|a| &a.value).collect();
            let pure = match (attr.name.as_str(), positional.as_slice()) {
                ("cast", [ty, value]) => cytrus_grammar::parse::expr_as_type(ty).map(|t| ast::ExprKind::Cast {
                    ty: t,
                    operand: Box::new((*value).clone()),
                    checked: false,
                }),
                ("sizeof", [value]) => Some(match cytrus_grammar::parse::expr_as_type(value) {
                    Some(t) if !matches!(&value.kind, ast::ExprKind::Name(n) if self.lookup_var(n).is_some()) => {
                        ast::ExprKind::SizeofType(t)
                    }
                    _ => ast::ExprKind::SizeofExpr(Box::new((*value).clone())),
                }),
                ("address", [value]) => Some(ast::ExprKind::AddressOf(Box::new((*value).clone()))),
                _ => None,
            };
            if let Some(kind) = pure {
                if args.iter().any(|a| a.keyword.is_some()) {
                    let kw = args.iter().find_map(|a| a.keyword.as_ref()).expect("checked");
                    self.error(SemanticError::UnknownKeyword {
                        span: kw.span,
                        name: kw.name.clone(),
                        function: format!("cython.{}", attr.name),
                    });
                    return Expr::error(span);
                }
                return self.expr(&ast::Expr::new(kind, span));
            }
        }
        // `"…".format(…)`: Python's `str.format` on a literal.
        if let ast::ExprKind::Attribute { value, attr } = &func.kind {
            if let ast::ExprKind::Str(s) = &value.kind {
                if attr.name == "format" && !s.format && !s.bytes {
                    return self.format_method(s, args, span);
                }
                self.error(SemanticError::Unsupported {
                    span,
                    what: "string methods other than `.format`",
                    instead: "build strings with f-strings, `%`, `.format` and `+`",
                });
                return Expr::error(span);
            }
        }
        // Methods of views.
        if let ast::ExprKind::Attribute { value, attr } = &func.kind {
            if matches!(attr.name.as_str(), "copy" | "copy_fortran" | "is_c_contig" | "is_f_contig") {
                let base = self.expr(value);
                if base.ty.is_error() {
                    return Expr::error(span);
                }
                if let Type::Memview(m) = base.ty.clone() {
                    if !args.is_empty() {
                        self.error(SemanticError::WrongArgumentCount {
                            span,
                            name: format!(".{}()", attr.name),
                            expected: "no arguments".into(),
                            given: args.len(),
                            decl: None,
                        });
                        return Expr::error(span);
                    }
                    return match attr.name.as_str() {
                        "copy" | "copy_fortran" => {
                            self.require_gil(span, "copying a memoryview");
                            let fortran = attr.name == "copy_fortran";
                            let elem = (*m.elem).clone();
                            let ty = if fortran {
                                MemviewType::f_contiguous(elem, m.ndim(), false)
                            } else {
                                MemviewType::c_contiguous(elem, m.ndim(), false)
                            };
                            Expr::new(ExprKind::ViewCopy { base: Box::new(base), fortran }, Type::Memview(ty), span)
                        }
                        _ => {
                            self.require_gil(span, &format!("`.{}()`", attr.name));
                            let fortran = attr.name == "is_f_contig";
                            Expr::new(ExprKind::IsContig { base: Box::new(base), fortran }, Type::Bint, span)
                        }
                    };
                }
                self.error(SemanticError::UnknownAttribute {
                    span: attr.span,
                    ty: base.ty.display(),
                    attr: attr.name.clone(),
                });
                return Expr::error(span);
            }
            // `cython.view.array(...)` / `view.array(...)`.
            if attr.name == "array" && self.is_view_module(value) {
                return self.new_array(args, span, target);
            }
        }
        // `f[double](x)`: a fused function specialised by hand.
        if let ast::ExprKind::Subscript { value, items } = &func.kind {
            if let ast::ExprKind::Name(name) = &value.kind {
                if let (None, Some(Symbol::FusedFunc(id))) = (self.lookup_var(name), self.lookup_global(name).cloned())
                {
                    return match self.indexed_specialisation(id, items, func.span) {
                        Some(fid) => self.call_function(fid, name, args, span),
                        None => Expr::error(span),
                    };
                }
            }
        }
        match self.parallel_name(func) {
            Some(super::parallel::ParallelName::Threadid) => return self.threadid(args, span),
            Some(name) => {
                let problem = match name {
                    super::parallel::ParallelName::Prange => super::error::ParallelProblem::NotInForLoop,
                    _ => super::error::ParallelProblem::ParallelNotCalled,
                };
                self.error(SemanticError::Parallel { span, problem: Box::new(problem) });
                return Expr::error(span);
            }
            None => {}
        }
        // `math.sqrt(x)` after `from libc cimport math`.
        if let ast::ExprKind::Attribute { value, attr } = &func.kind {
            if let ast::ExprKind::Name(module) = &value.kind {
                // `_heap.heap_push(…)` after `cimport _heap`.
                if let (None, Some(Symbol::PxdModule(_))) = (self.lookup_var(module), self.lookup_global(module)) {
                    let name = format!("{module}.{}", attr.name);
                    return match self.scope_member(module, &attr.name) {
                        Some(Symbol::Func(id)) => self.call_function(id, &name, args, span),
                        Some(Symbol::FusedFunc(id)) => match self.choose_specialisation(id, args, span) {
                            Some(fid) => self.call_function(fid, &name, args, span),
                            None => Expr::error(span),
                        },
                        Some(_) => {
                            self.error(SemanticError::NotCallable { span: func.span, what: format!("`{name}`") });
                            Expr::error(span)
                        }
                        None => {
                            let module = self.pxd_module_name(module);
                            self.error(SemanticError::NotDeclaredIn {
                                span: attr.span,
                                name: attr.name.clone(),
                                module,
                            });
                            Expr::error(span)
                        }
                    };
                }
                if let (None, Some(Symbol::CModule(path))) =
                    (self.lookup_var(module), self.lookup_global(module).cloned())
                {
                    let name = format!("{module}.{}", attr.name);
                    return match super::scope::libc_symbol(path, &attr.name) {
                        Some(symbol) => self.call_symbol(symbol, &name, func.span, args, span),
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
            }
        }
        let ast::ExprKind::Name(name) = &func.kind else {
            let callee = self.expr(func);
            if let Type::FuncPtr(sig) = &callee.ty {
                let sig = (**sig).clone();
                return self.call_pointer(callee, sig, args, span);
            }
            if !callee.ty.is_error() {
                self.error(SemanticError::NotCallable {
                    span: func.span,
                    what: format!("a value of type `{}`", callee.ty.display()),
                });
            }
            return Expr::error(span);
        };
        if self.lookup_var(name).is_some() {
            let callee = self.expr(func);
            if let Type::FuncPtr(sig) = &callee.ty {
                let sig = (**sig).clone();
                return self.call_pointer(callee, sig, args, span);
            }
            if callee.ty.is_error() {
                return Expr::error(span);
            }
            self.error(SemanticError::NotCallable { span: func.span, what: format!("variable `{name}`") });
            return Expr::error(span);
        }
        if let Some(d) = self.struct_type_named(name) {
            return self.struct_call(&d, args, span);
        }
        if let Some((Type::Enum(d), _)) = self.typedefs.get(name) {
            if self.enums[d.id as usize].cpdef {
                self.error(SemanticError::CpdefEnumClass { span: func.span, name: name.clone() });
                return Expr::error(span);
            }
        }
        match self.lookup_global(name).cloned() {
            Some(Symbol::Func(id)) => return self.call_function(id, name, args, span),
            Some(Symbol::FusedFunc(id)) => {
                return match self.choose_specialisation(id, args, span) {
                    Some(fid) => self.call_function(fid, name, args, span),
                    None => Expr::error(span),
                };
            }
            Some(Symbol::ArrayClass) => return self.new_array(args, span, target),
            Some(symbol @ (Symbol::Builtin(_) | Symbol::CAbs(_) | Symbol::PyMem(_))) => {
                return self.call_symbol(symbol, name, func.span, args, span);
            }
            Some(Symbol::Type(_)) => {
                self.error(SemanticError::WrongKindOfName {
                    span: func.span,
                    name: name.clone(),
                    is: "a type",
                    expected: "a function",
                });
                return Expr::error(span);
            }
            Some(_) => {
                self.error(SemanticError::NotCallable { span: func.span, what: format!("`{name}`") });
                return Expr::error(span);
            }
            None => {}
        }
        match name.as_str() {
            "len" => {
                let positional = self.positional(name, args, 1, span);
                let [arg] = positional.as_slice() else { return Expr::error(span) };
                let value = self.expr(arg);
                match &value.ty {
                    Type::Error => Expr::error(span),
                    Type::Memview(_) => Expr::new(ExprKind::ViewLen(Box::new(value)), Type::SSIZE, span),
                    Type::ViewArray => {
                        self.require_gil(span, "`len()` of a `cython.view.array`");
                        Expr::new(
                            ExprKind::ArrayAttr {
                                base: Box::new(value),
                                attr: crate::tir::ArrayAttr::Length,
                                index: None,
                            },
                            Type::SSIZE,
                            span,
                        )
                    }
                    Type::CArray(_, n) => Expr::new(ExprKind::IntLit(*n as i128), Type::SSIZE, span),
                    other => {
                        self.error(SemanticError::InvalidOperands {
                            span,
                            op: "len()".into(),
                            left: other.display(),
                            right: None,
                        });
                        Expr::error(span)
                    }
                }
            }
            "abs" => self.call_builtin(Builtin::Abs, name, args, span),
            "ord" => self.ord_call(args, span),
            "round" => self.round_call(args, span),
            "min" | "max" => {
                let b = if name == "min" { Builtin::Min } else { Builtin::Max };
                self.call_builtin(b, name, args, span)
            }
            "range" | "xrange" => {
                self.error(SemanticError::BadRange {
                    span,
                    message: "`range` is only supported as the iterable of a `for` loop",
                });
                Expr::error(span)
            }
            "print" => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "`print` inside an expression",
                    instead: "call `print(…)` as a statement of its own",
                });
                Expr::error(span)
            }
            "str" | "repr" => self.str_call(args, name == "repr", span),
            "int" | "float" | "bool" => self.type_call(name, args, span),
            "list" | "dict" | "tuple" | "range_" | "object" | "open" | "isinstance" | "type" => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "Python builtin functions other than `range`, `len`, `abs`, `min`, `max`, `print`, `int`, `float`, `bool`, `str` and `repr`",
                    instead: "convert values with a cast such as `<double>x`",
                });
                Expr::error(span)
            }
            _ => {
                if self.exception_kind(name).is_some() {
                    self.error(SemanticError::Unsupported {
                        span,
                        what: "exception objects outside `raise`",
                        instead: "raise it: `raise ValueError(\"…\")`",
                    });
                    return Expr::error(span);
                }
                self.unknown_name(name, func.span);
                Expr::error(span)
            }
        }
    }

    /// A call of a C library function bound to a name or reached through a
    /// module (`math.sqrt`).
    fn call_symbol(&mut self, symbol: Symbol, name: &str, func_span: Span, args: &[ast::Arg], span: Span) -> Expr {
        match symbol {
            Symbol::Builtin(b) => self.call_builtin(b, name, args, span),
            Symbol::PyMem(b) => {
                self.require_gil(span, &format!("`{name}`"));
                self.call_builtin(b, name, args, span)
            }
            // `int abs(int)`, `long labs(long)`: the argument converts as to a C parameter.
            Symbol::CAbs(kind) => {
                let positional = self.positional(name, args, 1, span);
                let [arg] = positional.as_slice() else { return Expr::error(span) };
                let ty = Type::Int(kind);
                let value = self.expr_expecting(arg, Some(&ty));
                let value = self.coerce(value, &ty, arg.span);
                if value.ty.is_error() {
                    return Expr::error(span);
                }
                Expr::new(ExprKind::Builtin { builtin: Builtin::Abs, args: vec![value] }, ty, span)
            }
            _ => {
                self.error(SemanticError::NotCallable { span: func_span, what: format!("`{name}`") });
                Expr::error(span)
            }
        }
    }

    /// The positional arguments of a builtin taking exactly `n`.
    fn positional<'e>(&mut self, name: &str, args: &'e [ast::Arg], n: usize, span: Span) -> Vec<&'e ast::Expr> {
        if let Some(kw) = args.iter().find_map(|a| a.keyword.as_ref()) {
            self.error(SemanticError::UnknownKeyword { span: kw.span, name: kw.name.clone(), function: name.into() });
            return Vec::new();
        }
        if args.len() != n {
            self.error(SemanticError::WrongArgumentCount {
                span,
                name: format!("{name}()"),
                expected: plural(n, "argument"),
                given: args.len(),
                decl: None,
            });
            return Vec::new();
        }
        args.iter().map(|a| &a.value).collect()
    }

    /// `ord('M')`, `ord(b'C')`: the character's code, a literal as Cython
    /// folds it; `ord(c)` of a C char: its value as a C `long`.
    fn ord_call(&mut self, args: &[ast::Arg], span: Span) -> Expr {
        let positional = self.positional("ord", args, 1, span);
        let [arg] = positional.as_slice() else { return Expr::error(span) };
        if let ast::ExprKind::Str(s) = &arg.kind {
            let mut chars = s.value.chars();
            return match (chars.next(), chars.next(), s.format) {
                (Some(c), None, false) => {
                    let code = if s.bytes { u128::from(c as u32 as u8) } else { u128::from(u32::from(c)) };
                    self.int_literal(code, span)
                }
                _ => {
                    self.error(SemanticError::BadCharLiteral { span: arg.span, unicode: false });
                    Expr::error(span)
                }
            };
        }
        let value = self.expr(arg);
        match &value.ty {
            Type::Error => Expr::error(span),
            Type::Int(IntKind::Char | IntKind::SChar | IntKind::UChar) => {
                let converted = self.coerce(value, &Type::LONG, arg.span);
                Expr::new(converted.kind, converted.ty, span)
            }
            other => {
                self.error(SemanticError::InvalidOperands {
                    span,
                    op: "ord()".into(),
                    left: other.display(),
                    right: None,
                });
                Expr::error(span)
            }
        }
    }

    /// `round(x)` of a C number, as Python computes it: a float rounds half
    /// to even (C's `rint` in the default rounding mode) into a Python int;
    /// an integer is itself.
    fn round_call(&mut self, args: &[ast::Arg], span: Span) -> Expr {
        if args.len() == 2 {
            self.error(SemanticError::Unsupported {
                span,
                what: "`round()` with a number of digits",
                instead: "scale, round and divide: `rint(x * 100.0) / 100.0` (from libc.math)",
            });
            return Expr::error(span);
        }
        let positional = self.positional("round", args, 1, span);
        let [arg] = positional.as_slice() else { return Expr::error(span) };
        let value = self.expr(arg);
        match &value.ty {
            Type::Error => Expr::error(span),
            t if t.is_float() => {
                self.require_gil(span, "`round()` of a float");
                let value = self.coerce(value, &Type::DOUBLE, arg.span);
                let rounded = Expr::new(
                    ExprKind::Builtin { builtin: Builtin::Math("rint"), args: vec![value] },
                    Type::DOUBLE,
                    span,
                );
                Expr::new(ExprKind::FloatToInt(Box::new(rounded)), Type::PyInt, span)
            }
            t if t.is_numeric() => Expr::new(value.kind, value.ty, span),
            other => {
                self.error(SemanticError::InvalidOperands {
                    span,
                    op: "round()".into(),
                    left: other.display(),
                    right: None,
                });
                Expr::error(span)
            }
        }
    }

    fn call_builtin(&mut self, builtin: Builtin, name: &str, args: &[ast::Arg], span: Span) -> Expr {
        let arity = match builtin {
            Builtin::Abs | Builtin::Malloc | Builtin::Free => 1,
            Builtin::Calloc | Builtin::Realloc => 2,
            Builtin::Memcpy | Builtin::Memset => 3,
            Builtin::Clock => 0,
            Builtin::Qsort => 4,
            Builtin::Bsearch => 5,
            Builtin::Math(f) => scope::math_arity(f).unwrap_or(1),
            Builtin::Min | Builtin::Max => {
                if args.len() < 2 {
                    self.error(SemanticError::WrongArgumentCount {
                        span,
                        name: format!("{name}()"),
                        expected: "at least 2 arguments".into(),
                        given: args.len(),
                        decl: None,
                    });
                    return Expr::error(span);
                }
                args.len()
            }
        };
        let exprs = self.positional(name, args, arity, span);
        if exprs.len() != arity {
            return Expr::error(span);
        }
        // A comparator is a function used as a value: typed on its own.
        let sorting = matches!(builtin, Builtin::Qsort | Builtin::Bsearch);
        let mut values: Vec<Expr> = exprs
            .iter()
            .enumerate()
            .map(|(i, e)| if sorting && i + 1 == arity { self.comparator(e) } else { self.expr(e) })
            .collect();
        if values.iter().any(|v| v.ty.is_error()) {
            return Expr::error(span);
        }
        let numeric = |this: &mut Self, v: &Expr| -> bool {
            if v.ty.is_numeric() {
                true
            } else {
                this.error(SemanticError::CannotAssign {
                    span: v.span,
                    from: v.ty.display(),
                    to: "a number".into(),
                    help: None,
                });
                false
            }
        };
        let (ty, args) = match builtin {
            Builtin::Abs => {
                if !numeric(self, &values[0]) {
                    return Expr::error(span);
                }
                // Cython's C abs() functions take exactly `int`, `long`, `long
                // long`, their unsigned types (and `uint32_t`/`uint64_t`,
                // typedefs of them) and the floating types; any other integer
                // (`short`, `char`, `Py_ssize_t`, `size_t`, `bint`, the
                // signed `intN_t` typedefs) goes through a Python int (exact,
                // and so not without the GIL): `u -= abs(schar)` raises an
                // OverflowError on an unsigned `u`.
                // The argument in Cython's type (`ulong - longlong` is a
                // signed `long long` there, and C's unsigned result is
                // reinterpreted as it).
                let cython_ty = super::types::literal_as_long(&values[0]);
                // Of an `unsigned int`/`long`/`long long` (for Cython) abs()
                // is Cython's no-op `/*abs_…*/(x)`: the argument's C
                // expression, in its C type (`<double>abs(sc << (ull & 31))`
                // is -256.0: the shift is an `int` in C).
                let unsigned_no_op = match cython_ty {
                    // Narrower ones are promoted to a signed `int` first.
                    Type::Int(IntKind::Npy(n)) => !n.base().signed() && n.base().rank() >= IntKind::Int.rank(),
                    Type::Int(k) => matches!(
                        k,
                        IntKind::UInt | IntKind::ULong | IntKind::ULongLong | IntKind::UInt32 | IntKind::UInt64
                    ),
                    _ => false,
                };
                if matches!(values[0].ty, Type::Int(_)) && unsigned_no_op {
                    let mut v = values[0].clone();
                    // Its value is the call's, in the call's type: a
                    // conditional is no longer converted branch by branch
                    // (`print(abs(u if c else -8))` boxes the unsigned value).
                    if matches!(v.kind, ExprKind::Conditional { .. }) {
                        let ty = v.ty.clone();
                        v = Expr::new(ExprKind::Cast(Box::new(v)), ty, span);
                    }
                    v.span = span;
                    return v;
                }
                if matches!(values[0].ty, Type::Int(_))
                    && matches!(cython_ty, Type::Int(_))
                    && cython_ty != values[0].ty
                {
                    values[0] = self.coerce(values[0].clone(), &cython_ty, span);
                }
                // A `float` for Cython computed in double (`abs(f / 9)`):
                // Cython calls `fabsf`, which rounds it.
                if values[0].ty == Type::DOUBLE && self.cython_float(&values[0]) == Some(true) {
                    values[0] = self.coerce(values[0].clone(), &Type::FLOAT, span);
                }
                let c_abs = match &values[0].ty {
                    Type::Int(k) => matches!(
                        k,
                        IntKind::Int
                            | IntKind::UInt
                            | IntKind::Long
                            | IntKind::ULong
                            | IntKind::LongLong
                            | IntKind::ULongLong
                            | IntKind::UInt32
                            | IntKind::UInt64
                    ),
                    Type::Bint => false,
                    _ => true,
                };
                let ty = if !c_abs && values[0].ty.is_integral() && values[0].ty != Type::PyInt {
                    let what = format!("`abs()` of a {} (a Python int in Cython)", values[0].ty.display());
                    self.require_gil(span, &what);
                    Type::PyInt
                } else {
                    promote(&values[0].ty)
                };
                let v = self.coerce(values[0].clone(), &ty, span);
                (ty, vec![v])
            }
            Builtin::Min | Builtin::Max => {
                // Each argument's Cython type: `10 - f` with a `float f` is a
                // `float` (C computes it in double only for the literal), so
                // `max(f, 10 - f)` is held in a `float`.
                let cython_type = |this: &Self, v: &Expr| {
                    if v.ty.is_float() && this.cython_float(v) == Some(true) {
                        Type::FLOAT
                    } else {
                        super::types::literal_as_long(v)
                    }
                };
                let mut ty = cython_type(self, &values[0]);
                for v in &values {
                    if !numeric(self, v) {
                        return Expr::error(span);
                    }
                    ty = super::types::cython_spanning(&ty, &cython_type(self, v)).unwrap_or(Type::Error);
                }
                // All bints: a bint (Python compares bools and gives one back).
                let ty = if values.iter().all(|v| v.ty == Type::Bint) { Type::Bint } else { promote(&ty) };
                // C integers keep their own (Cython) types: Cython compares each
                // argument with the running result in C's conversions of the
                // two, and lowering does the same.
                // With a Python int among them, the C arguments before it are
                // compared in C and the running result is boxed from its C
                // type (Cython's chain of conditional expressions).
                let pairwise = matches!(ty, Type::Int(_) | Type::PyInt)
                    && values.iter().all(|v| matches!(v.ty, Type::Int(_) | Type::PyInt));
                let args = values
                    .into_iter()
                    .map(|v| {
                        let own = super::types::literal_as_long(&v);
                        // Each argument is held in its own Cython type first.
                        let v = if v.ty == Type::DOUBLE && cython_type(self, &v) == Type::FLOAT {
                            self.coerce(v, &Type::FLOAT, span)
                        } else {
                            v
                        };
                        // Cython holds each argument in a temporary of its
                        // type: a conditional converts as a whole.
                        self.coerce_whole(v, if pairwise { &own } else { &ty }, span, false)
                    })
                    .collect();
                (ty, args)
            }
            Builtin::Math(f) => {
                for v in &values {
                    if !numeric(self, v) {
                        return Expr::error(span);
                    }
                }
                // As Cython's libc/math.pxd declares them.
                let sig = crate::tir::math::signature(f).expect("only known math functions are bound");
                let args = values.into_iter().zip(sig.params()).map(|(v, p)| self.coerce(v, &p.ty(), span)).collect();
                (sig.ret().ty(), args)
            }
            Builtin::Malloc | Builtin::Calloc | Builtin::Realloc => {
                let void_ptr = Type::Ptr(Box::new(Type::Void));
                let size = Type::Int(IntKind::SizeT);
                let mut args = Vec::new();
                for (i, v) in values.into_iter().enumerate() {
                    let want = if builtin == Builtin::Realloc && i == 0 { void_ptr.clone() } else { size.clone() };
                    args.push(self.coerce_pointer_arg(v, &want, span));
                }
                (void_ptr, args)
            }
            Builtin::Free => {
                let v = self.coerce_pointer_arg(values[0].clone(), &Type::Ptr(Box::new(Type::Void)), span);
                (Type::Void, vec![v])
            }
            Builtin::Memcpy | Builtin::Memset => {
                let void_ptr = Type::Ptr(Box::new(Type::Void));
                let mut args = Vec::new();
                for (i, v) in values.into_iter().enumerate() {
                    let want = match (builtin, i) {
                        (_, 0) => void_ptr.clone(),
                        (Builtin::Memcpy, 1) => void_ptr.clone(),
                        (Builtin::Memset, 1) => Type::INT,
                        _ => Type::Int(IntKind::SizeT),
                    };
                    args.push(self.coerce_pointer_arg(v, &want, span));
                }
                (void_ptr, args)
            }
            Builtin::Clock => (Type::LONG, Vec::new()),
            Builtin::Qsort | Builtin::Bsearch => {
                let void_ptr = Type::Ptr(Box::new(Type::Void));
                let size = Type::Int(IntKind::SizeT);
                let pointers = if builtin == Builtin::Qsort { 1 } else { 2 };
                let mut args = Vec::new();
                let last = values.len() - 1;
                for (i, v) in values.into_iter().enumerate() {
                    if i == last {
                        args.push(v);
                        continue;
                    }
                    let want = if i < pointers { void_ptr.clone() } else { size.clone() };
                    args.push(self.coerce_pointer_arg(v, &want, span));
                }
                let ret = if builtin == Builtin::Qsort { Type::Void } else { void_ptr };
                (ret, args)
            }
        };
        Expr::new(ExprKind::Builtin { builtin, args }, ty, span)
    }

    /// A call through a function pointer: positional arguments, each
    /// converted to its parameter type; errors are the pointer type's.
    fn call_pointer(&mut self, callee: Expr, sig: crate::tir::FuncSig, args: &[ast::Arg], span: Span) -> Expr {
        if let Some(kw) = args.iter().find_map(|a| a.keyword.as_ref()) {
            self.error(SemanticError::Unsupported {
                span: kw.span,
                what: "keyword arguments in calls through function pointers",
                instead: "pass the arguments by position",
            });
            return Expr::error(span);
        }
        if args.len() != sig.params.len() {
            self.error(SemanticError::PointerArgumentCount {
                span,
                ty: callee.ty.display(),
                expected: sig.params.len(),
                given: args.len(),
            });
            return Expr::error(span);
        }
        if self.in_nogil() && !sig.nogil {
            self.require_gil(span, "calling a function pointer not declared `nogil`");
        }
        let mut out = Vec::with_capacity(args.len());
        for (arg, ty) in args.iter().zip(&sig.params) {
            let value = self.expr_expecting(&arg.value, Some(ty));
            let vspan = value.span;
            out.push(self.coerce(value, ty, vspan));
        }
        if out.iter().any(|a| a.ty.is_error()) {
            return Expr::error(span);
        }
        Expr::new(ExprKind::CallPtr { callee: Box::new(callee), args: out }, sig.ret, span)
    }

    /// The comparator of `qsort`/`bsearch`: the name of a `cdef` function
    /// (or its address) declared as Cython's `libc.stdlib` wants it,
    /// `int f(const void *, const void *) noexcept nogil`.
    fn comparator(&mut self, e: &ast::Expr) -> Expr {
        let named = match &e.kind {
            ast::ExprKind::AddressOf(inner) => inner,
            _ => e,
        };
        let wanted = "int (*)(const void *, const void *) noexcept nogil";
        let id = match &named.kind {
            ast::ExprKind::Name(n) if self.lookup_var(n).is_none() => match self.lookup_global(n) {
                Some(Symbol::Func(id)) => Some(*id),
                _ => None,
            },
            _ => None,
        };
        let Some(id) = id else {
            let v = self.expr(e);
            if !v.ty.is_error() {
                self.error(SemanticError::CannotAssign {
                    span: e.span,
                    from: v.ty.display(),
                    to: wanted.into(),
                    help: Some(
                        "pass the name of a `cdef int f(const void *a, const void *b) noexcept nogil` function".into(),
                    ),
                });
            }
            return Expr::error(e.span);
        };
        let f = &self.functions[id.0 as usize];
        let ast_params = &self.function_asts[id.0 as usize].params;
        let const_void_ptr = |p: &ast::Param| {
            matches!(&p.ty, Some(ast::TypeExpr { kind: ast::TypeKind::Pointer(inner), .. })
                if matches!(&inner.kind, ast::TypeKind::Const(v) if matches!(&v.kind, ast::TypeKind::Named(n) if n == "void")))
        };
        let fits = f.kind == ast::FunctionKind::Cdef
            && f.ret == Type::INT
            && f.params.len() == 2
            && ast_params.iter().all(const_void_ptr)
            && f.error_return == crate::tir::ErrorReturn::None
            && f.nogil;
        if !fits {
            let params: Vec<String> = f
                .params
                .iter()
                .zip(ast_params)
                .map(|(p, a)| {
                    let ty = self.vars[p.var.0 as usize].ty.display();
                    if const_void_ptr(a) {
                        "const void *".to_string()
                    } else {
                        ty
                    }
                })
                .collect();
            let written = self.function_asts[id.0 as usize].except.is_some();
            let except = match &f.error_return {
                crate::tir::ErrorReturn::None => " noexcept",
                // Cython 3's default for a C integer result.
                crate::tir::ErrorReturn::Always if !written && f.ret.is_integral() => " except? -1",
                crate::tir::ErrorReturn::Always => " except *",
                _ => " except? -1",
            };
            let nogil = if f.nogil { " nogil" } else { "" };
            let from = format!("{} ({}){except}{nogil}", f.ret.display(), params.join(", "));
            self.error(SemanticError::CannotAssign {
                span: e.span,
                from,
                to: wanted.into(),
                help: Some("declare the comparator `cdef int f(const void *a, const void *b) noexcept nogil`".into()),
            });
            return Expr::error(e.span);
        }
        Expr::new(ExprKind::FuncRef(id), Type::Ptr(Box::new(Type::Void)), e.span)
    }

    /// Any pointer converts to `void *`, as in C.
    fn coerce_pointer_arg(&mut self, value: Expr, want: &Type, span: Span) -> Expr {
        match (&value.ty, want) {
            (Type::Ptr(_) | Type::CArray(..), Type::Ptr(inner)) if **inner == Type::Void => {
                let span = value.span;
                Expr::new(ExprKind::Convert(Box::new(value)), want.clone(), span)
            }
            _ => self.coerce(value, want, span),
        }
    }

    /// A call of a user function, with keyword arguments and defaults.
    fn call_function(&mut self, id: FuncId, name: &str, args: &[ast::Arg], span: Span) -> Expr {
        let function = &self.functions[id.0 as usize];
        let (kind, nogil, decl) = (function.kind, function.nogil || function.with_gil, function.span);
        let params: Vec<(String, Type, bool)> = function
            .params
            .iter()
            .map(|p| {
                (self.vars[p.var.0 as usize].name.clone(), self.vars[p.var.0 as usize].ty.clone(), p.default.is_some())
            })
            .collect();
        if self.in_nogil() {
            if kind == ast::FunctionKind::Def {
                self.require_gil(span, &format!("calling the `def` function `{name}`"));
            } else if !nogil {
                self.require_gil(span, &format!("calling `{name}`, which is not declared `nogil`,"));
            }
        }
        let required = params.iter().filter(|p| !p.2).count();
        let mut slots: Vec<Option<Expr>> = vec![None; params.len()];
        let mut positional = 0;
        for arg in args {
            match &arg.keyword {
                None => {
                    if positional >= params.len() {
                        positional += 1;
                        continue;
                    }
                    let value = self.expr_expecting(&arg.value, Some(&params[positional].1));
                    slots[positional] = Some(value);
                    positional += 1;
                }
                Some(kw) => match params.iter().position(|p| p.0 == kw.name) {
                    Some(i) => {
                        let value = self.expr_expecting(&arg.value, Some(&params[i].1));
                        slots[i] = Some(value);
                    }
                    None => {
                        self.error(SemanticError::UnknownKeyword {
                            span: kw.span,
                            name: kw.name.clone(),
                            function: name.into(),
                        });
                        return Expr::error(span);
                    }
                },
            }
        }
        let given = args.len();
        let missing = slots.iter().zip(&params).any(|(s, p)| s.is_none() && !p.2);
        if positional > params.len() || missing {
            let expected = if required == params.len() {
                plural(params.len(), "argument")
            } else {
                format!("{} to {} arguments", required, params.len())
            };
            self.error(SemanticError::WrongArgumentCount {
                span,
                name: name.into(),
                expected,
                given,
                decl: Some(decl),
            });
            return Expr::error(span);
        }
        // Arguments crossing into a `def` function go through Python objects in Cython.
        let boundary = kind == ast::FunctionKind::Def;
        let mut out = Vec::new();
        for (i, slot) in slots.into_iter().enumerate() {
            match slot {
                Some(value) => {
                    let vspan = value.span;
                    out.push(self.coerce_at(value, &params[i].1, vspan, boundary));
                }
                None => {
                    let default =
                        self.functions[id.0 as usize].params[i].default.clone().unwrap_or_else(|| Expr::error(span));
                    out.push(default);
                }
            }
        }
        let returns_object = self.functions[id.0 as usize].returns_object;
        if returns_object {
            self.ensure_body(id);
        }
        let ret = self.functions[id.0 as usize].ret.clone();
        if self.body_state[id.0 as usize] == super::BodyState::InProgress && returns_object {
            // A recursive `def` (or `cdef` without a return type): its return
            // type is being inferred right now.
            self.error(SemanticError::Unsupported {
                span,
                what: if kind == ast::FunctionKind::Def {
                    "recursive `def` functions"
                } else {
                    "recursive functions without a return type"
                },
                instead: "declare it `cpdef` with a return type, e.g. `cpdef long f(long n)`",
            });
            return Expr::error(span);
        }
        let call = Expr::new(ExprKind::Call { func: id, args: out }, ret, span);
        if returns_object {
            return self.def_result(call, id);
        }
        call
    }

    /// `cython.view.array(shape=(…), itemsize=…, format="…", mode="c", allocate_buffer=True)`.
    fn new_array(&mut self, args: &[ast::Arg], span: Span, target: Option<&Type>) -> Expr {
        self.require_gil(span, "creating a `cython.view.array`");
        let mut shape = None;
        let mut itemsize = None;
        let mut format = None;
        let mut fortran = false;
        let mut allocate_buffer = true;
        for (i, arg) in args.iter().enumerate() {
            let key = match (&arg.keyword, i) {
                (Some(k), _) => k.name.as_str(),
                (None, 0) => "shape",
                (None, 1) => "itemsize",
                (None, 2) => "format",
                (None, 3) => "mode",
                (None, _) => "allocate_buffer",
            };
            match key {
                "shape" => {
                    let items: Vec<&ast::Expr> = match &arg.value.kind {
                        ast::ExprKind::Tuple(items) => items.iter().collect(),
                        _ => vec![&arg.value],
                    };
                    if items.is_empty() || items.len() > super::types::MAX_DIMS {
                        self.error(SemanticError::BadArrayArgument {
                            span: arg.value.span,
                            message: "`shape` needs between 1 and 7 extents".into(),
                        });
                        return Expr::error(span);
                    }
                    shape = Some(items.into_iter().map(|e| self.index_value(e)).collect::<Vec<_>>());
                }
                "itemsize" => itemsize = Some(self.index_value(&arg.value)),
                "format" | "mode" => {
                    let ast::ExprKind::Str(s) = &arg.value.kind else {
                        self.error(SemanticError::BadArrayArgument {
                            span: arg.value.span,
                            message: format!("`{key}` must be a string literal"),
                        });
                        return Expr::error(span);
                    };
                    if key == "format" {
                        format = Some(s.value.clone());
                    } else {
                        match s.value.as_str() {
                            "c" => fortran = false,
                            "fortran" => fortran = true,
                            _ => {
                                self.error(SemanticError::BadArrayArgument {
                                    span: arg.value.span,
                                    message: "`mode` must be \"c\" or \"fortran\"".into(),
                                });
                                return Expr::error(span);
                            }
                        }
                    }
                }
                "allocate_buffer" => match &arg.value.kind {
                    ast::ExprKind::Bool(b) => allocate_buffer = *b,
                    _ => {
                        self.error(SemanticError::BadArrayArgument {
                            span: arg.value.span,
                            message: "`allocate_buffer` must be `True` or `False`".into(),
                        });
                        return Expr::error(span);
                    }
                },
                other => {
                    let kw = arg.keyword.as_ref().map_or(arg.value.span, |k| k.span);
                    self.error(SemanticError::UnknownKeyword {
                        span: kw,
                        name: other.into(),
                        function: "cython.view.array".into(),
                    });
                    return Expr::error(span);
                }
            }
        }
        let (Some(shape), Some(itemsize), Some(format)) = (shape, itemsize, format) else {
            self.error(SemanticError::BadArrayArgument {
                span,
                message: "`cython.view.array` needs `shape`, `itemsize` and `format`".into(),
            });
            return Expr::error(span);
        };
        // The array takes the type of the view it is assigned to; the runtime
        // checks the format against it, as Cython does on acquisition.
        let ty = match target {
            Some(t @ (Type::Memview(_) | Type::ViewArray)) => t.clone(),
            Some(Type::Error) => return Expr::error(span),
            _ => {
                self.error(SemanticError::ArrayWithoutView { span });
                return Expr::error(span);
            }
        };
        if ty.memview().is_some_and(|m| m.ndim() != shape.len()) {
            // Cython checks the number of dimensions at acquisition: a run-time error.
        }
        if ty.memview().is_some_and(|m| matches!(*m.elem, Type::Struct(_))) {
            self.struct_array_unsupported(span);
            return Expr::error(span);
        }
        Expr::new(
            ExprKind::NewArray {
                shape,
                itemsize: Box::new(itemsize),
                format,
                fortran,
                allocate_buffer,
                callback_free_data: None,
            },
            ty,
            span,
        )
    }
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}
