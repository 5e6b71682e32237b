//! Rust data as kernel arguments, and the views kernels return as Rust data.
//!
//! A kernel's `pub fn` takes each memoryview parameter as a borrowed, typed
//! view: [`ViewRef`] (a shared borrow, for `const` views) or [`ViewMut`] (a
//! mutable borrow, for the others). Both are made from `&[T]` / `&mut [T]`,
//! `Vec`s and arrays, from the runtime's own n-D constructors, or (with the
//! `ndarray` feature) from ndarray arrays and views. The element type is
//! part of the type, so a wrong one does not compile; the rest (number of
//! dimensions, contiguity) is checked when the kernel is called, by
//! [`acquire`](crate::acquire()), with Cython's messages.
//!
//! ```
//! use cytrus_runtime::{ViewMut, ViewRef};
//! let data = vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
//! let m = ViewRef::new(&data, &[2, 3]).unwrap(); // a 2-D C-contiguous view
//! assert_eq!(m.shape(), [2, 3]);
//! let mut out = [0.0f64; 3];
//! let v = ViewMut::from(&mut out); // what `double[:] out` takes
//! assert_eq!(v.shape(), [3]);
//! ```
//!
//! A view a kernel returns is an [`OwnedView`]: it owns (a share of) its
//! memory, releases it when dropped, and reads back as a `Vec` or an ndarray.
//!
//! A view borrows its data, so it cannot outlive it:
//!
//! ```compile_fail
//! use cytrus_runtime::ViewRef;
//! let view;
//! {
//!     let data = vec![1.0f64, 2.0];
//!     view = ViewRef::from(&data);
//! }
//! let _ = view.shape(); // `data` does not live long enough
//! ```
//!
//! and a shared borrow never becomes a view a kernel may write:
//!
//! ```compile_fail
//! use cytrus_runtime::ViewMut;
//! let data = vec![1.0f64, 2.0];
//! let _ = ViewMut::from(&data); // `From<&Vec<f64>>` is not implemented for `ViewMut`
//! ```

#[allow(unused_imports)]
use crate::prelude::*;
use core::ffi::CStr;
use core::marker::PhantomData;
use core::sync::atomic::Ordering;

use crate::acquire::{acquire, Buffer, ViewParam};
use crate::array::Order;
use crate::error::{Error, ErrorKind};
use crate::slice::{Memview, Slice, MAX_DIMS};

mod sealed {
    pub trait Sealed {}
}

/// A numeric element type a view can hold, with the struct-module format
/// its buffers carry. Sealed: the format is what acquisition trusts.
pub trait Element: Copy + 'static + sealed::Sealed {
    /// The struct-module format (`"d"` for `f64`), as numpy exports it on LP64.
    const FORMAT: &'static CStr;
}

macro_rules! elements {
    ($($t:ty => $format:literal),* $(,)?) => {
        $(
            impl sealed::Sealed for $t {}
            impl Element for $t {
                const FORMAT: &'static CStr = $format;
            }
        )*
    };
}
elements!(
    f64 => c"d", f32 => c"f", i8 => c"b", u8 => c"B", i16 => c"h", u16 => c"H",
    i32 => c"i", u32 => c"I", i64 => c"l", u64 => c"L", isize => c"l", usize => c"L",
);

fn value_error(message: String) -> Error {
    Error::new(ErrorKind::ValueError, message)
}

/// A buffer description a view vouches for, and the owner it lends
/// borrowed memory for one call.
#[derive(Debug)]
struct Described {
    buffer: Buffer,
    /// Row pointers of an indirect view (`buffer.data` points at them).
    rows: Vec<*mut u8>,
    /// The owner of borrowed memory while a kernel runs: it counts the views
    /// the kernel takes of it, which must all be gone when the call ends.
    borrowed: Memview,
    /// `None` rather than a buffer.
    none: bool,
}

impl Described {
    fn new(buffer: Buffer) -> Described {
        Described { buffer, rows: Vec::new(), borrowed: Memview::borrowed(buffer.data), none: false }
    }

    fn none<T: Element>() -> Described {
        let buffer = Buffer::c_contiguous(core::ptr::null_mut(), T::FORMAT, core::mem::size_of::<T>() as isize, &[]);
        let mut described = Described::new(buffer);
        described.none = true;
        described
    }

