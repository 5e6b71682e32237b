//! Lowering expressions: pure values where possible, statements (checks,
//! calls, Python-int arithmetic) before them where not.

use super::{cmp, ltype, not, zero, Lowerer};
use crate::lir::{
    self, BinOp, CmpOp, ErrorConvention, LType, LocalId, Message, Place, PrintItem, RuntimeArg, RuntimeFn, Stmt, Value,
};
use crate::tir::{self, ExceptionKind, ExprKind, IntKind, Type};

impl Lowerer<'_> {
    /// Stores `v` in a temporary unless it is already a constant or a local.
    pub(super) fn materialize(&mut self, v: Value, ty: LType) -> Value {
        match &v {
            Value::Int(..)
            | Value::Int128(_)
            | Value::Float(..)
            | Value::Bool(_)
            | Value::Null(_)
            | Value::Const { .. } => v,
            Value::Read(p) if matches!(**p, Place::Local(_)) => v,
            _ => {
                let t = self.temp(ty);
                self.emit(Stmt::Assign { place: Place::Local(t), value: v });
                Value::Read(Box::new(Place::Local(t)))
            }
        }
    }

    /// Copies `v` into a temporary unless it is a constant: the value as it is now,
    /// even if the variable it reads changes later (`range` bounds).
    pub(super) fn snapshot(&mut self, v: Value, ty: LType) -> Value {
        match &v {
            Value::Int(..)
            | Value::Int128(_)
            | Value::Float(..)
            | Value::Bool(_)
            | Value::Null(_)
            | Value::Const { .. } => v,
            _ => {
                let t = self.temp(ty);
                self.emit(Stmt::Assign { place: Place::Local(t), value: v });
                Value::Read(Box::new(Place::Local(t)))
            }
        }
    }

    /// Lowers an expression to a pure value, emitting what must happen first.
    pub(super) fn value(&mut self, e: &tir::Expr) -> Value {
        let ty = ltype(&e.ty);
        match &e.kind {
            ExprKind::IntLit(v) => match &e.ty {
                Type::PyInt => Value::Int128(*v),
                Type::Enum(_) => Value::Int(*v, IntKind::Int),
                Type::Int(k) => Value::Int(*v, *k),
                Type::Float { bits } => Value::Float(*v as f64, *bits),
                Type::Bint => Value::Bool(*v != 0),
                _ => Value::Int(*v, IntKind::Int),
            },
            ExprKind::FloatLit(v) => Value::Float(*v, if let Type::Float { bits } = e.ty { bits } else { 64 }),
            ExprKind::BoolLit(b) => Value::Bool(*b),
            ExprKind::StrLit(_) | ExprKind::Format { .. } => Value::Int(0, IntKind::Int),
            ExprKind::FloatToInt(inner) => self.float_to_int(inner),
            ExprKind::In { needle, items, negated } => self.membership(needle, items, *negated),
            ExprKind::NoneLit => Value::NoneSlice,
            ExprKind::Null => Value::Null(ty),
            ExprKind::ThreadId => Value::ThreadId,
            ExprKind::MathConst(c) => Value::Const { name: c, value: named_constant(c), ty },
            ExprKind::Var(v) => {
                if e.ty.memview().is_some() {
                    self.check_view_initialized(*v);
                }
                if let Some(&id) = self.extern_vars.get(v) {
                    if self.externs[id.0 as usize].constant {
                        return Value::Extern(id);
                    }
                    // A C call later in the expression may change the variable:
                    // read it now, as Cython reads it into a temporary.
                    return self.snapshot(Value::Extern(id), ty);
                }
                Value::Read(Box::new(self.var_place(*v)))
            }
            ExprKind::Unary { op, operand } => {
                let v = self.value(operand);
                match op {
                    tir::UnaryOp::Pos => v,
                    tir::UnaryOp::Not => not(v),
                    tir::UnaryOp::Neg if ty == LType::Int128 => self.int128_op(RuntimeFn128::Neg, Value::Int128(0), v),
                    tir::UnaryOp::Neg => Value::Unary { op: lir::UnaryOp::Neg, ty, operand: Box::new(v) },
                    tir::UnaryOp::Invert => Value::Unary { op: lir::UnaryOp::Invert, ty, operand: Box::new(v) },
                }
            }
            ExprKind::Binary { op, left, right } => {
                let l = self.value(left);
                let r = self.value(right);
                self.binary(*op, &e.ty, l, r, &right.ty, e)
            }
            ExprKind::Compare { operands, ops } if ops.len() == 1 && python_int_beside_float(operands).is_some() => {
                let int_first = python_int_beside_float(operands).expect("checked by the guard");
                let (x, y) = (self.value(&operands[0]), self.value(&operands[1]));
                let strip = |v: Value| match v {
                    Value::Cast { value, .. } => *value,
                    other => other,
                };
                let (a, b, op) = if int_first { (strip(x), y, ops[0]) } else { (strip(y), x, mirror(ops[0])) };
                self.exact_int_float_compare(a, b, op)
            }
            ExprKind::Compare { operands, ops } => {
                // Each operand is evaluated once, and only while the chain holds.
                // A middle operand is held in its own type and converted to
                // each pair's type from there (`d < c >= s` with a double d,
                // a signed char c and a size_t s compares c with s as C
                // does, not c's double with s).
                fn own(e: &tir::Expr) -> &tir::Expr {
                    match &e.kind {
                        ExprKind::Convert(inner) if inner.ty.is_numeric() && e.ty.is_numeric() => inner,
                        _ => e,
                    }
                }
                let first = self.value(&operands[0]);
                let mut previous = first;
                let mut previous_own: Option<Type> = None;
                let mut result: Option<Value> = None;
                let mut flag: Option<LocalId> = None;
                for (i, op) in ops.iter().enumerate() {
                    let (a, b) = (&operands[2 * i], &operands[2 * i + 1]);
                    let av = match &previous_own {
                        _ if i == 0 => previous.clone(),
                        Some(own_ty) if own(a).ty == *own_ty => self.convert(previous.clone(), own_ty, &a.ty),
                        _ if ltype(&a.ty) == ltype(&operands[2 * i - 1].ty) => previous.clone(),
                        _ => Value::Cast { implicit: false, ty: ltype(&a.ty), value: Box::new(previous.clone()) },
                    };
                    let last = i + 1 == ops.len();
                    let mut bv = None;
                    let mut held = None;
                    let mut link = None;
                    let stmts = self.in_block(|this| {
                        let v = if last {
                            this.value(b)
                        } else {
                            let bo = own(b);
                            let v = this.value(bo);
                            let m = this.materialize(v, ltype(&bo.ty));
                            held = Some((m.clone(), bo.ty.clone()));
                            if std::ptr::eq(bo, b) {
                                m
                            } else {
                                this.convert(m, &bo.ty, &b.ty)
                            }
                        };
                        // Computed here, so what it needs runs only while the chain holds.
                        link = Some(this.chain_link(a, b, *op, av.clone(), v.clone()));
                        bv = Some(v);
                    });
                    let bv = bv.expect("set in the block");
                    let link = link.expect("set in the block");
                    match held {
                        Some((m, t)) => {
                            previous = m;
                            previous_own = Some(t);
                        }
                        None => {
                            previous = bv.clone();
                            previous_own = None;
                        }
                    }
                    result = Some(match (result, stmts.is_empty(), flag) {
                        (None, true, _) => link,
                        (None, false, _) => {
                            for s in stmts {
                                self.emit(s);
                            }
                            link
                        }
                        (Some(prev), true, None) => Value::And(Box::new(prev), Box::new(link)),
                        (Some(prev), _, _) => {
                            let t = match flag {
                                Some(t) => t,
                                None => {
                                    let t = self.temp(LType::Bint);
                                    self.emit(Stmt::Assign { place: Place::Local(t), value: prev.clone() });
                                    flag = Some(t);
                                    t
                                }
                            };
                            let read = Value::Read(Box::new(Place::Local(t)));
                            let mut then = stmts;
                            then.push(Stmt::Assign { place: Place::Local(t), value: link });
                            if flag.is_some() && !matches!(prev, Value::Read(_)) {
                                // `prev` was folded into the flag above.
                            }
                            self.emit(Stmt::If { cond: read.clone(), then, orelse: Vec::new() });
                            read
                        }
                    });
                }
                result.unwrap_or(Value::Bool(true))
            }
            ExprKind::IsNone { operand, negated } => {
                let v = self.value(operand);
                let test = Value::IsNone(Box::new(v));
                if *negated {
                    not(test)
                } else {
                    test
                }
            }
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                let is_and = matches!(e.kind, ExprKind::And(..));
                // An operand converted to the result's type is tested in its
                // own type and converted only when picked, as Cython's
                // `BoolBinopResultNode` does (`u and m` printed: `m` is boxed
                // from a `long`, and 256 stays true on the way to a `char`).
                if let ExprKind::Convert(inner) | ExprKind::ConvertChecked(inner) = &a.kind {
                    if inner.ty.is_numeric() && a.ty != inner.ty {
                        let checked = matches!(a.kind, ExprKind::ConvertChecked(_));
                        let iv = self.value(inner);
                        let own = ltype(&inner.ty);
                        let ta = self.temp(own.clone());
                        self.emit(Stmt::Assign { place: Place::Local(ta), value: iv });
                        let read_a = Value::Read(Box::new(Place::Local(ta)));
                        let (bstmts, bv) = self.value_in_block(b);
                        let t = self.temp(ty.clone());
                        let mut av = None;
                        let mut pick_a = self.in_block(|this| {
                            av = Some(if checked {
                                this.convert_checked(read_a.clone(), &inner.ty, &a.ty)
                            } else {
                                this.convert(read_a.clone(), &inner.ty, &a.ty)
                            })
                        });
                        let av = av.expect("set in the block");
                        pick_a.push(Stmt::Assign { place: Place::Local(t), value: av });
                        let mut pick_b = bstmts;
                        pick_b.push(Stmt::Assign { place: Place::Local(t), value: bv });
                        let truth = truthy(read_a, &own);
                        let (then, orelse) = if is_and { (pick_b, pick_a) } else { (pick_a, pick_b) };
                        self.emit(Stmt::If { cond: truth, then, orelse });
                        return Value::Read(Box::new(Place::Local(t)));
                    }
                }
                let av = self.value(a);
                let (bstmts, bv) = self.value_in_block(b);
                if bstmts.is_empty() && ty == LType::Bint {
                    return if is_and {
                        Value::And(Box::new(av), Box::new(bv))
                    } else {
                        Value::Or(Box::new(av), Box::new(bv))
                    };
                }
                // Python's and/or give one of the operands.
                let t = self.temp(ty.clone());
                self.emit(Stmt::Assign { place: Place::Local(t), value: av });
                let mut then = bstmts;
                then.push(Stmt::Assign { place: Place::Local(t), value: bv });
                let read = Value::Read(Box::new(Place::Local(t)));
                let truth = truthy(read.clone(), &ty);
                let cond = if is_and { truth } else { not(truth) };
                self.emit(Stmt::If { cond, then, orelse: Vec::new() });
                read
            }
            ExprKind::Conditional { cond, then, orelse } => {
                let c = self.value(cond);
                let (ts, tv) = self.value_in_block(then);
                let (os, ov) = self.value_in_block(orelse);
                if ts.is_empty() && os.is_empty() {
                    return Value::Cond { cond: Box::new(c), then: Box::new(tv), orelse: Box::new(ov), ty };
                }
                let t = self.temp(ty.clone());
                let mut then_block = ts;
                then_block.push(Stmt::Assign { place: Place::Local(t), value: tv });
                let mut else_block = os;
                else_block.push(Stmt::Assign { place: Place::Local(t), value: ov });
                self.emit(Stmt::If { cond: c, then: then_block, orelse: else_block });
                Value::Read(Box::new(Place::Local(t)))
            }
            ExprKind::Convert(inner) => {
                let v = self.value(inner);
                self.convert(v, &inner.ty, &e.ty)
            }
            ExprKind::ConvertChecked(inner) => {
                let v = self.value(inner);
                self.convert_checked(v, &inner.ty, &e.ty)
            }
            ExprKind::Cast(inner) => {
                let v = self.value(inner);
                if e.ty == Type::Bint {
                    return truthy(v, &ltype(&inner.ty));
                }
                Value::Cast { ty, value: Box::new(v), implicit: false }
            }
            ExprKind::Call { func, args } => self.call(*func, args, &e.ty),
            ExprKind::Builtin { builtin, args } => self.builtin(*builtin, args, &e.ty),
            ExprKind::Sizeof(t) => Value::Cast {
                implicit: false,
                ty: LType::Int(IntKind::SizeT),
                value: Box::new(Value::Sizeof(ltype(t))),
            },
            ExprKind::AddressOf(inner) => {
                let place = self.place(inner);
                Value::AddressOf(Box::new(place))
            }
            ExprKind::PtrIndex { .. } | ExprKind::ViewIndex { .. } | ExprKind::Field { .. } => {
                let place = self.place(e);
                Value::Read(Box::new(place))
            }
            ExprKind::StructLit(fields) => {
                let Type::Struct(d) = &e.ty else { unreachable!("a struct literal has a struct type") };
                let t = self.temp(ty.clone());
                // Cython leaves the fields a literal does not give unset; cytrus zeroes them.
                if fields.len() < self.tir.structs[d.id as usize].fields.len() {
                    self.emit(Stmt::Assign { place: Place::Local(t), value: Value::Zero(ty) });
                }
                for (i, x) in fields {
                    let v = self.value(x);
                    let place = self.field_place(Place::Local(t), d.id, *i);
                    self.emit(Stmt::Assign { place, value: v });
                }
                Value::Read(Box::new(Place::Local(t)))
            }
            ExprKind::ViewSlice { .. }
            | ExprKind::Transpose(_)
            | ExprKind::ViewFromPtr { .. }
            | ExprKind::ViewFromArray(_)
            | ExprKind::ViewConvert { .. }
            | ExprKind::ViewCopy { .. }
            | ExprKind::ArrayToView(_)
            | ExprKind::ArrayFromPtr(_)
            | ExprKind::NewArray { .. }
            | ExprKind::NumpyArray(_) => {
                let (v, _) = self.slice_value(e);
                v
            }
            ExprKind::ViewAttrIndex { base, attr, index } => self.view_attr_index(base, *attr, index),
            ExprKind::ViewAttrArray { .. } => Value::Int(0, IntKind::SsizeT),
            ExprKind::ViewObjectAttr { base, attr } => self.view_object_attr(base, *attr),
            ExprKind::ArrayAttr { base, attr, index } => self.array_attr(base, *attr, index.as_deref()),
            ExprKind::ViewLen(base) => {
                let (s, _) = self.slice_value(base);
                let t = self.slice_in_place(s);
                Value::Read(Box::new(Place::SliceField {
                    slice: Box::new(t),
                    field: crate::lir::SliceField::Shape,
                    axis: 0,
                }))
            }
            ExprKind::IsContig { base, fortran } => {
                let (s, _) = self.slice_value(base);
                let t = self.slice_in_place(s);
                let name = if *fortran { "is_f_contig" } else { "is_c_contig" };
                self.none_check(&t, ExceptionKind::AttributeError, &format!("Cannot access '{name}' attribute of"));
                let m = base.ty.memview().expect("a view").clone();
                let dest = self.temp(LType::Bint);
                self.emit(Stmt::Runtime {
                    dest: Some(Place::Local(dest)),
                    func: if *fortran { RuntimeFn::SliceIsFContig } else { RuntimeFn::SliceIsCContig },
                    args: vec![
                        RuntimeArg::Ref(t),
                        RuntimeArg::Value(Value::Int(m.ndim() as i128, IntKind::Int)),
                        RuntimeArg::Value(itemsize(&m)),
                    ],
                    checked: false,
                });
                Value::Read(Box::new(Place::Local(dest)))
            }
            ExprKind::FuncRef(f) if matches!(e.ty, Type::FuncPtr(_)) => Value::FuncAddr { func: lir::FuncId(f.0), ty },
            ExprKind::CallPtr { callee, args } => self.call_pointer(callee, args, &e.ty),
            ExprKind::BytesLit(b) => Value::CString(b.clone()),
            ExprKind::FuncRef(_) | ExprKind::ExceptionClass(_) | ExprKind::Error => Value::Int(0, IntKind::Int),
            // Only ever assigned to an array, where `assign_array` stores its items.
            ExprKind::ArrayLiteral(_) => Value::Int(0, IntKind::Int),
            ExprKind::CTuple(items) => {
                let values = self.values_in_order(items);
                Value::Tuple { items: values, ty }
            }
            ExprKind::TupleItem { .. } => {
                let place = self.place(e);
                Value::Read(Box::new(place))
            }
            ExprKind::CompareTuples { op, left, right, item_types } => {
                let l = self.tuple_place(left);
                let r = self.tuple_place(right);
                self.compare_tuples(*op, &l, &left.ty, &r, &right.ty, item_types)
            }
        }
    }

    /// Lowers expressions evaluated left to right into values that still
    /// hold what they held then: an earlier one is kept in a temporary when
    /// a later one needs statements of its own.
    pub(super) fn values_in_order(&mut self, items: &[tir::Expr]) -> Vec<Value> {
        let lowered: Vec<(Vec<Stmt>, Value)> = items.iter().map(|i| self.value_in_block(i)).collect();
        let last_with_stmts = lowered.iter().rposition(|(stmts, _)| !stmts.is_empty());
        let mut values = Vec::with_capacity(items.len());
        for (i, ((stmts, v), item)) in lowered.into_iter().zip(items).enumerate() {
            for s in stmts {
                self.emit(s);
            }
            let v = match last_with_stmts {
                Some(last) if i < last => self.snapshot(v, ltype(&item.ty)),
                _ => v,
            };
            values.push(v);
        }
        values
    }

    /// A C tuple in a place its fields can be read from.
    fn tuple_place(&mut self, e: &tir::Expr) -> Place {
        if e.is_lvalue() {
            return self.place(e);
        }
        let v = self.value(e);
        let t = self.temp(ltype(&e.ty));
        self.emit(Stmt::Assign { place: Place::Local(t), value: v });
        Place::Local(t)
    }

    /// Python's comparison of two tuples: the first pair of items that are
    /// not equal decides (`<` on them), else the lengths do. Each pair is
    /// compared in its common type.
    fn compare_tuples(
        &mut self,
        op: tir::CmpOp,
        left: &Place,
        left_ty: &Type,
        right: &Place,
        right_ty: &Type,
        item_types: &[Type],
    ) -> Value {
        let (Type::CTuple(a), Type::CTuple(b)) = (left_ty, right_ty) else { return Value::Bool(false) };
        let item = |this: &mut Self, place: &Place, members: &[Type], i: usize, to: &Type| {
            let field = Place::TupleField { base: Box::new(place.clone()), index: i, elem: ltype(&members[i]) };
            this.convert(Value::Read(Box::new(field)), &members[i], to)
        };
        // What the lengths decide when every shared item is equal.
        let by_length = match op {
            tir::CmpOp::Eq => a.len() == b.len(),
            tir::CmpOp::NotEq => a.len() != b.len(),
            tir::CmpOp::Lt => a.len() < b.len(),
            tir::CmpOp::Le => a.len() <= b.len(),
            tir::CmpOp::Gt => a.len() > b.len(),
            tir::CmpOp::Ge => a.len() >= b.len(),
        };
        let mut result = Value::Bool(by_length);
        for i in (0..item_types.len()).rev() {
            let ty = &item_types[i];
            if *ty == Type::PyInt && (a[i].is_float() || b[i].is_float()) {
                // A wide integer and a float: compared exactly, as Python does.
                let int_first = !a[i].is_float();
                let (x, y) = (item(self, left, a, i, &a[i]), item(self, right, b, i, &b[i]));
                let (int_side, int_ty, float_side) = if int_first { (x, &a[i], y) } else { (y, &b[i], x) };
                let int_side = self.convert(int_side, int_ty, &Type::PyInt);
                let directed = if int_first { op } else { mirror(op) };
                let equal = self.exact_int_float_compare(int_side.clone(), float_side.clone(), tir::CmpOp::Eq);
                let decided = self.exact_int_float_compare(int_side, float_side, directed);
                result = self.tuple_link(op, equal, decided, result);
                continue;
            }
            let (x, y) = (item(self, left, a, i, ty), item(self, right, b, i, ty));
            let (equal, decided) = if let Type::CTuple(_) = ty {
                let (xp, yp) = match (&x, &y) {
                    (Value::Read(xp), Value::Read(yp)) => ((**xp).clone(), (**yp).clone()),
                    _ => unreachable!("tuple items are read from places"),
                };
                let equal = self.compare_tuples(tir::CmpOp::Eq, &xp, ty, &yp, ty, &nested_types(ty));
                let decided = self.compare_tuples(op, &xp, ty, &yp, ty, &nested_types(ty));
                (equal, decided)
            } else {
                (cmp(CmpOp::Eq, x.clone(), y.clone()), cmp(op, x, y))
            };
            result = self.tuple_link(op, equal, decided, result);
        }
        result
    }

    /// One pair of items in a tuple comparison: `equal` says whether the
    /// pair is equal, `decided` what `op` says of it, `rest` what the later
    /// items say.
    fn tuple_link(&mut self, op: tir::CmpOp, equal: Value, decided: Value, rest: Value) -> Value {
        match op {
            // `==`: every pair equal; `!=`: some pair not equal.
            tir::CmpOp::Eq => Value::And(Box::new(equal), Box::new(rest)),
            tir::CmpOp::NotEq => Value::Or(Box::new(not(equal)), Box::new(rest)),
            _ => {
                Value::Cond { cond: Box::new(equal), then: Box::new(rest), orelse: Box::new(decided), ty: LType::Bool }
            }
        }
    }

    /// Lowers `e` into a separate block: its statements and its value.
    /// The value of a float operand that the C compiler sees as a constant
    /// in Cython's output: a literal, its negation, or a local of this
    /// function assigned once, a constant, and never through a pointer.
    fn folded_constant(&self, e: &tir::Expr) -> Option<f64> {
        let e = strip_converts(e);
        match &e.kind {
            ExprKind::FloatLit(x) => Some(*x),
            ExprKind::IntLit(i) => Some(*i as f64),
            ExprKind::Unary { op: tir::UnaryOp::Neg, operand } => self.folded_constant(operand).map(|x| -x),
            // gcc folds arithmetic on such constants too (`(f + d) ** 2.0`),
            // in the operation's type; a zero divisor stays a run-time check.
            // Not through a Python int operand (`864872451438 - d`): Cython
            // calls its Python-float helpers there, which gcc cannot fold.
            ExprKind::Binary { op, left, right }
                if e.ty.is_float()
                    && strip_converts(left).ty != Type::PyInt
                    && strip_converts(right).ty != Type::PyInt =>
            {
                let (a, b) = (self.folded_constant(left)?, self.folded_constant(right)?);
                let single = e.ty == Type::FLOAT;
                let v = match op {
                    tir::BinOp::Add => a + b,
                    tir::BinOp::Sub => a - b,
                    tir::BinOp::Mul => a * b,
                    tir::BinOp::Div if b != 0.0 => a / b,
                    _ => return None,
                };
                let v = if single {
                    match op {
                        tir::BinOp::Add => (a as f32 + b as f32) as f64,
                        tir::BinOp::Sub => (a as f32 - b as f32) as f64,
                        tir::BinOp::Mul => (a as f32 * b as f32) as f64,
                        _ => (a as f32 / b as f32) as f64,
                    }
                } else {
                    v
                };
                Some(v)
            }
            ExprKind::Var(v) => {
                let current = self.state.as_ref()?.current?;
                if self.tir.var(*v).scope != tir::VarScope::Local(current) || self.address_taken.contains(v) {
                    return None;
                }
                let mut values = Vec::new();
                let mut other_writes = false;
                tir::walk::stmts(&self.tir.function(current).body, &mut |s| match &s.kind {
                    tir::StmtKind::Assign { target, value } if matches!(target.kind, ExprKind::Var(w) if w == *v) => {
                        values.push(value)
                    }
                    tir::StmtKind::AugAssign { target, .. } if matches!(target.kind, ExprKind::Var(w) if w == *v) => {
                        other_writes = true
                    }
                    tir::StmtKind::ForRange { var, .. } if var == v => other_writes = true,
                    _ => {}
                });
                match values.as_slice() {
                    // A `float` variable holds its value rounded to single precision.
                    [only] if !other_writes => self.folded_constant(only).map(|x| {
                        if self.tir.var(*v).ty == Type::FLOAT {
                            x as f32 as f64
                        } else {
                            x
                        }
                    }),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn value_in_block(&mut self, e: &tir::Expr) -> (Vec<Stmt>, Value) {
        let mut v = None;
        let stmts = self.in_block(|this| v = Some(this.value(e)));
        (stmts, v.expect("set in the block"))
    }

    /// A C conversion between two numeric (or pointer) types.
    pub(super) fn convert(&mut self, v: Value, from: &Type, to: &Type) -> Value {
        let lto = ltype(to);
        if ltype(from) == lto {
            return v;
        }
        match (from, to) {
            // Cython stores an integer in a `bint` as it is (`bint k = 42` holds 42).
            (Type::Int(_), Type::Bint) => Value::Cast { implicit: false, ty: lto, value: Box::new(v) },
            (_, Type::Bint) => truthy(v, &ltype(from)),
            // A `bint` becomes a Python bool (`PyBool_FromLong`): a `bint`
            // holding 42 is `True`, 1 as a Python int.
            (Type::Bint, Type::PyInt) => {
                Value::Cast { implicit: false, ty: lto, value: Box::new(cmp(CmpOp::NotEq, v, zero(&LType::Bint))) }
            }
            (Type::Memview(_), _) | (_, Type::Memview(_)) => v,
            (Type::CArray(..), Type::Ptr(_)) => Value::Cast { implicit: false, ty: lto, value: Box::new(v) },
            // Cython converts a Python int to a C double first, then narrows.
            (Type::PyInt, Type::Float { bits: 32 }) => Value::Cast {
                implicit: false,
                ty: lto,
                value: Box::new(Value::Cast { implicit: false, ty: LType::Float(64), value: Box::new(v) }),
            },
            _ => Value::Cast { implicit: false, ty: lto, value: Box::new(v) },
        }
    }

    /// A conversion that raises OverflowError when the value does not fit,
    /// with the messages Cython gives: it converts a Python int to `long`
    /// (or `unsigned long`) first, then narrows.
    pub(super) fn convert_checked(&mut self, v: Value, from: &Type, to: &Type) -> Value {
        let known = match from {
            Type::Int(f) => f.range(),
            Type::Bint => (0, 1),
            _ => (i128::MIN, i128::MAX),
        };
        self.convert_checked_within(v, from, known, to)
    }

    /// As [`Self::convert_checked`], for a value known to lie in `known`
    /// (only the checks that can fail are made).
    pub(super) fn convert_checked_within(&mut self, v: Value, from: &Type, known: (i128, i128), to: &Type) -> Value {
        let Type::Int(k) = to else { return self.convert(v, from, to) };
        let (lo, hi) = k.range();
        let (flo, fhi) = known;
        if flo >= lo && fhi <= hi {
            return self.convert(v, from, to);
        }
        let v = self.materialize(v, ltype(from));
        let as_source = |value: i128| match from {
            Type::Int(f) => Value::Int(value.clamp(f.range().0, f.range().1), *f),
            _ => Value::Int128(value),
        };
        let check = |this: &mut Self, op: CmpOp, bound: i128, message: String| {
            this.emit(Stmt::Check {
                fail_if: cmp(op, v.clone(), as_source(bound)),
                kind: ExceptionKind::OverflowError,
                message: Message::Text(message),
            });
        };
        if k.signed() {
            // First to `long`: past it, Cython's message names `C long`.
            let (llo, lhi) = (i64::MIN as i128, i64::MAX as i128);
            let long_message = if *k == IntKind::SsizeT {
                "Python int too large to convert to C ssize_t"
            } else {
                "Python int too large to convert to C long"
            };
            if flo < llo {
                check(self, CmpOp::Lt, llo, long_message.into());
            }
            if fhi > lhi {
                check(self, CmpOp::Gt, lhi, long_message.into());
            }
            if k.bits() < 64 {
                if flo < lo {
                    check(self, CmpOp::Lt, lo, format!("value too large to convert to {}", k.cython_name()));
                }
                if fhi > hi {
                    check(self, CmpOp::Gt, hi, format!("value too large to convert to {}", k.cython_name()));
                }
            }
        } else {
            if flo < 0 {
                let name = match k {
                    IntKind::ULongLong => "unsigned PY_LONG_LONG",
                    IntKind::UInt64 => "uint64_t",
                    other => other.cython_name(),
                };
                check(self, CmpOp::Lt, 0, format!("can't convert negative value to {name}"));
            }
            if fhi > u64::MAX as i128 {
                check(self, CmpOp::Gt, u64::MAX as i128, "Python int too large to convert to C unsigned long".into());
            }
            if k.bits() < 64 && fhi > hi {
                check(self, CmpOp::Gt, hi, format!("value too large to convert to {}", k.cython_name()));
            }
        }
        Value::Cast { implicit: false, ty: LType::Int(*k), value: Box::new(v) }
    }

    fn binary(&mut self, op: tir::BinOp, ty: &Type, l: Value, r: Value, right_ty: &Type, e: &tir::Expr) -> Value {
        let lty = ltype(ty);
        let d = self.st().directives;
        // With a Python int operand the division is Python's, and so are its texts.
        // A Python float operand (arithmetic in which a Python int took
        // part: `(d / 2**40) ** 2.0`) makes it Python's float arithmetic too.
        let (python_operand, float_operand, float_by_int, int_by_float) = match &e.kind {
            ExprKind::Binary { left, right, .. } => {
                let original = |x: &tir::Expr| match &x.kind {
                    ExprKind::Convert(inner) => inner.ty.clone(),
                    _ => x.ty.clone(),
                };
                let (lt, rt) = (original(left), original(right));
                (
                    lt == Type::PyInt
                        || rt == Type::PyInt
                        || python_float(left, &self.tir.object_constants)
                        || python_float(right, &self.tir.object_constants),
                    lt.is_float() || rt.is_float(),
                    lt.is_float() && rt == Type::PyInt,
                    lt == Type::PyInt && rt.is_float(),
                )
            }
            _ => (false, false, false, false),
        };
        // Cython takes a cast of a constant (`x // <float>0`) for a constant
        // divisor whose value is the cast's C text, never 0: it checks no
        // float division by it (C's inf or nan instead of ZeroDivisionError).
        let cast_constant_divisor = match &e.kind {
            ExprKind::Binary { right, .. } => {
                fn under(x: &tir::Expr) -> &tir::Expr {
                    match &x.kind {
                        ExprKind::Convert(inner) => under(inner),
                        _ => x,
                    }
                }
                fn constant(x: &tir::Expr) -> bool {
                    match &x.kind {
                        ExprKind::IntLit(_) | ExprKind::FloatLit(_) => true,
                        ExprKind::Unary { operand, .. } => constant(operand),
                        ExprKind::Convert(inner) | ExprKind::Cast(inner) => constant(inner),
                        _ => false,
                    }
                }
                matches!(&under(right).kind, ExprKind::Cast(inner) if constant(inner))
            }
            _ => false,
        };
        if let ExprKind::Binary { op: tir::BinOp::Div, left, right } = &e.kind {
            if left.ty == Type::PyInt && right.ty == Type::PyInt && ty.is_float() {
                // Python's int / int: the exact quotient, rounded once.
                let r = self.materialize(r, LType::Int128);
                self.emit(Stmt::Check {
                    fail_if: cmp(CmpOp::Eq, r.clone(), Value::Int128(0)),
                    kind: ExceptionKind::ZeroDivisionError,
                    message: Message::Text("division by zero".into()),
                });
                let dest = self.temp(LType::Float(64));
                self.emit(Stmt::Runtime {
                    dest: Some(Place::Local(dest)),
                    func: RuntimeFn::I128TrueDiv,
                    args: vec![RuntimeArg::Value(l), RuntimeArg::Value(r)],
                    checked: false,
                });
                return Value::Read(Box::new(Place::Local(dest)));
            }
        }
        if *ty == Type::PyInt {
            let f = match op {
                tir::BinOp::Add => RuntimeFn128::Add,
                tir::BinOp::Sub => RuntimeFn128::Sub,
                tir::BinOp::Mul => RuntimeFn128::Mul,
                tir::BinOp::FloorDiv | tir::BinOp::Div | tir::BinOp::CDiv => RuntimeFn128::FloorDiv,
                tir::BinOp::Mod | tir::BinOp::CMod => RuntimeFn128::Mod,
                tir::BinOp::Pow => RuntimeFn128::Pow,
                tir::BinOp::Shl => RuntimeFn128::Shl,
                tir::BinOp::Shr => {
                    return Value::Binary { op: BinOp::Shr, ty: lty, left: Box::new(l), right: Box::new(r) }
                }
                tir::BinOp::BitAnd => {
                    return Value::Binary { op: BinOp::BitAnd, ty: lty, left: Box::new(l), right: Box::new(r) }
                }
                tir::BinOp::BitOr => {
                    return Value::Binary { op: BinOp::BitOr, ty: lty, left: Box::new(l), right: Box::new(r) }
                }
                tir::BinOp::BitXor => {
                    return Value::Binary { op: BinOp::BitXor, ty: lty, left: Box::new(l), right: Box::new(r) }
                }
            };
            let r = if *right_ty == Type::PyInt {
                r
            } else {
                Value::Cast { implicit: false, ty: LType::Int128, value: Box::new(r) }
            };
            if f == RuntimeFn128::Pow && !matches!(r, Value::Int128(e) | Value::Int(e, _) if e >= 0) {
                let r = self.materialize(r, LType::Int128);
                let l = self.materialize(l, LType::Int128);
                // Python answers a negative power with a float one, which
                // refuses a zero base first (`0 ** -1`).
                self.emit(Stmt::Check {
                    fail_if: Value::And(
                        Box::new(cmp(CmpOp::Lt, r.clone(), Value::Int128(0))),
                        Box::new(cmp(CmpOp::Eq, l.clone(), Value::Int128(0))),
                    ),
                    kind: ExceptionKind::ZeroDivisionError,
                    message: Message::Text("0.0 cannot be raised to a negative power".into()),
                });
                self.emit(Stmt::Check {
                    fail_if: cmp(CmpOp::Lt, r.clone(), Value::Int128(0)),
                    kind: ExceptionKind::ValueError,
                    message: Message::Text(
                        "negative exponent of a Python int: Python's result is a float, which cytrus's Python ints cannot hold".into(),
                    ),
                });
                return self.int128_op(f, l, r);
            }
            return self.int128_op(f, l, r);
        }
        let bin = |op: BinOp, l: Value, r: Value| Value::Binary {
            op,
            ty: lty.clone(),
            left: Box::new(l),
            right: Box::new(r),
        };
        // Cython's helpers for a Python float and a Python int return the
        // float itself for `x * i` with `x == 0` and for `x ± i` and `i + x`
        // with `i == 0` (`0.0 * -2**32` is 0.0, not IEEE's -0.0).
        if int_by_float && op == tir::BinOp::Add {
            let l = self.materialize(l, lty.clone());
            let r = self.materialize(r, lty.clone());
            return Value::Cond {
                cond: Box::new(cmp(CmpOp::Eq, l.clone(), zero(&lty))),
                then: Box::new(r.clone()),
                orelse: Box::new(bin(BinOp::Add, l, r)),
                ty: lty.clone(),
            };
        }
        if float_by_int && matches!(op, tir::BinOp::Add | tir::BinOp::Sub | tir::BinOp::Mul) {
            let l = self.materialize(l, lty.clone());
            let r = self.materialize(r, lty.clone());
            let unchanged = if op == tir::BinOp::Mul { l.clone() } else { r.clone() };
            let bop = match op {
                tir::BinOp::Add => BinOp::Add,
                tir::BinOp::Sub => BinOp::Sub,
                _ => BinOp::Mul,
            };
            return Value::Cond {
                cond: Box::new(cmp(CmpOp::Eq, unchanged, zero(&lty))),
                then: Box::new(l.clone()),
                orelse: Box::new(bin(bop, l, r)),
                ty: lty.clone(),
            };
        }
        match op {
            tir::BinOp::Add => bin(BinOp::Add, l, r),
            tir::BinOp::Sub => bin(BinOp::Sub, l, r),
            tir::BinOp::Mul => bin(BinOp::Mul, l, r),
            tir::BinOp::Shl => bin(BinOp::Shl, l, r),
            tir::BinOp::Shr => bin(BinOp::Shr, l, r),
            tir::BinOp::BitAnd => bin(BinOp::BitAnd, l, r),
            tir::BinOp::BitOr => bin(BinOp::BitOr, l, r),
            tir::BinOp::BitXor => bin(BinOp::BitXor, l, r),
            tir::BinOp::CDiv => bin(BinOp::Div, l, r),
            tir::BinOp::CMod => bin(BinOp::Rem, l, r),
            tir::BinOp::Div => {
                if lty_is_float(&lty) {
                    if (!d.cdivision || python_operand) && !cast_constant_divisor {
                        let r = self.materialize(r, lty.clone());
                        let text = match (python_operand, float_operand) {
                            (true, true) => "float division by zero",
                            (true, false) => "division by zero",
                            _ => "float division",
                        };
                        self.emit(Stmt::Check {
                            fail_if: cmp(CmpOp::Eq, r.clone(), zero(&lty)),
                            kind: ExceptionKind::ZeroDivisionError,
                            message: Message::Text(text.into()),
                        });
                        return bin(BinOp::Div, l, r);
                    }
                    bin(BinOp::Div, l, r)
                } else {
                    // Integer division under cdivision: C truncation, no check.
                    bin(BinOp::Div, l, r)
                }
            }
            tir::BinOp::FloorDiv | tir::BinOp::Mod => {
                let is_div = op == tir::BinOp::FloorDiv;
                if lty_is_float(&lty) {
                    // A Python int operand makes it Python's float arithmetic
                    // in Cython, which `cdivision` does not change.
                    if d.cdivision && !python_operand {
                        let v =
                            if is_div { math("floor", vec![bin(BinOp::Div, l, r)]) } else { math("fmod", vec![l, r]) };
                        // libm's double result, back in the operation's
                        // type (Cython calls `fmodf`/`floorf` on floats), so
                        // C does not go on in double (`4 - v1 % v4`).
                        return if lty == LType::Float(64) {
                            v
                        } else {
                            Value::Cast { ty: lty.clone(), value: Box::new(v), implicit: false }
                        };
                    }
                    if cast_constant_divisor && !python_operand {
                        return bin(if is_div { BinOp::FloatFloorDiv } else { BinOp::FloatMod }, l, r);
                    }
                    let r = self.materialize(r, lty.clone());
                    // Cython's texts: `//` says "float division", `%` "float divmod()";
                    // with a Python int operand, CPython's.
                    let text = match (python_operand, is_div) {
                        (true, true) => "float floor division by zero",
                        (true, false) => "float modulo",
                        (false, true) => "float division",
                        (false, false) => "float divmod()",
                    };
                    self.emit(Stmt::Check {
                        fail_if: cmp(CmpOp::Eq, r.clone(), zero(&lty)),
                        kind: ExceptionKind::ZeroDivisionError,
                        message: Message::Text(text.into()),
                    });
                    if python_operand && lty == LType::Float(64) {
                        return self.python_float_divmod(l, r, is_div);
                    }
                    return bin(if is_div { BinOp::FloatFloorDiv } else { BinOp::FloatMod }, l, r);
                }
                if d.cdivision {
                    return bin(if is_div { BinOp::Div } else { BinOp::Rem }, l, r);
                }
                let l = self.materialize(l, lty.clone());
                let r = self.materialize(r, lty.clone());
                self.emit(Stmt::Check {
                    fail_if: cmp(CmpOp::Eq, r.clone(), zero(&lty)),
                    kind: ExceptionKind::ZeroDivisionError,
                    message: Message::Text("integer division or modulo by zero".into()),
                });
                if is_div {
                    if let LType::Int(k) = &lty {
                        // Cython checks only `long`-sized types; narrower ones wrap.
                        if k.signed() && k.bits() == 64 {
                            let (min, _) = k.range();
                            self.emit(Stmt::Check {
                                fail_if: Value::And(
                                    Box::new(cmp(CmpOp::Eq, r.clone(), Value::Int(-1, *k))),
                                    Box::new(cmp(CmpOp::Eq, l.clone(), Value::Int(min, *k))),
                                ),
                                kind: ExceptionKind::OverflowError,
                                message: Message::Text("value too large to perform division".into()),
                            });
                        }
                    }
                }
                bin(if is_div { BinOp::FloorDiv } else { BinOp::Mod }, l, r)
            }
            tir::BinOp::Pow => {
                if lty_is_float(&lty) {
                    let l = self.materialize(l, lty.clone());
                    let r = self.materialize(r, lty.clone());
                    if python_operand {
                        // CPython's `float_pow`: an infinite or NaN operand is
                        // answered before these checks, never with an error.
                        let inf = || Value::Float(f64::INFINITY, 64);
                        let finite = |x: Value| cmp(CmpOp::NotEq, math("fabs", vec![x]), inf());
                        let and = |a: Value, b: Value| Value::And(Box::new(a), Box::new(b));
                        // A negative base to a fractional power is a complex
                        // number, which Cython's conversion to a double refuses.
                        self.emit(Stmt::Check {
                            fail_if: and(
                                and(cmp(CmpOp::Lt, l.clone(), zero(&lty)), finite(l.clone())),
                                and(
                                    cmp(CmpOp::NotEq, r.clone(), math("floor", vec![r.clone()])),
                                    cmp(CmpOp::Eq, r.clone(), r.clone()),
                                ),
                            ),
                            kind: ExceptionKind::TypeError,
                            message: Message::Text("must be real number, not complex".into()),
                        });
                        // Python's float power refuses what C's pow() makes infinite.
                        self.emit(Stmt::Check {
                            fail_if: and(
                                cmp(CmpOp::Eq, l.clone(), zero(&lty)),
                                and(cmp(CmpOp::Lt, r.clone(), zero(&lty)), finite(r.clone())),
                            ),
                            kind: ExceptionKind::ZeroDivisionError,
                            message: Message::Text("0.0 cannot be raised to a negative power".into()),
                        });
                        // It raises where a finite base and exponent give an
                        // infinite result.
                        let power = self.materialize(math("pow", vec![l.clone(), r.clone()]), lty.clone());
                        self.emit(Stmt::Check {
                            fail_if: and(not(finite(power.clone())), and(finite(l), finite(r))),
                            kind: ExceptionKind::OverflowError,
                            message: Message::Text("(34, 'Numerical result out of range')".into()),
                        });
                        return power;
                    }
                    let direct =
                        self.st().direct_pow == Some(e as *const tir::Expr as usize) || self.st().directives.cpow;
                    if !python_operand && !direct && soft_exponent(e) {
                        // The C compiler folds `cpow` of constants exactly (MPC), and
                        // Cython's output shows it: a real result is the rounded power.
                        if let ExprKind::Binary { left, right, .. } = &e.kind {
                            if let (Some(a), Some(b)) = (self.folded_constant(left), self.folded_constant(right)) {
                                // Zero to a negative power is complex for `cpow`
                                // (`inf+nanj`), folded or not: left to run time.
                                if (a >= 0.0 || b.fract() == 0.0) && !(a == 0.0 && b < 0.0) {
                                    return Value::Float(a.powf(b), 64);
                                }
                            }
                        }
                        // Cython's "soft complex" power: C99 `cpow`, back to a double.
                        let dest = self.temp(LType::Float(64));
                        self.emit(Stmt::Runtime {
                            dest: Some(Place::Local(dest)),
                            func: RuntimeFn::SoftPow,
                            args: vec![RuntimeArg::Value(l), RuntimeArg::Value(r)],
                            checked: true,
                        });
                        return Value::Read(Box::new(Place::Local(dest)));
                    }
                    // gcc rewrites `pow(x, 2.0)` as `x * x` (one rounding; glibc's
                    // pow can differ by an ulp) in Cython's output: so do both
                    // backends.
                    if matches!(r, Value::Float(two, _) if two == 2.0) {
                        let x = self.materialize(l, lty.clone());
                        return Value::Binary {
                            op: BinOp::Mul,
                            ty: lty,
                            left: Box::new(x.clone()),
                            right: Box::new(x),
                        };
                    }
                    // `powf` on floats, as C and Cython call it; `pow` on doubles.
                    return if lty == LType::Float(32) { math("powf", vec![l, r]) } else { math("pow", vec![l, r]) };
                }
                // A signed exponent known only at run time: under `cpow`, or
                // Cython's implicit `cpow` for a power assigned straight to a
                // C integer (typeck made it an integer power then).
                let run_time_exponent = !matches!(r, Value::Int(..));
                let r = Value::Cast { implicit: false, ty: lty.clone(), value: Box::new(r) };
                if (self.st().directives.cpow || run_time_exponent) && lty_is_signed(&lty) {
                    // Cython's C integer power is 0 for a negative exponent.
                    let r = self.materialize(r, lty.clone());
                    return Value::Cond {
                        cond: Box::new(cmp(CmpOp::Lt, r.clone(), zero(&lty))),
                        then: Box::new(zero(&lty)),
                        orelse: Box::new(bin(BinOp::IntPow, l, r)),
                        ty: lty.clone(),
                    };
                }
                bin(BinOp::IntPow, l, r)
            }
        }
    }

    /// One link `a op b` of a comparison chain, from the operands' values: a
    /// Python int beside a float is compared exactly, as Python does.
    fn chain_link(&mut self, a: &tir::Expr, b: &tir::Expr, op: tir::CmpOp, av: Value, bv: Value) -> Value {
        let Some(int_first) = python_int_and_float(a, b) else { return cmp(op, av, bv) };
        let strip = |v: Value| match v {
            Value::Cast { value, .. } => *value,
            other => other,
        };
        let (x, y, op) = if int_first { (strip(av), bv, op) } else { (strip(bv), av, mirror(op)) };
        self.exact_int_float_compare(x, y, op)
    }

    /// Python's float `a // b` or `a % b` (CPython's `float_floor_div` and
    /// `float_rem`), where an operand is a Python object in Cython: the
    /// quotient is computed from `fmod`, so `1 // 0.1` is 9.0, not
    /// `floor(1 / 0.1)` = 10.0; a zero remainder takes the divisor's sign.
    fn python_float_divmod(&mut self, a: Value, b: Value, is_div: bool) -> Value {
        let ty = LType::Float(64);
        let f = |v: f64| Value::Float(v, 64);
        let sub = |x: Value, y: Value| Value::Binary {
            op: BinOp::Sub,
            ty: ty.clone(),
            left: Box::new(x),
            right: Box::new(y),
        };
        let add = |x: Value, y: Value| Value::Binary {
            op: BinOp::Add,
            ty: ty.clone(),
            left: Box::new(x),
            right: Box::new(y),
        };
        let div = |x: Value, y: Value| Value::Binary {
            op: BinOp::Div,
            ty: ty.clone(),
            left: Box::new(x),
            right: Box::new(y),
        };
        let cond = |c: Value, x: Value, y: Value| Value::Cond {
            cond: Box::new(c),
            then: Box::new(x),
            orelse: Box::new(y),
            ty: ty.clone(),
        };
        let copysign = |x: Value, y: Value| math("copysign", vec![x, y]);
        let a = self.materialize(a, ty.clone());
        let b = self.materialize(b, ty.clone());
        let m = self.materialize(math("fmod", vec![a.clone(), b.clone()]), ty.clone());
        let nonzero = cmp(CmpOp::NotEq, m.clone(), f(0.0));
        let signs_differ = cmp(CmpOp::NotEq, cmp(CmpOp::Lt, b.clone(), f(0.0)), cmp(CmpOp::Lt, m.clone(), f(0.0)));
        let adjust = self.materialize(Value::And(Box::new(nonzero.clone()), Box::new(signs_differ)), LType::Bint);
        if !is_div {
            return cond(nonzero, cond(adjust, add(m.clone(), b.clone()), m), copysign(f(0.0), b));
        }
        let q = self.materialize(div(sub(a.clone(), m), b.clone()), ty.clone());
        let q = self.materialize(cond(adjust, sub(q.clone(), f(1.0)), q), ty.clone());
        let fl = self.materialize(math("floor", vec![q.clone()]), ty.clone());
        let rounded = cond(cmp(CmpOp::Gt, sub(q.clone(), fl.clone()), f(0.5)), add(fl.clone(), f(1.0)), fl);
        cond(cmp(CmpOp::NotEq, q, f(0.0)), rounded, copysign(f(0.0), div(a, b)))
    }

    /// `a OP b` for a Python int `a` and a double `b`, exact as Python
    /// compares them (a double is not rounded to an int, nor the int to a
    /// double): with `t = floor(b)` and `bi` its integer value,
    /// `a < b ⇔ a < bi or (a == bi and b ≠ t)` and `a == b ⇔ b == t and a == bi`;
    /// a NaN is unordered, and `b` beyond ±2¹²⁷ lies beyond every int.
    fn exact_int_float_compare(&mut self, a: Value, b: Value, op: tir::CmpOp) -> Value {
        let f64t = LType::Float(64);
        let a = self.materialize(a, LType::Int128);
        let b = self.materialize(b, f64t.clone());
        let t = self.materialize(math("floor", vec![b.clone()]), f64t.clone());
        let limit = Value::Float(2f64.powi(127), 64);
        let neg_limit = Value::Float(-(2f64.powi(127)), 64);
        let in_range = Value::And(
            Box::new(cmp(CmpOp::Ge, b.clone(), neg_limit.clone())),
            Box::new(cmp(CmpOp::Lt, b.clone(), limit.clone())),
        );
        let bi = self.materialize(
            Value::Cond {
                cond: Box::new(in_range.clone()),
                then: Box::new(Value::Cast { implicit: false, ty: LType::Int128, value: Box::new(t.clone()) }),
                orelse: Box::new(Value::Int128(0)),
                ty: LType::Int128,
            },
            LType::Int128,
        );
        let or = |x: Value, y: Value| Value::Or(Box::new(x), Box::new(y));
        let and = |x: Value, y: Value| Value::And(Box::new(x), Box::new(y));
        let less = self.materialize(
            or(
                cmp(CmpOp::Ge, b.clone(), limit),
                and(
                    in_range.clone(),
                    or(
                        cmp(CmpOp::Lt, a.clone(), bi.clone()),
                        and(cmp(CmpOp::Eq, a.clone(), bi.clone()), cmp(CmpOp::NotEq, b.clone(), t.clone())),
                    ),
                ),
            ),
            LType::Bint,
        );
        let equal =
            self.materialize(and(in_range, and(cmp(CmpOp::Eq, b.clone(), t), cmp(CmpOp::Eq, a, bi))), LType::Bint);
        let ordered = cmp(CmpOp::Eq, b.clone(), b);
        match op {
            tir::CmpOp::Lt => less,
            tir::CmpOp::Le => or(less, equal),
            tir::CmpOp::Eq => equal,
            tir::CmpOp::NotEq => not(equal),
            tir::CmpOp::Gt => and(and(not(less), not(equal)), ordered),
            tir::CmpOp::Ge => and(not(less), ordered),
        }
    }

    /// A checked 128-bit operation: OverflowError past 128 bits, Python's
    /// floor division and modulo, ZeroDivisionError.
    fn int128_op(&mut self, f: RuntimeFn128, l: Value, r: Value) -> Value {
        let dest = self.temp(LType::Int128);
        self.emit(Stmt::Runtime {
            dest: Some(Place::Local(dest)),
            func: f.runtime(),
            args: vec![RuntimeArg::Value(l), RuntimeArg::Value(r)],
            checked: true,
        });
        Value::Read(Box::new(Place::Local(dest)))
    }

    /// A call of a module function, with the error check its convention asks for.
    fn call(&mut self, func: tir::FuncId, args: &[tir::Expr], ret: &Type) -> Value {
        let mut values = Vec::new();
        for a in args {
            // A C float parameter takes a power as C's `pow` computes it.
            if a.ty.is_float() {
                self.st().direct_pow = pow_under(a);
            }
            let v = self.value(a);
            // Arguments are evaluated left to right before the call.
            let v = self.materialize(v, ltype(&a.ty));
            values.push(v);
        }
        let lret = ltype(ret);
        let dest = if lret == LType::Void {
            None
        } else if lret == LType::Slice {
            Some(self.owned_temp())
        } else {
            Some(self.temp(lret.clone()))
        };
        if let Some(d) = dest {
            if lret == LType::Slice {
                // The temporary may hold a result from an earlier iteration.
                self.emit(Stmt::Release(Place::Local(d)));
            }
        }
        self.emit(Stmt::Call { dest: dest.map(Place::Local), func: lir::FuncId(func.0), args: values });
        let result = dest.map(|d| Value::Read(Box::new(Place::Local(d))));
        let error = self.callee_convention(func);
        match error {
            ErrorConvention::NoExcept => {}
            ErrorConvention::Indicator => self.emit(Stmt::FailIf(Value::ErrOccurred)),
            ErrorConvention::Value(v) => {
                let r = result.clone().expect("a value-returning function");
                self.emit(Stmt::FailIf(cmp(CmpOp::Eq, r, v)));
            }
            ErrorConvention::MaybeValue(v) => {
                let r = result.clone().expect("a value-returning function");
                self.emit(Stmt::FailIf(Value::And(Box::new(cmp(CmpOp::Eq, r, v)), Box::new(Value::ErrOccurred))));
            }
        }
        result.unwrap_or(Value::Int(0, IntKind::Int))
    }

    /// A call through a function pointer. The pointer's type says how errors
    /// come back: `noexcept`, `except V` (the functions it may hold return V
    /// on error), or else the indicator, asked after every call (a function
    /// it holds may be `except? V` or `except *`, which return other values).
    fn call_pointer(&mut self, callee: &tir::Expr, args: &[tir::Expr], ret: &Type) -> Value {
        let Type::FuncPtr(sig) = &callee.ty else { unreachable!("typeck calls only function pointers") };
        let pointer = self.value(callee);
        let pointer = self.materialize(pointer, ltype(&callee.ty));
        let mut values = Vec::new();
        for a in args {
            if a.ty.is_float() {
                self.st().direct_pow = pow_under(a);
            }
            let v = self.value(a);
            let v = self.materialize(v, ltype(&a.ty));
            values.push(v);
        }
        let lret = ltype(ret);
        let dest = if lret == LType::Void { None } else { Some(self.temp(lret.clone())) };
        self.emit(Stmt::CallPtr { dest: dest.map(Place::Local), callee: pointer, args: values });
        let result = dest.map(|d| Value::Read(Box::new(Place::Local(d))));
        match (sig.except.check, sig.except.value) {
            (false, None) => {}
            (false, Some(v)) => {
                let r = result.clone().expect("an `except` value has a result");
                let v = match v {
                    tir::ExceptConst::Int(i) => super::const_value(&tir::ConstValue::Int(i), &lret),
                    tir::ExceptConst::Float(bits) => {
                        super::const_value(&tir::ConstValue::Float(f64::from_bits(bits)), &lret)
                    }
                };
                self.emit(Stmt::FailIf(cmp(CmpOp::Eq, r, v)));
            }
            (true, _) => self.emit(Stmt::FailIf(Value::ErrOccurred)),
        }
        result.unwrap_or(Value::Int(0, IntKind::Int))
    }

    /// How a call to `func` reports errors (as `function` lowers it).
    fn callee_convention(&self, func: tir::FuncId) -> ErrorConvention {
        let f = self.tir.function(func);
        let ret = ltype(&f.ret);
        match &f.error_return {
            tir::ErrorReturn::None => ErrorConvention::NoExcept,
            tir::ErrorReturn::Always => ErrorConvention::Indicator,
            _ if matches!(ret, LType::Slice | LType::Int128) => ErrorConvention::Indicator,
            tir::ErrorReturn::Value(c) => ErrorConvention::Value(super::const_value(c, &ret)),
            tir::ErrorReturn::MaybeValue(c) => ErrorConvention::MaybeValue(super::const_value(c, &ret)),
        }
    }

    fn builtin(&mut self, b: tir::Builtin, args: &[tir::Expr], ty: &Type) -> Value {
        let lty = ltype(ty);
        if let tir::Builtin::Qsort | tir::Builtin::Bsearch = b {
            let (compare, rest) = args.split_last().expect("a comparator");
            let ExprKind::FuncRef(id) = compare.kind else { unreachable!("typeck checked the comparator") };
            let mut runtime_args: Vec<RuntimeArg> = Vec::new();
            for a in rest {
                let v = self.value(a);
                let v = self.materialize(v, ltype(&a.ty));
                runtime_args.push(RuntimeArg::Value(v));
            }
            runtime_args.push(RuntimeArg::Function(lir::FuncId(id.0)));
            let dest = (lty != LType::Void).then(|| self.temp(lty.clone()));
            self.emit(Stmt::Runtime {
                dest: dest.map(Place::Local),
                func: if b == tir::Builtin::Qsort { RuntimeFn::Qsort } else { RuntimeFn::Bsearch },
                args: runtime_args,
                checked: false,
            });
            return dest.map(|d| Value::Read(Box::new(Place::Local(d)))).unwrap_or(Value::Int(0, IntKind::Int));
        }
        let mut values: Vec<Value> = Vec::new();
        for a in args {
            let v = self.value(a);
            values.push(v);
        }
        match b {
            tir::Builtin::Abs => {
                let v = self.materialize(values.remove(0), lty.clone());
                if lty_is_float(&lty) {
                    // Cython's abs of a `float` is C's `fabsf`: the product
                    // `abs(f) * u` stays in single precision.
                    return math(if lty == LType::Float(32) { "fabsf" } else { "fabs" }, vec![v]);
                }
                if lty == LType::Int128 {
                    let neg = self.int128_op(RuntimeFn128::Neg, Value::Int128(0), v.clone());
                    return Value::Cond {
                        cond: Box::new(cmp(CmpOp::Lt, v.clone(), Value::Int128(0))),
                        then: Box::new(neg),
                        orelse: Box::new(v),
                        ty: lty,
                    };
                }
                // C's abs/labs: the most negative value stays itself, as in Cython.
                if let LType::Int(k) = &lty {
                    if !k.signed() {
                        return v;
                    }
                }
                Value::Cond {
                    cond: Box::new(cmp(CmpOp::Lt, v.clone(), zero(&lty))),
                    then: Box::new(Value::Unary {
                        op: lir::UnaryOp::Neg,
                        ty: lty.clone(),
                        operand: Box::new(v.clone()),
                    }),
                    orelse: Box::new(v),
                    ty: lty,
                }
            }
            tir::Builtin::Min | tir::Builtin::Max if args.iter().any(|a| a.ty != *ty) => {
                // Cython's min/max of C integers of different types: each
                // argument (evaluated once, in order) is compared with the
                // running result in C's conversions of the two, and the
                // result takes Cython's type of the pair.
                let better = if b == tir::Builtin::Min { CmpOp::Lt } else { CmpOp::Gt };
                let vals: Vec<(Value, Type)> = values
                    .into_iter()
                    .zip(args)
                    .map(|(v, a)| (self.materialize(v, ltype(&a.ty)), a.ty.clone()))
                    .collect();
                let mut iter = vals.into_iter();
                let (mut best, mut best_ty) = iter.next().expect("min/max has arguments");
                for (v, vty) in iter {
                    let compare_ty =
                        crate::typeck::types::arithmetic_type(&vty, &best_ty).unwrap_or_else(|| ty.clone());
                    let result_ty = crate::typeck::types::cython_spanning(&vty, &best_ty).unwrap_or_else(|| ty.clone());
                    let (lc, lr) = (ltype(&compare_ty), ltype(&result_ty));
                    let as_type = |x: &Value, from: &Type, to: &LType| {
                        if ltype(from) == *to {
                            x.clone()
                        } else {
                            Value::Cast { implicit: false, ty: to.clone(), value: Box::new(x.clone()) }
                        }
                    };
                    let t = self.temp(lr.clone());
                    self.emit(Stmt::Assign {
                        place: Place::Local(t),
                        value: Value::Cond {
                            cond: Box::new(cmp(better, as_type(&v, &vty, &lc), as_type(&best, &best_ty, &lc))),
                            then: Box::new(as_type(&v, &vty, &lr)),
                            orelse: Box::new(as_type(&best, &best_ty, &lr)),
                            ty: lr.clone(),
                        },
                    });
                    best = Value::Read(Box::new(Place::Local(t)));
                    best_ty = result_ty;
                }
                if ltype(&best_ty) == lty {
                    best
                } else {
                    Value::Cast { implicit: false, ty: lty, value: Box::new(best) }
                }
            }
            tir::Builtin::Min | tir::Builtin::Max => {
                // Python's min/max: the first of equal values wins, evaluated once each.
                let mut vals = Vec::new();
                for v in values {
                    vals.push(self.materialize(v, lty.clone()));
                }
                let mut best = vals[0].clone();
                for v in vals.into_iter().skip(1) {
                    let better = if b == tir::Builtin::Min { CmpOp::Lt } else { CmpOp::Gt };
                    let t = self.temp(lty.clone());
                    self.emit(Stmt::Assign {
                        place: Place::Local(t),
                        value: Value::Cond {
                            cond: Box::new(cmp(better, v.clone(), best.clone())),
                            then: Box::new(v),
                            orelse: Box::new(best),
                            ty: lty.clone(),
                        },
                    });
                    best = Value::Read(Box::new(Place::Local(t)));
                }
                best
            }
            tir::Builtin::Math(name) => {
                if matches!(name, "isnan" | "isinf" | "isfinite" | "signbit" | "isnormal") {
                    return Value::Cast { implicit: false, ty: lty, value: Box::new(math(name, values)) };
                }
                math(name, values)
            }
            tir::Builtin::Qsort | tir::Builtin::Bsearch => unreachable!("lowered above"),
            tir::Builtin::Malloc
            | tir::Builtin::Calloc
            | tir::Builtin::Realloc
            | tir::Builtin::Free
            | tir::Builtin::Memcpy
            | tir::Builtin::Memset
            | tir::Builtin::Clock => {
                let func = match b {
                    tir::Builtin::Malloc => RuntimeFn::Malloc,
                    tir::Builtin::Calloc => RuntimeFn::Calloc,
                    tir::Builtin::Realloc => RuntimeFn::Realloc,
                    tir::Builtin::Free => RuntimeFn::Free,
                    tir::Builtin::Memcpy => RuntimeFn::Memmove,
                    tir::Builtin::Memset => RuntimeFn::Memset,
                    _ => RuntimeFn::Clock,
                };
                let dest = (lty != LType::Void).then(|| self.temp(lty.clone()));
                self.emit(Stmt::Runtime {
                    dest: dest.map(Place::Local),
                    func,
                    args: values.into_iter().map(RuntimeArg::Value).collect(),
                    checked: false,
                });
                dest.map(|d| Value::Read(Box::new(Place::Local(d)))).unwrap_or(Value::Int(0, IntKind::Int))
            }
        }
    }

    /// Where an lvalue expression is stored.
    pub(super) fn place(&mut self, e: &tir::Expr) -> Place {
        match &e.kind {
            ExprKind::Var(v) => self.var_place(*v),
            ExprKind::PtrIndex { base, index } => {
                let b = self.value(base);
                let i = self.value(index);
                Place::Deref { ptr: Box::new(b), index: Box::new(i), elem: ltype(&e.ty) }
            }
            ExprKind::ViewIndex { base, indices } => self.element(base, indices, &e.ty),
            ExprKind::Field { base, field } => {
                let Type::Struct(d) = &base.ty else { unreachable!("a field of a struct") };
                let b = self.place(base);
                self.field_place(b, d.id, *field)
            }
            ExprKind::TupleItem { base, index } => {
                let base = self.tuple_place(base);
                Place::TupleField { base: Box::new(base), index: *index, elem: ltype(&e.ty) }
            }
            _ => {
                let v = self.value(e);
                let t = self.temp(ltype(&e.ty));
                self.emit(Stmt::Assign { place: Place::Local(t), value: v });
                Place::Local(t)
            }
        }
    }

    /// `target = value`.
    pub(super) fn assign(&mut self, target: &tir::Expr, value: &tir::Expr) {
        if target.ty == Type::Str {
            if let ExprKind::Var(v) = &target.kind {
                let place = self.var_place(*v);
                self.assign_str(&place, value);
                return;
            }
        }
        if target.ty.memview().is_some() || target.ty == Type::ViewArray {
            if let ExprKind::Var(v) = &target.kind {
                let (new, owned) = self.slice_value_for(value, &target.ty);
                let place = self.var_place(*v);
                // Take the new value before letting go of the old one (`v = v`):
                // a temporary of its own unless it is in one already.
                let t = match new {
                    Value::Read(p) if matches!(*p, Place::Local(_)) && *p != place => *p,
                    new => {
                        let t = Place::Local(self.temp(LType::Slice));
                        self.emit(Stmt::Assign { place: t.clone(), value: new });
                        t
                    }
                };
                if self.st().borrowed_views.contains(v) {
                    debug_assert!(!owned, "a borrowed view only holds views of parameters");
                } else {
                    if !owned {
                        self.emit(Stmt::Acquire(t.clone()));
                    }
                    self.emit(Stmt::Release(place.clone()));
                }
                match target.ty.memview() {
                    Some(m) => self.emit(Stmt::CopySlice { dst: place, src: t, ndim: m.ndim() }),
                    None => self.emit(Stmt::Assign { place, value: Value::Read(Box::new(t)) }),
                }
                self.mark_view_initialized(*v);
                return;
            }
        }
        // A power stored in a declared C float is C's `pow`; an untyped
        // variable holds Cython's soft complex.
        let declared = match target.kind {
            ExprKind::Var(v) => self.tir.var(v).declared,
            _ => true,
        };
        if target.ty.is_float() && declared {
            self.st().direct_pow = pow_under(value);
        }
        if let Type::CArray(..) = target.ty {
            self.assign_array(target, value);
            return;
        }
        let v = self.value(value);
        let place = self.place(target);
        self.emit(Stmt::Assign { place, value: v });
    }

    /// `a = [x, y, z]` or `a = b` on C arrays. A literal's items are all
    /// evaluated (and kept) before any element is stored, as Cython does:
    /// `a = [a[2], a[1], a[0]]` reverses. Another array is copied whole.
    fn assign_array(&mut self, target: &tir::Expr, value: &tir::Expr) {
        if let ExprKind::ArrayLiteral(_) = value.kind {
            let mut leaves = Vec::new();
            self.array_items(value, &mut Vec::new(), &mut leaves);
            let place = self.place(target);
            for (path, v) in leaves {
                let mut p = place.clone();
                let mut ty = ltype(&target.ty);
                for i in path {
                    let LType::Array(elem, _) = ty else { unreachable!("a literal nests as its array type does") };
                    p = Place::Deref {
                        ptr: Box::new(Value::Read(Box::new(p))),
                        index: Box::new(Value::Int(i as i128, IntKind::SsizeT)),
                        elem: (*elem).clone(),
                    };
                    ty = *elem;
                }
                self.emit(Stmt::Assign { place: p, value: v });
            }
            return;
        }
        let src = self.place(value);
        let dst = self.place(target);
        let void_ptr = LType::Ptr(Box::new(LType::Void));
        let address = |p: Place| Value::Cast {
            ty: void_ptr.clone(),
            value: Box::new(Value::AddressOf(Box::new(p))),
            implicit: false,
        };
        self.emit(Stmt::Runtime {
            dest: None,
            func: RuntimeFn::Memmove,
            args: vec![
                RuntimeArg::Value(address(dst)),
                RuntimeArg::Value(address(src)),
                RuntimeArg::Value(Value::Cast {
                    ty: LType::Int(IntKind::SizeT),
                    value: Box::new(Value::Sizeof(ltype(&target.ty))),
                    implicit: false,
                }),
            ],
            checked: false,
        });
    }

    /// The innermost items of an array literal, each with its index path,
    /// evaluated in order into values that later stores cannot change.
    fn array_items(&mut self, e: &tir::Expr, path: &mut Vec<usize>, out: &mut Vec<(Vec<usize>, Value)>) {
        match &e.kind {
            ExprKind::ArrayLiteral(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(i);
                    self.array_items(item, path, out);
                    path.pop();
                }
            }
            _ => {
                let v = self.value(e);
                let v = self.snapshot(v, ltype(&e.ty));
                out.push((path.clone(), v));
            }
        }
    }

    /// `target op= value`: the target's place is computed once.
    pub(super) fn aug_assign(&mut self, target: &tir::Expr, op: tir::BinOp, value: &tir::Expr, ty: &Type) {
        let place = self.place(target);
        let current = Value::Read(Box::new(place.clone()));
        let current = self.convert(current, &target.ty, ty);
        let v = self.value(value);
        let v = if matches!(ty, Type::Ptr(_)) {
            // `p += n`: the offset stays an integer.
            self.convert(v, &value.ty, &Type::SSIZE)
        } else if value.ty == *ty || op == tir::BinOp::Pow {
            v
        } else {
            self.convert(v, &value.ty, ty)
        };
        let fake = tir::Expr::new(tir::ExprKind::Error, ty.clone(), target.span);
        let result = self.binary(op, ty, current, v, &value.ty, &fake);
        let result = if target.ty == Type::PyInt || *ty == Type::PyInt && matches!(target.ty, Type::Int(_)) {
            self.convert_checked(result, ty, &target.ty)
        } else {
            self.convert(result, ty, &target.ty)
        };
        self.emit(Stmt::Assign { place, value: result });
    }

    /// Field `field` of the struct `id` stored in `base`.
    pub(super) fn field_place(&self, base: Place, id: u32, field: usize) -> Place {
        let def = &self.tir.structs[id as usize];
        Place::Field {
            base: Box::new(base),
            field: self.field_names[id as usize][field].clone(),
            ty: ltype(&def.fields[field].ty),
            union: def.union,
        }
    }

    /// What `print(e)` writes for one argument: a struct as the dict Cython
    /// makes of it (`{'x': 1.0, 'y': 2.0}`), a C tuple as Python's tuple
    /// (`(1, 2.5)`, `(7,)`), a C array as the list Cython makes of it.
    pub(super) fn print_items(&mut self, e: &tir::Expr, out: &mut Vec<PrintItem>) {
        // `v.shape` is typed as an array but printed from the slice.
        let shape = matches!(e.kind, tir::ExprKind::ViewAttrArray { .. });
        if matches!(e.ty, Type::Struct(_) | Type::CTuple(_)) || matches!(e.ty, Type::CArray(..)) && !shape {
            let place = self.tuple_place(e);
            self.print_place(place, &e.ty, out);
            return;
        }
        out.push(self.print_item(e));
    }

    fn print_place(&mut self, place: Place, ty: &Type, out: &mut Vec<PrintItem>) {
        match ty {
            Type::Struct(d) => {
                let fields = self.tir.structs[d.id as usize].fields.clone();
                out.push(PrintItem::Text("{".into()));
                for (i, f) in fields.iter().enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    out.push(PrintItem::Text(format!("{sep}{}: ", python_repr_str(&f.name))));
                    let fp = self.field_place(place.clone(), d.id, i);
                    self.print_place(fp, &f.ty, out);
                }
                out.push(PrintItem::Text("}".into()));
            }
            Type::CTuple(members) => {
                out.push(PrintItem::Text("(".into()));
                for (i, member) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(PrintItem::Text(", ".into()));
                    }
                    let field = Place::TupleField { base: Box::new(place.clone()), index: i, elem: ltype(member) };
                    self.print_place(field, member, out);
                }
                out.push(PrintItem::Text(if members.len() == 1 { ",)" } else { ")" }.into()));
            }
            Type::CArray(elem, n) => {
                out.push(PrintItem::Text("[".into()));
                for i in 0..*n {
                    if i > 0 {
                        out.push(PrintItem::Text(", ".into()));
                    }
                    let ep = Place::Deref {
                        ptr: Box::new(Value::Read(Box::new(place.clone()))),
                        index: Box::new(Value::Int(i as i128, IntKind::SsizeT)),
                        elem: ltype(elem),
                    };
                    self.print_place(ep, elem, out);
                }
                out.push(PrintItem::Text("]".into()));
            }
            _ => {
                let v = Value::Read(Box::new(place));
                out.push(scalar_print_item(v, ty));
            }
        }
    }

    pub(super) fn print_item(&mut self, e: &tir::Expr) -> PrintItem {
        if let ExprKind::StrLit(s) = &e.kind {
            return PrintItem::Text(s.clone());
        }
        if let ExprKind::ViewAttrArray { base, attr } = &e.kind {
            let (s, _) = self.slice_value(base);
            let place = self.slice_in_place(s);
            return PrintItem::Dims(place, super::view::slice_field(*attr));
        }
        let v = self.value(e);
        scalar_print_item(v, &e.ty)
    }
}

