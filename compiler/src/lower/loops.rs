//! What loops prove about the indices inside them, so that lowering can
//! leave out checks that cannot fail.
//!
//! Two kinds of proof:
//! - a `for v in range(lo, X.shape[k] - c)` loop keeps `v + d` within axis
//!   `k` of `X` for `lo + d >= 0` and `d <= c` (and, generally, the linear
//!   facts of [`super::facts`]);
//! - an innermost loop whose indices are the loop variable plus a constant,
//!   or loop-invariant, is *versioned*: one test before the loop checks the
//!   indices of every iteration at once, and the loop then runs without its
//!   per-iteration checks, or, when the test fails, as written ([`Versioning`]).
//!
//! Variables whose address is taken, and module variables in a loop that
//! calls a function, can change behind the loop's back: neither proof uses them.

use crate::HashSet;

use super::facts::{Atom, Lin, MAX, MIN};
use super::{cmp, Lowerer};
use crate::lir::{self, LType, Place, SliceField, Value};
use crate::tir::{self, IntKind, Type, VarId, VarScope};

/// An index a versioned loop checks once, before it runs: `var + offset`
/// (the constant `offset` when `var` is `None`) on `axis` of `view`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct HoistedIndex {
    view: VarId,
    axis: usize,
    var: Option<VarId>,
    offset: i128,
}

/// Why an index needs no check.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Proof {
    /// Nothing is known.
    None,
    /// Known non-negative (no wraparound), not known below the extent.
    NonNegative,
    /// The enclosing `range` loop keeps it within the extent.
    Range,
    /// The versioned loop's precondition checked it before the loop.
    Hoisted,
}

impl Proof {
    pub(super) fn non_negative(self) -> bool {
        self != Proof::None
    }
    pub(super) fn in_bounds(self) -> bool {
        matches!(self, Proof::Range | Proof::Hoisted)
    }
    /// Why an index this proof covers is within its axis, for the output.
    pub(super) fn reason(self) -> &'static str {
        match self {
            Proof::Hoisted => "proven within the extent by lowering (checked once, before the versioned loop)",
            _ => "proven within the extent by lowering (the enclosing range loop; see the note above)",
        }
    }
}

impl Lowerer<'_> {
    /// What the enclosing loops and the facts known here prove about `index`
    /// used on axis `axis` of the view variable `view`, and the facts used.
    pub(super) fn proven(&self, index: &tir::Expr, view: Option<VarId>, axis: usize) -> (Proof, Vec<String>) {
        if let (Some(view), Some((var, offset)), Some(st)) = (view, index_form(index), self.state.as_ref()) {
            if st.hoisted.contains(&HoistedIndex { view, axis, var, offset }) {
                return (Proof::Hoisted, Vec::new());
            }
        }
        match self.prove_index(index, view, axis) {
            (true, true, why) => (Proof::Range, why),
            (true, false, _) => (Proof::NonNegative, Vec::new()),
            _ => (Proof::None, Vec::new()),
        }
    }
}

/// A versioned loop: the test that runs before it, and the indices the
/// test covers (checked for every iteration at once).
pub(super) struct Versioning {
    pub cond: Value,
    pub covered: Vec<HoistedIndex>,
}

