//! Renders an [`Annotation`] as one self-contained HTML page: the source
//! lines shaded by score (static HTML, readable without scripts), the legend
//! with the cost model, and the data every line opens into (C, Rust, costs,
//! removed checks) as JSON in a `<script type="application/json">`, which
//! the inline script (`page.js`) turns into a line's detail on a click.
//! No network: the CSS and the script are inline.

use std::fmt::Write;

use super::{Annotation, CodePath, Cost, CostKind, LineCode, Snippet, SourceLine, UncheckedAccess};
use crate::lir::Bounds;

const CSS: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// The whole page.
pub fn html(a: &Annotation) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let file = escape(&a.file);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    writeln!(out, "<meta name=\"generator\" content=\"cytrus {}\">", env!("CARGO_PKG_VERSION")).ok();
    writeln!(out, "<title>{file} — cytrus annotate</title>").ok();
    writeln!(out, "<style>\n{CSS}</style>\n</head>\n<body>").ok();
    writeln!(out, "<header>\n<h1><code>{file}</code> <span class=\"sub\">annotated by cytrus</span></h1>").ok();
    writeln!(out, "<p class=\"summary\">{}</p>\n</header>", summary(a)).ok();
    legend(&mut out);
    out.push_str(
        "<div class=\"toolbar\"><button type=\"button\" id=\"open-all\">Open all</button> \
         <button type=\"button\" id=\"close-all\">Close all</button></div>\n",
    );
    out.push_str("<main id=\"source\" aria-label=\"source lines\">\n");
    for line in &a.lines {
        row(&mut out, line);
    }
    out.push_str(
        "<div class=\"row outside\" id=\"L0\" data-line=\"0\" tabindex=\"0\" role=\"button\" aria-expanded=\"false\">\
         <span class=\"num\">·</span><span class=\"score\"></span><span class=\"marks\"></span>\
         <code class=\"src\">code outside any line: includes, helpers, declarations</code></div>\n",
    );
    out.push_str("</main>\n");
    out.push_str("<noscript><p>Opening a line needs JavaScript; the shading above does not.</p></noscript>\n");
    out.push_str("<script type=\"application/json\" id=\"annotation-data\">\n");
    out.push_str(&data_json(a));
    out.push_str("</script>\n<script>\n");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// The page's data: what each line opens into (safe inside `<script>`).
pub fn data_json(a: &Annotation) -> String {
    let mut panes = Vec::new();
    if a.panes.c {
        panes.push(Json::str("c"));
    }
    if a.panes.rust {
        panes.push(Json::str("rust"));
    }
    let root = Json::Object(vec![
        ("file", Json::str(&a.file)),
        ("panes", Json::Array(panes)),
        ("lines", Json::Array(a.lines.iter().map(line_json).collect())),
        ("outside", Json::Object(code_json(&a.outside))),
    ]);
    let mut out = String::new();
    root.write(&mut out, 0);
    out.push('\n');
    out
}

/// One line of the listing, shaded; its detail is made by the script.
fn row(out: &mut String, line: &SourceLine) {
    let n = line.number;
    let removed = line.facts.len().max(line.unchecked.len());
    let score = if line.score > 0 { line.score.to_string() } else { String::new() };
    let title = match line.score {
        0 => "nothing to pay at run time".to_string(),
        s => format!("score {s}: {}", cost_titles(&line.costs)),
    };
    write!(
        out,
        "<div class=\"row s{}\" id=\"L{n}\" data-line=\"{n}\" tabindex=\"0\" role=\"button\" aria-expanded=\"false\" \
         title=\"{}\"><span class=\"num\">{n}</span><span class=\"score\">{score}</span><span class=\"marks\">",
        line.shade,
        escape(&title)
    )
    .ok();
    if removed > 0 {
        write!(out, "<span class=\"mark removed\" title=\"checks removed here\">✓{removed}</span>").ok();
    }
    if line.costs.iter().any(|c| c.kind == CostKind::BoundsCheck && c.path == CodePath::Normal) {
        out.push_str("<span class=\"mark kept\" title=\"bounds checks kept here\">!</span>");
    }
    writeln!(out, "</span><code class=\"src\">{}</code></div>", escape(&line.text)).ok();
}

/// `2 bounds checks, 1 release`: the tooltip of a shaded line.
fn cost_titles(costs: &[Cost]) -> String {
    let mut counts: Vec<(CostKind, u32)> = Vec::new();
    for c in costs.iter().filter(|c| c.path == CodePath::Normal && c.score() > 0) {
        match counts.iter_mut().find(|(k, _)| *k == c.kind) {
            Some((_, n)) => *n += c.count,
            None => counts.push((c.kind, c.count)),
        }
    }
    counts.iter().map(|(k, n)| format!("{n} × {}", k.key())).collect::<Vec<_>>().join(", ")
}

