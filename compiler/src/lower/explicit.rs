//! The last step of lowering: every conversion that C would make implicitly
//! becomes an explicit [`Value::Cast`] (marked `implicit`, so C output need
//! not spell it), every condition becomes a truth value, and conversions of
//! literals are folded into literals of the target type. After it the module
//! keeps every promise [`crate::lir::verify`] checks, and a printer maps each
//! lir type to a spelling and decides nothing.
//!
//! `Compare { Lt, u: unsigned int, Int(5, int) }` → `Compare { Lt, u, Int(5, unsigned int) }`;
//! `If { cond: n: long }` → `If { cond: Compare { NotEq, n, Int(0, long) } }`;
//! `Binary { FloorDiv, ty: unsigned long, … }` → `Binary { Div, … }` (C's `/`
//! is Python's `//` on unsigned values).

use crate::lir::verify::math_type;
use crate::lir::*;
use crate::tir::{IntKind, Type};
use crate::typeck::types::arithmetic_type;

/// Makes every conversion in the module explicit.
pub(super) fn make_explicit(m: &mut Module) {
    let functions: Vec<(Vec<LType>, LType)> = m
        .functions
        .iter()
        .map(|f| (f.params.iter().map(|p| f.locals[p.0 as usize].ty.clone()).collect(), f.ret.clone()))
        .collect();
    let globals = m.globals.clone();
    let externs = m.externs.clone();
    for f in m.functions.iter_mut().chain(std::iter::once(&mut m.init)) {
        let mut body = std::mem::take(&mut f.body);
        let mut pass =
            Explicit { locals: &f.locals, globals: &globals, externs: &externs, functions: &functions, ret: &f.ret };
        pass.stmts(&mut body);
        drop_unfailing_guards(&mut body);
        f.body = body;
    }
}

/// A guard whose body cannot fail needs no handler: it becomes a block (C
/// output then has no error label that nothing jumps to).
fn drop_unfailing_guards(stmts: &mut [Stmt]) {
    for s in stmts.iter_mut() {
        match s {
            Stmt::If { then, orelse, .. } => {
                drop_unfailing_guards(then);
                drop_unfailing_guards(orelse);
            }
            Stmt::Loop(body) | Stmt::Block(body) | Stmt::For { body, .. } => drop_unfailing_guards(body),
            Stmt::Parallel(p) => drop_unfailing_guards(&mut p.body),
            Stmt::ParallelBlock(p) => drop_unfailing_guards(&mut p.body),
            Stmt::Guard { body, handler, .. } => {
                drop_unfailing_guards(body);
                drop_unfailing_guards(handler);
                if !fails(body) {
                    *s = Stmt::Block(std::mem::take(body));
                }
            }
            _ => {}
        }
    }
}

/// Whether a statement of `stmts` (reachable or not) leaves for the guard around them.
fn fails(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match s {
        Stmt::Fail | Stmt::FailIf(_) | Stmt::Check { .. } | Stmt::Runtime { checked: true, .. } => true,
        Stmt::If { then, orelse, .. } => fails(then) || fails(orelse),
        Stmt::Block(b) | Stmt::Loop(b) | Stmt::For { body: b, .. } => fails(b),
        // A nested guard's body fails to its own handler, which may fail on.
        Stmt::Guard { handler, .. } => fails(handler),
        _ => false,
    })
}

struct Explicit<'a> {
    locals: &'a [Local],
    globals: &'a [Local],
    externs: &'a [ExternValue],
    /// Each function's parameter types and return type.
    functions: &'a [(Vec<LType>, LType)],
    ret: &'a LType,
}

