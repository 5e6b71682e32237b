//! `cython.parallel`: `prange`, `parallel()` and `threadid()`, with Cython's
//! rules for their arguments and for reductions.
//!
//! A `prange` loop is a `range` loop whose tir records what it asked for
//! (schedule, chunk size, threads, reductions); a `with parallel():` block is
//! a `ParallelBlock` statement (inside the `Nogil` block) that lowering runs
//! on a team; `threadid()` is the thread's number in its team.
//!
//! `for i in prange(n, nogil=True): s += v[i]` → `ForRange i in (0, n, 1)`
//! with `parallel: { reductions: [s +] }`, its body checked without the GIL.

use cytrus_grammar::ast::{self, Span};

use super::error::ParallelProblem;
use super::{scope, Checker, SemanticError, Symbol};
use crate::tir::{self, Expr, ExprKind, Schedule, Type};

/// A name of `cython.parallel`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParallelName {
    Prange,
    Parallel,
    Threadid,
}

impl ParallelName {
    pub fn from_name(name: &str) -> Option<ParallelName> {
        Some(match name {
            "prange" => ParallelName::Prange,
            "parallel" => ParallelName::Parallel,
            "threadid" => ParallelName::Threadid,
            _ => return None,
        })
    }
}

/// What `prange(…)`'s keywords asked for, checked.
pub struct PrangeOptions<'e> {
    pub nogil: bool,
    pub schedule: Option<Schedule>,
    pub chunksize: Option<&'e ast::Expr>,
    pub num_threads: Option<&'e ast::Expr>,
}

