//! Typed-IR snapshots of representative programs (copied from the
//! conformance corpus into `programs/`), and one rendered-diagnostic snapshot
//! per semantic error in `errors/`.

use crate::tir::print::print_module;

fn check(name: &str, source: &str) -> Result<crate::tir::Module, String> {
    crate::check_source(name, source).map(|checked| checked.tir).map_err(|report| report.render_plain())
}

#[test]
fn typed_ir_of_representative_programs() {
    insta::glob!("programs/*.pyx", |path| {
        let source = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let tir = check(&name, &source).unwrap_or_else(|e| panic!("{e}"));
        insta::assert_snapshot!(format!("----- SOURCE\n{source}----- TIR\n{}", print_module(&tir)));
    });
}

#[test]
fn every_semantic_error_is_reported() {
    insta::glob!("errors/*.pyx", |path| {
        let source = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let rendered = match check(&name, &source) {
            Ok(_) => panic!("{name} should be rejected"),
            Err(e) => e,
        };
        insta::assert_snapshot!(format!("----- SOURCE\n{source}----- ERROR\n{rendered}"));
    });
}

#[test]
fn semantic_error_enum_stays_small() {
    assert!(std::mem::size_of::<super::SemanticError>() <= 96, "{}", std::mem::size_of::<super::SemanticError>());
}

#[test]
fn functions_may_be_used_before_their_definition() {
    let src = "cdef int a(int x):\n    return b(x) + 1\ncdef int b(int x):\n    return x * 2\nprint(a(3))\n";
    assert!(check("t.pyx", src).is_ok());
}

#[test]
fn directives_nest_module_decorator_with() {
    let src = "# cython: boundscheck=False\ncimport cython\n@cython.wraparound(False)\ncdef int f(int[:] v):\n    with cython.cdivision(True):\n        return v[0] // 2\n";
    let tir = check("t.pyx", src).unwrap();
    let text = print_module(&tir);
    assert!(text.contains("[boundscheck=False wraparound=False cdivision=True]"), "{text}");
}
