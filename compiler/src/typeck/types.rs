//! Written types → [`Type`], C's usual arithmetic conversions, and the
//! implicit conversions Cython allows on assignment.

use cytrus_grammar::ast::{self, Span};

use super::error::CTupleProblem;
use super::{Checker, SemanticError, Symbol};
use crate::tir::{
    Axis, ConstValue, ExceptConst, ExceptSpec, Expr, ExprKind, FuncId, FuncSig, IntKind, MemviewType, Type,
};

/// The most dimensions a memoryview may have (Cython's limit).
pub const MAX_DIMS: usize = 7;

/// The value of a literal (possibly negated) in an `except` clause.
pub fn const_value(e: &ast::Expr) -> Option<ConstValue> {
    match &e.kind {
        ast::ExprKind::Int(v) => i128::try_from(*v).ok().map(ConstValue::Int),
        ast::ExprKind::Float(v) => Some(ConstValue::Float(*v)),
        ast::ExprKind::Bool(b) => Some(ConstValue::Int(i128::from(*b))),
        ast::ExprKind::Unary { op: ast::UnaryOp::Neg, operand } => match const_value(operand)? {
            ConstValue::Int(v) => Some(ConstValue::Int(-v)),
            ConstValue::Float(v) => Some(ConstValue::Float(-v)),
        },
        ast::ExprKind::Name(n) if n == "NULL" => Some(ConstValue::Int(0)),
        _ => None,
    }
}

/// C's integer promotion: anything narrower than `int` becomes `int`.
pub fn promote(ty: &Type) -> Type {
    match ty {
        Type::Bint | Type::Enum(_) => Type::INT,
        Type::Int(k) if k.rank() < 3 => Type::INT,
        other => other.clone(),
    }
}

/// The usual arithmetic conversions (C11 6.3.1.8), extended with Python ints:
/// a Python int with a C integer stays a Python int (exact arithmetic), with a
/// float it becomes a double.
pub fn arithmetic_type(a: &Type, b: &Type) -> Option<Type> {
    if !a.is_numeric() || !b.is_numeric() {
        return None;
    }
    let (a, b) = (promote(a), promote(b));
    Some(match (&a, &b) {
        (Type::Float { bits: x }, Type::Float { bits: y }) => Type::Float { bits: (*x).max(*y) },
        (Type::Float { .. }, _) => {
            if b == Type::PyInt {
                Type::DOUBLE
            } else {
                a.clone()
            }
        }
        (_, Type::Float { .. }) => {
            if a == Type::PyInt {
                Type::DOUBLE
            } else {
                b.clone()
            }
        }
        (Type::PyInt, _) | (_, Type::PyInt) => Type::PyInt,
        (Type::Int(x), Type::Int(y)) => Type::Int(usual_int(*x, *y)),
        _ => return None,
    })
}

/// The usual arithmetic conversions between two promoted integer types:
/// the type C computes an infix operation or a comparison in
/// (`long long < unsigned long` compares as unsigned).
fn usual_int(x: IntKind, y: IntKind) -> IntKind {
    if x == y {
        return x;
    }
    let (hi, lo) = if x.rank() >= y.rank() { (x, y) } else { (y, x) };
    if hi.rank() == lo.rank() {
        // Same rank, different names (`long` and `Py_ssize_t`): the unsigned one
        // wins, else keep the left-hand spelling.
        return if !x.signed() {
            x
        } else if !y.signed() {
            y
        } else {
            x
        };
    }
    match (hi.signed(), lo.signed()) {
        (true, true) | (false, false) | (false, true) => hi,
        // Signed of higher rank: it holds every value of the unsigned type when wider.
        (true, false) => {
            if hi.bits() > lo.bits() {
                hi
            } else {
                hi.to_unsigned()
            }
        }
    }
}

/// The type Cython gives an operation on two numeric types (its
/// `widest_numeric_type`), where it differs from C's: Cython's rank order
/// puts `Py_ssize_t` and `size_t` between `long` and `long long` and takes
/// `int64_t` as `long` and `uint64_t` as `unsigned long long` (its
/// `libc.stdint` typedefs); the higher rank wins with its signedness
/// (`long long - unsigned long` and `Py_ssize_t - unsigned long` are
/// signed), on equal ranks the unsigned type. C computes the operation in
/// its own type; Cython's shows where it boxes the value, makes a temporary
/// of it or calls a helper.
pub fn cython_widest(a: &Type, b: &Type) -> Option<Type> {
    match (promote(a), promote(b)) {
        (Type::Int(x), Type::Int(y)) => Some(Type::Int(cython_int(x, y))),
        _ => arithmetic_type(a, b),
    }
}

/// Cython's `independent_spanning_type` of two C integers: its widest type
/// without C's promotion to `int`, the type of a conditional expression and
/// of `min`/`max`'s running result (`min(uchar, schar)` is an `unsigned
/// char`: -40 becomes 216).
pub fn cython_spanning(a: &Type, b: &Type) -> Option<Type> {
    match (a, b) {
        (Type::Int(x), Type::Int(y)) => Some(Type::Int(cython_int(*x, *y))),
        _ => cython_widest(a, b),
    }
}

/// Cython's `widest_numeric_type` where a `bint` may take part (a chained
/// comparison's common type): a `bint` ranks as an `int`, so it wins over
/// narrower integers, loses to wider ones, and ties go to the unsigned
/// type, then to a typedef, then to the second operand.
pub fn cython_widest_with_bint(a: &Type, b: &Type) -> Option<Type> {
    const INT_RANK: u8 = 4;
    match (a, b) {
        (Type::Bint, Type::Bint) => Some(Type::Bint),
        (Type::Bint, Type::Int(k)) | (Type::Int(k), Type::Bint) => {
            let rank = cython_rank(*k);
            let int_wins =
                rank > INT_RANK || rank == INT_RANK && (!k.signed() || typedef(*k) || matches!(b, Type::Int(_)));
            Some(if int_wins { Type::Int(*k) } else { Type::Bint })
        }
        _ => cython_spanning(a, b),
    }
}

/// Whether Cython knows the integer type as a typedef (`int32_t`,
/// `cnp.npy_int32`), which wins over a builtin type of its rank.
fn typedef(k: IntKind) -> bool {
    use IntKind::*;
    matches!(k, Int8 | Int16 | Int32 | Int64 | UInt8 | UInt16 | UInt32 | UInt64 | Npy(_))
}

fn cython_int(x: IntKind, y: IntKind) -> IntKind {
    if x == y {
        return x;
    }
    let (rx, ry) = (cython_rank(x), cython_rank(y));
    if rx != ry {
        return if rx > ry { x } else { y };
    }
    if x.signed() != y.signed() {
        return if x.signed() { y } else { x };
    }
    // Of two types of one rank and signedness, the typedef (`int | int32_t`
    // is an `int32_t`, whose abs() goes through a Python int).
    if typedef(y) && !typedef(x) {
        y
    } else {
        x
    }
}

/// Cython's integer rank (`PyrexTypes.rank_to_type_name`, doubled).
fn cython_rank(k: IntKind) -> u8 {
    use IntKind::*;
    match k {
        Char | SChar | UChar | Int8 | UInt8 => 0,
        Short | UShort | Int16 | UInt16 => 2,
        Int | UInt | Int32 | UInt32 => 4,
        Long | ULong | Int64 => 6,
        SsizeT | SizeT => 7,
        LongLong | ULongLong | UInt64 => 8,
        Npy(n) => cython_rank(n.base()),
    }
}

/// An integer expression converted to the type Cython gives it where that
/// differs from the C type it is computed in (`i << (u & 31)` with an `int
/// i` and a `size_t u` is a `size_t`): the value a branch or an `and`/`or`
/// operand is converted from on its own.
pub fn in_cython_type(e: Expr) -> Expr {
    if !matches!(e.ty, Type::Int(_)) || matches!(e.kind, ExprKind::IntLit(_)) {
        return e;
    }
    let cy = literal_as_long(&e);
    if matches!(cy, Type::Int(_)) && cy != e.ty {
        let span = e.span;
        return Expr::new(ExprKind::Convert(Box::new(e)), cy, span);
    }
    e
}

