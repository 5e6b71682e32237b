//! Rust expressions for lir values and places: each printed value carries its
//! Rust type and precedence, so that C's implicit conversions become explicit
//! `as` casts only where the types differ, and parentheses appear only where
//! Rust needs them.
//!
//! `Binary { Add, Int, Read(i), Int(1) }` → `i.wrapping_add(1)`;
//! `Read(Element { v, [Strided(t3)] })` on `double` →
//! `unsafe { *v.data.offset(t3 * v.strides[0]).cast::<f64>() }`

use std::borrow::Cow;

use super::{Helper, Writer};
use crate::lir::*;
use crate::tir::math::MathType;
use crate::tir::{ExceptionKind, IntKind};

/// Operator precedence of a printed expression, loosest first.
pub(super) mod prec {
    pub const IF: u8 = 5;
    pub const OR: u8 = 10;
    pub const AND: u8 = 20;
    pub const CMP: u8 = 30;
    pub const BITOR: u8 = 40;
    pub const BITXOR: u8 = 45;
    pub const BITAND: u8 = 50;
    pub const ADD: u8 = 60;
    pub const MUL: u8 = 70;
    pub const CAST: u8 = 80;
    pub const UNARY: u8 = 90;
    pub const ATOM: u8 = 100;
}

/// The Rust type of a printed expression.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Ty {
    /// A lir type (`bint` is an `i32`).
    L(LType),
    /// A Rust `bool`: comparisons, `and`/`or`, tests.
    Bool,
    /// `std::ptr::null_mut()`, which takes any pointer type.
    Null,
}

/// A printed expression.
#[derive(Debug, Clone)]
pub(super) struct Expr {
    pub text: String,
    pub ty: Ty,
    pub prec: u8,
    /// An unsuffixed numeric literal: its type comes from the context.
    pub literal: bool,
    /// Built only of unsuffixed literals (`1.0 % 0.5`, `if c { 3 } else { 5 }`):
    /// Rust infers its type from the context, so a method call or a cast
    /// needs it pinned first (`std::convert::identity::<f64>(…)`).
    pub untyped: bool,
}

impl Expr {
    pub fn new(text: impl Into<String>, ty: Ty, prec: u8) -> Expr {
        Expr { text: text.into(), ty, prec, literal: false, untyped: false }
    }

    fn lit(text: String, ty: LType) -> Expr {
        let prec = if text.starts_with('-') { prec::UNARY } else { prec::ATOM };
        Expr { text, ty: Ty::L(ty), prec, literal: true, untyped: true }
    }

    /// The text, parenthesized unless it binds at least as tightly as `min`.
    pub fn at(&self, min: u8) -> String {
        if self.prec < min {
            cat!("(", self.text, ")")
        } else {
            self.text.clone()
        }
    }

    /// The text as a method receiver: literals get their type suffix.
    pub fn receiver(&self) -> String {
        if self.literal {
            let suffixed = format!("{}_{}", self.text, rust_type_of(&self.ty));
            if self.prec < prec::ATOM {
                return format!("({suffixed})");
            }
            return suffixed;
        }
        if self.untyped {
            // Pins the literals' type (a cast would not: they would default to i32/f64).
            return format!("std::convert::identity::<{}>({})", rust_type_of(&self.ty), self.text);
        }
        self.at(prec::ATOM)
    }

    /// The text where the type cannot be inferred from the other side.
    pub(super) fn typed(&self) -> String {
        if self.literal {
            format!("{}_{}", self.text, rust_type_of(&self.ty))
        } else {
            self.text.clone()
        }
    }
}

