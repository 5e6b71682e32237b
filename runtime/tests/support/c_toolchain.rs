//! Compiling and running small C programs against `cytrus.h` with the system `cc`.

// Each test file uses part of this.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The crate's `include/` folder.
pub fn include_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("include")
}

/// Whether a C compiler runs here; tests that need one are skipped without it.
pub fn cc_available() -> bool {
    let found = Command::new("cc").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("no `cc` found: skipping the C test");
    }
    found
}

/// The static library cargo built with this test: the newest
/// `libcytrus_runtime*.a` in `target/<profile>/deps/` (where `cargo test`
/// leaves it) or `target/<profile>/` (where `cargo build` puts it).
pub fn static_lib() -> PathBuf {
    // The test runs from target/<profile>/deps/.
    let exe = std::env::current_exe().expect("the test executable's path");
    let deps = exe.parent().expect("target/<profile>/deps");
    let profile = deps.parent().expect("target/<profile>");
    let candidates = [deps, profile]
        .into_iter()
        .flat_map(|dir| std::fs::read_dir(dir).into_iter().flatten().flatten().map(|entry| entry.path()));
    let newest = candidates
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("libcytrus_runtime") && name.ends_with(".a")
        })
        .max_by_key(|path| path.metadata().and_then(|m| m.modified()).ok());
    newest.expect("no libcytrus_runtime.a beside the test: run `cargo build -p cytrus-runtime`")
}

/// Compiles `source` (strict C99 with warnings as errors), links `libs`, runs
/// the program and returns its output; panics with the compiler's messages
/// when it does not build.
pub fn compile_and_run(name: &str, source: &str, libs: &[PathBuf]) -> Output {
    let exe = compile(name, source, libs);
    Command::new(&exe).output().expect("the C program runs")
}

/// Like [`compile_and_run`], with stdout and stderr going to one file, in
/// the order the program wrote them; returns that file's bytes.
pub fn compile_and_run_merged(name: &str, source: &str, libs: &[PathBuf]) -> Vec<u8> {
    let exe = compile(name, source, libs);
    let log = exe.with_extension("log");
    let file = std::fs::File::create(&log).expect("a log file");
    Command::new(&exe)
        .stdout(file.try_clone().expect("a second handle"))
        .stderr(file)
        .status()
        .expect("the C program runs");
    std::fs::read(&log).expect("the log")
}

/// Compiles `source` into an executable in a scratch folder and returns its path.
fn compile(name: &str, source: &str, libs: &[PathBuf]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let c_file = dir.join(format!("{name}.c"));
    let exe = dir.join(name);
    std::fs::write(&c_file, source).expect("the C source written");
    let mut cc = Command::new("cc");
    cc.args(["-std=c99", "-Wall", "-Wextra", "-pedantic", "-Werror", "-fwrapv", "-I"])
        .arg(include_dir())
        .arg(&c_file)
        .arg("-o")
        .arg(&exe)
        .args(libs);
    if !libs.is_empty() {
        // What the Rust standard library inside the static library needs on Linux.
        cc.args(["-lpthread", "-ldl", "-lm"]);
    }
    let built = cc.output().expect("cc runs");
    assert!(built.status.success(), "cc failed:\n{}", String::from_utf8_lossy(&built.stderr));
    exe
}
