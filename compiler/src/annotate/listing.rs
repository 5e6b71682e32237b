//! Cuts a printer's output into the code of each source line.
//!
//! Both printers write a marker before the code of a source line
//! (`/* FILE.pyx:N */` in C, `// FILE.pyx:N` in Rust), and only when the
//! line changes. The code after a marker is that line's until the next
//! marker — or until the output dedents past the marker: a closing brace, an
//! `else`, an error label belong to the line that opened the block, as the
//! reader sees them. So markers form a stack by indentation.
//!
//! ```text
//!     /* f.pyx:7 */            line 7
//!     for (t5 = 1L; …) {       line 7
//!         /* f.pyx:8 */        line 8
//!         key = …;             line 8
//!     }                        line 7 (dedent)
//! ```

use std::collections::BTreeMap;

use super::Snippet;

/// A printer's output, cut by source line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Listing {
    /// The code of each source line that has some.
    pub lines: BTreeMap<u32, Vec<Snippet>>,
    /// Code before any marker (includes, helpers, prototypes, globals).
    pub outside: Vec<Snippet>,
}

/// Cuts C output at its `/* FILE:N */` markers.
pub fn split_c(output: &str, file: &str) -> Listing {
    let prefix = format!("/* {file}:");
    split(output, |text| text.strip_prefix(&prefix)?.strip_suffix(" */")?.parse().ok())
}

/// Cuts Rust output at its `// FILE:N` markers.
pub fn split_rust(output: &str, file: &str) -> Listing {
    let prefix = format!("// {file}:");
    split(output, |text| text.strip_prefix(&prefix)?.parse().ok())
}

/// Where the code being read goes: a source line, or outside any.
type Owner = Option<u32>;

fn split(output: &str, marker: impl Fn(&str) -> Option<u32>) -> Listing {
    // (indentation of the marker, its line)
    let mut open: Vec<(usize, u32)> = Vec::new();
    let mut runs: Vec<(Owner, Snippet)> = Vec::new();
    for (i, text) in output.lines().enumerate() {
        let body = text.trim_start();
        let indent = text.len() - body.len();
        if let Some(line) = marker(body) {
            while open.last().is_some_and(|&(at, _)| at >= indent) {
                open.pop();
            }
            open.push((indent, line));
            continue;
        }
        if !body.is_empty() {
            while open.last().is_some_and(|&(at, _)| at > indent) {
                open.pop();
            }
        }
        let owner = open.last().map(|&(_, line)| line);
        match runs.last_mut() {
            Some((last, snippet)) if *last == owner && snippet.first + snippet.lines.len() == i + 1 => {
                snippet.lines.push(text.to_string())
            }
            _ => runs.push((owner, Snippet { first: i + 1, lines: vec![text.to_string()] })),
        }
    }
    let mut listing = Listing::default();
    for (owner, mut snippet) in runs {
        trim_blank(&mut snippet);
        if snippet.lines.is_empty() {
            continue;
        }
        match owner {
            Some(line) => listing.lines.entry(line).or_default().push(snippet),
            None => listing.outside.push(snippet),
        }
    }
    for snippets in listing.lines.values_mut() {
        dedent(snippets);
    }
    listing
}

/// Drops blank lines at both ends of a snippet.
fn trim_blank(snippet: &mut Snippet) {
    let leading = snippet.lines.iter().take_while(|l| l.trim().is_empty()).count();
    snippet.lines.drain(..leading);
    snippet.first += leading;
    while snippet.lines.last().is_some_and(|l| l.trim().is_empty()) {
        snippet.lines.pop();
    }
}

/// Removes the indentation all of a line's code shares.
fn dedent(snippets: &mut [Snippet]) {
    let common = snippets
        .iter()
        .flat_map(|s| &s.lines)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    for line in snippets.iter_mut().flat_map(|s| &mut s.lines) {
        if line.len() >= common {
            line.drain(..common);
        } else {
            line.clear();
        }
    }
}
