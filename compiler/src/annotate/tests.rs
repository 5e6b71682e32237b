//! What annotation finds on small programs (one behaviour each), the page's
//! data for one program as a snapshot, and every program of the repository
//! and the shared corpus annotated, with its code cut consistently.

use super::*;

fn annotated(source: &str) -> Annotation {
    annotate_source("t.pyx", source, Panes::BOTH).unwrap_or_else(|r| panic!("{}", r.render_plain()))
}

/// `(kind, count, loops, path)` of each cost of line `n`.
fn costs(a: &Annotation, n: u32) -> Vec<(CostKind, u32, u32, CodePath)> {
    a.lines[n as usize - 1].costs.iter().map(|c| (c.kind, c.count, c.loops, c.path)).collect()
}

fn line(a: &Annotation, n: u32) -> &SourceLine {
    &a.lines[n as usize - 1]
}

#[test]
fn a_kept_bounds_check_weighs_ten_times_more_per_enclosing_loop() {
    let a = annotated(
        "cdef double get(double[:] v, Py_ssize_t i):\n    return v[i]\n\n\
         cdef double strided(double[:] v, Py_ssize_t n):\n    cdef Py_ssize_t k\n    cdef double s = 0\n\
         \x20   for k in range(n):\n        s += v[k * 2]\n    return s\n",
    );
    assert_eq!(costs(&a, 2), [(CostKind::BoundsCheck, 1, 0, CodePath::Normal)]);
    assert_eq!((line(&a, 2).score, line(&a, 2).shade), (2, 1));
    assert_eq!(costs(&a, 8), [(CostKind::BoundsCheck, 1, 1, CodePath::Normal)]);
    assert_eq!((line(&a, 8).score, line(&a, 8).shade), (20, 2));
    assert_eq!(line(&a, 8).costs[0].what, "`v`, axis 0");
}

#[test]
fn a_range_loop_removes_the_check_and_the_line_says_why() {
    let a =
        annotated("def fill(double[:] v):\n    cdef Py_ssize_t i\n    for i in range(v.shape[0]):\n        v[i] = 0\n");
    let fill = line(&a, 4);
    assert_eq!(fill.score, 0);
    assert!(fill.costs.is_empty(), "{:?}", fill.costs);
    assert_eq!(
        fill.facts,
        ["no bounds check or wraparound on axis 0 of `v`: `i` stays within range(0, its extent): \
             i <= v.shape[0] - 1 (the range loop)"]
    );
    assert_eq!(fill.unchecked.len(), 1);
    let access = &fill.unchecked[0];
    assert_eq!((access.view.as_str(), access.axis, access.index.as_str()), ("v", 0, "i"));
    assert!(matches!(access.bounds, Bounds::Proven(why) if why.contains("range loop")), "{:?}", access.bounds);
}

#[test]
fn boundscheck_false_accesses_are_listed_as_the_programs_promise() {
    let a =
        annotated("cimport cython\n\n@cython.boundscheck(False)\ncdef double first(double[:] v):\n    return v[0]\n");
    let first = line(&a, 5);
    assert_eq!(first.score, 0);
    assert_eq!(first.unchecked.len(), 1);
    assert_eq!(first.unchecked[0].bounds, Bounds::Unchecked);
}

#[test]
fn the_fallback_copy_of_a_versioned_loop_is_listed_not_counted() {
    let a = annotated(
        "def shifted(double[::1] a, double[::1] b, Py_ssize_t n):\n    cdef Py_ssize_t i\n\
         \x20   for i in range(n):\n        b[i] = a[i + 1]\n",
    );
    // The test before the loop: one comparison per index it covers.
    assert_eq!(costs(&a, 3), [(CostKind::LoopTest, 2, 0, CodePath::Normal)]);
    assert_eq!(line(&a, 3).score, 2);
    let fallback = (CostKind::BoundsCheck, 1, 1, CodePath::Fallback);
    assert_eq!(costs(&a, 4), [fallback, fallback]);
    assert_eq!(line(&a, 4).score, 0);
    assert!(line(&a, 4).facts.iter().all(|f| f.contains("checked once, before the loop")), "{:?}", line(&a, 4).facts);
    assert_eq!(line(&a, 4).unchecked.len(), 2);
}

#[test]
fn error_paths_are_listed_not_counted_and_calls_that_can_fail_branch() {
    let a = annotated(
        "cdef int check(int x) except -1:\n    if x < 0:\n        raise ValueError(\"negative\")\n    return x\n\n\
         def run(int x):\n    check(x)\n",
    );
    assert_eq!(costs(&a, 3), [(CostKind::Raise, 1, 0, CodePath::Error)]);
    assert_eq!(line(&a, 3).score, 0);
    assert_eq!(costs(&a, 7), [(CostKind::ErrorBranch, 1, 0, CodePath::Normal)]);
    assert_eq!(line(&a, 7).costs[0].what, "after `check`, which can fail");
}

