//! Which locals a piece of lir mentions, and which of them it lends out by
//! address: what lowering needs to decide that a `prange` thread may read
//! its own copy of a variable (one the loop reads and nothing can change).
//!
//! `p = &x; s += v[i]` → mentioned `{p, x, s, v, i}`, addressed `{x}`.

use super::*;
use crate::HashSet;

/// The locals `stmts` mention (read, write, or take the address of) and
/// those whose storage escapes: taken by address (`&x`, an array that
/// decays to a pointer, a slice passed to the runtime to be written).
#[derive(Debug)]
pub struct Uses<'f> {
    /// The function's locals (their types).
    locals: &'f [Local],
    pub mentioned: HashSet<LocalId>,
    pub addressed: HashSet<LocalId>,
}

impl<'f> Uses<'f> {
    pub fn of(locals: &'f [Local], stmts: &[Stmt]) -> Uses<'f> {
        let mut u = Uses { locals, mentioned: HashSet::default(), addressed: HashSet::default() };
        u.stmts(stmts);
        u
    }

    fn root(&mut self, p: &Place) {
        match p {
            Place::Local(l) => {
                self.addressed.insert(*l);
            }
            Place::SliceField { slice: base, .. }
            | Place::SliceData(base)
            | Place::Field { base, .. }
            | Place::TupleField { base, .. } => self.root(base),
            _ => {}
        }
    }

    pub fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Line(_)
            | Stmt::Note(_)
            | Stmt::Break
            | Stmt::Continue
            | Stmt::Fail
            | Stmt::ClearError
            | Stmt::WriteUnraisable(_) => {}
            Stmt::Assign { place, value } => {
                self.place(place);
                self.value(value);
            }
            Stmt::Call { dest, args, .. } => {
                dest.iter().for_each(|d| self.place(d));
                args.iter().for_each(|a| self.value(a));
            }
            Stmt::CallPtr { dest, callee, args } => {
                dest.iter().for_each(|d| self.place(d));
                self.value(callee);
                args.iter().for_each(|a| self.value(a));
            }
            Stmt::Runtime { dest, args, .. } => {
                dest.iter().for_each(|d| self.place(d));
                for a in args {
                    match a {
                        RuntimeArg::Value(v) => self.value(v),
                        RuntimeArg::Ref(p) => {
                            self.place(p);
                            self.root(p);
                        }
                        RuntimeArg::IntArray(values, _) => values.iter().for_each(|v| self.value(v)),
                        RuntimeArg::Str(_) | RuntimeArg::Callback(_) | RuntimeArg::Function(_) => {}
                    }
                }
            }
            Stmt::Check { fail_if, message, .. } => {
                self.value(fail_if);
                self.message(message);
            }
            Stmt::Raise { message, .. } => {
                if let Some(m) = message {
                    self.message(m);
                }
            }
            Stmt::Reraise(l) | Stmt::FetchError(l) | Stmt::RestoreError(l) | Stmt::DropError(l) => {
                self.mentioned.insert(*l);
            }
            Stmt::FailIf(v) => self.value(v),
            Stmt::If { cond, then, orelse } => {
                self.value(cond);
                self.stmts(then);
                self.stmts(orelse);
            }
            Stmt::Loop(b) | Stmt::Block(b) => self.stmts(b),
            Stmt::For { counter, start, stop, step, body, .. } => {
                self.mentioned.insert(*counter);
                for v in [start, stop, step] {
                    self.value(v);
                }
                self.stmts(body);
            }
            Stmt::Return(v) => v.iter().for_each(|v| self.value(v)),
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
                        PrintItem::Double(v)
                        | PrintItem::Signed(v)
                        | PrintItem::Unsigned(v)
                        | PrintItem::Int128(v)
                        | PrintItem::Bint(v)
                        | PrintItem::Error(v) => self.value(v),
                        PrintItem::Dims(p, _) | PrintItem::Str(p) => self.place(p),
                    }
                }
            }
            Stmt::Parallel(p) => {
                self.mentioned.extend([p.count, p.index]);
                for v in p.chunksize.iter().chain(&p.num_threads) {
                    self.value(v);
                }
                self.mentioned.extend(p.reductions.iter().map(|r| r.local));
                self.mentioned.extend(p.lastprivate.iter().chain(&p.private).chain(&p.shared));
                self.mentioned.extend(&p.through_pointer);
                let e = &p.exit;
                self.mentioned.extend([e.why, e.error, e.team_why, e.team_error]);
                self.mentioned.extend(e.ret.iter().chain(&e.team_ret));
                self.stmts(&p.body);
            }
        }
    }

    fn message(&mut self, m: &Message) {
        match m {
            Message::Value(v) => self.value(v),
            Message::Str(p) => self.place(p),
            Message::Text(_) => {}
        }
    }

    fn place(&mut self, p: &Place) {
        match p {
            Place::Local(l) => {
                self.mentioned.insert(*l);
            }
            Place::Global(_) => {}
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
            Place::SliceField { slice: base, .. }
            | Place::SliceData(base)
            | Place::Field { base, .. }
            | Place::TupleField { base, .. } => self.place(base),
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
            | Value::CString(_) => {}
            Value::ErrorMatches { error, .. } => {
                self.mentioned.insert(*error);
            }
            Value::Read(p) => self.place(p),
            Value::AddressOf(p) => {
                self.place(p);
                self.root(p);
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
            Value::Cast { ty, value, .. } => {
                // An array that decays to a pointer lends out its storage.
                if let (LType::Ptr(_), Value::Read(p)) = (ty, &**value) {
                    match &**p {
                        Place::Local(l) if !matches!(self.locals[l.0 as usize].ty, LType::Array(..)) => {}
                        p => self.root(p),
                    }
                }
                self.value(value);
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
            Value::Tuple { items, .. } => items.iter().for_each(|i| self.value(i)),
        }
    }
}
