//! The one way data enters a kernel from outside: a buffer, described as
//! Python's buffer protocol describes one ([`Buffer`], `cytrus_buffer` in C),
//! taken as a parameter's typed memoryview ([`ViewParam`]) with Cython's
//! checks, in Cython's order, with Cython's messages.
//!
//! A `def f(double[:, ::1] m)` called from Python runs, for `m`:
//! `PyObject_GetBuffer(obj, C_CONTIGUOUS | FORMAT | WRITABLE)` (the exporter's
//! own refusals: numpy's `ndarray is not C-contiguous`, `buffer source array
//! is read-only`), then `__Pyx_ValidateAndInit_memviewslice` (number of
//! dimensions, format, item size, then each axis and the order). Rust and C
//! entry points describe their data as such a buffer and call [`acquire`]:
//!
//! `acquire(<a 1-D int64 buffer>, <double[:, ::1]>)`
//! → `ValueError: Buffer has wrong number of dimensions (expected 2, got 1)`

#[allow(unused_imports)]
use crate::prelude::*;
use core::ffi::{c_char, c_int, CStr};

use crate::array::Order;
use crate::buffer::{check_format_and_itemsize, promised_order, AxisSpec, ElemType, TypeGroup, TypeInfo};
use crate::error::{status, Error, ErrorKind};
use crate::slice::{dims, Memview, Slice, MAX_DIMS};

/// Whose words a buffer's refusals use: Cython asks the buffer's exporter
/// for it first, and the exporter refuses in its own words
/// (`cytrus_exporter` in C).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exporter {
    /// A Cython memoryview or `cython.view.array` (and C memory, Rust slices
    /// and the runtime's own views): the checks of Cython's memoryview
    /// (`Buffer not C contiguous.`, `Buffer and memoryview are not contiguous
    /// in the same dimension.`, `Cannot create writable memory view from
    /// read-only memoryview`).
    Memoryview = 0,
    /// A numpy array (and an `ndarray` crate array): numpy refuses first
    /// (`ndarray is not C-contiguous`, `ndarray is not Fortran contiguous`,
    /// `buffer source array is read-only`).
    Numpy = 1,
}

/// A buffer as its exporter describes it: Python's `Py_buffer`, with room
/// for [`MAX_DIMS`] axes (`cytrus_buffer` in C).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Buffer {
    /// Address of element `[0, 0, ...]`.
    pub data: *mut u8,
    /// The elements' struct-module format (`"d"`, `"i"`, `"<q"`), NUL-terminated;
    /// null means `"B"` (unsigned bytes), as in Python.
    pub format: *const c_char,
    /// Bytes per element.
    pub itemsize: isize,
    /// The number of axes (0 to [`MAX_DIMS`] - 1).
    pub ndim: c_int,
    /// Nonzero when the memory must not be written.
    pub readonly: c_int,
    /// Whose messages the exporter's refusals use.
    pub exporter: Exporter,
    /// Extent of each axis.
    pub shape: [isize; MAX_DIMS],
    /// Bytes between neighbours along each axis; may be negative or 0.
    pub strides: [isize; MAX_DIMS],
    /// -1 for a direct axis; for an indirect one, what to add to the pointer read there.
    pub suboffsets: [isize; MAX_DIMS],
    /// The owner that counts the views of this memory, or null when the
    /// caller keeps the memory alive for as long as the kernel uses it.
    pub owner: *mut Memview,
}

/// A memoryview parameter as a caller from outside must fill it: its name,
/// element type, axes, and whether it is `const` or `not None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ViewParam<'a> {
    /// The parameter's name in the `.pyx` file (`Argument 'm' must not be None`).
    pub name: &'a str,
    /// The element type.
    pub elem: ElemType<'a>,
    /// One spec per axis; `axes.len()` is the view's number of dimensions.
    pub axes: &'a [AxisSpec],
    /// `const double[:]`: the kernel only reads, and read-only buffers are accepted.
    pub is_const: bool,
    /// `double[:] m not None`: `None` is refused.
    pub not_none: bool,
}