    /// `shape` and `strides` (in elements) over `len` elements starting at
    /// `base`: the element `[0, …]` is placed so that every index stays in
    /// `0..len`, or the shape does not fit.
    fn strided<T: Element>(base: *mut T, len: usize, shape: &[usize], strides: &[isize]) -> Result<Described, Error> {
        check_ndim(shape.len())?;
        if strides.len() != shape.len() {
            return Err(value_error(format!("{} strides for {} dimensions", strides.len(), shape.len())));
        }
        let empty = shape.contains(&0);
        let (mut low, mut high) = (0isize, 0isize);
        for (&n, &s) in shape.iter().zip(strides) {
            let reach = isize::try_from(n.saturating_sub(1)).ok().and_then(|n| n.checked_mul(s));
            let reach = reach.ok_or_else(|| value_error("strides overflow".into()))?;
            if reach < 0 {
                low += reach;
            } else {
                high += reach;
            }
        }
        let origin = -low;
        if !empty && (high.checked_add(origin).is_none_or(|last| last as usize >= len)) {
            return Err(value_error(format!(
                "shape {shape:?} with strides {strides:?} reaches past a buffer of {len} elements"
            )));
        }
        let itemsize = core::mem::size_of::<T>() as isize;
        let data = if empty { base } else { base.wrapping_offset(origin) };
        let mut buffer = Buffer::c_contiguous(data.cast(), T::FORMAT, itemsize, &to_isize(shape)?);
        for (axis, &s) in strides.iter().enumerate() {
            buffer.strides[axis] = s * itemsize;
        }
        Ok(Described::new(buffer))
    }

    fn contiguous<T: Element>(base: *mut T, len: usize, shape: &[usize], order: Order) -> Result<Described, Error> {
        check_ndim(shape.len())?;
        let count = shape.iter().try_fold(1usize, |acc, &n| acc.checked_mul(n));
        if count != Some(len) {
            return Err(value_error(format!("shape {shape:?} does not match a buffer of {len} elements")));
        }
        let itemsize = core::mem::size_of::<T>() as isize;
        let mut buffer = Buffer::c_contiguous(base.cast(), T::FORMAT, itemsize, &to_isize(shape)?);
        if order == Order::Fortran {
            let _ = order.fill_strides(&buffer.shape[..shape.len()], itemsize, &mut buffer.strides);
        }
        Ok(Described::new(buffer))
    }

    fn rows<T: Element>(rows: Vec<*mut u8>, ncols: usize) -> Result<Described, Error> {
        let shape = to_isize(&[rows.len(), ncols])?;
        let pointer = core::mem::size_of::<*mut u8>() as isize;
        let mut buffer =
            Buffer::c_contiguous(core::ptr::null_mut(), T::FORMAT, core::mem::size_of::<T>() as isize, &shape);
        buffer.strides[0] = pointer;
        buffer.suboffsets[0] = 0;
        let mut described = Described::new(buffer);
        described.rows = rows;
        described.buffer.data = described.rows.as_mut_ptr().cast();
        Ok(described)
    }

    fn acquire(&self, param: &ViewParam<'_>) -> Result<Slice, Error> {
        if self.none {
            // SAFETY: no buffer is read.
            return unsafe { acquire(None, param) };
        }
        let mut buffer = self.buffer;
        if buffer.owner.is_null() {
            // Kernels count their views of the memory on this owner; `Drop` checks them.
            buffer.owner = core::ptr::from_ref(&self.borrowed).cast_mut();
        }
        // SAFETY: the format is a static C string, and the owner is null, the
        // one made above, or the owner of an `OwnedView` borrowed for `'a`.
        unsafe { acquire(Some(&buffer), param) }
    }

    fn shape(&self) -> Vec<usize> {
        self.buffer.shape[..self.buffer.dims()].iter().map(|&n| n as usize).collect()
    }
}

impl Drop for Described {
    fn drop(&mut self) {
        if self.borrowed.acquisition_count.load(Ordering::Acquire) != 1 {
            // A kernel kept a view of memory it only borrowed (in a module
            // variable): it would read freed memory later. Nothing safe is left to do.
            crate::sys::write_all(
                crate::sys::Stream::Stderr,
                b"cytrus: a kernel kept a view of data borrowed for one call (in a module variable?); \
                  pass data it may keep as an OwnedView\n",
            );
            crate::sys::abort();
        }
    }
}

fn check_ndim(ndim: usize) -> Result<(), Error> {
    if ndim >= MAX_DIMS {
        return Err(value_error(format!("a view has at most {} dimensions", MAX_DIMS - 1)));
    }
    Ok(())
}