/// The Rust spelling of a type.
pub(super) fn rust_type(t: &LType) -> Cow<'static, str> {
    match t {
        LType::Int(k) => int_type(*k).into(),
        LType::Float(32) => "f32".into(),
        LType::Float(_) => "f64".into(),
        LType::Bint => "i32".into(),
        LType::Bool => "bool".into(),
        LType::Int128 => "i128".into(),
        LType::Ptr(inner) => match **inner {
            LType::Void => "*mut std::ffi::c_void".into(),
            ref other => format!("*mut {}", rust_type(other)).into(),
        },
        LType::Array(inner, n) => format!("[{}; {n}]", rust_type(inner)).into(),
        LType::Slice => "rt::Slice".into(),
        LType::ErrorRef => "Option<rt::Error>".into(),
        LType::Str => "String".into(),
        LType::Struct(name) => name.clone().into(),
        LType::Void => "()".into(),
        LType::Tuple(fields) => {
            let fields: Vec<Cow<'static, str>> = fields.iter().map(rust_type).collect();
            if fields.len() == 1 {
                format!("({},)", fields[0]).into()
            } else {
                format!("({})", fields.join(", ")).into()
            }
        }
        // The module's functions whose address is taken have C's calling
        // convention (as a `qsort` comparator does); NULL is `None`.
        LType::FnPtr(f) => {
            let params: Vec<Cow<'static, str>> = f.params.iter().map(rust_type).collect();
            let ret = if f.ret == LType::Void { String::new() } else { format!(" -> {}", rust_type(&f.ret)) };
            format!("Option<extern \"C\" fn({}){ret}>", params.join(", ")).into()
        }
    }
}

/// The printed type of a value of lir type `t`.
pub(super) fn ty_of(t: &LType) -> Ty {
    match t {
        LType::Bool => Ty::Bool,
        other => Ty::L(other.clone()),
    }
}

fn rust_type_of(t: &Ty) -> Cow<'static, str> {
    match t {
        Ty::L(l) => rust_type(l),
        Ty::Bool => "bool".into(),
        Ty::Null => "*mut std::ffi::c_void".into(),
    }
}

/// The Rust integer type of a C integer kind (LP64, `char` signed).
pub(super) fn int_type(k: IntKind) -> &'static str {
    use IntKind::*;
    match k {
        Char | SChar | Int8 => "i8",
        UChar | UInt8 => "u8",
        Short | Int16 => "i16",
        UShort | UInt16 => "u16",
        Int | Int32 => "i32",
        UInt | UInt32 => "u32",
        Long | LongLong | Int64 => "i64",
        ULong | ULongLong | UInt64 => "u64",
        SsizeT => "isize",
        SizeT => "usize",
        Npy(n) => int_type(n.base()),
    }
}

/// A zero value of `t`, as the C output initialises its locals.
pub(super) fn zero_value(t: &LType) -> String {
    match t {
        LType::Float(_) => "0.0".into(),
        LType::Ptr(_) => "std::ptr::null_mut()".into(),
        LType::Array(inner, n) => format!("[{}; {n}]", zero_value(inner)),
        LType::Slice => "rt::Slice::none()".into(),
        LType::ErrorRef | LType::FnPtr(_) => "None".into(),
        LType::Str => "String::new()".into(),
        LType::Void => "()".into(),
        LType::Bool => "false".into(),
        // Every field a number, a raw pointer or an array of them: all-zero is a value.
        LType::Struct(name) => format!("unsafe {{ std::mem::zeroed::<{name}>() }}"),
        LType::Tuple(fields) => {
            let fields: Vec<String> = fields.iter().map(zero_value).collect();
            if fields.len() == 1 {
                format!("({},)", fields[0])
            } else {
                format!("({})", fields.join(", "))
            }
        }
        _ => "0".into(),
    }
}

