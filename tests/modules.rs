//! Programs of several files, end to end through the `cytrus` binary:
//! `cdef extern from` blocks over a C library of the test suite's own and
//! over standard headers, `.pxd` files beside a `.pyx`, and cimports of
//! other project modules, on both backends; the recorded multi-file cases
//! of `tests/programs/` (their output recorded with real Cython by
//! `tests/conformance/record-program.sh`); and the diagnostics for what goes
//! wrong between files, each with its code, exit status 2 and no panic.

mod common;

use std::path::{Path, PathBuf};

/// `cytrus ARGS` in `dir`: (exit status, stdout, stderr).
fn cytrus_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = common::cytrus().args(args).current_dir(dir).output().expect("cytrus runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A scratch directory holding `files` (name, contents).
fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// Copies the files of `from` into `to`, packages (subdirectories) too.
fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, target).unwrap();
        }
    }
}

fn program_cases() -> Vec<PathBuf> {
    let root = common::root().join("tests/programs");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            p.join(format!("{name}.pyx")).is_file() && p.join(format!("{name}.stdout")).is_file()
        })
        .collect();
    cases.sort();
    assert!(cases.len() >= 3, "expected the recorded programs in {}", root.display());
    cases
}

#[test]
fn recorded_programs_run_as_cython_ran_them_on_both_backends() {
    let mut failures = Vec::new();
    for case in program_cases() {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let want = std::fs::read_to_string(case.join(format!("{name}.stdout"))).unwrap();
        let error = std::fs::read_to_string(case.join(format!("{name}.error"))).ok();
        for backend in ["c", "rust"] {
            // A copy: the run must not depend on anything outside the case.
            let work = tempfile::tempdir().unwrap();
            copy_tree(&case, work.path());
            let (status, stdout, stderr) =
                cytrus_in(work.path(), &["run", &format!("{name}.pyx"), "--backend", backend]);
            let last = stderr.lines().last().unwrap_or("").to_string();
            let ok = stdout == want
                && match &error {
                    Some(e) => status == 1 && last == e.trim_end(),
                    None => status == 0,
                };
            if !ok {
                failures.push(format!("{name} ({backend}): exit {status}\n--- want\n{want}--- got\n{stdout}{stderr}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_program_builds_with_its_modules_listed_or_found() {
    let case = common::root().join("tests/programs/mod_knn");
    let work = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&case).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, work.path().join(path.file_name().unwrap())).unwrap();
    }
    // `cytrus build a.pyx b.pyx --emit`: one set of files per module.
    let out = work.path().join("out");
    let (status, _, stderr) =
        cytrus_in(work.path(), &["build", "mod_knn.pyx", "knn_heap.pyx", "--emit", "c", "-o", "out"]);
    assert_eq!(status, 0, "{stderr}");
    for f in ["mod_knn.c", "mod_knn.h", "knn_heap.c", "knn_heap.h"] {
        assert!(out.join(f).is_file(), "{f} not written");
    }
    // The cimported module's functions are declared for other modules in its header.
    let header = std::fs::read_to_string(out.join("knn_heap.h")).unwrap();
    assert!(header.contains("knn_heap_heap_push__double("), "{header}");
    let (status, _, stderr) = cytrus_in(work.path(), &["build", "mod_knn.pyx", "--emit", "rust", "-o", "out"]);
    assert_eq!(status, 0, "{stderr}");
    let rust = std::fs::read_to_string(out.join("mod_knn.rs")).unwrap();
    assert!(rust.contains("super::knn_heap::knn_heap_heap_push__double("), "{rust}");
    // `--embed` links every module into one program.
    let (status, _, stderr) = cytrus_in(work.path(), &["build", "mod_knn.pyx", "--embed", "-o", "knn"]);
    assert_eq!(status, 0, "{stderr}");
    let run = std::process::Command::new(work.path().join("knn")).output().unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stdout).starts_with("knn_heap: initialised\n"));
}

/// A C library of the test's own, named on the command line (and with `-I`)
/// rather than in a `# distutils:` comment.
#[test]
fn a_c_library_named_on_the_command_line_links_on_both_backends() {
    let dir = project(&[
        ("csrc/counter.h", "#define COUNTER_STEP 5\nlong counter_next(long *state);\nextern long counter_total;\n"),
        (
            "csrc/counter.c",
            "#include \"counter.h\"\nlong counter_total = 0;\nlong counter_next(long *state) { *state += COUNTER_STEP; counter_total += *state; return *state; }\n",
        ),
        (
            "use_counter.pyx",
            "cdef extern from \"counter.h\":\n    long counter_next(long *state)\n    long counter_total\n    enum: COUNTER_STEP\n\ncdef long s = 1\ncdef int i\nfor i in range(3):\n    print(counter_next(&s), counter_total)\nprint(COUNTER_STEP * 2, s)\n",
        ),
    ]);
    let want = "6 6\n11 17\n16 33\n10 16\n";
    for backend in ["c", "rust"] {
        let (status, stdout, stderr) =
            cytrus_in(dir.path(), &["run", "use_counter.pyx", "csrc/counter.c", "-I", "csrc", "--backend", backend]);
        assert_eq!((status, stdout.as_str()), (0, want), "{backend}: {stderr}");
    }
    // Without the library the link fails, reported as the program's problem (exit 2).
    let (status, _, stderr) = cytrus_in(dir.path(), &["run", "use_counter.pyx", "-I", "csrc"]);
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("counter_next") && stderr.contains("help:"), "{stderr}");
    assert!(!stderr.contains("internal error"), "{stderr}");
}

