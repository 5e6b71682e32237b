//! Compiling `.pyx` files from a crate's `build.rs`, in the manner of `cc`,
//! `lalrpop` and `prost-build`.
//!
//! ```no_run
//! // build.rs
//! cytrus::build::Build::new().file("src/kernels.pyx").compile();
//! ```
//!
//! ```ignore
//! // src/lib.rs
//! cytrus_runtime::include_pyx!(kernels);
//! ```
//!
//! Each `NAME.pyx` becomes `$OUT_DIR/NAME.rs`; `cargo:rerun-if-changed` is
//! printed for every input, so editing a `.pyx` file reruns the build script
//! and editing anything else does not. The generated code uses the
//! `cytrus-runtime` crate, which the crate must depend on.

use std::path::{Path, PathBuf};

use crate::backend::rust;
use crate::driver::lower_source;

/// A set of `.pyx` files to compile to Rust modules.
#[derive(Debug, Clone, Default)]
pub struct Build {
    files: Vec<PathBuf>,
    out_dir: Option<PathBuf>,
    cargo_metadata: Option<bool>,
}

/// Why a build failed.
#[derive(Debug)]
pub enum BuildError {
    /// A file has errors; `rendered` holds every diagnostic as the CLI prints it.
    Diagnostics { file: PathBuf, rendered: String },
    /// A file could not be read, or the output not written.
    Io { path: PathBuf, error: std::io::Error },
    /// `OUT_DIR` is not set and no output directory was given.
    NoOutDir,
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Diagnostics { rendered, .. } => write!(f, "{rendered}"),
            BuildError::Io { path, error } => write!(f, "cannot access {}: {error}", path.display()),
            BuildError::NoOutDir => write!(f, "OUT_DIR is not set: run from a build script, or call `out_dir`"),
        }
    }
}

impl std::error::Error for BuildError {}

impl Build {
    /// An empty build.
    pub fn new() -> Build {
        Build::default()
    }

    /// Adds one `.pyx` file.
    pub fn file(&mut self, path: impl AsRef<Path>) -> &mut Build {
        self.files.push(path.as_ref().to_path_buf());
        self
    }

    /// Adds several `.pyx` files.
    pub fn files<P: AsRef<Path>>(&mut self, paths: impl IntoIterator<Item = P>) -> &mut Build {
        self.files.extend(paths.into_iter().map(|p| p.as_ref().to_path_buf()));
        self
    }

    /// Writes the modules here instead of `$OUT_DIR`.
    pub fn out_dir(&mut self, dir: impl AsRef<Path>) -> &mut Build {
        self.out_dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Whether to print `cargo:rerun-if-changed` lines (default: when `OUT_DIR` is set).
    pub fn cargo_metadata(&mut self, on: bool) -> &mut Build {
        self.cargo_metadata = Some(on);
        self
    }

    /// Compiles every file, or returns the first failure. Returns the paths written.
    pub fn try_compile(&self) -> Result<Vec<PathBuf>, BuildError> {
        let out_dir = match &self.out_dir {
            Some(d) => d.clone(),
            None => std::env::var_os("OUT_DIR").map(PathBuf::from).ok_or(BuildError::NoOutDir)?,
        };
        let metadata = self.cargo_metadata.unwrap_or_else(|| std::env::var_os("OUT_DIR").is_some());
        let mut written = Vec::new();
        for file in &self.files {
            if metadata {
                println!("cargo:rerun-if-changed={}", file.display());
            }
            let source = std::fs::read_to_string(file).map_err(|error| BuildError::Io { path: file.clone(), error })?;
            let name = file.display().to_string();
            let module = lower_source(&name, &source)
                .map_err(|report| BuildError::Diagnostics { file: file.clone(), rendered: report.render_plain() })?;
            let path = out_dir.join(format!("{}.rs", module.name));
            crate::driver::write_if_changed(&path, rust::emit_for_include(&module).as_bytes())
                .map_err(|error| BuildError::Io { path: path.clone(), error })?;
            written.push(path);
        }
        Ok(written)
    }

    /// Compiles every file; on failure prints the diagnostics once and ends the
    /// build script with status 1, which fails `cargo build` with them shown.
    pub fn compile(&self) -> Vec<PathBuf> {
        match self.try_compile() {
            Ok(paths) => paths,
            Err(e) => {
                eprintln!("{e}");
                if let BuildError::Diagnostics { file, .. } = &e {
                    println!(
                        "cargo::error=cytrus could not compile {}; its diagnostics are in the stderr below",
                        file.display()
                    );
                } else {
                    println!("cargo::error={e}");
                }
                std::process::exit(1);
            }
        }
    }
}

/// Compiles these `.pyx` files to `$OUT_DIR`: the one-call form of [`Build`].
pub fn compile_pyx<P: AsRef<Path>>(files: impl IntoIterator<Item = P>) -> Vec<PathBuf> {
    Build::new().files(files).compile()
}