/// The runtime's name for an exception class (the catch-all classes are `Exception`, as in C).
pub(super) fn exception_kind(k: ExceptionKind) -> &'static str {
    match k {
        ExceptionKind::Exception
        | ExceptionKind::ArithmeticError
        | ExceptionKind::LookupError
        | ExceptionKind::RuntimeError => "rt::ErrorKind::Exception",
        ExceptionKind::IndexError => "rt::ErrorKind::IndexError",
        ExceptionKind::ValueError => "rt::ErrorKind::ValueError",
        ExceptionKind::TypeError => "rt::ErrorKind::TypeError",
        ExceptionKind::ZeroDivisionError => "rt::ErrorKind::ZeroDivisionError",
        ExceptionKind::OverflowError => "rt::ErrorKind::OverflowError",
        ExceptionKind::MemoryError => "rt::ErrorKind::MemoryError",
        ExceptionKind::BufferError => "rt::ErrorKind::BufferError",
        ExceptionKind::AssertionError => "rt::ErrorKind::AssertionError",
        ExceptionKind::UnboundLocalError => "rt::ErrorKind::UnboundLocalError",
        ExceptionKind::AttributeError => "rt::ErrorKind::AttributeError",
    }
}

fn is_float(t: &Ty) -> bool {
    matches!(t, Ty::L(LType::Float(_)))
}

/// Rust's text of a float literal (`1.0`, `1e-05`), or of a special value.
fn float_text(x: f64, bits: u32) -> (String, bool) {
    let t = if bits == 32 { "f32" } else { "f64" };
    if x.is_nan() {
        (format!("{t}::NAN"), false)
    } else if x.is_infinite() {
        (format!("{t}::{}", if x > 0.0 { "INFINITY" } else { "NEG_INFINITY" }), false)
    } else {
        let s = format!("{x:?}");
        let s = if s.contains(['.', 'e']) { s } else { format!("{s}.0") };
        (s, true)
    }
}

