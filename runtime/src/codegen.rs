//! What Rust output calls: the C output's conventions, in Rust.
//!
//! Rust output prints the same lowered IR as C output, statement for
//! statement, so it calls the runtime the way C does: an error is raised
//! into the thread's error indicator ([`set_error`]), a fallible call returns
//! 0 or -1 with the error set, results come back through `&mut` where C
//! passes a pointer. A `def` function's `pub fn` turns the indicator into a
//! `Result` with [`result`]. Functions that read or write through a slice's
//! pointers are `unsafe`; the generated code says at each call why the view
//! is valid.
//!
//! `w = v[1:]` in Rust output:
//! `if unsafe { rt::slice_axis(&mut t3, v.shape[0], …) < 0 } { break 'error_1 4; }`

#[allow(unused_imports)]
use crate::prelude::*;
use core::ffi::{c_char, c_int, c_long, c_void};

use crate::array::{cytrus_slice_copy, cytrus_slice_copy_contents, cytrus_slice_copy_fortran, cytrus_slice_fill};
use crate::array::{cytrus_slice_is_c_contig, cytrus_slice_is_f_contig};
use crate::buffer::{cytrus_slice_check_axes, cytrus_slice_check_dtype};
use crate::error::{add_frame, set_indicator, status, take_indicator, Frame};
use crate::slice::dims;

pub use crate::acquire::{acquire, acquire_struct, Buffer, ViewParam};
pub use crate::array::Order;
pub use crate::buffer::{AxisSpec, ElemType, FieldInfo, TypeGroup, TypeInfo};
pub use crate::convert::{OwnedView, ViewMut, ViewRef};
pub use crate::error::{Error, ErrorKind};
pub use crate::format::{
    str_clear, str_format_bint, str_format_double, str_format_double_as_int, str_format_int, str_format_str, str_free,
    str_percent_bint, str_percent_double, str_percent_int, str_percent_str, str_push, str_push_repr, str_push_str,
};
pub use crate::gil::{gil_acquire, gil_release, gil_restore_after_team, gil_save_for_team};
#[cfg(feature = "std")]
pub use crate::parallel;
pub use crate::print::Print;
pub use crate::slice::Slice;

// ---- module initialisation -------------------------------------------------

/// Whether a module's top-level code ran on this thread, and how it ended
/// (each thread has its own module variables, so each runs it once).
#[derive(Debug)]
pub struct ModuleInit {
    state: core::cell::Cell<u8>,
    error: core::cell::RefCell<Option<Error>>,
}

impl ModuleInit {
    const NOT_RUN: u8 = 0;
    const RUNNING: u8 = 1;
    const DONE: u8 = 2;

    /// Not run yet.
    pub const fn new() -> ModuleInit {
        ModuleInit { state: core::cell::Cell::new(Self::NOT_RUN), error: core::cell::RefCell::new(None) }
    }

    /// Runs `init` the first time; later, returns how it ended. A call made
    /// while it runs (top-level code calling the module's functions) finds
    /// it started and returns `Ok`, as a module being imported is usable.
    pub fn run(&self, init: impl FnOnce() -> Result<(), Error>) -> Result<(), Error> {
        match self.state.get() {
            Self::DONE => self.error.borrow().clone().map_or(Ok(()), Err),
            Self::RUNNING => Ok(()),
            _ => {
                self.state.set(Self::RUNNING);
                let result = init();
                *self.error.borrow_mut() = result.clone().err();
                self.state.set(Self::DONE);
                result
            }
        }
    }
}

impl Default for ModuleInit {
    fn default() -> ModuleInit {
        ModuleInit::new()
    }
}

// ---- the error indicator ---------------------------------------------------

/// `raise kind(message)`: sets the indicator (an empty message is none).
/// Cold: raising is the exceptional path, and saying so lets the optimiser
/// keep a loop's values in registers rather than spill them around the call.
#[cold]
#[inline(never)]
pub fn set_error(kind: ErrorKind, message: &str) {
    set_indicator(Some(Error::new(kind, message)));
}

/// Whether an exception is being propagated.
pub fn error_occurred() -> bool {
    crate::error::cytrus_err_occurred() != 0
}

/// Takes the exception being propagated out of the indicator (`except`,
/// `finally`), with its traceback: [`restore_error`] puts both back.
pub fn fetch_error() -> Option<Error> {
    crate::error::catch_indicator()
}

