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
//! printed for every input (the `.pxd` files read and C sources included),
//! so editing one reruns the build script and editing anything else does
//! not. The generated code uses the `cytrus-runtime` crate, which the crate
//! must depend on.
//!
//! A module that cimports another (`from _heap cimport heap_push`) finds its
//! `.pxd` beside the `.pyx` or in an [`Build::include`] directory; a `.pyx`
//! beside that `.pxd` is compiled too, and the crate includes it as a
//! sibling module. `cdef extern from` blocks are reached through C glue that
//! this build compiles, with the C sources, into a static library it links.

use std::path::{Path, PathBuf};

use crate::backend::rust;
use crate::driver::{lower_program, LinkOptions};

/// A set of `.pyx` files to compile to Rust modules.
#[derive(Debug, Clone, Default)]
pub struct Build {
    files: Vec<PathBuf>,
    out_dir: Option<PathBuf>,
    cargo_metadata: Option<bool>,
    link: LinkOptions,
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
    /// The C compiler or archiver failed on the C of `cdef extern` blocks.
    Tool(String),
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Diagnostics { rendered, .. } => write!(f, "{rendered}"),
            BuildError::Io { path, error } => write!(f, "cannot access {}: {error}", path.display()),
            BuildError::NoOutDir => write!(f, "OUT_DIR is not set: run from a build script, or call `out_dir`"),
            BuildError::Tool(message) => write!(f, "{message}"),
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

    /// A directory to search for cimported `.pxd` files (after each `.pyx`
    /// file's own) and for the headers of `cdef extern from` blocks (`-I`).
    pub fn include(&mut self, dir: impl AsRef<Path>) -> &mut Build {
        self.link.include_dirs.push(dir.as_ref().to_path_buf());
        self
    }

    /// A C source (`.c`) compiled into the library the build links, or an
    /// object (`.o`) added to it: C code that `cdef extern` blocks call.
    pub fn c_source(&mut self, path: impl AsRef<Path>) -> &mut Build {
        self.link.c_sources.push(path.as_ref().to_path_buf());
        self
    }

    /// A library to link (`cargo:rustc-link-lib=NAME`, as `-l NAME`).
    pub fn link_lib(&mut self, name: &str) -> &mut Build {
        self.link.libs.push(name.to_string());
        self
    }

    /// A directory to search for libraries (`cargo:rustc-link-search`, as `-L DIR`).
    pub fn link_search(&mut self, dir: impl AsRef<Path>) -> &mut Build {
        self.link.lib_dirs.push(dir.as_ref().to_path_buf());
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

    /// Compiles every file (and the modules they cimport), or returns the
    /// first failure. Returns the paths of the Rust modules written.
    pub fn try_compile(&self) -> Result<Vec<PathBuf>, BuildError> {
        let out_dir = match &self.out_dir {
            Some(d) => d.clone(),
            None => std::env::var_os("OUT_DIR").map(PathBuf::from).ok_or(BuildError::NoOutDir)?,
        };
        let metadata = self.cargo_metadata.unwrap_or_else(|| std::env::var_os("OUT_DIR").is_some());
        if metadata {
            for file in &self.files {
                println!("cargo:rerun-if-changed={}", file.display());
            }
        }
        for file in &self.files {
            if let Err(error) = std::fs::metadata(file) {
                return Err(BuildError::Io { path: file.clone(), error });
            }
        }
        let program =
            lower_program(&self.files, &self.link.include_dirs).map_err(|reports| BuildError::Diagnostics {
                file: self.files.first().cloned().unwrap_or_default(),
                rendered: reports.iter().map(|r| r.render_plain()).collect(),
            })?;
        let mut link = self.link.clone();
        link.merge(program.link);
        if metadata {
            for file in program.files.iter().chain(&link.c_sources).filter(|f| !self.files.contains(f)) {
                println!("cargo:rerun-if-changed={}", file.display());
            }
        }
        std::fs::create_dir_all(&out_dir).map_err(|error| BuildError::Io { path: out_dir.clone(), error })?;
        let mut written = Vec::new();
        let mut glue = Vec::new();
        for module in &program.modules {
            let path = out_dir.join(format!("{}.rs", module.name));
            crate::driver::write_if_changed(&path, rust::emit_for_include(module).as_bytes())
                .map_err(|error| BuildError::Io { path: path.clone(), error })?;
            written.push(path);
            let g = crate::driver::rust::write_glue(module, &out_dir)
                .map_err(|error| BuildError::Io { path: out_dir.clone(), error })?;
            glue.extend(g);
        }
        let first = program.modules.last().map_or("cytrus", |m| m.name.as_str());
        let library = format!("cytrus_glue_{first}");
        let built = crate::driver::rust::build_c_library(&glue, &link, &out_dir, &library)
            .map_err(|e| BuildError::Tool(e.message))?;
        if metadata {
            if built.is_some() {
                println!("cargo:rustc-link-search=native={}", out_dir.display());
                println!("cargo:rustc-link-lib=static={library}");
            }
            for dir in &link.lib_dirs {
                println!("cargo:rustc-link-search=native={}", dir.display());
            }
            for lib in &link.libs {
                println!("cargo:rustc-link-lib={lib}");
            }
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