impl Writer<'_> {
    /// An integer literal of kind `k`.
    fn int_lit(&self, v: i128, ty: LType) -> Expr {
        Expr::lit(v.to_string(), ty)
    }

    fn float_lit(&self, x: f64, bits: u32) -> Expr {
        let (text, literal) = float_text(x, bits);
        if literal {
            Expr::lit(text, LType::Float(bits))
        } else {
            Expr::new(text, Ty::L(LType::Float(bits)), prec::ATOM)
        }
    }

    /// A lir `Cast` of `e` to `to`, spelled in Rust (lowering chose it).
    pub(super) fn cast(&self, e: Expr, to: &LType) -> Expr {
        let target = rust_type(to);
        if rust_type_of(&e.ty) == target && e.ty != Ty::Null {
            return Expr { ty: ty_of(to), ..e };
        }
        match (&e.ty, to) {
            // `null_mut()` takes its type from where it goes.
            (Ty::Null, LType::Ptr(_)) => e,
            (Ty::Bool, LType::Float(_) | LType::Int(_) | LType::Bint | LType::Int128) => {
                Expr::new(format!("{target}::from({})", e.text), ty_of(to), prec::ATOM)
            }
            (Ty::L(LType::Ptr(_)), LType::Ptr(inner)) => {
                let pointee = if **inner == LType::Void { "std::ffi::c_void".into() } else { rust_type(inner) };
                Expr::new(format!("{}.cast::<{pointee}>()", e.receiver()), ty_of(to), prec::ATOM)
            }
            (Ty::L(LType::Array(..)), LType::Ptr(inner)) => {
                // An array decays to a pointer to its first element.
                let pointee = if **inner == LType::Void { "std::ffi::c_void".into() } else { rust_type(inner) };
                Expr::new(format!("(&raw mut {}).cast::<{pointee}>()", e.text), ty_of(to), prec::ATOM)
            }
            (Ty::L(LType::Slice | LType::ErrorRef | LType::Void | LType::Array(..)), _) | (_, LType::Void) => e,
            _ if e.literal => Expr::new(cat!("(", e.typed(), ") as ", target), ty_of(to), prec::CAST),
            // Literals only (`if c { 9223372036854775807 } else { 964 }`): typed first.
            _ if e.untyped => Expr::new(cat!(e.receiver(), " as ", target), ty_of(to), prec::CAST),
            _ => Expr::new(cat!(e.at(prec::CAST), " as ", target), ty_of(to), prec::CAST),
        }
    }

    /// The Rust type a value has when printed.
    pub(super) fn value(&mut self, f: &Function, v: &Value) -> Expr {
        match v {
            Value::Int(i, k) => self.int_lit(*i, LType::Int(*k)),
            // The C glue that includes the header returns the value, or the address.
            Value::Extern(id) | Value::ExternAddress(id) => {
                let e = &self.m.externs[id.0 as usize];
                let (ty, glue) = match (v, &e.address_glue) {
                    (Value::ExternAddress(_), Some(address)) => (LType::Ptr(Box::new(e.ty.clone())), address),
                    _ => (e.ty.clone(), &e.glue),
                };
                self.note(format!("`{glue}` reads a C name of a `cdef extern` block"));
                let text = self.in_unsafe(|_| cat!(glue, "()"));
                Expr::new(text, Ty::L(ty), prec::ATOM)
            }
            Value::Int128(i) => self.int_lit(*i, LType::Int128),
            Value::Float(x, bits) => self.float_lit(*x, *bits),
            Value::Bool(b) => Expr::new(b.to_string(), Ty::Bool, prec::ATOM),
            Value::Null(t @ LType::FnPtr(_)) => Expr::new("None", Ty::L(t.clone()), prec::ATOM),
            Value::Null(_) => Expr::new("std::ptr::null_mut()", Ty::Null, prec::ATOM),
            Value::CString(bytes) => {
                let mut text = String::from("b\"");
                for &b in bytes.iter().chain(std::iter::once(&0u8)) {
                    match b {
                        b'"' | b'\\' => {
                            text.push('\\');
                            text.push(b as char);
                        }
                        0x20..=0x7e => text.push(b as char),
                        _ => text.push_str(&format!("\\x{b:02x}")),
                    }
                }
                text.push_str("\".as_ptr() as *mut i8");
                Expr::new(text, Ty::L(LType::Ptr(Box::new(LType::Int(IntKind::Char)))), prec::CAST)
            }
            Value::FuncAddr { func, ty } => {
                let text = cat!(
                    "Some(",
                    self.functions[func.0 as usize],
                    " as ",
                    rust_type(ty).trim_start_matches("Option<").trim_end_matches('>'),
                    ")"
                );
                Expr::new(text, Ty::L(ty.clone()), prec::ATOM)
            }
            Value::Zero(ty) => {
                self.note("all-zero bytes are a value of a struct of numbers, raw pointers and arrays".into());
                let text = self.in_unsafe(|_| format!("std::mem::zeroed::<{}>()", rust_type(ty)));
                Expr::new(text, Ty::L(ty.clone()), prec::ATOM)
            }
            Value::Const { value, ty, .. } => match ty {
                LType::Float(bits) => self.float_lit(*value, *bits),
                _ => self.int_lit(*value as i128, ty.clone()),
            },
            Value::Read(p) => self.read(f, p),
            Value::Unary { op, ty, operand } => {
                let o = self.value(f, operand);
                match op {
                    UnaryOp::Not => self.not(f, operand, o),
                    UnaryOp::Neg if matches!(ty, LType::Float(_)) => {
                        if o.literal && !o.text.starts_with('-') {
                            return Expr { text: format!("-{}", o.text), prec: prec::UNARY, ..o };
                        }
                        let inner = o.at(prec::UNARY);
                        // `- -d`, not `--d` (which Rust lints as a C decrement).
                        let inner = if inner.starts_with('-') { format!("({inner})") } else { inner };
                        let mut out = Expr::new(format!("-{inner}"), Ty::L(ty.clone()), prec::UNARY);
                        out.untyped = o.untyped;
                        out
                    }
                    UnaryOp::Neg => {
                        Expr::new(format!("{}.wrapping_neg()", o.receiver()), Ty::L(ty.clone()), prec::ATOM)
                    }
                    // A literal operand keeps its type's suffix: `(!7_i64).wrapping_mul(…)`.
                    UnaryOp::Invert => {
                        let inner = if o.literal { o.typed() } else { o.at(prec::UNARY) };
                        let mut out = Expr::new(format!("!{inner}"), Ty::L(ty.clone()), prec::UNARY);
                        // `!(if c { 65536 } else { 5 })` is still made only of literals.
                        out.untyped = !o.literal && o.untyped;
                        out
                    }
                }
            }
            Value::Binary { op, ty, left, right } => self.binary(f, *op, ty, left, right),
            Value::Compare { op, left, right } => {
                let l = self.value(f, left);
                let r = self.value(f, right);
                self.compare(*op, l, r)
            }
            Value::And(a, b) => {
                let a = self.value(f, a);
                let b = self.value(f, b);
                Expr::new(format!("{} && {}", a.at(prec::AND), b.at(prec::AND + 1)), Ty::Bool, prec::AND)
            }
            Value::Or(a, b) => {
                let a = self.value(f, a);
                let b = self.value(f, b);
                Expr::new(format!("{} || {}", a.at(prec::OR), b.at(prec::OR + 1)), Ty::Bool, prec::OR)
            }
            Value::Cond { cond, then, orelse, ty } => {
                let c = self.value(f, cond);
                let t = self.value(f, then);
                let e = self.value(f, orelse);
                // `else if` for a chain of conditions.
                let tail = if e.prec == prec::IF && e.text.starts_with("if ") {
                    e.text.clone()
                } else {
                    format!("{{ {} }}", e.text)
                };
                let mut out =
                    Expr::new(format!("if {} {{ {} }} else {tail}", c.text, t.text), Ty::L(ty.clone()), prec::IF);
                out.untyped = t.untyped && e.untyped;
                out
            }
            Value::Cast { ty, value, .. } => {
                if let (LType::Ptr(inner), Value::Read(p)) = (ty, &**value) {
                    if let Some(decayed) = self.decay(f, p, inner) {
                        return decayed;
                    }
                }
                let e = self.value(f, value);
                self.cast(e, ty)
            }
            Value::AddressOf(p) => self.address_of(f, p),
            Value::Math { name, args, ty } => self.math(f, name, args, ty),
            Value::Sizeof(t) => Expr::new(
                format!("std::mem::size_of::<{}>()", rust_type(t)),
                Ty::L(LType::Int(IntKind::SizeT)),
                prec::ATOM,
            ),
            Value::IsNone(s) => {
                let s = self.value(f, s);
                Expr::new(format!("{}.is_none()", s.receiver()), Ty::Bool, prec::ATOM)
            }
            Value::SliceWith { base, field, axis, value } => {
                let b = self.value(f, base);
                let v = self.value(f, value);
                let text = format!(
                    "{{ let mut __slice = {}; __slice.{}[{axis}] = {}; __slice }}",
                    b.text,
                    field_name(*field),
                    v.text
                );
                Expr::new(text, Ty::L(LType::Slice), prec::ATOM)
            }
            Value::SliceWithData { base, data } => {
                let b = self.value(f, base);
                let d = self.value(f, data);
                let text = format!("{{ let mut __slice = {}; __slice.data = {}; __slice }}", b.text, d.text);
                Expr::new(text, Ty::L(LType::Slice), prec::ATOM)
            }
            Value::NoneSlice => Expr::new("rt::Slice::none()", Ty::L(LType::Slice), prec::ATOM),
            Value::Tuple { items, ty } => {
                let LType::Tuple(fields) = ty else { unreachable!("a tuple value has a tuple type") };
                let items: Vec<String> = items
                    .iter()
                    .zip(fields)
                    .map(|(item, field)| {
                        let e = self.value(f, item);
                        self.cast(e, field).text
                    })
                    .collect();
                let text =
                    if items.len() == 1 { format!("({},)", items[0]) } else { format!("({})", items.join(", ")) };
                Expr::new(text, Ty::L(ty.clone()), prec::ATOM)
            }
            Value::ErrOccurred => Expr::new("rt::error_occurred()", Ty::Bool, prec::ATOM),
            Value::ThreadId => Expr::new("rt::parallel::thread_num()", Ty::L(LType::Int(IntKind::Int)), prec::ATOM),
            Value::ErrorMatches { error, kind } => Expr::new(
                format!("rt::error_matches(&{}, {})", self.local(*error), exception_kind(*kind)),
                Ty::Bool,
                prec::ATOM,
            ),
        }
    }

    /// `!v`, simplified for an integer comparison (`!(a < b)` → `a >= b`).
    fn not(&mut self, f: &Function, operand: &Value, printed: Expr) -> Expr {
        match operand {
            Value::Compare { op, left, right } => {
                let l = self.value(f, left);
                let r = self.value(f, right);
                if !is_float(&l.ty) && !is_float(&r.ty) {
                    let inverse = match op {
                        CmpOp::Lt => CmpOp::Ge,
                        CmpOp::Ge => CmpOp::Lt,
                        CmpOp::Gt => CmpOp::Le,
                        CmpOp::Le => CmpOp::Gt,
                        CmpOp::Eq => CmpOp::NotEq,
                        CmpOp::NotEq => CmpOp::Eq,
                    };
                    return self.compare(inverse, l, r);
                }
            }
            Value::Unary { op: UnaryOp::Not, operand: inner, .. } => return self.value(f, inner),
            Value::Bool(b) => return Expr::new((!b).to_string(), Ty::Bool, prec::ATOM),
            _ => {}
        }
        let b = printed;
        if b.text == "true" || b.text == "false" {
            return Expr::new(if b.text == "true" { "false" } else { "true" }, Ty::Bool, prec::ATOM);
        }
        Expr::new(format!("!{}", b.at(prec::UNARY)), Ty::Bool, prec::UNARY)
    }

    /// A comparison in the type C compares the operands in.
    pub(super) fn compare(&mut self, op: CmpOp, l: Expr, r: Expr) -> Expr {
        // Comparing with NULL: `is_null()`.
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && (l.ty == Ty::Null || r.ty == Ty::Null) {
            let p = if l.ty == Ty::Null { &r } else { &l };
            if p.ty == Ty::Null {
                return Expr::new((op == CmpOp::Eq).to_string(), Ty::Bool, prec::ATOM);
            }
            let test = format!("{}.is_null()", p.receiver());
            return if op == CmpOp::Eq {
                Expr::new(test, Ty::Bool, prec::ATOM)
            } else {
                Expr::new(format!("!{test}"), Ty::Bool, prec::UNARY)
            };
        }
        // An unsigned value against 0: `x == 0` rather than `0 >= x`, as clippy asks.
        let unsigned = |e: &Expr| matches!(&e.ty, Ty::L(LType::Int(k)) if !k.signed());
        let zero = |e: &Expr| e.literal && e.text == "0";
        let (op, l, r) = if zero(&l) && unsigned(&r) && !r.literal {
            let flipped = match op {
                CmpOp::Lt => CmpOp::Gt,
                CmpOp::Gt => CmpOp::Lt,
                CmpOp::Le => CmpOp::Ge,
                CmpOp::Ge => CmpOp::Le,
                other => other,
            };
            (flipped, r, l)
        } else {
            (op, l, r)
        };
        if zero(&r) && unsigned(&l) && !l.literal {
            match op {
                CmpOp::Le => return self.compare(CmpOp::Eq, l, r),
                CmpOp::Gt => return self.compare(CmpOp::NotEq, l, r),
                CmpOp::Ge => return Expr::new("true", Ty::Bool, prec::ATOM),
                CmpOp::Lt => return Expr::new("false", Ty::Bool, prec::ATOM),
                _ => {}
            }
        }
        let symbol = match op {
            CmpOp::Lt => "<",
            CmpOp::Gt => ">",
            CmpOp::Le => "<=",
            CmpOp::Ge => ">=",
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
        };
        // `a as T < b` would read as generics: a cast on the left is parenthesized.
        // Two sides of literals only (`1000 == (if c { 4294967296 } else { 0 })`)
        // would default to i32: the left one is pinned to its type.
        let left = match (l.untyped && r.untyped, l.literal) {
            (true, true) => l.typed(),
            (true, false) => l.receiver(),
            _ => l.at(prec::CAST + 1),
        };
        let right = r.at(prec::CMP + 1);
        Expr::new(cat!(left, " ", symbol, " ", right), Ty::Bool, prec::CMP)
    }

    fn binary(&mut self, f: &Function, op: BinOp, ty: &LType, left: &Value, right: &Value) -> Expr {
        let l = self.value(f, left);
        let r = self.value(f, right);
        let out = |text: String, p: u8| Expr::new(text, ty_of(ty), p);
        // Pointer arithmetic: `p + i`, `p - i` (i a `Py_ssize_t`), `p - q`.
        if let LType::Ptr(_) = ty {
            return match op {
                BinOp::Sub => {
                    out(format!("{}.wrapping_offset({}.wrapping_neg())", l.receiver(), r.receiver()), prec::ATOM)
                }
                _ => out(format!("{}.wrapping_offset({})", l.receiver(), r.text), prec::ATOM),
            };
        }
        if let Ty::L(LType::Ptr(inner)) = &l.ty {
            let size = match &**inner {
                LType::Void => "1".to_string(),
                other => format!("std::mem::size_of::<{}>() as isize", rust_type(other)),
            };
            let text =
                format!("({} as isize).wrapping_sub({} as isize) / ({size})", l.at(prec::CAST), r.at(prec::CAST));
            return out(text, prec::MUL);
        }
        let float = matches!(ty, LType::Float(_));
        let infix = |symbol: &str, p: u8| {
            let suffixed = l.untyped && r.untyped;
            let left = match (suffixed, l.literal) {
                (true, true) => l.typed(),
                (true, false) => l.receiver(),
                _ => l.at(p),
            };
            out(cat!(left, " ", symbol, " ", r.at(p + 1)), p)
        };
        let method = |name: &str| out(cat!(l.receiver(), ".", name, "(", r.text, ")"), prec::ATOM);
        match op {
            BinOp::Add if float => infix("+", prec::ADD),
            BinOp::Sub if float => infix("-", prec::ADD),
            BinOp::Mul if float => infix("*", prec::MUL),
            BinOp::Div if float => infix("/", prec::MUL),
            BinOp::Rem if float => infix("%", prec::MUL),
            BinOp::Add => method("wrapping_add"),
            BinOp::Sub => method("wrapping_sub"),
            BinOp::Mul => method("wrapping_mul"),
            BinOp::Div => method("wrapping_div"),
            BinOp::Rem => method("wrapping_rem"),
            BinOp::Shl => method("wrapping_shl"),
            BinOp::Shr => method("wrapping_shr"),
            BinOp::BitAnd => infix("&", prec::BITAND),
            BinOp::BitOr => infix("|", prec::BITOR),
            BinOp::BitXor => infix("^", prec::BITXOR),
            BinOp::FloorDiv | BinOp::Mod | BinOp::IntPow | BinOp::FloatFloorDiv | BinOp::FloatMod => {
                let helper = match op {
                    BinOp::FloorDiv | BinOp::FloatFloorDiv => Helper::FloorDiv(ty.clone()),
                    BinOp::Mod | BinOp::FloatMod => Helper::Mod(ty.clone()),
                    _ => Helper::IntPow(ty.clone()),
                };
                let name = self.helper(helper);
                out(format!("{name}({}, {})", l.text, r.text), prec::ATOM)
            }
        }
    }

    /// A `<math.h>` function: arguments converted to the C prototype's
    /// parameter types; Rust's own method where it is the C library's
    /// function, else the C library's through the runtime.
    fn math(&mut self, f: &Function, name: &str, args: &[Value], ty: &LType) -> Expr {
        let sig = crate::tir::math::signature(name).expect("the checker knows every math function");
        let a: Vec<Expr> = args.iter().map(|v| self.value(f, v)).collect();
        let ret = sig.ret();
        let float_ty = ty.clone();
        let float = |text: String| Expr::new(text, Ty::L(float_ty.clone()), prec::ATOM);
        let flag = |text: String| Expr::new(text, Ty::Bool, prec::ATOM);
        // The Rust method for the double function, or for `NAMEf` on floats.
        let base = match (ret, name.strip_suffix('f')) {
            (MathType::Float, Some(base)) => base,
            _ => name,
        };
        let method = match base {
            "sqrt" | "cbrt" | "exp" | "exp2" | "log2" | "log10" | "sin" | "cos" | "tan" | "asin" | "acos" | "atan"
            | "sinh" | "cosh" | "tanh" | "floor" | "ceil" | "round" | "trunc" | "atan2" | "hypot" | "copysign" => {
                Some(base)
            }
            "fabs" => Some("abs"),
            "expm1" => Some("exp_m1"),
            "log" => Some("ln"),
            "log1p" => Some("ln_1p"),
            "rint" | "nearbyint" => Some("round_ties_even"),
            "pow" => Some("powf"),
            "fmin" => Some("min"),
            "fmax" => Some("max"),
            _ => None,
        };
        if a.len() != sig.arity() {
            // The checker reported the call; print something that type-checks.
            return float(format!("{}::NAN", rust_type(&float_ty)));
        }
        match (name, method) {
            (_, Some(m)) if ret != MathType::Int && a.len() == 1 => float(format!("{}.{m}()", a[0].receiver())),
            (_, Some(m)) if a.len() == 2 => float(format!("{}.{m}({})", a[0].receiver(), a[1].text)),
            ("fma" | "fmaf", _) => float(format!("{}.mul_add({}, {})", a[0].receiver(), a[1].text, a[2].text)),
            // `%` binds as `*` does: a method call after it takes parentheses (`receiver`).
            ("fmod" | "fmodf", _) => {
                let mut out =
                    Expr::new(format!("{} % {}", a[0].at(prec::MUL), a[1].at(prec::MUL + 1)), ty_of(ty), prec::MUL);
                out.untyped = a[0].untyped && a[1].untyped;
                out
            }
            ("isnan", _) => flag(format!("{}.is_nan()", a[0].receiver())),
            ("isfinite", _) => flag(format!("{}.is_finite()", a[0].receiver())),
            ("isnormal", _) => flag(format!("{}.is_normal()", a[0].receiver())),
            ("signbit", _) => flag(format!("{}.is_sign_negative()", a[0].receiver())),
            // isinf, asinh, erf, lround, ldexp, nextafter, …: the C library's.
            _ => {
                let texts: Vec<&str> = a.iter().map(|e| e.text.as_str()).collect();
                Expr::new(format!("rt::{name}({})", texts.join(", ")), ty_of(ty), prec::ATOM)
            }
        }
    }
}

/// The field name in the slice struct.
pub(super) fn field_name(f: SliceField) -> &'static str {
    match f {
        SliceField::Shape => "shape",
        SliceField::Strides => "strides",
        SliceField::Suboffsets => "suboffsets",
    }
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn float_literals_are_rust_literals() {
        assert_eq!(float_text(1.0, 64), ("1.0".to_string(), true));
        assert_eq!(float_text(1e-5, 64), ("1e-5".to_string(), true));
        assert_eq!(float_text(f64::NEG_INFINITY, 32), ("f32::NEG_INFINITY".to_string(), false));
    }
}
