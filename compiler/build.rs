//! Embeds the runtime crate's sources in the compiler, so that an installed
//! `cytrus` (`cargo install --path compiler`) can build the runtime library
//! it links programs against with the checkout gone: `$OUT_DIR/runtime_sources.rs`
//! lists each `runtime/src` file (tests left out) with its text.

use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let src = manifest.join("../runtime/src");
    println!("cargo:rerun-if-changed={}", src.display());
    let mut files = Vec::new();
    collect(&src, &mut files);
    files.sort();
    let mut out = String::from("/// The runtime crate's `src/` files: (path under the crate, text).\npub const RUNTIME_SOURCES: &[(&str, &str)] = &[\n");
    for file in &files {
        let relative = file.strip_prefix(&src).expect("under src").to_string_lossy().replace('\\', "/");
        println!("cargo:rerun-if-changed={}", file.display());
        out.push_str(&format!("    (\"src/{relative}\", include_str!({:?})),\n", file.canonicalize().expect("exists")));
    }
    out.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it"));
    std::fs::write(out_dir.join("runtime_sources.rs"), out).expect("OUT_DIR is writable");
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("runtime/src is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && path.file_name().is_some_and(|n| n != "tests.rs") {
            out.push(path);
        }
    }
}