/// The header's totals, over the normal path of the whole file.
fn summary(a: &Annotation) -> String {
    let count = |kinds: &[CostKind]| -> usize {
        a.lines
            .iter()
            .flat_map(|l| &l.costs)
            .filter(|c| c.path == CodePath::Normal && kinds.contains(&c.kind))
            .map(|c| c.count as usize)
            .sum()
    };
    let removed: usize = a.lines.iter().map(|l| l.unchecked.len()).sum();
    let costly = a.lines.iter().filter(|l| l.score > 0).count();
    let n = |count: usize, one: &str, many: &str| format!("{count} {}", if count == 1 { one } else { many });
    let mut parts = vec![
        format!("{}, {costly} with run-time costs", n(a.lines.len(), "line", "lines")),
        n(count(&[CostKind::BoundsCheck]), "bounds check kept", "bounds checks kept"),
        n(removed, "element access unchecked", "element accesses unchecked") + " (proven, or boundscheck off)",
    ];
    let others = [
        (count(&[CostKind::Check]), "other check", "other checks"),
        (count(&[CostKind::Acquire, CostKind::Release]), "acquisition or release", "acquisitions and releases"),
        (count(&[CostKind::Allocation, CostKind::RuntimeCall]), "runtime call", "runtime calls"),
        (count(&[CostKind::ErrorBranch]), "error branch", "error branches"),
    ];
    parts.extend(others.into_iter().filter(|(count, ..)| *count > 0).map(|(count, one, many)| n(count, one, many)));
    parts.join(" · ")
}

/// The key (shades, marks, what a click does) and the cost model.
fn legend(out: &mut String) {
    out.push_str("<div class=\"key\"><span class=\"label\">score</span>");
    let ranges = ["0", "1–9", "10–99", "100–999", "1000+"];
    for (shade, range) in ranges.iter().enumerate() {
        write!(out, "<span class=\"swatch s{shade}\">{range}</span>").ok();
    }
    out.push_str(
        "<span class=\"marks-key\"><span class=\"mark removed\">✓n</span> n checks removed \
         <span class=\"mark kept\">!</span> bounds checks kept</span>\
         <span class=\"hint\">Click a line (or press Enter on it) for its C and Rust side by side, \
         what it pays for, and each removed check with the fact that removed it.</span></div>\n",
    );
    out.push_str("<details class=\"legend\">\n<summary>Cost model</summary>\n");
    writeln!(
        out,
        "<p>A line's score is the sum, over the work the lowered IR does on it, of \
         <i>weight × count × {factor}<sup>loops</sup></i>, where <i>loops</i> is the number of loops around \
         the work (at most {max}). Work on an error path (handlers, raises) and in the as-written copy of a \
         versioned loop (which runs only when the test before it fails) is listed but not counted. Where \
         lowering printed a line's code twice and only one copy runs, the costlier copy counts. The weights \
         are rough instruction counts on the normal path: they rank lines, they do not time them.</p>",
        factor = super::LOOP_FACTOR,
        max = super::MAX_LOOPS,
    )
    .ok();
    out.push_str(
        "<table class=\"kinds\">\n<thead><tr><th>work</th><th>weight</th><th>what it is</th></tr></thead>\n<tbody>\n",
    );
    for kind in CostKind::ALL {
        writeln!(
            out,
            "<tr><td><span class=\"kind {key}\">{key}</span></td><td class=\"weight\">{}</td><td>{}</td></tr>",
            kind.weight(),
            escape(kind.meaning()),
            key = kind.key()
        )
        .ok();
    }
    out.push_str("</tbody>\n</table>\n</details>\n");
}

fn line_json(line: &SourceLine) -> Json {
    let mut fields = vec![("n", Json::Int(i64::from(line.number))), ("text", Json::str(&line.text))];
    if line.score > 0 {
        fields.push(("score", Json::Int(line.score as i64)));
        fields.push(("shade", Json::Int(i64::from(line.shade))));
    }
    if !line.costs.is_empty() {
        fields.push(("costs", Json::Array(line.costs.iter().map(cost_json).collect())));
    }
    if !line.facts.is_empty() {
        fields.push(("facts", Json::Array(line.facts.iter().map(|f| Json::str(f)).collect())));
    }
    if !line.unchecked.is_empty() {
        fields.push(("unchecked", Json::Array(line.unchecked.iter().map(unchecked_json).collect())));
    }
    fields.extend(code_json(&line.code));
    Json::Object(fields)
}