impl Buffer {
    /// A buffer of `shape` packed in C order (strides from `itemsize`), direct,
    /// with no owner. Panics for [`MAX_DIMS`] axes or more.
    pub fn c_contiguous(data: *mut u8, format: &'static CStr, itemsize: isize, shape: &[isize]) -> Buffer {
        assert!(shape.len() < MAX_DIMS, "a view has at most {} dimensions", MAX_DIMS - 1);
        let mut buffer = Buffer {
            data,
            format: format.as_ptr(),
            itemsize,
            ndim: shape.len() as c_int,
            readonly: 0,
            exporter: Exporter::Memoryview,
            shape: [0; MAX_DIMS],
            strides: [0; MAX_DIMS],
            suboffsets: [0; MAX_DIMS],
            owner: core::ptr::null_mut(),
        };
        buffer.shape[..shape.len()].copy_from_slice(shape);
        buffer.suboffsets[..shape.len()].fill(-1);
        let _ = Order::C.fill_strides(shape, itemsize, &mut buffer.strides);
        buffer
    }

    /// The number of axes, as a count.
    pub fn dims(&self) -> usize {
        dims(self.ndim).min(MAX_DIMS)
    }

    /// numpy's `NPY_ARRAY_C_CONTIGUOUS` / `F_CONTIGUOUS` flag: packed in that
    /// order, where extents of 1 do not count and an empty array is both.
    fn numpy_contiguous(&self, order: Order) -> bool {
        let ndim = self.dims();
        if self.shape[..ndim].contains(&0) {
            return true;
        }
        let axes: Vec<usize> = match order {
            Order::C => (0..ndim).rev().collect(),
            Order::Fortran => (0..ndim).collect(),
        };
        let mut packed = self.itemsize;
        for axis in axes {
            if self.shape[axis] != 1 && self.strides[axis] != packed {
                return false;
            }
            packed = packed.wrapping_mul(self.shape[axis]);
        }
        true
    }
}

/// Takes `buffer` as the view `param` describes, or fails with the exception
/// Cython raises for the same data passed to the same parameter. `None`
/// (`buffer` is `None`) gives the `None` view unless the parameter is `not None`.
///
/// The view borrows the buffer's owner (no acquisition is added): it is
/// valid while the caller keeps the buffer's memory alive.
///
/// Checks, in Cython's order: `None`; the exporter's own (numpy: C or
/// Fortran order when the view type promises one, then writability; a
/// memoryview: writability); the number of dimensions; the format and the
/// item size; when the buffer is not empty, each axis's stride and
/// suboffset, then the promised order.
///
/// # Safety
/// `buffer.format` is null or a NUL-terminated string; `buffer.owner` is
/// null or a live [`Memview`]. Nothing is read through `data`.
pub unsafe fn acquire(buffer: Option<&Buffer>, param: &ViewParam<'_>) -> Result<Slice, Error> {
    if let Some(buffer) = buffer {
        let mut slice = Slice::none();
        // SAFETY: the caller's promise on the format.
        if unsafe { acquire_common(&mut slice, buffer, param.axes, param.elem.size, param.elem.group, param.is_const) }
        {
            return Ok(slice);
        }
    }
    // SAFETY: the caller's promises.
    unsafe { acquire_checked(buffer, param, None) }
}

/// [`acquire`] for a view of structs: the format check matches the
/// buffer's format field by field against `info` (Cython's messages name
/// the field: `Buffer dtype mismatch, expected 'double' but got 'int' in
/// 'P.b'`). `param.elem` names the struct and gives its size.
///
/// # Safety
/// As for [`acquire`]; `info` and what it points to are valid type infos.
pub unsafe fn acquire_struct(buffer: Option<&Buffer>, param: &ViewParam<'_>, info: &TypeInfo) -> Result<Slice, Error> {
    // SAFETY: the caller's promises.
    unsafe { acquire_checked(buffer, param, Some(info)) }
}