/// Whether one of two operands stored in a `bint` is an integer literal and
/// the other a C integer value: Cython makes the literal a `bint`, and the
/// two then meet in a Python object (stored as its truth).
fn literal_beside_c_int(a: &Expr, b: &Expr) -> bool {
    // A literal of 32 bits is a C literal for Cython even where it was
    // converted to a Python int (an operand beside one); a wider one is a
    // Python int, which stays what it is.
    let int_literal = |e: &Expr| match e.kind {
        ExprKind::IntLit(v) => matches!(e.ty, Type::Int(_)) || e.ty == Type::PyInt && i32::try_from(v).is_ok(),
        _ => false,
    };
    let c_int = |e: &Expr| matches!(e.ty, Type::Int(_) | Type::Enum(_)) && !int_literal(e);
    int_literal(a) && c_int(b) || c_int(a) && int_literal(b)
}

/// The type both branches of a conditional, or `min`/`max` arguments, meet in.
/// The type Cython gives the integer expression `e` (C computes infix
/// operators in C's own types; the two differ where an integer literal,
/// a C `long` for Cython, meets a narrower type). It matters where Cython
/// makes a temporary or calls a helper of that type: `min`/`max`, a
/// conditional expression, `//` and `%`, and the type of a shift
/// (`v << (u & 31)` with an `unsigned int u` is a `long`).
pub fn literal_as_long(e: &Expr) -> Type {
    use crate::tir::BinOp;
    fn strip(mut e: &Expr) -> &Expr {
        while let ExprKind::Convert(inner) = &e.kind {
            if !(inner.ty.is_integral() && e.ty.is_integral()) || inner.ty == Type::PyInt || e.ty == Type::PyInt {
                break;
            }
            e = inner;
        }
        e
    }
    match (&e.kind, &e.ty) {
        (ExprKind::IntLit(_), Type::Int(k)) if k.rank() < IntKind::Long.rank() => Type::LONG,
        (
            ExprKind::Binary {
                op:
                    BinOp::Add
                    | BinOp::Sub
                    | BinOp::Mul
                    | BinOp::BitAnd
                    | BinOp::BitOr
                    | BinOp::BitXor
                    | BinOp::Shl
                    | BinOp::Shr
                    | BinOp::Div
                    | BinOp::FloorDiv
                    | BinOp::Mod
                    | BinOp::CDiv
                    | BinOp::CMod,
                left,
                right,
            },
            Type::Int(_),
        ) => {
            // An integer literal converted to the operation's C type because
            // of the other operand (`8 - x` with an `unsigned long long x`
            // writes `8UL`) is still a C `long` for Cython: `8 - (c & (ll -
            // sz))` is a `long long` (Cython's rank puts `long long` above
            // `size_t`), boxed signed. A suffixed literal that made the
            // type (`i + 5ULL`) keeps its own.
            let operand = |x: &Expr, other: &Expr| -> Type {
                if matches!(x.kind, ExprKind::IntLit(_)) && x.ty == e.ty && strip(other).ty == e.ty {
                    Type::LONG
                } else {
                    literal_as_long(strip(x))
                }
            };
            let (l, r) = (operand(left, right), operand(right, left));
            match cython_widest(&l, &r) {
                Some(t @ Type::Int(_)) => t,
                _ => e.ty.clone(),
            }
        }
        // `min`/`max` of C integers is their spanning type for Cython, not
        // promoted (`~min(us, us)` of an `unsigned short us` is one).
        (ExprKind::Builtin { builtin: crate::tir::Builtin::Min | crate::tir::Builtin::Max, args }, Type::Int(_))
            if !args.is_empty() && args.iter().all(|a| matches!(strip(a).ty, Type::Int(_))) =>
        {
            args.iter()
                .map(|a| literal_as_long(strip(a)))
                .reduce(|a, b| cython_spanning(&a, &b).unwrap_or(a))
                .filter(|t| matches!(t, Type::Int(_)))
                .unwrap_or_else(|| e.ty.clone())
        }
        // `~7` is a `long` for Cython (its operand's type, at least `int`).
        (
            ExprKind::Unary {
                op: crate::tir::UnaryOp::Neg | crate::tir::UnaryOp::Pos | crate::tir::UnaryOp::Invert,
                operand,
            },
            Type::Int(_),
        ) => {
            // The operand's Cython type, at least `int` (not C's type of the
            // result: `-(sizeof(T) * ll)` is a `long long`, not C's
            // `unsigned long long`).
            let t = literal_as_long(strip(operand));
            cython_widest(&t, &Type::INT).filter(|t| matches!(t, Type::Int(_))).unwrap_or_else(|| e.ty.clone())
        }
        (ExprKind::Convert(_), Type::Int(_)) => {
            let inner = strip(e);
            if std::ptr::eq(inner, e) {
                e.ty.clone()
            } else {
                // A shift widened to Cython's type, or an operand converted
                // to its operation's C type: Cython's type is the wider.
                let t = literal_as_long(inner);
                cython_widest(&t, &e.ty).filter(|t| matches!(t, Type::Int(_))).unwrap_or_else(|| e.ty.clone())
            }
        }
        _ => e.ty.clone(),
    }
}

pub fn common_type(a: &Type, b: &Type) -> Option<Type> {
    if a == b {
        return Some(a.clone());
    }
    if a.is_error() || b.is_error() {
        return Some(Type::Error);
    }
    if *a == Type::Bint && *b == Type::Bint {
        return Some(Type::Bint);
    }
    if let Some(t) = arithmetic_type(a, b) {
        return Some(t);
    }
    match (a, b) {
        (Type::Ptr(_), Type::Ptr(_)) if a == b => Some(a.clone()),
        // `p if c else NULL`: the typed pointer (NULL converts to it).
        (Type::Ptr(_), Type::Ptr(v)) if **v == Type::Void => Some(a.clone()),
        (Type::Ptr(v), Type::Ptr(_)) if **v == Type::Void => Some(b.clone()),
        (Type::Memview(m), Type::NoneType) | (Type::NoneType, Type::Memview(m)) => Some(Type::Memview(m.clone())),
        _ => None,
    }
}

