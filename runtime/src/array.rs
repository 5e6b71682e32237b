//! Arrays and whole-view operations: `cython.view.array`, views of C memory,
//! `.copy()`, `.copy_fortran()`, `.is_c_contig()`, `dst[...] = src`, `v[:] = x`.
//!
//! Elements are `itemsize` bytes; only the format check knows their type.
//! `cvarray(shape=(3, 4), itemsize=8, format="d")` → a slice owning 96
//! `malloc`ed bytes with shape `[3, 4]` and strides `[32, 8]`.

#[allow(unused_imports)]
use crate::prelude::*;
use core::ffi::{c_char, c_int, c_void, CStr};
use core::ptr;

use crate::error::{status, Error, ErrorKind};
use crate::slice::{dims, malloc, FreeCallback, Memview, Slice, MAX_DIMS};

/// The memory order of a new array or copy: `mode="c"` or `mode="fortran"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// Row-major: the last axis is contiguous.
    C,
    /// Column-major: the first axis is contiguous.
    Fortran,
}

impl Order {
    /// Packed strides for `shape` in this order; returns the total byte count
    /// (Cython's `fill_contig_strides_array`), `None` when it overflows.
    pub(crate) fn fill_strides(
        self,
        shape: &[isize],
        itemsize: isize,
        strides: &mut [isize; MAX_DIMS],
    ) -> Option<isize> {
        let mut stride = Some(itemsize);
        let mut place = |axis: usize| {
            let current = stride?;
            strides[axis] = current;
            stride = current.checked_mul(shape[axis]);
            Some(())
        };
        match self {
            Order::C => (0..shape.len()).rev().try_for_each(&mut place)?,
            Order::Fortran => (0..shape.len()).try_for_each(&mut place)?,
        }
        stride
    }
}

impl Slice {
    /// `cython.view.array(shape=shape, itemsize=itemsize, format=format,
    /// mode=mode, allocate_buffer=allocate_buffer)`: a new owned array,
    /// holding one acquisition. Without `allocate_buffer` the data pointer is
    /// null until [`Slice::set_array_data`].
    ///
    /// Errors as Cython's: `Empty shape tuple for cython.array`, `itemsize <= 0
    /// for cython.array`, `Invalid shape in axis N: D.`, `Invalid mode, expected
    /// 'c' or 'fortran', got M` (all `ValueError`), `MemoryError: unable to
    /// allocate array data.`. Panics for more than [`MAX_DIMS`] axes.
    pub fn new_array(
        shape: &[isize],
        itemsize: isize,
        format: &str,
        mode: &str,
        allocate_buffer: bool,
    ) -> Result<Slice, Error> {
        assert!(shape.len() <= MAX_DIMS, "an array has at most {MAX_DIMS} axes");
        if shape.is_empty() {
            return Err(value_error("Empty shape tuple for cython.array"));
        }
        if itemsize <= 0 {
            return Err(value_error("itemsize <= 0 for cython.array"));
        }
        check_extents(shape)?;
        let order = match mode {
            "c" => Order::C,
            "fortran" => Order::Fortran,
            _ => return Err(value_error(format!("Invalid mode, expected 'c' or 'fortran', got {mode}"))),
        };
        allocate(shape, itemsize, Some(format), order, allocate_buffer)
    }

    /// `<T[:n, :m]>p` (C order) or `<T[:n:1, :m]>p` (Fortran order): a view
    /// of memory it does not own, with no owner to count. Errors as Cython's:
    /// `Cannot create cython.array from NULL pointer`, `Invalid shape in axis N: D.`
    /// (`ValueError`). Panics for more than [`MAX_DIMS`] axes.
    pub fn from_ptr(data: *mut u8, shape: &[isize], itemsize: isize, order: Order) -> Result<Slice, Error> {
        assert!(shape.len() <= MAX_DIMS, "a view has at most {MAX_DIMS} axes");
        if data.is_null() {
            return Err(value_error("Cannot create cython.array from NULL pointer"));
        }
        check_extents(shape)?;
        let mut slice = Slice { data, ..Slice::none() };
        slice.shape[..shape.len()].copy_from_slice(shape);
        slice.suboffsets[..shape.len()].fill(-1);
        // The memory exists already, so its byte count fits in an isize.
        let _ = order.fill_strides(shape, itemsize, &mut slice.strides);
        Ok(slice)
    }

