//! Lowers a `prange` loop to a [`lir::ParallelLoop`]: the iteration count,
//! which variables each thread keeps its own copy of, the reductions, and a
//! body that never leaves the loop (Cython's `__pyx_parallel_why` protocol).
//!
//! `for i in prange(n): s += v[i]` →
//! `count = (n - 0 + 1 - 1) / 1; parallel (index < count, reduction(+: s), lastprivate(i))
//!  { if why == 0 { guard { i = 0 + index * 1; s += v[i] } else { why = 4; error = fetch } } }`,
//! then `if team_why == 4 { restore team_error; fail }`.
//!
//! A loop runs in order (a plain `range` loop, with a note saying why) when
//! its shape does not allow threads: inside another `prange`, in
//! module-level code, with a step that is not a constant, or with a body
//! that makes views or strings it owns. A `prange` directly in a `with
//! parallel():` block ([`Lowerer::parallel_block`]) is `in_team`: it shares
//! its iterations among the block's threads.

use crate::HashSet;

use super::{cmp, LoopCtx, Lowerer};
use crate::lir::{self, LType, LocalId, ParallelLoop, Place, Stmt, Value};
use crate::tir::{self, BinOp, Type, VarId, VarScope};

/// The `prange` loop whose body is being lowered.
#[derive(Debug, Clone)]
pub(super) struct ParallelCtx {
    /// The number of loops open at the `prange` loop, itself included: a
    /// `break` at this depth leaves the `prange`.
    pub loop_depth: usize,
    pub why: LocalId,
    pub ret: Option<LocalId>,
    /// A `with parallel():` block rather than a `prange` loop.
    pub block: bool,
    /// Set when a `prange` in this block cannot share the team's iterations
    /// (the block then runs in order).
    pub failed: bool,
}