#[test]
fn checks_on_constant_conditions_cost_nothing() {
    let a = annotated("cdef long half(long x):\n    return x // 2\n");
    let kinds: Vec<CostKind> = line(&a, 2).costs.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [CostKind::ConstantCheck, CostKind::ConstantCheck], "{:?}", line(&a, 2).costs);
    assert_eq!(line(&a, 2).score, 0);
    // A divisor the program computes is checked for real.
    let a = annotated("cdef long div(long x, long d):\n    return x // d\n");
    assert!(line(&a, 2).costs.iter().any(|c| c.kind == CostKind::Check), "{:?}", line(&a, 2).costs);
}

#[test]
fn copies_are_charged_as_allocations_with_their_releases() {
    let a = annotated("def f(double[:] a):\n    cdef double[::1] c = a.copy()\n    return c[0]\n");
    let copy = line(&a, 2);
    let copies = "`cytrus_slice_copy` / `rt::slice_copy`";
    assert!(copy.costs.iter().any(|c| c.kind == CostKind::Allocation && c.what == copies));
    assert!(copy.costs.iter().any(|c| c.kind == CostKind::ErrorBranch));
    assert!(copy.costs.iter().any(|c| c.kind == CostKind::Release));
    assert_eq!(copy.shade, 2, "{:?}", copy.costs);
}

#[test]
fn each_line_gets_its_own_c_and_rust() {
    let a = annotated(
        "def fill(double[:] v, double x):\n    cdef Py_ssize_t i\n    for i in range(v.shape[0]):\n        v[i] = x\n",
    );
    let text = |snippets: &[Snippet]| snippets.iter().flat_map(|s| s.lines.clone()).collect::<Vec<_>>().join("\n");
    let store = line(&a, 4);
    assert!(text(&store.code.c).contains("= x;"), "{}", text(&store.code.c));
    assert!(text(&store.code.rust).contains("= x;"), "{}", text(&store.code.rust));
    assert!(!text(&store.code.c).contains("for ("), "{}", text(&store.code.c));
    let head = line(&a, 3);
    assert!(text(&head.code.c).contains("for ("), "{}", text(&head.code.c));
    assert!(text(&head.code.rust).contains("while "), "{}", text(&head.code.rust));
    // The function's header belongs to the `def` line (nothing in it can
    // fail, so it has no error exit).
    assert!(text(&line(&a, 1).code.c).contains("t_fill("), "{}", text(&line(&a, 1).code.c));
    assert!(!text(&line(&a, 1).code.c).contains("L_error_"), "{}", text(&line(&a, 1).code.c));
    assert!(a.outside.c.iter().any(|s| s.lines.iter().any(|l| l.starts_with("#include"))));
}

#[test]
fn closing_braces_belong_to_the_line_that_opened_the_block() {
    let c = "#include \"t.h\"\n\n/* t.pyx:2 */\nvoid f(void) {\n    {\n        /* t.pyx:3 */\n        for (;;) {\n\
             \x20           /* t.pyx:4 */\n            x = 1;\n        }\n        y = 2;\n    }\n    L_error_1: {\n\
             \x20       return;\n    }\n}\n";
    let listing = split_c(c, "t.pyx");
    let lines = |n: u32| -> Vec<(usize, Vec<String>)> {
        listing.lines[&n].iter().map(|s| (s.first, s.lines.clone())).collect()
    };
    let owned = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        lines(2),
        [
            (4, owned(&["void f(void) {", "    {"])),
            (12, owned(&["    }", "    L_error_1: {", "        return;", "    }", "}"]))
        ]
    );
    assert_eq!(lines(3), [(7, owned(&["for (;;) {"])), (10, owned(&["}", "y = 2;"]))]);
    assert_eq!(lines(4), [(9, owned(&["x = 1;"]))]);
    assert_eq!(listing.outside, [Snippet { first: 1, lines: owned(&["#include \"t.h\""]) }]);
}

#[test]
fn rust_markers_are_line_comments_and_doc_comments_are_not_markers() {
    let rust = "// t.pyx:2\nfn f() {\n    // t.pyx:3\n    x = 1;\n}\n/// `f` (t.pyx:2).\npub fn g() {}\n";
    let listing = split_rust(rust, "t.pyx");
    assert_eq!(listing.lines[&3][0].lines, ["x = 1;"]);
    assert_eq!(listing.lines[&2][1].lines, ["}", "/// `f` (t.pyx:2).", "pub fn g() {}"]);
}

#[test]
fn the_page_data_escapes_what_would_end_its_script_element() {
    let a = annotated("print(\"</script><!-- & \\u2028\")\n");
    let data = data_json(&a);
    assert!(!data.contains("</"), "{data}");
    assert!(!data.contains("<!"), "{data}");
    let page = html(&a);
    assert_eq!(page.matches("</script>").count(), 2);
}