/// The item types two equal C tuples of type `ty` are compared in: their own.
fn nested_types(ty: &Type) -> Vec<Type> {
    match ty {
        Type::CTuple(members) => members.clone(),
        _ => Vec::new(),
    }
}

/// The checked Python-int operations of the runtime.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum RuntimeFn128 {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    Pow,
    Shl,
    Neg,
}

impl RuntimeFn128 {
    fn runtime(self) -> RuntimeFn {
        match self {
            RuntimeFn128::Add => RuntimeFn::I128Add,
            RuntimeFn128::Sub => RuntimeFn::I128Sub,
            RuntimeFn128::Mul => RuntimeFn::I128Mul,
            RuntimeFn128::FloorDiv => RuntimeFn::I128FloorDiv,
            RuntimeFn128::Mod => RuntimeFn::I128Mod,
            RuntimeFn128::Pow => RuntimeFn::I128Pow,
            RuntimeFn128::Shl => RuntimeFn::I128Shl,
            RuntimeFn128::Neg => RuntimeFn::I128Sub,
        }
    }
}

/// How `print` writes a value of a scalar type.
fn scalar_print_item(v: Value, ty: &Type) -> PrintItem {
    match ty {
        Type::Float { .. } => PrintItem::Double(v),
        Type::Bint => PrintItem::Bint(v),
        Type::PyInt => PrintItem::Int128(v),
        Type::Int(k) if k.signed() => PrintItem::Signed(v),
        Type::Int(_) => PrintItem::Unsigned(v),
        Type::Enum(_) => PrintItem::Signed(v),
        Type::Exception => PrintItem::Error(v),
        _ => PrintItem::Text(String::new()),
    }
}

