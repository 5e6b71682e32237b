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