/// The page's data for one small program (what each line opens into),
/// without the code outside any line (includes, helpers, the allow block).
#[test]
fn page_data_of_a_small_program() {
    let source = "# A kept check, a removed one, a copy, a call that can fail.\n\
                  cdef int twice(int x) except -1:\n    if x < 0:\n        raise ValueError(\"negative\")\n\
                  \x20   return 2 * x\n\n\
                  def total(double[:] a, Py_ssize_t k):\n    cdef double s = 0\n    cdef Py_ssize_t i\n\
                  \x20   for i in range(a.shape[0]):\n        s += a[i] * twice(<int>i)\n\
                  \x20   cdef double[::1] c = a.copy()\n    return s + c[k]\n";
    let mut a = annotated(source);
    a.outside = LineCode::default();
    insta::assert_snapshot!(format!("----- SOURCE\n{source}----- DATA\n{}", data_json(&a)));
}

/// Every `.pyx` directly in `dir`.
fn pyx_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<_> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "pyx")).collect();
    files.sort();
    files
}

/// Output lines that are code: not blank, not a line marker.
fn code_lines(output: &str, is_marker: impl Fn(&str) -> bool) -> usize {
    output.lines().filter(|l| !l.trim().is_empty() && !is_marker(l.trim())).count()
}

fn snippet_lines(snippets: &[Snippet]) -> usize {
    snippets.iter().flat_map(|s| &s.lines).filter(|l| !l.trim().is_empty()).count()
}

#[test]
fn every_corpus_program_is_annotated_with_all_its_code_placed_once() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    let mut seen = crate::HashSet::default();
    for dir in [
        "tests/cases",
        "tests/conformance/cases",
        "../shared/conformance/cases",
        "tests/realistic",
        "tests/known-divergences",
        "examples",
    ] {
        for path in pyx_files(&root.join(dir)) {
            // The repository's copy of the shared corpus is the same programs.
            if seen.insert(path.file_name().unwrap().to_owned()) {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 250, "expected the corpus, found {} programs", files.len());
    let mut annotated = 0;
    let mut problems = Vec::new();
    for path in &files {
        let source = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // Programs the checker refuses (recorded compile errors) have nothing to annotate.
        let Ok(module) = crate::driver::lower_source(&name, &source) else { continue };
        let a = annotate(&module, &source, Panes::BOTH);
        annotated += 1;
        let mut problem = |what: String| problems.push(format!("{name}: {what}"));
        if a.lines.len() != source.lines().count() {
            problem(format!("{} lines annotated of {}", a.lines.len(), source.lines().count()));
        }
        let c = crate::backend::c::emit(&module).source;
        let c_marker = |l: &str| l.starts_with(&format!("/* {name}:")) && l.ends_with(" */");
        let placed = a.lines.iter().map(|l| snippet_lines(&l.code.c)).sum::<usize>() + snippet_lines(&a.outside.c);
        if placed != code_lines(&c, c_marker) {
            problem(format!("{placed} C lines placed of {}", code_lines(&c, c_marker)));
        }
        let rust = crate::backend::rust::emit(&module);
        let rust_marker = |l: &str| l.starts_with(&format!("// {name}:"));
        let placed =
            a.lines.iter().map(|l| snippet_lines(&l.code.rust)).sum::<usize>() + snippet_lines(&a.outside.rust);
        if placed != code_lines(&rust, rust_marker) {
            problem(format!("{placed} Rust lines placed of {}", code_lines(&rust, rust_marker)));
        }
        // The lir walk and the cut agree: a line charged a bounds check shows one.
        for l in &a.lines {
            if l.costs.iter().any(|c| c.kind == CostKind::BoundsCheck) {
                let c_text = l.code.c.iter().flat_map(|s| &s.lines).any(|t| t.contains("CYTRUS_INDEX_ERROR"));
                let rust_text = l.code.rust.iter().flat_map(|s| &s.lines).any(|t| t.contains("IndexError"));
                if !(c_text && rust_text) {
                    problem(format!("line {} is charged a bounds check its code does not show", l.number));
                }
            }
        }
        let page = html(&a);
        if page.matches("</script>").count() != 2 {
            problem("the data ends its script element early".to_string());
        }
    }
    assert!(annotated > 250, "only {annotated} programs annotated");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_docs_give_the_weights_the_cost_model_uses() {
    let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/annotate.md");
    let docs = std::fs::read_to_string(docs).unwrap();
    for kind in CostKind::ALL {
        let row = format!("| `{}` | {} |", kind.key(), kind.weight());
        assert!(docs.contains(&row), "docs/annotate.md lacks the row `{row}`");
    }
    assert!(docs.contains("10<sup>loops</sup>"));
    assert_eq!((LOOP_FACTOR, MAX_LOOPS), (10, 3), "docs/annotate.md says ×10 per loop, at most 3");
}

#[test]
fn code_that_never_runs_or_runs_instead_of_another_copy_is_not_counted_twice() {
    // The `finally` block is printed once per way out of the `try`: after
    // `return 1`, after `return 2`, and after the `try` (never reached); no
    // error path, since nothing in the `try` can fail. One runs.
    let a = annotated(
        "cdef int with_return(int x):\n    try:\n        if x > 0:\n            return 1\n        return 2\n\
         \x20   finally:\n        print(\"done\")\n",
    );
    assert_eq!(costs(&a, 7), [(CostKind::RuntimeCall, 1, 0, CodePath::Normal)]);
}
