//! What each source line costs at run time, and the code both backends print
//! for it: the data of `cytrus annotate`.
//!
//! Takes a lowered module and its source; gives an [`Annotation`]: for every
//! source line, the run-time work the lir does there (checks kept,
//! acquisitions and releases, runtime calls, error branches), weighed by
//! [`CostKind::weight`] and by the loops around it; the checks lowering left
//! out and the fact that let it (its `Note`s and `Bounds::Proven` reasons) —
//! both found by a walk over the lir (`costs`);
//! and the C and Rust the printers wrote for the line, cut out of their
//! output at the `/* FILE.pyx:N */` and `// FILE.pyx:N` markers
//! ([`listing`]). [`html`] renders it as one self-contained page.
//!
//! `key = v[j]` with `v[j]` checked, inside one loop → line cost
//! `bounds check: `v`, axis 0 (× 1, in 1 loop)`, score 2 × 10 = 20, shade 2.

use std::collections::BTreeMap;

use crate::lir::{Bounds, Module};
use crate::Report;

use costs::Item;

mod costs;
mod html;
mod listing;
#[cfg(test)]
mod tests;

pub use html::{data_json, html};
pub use listing::{split_c, split_rust, Listing};

/// Which generated code an annotation shows beside the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub c: bool,
    pub rust: bool,
}

impl Panes {
    pub const BOTH: Panes = Panes { c: true, rust: true };
}

/// One annotated module.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    /// The `.pyx` file name, as the line markers spell it.
    pub file: String,
    pub panes: Panes,
    /// Every source line, in order (`lines[0]` is line 1).
    pub lines: Vec<SourceLine>,
    /// Output that belongs to no source line: includes, helper functions,
    /// prototypes, module variables.
    pub outside: LineCode,
}

/// One source line and what it turned into.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceLine {
    /// 1-based.
    pub number: u32,
    pub text: String,
    /// The run-time work of the line, grouped: one entry per kind, detail,
    /// loop depth and path.
    pub costs: Vec<Cost>,
    /// Σ [`Cost::score`]: what the shade says.
    pub score: u64,
    /// 0 (nothing to pay) to 4, from [`shade_of`].
    pub shade: u8,
    /// What lowering says it removed on this line, and why (its notes).
    pub facts: Vec<String>,
    /// Element accesses of this line that run without a check, and why.
    pub unchecked: Vec<UncheckedAccess>,
    pub code: LineCode,
}

/// Run-time work of one kind on one line.
#[derive(Debug, Clone, PartialEq)]
pub struct Cost {
    pub kind: CostKind,
    /// What exactly: the view and axis of a bounds check, the runtime function…
    pub what: String,
    /// How many times the lir does it, per execution of the line.
    pub count: u32,
    /// How many loops enclose it.
    pub loops: u32,
    pub path: CodePath,
}

/// The kinds of run-time work the cost model weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CostKind {
    /// A kept bounds check: a compare and a branch that raises IndexError.
    BoundsCheck,
    /// Another kept check: a None view, a zero divisor, an overflow, a dtype.
    Check,
    /// A check whose condition is a constant: the C and Rust compilers drop it.
    ConstantCheck,
    /// One comparison of the test before a versioned loop, which checks every
    /// index of every iteration at once.
    LoopTest,
    /// One more user of a view's owner (a call and an atomic increment).
    Acquire,
    /// One user less (a call and an atomic decrement; the last one frees).
    Release,
    /// A runtime call that allocates or frees (`malloc`, new arrays, copies).
    Allocation,
    /// Another runtime call: slicing, validation, Python-int arithmetic, printing.
    RuntimeCall,
    /// A branch taken only on error: after a call that can fail, or on the
    /// status of a checked runtime call.
    ErrorBranch,
    /// Raising or reporting an exception (only ever on an error path).
    Raise,
}

/// Where work happens, which says whether it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CodePath {
    /// The normal path: counted.
    Normal,
    /// Only after an error (handlers, raises): listed, not counted.
    Error,
    /// The as-written copy of a versioned loop, run only when the test before
    /// it fails: listed, not counted.
    Fallback,
}

/// An element access with no check on one axis.
#[derive(Debug, Clone, PartialEq)]
pub struct UncheckedAccess {
    /// The view's name in the output (`a`, or a temporary's).
    pub view: String,
    pub axis: usize,
    /// The index, as far as it reads simply (`i + 1`; `…` otherwise).
    pub index: String,
    /// `Proven(reason)`, or `Unchecked` under `boundscheck(False)`.
    pub bounds: Bounds,
}

/// The generated code of one line, per language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineCode {
    pub c: Vec<Snippet>,
    pub rust: Vec<Snippet>,
}

/// Consecutive lines of generated code.
#[derive(Debug, Clone, PartialEq)]
pub struct Snippet {
    /// The 1-based line of the output file the snippet starts at.
    pub first: usize,
    pub lines: Vec<String>,
}

impl CostKind {
    /// Every kind, in the legend's order.
    pub const ALL: [CostKind; 10] = [
        CostKind::BoundsCheck,
        CostKind::Check,
        CostKind::ConstantCheck,
        CostKind::LoopTest,
        CostKind::Acquire,
        CostKind::Release,
        CostKind::Allocation,
        CostKind::RuntimeCall,
        CostKind::ErrorBranch,
        CostKind::Raise,
    ];

    /// The cost model: roughly the instructions one occurrence adds to the
    /// normal path. Coarse on purpose — it ranks lines, it does not time them.
    pub fn weight(self) -> u64 {
        match self {
            CostKind::BoundsCheck | CostKind::Check => 2,
            CostKind::ConstantCheck | CostKind::Raise => 0,
            CostKind::Acquire | CostKind::Release => 8,
            CostKind::Allocation => 40,
            CostKind::RuntimeCall => 10,
            CostKind::LoopTest | CostKind::ErrorBranch => 1,
        }
    }