/// A string as Python's `repr` writes it (a field name: an identifier).
fn python_repr_str(s: &str) -> String {
    format!("'{s}'")
}

fn lty_is_float(t: &LType) -> bool {
    matches!(t, LType::Float(_))
}

/// `v != 0` as a condition.
pub(super) fn truthy(v: Value, ty: &LType) -> Value {
    match ty {
        LType::Bint => v,
        _ => cmp(CmpOp::NotEq, v, zero(ty)),
    }
}

/// `sizeof(T)` of a view's element, as a `Py_ssize_t`.
pub(super) fn itemsize(m: &tir::MemviewType) -> Value {
    Value::Cast { implicit: false, ty: LType::Int(IntKind::SsizeT), value: Box::new(Value::Sizeof(ltype(&m.elem))) }
}

/// For a two-operand comparison of a Python int with a floating-point value
/// (the int converted to the float's type): whether the int comes first.
fn python_int_beside_float(operands: &[tir::Expr]) -> Option<bool> {
    let [x, y] = operands else { return None };
    python_int_and_float(x, y)
}

/// [`python_int_beside_float`] of the pair `x op y`.
fn python_int_and_float(x: &tir::Expr, y: &tir::Expr) -> Option<bool> {
    let python_int = |e: &tir::Expr| matches!(&e.kind, ExprKind::Convert(inner) if inner.ty == Type::PyInt);
    if !x.ty.is_float() {
        return None;
    }
    if python_int(x) && !python_int(y) {
        Some(true)
    } else if python_int(y) && !python_int(x) {
        Some(false)
    } else {
        None
    }
}

