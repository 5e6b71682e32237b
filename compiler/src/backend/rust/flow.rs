//! What the printed code does with control: which statements can run,
//! which never finish (Rust rejects code after them), which leave for a
//! guard or a loop, and which locals are written (those are `let mut`).

use crate::HashSet;

use crate::lir::visit::{walk_stmt, walk_value, Visit};
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
        Stmt::Loop(_) | Stmt::For { .. } | Stmt::Parallel(_) | Stmt::ParallelBlock(_) => true,
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
    Mutation { f, m, out: &mut out }.stmts(&f.body);
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

    /// The local whose storage `p` is part of (an element of a C array is
    /// part of the array's).
    fn root(&mut self, p: &Place) {
        match p.storage_root() {
            Place::Local(l) => {
                self.out.insert(*l);
            }
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
}

impl Visit for Mutation<'_> {
    /// Only what is printed: the reachable statements.
    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in reachable(stmts) {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            // A guard's handler is printed only when something fails to it.
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
            Stmt::ParallelBlock(p) => {
                self.out.extend(p.shared_written.iter().copied());
                self.out.extend(p.reductions.iter().map(|r| r.local));
                self.out.extend(p.lastprivate.iter().copied());
                self.out.insert(p.exit.team_why);
                self.out.insert(p.exit.team_error);
                self.out.extend(p.exit.team_ret);
            }
            _ => walk_stmt(self, s),
        }
    }

    fn target(&mut self, p: &Place) {
        self.root(p);
        self.place(p);
    }

    fn runtime_ref(&mut self, p: &Place, writes: bool) {
        if writes {
            self.root(p);
        }
        self.place(p);
    }

    fn local(&mut self, l: LocalId, written: bool) {
        if written {
            self.out.insert(l);
        }
    }

    fn value(&mut self, v: &Value) {
        match v {
            // `&mut` of an element borrows the slice's data, not the slice.
            Value::AddressOf(p) if !matches!(**p, Place::Element(_)) => self.root(p),
            // An array that decays to a pointer lends out its storage.
            Value::Cast { ty: LType::Ptr(_), value, .. } => {
                if let Value::Read(p) = &**value {
                    if matches!(self.place_type(p), LType::Array(..)) {
                        self.root(p);
                    }
                }
            }
            _ => {}
        }
        walk_value(self, v);
    }
}
