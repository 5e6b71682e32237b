//! `cytrus check` accepts every program of the conformance corpus and every example.

mod common;

#[test]
fn check_accepts_every_corpus_program_and_example() {
    let files = common::all_sources();
    assert!(files.len() > 50, "expected the whole corpus, found {} files", files.len());
    let mut failures = Vec::new();
    for file in &files {
        let out = common::cytrus().arg("check").arg("--color=never").arg(file).output().unwrap();
        if !out.status.success() {
            failures.push(format!(
                "{}: exit {:?}\n{}",
                file.display(),
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} files failed:\n{}", failures.len(), files.len(), failures.join("\n"));
}

#[test]
fn check_accepts_all_files_in_one_call() {
    let files = common::all_sources();
    let out = common::cytrus().arg("check").args(&files).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty());
}
