//! Finds, in a lowered module, the run-time work of each source line and
//! the checks lowering left out there: a walk over the lir in the order the
//! printers print it, following its `Line(N)` statements.
//!
//! `Line(10); For { body: [Line(11), Check(IndexError …)] }` → line 11:
//! `Cost { kind: BoundsCheck, loops: 1, path: Normal, … }`.

use std::collections::BTreeMap;

use super::{CodePath, Cost, CostKind, UncheckedAccess};
use crate::lir::{self, Bounds, Function, Message, Module, Place, RuntimeArg, RuntimeFn, SliceField, Stmt, Value};
use crate::tir::ExceptionKind;

/// Something the walk found, and the line it belongs to.
pub(super) struct Found {
    pub line: u32,
    pub item: Item,
}

/// Run-time work, a fact lowering noted, or an access it left unchecked.
pub(super) enum Item {
    Cost(Cost),
    Fact(String),
    Unchecked(UncheckedAccess),
}

/// Walks one function's lir, in the order the printers print it, and notes
/// what each line costs and what it was spared.
struct Annotator<'m> {
    module: &'m Module,
    function: &'m Function,
    /// The source line of the statements being walked.
    line: u32,
    /// Loops around them.
    loops: u32,
    path: CodePath,
    found: Vec<Found>,
}

/// What every function of the module (and its top-level code) does, line by line.
pub(super) fn find(module: &Module) -> Vec<Found> {
    let mut found = Vec::new();
    for function in module.functions.iter().chain(std::iter::once(&module.init)) {
        let mut walk =
            Annotator { module, function, line: function.line, loops: 0, path: CodePath::Normal, found: Vec::new() };
        walk.stmts(&function.body);
        found.append(&mut walk.found);
    }
    found
}

