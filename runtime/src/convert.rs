//! Ordinary Rust data as memoryviews, without copying: what Rust callers of
//! cytrus kernels hold (`&[f64]`, `&mut [f64]`, `Vec<f64>`, a buffer with a
//! shape) becomes a [`View`] whose [`Slice`] is passed to a kernel.
//!
//! ```
//! use cytrus_runtime::View;
//! let data = vec![1.0, 2.0, 3.0];
//! let v = View::of(&data);
//! assert_eq!(v.slice().shape[0], 3);
//! ```
//!
//! A view borrows the data for its lifetime `'a`, so it cannot outlive it.
//! The `Slice` it hands to a kernel is a plain struct: pass it straight to
//! the call, while the view is alive.

use std::marker::PhantomData;

use crate::array::Order;
use crate::error::{Error, ErrorKind};
use crate::slice::{Slice, MAX_DIMS};

/// A numeric element type a memoryview can hold.
pub trait Element: Copy + 'static {}

macro_rules! elements {
    ($($t:ty),*) => { $(impl Element for $t {})* };
}
elements!(f64, f32, i8, i16, i32, i64, u8, u16, u32, u64, isize, usize);

/// A memoryview over data the caller owns, valid while the data is borrowed.
#[derive(Debug)]
pub struct View<'a> {
    slice: Slice,
    _data: PhantomData<&'a mut ()>,
}

impl<'a> View<'a> {
    /// A 1-D view of read-only data (for `const T[:]` parameters).
    pub fn of<T: Element>(data: &'a [T]) -> View<'a> {
        Self::from_raw(data.as_ptr().cast_mut().cast(), &[data.len() as isize], std::mem::size_of::<T>() as isize)
    }

    /// A 1-D view of data a kernel may write.
    pub fn of_mut<T: Element>(data: &'a mut [T]) -> View<'a> {
        Self::from_raw(data.as_mut_ptr().cast(), &[data.len() as isize], std::mem::size_of::<T>() as isize)
    }

    /// An N-D C-contiguous view of a buffer: `shape`'s product must be the buffer's length.
    pub fn with_shape<T: Element>(data: &'a mut [T], shape: &[usize]) -> Result<View<'a>, Error> {
        if shape.is_empty() || shape.len() >= MAX_DIMS {
            return Err(Error::new(ErrorKind::ValueError, format!("a view has 1 to {} dimensions", MAX_DIMS - 1)));
        }
        let count = shape.iter().try_fold(1usize, |acc, &n| acc.checked_mul(n));
        if count != Some(data.len()) {
            return Err(Error::new(
                ErrorKind::ValueError,
                format!("shape {shape:?} does not match a buffer of {} elements", data.len()),
            ));
        }
        let dims: Vec<isize> = shape.iter().map(|&n| n as isize).collect();
        Ok(Self::from_raw(data.as_mut_ptr().cast(), &dims, std::mem::size_of::<T>() as isize))
    }

    /// A 2-D view of a matrix held as row pointers (`double **`): axis 0 is
    /// indirect, as `double[::view.indirect, ::1]` parameters expect.
    pub fn of_rows<T: Element>(rows: &'a mut [*mut T], ncols: usize) -> Result<View<'a>, Error> {
        let slice = Slice::from_row_pointers(
            rows.as_mut_ptr().cast(),
            rows.len() as isize,
            ncols as isize,
            std::mem::size_of::<T>() as isize,
        )?;
        Ok(View { slice, _data: PhantomData })
    }

    fn from_raw(data: *mut u8, shape: &[isize], itemsize: isize) -> View<'a> {
        let mut slice = Slice { data, ..Slice::none() };
        slice.shape[..shape.len()].copy_from_slice(shape);
        slice.suboffsets[..shape.len()].fill(-1);
        let _ = Order::C.fill_strides(shape, itemsize, &mut slice.strides);
        View { slice, _data: PhantomData }
    }

    /// The memoryview struct to pass to a kernel.
    pub fn slice(&self) -> Slice {
        self.slice
    }
}

/// A view a kernel returned (a copy or a new array), read back into Rust data.
///
/// # Safety
/// `slice` is a live view of `T` elements with `ndim` axes.
pub unsafe fn to_vec<T: Element>(slice: &Slice, ndim: usize) -> Vec<T> {
    let mut out = Vec::new();
    let mut index = vec![0isize; ndim];
    let total: isize = slice.shape[..ndim].iter().product();
    for _ in 0..total.max(0) {
        let mut p = slice.data;
        for (axis, &i) in index.iter().enumerate() {
            // SAFETY: each index is below its extent, so the address is inside the view.
            p = unsafe { p.offset(i * slice.strides[axis]) };
            if slice.suboffsets[axis] >= 0 {
                // SAFETY: an indirect axis holds a pointer; the caller promised a live view.
                p = unsafe { (*(p as *const *mut u8)).offset(slice.suboffsets[axis]) };
            }
        }
        // SAFETY: `p` addresses one element of the view.
        out.push(unsafe { *(p as *const T) });
        for axis in (0..ndim).rev() {
            index[axis] += 1;
            if index[axis] < slice.shape[axis] {
                break;
            }
            index[axis] = 0;
        }
    }
    out
}

#[cfg(feature = "ndarray")]
mod ndarray_views {
    //! `ndarray` arrays as views, with any strides (negative ones included),
    //! and arrays returned by kernels back as `ndarray` arrays.

    use std::marker::PhantomData;

    use ndarray::{ArrayD, ArrayView, ArrayViewMut, Dimension, IxDyn};

    use super::{Element, View};
    use crate::slice::{Slice, MAX_DIMS};

    fn from_parts<'a, T: Element>(ptr: *const T, shape: &[usize], strides: &[isize]) -> View<'a> {
        assert!(shape.len() < MAX_DIMS, "a view has at most {} dimensions", MAX_DIMS - 1);
        let itemsize = std::mem::size_of::<T>() as isize;
        let mut slice = Slice { data: ptr.cast_mut().cast(), ..Slice::none() };
        for (axis, (&n, &s)) in shape.iter().zip(strides).enumerate() {
            slice.shape[axis] = n as isize;
            // ndarray counts strides in elements, views in bytes.
            slice.strides[axis] = s * itemsize;
            slice.suboffsets[axis] = -1;
        }
        View { slice, _data: PhantomData }
    }

    impl<'a, T: Element, D: Dimension> From<ArrayView<'a, T, D>> for View<'a> {
        fn from(a: ArrayView<'a, T, D>) -> View<'a> {
            from_parts(a.as_ptr(), a.shape(), a.strides())
        }
    }

    impl<'a, T: Element, D: Dimension> From<ArrayViewMut<'a, T, D>> for View<'a> {
        fn from(mut a: ArrayViewMut<'a, T, D>) -> View<'a> {
            let ptr = a.as_mut_ptr();
            from_parts(ptr, a.shape(), a.strides())
        }
    }

    /// A view a kernel returned (a copy, a new array) as an owned `ndarray` array.
    ///
    /// # Safety
    /// `slice` is a live view of `T` elements with `ndim` axes.
    pub unsafe fn to_ndarray<T: Element>(slice: &Slice, ndim: usize) -> ArrayD<T> {
        let shape: Vec<usize> = slice.shape[..ndim].iter().map(|&n| n as usize).collect();
        // SAFETY: the caller's promise, passed on.
        let values = unsafe { super::to_vec::<T>(slice, ndim) };
        ArrayD::from_shape_vec(IxDyn(&shape), values).expect("to_vec gives shape-product elements")
    }
}

#[cfg(feature = "ndarray")]
pub use ndarray_views::to_ndarray;