impl<'a> Checker<'a> {
    /// A written type as a [`Type`]. Errors are reported and give [`Type::Error`].
    pub(super) fn resolve_type(&mut self, t: &ast::TypeExpr) -> Type {
        match &t.kind {
            ast::TypeKind::Named(name) => self.named_type(name, t.span),
            ast::TypeKind::Const(inner) => {
                // `const` on a scalar changes nothing cytrus checks beyond views.
                self.resolve_type(inner)
            }
            ast::TypeKind::Pointer(inner) => {
                let inner = self.resolve_type(inner);
                if inner.is_error() {
                    return Type::Error;
                }
                Type::Ptr(Box::new(inner))
            }
            ast::TypeKind::Array { elem, len } => {
                let elem = self.resolve_type(elem);
                let n = match self.const_int(len) {
                    Some(n) if n > 0 && n <= i64::MAX as i128 => n as u64,
                    _ => {
                        self.error(SemanticError::BadArrayArgument {
                            span: len.span,
                            message: "a C array's length must be a positive integer constant".into(),
                        });
                        return Type::Error;
                    }
                };
                if elem.is_error() {
                    return Type::Error;
                }
                if matches!(elem, Type::Memview(_) | Type::Void) {
                    self.error(SemanticError::CannotAssign {
                        span: t.span,
                        from: elem.display(),
                        to: "C array element".into(),
                        help: Some("a C array holds numbers or pointers; for several views use one view with one more dimension".into()),
                    });
                    return Type::Error;
                }
                Type::CArray(Box::new(elem), n)
            }
            ast::TypeKind::Memview { elem, axes } => self.memview_type(elem, axes, t.span),
            ast::TypeKind::FuncPtr(f) => self.func_ptr_type(f),
            ast::TypeKind::Tuple(items) => {
                let mut members = Vec::with_capacity(items.len());
                for item in items {
                    let ty = self.resolve_type(item);
                    match ty {
                        Type::Error => return Type::Error,
                        Type::Int(_) | Type::Float { .. } | Type::Bint | Type::Ptr(_) | Type::CTuple(_) => {
                            members.push(ty)
                        }
                        other => {
                            self.error(SemanticError::CTuple {
                                span: item.span,
                                problem: Box::new(CTupleProblem::BadMember { ty: other.display() }),
                            });
                            return Type::Error;
                        }
                    }
                }
                Type::CTuple(members)
            }
            ast::TypeKind::Buffer(buffer) => {
                let ast::BufferType { dtype, ndim, mode, .. } = &**buffer;
                let dtype = match dtype.as_ref().map(|d| &d.kind) {
                    Some(ast::TypeKind::Named(n)) => n.clone(),
                    _ => "T".to_string(),
                };
                let ndim = ndim.map_or(1, |n| (n as usize).clamp(1, MAX_DIMS));
                let mut axes = vec![":"; ndim];
                match mode.as_deref() {
                    Some("c") => axes[ndim - 1] = "::1",
                    Some("fortran") => axes[0] = "::1",
                    _ => {}
                }
                let suggestion = format!("{dtype}[{}]", axes.join(", "));
                self.error(SemanticError::NumpyBuffer { span: t.span, suggestion });
                Type::Error
            }
        }
    }

    fn named_type(&mut self, name: &str, span: Span) -> Type {
        let builtin = match name {
            "char" => Some(Type::Int(IntKind::Char)),
            "signed char" => Some(Type::Int(IntKind::SChar)),
            "unsigned char" => Some(Type::Int(IntKind::UChar)),
            "short" => Some(Type::Int(IntKind::Short)),
            "unsigned short" => Some(Type::Int(IntKind::UShort)),
            "int" => Some(Type::INT),
            "unsigned int" => Some(Type::Int(IntKind::UInt)),
            "long" => Some(Type::LONG),
            "unsigned long" => Some(Type::Int(IntKind::ULong)),
            "long long" => Some(Type::Int(IntKind::LongLong)),
            "unsigned long long" => Some(Type::Int(IntKind::ULongLong)),
            "Py_ssize_t" | "ssize_t" | "Py_hash_t" => Some(Type::SSIZE),
            "size_t" | "Py_UCS4" => Some(Type::Int(IntKind::SizeT)),
            "float" => Some(Type::FLOAT),
            "double" => Some(Type::DOUBLE),
            "bint" => Some(Type::Bint),
            "void" => Some(Type::Void),
            _ => None,
        };
        if let Some(t) = builtin {
            return t;
        }
        if let Some(id) = self.fused_type_id(name) {
            if let Some(t) = self.bound_fused(id) {
                return t;
            }
            self.error(SemanticError::FusedTypeMisused { span, in_function: self.in_function() });
            return Type::Error;
        }
        if let Some((t, _)) = self.typedefs.get(name) {
            return t.clone();
        }
        if let Some((module, member)) = name.split_once('.') {
            if let Some(t) = self.numpy_type_name(module, member, span) {
                return t;
            }
            if let Some(t) = self.scope_type(module, member) {
                return t;
            }
            if matches!(self.lookup_global(module), Some(Symbol::PxdModule(_))) {
                let module = self.pxd_module_name(module);
                self.error(SemanticError::NotDeclaredIn { span, name: member.to_string(), module });
                return Type::Error;
            }
            if matches!(self.lookup_global(module), Some(Symbol::CythonModule)) {
                match super::scope::pure_python_type(member) {
                    Some(Ok(t)) => return t,
                    Some(Err(hint)) => {
                        self.error(SemanticError::UnknownType { span, name: name.into(), hint: Some(hint) });
                        return Type::Error;
                    }
                    None => {}
                }
            }
        }
        if let Some(Symbol::Type(t)) = self.lookup_global(name) {
            return t.clone();
        }
        // `cdef cvarray arr` (after `from cython.view cimport array as cvarray`),
        // `cdef view.array arr`, `cdef cython.view.array arr`.
        if matches!(self.lookup_global(name), Some(Symbol::ArrayClass)) {
            return Type::ViewArray;
        }
        if let Some((module, "array")) = name.rsplit_once('.') {
            if matches!(self.lookup_global(module), Some(Symbol::ViewModule)) || module == "cython.view" {
                return Type::ViewArray;
            }
        }
        let hint = match name {
            "long double" => Some("`long double` is not supported in cytrus; use `double`"),
            "object" | "list" | "dict" | "tuple" | "str" | "bytes" | "set" => Some(
                "Python objects are not supported in cytrus; use a C type or a typed memoryview such as `double[:]`",
            ),
            n if n.ends_with("_t") && n.contains("int") => Some("cimport it: `from libc.stdint cimport …`"),
            "clock_t" => Some("cimport it: `from libc.time cimport clock_t`"),
            _ => None,
        };
        self.error(SemanticError::UnknownType { span, name: name.into(), hint });
        Type::Error
    }

    /// `double[:, ::1]` with Cython's rules for which axis specs combine.
    pub(super) fn memview_type(&mut self, elem: &ast::TypeExpr, axes: &[ast::AxisSpec], span: Span) -> Type {
        let is_const = matches!(elem.kind, ast::TypeKind::Const(_));
        let elem_ty = self.resolve_type(elem);
        if elem_ty.is_error() {
            return Type::Error;
        }
        if !matches!(elem_ty, Type::Int(_) | Type::Float { .. } | Type::Bint | Type::Struct(_)) {
            self.error(SemanticError::CannotAssign {
                span: elem.span,
                from: elem_ty.display(),
                to: "memoryview element".into(),
                help: Some("memoryview elements are C numbers (integers, `float`, `double`) or structs".into()),
            });
            return Type::Error;
        }
        if axes.len() > MAX_DIMS {
            self.error(SemanticError::TooManyDimensions { span, ndim: axes.len() });
            return Type::Error;
        }
        let mut parsed = Vec::with_capacity(axes.len());
        // The axis written `::1` (not `view.contiguous`): the others follow it.
        let mut cf_contiguous = None;
        for (i, axis) in axes.iter().enumerate() {
            let a = match &axis.step {
                None => Axis::Strided,
                Some(step) => match &step.kind {
                    ast::ExprKind::Int(1) => {
                        cf_contiguous.get_or_insert(i);
                        Axis::Contiguous
                    }
                    ast::ExprKind::Attribute { value, attr } => {
                        if !self.is_view_module(value) {
                            self.error(SemanticError::InvalidAxisSpec {
                                span: step.span,
                                message: "an access spec is written `view.<name>` after `from cython cimport view`",
                            });
                            return Type::Error;
                        }
                        match attr.name.as_str() {
                            "generic" => Axis::Generic,
                            "strided" => Axis::Strided,
                            "contiguous" => Axis::Contiguous,
                            "indirect" => Axis::Indirect,
                            "indirect_contiguous" => Axis::IndirectContiguous,
                            _ => Axis::Strided,
                        }
                    }
                    _ => Axis::Strided,
                },
            };
            parsed.push(a);
        }
        if let Some(message) = axis_rule_violation(&parsed) {
            self.error(SemanticError::InvalidAxisSpec { span, message });
            return Type::Error;
        }
        if let Some(c) = cf_contiguous {
            follow_contiguous(&mut parsed, c);
        }
        Type::Memview(MemviewType { elem: Box::new(elem_ty), axes: parsed, is_const })
    }