/// Makes a fetched exception current again (`raise`, the end of `finally`);
/// `None` clears the indicator.
pub fn restore_error(error: Option<Error>) {
    set_indicator(error);
}

/// Drops the exception being propagated.
pub fn clear_error() {
    set_indicator(None);
}

/// Whether `except kind:` catches a fetched exception.
pub fn error_matches(error: &Option<Error>, kind: ErrorKind) -> bool {
    error.as_ref().is_some_and(|e| e.matches(kind))
}

/// Records that the exception being propagated left `function` at `line` of `file`.
#[cold]
#[inline(never)]
pub fn add_traceback_frame(file: &str, line: u32, function: &str) {
    add_frame(Frame { file: file.to_string(), line, function: function.to_string() });
}

/// What a `noexcept` function does with an exception: reports it as Cython
/// does, naming the function (`module.function`), and clears it.
#[cold]
#[inline(never)]
pub fn write_unraisable(name: &str) {
    if let Some(error) = take_indicator() {
        error.print_unraisable(name);
    }
}

/// A `def` function's result for Rust callers: the error in the indicator,
/// if there is one (which it takes), else the value.
#[inline]
pub fn result<T>(value: T) -> Result<T, Error> {
    match take_indicator() {
        Some(error) => Err(error),
        None => Ok(value),
    }
}

/// An exception that ended the program (`main` of `cytrus build --embed`):
/// the traceback recorded while it propagated, then `Kind: message`, on stderr.
pub fn report_uncaught(error: &Error) {
    error.print_uncaught_with_traceback();
}

// ---- Python ints: exact in 128 bits, as `cytrus_i128_*` in cytrus.h -------

/// The OverflowError text past 128 bits (cytrus's documented limit).
const I128_OVERFLOW: &str = "Python int too large: cytrus computes Python ints in 128 bits";

fn i128_overflow() -> c_int {
    set_error(ErrorKind::OverflowError, I128_OVERFLOW);
    -1
}

/// `int(x)` of a double: the value truncated towards zero, exactly; Python's
/// ValueError for a nan and OverflowError for an infinity, and cytrus's
/// OverflowError past 128 bits.
pub fn double_to_int(x: f64, out: &mut i128) -> c_int {
    if x.is_nan() {
        set_error(ErrorKind::ValueError, "cannot convert float NaN to integer");
        return -1;
    }
    if x.is_infinite() {
        set_error(ErrorKind::OverflowError, "cannot convert float infinity to integer");
        return -1;
    }
    let whole = x.trunc();
    // 2**127 is exactly representable; anything at or past it does not fit.
    if whole.abs() >= 170141183460469231731687303715884105728.0 {
        return i128_overflow();
    }
    *out = whole as i128;
    0
}

/// `int cytrus_double_to_int(double x, cytrus_i128 *out)`: [`double_to_int`].
///
/// # Safety
/// `out` is valid for writing.
#[allow(improper_ctypes_definitions)]
#[no_mangle]
pub unsafe extern "C" fn cytrus_double_to_int(x: f64, out: *mut i128) -> c_int {
    // SAFETY: the caller's promise.
    double_to_int(x, unsafe { &mut *out })
}

/// CPython 3.11's texts for a Python int divided by zero (`//` and `divmod`
/// share one).
fn zero_division(modulo: bool) -> c_int {
    let text = if modulo { "integer modulo by zero" } else { "integer division or modulo by zero" };
    set_error(ErrorKind::ZeroDivisionError, text);
    -1
}

fn store_i128(value: Option<i128>, out: &mut i128) -> c_int {
    match value {
        Some(v) => {
            *out = v;
            0
        }
        None => i128_overflow(),
    }
}

/// `a + b`; OverflowError past 128 bits.
pub fn i128_add(a: i128, b: i128, out: &mut i128) -> c_int {
    store_i128(a.checked_add(b), out)
}

/// `a - b`; OverflowError past 128 bits.
pub fn i128_sub(a: i128, b: i128, out: &mut i128) -> c_int {
    store_i128(a.checked_sub(b), out)
}

/// `a * b`; OverflowError past 128 bits.
pub fn i128_mul(a: i128, b: i128, out: &mut i128) -> c_int {
    store_i128(a.checked_mul(b), out)
}

/// Python's `a // b`: rounds towards negative infinity.
pub fn i128_floordiv(a: i128, b: i128, out: &mut i128) -> c_int {
    if b == 0 {
        return zero_division(false);
    }
    if b == -1 && a == i128::MIN {
        return i128_overflow();
    }
    let (mut q, r) = (a / b, a % b);
    if r != 0 && ((r < 0) != (b < 0)) {
        q -= 1;
    }
    *out = q;
    0
}