    /// A short name, for the page and the data (`bounds-check`).
    pub fn key(self) -> &'static str {
        match self {
            CostKind::BoundsCheck => "bounds-check",
            CostKind::Check => "check",
            CostKind::ConstantCheck => "constant-check",
            CostKind::LoopTest => "loop-test",
            CostKind::Acquire => "acquire",
            CostKind::Release => "release",
            CostKind::Allocation => "allocation",
            CostKind::RuntimeCall => "runtime-call",
            CostKind::ErrorBranch => "error-branch",
            CostKind::Raise => "raise",
        }
    }

    /// What the kind means, for the legend.
    pub fn meaning(self) -> &'static str {
        match self {
            CostKind::BoundsCheck => "bounds check kept (compare and branch to IndexError)",
            CostKind::Check => "other check kept: None view, zero divisor, overflow, dtype, assert",
            CostKind::ConstantCheck => "check on a constant condition: the C and Rust compilers drop it",
            CostKind::LoopTest => {
                "one comparison of the test before a versioned loop (all its indices checked at once)"
            }
            CostKind::Acquire => "acquisition of a view (a call, an atomic increment)",
            CostKind::Release => "release of a view (a call, an atomic decrement)",
            CostKind::Allocation => "runtime call that allocates or frees",
            CostKind::RuntimeCall => "other runtime call (slicing, validation, Python-int arithmetic, print)",
            CostKind::ErrorBranch => "error branch: a test after a call that can fail",
            CostKind::Raise => "raising or reporting an exception (error path only)",
        }
    }
}

impl Cost {
    /// What the cost adds to its line's score: weight × count × 10 per
    /// enclosing loop (at most 3), on the normal path; 0 elsewhere.
    pub fn score(&self) -> u64 {
        if self.path != CodePath::Normal {
            return 0;
        }
        self.kind.weight() * u64::from(self.count) * LOOP_FACTOR.pow(self.loops.min(MAX_LOOPS))
    }
}

/// How much more a loop body is assumed to run than the code around it.
pub const LOOP_FACTOR: u64 = 10;
/// Loops deeper than this weigh no more.
pub const MAX_LOOPS: u32 = 3;

/// The shade of a score: 0 for nothing, then one step per factor of 10.
pub fn shade_of(score: u64) -> u8 {
    match score {
        0 => 0,
        1..=9 => 1,
        10..=99 => 2,
        100..=999 => 3,
        _ => 4,
    }
}

/// Checks, lowers and annotates one source file (`name` as for
/// [`crate::driver::lower_source`]).
pub fn annotate_source(name: &str, source: &str, panes: Panes) -> Result<Annotation, Report> {
    let module = crate::driver::lower_source(name, source)?;
    Ok(annotate(&module, source, panes))
}

/// Annotates a lowered module; `source` is the text it was lowered from.
pub fn annotate(module: &Module, source: &str, panes: Panes) -> Annotation {
    let found = crate::stack::with_stack_for(module.nesting, || costs::find(module));
    let c = panes.c.then(|| split_c(&crate::backend::c::emit(module).source, &module.file));
    let rust = panes.rust.then(|| split_rust(&crate::backend::rust::emit(module), &module.file));
    let mut c_lines = c.as_ref().map(|l| l.lines.clone()).unwrap_or_default();
    let mut rust_lines = rust.as_ref().map(|l| l.lines.clone()).unwrap_or_default();

    let mut by_line: BTreeMap<u32, Vec<Item>> = BTreeMap::new();
    for f in found {
        by_line.entry(f.line).or_default().push(f.item);
    }
    let lines = source
        .lines()
        .enumerate()
        .map(|(i, text)| {
            let number = i as u32 + 1;
            let items = by_line.remove(&number).unwrap_or_default();
            let mut line = source_line(number, text, items);
            line.code.c = c_lines.remove(&number).unwrap_or_default();
            line.code.rust = rust_lines.remove(&number).unwrap_or_default();
            line
        })
        .collect();
    // Markers past the end of the source (none are expected) keep their code visible.
    let mut outside =
        LineCode { c: c.map(|l| l.outside).unwrap_or_default(), rust: rust.map(|l| l.outside).unwrap_or_default() };
    outside.c.extend(c_lines.into_values().flatten());
    outside.rust.extend(rust_lines.into_values().flatten());
    Annotation { file: module.file.clone(), panes, lines, outside }
}

/// Groups what the walk found on one line.
fn source_line(number: u32, text: &str, items: Vec<Item>) -> SourceLine {
    let mut costs: Vec<Cost> = Vec::new();
    let mut facts: Vec<String> = Vec::new();
    let mut unchecked: Vec<UncheckedAccess> = Vec::new();
    for item in items {
        match item {
            Item::Cost(cost) => {
                match costs.iter_mut().find(|c| {
                    c.kind == cost.kind && c.what == cost.what && c.loops == cost.loops && c.path == cost.path
                }) {
                    Some(same) => same.count += cost.count,
                    None => costs.push(cost),
                }
            }
            Item::Fact(text) => {
                if !facts.contains(&text) {
                    facts.push(text);
                }
            }
            Item::Unchecked(access) => {
                if !unchecked.contains(&access) {
                    unchecked.push(access);
                }
            }
        }
    }
    costs.sort_by_key(|c| (c.path, c.kind));
    let score = costs.iter().map(Cost::score).sum();
    SourceLine {
        number,
        text: text.to_string(),
        costs,
        score,
        shade: shade_of(score),
        facts,
        unchecked,
        code: LineCode::default(),
    }
}