/// The common case of [`acquire`], decided without building a message (a
/// call from Python spends most of its acquisition here): a buffer with the
/// parameter's number of axes, writable unless the view is `const`, a format
/// of one native code (`"d"`, `"@d"`; null is `"B"`) that Cython's format
/// check accepts for the element, the element's item size, direct axes
/// (no suboffsets) whose strides keep the axes' promises, none of extent 0,
/// and for numpy no promised order. Then `*out` is the view [`acquire_checked`]
/// gives, and `true`; else `false`, `*out` untouched, and the full path
/// decides (and words the refusal).
///
/// # Safety
/// `buffer.format` is null or a NUL-terminated string.
#[inline(always)]
unsafe fn acquire_common(
    out: &mut Slice,
    buffer: &Buffer,
    axes: &[AxisSpec],
    elem_size: usize,
    elem_group: TypeGroup,
    is_const: bool,
) -> bool {
    let ndim = axes.len();
    if buffer.ndim < 0 || buffer.ndim as usize != ndim || ndim >= MAX_DIMS {
        return false;
    }
    if !is_const && buffer.readonly != 0 {
        return false;
    }
    let itemsize = buffer.itemsize;
    if itemsize <= 0 || itemsize as usize != elem_size {
        return false;
    }
    // SAFETY: the caller's promise: each byte read comes before the NUL.
    let code = unsafe { single_native_code(buffer.format) };
    if !native_code_matches(code, elem_size, elem_group) {
        return false;
    }
    let mut contiguous_axis = false;
    for (k, spec) in axes.iter().enumerate() {
        let (extent, stride) = (buffer.shape[k], buffer.strides[k]);
        if spec.0 & (AxisSpec::ACCESS_PTR | AxisSpec::ACCESS_FULL) != 0
            || spec.0 & AxisSpec::ACCESS_DIRECT == 0
            || buffer.suboffsets[k] >= 0
            || extent <= 0
        {
            return false;
        }
        if spec.0 & AxisSpec::PACKING_CONTIG != 0 {
            contiguous_axis = true;
            if extent > 1 && stride != itemsize {
                return false;
            }
        }
        if spec.0 & AxisSpec::PACKING_FOLLOW != 0 && extent > 1 && stride.unsigned_abs() < itemsize.unsigned_abs() {
            return false;
        }
    }
    if contiguous_axis {
        if buffer.exporter == Exporter::Numpy {
            return false;
        }
        let packed = |order: &mut dyn Iterator<Item = usize>| {
            let mut expected = itemsize;
            for k in order {
                if buffer.shape[k] > 1 && buffer.strides[k] != expected {
                    return false;
                }
                expected = expected.wrapping_mul(buffer.shape[k]);
            }
            true
        };
        let ok = match promised_order(axes) {
            Some(Order::C) => packed(&mut (0..ndim).rev()),
            Some(Order::Fortran) => packed(&mut (0..ndim)),
            None => true,
        };
        if !ok {
            return false;
        }
    }
    // SAFETY: `out` is a valid slice; all-zero bytes are the `None` view.
    unsafe { core::ptr::write_bytes(out as *mut Slice, 0, 1) };
    out.memview = buffer.owner;
    out.data = buffer.data;
    out.shape[..ndim].copy_from_slice(&buffer.shape[..ndim]);
    out.strides[..ndim].copy_from_slice(&buffer.strides[..ndim]);
    out.suboffsets[..ndim].copy_from_slice(&buffer.suboffsets[..ndim]);
    true
}