    /// A 2-D view of a pointer-to-pointer matrix (`double **rows`, each row
    /// `ncols` contiguous elements): axis 0 is indirect, axis 1 contiguous, as
    /// a `double[::view.indirect, ::1]` parameter expects. Borrowed, not
    /// counted; `element[i, j]` is `((T *)rows[i])[j]`.
    pub fn from_row_pointers(rows: *mut *mut u8, nrows: isize, ncols: isize, itemsize: isize) -> Result<Slice, Error> {
        if rows.is_null() {
            return Err(value_error("Cannot create cython.array from NULL pointer"));
        }
        check_extents(&[nrows, ncols])?;
        let mut slice = Slice { data: rows.cast(), ..Slice::none() };
        slice.shape[0] = nrows;
        slice.shape[1] = ncols;
        slice.strides[0] = core::mem::size_of::<*mut u8>() as isize;
        slice.strides[1] = itemsize;
        // Follow the pointer of axis 0 and add 0; axis 1 is direct.
        slice.suboffsets[0] = 0;
        slice.suboffsets[1] = -1;
        Ok(slice)
    }

    /// `array.data = p` for an array made with `allocate_buffer=False`: this
    /// slice and the owner now use `data`. Slices taken earlier keep the old pointer.
    ///
    /// # Safety
    /// `memview` is null or points to a live [`Memview`]; if the owner frees
    /// its buffer, `data` must come from `malloc`.
    pub unsafe fn set_array_data(&mut self, data: *mut u8) {
        self.data = data;
        // SAFETY: the caller promises a null or live owner.
        if let Some(owner) = unsafe { self.memview.as_mut() } {
            owner.buffer = data;
        }
    }

    /// `array.callback_free_data = f`: the last release calls `f(array.data)`
    /// instead of `free`.
    ///
    /// # Safety
    /// `memview` is null or points to a live [`Memview`].
    pub unsafe fn set_array_callback_free_data(&self, callback: Option<FreeCallback>) {
        // SAFETY: the caller promises a null or live owner.
        if let Some(owner) = unsafe { self.memview.as_mut() } {
            owner.callback_free_data = callback;
        }
    }

    /// `.is_c_contig()` / `.is_f_contig()` with Cython's rule: each stride,
    /// from the fastest axis on, equals the item size times the extents
    /// passed; extents of 1 count like any other.
    pub fn is_contig(&self, ndim: usize, itemsize: isize, order: Order) -> bool {
        let mut packed = itemsize;
        let mut check = |axis: usize| {
            let ok = self.suboffsets[axis] < 0 && self.strides[axis] == packed;
            packed = packed.wrapping_mul(self.shape[axis]);
            ok
        };
        match order {
            Order::C => (0..ndim).rev().all(&mut check),
            Order::Fortran => (0..ndim).all(&mut check),
        }
    }

    /// `.copy()` (C order) or `.copy_fortran()`: a new owned array holding
    /// one acquisition, with this view's elements. A view with an extent of 0
    /// cannot be copied (`ValueError: Invalid shape in axis N: 0.`, as in Cython).
    ///
    /// # Safety
    /// `memview` is null or live, and `data`, `shape[..ndim]`, `strides[..ndim]`
    /// describe readable elements of `itemsize` bytes.
    pub unsafe fn copy(&self, ndim: usize, itemsize: isize, order: Order) -> Result<Slice, Error> {
        let shape = &self.shape[..ndim];
        check_extents(shape)?;
        // SAFETY: the caller promises a null or live owner.
        let owner = unsafe { self.memview.as_ref() };
        let format = owner.and_then(Memview::format_bytes).and_then(|f| core::str::from_utf8(f).ok());
        let copy = allocate(shape, itemsize, format, order, true)?;
        // SAFETY: the caller promises readable elements; the new array is
        // writable, of the same shape, and separate.
        if let Err(error) = unsafe { copy.copy_from(ndim, self, ndim, itemsize) } {
            // SAFETY: `copy` holds the only acquisition of its fresh owner.
            unsafe { copy.release() };
            return Err(error);
        }
        Ok(copy)
    }

