//! An example crate: `build.rs` compiles `src/*.pyx` with cytrus, and this
//! crate calls the kernels from ordinary Rust.

cytrus_runtime::include_pyx!(kernels);
cytrus_runtime::include_pyx!(stats);

pub use cytrus_runtime::{Error, View};

/// `dot(a, b)` on Rust slices.
pub fn dot(a: &[f64], b: &[f64]) -> Result<f64, Error> {
    kernels::dot(View::of(a).slice(), View::of(b).slice())
}