impl Annotator<'_> {
    fn cost(&mut self, kind: CostKind, what: impl Into<String>) {
        let path = if kind == CostKind::Raise { CodePath::Error } else { self.path };
        let cost = Cost { kind, what: what.into(), count: 1, loops: self.loops, path };
        self.found.push(Found { line: self.line, item: Item::Cost(cost) });
    }

    fn stmts(&mut self, body: &[Stmt]) {
        let mut previous: Option<&Stmt> = None;
        for (i, s) in body.iter().enumerate() {
            if let Stmt::If { cond, then, orelse } = s {
                if orelse.is_empty() && diverges(then) {
                    // `if c: …; return` — the rest of the block is the other branch.
                    let mut accesses = Vec::new();
                    elements_in_value(cond, &mut accesses);
                    self.unchecked(accesses);
                    let start = self.found.len();
                    self.block(then);
                    let then_found = self.found.split_off(start);
                    self.stmts(&body[i + 1..]);
                    let rest_found = self.found.split_off(start);
                    self.found.extend(costlier_branch(then_found, rest_found));
                    return;
                }
            }
            self.stmt(s, previous);
            // What follows a return or a jump never runs (lowering can leave
            // a `finally` copy there).
            if diverges(std::slice::from_ref(s)) {
                return;
            }
            previous = Some(s);
        }
    }

    /// A nested block: the line it ends on does not leak out, as the
    /// printed block's dedent takes the reader back to the line that opened it.
    fn block(&mut self, body: &[Stmt]) {
        let line = self.line;
        self.stmts(body);
        self.line = line;
    }

    fn looped(&mut self, body: &[Stmt]) {
        self.loops += 1;
        self.block(body);
        self.loops -= 1;
    }

    fn on_path(&mut self, path: CodePath, body: &[Stmt]) {
        let outer = self.path;
        // An error path inside a fallback loop is still an error path.
        self.path = if outer == CodePath::Normal { path } else { outer };
        self.block(body);
        self.path = outer;
    }

    fn stmt(&mut self, s: &Stmt, previous: Option<&Stmt>) {
        self.values_of(s);
        match s {
            Stmt::Line(n) => self.line = *n,
            Stmt::Note(text) => self.found.push(Found { line: self.line, item: Item::Fact(text.clone()) }),
            Stmt::Check { fail_if, kind, message } => {
                let text = match message {
                    Message::Text(text) => text.clone(),
                    Message::Value(_) | Message::Str(_) => "a message made at run time".to_string(),
                };
                if constant_value(fail_if).is_some() {
                    self.cost(CostKind::ConstantCheck, format!("{}: {text}", kind.name()));
                } else if *kind == ExceptionKind::IndexError {
                    let what = match self.checked_axis(fail_if) {
                        Some((view, axis)) => format!("`{view}`, axis {axis}"),
                        None => text,
                    };
                    self.cost(CostKind::BoundsCheck, what);
                } else {
                    self.cost(CostKind::Check, format!("{}: {text}", kind.name()));
                }
            }
            Stmt::Runtime { func, checked, .. } => {
                let signature = func.signature();
                let name = if signature.c_name == signature.rust_name {
                    format!("`{}`", signature.c_name)
                } else {
                    format!("`{}` / `rt::{}`", signature.c_name, signature.rust_name)
                };
                self.cost(runtime_kind(*func), name.clone());
                if *checked {
                    self.cost(CostKind::ErrorBranch, format!("the status of {name}"));
                }
            }
            Stmt::Print(_) => self.cost(CostKind::RuntimeCall, "`print`"),
            Stmt::FailIf(_) => {
                let what = match previous {
                    Some(Stmt::Call { func, .. }) => {
                        format!("after `{}`, which can fail", self.module.functions[func.0 as usize].name)
                    }
                    _ => "an error test".to_string(),
                };
                self.cost(CostKind::ErrorBranch, what);
            }
            Stmt::Acquire(place) => {
                let what = format!("`{}`", self.place_text(place));
                self.cost(CostKind::Acquire, what);
            }
            Stmt::Release(place) => {
                let what = format!("`{}`", self.place_text(place));
                self.cost(CostKind::Release, what);
            }
            Stmt::Raise { kind, .. } => self.cost(CostKind::Raise, kind.name()),
            Stmt::Reraise(_) => self.cost(CostKind::Raise, "re-raise"),
            Stmt::WriteUnraisable(_) => self.cost(CostKind::Raise, "an error a `noexcept` function reports and drops"),
            Stmt::If { cond, then, orelse } if is_versioned(then, orelse) => {
                for _ in 0..compares(cond).max(1) {
                    self.cost(CostKind::LoopTest, "the indices of the loop below");
                }
                self.block(then);
                self.on_path(CodePath::Fallback, orelse);
            }
            Stmt::If { then, orelse, .. } => {
                let start = self.found.len();
                self.block(then);
                let then_found = self.found.split_off(start);
                self.block(orelse);
                let else_found = self.found.split_off(start);
                self.found.extend(costlier_branch(then_found, else_found));
            }
            Stmt::Loop(body) => self.looped(body),
            Stmt::For { body, .. } => self.looped(body),
            Stmt::Parallel(p) => self.looped(&p.body),
            Stmt::ParallelBlock(p) => self.looped(&p.body),
            // The handler's code is printed after the body, at the guard's indentation.
            Stmt::Guard { body, handler, .. } => {
                self.block(body);
                self.on_path(CodePath::Error, handler);
            }
            Stmt::Block(body) => self.block(body),
            Stmt::Assign { .. }
            | Stmt::CallPtr { .. }
            | Stmt::Call { .. }
            | Stmt::Fail
            | Stmt::Break
            | Stmt::Continue
            | Stmt::Return(_)
            | Stmt::FetchError(_)
            | Stmt::RestoreError(_)
            | Stmt::DropError(_)
            | Stmt::ClearError
            | Stmt::CopySlice { .. } => {}
        }
    }

    /// The view and axis whose extent a bounds check's condition compares with.
    fn checked_axis(&self, fail_if: &Value) -> Option<(String, usize)> {
        shape_read(fail_if).map(|(slice, axis)| (self.place_text(slice), axis))
    }

    /// The element accesses in the statement's own values (not its nested blocks).
    fn values_of(&mut self, s: &Stmt) {
        let mut accesses = Vec::new();
        let out = &mut accesses;
        match s {
            Stmt::Assign { place, value } => {
                elements_in_place(place, out);
                elements_in_value(value, out);
            }
            Stmt::Call { dest, args, .. } => {
                if let Some(place) = dest {
                    elements_in_place(place, out);
                }
                args.iter().for_each(|a| elements_in_value(a, out));
            }
            Stmt::CallPtr { dest, callee, args } => {
                if let Some(place) = dest {
                    elements_in_place(place, out);
                }
                elements_in_value(callee, out);
                args.iter().for_each(|a| elements_in_value(a, out));
            }
            Stmt::Runtime { dest, args, .. } => {
                if let Some(place) = dest {
                    elements_in_place(place, out);
                }
                for a in args {
                    match a {
                        RuntimeArg::Value(v) => elements_in_value(v, out),
                        RuntimeArg::Ref(place) => elements_in_place(place, out),
                        RuntimeArg::Str(_)
                        | RuntimeArg::IntArray(..)
                        | RuntimeArg::Callback(_)
                        | RuntimeArg::Function(_) => {}
                    }
                }
            }
            Stmt::Check { fail_if, message, .. } => {
                elements_in_value(fail_if, out);
                if let Message::Value(v) = message {
                    elements_in_value(v, out);
                }
            }
            Stmt::Raise { message: Some(Message::Value(v)), .. } => elements_in_value(v, out),
            Stmt::FailIf(v) | Stmt::If { cond: v, .. } | Stmt::Return(Some(v)) => elements_in_value(v, out),
            Stmt::For { start, stop, step, .. } => {
                for v in [start, stop, step] {
                    elements_in_value(v, out);
                }
            }
            Stmt::CopySlice { dst, src, .. } => {
                elements_in_place(dst, out);
                elements_in_place(src, out);
            }
            Stmt::Acquire(place) | Stmt::Release(place) => elements_in_place(place, out),
            Stmt::Print(items) => {
                for item in items {
                    match item {
                        lir::PrintItem::Double(v)
                        | lir::PrintItem::Signed(v)
                        | lir::PrintItem::Unsigned(v)
                        | lir::PrintItem::Int128(v)
                        | lir::PrintItem::Bint(v)
                        | lir::PrintItem::Error(v) => elements_in_value(v, out),
                        lir::PrintItem::Dims(place, _) | lir::PrintItem::Str(place) => elements_in_place(place, out),
                        lir::PrintItem::Text(_) => {}
                    }
                }
            }
            _ => {}
        }
        self.unchecked(accesses);
    }

    /// Notes the unchecked axes of element accesses on the current line.
    fn unchecked(&mut self, accesses: Vec<&lir::Element>) {
        for element in accesses {
            for term in &element.terms {
                if term.bounds == Bounds::Checked {
                    continue;
                }
                let access = UncheckedAccess {
                    view: self.value_text(&element.slice),
                    axis: term.axis,
                    index: self.value_text(&term.index),
                    bounds: term.bounds,
                };
                self.found.push(Found { line: self.line, item: Item::Unchecked(access) });
            }
        }
    }

    /// A place as the output names it, where that reads simply.
    fn place_text(&self, place: &Place) -> String {
        match place {
            Place::Local(id) => self.function.locals[id.0 as usize].name.clone(),
            Place::Global(id) => self.module.globals[id.0 as usize].name.clone(),
            Place::SliceField { slice, field, axis } => {
                let field = match field {
                    SliceField::Shape => "shape",
                    SliceField::Strides => "strides",
                    SliceField::Suboffsets => "suboffsets",
                };
                format!("{}.{field}[{axis}]", self.place_text(slice))
            }
            _ => "…".to_string(),
        }
    }

    /// A value, as far as it reads simply (`i + 1`); `…` for the rest.
    fn value_text(&self, value: &Value) -> String {
        match value {
            Value::Int(n, _) | Value::Int128(n) => n.to_string(),
            Value::Read(place) => self.place_text(place),
            Value::Cast { value, .. } => self.value_text(value),
            Value::Binary { op, left, right, .. } => {
                let op = match op {
                    lir::BinOp::Add => "+",
                    lir::BinOp::Sub => "-",
                    lir::BinOp::Mul => "*",
                    _ => return "…".to_string(),
                };
                format!("{} {op} {}", self.value_text(left), self.value_text(right))
            }
            _ => "…".to_string(),
        }
    }
}

