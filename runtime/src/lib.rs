//! The cytrus runtime: the memoryview slice struct and what generated code calls.
//!
//! Rust output uses it as `cytrus_runtime::…`; C output includes
//! `include/cytrus.h` and links this crate as a static library, where every
//! `extern "C"` function below is declared with the same name.
//!
//! - [`slice`](mod@slice): the slice struct (`cytrus_slice`), its owner (`cytrus_memview`),
//!   acquire and release.
//! - [`acquire`](mod@acquire): the one way data enters a kernel from outside: a
//!   buffer description taken as a parameter's view, with Cython's checks and messages.
//! - [`array`](mod@array): `cython.view.array`, views of C memory, copies, contiguity,
//!   `dst[...] = src` and `v[...] = x`.
//! - [`buffer`]: the checks made when an array is taken as a typed view.
//! - [`error`]: runtime errors, and the C error indicator.
//! - [`format`]: `format(value, spec)` and `%` formatting, as CPython does them.
//! - [`gil`]: the lock `with gil:` blocks hold (Python's GIL in an extension module).
//! - [`numpy`](mod@numpy): numpy's array constructors (`np.zeros`, `np.full`, `np.arange`, …) without numpy.
//! - [`parallel`]: teams of threads for `prange` loops, and their shares of the iterations.
//! - [`print`](mod@print): values printed as Python prints them, through a buffered stdout.
//! - [`codegen`]: what Rust output calls, with the C output's conventions.

#![warn(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]
// The C runtime (`libcytrus_runtime.a`) is built without the `std` feature:
// core + alloc, with the C library underneath (see `sys`), so that a C
// program does not carry std's panic and backtrace machinery.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod acquire;
pub mod array;
pub mod buffer;
pub mod codegen;
pub mod convert;
pub mod error;
pub mod format;
pub mod gil;
pub mod module;
pub mod numpy;
// Rust output's prange teams (std threads); C output uses OpenMP.
#[cfg(feature = "std")]
pub mod parallel;
pub mod print;
pub mod slice;
mod sys;

/// What std's prelude gives every module, for the `no_std` build (the same
/// names as std's, so each module reads alike in both builds).
#[allow(unused_imports)]
mod prelude {
    pub(crate) use alloc::borrow::ToOwned;
    pub(crate) use alloc::boxed::Box;
    pub(crate) use alloc::string::{String, ToString};
    pub(crate) use alloc::vec::Vec;
    pub(crate) use alloc::{format, vec};

    #[cfg(not(feature = "std"))]
    pub(crate) use crate::sys::FloatMath;
}

pub use acquire::{acquire, acquire_struct, Buffer, Exporter, ViewParam};
pub use array::Order;
pub use buffer::{AxisSpec, ElemType, TypeGroup};
pub use convert::{Element, OwnedView, ViewMut, ViewRef};
pub use error::{Error, ErrorKind};
pub use print::{flush_stdout, print_str, write_bint, write_dims, write_double, Print};
pub use slice::{FreeCallback, Memview, Slice, MAX_DIMS};

/// Brings in a module compiled from `NAME.pyx` by `cytrus::build` in the
/// crate's build script: `cytrus_runtime::include_pyx!(kernels);` makes
/// `pub mod kernels`, whose `def`/`cpdef` functions are `pub fn`s.
#[macro_export]
macro_rules! include_pyx {
    ($name:ident) => {
        #[allow(
            non_snake_case,
            unused_assignments,
            unused_variables,
            dead_code,
            unused_unsafe,
            clippy::all,
            clippy::undocumented_unsafe_blocks
        )]
        pub mod $name {
            include!(concat!(env!("OUT_DIR"), "/", stringify!($name), ".rs"));
        }
    };
}