/// The type code of a format that is one native code (`"d"`, `"@d"`; a null
/// format is `"B"`), or 0.
///
/// # Safety
/// `format` is null or a NUL-terminated string.
#[inline(always)]
unsafe fn single_native_code(format: *const c_char) -> u8 {
    if format.is_null() {
        return b'B';
    }
    let f = format.cast::<u8>();
    // SAFETY: each read is at or before the first NUL.
    unsafe {
        let mut code = *f;
        let mut next = 1;
        if code == b'@' {
            code = *f.add(1);
            next = 2;
        }
        if code == 0 || *f.add(next) != 0 {
            return 0;
        }
        code
    }
}

/// Whether Cython's format check accepts one native `code` for an element of
/// `size` bytes of class `group` (`__Pyx_BufFmt_ProcessTypeChunk` for a run
/// of one: the same class and size, or a `char` of the same size).
#[inline(always)]
fn native_code_matches(code: u8, size: usize, group: TypeGroup) -> bool {
    let (code_size, code_group) = match code {
        b'c' => (1, TypeGroup::Char),
        b'b' => (1, TypeGroup::Signed),
        b'?' | b'B' => (1, TypeGroup::Unsigned),
        b'h' => (core::mem::size_of::<core::ffi::c_short>(), TypeGroup::Signed),
        b'H' => (core::mem::size_of::<core::ffi::c_short>(), TypeGroup::Unsigned),
        b'i' => (core::mem::size_of::<c_int>(), TypeGroup::Signed),
        b'I' => (core::mem::size_of::<c_int>(), TypeGroup::Unsigned),
        b'l' => (core::mem::size_of::<core::ffi::c_long>(), TypeGroup::Signed),
        b'L' => (core::mem::size_of::<core::ffi::c_long>(), TypeGroup::Unsigned),
        b'q' => (core::mem::size_of::<core::ffi::c_longlong>(), TypeGroup::Signed),
        b'Q' => (core::mem::size_of::<core::ffi::c_longlong>(), TypeGroup::Unsigned),
        b'f' => (4, TypeGroup::Float),
        b'd' => (8, TypeGroup::Float),
        _ => return false,
    };
    code_size == size && (code_group == group || code_group == TypeGroup::Char || group == TypeGroup::Char)
}

/// [`acquire`] with every check, in Cython's order, and Cython's messages.
///
/// # Safety
/// As for [`acquire`].
unsafe fn acquire_checked(
    buffer: Option<&Buffer>,
    param: &ViewParam<'_>,
    info: Option<&TypeInfo>,
) -> Result<Slice, Error> {
    let Some(buffer) = buffer else {
        if param.not_none {
            return Err(Error::new(ErrorKind::TypeError, format!("Argument '{}' must not be None", param.name)));
        }
        return Ok(Slice::none());
    };
    let ndim = param.axes.len();
    let order = promised_order(param.axes);
    let writable = !param.is_const;
    match buffer.exporter {
        Exporter::Numpy => {
            if order == Some(Order::C) && !buffer.numpy_contiguous(Order::C) {
                return Err(value_error("ndarray is not C-contiguous"));
            }
            if order == Some(Order::Fortran) && !buffer.numpy_contiguous(Order::Fortran) {
                return Err(value_error("ndarray is not Fortran contiguous"));
            }
            if writable && buffer.readonly != 0 {
                return Err(value_error("buffer source array is read-only"));
            }
        }
        Exporter::Memoryview => {
            if writable && buffer.readonly != 0 {
                return Err(value_error("Cannot create writable memory view from read-only memoryview"));
            }
        }
    }
    if buffer.ndim < 0 || dims(buffer.ndim) != ndim {
        return Err(value_error(format!(
            "Buffer has wrong number of dimensions (expected {ndim}, got {})",
            buffer.ndim
        )));
    }
    let format = if buffer.format.is_null() {
        &b"B"[..]
    } else {
        // SAFETY: the caller promises a NUL-terminated format.
        unsafe { CStr::from_ptr(buffer.format) }.to_bytes()
    };
    check_format_and_itemsize(format, buffer.itemsize, &param.elem, info)?;
    let mut slice = Slice { memview: buffer.owner, data: buffer.data, ..Slice::none() };
    slice.shape[..ndim].copy_from_slice(&buffer.shape[..ndim]);
    slice.strides[..ndim].copy_from_slice(&buffer.strides[..ndim]);
    slice.suboffsets[..ndim].copy_from_slice(&buffer.suboffsets[..ndim]);
    if let (Exporter::Numpy, Some(order)) = (buffer.exporter, order) {
        // numpy hands out packed strides for a contiguous request (extents of 1 included).
        slice.numpy_require_contig(ndim, buffer.itemsize, order)?;
    }
    slice.check_axes(buffer.itemsize, param.axes)?;
    Ok(slice)
}