impl Explicit<'_> {
    fn scope(&self) -> Scope<'_> {
        Scope { locals: self.locals, globals: self.globals, externs: self.externs }
    }

    fn ty(&self, v: &Value) -> LType {
        self.scope().value(v)
    }

    fn stmts(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match s {
            Stmt::Line(_) | Stmt::Note(_) | Stmt::Break | Stmt::Continue | Stmt::Fail => {}
            Stmt::Assign { place, value } => {
                self.place(place);
                let ty = self.scope().place(place);
                if matches!(ty, LType::Array(..)) {
                    self.value(value);
                } else {
                    self.coerce(value, &ty);
                }
            }
            Stmt::CallPtr { dest, callee, args } => {
                self.value(callee);
                let LType::FnPtr(sig) = self.scope().value(callee) else {
                    unreachable!("a call through a function pointer")
                };
                for (a, ty) in args.iter_mut().zip(&sig.params) {
                    self.coerce(a, ty);
                }
                if let Some(d) = dest {
                    self.place(d);
                }
            }
            Stmt::Call { dest, func, args } => {
                let params = self.functions[func.0 as usize].0.clone();
                for (a, ty) in args.iter_mut().zip(&params) {
                    self.coerce(a, ty);
                }
                if let Some(d) = dest {
                    self.place(d);
                }
            }
            Stmt::Runtime { dest, func, args, .. } => {
                let sig = func.signature();
                for (a, p) in args.iter_mut().zip(&sig.params) {
                    match (a, p) {
                        (RuntimeArg::Value(v), RuntimeParam::Value(ty)) => self.coerce(v, ty),
                        (RuntimeArg::Value(v), _) => self.value(v),
                        (RuntimeArg::Ref(p), _) => self.place(p),
                        (RuntimeArg::IntArray(values, kind), _) => {
                            for v in values {
                                self.coerce(v, &LType::Int(*kind));
                            }
                        }
                        (RuntimeArg::Str(_) | RuntimeArg::Callback(_) | RuntimeArg::Function(_), _) => {}
                    }
                }
                if let Some(d) = dest {
                    self.place(d);
                }
            }
            Stmt::Check { fail_if, message, .. } => {
                self.coerce(fail_if, &LType::Bool);
                self.message(message);
            }
            Stmt::Raise { message, .. } => {
                if let Some(m) = message {
                    self.message(m);
                }
            }
            Stmt::Reraise(_)
            | Stmt::FetchError(_)
            | Stmt::RestoreError(_)
            | Stmt::DropError(_)
            | Stmt::ClearError
            | Stmt::WriteUnraisable(_) => {}
            Stmt::FailIf(c) => self.coerce(c, &LType::Bool),
            Stmt::If { cond, then, orelse } => {
                self.coerce(cond, &LType::Bool);
                self.stmts(then);
                self.stmts(orelse);
            }
            Stmt::Loop(body) | Stmt::Block(body) => self.stmts(body),
            Stmt::For { counter, start, stop, step, body, .. } => {
                let ty = self.locals[counter.0 as usize].ty.clone();
                self.coerce(start, &ty);
                self.coerce(stop, &ty);
                self.coerce(step, &ty);
                self.stmts(body);
            }
            Stmt::Return(v) => {
                if let Some(v) = v {
                    let ret = self.ret.clone();
                    self.coerce(v, &ret);
                }
            }
            Stmt::Guard { body, handler, .. } => {
                self.stmts(body);
                self.stmts(handler);
            }
            Stmt::Parallel(p) => {
                for v in p.chunksize.iter_mut().chain(p.num_threads.iter_mut()) {
                    self.coerce(v, &LType::Int(IntKind::Int));
                }
                self.stmts(&mut p.body);
            }
            Stmt::ParallelBlock(p) => {
                if let Some(v) = p.num_threads.as_mut() {
                    self.coerce(v, &LType::Int(IntKind::Int));
                }
                self.stmts(&mut p.body);
            }
            Stmt::CopySlice { dst, src, .. } => {
                self.place(dst);
                self.place(src);
            }
            Stmt::Acquire(p) | Stmt::Release(p) => self.place(p),
            Stmt::Print(items) => {
                for item in items {
                    match item {
                        PrintItem::Text(_) => {}
                        PrintItem::Double(v) => self.coerce(v, &LType::Float(64)),
                        PrintItem::Signed(v) => self.coerce(v, &LType::Int(IntKind::LongLong)),
                        PrintItem::Unsigned(v) => self.coerce(v, &LType::Int(IntKind::ULongLong)),
                        PrintItem::Int128(v) => self.coerce(v, &LType::Int128),
                        PrintItem::Bint(v) => self.coerce(v, &LType::Bint),
                        PrintItem::Dims(p, _) | PrintItem::Str(p) => self.place(p),
                        PrintItem::Error(v) => self.value(v),
                    }
                }
            }
        }
    }

    fn message(&mut self, m: &mut Message) {
        match m {
            Message::Value(v) => self.coerce(v, &LType::Int(IntKind::LongLong)),
            Message::Str(p) => self.place(p),
            Message::Text(_) => {}
        }
    }

    fn place(&mut self, p: &mut Place) {
        match p {
            Place::Local(_) | Place::Global(_) => {}
            Place::Deref { ptr, index, .. } => {
                self.value(ptr);
                self.coerce(index, &LType::Int(IntKind::SsizeT));
            }
            Place::Element(e) => {
                self.value(&mut e.slice);
                for t in &mut e.terms {
                    self.coerce(&mut t.index, &LType::Int(IntKind::SsizeT));
                }
            }
            Place::SliceField { slice, .. } | Place::SliceData(slice) | Place::Field { base: slice, .. } => {
                self.place(slice)
            }
            Place::TupleField { base, .. } => self.place(base),
        }
    }

    /// Makes the conversions inside `v` explicit.
    fn value(&mut self, v: &mut Value) {
        match v {
            Value::Int(..)
            | Value::Int128(_)
            | Value::Float(..)
            | Value::Bool(_)
            | Value::Null(_)
            | Value::Extern(_)
            | Value::ExternAddress(_)
            | Value::Const { .. }
            | Value::Sizeof(_)
            | Value::NoneSlice
            | Value::Zero(_)
            | Value::ErrOccurred
            | Value::ThreadId
            | Value::FuncAddr { .. }
            | Value::CString(_)
            | Value::ErrorMatches { .. } => {}
            Value::Read(p) | Value::AddressOf(p) => self.place(p),
            Value::Unary { op, ty, operand } => match op {
                UnaryOp::Not => {
                    self.coerce(operand, &LType::Bool);
                    // `not (x != 0)` is `x == 0` (NaN too).
                    if let Value::Compare { op: cmp @ (CmpOp::Eq | CmpOp::NotEq), left, right } = &mut **operand {
                        let flipped = if *cmp == CmpOp::Eq { CmpOp::NotEq } else { CmpOp::Eq };
                        let (left, right) = (
                            std::mem::replace(left, Box::new(Value::Bool(false))),
                            std::mem::replace(right, Box::new(Value::Bool(false))),
                        );
                        *v = Value::Compare { op: flipped, left, right };
                    }
                }
                _ => self.coerce(operand, ty),
            },
            Value::Binary { op, ty, left, right } => {
                self.value(left);
                self.value(right);
                let (lt, rt) = (self.ty(left), self.ty(right));
                let mut difference_as = None;
                match (*op, &*ty) {
                    (BinOp::Shl | BinOp::Shr, _) => {
                        let ty = ty.clone();
                        self.convert(left, &ty);
                        self.convert(right, &LType::Int(IntKind::UInt));
                    }
                    (BinOp::Add | BinOp::Sub, LType::Ptr(_)) => {
                        let ty = ty.clone();
                        self.convert(left, &ty);
                        self.convert(right, &LType::Int(IntKind::SsizeT));
                    }
                    (BinOp::Sub, _) if lt.is_ptr() && rt.is_ptr() => {
                        // A pointer difference counts elements, as a `Py_ssize_t`.
                        self.convert(right, &lt);
                        let ssize = LType::Int(IntKind::SsizeT);
                        if !ty.same_as(&ssize) {
                            difference_as = Some(std::mem::replace(ty, ssize));
                        }
                    }
                    _ => {
                        // Python's `//` and `%` are C's on unsigned values.
                        if let LType::Int(k) = ty {
                            if !k.signed() {
                                match op {
                                    BinOp::FloorDiv => *op = BinOp::Div,
                                    BinOp::Mod => *op = BinOp::Rem,
                                    _ => {}
                                }
                            }
                        }
                        let ty = ty.clone();
                        self.convert(left, &ty);
                        self.convert(right, &ty);
                    }
                }
                if let Some(result) = difference_as {
                    let inner = std::mem::replace(v, Value::Bool(false));
                    *v = Value::Cast { ty: result, value: Box::new(inner), implicit: true };
                }
            }
            Value::Compare { left, right, .. } => {
                self.value(left);
                self.value(right);
                let (lt, rt) = (self.ty(left), self.ty(right));
                if lt.same_as(&rt) {
                    return;
                }
                let common = if lt.is_ptr() || matches!(**left, Value::Null(_)) {
                    if matches!(**left, Value::Null(_)) {
                        rt.clone()
                    } else {
                        lt.clone()
                    }
                } else if rt.is_ptr() || matches!(**right, Value::Null(_)) {
                    rt.clone()
                } else {
                    common_numeric(&lt, &rt)
                };
                self.convert(left, &common);
                self.convert(right, &common);
            }
            Value::And(a, b) | Value::Or(a, b) => {
                self.coerce(a, &LType::Bool);
                self.coerce(b, &LType::Bool);
            }
            Value::Cond { cond, then, orelse, ty } => {
                let ty = ty.clone();
                self.coerce(cond, &LType::Bool);
                self.coerce(then, &ty);
                self.coerce(orelse, &ty);
            }
            Value::Cast { ty, value, .. } => {
                self.value(value);
                if let Some(folded) = fold(value, ty) {
                    *v = folded;
                }
            }
            Value::Math { name, args, .. } => {
                let sig = crate::tir::math::signature(name).expect("the checker knows every math function");
                for (a, p) in args.iter_mut().zip(sig.params()) {
                    self.coerce(a, &math_type(p));
                }
            }
            Value::IsNone(s) => self.value(s),
            Value::SliceWith { base, value, .. } => {
                self.value(base);
                self.coerce(value, &LType::Int(IntKind::SsizeT));
            }
            Value::SliceWithData { base, data } => {
                self.value(base);
                self.coerce(data, &slice_data_type());
            }
            Value::Tuple { items, ty } => {
                let LType::Tuple(fields) = ty else { return };
                let fields = fields.clone();
                for (item, field) in items.iter_mut().zip(&fields) {
                    self.coerce(item, field);
                }
            }
        }
    }

    /// Makes `v` a value of type `to`: its own conversions explicit, then one
    /// more where C would convert it implicitly here.
    fn coerce(&mut self, v: &mut Value, to: &LType) {
        self.value(v);
        self.convert(v, to);
    }

    /// Converts `v`, whose own conversions are explicit already, to `to`
    /// (each value is made explicit once: deep trees stay linear).
    fn convert(&mut self, v: &mut Value, to: &LType) {
        let from = self.ty(v);
        if from.same_as(to) {
            return;
        }
        if let (Value::Null(_), LType::Ptr(_)) = (&*v, to) {
            *v = Value::Null(to.clone());
            return;
        }
        if *to == LType::Bool {
            let inner = std::mem::replace(v, Value::Bool(false));
            *v = truth(inner, &from);
            return;
        }
        if let Some(folded) = fold(v, to) {
            *v = folded;
            return;
        }
        // A written tuple meets another tuple type item by item (a `def`
        // returning `k, 1` on one path and `big, 2` on another).
        if let (Value::Tuple { items, ty }, LType::Tuple(fields)) = (&mut *v, to) {
            if items.len() == fields.len() {
                for (item, field) in items.iter_mut().zip(fields) {
                    self.convert(item, field);
                }
                *ty = to.clone();
                return;
            }
        }
        // Arithmetic conversions, array decay and `void *` are implicit in C;
        // other pointer conversions are spelled.
        let implicit = match (&from, to) {
            (f, t) if f.is_numeric() && t.is_numeric() => true,
            (LType::Array(..), LType::Ptr(_)) => true,
            (LType::Ptr(a), LType::Ptr(b)) => **a == LType::Void || **b == LType::Void,
            _ => false,
        };
        let inner = std::mem::replace(v, Value::Bool(false));
        *v = Value::Cast { ty: to.clone(), value: Box::new(inner), implicit };
    }
}

