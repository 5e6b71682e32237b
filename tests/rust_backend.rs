//! Rust output, end to end through the library: generated modules compile
//! without warnings (`#![deny(warnings)]` on the module that includes them),
//! every conformance program built through the Rust backend behaves as
//! Cython's (the same stdout, the same last stderr line, the same exit
//! status) and as the C backend's, and C and Rust modules share views in one
//! program.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use cytrus::backend::rust::{emit, main_source};
use cytrus::driver::lower_source;
use cytrus::driver::rust::{build_executable, runtime_rlib};

/// The Rust module for `src` (as `name.pyx`).
fn generate(name: &str, src: &str) -> String {
    let module = match lower_source(&format!("{name}.pyx"), src) {
        Ok(m) => m,
        Err(report) => panic!("{name} does not compile:\n{}", report.render_plain()),
    };
    emit(&module)
}

/// Type-checks the modules as one library crate that denies warnings; the
/// rustc output on failure.
fn check_modules(modules: &[(String, String)]) -> Result<(), String> {
    let runtime = runtime_rlib().map_err(|e| e.message)?;
    let dir = cytrus::driver::scratch_dir("rust-check").unwrap();
    let mut lib = String::from("#![deny(warnings)]\n");
    for (name, source) in modules {
        std::fs::write(dir.join(format!("{name}.rs")), source).unwrap();
        lib.push_str(&format!("pub mod {name};\n"));
    }
    std::fs::write(dir.join("lib.rs"), lib).unwrap();
    let out = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into()))
        .args(["--edition", "2021", "--crate-type", "lib", "--crate-name", "generated", "--emit=metadata"])
        .arg("--extern")
        .arg(format!("cytrus_runtime={}", runtime.rlib.display()))
        .arg("-L")
        .arg(format!("dependency={}", runtime.deps.display()))
        .arg("--out-dir")
        .arg(&dir)
        .arg(dir.join("lib.rs"))
        .output()
        .expect("rustc runs");
    std::fs::remove_dir_all(&dir).ok();
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// The sources of the backend snapshots (`----- SOURCE` sections).
fn snapshot_sources() -> Vec<(String, String)> {
    let dir = common::root().join("compiler/src/backend/snapshots");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let Some(start) = text.find("----- SOURCE\n") else { continue };
        let rest = &text[start + "----- SOURCE\n".len()..];
        let Some(end) = rest.find("\n----- C\n") else { continue };
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        // A module name: the snapshot's own name, made an identifier.
        let name: String = stem
            .rsplit("tests__")
            .next()
            .unwrap()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        out.push((name, rest[..end].to_string()));
    }
    out.sort();
    out
}

/// The folders of recorded cases: the public corpus and this repository's own.
fn conformance_dirs() -> Vec<PathBuf> {
    vec![common::corpus_dir(), common::root().join("tests/cases")]
}

/// The recorded cases: folder, name and source, for each `.pyx` with a
/// `.stdout`. A folder that cannot be read or holds no case fails the test:
/// a corpus that went missing must not pass as one that passed.
fn conformance_cases() -> Vec<(PathBuf, String, String)> {
    let mut out = Vec::new();
    for dir in conformance_dirs() {
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read the conformance cases in {}: {e}", dir.display()));
        let before = out.len();
        for entry in entries {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "pyx") && path.with_extension("stdout").is_file() {
                let name = path.file_stem().unwrap().to_string_lossy().into_owned();
                out.push((dir.clone(), name, std::fs::read_to_string(&path).unwrap()));
            }
        }
        assert!(out.len() > before, "no conformance case (NAME.pyx with NAME.stdout) in {}", dir.display());
    }
    out.sort();
    out
}

#[test]
fn snapshot_modules_compile_without_warnings() {
    let modules: Vec<(String, String)> =
        snapshot_sources().into_iter().map(|(name, src)| (name.clone(), generate("t", &src))).collect();
    assert!(modules.len() > 30, "expected the backend snapshots, found {}", modules.len());
    if let Err(errors) = check_modules(&modules) {
        panic!("generated Rust does not compile cleanly:\n{errors}");
    }
}

#[test]
fn conformance_modules_compile_without_warnings() {
    let mut modules: Vec<(String, String)> = Vec::new();
    for (_, name, src) in conformance_cases() {
        // A name may be recorded in both folders.
        if !modules.iter().any(|(m, _)| *m == name) {
            modules.push((name.clone(), generate(&name, &src)));
        }
    }
    assert!(!modules.is_empty(), "no recorded cases in {:?}", conformance_dirs());
    if let Err(errors) = check_modules(&modules) {
        panic!("generated Rust does not compile cleanly:\n{errors}");
    }
}