    /// `view` or `cython.view` (as cimported).
    pub(super) fn is_view_module(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            ast::ExprKind::Name(n) => matches!(self.lookup_global(n), Some(Symbol::ViewModule)),
            ast::ExprKind::Attribute { attr, .. } => attr.name == "view" && self.cython_attribute(e).is_some(),
            _ => false,
        }
    }

    /// `RET (*)(PARAMS) MODIFIERS`: a pointer type says `noexcept`, or the
    /// caller always asks the error indicator (`except *`), whatever its result.
    fn func_ptr_type(&mut self, f: &ast::FuncPtrType) -> Type {
        let ret = self.resolve_type(&f.ret);
        let mut params = Vec::with_capacity(f.params.len());
        for p in &f.params {
            // An array parameter is a pointer, as in C.
            params.push(match self.resolve_type(p) {
                Type::CArray(elem, _) => Type::Ptr(elem),
                other => other,
            });
        }
        if ret.is_error() || params.iter().any(Type::is_error) {
            return Type::Error;
        }
        for (p, ty) in f.params.iter().zip(&params) {
            if *ty == Type::Void {
                self.error(SemanticError::VoidParameter { span: p.span });
                return Type::Error;
            }
            if matches!(ty, Type::Memview(_) | Type::Str | Type::PyInt) {
                self.error(SemanticError::CannotAssign {
                    span: p.span,
                    from: ty.display(),
                    to: "a function pointer's parameter".into(),
                    help: Some("a function pointer takes C numbers, pointers and structs".into()),
                });
                return Type::Error;
            }
        }
        let except = if f.noexcept.is_some() {
            ExceptSpec::NOEXCEPT
        } else {
            match f.except.as_ref().map(|c| &c.kind) {
                None | Some(ast::ExceptKind::Star) => ExceptSpec::STAR,
                Some(ast::ExceptKind::Plus) => {
                    self.error(SemanticError::Unsupported {
                        span: f.except.as_ref().map_or(f.ret.span, |c| c.span),
                        what: "C++ exception declarations (`except +`)",
                        instead: "use `except -1`, `except? -1` or `except *`",
                    });
                    return Type::Error;
                }
                Some(ast::ExceptKind::Value(v) | ast::ExceptKind::MaybeValue(v)) => {
                    let check = matches!(f.except.as_ref().map(|c| &c.kind), Some(ast::ExceptKind::MaybeValue(_)));
                    let span = f.except.as_ref().map_or(v.span, |c| c.span);
                    match (const_value(v), &ret) {
                        (Some(ConstValue::Int(i)), Type::Int(k)) => {
                            ExceptSpec { check, value: Some(ExceptConst::Int(k.wrap(i))) }
                        }
                        (Some(ConstValue::Int(i)), Type::Bint | Type::Enum(_)) => {
                            ExceptSpec { check, value: Some(ExceptConst::Int(i)) }
                        }
                        (Some(ConstValue::Int(i)), Type::Float { .. }) => {
                            ExceptSpec { check, value: Some(ExceptConst::Float((i as f64).to_bits())) }
                        }
                        (Some(ConstValue::Float(x)), Type::Float { .. }) => {
                            ExceptSpec { check, value: Some(ExceptConst::Float(x.to_bits())) }
                        }
                        _ => {
                            self.error(SemanticError::BadExceptValue { span, ret: ret.display() });
                            return Type::Error;
                        }
                    }
                }
            }
        };
        Type::FuncPtr(Box::new(FuncSig { ret, params, except, nogil: f.nogil.is_some() }))
    }

    /// The type of a `cdef` function as a value, with Cython's exception
    /// specification of it (a C number's default is `except? -1`, and so is
    /// `except *` on one).
    pub(super) fn function_sig(&self, id: FuncId) -> FuncSig {
        let f = &self.functions[id.0 as usize];
        let params = f.params.iter().map(|p| self.vars[p.var.0 as usize].ty.clone()).collect();
        let number = matches!(f.ret, Type::Int(_) | Type::Bint | Type::Enum(_) | Type::Float { .. });
        let constant = |c: &ConstValue| match (*c, &f.ret) {
            (ConstValue::Int(i), Type::Float { .. }) => ExceptConst::Float((i as f64).to_bits()),
            (ConstValue::Int(i), _) => ExceptConst::Int(i),
            (ConstValue::Float(x), _) => ExceptConst::Float(x.to_bits()),
        };
        let minus_one = if f.ret.is_float() { ExceptConst::Float((-1f64).to_bits()) } else { ExceptConst::Int(-1) };
        let except = match &f.error_return {
            crate::tir::ErrorReturn::None => ExceptSpec::NOEXCEPT,
            crate::tir::ErrorReturn::Always if number => ExceptSpec { check: true, value: Some(minus_one) },
            crate::tir::ErrorReturn::Always => ExceptSpec::STAR,
            crate::tir::ErrorReturn::Value(c) => ExceptSpec { check: false, value: Some(constant(c)) },
            crate::tir::ErrorReturn::MaybeValue(c) => ExceptSpec { check: true, value: Some(constant(c)) },
        };
        FuncSig { ret: f.ret.clone(), params, except, nogil: f.nogil }
    }

    /// Converts `value` to `to` as an assignment, an argument or a return does.
    /// A conditional expression converted to `to` as Cython's
    /// `CondExprNode.coerce_to` does: each branch from its own type (a
    /// nested conditional likewise), where a plain conversion would go
    /// through the type both branches share.
    pub(super) fn coerce_branches(&mut self, value: Expr, to: &Type) -> Expr {
        let span = value.span;

        match value.kind {
            ExprKind::Conditional { cond, then, orelse } if value.ty.is_numeric() && to.is_numeric() => {
                let own = |e: Box<Expr>| match e.kind {
                    ExprKind::Convert(inner) if inner.ty.is_numeric() => *inner,
                    _ => *e,
                };
                let (t, o) = (own(then), own(orelse));
                if *to == Type::PyInt {
                    let (t, o) = (in_cython_type(t), in_cython_type(o));
                    // Each branch is boxed from its own type.
                    let t = self.coerce_branches(t, to);
                    let o = self.coerce_branches(o, to);
                    return Expr::new(
                        ExprKind::Conditional { cond, then: Box::new(t), orelse: Box::new(o) },
                        to.clone(),
                        span,
                    );
                }
                let cond = ExprKind::Conditional { cond, then: Box::new(t), orelse: Box::new(o) };
                let e = self.branches_meet(Expr::new(cond, value.ty, span), to);
                self.coerce_whole(e, to, span, false)
            }
            kind => {
                let e = Expr::new(kind, value.ty, span);
                self.coerce_whole(e, to, span, false)
            }
        }
    }

    /// A conditional expression whose literal branches are converted to
    /// `to`, in the type its branches then meet in (Cython's temporary for
    /// it), not yet converted to `to` as a whole.
    fn branches_meet(&mut self, value: Expr, to: &Type) -> Expr {
        let span = value.span;
        match value.kind {
            ExprKind::Conditional { cond, then, orelse } => {
                // Each branch from its own type.
                let own = |e: Box<Expr>| match e.kind {
                    ExprKind::Convert(inner) if inner.ty.is_numeric() => *inner,
                    _ => *e,
                };
                let (t, o) = (own(then), own(orelse));
                // A Python int conditional (`abs(i64) if c else min(i64, u)`)
                // to a C number: each branch on its own, a Python int checked,
                // a C value as C converts it (`u16 = …` wraps the C branch).
                if value.ty == Type::PyInt && matches!(to, Type::Int(_) | Type::Float { .. }) {
                    let branch = |this: &mut Self, e: Expr| {
                        if matches!(e.kind, ExprKind::Conditional { .. }) {
                            this.coerce_branches(e, to)
                        } else {
                            let sp = e.span;
                            this.coerce(e, to, sp)
                        }
                    };
                    let (t, o) = (branch(self, t), branch(self, o));
                    return Expr::new(
                        ExprKind::Conditional { cond, then: Box::new(t), orelse: Box::new(o) },
                        to.clone(),
                        span,
                    );
                }
                // To a C type only a literal branch changes type (a C value
                // keeps its own); the branches then meet in their spanning
                // type again.
                let literal = |e: &Expr| matches!(e.kind, ExprKind::IntLit(_) | ExprKind::FloatLit(_));
                let branch = |this: &mut Self, e: Expr| {
                    // An integer literal made floating stays visible as one
                    // (a power's exponent of integers is no soft complex).
                    if matches!(e.kind, ExprKind::IntLit(_)) && to.is_float() {
                        let sp = e.span;
                        this.coerce_branch(e, to, sp)
                    } else if literal(&e) {
                        let sp = e.span;
                        this.coerce(e, to, sp)
                    } else if matches!(e.kind, ExprKind::Conditional { .. }) {
                        this.coerce_branches(e, to)
                    } else {
                        e
                    }
                };
                // To a `bint`, a literal branch becomes a `bint` literal; beside
                // a C integer of another type Cython's type for the two is then
                // a Python object, so the value stored is each branch's truth
                // (`b = n + n if c else -1159465740` stores 1 or 0).
                if *to == Type::Bint && literal_beside_c_int(&t, &o) {
                    let (t, o) = (super::expr::truth_of(t), super::expr::truth_of(o));
                    return Expr::new(
                        ExprKind::Conditional { cond, then: Box::new(t), orelse: Box::new(o) },
                        Type::Bint,
                        span,
                    );
                }
                let (t, o) = (branch(self, t), branch(self, o));
                let (tt, ot) = (literal_as_long(&t), literal_as_long(&o));
                let ty = match (&tt, &ot) {
                    (Type::Int(_), Type::Int(_)) => cython_spanning(&tt, &ot),
                    // `float`s for Cython meet in a `float` (see `Checker::expr`).
                    _ if common_type(&tt, &ot) == Some(Type::DOUBLE) && self.float_for_cython(&t, &o) => {
                        Some(Type::FLOAT)
                    }
                    _ => common_type(&tt, &ot),
                }
                .unwrap_or_else(|| to.clone());
                let (ts, os) = (t.span, o.span);
                let t = self.coerce_branch(t, &ty, ts);
                let o = self.coerce_branch(o, &ty, os);
                Expr::new(ExprKind::Conditional { cond, then: Box::new(t), orelse: Box::new(o) }, ty, span)
            }
            kind => Expr::new(kind, value.ty, span),
        }
    }

    /// A conditional expression's branch converted to the conditional's
    /// type. An integer literal is converted rather than rewritten, so the
    /// value it was written with stays visible where Cython converts branch
    /// by branch (`print(-5 if c else sizeof(long))` prints -5).
    pub(super) fn coerce_branch(&mut self, e: Expr, ty: &Type, span: Span) -> Expr {
        if matches!(e.kind, ExprKind::IntLit(_))
            && e.ty != *ty
            && matches!((&e.ty, ty), (Type::Int(_), Type::Int(_) | Type::Float { .. }))
        {
            return Expr::new(ExprKind::Convert(Box::new(e)), ty.clone(), span);
        }
        // A nested conditional is C's value of it, in its own type.
        self.coerce_whole(e, ty, span, false)
    }

    /// An operand of `and`/`or` converted to the expression's type: a
    /// literal is converted rather than rewritten, so its truth is tested on
    /// the value it was written with (`u and 256` to a `char`).
    pub(super) fn coerce_operand(&mut self, e: Expr, to: &Type, span: Span, python_boundary: bool) -> Expr {
        if matches!(e.kind, ExprKind::IntLit(_))
            && e.ty != *to
            && matches!((&e.ty, to), (Type::Int(_), Type::Int(_) | Type::Float { .. } | Type::PyInt))
        {
            return Expr::new(ExprKind::Convert(Box::new(e)), to.clone(), span);
        }
        if matches!(e.kind, ExprKind::Conditional { .. }) && e.ty.is_numeric() && to.is_numeric() && !python_boundary {
            return self.coerce_branches(e, to);
        }
        self.coerce_at(e, to, span, python_boundary)
    }

    /// A value assigned, initialised, returned or passed: as [`Self::coerce`],
    /// but a conditional expression converts branch by branch, as Cython's
    /// `coerce_to` does there (`cdef double d = -1 if c else sizeof(x)` is -1.0).
    pub(super) fn coerce_value(&mut self, value: Expr, to: &Type, span: Span) -> Expr {
        if matches!(value.kind, ExprKind::Conditional { .. }) && value.ty.is_numeric() && to.is_numeric() {
            return self.coerce_branches(value, to);
        }
        self.coerce(value, to, span)
    }

    /// Cython's implicit `cpow` (`PowNode.coerce_to`): `a ** b` of two C
    /// integers with a signed exponent known only at run time is a double
    /// (a negative exponent gives a fraction); converted straight to a C
    /// integer, while the `cpow` directive is not set, it is computed as
    /// `cpow=True` computes it instead: a C integer power in Cython's
    /// widest type of the operands, 0 for a negative exponent
    /// (`cdef int r = a ** b`).
    fn implicit_cpow(&mut self, value: Expr) -> Expr {
        if self.directives.cpow_set || value.ty != Type::DOUBLE {
            return value;
        }
        let span = value.span;
        let ExprKind::Binary { op: crate::tir::BinOp::Pow, left, right } = value.kind else { return value };
        let unconverted = |e: &Expr| match &e.kind {
            ExprKind::Convert(inner) if matches!(inner.ty, Type::Int(_)) => Some((**inner).clone()),
            _ => None,
        };
        let constant = |e: &Expr| match &e.kind {
            ExprKind::IntLit(_) => true,
            ExprKind::Unary { op: crate::tir::UnaryOp::Neg, operand } => matches!(operand.kind, ExprKind::IntLit(_)),
            _ => false,
        };
        match (unconverted(&left), unconverted(&right)) {
            (Some(l), Some(r)) if !constant(&r) => {
                let ty = cython_widest(&literal_as_long(&l), &literal_as_long(&r))
                    .filter(|t| matches!(t, Type::Int(_)))
                    .unwrap_or(Type::LONG);
                let l = self.coerce(l, &ty, span);
                // The exponent keeps its own type (lowering converts it).
                Expr::new(
                    ExprKind::Binary { op: crate::tir::BinOp::Pow, left: Box::new(l), right: Box::new(r) },
                    ty,
                    span,
                )
            }
            _ => Expr::new(ExprKind::Binary { op: crate::tir::BinOp::Pow, left, right }, Type::DOUBLE, span),
        }
    }

    pub(super) fn coerce(&mut self, value: Expr, to: &Type, span: Span) -> Expr {
        self.coerce_at(value, to, span, false)
    }

    /// As [`Self::coerce`]; `python_boundary` marks a `def` call, where C
    /// integers are checked for overflow and view contiguity at run time.
    pub(super) fn coerce_at(&mut self, value: Expr, to: &Type, span: Span, python_boundary: bool) -> Expr {
        // A conditional expression converts branch by branch wherever Cython
        // calls `coerce_to` on it: an assignment, an argument, an operand
        // of arithmetic or a comparison, a Python int (`d > (u if c else -8)`
        // compares -8.0 with d, not the value through the unsigned type both
        // branches share).
        if matches!(value.kind, ExprKind::Conditional { .. })
            && value.ty.is_numeric()
            && to.is_numeric()
            && value.ty != *to
            && !python_boundary
        {
            return self.coerce_branches(value, to);
        }
        self.coerce_whole(value, to, span, python_boundary)
    }

    /// An integer conditional expression beside another integer operand of
    /// arithmetic or of a comparison, converted branch by branch to
    /// Cython's type for the two, as Cython converts it before computing:
    /// `i64 - (up if c else -8)` with an `npy_uintp up` is a signed
    /// `int64` for Cython, the literal stays -8 there, and C then computes
    /// (and compares) in that type.
    pub(super) fn conditional_beside(&mut self, e: Expr, other: &Expr) -> Expr {
        if matches!(e.kind, ExprKind::Conditional { .. }) && matches!((&e.ty, &other.ty), (Type::Int(_), Type::Int(_)))
        {
            if let Some(cy @ Type::Int(_)) = cython_widest(&literal_as_long(&e), &literal_as_long(other)) {
                // Cython converts it to that type branch by branch; C then
                // computes with the temporary its branches meet in
                // (`(<int16_t>6 if c else -u8) * (s * (s - 13))` is an
                // `int` product in C, though a `long` for Cython).
                if cy != e.ty {
                    return self.branches_meet(e, &cy);
                }
            }
        }
        e
    }

    /// As [`Self::coerce_at`], a conditional expression converted as a
    /// whole, from the type its branches share (as C converts the value of
    /// `c ? a : b`).
    pub(super) fn coerce_whole(&mut self, value: Expr, to: &Type, span: Span, python_boundary: bool) -> Expr {
        let value = match to {
            Type::Int(_) => self.implicit_cpow(value),
            _ => value,
        };
        let from = value.ty.clone();
        if from == *to && !python_boundary || from.is_error() || to.is_error() {
            return value;
        }
        // Into a `def` function a `bint` goes as a Python bool, and a `bint`
        // parameter takes the truth of what it is given: 0 or 1 either way
        // (`f(b)` of a `bint b = 7` gives an `int` parameter 1).
        if python_boundary
            && (from == Type::Bint || *to == Type::Bint)
            && matches!(from, Type::Int(_) | Type::Bint | Type::Enum(_) | Type::PyInt)
            && matches!(to, Type::Int(_) | Type::Bint | Type::Float { .. })
        {
            let value = super::expr::bool_of(value);
            return if *to == Type::Bint { value } else { self.coerce_whole(value, to, span, false) };
        }
        // `a and b` / `a or b` converted to another type: each operand from
        // its own type, as Cython's `BoolBinopNode.coerce_to` does (`u and m`
        // of an `unsigned long long u` and a `long m` printed or taken as a
        // double gives m's own value, not the value through the unsigned type
        // both share).
        if matches!(value.kind, ExprKind::And(..) | ExprKind::Or(..))
            && from.is_numeric()
            && (to.is_numeric() || *to == Type::PyInt)
            && from != Type::Bint
        {
            let vspan = value.span;
            let (is_and, l, r) = match value.kind {
                ExprKind::And(l, r) => (true, l, r),
                ExprKind::Or(l, r) => (false, l, r),
                _ => unreachable!("matched above"),
            };
            let own = |e: Box<Expr>| match e.kind {
                ExprKind::Convert(inner) if inner.ty.is_numeric() || inner.ty == Type::PyInt => *inner,
                _ => *e,
            };
            let (l, r) = (in_cython_type(own(l)), in_cython_type(own(r)));
            let (l, r) = (self.held_float(l), self.held_float(r));
            // To a `bint`, Cython stores the truth of an operand that is not a
            // literal (`b = n or -5` stores 1 for n == 2**32), a literal as
            // written (`b = n and -5` stores -5, `b = n and 2**32` 0): `r if
            // l else 0`, `1 if l else r`; a literal left operand is folded
            // away first (`0 or n` is n, stored as it is).
            let c_int = |e: &Expr| matches!(e.ty, Type::Int(_) | Type::Enum(_) | Type::Bint);
            let literal = |e: &Expr| matches!(e.kind, ExprKind::IntLit(_));
            let integral = |e: &Expr| c_int(e) || e.ty == Type::PyInt;
            if *to == Type::Bint && integral(&l) && integral(&r) && (l.ty != Type::Bint || r.ty != Type::Bint) {
                if let ExprKind::IntLit(v) = l.kind {
                    let picked = if (v != 0) == is_and { r } else { l };
                    let sp = picked.span;
                    return self.coerce_whole(picked, to, sp, python_boundary);
                }
                let stored = |this: &mut Self, e: Expr| {
                    let sp = e.span;
                    if literal(&e) {
                        this.coerce(e, &Type::Bint, sp)
                    } else {
                        super::expr::truth_of(e)
                    }
                };
                let picked_left = Expr::new(ExprKind::BoolLit(true), Type::Bint, vspan);
                let cond = Box::new(super::expr::truth_of(l));
                let (then, orelse) = if is_and {
                    (stored(self, r), Expr::new(ExprKind::BoolLit(false), Type::Bint, vspan))
                } else {
                    (picked_left, stored(self, r))
                };
                return Expr::new(
                    ExprKind::Conditional { cond, then: Box::new(then), orelse: Box::new(orelse) },
                    Type::Bint,
                    vspan,
                );
            }
            let (ls, rs) = (l.span, r.span);
            let l = self.coerce_operand(l, to, ls, python_boundary);
            let r = self.coerce_operand(r, to, rs, python_boundary);
            if l.ty.is_error() || r.ty.is_error() {
                return Expr::error(vspan);
            }
            let kind =
                if is_and { ExprKind::And(Box::new(l), Box::new(r)) } else { ExprKind::Or(Box::new(l), Box::new(r)) };
            return Expr::new(kind, to.clone(), vspan);
        }
        // A folded constant Cython writes as `-0xHEX`: C types the hex
        // constant (`unsigned int` past INT_MAX) before negating it.
        let value = match value.kind {
            ExprKind::IntLit(v)
                if matches!(to, Type::Int(_))
                    && self.folded_hex_spans.contains(&(value.span.start, value.span.end)) =>
            {
                Expr::new(ExprKind::IntLit(folded_hex_value(v)), value.ty, value.span)
            }
            _ => value,
        };
        // A literal that fits the target becomes a literal of the target type.
        if let ExprKind::IntLit(v) = value.kind {
            match to {
                Type::Int(k) if k.range().0 <= v && v <= k.range().1 => {
                    return Expr::new(ExprKind::IntLit(v), to.clone(), value.span);
                }
                // Cython writes an integer constant (a literal or a folded
                // one, even a Python int) as a C literal of the target type:
                // C's conversion, wrapping (`cdef unsigned short a = -1` is
                // 65535), never an OverflowError.
                // Past 64 bits too (`0o20000000000000 * 0x100 ** 4` into a
                // `uint32_t` is 0).
                Type::Int(k) if !python_boundary => {
                    let bits = k.bits();
                    let m = v.rem_euclid(1i128 << bits);
                    let w = if k.signed() && m >= 1i128 << (bits - 1) { m - (1i128 << bits) } else { m };
                    return Expr::new(ExprKind::IntLit(w), to.clone(), value.span);
                }
                Type::PyInt => return Expr::new(ExprKind::IntLit(v), to.clone(), value.span),
                // A `bint` is a C `int` the constant is written into: past
                // 32 bits it keeps the low ones (`b = 0x100000000` is False).
                Type::Bint if !python_boundary && i32::try_from(v).is_err() => {
                    let low = i128::from(v.rem_euclid(1i128 << 32) as u32 as i32);
                    let int = Expr::new(ExprKind::IntLit(low), Type::INT, value.span);
                    return Expr::new(ExprKind::Convert(Box::new(int)), to.clone(), value.span);
                }
                // A Python int stays one in a float operation (`d % 102587923720`
                // is Python's float `%` in Cython, even under `cdivision`).
                Type::Float { .. } if v.unsigned_abs() < (1u128 << 53) && value.ty != Type::PyInt => {
                    // A `float` constant holds a float's value (C converts it
                    // so, also where it is spelled as a double constant:
                    // `fmodf(-2147483647.0, f)` takes -2147483648.0f).
                    let x = if *to == Type::FLOAT { f64::from(v as f32) } else { v as f64 };
                    return Expr::new(ExprKind::FloatLit(x), to.clone(), value.span);
                }
                _ => {}
            }
        }
        let wrap = |kind: fn(Box<Expr>) -> ExprKind, value: Expr| {
            let span = value.span;
            Expr::new(kind(Box::new(value)), to.clone(), span)
        };
        match (&from, to) {
            // A view crossing into a `def` function is acquired again there (below).
            (a, b) if a == b && !(python_boundary && matches!(a, Type::Memview(_))) => value,
            // Python int → C integer: checked, raises OverflowError.
            (Type::PyInt, Type::Int(_) | Type::Bint) => wrap(ExprKind::ConvertChecked, value),
            (Type::Int(_) | Type::Bint, Type::Int(_)) if python_boundary => wrap(ExprKind::ConvertChecked, value),
            (Type::Int(_) | Type::Bint | Type::PyInt | Type::Float { .. }, Type::PyInt) => {
                if from.is_float() {
                    self.cannot_assign(&from, to, span, None);
                    return Expr::error(span);
                }
                // Cython boxes a C integer expression from the type it gives
                // it (`py - (l >> (s & 31))` with a long l and a size_t s
                // boxes the shift as a size_t).
                let value =
                    if matches!(from, Type::Int(_)) && !python_boundary { in_cython_type(value) } else { value };
                wrap(ExprKind::Convert, value)
            }
            (Type::Int(_) | Type::Bint | Type::Enum(_), Type::Int(_) | Type::Bint | Type::Float { .. }) => {
                wrap(ExprKind::Convert, value)
            }
            (Type::Enum(_), Type::PyInt) => wrap(ExprKind::Convert, value),
            (Type::Float { .. } | Type::PyInt, Type::Float { .. }) => wrap(ExprKind::Convert, value),
            // Into a `def` function a float goes as a Python float, which the
            // callee converts as `int(x)` would (truncating), or by truth value.
            (Type::Float { .. }, Type::Bint) if python_boundary => wrap(ExprKind::Convert, value),
            (Type::Float { .. }, Type::Int(_)) if python_boundary => {
                let vspan = value.span;
                let as_int = Expr::new(ExprKind::Cast(Box::new(value)), Type::PyInt, vspan);
                wrap(ExprKind::ConvertChecked, as_int)
            }
            (Type::Float { .. }, Type::Int(_) | Type::Bint) => {
                self.cannot_assign(&from, to, span, Some(format!("cast it to truncate: `<{}>x`", to.display())));
                Expr::error(span)
            }
            (Type::NoneType, Type::Memview(_)) => Expr::new(ExprKind::NoneLit, to.clone(), value.span),
            (Type::ViewArray, Type::Memview(m)) if matches!(*m.elem, Type::Struct(_)) => {
                self.struct_array_unsupported(span);
                Expr::error(span)
            }
            (Type::ViewArray, Type::Memview(_)) => Expr::new(ExprKind::ArrayToView(Box::new(value)), to.clone(), span),
            // `arr = <int[:n, :m]>p`: Cython's cast makes the array object.
            (Type::Memview(m), Type::ViewArray) if matches!(value.kind, ExprKind::ViewFromPtr { .. }) => {
                if matches!(*m.elem, Type::Struct(_)) {
                    self.struct_array_unsupported(span);
                    return Expr::error(span);
                }
                Expr::new(ExprKind::ArrayFromPtr(Box::new(value)), to.clone(), span)
            }
            (Type::NoneType, Type::ViewArray) => Expr::new(ExprKind::NoneLit, to.clone(), value.span),
            (Type::NoneType, Type::Ptr(_)) => Expr::new(ExprKind::Null, to.clone(), value.span),
            (Type::Ptr(_), Type::Ptr(inner)) if value.kind == ExprKind::Null => {
                let _ = inner;
                Expr::new(ExprKind::Null, to.clone(), value.span)
            }
            (Type::Ptr(_) | Type::NoneType, Type::FuncPtr(_))
                if matches!(value.kind, ExprKind::Null | ExprKind::NoneLit) =>
            {
                Expr::new(ExprKind::Null, to.clone(), value.span)
            }
            (Type::FuncPtr(src), Type::FuncPtr(dst)) => match pointer_assignable(src, dst) {
                Assignable::Yes => Expr::new(value.kind, to.clone(), value.span),
                other => {
                    let (from, subject) = match &value.kind {
                        ExprKind::FuncRef(id) => {
                            (src.display_with(""), Some(self.functions[id.0 as usize].name.clone()))
                        }
                        _ => (from.display(), None),
                    };
                    let help = match other {
                        Assignable::ExceptionsOnly if !dst.except.check && dst.except.value.is_none() => {
                            Some(match subject {
                                Some(name) => format!("exception values are incompatible: declare `{name}` `noexcept`"),
                                None => "exception values are incompatible: add `noexcept` to the source's type".into(),
                            })
                        }
                        Assignable::ExceptionsOnly => Some("exception values are incompatible".into()),
                        _ => None,
                    };
                    self.error(SemanticError::CannotAssign { span, from, to: to.display(), help });
                    Expr::error(span)
                }
            },
            (Type::CArray(elem, _), Type::Ptr(target)) if elem == target => wrap(ExprKind::Convert, value),
            // Any data pointer converts to `void *`, as in C (`memset(&buf[0], …)`).
            (Type::Ptr(_), Type::Ptr(target)) if **target == Type::Void => wrap(ExprKind::Convert, value),
            (Type::CArray(elem, _), Type::Ptr(target)) if **target == Type::Void => {
                let decayed = Expr::new(ExprKind::Convert(Box::new(value)), Type::Ptr(elem.clone()), span);
                wrap(ExprKind::Convert, decayed)
            }
            // Into a `def`, Cython passes a C array as a Python list (bytes
            // for `char` arrays), which a typed view refuses at run time.
            (Type::CArray(..), Type::Memview(_)) if python_boundary => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "C arrays passed to a `def` function's view parameter (Cython passes a Python list, which \
                           the view refuses at run time: `TypeError: a bytes-like object is required, not 'list'`)",
                    instead:
                        "pass a view of the array (`cdef double[:] v = arr`), or make the function `cdef` or `cpdef`",
                });
                return Expr::error(span);
            }
            (Type::CArray(..), Type::Memview(m)) => {
                let base = Type::Memview(carray_view_type(&from));
                if base.memview().map(|b| *b.elem != *m.elem || b.ndim() != m.ndim()).unwrap_or(true) {
                    self.cannot_assign(&from, to, span, None);
                    return Expr::error(span);
                }
                let view = Expr::new(ExprKind::ViewFromArray(Box::new(value)), base, span);
                self.coerce_at(view, to, span, python_boundary)
            }
            (Type::Memview(a), Type::Memview(b)) => {
                // Into a `def` function the view goes through the buffer
                // protocol, whose format check matches by kind and size:
                // a `long long` view is a `long` one where both are 64 bits.
                if a.elem != b.elem && !(python_boundary && super::fused::same_kind_and_size(&a.elem, &b.elem)) {
                    self.error(SemanticError::DifferentBaseTypes {
                        span,
                        from: a.elem.display(),
                        to: b.elem.display(),
                    });
                    return Expr::error(span);
                }
                if a.ndim() != b.ndim() {
                    self.error(SemanticError::DifferentDimensions { span, from: from.display(), to: to.display() });
                    return Expr::error(span);
                }
                if a.is_const && !b.is_const {
                    self.cannot_assign(
                        &from,
                        to,
                        span,
                        Some("a read-only view stays read-only; declare the target `const`".into()),
                    );
                    return Expr::error(span);
                }
                let conformable = a.axes.iter().zip(&b.axes).all(|(x, y)| axis_conforms(*x, *y));
                if !conformable && !python_boundary {
                    self.error(SemanticError::NotConformable { span, from: from.display(), to: to.display() });
                    return Expr::error(span);
                }
                if a.axes == b.axes && a.is_const == b.is_const && !python_boundary {
                    return value;
                }
                let checked = !conformable || python_boundary;
                Expr::new(ExprKind::ViewConvert { operand: Box::new(value), checked }, to.clone(), span)
            }
            _ => {
                let help = match (&from, to) {
                    (Type::Ptr(_), Type::Ptr(_)) => Some(format!("cast it: `<{}>p`", to.display())),
                    (Type::Memview(_), t) if t.is_numeric() => Some("index the view to get an element: `v[i]`".into()),
                    _ => None,
                };
                self.cannot_assign(&from, to, span, help);
                Expr::error(span)
            }
        }
    }

    fn cannot_assign(&mut self, from: &Type, to: &Type, span: Span, help: Option<String>) {
        self.error(SemanticError::CannotAssign { span, from: from.display(), to: to.display(), help });
    }
}

