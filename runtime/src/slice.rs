//! The memoryview slice (`cytrus_slice`) and its owner (`cytrus_memview`).
//!
//! A slice is Cython's `__Pyx_memviewslice`: an owner pointer, the address of
//! element `[0, 0, ...]`, and shape/strides/suboffsets for up to 8 axes. The
//! owner counts acquisitions atomically and frees the buffer with the last one;
//! a slice with no owner borrows memory it never frees (pointer casts, C arrays).
//!
//! `cdef double[:] w = v` → `v.acquire(); w = v`, and when `w` dies `w.release()`.

#[allow(unused_imports)]
use crate::prelude::*;
use alloc::ffi::CString;
use core::ffi::{c_char, c_int, c_void};
use core::ptr;
use core::sync::atomic::{fence, AtomicUsize, Ordering};

/// The number of axes a slice has room for (Cython's limit for a view is 7).
pub const MAX_DIMS: usize = 8;

/// `void (*)(void *)`: what `cython.view.array`'s `callback_free_data` holds.
pub type FreeCallback = unsafe extern "C" fn(*mut c_void);

/// The owner of a buffer (`cytrus_memview` in C): counts the slices that use it
/// and frees the buffer when the last one is released.
///
/// It also remembers what `cython.view.array(...)` was given (format, item
/// size, number of axes), which acquiring the array as a typed view checks.
#[repr(C)]
#[derive(Debug)]
pub struct Memview {
    /// Live acquisitions; the buffer is freed when this drops to 0.
    pub acquisition_count: AtomicUsize,
    /// The buffer handed to `free()` or to the callback (`array.data`).
    pub buffer: *mut u8,
    /// `callback_free_data`: when set, it is called instead of `free()`.
    pub callback_free_data: Option<FreeCallback>,
    /// The array's struct-module format (`"d"`, `"i"`, …), NUL-terminated and
    /// owned by this memview; null when unknown (copies of borrowed views).
    pub format: *mut c_char,
    /// The array's `itemsize` in bytes.
    pub itemsize: isize,
    /// The array's number of axes.
    pub ndim: c_int,
    /// Whether the buffer came from `malloc` (`allocate_buffer=True`) and is
    /// `free()`d when no callback is set.
    pub owns_buffer: bool,
    /// Whether the array was made in Fortran order (`mode="fortran"`): the
    /// array's `.mode`.
    pub fortran: bool,
}

/// A memoryview value (`cytrus_slice` in C), laid out as Cython's
/// `__Pyx_memviewslice`. It is `Copy`: copying does not acquire, the
/// generated code calls [`Slice::acquire`] and [`Slice::release`] explicitly.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slice {
    /// The owner; null for borrowed memory (pointer casts, C arrays) and for `None`.
    pub memview: *mut Memview,
    /// Address of element `[0, 0, ...]`.
    pub data: *mut u8,
    /// Extent of each axis; 0 past the view's last axis.
    pub shape: [isize; MAX_DIMS],
    /// Bytes between neighbours along each axis; may be negative or 0.
    pub strides: [isize; MAX_DIMS],
    /// -1 for each direct axis of the view, 0 past its last axis.
    pub suboffsets: [isize; MAX_DIMS],
}

// The buffer belongs to C's allocator, so that a pointer a user stores in
// `array.data` is freed the way Cython frees it.
extern "C" {
    pub(crate) fn malloc(size: usize) -> *mut c_void;
    pub(crate) fn free(ptr: *mut c_void);
}

impl Memview {
    /// Allocates an owner holding one acquisition (the slice that creates it).
    pub(crate) fn create(
        buffer: *mut u8,
        owns_buffer: bool,
        format: Option<&str>,
        itemsize: isize,
        ndim: usize,
    ) -> *mut Memview {
        // A format with an interior NUL cannot come from a `.pyx` string; keep what precedes it.
        let format = format.map_or(ptr::null_mut(), |text| {
            let text = text.split('\0').next().unwrap_or("");
            CString::new(text).map_or(ptr::null_mut(), CString::into_raw)
        });
        Box::into_raw(Box::new(Memview {
            acquisition_count: AtomicUsize::new(1),
            buffer,
            callback_free_data: None,
            format,
            itemsize,
            ndim: ndim as c_int,
            owns_buffer,
            fortran: false,
        }))
    }

    /// The owner a Rust caller lends memory it borrowed for one kernel call
    /// (it is never freed through the count; `ndim` -1 marks it).
    pub(crate) fn borrowed(buffer: *mut u8) -> Memview {
        Memview {
            acquisition_count: AtomicUsize::new(1),
            buffer,
            callback_free_data: None,
            format: ptr::null_mut(),
            itemsize: 0,
            ndim: -1,
            owns_buffer: false,
            fortran: false,
        }
    }

    /// Whether this owner only lends memory borrowed for one call ([`Memview::borrowed`]).
    pub fn is_borrowed(&self) -> bool {
        self.ndim < 0
    }

    /// The recorded format, if there is one.
    pub(crate) fn format_bytes(&self) -> Option<&[u8]> {
        if self.format.is_null() {
            return None;
        }
        // SAFETY: a non-null `format` was made by `CString::into_raw` in
        // `create` and lives until the memview is destroyed.
        Some(unsafe { core::ffi::CStr::from_ptr(self.format) }.to_bytes())
    }
}

