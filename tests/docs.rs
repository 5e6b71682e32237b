//! Every code block in docs/ that shows cytrus output is checked against the
//! real output, so the docs cannot drift. A block is marked by the comment on
//! the line before it:
//!
//! - `<!-- docs-test: cytrus ARGS -->`: stdout and stderr of the command (run
//!   from the repository root, without colour);
//! - `<!-- docs-test: c FILE FUNCTION -->` and `<!-- docs-test: rust FILE FUNCTION -->`:
//!   the C or Rust a backend generates for one function of FILE.
//!
//! `UPDATE_DOCS=1 cargo test --test docs` rewrites the blocks with the real
//! output; review the diff before committing it.

mod common;

use std::path::Path;

/// A marked block: where its body lines are, and what produced it.
struct Block {
    directive: String,
    body_start: usize,
    body_end: usize,
}

fn blocks(lines: &[&str]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if let Some(rest) = lines[i].trim().strip_prefix("<!-- docs-test:") {
            let directive = rest.trim_end_matches("-->").trim().to_string();
            assert!(
                lines.get(i + 1).is_some_and(|l| l.starts_with("```")),
                "a docs-test marker must precede a code block (line {})",
                i + 1
            );
            let body_start = i + 2;
            let mut end = body_start;
            while end < lines.len() && !lines[end].starts_with("```") {
                end += 1;
            }
            out.push(Block { directive, body_start, body_end: end });
            i = end;
        }
        i += 1;
    }
    out
}

fn real_output(directive: &str, root: &Path) -> String {
    let words: Vec<&str> = directive.split_whitespace().collect();
    match words.as_slice() {
        ["cytrus", sub, rest @ ..] => {
            let out = common::cytrus().current_dir(root).arg(sub).arg("--color=never").args(rest).output().unwrap();
            format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
        }
        ["c", file, function] => {
            let source = std::fs::read_to_string(root.join(file)).unwrap();
            let module = cytrus::driver::lower_source(file, &source).unwrap_or_else(|r| panic!("{}", r.render_plain()));
            let c = cytrus::backend::c::emit(&module).source;
            extract_function(&c, &format!("{}_{function}(", module.name))
        }
        ["header", name] => {
            // A `typedef struct NAME { … } NAME;` of the runtime header.
            let header = cytrus::driver::CYTRUS_H;
            let start = header.find(&format!("typedef struct {name} {{")).expect("the struct is in cytrus.h");
            let end = start + header[start..].find(&format!("}} {name};")).expect("its end") + name.len() + 3;
            format!("{}\n", &header[start..end])
        }
        ["rust", file, function] => {
            let source = std::fs::read_to_string(root.join(file)).unwrap();
            let module = cytrus::driver::lower_source(file, &source).unwrap_or_else(|r| panic!("{}", r.render_plain()));
            let rust = cytrus::backend::rust::emit(&module);
            extract_function(&rust, &format!("fn {}_{function}(", module.name))
        }
        _ => panic!("unknown docs-test directive: {directive}"),
    }
}

/// One function definition of generated C, from its line marker to its closing brace.
fn extract_function(c: &str, symbol: &str) -> String {
    let lines: Vec<&str> = c.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.contains(symbol) && l.ends_with('{'))
        .unwrap_or_else(|| panic!("no definition of {symbol} in:\n{c}"));
    let end = (start..lines.len()).find(|&i| lines[i] == "}").expect("a closing brace");
    let mut text = lines[start..=end].join("\n");
    text.push('\n');
    text
}

#[test]
fn docs_show_real_output() {
    let root = common::root();
    let update = std::env::var_os("UPDATE_DOCS").is_some();
    let mut checked = 0;
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(root.join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut rewritten: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        for block in blocks(&lines).into_iter().rev() {
            let expected = lines[block.body_start..block.body_end].iter().map(|l| format!("{l}\n")).collect::<String>();
            let actual = real_output(&block.directive, &root);
            checked += 1;
            if expected != actual {
                if update {
                    let new: Vec<String> = actual.lines().map(str::to_string).collect();
                    rewritten.splice(block.body_start..block.body_end, new);
                } else {
                    stale.push(format!(
                        "{} (line {}): `{}`\n--- docs\n{expected}--- real\n{actual}",
                        path.display(),
                        block.body_start,
                        block.directive
                    ));
                }
            }
        }
        if update {
            std::fs::write(&path, rewritten.join("\n") + "\n").unwrap();
        }
    }
    assert!(checked > 0, "no docs-test blocks found");
    assert!(
        stale.is_empty(),
        "{} docs blocks differ from the real output (UPDATE_DOCS=1 rewrites them):\n{}",
        stale.len(),
        stale.join("\n")
    );
}

#[test]
fn every_diagnostic_code_is_documented() {
    let root = common::root();
    let listed = std::fs::read_to_string(root.join("docs/diagnostics.md")).unwrap();
    let mut missing = Vec::new();
    for source in ["grammar/src/error.rs", "compiler/src/typeck/error.rs"] {
        let text = std::fs::read_to_string(root.join(source)).unwrap();
        for (i, _) in text.match_indices("\"E0") {
            let code = &text[i + 1..i + 6];
            if !listed.contains(&format!("| {code} |")) {
                missing.push(code.to_string());
            }
        }
    }
    assert!(missing.is_empty(), "codes missing from docs/diagnostics.md: {missing:?}");
}
