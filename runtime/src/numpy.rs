//! numpy's array constructors, as cytrus makes them without numpy:
//! `np.zeros`/`empty`/`ones`/`full` (and their `*_like` forms) and `np.arange`,
//! held by a typed memoryview the moment they are made.
//!
//! An element's type is the buffer format character numpy exports for its
//! dtype (`'d'` float64, `'f'` float32, `'b'`/`'B'` int8/uint8, `'h'`/`'H'`,
//! `'i'`/`'I'`, `'l'`/`'L'` int64/uint64 and intp, `'q'`/`'Q'` longlong, `'?'`
//! bool). Values reach an element as numpy converts them: a Python integer
//! out of the dtype's range is an `OverflowError`, a float is cast as C casts
//! it on x86-64 (numpy's `casting='unsafe'`).

#[allow(unused_imports)]
use crate::prelude::*;
use core::ffi::{c_char, c_int};
use core::ptr;

use crate::array::Order;
use crate::error::{status, Error, ErrorKind};
use crate::slice::{dims, malloc, Memview, Slice, MAX_DIMS};

/// The element types numpy's constructors make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Element {
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    LongLong,
    ULongLong,
    F32,
    F64,
    Bool,
}

impl Element {
    fn of(format: &str) -> Option<Element> {
        Some(match format {
            "b" => Element::I8,
            "B" => Element::U8,
            "h" => Element::I16,
            "H" => Element::U16,
            "i" => Element::I32,
            "I" => Element::U32,
            "l" => Element::I64,
            "L" => Element::U64,
            "q" => Element::LongLong,
            "Q" => Element::ULongLong,
            "f" => Element::F32,
            "d" => Element::F64,
            "?" => Element::Bool,
            _ => return None,
        })
    }