impl Lowerer<'_> {
    /// Why `prange` loop `p` cannot run on threads here, if it cannot.
    pub(super) fn serial_reason(
        &self,
        p: &tir::ParallelLoop,
        var: VarId,
        step: &tir::Expr,
        ty: &Type,
    ) -> Option<&'static str> {
        let st = self.state.as_ref()?;
        let in_block = st.parallel.as_ref().is_some_and(|c| c.block);
        if p.in_block && !in_block && st.parallel.is_none() {
            return Some("a `prange` loop inside a `with parallel():` block that runs in order runs in order");
        }
        if st.parallel.is_some() && !in_block {
            return Some("a `prange` loop inside another runs in order, as OpenMP runs nested loops");
        }
        if st.is_init || !matches!(self.var_place(var), Place::Local(_)) {
            return Some("a `prange` loop in module-level code runs in order");
        }
        if p.reductions.iter().any(|(v, _)| !matches!(self.var_place(*v), Place::Local(_))) {
            return Some("a reduction of a module variable runs in order");
        }
        if p.reductions.iter().any(|(_, op)| reduction_op(*op).is_none()) {
            return Some("a reduction with this operator runs in order");
        }
        match (&step.kind, ty) {
            (tir::ExprKind::IntLit(s), Type::Int(k)) if *s != 0 && (*s > 0 || k.signed()) => None,
            _ => Some(
                "a `prange` loop whose step is not a constant, or that counts down in an unsigned type, runs in order",
            ),
        }
    }

    /// Lowers a `prange` loop that runs on threads; `None` (nothing emitted
    /// but unused locals) when its body turns out to need the serial loop.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn prange(
        &mut self,
        p: &tir::ParallelLoop,
        var: VarId,
        start_v: &Value,
        stop_v: &Value,
        step: i128,
        ty: &Type,
        body: &[tir::Stmt],
        orelse: &[tir::Stmt],
        line: u32,
    ) -> bool {
        let Type::Int(k) = ty else { return false };
        let outer = self.st().parallel.clone();
        let in_team = outer.as_ref().is_some_and(|c| c.block);
        let fail = |this: &mut Self| {
            if let Some(c) = this.st().parallel.as_mut().filter(|c| c.block) {
                c.failed = true;
            }
            false
        };
        let lty = LType::Int(*k);
        let owned_before = (self.st().owned_slices.len(), self.st().owned_strs.len());
        let count = self.temp(lty.clone());
        let index = self.temp(lty.clone());
        // In a block's team each thread leaves on its own: its exit is the team's.
        let int = LType::Int(tir::IntKind::Int);
        let why = self.temp(int.clone());
        let team_why = if in_team { why } else { self.temp(int) };
        let error = self.temp(LType::ErrorRef);
        let team_error = if in_team { error } else { self.temp(LType::ErrorRef) };
        let ret_ty = self.st().ret.clone();
        let (ret, team_ret) = if ret_ty == LType::Void {
            (None, None)
        } else {
            let ret = self.temp(ret_ty.clone());
            (Some(ret), Some(if in_team { ret } else { self.temp(ret_ty) }))
        };
        let chunksize = p.chunksize.as_ref().map(|e| {
            let v = self.value(e);
            self.snapshot(v, LType::Int(tir::IntKind::Int))
        });
        let num_threads = p.num_threads.as_ref().filter(|_| !in_team).map(|e| {
            let v = self.value(e);
            self.snapshot(v, LType::Int(tir::IntKind::Int))
        });
        let var_place = self.var_place(var);
        let var_ty = super::ltype(&self.tir.var(var).ty);
        let int = |v: i128| Value::Int(k.wrap(v), *k);
        let bin = |op: lir::BinOp, a: Value, b: Value| Value::Binary {
            op,
            ty: lty.clone(),
            left: Box::new(a),
            right: Box::new(b),
        };
        // Cython's count: (stop - start + step - step/|step|) / step.
        let toward = if step > 0 { 1 } else { -1 };
        let span = bin(lir::BinOp::Sub, stop_v.clone(), start_v.clone());
        let count_value = bin(lir::BinOp::Div, bin(lir::BinOp::Add, span, int(step - toward)), int(step));
        let read = |l: LocalId| Value::Read(Box::new(Place::Local(l)));
        let int_c = |v: i128| Value::Int(v, tir::IntKind::Int);

        let finally_depth = self.st().finally_stack.len();
        self.st().loops.push(LoopCtx { finally_depth });
        let loop_depth = self.st().loops.len();
        self.st().parallel = Some(super::parallel::ParallelCtx { loop_depth, why, ret, block: false, failed: false });
        let guarded = self.in_block(|this| {
            let mut value = bin(lir::BinOp::Add, start_v.clone(), bin(lir::BinOp::Mul, read(index), int(step)));
            if var_ty != lty {
                value = Value::Cast { implicit: false, ty: var_ty.clone(), value: Box::new(value) };
            }
            this.emit(Stmt::Assign { place: var_place.clone(), value });
            this.emit(Stmt::Line(line));
            this.loop_body(body, None);
        });
        self.st().parallel = outer.clone();
        self.st().loops.pop();
        let owned_after = (self.st().owned_slices.len(), self.st().owned_strs.len());
        if owned_after != owned_before {
            return fail(self);
        }
        let handler = vec![Stmt::If {
            cond: cmp(lir::CmpOp::Eq, read(why), int_c(0)),
            then: vec![
                Stmt::FetchError(error),
                Stmt::Assign { place: Place::Local(why), value: int_c(ParallelLoop::ERROR) },
            ],
            orelse: Vec::new(),
        }];
        let loop_body = vec![Stmt::If {
            cond: cmp(lir::CmpOp::Eq, read(why), int_c(0)),
            then: vec![Stmt::Guard { body: guarded, handler, frame: None }],
            orelse: Vec::new(),
        }];

        // Who keeps a copy: every local the body writes.
        let mut written = HashSet::default();
        written_locals(&loop_body, &mut written);
        let reductions: Vec<lir::Reduction> = p
            .reductions
            .iter()
            .filter_map(|(v, op)| match self.var_place(*v) {
                Place::Local(l) => Some(lir::Reduction { local: l, op: reduction_op(*op)? }),
                _ => None,
            })
            .collect();
        let st = self.st();
        let user: HashSet<LocalId> = st.vars.values().copied().chain(st.init_flags.values().copied()).collect();
        let exit_locals: HashSet<LocalId> = [why, error].into_iter().chain(ret).collect();
        // Arrays and structs the body writes in place or lends out: shared
        // (in a block's team, the block shares them).
        let shared_written = if in_team { Vec::new() } else { shared_in_place(&st.locals, &loop_body, &written) };
        let mut lastprivate = Vec::new();
        let mut private = Vec::new();
        let written_locals_set = written.clone();
        let mut sorted: Vec<LocalId> = written.into_iter().collect();
        sorted.sort();
        for l in sorted {
            if l == index
                || exit_locals.contains(&l)
                || reductions.iter().any(|r| r.local == l)
                || shared_written.contains(&l)
            {
                continue;
            }
            if user.contains(&l) {
                if !copyable(&st.locals[l.0 as usize].ty) {
                    return fail(self);
                }
                lastprivate.push(l);
            } else {
                private.push(l);
            }
        }
        // Who may read a copy: what the body mentions and no thread writes.
        let mut shared: Vec<LocalId> = lir::uses::Uses::of(&st.locals, &loop_body)
            .mentioned
            .into_iter()
            .filter(|l| {
                *l != index
                    && *l != count
                    && !exit_locals.contains(l)
                    && !written_locals_set.contains(l)
                    && reductions.iter().all(|r| r.local != *l)
                    && shareable(&st.locals[l.0 as usize].ty)
            })
            .collect();
        shared.sort();
        let module_state = self.touches_module_state(body);
        if in_team {
            // The block's team: its copies, shared variables and reductions.
            shared.clear();
        }

        self.emit(Stmt::Assign { place: Place::Local(count), value: count_value });
        self.emit(Stmt::Assign { place: Place::Local(team_why), value: int_c(0) });
        let broke = (!orelse.is_empty()).then(|| self.temp(LType::Bint));
        if let Some(b) = broke {
            self.emit(Stmt::Assign { place: Place::Local(b), value: Value::Bool(false) });
        }
        let schedule = match p.schedule {
            None | Some(tir::Schedule::Static) => lir::Schedule::Static,
            Some(tir::Schedule::Dynamic) => lir::Schedule::Dynamic,
            Some(tir::Schedule::Guided) => lir::Schedule::Guided,
            Some(tir::Schedule::Runtime) => lir::Schedule::Runtime,
        };
        let saved_gil = if in_team { None } else { self.save_gil_for_team() };
        self.emit(Stmt::Parallel(Box::new(ParallelLoop {
            count,
            index,
            schedule,
            chunksize,
            num_threads,
            reductions,
            lastprivate,
            private,
            shared,
            through_pointer: Vec::new(),
            shared_written,
            exit: lir::ParallelExit { why, error, ret, team_why, team_error, team_ret },
            module_state,
            in_team,
            body: loop_body,
        })));
        self.restore_gil_after_team(saved_gil);
        // What the team reports: an error wins, then a return, then a break.
        let raise = self.in_block(|this| {
            this.emit(Stmt::RestoreError(team_error));
            this.emit(Stmt::Fail);
        });
        self.emit(Stmt::If {
            cond: cmp(lir::CmpOp::Eq, read(team_why), int_c(ParallelLoop::ERROR)),
            then: raise,
            orelse: Vec::new(),
        });
        let returned = self.in_block(|this| match &outer {
            // Inside a block (or another team's loop): the thread leaves it with the value.
            Some(_) => this.parallel_exit(ParallelLoop::RETURN, team_ret.map(read)),
            None => this.normal_return(team_ret.map(read)),
        });
        self.emit(Stmt::If {
            cond: cmp(lir::CmpOp::Eq, read(team_why), int_c(ParallelLoop::RETURN)),
            then: returned,
            orelse: Vec::new(),
        });
        if let Some(b) = broke {
            self.emit(Stmt::If {
                cond: cmp(lir::CmpOp::Eq, read(team_why), int_c(ParallelLoop::BREAK)),
                then: vec![Stmt::Assign { place: Place::Local(b), value: Value::Bool(true) }],
                orelse: Vec::new(),
            });
        }
        self.loop_else(broke, orelse);
        true
    }

    /// Lowers a `with parallel():` block to a [`lir::ParallelBlock`]: every
    /// thread of the team runs the body (a `return` or an error ends its
    /// run), then the team's exit is taken as after a `prange` loop. Runs
    /// the body once, in order, with a note, where a team cannot run it: in
    /// module-level code, or when a `prange` in it cannot share the team's
    /// iterations or the block assigns a variable that cannot be copied per
    /// thread.
    pub(super) fn parallel_block(&mut self, num_threads: Option<&tir::Expr>, body: &[tir::Stmt]) {
        if self.st().is_init {
            self.emit(Stmt::Note("a `with parallel():` block in module-level code runs once, in order".into()));
            return self.serial_block(body);
        }
        let owned_before = (self.st().owned_slices.len(), self.st().owned_strs.len());
        let facts_before = self.st().facts.len();
        let int_c = |v: i128| Value::Int(v, tir::IntKind::Int);
        let read = |l: LocalId| Value::Read(Box::new(Place::Local(l)));
        let why = self.temp(LType::Int(tir::IntKind::Int));
        let team_why = self.temp(LType::Int(tir::IntKind::Int));
        let error = self.temp(LType::ErrorRef);
        let team_error = self.temp(LType::ErrorRef);
        let ret_ty = self.st().ret.clone();
        let (ret, team_ret) = if ret_ty == LType::Void {
            (None, None)
        } else {
            (Some(self.temp(ret_ty.clone())), Some(self.temp(ret_ty)))
        };
        let num_threads = num_threads.map(|e| {
            let v = self.value(e);
            self.snapshot(v, LType::Int(tir::IntKind::Int))
        });
        let outer = self.st().parallel.clone();
        let loop_depth = self.st().loops.len();
        self.st().parallel = Some(ParallelCtx { loop_depth, why, ret, block: true, failed: false });
        let guarded = self.in_block(|this| this.stmts(body));
        let failed = self.st().parallel.as_ref().is_some_and(|c| c.failed);
        self.st().parallel = outer.clone();
        let owned_after = (self.st().owned_slices.len(), self.st().owned_strs.len());
        let handler = vec![Stmt::If {
            cond: cmp(lir::CmpOp::Eq, read(why), int_c(0)),
            then: vec![
                Stmt::FetchError(error),
                Stmt::Assign { place: Place::Local(why), value: int_c(ParallelLoop::ERROR) },
            ],
            orelse: Vec::new(),
        }];
        let mut block_body = vec![Stmt::Guard { body: guarded, handler, frame: None }];

        // The team's loops: their reductions become the block's, their
        // lastprivate variables the block's lastprivate ones.
        let mut reductions: Vec<lir::Reduction> = Vec::new();
        let mut loop_lastprivate: Vec<LocalId> = Vec::new();
        let mut loop_locals: Vec<LocalId> = Vec::new();
        team_loops(&mut block_body, &mut |p| {
            for r in p.reductions.drain(..) {
                if !reductions.iter().any(|x| x.local == r.local) {
                    reductions.push(r);
                }
            }
            loop_lastprivate.extend(p.lastprivate.iter().copied());
            loop_locals.extend([p.index, p.exit.why, p.exit.error].into_iter().chain(p.exit.ret));
        });
        let mut written = HashSet::default();
        written_locals(&block_body, &mut written);
        // What the block itself writes (outside its team's loops) is
        // private to each thread there, also where a loop writes it.
        // Only variables assigned by name are private (Cython's rule): an
        // array or struct the block writes an element or field of is shared.
        let mut outside = HashSet::default();
        let mut no_loops = block_body.clone();
        team_loops(&mut no_loops, &mut |p| p.body.clear());
        named_locals(&no_loops, &mut outside);
        let mut named = HashSet::default();
        named_locals(&block_body, &mut named);
        let st = self.st();
        let mut shared_written = shared_in_place(&st.locals, &block_body, &written);
        shared_written.retain(|l| !loop_locals.contains(l));
        team_loops(&mut block_body, &mut |p| {
            p.lastprivate.retain(|l| !outside.contains(l) && !shared_written.contains(l))
        });
        let st = self.st();
        let user: HashSet<LocalId> = st.vars.values().copied().chain(st.init_flags.values().copied()).collect();
        let exit_locals: HashSet<LocalId> = [why, error].into_iter().chain(ret).collect();
        let (mut lastprivate, mut firstprivate, mut private) = (Vec::new(), Vec::new(), Vec::new());
        let mut copyable_all = true;
        let mut sorted: Vec<LocalId> = written.iter().copied().chain(loop_locals.iter().copied()).collect();
        sorted.sort();
        sorted.dedup();
        for l in sorted {
            if exit_locals.contains(&l) || reductions.iter().any(|r| r.local == l) || shared_written.contains(&l) {
                continue;
            }
            if user.contains(&l) && !loop_locals.contains(&l) {
                if !named.contains(&l) {
                    // A pointer the block writes through: read, shared.
                    continue;
                }
                copyable_all &= copyable(&st.locals[l.0 as usize].ty);
                if loop_lastprivate.contains(&l) && !outside.contains(&l) {
                    lastprivate.push(l);
                } else {
                    firstprivate.push(l);
                }
            } else {
                private.push(l);
            }
        }
        if failed || !copyable_all || owned_after != owned_before {
            // Nothing of the threaded lowering is kept but unused locals.
            self.st().owned_slices.truncate(owned_before.0);
            self.st().owned_strs.truncate(owned_before.1);
            self.st().facts.truncate(facts_before);
            self.emit(Stmt::Note(
                "a `with parallel():` block whose `prange` cannot share the team's iterations, or that assigns \
                 a variable that cannot be copied per thread, runs once, in order"
                    .into(),
            ));
            return self.serial_block(body);
        }
        // A loop's lastprivate variables are the block's (the others are private to the block or shared).
        team_loops(&mut block_body, &mut |p| p.lastprivate.retain(|l| lastprivate.contains(l)));
        let st = self.st();
        let mut shared: Vec<LocalId> = lir::uses::Uses::of(&st.locals, &block_body)
            .mentioned
            .into_iter()
            .filter(|l| {
                !exit_locals.contains(l)
                    && !named.contains(l)
                    && !shared_written.contains(l)
                    && !loop_locals.contains(l)
                    && reductions.iter().all(|r| r.local != *l)
                    && shareable(&st.locals[l.0 as usize].ty)
            })
            .collect();
        shared.sort();
        let module_state = self.touches_module_state(body);
        self.emit(Stmt::Assign { place: Place::Local(team_why), value: int_c(0) });
        let saved_gil = self.save_gil_for_team();
        self.emit(Stmt::ParallelBlock(Box::new(lir::ParallelBlock {
            num_threads,
            reductions,
            lastprivate,
            firstprivate,
            private,
            shared,
            through_pointer: Vec::new(),
            shared_written,
            exit: lir::ParallelExit { why, error, ret, team_why, team_error, team_ret },
            module_state,
            body: block_body,
        })));
        self.restore_gil_after_team(saved_gil);
        let raise = self.in_block(|this| {
            this.emit(Stmt::RestoreError(team_error));
            this.emit(Stmt::Fail);
        });
        self.emit(Stmt::If {
            cond: cmp(lir::CmpOp::Eq, read(team_why), int_c(ParallelLoop::ERROR)),
            then: raise,
            orelse: Vec::new(),
        });
        let returned = self.in_block(|this| match &outer {
            Some(_) => this.parallel_exit(ParallelLoop::RETURN, team_ret.map(read)),
            None => this.normal_return(team_ret.map(read)),
        });
        self.emit(Stmt::If {
            cond: cmp(lir::CmpOp::Eq, read(team_why), int_c(ParallelLoop::RETURN)),
            then: returned,
            orelse: Vec::new(),
        });
    }

    /// A `with parallel():` block run once, in order, on the calling thread
    /// (its `prange` loops then run in order too).
    fn serial_block(&mut self, body: &[tir::Stmt]) {
        let outer = self.st().parallel.take();
        let inner = self.in_block(|this| this.stmts(body));
        self.st().parallel = outer;
        self.emit(Stmt::Block(inner));
    }

    /// Before a team that may start with the GIL held (outside `with
    /// nogil:`: a `nogil` function's body, `prange(…, nogil=True)`): gives it
    /// up, as Cython's parallel sections do, so that the threads' `with gil:`
    /// sections do not wait for the caller. The local that takes it back.
    fn save_gil_for_team(&mut self) -> Option<LocalId> {
        if self.st().nogil_blocks > 0 {
            return None;
        }
        let saved = self.temp(LType::Ptr(Box::new(LType::Void)));
        self.emit(Stmt::Runtime {
            dest: Some(Place::Local(saved)),
            func: lir::RuntimeFn::GilSaveForTeam,
            args: Vec::new(),
            checked: false,
        });
        Some(saved)
    }

    /// After the team: takes back what [`Self::save_gil_for_team`] gave up.
    fn restore_gil_after_team(&mut self, saved: Option<LocalId>) {
        if let Some(saved) = saved {
            self.emit(Stmt::Runtime {
                dest: None,
                func: lir::RuntimeFn::GilRestoreAfterTeam,
                args: vec![lir::RuntimeArg::Value(Value::Read(Box::new(Place::Local(saved))))],
                checked: false,
            });
        }
    }

    /// `break` out of the `prange` loop or `return` in its body: the thread
    /// records it and leaves the iteration (through its guard, with no error set).
    pub(super) fn parallel_exit(&mut self, why: i128, value: Option<Value>) {
        let ctx = self.st().parallel.clone().expect("inside a prange body");
        if let (Some(ret), Some(v)) = (ctx.ret, value) {
            self.emit(Stmt::Assign { place: Place::Local(ret), value: v });
        }
        self.emit(Stmt::Assign { place: Place::Local(ctx.why), value: Value::Int(why, tir::IntKind::Int) });
        self.emit(Stmt::Fail);
    }

    /// Whether `body` reads or writes a module variable, directly or in a
    /// module function it calls.
    fn touches_module_state(&self, body: &[tir::Stmt]) -> bool {
        let mut seen: HashSet<tir::FuncId> = HashSet::default();
        let mut pending: Vec<&[tir::Stmt]> = vec![body];
        while let Some(stmts) = pending.pop() {
            let mut found = false;
            let mut calls = Vec::new();
            tir::walk::exprs_in_stmts(stmts, &mut |e| match &e.kind {
                tir::ExprKind::Var(v) if self.tir.var(*v).scope == VarScope::Global => found = true,
                tir::ExprKind::Call { func, .. } => calls.push(*func),
                _ => {}
            });
            if found {
                return true;
            }
            for f in calls {
                if seen.insert(f) {
                    pending.push(&self.tir.function(f).body);
                }
            }
        }
        false
    }
}