impl Drop for Memview {
    fn drop(&mut self) {
        // Cython's `array.__dealloc__`: the callback wins, even for a null buffer.
        if let Some(callback) = self.callback_free_data {
            // SAFETY: the user promised a function that accepts this buffer.
            unsafe { callback(self.buffer.cast()) };
        } else if self.owns_buffer && !self.buffer.is_null() {
            // SAFETY: an owned buffer came from `malloc` (ours or the user's).
            unsafe { free(self.buffer.cast()) };
        }
        if !self.format.is_null() {
            // SAFETY: `format` came from `CString::into_raw` and is freed once, here.
            drop(unsafe { CString::from_raw(self.format) });
        }
    }
}

impl Slice {
    /// The `None` view: no owner, no data, every extent 0.
    pub const fn none() -> Slice {
        Slice {
            memview: ptr::null_mut(),
            data: ptr::null_mut(),
            shape: [0; MAX_DIMS],
            strides: [0; MAX_DIMS],
            suboffsets: [0; MAX_DIMS],
        }
    }

    /// Whether this is the `None` view (`v is None`).
    pub fn is_none(&self) -> bool {
        self.memview.is_null() && self.data.is_null()
    }

    /// Counts one more user of the owner (`w = v`); nothing for borrowed views.
    ///
    /// # Safety
    /// `memview` is null or points to a live [`Memview`] (one whose
    /// acquisitions have not all been released).
    #[inline]
    pub unsafe fn acquire(&self) {
        // SAFETY: the caller promises a null or live owner.
        if let Some(owner) = unsafe { self.memview.as_ref() } {
            // Relaxed is enough to count up: the caller already holds an acquisition.
            owner.acquisition_count.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Counts one user less; the last release frees the buffer and the owner.
    /// Nothing happens for borrowed views and `None`. The slice's fields are
    /// left as they were: the caller must not use them after the last release.
    ///
    /// # Safety
    /// `memview` is null or points to a live [`Memview`], and this slice holds
    /// one of its acquisitions, which it gives up.
    #[inline]
    pub unsafe fn release(&self) {
        // SAFETY: the caller promises a null or live owner.
        let Some(owner) = (unsafe { self.memview.as_ref() }) else {
            return;
        };
        // Release/Acquire as in `Arc`: every use of the buffer happens before the free.
        if owner.acquisition_count.fetch_sub(1, Ordering::Release) == 1 {
            fence(Ordering::Acquire);
            // SAFETY: owners come from `Box::into_raw` in `Memview::create`, and
            // this was the last acquisition, so no one else uses it.
            drop(unsafe { Box::from_raw(self.memview) });
        }
    }
}

/// A C `int ndim` as an axis count; a negative count is none.
pub(crate) fn dims(ndim: c_int) -> usize {
    usize::try_from(ndim).unwrap_or(0)
}

/// `cytrus_slice cytrus_slice_none(void)`: the `None` view.
#[no_mangle]
pub extern "C" fn cytrus_slice_none() -> Slice {
    Slice::none()
}

/// `int cytrus_slice_is_none(const cytrus_slice *s)`: 1 for the `None` view, else 0.
///
/// # Safety
/// `s` points to a slice.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_is_none(s: *const Slice) -> c_int {
    // SAFETY: the caller passes a pointer to a slice.
    c_int::from(unsafe { (*s).is_none() })
}

/// `void cytrus_slice_acquire(const cytrus_slice *s)`: see [`Slice::acquire`].
///
/// # Safety
/// As for [`Slice::acquire`]; `s` points to a slice.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_acquire(s: *const Slice) {
    // SAFETY: the caller passes a slice whose owner is null or live.
    unsafe { (*s).acquire() };
}

/// `void cytrus_slice_release(const cytrus_slice *s)`: see [`Slice::release`].
///
/// # Safety
/// As for [`Slice::release`]; `s` points to a slice.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_release(s: *const Slice) {
    // SAFETY: the caller passes a slice that holds an acquisition of a live owner, or none.
    unsafe { (*s).release() };
}

/// `void cytrus_memview_acquire(cytrus_memview *owner)`: one more user of a
/// non-null owner. Generated C passes the owner rather than the slice, so
/// that the slice's address does not escape and the C compiler can keep its
/// fields in registers.
///
/// # Safety
/// `owner` points to a live owner.
#[no_mangle]
pub unsafe extern "C" fn cytrus_memview_acquire(owner: *mut Memview) {
    // SAFETY: as for `Slice::acquire`, with this owner.
    unsafe { Slice { memview: owner, ..Slice::none() }.acquire() };
}

/// `void cytrus_memview_release(cytrus_memview *owner)`: one user less of a
/// non-null owner; the last release frees it.
///
/// # Safety
/// `owner` points to a live owner, and the caller gives up one of its acquisitions.
#[no_mangle]
pub unsafe extern "C" fn cytrus_memview_release(owner: *mut Memview) {
    // SAFETY: as for `Slice::release`, with this owner.
    unsafe { Slice { memview: owner, ..Slice::none() }.release() };
}

#[cfg(test)]
mod tests;