/// What a recorded case expects: stdout, and the last stderr line of an error.
fn expected(dir: &Path, name: &str) -> (String, Option<String>) {
    let stdout = std::fs::read_to_string(dir.join(format!("{name}.stdout"))).unwrap();
    let error = std::fs::read_to_string(dir.join(format!("{name}.error")))
        .ok()
        .map(|e| e.lines().last().unwrap_or("").to_string());
    (stdout, error)
}

/// Builds and runs one case through the Rust backend; `None` when it
/// behaves as recorded. A case that no longer compiles fails: Cython compiled it.
fn run_case(dir: &Path, name: &str, src: &str) -> Option<String> {
    run_case_on(dir, name, src, true)
}

/// [`run_case`] through either backend.
fn run_case_on(dir: &Path, name: &str, src: &str, rust: bool) -> Option<String> {
    let module = match lower_source(&format!("{name}.pyx"), src) {
        Ok(module) => module,
        Err(report) => return Some(format!("does not compile:\n{}", report.render_plain())),
    };
    let work = cytrus::driver::scratch_dir(&format!("{}-{name}", if rust { "rust" } else { "c" })).unwrap();
    let exe = work.join(name);
    let built = if rust { build_executable(&module, &exe) } else { cytrus::driver::build_executable(&module, &exe) };
    if let Err(e) = built {
        std::fs::remove_dir_all(&work).ok();
        return Some(format!("build failed (status {}): {}", e.status, e.message));
    }
    let out = Command::new(&exe).current_dir(&work).output().unwrap();
    std::fs::remove_dir_all(&work).ok();
    let (stdout, error) = expected(dir, name);
    let got = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().last().unwrap_or("").to_string();
    if got != stdout {
        let line = stdout.lines().zip(got.lines()).position(|(a, b)| a != b);
        return Some(format!(
            "stdout differs (first at line {line:?}); stderr: {last}\n--- expected\n{stdout}--- got\n{got}"
        ));
    }
    match (error, out.status.code()) {
        (None, Some(0)) => None,
        (Some(want), Some(1)) if want == last => None,
        (want, code) => Some(format!("exit {code:?}, last stderr {last:?}, expected {want:?}")),
    }
}

#[test]
fn conformance_cases_run_as_recorded() {
    let cases = conformance_cases();
    let filter = std::env::var("CONFORMANCE_FILTER").unwrap_or_default();
    let mut failures = Vec::new();
    let mut ran = 0;
    for (dir, name, src) in &cases {
        if !name.contains(&filter) {
            continue;
        }
        ran += 1;
        if let Some(reason) = run_case(dir, name, src) {
            failures.push(format!("FAIL {name}: {reason}"));
        }
    }
    eprintln!("{} passed, {} failed", ran - failures.len(), failures.len());
    assert!(
        ran > 0,
        "no conformance case ran: none of the {} cases in {:?} has a name containing CONFORMANCE_FILTER={filter:?}",
        cases.len(),
        conformance_dirs()
    );
    assert!(failures.is_empty(), "{} of {ran} cases failed:\n{}", failures.len(), failures.join("\n"));
}