/// Python's `a % b`: the result takes the divisor's sign.
pub fn i128_mod(a: i128, b: i128, out: &mut i128) -> c_int {
    if b == 0 {
        return zero_division(true);
    }
    if b == -1 {
        *out = 0;
        return 0;
    }
    let mut r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r += b;
    }
    *out = r;
    0
}

/// Python's `int / int` (`b != 0`): the exact quotient, rounded once to the
/// nearest double (ties to even), as `cytrus_i128_truediv` in `cytrus.h`.
pub fn i128_truediv(a: i128, b: i128) -> f64 {
    let negative = (a < 0) != (b < 0);
    let (n, d) = (a.unsigned_abs(), b.unsigned_abs());
    if n < 1 << 53 && d < 1 << 53 {
        return a as f64 / b as f64;
    }
    if n == 0 {
        return if negative { -0.0 } else { 0.0 };
    }
    let (mut q, mut rem, mut pos) = (0u128, 0u128, 127i32);
    loop {
        rem = if pos >= 0 { (rem << 1) | ((n >> pos) & 1) } else { rem << 1 };
        let bit = rem >= d;
        if bit {
            rem -= d;
        }
        if q != 0 || bit {
            q = (q << 1) | u128::from(bit);
            if q >> 54 != 0 {
                break;
            }
        }
        pos -= 1;
    }
    let sticky = rem != 0 || (pos > 0 && n & ((1u128 << pos) - 1) != 0);
    let low = q & 3;
    q >>= 2;
    if low > 2 || (low == 2 && (sticky || q & 1 == 1)) {
        q += 1;
    }
    // q < 2^54 converts exactly; the scaling by a power of two is exact too.
    let r = q as f64 * 2f64.powi(pos + 2);
    if negative {
        -r
    } else {
        r
    }
}

/// `a ** b` for `b >= 0` (a negative exponent is rejected before this is called).
pub fn i128_pow(a: i128, b: i128, out: &mut i128) -> c_int {
    let (mut base, mut exponent, mut result) = (a, b, 1i128);
    while exponent > 0 {
        if exponent & 1 != 0 {
            match result.checked_mul(base) {
                Some(r) => result = r,
                None => return i128_overflow(),
            }
        }
        exponent >>= 1;
        if exponent > 0 {
            match base.checked_mul(base) {
                Some(b) => base = b,
                None => return i128_overflow(),
            }
        }
    }
    *out = result;
    0
}

/// `a << b`: ValueError for a negative count, OverflowError past 128 bits.
pub fn i128_shl(a: i128, b: i128, out: &mut i128) -> c_int {
    if b < 0 {
        set_error(ErrorKind::ValueError, "negative shift count");
        return -1;
    }
    if a == 0 {
        *out = 0;
        return 0;
    }
    if b >= 127 || ((a << b) >> b) != a {
        return i128_overflow();
    }
    *out = a << b;
    0
}

/// C99's `double complex`, as the C library passes it (two doubles: on
/// x86-64 and AArch64 the same registers as this struct).
#[repr(C)]
#[derive(Clone, Copy)]
struct Complex {
    re: f64,
    im: f64,
}

extern "C" {
    /// The C library's complex power (glibc: `cexp(b * clog(a))`).
    fn cpow(a: Complex, b: Complex) -> Complex;
}

/// Cython's "soft complex" `a ** b` on doubles (`cpow` is off and the
/// exponent is not known to be an integer): computed as a complex power with
/// the C library's `cpow`, then converted back to a double, which raises
/// Cython's TypeError when the imaginary part is not zero (`(-2.0) ** 0.5`,
/// and `(-2.0) ** 2.0`, whose `cpow` leaves `-9.8e-16j`).
pub fn soft_pow(a: f64, b: f64, out: &mut f64) -> c_int {
    // SAFETY: cpow is a pure function of its two values.
    let z = unsafe { cpow(Complex { re: a, im: 0.0 }, Complex { re: b, im: 0.0 }) };
    if z.im != 0.0 {
        set_error(
            ErrorKind::TypeError,
            "Cannot convert 'complex' with non-zero imaginary component to 'double' (this most likely comes from the '**' operator; use 'cython.cpow(True)' to return 'nan' instead of a complex number).",
        );
        return -1;
    }
    *out = z.re;
    0
}

