//! No input makes cytrus panic or hang: every corpus file cut at every line,
//! and thousands of seeded random byte and token mutations, each end in
//! success or in diagnostics (exit status 0 or 2), never anything else.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A small deterministic generator (SplitMix64): the same seed gives the same mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Pieces of the language to splice in: the mutations a person makes.
const FRAGMENTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "::1",
    ",",
    ";",
    "\n",
    "\n    ",
    "\t",
    "\\\n",
    "\\",
    "\"",
    "'",
    "\"\"\"",
    "#",
    "# cython: boundscheck=False\n",
    "cdef ",
    "cpdef ",
    "def ",
    "ctypedef ",
    "int ",
    "double[:, ::1] ",
    "unsigned ",
    "const ",
    "*",
    "**",
    "&",
    "<double>",
    "<int[:n]>",
    "sizeof(",
    "nogil",
    "noexcept",
    "except? -1",
    "except *",
    "with nogil:",
    "if ",
    "elif ",
    "else:",
    "for i in range(",
    "while ",
    "try:",
    "except ",
    "finally:",
    "return ",
    "raise ",
    "assert ",
    "lambda: ",
    "pass",
    "break",
    "continue",
    "None",
    "True",
    "...",
    "0x",
    "0b12",
    "1e",
    "1_",
    "3j",
    "00",
    "9999999999999999999999999999999999999999",
    "é",
    "\u{0}",
    "\r",
    "=",
    "==",
    ":=",
    "+=",
    "not ",
    " in ",
    " is ",
    "@cython.boundscheck(False)\n",
    "cimport ",
    "from ",
    "import ",
];

fn mutate(source: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut bytes = source.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(7) {
            0 if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                bytes[i] = rng.next() as u8;
            }
            1 if !bytes.is_empty() => {
                let end = (at + 1 + rng.below(12)).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            2 => bytes.insert(at, rng.next() as u8),
            3 | 4 => {
                let fragment = FRAGMENTS[rng.below(FRAGMENTS.len())].as_bytes();
                bytes.splice(at..at, fragment.iter().copied());
            }
            5 if !bytes.is_empty() => {
                // Duplicate a stretch: repeated lines, doubled operators.
                let start = rng.below(bytes.len());
                let end = (start + 1 + rng.below(40)).min(bytes.len());
                let copy: Vec<u8> = bytes[start..end].to_vec();
                bytes.splice(at..at, copy);
            }
            _ => {
                // Swap two lines.
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let mut lines: Vec<&str> = text.split('\n').collect();
                if lines.len() > 2 {
                    let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                    lines.swap(a, b);
                    bytes = lines.join("\n").into_bytes();
                }
            }
        }
    }
    bytes
}

/// Checks one input: it must not panic, and a failure must carry a rendered diagnostic.
fn check_one(name: &str, input: &[u8]) -> Result<(), String> {
    let outcome = catch_unwind(AssertUnwindSafe(|| match cytrus::check_bytes(name, input) {
        Ok(_) => Ok(()),
        Err(report) => {
            if report.diagnostics.is_empty() {
                return Err("failed without a diagnostic".to_string());
            }
            let text = report.render_plain();
            if !text.contains("error") {
                return Err(format!("diagnostic rendered without an error line: {text}"));
            }
            Ok(())
        }
    }));
    match outcome {
        Ok(result) => result,
        Err(_) => Err("panicked".to_string()),
    }
}

/// Runs `inputs` on a worker thread; a hang fails the test with the input that hung.
fn run_all(inputs: Vec<(String, Vec<u8>)>, limit: Duration) {
    let current = Arc::new(Mutex::new(String::new()));
    let (done_tx, done_rx) = mpsc::channel();
    let worker_current = Arc::clone(&current);
    std::thread::spawn(move || {
        let mut failures = Vec::new();
        for (name, input) in &inputs {
            *worker_current.lock().unwrap() = format!("{name}: {:?}", String::from_utf8_lossy(input));
            if let Err(why) = check_one(name, input) {
                failures.push(format!("{name}: {why}\n--- input ---\n{}", String::from_utf8_lossy(input)));
            }
        }
        done_tx.send((inputs.len(), failures)).ok();
    });
    match done_rx.recv_timeout(limit) {
        Ok((count, failures)) => {
            assert!(
                failures.is_empty(),
                "{} of {count} inputs failed:\n{}",
                failures.len(),
                failures[..failures.len().min(5)].join("\n")
            );
        }
        Err(_) => panic!("no result after {limit:?}; still working on {}", current.lock().unwrap()),
    }
}

#[test]
fn every_corpus_file_cut_at_every_line() {
    let mut inputs = Vec::new();
    for path in common::all_sources() {
        let source = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let cuts: Vec<usize> = source.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i).collect();
        for &cut in &cuts {
            // Cut before the line break and in the middle of the line after it.
            inputs.push((format!("{name}[..{cut}]"), source[..cut].to_vec()));
            let mid = (cut + 1 + (source.len() - cut) / 7).min(source.len());
            inputs.push((format!("{name}[..{mid}]"), source[..mid].to_vec()));
        }
    }
    assert!(inputs.len() > 3000, "only {} truncations", inputs.len());
    run_all(inputs, Duration::from_secs(300));
}