    /// `dst[...] = src` with Cython's rules: `src` gains leading axes of
    /// extent 1 up to `dst`'s count, and an extent of 1 in `src` repeats along
    /// a longer `dst` axis; any other difference is `ValueError: got differing
    /// extents in dimension N (got D and S)`. Overlapping views copy as memmove does.
    ///
    /// # Safety
    /// Both slices describe elements of `itemsize` bytes (with their first
    /// `ndim` axes), readable for `src` and writable for `self`.
    pub unsafe fn copy_from(&self, ndim: usize, src: &Slice, src_ndim: usize, itemsize: isize) -> Result<(), Error> {
        let mut dst = *self;
        let mut src = *src;
        let axes = ndim.max(src_ndim);
        broadcast_leading(&mut src, src_ndim, axes);
        broadcast_leading(&mut dst, ndim, axes);
        let mut broadcasting = false;
        for axis in 0..axes {
            if src.shape[axis] != dst.shape[axis] {
                if src.shape[axis] != 1 {
                    return Err(value_error(format!(
                        "got differing extents in dimension {axis} (got {} and {})",
                        dst.shape[axis], src.shape[axis]
                    )));
                }
                broadcasting = true;
                src.strides[axis] = 0;
            }
        }
        if dst.shape[..axes].contains(&0) {
            return Ok(());
        }
        let itemsize = itemsize.unsigned_abs();
        let mut snapshot = Vec::new();
        if overlaps(&src, &dst, axes, itemsize) {
            // Read every element before writing any, as memmove does.
            // SAFETY: the caller promises readable source elements.
            src = unsafe { snapshot_of(&src, axes, itemsize, &mut snapshot)? };
        }
        let size = itemsize as isize;
        let same_order = |order| src.is_contig(axes, size, order) && dst.is_contig(axes, size, order);
        if !broadcasting && (same_order(Order::C) || same_order(Order::Fortran)) {
            let bytes = dst.shape[..axes].iter().product::<isize>().unsigned_abs() * itemsize;
            // SAFETY: both views are packed in the same order over `bytes`
            // bytes, readable and writable as the caller promises, and separate
            // (overlapping sources were snapshotted).
            unsafe { ptr::copy_nonoverlapping(src.data, dst.data, bytes) };
        } else {
            // SAFETY: as above; the source's strides cover at most its own elements.
            unsafe {
                copy_strided(
                    src.data,
                    &src.strides[..axes],
                    dst.data,
                    &dst.strides[..axes],
                    &dst.shape[..axes],
                    itemsize,
                )
            };
        }
        Ok(())
    }

    /// `v[...] = x`: writes the bytes of `value` (one element) to every element.
    ///
    /// # Safety
    /// `data`, `shape[..ndim]`, `strides[..ndim]` describe writable elements
    /// of `value.len()` bytes.
    pub unsafe fn fill(&self, ndim: usize, value: &[u8]) {
        // SAFETY: the caller promises writable elements of `value.len()` bytes.
        unsafe { fill_strided(self.data, &self.strides[..ndim], &self.shape[..ndim], value) };
    }
}

fn value_error(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::ValueError, message)
}

/// Cython's check of an array's shape tuple: every extent is positive.
fn check_extents(shape: &[isize]) -> Result<(), Error> {
    match shape.iter().position(|&extent| extent <= 0) {
        Some(axis) => Err(value_error(format!("Invalid shape in axis {axis}: {}.", shape[axis]))),
        None => Ok(()),
    }
}

/// A new owned array with packed strides; the checks on its arguments are done.
fn allocate(
    shape: &[isize],
    itemsize: isize,
    format: Option<&str>,
    order: Order,
    allocate_buffer: bool,
) -> Result<Slice, Error> {
    let mut slice = Slice::none();
    slice.shape[..shape.len()].copy_from_slice(shape);
    slice.suboffsets[..shape.len()].fill(-1);
    let bytes = order.fill_strides(shape, itemsize, &mut slice.strides);
    if allocate_buffer {
        let no_memory = || Error::new(ErrorKind::MemoryError, "unable to allocate array data.");
        let bytes = bytes.ok_or_else(no_memory)?;
        // SAFETY: malloc may be called with any size; null is handled below.
        slice.data = unsafe { malloc(bytes.unsigned_abs()) }.cast();
        if slice.data.is_null() {
            return Err(no_memory());
        }
    }
    slice.memview = Memview::create(slice.data, allocate_buffer, format, itemsize, shape.len());
    // SAFETY: the owner was just made.
    unsafe { (*slice.memview).fortran = order == Order::Fortran };
    Ok(slice)
}

