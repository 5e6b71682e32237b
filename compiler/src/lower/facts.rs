//! Linear facts about integer variables and view extents, and the prover
//! that removes bounds checks and wraparound code with them.
//!
//! A fact says `x <= B` or `x >= B`, where `x` is an *atom* (a variable or a
//! view variable's extent `X.shape[k]`) and `B` a linear expression of atoms
//! with integer coefficients ([`Lin`]). Facts come from
//! - `for v in range(start, stop[, ±1])` loops (`start <= v <= stop - 1`, or
//!   the reverse for a negative step), and `stop = min(a, b)` gives one upper
//!   bound per argument;
//! - assignments `v = e` (`v == e`, while neither `v` nor `e`'s atoms change)
//!   and `X = Y[s:e]`, `X = Y[i]` (the new view's extents);
//! - the conditions of `if` and `while` (`if 0 <= j < n:`), inside their body.
//!
//! Every fact is about exact integers. A bound computed at run time in 64-bit
//! arithmetic equals its exact value unless it overflows; a fact is only
//! recorded when the overflow cannot make it false: an upper bound `v < e`
//! needs `e`'s exact value to be at least `i64::MIN` (a wrapped `e` is then
//! smaller than the exact one), a lower bound `v >= e` needs it at most
//! `i64::MAX`. Sums that may wrap both ways, and arithmetic in narrower or
//! unsigned types, make no fact.
//!
//! A fact dies when a variable it mentions is assigned (the statement is
//! lowered first; a loop kills, on entry, every fact about the variables its
//! body assigns), and facts made inside a block end with the block.
//!
//! The prover shows `e <= c` by substituting bounds for atoms (upper bounds
//! where the coefficient is positive, lower where negative), a few levels
//! deep, until the atoms cancel or their types' ranges bound the rest.

use super::{FnState, Lowerer};
use crate::tir::{self, Type, VarId, VarScope};
use crate::HashSet;

pub(super) const MIN: i128 = i64::MIN as i128;
pub(super) const MAX: i128 = i64::MAX as i128;

/// A variable, or an extent of a view variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Atom {
    Var(VarId),
    Shape(VarId, usize),
}

impl Atom {
    fn var(self) -> VarId {
        match self {
            Atom::Var(v) | Atom::Shape(v, _) => v,
        }
    }
}

/// `Σ coef·atom + constant`, exact (no wrapping).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Lin {
    /// Sorted by atom, no zero coefficients.
    terms: Vec<(Atom, i128)>,
    pub(super) constant: i128,
}

impl Lin {
    pub(super) fn constant(c: i128) -> Lin {
        Lin { terms: Vec::new(), constant: c }
    }
    pub(super) fn atom(a: Atom) -> Lin {
        Lin { terms: vec![(a, 1)], constant: 0 }
    }
    pub(super) fn plus(&self, other: &Lin, k: i128) -> Lin {
        let mut terms = self.terms.clone();
        for &(a, c) in &other.terms {
            match terms.iter_mut().find(|(b, _)| *b == a) {
                Some(t) => t.1 += k * c,
                None => terms.push((a, k * c)),
            }
        }
        terms.retain(|t| t.1 != 0);
        terms.sort_by_key(|t| t.0);
        Lin { terms, constant: self.constant + k * other.constant }
    }
    pub(super) fn sub(&self, other: &Lin) -> Lin {
        self.plus(other, -1)
    }
    pub(super) fn add_const(&self, c: i128) -> Lin {
        Lin { terms: self.terms.clone(), constant: self.constant + c }
    }
    fn scale(&self, k: i128) -> Lin {
        Lin::constant(0).plus(self, k)
    }
    pub(super) fn as_const(&self) -> Option<i128> {
        self.terms.is_empty().then_some(self.constant)
    }
    pub(super) fn mentions_any(&self, vs: &HashSet<VarId>) -> bool {
        self.terms.iter().any(|(a, _)| vs.contains(&a.var()))
    }
    fn mentions(&self, v: VarId) -> bool {
        self.terms.iter().any(|(a, _)| a.var() == v)
    }
    /// The only atom, with coefficient 1, and the constant: `atom + c`.
    pub(super) fn atom_plus(&self) -> Option<(Atom, i128)> {
        match self.terms.as_slice() {
            [(a, 1)] => Some((*a, self.constant)),
            _ => None,
        }
    }
}

