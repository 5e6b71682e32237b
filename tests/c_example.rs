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
    assert!(script.contains(&format!("runtime)\" {LINK_FLAGS}")), "examples/c/build.sh does not link with `{LINK_FLAGS}`");
    assert!(cytrus::driver::C_LINK_FLAGS.join(" ") + " -o" == LINK_FLAGS || cfg!(target_vendor = "apple"));
    let help = common::cytrus().args(["runtime", "--help"]).output().unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains(LINK_FLAGS), "`cytrus runtime --help` lacks the cc line");
}