/// The comparison with its operands swapped (`a < b` is `b > a`).
fn mirror(op: tir::CmpOp) -> tir::CmpOp {
    match op {
        tir::CmpOp::Lt => tir::CmpOp::Gt,
        tir::CmpOp::Le => tir::CmpOp::Ge,
        tir::CmpOp::Gt => tir::CmpOp::Lt,
        tir::CmpOp::Ge => tir::CmpOp::Le,
        other => other,
    }
}

/// The value of a named C constant, for output languages without the name
/// (`CLOCKS_PER_SEC` is glibc's).
pub(super) fn named_constant(name: &str) -> f64 {
    use std::f64::consts;
    match name {
        "INFINITY" | "HUGE_VAL" => f64::INFINITY,
        "NAN" => f64::NAN,
        "M_PI" => consts::PI,
        "M_E" => consts::E,
        "M_PI_2" => consts::FRAC_PI_2,
        "M_PI_4" => consts::FRAC_PI_4,
        "M_1_PI" => consts::FRAC_1_PI,
        "M_2_PI" => consts::FRAC_2_PI,
        "M_2_SQRTPI" => consts::FRAC_2_SQRT_PI,
        "M_SQRT2" => consts::SQRT_2,
        "M_SQRT1_2" => consts::FRAC_1_SQRT_2,
        "M_LN2" => consts::LN_2,
        "M_LN10" => consts::LN_10,
        "M_LOG2E" => consts::LOG2_E,
        "M_LOG10E" => consts::LOG10_E,
        "CLOCKS_PER_SEC" => 1_000_000.0,
        other => unreachable!("the checker knows every constant: {other}"),
    }
}