/// Whether a function (or pointer) of type `src` may be stored in a pointer
/// of type `dst`: Cython's `pointer_assignable_from_resolved_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Assignable {
    Yes,
    /// Only the exception specifications differ.
    ExceptionsOnly,
    No,
}

fn pointer_assignable(src: &FuncSig, dst: &FuncSig) -> Assignable {
    let same = src.ret == dst.ret && src.params == dst.params && !(dst.nogil && !src.nogil);
    if !same {
        return Assignable::No;
    }
    if exception_compatible(&src.except, &dst.except) {
        Assignable::Yes
    } else {
        Assignable::ExceptionsOnly
    }
}

/// Cython's `_is_exception_compatible_with`: a narrower check is fine, a
/// missing one is not.
fn exception_compatible(src: &ExceptSpec, dst: &ExceptSpec) -> bool {
    if !dst.check || dst.value.is_some() {
        if dst.check && !(src.check || src.value.is_some()) {
            return true;
        }
        if src.value != dst.value {
            return false;
        }
        if src.check && src.check != dst.check {
            return false;
        }
    }
    true
}

/// Whether Cython can hand a value of this type to Python (a `def` or
/// `cpdef` argument or result, a `print` argument): not pointers or C arrays,
/// nor C tuples holding them.
pub fn python_convertible(ty: &Type) -> bool {
    match ty {
        Type::Ptr(_) | Type::CArray(..) | Type::FuncPtr(_) => false,
        Type::CTuple(members) => members.iter().all(python_convertible),
        _ => true,
    }
}

