//! Which local views need no acquisition of their own: views that only
//! ever hold a view of a view parameter the body never reassigns borrow the
//! caller's acquisition.
//!
//! `def f(double[:, ::1] m): row = m[i]` → `row` is borrowed: no
//! `Acquire`/`Release` around it.

use crate::HashSet;

use super::Lowerer;
use crate::tir::{self, VarId, VarScope};

impl Lowerer<'_> {
    /// The local views of `f` that need no acquisition: every assignment
    /// gives them a view (a slice, transposition or conversion) of a view
    /// parameter that the body never assigns, so the caller's acquisition
    /// keeps their owner alive for the whole call. A view made and dropped
    /// in every iteration of a loop then costs no atomic counting.
    pub(super) fn borrowed_views(&self, f: &tir::Function, assigned: &HashSet<VarId>) -> HashSet<VarId> {
        let held_param = |v: VarId| {
            f.params.iter().any(|p| p.var == v)
                && self.tir.var(v).ty.memview().is_some()
                && !assigned.contains(&v)
                && !self.address_taken.contains(&v)
        };
        let mut candidates = HashSet::default();
        let mut refused = HashSet::default();
        tir::walk::stmts(&f.body, &mut |s| {
            let tir::StmtKind::Assign { target, value } = &s.kind else { return };
            let tir::ExprKind::Var(w) = target.kind else { return };
            if target.ty.memview().is_none() || !matches!(self.tir.var(w).scope, VarScope::Local(_)) {
                return;
            }
            match view_root(value) {
                Some(p) if held_param(p) && !self.address_taken.contains(&w) => candidates.insert(w),
                _ => refused.insert(w),
            };
        });
        candidates.retain(|w| !refused.contains(w));
        candidates
    }
}

/// The variable whose view `e` is a view of: through slicing, `.T` and
/// conversions between view types.
fn view_root(e: &tir::Expr) -> Option<VarId> {
    match &e.kind {
        tir::ExprKind::Var(v) => Some(*v),
        tir::ExprKind::ViewSlice { base, .. }
        | tir::ExprKind::Transpose(base)
        | tir::ExprKind::ViewConvert { operand: base, .. } => view_root(base),
        _ => None,
    }
}