/// A call of a pure `<math.h>` function, typed by its C signature.
pub(super) fn math(name: &'static str, args: Vec<Value>) -> Value {
    let sig = crate::tir::math::signature(name).expect("a known math function");
    Value::Math { name, args, ty: crate::lir::verify::math_type(sig.ret()) }
}

/// Whether `e` is a Python float object in Cython: floating arithmetic
/// with a generic Python object (a folded constant, `tir::Module::
/// object_constants`), which Cython leaves an object, so the arithmetic
/// around it is Python's too. (With a plain literal, a Python `int`,
/// Cython converts the result back to a C double at once.)
fn python_float(e: &tir::Expr, objects: &crate::HashSet<cytrus_grammar::ast::Span>) -> bool {
    if !e.ty.is_float() {
        return false;
    }
    let python = |x: &tir::Expr| match &x.kind {
        ExprKind::IntLit(_) if x.ty == Type::PyInt => objects.contains(&x.span),
        _ => python_float(x, objects),
    };
    match &e.kind {
        ExprKind::Convert(inner) => python(inner),
        ExprKind::Binary {
            op:
                tir::BinOp::Add
                | tir::BinOp::Sub
                | tir::BinOp::Mul
                | tir::BinOp::Div
                | tir::BinOp::FloorDiv
                | tir::BinOp::Mod
                | tir::BinOp::Pow,
            left,
            right,
        } => python(left) || python(right),
        ExprKind::Unary { op: tir::UnaryOp::Neg | tir::UnaryOp::Pos, operand } => python(operand),
        _ => false,
    }
}