fn to_isize(shape: &[usize]) -> Result<Vec<isize>, Error> {
    shape.iter().map(|&n| isize::try_from(n).map_err(|_| value_error(format!("extent {n} is too large")))).collect()
}

/// A read-only view of `T`s borrowed for `'a`: what a `const T[...]`
/// parameter takes.
#[derive(Debug)]
pub struct ViewRef<'a, T: Element> {
    described: Described,
    _data: PhantomData<&'a [T]>,
}

/// A view of `T`s mutably borrowed for `'a`: what a (non-`const`) `T[...]`
/// parameter takes; the kernel may write through it.
#[derive(Debug)]
pub struct ViewMut<'a, T: Element> {
    described: Described,
    _data: PhantomData<&'a mut [T]>,
}

macro_rules! view_methods {
    ($view:ident, $slice:ty, $parts:ident, $readonly:expr) => {
        impl<'a, T: Element> $view<'a, T> {
            fn wrap(described: Described) -> $view<'a, T> {
                $view { described, _data: PhantomData }
            }

            /// A view of memory borrowed as the view's kind of borrow.
            fn borrowing(mut described: Described) -> $view<'a, T> {
                described.buffer.readonly = $readonly;
                Self::wrap(described)
            }

            /// A C-contiguous (row-major) view of `data` with this shape;
            /// the shape's product must be `data.len()`.
            pub fn new(data: $slice, shape: &[usize]) -> Result<$view<'a, T>, Error> {
                {
                    let (ptr, len) = $parts(data);
                    Described::contiguous(ptr, len, shape, Order::C)
                }
                .map(Self::borrowing)
            }

            /// A Fortran-contiguous (column-major) view of `data` with this shape.
            pub fn fortran(data: $slice, shape: &[usize]) -> Result<$view<'a, T>, Error> {
                {
                    let (ptr, len) = $parts(data);
                    Described::contiguous(ptr, len, shape, Order::Fortran)
                }
                .map(Self::borrowing)
            }

            /// A view of `data` with any strides, counted in elements and
            /// possibly negative or 0 (as numpy's `as_strided`): element
            /// `[0, …]` is placed so that every element stays inside `data`,
            /// and a shape that would reach past it is an error.
            pub fn with_strides(data: $slice, shape: &[usize], strides: &[isize]) -> Result<$view<'a, T>, Error> {
                {
                    let (ptr, len) = $parts(data);
                    Described::strided(ptr, len, shape, strides)
                }
                .map(Self::borrowing)
            }

            /// `None`, for a parameter that accepts it (one without `not None`).
            pub fn none() -> $view<'a, T> {
                Self::borrowing(Described::none::<T>())
            }

            /// Whether this is `None`.
            pub fn is_none(&self) -> bool {
                self.described.none
            }

            /// The extent of each axis.
            pub fn shape(&self) -> Vec<usize> {
                self.described.shape()
            }

            /// The number of axes.
            pub fn ndim(&self) -> usize {
                self.described.buffer.dims()
            }

            /// Takes the view as the parameter `param` describes, with
            /// Cython's checks: what a kernel's `pub fn` calls. The slice
            /// is valid while this view lives; the kernel may take its own
            /// acquisitions of it, but must give them all back before the
            /// view is dropped (a kernel that keeps one aborts the program).
            pub fn acquire(&self, param: &ViewParam<'_>) -> Result<Slice, Error> {
                self.described.acquire(param)
            }
        }

        impl<'a, T: Element> From<$slice> for $view<'a, T> {
            /// A 1-D contiguous view.
            fn from(data: $slice) -> $view<'a, T> {
                let (ptr, len) = $parts(data);
                let described = Described::contiguous(ptr, len, &[len], Order::C);
                Self::borrowing(described.expect("a slice's length is its shape"))
            }
        }
    };
}

/// A shared slice's address and length (kernels given it only read).
fn shared_parts<T>(data: &[T]) -> (*mut T, usize) {
    (data.as_ptr().cast_mut(), data.len())
}

fn mut_parts<T>(data: &mut [T]) -> (*mut T, usize) {
    (data.as_mut_ptr(), data.len())
}