/// `int cytrus_soft_pow(double a, double b, double *out)`: [`soft_pow`].
#[no_mangle]
pub extern "C" fn cytrus_soft_pow(a: f64, b: f64, out: &mut f64) -> c_int {
    soft_pow(a, b, out)
}

// C output computes `+`, `-`, `*`, `//`, `%` and `<<` inline in `cytrus.h`
// (a test checks it agrees with the functions above); it calls these.

/// `int cytrus_i128_overflow(void)`: raises the OverflowError past 128 bits; -1.
#[no_mangle]
#[cold]
pub extern "C" fn cytrus_i128_overflow() -> c_int {
    i128_overflow()
}

/// `double cytrus_i128_truediv(cytrus_i128 a, cytrus_i128 b)`: [`i128_truediv`].
// Rust's i128 has C's __int128 layout and calling convention (Rust 1.77+).
#[allow(improper_ctypes_definitions)]
#[no_mangle]
pub extern "C" fn cytrus_i128_truediv(a: i128, b: i128) -> f64 {
    i128_truediv(a, b)
}

/// `int cytrus_i128_pow(cytrus_i128 a, cytrus_i128 b, cytrus_i128 *out)`: [`i128_pow`].
///
/// # Safety
/// `out` is valid for writing.
#[allow(improper_ctypes_definitions)]
#[no_mangle]
pub unsafe extern "C" fn cytrus_i128_pow(a: i128, b: i128, out: *mut i128) -> c_int {
    // SAFETY: the caller's promise.
    i128_pow(a, b, unsafe { &mut *out })
}

// ---- views -----------------------------------------------------------------

/// Stores a slice result as C output sees it: the slice, or the None view
/// and -1 with the error raised.
fn store_slice(out: &mut Slice, result: Result<Slice, Error>) -> c_int {
    match result {
        Ok(slice) => {
            *out = slice;
            0
        }
        Err(error) => {
            *out = Slice::none();
            status(Err(error))
        }
    }
}

/// `cython.view.array(...)` into `out`, holding one acquisition: [`Slice::new_array`].
pub fn array_new(
    out: &mut Slice,
    ndim: c_int,
    shape: &[isize],
    itemsize: isize,
    format: &str,
    mode: &str,
    allocate_buffer: c_int,
) -> c_int {
    let shape = &shape[..dims(ndim).min(shape.len())];
    store_slice(out, Slice::new_array(shape, itemsize, format, mode, allocate_buffer != 0))
}

/// `np.zeros(shape, dtype, order)` (and `np.empty`) into `out`: [`Slice::numpy_array`].
pub fn numpy_array(
    out: &mut Slice,
    ndim: c_int,
    shape: &[isize],
    itemsize: isize,
    format: &str,
    fortran: c_int,
) -> c_int {
    let shape = &shape[..dims(ndim).min(shape.len())];
    let order = if fortran != 0 { Order::Fortran } else { Order::C };
    store_slice(out, Slice::numpy_array(shape, itemsize, format, order))
}

/// `np.full(…, value)` / `np.ones(…)` with an integer value: [`Slice::numpy_fill_int`].
///
/// # Safety
/// `array` is a live, writable view of `format`'s elements.
pub unsafe fn numpy_fill_int(array: &Slice, ndim: c_int, format: &str, value: i128) -> c_int {
    // SAFETY: the caller's promise.
    status(unsafe { array.numpy_fill_int(dims(ndim), format, value) })
}

/// `np.full(…, value)` with a float value: [`Slice::numpy_fill_float`].
///
/// # Safety
/// `array` is a live, writable view of `format`'s elements.
pub unsafe fn numpy_fill_float(array: &Slice, ndim: c_int, format: &str, value: f64) -> c_int {
    // SAFETY: the caller's promise.
    status(unsafe { array.numpy_fill_float(dims(ndim), format, value) })
}

/// `np.arange(start, stop, step, dtype)` with integers into `out`: [`Slice::numpy_arange_int`].
pub fn numpy_arange_int(out: &mut Slice, start: i128, stop: i128, step: i128, itemsize: isize, format: &str) -> c_int {
    store_slice(out, Slice::numpy_arange_int(start, stop, step, itemsize, format))
}

/// `np.arange(start, stop, step, dtype)` with floats into `out`: [`Slice::numpy_arange_float`].
pub fn numpy_arange_float(out: &mut Slice, start: f64, stop: f64, step: f64, itemsize: isize, format: &str) -> c_int {
    store_slice(out, Slice::numpy_arange_float(start, stop, step, itemsize, format))
}

