//! `SOURCE / LIR` snapshots: what lowering decides for representative
//! programs (`programs/`), reviewed before either backend prints it; and the
//! lir's promises (typed values, explicit conversions) checked on every
//! program the repository holds.

use crate::driver::lower_source;
use crate::lir::print::print_module;

#[test]
fn lowered_ir_of_representative_programs() {
    insta::glob!("programs/*.pyx", |path| {
        let source = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let lir = lower_source(&name, &source).unwrap_or_else(|r| panic!("{}", r.render_plain()));
        insta::assert_snapshot!(format!("----- SOURCE\n{source}----- LIR\n{}", print_module(&lir)));
    });
}

/// Every `.pyx` below `dir`.
fn pyx_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            pyx_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "pyx") {
            out.push(path);
        }
    }
}

#[test]
fn every_lowered_program_keeps_the_lir_promises() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["tests/cases", "tests/conformance", "examples", "compiler/src/lower/programs"] {
        pyx_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 100, "expected the project's programs, found {}", files.len());
    let mut lowered = 0;
    let mut broken = Vec::new();
    for path in &files {
        let source = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // Programs the checker refuses (known divergences, negative cases) have no lir.
        let Ok(module) = lower_source(&name, &source) else { continue };
        lowered += 1;
        for error in crate::lir::verify::module(&module) {
            broken.push(format!("{}: {error}", path.display()));
        }
    }
    assert!(lowered > 100, "only {lowered} programs lowered");
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}