    /// numpy's name of the dtype, as its error messages spell it.
    fn name(self) -> &'static str {
        match self {
            Element::I8 => "int8",
            Element::U8 => "uint8",
            Element::I16 => "int16",
            Element::U16 => "uint16",
            Element::I32 => "int32",
            Element::U32 => "uint32",
            Element::I64 => "int64",
            Element::U64 => "uint64",
            Element::LongLong => "longlong",
            Element::ULongLong => "ulonglong",
            Element::F32 => "float32",
            Element::F64 => "float64",
            Element::Bool => "bool",
        }
    }

    /// `value` (a Python integer) as this element's bytes, or numpy's error.
    fn from_int(self, value: i128) -> Result<[u8; 8], Error> {
        let out_of_bounds = || {
            Error::new(ErrorKind::OverflowError, format!("Python integer {value} out of bounds for {}", self.name()))
        };
        let too_large = || Error::new(ErrorKind::OverflowError, "Python int too large to convert to C long");
        let too_big = || Error::new(ErrorKind::OverflowError, "int too big to convert");
        let out_of_bounds_uint64 =
            || Error::new(ErrorKind::OverflowError, format!("Python integer {value} out of bounds for uint64"));
        let narrow = |min: i128, max: i128| if (min..=max).contains(&value) { Ok(value) } else { Err(out_of_bounds()) };
        let in_long = i64::try_from(value).is_ok();
        // Past C long, numpy's conversion fails before the dtype's range is
        // checked (uint32 and uint64 take C unsigned long too; longlong and the floats convert otherwise).
        let in_unsigned_long = u64::try_from(value).is_ok();
        let exempt = match self {
            Element::U32 | Element::U64 => in_unsigned_long,
            Element::LongLong | Element::ULongLong | Element::F32 | Element::F64 => true,
            _ => false,
        };
        if !in_long && !exempt {
            return Err(too_large());
        }
        Ok(match self {
            Element::I8 => bytes(&(narrow(i8::MIN.into(), i8::MAX.into())? as i8).to_ne_bytes()),
            Element::U8 => bytes(&(narrow(0, u8::MAX.into())? as u8).to_ne_bytes()),
            Element::I16 => bytes(&(narrow(i16::MIN.into(), i16::MAX.into())? as i16).to_ne_bytes()),
            Element::U16 => bytes(&(narrow(0, u16::MAX.into())? as u16).to_ne_bytes()),
            Element::I32 => bytes(&(narrow(i32::MIN.into(), i32::MAX.into())? as i32).to_ne_bytes()),
            Element::U32 => bytes(&(narrow(0, u32::MAX.into())? as u32).to_ne_bytes()),
            Element::I64 => bytes(&(value as i64).to_ne_bytes()),
            Element::U64 if (i128::from(i64::MIN)..0).contains(&value) => return Err(out_of_bounds_uint64()),
            Element::U64 => bytes(&u64::try_from(value).map_err(|_| too_large())?.to_ne_bytes()),
            Element::LongLong => bytes(&i64::try_from(value).map_err(|_| too_big())?.to_ne_bytes()),
            Element::ULongLong if (i128::from(i64::MIN)..0).contains(&value) => return Err(out_of_bounds_uint64()),
            Element::ULongLong => bytes(&u64::try_from(value).map_err(|_| too_big())?.to_ne_bytes()),
            Element::F32 => bytes(&((value as f64) as f32).to_ne_bytes()),
            Element::F64 => bytes(&(value as f64).to_ne_bytes()),
            Element::Bool => bytes(&[u8::from(value != 0)]),
        })
    }

    /// `value` (a Python float) as this element's bytes: C's conversion as
    /// x86-64 performs it (out-of-range and NaN integers are the "integer
    /// indefinite" value of the instruction gcc uses, then truncated).
    fn from_float(self, value: f64) -> [u8; 8] {
        // cvttsd2si with a 32-bit destination: used for every integer up to 16 bits and int32.
        let to_i32 = |v: f64| if v > -2147483649.0 && v < 2147483648.0 { v as i32 } else { i32::MIN };
        let to_i64 =
            |v: f64| if v >= -9.223372036854775808e18 && v < 9.223372036854775808e18 { v as i64 } else { i64::MIN };
        let to_u64 = |v: f64| {
            if v >= 9.223372036854775808e18 {
                (to_i64(v - 9.223372036854775808e18) as u64) ^ (1 << 63)
            } else {
                to_i64(v) as u64
            }
        };
        match self {
            Element::I8 => bytes(&(to_i32(value) as i8).to_ne_bytes()),
            Element::U8 => bytes(&(to_i32(value) as u8).to_ne_bytes()),
            Element::I16 => bytes(&(to_i32(value) as i16).to_ne_bytes()),
            Element::U16 => bytes(&(to_i32(value) as u16).to_ne_bytes()),
            Element::I32 => bytes(&to_i32(value).to_ne_bytes()),
            Element::U32 => bytes(&(to_i64(value) as u32).to_ne_bytes()),
            Element::I64 | Element::LongLong => bytes(&to_i64(value).to_ne_bytes()),
            Element::U64 | Element::ULongLong => bytes(&to_u64(value).to_ne_bytes()),
            Element::F32 => bytes(&(value as f32).to_ne_bytes()),
            Element::F64 => bytes(&value.to_ne_bytes()),
            Element::Bool => bytes(&[u8::from(value != 0.0)]),
        }
    }
}

/// Up to eight bytes, zero-padded (the item size says how many count).
fn bytes(value: &[u8]) -> [u8; 8] {
    let mut out = [0; 8];
    out[..value.len()].copy_from_slice(value);
    out
}

fn value_error(message: &str) -> Error {
    Error::new(ErrorKind::ValueError, message)
}

fn unknown_format(format: &str) -> Error {
    Error::new(ErrorKind::ValueError, format!("cytrus cannot make numpy arrays of format '{format}'"))
}