/// A numpy array taken as a contiguous view: [`Slice::numpy_require_contig`].
pub fn numpy_require_contig(array: &mut Slice, ndim: c_int, itemsize: isize, fortran: c_int) -> c_int {
    let order = if fortran != 0 { Order::Fortran } else { Order::C };
    status(array.numpy_require_contig(dims(ndim), itemsize, order))
}

/// `<T[:n, :m]>p` into `out` (Fortran order when `fortran` is nonzero): a
/// borrowed view, see [`Slice::from_ptr`].
pub fn slice_from_ptr(
    out: &mut Slice,
    data: *mut c_void,
    ndim: c_int,
    shape: &[isize],
    itemsize: isize,
    fortran: c_int,
) -> c_int {
    let order = if fortran != 0 { Order::Fortran } else { Order::C };
    let shape = &shape[..dims(ndim).min(shape.len())];
    store_slice(out, Slice::from_ptr(data.cast(), shape, itemsize, order))
}

/// `.copy()` into `out`, see [`Slice::copy`].
///
/// # Safety
/// As for [`Slice::copy`]: `src` is a live view of `ndim` axes of `itemsize`-byte elements.
pub unsafe fn slice_copy(out: &mut Slice, src: &Slice, ndim: c_int, itemsize: isize) -> c_int {
    // SAFETY: the caller's promise; `out` and `src` are references.
    unsafe { cytrus_slice_copy(out, src, ndim, itemsize) }
}

/// `.copy_fortran()` into `out`, see [`Slice::copy`].
///
/// # Safety
/// As for [`slice_copy`].
pub unsafe fn slice_copy_fortran(out: &mut Slice, src: &Slice, ndim: c_int, itemsize: isize) -> c_int {
    // SAFETY: the caller's promise; `out` and `src` are references.
    unsafe { cytrus_slice_copy_fortran(out, src, ndim, itemsize) }
}

/// `.is_c_contig()`: 1 or 0.
pub fn slice_is_c_contig(s: &Slice, ndim: c_int, itemsize: isize) -> c_int {
    // SAFETY: `s` is a reference to a slice; only its fields are read.
    unsafe { cytrus_slice_is_c_contig(s, ndim, itemsize) }
}

/// `.is_f_contig()`: 1 or 0.
pub fn slice_is_f_contig(s: &Slice, ndim: c_int, itemsize: isize) -> c_int {
    // SAFETY: `s` is a reference to a slice; only its fields are read.
    unsafe { cytrus_slice_is_f_contig(s, ndim, itemsize) }
}

/// `dst[...] = src`, see [`Slice::copy_from`].
///
/// # Safety
/// As for [`Slice::copy_from`]: live views of `itemsize`-byte elements,
/// `dst` writable.
pub unsafe fn slice_copy_contents(
    dst: &Slice,
    dst_ndim: c_int,
    src: &Slice,
    src_ndim: c_int,
    itemsize: isize,
) -> c_int {
    // SAFETY: the caller's promise; both are references.
    unsafe { cytrus_slice_copy_contents(dst, dst_ndim, src, src_ndim, itemsize) }
}

/// `dst[...] = value`, see [`Slice::fill`].
///
/// # Safety
/// As for [`Slice::fill`]: `dst` is a live, writable view of elements of type
/// `T`, which is `itemsize` bytes.
pub unsafe fn slice_fill<T: Copy>(dst: &Slice, ndim: c_int, itemsize: isize, value: &T) {
    assert_eq!(itemsize.unsigned_abs(), size_of::<T>(), "the element type has the item size");
    // SAFETY: the caller's promise; `value` points to `itemsize` bytes.
    unsafe { cytrus_slice_fill(dst, ndim, itemsize, (value as *const T).cast()) }
}

/// Acquiring an array as a view of `ndim` axes of the type `dtype_name`:
/// [`Slice::check_dtype`], with the type group as a `CYTRUS_GROUP_*` letter.
///
/// # Safety
/// `s.memview` is null or live.
pub unsafe fn slice_check_dtype(
    s: &Slice,
    ndim: c_int,
    dtype_name: &str,
    dtype_size: usize,
    dtype_group: c_char,
) -> c_int {
    // A dtype name is a C type name; it has no NUL.
    let Ok(name) = alloc::ffi::CString::new(dtype_name) else {
        return status(Err(Error::new(ErrorKind::ValueError, "invalid dtype name")));
    };
    // SAFETY: the caller's promise about the owner; `name` is NUL-terminated.
    unsafe { cytrus_slice_check_dtype(s, ndim, name.as_ptr(), dtype_size, dtype_group) }
}

