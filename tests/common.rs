//! Helpers shared by the end-to-end tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("compiler/ sits in the workspace").to_path_buf()
}

/// `tests/conformance/cases`: the repository's copy of the public corpus
/// (`tests/conformance/check-current.sh` says whether it is current).
pub fn corpus_dir() -> PathBuf {
    let dir = root().join("tests/conformance/cases");
    assert!(dir.is_dir(), "the conformance corpus is expected at {}", dir.display());
    dir
}

/// Every `.pyx` file in `dir`, sorted.
pub fn pyx_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pyx"))
        .collect();
    files.sort();
    files
}

/// The corpus files and the examples.
pub fn all_sources() -> Vec<PathBuf> {
    let mut files = pyx_files(&corpus_dir());
    files.extend(pyx_files(&root().join("examples")));
    files
}

/// The `cytrus` binary under test.
pub fn cytrus() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_cytrus"))
}