impl Slice {
    /// `np.zeros(shape, dtype, order)`: a new owned array of zeros holding one
    /// acquisition (`np.empty` is zeros too, so runs are reproducible). Extents
    /// of 0 are allowed. Errors as numpy's: `ValueError: negative dimensions are
    /// not allowed`, ``ValueError: array is too big; `arr.size *
    /// arr.dtype.itemsize` is larger than the maximum possible size.``,
    /// `MemoryError`. Panics for more than [`MAX_DIMS`] axes.
    pub fn numpy_array(shape: &[isize], itemsize: isize, format: &str, order: Order) -> Result<Slice, Error> {
        assert!(shape.len() <= MAX_DIMS, "an array has at most {MAX_DIMS} axes");
        if shape.iter().any(|&extent| extent < 0) {
            return Err(value_error("negative dimensions are not allowed"));
        }
        let too_big = || {
            value_error("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
        };
        let mut slice = Slice::none();
        slice.shape[..shape.len()].copy_from_slice(shape);
        slice.suboffsets[..shape.len()].fill(-1);
        let mut size = itemsize;
        for &extent in shape {
            size = size.checked_mul(extent).ok_or_else(too_big)?;
        }
        // The strides numpy's buffer export hands out: C's packing whenever
        // the array is C-contiguous by numpy's rule (extents of 1 do not
        // count, an empty array is), Fortran's otherwise.
        let c_contiguous = shape.contains(&0) || shape.iter().filter(|&&extent| extent != 1).count() <= 1;
        let exported = if c_contiguous { Order::C } else { order };
        let _ = exported.fill_strides(shape, itemsize, &mut slice.strides);
        let bytes = size.max(1).unsigned_abs();
        // SAFETY: malloc may be called with any size; null is handled below.
        let data: *mut u8 = unsafe { malloc(bytes) }.cast();
        if data.is_null() {
            return Err(Error::new(ErrorKind::MemoryError, "Unable to allocate array data."));
        }
        // SAFETY: `data` holds `bytes` writable bytes.
        unsafe { ptr::write_bytes(data, 0, bytes) };
        slice.data = data;
        slice.memview = Memview::create(data, true, Some(format), itemsize, shape.len());
        Ok(slice)
    }

    /// `np.full(…, value)` / `np.ones(…)` for an integer `value`: writes it,
    /// converted as numpy converts a Python integer, to every element.
    ///
    /// # Safety
    /// The slice describes writable elements of `format`'s type over `ndim` axes.
    pub unsafe fn numpy_fill_int(&self, ndim: usize, format: &str, value: i128) -> Result<(), Error> {
        let element = Element::of(format).ok_or_else(|| unknown_format(format))?;
        let encoded = element.from_int(value)?;
        // SAFETY: as the caller promises; `itemsize` is the element's size.
        unsafe { self.fill(ndim, &encoded[..self.numpy_itemsize(element)]) };
        Ok(())
    }

    /// `np.full(…, value)` for a float `value`, converted as numpy casts it.
    ///
    /// # Safety
    /// The slice describes writable elements of `format`'s type over `ndim` axes.
    pub unsafe fn numpy_fill_float(&self, ndim: usize, format: &str, value: f64) -> Result<(), Error> {
        let element = Element::of(format).ok_or_else(|| unknown_format(format))?;
        let encoded = element.from_float(value);
        // SAFETY: as the caller promises.
        unsafe { self.fill(ndim, &encoded[..self.numpy_itemsize(element)]) };
        Ok(())
    }

    fn numpy_itemsize(&self, element: Element) -> usize {
        match element {
            Element::I8 | Element::U8 | Element::Bool => 1,
            Element::I16 | Element::U16 => 2,
            Element::I32 | Element::U32 | Element::F32 => 4,
            _ => 8,
        }
    }

    /// `np.arange(start, stop, step, dtype)` with integer arguments: a new
    /// 1-D array of `start + i * step` for `i` up to numpy's length.
    /// `ZeroDivisionError: division by zero` for a step of 0.
    pub fn numpy_arange_int(
        start: i128,
        stop: i128,
        step: i128,
        itemsize: isize,
        format: &str,
    ) -> Result<Slice, Error> {
        if step == 0 {
            return Err(Error::new(ErrorKind::ZeroDivisionError, "division by zero"));
        }
        let element = Element::of(format).ok_or_else(|| unknown_format(format))?;
        let span = stop - start;
        // ceil(span / step), or 0 when the range is empty.
        let length = if (span > 0) == (step > 0) && span != 0 { (span + step - step.signum()) / step } else { 0 };
        let length = isize::try_from(length).map_err(|_| value_error("Maximum allowed size exceeded"))?;
        let array = Slice::numpy_array(&[length], itemsize, format, Order::C)?;
        for i in 0..length {
            let encoded = element.from_int(start + step * i as i128)?;
            // SAFETY: element `i` of the new array is writable for `itemsize` bytes.
            unsafe { ptr::copy_nonoverlapping(encoded.as_ptr(), array.data.offset(i * itemsize), itemsize as usize) };
        }
        Ok(array)
    }

    /// `np.arange(start, stop, step, dtype)` with a float among its
    /// arguments: numpy's length `ceil((stop - start) / step)` and values
    /// `start + i * delta` with `delta = (start + step) - start`.
    pub fn numpy_arange_float(start: f64, stop: f64, step: f64, itemsize: isize, format: &str) -> Result<Slice, Error> {
        if step == 0.0 {
            return Err(Error::new(ErrorKind::ZeroDivisionError, "division by zero"));
        }
        let element = Element::of(format).ok_or_else(|| unknown_format(format))?;
        let length = ((stop - start) / step).ceil();
        if length.is_nan() {
            return Err(value_error("arange: cannot compute length"));
        }
        if length >= isize::MAX as f64 {
            return Err(value_error("Maximum allowed size exceeded"));
        }
        let length = if length > 0.0 { length as isize } else { 0 };
        let array = Slice::numpy_array(&[length], itemsize, format, Order::C)?;
        let delta = (start + step) - start;
        for i in 0..length {
            let value = if i == 0 { start } else { start + i as f64 * delta };
            let encoded = element.from_float(value);
            // SAFETY: element `i` of the new array is writable for `itemsize` bytes.
            unsafe { ptr::copy_nonoverlapping(encoded.as_ptr(), array.data.offset(i * itemsize), itemsize as usize) };
        }
        Ok(array)
    }

    /// A numpy array taken as a C- or Fortran-contiguous view: numpy's own
    /// check (extents of 1 do not count; an empty array is both), then the
    /// packed strides numpy's buffer export hands out for such a request. `ValueError: ndarray
    /// is not C-contiguous` / `ndarray is not Fortran contiguous` otherwise.
    pub fn numpy_require_contig(&mut self, ndim: usize, itemsize: isize, order: Order) -> Result<(), Error> {
        let empty = self.shape[..ndim].contains(&0);
        let axes: Vec<usize> = match order {
            Order::C => (0..ndim).rev().collect(),
            Order::Fortran => (0..ndim).collect(),
        };
        let mut packed = itemsize;
        for &axis in &axes {
            if !empty && self.shape[axis] != 1 && self.strides[axis] != packed {
                return Err(value_error(match order {
                    Order::C => "ndarray is not C-contiguous",
                    Order::Fortran => "ndarray is not Fortran contiguous",
                }));
            }
            packed = packed.wrapping_mul(self.shape[axis]);
        }
        let mut packed = itemsize;
        for &axis in &axes {
            self.strides[axis] = packed;
            packed = packed.wrapping_mul(self.shape[axis]);
        }
        Ok(())
    }
}

// ---- C entry points -------------------------------------------------------

/// A C string argument.
///
/// # Safety
/// `text` is a NUL-terminated string.
unsafe fn text<'a>(text: *const c_char) -> alloc::borrow::Cow<'a, str> {
    // SAFETY: the caller passes a NUL-terminated string.
    unsafe { core::ffi::CStr::from_ptr(text) }.to_string_lossy()
}

/// # Safety
/// `out` is writable.
unsafe fn store(out: *mut Slice, result: Result<Slice, Error>) -> c_int {
    let (slice, result) = match result {
        Ok(slice) => (slice, Ok(())),
        Err(error) => (Slice::none(), Err(error)),
    };
    // SAFETY: the caller passes writable storage.
    unsafe { out.write(slice) };
    status(result)
}

fn order_of(fortran: c_int) -> Order {
    if fortran != 0 {
        Order::Fortran
    } else {
        Order::C
    }
}

/// `int cytrus_numpy_array(cytrus_slice *out, int ndim, const Py_ssize_t
/// *shape, Py_ssize_t itemsize, const char *format, int fortran)`:
/// [`Slice::numpy_array`]. 0, or -1 with the error set and `*out` the `None` view.
///
/// # Safety
/// `out` is writable; `shape` points to `ndim` values; `format` is a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn cytrus_numpy_array(
    out: *mut Slice,
    ndim: c_int,
    shape: *const isize,
    itemsize: isize,
    format: *const c_char,
    fortran: c_int,
) -> c_int {
    // SAFETY: the caller passes `ndim` extents, a string and writable `out`.
    unsafe {
        let shape = match dims(ndim) {
            0 => &[][..],
            n => core::slice::from_raw_parts(shape, n),
        };
        store(out, Slice::numpy_array(shape, itemsize, &text(format), order_of(fortran)))
    }
}