view_methods!(ViewRef, &'a [T], shared_parts, 1);
view_methods!(ViewMut, &'a mut [T], mut_parts, 0);

impl<'a, T: Element> ViewRef<'a, T> {
    /// A 2-D view of a matrix held as rows (`double **` in C): axis 0 is
    /// indirect, as `T[::view.indirect, ::1]` parameters expect. The rows
    /// must have the same length.
    pub fn of_rows(rows: &[&'a [T]]) -> Result<ViewRef<'a, T>, Error> {
        let ncols = rows.first().map_or(0, |r| r.len());
        if rows.iter().any(|r| r.len() != ncols) {
            return Err(value_error("rows of different lengths".into()));
        }
        let pointers = rows.iter().map(|r| r.as_ptr().cast_mut().cast()).collect();
        Described::rows::<T>(pointers, ncols).map(Self::borrowing)
    }

    /// A view of memory described by `buffer` (C memory, another library's
    /// array); `buffer.format` and `itemsize` must describe `T`.
    ///
    /// # Safety
    /// For `'a`, every element `buffer` addresses (through its shape,
    /// strides and suboffsets) is readable and not written by anyone else;
    /// `buffer.owner` is null or a live owner of that memory.
    pub unsafe fn from_buffer(buffer: Buffer) -> ViewRef<'a, T> {
        Self::wrap(Described::new(buffer))
    }
}

impl<'a, T: Element> ViewMut<'a, T> {
    /// A 2-D view of a matrix held as rows, which a kernel may write: axis 0
    /// is indirect, as `T[::view.indirect, ::1]` parameters expect.
    pub fn of_rows(rows: &'a mut [&'a mut [T]]) -> Result<ViewMut<'a, T>, Error> {
        let ncols = rows.first().map_or(0, |r| r.len());
        if rows.iter().any(|r| r.len() != ncols) {
            return Err(value_error("rows of different lengths".into()));
        }
        let pointers = rows.iter_mut().map(|r| r.as_mut_ptr().cast()).collect();
        Described::rows::<T>(pointers, ncols).map(Self::borrowing)
    }

    /// A view of memory described by `buffer` that a kernel may write.
    ///
    /// # Safety
    /// For `'a`, every element `buffer` addresses is readable and writable
    /// and not used by anyone else; `buffer.owner` is null or a live owner of
    /// that memory; `buffer.format` and `itemsize` describe `T`.
    pub unsafe fn from_buffer(buffer: Buffer) -> ViewMut<'a, T> {
        Self::wrap(Described::new(buffer))
    }
}

impl<'a, T: Element> From<&'a Vec<T>> for ViewRef<'a, T> {
    fn from(data: &'a Vec<T>) -> ViewRef<'a, T> {
        ViewRef::from(data.as_slice())
    }
}

impl<'a, T: Element, const N: usize> From<&'a [T; N]> for ViewRef<'a, T> {
    fn from(data: &'a [T; N]) -> ViewRef<'a, T> {
        ViewRef::from(data.as_slice())
    }
}

impl<'a, T: Element> From<&'a mut Vec<T>> for ViewMut<'a, T> {
    fn from(data: &'a mut Vec<T>) -> ViewMut<'a, T> {
        ViewMut::from(data.as_mut_slice())
    }
}

impl<'a, T: Element, const N: usize> From<&'a mut [T; N]> for ViewMut<'a, T> {
    fn from(data: &'a mut [T; N]) -> ViewMut<'a, T> {
        ViewMut::from(data.as_mut_slice())
    }
}

/// A view a kernel returned: it holds a share of its memory (released when
/// dropped) and reads back as Rust data. A view of memory the kernel only
/// borrowed (its arguments, C memory) was copied when it was returned, so
/// an `OwnedView` never depends on anything else staying alive.
///
/// It is `None` when the kernel returned `None`.
#[derive(Debug)]
pub struct OwnedView<T: Element> {
    slice: Slice,
    ndim: usize,
    _elem: PhantomData<T>,
}