#[test]
fn seeded_random_mutations_of_every_corpus_file() {
    let mut rng = Rng(0x5EED_C7A5);
    let mut inputs = Vec::new();
    for path in common::all_sources() {
        let source = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for i in 0..60 {
            inputs.push((format!("{name} mutation {i}"), mutate(&source, &mut rng)));
        }
    }
    assert!(inputs.len() > 4000, "only {} mutations", inputs.len());
    run_all(inputs, Duration::from_secs(300));
}

#[test]
fn the_binary_exits_0_or_2_on_mutated_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(42);
    let sources = common::all_sources();
    for round in 0..40 {
        let path = &sources[rng.below(sources.len())];
        let mutated = mutate(&std::fs::read(path).unwrap(), &mut rng);
        let file = dir.path().join(format!("m{round}.pyx"));
        std::fs::write(&file, &mutated).unwrap();
        let out = common::cytrus().arg("check").arg(&file).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        match out.status.code() {
            Some(0) => assert!(stderr.is_empty(), "exit 0 with output: {stderr}"),
            Some(2) => assert!(stderr.contains("error"), "exit 2 without a diagnostic"),
            other => panic!("exit {other:?} on {}:\n{stderr}", String::from_utf8_lossy(&mutated)),
        }
    }
}

/// Programs nested as deep as the parser allows, and deeper: long sums (a
/// tree as deep as the sum is long), chains of unary minus, nested blocks.
fn deep_programs(depth: usize) -> Vec<(String, String)> {
    let sum = (0..depth).map(|_| "x").collect::<Vec<_>>().join(" + ");
    // One space of indentation per level; the file grows with the square of the depth.
    let levels = depth.min(cytrus_grammar::nesting::MAX_NESTING + 10);
    let mut blocks = String::from("cdef int x = 1\n");
    for level in 0..levels {
        blocks.push_str(&format!("{}if x >= 0:\n", " ".repeat(level)));
    }
    blocks.push_str(&format!("{}x = 7\nprint(x)\n", " ".repeat(levels)));
    // Flat in the source, nested once lowered.
    let mut elifs = String::from("cdef int x = 1\nif x == 0:\n    x = 2\n");
    for i in 1..depth {
        elifs.push_str(&format!("elif x == {i}:\n    x = 2\n"));
    }
    elifs.push_str("print(x)\n");
    let chain = (0..depth).map(|_| "x").collect::<Vec<_>>().join(" <= ");
    let mut programs = vec![
        (format!("sum of {depth}"), format!("cdef int x = 1\ncdef int y = {sum}\nprint(y)\n")),
        (format!("{depth} elifs"), elifs),
        (format!("{depth} chained comparisons"), format!("cdef int x = 1\nprint({chain})\n")),
        (format!("{depth} minus signs"), format!("cdef int x = {}1\nprint(x)\n", "-".repeat(depth))),
        (format!("{levels} nested ifs"), blocks),
    ];
    if depth > cytrus_grammar::nesting::MAX_NESTING {
        // Refused by the parser, and dropped while it recovers from the `)`.
        programs.push((format!("attribute chain of {depth}"), format!("cdef int x = a{} )\n", ".b".repeat(depth))));
    }
    programs
}

/// Deep nesting is compiled or refused with a diagnostic; it never overflows
/// the stack, even from a test thread's small stack in a debug build.
#[test]
fn deep_nesting_compiles_or_is_refused_without_overflowing() {
    use cytrus_grammar::nesting::MAX_NESTING;
    for (name, source) in deep_programs(MAX_NESTING - 10) {
        let module = cytrus::driver::lower_source("deep.pyx", &source)
            .unwrap_or_else(|r| panic!("{name}: {}", r.render_plain()));
        assert!(module.nesting > MAX_NESTING - 20, "{name}: nesting {}", module.nesting);
        let c = cytrus::driver::emit_c(&module);
        assert!(c.source.contains("print"), "{name}");
        let rust = cytrus::backend::rust::emit(&module);
        assert!(rust.contains("Print"), "{name}");
    }
    for depth in [MAX_NESTING + 10, 100_000] {
        for (name, source) in deep_programs(depth) {
            let report =
                cytrus::check_source("deep.pyx", &source).err().unwrap_or_else(|| panic!("{name} was accepted"));
            let text = report.render_plain();
            // The attribute chain also has a syntax error, which is reported instead.
            let expected = if name.starts_with("attribute") { "E0112" } else { "E0132" };
            assert!(text.contains(expected), "{name}: {text}");
        }
    }
}

/// The command: builds the deepest accepted program with both backends, and
/// exits 2 with the diagnostic beyond.
#[test]
fn the_binary_handles_deep_nesting() {
    use cytrus_grammar::nesting::MAX_NESTING;
    let dir = tempfile::tempdir().unwrap();
    for (depth, status) in [(MAX_NESTING - 10, 0), (MAX_NESTING * 50, 2)] {
        for (i, (name, source)) in deep_programs(depth).into_iter().enumerate() {
            let file = dir.path().join(format!("deep{i}.pyx"));
            std::fs::write(&file, &source).unwrap();
            for backend in ["c", "rust"] {
                let out = common::cytrus()
                    .args(["build", "--emit", backend])
                    .arg(&file)
                    .arg("-o")
                    .arg(dir.path().join("out"))
                    .output()
                    .unwrap();
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert_eq!(out.status.code(), Some(status), "{name}, {backend}: {stderr}");
                if status == 2 {
                    let expected = if name.starts_with("attribute") { "E0112" } else { "E0132" };
                    assert!(stderr.contains(expected), "{name}: {stderr}");
                }
            }
        }
    }
}
