//! Checks that cost (almost) nothing, counted in instructions: each program
//! of `benches/programs` (a driver appended to `benches/kernels.pyx`) is built
//! with `cytrus build --embed` with default directives and with bounds
//! checks and wraparound off, and run under valgrind's callgrind, whose
//! instruction counts do not depend on the machine's load. The checked build
//! may execute at most 1.05× the instructions of the unchecked one, and both
//! must print the same.
//!
//! Without valgrind the tests say so and pass, unless
//! `CYTRUS_REQUIRE_VALGRIND=1` (as in `.ci/run`) makes that a failure.

mod common;

use std::path::Path;
use std::process::Command;

use common::{cytrus, root};

/// The checked build's instructions over the unchecked build's, at most.
const LIMIT: f64 = 1.05;

const CHECKS_OFF: &str = "# cython: boundscheck=False, wraparound=False\n";

fn have_valgrind() -> bool {
    let found = Command::new("valgrind").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("CYTRUS_REQUIRE_VALGRIND").as_deref() != Ok("1"),
            "valgrind is required (CYTRUS_REQUIRE_VALGRIND=1) but not found"
        );
        eprintln!("valgrind not found: instruction counts not checked");
    }
    found
}

/// The program text for one driver: the kernels, then the driver.
fn program(driver: &Path, checks_off: bool) -> String {
    let kernels = std::fs::read_to_string(root().join("benches/kernels.pyx")).unwrap();
    let driver = std::fs::read_to_string(driver).unwrap();
    let header = if checks_off { CHECKS_OFF } else { "" };
    format!("{header}from cython.view cimport array as cvarray\n{kernels}\n{driver}")
}

/// Builds `text` with `cytrus build --embed` and runs it under callgrind:
/// (instructions executed, stdout).
fn count(dir: &Path, name: &str, text: &str, backend: &str) -> (u64, String) {
    let source = dir.join(format!("{name}.pyx"));
    std::fs::write(&source, text).unwrap();
    let exe = dir.join(format!("{name}.{backend}"));
    let out =
        cytrus().args(["build", "--embed", "--backend", backend]).arg(&source).arg("-o").arg(&exe).output().unwrap();
    assert!(out.status.success(), "building {name} ({backend}): {}", String::from_utf8_lossy(&out.stderr));
    let out = Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(&exe)
        .output()
        .unwrap();
    assert!(out.status.success(), "running {name} ({backend}): {}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let collected = stderr
        .lines()
        .find_map(|l| l.split_once("Collected :").map(|(_, n)| n.trim().parse::<u64>().unwrap()))
        .unwrap_or_else(|| panic!("no instruction count from callgrind:\n{stderr}"));
    (collected, String::from_utf8(out.stdout).unwrap())
}

fn checks_cost_at_most_5_percent(backend: &str) {
    if !have_valgrind() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut report = String::new();
    let mut over = Vec::new();
    for driver in common::pyx_files(&root().join("benches/programs")) {
        let name = driver.file_stem().unwrap().to_string_lossy().to_string();
        let (checked, checked_out) = count(dir.path(), &name, &program(&driver, false), backend);
        let (unchecked, unchecked_out) =
            count(dir.path(), &format!("{name}_unchecked"), &program(&driver, true), backend);
        assert_eq!(checked_out, unchecked_out, "{name} ({backend}): the checks changed the output");
        let ratio = checked as f64 / unchecked as f64;
        report.push_str(&format!("{name:<12} {checked:>12} {unchecked:>12} {ratio:.3}\n"));
        if ratio > LIMIT {
            over.push(name);
        }
    }
    eprintln!("{backend} backend: program, instructions checked, unchecked, ratio\n{report}");
    assert!(over.is_empty(), "{backend}: checks cost more than {LIMIT}× in {over:?}\n{report}");
}

#[test]
fn c_backend_checks_cost_at_most_5_percent() {
    checks_cost_at_most_5_percent("c");
}

#[test]
fn rust_backend_checks_cost_at_most_5_percent() {
    checks_cost_at_most_5_percent("rust");
}
