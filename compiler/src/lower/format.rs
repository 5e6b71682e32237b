//! Lowering strings: a formatted string is built into a `Str` local by
//! runtime calls (one per piece, in order, after every argument was
//! evaluated once); `print`, `raise` and assignments read it by reference.
//! Every `Str` local is freed at each exit of its function. Inside a loop a
//! temporary is also freed as soon as it has been read, and when building
//! it fails: an exit written before it in the loop (which does not free it)
//! may then be taken in a later iteration.
//!
//! `print(f"x={x:.2f}")` →
//! `StrClear(t0); StrPush(t0, "x=", 2); StrFormatDouble(t0, x, ".2f"); Print [str t0]; StrFree(t0)`.
//!
//! Also here: `int(x)` of a double and membership tests, which need
//! statements around their value.

use super::{cmp, not, Lowerer};
use crate::lir::{self, CmpOp, LType, LocalId, Place, RuntimeArg, RuntimeFn, Stmt, Value};
use crate::tir::{self, ExprKind, FormatHow, FormatPiece, Type};

/// An argument of a format, evaluated.
enum Evaluated {
    Value(Value, Type),
    /// A string in a place; a temporary is freed once the format is built.
    Str(Place, Option<LocalId>),
    /// A `def` function's result whose Python type depends on the `return`
    /// taken: the value in the common type, the kind the call stored, and
    /// the type of each kind (the value is cast back to it).
    ByKind(Value, Type, Value, Vec<Type>),
}

/// The C type a `def` result of this conversion had before it was made the
/// common type.
fn conv_type(c: &lir::PyConv) -> Type {
    match c {
        lir::PyConv::Int { kind, .. } => Type::Int(*kind),
        lir::PyConv::Index => Type::Int(tir::IntKind::SsizeT),
        lir::PyConv::Int128 => Type::PyInt,
        lir::PyConv::Float(bits) => Type::Float { bits: *bits },
        lir::PyConv::Bint => Type::Bint,
        _ => Type::PyInt,
    }
}