/// OpenMP's reduction for Cython's in-place operator.
fn reduction_op(op: BinOp) -> Option<lir::ReductionOp> {
    Some(match op {
        BinOp::Add | BinOp::Sub => lir::ReductionOp::Add,
        BinOp::Mul => lir::ReductionOp::Mul,
        BinOp::BitAnd => lir::ReductionOp::BitAnd,
        BinOp::BitOr => lir::ReductionOp::BitOr,
        BinOp::BitXor => lir::ReductionOp::BitXor,
        _ => return None,
    })
}

/// Whether a thread may read its own copy of a variable of this type that
/// the loop only reads: a scalar, a pointer or a slice (an array or struct
/// would be copied whole for nothing).
fn shareable(ty: &LType) -> bool {
    matches!(
        ty,
        LType::Int(_) | LType::Float(_) | LType::Bint | LType::Bool | LType::Int128 | LType::Ptr(_) | LType::Slice
    )
}

/// Moves out of every `prange` loop's `shared` the locals whose address the
/// function takes anywhere (a write through the pointer would not reach a
/// thread's copy) into its `through_pointer`.
pub(super) fn drop_addressed_shared(m: &mut lir::Module) {
    fn visit(stmts: &mut [Stmt], addressed: &HashSet<LocalId>) {
        for s in stmts {
            match s {
                Stmt::If { then, orelse, .. } => {
                    visit(then, addressed);
                    visit(orelse, addressed);
                }
                Stmt::Loop(b) | Stmt::Block(b) | Stmt::For { body: b, .. } => visit(b, addressed),
                Stmt::Guard { body, handler, .. } => {
                    visit(body, addressed);
                    visit(handler, addressed);
                }
                Stmt::Parallel(p) => {
                    let (through, shared) = p.shared.iter().partition(|l| addressed.contains(l));
                    p.through_pointer = through;
                    p.shared = shared;
                    visit(&mut p.body, addressed);
                }
                Stmt::ParallelBlock(p) => {
                    let (through, shared) = p.shared.iter().partition(|l| addressed.contains(l));
                    p.through_pointer = through;
                    p.shared = shared;
                    visit(&mut p.body, addressed);
                }
                _ => {}
            }
        }
    }
    for f in m.functions.iter_mut().chain(std::iter::once(&mut m.init)) {
        let addressed = lir::uses::Uses::of(&f.locals, &f.body).addressed;
        visit(&mut f.body, &addressed);
    }
}