/// Checks a view's strides against `ndim` `CYTRUS_AXIS_*` specs, see [`Slice::check_axes`].
pub fn slice_check_axes(s: &Slice, ndim: c_int, itemsize: isize, axis_specs: &[c_int]) -> c_int {
    let ndim = dims(ndim).min(axis_specs.len());
    // SAFETY: `s` is a reference and `axis_specs` holds at least `ndim` ints.
    unsafe { cytrus_slice_check_axes(s, ndim as c_int, itemsize, axis_specs.as_ptr()) }
}

/// One axis of a slice, as Cython's `__pyx_memoryview_slice_memviewslice`
/// (and `cytrus_slice_axis` in cytrus.h): an index (`is_slice == 0`) removes
/// the axis, a `start:stop:step` range becomes axis `new_ndim` of `dst`.
/// `suboffset_dim` tracks where offsets go once an indirect axis was sliced
/// (-1: into `data`). 0, or -1 with an error set.
///
/// # Safety
/// Indexing an indirect axis reads the pointer stored at the index: `dst`
/// is then a live view whose `data` points to such pointers.
#[allow(clippy::too_many_arguments)]
pub unsafe fn slice_axis(
    dst: &mut Slice,
    shape: isize,
    stride: isize,
    suboffset: isize,
    dim: c_int,
    new_ndim: c_int,
    suboffset_dim: &mut c_int,
    mut start: isize,
    mut stop: isize,
    mut step: isize,
    have_start: c_int,
    have_stop: c_int,
    have_step: c_int,
    is_slice: c_int,
) -> c_int {
    let new_axis = usize::try_from(new_ndim).unwrap_or(0);
    if is_slice == 0 {
        if start < 0 {
            start = start.wrapping_add(shape);
        }
        if !(0 <= start && start < shape) {
            set_error(ErrorKind::IndexError, &format!("Index out of bounds (axis {dim})"));
            return -1;
        }
    } else {
        let mut negative_step = false;
        if have_step != 0 {
            negative_step = step < 0;
            if step == 0 {
                set_error(ErrorKind::ValueError, &format!("Step may not be zero (axis {dim})"));
                return -1;
            }
        } else {
            step = 1;
        }
        if have_start != 0 {
            if start < 0 {
                start = start.wrapping_add(shape);
                if start < 0 {
                    start = 0;
                }
            } else if start >= shape {
                start = if negative_step { shape - 1 } else { shape };
            }
        } else {
            start = if negative_step { shape - 1 } else { 0 };
        }
        if have_stop != 0 {
            if stop < 0 {
                stop = stop.wrapping_add(shape);
                if stop < 0 {
                    stop = 0;
                }
            } else if stop > shape {
                stop = shape;
            }
        } else {
            stop = if negative_step { -1 } else { shape };
        }
        // The new extent is ceil((stop - start) / step), at least 0.
        let length = stop.wrapping_sub(start);
        let mut new_shape = length.wrapping_div(step);
        if length.wrapping_sub(step.wrapping_mul(new_shape)) != 0 {
            new_shape += 1;
        }
        if new_shape < 0 {
            new_shape = 0;
        }
        // Cython's extent can reach past the axis (`6:-1:3` of 4 gives 1, at
        // index 4): there Python's slice is empty, and so is ours.
        let last = start.wrapping_add((new_shape - 1).wrapping_mul(step));
        if new_shape > 0 && !(0 <= start && start < shape && 0 <= last && last < shape) {
            new_shape = 0;
        }
        dst.strides[new_axis] = stride.wrapping_mul(step);
        dst.shape[new_axis] = new_shape;
        dst.suboffsets[new_axis] = suboffset;
    }
    match usize::try_from(*suboffset_dim) {
        Err(_) => dst.data = dst.data.wrapping_offset(start.wrapping_mul(stride)),
        Ok(axis) => dst.suboffsets[axis] = dst.suboffsets[axis].wrapping_add(start.wrapping_mul(stride)),
    }
    if suboffset >= 0 {
        if is_slice == 0 {
            if new_ndim == 0 {
                // SAFETY: the caller promises that `data` points to the pointers of an indirect axis.
                dst.data = unsafe { dst.data.cast::<*mut u8>().read() }.wrapping_offset(suboffset);
            } else {
                set_error(
                    ErrorKind::IndexError,
                    &format!("All dimensions preceding dimension {dim} must be indexed and not sliced"),
                );
                return -1;
            }
        } else {
            *suboffset_dim = new_ndim;
        }
    }
    0
}