/// The diagnostics of programs with several files: (files, file to check,
/// code expected, text expected in the message).
#[test]
fn problems_between_files_are_named_diagnostics() {
    let cases: &[(&[(&str, &str)], &str, &str, &str)] = &[
        (&[("a.pyx", "from nosuch cimport f\n")], "a.pyx", "E0281", "`nosuch.pxd` not found"),
        (
            &[
                ("lib.pxd", "cdef int f(int x)\n"),
                ("lib.pyx", "cdef int f(int x):\n    return x\n"),
                ("a.pyx", "from lib cimport g\n"),
            ],
            "a.pyx",
            "E0282",
            "`g` is not declared in `lib.pxd`",
        ),
        (
            &[("lib.pxd", "ctypedef double real\n"), ("a.pyx", "cimport lib\ncdef lib.realx r = 1\n")],
            "a.pyx",
            "E0282",
            "`realx` is not declared in `lib.pxd`",
        ),
        (
            &[("a.pxd", "cdef int f(int x)\n"), ("a.pyx", "cdef int f(double x):\n    return 1\n")],
            "a.pyx",
            "E0283",
            "function signature does not match previous declaration of `f`",
        ),
        (
            &[
                ("a.pxd", "cdef double f(double x) except? -1\n"),
                ("a.pyx", "cdef double f(double x) noexcept:\n    return x\n"),
            ],
            "a.pyx",
            "E0283",
            "does not match",
        ),
        (
            &[("a.pxd", "cdef int f(int x)\ncdef int g(int x)\n"), ("a.pyx", "cdef int f(int x):\n    return x\n")],
            "a.pyx",
            "E0284",
            "`g` declared but not defined",
        ),
        (
            &[("p.pxd", "from q cimport x\n"), ("q.pxd", "from p cimport y\n"), ("a.pyx", "cimport p\n")],
            "a.pyx",
            "E0285",
            "circular cimport: `p` → `q` → `p`",
        ),
        (&[("lib.pxd", "print(1)\n"), ("a.pyx", "cimport lib\n")], "a.pyx", "E0286", "executable statements"),
        (
            &[("lib.pxd", "cdef int g(int x):\n    return x\n"), ("a.pyx", "cimport lib\n")],
            "a.pyx",
            "E0286",
            "except those of `cdef inline` functions",
        ),
        (
            &[("lib.pxd", "cdef int h(int x)\n"), ("a.pyx", "from lib cimport h\n")],
            "a.pyx",
            "E0287",
            "there is no `lib.pyx`",
        ),
        (&[("lib.pxd", "cdef int f(int x\n"), ("a.pyx", "cimport lib\n")], "a.pyx", "E0114", "was never closed"),
        (
            &[("a.pyx", "cdef extern from \"x.h\":\n    ctypedef struct point:\n        double x\n")],
            "a.pyx",
            "E0225",
            "struct declarations in `cdef extern` blocks",
        ),
        (
            &[("a.pyx", "cdef extern from \"x.h\":\n    double g(double[:] v)\n")],
            "a.pyx",
            "E0280",
            "`double[:]` cannot be the type of a C function's parameter or result",
        ),
        (
            &[("a.pyx", "cdef extern from \"x.h\":\n    int f(int) except -1\n")],
            "a.pyx",
            "E0225",
            "exception clauses on C functions",
        ),
        (&[("a.pyx", "cdef extern from \"x.h\":\n    const int N\nN = 3\n")], "a.pyx", "E0241", ""),
    ];
    for (files, check, code, text) in cases {
        let dir = project(files);
        let (status, _, stderr) = cytrus_in(dir.path(), &["check", check]);
        assert_eq!(status, 2, "{files:?}: {stderr}");
        assert!(stderr.contains(&format!("error[{code}]")) && stderr.contains(text), "{files:?}:\n{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

/// A `.pxd` found through `-I`, and the directories searched named when none is.
#[test]
fn cimported_pxd_files_are_searched_beside_the_pyx_then_in_include_dirs() {
    let dir = project(&[
        ("shared/geometry.pxd", "ctypedef double length_t\ncdef inline length_t area(length_t w, length_t h) noexcept nogil:\n    return w * h\n"),
        ("app/main.pyx", "cimport geometry as g\nfrom geometry cimport length_t\ncdef length_t w = 2.5\nprint(g.area(w, 4))\n"),
    ]);
    let (status, _, stderr) = cytrus_in(dir.path(), &["run", "app/main.pyx"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("`geometry.pxd` not found") && stderr.contains("`app`"), "{stderr}");
    for backend in ["c", "rust"] {
        let (status, stdout, stderr) =
            cytrus_in(dir.path(), &["run", "app/main.pyx", "-I", "shared", "--backend", backend]);
        assert_eq!((status, stdout.as_str()), (0, "10.0\n"), "{stderr}");
    }
    let (status, _, stderr) = cytrus_in(dir.path(), &["check", "app/main.pyx", "-I", "shared"]);
    assert_eq!(status, 0, "{stderr}");
}

/// Cimports from packages and `include`: what Cython resolves, and each
/// way it can go wrong as a spanned diagnostic (exit status 2, no panic).
#[test]
fn package_cimports_and_includes_resolve_as_cython_resolves_them() {
    let package = [
        ("pkg/__init__.py", ""),
        ("pkg/sub/__init__.py", ""),
        ("pkg/types.pxd", "ctypedef long index_t\n"),
        (
            "pkg/sub/ops.pxd",
            "from ..types cimport index_t\ncdef inline index_t twice(index_t n) noexcept:\n    return 2 * n\n",
        ),
        ("other/__init__.py", ""),
        ("other/sub/__init__.py", ""),
        ("other/sub/ops.pxd", "cdef inline long twice(long n) noexcept:\n    return 2 * n + 1\n"),
        ("helpers.pxi", "cdef long thrice(long n):\n    return 3 * n\n"),
        ("more/nested.pxi", "include \"leaf.pxi\"\n"),
        ("more/leaf.pxi", "cdef long four = 4\n"),
    ];
    let good: &[(&str, &str)] = &[
        ("from pkg.sub.ops cimport twice\nprint(twice(4))\n", "8\n"),
        ("cimport pkg.sub.ops as a\ncimport other.sub.ops as b\nprint(a.twice(4), b.twice(4))\n", "8 9\n"),
        ("include \"helpers.pxi\"\nprint(thrice(2))\n", "6\n"),
        ("include \"more/nested.pxi\"\nprint(four)\n", "4\n"),
    ];
    for (main, want) in good {
        let mut files = package.to_vec();
        files.push(("main.pyx", main));
        let dir = project(&files);
        for backend in ["c", "rust"] {
            let (status, stdout, stderr) = cytrus_in(dir.path(), &["run", "main.pyx", "--backend", backend]);
            assert_eq!((status, stdout.as_str()), (0, *want), "{main} ({backend}):\n{stderr}");
        }
    }
    let bad: &[(&[(&str, &str)], &str, &str)] = &[
        (&[("main.pyx", "from pkg.nosuch cimport f\n")], "E0281", "`pkg/nosuch.pxd` not found"),
        (&[("main.pyx", "from .types cimport index_t\n")], "E0460", "beyond the top-level package"),
        (&[("pkg/bad.pyx", "from ...types cimport index_t\n")], "E0460", "in the package `pkg`"),
        (&[("pkg/bad.pyx", "from . cimport nosuchmod\n")], "E0461", "has no such `.pxd`"),
        (&[("main.pyx", "include \"nope.pxi\"\n")], "E0462", "`nope.pxi` not found"),
        (
            &[("a.pxi", "include \"b.pxi\"\n"), ("b.pxi", "include \"a.pxi\"\n"), ("main.pyx", "include \"a.pxi\"\n")],
            "E0463",
            "circular include",
        ),
        (&[("main.pyx", "def f():\n    include \"helpers.pxi\"\n")], "E0225", "`include` statements inside blocks"),
        (&[("bad.pxi", "print(nosuch)\n"), ("main.pyx", "include \"bad.pxi\"\n")], "E0201", "bad.pxi:1:7"),
        (
            &[
                ("pkg/c1.pxd", "from .c2 cimport x\n"),
                ("pkg/c2.pxd", "from pkg.c1 cimport y\n"),
                ("main.pyx", "cimport pkg.c1 as c\n"),
            ],
            "E0285",
            "`pkg.c1` → `pkg.c2` → `pkg.c1`",
        ),
    ];
    for (extra, code, text) in bad {
        let mut files = package.to_vec();
        files.extend_from_slice(extra);
        let dir = project(&files);
        let checked = extra.iter().map(|(n, _)| *n).find(|n| n.ends_with(".pyx")).unwrap();
        let (status, _, stderr) = cytrus_in(dir.path(), &["check", checked]);
        assert_eq!(status, 2, "{extra:?}: {stderr}");
        assert!(stderr.contains(&format!("error[{code}]")) && stderr.contains(text), "{extra:?}:\n{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}