/// Calls `f` on every `prange` loop of a block's team in `stmts` (not on
/// those nested in them, nor in another block).
fn team_loops(stmts: &mut [Stmt], f: &mut dyn FnMut(&mut ParallelLoop)) {
    for s in stmts {
        match s {
            Stmt::If { then, orelse, .. } => {
                team_loops(then, f);
                team_loops(orelse, f);
            }
            Stmt::Loop(b) | Stmt::Block(b) | Stmt::For { body: b, .. } => team_loops(b, f),
            Stmt::Guard { body, handler, .. } => {
                team_loops(body, f);
                team_loops(handler, f);
            }
            Stmt::Parallel(p) if p.in_team => f(p),
            _ => {}
        }
    }
}

/// The arrays, structs and C tuples `body` writes an element or a field of
/// (never the whole variable) or lends out by address (an array passed as a
/// pointer, `&s`): shared by a team, as Cython shares every variable that
/// is not assigned by name, so every thread writes the caller's variable.
fn shared_in_place(locals: &[lir::Local], body: &[Stmt], written: &HashSet<LocalId>) -> Vec<LocalId> {
    let mut named = HashSet::default();
    named_locals(body, &mut named);
    let addressed = lir::uses::Uses::of(locals, body).addressed;
    let in_place =
        |l: &LocalId| matches!(locals[l.0 as usize].ty, LType::Array(..) | LType::Struct(_) | LType::Tuple(_));
    let mut v: Vec<LocalId> =
        written.iter().chain(&addressed).copied().filter(|l| !named.contains(l) && in_place(l)).collect();
    v.sort();
    v.dedup();
    v
}