/// The `**` whose value `e` is, under conversions (its address), if any.
pub(super) fn pow_under(e: &tir::Expr) -> Option<usize> {
    match &e.kind {
        ExprKind::Convert(inner) => pow_under(inner),
        ExprKind::Binary { op: tir::BinOp::Pow, .. } => Some(e as *const tir::Expr as usize),
        _ => None,
    }
}

/// Whether Cython computes the float power `e` as a soft complex: its base
/// is not a non-negative constant, and its exponent is a run-time floating
/// value or a literal that is not a whole number.
fn soft_exponent(e: &tir::Expr) -> bool {
    let ExprKind::Binary { left, right, .. } = &e.kind else { return false };
    let constant_base = literal_value(left).is_some_and(|x| x >= 0.0);
    !constant_base
        && match literal_value(right) {
            Some(x) => x.fract() != 0.0,
            None => floating_exponent(right),
        }
}

/// Whether a power's run-time exponent is floating for Cython: a
/// conditional converted branch by branch is floating only where a branch
/// is (`d ** (n if c else -1)` of an integer `n` is C's `pow`).
fn floating_exponent(e: &tir::Expr) -> bool {
    match &strip_converts(e).kind {
        ExprKind::Conditional { then, orelse, .. } => floating_exponent(then) || floating_exponent(orelse),
        _ => strip_converts(e).ty.is_float(),
    }
}