/// The cost kind of a runtime call.
fn runtime_kind(func: RuntimeFn) -> CostKind {
    match func {
        RuntimeFn::ArrayNew
        | RuntimeFn::NumpyArray
        | RuntimeFn::NumpyArangeInt
        | RuntimeFn::NumpyArangeFloat
        | RuntimeFn::SliceCopy
        | RuntimeFn::SliceCopyFortran
        | RuntimeFn::Malloc
        | RuntimeFn::Calloc
        | RuntimeFn::Realloc
        | RuntimeFn::Free => CostKind::Allocation,
        _ => CostKind::RuntimeCall,
    }
}

/// Whether control never reaches the end of `body`: it returns, jumps or
/// fails on every path.
fn diverges(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::Return(_) | Stmt::Fail | Stmt::Break | Stmt::Continue => true,
        Stmt::If { then, orelse, .. } => diverges(then) && diverges(orelse),
        Stmt::Guard { body, handler, .. } => diverges(body) && diverges(handler),
        Stmt::Block(body) => diverges(body),
        _ => false,
    })
}

/// Whether an `if` is a versioned loop: both
/// branches are the same loop (same counter, same direction), the first
/// without the checks its test covers, the second as written. (A loop whose
/// direction is known only at run time has two loops of opposite directions.)
fn is_versioned(then: &[Stmt], orelse: &[Stmt]) -> bool {
    matches!(
        (then, orelse),
        ([Stmt::For { counter: fast, ascending: up_fast, .. }], [Stmt::For { counter: slow, ascending: up_slow, .. }])
            if fast == slow && up_fast == up_slow
    )
}