/// `atom <= bound` (`upper`) or `atom >= bound`.
#[derive(Debug, Clone)]
pub(super) struct Fact {
    atom: Atom,
    upper: bool,
    bound: Lin,
    live: bool,
    /// Where it comes from, for the notes in the output.
    source: &'static str,
}

impl FnState {
    /// Records `atom <= bound` (or `>=`).
    pub(super) fn add_fact(&mut self, atom: Atom, upper: bool, bound: Lin, source: &'static str) {
        if bound.mentions(atom.var()) && bound.terms.iter().any(|(a, _)| *a == atom) {
            return;
        }
        self.facts.push(Fact { atom, upper, bound, live: true, source });
    }

    /// Forgets every fact that mentions `v` (it was assigned).
    pub(super) fn kill(&mut self, v: VarId) {
        for f in &mut self.facts {
            if f.live && (f.atom.var() == v || f.bound.mentions(v)) {
                f.live = false;
            }
        }
    }

    /// Forgets the facts that mention `v`, except its lower bounds (after
    /// `v += c`, `c >= 0`, that cannot overflow).
    pub(super) fn kill_keeping_lower(&mut self, v: VarId) {
        for f in &mut self.facts {
            if f.live && (f.atom.var() == v || f.bound.mentions(v)) && !(f.atom == Atom::Var(v) && !f.upper) {
                f.live = false;
            }
        }
    }
}