impl<T: Element> OwnedView<T> {
    /// What a kernel's `pub fn` makes of the view it returned.
    ///
    /// # Safety
    /// `slice` is `None` or a live view of `ndim` axes of `T` elements that
    /// holds one acquisition of its owner (or has none), given to the result.
    pub unsafe fn from_returned(slice: Slice, ndim: usize) -> Result<OwnedView<T>, Error> {
        if slice.is_none() {
            return Ok(OwnedView { slice, ndim, _elem: PhantomData });
        }
        // SAFETY: the caller promises a null or live owner.
        let borrowed = unsafe { slice.memview.as_ref() }.is_none_or(Memview::is_borrowed);
        if !borrowed {
            return Ok(OwnedView { slice, ndim, _elem: PhantomData });
        }
        let itemsize = core::mem::size_of::<T>() as isize;
        let format = T::FORMAT.to_str().unwrap_or("B");
        let copy = Slice::numpy_array(&slice.shape[..ndim], itemsize, format, Order::C);
        let copied = copy.and_then(|copy| {
            // SAFETY: `slice` is live (the caller's promise) and `copy` is a new
            // array of the same shape and element size.
            match unsafe { copy.copy_from(ndim, &slice, ndim, itemsize) } {
                Ok(()) => Ok(copy),
                Err(error) => {
                    // SAFETY: the copy's only acquisition.
                    unsafe { copy.release() };
                    Err(error)
                }
            }
        });
        // SAFETY: the acquisition the caller gave us, of a live owner or none.
        unsafe { slice.release() };
        copied.map(|slice| OwnedView { slice, ndim, _elem: PhantomData })
    }

    /// Whether the kernel returned `None`.
    pub fn is_none(&self) -> bool {
        self.slice.is_none()
    }

    /// The number of axes.
    pub fn ndim(&self) -> usize {
        self.ndim
    }

    /// The extent of each axis (empty for `None`).
    pub fn shape(&self) -> Vec<usize> {
        if self.is_none() {
            return Vec::new();
        }
        self.slice.shape[..self.ndim].iter().map(|&n| n as usize).collect()
    }

    /// The number of elements (0 for `None`).
    pub fn len(&self) -> usize {
        if self.is_none() {
            0
        } else {
            self.shape().iter().product()
        }
    }

    /// Whether there are no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn address(&self, index: &[usize]) -> *const T {
        let mut p = self.slice.data;
        for (axis, &i) in index.iter().enumerate() {
            p = p.wrapping_offset(i as isize * self.slice.strides[axis]);
            if self.slice.suboffsets[axis] >= 0 {
                // SAFETY: an indirect axis holds pointers, and the owner keeps them alive.
                p = unsafe { p.cast::<*mut u8>().read() }.wrapping_offset(self.slice.suboffsets[axis]);
            }
        }
        p.cast()
    }

    /// The element at `index` (one index per axis), if it is inside the view.
    pub fn get(&self, index: &[usize]) -> Option<T> {
        if self.is_none() || index.len() != self.ndim || index.iter().zip(self.shape()).any(|(&i, n)| i >= n) {
            return None;
        }
        // SAFETY: the index is inside the view, whose owner keeps the memory alive.
        Some(unsafe { self.address(index).read_unaligned() })
    }

    /// The elements in C (row-major) order.
    pub fn to_vec(&self) -> Vec<T> {
        let shape = self.shape();
        let total: usize = if self.is_none() { 0 } else { shape.iter().product() };
        let mut out = Vec::with_capacity(total);
        let mut index = vec![0usize; self.ndim];
        for _ in 0..total {
            // SAFETY: every index is inside the view, whose owner keeps the memory alive.
            out.push(unsafe { self.address(&index).read_unaligned() });
            for axis in (0..self.ndim).rev() {
                index[axis] += 1;
                if index[axis] < shape[axis] {
                    break;
                }
                index[axis] = 0;
            }
        }
        out
    }

    /// The raw slice, still held by this view (for C functions that take a
    /// `cytrus_slice`; it is valid while this view lives).
    pub fn as_raw(&self) -> Slice {
        self.slice
    }

    /// Gives up the view as the raw slice, with its acquisition (release it
    /// with [`Slice::release`], or take it back with [`OwnedView::from_raw`]).
    pub fn into_raw(self) -> Slice {
        let slice = self.slice;
        core::mem::forget(self);
        slice
    }

    /// An owned view of a raw slice (from C code, or [`OwnedView::into_raw`]).
    ///
    /// # Safety
    /// `slice` is `None` or a live view of `ndim` axes of `T`s whose owner
    /// keeps the memory alive, and it holds one acquisition, given to the result.
    pub unsafe fn from_raw(slice: Slice, ndim: usize) -> OwnedView<T> {
        OwnedView { slice, ndim, _elem: PhantomData }
    }

    fn buffer(&self) -> Buffer {
        let mut buffer = Buffer::c_contiguous(self.slice.data, T::FORMAT, core::mem::size_of::<T>() as isize, &[]);
        let ndim = if self.is_none() { 0 } else { self.ndim };
        buffer.ndim = ndim as core::ffi::c_int;
        buffer.shape[..ndim].copy_from_slice(&self.slice.shape[..ndim]);
        buffer.strides[..ndim].copy_from_slice(&self.slice.strides[..ndim]);
        buffer.suboffsets[..ndim].copy_from_slice(&self.slice.suboffsets[..ndim]);
        buffer.owner = self.slice.memview;
        buffer
    }
}