/// Whether `print` can show a value as Cython does through a Python object:
/// numbers, C tuples of them (a tuple) and C arrays of them (a list).
pub fn printable_as_python(ty: &Type) -> bool {
    match ty {
        // Cython makes `bytes` of a char array (up to its first NUL).
        Type::CArray(elem, _) if matches!(**elem, Type::Int(k) if k.bits() == 8) => false,
        Type::CArray(elem, _) => printable_as_python(elem),
        Type::CTuple(members) => members.iter().all(printable_as_python),
        // A struct prints as Cython's dict (its fields are checked where it is printed).
        Type::Struct(_) | Type::Enum(_) => true,
        other => other.is_numeric(),
    }
}

/// Cython's `get_axes_specs` for a type with a `::1` axis at `contiguous`:
/// the direct axes after the last indirect one (C order) or after the `::1`
/// one (Fortran order) follow it, `view.strided` ones too.
/// `[:, :, ::1]` → follow, follow, contiguous; `[::1, :]` → contiguous, follow.
fn follow_contiguous(axes: &mut [Axis], contiguous: usize) {
    let n = axes.len();
    let c_order = contiguous == n - 1;
    let start = if c_order {
        axes.iter()
            .rposition(|a| matches!(a, Axis::Indirect | Axis::IndirectContiguous | Axis::Generic))
            .map_or(0, |i| i + 1)
    } else {
        contiguous + 1
    };
    let stop = if c_order { n - 1 } else { n };
    for a in axes.iter_mut().take(stop).skip(start) {
        if *a == Axis::Strided {
            *a = Axis::Follow;
        }
    }
}