impl Lowerer<'_> {
    /// A fact as text, with where it comes from: `k <= w - 1 (the range loop)`.
    fn fact_text(&self, f: &Fact) -> String {
        let atom = self.lin_text(&Lin::atom(f.atom));
        format!("{atom} {} {} ({})", if f.upper { "<=" } else { ">=" }, self.lin_text(&f.bound), f.source)
    }

    /// `l` as source text, for notes.
    pub(super) fn lin_text(&self, l: &Lin) -> String {
        let mut out = String::new();
        for &(a, c) in &l.terms {
            let name = match a {
                Atom::Var(v) => self.tir.var(v).name.clone(),
                Atom::Shape(v, k) => format!("{}.shape[{k}]", self.tir.var(v).name),
            };
            let sign = if c < 0 { "-" } else { "+" };
            let mag = if c.abs() == 1 { name } else { format!("{} * {name}", c.abs()) };
            if out.is_empty() {
                out = if c < 0 { format!("-{mag}") } else { mag };
            } else {
                out = format!("{out} {sign} {mag}");
            }
        }
        match (out.is_empty(), l.constant) {
            (true, c) => c.to_string(),
            (false, 0) => out,
            (false, c) if c > 0 => format!("{out} + {c}"),
            (false, c) => format!("{out} - {}", -c),
        }
    }

    /// The range of values an atom can hold: its type's, narrowed by the
    /// ranges of its bounds in the live facts (two levels deep).
    pub(super) fn interval(&self, a: Atom) -> (i128, i128) {
        self.interval_depth(a, 2)
    }

    fn interval_depth(&self, a: Atom, depth: u32) -> (i128, i128) {
        let (mut lo, mut hi) = match a {
            Atom::Shape(..) => (0, MAX),
            Atom::Var(v) => match &self.tir.var(v).ty {
                Type::Int(k) => k.range(),
                Type::Bint => (0, 1),
                _ => (MIN, MAX),
            },
        };
        if let Some(st) = self.state.as_ref() {
            for f in st.facts.iter().filter(|f| f.live && f.atom == a) {
                let (blo, bhi) = match f.bound.as_const() {
                    Some(c) => (c, c),
                    None if depth > 0 => self.lin_range_depth(&f.bound, depth - 1),
                    None => continue,
                };
                if f.upper {
                    hi = hi.min(bhi);
                } else {
                    lo = lo.max(blo);
                }
            }
        }
        (lo, hi)
    }

    /// The smallest and largest exact values `l` can take, from the atoms' ranges.
    pub(super) fn lin_range(&self, l: &Lin) -> (i128, i128) {
        self.lin_range_depth(l, 2)
    }

    fn lin_range_depth(&self, l: &Lin, depth: u32) -> (i128, i128) {
        let (mut lo, mut hi) = (l.constant, l.constant);
        for &(a, c) in &l.terms {
            let (alo, ahi) = self.interval_depth(a, depth);
            if c > 0 {
                lo = lo.saturating_add(c.saturating_mul(alo));
                hi = hi.saturating_add(c.saturating_mul(ahi));
            } else {
                lo = lo.saturating_add(c.saturating_mul(ahi));
                hi = hi.saturating_add(c.saturating_mul(alo));
            }
        }
        (lo, hi)
    }

    /// Whether `v` may be an atom of a fact: its value changes only where it
    /// is assigned by name (globals only where the caller says no call can
    /// change them).
    fn fact_var(&self, v: VarId, globals: bool) -> bool {
        if self.address_taken.contains(&v) {
            return false;
        }
        match self.tir.var(v).scope {
            VarScope::Param(_) | VarScope::Local(_) => true,
            VarScope::Global => globals,
            VarScope::Extern => false,
        }
    }

    /// `e` as an exact linear expression, when its value at run time is that
    /// expression (or that expression wrapped modulo 2^64): integer variables
    /// whose type fits in 64 signed bits, extents, constants, and `+`, `-`,
    /// negation and multiplication by a constant computed in a signed 64-bit type.
    pub(super) fn lin_of(&self, e: &tir::Expr, globals: bool) -> Option<Lin> {
        let wide = |t: &Type| matches!(t, Type::Int(k) if k.signed() && k.bits() == 64);
        let fits = |t: &Type| matches!(t, Type::Int(k) if k.range().0 >= MIN && k.range().1 <= MAX);
        match &e.kind {
            tir::ExprKind::IntLit(c) if (MIN..=MAX).contains(c) => Some(Lin::constant(*c)),
            tir::ExprKind::Convert(inner) => match (&inner.ty, &e.ty) {
                (Type::Int(from), Type::Int(to))
                    if to.range().0 <= from.range().0 && from.range().1 <= to.range().1 && fits(&e.ty) =>
                {
                    self.lin_of(inner, globals)
                }
                _ => None,
            },
            tir::ExprKind::Var(v) if fits(&e.ty) && self.fact_var(*v, globals) => Some(Lin::atom(Atom::Var(*v))),
            tir::ExprKind::Unary { op: tir::UnaryOp::Neg, operand } if wide(&e.ty) => {
                Some(self.lin_of(operand, globals)?.scale(-1))
            }
            tir::ExprKind::Binary { op, left, right } if wide(&e.ty) => match op {
                tir::BinOp::Add => Some(self.lin_of(left, globals)?.plus(&self.lin_of(right, globals)?, 1)),
                tir::BinOp::Sub => Some(self.lin_of(left, globals)?.sub(&self.lin_of(right, globals)?)),
                tir::BinOp::Mul => {
                    let (l, r) = (self.lin_of(left, globals)?, self.lin_of(right, globals)?);
                    match (l.as_const(), r.as_const()) {
                        (Some(k), _) if k.abs() <= 1 << 20 => Some(r.scale(k)),
                        (_, Some(k)) if k.abs() <= 1 << 20 => Some(l.scale(k)),
                        _ => None,
                    }
                }
                _ => None,
            },
            tir::ExprKind::ViewLen(base) => match base.kind {
                tir::ExprKind::Var(x) if self.fact_var(x, globals) => Some(Lin::atom(Atom::Shape(x, 0))),
                _ => None,
            },
            tir::ExprKind::ViewAttrIndex { base, attr: tir::ViewAttr::Shape, index } => {
                match (&base.kind, &super::loops::strip_convert(index).kind) {
                    (tir::ExprKind::Var(x), tir::ExprKind::IntLit(k))
                        if (0..8).contains(k) && self.fact_var(*x, globals) =>
                    {
                        Some(Lin::atom(Atom::Shape(*x, *k as usize)))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Exact expressions `b` with `value(e) <= b` (`upper`) or `>= b`, for
    /// the value `e` has at run time: `e` itself when wrapping cannot move
    /// it the wrong way, and each argument of `min` (`max` for lower bounds).
    pub(super) fn bounds_of(&self, e: &tir::Expr, upper: bool, globals: bool) -> Vec<Lin> {
        let e = strip_value_preserving(e);
        if let tir::ExprKind::Builtin { builtin, args } = &e.kind {
            let wanted = if upper { tir::Builtin::Min } else { tir::Builtin::Max };
            let signed = matches!(&e.ty, Type::Int(k) if k.signed() && k.bits() == 64);
            if *builtin == wanted && signed && args.iter().all(|a| a.ty == e.ty) {
                return args.iter().flat_map(|a| self.bounds_of(a, upper, globals)).collect();
            }
            return Vec::new();
        }
        let Some(l) = self.lin_of(e, globals) else { return Vec::new() };
        let (lo, hi) = self.lin_range(&l);
        // A wrapped value is the exact one minus (or plus) a multiple of 2^64.
        let sound = if upper { lo >= MIN } else { hi <= MAX };
        if sound {
            vec![l]
        } else {
            Vec::new()
        }
    }

    /// Proves `l <= c` with the live facts; the sources of the facts used.
    pub(super) fn prove_le(&self, l: &Lin, c: i128) -> Option<Vec<String>> {
        let mut used = Vec::new();
        self.prove_le_depth(l, c, 4, &mut used).then_some(used)
    }

    fn prove_le_depth(&self, l: &Lin, c: i128, depth: u32, used: &mut Vec<String>) -> bool {
        if self.lin_range(l).1 <= c {
            return true;
        }
        if depth == 0 {
            return false;
        }
        let Some(st) = self.state.as_ref() else { return false };
        for &(a, coef) in &l.terms {
            for f in st.facts.iter().filter(|f| f.live && f.atom == a && f.upper == (coef > 0)) {
                if f.bound.as_const().is_some() {
                    continue; // already in the atom's interval
                }
                // coef·a <= coef·bound
                let next = l.plus(&Lin::atom(a), -coef).plus(&f.bound, coef);
                used.push(self.fact_text(f));
                if self.prove_le_depth(&next, c, depth - 1, used) {
                    return true;
                }
                used.pop();
            }
        }
        false
    }

    /// Proves `l >= c`.
    pub(super) fn prove_ge(&self, l: &Lin, c: i128) -> Option<Vec<String>> {
        self.prove_le(&l.scale(-1), -c)
    }

    /// What is known of `index` on axis `axis` of the view variable `view`:
    /// `(non-negative, below the extent, the sources of the facts)`.
    pub(super) fn prove_index(&self, index: &tir::Expr, view: Option<VarId>, axis: usize) -> (bool, bool, Vec<String>) {
        let Some(l) = self.lin_of(index, true) else { return (false, false, Vec::new()) };
        let Some(mut why) = self.prove_ge(&l, 0) else { return (false, false, Vec::new()) };
        let Some(view) = view else { return (true, false, why) };
        match self.prove_le(&l.sub(&Lin::atom(Atom::Shape(view, axis))), -1) {
            Some(more) => {
                why.extend(more);
                why.sort();
                why.dedup();
                (true, true, why)
            }
            None => (true, false, why),
        }
    }

    /// Records what an integer comparison `cond` (true here) says: chains
    /// `a < b <= c`, and `and` of them.
    pub(super) fn facts_from_condition(&mut self, cond: &tir::Expr, source: &'static str) {
        match &cond.kind {
            tir::ExprKind::And(a, b) => {
                self.facts_from_condition(a, source);
                self.facts_from_condition(b, source);
            }
            tir::ExprKind::Compare { operands, ops } => {
                for (pair, op) in operands.chunks(2).zip(ops) {
                    let (Some(x), Some(y)) = (self.exact(&pair[0]), self.exact(&pair[1])) else { continue };
                    // x - y <= k
                    let (d, k) = match op {
                        tir::CmpOp::Lt => (x.sub(&y), -1),
                        tir::CmpOp::Le => (x.sub(&y), 0),
                        tir::CmpOp::Gt => (y.sub(&x), -1),
                        tir::CmpOp::Ge => (y.sub(&x), 0),
                        tir::CmpOp::Eq => {
                            self.facts_from_le(&x.sub(&y), 0, source);
                            self.facts_from_le(&y.sub(&x), 0, source);
                            continue;
                        }
                        _ => continue,
                    };
                    self.facts_from_le(&d, k, source);
                }
            }
            _ => {}
        }
    }

    /// `d <= k`: a fact for every atom with coefficient ±1.
    fn facts_from_le(&mut self, d: &Lin, k: i128, source: &'static str) {
        for (atom, upper, bound) in le_facts(d, k) {
            self.state.as_mut().expect("in a function").add_fact(atom, upper, bound, source);
        }
    }

    /// A comparison operand as an exact expression: one whose run-time value
    /// cannot have wrapped (local variables and parameters only).
    fn exact(&self, e: &tir::Expr) -> Option<Lin> {
        let l = self.lin_of(e, false)?;
        let (lo, hi) = self.lin_range(&l);
        (lo >= MIN && hi <= MAX).then_some(l)
    }

    /// After `target = value` (lowered already): forget what was known of
    /// the target, then record what the assignment says.
    pub(super) fn facts_after_assign(&mut self, target: &tir::Expr, value: &tir::Expr) {
        let tir::ExprKind::Var(v) = target.kind else { return };
        // Values computed with the old facts.
        let mut new: Vec<(Atom, bool, Lin)> = Vec::new();
        if self.fact_var(v, false) {
            match &self.tir.var(v).ty {
                Type::Int(k) if k.signed() && k.bits() == 64 => {
                    for upper in [true, false] {
                        for b in self.bounds_of(value, upper, false) {
                            if !b.mentions(v) {
                                new.push((Atom::Var(v), upper, b));
                            }
                        }
                    }
                }
                Type::Memview(_) => new = self.view_facts(v, value),
                _ => {}
            }
        }
        let st = self.state.as_mut().expect("in a function");
        st.kill(v);
        for (a, upper, b) in new {
            st.add_fact(a, upper, b, "the assignment");
        }
    }

    /// The extents of a view `v = value` made of another view variable.
    fn view_facts(&self, v: VarId, value: &tir::Expr) -> Vec<(Atom, bool, Lin)> {
        let mut out = Vec::new();
        let mut value = value;
        while let tir::ExprKind::ViewConvert { operand, .. } = &value.kind {
            value = operand;
        }
        let eq = |out: &mut Vec<(Atom, bool, Lin)>, a: Atom, b: Lin| {
            out.push((a, true, b.clone()));
            out.push((a, false, b));
        };
        match &value.kind {
            tir::ExprKind::Var(src) if *src != v && self.fact_var(*src, false) => {
                if let Some(m) = value.ty.memview() {
                    for k in 0..m.ndim() {
                        eq(&mut out, Atom::Shape(v, k), Lin::atom(Atom::Shape(*src, k)));
                    }
                }
            }
            tir::ExprKind::ViewSlice { base, items } => {
                let tir::ExprKind::Var(src) = base.kind else { return out };
                if src == v || !self.fact_var(src, false) {
                    return out;
                }
                let Some(m) = base.ty.memview() else { return out };
                let (mut axis, mut new_axis) = (0usize, 0usize);
                for item in items {
                    match item {
                        tir::SliceItem::Index(_) => axis += 1,
                        tir::SliceItem::NewAxis => {
                            eq(&mut out, Atom::Shape(v, new_axis), Lin::constant(1));
                            new_axis += 1;
                        }
                        tir::SliceItem::Range { start, stop, step } => {
                            let n = Lin::atom(Atom::Shape(src, axis));
                            let a = Atom::Shape(v, new_axis);
                            if step.is_none() {
                                self.slice_extent_facts(a, &n, start.as_ref(), stop.as_ref(), &mut out);
                            }
                            axis += 1;
                            new_axis += 1;
                        }
                    }
                }
                while axis < m.ndim() {
                    eq(&mut out, Atom::Shape(v, new_axis), Lin::atom(Atom::Shape(src, axis)));
                    axis += 1;
                    new_axis += 1;
                }
            }
            _ => {}
        }
        out
    }

    /// The extent `a` of `src[start:stop]` on an axis of extent `n`: Python
    /// clamps each bound to [0, n] (a negative one counted from the end).
    fn slice_extent_facts(
        &self,
        a: Atom,
        n: &Lin,
        start: Option<&tir::Expr>,
        stop: Option<&tir::Expr>,
        out: &mut Vec<(Atom, bool, Lin)>,
    ) {
        // A start within [0, n] is not clamped; a start >= 0 beyond n makes
        // the slice empty.
        let s = match start {
            None => Some(Lin::constant(0)),
            Some(e) => self.lin_of(e, false).filter(|l| self.prove_ge(l, 0).is_some()),
        };
        let Some(s) = s else { return };
        let within = self.prove_le(&s.sub(n), 0).is_some();
        if within {
            out.push((a, true, n.sub(&s)));
        }
        match stop {
            None if within => out.push((a, false, n.sub(&s))),
            None => {}
            Some(e) => {
                let Some(t) = self.lin_of(e, false) else { return };
                // stop <= n: with 0 <= start <= n and stop >= 0 the extent is
                // max(0, stop - start); with stop < 0 or start > n it is
                // >= 0 > stop - start.
                if self.prove_le(&t.sub(n), 0).is_some() {
                    out.push((a, false, t.sub(&s)));
                    if within && self.prove_ge(&t.sub(&s), 0).is_some() {
                        out.push((a, true, t.sub(&s)));
                    }
                }
            }
        }
    }
}

impl Lowerer<'_> {
    /// After `target op= value` (lowered already): `v += c` (`c >= 0`) that
    /// cannot overflow keeps the lower bounds of `v`; anything else forgets
    /// what was known of `v`.
    pub(super) fn facts_after_aug_assign(&mut self, target: &tir::Expr, op: tir::BinOp, value: &tir::Expr, ty: &Type) {
        let tir::ExprKind::Var(v) = target.kind else { return };
        let grows = match increment(op, value, ty, &self.tir.var(v).ty) {
            Some(c) => self.prove_le(&Lin::atom(Atom::Var(v)).add_const(c), MAX).is_some(),
            None => false,
        };
        let st = self.state.as_mut().expect("in a function");
        if grows {
            st.kill_keeping_lower(v);
        } else {
            st.kill(v);
        }
    }

    /// On entry to `while cond: body`: forget what was known of the
    /// variables the body assigns, except the lower bounds of a counter that
    /// only grows: one `v += c` (`c >= 0`, not in a nested loop) that the
    /// condition `v < U` keeps from overflowing — by `U`'s range, or, in the
    /// copy of a versioned loop (`guarded`), by the test [`Self::while_guard`] makes.
    pub(super) fn enter_while(&mut self, cond: &tir::Expr, body: &[tir::Stmt], guarded: bool) {
        let assigned = assigned_in(body);
        for &v in &assigned {
            let keep = self.fact_var(v, false)
                && match self.growth(v, cond, body, &assigned) {
                    Growth::Safe => true,
                    Growth::Guarded { .. } => guarded,
                    Growth::No => false,
                };
            let st = self.state.as_mut().expect("in a function");
            if keep {
                st.kill_keeping_lower(v);
            } else {
                st.kill(v);
            }
        }
    }

    /// The test that lets a versioned `while` loop keep its counter's lower
    /// bound: `U <= limit` for the condition's bound `U` (loop-invariant), so
    /// that `v + c` cannot overflow. `None` when no counter needs one.
    pub(super) fn while_guard(&self, cond: &tir::Expr, body: &[tir::Stmt]) -> Option<(tir::Expr, i128)> {
        let assigned = assigned_in(body);
        assigned.iter().filter(|&&v| self.fact_var(v, false)).find_map(|&v| {
            match self.growth(v, cond, body, &assigned) {
                Growth::Guarded { bound, limit } => Some((bound, limit)),
                _ => None,
            }
        })
    }

    fn growth(&self, v: VarId, cond: &tir::Expr, body: &[tir::Stmt], assigned: &HashSet<VarId>) -> Growth {
        let mut steps = Vec::new();
        let mut other = false;
        scan_assignments(v, body, false, &self.tir.var(v).ty, &mut steps, &mut other);
        let ([c], false) = (steps.as_slice(), other) else { return Growth::No };
        let c = *c;
        // A conjunct `v < U` or `v <= U` of the condition.
        let mut conjuncts = vec![cond];
        let mut found = Growth::No;
        while let Some(e) = conjuncts.pop() {
            match &e.kind {
                tir::ExprKind::And(a, b) => {
                    conjuncts.push(a);
                    conjuncts.push(b);
                }
                tir::ExprKind::Compare { operands, ops } => {
                    for (pair, op) in operands.chunks(2).zip(ops) {
                        let (Some(x), Some(u)) = (self.exact(&pair[0]), self.exact(&pair[1])) else { continue };
                        if x.atom_plus() != Some((Atom::Var(v), 0)) || u.mentions_any(assigned) {
                            continue;
                        }
                        // The largest `U` after which `v + c` still fits.
                        let limit = match op {
                            tir::CmpOp::Lt => MAX - c + 1,
                            tir::CmpOp::Le => MAX - c,
                            _ => continue,
                        };
                        if self.lin_range(&u).1 <= limit {
                            return Growth::Safe;
                        }
                        if matches!(&pair[1].ty, Type::Int(k) if k.signed() && k.bits() == 64) {
                            found = Growth::Guarded { bound: pair[1].clone(), limit };
                        }
                    }
                }
                _ => {}
            }
        }
        found
    }
}

/// Whether a `while` loop's counter keeps its lower bounds (see [`Lowerer::enter_while`]).
enum Growth {
    No,
    Safe,
    /// When `bound <= limit`, tested before the loop.
    Guarded {
        bound: tir::Expr,
        limit: i128,
    },
}

impl Lowerer<'_> {
    /// What the `range` loops nested in the body of `for var in …: body`
    /// need to make a fact of their start: a start `rest - r` is exact when
    /// `r >= max(rest) - i64::MAX`, which the types alone do not show for a
    /// signed `r` (`range(-r, r + 1)` with `r = i64::MIN` wraps). For a
    /// variable `r` the outer loop does not assign, `(r, that lower bound)`.
    pub(super) fn loop_assumptions(&self, var: VarId, body: &[tir::Stmt]) -> Vec<(VarId, i128)> {
        let mut out: Vec<(VarId, i128)> = Vec::new();
        let Some(st) = self.state.as_ref() else { return out };
        if !st.directives.boundscheck && !st.directives.wraparound {
            return out;
        }
        let mut assigned = assigned_in(body);
        assigned.insert(var);
        tir::walk::stmts(body, &mut |s| {
            let tir::StmtKind::ForRange { start, step, .. } = &s.kind else { return };
            if !matches!(super::loops::strip_convert(step).kind, tir::ExprKind::IntLit(1)) {
                return;
            }
            let Some(l) = self.lin_of(start, false) else { return };
            let negated: Vec<Atom> = l.terms.iter().filter(|t| t.1 == -1).map(|t| t.0).collect();
            let [Atom::Var(r)] = negated.as_slice() else { return };
            let r = *r;
            if assigned.contains(&r)
                || st.refused.contains(&r)
                || !matches!(self.tir.var(r).ty, Type::Int(k) if k.signed())
            {
                return;
            }
            let rest = l.plus(&Lin::atom(Atom::Var(r)), 1);
            let needed = self.lin_range(&rest).1.saturating_sub(MAX);
            if needed <= self.interval(Atom::Var(r)).0 || needed > 0 {
                return; // known already, or not worth a test
            }
            match out.iter_mut().find(|a| a.0 == r) {
                Some(a) => a.1 = a.1.max(needed),
                None => out.push((r, needed)),
            }
        });
        out
    }
}

/// `v += c` with `c >= 0` a constant, in `v`'s own 64-bit signed type: `Some(c)`.
fn increment(op: tir::BinOp, value: &tir::Expr, ty: &Type, var_ty: &Type) -> Option<i128> {
    let wide = |t: &Type| matches!(t, Type::Int(k) if k.signed() && k.bits() == 64);
    if op != tir::BinOp::Add || !wide(ty) || !wide(var_ty) {
        return None;
    }
    match super::loops::strip_convert(value).kind {
        tir::ExprKind::IntLit(c) if (0..=MAX).contains(&c) => Some(c),
        _ => None,
    }
}

/// The increments `v += c` of `stmts` (in `steps`), and whether anything
/// else assigns `v` or an increment sits in a nested loop (`other`).
fn scan_assignments(
    v: VarId,
    stmts: &[tir::Stmt],
    in_loop: bool,
    var_ty: &Type,
    steps: &mut Vec<i128>,
    other: &mut bool,
) {
    for s in stmts {
        match &s.kind {
            tir::StmtKind::Assign { target, .. } if target.kind == tir::ExprKind::Var(v) => *other = true,
            tir::StmtKind::AugAssign { target, op, value, ty } if target.kind == tir::ExprKind::Var(v) => {
                match increment(*op, value, ty, var_ty) {
                    Some(c) if !in_loop => steps.push(c),
                    _ => *other = true,
                }
            }
            tir::StmtKind::ForRange { var, body, orelse, .. } => {
                *other |= *var == v;
                scan_assignments(v, body, true, var_ty, steps, other);
                scan_assignments(v, orelse, in_loop, var_ty, steps, other);
            }
            tir::StmtKind::While { body, orelse, .. } => {
                scan_assignments(v, body, true, var_ty, steps, other);
                scan_assignments(v, orelse, in_loop, var_ty, steps, other);
            }
            tir::StmtKind::If { branches, orelse } => {
                for (_, b) in branches {
                    scan_assignments(v, b, in_loop, var_ty, steps, other);
                }
                scan_assignments(v, orelse, in_loop, var_ty, steps, other);
            }
            tir::StmtKind::Try { body, handlers, orelse, finally } => {
                scan_assignments(v, body, in_loop, var_ty, steps, other);
                for h in handlers {
                    *other |= h.name == Some(v);
                    scan_assignments(v, &h.body, in_loop, var_ty, steps, other);
                }
                scan_assignments(v, orelse, in_loop, var_ty, steps, other);
                // A finally body runs on several paths: count it as a loop.
                scan_assignments(v, finally, true, var_ty, steps, other);
            }
            tir::StmtKind::Nogil { body, .. } | tir::StmtKind::Block(body) => {
                scan_assignments(v, body, in_loop, var_ty, steps, other)
            }
            // Every thread runs the body: count it as a loop.
            tir::StmtKind::ParallelBlock { body, .. } => scan_assignments(v, body, true, var_ty, steps, other),
            _ => {}
        }
    }
}

/// The expression under integer conversions that keep every value.
fn strip_value_preserving(e: &tir::Expr) -> &tir::Expr {
    match (&e.kind, &e.ty) {
        (tir::ExprKind::Convert(inner), Type::Int(to)) => match &inner.ty {
            Type::Int(from) if to.range().0 <= from.range().0 && from.range().1 <= to.range().1 => {
                strip_value_preserving(inner)
            }
            _ => e,
        },
        _ => e,
    }
}

/// Variables a statement list assigns: `v = …`, `v op= …`, `for v in …`.
pub(super) fn assigned_in(stmts: &[tir::Stmt]) -> HashSet<VarId> {
    let mut out = HashSet::default();
    super::loops::assigned_vars(stmts, &mut out);
    out
}

/// The facts `d <= k` gives about its atoms: `a <= k - rest` (or `a >= …`)
/// for every atom whose coefficient is ±1 once the coefficients are divided
/// by their greatest common divisor (`-2·r <= 0` says `r >= 0`: an integer
/// `x` with `g·x <= k` has `x <= floor(k / g)`).
pub(super) fn le_facts(d: &Lin, k: i128) -> Vec<(Atom, bool, Lin)> {
    let g = d.terms.iter().fold(0i128, |g, &(_, c)| gcd(g, c.abs()));
    if g == 0 {
        return Vec::new();
    }
    // Σ (c/g)·a + c0/g <= k/g, with both constants moved to the right and floored.
    let reduced = Lin { terms: d.terms.iter().map(|&(a, c)| (a, c / g)).collect(), constant: 0 };
    let k = (k - d.constant).div_euclid(g);
    let mut out = Vec::new();
    for &(a, coef) in &reduced.terms {
        if coef.abs() != 1 {
            continue;
        }
        // coef·a + rest <= k  →  a <= k - rest (coef 1) or a >= rest - k (coef -1)
        let rest = reduced.plus(&Lin::atom(a), -coef);
        let bound = Lin::constant(k).sub(&rest);
        if coef == 1 {
            out.push((a, true, bound));
        } else {
            out.push((a, false, bound.scale(-1)));
        }
    }
    out
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}