/// The two branches of an `if` that printed code for the same line: only
/// one runs, so the line is charged the costlier branch's normal-path work
/// (its error-path work, facts and unchecked accesses are kept from both).
fn costlier_branch(then: Vec<Found>, orelse: Vec<Found>) -> Vec<Found> {
    let hot = |found: &[Found]| {
        let mut score: BTreeMap<u32, u64> = BTreeMap::new();
        for f in found {
            if let Item::Cost(cost) = &f.item {
                if cost.path == CodePath::Normal {
                    *score.entry(f.line).or_default() += cost.score().max(1);
                }
            }
        }
        score
    };
    let (then_score, else_score) = (hot(&then), hot(&orelse));
    // Lines both branches pay for: the cheaper branch's payments go.
    let keep = |f: &Found, mine: &BTreeMap<u32, u64>, theirs: &BTreeMap<u32, u64>, wins_ties: bool| match &f.item {
        Item::Cost(cost) if cost.path == CodePath::Normal => match (mine.get(&f.line), theirs.get(&f.line)) {
            (Some(a), Some(b)) => a > b || (a == b && wins_ties),
            _ => true,
        },
        _ => true,
    };
    let mut kept: Vec<Found> = Vec::with_capacity(then.len() + orelse.len());
    kept.extend(then.into_iter().filter(|f| keep(f, &then_score, &else_score, true)));
    kept.extend(orelse.into_iter().filter(|f| keep(f, &else_score, &then_score, false)));
    kept
}

/// The value of a condition known before the program runs, as C's and
/// Rust's compilers fold it: integer and truth constants, compared,
/// negated, and `and`/`or` decided by their first operand where it decides.
fn constant_value(value: &Value) -> Option<i128> {
    match value {
        Value::Int(n, _) | Value::Int128(n) => Some(*n),
        Value::Bool(b) => Some(i128::from(*b)),
        Value::Unary { op: lir::UnaryOp::Neg, operand, .. } => constant_value(operand)?.checked_neg(),
        Value::Unary { op: lir::UnaryOp::Not, operand, .. } => Some(i128::from(constant_value(operand)? == 0)),
        // A conversion keeps the small non-negative values a check compares.
        Value::Cast { value, .. } => constant_value(value).filter(|n| (0..=i128::from(i32::MAX)).contains(n)),
        Value::Compare { op, left, right } => {
            let (a, b) = (constant_value(left)?, constant_value(right)?);
            let holds = match op {
                lir::CmpOp::Eq => a == b,
                lir::CmpOp::NotEq => a != b,
                lir::CmpOp::Lt => a < b,
                lir::CmpOp::Le => a <= b,
                lir::CmpOp::Gt => a > b,
                lir::CmpOp::Ge => a >= b,
            };
            Some(i128::from(holds))
        }
        Value::And(a, b) => match constant_value(a) {
            Some(0) => Some(0),
            Some(_) => constant_value(b).map(|b| i128::from(b != 0)),
            None => None,
        },
        Value::Or(a, b) => match constant_value(a) {
            Some(0) => constant_value(b).map(|b| i128::from(b != 0)),
            Some(_) => Some(1),
            None => None,
        },
        _ => None,
    }
}