/// Writes the Rust output of every snapshot and conformance source to
/// `$CYTRUS_DUMP` (a folder), for reading it.
#[test]
#[ignore = "a tool for reading the output"]
fn dump_generated_modules() {
    let dir = PathBuf::from(std::env::var("CYTRUS_DUMP").unwrap_or_else(|_| "/tmp/cytrus-rust".into()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, src) in snapshot_sources() {
        std::fs::write(dir.join(format!("snap_{name}.rs")), generate("t", &src)).unwrap();
    }
    for (_, name, src) in conformance_cases() {
        std::fs::write(dir.join(format!("{name}.rs")), generate(&name, &src)).unwrap();
    }
}

/// Builds `name.pyx` with one backend, runs it: stdout, stderr, exit status.
fn build_and_run(name: &str, src: &str, rust: bool) -> (String, String, Option<i32>) {
    let module = lower_source(&format!("{name}.pyx"), src).unwrap_or_else(|r| panic!("{}", r.render_plain()));
    let dir = cytrus::driver::scratch_dir(&format!("both-{name}")).unwrap();
    let exe = dir.join(name);
    let built = if rust { build_executable(&module, &exe) } else { cytrus::driver::build_executable(&module, &exe) };
    if let Err(e) = built {
        panic!("{name} does not build (rust: {rust}): {}", e.message);
    }
    let out = Command::new(&exe).current_dir(&dir).output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

/// Programs beyond the corpus (every `<math.h>` function, integer types,
/// pointers, module variables, tracebacks) print the same through both
/// backends, stderr included.
#[test]
fn c_and_rust_programs_agree() {
    let dir = common::root().join("tests/rust_backend");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    let mut failures = Vec::new();
    for path in names.iter().filter(|p| p.extension().is_some_and(|e| e == "pyx")) {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let src = std::fs::read_to_string(path).unwrap();
        let c = build_and_run(&name, &src, false);
        let rust = build_and_run(&name, &src, true);
        if c != rust {
            failures
                .push(format!("{name}:\n--- C\n{}{}{:?}\n--- Rust\n{}{}{:?}", c.0, c.1, c.2, rust.0, rust.1, rust.2));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Builds `$CYTRUS_BUILD_SRC` (a `.pyx` file) through the Rust backend into
/// `$CYTRUS_BUILD_OUT`, until `cytrus build --embed --backend rust` does.
#[test]
#[ignore = "a tool for building one program"]
fn build_one_program() {
    let src = PathBuf::from(std::env::var("CYTRUS_BUILD_SRC").expect("CYTRUS_BUILD_SRC"));
    let out = PathBuf::from(std::env::var("CYTRUS_BUILD_OUT").expect("CYTRUS_BUILD_OUT"));
    let text = std::fs::read_to_string(&src).unwrap();
    let module = lower_source(&src.display().to_string(), &text).unwrap_or_else(|r| panic!("{}", r.render_plain()));
    if let Err(e) = build_executable(&module, &out) {
        panic!("{}", e.message);
    }
}

#[test]
fn def_functions_are_pub_and_return_result() {
    let out = generate(
        "t",
        "cdef int helper(int x) except -1:\n    return x + 1\ndef f(double[:] v, int n):\n    return helper(n)\n",
    );
    assert!(
        out.contains("pub fn f<'v0>(v: impl Into<rt::ViewMut<'v0, f64>>, n: i32) -> Result<i32, rt::Error> {"),
        "{out}"
    );
    assert!(out.contains("\nfn t_helper(x: i32) -> i32 {"), "{out}");
    assert!(!out.contains("pub fn helper"), "{out}");
    assert!(out.contains("pub fn init() -> Result<(), rt::Error> {"), "{out}");
    assert!(out.contains("x.wrapping_add(1)"), "{out}");
    assert!(out.contains("// t.pyx:2"), "{out}");
}

#[test]
fn safety_comments_name_the_check_or_its_absence() {
    let checked = generate("t", "cdef double get(double[:] v, Py_ssize_t i):\n    return v[i]\n");
    assert!(
        checked.contains("// SAFETY: `v[t2]`: every index checked against the extent above (IndexError)."),
        "{checked}"
    );
    let unchecked = generate(
        "t",
        "cimport cython\n@cython.boundscheck(False)\n@cython.wraparound(False)\ncdef double get(double[:] v, Py_ssize_t i):\n    return v[i]\n",
    );
    assert!(unchecked.contains("// SAFETY: `v[i]`: every index not checked: boundscheck is off"), "{unchecked}");
    let proven = generate(
        "t",
        "cdef double total(double[:] v):\n    cdef double s = 0\n    cdef Py_ssize_t i\n    for i in range(v.shape[0]):\n        s += v[i]\n    return s\n",
    );
    assert!(
        proven.contains("// no bounds check or wraparound on axis 0 of `v`: `i` stays within range(0, its extent)"),
        "{proven}"
    );
    assert!(proven.contains("// SAFETY: `v[i]`: every index proven within the extent by lowering"), "{proven}");
    assert!(!unchecked.contains("IndexError"), "{unchecked}");
}

#[test]
fn main_runs_the_module_and_exits_with_status_one_on_an_error() {
    let Ok(module) = lower_source("prog.pyx", "print(1)\n") else { panic!("does not compile") };
    let main = main_source(&module);
    assert!(main.contains("mod prog;"), "{main}");
    assert!(main.contains("if let Err(error) = prog::init() {"), "{main}");
    assert!(main.contains("std::process::exit(1);"), "{main}");
}

/// Every public conformance case prints its recorded stdout, last stderr
/// line and exit status through the C backend too. With
/// [`conformance_cases_run_as_recorded`] (the Rust backend, the same
/// comparison), the two backends agree on every case without building each
/// case a third time.
#[test]
fn every_public_case_runs_as_recorded_through_c() {
    let cases = conformance_cases();
    assert!(cases.len() >= 75, "expected the whole corpus, found {}", cases.len());
    let chunks: Vec<Vec<(PathBuf, String, String)>> =
        cases.chunks(cases.len().div_ceil(2)).map(<[_]>::to_vec).collect();
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .filter_map(|(dir, name, src)| {
                            run_case_on(dir, name, src, false).map(|r| format!("FAIL {name}: {r}"))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    assert!(
        failures.is_empty(),
        "{} cases differ from Cython's output through C:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// One ABI: a module compiled by the C backend and one compiled by the Rust
/// backend, linked into one program. A view made on each side is passed to
/// the other side's function, and every result is the same.
#[test]
fn c_and_rust_modules_share_views_in_one_program() {
    let src = "from cython.view cimport array as cvarray\n\
cpdef double weighted(double[:] v):\n    cdef double s = 0\n    cdef Py_ssize_t i\n    for i in range(v.shape[0]):\n        s += v[i] * (i + 1)\n    return s\n\
cpdef double[:] make(int n):\n    cdef double[:] v = cvarray(shape=(n,), itemsize=sizeof(double), format=\"d\")\n    cdef int i\n    for i in range(n):\n        v[i] = i * 0.5\n    return v\n";
    let dir = cytrus::driver::scratch_dir("abi").unwrap();
    let c_module = lower_source("side_c.pyx", src).unwrap_or_else(|r| panic!("{}", r.render_plain()));
    let rust_module = lower_source("side_rust.pyx", src).unwrap_or_else(|r| panic!("{}", r.render_plain()));
    cytrus::driver::write_c(&c_module, &dir).unwrap();
    cytrus::driver::rust::write_rust(&rust_module, &dir).unwrap();
    std::fs::write(
        dir.join("main.rs"),
        "#[path = \"side_rust.rs\"]\nmod side_rust;\nuse cytrus_runtime::{OwnedView, Slice};\n\
extern \"C\" {\n    fn side_c_init() -> i32;\n    fn side_c_weighted(v: Slice) -> f64;\n    fn side_c_make(n: i32) -> Slice;\n}\n\
fn main() {\n    assert_eq!(unsafe { side_c_init() }, 0);\n\
    let mut from_rust = side_rust::make(5).unwrap();\n    let mut from_c = unsafe { OwnedView::<f64>::from_raw(side_c_make(5), 1) };\n\
    let results = [unsafe { side_c_weighted(from_rust.as_raw()) }, side_rust::weighted(&mut from_rust).unwrap(),\n\
        side_rust::weighted(&mut from_c).unwrap(), unsafe { side_c_weighted(from_c.as_raw()) }];\n\
    println!(\"{results:?}\");\n}\n",
    )
    .unwrap();
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let ok = Command::new(&cc)
        .args(["-O2", "-fwrapv", "-std=gnu11", "-c", "-fPIC", "-I"])
        .arg(&dir)
        .arg(dir.join("side_c.c"))
        .arg("-o")
        .arg(dir.join("side_c.o"))
        .status()
        .unwrap();
    assert!(ok.success());
    assert!(Command::new("ar")
        .arg("rcs")
        .arg(dir.join("libside_c.a"))
        .arg(dir.join("side_c.o"))
        .status()
        .unwrap()
        .success());
    let runtime = cytrus::driver::rust::runtime_rlib().unwrap_or_else(|e| panic!("{}", e.message));
    let exe = dir.join("abi");
    let out = Command::new("rustc")
        .args(["--edition", "2021", "-O"])
        .arg(dir.join("main.rs"))
        .arg("--extern")
        .arg(format!("cytrus_runtime={}", runtime.rlib.display()))
        .arg("-L")
        .arg(format!("dependency={}", runtime.deps.display()))
        .arg("-L")
        .arg(format!("native={}", dir.display()))
        .args(["-l", "static=side_c", "-o"])
        .arg(&exe)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let run = Command::new(&exe).output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    // 0·1 + 0.5·2 + 1·3 + 1.5·4 + 2·5 = 20 on every path.
    assert_eq!(String::from_utf8_lossy(&run.stdout).trim(), "[20.0, 20.0, 20.0, 20.0]");
}

/// Rust's keywords as `.pyx` names: every one cytrus accepts as a name is
/// a `def` function with a parameter of the same name, in a module whose
/// Rust compiles without warnings, so none is missed (the printer's keyword
/// list is searched by bisection, and must stay sorted). A keyword function
/// is a raw identifier, a name Rust cannot take raw gets a `_`, other names
/// stay as they are.
#[test]
fn rust_keywords_as_names_compile() {
    let keywords = [
        "abstract", "become", "box", "do", "dyn", "false", "final", "fn", "gen", "impl", "let", "loop", "macro",
        "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "static", "trait", "true", "type", "typeof",
        "unsafe", "unsized", "use", "virtual", "where", "self", "Self", "super", "crate", "Some", "Ok", "Err",
    ];
    let mut src: String = keywords.iter().map(|k| format!("def {k}(int {k}):\n    return {k}\n")).collect();
    src.push_str("def total(int total):\n    return match(total) + self(total)\n");
    let out = generate("t", &src);
    assert!(out.contains("pub fn r#match("), "{out}");
    assert!(out.contains("pub fn self_("), "{out}");
    assert!(!out.contains("r#self"), "{out}");
    assert!(out.contains("pub fn total(total: i32)"), "{out}");
    if let Err(errors) = check_modules(&[("t".to_string(), out)]) {
        panic!("a keyword name is not escaped:\n{errors}");
    }
}