/// Cython's `broadcast_leading`: gives `slice` leading axes of extent 1 up to `axes`.
fn broadcast_leading(slice: &mut Slice, ndim: usize, axes: usize) {
    let offset = axes - ndim;
    if offset == 0 {
        return;
    }
    for axis in (0..ndim).rev() {
        slice.shape[axis + offset] = slice.shape[axis];
        slice.strides[axis + offset] = slice.strides[axis];
        slice.suboffsets[axis + offset] = slice.suboffsets[axis];
    }
    for axis in 0..offset {
        slice.shape[axis] = 1;
        slice.strides[axis] = 0;
        slice.suboffsets[axis] = -1;
    }
}

/// The half-open byte range a view's elements occupy (Cython's
/// `__pyx_get_array_memory_extents`), as addresses; empty for an empty view.
fn memory_extent(slice: &Slice, ndim: usize, itemsize: usize) -> (usize, usize) {
    let base = slice.data as usize;
    let (mut start, mut end) = (base, base);
    for axis in 0..ndim {
        let (extent, stride) = (slice.shape[axis], slice.strides[axis]);
        if extent == 0 {
            return (base, base);
        }
        let reach = stride.wrapping_mul(extent - 1);
        if stride > 0 {
            end = end.wrapping_add_signed(reach);
        } else {
            start = start.wrapping_add_signed(reach);
        }
    }
    (start, end.wrapping_add(itemsize))
}

fn overlaps(a: &Slice, b: &Slice, ndim: usize, itemsize: usize) -> bool {
    let (a_start, a_end) = memory_extent(a, ndim, itemsize);
    let (b_start, b_end) = memory_extent(b, ndim, itemsize);
    a_start < b_end && b_start < a_end
}

/// Copies `src`'s elements into `storage` in C order and returns a view of
/// the copy with `src`'s shape, repeating along the axes `src` repeats along.
///
/// # Safety
/// `src` describes readable elements of `itemsize` bytes.
unsafe fn snapshot_of(src: &Slice, ndim: usize, itemsize: usize, storage: &mut Vec<u8>) -> Result<Slice, Error> {
    let count: usize = src.shape[..ndim].iter().map(|extent| extent.unsigned_abs()).product();
    let bytes = count * itemsize;
    storage.try_reserve_exact(bytes).map_err(|_| Error::new(ErrorKind::MemoryError, ""))?;
    let mut copy = Slice { data: storage.as_mut_ptr(), ..*src };
    let _ = Order::C.fill_strides(&src.shape[..ndim], itemsize as isize, &mut copy.strides);
    // SAFETY: the source is readable as the caller promises; `storage` has
    // room for every element in C order and is separate from it.
    unsafe {
        copy_strided(src.data, &src.strides[..ndim], copy.data, &copy.strides[..ndim], &src.shape[..ndim], itemsize)
    };
    for axis in 0..ndim {
        if copy.shape[axis] == 1 {
            copy.strides[axis] = 0;
        }
    }
    Ok(copy)
}

/// Copies every element of `shape` from `src` to `dst`, outer axes first.
///
/// # Safety
/// The two element sets do not overlap; `src` is readable and `dst` writable.
unsafe fn copy_strided(
    src: *const u8,
    src_strides: &[isize],
    dst: *mut u8,
    dst_strides: &[isize],
    shape: &[isize],
    itemsize: usize,
) {
    let Some((&extent, inner_shape)) = shape.split_first() else {
        // SAFETY: one element, readable and writable as the caller promises.
        unsafe { ptr::copy_nonoverlapping(src, dst, itemsize) };
        return;
    };
    let (src_stride, dst_stride) = (src_strides[0], dst_strides[0]);
    let step = |i: isize| (src.wrapping_offset(i * src_stride), dst.wrapping_offset(i * dst_stride));
    if !inner_shape.is_empty() {
        for i in 0..extent {
            let (from, to) = step(i);
            // SAFETY: a sub-view of the caller's elements.
            unsafe { copy_strided(from, &src_strides[1..], to, &dst_strides[1..], inner_shape, itemsize) };
        }
        return;
    }
    if src_stride == itemsize as isize && dst_stride == src_stride {
        // SAFETY: a packed run of `extent` elements on each side, as the caller promises.
        unsafe { ptr::copy_nonoverlapping(src, dst, itemsize * extent.unsigned_abs()) };
        return;
    }
    // The common item sizes move as one unaligned word each.
    for i in 0..extent {
        let (from, to) = step(i);
        // SAFETY: element `i` of each side, of `itemsize` bytes, as the caller promises.
        unsafe {
            match itemsize {
                8 => to.cast::<u64>().write_unaligned(from.cast::<u64>().read_unaligned()),
                4 => to.cast::<u32>().write_unaligned(from.cast::<u32>().read_unaligned()),
                _ => ptr::copy_nonoverlapping(from, to, itemsize),
            }
        }
    }
}

