//! The build.rs API seen from a user's crate: a throwaway copy of
//! `examples/rust-kernels` built with cargo. Editing a `.pyx` reruns the
//! build script and editing other files does not; a syntax error fails the
//! build with the diagnostic, naming the file and line, shown once.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// A standalone copy of the example crate pointing at this repository.
fn throwaway_crate() -> (tempfile::TempDir, PathBuf) {
    let root = common::root();
    let dir = tempfile::tempdir().unwrap();
    let krate = dir.path().join("kernels");
    std::fs::create_dir_all(krate.join("src")).unwrap();
    std::fs::create_dir_all(krate.join("tests")).unwrap();
    let example = root.join("examples/rust-kernels");
    for file in ["build.rs", "src/lib.rs", "src/kernels.pyx", "src/stats.pyx"] {
        std::fs::copy(example.join(file), krate.join(file)).unwrap();
    }
    std::fs::write(
        krate.join("Cargo.toml"),
        format!(
            "[package]\nname = \"throwaway-kernels\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n\n\
[dependencies]\ncytrus-runtime = {{ path = \"{}\" }}\n\n[build-dependencies]\ncytrus = {{ path = \"{}\", default-features = false }}\n",
            root.join("runtime").display(),
            root.join("compiler").display()
        ),
    )
    .unwrap();
    // The lock file keeps the build offline with the versions the workspace uses.
    std::fs::copy(root.join("Cargo.lock"), krate.join("Cargo.lock")).unwrap();
    (dir, krate)
}

/// `cargo build -v` in the crate: (success, stderr).
fn cargo_build(krate: &Path) -> (bool, String) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["build", "-v", "--offline"])
        .current_dir(krate)
        .env("CARGO_TARGET_DIR", common::root().join("target/build-rs-test"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn ran_build_script(stderr: &str) -> bool {
    stderr.lines().any(|l| l.contains("Running") && l.contains("throwaway-kernels") && l.contains("build-script-build"))
}

#[test]
fn build_script_reruns_for_pyx_edits_only_and_reports_errors_once() {
    let (_dir, krate) = throwaway_crate();
    let (ok, stderr) = cargo_build(&krate);
    assert!(ok, "the example does not build:\n{stderr}");

    // An unrelated edit: the crate recompiles, the build script does not rerun.
    std::fs::write(
        krate.join("src/lib.rs"),
        std::fs::read_to_string(krate.join("src/lib.rs")).unwrap() + "\n// edited\n",
    )
    .unwrap();
    let (ok, stderr) = cargo_build(&krate);
    assert!(ok, "{stderr}");
    assert!(!ran_build_script(&stderr), "editing lib.rs reran the build script:\n{stderr}");

    // A .pyx edit reruns it.
    let pyx = krate.join("src/stats.pyx");
    std::fs::write(&pyx, std::fs::read_to_string(&pyx).unwrap() + "\ncpdef int answer():\n    return 42\n").unwrap();
    let (ok, stderr) = cargo_build(&krate);
    assert!(ok, "{stderr}");
    assert!(ran_build_script(&stderr), "editing stats.pyx did not rerun the build script:\n{stderr}");

    // A syntax error fails the build, with the diagnostic once.
    std::fs::write(&pyx, "cdef double mean(double[:] v)\n    return v[0]\n").unwrap();
    let (ok, stderr) = cargo_build(&krate);
    assert!(!ok, "a syntax error did not fail the build");
    assert_eq!(stderr.matches("expected `:`").count(), 1, "the diagnostic is not shown exactly once:\n{stderr}");
    assert!(stderr.contains("src/stats.pyx:1:30"), "the diagnostic does not name the file and line:\n{stderr}");
}

/// A crate whose `.pyx` cimports another module of the crate and calls C
/// code of its own through a `cdef extern` block: the build script compiles
/// both modules, and the C glue with the C source into a library it links.
#[test]
fn build_script_compiles_cimported_modules_and_links_c_code() {
    let root = common::root();
    let dir = tempfile::tempdir().unwrap();
    let krate = dir.path().join("modules");
    let files: &[(&str, &str)] = &[
        ("src/vec.h", "double vsum(const double *a, int n);\n#define VEC_SCALE 10\n"),
        ("src/vec.c", "#include \"vec.h\"\ndouble vsum(const double *a, int n) { double s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }\n"),
        ("src/helper.pxd", "cdef double twice(double x) noexcept\n"),
        ("src/helper.pyx", "cdef double twice(double x) noexcept:\n    return 2 * x\n"),
        (
            "src/knn.pyx",
            "from helper cimport twice\ncdef extern from \"vec.h\":\n    double vsum(const double *a, int n)\n    int VEC_SCALE\n\ndef total(double[::1] a):\n    return twice(vsum(&a[0], <int>a.shape[0])) * VEC_SCALE\n",
        ),
        ("build.rs", "fn main() {\n    cytrus::build::Build::new().file(\"src/knn.pyx\").c_source(\"src/vec.c\").compile();\n}\n"),
        ("src/lib.rs", "cytrus_runtime::include_pyx!(knn);\ncytrus_runtime::include_pyx!(helper);\n"),
        (
            "tests/total.rs",
            "#[test]\nfn total_calls_c_and_the_other_module() {\n    let mut a = vec![1.0, 2.0, 3.5];\n    assert_eq!(throwaway_modules::knn::total(&mut a).unwrap(), 130.0);\n}\n",
        ),
    ];
    for (name, text) in files {
        let path = krate.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    std::fs::write(
        krate.join("Cargo.toml"),
        format!(
            "[package]\nname = \"throwaway-modules\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n\n\
[dependencies]\ncytrus-runtime = {{ path = \"{}\" }}\n\n[build-dependencies]\ncytrus = {{ path = \"{}\", default-features = false }}\n",
            root.join("runtime").display(),
            root.join("compiler").display()
        ),
    )
    .unwrap();
    std::fs::copy(root.join("Cargo.lock"), krate.join("Cargo.lock")).unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["test", "--offline"])
        .current_dir(&krate)
        .env("CARGO_TARGET_DIR", common::root().join("target/build-rs-test"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the crate does not build or its test fails:\n{stderr}\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
