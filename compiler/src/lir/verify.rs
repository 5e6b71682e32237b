//! Checks that a lowered module keeps the lir's promises, so that a printer
//! can spell it without deciding anything: every operand has the type its
//! operation works in, every condition is a truth value, every assignment,
//! argument and return value has the type of where it goes, and every
//! conversion is an explicit `Cast`.
//!
//! `Binary { Add, ty: long, left: int i, right: long n }` → an error:
//! "operand of a `long` Add has type int".

use super::*;

/// Every broken promise in the module, one line each (empty when it keeps them).
pub fn module(m: &Module) -> Vec<String> {
    let mut errors = Vec::new();
    for f in m.functions.iter().chain(std::iter::once(&m.init)) {
        let mut v = Verifier {
            m,
            f,
            scope: Scope { locals: &f.locals, globals: &m.globals, externs: &m.externs },
            errors: &mut errors,
        };
        v.stmts(&f.body);
    }
    errors
}

struct Verifier<'a> {
    m: &'a Module,
    f: &'a Function,
    scope: Scope<'a>,
    errors: &'a mut Vec<String>,
}

impl Verifier<'_> {
    fn fail(&mut self, what: String) {
        self.errors.push(format!("{}: {what}", self.f.name));
    }

    /// `v` must have type `ty`.
    fn expect(&mut self, v: &Value, ty: &LType, context: &str) {
        self.value(v);
        let actual = self.scope.value(v);
        let fits = actual.same_as(ty)
            || matches!((v, ty), (Value::Null(_), LType::Ptr(_)))
            || (matches!(actual, LType::Array(..)) && matches!(ty, LType::Ptr(_)) && false);
        if !fits {
            self.fail(format!("{context}: expected {ty:?}, found {actual:?} in {v:?}"));
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Line(_) | Stmt::Note(_) | Stmt::Break | Stmt::Continue | Stmt::Fail => {}
            Stmt::Assign { place, value } => {
                self.place(place);
                let ty = self.scope.place(place);
                if !matches!(ty, LType::Array(..)) {
                    self.expect(value, &ty, "assigned value");
                }
            }
            Stmt::CallPtr { dest, callee, args } => {
                let LType::FnPtr(sig) = self.scope.value(callee) else {
                    self.fail(format!("call through {callee:?}, not a function pointer"));
                    return;
                };
                self.value(callee);
                for (a, ty) in args.iter().zip(&sig.params) {
                    self.expect(a, ty, "argument");
                }
                if let Some(d) = dest {
                    self.place(d);
                    let ty = self.scope.place(d);
                    if !ty.same_as(&sig.ret) {
                        self.fail(format!("call result {:?} stored in {ty:?}", sig.ret));
                    }
                }
            }
            Stmt::Call { dest, func, args } => {
                let callee = &self.m.functions[func.0 as usize];
                for (a, p) in args.iter().zip(&callee.params) {
                    let ty = callee.locals[p.0 as usize].ty.clone();
                    self.expect(a, &ty, "argument");
                }
                if let Some(d) = dest {
                    self.place(d);
                    let ty = self.scope.place(d);
                    if !ty.same_as(&callee.ret) {
                        self.fail(format!("call result {:?} stored in {ty:?}", callee.ret));
                    }
                }
            }
            Stmt::Runtime { dest, func, args, .. } => {
                let sig = func.signature();
                for (a, p) in args.iter().zip(&sig.params) {
                    match (a, p) {
                        (RuntimeArg::Value(v), RuntimeParam::Value(ty)) => self.expect(v, ty, sig.c_name),
                        (RuntimeArg::Ref(p), RuntimeParam::Ref | RuntimeParam::RefMut) => self.place(p),
                        (RuntimeArg::Str(_), RuntimeParam::Str) => {}
                        (RuntimeArg::IntArray(values, kind), RuntimeParam::Ints) => {
                            for v in values {
                                self.expect(v, &LType::Int(*kind), "array item");
                            }
                        }
                        (RuntimeArg::Callback(_), RuntimeParam::Callback) => {}
                        (RuntimeArg::Function(_), RuntimeParam::Comparator) => {}
                        (a, p) => self.fail(format!("{}: argument {a:?} for parameter {p:?}", sig.c_name)),
                    }
                }
                if args.len() != sig.params.len() {
                    self.fail(format!("{}: {} arguments for {} parameters", sig.c_name, args.len(), sig.params.len()));
                }
                if let Some(d) = dest {
                    self.place(d);
                    let ty = self.scope.place(d);
                    let result = match &sig.result {
                        ResultVia::Return => sig.ret.clone(),
                        ResultVia::OutPointer(ty) => ty.clone(),
                    };
                    if !ty.same_as(&result) {
                        self.fail(format!("{}: result {result:?} stored in {ty:?}", sig.c_name));
                    }
                }
            }
            Stmt::Check { fail_if, message, .. } => {
                self.expect(fail_if, &LType::Bool, "check condition");
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
            Stmt::FailIf(c) => self.expect(c, &LType::Bool, "fail condition"),
            Stmt::If { cond, then, orelse } => {
                self.expect(cond, &LType::Bool, "if condition");
                self.stmts(then);
                self.stmts(orelse);
            }
            Stmt::Loop(body) | Stmt::Block(body) => self.stmts(body),
            Stmt::Parallel(p) => {
                for v in p.chunksize.iter().chain(&p.num_threads) {
                    self.expect(v, &LType::Int(IntKind::Int), "parallel option");
                }
                self.stmts(&p.body);
            }
            Stmt::ParallelBlock(p) => {
                if let Some(v) = &p.num_threads {
                    self.expect(v, &LType::Int(IntKind::Int), "parallel option");
                }
                self.stmts(&p.body);
            }
            Stmt::For { counter, start, stop, step, body, .. } => {
                let ty = self.f.locals[counter.0 as usize].ty.clone();
                self.expect(start, &ty, "range start");
                self.expect(stop, &ty, "range stop");
                self.expect(step, &ty, "range step");
                self.stmts(body);
            }
            Stmt::Return(v) => {
                if let Some(v) = v {
                    let ret = self.f.ret.clone();
                    self.expect(v, &ret, "returned value");
                }
            }
            Stmt::Guard { body, handler, .. } => {
                self.stmts(body);
                self.stmts(handler);
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
                        PrintItem::Double(v) => self.expect(v, &LType::Float(64), "printed double"),
                        PrintItem::Signed(v) => self.expect(v, &LType::Int(IntKind::LongLong), "printed integer"),
                        PrintItem::Unsigned(v) => {
                            self.expect(v, &LType::Int(IntKind::ULongLong), "printed unsigned integer")
                        }
                        PrintItem::Int128(v) => self.expect(v, &LType::Int128, "printed Python int"),
                        PrintItem::Bint(v) => self.expect(v, &LType::Bint, "printed bint"),
                        PrintItem::Dims(p, _) => self.place(p),
                        PrintItem::Error(v) => self.expect(v, &LType::ErrorRef, "printed exception"),
                        PrintItem::Str(p) => self.place(p),
                    }
                }
            }
        }
    }

    fn message(&mut self, m: &Message) {
        match m {
            Message::Value(v) => self.expect(v, &LType::Int(IntKind::LongLong), "message value"),
            Message::Str(p) => self.place(p),
            Message::Text(_) => {}
        }
    }

    fn place(&mut self, p: &Place) {
        match p {
            Place::Local(_) | Place::Global(_) => {}
            Place::Deref { ptr, index, .. } => {
                self.value(ptr);
                self.expect(index, &LType::Int(IntKind::SsizeT), "pointer index");
            }
            Place::Element(e) => {
                self.value(&e.slice);
                for t in &e.terms {
                    self.expect(&t.index, &LType::Int(IntKind::SsizeT), "element index");
                }
            }
            Place::SliceField { slice, .. } | Place::SliceData(slice) | Place::Field { base: slice, .. } => {
                self.place(slice)
            }
            Place::TupleField { base, index, elem } => {
                self.place(base);
                match self.scope.place(base) {
                    LType::Tuple(fields) if fields.get(*index) == Some(elem) => {}
                    other => self.fail(format!("field {index} of {other:?} read as {elem:?}")),
                }
            }
        }
    }

    fn value(&mut self, v: &Value) {
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
                UnaryOp::Not => self.expect(operand, &LType::Bool, "`not` operand"),
                _ => self.expect(operand, ty, "unary operand"),
            },
            Value::Binary { op, ty, left, right } => {
                let (lt, rt) = (self.scope.value(left), self.scope.value(right));
                match (op, ty) {
                    (BinOp::Shl | BinOp::Shr, _) => {
                        self.expect(left, ty, "shifted value");
                        self.expect(right, &LType::Int(IntKind::UInt), "shift amount");
                    }
                    (BinOp::Add | BinOp::Sub, LType::Ptr(_)) => {
                        self.expect(left, ty, "pointer operand");
                        self.expect(right, &LType::Int(IntKind::SsizeT), "pointer offset");
                    }
                    (BinOp::Sub, _) if lt.is_ptr() && rt.is_ptr() => {
                        self.value(left);
                        self.value(right);
                        if !lt.same_as(&rt) || *ty != LType::Int(IntKind::SsizeT) {
                            self.fail(format!("pointer difference of {lt:?} and {rt:?} as {ty:?}"));
                        }
                    }
                    (BinOp::FloorDiv | BinOp::Mod, LType::Int(k)) if !k.signed() => {
                        self.fail(format!("Python {op:?} on unsigned {k:?}: lowering makes it C's"));
                    }
                    _ => {
                        self.expect(left, ty, "left operand");
                        self.expect(right, ty, "right operand");
                    }
                }
            }
            Value::Compare { left, right, .. } => {
                self.value(left);
                self.value(right);
                let (lt, rt) = (self.scope.value(left), self.scope.value(right));
                let null = matches!(**left, Value::Null(_)) || matches!(**right, Value::Null(_));
                if !lt.same_as(&rt) && !null {
                    self.fail(format!("comparison of {lt:?} with {rt:?}: {v:?}"));
                }
            }
            Value::And(a, b) | Value::Or(a, b) => {
                self.expect(a, &LType::Bool, "`and`/`or` operand");
                self.expect(b, &LType::Bool, "`and`/`or` operand");
            }
            Value::Cond { cond, then, orelse, ty } => {
                self.expect(cond, &LType::Bool, "conditional's condition");
                self.expect(then, ty, "conditional's value");
                self.expect(orelse, ty, "conditional's value");
            }
            Value::Cast { value, .. } => self.value(value),
            Value::Math { name, args, .. } => {
                let sig = crate::tir::math::signature(name).expect("a known function");
                for (a, p) in args.iter().zip(sig.params()) {
                    self.expect(a, &math_type(p), name);
                }
            }
            Value::IsNone(s) => self.expect(s, &LType::Slice, "None test"),
            Value::SliceWith { base, value, .. } => {
                self.expect(base, &LType::Slice, "sliced view");
                self.expect(value, &LType::Int(IntKind::SsizeT), "slice field");
            }
            Value::SliceWithData { base, data } => {
                self.expect(base, &LType::Slice, "sliced view");
                self.expect(data, &typing::slice_data_type(), "slice data");
            }
            Value::Tuple { items, ty } => match ty {
                LType::Tuple(fields) if fields.len() == items.len() => {
                    for (item, field) in items.iter().zip(fields) {
                        self.expect(item, field, "tuple field");
                    }
                }
                other => self.fail(format!("tuple of {} items as {other:?}", items.len())),
            },
        }
    }
}

/// The lir type of a `<math.h>` parameter or result.
pub fn math_type(t: crate::tir::math::MathType) -> LType {
    use crate::tir::math::MathType;
    match t {
        MathType::Double => LType::Float(64),
        MathType::Float => LType::Float(32),
        MathType::Int | MathType::Bint => LType::Int(IntKind::Int),
        MathType::Long => LType::Int(IntKind::Long),
        MathType::LongLong => LType::Int(IntKind::LongLong),
    }
}