fn value_error(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::ValueError, message)
}

/// A memoryview parameter as C describes it (`cytrus_view_param`): what
/// [`ViewParam`] holds, with C strings and `ndim` axis specs.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct CViewParam {
    /// The parameter's name, NUL-terminated.
    pub name: *const c_char,
    /// The element type as Cython names it (`"double"`), NUL-terminated.
    pub elem_name: *const c_char,
    /// `sizeof` the element type.
    pub elem_size: usize,
    /// Its [`TypeGroup`] letter: `'H'`, `'I'`, `'U'` or `'R'`.
    pub elem_group: c_char,
    /// The number of axes.
    pub ndim: c_int,
    /// `ndim` `CYTRUS_AXIS_*` specs.
    pub axes: *const c_int,
    /// Nonzero for a `const` view.
    pub is_const: c_int,
    /// Nonzero for `not None`.
    pub not_none: c_int,
    /// A struct element's fields, or null for a number.
    pub elem_info: *const TypeInfo,
}

fn group_of(letter: c_char) -> TypeGroup {
    match letter as u8 {
        b'H' => TypeGroup::Char,
        b'U' => TypeGroup::Unsigned,
        b'R' => TypeGroup::Float,
        _ => TypeGroup::Signed,
    }
}

/// `int cytrus_acquire(cytrus_slice *out, const cytrus_buffer *buffer, const
/// cytrus_view_param *param)`: [`acquire`]; a null `buffer` is `None`. 0 with
/// `*out` the view, or -1 with the error indicator set and `*out` the `None` view.
///
/// # Safety
/// `out` is writable; `buffer` is null or points to a buffer whose format is
/// null or NUL-terminated and whose owner is null or live; `param` points to
/// a parameter whose strings are NUL-terminated and whose `axes` holds `ndim` ints.
#[no_mangle]
pub unsafe extern "C" fn cytrus_acquire(out: *mut Slice, buffer: *const Buffer, param: *const CViewParam) -> c_int {
    // SAFETY: the caller's promises, field by field.
    unsafe {
        let p = &*param;
        let axes = core::slice::from_raw_parts(p.axes.cast::<AxisSpec>(), dims(p.ndim));
        if !buffer.is_null()
            && p.elem_info.is_null()
            && acquire_common(&mut *out, &*buffer, axes, p.elem_size, group_of(p.elem_group), p.is_const != 0)
        {
            return 0;
        }
        let name = CStr::from_ptr(p.name).to_string_lossy();
        let elem_name = CStr::from_ptr(p.elem_name).to_string_lossy();
        let param = ViewParam {
            name: &name,
            elem: ElemType { name: &elem_name, size: p.elem_size, group: group_of(p.elem_group) },
            axes,
            is_const: p.is_const != 0,
            not_none: p.not_none != 0,
        };
        let (slice, result) = match acquire_checked(buffer.as_ref(), &param, p.elem_info.as_ref()) {
            Ok(slice) => (slice, Ok(())),
            Err(error) => (Slice::none(), Err(error)),
        };
        out.write(slice);
        status(result)
    }
}

#[cfg(test)]
mod tests;