/// Writes `value` to every element of `shape`.
///
/// # Safety
/// `dst` with `strides` and `shape` describes writable elements of `value.len()` bytes.
unsafe fn fill_strided(dst: *mut u8, strides: &[isize], shape: &[isize], value: &[u8]) {
    let Some((&extent, inner_shape)) = shape.split_first() else {
        // SAFETY: one writable element of `value.len()` bytes, as the caller promises.
        unsafe { ptr::copy_nonoverlapping(value.as_ptr(), dst, value.len()) };
        return;
    };
    let at = |i: isize| dst.wrapping_offset(i * strides[0]);
    if !inner_shape.is_empty() {
        for i in 0..extent {
            // SAFETY: a sub-view of the caller's elements.
            unsafe { fill_strided(at(i), &strides[1..], inner_shape, value) };
        }
        return;
    }
    // The common item sizes store as one unaligned word each.
    match *value {
        [a, b, c, d, e, f, g, h] => {
            let word = u64::from_ne_bytes([a, b, c, d, e, f, g, h]);
            // SAFETY: element `i` is writable for 8 bytes, as the caller promises.
            (0..extent).for_each(|i| unsafe { at(i).cast::<u64>().write_unaligned(word) });
        }
        [a, b, c, d] => {
            let word = u32::from_ne_bytes([a, b, c, d]);
            // SAFETY: element `i` is writable for 4 bytes, as the caller promises.
            (0..extent).for_each(|i| unsafe { at(i).cast::<u32>().write_unaligned(word) });
        }
        _ => {
            // SAFETY: element `i` is writable for `value.len()` bytes, as the caller promises.
            (0..extent).for_each(|i| unsafe { ptr::copy_nonoverlapping(value.as_ptr(), at(i), value.len()) });
        }
    }
}

/// A C `shape` argument as a Rust slice.
///
/// # Safety
/// `shape` points to `ndim` values, or `ndim` is 0 or less.
unsafe fn shape_from_c<'a>(shape: *const isize, ndim: c_int) -> &'a [isize] {
    match dims(ndim) {
        0 => &[],
        // SAFETY: the caller passes `ndim` values.
        ndim => unsafe { core::slice::from_raw_parts(shape, ndim) },
    }
}

/// Stores a result slice for C: the slice on success, `None` on error; then
/// the C status (0, or -1 with the error raised).
///
/// # Safety
/// `out` points to writable storage for a slice.
unsafe fn store(out: *mut Slice, result: Result<Slice, Error>) -> c_int {
    let (slice, result) = match result {
        Ok(slice) => (slice, Ok(())),
        Err(error) => (Slice::none(), Err(error)),
    };
    // SAFETY: the caller passes writable storage.
    unsafe { out.write(slice) };
    status(result)
}

/// A C string argument as text (bad UTF-8 replaced).
///
/// # Safety
/// `text` is a NUL-terminated string.
unsafe fn text_from_c<'a>(text: *const c_char) -> alloc::borrow::Cow<'a, str> {
    // SAFETY: the caller passes a NUL-terminated string.
    unsafe { CStr::from_ptr(text) }.to_string_lossy()
}

/// `int cytrus_array_new(cytrus_slice *out, int ndim, const Py_ssize_t *shape,
/// Py_ssize_t itemsize, const char *format, const char *mode, int
/// allocate_buffer)`: [`Slice::new_array`]. 0, or -1 with the error set and
/// `*out` the `None` view.
///
/// # Safety
/// `out` is writable; `shape` points to `ndim` values; `format` and `mode`
/// are NUL-terminated strings.
#[no_mangle]
pub unsafe extern "C" fn cytrus_array_new(
    out: *mut Slice,
    ndim: c_int,
    shape: *const isize,
    itemsize: isize,
    format: *const c_char,
    mode: *const c_char,
    allocate_buffer: c_int,
) -> c_int {
    // SAFETY: the caller passes strings, `ndim` extents and writable `out`.
    unsafe {
        let (format, mode) = (text_from_c(format), text_from_c(mode));
        let array = Slice::new_array(shape_from_c(shape, ndim), itemsize, &format, &mode, allocate_buffer != 0);
        store(out, array)
    }
}

