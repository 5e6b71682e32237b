//! An example crate: `build.rs` compiles `src/*.pyx` with cytrus, and this
//! crate calls the kernels from ordinary Rust.
//!
//! Each kernel is a safe `pub fn` that takes views as typed borrows:
//!
//! ```
//! use cytrus_example_kernels::kernels;
//! let a = vec![1.0, 2.0, 3.0];
//! assert_eq!(kernels::dot(&a, &[4.0, 5.0, 6.0]).unwrap(), 32.0);
//! ```
//!
//! What the types rule out does not compile. A wrong element type (`dot`
//! takes `const double[:]`, so `&[f64]`):
//!
//! ```compile_fail
//! use cytrus_example_kernels::kernels;
//! let ints = vec![1i32, 2, 3];
//! kernels::dot(&ints, &ints).unwrap();
//! ```
//!
//! Read-only data to a view the kernel may write (`scale` takes `double[:, ::1] m`):
//!
//! ```compile_fail
//! use cytrus_example_kernels::kernels;
//! let m = vec![1.0, 2.0, 3.0, 4.0];
//! kernels::scale(&m, 2.0).unwrap();
//! ```
//!
//! The same goes for an ndarray view that only reads:
//!
//! ```compile_fail
//! use cytrus_example_kernels::kernels;
//! let m = ndarray::Array2::<f64>::ones((2, 2));
//! kernels::scale(m.view(), 2.0).unwrap();
//! ```
//!
//! A view that outlives its data:
//!
//! ```compile_fail
//! use cytrus_example_kernels::{kernels, ViewRef};
//! let view;
//! {
//!     let data = vec![1.0, 2.0, 3.0, 4.0];
//!     view = ViewRef::new(&data, &[2, 2]).unwrap();
//! }
//! kernels::column_sum(view, 0).unwrap();
//! ```
//!
//! A returned view cannot be held past the data it was made from either; it
//! owns its memory, so it needs nothing else alive:
//!
//! ```
//! use cytrus_example_kernels::{kernels, ViewRef};
//! let t = {
//!     let data = vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
//!     kernels::transposed_copy(ViewRef::new(&data, &[2, 3]).unwrap()).unwrap()
//! };
//! assert_eq!(t.shape(), [3, 2]);
//! assert_eq!(t.to_vec(), [1.0, 4.0, 2.0, 5.0, 3.0, 6.0]);
//! ```
//!
//! Data a kernel may write cannot be passed twice at once:
//!
//! ```compile_fail
//! use cytrus_example_kernels::kernels;
//! let mut m = vec![1.0; 4];
//! let first = cytrus_example_kernels::ViewMut::new(&mut m, &[2, 2]).unwrap();
//! let second = cytrus_example_kernels::ViewMut::new(&mut m, &[2, 2]).unwrap();
//! kernels::scale(first, 2.0).unwrap();
//! kernels::scale(second, 2.0).unwrap();
//! ```

cytrus_runtime::include_pyx!(kernels);
cytrus_runtime::include_pyx!(stats);

pub use cytrus_runtime::{Error, OwnedView, ViewMut, ViewRef};

/// docs/build-rs.md: its Rust examples run as this crate's doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../../docs/build-rs.md")]
pub struct BuildRsDocs;