impl<T: Element> Drop for OwnedView<T> {
    fn drop(&mut self) {
        // SAFETY: the view holds one acquisition of a live owner (or none).
        unsafe { self.slice.release() };
    }
}

impl<'a, T: Element> From<&'a OwnedView<T>> for ViewRef<'a, T> {
    /// A returned view passed to another kernel (which may keep it: it has an owner).
    fn from(view: &'a OwnedView<T>) -> ViewRef<'a, T> {
        if view.is_none() {
            return ViewRef::none();
        }
        ViewRef::borrowing(Described::new(view.buffer()))
    }
}

impl<'a, T: Element> From<&'a mut OwnedView<T>> for ViewMut<'a, T> {
    /// A returned view passed to another kernel that may write it.
    fn from(view: &'a mut OwnedView<T>) -> ViewMut<'a, T> {
        if view.is_none() {
            return ViewMut::none();
        }
        ViewMut::borrowing(Described::new(view.buffer()))
    }
}

#[cfg(feature = "ndarray")]
mod ndarray_views {
    //! ndarray arrays and views as kernel arguments, with any strides
    //! (negative ones included), refused in numpy's words where numpy would
    //! refuse them (`ndarray is not C-contiguous`); returned views back as
    //! owned ndarray arrays.

    use ndarray::{ArrayBase, ArrayD, ArrayView, ArrayViewMut, Data, DataMut, Dimension, IxDyn};

    use super::{Described, Element, OwnedView, ViewMut, ViewRef};
    use crate::acquire::{Buffer, Exporter};
    use crate::slice::MAX_DIMS;

    fn describe<T: Element>(ptr: *const T, shape: &[usize], strides: &[isize]) -> Described {
        let itemsize = core::mem::size_of::<T>() as isize;
        let mut buffer = Buffer::c_contiguous(ptr.cast_mut().cast(), T::FORMAT, itemsize, &[]);
        buffer.exporter = Exporter::Numpy;
        buffer.ndim = shape.len() as core::ffi::c_int;
        if shape.len() < MAX_DIMS {
            for (axis, (&n, &s)) in shape.iter().zip(strides).enumerate() {
                buffer.shape[axis] = n as isize;
                // ndarray counts strides in elements, buffers in bytes.
                buffer.strides[axis] = s * itemsize;
                buffer.suboffsets[axis] = -1;
            }
        }
        Described::new(buffer)
    }

    impl<'a, T: Element, D: Dimension> From<ArrayView<'a, T, D>> for ViewRef<'a, T> {
        fn from(a: ArrayView<'a, T, D>) -> ViewRef<'a, T> {
            ViewRef::borrowing(describe(a.as_ptr(), a.shape(), a.strides()))
        }
    }

    impl<'a, T: Element, S: Data<Elem = T>, D: Dimension> From<&'a ArrayBase<S, D>> for ViewRef<'a, T> {
        fn from(a: &'a ArrayBase<S, D>) -> ViewRef<'a, T> {
            ViewRef::from(a.view())
        }
    }

    impl<'a, T: Element, D: Dimension> From<ArrayViewMut<'a, T, D>> for ViewMut<'a, T> {
        fn from(mut a: ArrayViewMut<'a, T, D>) -> ViewMut<'a, T> {
            let ptr = a.as_mut_ptr();
            ViewMut::borrowing(describe(ptr, a.shape(), a.strides()))
        }
    }

    impl<'a, T: Element, S: DataMut<Elem = T>, D: Dimension> From<&'a mut ArrayBase<S, D>> for ViewMut<'a, T> {
        fn from(a: &'a mut ArrayBase<S, D>) -> ViewMut<'a, T> {
            ViewMut::from(a.view_mut())
        }
    }

    impl<T: Element> OwnedView<T> {
        /// The elements as an owned ndarray array of the same shape (an
        /// empty 1-D array for `None`).
        pub fn to_ndarray(&self) -> ArrayD<T> {
            let shape = if self.is_none() { vec![0] } else { self.shape() };
            let values = self.to_vec();
            ArrayD::from_shape_vec(IxDyn(&shape), values)
                .unwrap_or_else(|_| unreachable!("to_vec gives the shape's product"))
        }
    }
}