/// `v` as a truth value, as C tests it in a condition.
fn truth(v: Value, ty: &LType) -> Value {
    let zero = match ty {
        LType::Int(k) => Value::Int(0, *k),
        LType::Bint => Value::Int(0, IntKind::Int),
        LType::Float(bits) => Value::Float(0.0, *bits),
        LType::Int128 => Value::Int128(0),
        LType::Ptr(_) | LType::FnPtr(_) => Value::Null(ty.clone()),
        _ => return v,
    };
    match v {
        Value::Int(i, _) | Value::Int128(i) => Value::Bool(i != 0),
        Value::Float(x, _) => Value::Bool(x != 0.0),
        v => Value::Compare { op: CmpOp::NotEq, left: Box::new(v), right: Box::new(zero) },
    }
}

/// The type two compared numbers meet in: C's usual arithmetic conversions
/// (a truth value takes part as an `int`, a Python int stays exact).
fn common_numeric(a: &LType, b: &LType) -> LType {
    let as_tir = |t: &LType| match t {
        LType::Int(k) => Type::Int(*k),
        LType::Float(bits) => Type::Float { bits: *bits },
        LType::Bint | LType::Bool => Type::Bint,
        LType::Int128 => Type::PyInt,
        _ => Type::Error,
    };
    match arithmetic_type(&as_tir(a), &as_tir(b)) {
        Some(t) => super::ltype(&t),
        None => a.clone(),
    }
}

