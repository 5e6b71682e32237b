//! In-process translation time per phase, warm (the module translated many
//! times in one process): `cargo bench --bench phases -- FILE.pyx`.
//! `benches/bench.py` puts the numbers for its modules in RESULTS.md.

use std::time::{Duration, Instant};

/// The mean time of `f` over enough runs to last about half a second.
fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let start = Instant::now();
    let mut runs = 0u32;
    while start.elapsed() < Duration::from_millis(500) {
        std::hint::black_box(f());
        runs += 1;
    }
    start.elapsed() / runs
}

fn main() {
    // `cargo bench` passes `--bench`; the file is the one other argument.
    let Some(path) = std::env::args().skip(1).find(|a| !a.starts_with("--")) else {
        eprintln!("usage: cargo bench --bench phases -- FILE.pyx");
        std::process::exit(2);
    };
    // cargo runs benches in the package's folder: a relative path is taken
    // from the workspace root, where the command was typed.
    let path = if std::path::Path::new(&path).is_absolute() {
        path
    } else {
        format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))
    };
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let checked =
        cytrus::check_source(&path, &source).unwrap_or_else(|r| panic!("{path} does not check:\n{}", r.render_plain()));
    let module = cytrus::driver::lower_checked(&path, &source, &checked);
    let parse = time(|| cytrus_grammar::parse_module(&source));
    let check = time(|| cytrus::check_source(&path, &source).is_ok());
    let lower = time(|| cytrus::driver::lower_checked(&path, &source, &checked));
    let emit_c = time(|| cytrus::driver::emit_c(&module));
    let emit_rust = time(|| cytrus::backend::rust::emit(&module));
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "parse {:.0} us, type check {:.0} us, lower {:.0} us, emit C {:.0} us, emit Rust {:.0} us",
        us(parse),
        us(check.saturating_sub(parse)),
        us(lower),
        us(emit_c),
        us(emit_rust)
    );
}
