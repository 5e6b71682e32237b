//! The command line: help, version, exit codes, colour.

mod common;

use common::cytrus;

fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn help_explains_the_commands_and_exit_codes() {
    let out = cytrus().arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("check"), "{text}");
    assert!(text.contains("Exit status"), "{text}");
    let out = cytrus().args(["check", "--help"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().contains("FILE.pyx"));
}

#[test]
fn version_names_the_package_version() {
    let out = cytrus().arg("--version").output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), format!("cytrus {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn check_exits_0_and_prints_nothing_for_a_clean_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "ok.pyx", "cdef int x = 1\nprint(x)\n");
    let out = cytrus().arg("check").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn check_exits_2_with_every_error_located() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "bad.pyx", "cdef double[::2] v\nif x > 1\n    pass\n");
    let out = cytrus().args(["check", "--color", "never"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("bad.pyx:1:15"), "{stderr}");
    assert!(stderr.contains("bad.pyx:2:9"), "{stderr}");
    assert_eq!(stderr.matches("error[").count(), 2, "each error shown once: {stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn check_lists_syntax_and_type_errors_together_in_source_order() {
    let dir = tempfile::tempdir().unwrap();
    // A syntax error on line 2 does not hide the type errors after it; a name
    // declared on a line that did not parse is not reported again where it is used.
    let file = write(
        dir.path(),
        "mixed.pyx",
        "cdef int a = 1\ncdef int lost = = 2\ncdef int b = undeclared\nprint(lost)\nif a:\n    x = = 3\ncdef double[:] v = 5\n",
    );
    let out = cytrus().arg("check").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stderr).unwrap();
    let located: Vec<&str> = text.lines().filter(|l| l.contains("mixed.pyx:")).collect();
    let lines: Vec<&str> = located.iter().map(|l| l.split(':').nth(1).unwrap()).collect();
    assert_eq!(lines, ["2", "3", "6", "7"], "{text}");
    assert!(text.contains("`undeclared`") && !text.contains("`lost`"), "{text}");
}

#[test]
fn check_reports_every_bad_file_and_still_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.pyx", "x = 1\n");
    let bad1 = write(dir.path(), "bad1.pyx", "x = (\n");
    let bad2 = write(dir.path(), "bad2.pyx", "x = 0b2\n");
    let out = cytrus().arg("check").args([&bad1, &good, &bad2]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("bad1.pyx") && stderr.contains("bad2.pyx"), "{stderr}");
}

#[test]
fn a_missing_file_is_a_diagnostic_with_exit_2() {
    let out = cytrus().args(["check", "no/such/file.pyx"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("cannot read `no/such/file.pyx`"));
}

#[test]
fn a_file_that_is_not_utf8_is_a_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("latin1.pyx");
    std::fs::write(&file, b"x = 1\nprint(\"caf\xe9\")\n").unwrap();
    let out = cytrus().args(["check", "--color=never"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("not valid UTF-8") && stderr.contains("latin1.pyx:2:11"), "{stderr}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(cytrus().output().unwrap().status.code(), Some(2));
    assert_eq!(cytrus().arg("check").output().unwrap().status.code(), Some(2));
    assert_eq!(cytrus().args(["check", "--color", "purple", "x.pyx"]).output().unwrap().status.code(), Some(2));
}

#[test]
fn color_always_colours_and_never_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "bad.pyx", "x = $\n");
    let coloured = cytrus().args(["check", "--color=always"]).arg(&file).output().unwrap();
    assert!(String::from_utf8_lossy(&coloured.stderr).contains("\x1b["));
    let plain = cytrus().args(["check", "--color=never"]).arg(&file).output().unwrap();
    assert!(!String::from_utf8_lossy(&plain.stderr).contains("\x1b["));
    // Auto: stderr is a pipe here, so no colour.
    let auto = cytrus().arg("check").arg(&file).output().unwrap();
    assert!(!String::from_utf8_lossy(&auto.stderr).contains("\x1b["));
}

#[test]
fn a_missing_compiler_exits_3_with_a_clear_message() {
    let example = common::root().join("examples/saxpy.pyx");
    let out = cytrus().arg("run").arg(&example).env("CC", "/nonexistent/cc").output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("cannot run the C compiler `/nonexistent/cc`"), "{stderr}");
    let out =
        cytrus().args(["run", "--backend", "rust"]).arg(&example).env("RUSTC", "/nonexistent/rustc").output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8(out.stderr).unwrap().contains("cannot run the Rust compiler"));
}

#[test]
fn run_passes_the_program_output_and_status_through() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "boom.pyx", "print(\"before\")\ncdef int x = 0\nprint(1 // x)\n");
    for backend in ["c", "rust"] {
        let out = cytrus().args(["run", "--backend", backend]).arg(&file).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{backend}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().last(), Some("ZeroDivisionError: integer division or modulo by zero"), "{stderr}");
        assert!(stderr.contains("line 3, in <module>"), "{stderr}");
    }
}

#[test]
fn unchanged_output_is_not_rewritten_and_changed_output_is() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "m.pyx", "cdef int x = 1\nprint(x)\n");
    let out_dir = dir.path().join("out");
    let build = |backend: &str| {
        let out = cytrus().args(["build", "--emit", backend]).arg(&file).arg("-o").arg(&out_dir).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    };
    let stamp = |name: &str| std::fs::metadata(out_dir.join(name)).unwrap().modified().unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    build("c");
    build("rust");
    let outputs = ["m.c", "m.h", "cytrus.h", "m.rs"];
    // Age the outputs, so that a rewrite would show in their modification times.
    for name in outputs {
        std::fs::File::options().write(true).open(out_dir.join(name)).unwrap().set_modified(old).unwrap();
    }
    build("c");
    build("rust");
    for name in outputs {
        assert_eq!(stamp(name), old, "{name} was rewritten with the same text");
    }
    let before: Vec<String> =
        ["m.c", "m.rs"].iter().map(|n| std::fs::read_to_string(out_dir.join(n)).unwrap()).collect();
    write(dir.path(), "m.pyx", "cdef int x = 2\nprint(x)\n");
    build("c");
    build("rust");
    for (name, before) in ["m.c", "m.rs"].iter().zip(&before) {
        assert_ne!(stamp(name), old, "{name} was not rewritten");
        let text = std::fs::read_to_string(out_dir.join(name)).unwrap();
        assert_ne!(&text, before, "{name} still holds the old program");
    }
    // The header declares the same functions: it keeps its time.
    assert_eq!(stamp("m.h"), old);
}

/// `cytrus check bad.pyx 2>&1 | head -1`: the diagnostics outgrow the pipe,
/// its reader goes away, and the exit status is still 2 (not a panic's 101).
#[cfg(unix)]
#[test]
fn a_closed_stderr_keeps_the_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "bad.pyx", &"x = $\n".repeat(3000));
    let status_file = dir.path().join("status");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"{ "$0" check "$1"; echo $? > "$2"; } 2>&1 | true"#)
        .arg(env!("CARGO_BIN_EXE_cytrus"))
        .arg(&file)
        .arg(&status_file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let status = std::fs::read_to_string(&status_file).unwrap();
    assert_eq!(status.trim(), "2", "exit status with stderr closed");
}