impl Slice {
    /// An attribute of the `cython.view.array` object this slice holds
    /// (`what` as for [`cytrus_array_info`]). Errors as Cython's: an
    /// attribute of None is an `AttributeError`, `len(None)` a `TypeError`,
    /// `.shape[k]` past the axes an `IndexError` (a Python tuple's).
    pub fn array_info(&self, what: c_int, index: isize) -> Result<isize, Error> {
        const NAMES: [&str; 6] = ["len", "itemsize", "ndim", "mode", "shape", "strides"];
        // SAFETY: a slice's owner is null or live while the slice is.
        let Some(owner) = (unsafe { self.memview.as_ref() }) else {
            return Err(match NAMES.get(what as usize) {
                Some(name) => {
                    Error::new(ErrorKind::AttributeError, format!("'NoneType' object has no attribute '{name}'"))
                }
                None => Error::new(ErrorKind::TypeError, "object of type 'NoneType' has no len()"),
            });
        };
        let ndim = owner.ndim.max(0) as usize;
        let axis = |index: isize| {
            let k = if index < 0 { index + ndim as isize } else { index };
            if k < 0 || k as usize >= ndim {
                Err(Error::new(ErrorKind::IndexError, "tuple index out of range"))
            } else {
                Ok(k as usize)
            }
        };
        Ok(match what {
            0 => self.shape[..ndim].iter().product::<isize>() * owner.itemsize,
            1 => owner.itemsize,
            2 => ndim as isize,
            3 => isize::from(owner.fortran),
            4 => self.shape[axis(index)?],
            5 => self.strides[axis(index)?],
            _ => self.shape[0],
        })
    }
}

/// `int cytrus_array_info(const cytrus_slice *array, int what, Py_ssize_t index, Py_ssize_t *out)`:
/// [`Slice::array_info`].
///
/// # Safety
/// `array` points to a slice; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn cytrus_array_info(array: *const Slice, what: c_int, index: isize, out: *mut isize) -> c_int {
    // SAFETY: the caller passes a slice and writable storage.
    unsafe {
        match (*array).array_info(what, index) {
            Ok(v) => {
                out.write(v);
                0
            }
            Err(error) => status(Err(error)),
        }
    }
}

/// `void cytrus_array_set_data(cytrus_slice *array, char *data)`: [`Slice::set_array_data`].
///
/// # Safety
/// As for [`Slice::set_array_data`]; `array` points to a slice.
#[no_mangle]
pub unsafe extern "C" fn cytrus_array_set_data(array: *mut Slice, data: *mut c_char) {
    // SAFETY: the caller passes an array slice and a suitable pointer.
    unsafe { (*array).set_array_data(data.cast()) };
}

/// `void cytrus_array_set_callback_free_data(const cytrus_slice *array, void
/// (*callback)(void *))`: [`Slice::set_array_callback_free_data`]; NULL unsets it.
///
/// # Safety
/// As for [`Slice::set_array_callback_free_data`]; `array` points to a slice.
#[no_mangle]
pub unsafe extern "C" fn cytrus_array_set_callback_free_data(array: *const Slice, callback: Option<FreeCallback>) {
    // SAFETY: the caller passes an array slice.
    unsafe { (*array).set_array_callback_free_data(callback) };
}

/// `int cytrus_slice_from_ptr(cytrus_slice *out, void *data, int ndim, const
/// Py_ssize_t *shape, Py_ssize_t itemsize, int fortran)`: [`Slice::from_ptr`]
/// in C order, or Fortran order when `fortran` is nonzero. 0, or -1 with the
/// error set and `*out` the `None` view.
///
/// # Safety
/// `out` is writable; `shape` points to `ndim` values.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_from_ptr(
    out: *mut Slice,
    data: *mut c_void,
    ndim: c_int,
    shape: *const isize,
    itemsize: isize,
    fortran: c_int,
) -> c_int {
    let order = if fortran != 0 { Order::Fortran } else { Order::C };
    // SAFETY: the caller passes `ndim` extents and writable `out`.
    unsafe { store(out, Slice::from_ptr(data.cast(), shape_from_c(shape, ndim), itemsize, order)) }
}

