//! What the printed code does with control: which statements can run,
//! which never finish (Rust rejects code after them), which leave for a
//! guard or a loop, and which locals are written (those are `let mut`).

use crate::HashSet;

use crate::lir::*;
use crate::tir::IntKind;

/// The statements that can run: up to the first that never finishes.
pub(super) fn reachable(stmts: &[Stmt]) -> &[Stmt] {
    match stmts.iter().position(diverges) {
        Some(i) => &stmts[..=i],
        None => stmts,
    }
}

/// Whether control never goes on after `s`, as Rust sees the printed code.
pub(super) fn diverges(s: &Stmt) -> bool {
    match s {
        Stmt::Return(_) | Stmt::Fail | Stmt::Break | Stmt::Continue => true,
        Stmt::If { then, orelse, .. } => !orelse.is_empty() && diverges_block(then) && diverges_block(orelse),
        Stmt::Block(body) => diverges_block(body),
        Stmt::Loop(body) => !breaks_out(body),
        Stmt::Guard { body, handler, .. } => {
            if fails_to(body) {
                diverges_block(body) && diverges_block(handler)
            } else {
                diverges_block(body)
            }
        }
        _ => false,
    }
}

pub(super) fn diverges_block(stmts: &[Stmt]) -> bool {
    stmts.iter().any(diverges)
}

/// Whether a `break` in `body` leaves the loop it is the body of.
fn breaks_out(body: &[Stmt]) -> bool {
    jumps_out(body, false)
}

/// Whether a `break` (or, with `continues`, a `continue`) in `body` targets
/// the loop around it.
pub(super) fn jumps_out(body: &[Stmt], continues: bool) -> bool {
    reachable(body).iter().any(|s| match s {
        Stmt::Break => true,
        Stmt::Continue => continues,
        Stmt::If { then, orelse, .. } => jumps_out(then, continues) || jumps_out(orelse, continues),
        Stmt::Block(b) => jumps_out(b, continues),
        Stmt::Guard { body, handler, .. } => {
            jumps_out(body, continues) || (fails_to(body) && jumps_out(handler, continues))
        }
        _ => false,
    })
}

/// Whether `body` has a loop anywhere in it.
pub(super) fn has_loop(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::Loop(_) | Stmt::For { .. } | Stmt::Parallel(_) => true,
        Stmt::If { then, orelse, .. } => has_loop(then) || has_loop(orelse),
        Stmt::Block(b) => has_loop(b),
        Stmt::Guard { body, handler, .. } => has_loop(body) || has_loop(handler),
        _ => false,
    })
}

/// Whether something in `body` leaves for the guard around it.
pub(super) fn fails_to(body: &[Stmt]) -> bool {
    reachable(body).iter().any(|s| match s {
        Stmt::Fail | Stmt::FailIf(_) | Stmt::Check { .. } | Stmt::Runtime { checked: true, .. } => true,
        Stmt::If { then, orelse, .. } => fails_to(then) || fails_to(orelse),
        Stmt::Block(b) | Stmt::Loop(b) | Stmt::For { body: b, .. } => fails_to(b),
        // Fails in a nested guard's body go to its handler, which may fail on.
        Stmt::Guard { body, handler, .. } => fails_to(body) && fails_to(handler),
        _ => false,
    })
}

/// The locals the printed function writes, borrows mutably or takes the
/// address of: those are `let mut`.
pub(super) fn written_locals(f: &Function, m: &Module) -> HashSet<LocalId> {
    let mut out = HashSet::default();
    let mut walker = Mutation { f, m, out: &mut out };
    walker.stmts(&f.body);
    out
}

struct Mutation<'a> {
    f: &'a Function,
    m: &'a Module,
    out: &'a mut HashSet<LocalId>,
}