impl Lowerer<'_> {
    /// Whether `v` changes only where `body` assigns it by name: its address
    /// is never taken, and a module variable is not exposed to a call.
    fn trackable(&self, v: VarId, body: &[tir::Stmt]) -> bool {
        if self.address_taken.contains(&v) {
            return false;
        }
        match self.tir.var(v).scope {
            VarScope::Global => !calls_function(body),
            // C code may change a C variable at any call, and a header's macro
            // may hide a call.
            VarScope::Extern => false,
            VarScope::Param(_) | VarScope::Local(_) => true,
        }
    }

    /// The facts a `range` loop proves about its variable inside its body
    /// (which must assign neither the variable nor the bounds' atoms): for a
    /// step of 1, `start <= v <= stop - 1`; for -1, `stop + 1 <= v <= start`;
    /// for another constant step, the bound on the side the counter starts
    /// from, when the counter cannot wrap past the other one.
    pub(super) fn range_facts(
        &self,
        var: VarId,
        start: &tir::Expr,
        stop: &tir::Expr,
        step: &tir::Expr,
        range_ty: &Type,
        body: &[tir::Stmt],
    ) -> Vec<(Atom, bool, Lin)> {
        let mut out = Vec::new();
        let tir::ExprKind::IntLit(step) = strip_convert(step).kind else { return out };
        if !is_wide(&self.tir.var(var).ty) || !is_wide(range_ty) || step == 0 || !self.trackable(var, body) {
            return out;
        }
        let mut assigned = HashSet::default();
        assigned_vars(body, &mut assigned);
        if assigned.contains(&var) {
            return out;
        }
        let globals = !calls_function(body);
        let invariant = |l: &Lin| !l.mentions_any(&assigned);
        let v = Atom::Var(var);
        let first = step > 0;
        // The counter stays within [MIN + 1, MAX - 1] for a step of ±1.
        if step == 1 {
            out.push((v, true, Lin::constant(MAX - 1)));
        } else if step == -1 {
            out.push((v, false, Lin::constant(MIN + 1)));
        }
        // `start` is where the counter begins: v >= start (step > 0) or v <= start.
        let counter_safe = match step {
            1 | -1 => true,
            // t + step must not wrap: the stop leaves room for one more step.
            s if s > 0 => self.bounds_of(stop, true, globals).iter().any(|b| self.lin_range(b).1 <= MAX - s + 1),
            s => self.bounds_of(stop, false, globals).iter().any(|b| self.lin_range(b).0 >= MIN - s - 1),
        };
        if !counter_safe {
            return Vec::new();
        }
        let starts: Vec<Lin> = self.bounds_of(start, !first, globals).into_iter().filter(|b| invariant(b)).collect();
        for b in &starts {
            out.push((v, !first, b.clone()));
        }
        // The stop is never reached: v <= stop - 1 (step > 0) or v >= stop + 1.
        let stops: Vec<Lin> = self.bounds_of(stop, first, globals).into_iter().filter(|b| invariant(b)).collect();
        for b in &stops {
            out.push((v, first, b.add_const(if first { -1 } else { 1 })));
        }
        // The body runs, so the range is not empty: start <= stop - 1 (or
        // start >= stop + 1); `range(-r, r + 1)` says `r >= 0` inside.
        for s in &starts {
            for t in &stops {
                let d = if first { s.sub(t).add_const(1) } else { t.sub(s).add_const(1) };
                out.extend(super::facts::le_facts(&d, 0));
            }
        }
        out
    }

    /// Versions an innermost `for var in range(start, stop, step)` loop when
    /// one test before it can stand for bounds checks inside it: each index
    /// `var + d`, `u + d` (`u` loop-invariant) or constant on a view variable
    /// the body does not assign. `None` when there is nothing to gain.
    pub(super) fn versioning(
        &self,
        var: VarId,
        start: &Value,
        stop: &Value,
        step: Option<i128>,
        range_ty: &Type,
        body: &[tir::Stmt],
    ) -> Option<Versioning> {
        let st = self.state.as_ref()?;
        // The bounds are compared as Py_ssize_t: the loop must count in a type that casts to it exactly.
        if !st.directives.boundscheck || !matches!(step, Some(s) if s > 0) || !is_wide(range_ty) {
            return None;
        }
        if !is_wide(&self.tir.var(var).ty) || !self.trackable(var, body) || contains_loop(body) {
            return None;
        }
        let mut assigned = HashSet::default();
        assigned_vars(body, &mut assigned);
        if assigned.contains(&var) {
            return None;
        }
        let invariant = |v: VarId| !assigned.contains(&v) && self.trackable(v, body);
        let mut covered: Vec<HoistedIndex> = Vec::new();
        let mut conds = Vec::new();
        tir::walk::exprs_in_stmts(body, &mut |e| {
            let tir::ExprKind::ViewIndex { base, indices } = &e.kind else { return };
            let tir::ExprKind::Var(view) = base.kind else { return };
            if base.ty.memview().is_none() || !invariant(view) {
                return;
            }
            for (axis, index) in indices.iter().enumerate() {
                let Some((index_var, offset)) = index_form(index) else { continue };
                let h = HoistedIndex { view, axis, var: index_var, offset };
                if covered.contains(&h) || self.proven(index, Some(view), axis).0.in_bounds() {
                    continue;
                }
                let shape = Value::Read(Box::new(Place::SliceField {
                    slice: Box::new(self.var_place(view)),
                    field: SliceField::Shape,
                    axis,
                }));
                let below = |shape: Value| minus(shape, offset);
                match index_var {
                    Some(v) if v == var => {
                        // Every value the loop gives `var` lies in [start, stop).
                        if !matches!(start, Value::Int(s, _) if s + offset >= 0) {
                            conds.push(cmp(lir::CmpOp::Ge, ssize_of(start.clone()), ssize(-offset)));
                        }
                        conds.push(cmp(lir::CmpOp::Le, ssize_of(stop.clone()), below(shape)));
                    }
                    Some(u) => {
                        let narrow_ok = offset == 0 && matches!(self.tir.var(u).ty, Type::Int(_));
                        if !invariant(u) || !(is_wide(&self.tir.var(u).ty) || narrow_ok) {
                            continue;
                        }
                        let u_value = ssize_of(Value::Read(Box::new(self.var_place(u))));
                        let known_non_negative = self.prove_ge(&Lin::atom(Atom::Var(u)).add_const(offset), 0).is_some();
                        if !known_non_negative {
                            conds.push(cmp(lir::CmpOp::Ge, u_value.clone(), ssize(-offset)));
                        }
                        conds.push(cmp(lir::CmpOp::Lt, u_value, below(shape)));
                    }
                    None if offset >= 0 => conds.push(cmp(lir::CmpOp::Lt, ssize(offset), shape)),
                    None => continue,
                }
                covered.push(h);
            }
        });
        let cond = conds.into_iter().reduce(|a, b| Value::And(Box::new(a), Box::new(b)))?;
        Some(Versioning { cond, covered })
    }

    /// A covered index as written, for the note in the output.
    pub(super) fn describe(&self, h: &HoistedIndex) -> String {
        format!("`{}` on axis {} of `{}`", self.index_text_of(h.var, h.offset), h.axis, self.tir.var(h.view).name)
    }

    fn index_text_of(&self, var: Option<VarId>, offset: i128) -> String {
        match var {
            None => offset.to_string(),
            Some(v) => {
                let name = &self.tir.var(v).name;
                match offset {
                    0 => name.clone(),
                    d if d > 0 => format!("{name} + {d}"),
                    d => format!("{name} - {}", -d),
                }
            }
        }
    }
}