// ---- libc ------------------------------------------------------------------

mod libc {
    use core::ffi::{c_int, c_long, c_void};

    extern "C" {
        pub fn malloc(size: usize) -> *mut c_void;
        pub fn calloc(count: usize, size: usize) -> *mut c_void;
        pub fn realloc(ptr: *mut c_void, size: usize) -> *mut c_void;
        pub fn free(ptr: *mut c_void);
        pub fn memmove(dst: *mut c_void, src: *const c_void, n: usize) -> *mut c_void;
        pub fn memset(dst: *mut c_void, c: c_int, n: usize) -> *mut c_void;
        pub fn clock() -> c_long;
        pub fn qsort(base: *mut c_void, n: usize, size: usize, compare: super::Comparator);
        pub fn bsearch(
            key: *mut c_void,
            base: *mut c_void,
            n: usize,
            size: usize,
            compare: super::Comparator,
        ) -> *mut c_void;
    }
}

/// A `qsort`/`bsearch` comparator as the generated code defines it: C's
/// `int (*)(const void *, const void *)` (the pointers are not written through).
pub type Comparator = extern "C" fn(*mut c_void, *mut c_void) -> c_int;

/// The C library's `qsort(base, n, size, compare)`, so that Rust output
/// orders equal elements as the C output does.
///
/// # Safety
/// `base` is valid for `n` elements of `size` bytes, and `compare` reads
/// only its two arguments' elements.
pub unsafe fn qsort(base: *mut c_void, n: usize, size: usize, compare: Comparator) {
    // SAFETY: the caller's promise.
    unsafe { libc::qsort(base, n, size, compare) }
}

/// The C library's `bsearch(key, base, n, size, compare)`.
///
/// # Safety
/// As [`qsort`]; `key` is valid for one element.
pub unsafe fn bsearch(key: *mut c_void, base: *mut c_void, n: usize, size: usize, compare: Comparator) -> *mut c_void {
    // SAFETY: the caller's promise.
    unsafe { libc::bsearch(key, base, n, size, compare) }
}

/// `malloc(size)`: C's allocator, which `free` and the runtime's arrays share.
pub fn malloc(size: usize) -> *mut c_void {
    // SAFETY: malloc accepts any size; the caller checks for null.
    unsafe { libc::malloc(size) }
}

/// `calloc(count, size)`.
pub fn calloc(count: usize, size: usize) -> *mut c_void {
    // SAFETY: calloc accepts any sizes; the caller checks for null.
    unsafe { libc::calloc(count, size) }
}

/// `realloc(ptr, size)`.
///
/// # Safety
/// `ptr` is null or came from `malloc`, `calloc` or `realloc` and was not freed.
pub unsafe fn realloc(ptr: *mut c_void, size: usize) -> *mut c_void {
    // SAFETY: the caller's promise.
    unsafe { libc::realloc(ptr, size) }
}

/// `free(ptr)`.
///
/// # Safety
/// `ptr` is null or came from `malloc`, `calloc` or `realloc` and was not freed.
pub unsafe fn free(ptr: *mut c_void) {
    // SAFETY: the caller's promise.
    unsafe { libc::free(ptr) }
}

/// The program's `memcpy(dst, src, n)`, as `memmove` (the C output calls
/// memmove too, so overlapping copies behave the same).
///
/// # Safety
/// `dst` and `src` are valid for `n` bytes.
pub unsafe fn memmove(dst: *mut c_void, src: *mut c_void, n: usize) -> *mut c_void {
    // SAFETY: the caller's promise.
    unsafe { libc::memmove(dst, src, n) }
}

/// `memset(dst, c, n)`.
///
/// # Safety
/// `dst` is valid for writing `n` bytes.
pub unsafe fn memset(dst: *mut c_void, c: c_int, n: usize) -> *mut c_void {
    // SAFETY: the caller's promise.
    unsafe { libc::memset(dst, c, n) }
}

/// `clock()`: processor time in `CLOCKS_PER_SEC` units.
pub fn clock() -> c_long {
    // SAFETY: clock has no preconditions.
    unsafe { libc::clock() }
}

// ---- <math.h> functions whose Rust std versions are not libm's -------------