/// `int cytrus_slice_from_row_pointers(cytrus_slice *out, void **rows,
/// Py_ssize_t nrows, Py_ssize_t ncols, Py_ssize_t itemsize)`: see
/// [`Slice::from_row_pointers`]. 0, or -1 with the error set.
///
/// # Safety
/// `out` is writable; `rows` holds `nrows` pointers to `ncols` elements each.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_from_row_pointers(
    out: *mut Slice,
    rows: *mut *mut c_void,
    nrows: isize,
    ncols: isize,
    itemsize: isize,
) -> c_int {
    // SAFETY: the caller passes writable `out`.
    unsafe { store(out, Slice::from_row_pointers(rows.cast(), nrows, ncols, itemsize)) }
}

/// `int cytrus_slice_copy(cytrus_slice *out, const cytrus_slice *src, int ndim,
/// Py_ssize_t itemsize)`: `.copy()`, see [`Slice::copy`]. 0, or -1 with the
/// error set and `*out` the `None` view.
///
/// # Safety
/// As for [`Slice::copy`]; `out` is writable and `src` points to a slice.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_copy(out: *mut Slice, src: *const Slice, ndim: c_int, itemsize: isize) -> c_int {
    // SAFETY: the caller passes a readable view and writable `out`.
    unsafe { store(out, (*src).copy(dims(ndim), itemsize, Order::C)) }
}

/// `int cytrus_slice_copy_fortran(cytrus_slice *out, const cytrus_slice *src,
/// int ndim, Py_ssize_t itemsize)`: `.copy_fortran()`, see [`Slice::copy`].
///
/// # Safety
/// As for [`Slice::copy`]; `out` is writable and `src` points to a slice.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_copy_fortran(
    out: *mut Slice,
    src: *const Slice,
    ndim: c_int,
    itemsize: isize,
) -> c_int {
    // SAFETY: the caller passes a readable view and writable `out`.
    unsafe { store(out, (*src).copy(dims(ndim), itemsize, Order::Fortran)) }
}

/// `int cytrus_slice_is_c_contig(const cytrus_slice *s, int ndim, Py_ssize_t
/// itemsize)`: `.is_c_contig()`, 1 or 0; see [`Slice::is_contig`].
///
/// # Safety
/// `s` points to a slice.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_is_c_contig(s: *const Slice, ndim: c_int, itemsize: isize) -> c_int {
    // SAFETY: the caller passes a pointer to a slice.
    c_int::from(unsafe { &*s }.is_contig(dims(ndim), itemsize, Order::C))
}

/// `int cytrus_slice_is_f_contig(const cytrus_slice *s, int ndim, Py_ssize_t
/// itemsize)`: `.is_f_contig()`, 1 or 0; see [`Slice::is_contig`].
///
/// # Safety
/// `s` points to a slice.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_is_f_contig(s: *const Slice, ndim: c_int, itemsize: isize) -> c_int {
    // SAFETY: the caller passes a pointer to a slice.
    c_int::from(unsafe { &*s }.is_contig(dims(ndim), itemsize, Order::Fortran))
}

/// `int cytrus_slice_copy_contents(const cytrus_slice *dst, int dst_ndim, const
/// cytrus_slice *src, int src_ndim, Py_ssize_t itemsize)`: `dst[...] = src`,
/// see [`Slice::copy_from`]. 0, or -1 with the error set.
///
/// # Safety
/// As for [`Slice::copy_from`]; `dst` and `src` point to slices.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_copy_contents(
    dst: *const Slice,
    dst_ndim: c_int,
    src: *const Slice,
    src_ndim: c_int,
    itemsize: isize,
) -> c_int {
    // SAFETY: the caller passes a writable and a readable view.
    status(unsafe { (*dst).copy_from(dims(dst_ndim), &*src, dims(src_ndim), itemsize) })
}

/// `void cytrus_slice_fill(const cytrus_slice *dst, int ndim, Py_ssize_t
/// itemsize, const void *value)`: `dst[...] = value`, see [`Slice::fill`].
///
/// # Safety
/// As for [`Slice::fill`]; `dst` points to a slice and `value` to `itemsize` bytes.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_fill(dst: *const Slice, ndim: c_int, itemsize: isize, value: *const c_void) {
    // SAFETY: the caller passes `itemsize` value bytes and a writable view.
    unsafe {
        let value = core::slice::from_raw_parts(value.cast::<u8>(), itemsize.unsigned_abs());
        (*dst).fill(dims(ndim), value);
    }
}

#[cfg(test)]
mod tests;
