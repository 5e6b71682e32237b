//! `cytrus annotate`: the command, and the page in a real browser — headless
//! Chromium loads it, a click opens a line (the page clicks the line named
//! in the address, `#line=N`, through its own click handler), and the DOM
//! must then show that line's C and Rust.
//!
//! Without Chromium the browser test is skipped with a message, unless
//! `CYTRUS_REQUIRE_CHROMIUM=1` (then it fails). Debian:
//! `apt-get install -y chromium`. `CHROMIUM` names another binary.

mod common;

use common::cytrus;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Insertion sort: line 5 reads a view at a proven index, line 8 reads and
/// writes it at checked ones, inside two loops.
const SORT: &str = "\
def sort(int[:] v):
    cdef Py_ssize_t i, j
    cdef int key
    for i in range(1, v.shape[0]):
        key = v[i]
        j = i - 1
        while j >= 0 and v[j] > key:
            v[j + 1] = v[j]
            j -= 1
        v[j + 1] = key
";

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn annotate_writes_a_self_contained_page_beside_the_source_and_prints_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "sort.pyx", SORT);
    let out = cytrus().arg("annotate").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let page_path = dir.path().join("sort.html");
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), page_path.display().to_string());
    let page = std::fs::read_to_string(&page_path).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    // Nothing is fetched: no external scripts, styles, images or fonts.
    for outside in ["src=", "href=", "@import", "url(", "http://", "https://"] {
        assert!(!page.contains(outside), "the page refers outside itself: `{outside}`");
    }
    // Shaded without a script: line 8 pays for two bounds checks in two loops.
    assert!(page.contains("<div class=\"row s3\" id=\"L8\""), "line 8 is not shaded 3");
}

#[test]
fn annotate_shows_one_language_with_backend_and_writes_to_stdout_with_dash() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "sort.pyx", SORT);
    let out = cytrus().args(["annotate", "--backend", "rust", "-o", "-"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains("\"panes\": [\"rust\"]"), "the data shows more than Rust");
    assert!(!dir.path().join("sort.html").exists());
}

#[test]
fn annotate_reports_compile_errors_with_status_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "bad.pyx", "cdef int x = y\n");
    let out = cytrus().args(["annotate", "--color", "never"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.pyx:1"));
    assert!(!dir.path().join("bad.html").exists());
}

/// The Chromium to drive, if there is one.
fn chromium() -> Option<PathBuf> {
    if let Ok(path) = std::env::var("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|p| p.is_file())
}

/// The DOM of `page` after it loads with `#line=N` (the page then clicks line N).
fn dom_after_click(browser: &Path, page: &Path, line: u32) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}#line={line}", page.display()))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("chromium starts");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut text).ok();
        text
    });
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            child.kill().ok();
            child.wait().ok();
            panic!("chromium did not finish within 90 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}

/// The text of the element that starts at `from` in `html`, up to `end`.
fn between<'a>(html: &'a str, from: &str, end: &str) -> &'a str {
    let start = html.find(from).unwrap_or_else(|| panic!("no `{from}` in the DOM:\n{html}"));
    let rest = &html[start..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// Text without tags, entities decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
}

/// The code a printer wrote after `marker` up to its next marker line.
fn printed_after(output: &str, marker: &str, is_marker: impl Fn(&str) -> bool) -> Vec<String> {
    output
        .lines()
        .skip_while(|l| l.trim() != marker)
        .skip(1)
        .take_while(|l| !is_marker(l.trim()))
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn a_click_in_chromium_opens_the_lines_c_and_rust_side_by_side() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CYTRUS_REQUIRE_CHROMIUM").is_none(),
            "CYTRUS_REQUIRE_CHROMIUM is set but no chromium was found"
        );
        eprintln!("skipped: no chromium on PATH (Debian: `apt-get install -y chromium`, or set CHROMIUM)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "sort.pyx", SORT);
    let page = dir.path().join("sort.html");
    let out = cytrus().arg("annotate").arg(&file).arg("-o").arg(&page).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));

    // What the printers wrote for line 8, read straight from their output.
    let module = cytrus::driver::lower_source("sort.pyx", SORT).unwrap_or_else(|r| panic!("{}", r.render_plain()));
    let c = cytrus::backend::c::emit(&module).source;
    let rust = cytrus::backend::rust::emit(&module);
    let c_code = printed_after(&c, "/* sort.pyx:8 */", |l| l.starts_with("/* sort.pyx:"));
    let rust_code = printed_after(&rust, "// sort.pyx:8", |l| l.starts_with("// sort.pyx:"));
    assert!(c_code.iter().any(|l| l.contains("CYTRUS_INDEX_ERROR")), "{c_code:?}");
    assert!(rust_code.iter().any(|l| l.contains("IndexError")), "{rust_code:?}");

    let dom = dom_after_click(&browser, &page, 8);
    // The click handler ran: the row is open, and its detail is the only one.
    let row = between(&dom, "id=\"L8\"", ">");
    assert!(row.contains("aria-expanded=\"true\""), "line 8 was not opened: {row}");
    assert_eq!(dom.matches("class=\"detail\"").count(), 1, "one line open");
    let detail = between(&dom, "id=\"D8\"", "<div class=\"row");
    let c_pane = text_of(between(detail, "<pre class=\"code c\"", "</pre>"));
    let rust_pane = text_of(between(detail, "<pre class=\"code rust\"", "</pre>"));
    for line in &c_code {
        assert!(c_pane.contains(line.as_str()), "the C pane lacks `{line}`:\n{c_pane}");
    }
    for line in &rust_code {
        assert!(rust_pane.contains(line.as_str()), "the Rust pane lacks `{line}`:\n{rust_pane}");
    }
    // Not another line's code: line 9's `j -= 1` is printed after line 8's.
    assert!(!c_pane.contains("j = (j - 1L)"), "{c_pane}");
    let work = text_of(between(detail, "class=\"costs\"", "</table>"));
    assert!(work.contains("bounds-check") && work.contains("in 2 loops"), "{work}");

    // A line whose check lowering removed lists the fact that removed it.
    let dom = dom_after_click(&browser, &page, 5);
    let detail = text_of(between(&dom, "id=\"D5\"", "<div class=\"row"));
    assert!(
        detail.contains("no bounds check or wraparound on axis 0 of `v`: `i` stays within range(0, its extent)"),
        "{detail}"
    );
    assert!(detail.contains("key = "), "{detail}");
}