impl<'a> Checker<'a> {
    /// The `cython.parallel` name `e` stands for: `prange` after
    /// `from cython.parallel cimport prange`, `cython.parallel.prange`,
    /// `parallel.prange` after `cimport cython.parallel as parallel`.
    pub(super) fn parallel_name(&self, e: &ast::Expr) -> Option<ParallelName> {
        match &e.kind {
            ast::ExprKind::Name(n) if self.lookup_var(n).is_none() => match self.lookup_global(n) {
                Some(Symbol::Parallel(p)) => Some(*p),
                _ => None,
            },
            ast::ExprKind::Attribute { value, attr } => {
                let module = match &value.kind {
                    ast::ExprKind::Name(n) => matches!(self.lookup_global(n), Some(Symbol::ParallelModule)),
                    ast::ExprKind::Attribute { attr: inner, .. } => {
                        inner.name == "parallel" && self.cython_attribute(value).is_some()
                    }
                    _ => false,
                };
                if module {
                    ParallelName::from_name(&attr.name)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// `prange(…)`'s positional bounds and its checked keywords; `None` after
    /// an error (reported).
    pub(super) fn prange_arguments<'e>(
        &mut self,
        args: &'e [ast::Arg],
        span: Span,
    ) -> Option<(Vec<&'e ast::Expr>, PrangeOptions<'e>)> {
        let mut positional = Vec::new();
        let mut options = PrangeOptions { nogil: false, schedule: None, chunksize: None, num_threads: None };
        let mut seen: Vec<&str> = Vec::new();
        let mut ok = true;
        for arg in args {
            let Some(keyword) = &arg.keyword else {
                positional.push(&arg.value);
                continue;
            };
            let name = keyword.name.as_str();
            if seen.contains(&name) {
                self.parallel_error(keyword.span, ParallelProblem::DuplicateKeyword { name: name.into() });
                ok = false;
                continue;
            }
            seen.push(name);
            match name {
                "nogil" => match &arg.value.kind {
                    ast::ExprKind::Bool(b) => options.nogil = *b,
                    _ => {
                        self.parallel_error(arg.value.span, ParallelProblem::NotCompileTime { name: "nogil" });
                        ok = false;
                    }
                },
                "schedule" => match &arg.value.kind {
                    ast::ExprKind::Str(s) if !s.bytes && !s.format => {
                        options.schedule = Some(match s.value.as_str() {
                            "static" => Schedule::Static,
                            "dynamic" => Schedule::Dynamic,
                            "guided" => Schedule::Guided,
                            "runtime" => Schedule::Runtime,
                            other => {
                                self.parallel_error(
                                    arg.value.span,
                                    ParallelProblem::InvalidSchedule { given: other.to_string() },
                                );
                                ok = false;
                                continue;
                            }
                        });
                    }
                    ast::ExprKind::None => {}
                    _ => {
                        self.parallel_error(arg.value.span, ParallelProblem::NotCompileTime { name: "schedule" });
                        ok = false;
                    }
                },
                "chunksize" => options.chunksize = Some(&arg.value),
                "num_threads" => options.num_threads = Some(&arg.value),
                "use_threads_if" => {
                    self.error(SemanticError::Unsupported {
                        span: arg.value.span,
                        what: "`use_threads_if` conditions",
                        instead: "cytrus runs `prange` loops in order; leave the condition out",
                    });
                    ok = false;
                }
                other => {
                    self.parallel_error(keyword.span, ParallelProblem::InvalidKeyword { name: other.into() });
                    ok = false;
                }
            }
        }
        if positional.is_empty() || positional.len() > 3 {
            self.parallel_error(span, ParallelProblem::PositionalCount);
            return None;
        }
        if let Some(chunksize) = options.chunksize {
            let problem = match options.schedule {
                None => Some(ParallelProblem::ChunksizeWithoutSchedule),
                Some(Schedule::Runtime) => Some(ParallelProblem::ChunksizeWithRuntime),
                _ => match super::types::const_value(chunksize) {
                    Some(tir::ConstValue::Int(n)) if n <= 0 => Some(ParallelProblem::ChunksizeNotPositive),
                    _ => None,
                },
            };
            if let Some(problem) = problem {
                self.parallel_error(chunksize.span, problem);
                ok = false;
            }
        }
        if let Some(Some(tir::ConstValue::Int(n))) = options.num_threads.map(super::types::const_value) {
            if n < 0 {
                self.parallel_error(options.num_threads.map_or(span, |e| e.span), ParallelProblem::NumThreadsNegative);
                ok = false;
            }
        }
        ok.then_some((positional, options))
    }

    /// `chunksize=` or `num_threads=` as a C `int`.
    pub(super) fn parallel_int(&mut self, e: &ast::Expr) -> Expr {
        let value = self.expr(e);
        if value.ty.is_error() {
            return value;
        }
        if !value.ty.is_integral() {
            self.error(SemanticError::CannotAssign {
                span: e.span,
                from: value.ty.display(),
                to: "int".into(),
                help: None,
            });
            return Expr::error(e.span);
        }
        self.coerce(value, &Type::INT, e.span)
    }

    /// The reductions of a `prange` body: names whose last assignment in the
    /// body is in place (`s += x`), as Cython infers them. Reports
    /// inconsistent operators and reads of a reduction in the body.
    pub(super) fn prange_reductions(&mut self, body: &[ast::Stmt], target: &str) -> Vec<(String, ast::BinOp)> {
        let mut last: Vec<(String, Option<ast::BinOp>)> = Vec::new();
        let mut set = |name: &str, op: Option<ast::BinOp>, span: Span, this: &mut Self| match last
            .iter_mut()
            .find(|(n, _)| n == name)
        {
            Some((_, previous)) => {
                if let (Some(new), Some(old)) = (op, *previous) {
                    if new != old {
                        this.parallel_error(
                            span,
                            ParallelProblem::InconsistentReduction { op: new.text(), previous: old.text() },
                        );
                    }
                }
                *previous = op;
            }
            None => last.push((name.to_string(), op)),
        };
        let mut events: Vec<(String, Option<ast::BinOp>, Span)> = Vec::new();
        scope::each_stmt(body, &mut |stmt| match &stmt.kind {
            ast::StmtKind::Assign { targets, .. } => {
                for t in targets {
                    let names: Vec<&ast::Expr> = match &t.kind {
                        ast::ExprKind::Tuple(items) => items.iter().collect(),
                        _ => vec![t],
                    };
                    for n in names {
                        if let ast::ExprKind::Name(name) = &n.kind {
                            events.push((name.clone(), None, n.span));
                        }
                    }
                }
            }
            ast::StmtKind::AugAssign { target, op, .. } => {
                if let ast::ExprKind::Name(name) = &target.kind {
                    events.push((name.clone(), Some(*op), target.span));
                }
            }
            ast::StmtKind::For { target, .. } => {
                if let ast::ExprKind::Name(name) = &target.kind {
                    events.push((name.clone(), None, target.span));
                }
            }
            ast::StmtKind::CDecl(decl) => {
                for d in &decl.declarators {
                    events.push((d.name.name.clone(), None, d.name.span));
                }
            }
            _ => {}
        });
        for (name, op, span) in events {
            if name != target {
                set(&name, op, span, self);
            }
        }
        let reductions: Vec<(String, ast::BinOp)> =
            last.into_iter().filter_map(|(name, op)| op.map(|op| (name, op))).collect();
        if !reductions.is_empty() {
            let names: Vec<&str> = reductions.iter().map(|(n, _)| n.as_str()).collect();
            let mut reads = Vec::new();
            reads_outside_updates(body, &names, &mut reads);
            if let Some((name, span)) = reads.first() {
                self.parallel_error(*span, ParallelProblem::ReadReduction { name: name.clone() });
            }
        }
        reductions
    }

    /// `with parallel(num_threads=…):` — its `num_threads` as a C `int`.
    /// Reports what Cython refuses in the block: in-place updates of names
    /// directly in it (reductions), a `prange` in it that gives `num_threads`
    /// or assigns a variable the block assigns (each thread's private), and
    /// `break`/`continue` that would leave it. Returns the names the block
    /// assigns (its privates), for the check of reads after it.
    pub(super) fn check_parallel_block(&mut self, call: &ast::Expr, body: &[ast::Stmt]) -> (Option<Expr>, Vec<String>) {
        let ast::ExprKind::Call { args, .. } = &call.kind else {
            self.parallel_error(call.span, ParallelProblem::ParallelNotCalled);
            return (None, Vec::new());
        };
        let mut num_threads = None;
        for arg in args {
            match &arg.keyword {
                None => self.parallel_error(arg.value.span, ParallelProblem::ParallelPositional),
                Some(k) if k.name == "num_threads" => {
                    if let Some(tir::ConstValue::Int(n)) = super::types::const_value(&arg.value) {
                        if n < 0 {
                            self.parallel_error(arg.value.span, ParallelProblem::NumThreadsNegative);
                        }
                    }
                    num_threads = Some(self.parallel_int(&arg.value));
                }
                Some(k) => self.parallel_error(k.span, ParallelProblem::InvalidKeyword { name: k.name.clone() }),
            }
        }
        let mut updates = Vec::new();
        self.block_updates(body, &mut updates);
        if let Some(span) = updates.first() {
            self.parallel_error(*span, ParallelProblem::ReductionInParallelBlock);
        }
        let mut walk = BlockWalk::default();
        self.walk_block(body, 0, &mut walk);
        if let Some((what, span)) = walk.leaves.first() {
            self.parallel_error(*span, ParallelProblem::LeavesBlock { what });
        }
        let outer = num_threads.is_some();
        for span in &walk.prange_threads {
            self.parallel_error(*span, ParallelProblem::NumThreadsInBlock { outer });
        }
        let privates: Vec<String> = walk.assigned.iter().map(|(n, _)| n.clone()).collect();
        for (name, span) in &walk.prange_assigned {
            if privates.contains(name) {
                self.parallel_error(*span, ParallelProblem::AssignsBlockPrivate { name: name.clone() });
            }
        }
        (num_threads, privates)
    }

    /// The names a `parallel()` block assigns outside its `prange` loops,
    /// what those loops assign, and `break`/`continue` outside loops.
    fn walk_block(&self, body: &[ast::Stmt], loops: usize, out: &mut BlockWalk) {
        for stmt in body {
            match &stmt.kind {
                ast::StmtKind::Assign { targets, .. } => {
                    for t in targets {
                        let names: Vec<&ast::Expr> = match &t.kind {
                            ast::ExprKind::Tuple(items) => items.iter().collect(),
                            _ => vec![t],
                        };
                        for n in names {
                            if let ast::ExprKind::Name(name) = &n.kind {
                                out.assign(name, n.span);
                            }
                        }
                    }
                }
                ast::StmtKind::CDecl(decl) => {
                    for d in decl.declarators.iter().filter(|d| d.init.is_some()) {
                        out.assign(&d.name.name, d.name.span);
                    }
                }
                // An in-place update is an error here (a reduction); it still makes the name the block's.
                ast::StmtKind::AugAssign { target, .. } => {
                    if let ast::ExprKind::Name(name) = &target.kind {
                        out.assign(name, target.span);
                    }
                }
                ast::StmtKind::Break if loops == 0 => out.leaves.push(("break", stmt.span)),
                ast::StmtKind::Continue if loops == 0 => out.leaves.push(("continue", stmt.span)),
                ast::StmtKind::If { branches, orelse } => {
                    for (_, b) in branches {
                        self.walk_block(b, loops, out);
                    }
                    self.walk_block(orelse.as_deref().unwrap_or(&[]), loops, out);
                }
                ast::StmtKind::While { body, orelse, .. } => {
                    self.walk_block(body, loops + 1, out);
                    self.walk_block(orelse.as_deref().unwrap_or(&[]), loops, out);
                }
                ast::StmtKind::For { target, iter, body, orelse } => {
                    let prange = match &iter.kind {
                        ast::ExprKind::Call { func, args }
                            if self.parallel_name(func) == Some(ParallelName::Prange) =>
                        {
                            Some(args)
                        }
                        _ => None,
                    };
                    match prange {
                        Some(args) => {
                            if let Some(a) = args.iter().find(|a| {
                                a.keyword.as_ref().is_some_and(|k| k.name == "num_threads")
                                    && !matches!(a.value.kind, ast::ExprKind::None)
                            }) {
                                out.prange_threads.push(a.value.span);
                            }
                            if let ast::ExprKind::Name(name) = &target.kind {
                                out.prange_assigned.push((name.clone(), target.span));
                            }
                            scope::each_stmt(body, &mut |s| match &s.kind {
                                ast::StmtKind::Assign { targets, .. } => {
                                    for t in targets {
                                        let names: Vec<&ast::Expr> = match &t.kind {
                                            ast::ExprKind::Tuple(items) => items.iter().collect(),
                                            _ => vec![t],
                                        };
                                        for n in names {
                                            if let ast::ExprKind::Name(name) = &n.kind {
                                                out.prange_assigned.push((name.clone(), n.span));
                                            }
                                        }
                                    }
                                }
                                ast::StmtKind::AugAssign { target, .. } | ast::StmtKind::For { target, .. } => {
                                    if let ast::ExprKind::Name(name) = &target.kind {
                                        out.prange_assigned.push((name.clone(), target.span));
                                    }
                                }
                                _ => {}
                            });
                        }
                        None => {
                            if let ast::ExprKind::Name(name) = &target.kind {
                                out.assign(name, target.span);
                            }
                            self.walk_block(body, loops + 1, out);
                        }
                    }
                    self.walk_block(orelse.as_deref().unwrap_or(&[]), loops, out);
                }
                ast::StmtKind::Try { body, handlers, orelse, finally } => {
                    self.walk_block(body, loops, out);
                    for h in handlers {
                        self.walk_block(&h.body, loops, out);
                    }
                    self.walk_block(orelse.as_deref().unwrap_or(&[]), loops, out);
                    self.walk_block(finally.as_deref().unwrap_or(&[]), loops, out);
                }
                ast::StmtKind::With { body, .. } => self.walk_block(body, loops, out),
                _ => {}
            }
        }
    }

    /// E0482: a private of the `parallel()` block that ends before `rest`
    /// read in `rest` before a statement assigns it again (Cython's control
    /// flow sees no value there).
    pub(super) fn check_reads_after_block(&mut self, privates: &[String], rest: &[ast::Stmt]) {
        let mut live: Vec<&str> = privates.iter().map(String::as_str).collect();
        for stmt in rest {
            if live.is_empty() {
                return;
            }
            // A `for` loop (this one or one nested in it) assigns its target
            // before its body reads it.
            let mut loop_targets: Vec<String> = Vec::new();
            scope::each_stmt(std::slice::from_ref(stmt), &mut |s| {
                if let ast::StmtKind::For { target, .. } = &s.kind {
                    let targets: Vec<&ast::Expr> = match &target.kind {
                        ast::ExprKind::Tuple(items) => items.iter().collect(),
                        _ => vec![target],
                    };
                    for t in targets {
                        if let ast::ExprKind::Name(n) = &t.kind {
                            loop_targets.push(n.clone());
                        }
                    }
                }
            });
            live.retain(|l| !loop_targets.iter().any(|t| t == l));
            let mut reads = Vec::new();
            reads_outside_updates(std::slice::from_ref(stmt), &live, &mut reads);
            if let ast::StmtKind::AugAssign { target, .. } = &stmt.kind {
                if let ast::ExprKind::Name(n) = &target.kind {
                    if live.contains(&n.as_str()) {
                        reads.insert(0, (n.clone(), target.span));
                    }
                }
            }
            if let Some((name, span)) = reads.first() {
                self.parallel_error(*span, ParallelProblem::PrivateReadAfterBlock { name: name.clone() });
                return;
            }
            let mut assigned = BlockWalk::default();
            scope::each_stmt(std::slice::from_ref(stmt), &mut |s| {
                if let ast::StmtKind::Assign { targets, .. } = &s.kind {
                    for t in targets {
                        if let ast::ExprKind::Name(name) = &t.kind {
                            assigned.assign(name, t.span);
                        }
                    }
                }
            });
            live.retain(|n| !assigned.assigned.iter().any(|(a, _)| a == n));
        }
    }

    /// `threadid()`: the calling thread's number in the team of the
    /// enclosing `prange` loop or `with parallel():` block (0 outside one).
    pub(super) fn threadid(&mut self, args: &[ast::Arg], span: Span) -> Expr {
        if !args.is_empty() {
            self.error(SemanticError::WrongArgumentCount {
                span,
                name: "threadid()".into(),
                expected: "no arguments".into(),
                given: args.len(),
                decl: None,
            });
            return Expr::error(span);
        }
        Expr::new(ExprKind::ThreadId, Type::INT, span)
    }

    /// In-place updates of names directly in a `with parallel():` block (not
    /// in a `prange` loop inside it, where they are that loop's reductions).
    fn block_updates(&self, body: &[ast::Stmt], out: &mut Vec<Span>) {
        for stmt in body {
            match &stmt.kind {
                ast::StmtKind::AugAssign { target, .. } if matches!(target.kind, ast::ExprKind::Name(_)) => {
                    out.push(target.span)
                }
                ast::StmtKind::If { branches, orelse } => {
                    for (_, b) in branches {
                        self.block_updates(b, out);
                    }
                    self.block_updates(orelse.as_deref().unwrap_or(&[]), out);
                }
                ast::StmtKind::While { body, orelse, .. } => {
                    self.block_updates(body, out);
                    self.block_updates(orelse.as_deref().unwrap_or(&[]), out);
                }
                ast::StmtKind::For { iter, body, orelse, .. } => {
                    let prange = matches!(&iter.kind, ast::ExprKind::Call { func, .. }
                        if self.parallel_name(func) == Some(ParallelName::Prange));
                    if !prange {
                        self.block_updates(body, out);
                    }
                    // A `prange`'s `else` runs in the block.
                    self.block_updates(orelse.as_deref().unwrap_or(&[]), out);
                }
                ast::StmtKind::Try { body, handlers, orelse, finally } => {
                    self.block_updates(body, out);
                    for h in handlers {
                        self.block_updates(&h.body, out);
                    }
                    self.block_updates(orelse.as_deref().unwrap_or(&[]), out);
                    self.block_updates(finally.as_deref().unwrap_or(&[]), out);
                }
                ast::StmtKind::With { body, .. } => self.block_updates(body, out),
                _ => {}
            }
        }
    }

    fn parallel_error(&mut self, span: Span, problem: ParallelProblem) {
        self.error(SemanticError::Parallel { span, problem: Box::new(problem) });
    }
}

/// What [`Checker::walk_block`] finds in a `parallel()` block.
#[derive(Default)]
struct BlockWalk {
    assigned: Vec<(String, Span)>,
    prange_assigned: Vec<(String, Span)>,
    prange_threads: Vec<Span>,
    leaves: Vec<(&'static str, Span)>,
}

impl BlockWalk {
    fn assign(&mut self, name: &str, span: Span) {
        if !self.assigned.iter().any(|(n, _)| n == name) {
            self.assigned.push((name.to_string(), span));
        }
    }
}

/// Reads of `names` in `body` other than as the target of their own in-place
/// update (`s += x` reads `s`; `t = s` reads it outside).
fn reads_outside_updates(body: &[ast::Stmt], names: &[&str], out: &mut Vec<(String, Span)>) {
    let read = |e: &ast::Expr, out: &mut Vec<(String, Span)>| names_read(e, names, out);
    scope::each_stmt(body, &mut |stmt| match &stmt.kind {
        ast::StmtKind::Expr(e) | ast::StmtKind::Return(Some(e)) | ast::StmtKind::Raise(Some(e)) => read(e, out),
        ast::StmtKind::Assign { targets, value } => {
            for t in targets {
                if !matches!(t.kind, ast::ExprKind::Name(_)) {
                    read(t, out);
                }
            }
            read(value, out);
        }
        ast::StmtKind::AugAssign { target, value, .. } => {
            if !matches!(target.kind, ast::ExprKind::Name(_)) {
                read(target, out);
            }
            read(value, out);
        }
        ast::StmtKind::If { branches, .. } => branches.iter().for_each(|(c, _)| read(c, out)),
        ast::StmtKind::While { cond, .. } => read(cond, out),
        ast::StmtKind::For { iter, .. } => read(iter, out),
        ast::StmtKind::Assert { cond, message } => {
            read(cond, out);
            if let Some(m) = message {
                read(m, out);
            }
        }
        ast::StmtKind::CDecl(decl) => {
            decl.declarators.iter().filter_map(|d| d.init.as_ref()).for_each(|e| read(e, out))
        }
        _ => {}
    });
}

/// Names of `names` that `e` reads, in order.
fn names_read(e: &ast::Expr, names: &[&str], out: &mut Vec<(String, Span)>) {
    let mut pending = vec![e];
    while let Some(e) = pending.pop() {
        match &e.kind {
            ast::ExprKind::Name(n) if names.contains(&n.as_str()) => out.push((n.clone(), e.span)),
            ast::ExprKind::Unary { operand: x, .. } | ast::ExprKind::AddressOf(x) | ast::ExprKind::SizeofExpr(x) => {
                pending.push(x)
            }
            ast::ExprKind::Attribute { value, .. } => pending.push(value),
            ast::ExprKind::Str(s) => pending.extend(s.field_values().into_iter().rev()),
            ast::ExprKind::Binary { left, right, .. } | ast::ExprKind::BoolOp { left, right, .. } => {
                pending.push(right);
                pending.push(left);
            }
            ast::ExprKind::Compare { first, rest } => {
                pending.extend(rest.iter().rev().map(|(_, e)| e));
                pending.push(first);
            }
            ast::ExprKind::Conditional { cond, then, orelse } => {
                pending.push(orelse);
                pending.push(cond);
                pending.push(then);
            }
            ast::ExprKind::Cast { operand, .. } => pending.push(operand),
            ast::ExprKind::Call { func, args } => {
                pending.extend(args.iter().rev().map(|a| &a.value));
                pending.push(func);
            }
            ast::ExprKind::Subscript { value, items } => {
                for item in items.iter().rev() {
                    match item {
                        ast::SubscriptItem::Index(i) => pending.push(i),
                        ast::SubscriptItem::Slice { start, stop, step, .. } => {
                            pending.extend([step, stop, start].into_iter().flatten());
                        }
                    }
                }
                pending.push(value);
            }
            ast::ExprKind::Tuple(items) | ast::ExprKind::List(items) | ast::ExprKind::Dict(items) => {
                pending.extend(items.iter().rev())
            }
            _ => {}
        }
    }
    // `pending` is a stack: the order above keeps source order for the first report.
}
