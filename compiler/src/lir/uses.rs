//! Which locals a piece of lir mentions, and which of them it lends out by
//! address: what lowering needs to decide that a `prange` thread may read
//! its own copy of a variable (one the loop reads and nothing can change).
//!
//! `p = &x; s += v[i]` → mentioned `{p, x, s, v, i}`, addressed `{x}`.

use super::visit::{walk_place, walk_value, Visit};
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
        if let Place::Local(l) = p.storage_root() {
            self.addressed.insert(*l);
        }
    }
}

impl Visit for Uses<'_> {
    fn place(&mut self, p: &Place) {
        if let Place::Local(l) = p {
            self.mentioned.insert(*l);
        }
        walk_place(self, p);
    }

    /// The runtime may keep or write through any reference it is given.
    fn runtime_ref(&mut self, p: &Place, _writes: bool) {
        self.place(p);
        self.root(p);
    }

    fn local(&mut self, l: LocalId, _written: bool) {
        self.mentioned.insert(l);
    }

    fn value(&mut self, v: &Value) {
        match v {
            Value::AddressOf(p) => self.root(p),
            // An array that decays to a pointer lends out its storage.
            Value::Cast { ty: LType::Ptr(_), value, .. } => {
                if let Value::Read(p) = &**value {
                    match &**p {
                        Place::Local(l) if !matches!(self.locals[l.0 as usize].ty, LType::Array(..)) => {}
                        p => self.root(p),
                    }
                }
            }
            _ => {}
        }
        walk_value(self, v);
    }
}
