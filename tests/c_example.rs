//! The C example (`examples/c`: a C program calling the kernels of
//! `kernels.pyx`) built as its script builds it, with the one `cc` line that
//! docs/c-output.md shows: it compiles without warnings under `-Wall
//! -Wextra`, prints what `expected_output.txt` holds (Cython's errors for
//! buffers that do not fit included), and is at most 100 KB once stripped.

mod common;

use std::process::Command;

use common::root;

/// The largest stripped C example, in bytes (issue 15: "≤ 100 KB").
const MAX_STRIPPED: u64 = 100 * 1000;

/// The flags after the runtime library on the documented `cc` line.
const LINK_FLAGS: &str = "-Wl,--gc-sections -lm -lpthread -o";

#[test]
fn c_example_builds_in_one_line_runs_and_is_small() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("bash")
        .arg(root().join("examples/c/build.sh"))
        .env("CYTRUS", env!("CARGO_BIN_EXE_cytrus"))
        .env("OUT", dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "examples/c/build.sh failed:\n{stderr}");
    assert!(!stderr.contains("warning"), "the C example has warnings under -Wall -Wextra:\n{stderr}");
    let expected = std::fs::read_to_string(root().join("examples/c/expected_output.txt")).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);

    let stripped = dir.path().join("example.stripped");
    let status = Command::new("strip").arg("-o").arg(&stripped).arg(dir.path().join("example")).status().unwrap();
    assert!(status.success(), "strip failed");
    let size = std::fs::metadata(&stripped).unwrap().len();
    eprintln!("stripped C example: {size} bytes");
    assert!(size <= MAX_STRIPPED, "the stripped C example is {size} bytes, more than {MAX_STRIPPED}");
}

/// The script builds with the line the docs show (and `cytrus runtime --help` says).
#[test]
fn c_example_uses_the_documented_cc_line() {
    let script = std::fs::read_to_string(root().join("examples/c/build.sh")).unwrap();
    let docs = std::fs::read_to_string(root().join("docs/c-output.md")).unwrap();
    let documented = format!("\"$(cytrus runtime)\" {LINK_FLAGS} main");
    assert!(docs.contains(&documented), "docs/c-output.md does not show `{documented}`");
    assert!(
        script.contains(&format!("runtime)\" {LINK_FLAGS}")),
        "examples/c/build.sh does not link with `{LINK_FLAGS}`"
    );
    assert!(cytrus::driver::C_LINK_FLAGS.join(" ") + " -o" == LINK_FLAGS || cfg!(target_vendor = "apple"));
    let help = common::cytrus().args(["runtime", "--help"]).output().unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains(LINK_FLAGS), "`cytrus runtime --help` lacks the cc line");
}

/// Builds `pyx` (module `m`) and `main_c` into a program with the documented
/// line and runs it: (stdout, stderr, exit code).
fn run_c_program(pyx: &str, main_c: &str) -> (String, String, i32) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("m.pyx"), pyx).unwrap();
    std::fs::write(dir.path().join("main.c"), main_c).unwrap();
    let out =
        common::cytrus().args(["build", "m.pyx", "--emit", "c", "-o", "out"]).current_dir(dir.path()).output().unwrap();
    assert!(out.status.success(), "cytrus build: {}", String::from_utf8_lossy(&out.stderr));
    let lib = common::cytrus().arg("runtime").output().unwrap();
    let lib = String::from_utf8(lib.stdout).unwrap();
    let out = Command::new("cc")
        .args(["-O2", "-fwrapv", "-Wall", "-Wextra", "-Werror", "-I", "out", "main.c", "out/m.c", lib.trim()])
        .args(cytrus::driver::C_LINK_FLAGS)
        .args(["-o", "main"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "cc: {}", String::from_utf8_lossy(&out.stderr));
    let out = Command::new(dir.path().join("main")).output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// A checked entry point runs the module's top-level code first: a C
/// program that never calls `m_init()` sees the globals it sets.
#[test]
fn checked_entry_points_run_the_module_code_first() {
    let pyx = "cdef double scale = 0\nprint('module code runs')\nscale = 2.5\n\ndef scaled_sum(double[:] a):\n    cdef double s = 0\n    cdef Py_ssize_t i\n    for i in range(a.shape[0]):\n        s += a[i] * scale\n    return s\n";
    let main_c = r#"#include <stdio.h>
#include "m.h"
int main(void) {
    double a[2] = {1, 2};
    Py_ssize_t n = 2;
    cytrus_buffer b = cytrus_buffer_of(a, 1, &n);
    double first = m_scaled_sum_checked(&b);
    double second = m_scaled_sum_checked(&b);
    cytrus_flush_stdout();
    printf("%g %g %d\n", first, second, m_init());
    return 0;
}
"#;
    let (stdout, stderr, code) = run_c_program(pyx, main_c);
    assert_eq!((stdout.as_str(), stderr.as_str(), code), ("module code runs\n7.5 7.5 0\n", "", 0));
}

/// Top-level code that raises: every checked call raises it again, and
/// calls nothing.
#[test]
fn a_failed_module_init_is_raised_by_every_checked_call() {
    let pyx =
        "cdef int ready = 0\nraise ValueError('no configuration')\n\ndef total(int[:] a):\n    return a.shape[0]\n";
    let main_c = r#"#include <stdio.h>
#include "m.h"
int main(void) {
    int a[3] = {1, 2, 3};
    Py_ssize_t n = 3;
    cytrus_buffer b = cytrus_buffer_of(a, 1, &n);
    for (int i = 0; i < 2; i++) {
        m_total_checked(&b);
        printf("call %d raised: %d\n", i, cytrus_err_occurred());
        fflush(stdout);
        cytrus_err_print_uncaught();
    }
    return 0;
}
"#;
    let (stdout, stderr, code) = run_c_program(pyx, main_c);
    assert_eq!(stdout, "call 0 raised: 1\ncall 1 raised: 1\n");
    assert!(stderr.ends_with("ValueError: no configuration\nValueError: no configuration\n"), "{stderr}");
    assert_eq!(code, 0);
}