/// Whether a thread's copy of a variable of this type can be made by copying it.
fn copyable(ty: &LType) -> bool {
    match ty {
        LType::Int(_) | LType::Float(_) | LType::Bint | LType::Bool | LType::Int128 | LType::Ptr(_) | LType::Slice => {
            true
        }
        LType::Array(inner, _) => copyable(inner),
        _ => false,
    }
}

/// The locals `stmts` assign whole (by name, as a loop counter, or fetching into).
fn named_locals(stmts: &[Stmt], out: &mut HashSet<LocalId>) {
    for s in stmts {
        match s {
            Stmt::Assign { place: Place::Local(l), .. }
            | Stmt::CopySlice { dst: Place::Local(l), .. }
            | Stmt::Call { dest: Some(Place::Local(l)), .. }
            | Stmt::Runtime { dest: Some(Place::Local(l)), .. } => {
                out.insert(*l);
            }
            Stmt::FetchError(l) | Stmt::Reraise(l) | Stmt::RestoreError(l) | Stmt::DropError(l) => {
                out.insert(*l);
            }
            Stmt::If { then, orelse, .. } => {
                named_locals(then, out);
                named_locals(orelse, out);
            }
            Stmt::Loop(b) | Stmt::Block(b) => named_locals(b, out),
            Stmt::For { counter, body, .. } => {
                out.insert(*counter);
                named_locals(body, out);
            }
            Stmt::Guard { body, handler, .. } => {
                named_locals(body, out);
                named_locals(handler, out);
            }
            Stmt::Parallel(p) => named_locals(&p.body, out),
            Stmt::ParallelBlock(b) => named_locals(&b.body, out),
            _ => {}
        }
    }
}