impl Mutation<'_> {
    fn place_type(&self, p: &Place) -> LType {
        match p {
            Place::Local(l) => self.f.locals[l.0 as usize].ty.clone(),
            Place::Global(g) => self.m.globals[g.0 as usize].ty.clone(),
            Place::Deref { elem, .. } => elem.clone(),
            Place::Element(e) => e.elem.clone(),
            Place::SliceField { .. } => LType::Int(IntKind::SsizeT),
            Place::SliceData(_) => LType::Ptr(Box::new(LType::Int(IntKind::UChar))),
            Place::Field { ty, .. } => ty.clone(),
            Place::TupleField { elem, .. } => elem.clone(),
        }
    }

    /// The local whose storage `p` is part of.
    fn root(&mut self, p: &Place) {
        match p {
            Place::Local(l) => {
                self.out.insert(*l);
            }
            Place::SliceField { slice, .. } | Place::SliceData(slice) | Place::Field { base: slice, .. } => {
                self.root(slice)
            }
            Place::TupleField { base, .. } => self.root(base),
            Place::Deref { ptr, .. } => {
                if let Value::Read(inner) = &**ptr {
                    if matches!(self.place_type(inner), LType::Array(..)) {
                        self.root(inner);
                    }
                }
            }
            _ => {}
        }
    }

    fn place(&mut self, p: &Place) {
        match p {
            Place::Deref { ptr, index, .. } => {
                self.value(ptr);
                self.value(index);
            }
            Place::Element(e) => {
                self.value(&e.slice);
                for t in &e.terms {
                    self.value(&t.index);
                }
            }
            Place::SliceField { slice, .. } | Place::SliceData(slice) | Place::Field { base: slice, .. } => {
                self.place(slice)
            }
            _ => {}
        }
    }

    fn value(&mut self, v: &Value) {
        match v {
            Value::Read(p) => self.place(p),
            Value::AddressOf(p) => {
                if !matches!(**p, Place::Element(_)) {
                    self.root(p);
                }
                self.place(p);
            }
            Value::Cast { ty, value, .. } => {
                if let (LType::Ptr(_), Value::Read(p)) = (ty, &**value) {
                    if matches!(self.place_type(p), LType::Array(..)) {
                        self.root(p);
                    }
                }
                self.value(value);
            }
            Value::Unary { operand, .. } => self.value(operand),
            Value::Binary { left, right, .. } | Value::Compare { left, right, .. } => {
                self.value(left);
                self.value(right);
            }
            Value::And(a, b) | Value::Or(a, b) => {
                self.value(a);
                self.value(b);
            }
            Value::Cond { cond, then, orelse, .. } => {
                self.value(cond);
                self.value(then);
                self.value(orelse);
            }
            Value::Math { args, .. } => args.iter().for_each(|a| self.value(a)),
            Value::IsNone(s) => self.value(s),
            Value::SliceWith { base, value, .. } => {
                self.value(base);
                self.value(value);
            }
            Value::SliceWithData { base, data } => {
                self.value(base);
                self.value(data);
            }
            _ => {}
        }
    }

    /// Only what is printed: the reachable statements, and handlers of guards that something fails to.
    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in reachable(stmts) {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Assign { place, value } => {
                self.root(place);
                self.place(place);
                self.value(value);
            }
            Stmt::CopySlice { dst, src, .. } => {
                self.root(dst);
                self.place(dst);
                self.place(src);
            }
            Stmt::Call { dest, args, .. } => {
                if let Some(d) = dest {
                    self.root(d);
                }
                args.iter().for_each(|a| self.value(a));
            }
            Stmt::CallPtr { dest, callee, args } => {
                if let Some(d) = dest {
                    self.root(d);
                }
                self.value(callee);
                args.iter().for_each(|a| self.value(a));
            }
            Stmt::Runtime { dest, func, args, .. } => {
                if let Some(d) = dest {
                    self.root(d);
                }
                let sig = func.signature();
                for (i, a) in args.iter().enumerate() {
                    match a {
                        RuntimeArg::Value(v) => self.value(v),
                        RuntimeArg::Ref(p) => {
                            if matches!(sig.params.get(i), Some(RuntimeParam::RefMut)) {
                                self.root(p);
                            }
                            self.place(p);
                        }
                        RuntimeArg::IntArray(values, _) => values.iter().for_each(|v| self.value(v)),
                        RuntimeArg::Callback(_) | RuntimeArg::Function(_) => {}
                        RuntimeArg::Str(_) => {}
                    }
                }
            }
            Stmt::Check { fail_if, message, .. } => {
                self.value(fail_if);
                if let Message::Value(v) = message {
                    self.value(v);
                }
            }
            Stmt::Raise { message: Some(Message::Value(v)), .. } => self.value(v),
            Stmt::Raise { message: Some(Message::Str(p)), .. } => self.place(p),
            Stmt::FailIf(v) => self.value(v),
            Stmt::Return(Some(v)) => self.value(v),
            Stmt::If { cond, then, orelse } => {
                self.value(cond);
                self.stmts(then);
                self.stmts(orelse);
            }
            Stmt::Loop(body) | Stmt::Block(body) => self.stmts(body),
            Stmt::For { counter, start, stop, step, body, .. } => {
                self.out.insert(*counter);
                self.value(start);
                self.value(stop);
                self.value(step);
                self.stmts(body);
            }
            Stmt::Guard { body, handler, .. } => {
                self.stmts(body);
                if fails_to(body) {
                    self.stmts(handler);
                }
            }
            // The threads write their own copies (declared `let mut` in the
            // closure); the caller writes what it combines from them.
            Stmt::Parallel(p) => {
                self.out.extend(p.reductions.iter().map(|r| r.local));
                self.out.extend(p.lastprivate.iter().copied());
                self.out.insert(p.exit.team_why);
                self.out.insert(p.exit.team_error);
                self.out.extend(p.exit.team_ret);
            }
            Stmt::FetchError(l) | Stmt::RestoreError(l) | Stmt::Reraise(l) | Stmt::DropError(l) => {
                self.out.insert(*l);
            }
            Stmt::Print(items) => {
                for item in items {
                    match item {
                        PrintItem::Double(v)
                        | PrintItem::Signed(v)
                        | PrintItem::Unsigned(v)
                        | PrintItem::Int128(v)
                        | PrintItem::Bint(v)
                        | PrintItem::Error(v) => self.value(v),
                        PrintItem::Dims(p, _) | PrintItem::Str(p) => self.place(p),
                        PrintItem::Text(_) => {}
                    }
                }
            }
            _ => {}
        }
    }
}
