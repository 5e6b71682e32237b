//! One walk over lir. The analyses that ask a question of every statement,
//! value and place (which locals a loop mentions, which a function writes)
//! override the nodes they care about and leave the rest to the `walk_*`
//! functions, so the shape of the tree is spelled once, here.
//!
//! `x = p[i]` visits `stmt(Assign)` → `target(Local x)` → `place(Local x)`,
//! then `value(Read(Deref))` → `place(Deref)` → `value(p)`, `value(i)`.

use super::*;

pub trait Visit {
    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        walk_stmt(self, s)
    }

    fn value(&mut self, v: &Value) {
        walk_value(self, v)
    }

    fn place(&mut self, p: &Place) {
        walk_place(self, p)
    }

    /// A place a statement stores into: an assignment's target, a call's
    /// result, a copy's destination.
    fn target(&mut self, p: &Place) {
        self.place(p)
    }

    /// A place the runtime receives by reference; `writes` when its
    /// signature lets it write there.
    fn runtime_ref(&mut self, p: &Place, _writes: bool) {
        self.place(p)
    }

    /// A local a statement or value names outside any place: a loop
    /// counter, an error slot, a `prange` loop's variables. `written` when
    /// the statement stores into it or takes what it holds.
    fn local(&mut self, _l: LocalId, _written: bool) {}
}

pub fn walk_stmt<V: Visit + ?Sized>(v: &mut V, s: &Stmt) {
    match s {
        Stmt::Line(_)
        | Stmt::Note(_)
        | Stmt::Break
        | Stmt::Continue
        | Stmt::Fail
        | Stmt::ClearError
        | Stmt::WriteUnraisable(_) => {}
        Stmt::Assign { place, value } => {
            v.target(place);
            v.value(value);
        }
        Stmt::Call { dest, args, .. } => {
            dest.iter().for_each(|d| v.target(d));
            args.iter().for_each(|a| v.value(a));
        }
        Stmt::CallPtr { dest, callee, args } => {
            dest.iter().for_each(|d| v.target(d));
            v.value(callee);
            args.iter().for_each(|a| v.value(a));
        }
        Stmt::Runtime { dest, func, args, .. } => {
            dest.iter().for_each(|d| v.target(d));
            let sig = func.signature();
            for (i, a) in args.iter().enumerate() {
                match a {
                    RuntimeArg::Value(x) => v.value(x),
                    RuntimeArg::Ref(p) => v.runtime_ref(p, matches!(sig.params.get(i), Some(RuntimeParam::RefMut))),
                    RuntimeArg::IntArray(values, _) => values.iter().for_each(|x| v.value(x)),
                    RuntimeArg::Str(_) | RuntimeArg::Callback(_) | RuntimeArg::Function(_) => {}
                }
            }
        }
        Stmt::Check { fail_if, message, .. } => {
            v.value(fail_if);
            walk_message(v, message);
        }
        Stmt::Raise { message, .. } => {
            if let Some(m) = message {
                walk_message(v, m);
            }
        }
        // Each of these takes or replaces what the slot holds.
        Stmt::Reraise(l) | Stmt::FetchError(l) | Stmt::RestoreError(l) | Stmt::DropError(l) => v.local(*l, true),
        Stmt::FailIf(x) => v.value(x),
        Stmt::If { cond, then, orelse } => {
            v.value(cond);
            v.stmts(then);
            v.stmts(orelse);
        }
        Stmt::Loop(b) | Stmt::Block(b) => v.stmts(b),
        Stmt::For { counter, start, stop, step, body, .. } => {
            v.local(*counter, true);
            for x in [start, stop, step] {
                v.value(x);
            }
            v.stmts(body);
        }
        Stmt::Return(x) => x.iter().for_each(|x| v.value(x)),
        Stmt::Guard { body, handler, .. } => {
            v.stmts(body);
            v.stmts(handler);
        }
        Stmt::CopySlice { dst, src, .. } => {
            v.target(dst);
            v.place(src);
        }
        Stmt::Acquire(p) | Stmt::Release(p) => v.place(p),
        Stmt::Print(items) => {
            for item in items {
                match item {
                    PrintItem::Text(_) => {}
                    PrintItem::Double(x)
                    | PrintItem::Signed(x)
                    | PrintItem::Unsigned(x)
                    | PrintItem::Int128(x)
                    | PrintItem::Bint(x)
                    | PrintItem::Error(x) => v.value(x),
                    PrintItem::Dims(p, _) | PrintItem::Str(p) => v.place(p),
                }
            }
        }
        Stmt::Parallel(p) => {
            for x in p.chunksize.iter().chain(&p.num_threads) {
                v.value(x);
            }
            // The loop's own counters and what its threads read.
            for l in [p.count, p.index].iter().chain(&p.private).chain(&p.shared).chain(&p.through_pointer) {
                v.local(*l, false);
            }
            // What the caller combines from the threads, or learns of how they left.
            let e = &p.exit;
            let combined = p.reductions.iter().map(|r| &r.local).chain(&p.lastprivate);
            for l in combined.chain([&e.team_why, &e.team_error]).chain(&e.team_ret) {
                v.local(*l, true);
            }
            for l in [&e.why, &e.error].into_iter().chain(&e.ret) {
                v.local(*l, true);
            }
            v.stmts(&p.body);
        }
        Stmt::ParallelBlock(p) => {
            if let Some(x) = &p.num_threads {
                v.value(x);
            }
            for l in p.private.iter().chain(&p.shared).chain(&p.through_pointer) {
                v.local(*l, false);
            }
            let e = &p.exit;
            let combined = p.reductions.iter().map(|r| &r.local).chain(&p.lastprivate).chain(&p.firstprivate);
            let combined = combined.chain(&p.shared_written);
            for l in combined.chain([&e.team_why, &e.team_error]).chain(&e.team_ret) {
                v.local(*l, true);
            }
            for l in [&e.why, &e.error].into_iter().chain(&e.ret) {
                v.local(*l, true);
            }
            v.stmts(&p.body);
        }
    }
}