fn ssize(v: i128) -> Value {
    Value::Int(v, IntKind::SsizeT)
}

fn ssize_of(v: Value) -> Value {
    Value::Cast { implicit: false, ty: LType::Int(IntKind::SsizeT), value: Box::new(v) }
}

/// `shape - offset`; an extent is far from overflow for a constant offset.
fn minus(shape: Value, offset: i128) -> Value {
    if offset == 0 {
        return shape;
    }
    Value::Binary {
        op: lir::BinOp::Sub,
        ty: LType::Int(IntKind::SsizeT),
        left: Box::new(shape),
        right: Box::new(ssize(offset)),
    }
}

/// A signed 64-bit integer type: every `range` value and `v ± d` fits.
fn is_wide(ty: &Type) -> bool {
    matches!(ty, Type::Int(k) if k.signed() && k.bits() == 64)
}

/// Whether `stmts` call a function of the module (which may assign module variables).
fn calls_function(stmts: &[tir::Stmt]) -> bool {
    let mut found = false;
    tir::walk::exprs_in_stmts(stmts, &mut |e| found |= matches!(e.kind, tir::ExprKind::Call { .. }));
    found
}

/// Whether `stmts` contain a loop (only innermost loops are versioned: the
/// body is lowered twice).
fn contains_loop(stmts: &[tir::Stmt]) -> bool {
    let mut found = false;
    tir::walk::stmts(stmts, &mut |s| {
        found |= matches!(s.kind, tir::StmtKind::While { .. } | tir::StmtKind::ForRange { .. })
    });
    found
}

/// An index written `v`, `v ± d` or `d` (d constant), as `(Some(v), d)` or `(None, d)`.
fn index_form(e: &tir::Expr) -> Option<(Option<VarId>, i128)> {
    match &strip_convert(e).kind {
        tir::ExprKind::IntLit(c) => Some((None, *c)),
        _ => var_offset(e).map(|(v, d)| (Some(v), d)),
    }
}

/// An index written `v`, `v + d` or `v - d` (d constant), as `(v, d)`.
pub(super) fn var_offset(e: &tir::Expr) -> Option<(VarId, i128)> {
    match &strip_convert(e).kind {
        tir::ExprKind::Var(v) => Some((*v, 0)),
        tir::ExprKind::Binary { op: op @ (tir::BinOp::Add | tir::BinOp::Sub), left, right } => {
            match (&strip_convert(left).kind, &strip_convert(right).kind) {
                (tir::ExprKind::Var(v), tir::ExprKind::IntLit(d)) => {
                    Some((*v, if *op == tir::BinOp::Add { *d } else { -*d }))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The expression under implicit integer conversions.
pub(super) fn strip_convert(e: &tir::Expr) -> &tir::Expr {
    match &e.kind {
        tir::ExprKind::Convert(inner) if inner.ty.is_integral() && e.ty.is_integral() => strip_convert(inner),
        _ => e,
    }
}

/// Variables assigned anywhere in `stmts` (`v = …`, and `for` variables).
pub(super) fn assigned_vars(stmts: &[tir::Stmt], out: &mut HashSet<VarId>) {
    tir::walk::stmts(stmts, &mut |s| match &s.kind {
        tir::StmtKind::Assign { target, .. } | tir::StmtKind::AugAssign { target, .. } => {
            if let tir::ExprKind::Var(v) = target.kind {
                out.insert(v);
            }
        }
        tir::StmtKind::ForRange { var, .. } => {
            out.insert(*var);
        }
        _ => {}
    });
}