impl Lowerer<'_> {
    /// The kinds of result of a call of a `def` whose `return`s give Python
    /// objects of different types (`e` the call, or a conversion of it).
    pub(super) fn by_return_kind<'e>(&self, e: &'e tir::Expr) -> Option<(&'e tir::Expr, lir::PyRetKinds)> {
        match &e.kind {
            ExprKind::Call { func, .. } => self.py_ret_kinds.get(func).map(|k| (e, k.clone())),
            ExprKind::Convert(inner) => self.by_return_kind(inner),
            _ => None,
        }
    }

    /// Evaluates a call of a `def` with kinds of results, keeping the kind.
    fn evaluate_by_kind(&mut self, call: &tir::Expr, kinds: &lir::PyRetKinds) -> Evaluated {
        let v = self.value(call);
        let v = self.snapshot(v, super::ltype(&call.ty));
        let k = Value::Read(Box::new(Place::Global(kinds.global)));
        let k = self.snapshot(k, LType::Int(tir::IntKind::Int));
        Evaluated::ByKind(v, call.ty.clone(), k, kinds.convs.iter().map(conv_type).collect())
    }

    /// The text Python gives the result of a call of a `def` whose
    /// `return`s give objects of different types (`print(f(x))` prints
    /// `True` where `f` returned its `bint`, `1` where it returned the int
    /// 1 beside a float): a string temporary, to free once read.
    pub(super) fn str_by_kind(&mut self, call: &tir::Expr, kinds: &lir::PyRetKinds) -> LocalId {
        let arg = self.evaluate_by_kind(call, kinds);
        let t = self.str_temp();
        let dest = Place::Local(t);
        self.str_call(RuntimeFn::StrClear, vec![RuntimeArg::Ref(dest.clone())], false);
        // Formatting a number without a spec cannot fail.
        self.append(&dest, &arg, FormatHow::Format, "");
        t
    }

    fn in_block_flag(&mut self, out: &mut Vec<Stmt>, f: impl FnOnce(&mut Self) -> bool) -> bool {
        let mut flag = false;
        *out = self.in_block(|this| flag = f(this));
        flag
    }

    /// A string temporary (freed at every exit, and by its reader).
    fn str_temp(&mut self) -> LocalId {
        let t = self.temp(LType::Str);
        self.st().owned_strs.push(t);
        t
    }

    fn str_call(&mut self, func: RuntimeFn, args: Vec<RuntimeArg>, checked: bool) {
        self.emit(Stmt::Runtime { dest: None, func, args, checked });
    }

    /// Frees a string local.
    pub(super) fn free_str(&mut self, t: Option<LocalId>) {
        if let Some(t) = t {
            self.str_call(RuntimeFn::StrFree, vec![RuntimeArg::Ref(Place::Local(t))], false);
        }
    }

    /// A string temporary has been read: inside a loop its memory goes back
    /// now; elsewhere the function's exits, all written after it, free it.
    pub(super) fn done_with_str(&mut self, t: Option<LocalId>) {
        if !self.st().loops.is_empty() {
            self.free_str(t);
        }
    }

    /// Where the string `e` is: a variable's place, or a temporary built
    /// here (returned too, for the caller to free).
    pub(super) fn str_place(&mut self, e: &tir::Expr) -> (Place, Option<LocalId>) {
        if let ExprKind::Var(v) = &e.kind {
            return (self.var_place(*v), None);
        }
        let t = self.str_temp();
        self.build_str(Place::Local(t), e);
        (Place::Local(t), Some(t))
    }

    /// Builds the string `e` into `dest`, which is emptied first.
    fn build_str(&mut self, dest: Place, e: &tir::Expr) {
        match &e.kind {
            ExprKind::Format { args, pieces } => self.build_format(dest, args, pieces),
            ExprKind::StrLit(s) => {
                self.str_call(RuntimeFn::StrClear, vec![RuntimeArg::Ref(dest.clone())], false);
                self.push_text(&dest, s);
            }
            ExprKind::Var(v) => {
                let src = self.var_place(*v);
                if src != dest {
                    self.str_call(RuntimeFn::StrClear, vec![RuntimeArg::Ref(dest.clone())], false);
                    self.str_call(RuntimeFn::StrPushStr, vec![RuntimeArg::Ref(dest), RuntimeArg::Ref(src)], false);
                }
            }
            ExprKind::Conditional { cond, then, orelse } => {
                let c = self.value(cond);
                let then = self.in_block(|this| this.build_str(dest.clone(), then));
                let orelse = self.in_block(|this| this.build_str(dest.clone(), orelse));
                self.emit(Stmt::If { cond: c, then, orelse });
            }
            _ => self.str_call(RuntimeFn::StrClear, vec![RuntimeArg::Ref(dest)], false),
        }
    }

    fn push_text(&mut self, dest: &Place, text: &str) {
        if text.is_empty() {
            return;
        }
        let len = Value::Int(text.len() as i128, tir::IntKind::SizeT);
        self.str_call(
            RuntimeFn::StrPush,
            vec![RuntimeArg::Ref(dest.clone()), RuntimeArg::Str(text.to_string()), RuntimeArg::Value(len)],
            false,
        );
    }

    fn build_format(&mut self, dest: Place, args: &[tir::Expr], pieces: &[FormatPiece]) {
        // Each argument once, in order; with several, each is kept as it was
        // when evaluated (a later argument may change what an earlier reads).
        let several = args.len() > 1;
        let mut evaluated = Vec::with_capacity(args.len());
        for a in args {
            if let Some((call, kinds)) = self.by_return_kind(a) {
                let e = self.evaluate_by_kind(call, &kinds);
                evaluated.push(e);
            } else if a.ty == Type::Str {
                let (place, temp) = self.str_place(a);
                evaluated.push(Evaluated::Str(place, temp));
            } else {
                let v = self.value(a);
                let v = if several { self.snapshot(v, super::ltype(&a.ty)) } else { v };
                evaluated.push(Evaluated::Value(v, a.ty.clone()));
            }
        }
        self.str_call(RuntimeFn::StrClear, vec![RuntimeArg::Ref(dest.clone())], false);
        let mut can_fail = false;
        let body = self.in_block(|this| {
            for piece in pieces {
                match piece {
                    FormatPiece::Text(t) => this.push_text(&dest, t),
                    FormatPiece::Value { arg, how, spec } => {
                        can_fail |= this.append(&dest, &evaluated[*arg], *how, spec);
                    }
                }
            }
        });
        if can_fail && !self.st().loops.is_empty() {
            // A failed piece leaves the string half built: free it on the way out.
            let handler = vec![
                Stmt::Runtime {
                    dest: None,
                    func: RuntimeFn::StrFree,
                    args: vec![RuntimeArg::Ref(dest)],
                    checked: false,
                },
                Stmt::Fail,
            ];
            self.emit(Stmt::Guard { body, handler, frame: None });
        } else {
            for s in body {
                self.emit(s);
            }
        }
        for e in evaluated {
            if let Evaluated::Str(_, temp) = e {
                self.done_with_str(temp);
            }
        }
    }

    /// Appends one formatted value; true when the call can fail.
    fn append(&mut self, dest: &Place, arg: &Evaluated, how: FormatHow, spec: &str) -> bool {
        let out = || RuntimeArg::Ref(dest.clone());
        let spec_arg = || RuntimeArg::Str(spec.to_string());
        match (arg, how) {
            (Evaluated::Str(src, _), FormatHow::Format | FormatHow::Str) => {
                if spec.is_empty() {
                    self.str_call(RuntimeFn::StrPushStr, vec![out(), RuntimeArg::Ref(src.clone())], false);
                } else {
                    self.str_call(
                        RuntimeFn::StrFormatStr,
                        vec![out(), RuntimeArg::Ref(src.clone()), spec_arg()],
                        false,
                    );
                }
                false
            }
            (Evaluated::Str(src, _), FormatHow::Repr { ascii }) => {
                let flag = RuntimeArg::Value(Value::Int(i128::from(ascii), tir::IntKind::Int));
                if spec.is_empty() {
                    self.str_call(RuntimeFn::StrPushRepr, vec![out(), RuntimeArg::Ref(src.clone()), flag], false);
                } else {
                    let t = self.str_temp();
                    let tmp = RuntimeArg::Ref(Place::Local(t));
                    self.str_call(RuntimeFn::StrPushRepr, vec![tmp.clone(), RuntimeArg::Ref(src.clone()), flag], false);
                    self.str_call(RuntimeFn::StrFormatStr, vec![out(), tmp, spec_arg()], false);
                    self.done_with_str(Some(t));
                }
                false
            }
            (Evaluated::Str(src, _), FormatHow::Percent) => {
                self.str_call(RuntimeFn::StrPercentStr, vec![out(), RuntimeArg::Ref(src.clone()), spec_arg()], false);
                false
            }
            (Evaluated::Str(..), FormatHow::AsInt) => false,
            (Evaluated::ByKind(v, common, k, types), _) => {
                // One branch per kind, the last one taken for any other.
                let mut can_fail = false;
                let mut orelse: Vec<Stmt> = Vec::new();
                for (i, ty) in types.iter().enumerate().rev() {
                    let cast = self.convert(v.clone(), common, ty);
                    let mut branch = Vec::new();
                    can_fail |= self.in_block_flag(&mut branch, |this| {
                        this.append(dest, &Evaluated::Value(cast, ty.clone()), how, spec)
                    });
                    if orelse.is_empty() && i + 1 == types.len() {
                        orelse = branch;
                    } else {
                        let test = cmp(CmpOp::Eq, k.clone(), Value::Int(i as i128, tir::IntKind::Int));
                        orelse = vec![Stmt::If { cond: test, then: branch, orelse }];
                    }
                }
                for s in orelse {
                    self.emit(s);
                }
                can_fail
            }
            (Evaluated::Value(v, ty), FormatHow::Str) if !spec.is_empty() => {
                // `format(str(x), spec)`: the number's text, then laid out as a string.
                let t = self.str_temp();
                let can_fail = self.append(&Place::Local(t), arg, FormatHow::Format, "");
                self.str_call(
                    RuntimeFn::StrFormatStr,
                    vec![out(), RuntimeArg::Ref(Place::Local(t)), spec_arg()],
                    false,
                );
                self.done_with_str(Some(t));
                let _ = (v, ty);
                can_fail
            }
            (Evaluated::Value(v, ty), _) => {
                let percent = how == FormatHow::Percent;
                let conversion = spec.chars().last();
                let (func, value, can_fail) = match ty {
                    Type::Float { .. } => {
                        let x = self.convert(v.clone(), ty, &Type::DOUBLE);
                        match how {
                            FormatHow::AsInt => (RuntimeFn::StrFormatDoubleAsInt, x, true),
                            _ if percent => {
                                (RuntimeFn::StrPercentDouble, x, matches!(conversion, Some('d' | 'i' | 'u')))
                            }
                            _ => (RuntimeFn::StrFormatDouble, x, false),
                        }
                    }
                    Type::Bint => {
                        let func = if percent { RuntimeFn::StrPercentBint } else { RuntimeFn::StrFormatBint };
                        (func, v.clone(), false)
                    }
                    _ => {
                        let n = self.convert(v.clone(), ty, &Type::PyInt);
                        let func = if percent { RuntimeFn::StrPercentInt } else { RuntimeFn::StrFormatInt };
                        (func, n, conversion == Some('c'))
                    }
                };
                self.str_call(func, vec![out(), RuntimeArg::Value(value), spec_arg()], can_fail);
                can_fail
            }
        }
    }

    /// `s = <string>` for a string variable: built aside, then copied, so
    /// that the variable keeps its value if building fails.
    pub(super) fn assign_str(&mut self, target: &Place, value: &tir::Expr) {
        match &value.kind {
            ExprKind::StrLit(_) | ExprKind::Var(_) => self.build_str(target.clone(), value),
            _ => {
                let (src, temp) = self.str_place(value);
                self.str_call(RuntimeFn::StrClear, vec![RuntimeArg::Ref(target.clone())], false);
                self.str_call(
                    RuntimeFn::StrPushStr,
                    vec![RuntimeArg::Ref(target.clone()), RuntimeArg::Ref(src)],
                    false,
                );
                self.done_with_str(temp);
            }
        }
    }

    /// `int(x)` of a double: a Python int, or the error Python raises.
    pub(super) fn float_to_int(&mut self, inner: &tir::Expr) -> Value {
        let v = self.value(inner);
        let x = self.convert(v, &inner.ty, &Type::DOUBLE);
        let dest = self.temp(LType::Int128);
        self.emit(Stmt::Runtime {
            dest: Some(Place::Local(dest)),
            func: RuntimeFn::DoubleToInt,
            args: vec![RuntimeArg::Value(x)],
            checked: true,
        });
        Value::Read(Box::new(Place::Local(dest)))
    }

    /// `x in (a, b, …)` as Cython's `FlattenInListTransform` computes it:
    /// the items that are not simple values first, in order, then the
    /// needle, then `x == a or x == b …` until one is equal.
    pub(super) fn membership(&mut self, needle: &tir::Expr, items: &[(Type, tir::Expr)], negated: bool) -> Value {
        let mut values = Vec::with_capacity(items.len());
        for (ty, item) in items {
            values.push((!is_simple(item)).then(|| {
                let v = self.value(item);
                self.snapshot(v, super::ltype(ty))
            }));
        }
        let v = self.value(needle);
        let v = self.snapshot(v, super::ltype(&needle.ty));
        let found = self.temp(LType::Bool);
        self.emit(Stmt::Assign { place: Place::Local(found), value: Value::Bool(false) });
        let read = || Value::Read(Box::new(Place::Local(found)));
        for ((ty, item), value) in items.iter().zip(values) {
            let test = self.in_block(|this| {
                let lhs = this.convert(v.clone(), &needle.ty, ty);
                let rhs = match value {
                    Some(value) => value,
                    None => this.value(item),
                };
                this.emit(Stmt::Assign { place: Place::Local(found), value: cmp(CmpOp::Eq, lhs, rhs) });
            });
            self.emit(Stmt::If { cond: not(read()), then: test, orelse: Vec::new() });
        }
        if negated {
            not(read())
        } else {
            read()
        }
    }

    /// The text of an exception or `assert` message, and a temporary to
    /// free once the exception holds a copy of it.
    pub(super) fn message_of(&mut self, e: &tir::Expr) -> (lir::Message, Option<LocalId>) {
        match (&e.kind, &e.ty) {
            (ExprKind::StrLit(s), _) => (lir::Message::Text(s.clone()), None),
            (_, Type::Str) => {
                let (place, temp) = self.str_place(e);
                (lir::Message::Str(place), temp)
            }
            _ => {
                let v = self.value(e);
                (lir::Message::Value(v), None)
            }
        }
    }
}

/// A value Cython evaluates where it stands (a name or a constant,
/// converted): evaluating it has no effect.
fn is_simple(e: &tir::Expr) -> bool {
    match &e.kind {
        ExprKind::IntLit(_)
        | ExprKind::FloatLit(_)
        | ExprKind::BoolLit(_)
        | ExprKind::MathConst(_)
        | ExprKind::Var(_)
        | ExprKind::Null => true,
        ExprKind::Convert(inner) | ExprKind::Cast(inner) => is_simple(inner),
        ExprKind::Unary { op: tir::UnaryOp::Neg, operand } => is_simple(operand),
        _ => false,
    }
}