/// `int cytrus_numpy_fill_int(const cytrus_slice *array, int ndim, const char
/// *format, __int128 value)`: [`Slice::numpy_fill_int`].
///
/// # Safety
/// As for [`Slice::numpy_fill_int`]; `format` is a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn cytrus_numpy_fill_int(
    array: *const Slice,
    ndim: c_int,
    format: *const c_char,
    value: i128,
) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { status((*array).numpy_fill_int(dims(ndim), &text(format), value)) }
}

/// `int cytrus_numpy_fill_float(const cytrus_slice *array, int ndim, const
/// char *format, double value)`: [`Slice::numpy_fill_float`].
///
/// # Safety
/// As for [`Slice::numpy_fill_float`]; `format` is a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn cytrus_numpy_fill_float(
    array: *const Slice,
    ndim: c_int,
    format: *const c_char,
    value: f64,
) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { status((*array).numpy_fill_float(dims(ndim), &text(format), value)) }
}

/// `int cytrus_numpy_arange_int(cytrus_slice *out, __int128 start, __int128
/// stop, __int128 step, Py_ssize_t itemsize, const char *format)`: [`Slice::numpy_arange_int`].
///
/// # Safety
/// `out` is writable; `format` is a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn cytrus_numpy_arange_int(
    out: *mut Slice,
    start: i128,
    stop: i128,
    step: i128,
    itemsize: isize,
    format: *const c_char,
) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { store(out, Slice::numpy_arange_int(start, stop, step, itemsize, &text(format))) }
}

/// `int cytrus_numpy_arange_float(cytrus_slice *out, double start, double
/// stop, double step, Py_ssize_t itemsize, const char *format)`: [`Slice::numpy_arange_float`].
///
/// # Safety
/// `out` is writable; `format` is a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn cytrus_numpy_arange_float(
    out: *mut Slice,
    start: f64,
    stop: f64,
    step: f64,
    itemsize: isize,
    format: *const c_char,
) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { store(out, Slice::numpy_arange_float(start, stop, step, itemsize, &text(format))) }
}

/// `int cytrus_numpy_require_contig(cytrus_slice *array, int ndim, Py_ssize_t
/// itemsize, int fortran)`: [`Slice::numpy_require_contig`].
///
/// # Safety
/// `array` points to a slice.
#[no_mangle]
pub unsafe extern "C" fn cytrus_numpy_require_contig(
    array: *mut Slice,
    ndim: c_int,
    itemsize: isize,
    fortran: c_int,
) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { status((*array).numpy_require_contig(dims(ndim), itemsize, order_of(fortran))) }
}

#[cfg(test)]
mod tests;
