//! `cytrus build --python`: the extension module a `.pyx` file builds into
//! answers a table of calls (tests/python_build/calls.py: every scalar
//! conversion, argument parsing, defaults, signatures, memoryview arguments
//! from many exporters, returned views, errors and tracebacks) exactly as
//! the module Cython builds from the same file does.
//!
//! Both backends are compared. Needs python3 with numpy, and Cython (`cythonize`) for the comparison;
//! without them the comparison is skipped with a note.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn have(program: &str, arg: &str) -> bool {
    Command::new(program).arg(arg).output().is_ok_and(|o| o.status.success())
}

fn python_ok() -> bool {
    Command::new("python3").args(["-c", "import numpy"]).output().is_ok_and(|o| o.status.success())
}

fn ext_suffix() -> String {
    let out = Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"])
        .output()
        .expect("python3 runs");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn fixtures() -> PathBuf {
    common::root().join("tests/python_build")
}

/// Builds pyapi.pyx into `dir` with cytrus.
fn build_cytrus(dir: &Path, backend: &str) {
    let out = common::cytrus()
        .args(["build", "--python", "--backend", backend])
        .arg(fixtures().join("pyapi.pyx"))
        .arg("-o")
        .arg(dir)
        .output()
        .expect("cytrus runs");
    assert!(out.status.success(), "cytrus build --python failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let built = dir.join(format!("pyapi{}", ext_suffix()));
    assert!(built.is_file(), "{} was not written", built.display());
}

/// The lines calls.py prints for the module in `dir`.
fn answers(dir: &Path) -> Vec<String> {
    let out = Command::new("python3").arg(fixtures().join("calls.py")).arg(dir).output().expect("python3 runs");
    assert!(out.status.success(), "calls.py failed for {}:\n{}", dir.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect()
}

fn compare(backend: &str) {
    if !python_ok() || !have("cythonize", "-h") {
        eprintln!("skipped: python3 with numpy and Cython's cythonize are needed");
        return;
    }
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let cython = tmp.path().join("cython");
    std::fs::create_dir_all(&cython).unwrap();
    std::fs::copy(fixtures().join("pyapi.pyx"), cython.join("pyapi.pyx")).unwrap();
    let out = Command::new("cythonize").args(["-3", "-i", "-q", "pyapi.pyx"]).current_dir(&cython).output().unwrap();
    assert!(out.status.success(), "cythonize failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let ours = tmp.path().join(backend);
    build_cytrus(&ours, backend);
    let expected = answers(&cython);
    let got = answers(&ours);
    assert!(expected.len() > 800, "calls.py printed only {} lines", expected.len());
    let differences: Vec<String> = expected
        .iter()
        .zip(&got)
        .filter(|(e, g)| e != g)
        .map(|(e, g)| format!("  Cython: {e}\n  cytrus: {g}"))
        .collect();
    assert!(
        differences.is_empty() && expected.len() == got.len(),
        "{} of {} calls differ ({} lines against {}):\n{}",
        differences.len(),
        expected.len(),
        got.len(),
        expected.len(),
        differences.join("\n")
    );
}

#[test]
fn c_backend_answers_as_cython() {
    compare("c");
}

/// Through Rust: a crate on PyO3's `pyo3-ffi`, built by cargo (the first
/// build fetches and compiles pyo3-ffi and the runtime into the cache).
#[test]
fn rust_backend_answers_as_cython() {
    if !have("cargo", "--version") {
        eprintln!("skipped: cargo is needed");
        return;
    }
    compare("rust");
}

#[test]
fn a_function_python_cannot_call_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let pyx = tmp.path().join("point.pyx");
    std::fs::write(&pyx, "cdef struct P:\n    double x\n\ncpdef double first(P p):\n    return p.x\n\ncdef double fine(P p):\n    return p.x\n")
        .unwrap();
    let out = common::cytrus()
        .args(["build", "--python", "--color", "never"])
        .arg(&pyx)
        .arg("-o")
        .arg(tmp.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("error[E0320]: `first` cannot be called from Python"), "{stderr}");
    assert!(stderr.contains("parameter `p` of type `P`"), "{stderr}");
    assert!(stderr.contains("point.pyx:4:"), "{stderr}");
    // Nothing else is wrong with the file: it compiles to C.
    let out = common::cytrus().args(["build", "--emit", "c"]).arg(&pyx).arg("-o").arg(tmp.path()).output().unwrap();
    assert!(out.status.success());
}

#[test]
fn defaults_that_are_not_constants_are_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let pyx = tmp.path().join("dflt.pyx");
    std::fs::write(&pyx, "from libc.math cimport sqrt\n\ndef f(double x=sqrt(2.0)):\n    return x\n").unwrap();
    let out = common::cytrus()
        .args(["build", "--python", "--color", "never"])
        .arg(&pyx)
        .arg("-o")
        .arg(tmp.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("E0320") && stderr.contains("the default `sqrt(2.0)`"), "{stderr}");
}

#[test]
fn a_fused_view_of_structs_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let pyx = tmp.path().join("fstruct.pyx");
    std::fs::write(
        &pyx,
        "cdef struct P:\n    double x\n\nctypedef fused pt:\n    P\n    double\n\ndef first(pt[:] a):\n    return a.shape[0]\n",
    )
    .unwrap();
    let out = common::cytrus()
        .args(["build", "--python", "--color", "never"])
        .arg(&pyx)
        .arg("-o")
        .arg(tmp.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("error[E0470]: fused function `first` cannot be called from Python"), "{stderr}");
    assert!(stderr.contains("parameter `a`"), "{stderr}");
    assert!(stderr.contains("fstruct.pyx:8:"), "{stderr}");
}

/// Names a `.pyx` file may give its functions, parameters and globals that
/// are keywords or reserved words of C or Rust, names in scope in the output
/// (types, macros, library functions), and every name the Python wrappers of
/// both backends use for their own locals, labels and helpers.
const NAMES: &[&str] = &[
    // Rust keywords (strict, reserved, weak) and names in scope in Rust output.
    "abstract",
    "become",
    "box",
    "crate",
    "do",
    "dyn",
    "final",
    "fn",
    "gen",
    "impl",
    "let",
    "loop",
    "macro",
    "macro_rules",
    "match",
    "mod",
    "move",
    "mut",
    "override",
    "priv",
    "pub",
    "ref",
    "self",
    "Self",
    "super",
    "trait",
    "type",
    "typeof",
    "unsafe",
    "unsized",
    "use",
    "virtual",
    "where",
    "raw",
    "safe",
    "true",
    "false",
    "Some",
    "Ok",
    "Err",
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "std",
    "core",
    "rt",
    "ffi",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "f32",
    "f64",
    "str",
    // C keywords that are not type names, and names in scope in C output.
    "case",
    "default",
    "goto",
    "switch",
    "asm",
    "alignas",
    "alignof",
    "noreturn",
    "static_assert",
    "thread_local",
    "nullptr",
    "constexpr",
    "INFINITY",
    "NAN",
    "errno",
    "stdin",
    "stdout",
    "stderr",
    "main",
    "malloc",
    "free",
    "memcpy",
    "memset",
    "printf",
    "abs",
    "message",
    "dims0",
    // The wrappers' own names (and what they were before they were prefixed).
    "values",
    "result",
    "r",
    "t",
    "args",
    "nargs",
    "kwnames",
    "axes",
    "param",
    "m",
    "copy",
    "value",
    "held",
    "h0",
    "a0",
    "v",
    "e",
    "saved",
    "module",
    "_module",
    "FRAME",
    "done",
    "bad_arg",
    "parse",
    "none",
    "view_arg",
    "cytrus_values",
    "cytrus_r",
    "cytrus_held0",
    "cytrus_t",
    "cytrus_m",
    "cytrus_param",
];

/// Every name of [`NAMES`] as a `def` function, as a parameter (with a view
/// parameter beside it) and as a module global: the modules build on both
/// backends and answer as Cython's do.
#[test]
fn names_like_keywords_and_wrapper_locals_build_and_answer_as_cython() {
    if !python_ok() || !have("cythonize", "-h") {
        eprintln!("skipped: python3 with numpy and Cython's cythonize are needed");
        return;
    }
    let mut defs = String::new();
    for n in NAMES {
        defs.push_str(&format!("def {n}(int x):\n    return x + 1\n\n"));
    }
    for (i, n) in NAMES.iter().enumerate() {
        defs.push_str(&format!("def p{i}(int {n}, double[:] v{i}=None):\n    return {n} * 2\n\n"));
    }
    let all: Vec<String> = NAMES.iter().map(|n| format!("int {n}")).collect();
    defs.push_str(&format!("def many({}):\n    return {} + {}\n", all.join(", "), NAMES[0], NAMES[1]));
    let mut globals: String = NAMES.iter().enumerate().map(|(i, n)| format!("{n} = {i}\n")).collect();
    globals.push_str("\ndef get(int x):\n    return x\n");
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let cython = tmp.path().join("cython");
    std::fs::create_dir_all(&cython).unwrap();
    for (name, text) in [("kwdefs.pyx", &defs), ("kwglobals.pyx", &globals)] {
        std::fs::write(cython.join(name), text).unwrap();
    }
    let out = Command::new("cythonize")
        .args(["-3", "-i", "-q", "kwdefs.pyx", "kwglobals.pyx"])
        .current_dir(&cython)
        .output()
        .unwrap();
    assert!(out.status.success(), "cythonize failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let run = |dir: &Path| {
        let out = Command::new("python3").arg(fixtures().join("names.py")).arg(dir).output().expect("python3 runs");
        assert!(
            out.status.success(),
            "names.py failed for {}:\n{}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let expected = run(&cython);
    assert!(expected.lines().count() > 4 * NAMES.len(), "names.py printed too little:\n{expected}");
    let backends: &[&str] = if have("cargo", "--version") { &["c", "rust"] } else { &["c"] };
    for backend in backends {
        let dir = tmp.path().join(backend);
        for name in ["kwdefs.pyx", "kwglobals.pyx"] {
            let out = common::cytrus()
                .args(["build", "--python", "--backend", backend])
                .arg(cython.join(name))
                .arg("-o")
                .arg(&dir)
                .output()
                .expect("cytrus runs");
            assert!(
                out.status.success(),
                "{name} did not build on the {backend} backend:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let got = run(&dir);
        let differences: Vec<String> = expected
            .lines()
            .zip(got.lines())
            .filter(|(e, g)| e != g)
            .map(|(e, g)| format!("  Cython: {e}\n  cytrus: {g}"))
            .collect();
        assert!(
            differences.is_empty() && expected.lines().count() == got.lines().count(),
            "{backend} backend: {} lines differ:\n{}",
            differences.len(),
            differences.join("\n")
        );
    }
}

/// Runs `python3 -c CODE` in `dir`; `None` if it is still running after
/// `seconds` (then killed): a deadlock.
fn python_within(dir: &Path, code: &str, seconds: u64) -> Option<std::process::Output> {
    let mut child = Command::new("python3")
        .args(["-c", code])
        .current_dir(dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    while child.try_wait().expect("waits").is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().ok();
            child.wait().ok();
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Some(child.wait_with_output().expect("output"))
}

/// `with gil:` sections take Python's GIL in an extension module, and a
/// team started while the caller holds it (the module's top-level code
/// calls `nogil` functions with `prange` loops and `parallel()` blocks)
/// gives it up while it runs, as Cython's parallel sections do: no
/// deadlock, no lost update. The Rust backend runs the teams on threads and
/// prints what Cython built with OpenMP prints (the recorded case); the C
/// backend builds without OpenMP and prints what `cythonize -i` does.
#[test]
fn with_gil_sections_in_teams_take_pythons_gil() {
    if !python_ok() || !have("cythonize", "-h") || !have("cargo", "--version") {
        eprintln!("skipped: python3 with numpy, Cython's cythonize and cargo are needed");
        return;
    }
    let case = common::root().join("tests/cases/par_with_gil.pyx");
    let tmp = tempfile::tempdir().unwrap();
    let cython = tmp.path().join("cython");
    std::fs::create_dir_all(&cython).unwrap();
    std::fs::copy(&case, cython.join("par_with_gil.pyx")).unwrap();
    let out =
        Command::new("cythonize").args(["-3", "-i", "-q", "par_with_gil.pyx"]).current_dir(&cython).output().unwrap();
    assert!(out.status.success(), "cythonize failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let without_openmp = python_within(&cython, "import par_with_gil", 120).expect("Cython's module finishes");
    let with_openmp = std::fs::read_to_string(case.with_extension("stdout")).unwrap();
    for (backend, expected) in
        [("c", String::from_utf8_lossy(&without_openmp.stdout).into_owned()), ("rust", with_openmp)]
    {
        let dir = tmp.path().join(backend);
        let out = common::cytrus()
            .args(["build", "--python", "--backend", backend])
            .arg(&case)
            .arg("-o")
            .arg(&dir)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let Some(run) = python_within(&dir, "import par_with_gil", 120) else {
            panic!("{backend}: importing the module did not finish in 120 s (a deadlock)")
        };
        assert!(run.status.success(), "{backend}: {}", String::from_utf8_lossy(&run.stderr));
        assert_eq!(String::from_utf8_lossy(&run.stdout), expected, "{backend}");
    }
}