/// The first `X.shape[k]` a value reads: `(X, k)`.
fn shape_read(value: &Value) -> Option<(&Place, usize)> {
    match value {
        Value::Read(place) => match place.as_ref() {
            Place::SliceField { slice, field: SliceField::Shape, axis } => Some((slice, *axis)),
            _ => None,
        },
        Value::Unary { operand: v, .. } | Value::Cast { value: v, .. } => shape_read(v),
        Value::Binary { left, right, .. } | Value::Compare { left, right, .. } => {
            shape_read(left).or_else(|| shape_read(right))
        }
        Value::And(a, b) | Value::Or(a, b) => shape_read(a).or_else(|| shape_read(b)),
        Value::Cond { cond, then, orelse, .. } => {
            shape_read(cond).or_else(|| shape_read(then)).or_else(|| shape_read(orelse))
        }
        _ => None,
    }
}

/// How many comparisons a condition makes.
fn compares(value: &Value) -> usize {
    match value {
        Value::Compare { .. } => 1,
        Value::And(a, b) | Value::Or(a, b) => compares(a) + compares(b),
        Value::Unary { operand: v, .. } | Value::Cast { value: v, .. } => compares(v),
        _ => 0,
    }
}

/// The elements a place is, or holds in its indices.
fn elements_in_place<'p>(place: &'p Place, out: &mut Vec<&'p lir::Element>) {
    match place {
        Place::Element(element) => {
            out.push(element);
            elements_in_value(&element.slice, out);
            for term in &element.terms {
                elements_in_value(&term.index, out);
            }
        }
        Place::Deref { ptr, index, .. } => {
            elements_in_value(ptr, out);
            elements_in_value(index, out);
        }
        Place::SliceField { slice, .. } | Place::SliceData(slice) | Place::Field { base: slice, .. } => {
            elements_in_place(slice, out)
        }
        Place::TupleField { base, .. } => elements_in_place(base, out),
        Place::Local(_) | Place::Global(_) => {}
    }
}

fn elements_in_value<'v>(value: &'v Value, out: &mut Vec<&'v lir::Element>) {
    match value {
        Value::Read(place) | Value::AddressOf(place) => elements_in_place(place, out),
        Value::Unary { operand, .. } => elements_in_value(operand, out),
        Value::Binary { left, right, .. } | Value::Compare { left, right, .. } => {
            elements_in_value(left, out);
            elements_in_value(right, out);
        }
        Value::And(a, b) | Value::Or(a, b) => {
            elements_in_value(a, out);
            elements_in_value(b, out);
        }
        Value::Cond { cond, then, orelse, .. } => {
            elements_in_value(cond, out);
            elements_in_value(then, out);
            elements_in_value(orelse, out);
        }
        Value::Cast { value, .. } => elements_in_value(value, out),
        Value::Math { args, .. } => args.iter().for_each(|a| elements_in_value(a, out)),
        Value::IsNone(v) => elements_in_value(v, out),
        Value::SliceWith { base, value, .. } => {
            elements_in_value(base, out);
            elements_in_value(value, out);
        }
        Value::SliceWithData { base, data } => {
            elements_in_value(base, out);
            elements_in_value(data, out);
        }
        Value::Tuple { items, .. } => items.iter().for_each(|i| elements_in_value(i, out)),
        _ => {}
    }
}