/// The value Cython's constant folding gives a numeric operand (its
/// `constant_result`): a literal, or `+ - * /` and a sign over literals
/// (`(351341.466 - 0.125) ** v` has a non-negative constant base).
fn literal_value(e: &tir::Expr) -> Option<f64> {
    use tir::BinOp;
    let e = strip_converts(e);
    match &e.kind {
        ExprKind::FloatLit(x) => Some(*x),
        ExprKind::IntLit(i) => Some(*i as f64),
        ExprKind::Unary { op: tir::UnaryOp::Neg, operand } => literal_value(operand).map(|x| -x),
        ExprKind::Unary { op: tir::UnaryOp::Pos, operand } => literal_value(operand),
        // Not through a Python int operand (`(2147483648 / 0.001) ** v`):
        // Cython computes that with its Python-float helpers, no constant.
        ExprKind::Binary { op: op @ (BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div), left, right }
            if e.ty.is_float() && strip_converts(left).ty != Type::PyInt && strip_converts(right).ty != Type::PyInt =>
        {
            let (a, b) = (literal_value(left)?, literal_value(right)?);
            match op {
                BinOp::Add => Some(a + b),
                BinOp::Sub => Some(a - b),
                BinOp::Mul => Some(a * b),
                // A zero divisor is no constant (it raises at run time).
                _ => (b != 0.0).then(|| a / b),
            }
        }
        _ => None,
    }
}

/// `e` under its implicit conversions.
fn strip_converts(mut e: &tir::Expr) -> &tir::Expr {
    while let ExprKind::Convert(inner) = &e.kind {
        e = inner;
    }
    e
}

/// Whether a lir integer type is signed.
fn lty_is_signed(t: &LType) -> bool {
    matches!(t, LType::Int(k) if k.signed())
}