/// A literal converted at compile time, as C converts the constant; `None`
/// when `v` is no literal or the conversion is not a constant one.
fn fold(v: &Value, to: &LType) -> Option<Value> {
    let int_of = |i: i128, to: &LType| -> Option<Value> {
        match to {
            LType::Int(k) => Some(Value::Int(c_wrapped(i, *k), *k)),
            LType::Bint => Some(Value::Int(c_wrapped(i, IntKind::Int), IntKind::Int)),
            LType::Bool => Some(Value::Bool(i != 0)),
            LType::Int128 => Some(Value::Int128(i)),
            LType::Float(bits) => Some(Value::Float(round_to(i as f64, *bits), *bits)),
            _ => None,
        }
    };
    match v {
        Value::Int(i, _) | Value::Int128(i) => int_of(*i, to),
        Value::Bool(b) => int_of(i128::from(*b), to),
        Value::Float(x, _) => match to {
            LType::Float(bits) => Some(Value::Float(round_to(*x, *bits), *bits)),
            // Only in range is the conversion a constant one.
            LType::Int(k) if x.is_finite() => {
                let t = x.trunc();
                let (lo, hi) = k.range();
                (t >= lo as f64 && t <= hi as f64).then(|| Value::Int(t as i128, *k))
            }
            _ => None,
        },
        _ => None,
    }
}

/// `x` as a `float` holds it (when `bits` is 32).
fn round_to(x: f64, bits: u32) -> f64 {
    if bits == 32 {
        f64::from(x as f32)
    } else {
        x
    }
}

/// `v` wrapped into the range of `k`, as a C conversion does.
fn c_wrapped(v: i128, k: IntKind) -> i128 {
    let bits = k.bits();
    let low = v & ((1i128 << bits) - 1);
    if k.signed() && low >= 1i128 << (bits - 1) {
        low - (1i128 << bits)
    } else {
        low
    }
}