/// The locals `stmts` write (assign, take the address of, or fetch into).
fn written_locals(stmts: &[Stmt], out: &mut HashSet<LocalId>) {
    fn root(p: &Place, out: &mut HashSet<LocalId>) {
        match p {
            Place::Local(l) => {
                out.insert(*l);
            }
            Place::SliceField { slice, .. } | Place::SliceData(slice) | Place::Field { base: slice, .. } => {
                root(slice, out)
            }
            Place::TupleField { base, .. } => root(base, out),
            Place::Deref { ptr, .. } => {
                // `arr[i] = x` on a C array local writes the array.
                if let Value::Read(inner) = &**ptr {
                    if let Place::Local(l) = &**inner {
                        out.insert(*l);
                    }
                }
            }
            _ => {}
        }
    }
    for s in stmts {
        match s {
            Stmt::Assign { place, .. } | Stmt::CopySlice { dst: place, .. } => root(place, out),
            Stmt::Call { dest: Some(d), .. } => root(d, out),
            Stmt::Runtime { dest, func, args, .. } => {
                if let Some(d) = dest {
                    root(d, out);
                }
                let sig = func.signature();
                for (i, a) in args.iter().enumerate() {
                    if let (lir::RuntimeArg::Ref(p), Some(lir::RuntimeParam::RefMut)) = (a, sig.params.get(i)) {
                        root(p, out);
                    }
                }
            }
            Stmt::FetchError(l) | Stmt::Reraise(l) | Stmt::RestoreError(l) | Stmt::DropError(l) => {
                out.insert(*l);
            }
            Stmt::If { then, orelse, .. } => {
                written_locals(then, out);
                written_locals(orelse, out);
            }
            Stmt::Loop(b) | Stmt::Block(b) => written_locals(b, out),
            Stmt::For { counter, body, .. } => {
                out.insert(*counter);
                written_locals(body, out);
            }
            Stmt::Guard { body, handler, .. } => {
                written_locals(body, out);
                written_locals(handler, out);
            }
            Stmt::Parallel(p) => written_locals(&p.body, out),
            Stmt::ParallelBlock(b) => written_locals(&b.body, out),
            _ => {}
        }
    }
}