fn cost_json(c: &Cost) -> Json {
    let path = match c.path {
        CodePath::Normal => "normal",
        CodePath::Error => "error",
        CodePath::Fallback => "fallback",
    };
    Json::Object(vec![
        ("kind", Json::str(c.kind.key())),
        ("what", Json::str(&c.what)),
        ("count", Json::Int(i64::from(c.count))),
        ("loops", Json::Int(i64::from(c.loops))),
        ("path", Json::str(path)),
        ("score", Json::Int(c.score() as i64)),
    ])
}

fn unchecked_json(u: &UncheckedAccess) -> Json {
    let why = match u.bounds {
        Bounds::Proven(reason) => reason.to_string(),
        Bounds::Unchecked => "boundscheck(False): the program promises the index is in range".to_string(),
        Bounds::Checked => "checked".to_string(),
    };
    Json::Object(vec![
        ("view", Json::str(&u.view)),
        ("axis", Json::Int(u.axis as i64)),
        ("index", Json::str(&u.index)),
        ("by", Json::str(if matches!(u.bounds, Bounds::Unchecked) { "directive" } else { "proof" })),
        ("why", Json::str(&why)),
    ])
}

fn code_json(code: &LineCode) -> Vec<(&'static str, Json)> {
    let snippets = |s: &[Snippet]| {
        Json::Array(
            s.iter()
                .map(|s| {
                    Json::Object(vec![
                        ("first", Json::Int(s.first as i64)),
                        ("lines", Json::Array(s.lines.iter().map(|l| Json::str(l)).collect())),
                    ])
                })
                .collect(),
        )
    };
    let mut fields = Vec::new();
    if !code.c.is_empty() {
        fields.push(("c", snippets(&code.c)));
    }
    if !code.rust.is_empty() {
        fields.push(("rust", snippets(&code.rust)));
    }
    fields
}

/// Text for HTML element content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A JSON value, printed readably: a container that fits on a line of
/// [`Json::WIDTH`] is written on one.
enum Json {
    Int(i64),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(&'static str, Json)>),
}

impl Json {
    const WIDTH: usize = 100;

    fn str(text: &str) -> Json {
        Json::Str(text.to_string())
    }

    fn write(&self, out: &mut String, indent: usize) {
        match self {
            Json::Int(n) => {
                write!(out, "{n}").ok();
            }
            Json::Str(s) => string(out, s),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Object(fields) if fields.is_empty() => out.push_str("{}"),
            Json::Array(_) | Json::Object(_) => {
                let mut flat = String::new();
                self.write_flat(&mut flat);
                if indent + flat.len() <= Json::WIDTH {
                    out.push_str(&flat);
                    return;
                }
                let pad = " ".repeat(indent + 2);
                let (open, close) = if matches!(self, Json::Array(_)) { ('[', ']') } else { ('{', '}') };
                out.push(open);
                let mut first = true;
                let mut item = |out: &mut String, key: Option<&str>, value: &Json| {
                    out.push_str(if first { "\n" } else { ",\n" });
                    first = false;
                    out.push_str(&pad);
                    if let Some(key) = key {
                        string(out, key);
                        out.push_str(": ");
                    }
                    value.write(out, indent + 2);
                };
                match self {
                    Json::Array(items) => items.iter().for_each(|v| item(out, None, v)),
                    Json::Object(fields) => fields.iter().for_each(|(k, v)| item(out, Some(k), v)),
                    _ => unreachable!("a container"),
                }
                out.push('\n');
                out.push_str(&" ".repeat(indent));
                out.push(close);
            }
        }
    }

    fn write_flat(&self, out: &mut String) {
        match self {
            Json::Array(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    v.write_flat(out);
                }
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    string(out, k);
                    out.push_str(": ");
                    v.write_flat(out);
                }
                out.push('}');
            }
            scalar => scalar.write(out, 0),
        }
    }
}

/// A JSON string that is also safe inside an HTML `<script>` element: no
/// `</` or `<!` (which could end the element or start a comment in it), no
/// U+2028/9 (line ends to old JavaScript).
fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '<' if matches!(chars.peek(), Some('/' | '!')) => out.push_str("\\u003c"),
            '\u{2028}' | '\u{2029}' => {
                write!(out, "\\u{:04x}", ch as u32).ok();
            }
            c if (c as u32) < 0x20 => {
                write!(out, "\\u{:04x}", c as u32).ok();
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