/// The C library's functions that generated code calls by name
/// (`rt::erf(x)`), so that Rust output computes what C output does.
macro_rules! libm_functions {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {
        mod libm {
            extern "C" {
                $(pub fn $name($($arg: $ty),*) -> $ret;)*
            }
        }
        $(
            #[doc = concat!("`", stringify!($name), "` from the C library.")]
            #[inline]
            pub fn $name($($arg: $ty),*) -> $ret {
                // SAFETY: a libm function of plain numbers (lgamma also sets
                // the process's `signgam`, as it does for C output).
                unsafe { libm::$name($($arg),*) }
            }
        )*
    };
}

libm_functions! {
    asinh(x: f64) -> f64; acosh(x: f64) -> f64; atanh(x: f64) -> f64;
    erf(x: f64) -> f64; erfc(x: f64) -> f64; tgamma(x: f64) -> f64; lgamma(x: f64) -> f64;
    logb(x: f64) -> f64; fdim(x: f64, y: f64) -> f64; remainder(x: f64, y: f64) -> f64;
    nextafter(x: f64, y: f64) -> f64;
    ldexp(x: f64, n: core::ffi::c_int) -> f64; scalbn(x: f64, n: core::ffi::c_int) -> f64;
    scalbln(x: f64, n: core::ffi::c_long) -> f64; ilogb(x: f64) -> core::ffi::c_int;
    lround(x: f64) -> core::ffi::c_long; lrint(x: f64) -> core::ffi::c_long;
    llround(x: f64) -> core::ffi::c_longlong; llrint(x: f64) -> core::ffi::c_longlong;
    asinhf(x: f32) -> f32; acoshf(x: f32) -> f32; atanhf(x: f32) -> f32;
    erff(x: f32) -> f32; erfcf(x: f32) -> f32; tgammaf(x: f32) -> f32; lgammaf(x: f32) -> f32;
    logbf(x: f32) -> f32; fdimf(x: f32, y: f32) -> f32; remainderf(x: f32, y: f32) -> f32;
    nextafterf(x: f32, y: f32) -> f32;
    ldexpf(x: f32, n: core::ffi::c_int) -> f32; scalbnf(x: f32, n: core::ffi::c_int) -> f32;
    scalblnf(x: f32, n: core::ffi::c_long) -> f32; ilogbf(x: f32) -> core::ffi::c_int;
    lroundf(x: f32) -> core::ffi::c_long; lrintf(x: f32) -> core::ffi::c_long;
    llroundf(x: f32) -> core::ffi::c_longlong; llrintf(x: f32) -> core::ffi::c_longlong;
}

/// `isinf(x)` as glibc's macro gives it with gcc: 1 for +inf, -1 for -inf, else 0.
pub fn isinf(x: f64) -> c_int {
    if x.is_infinite() {
        if x > 0.0 {
            1
        } else {
            -1
        }
    } else {
        0
    }
}

#[cfg(test)]
mod tests;

/// An attribute of a `cython.view.array` (`what` as for `cytrus_array_info`) into `out`.
pub fn array_info(array: &Slice, what: c_int, index: isize, out: &mut isize) -> c_int {
    match array.array_info(what, index) {
        Ok(v) => {
            *out = v;
            0
        }
        Err(error) => status(Err(error)),
    }
}

/// `arr.data = p` on a `cython.view.array` made with `allocate_buffer=False`.
///
/// # Safety
/// `array` holds a live array; if the array frees its data, `data` came from `malloc`.
pub unsafe fn array_set_data(array: &mut Slice, data: *mut c_void) {
    // SAFETY: the caller's promise, passed on.
    unsafe { array.set_array_data(data.cast()) }
}

/// `arr.callback_free_data = callback`: the last release frees the data with it.
///
/// # Safety
/// `array` holds a live array whose data `callback` may free.
pub unsafe fn array_set_callback_free(array: &mut Slice, callback: unsafe extern "C" fn(*mut c_void)) {
    // SAFETY: the callback matches `FreeCallback`; the caller promises it fits the data.
    unsafe { array.set_array_callback_free_data(Some(callback)) }
}

/// Runtime functions that generated code passes as callbacks (C ABI).
pub mod callback {
    use core::ffi::c_void;

    /// libc's `free`, for `callback_free_data`.
    ///
    /// # Safety
    /// As `free`: `ptr` came from `malloc` and is freed once.
    pub unsafe extern "C" fn free(ptr: *mut c_void) {
        // SAFETY: the caller's promise.
        unsafe { super::free(ptr) }
    }
}