pub fn walk_message<V: Visit + ?Sized>(v: &mut V, m: &Message) {
    match m {
        Message::Value(x) => v.value(x),
        Message::Str(p) => v.place(p),
        Message::Text(_) => {}
    }
}

pub fn walk_place<V: Visit + ?Sized>(v: &mut V, p: &Place) {
    match p {
        Place::Local(_) | Place::Global(_) => {}
        Place::Deref { ptr, index, .. } => {
            v.value(ptr);
            v.value(index);
        }
        Place::Element(e) => {
            v.value(&e.slice);
            for t in &e.terms {
                v.value(&t.index);
            }
        }
        Place::SliceField { slice: base, .. }
        | Place::SliceData(base)
        | Place::Field { base, .. }
        | Place::TupleField { base, .. } => v.place(base),
    }
}

pub fn walk_value<V: Visit + ?Sized>(v: &mut V, x: &Value) {
    match x {
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
        Value::ErrorMatches { error, .. } => v.local(*error, false),
        Value::Read(p) | Value::AddressOf(p) => v.place(p),
        Value::Unary { operand, .. } => v.value(operand),
        Value::Binary { left, right, .. } | Value::Compare { left, right, .. } => {
            v.value(left);
            v.value(right);
        }
        Value::And(a, b) | Value::Or(a, b) => {
            v.value(a);
            v.value(b);
        }
        Value::Cond { cond, then, orelse, .. } => {
            v.value(cond);
            v.value(then);
            v.value(orelse);
        }
        Value::Cast { value, .. } => v.value(value),
        Value::Math { args, .. } => args.iter().for_each(|a| v.value(a)),
        Value::IsNone(s) => v.value(s),
        Value::SliceWith { base, value, .. } => {
            v.value(base);
            v.value(value);
        }
        Value::SliceWithData { base, data } => {
            v.value(base);
            v.value(data);
        }
        Value::Tuple { items, .. } => items.iter().for_each(|i| v.value(i)),
    }
}