/// Whether a view with axis `from` may be used where `to` is declared:
/// Cython's `conforms_to`, on (access, packing) pairs — the access is the
/// same or `to`'s is `full` (generic); the packing is the same or `to`'s
/// is strided.
fn axis_conforms(from: Axis, to: Axis) -> bool {
    let pair = |a: Axis| match a {
        Axis::Strided => ("direct", "strided"),
        Axis::Follow => ("direct", "follow"),
        Axis::Contiguous => ("direct", "contig"),
        Axis::Generic => ("full", "strided"),
        Axis::Indirect => ("ptr", "strided"),
        Axis::IndirectContiguous => ("ptr", "contig"),
    };
    let ((from_access, from_packing), (to_access, to_packing)) = (pair(from), pair(to));
    (from_access == to_access || to_access == "full") && (from_packing == to_packing || to_packing == "strided")
}

/// The view a C array coerces to: C-contiguous, one axis per array level.
pub fn carray_view_type(ty: &Type) -> MemviewType {
    let mut ndim = 0;
    let mut t = ty;
    while let Type::CArray(inner, _) = t {
        ndim += 1;
        t = inner;
    }
    MemviewType::c_contiguous(t.clone(), ndim, false)
}

/// Cython's rules for which axis specs combine, or the reason they do not.
pub fn axis_rule_violation(axes: &[Axis]) -> Option<&'static str> {
    let n = axes.len();
    let contiguous: Vec<usize> = (0..n).filter(|&i| axes[i] == Axis::Contiguous).collect();
    if contiguous.len() > 1 {
        return Some("only one axis may be contiguous (`::1`)");
    }
    if let Some(&i) = contiguous.first() {
        if i != 0 && i != n - 1 {
            return Some("only the first or the last axis may be contiguous");
        }
        if i == 0 && n > 1 && axes[1..].iter().any(|a| *a != Axis::Strided) {
            return Some("a Fortran-contiguous view (`::1` first) must be strided (`:`) in every other axis");
        }
        if i == n - 1 && n > 1 && axes[..n - 1].iter().any(|a| matches!(a, Axis::Generic)) {
            return Some("a contiguous last axis cannot follow a generic axis");
        }
    }
    if n > 0 && axes[n - 1] == Axis::IndirectContiguous {
        return Some("the last axis cannot be `view.indirect_contiguous`");
    }
    None
}

impl Expr {
    /// Whether the expression names storage that can be assigned or have its address taken.
    pub fn is_lvalue(&self) -> bool {
        match &self.kind {
            ExprKind::Var(_) | ExprKind::PtrIndex { .. } | ExprKind::ViewIndex { .. } => true,
            ExprKind::Field { base, .. } => base.is_lvalue(),
            ExprKind::TupleItem { base, .. } => base.is_lvalue(),
            _ => false,
        }
    }
}

/// The value C gives `-0xHEX` for a negative folded constant `v` (Cython's
/// spelling of one whose hex digits have a letter): the hex constant has the
/// first of `int`, `unsigned int`, `long`, `unsigned long` that holds it, and
/// the minus negates in that type (`-0x95e8aa7c` is 1779914116).
pub fn folded_hex_value(v: i128) -> i128 {
    let m = -v;
    if m <= i128::from(i32::MAX) || (m > i128::from(u32::MAX) && m <= i128::from(i64::MAX)) {
        v
    } else if m <= i128::from(u32::MAX) {
        (1i128 << 32) - m
    } else if m <= i128::from(u64::MAX) {
        (1i128 << 64) - m
    } else {
        v
    }
}
