// cytrus: what every Python extension module built through Rust shares
// (PyO3's `pyo3-ffi` bindings of the CPython API): argument parsing,
// conversions and errors with Cython's rules and messages, the same as the
// C backend's `python_support.c`.

use std::ffi::{c_char, c_int, c_long, c_ulong, c_void, CStr};
use std::ptr::null_mut;

use cytrus_runtime::acquire::{Buffer, Exporter};
use cytrus_runtime::error::{Error, ErrorKind};
use cytrus_runtime::slice::Slice;
use pyo3_ffi as ffi;

/// The module's namespace (frames' globals) and name.
static mut MODULE_DICT: *mut ffi::PyObject = null_mut();
static mut MODULE_NAME: &str = "";

unsafe fn type_error(message: &str) {
    let text = std::ffi::CString::new(message).unwrap_or_default();
    ffi::PyErr_SetString(ffi::PyExc_TypeError, text.as_ptr());
}

unsafe fn set_error(kind: *mut ffi::PyObject, message: &str) {
    let text = std::ffi::CString::new(message).unwrap_or_default();
    ffi::PyErr_SetString(kind, text.as_ptr());
}

unsafe fn unicode_text(o: *mut ffi::PyObject) -> String {
    let mut len: ffi::Py_ssize_t = 0;
    let p = ffi::PyUnicode_AsUTF8AndSize(o, &mut len);
    if p.is_null() {
        ffi::PyErr_Clear();
        return String::new();
    }
    String::from_utf8_lossy(std::slice::from_raw_parts(p.cast::<u8>(), len as usize)).into_owned()
}

/// Cython's `__Pyx_RaiseArgtupleInvalid`.
unsafe fn arg_count(func: &str, exact: bool, min: isize, max: isize, found: isize) {
    let expected = if found < min { min } else { max };
    let how = if exact { "exactly" } else if found < min { "at least" } else { "at most" };
    let s = if expected == 1 { "" } else { "s" };
    type_error(&format!("{func}() takes {how} {expected} positional argument{s} ({found} given)"));
}

/// Sorts the arguments of a METH_FASTCALL | METH_KEYWORDS call into `out`
/// (borrowed; null where a defaulted argument is left out).
pub(crate) unsafe fn parse(
    func: &str,
    args: *const *mut ffi::PyObject,
    nargs: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
    names: &[&str],
    required: usize,
    out: &mut [*mut ffi::PyObject],
) -> Result<(), ()> {
    let n = names.len() as isize;
    let nkw = if kwnames.is_null() { 0 } else { ffi::PyTuple_Size(kwnames) };
    if n == 0 {
        if nargs > 0 {
            type_error(&format!("{func}() takes no arguments ({nargs} given)"));
            return Err(());
        }
        if nkw > 0 {
            type_error(&format!("{func}() takes no keyword arguments"));
            return Err(());
        }
        return Ok(());
    }
    if nargs > n {
        arg_count(func, required as isize == n, required as isize, n, nargs);
        return Err(());
    }
    for i in 0..names.len() {
        out[i] = if (i as isize) < nargs { *args.add(i) } else { null_mut() };
    }
    for k in 0..nkw {
        let key = ffi::PyTuple_GetItem(kwnames, k);
        let text = unicode_text(key);
        let Some(i) = names.iter().position(|n| *n == text) else {
            type_error(&format!("{func}() got an unexpected keyword argument '{text}'"));
            return Err(());
        };
        if !out[i].is_null() {
            type_error(&format!("{func}() got multiple values for keyword argument '{text}'"));
            return Err(());
        }
        out[i] = *args.add((nargs + k) as usize);
    }
    for (i, value) in out.iter().enumerate().take(required) {
        if value.is_null() {
            arg_count(func, required as isize == n, required as isize, n, i as isize);
            return Err(());
        }
    }
    Ok(())
}

/// An int from any object as Cython's `__Pyx_PyInt_As_T` takes it (a new reference).
unsafe fn int_of(x: *mut ffi::PyObject) -> Result<*mut ffi::PyObject, ()> {
    if ffi::PyLong_Check(x) != 0 {
        ffi::Py_INCREF(x);
        return Ok(x);
    }
    let number = (*ffi::Py_TYPE(x)).tp_as_number;
    let nb_int = if number.is_null() { None } else { (*number).nb_int };
    let Some(nb_int) = nb_int else {
        if ffi::PyErr_Occurred().is_null() {
            type_error("an integer is required");
        }
        return Err(());
    };
    let r = nb_int(x);
    if r.is_null() {
        return Err(());
    }
    if ffi::PyLong_Check(r) == 0 {
        let name = CStr::from_ptr((*ffi::Py_TYPE(r)).tp_name).to_string_lossy().into_owned();
        ffi::Py_DECREF(r);
        type_error(&format!("__int__ returned non-int (type {name})"));
        return Err(());
    }
    Ok(r)
}

pub(crate) unsafe fn signed(x: *mut ffi::PyObject, min: c_long, max: c_long, name: &str) -> Result<c_long, ()> {
    let v = int_of(x)?;
    let r = ffi::PyLong_AsLong(v);
    ffi::Py_DECREF(v);
    if r == -1 && !ffi::PyErr_Occurred().is_null() {
        return Err(());
    }
    if r < min || r > max {
        set_error(ffi::PyExc_OverflowError, &format!("value too large to convert to {name}"));
        return Err(());
    }
    Ok(r)
}

pub(crate) unsafe fn unsigned(x: *mut ffi::PyObject, max: c_ulong, name: &str) -> Result<c_ulong, ()> {
    let v = int_of(x)?;
    let mut overflow: c_int = 0;
    let sign = ffi::PyLong_AsLongAndOverflow(v, &mut overflow);
    if sign == -1 && !ffi::PyErr_Occurred().is_null() {
        ffi::Py_DECREF(v);
        return Err(());
    }
    if overflow < 0 || (overflow == 0 && sign < 0) {
        ffi::Py_DECREF(v);
        set_error(ffi::PyExc_OverflowError, &format!("can't convert negative value to {name}"));
        return Err(());
    }
    let r = ffi::PyLong_AsUnsignedLong(v);
    ffi::Py_DECREF(v);
    if r == c_ulong::MAX && !ffi::PyErr_Occurred().is_null() {
        return Err(());
    }
    if r > max {
        set_error(ffi::PyExc_OverflowError, &format!("value too large to convert to {name}"));
        return Err(());
    }
    Ok(r)
}

pub(crate) unsafe fn ssize(x: *mut ffi::PyObject) -> Result<isize, ()> {
    let r = if ffi::PyLong_CheckExact(x) != 0 {
        ffi::PyLong_AsSsize_t(x)
    } else {
        let v = ffi::PyNumber_Index(x);
        if v.is_null() {
            return Err(());
        }
        let r = ffi::PyLong_AsSsize_t(v);
        ffi::Py_DECREF(v);
        r
    };
    if r == -1 && !ffi::PyErr_Occurred().is_null() {
        return Err(());
    }
    Ok(r)
}

pub(crate) unsafe fn int128(x: *mut ffi::PyObject) -> Result<i128, ()> {
    let v = int_of(x)?;
    let mut bytes = [0u8; 16];
    let r = ffi::_PyLong_AsByteArray(v.cast(), bytes.as_mut_ptr(), 16, 1, 1);
    ffi::Py_DECREF(v);
    if r < 0 {
        ffi::PyErr_Clear();
        set_error(ffi::PyExc_OverflowError, "Python int too large to convert to a 128-bit integer");
        return Err(());
    }
    Ok(i128::from_le_bytes(bytes))
}

pub(crate) unsafe fn from_int128(v: i128) -> *mut ffi::PyObject {
    let bytes = v.to_le_bytes();
    ffi::_PyLong_FromByteArray(bytes.as_ptr(), 16, 1, 1)
}

pub(crate) unsafe fn double(x: *mut ffi::PyObject) -> Result<f64, ()> {
    let r = ffi::PyFloat_AsDouble(x);
    if r == -1.0 && !ffi::PyErr_Occurred().is_null() {
        return Err(());
    }
    Ok(r)
}

pub(crate) unsafe fn bint(x: *mut ffi::PyObject) -> Result<c_int, ()> {
    let r = ffi::PyObject_IsTrue(x);
    if r < 0 {
        return Err(());
    }
    Ok(r)
}

pub(crate) unsafe fn none() -> *mut ffi::PyObject {
    let none = ffi::Py_None();
    ffi::Py_INCREF(none);
    none
}

/// Adds a traceback entry to the pending exception.
unsafe fn add_frame(file: &str, function: &str, line: c_int) {
    let (Ok(file), Ok(function)) = (std::ffi::CString::new(file), std::ffi::CString::new(function)) else { return };
    let (mut t, mut v, mut tb) = (null_mut(), null_mut(), null_mut());
    ffi::PyErr_Fetch(&mut t, &mut v, &mut tb);
    let code = ffi::PyCode_NewEmpty(file.as_ptr(), function.as_ptr(), line);
    let frame = if code.is_null() { null_mut() } else { ffi::PyFrame_New(ffi::PyThreadState_Get(), code, MODULE_DICT, null_mut()) };
    ffi::PyErr_Clear();
    ffi::PyErr_Restore(t, v, tb);
    if !frame.is_null() {
        ffi::PyTraceBack_Here(frame);
        ffi::Py_DECREF(frame.cast());
    }
    if !code.is_null() {
        ffi::Py_DECREF(code.cast());
    }
}

/// A wrapper's traceback entry: file, `module.function`, the def line.
pub(crate) type Frame = (&'static str, &'static str, c_int);

/// An argument that failed to parse or convert (the Python error is set):
/// Cython's one traceback entry, at the def line.
pub(crate) unsafe fn arg_error(frame: &Frame) -> *mut ffi::PyObject {
    add_frame(frame.0, frame.1, frame.2);
    null_mut()
}

/// `None` given to a `not None` view: Cython's TypeError, with no traceback entry.
pub(crate) unsafe fn none_arg(name: &str) {
    type_error(&format!("Argument '{name}' must not be None"));
}

/// The error a call of a `pub fn` returned. One that passed no frame of the
/// module is its acquisition of a view argument refusing the buffer: an
/// argument error, with the wrapper's entry alone, on the line `arg_line`
/// finds (the refused parameter's); else the body's entries, and a cpdef
/// function's wrapper adds its own outside them.
pub(crate) unsafe fn raise_call(e: Error, frame: &Frame, cpdef: bool, arg_line: impl FnOnce() -> c_int) -> *mut ffi::PyObject {
    let mut file = std::ptr::null();
    let (mut file_len, mut func, mut func_len) = (0usize, std::ptr::null(), 0usize);
    let in_body = cytrus_runtime::error::cytrus_err_frame(0, &mut file, &mut file_len, &mut func, &mut func_len) >= 0;
    if !in_body {
        let line = arg_line();
        raise(e, None);
        return arg_error(&(frame.0, frame.1, line));
    }
    raise(e, cpdef.then_some((frame.0, frame.1, frame.2)))
}

/// Raises a cytrus error as the Python exception, with a traceback entry
/// for each frame it passed (`module.function`), and one for a cpdef
/// function's wrapper (`wrapper` names it `module.function`). The frames
/// are used up: the next error starts with none.
pub(crate) unsafe fn raise(e: Error, wrapper: Option<(&str, &str, c_int)>) -> *mut ffi::PyObject {
    let kind = match e.kind {
        ErrorKind::IndexError => ffi::PyExc_IndexError,
        ErrorKind::ValueError => ffi::PyExc_ValueError,
        ErrorKind::TypeError => ffi::PyExc_TypeError,
        ErrorKind::ZeroDivisionError => ffi::PyExc_ZeroDivisionError,
        ErrorKind::OverflowError => ffi::PyExc_OverflowError,
        ErrorKind::MemoryError => ffi::PyExc_MemoryError,
        ErrorKind::BufferError => ffi::PyExc_BufferError,
        ErrorKind::AssertionError => ffi::PyExc_AssertionError,
        ErrorKind::UnboundLocalError => ffi::PyExc_UnboundLocalError,
        ErrorKind::AttributeError => ffi::PyExc_AttributeError,
        ErrorKind::Exception => ffi::PyExc_Exception,
    };
    if e.message.is_empty() {
        ffi::PyErr_SetNone(kind);
    } else {
        let message = ffi::PyUnicode_FromStringAndSize(e.message.as_ptr().cast(), e.message.len() as isize);
        if !message.is_null() {
            ffi::PyErr_SetObject(kind, message);
            ffi::Py_DECREF(message);
        }
    }
    let mut i = 0;
    loop {
        let (mut file, mut file_len, mut func, mut func_len) = (std::ptr::null(), 0usize, std::ptr::null(), 0usize);
        let line = cytrus_runtime::error::cytrus_err_frame(i, &mut file, &mut file_len, &mut func, &mut func_len);
        if line < 0 {
            break;
        }
        let file = String::from_utf8_lossy(std::slice::from_raw_parts(file.cast::<u8>(), file_len)).into_owned();
        let func = String::from_utf8_lossy(std::slice::from_raw_parts(func.cast::<u8>(), func_len)).into_owned();
        let name = if func == "<module>" { format!("init {MODULE_NAME}") } else { format!("{MODULE_NAME}.{func}") };
        add_frame(&file, &name, line);
        i += 1;
    }
    // The indicator is empty (the error came out of it): this clears the frames.
    cytrus_runtime::codegen::clear_error();
    if let Some((file, func, line)) = wrapper {
        add_frame(file, func, line);
    }
    null_mut()
}

/// A view argument's Python buffer, released when the call is over (or
/// handed to an owner, for functions that return views). The `Py_buffer`
/// lives in the wrapper's frame (no allocation per call), declared before
/// this, so that it outlives it.
pub(crate) struct HeldBuffer {
    view: *mut ffi::Py_buffer,
    held: bool,
    owner: *mut cytrus_runtime::slice::Memview,
}

impl Drop for HeldBuffer {
    fn drop(&mut self) {
        unsafe {
            if self.held {
                ffi::PyBuffer_Release(self.view);
            }
            if !self.owner.is_null() {
                cytrus_runtime::slice::cytrus_memview_release(self.owner);
            }
        }
    }
}

unsafe extern "C" fn free_held(p: *mut c_void) {
    let gil = ffi::PyGILState_Ensure();
    let mut view = Box::from_raw(p.cast::<ffi::Py_buffer>());
    ffi::PyBuffer_Release(&mut *view);
    ffi::PyGILState_Release(gil);
}

/// Takes `obj` through the buffer protocol with Cython's flags, into
/// `storage`; the exporter refuses first in its own words. With `owned`, the
/// buffer moves to an owner that keeps it alive for as long as returned
/// views use it.
pub(crate) unsafe fn view_arg(
    obj: *mut ffi::PyObject,
    storage: &mut std::mem::MaybeUninit<ffi::Py_buffer>,
    flags: c_int,
    owned: bool,
) -> Result<(Buffer, HeldBuffer), ()> {
    let view = storage.as_mut_ptr();
    if ffi::PyObject_GetBuffer(obj, view, flags) < 0 {
        return Err(());
    }
    let mut held = HeldBuffer { view, held: true, owner: null_mut() };
    let v = &*view;
    let max = cytrus_runtime::slice::MAX_DIMS;
    let mut b = Buffer {
        data: v.buf.cast(),
        format: if v.format.is_null() { c"B".as_ptr() } else { v.format as *const c_char },
        itemsize: v.itemsize,
        ndim: v.ndim,
        readonly: v.readonly,
        exporter: Exporter::Memoryview,
        shape: [0; cytrus_runtime::slice::MAX_DIMS],
        strides: [0; cytrus_runtime::slice::MAX_DIMS],
        suboffsets: [0; cytrus_runtime::slice::MAX_DIMS],
        owner: null_mut(),
    };
    let ndim = (v.ndim.max(0) as usize).min(max);
    if v.shape.is_null() {
        b.shape[0] = if v.itemsize != 0 { v.len / v.itemsize } else { 0 };
    }
    for k in 0..ndim {
        if !v.shape.is_null() {
            b.shape[k] = *v.shape.add(k);
        }
        b.suboffsets[k] = if v.suboffsets.is_null() { -1 } else { *v.suboffsets.add(k) };
    }
    if !v.strides.is_null() {
        for k in 0..ndim {
            b.strides[k] = *v.strides.add(k);
        }
    } else {
        let mut stride = v.itemsize;
        for k in (0..ndim).rev() {
            b.strides[k] = stride;
            stride *= b.shape[k];
        }
    }
    if owned {
        let mut owner = Slice::none();
        let one: isize = 1;
        if cytrus_runtime::array::cytrus_array_new(&mut owner, 1, &one, 1, c"B".as_ptr(), c"c".as_ptr(), 0) < 0 {
            if let Err(e) = cytrus_runtime::codegen::result(()) {
                raise(e, None);
            }
            return Err(());
        }
        let moved = Box::into_raw(Box::new(std::ptr::read(view)));
        held.held = false;
        cytrus_runtime::array::cytrus_array_set_data(&mut owner, moved.cast());
        cytrus_runtime::array::cytrus_array_set_callback_free_data(&owner, Some(free_held));
        held.owner = owner.memview;
        b.owner = owner.memview;
    }
    Ok((b, held))
}

/// A view a function returned, as Cython's memoryview slice object behaves:
/// the buffer protocol without copying, len, indexing (an element, or a new
/// view for a slice), iteration, `.shape`/`.strides`/`.ndim`/`.size`/
/// `.itemsize`/`.nbytes`/`.T`, `copy()` and Cython's repr.
#[repr(C)]
pub(crate) struct ViewObject {
    base: ffi::PyObject,
    slice: Slice,
    ndim: c_int,
    readonly: c_int,
    itemsize: isize,
    format: *const c_char,
    /// How an element becomes a Python object: `i` `u` `f` `b` (bint), `s` (struct).
    kind: u8,
}

/// The Python buffer a view's memory came from (a view argument's, kept
/// alive by the view's owner), or null for memory cytrus allocated.
unsafe fn view_source(s: &Slice) -> *const ffi::Py_buffer {
    if let Some(m) = s.memview.as_ref() {
        if m.callback_free_data.map(|f| f as usize) == Some(free_held as usize) {
            return m.buffer.cast::<ffi::Py_buffer>();
        }
    }
    std::ptr::null()
}

unsafe extern "C" fn view_dealloc(o: *mut ffi::PyObject) {
    let v = o.cast::<ViewObject>();
    (*v).slice.release();
    let free = (*ffi::Py_TYPE(o)).tp_free.expect("a heap type frees");
    free(o.cast());
}

/// A new view object like `v` of the slice `s` (which holds one acquisition).
unsafe fn view_like(v: &ViewObject, s: Slice, ndim: c_int) -> *mut ffi::PyObject {
    let o = ffi::PyType_GenericAlloc(VIEW_TYPE.cast(), 0);
    if o.is_null() {
        s.release();
        return null_mut();
    }
    let w = &mut *o.cast::<ViewObject>();
    w.slice = s;
    w.ndim = ndim;
    w.readonly = v.readonly;
    w.itemsize = v.itemsize;
    w.format = v.format;
    w.kind = v.kind;
    o
}

unsafe extern "C" fn view_getbuffer(o: *mut ffi::PyObject, view: *mut ffi::Py_buffer, flags: c_int) -> c_int {
    let v = &mut *o.cast::<ViewObject>();
    if flags & ffi::PyBUF_WRITABLE != 0 && v.readonly != 0 {
        set_error(ffi::PyExc_BufferError, "Object is not writable.");
        return -1;
    }
    let n = v.ndim as usize;
    let indirect = v.slice.suboffsets[..n].iter().any(|&s| s >= 0);
    if indirect && flags & ffi::PyBUF_INDIRECT != ffi::PyBUF_INDIRECT {
        set_error(ffi::PyExc_BufferError, "Buffer has indirect dimensions.");
        return -1;
    }
    let mut stride = v.itemsize;
    let mut contig = true;
    for k in (0..n).rev() {
        if v.slice.shape[k] != 1 && v.slice.strides[k] != stride {
            contig = false;
        }
        stride *= v.slice.shape[k];
    }
    if flags & ffi::PyBUF_STRIDES != ffi::PyBUF_STRIDES && !contig {
        set_error(ffi::PyExc_BufferError, "Buffer is not C-contiguous.");
        return -1;
    }
    let view = &mut *view;
    view.buf = v.slice.data.cast();
    view.obj = o;
    ffi::Py_INCREF(o);
    view.len = v.slice.shape[..n].iter().product::<isize>() * v.itemsize;
    view.readonly = v.readonly;
    view.itemsize = v.itemsize;
    view.format = if flags & ffi::PyBUF_FORMAT != 0 { v.format.cast_mut() } else { null_mut() };
    view.ndim = v.ndim;
    view.shape = if flags & ffi::PyBUF_ND == ffi::PyBUF_ND { v.slice.shape.as_mut_ptr() } else { null_mut() };
    view.strides = if flags & ffi::PyBUF_STRIDES == ffi::PyBUF_STRIDES { v.slice.strides.as_mut_ptr() } else { null_mut() };
    view.suboffsets = if indirect { v.slice.suboffsets.as_mut_ptr() } else { null_mut() };
    view.internal = null_mut();
    0
}

unsafe extern "C" fn view_len(o: *mut ffi::PyObject) -> ffi::Py_ssize_t {
    let v = &*o.cast::<ViewObject>();
    if v.ndim == 0 {
        0
    } else {
        v.slice.shape[0]
    }
}

unsafe fn ssize_tuple(xs: &[isize]) -> *mut ffi::PyObject {
    let t = ffi::PyTuple_New(xs.len() as isize);
    if t.is_null() {
        return t;
    }
    for (k, &x) in xs.iter().enumerate() {
        ffi::PyTuple_SetItem(t, k as isize, ffi::PyLong_FromSsize_t(x));
    }
    t
}

unsafe extern "C" fn view_shape(o: *mut ffi::PyObject, _: *mut c_void) -> *mut ffi::PyObject {
    let v = &*o.cast::<ViewObject>();
    ssize_tuple(&v.slice.shape[..v.ndim as usize])
}

unsafe extern "C" fn view_strides(o: *mut ffi::PyObject, _: *mut c_void) -> *mut ffi::PyObject {
    let v = &*o.cast::<ViewObject>();
    ssize_tuple(&v.slice.strides[..v.ndim as usize])
}

unsafe extern "C" fn view_ndim(o: *mut ffi::PyObject, _: *mut c_void) -> *mut ffi::PyObject {
    ffi::PyLong_FromLong((*o.cast::<ViewObject>()).ndim as c_long)
}

unsafe extern "C" fn view_itemsize(o: *mut ffi::PyObject, _: *mut c_void) -> *mut ffi::PyObject {
    ffi::PyLong_FromSsize_t((*o.cast::<ViewObject>()).itemsize)
}

unsafe fn view_count(v: &ViewObject) -> isize {
    v.slice.shape[..v.ndim as usize].iter().product()
}

unsafe extern "C" fn view_size(o: *mut ffi::PyObject, _: *mut c_void) -> *mut ffi::PyObject {
    ffi::PyLong_FromSsize_t(view_count(&*o.cast::<ViewObject>()))
}

unsafe extern "C" fn view_nbytes(o: *mut ffi::PyObject, _: *mut c_void) -> *mut ffi::PyObject {
    let v = &*o.cast::<ViewObject>();
    ffi::PyLong_FromSsize_t(view_count(v) * v.itemsize)
}

/// `.T`: the axes reversed.
unsafe extern "C" fn view_transpose(o: *mut ffi::PyObject, _: *mut c_void) -> *mut ffi::PyObject {
    let v = &*o.cast::<ViewObject>();
    let n = v.ndim as usize;
    let mut s = v.slice;
    for k in 0..n {
        s.shape[k] = v.slice.shape[n - 1 - k];
        s.strides[k] = v.slice.strides[n - 1 - k];
        s.suboffsets[k] = v.slice.suboffsets[n - 1 - k];
    }
    s.acquire();
    view_like(v, s, v.ndim)
}

/// `.base`: the object the memory came from (None for memory cytrus
/// allocated, where Cython has its `cython.view.array`).
unsafe extern "C" fn view_base(o: *mut ffi::PyObject, _: *mut c_void) -> *mut ffi::PyObject {
    let src = view_source(&(*o.cast::<ViewObject>()).slice);
    if !src.is_null() && !(*src).obj.is_null() {
        ffi::Py_INCREF((*src).obj);
        return (*src).obj;
    }
    none()
}

/// The element at `p` as the Python object Cython's conversion of the dtype gives.
unsafe fn view_element(v: &ViewObject, p: *const u8) -> *mut ffi::PyObject {
    match v.kind {
        b'f' => match v.itemsize {
            4 => ffi::PyFloat_FromDouble(f64::from(p.cast::<f32>().read_unaligned())),
            _ => ffi::PyFloat_FromDouble(p.cast::<f64>().read_unaligned()),
        },
        b'i' | b'u' | b'b' => {
            let (x, u): (i64, u64) = match v.itemsize {
                1 => (i64::from(p.cast::<i8>().read()), u64::from(p.read())),
                2 => (i64::from(p.cast::<i16>().read_unaligned()), u64::from(p.cast::<u16>().read_unaligned())),
                4 => (i64::from(p.cast::<i32>().read_unaligned()), u64::from(p.cast::<u32>().read_unaligned())),
                _ => (p.cast::<i64>().read_unaligned(), p.cast::<u64>().read_unaligned()),
            };
            match v.kind {
                b'b' => ffi::PyBool_FromLong(c_long::from(x != 0)),
                b'u' => ffi::PyLong_FromUnsignedLongLong(u),
                _ => ffi::PyLong_FromLongLong(x),
            }
        }
        _ => {
            set_error(
                ffi::PyExc_NotImplementedError,
                "cytrus: an element of a view of structs has no conversion to a Python object",
            );
            null_mut()
        }
    }
}

unsafe fn index_error(what: &str, axis: usize) -> *mut ffi::PyObject {
    set_error(ffi::PyExc_IndexError, &format!("{what} (axis {axis})"));
    null_mut()
}

/// `v[key]` as Cython's memoryview does it: ints and slices (an Ellipsis for
/// the axes left), missing trailing axes taken whole; all axes given an int
/// is an element, anything else a new view of the same memory.
unsafe extern "C" fn view_subscript(o: *mut ffi::PyObject, key: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let v = &*o.cast::<ViewObject>();
    let ndim = v.ndim as usize;
    let given: Vec<*mut ffi::PyObject> = if ffi::PyTuple_Check(key) != 0 {
        (0..ffi::PyTuple_Size(key)).map(|i| ffi::PyTuple_GetItem(key, i)).collect()
    } else {
        vec![key]
    };
    // null: a whole axis
    let mut items: Vec<*mut ffi::PyObject> = Vec::new();
    let mut seen_ellipsis = false;
    let mut slices = false;
    for &item in &given {
        if item == ffi::Py_Ellipsis() {
            let fill = if seen_ellipsis { 1 } else { (ndim + 1).saturating_sub(given.len()) };
            seen_ellipsis = true;
            items.extend(std::iter::repeat(null_mut()).take(fill));
            slices = true;
            continue;
        }
        let is_slice = ffi::PySlice_Check(item) != 0;
        if !is_slice && ffi::PyIndex_Check(item) == 0 {
            let t = ffi::PyObject_Str(ffi::Py_TYPE(item).cast());
            if !t.is_null() {
                let text = unicode_text(t);
                ffi::Py_DECREF(t);
                type_error(&format!("Cannot index with type '{text}'"));
            }
            return null_mut();
        }
        slices |= is_slice;
        items.push(item);
    }
    if items.len() < ndim {
        slices = true;
    }
    let what = if slices { "Index out of bounds" } else { "Out of bounds on buffer access" };
    if items.len() > ndim {
        return index_error(what, ndim);
    }
    let mut p = v.slice.data;
    let mut s = v.slice;
    let mut out = 0;
    for dim in 0..ndim {
        let item = items.get(dim).copied().unwrap_or(null_mut());
        let (extent, stride) = (v.slice.shape[dim], v.slice.strides[dim]);
        if v.slice.suboffsets[dim] >= 0 {
            set_error(ffi::PyExc_NotImplementedError, "cytrus: indexing an indirect view from Python");
            return null_mut();
        }
        if item.is_null() || ffi::PySlice_Check(item) != 0 {
            let (mut start, mut stop, mut step, mut len) = (0, extent, 1, extent);
            if !item.is_null() {
                if ffi::PySlice_Unpack(item, &mut start, &mut stop, &mut step) < 0 {
                    // a zero step: said as Cython says it
                    if step == 0 && ffi::PyErr_ExceptionMatches(ffi::PyExc_ValueError) != 0 {
                        ffi::PyErr_Clear();
                        set_error(ffi::PyExc_ValueError, &format!("Step may not be zero (axis {dim})"));
                    }
                    return null_mut();
                }
                len = ffi::PySlice_AdjustIndices(extent, &mut start, &mut stop, step);
            }
            p = p.wrapping_offset(start * stride);
            s.shape[out] = len;
            s.strides[out] = stride * step;
            s.suboffsets[out] = -1;
            out += 1;
        } else {
            let mut k = ffi::PyNumber_AsSsize_t(item, ffi::PyExc_OverflowError);
            if k == -1 && !ffi::PyErr_Occurred().is_null() {
                return null_mut();
            }
            if k < 0 {
                k += extent;
            }
            if k < 0 || k >= extent {
                return index_error(what, dim);
            }
            p = p.wrapping_offset(k * stride);
        }
    }
    if !slices {
        return view_element(v, p);
    }
    for dim in out..s.shape.len() {
        s.shape[dim] = 0;
        s.strides[dim] = 0;
        s.suboffsets[dim] = 0;
    }
    s.data = p;
    s.acquire();
    view_like(v, s, out as c_int)
}

unsafe extern "C" fn view_sq_item(o: *mut ffi::PyObject, i: ffi::Py_ssize_t) -> *mut ffi::PyObject {
    let key = ffi::PyLong_FromSsize_t(i);
    if key.is_null() {
        return key;
    }
    let r = view_subscript(o, key);
    ffi::Py_DECREF(key);
    r
}

/// `copy()`: a C-contiguous copy in new memory.
unsafe extern "C" fn view_copy(o: *mut ffi::PyObject, _: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let v = &*o.cast::<ViewObject>();
    let mut s = Slice::none();
    if cytrus_runtime::array::cytrus_slice_copy(&mut s, &v.slice, v.ndim, v.itemsize) < 0 {
        if let Err(e) = cytrus_runtime::codegen::result(()) {
            return raise(e, None);
        }
        return null_mut();
    }
    let r = view_like(v, s, v.ndim);
    if !r.is_null() {
        (*r.cast::<ViewObject>()).readonly = 0;
    }
    r
}

/// Cython's repr: `<MemoryView of 'ndarray' at 0x...>`, naming the type of
/// the object the memory came from (`array` for memory cytrus allocated).
unsafe extern "C" fn view_repr(o: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let v = &*o.cast::<ViewObject>();
    let src = view_source(&v.slice);
    let mut name = "array".to_string();
    if !src.is_null() && !(*src).obj.is_null() {
        let full = CStr::from_ptr((*ffi::Py_TYPE((*src).obj)).tp_name).to_string_lossy().into_owned();
        name = full.rsplit('.').next().unwrap_or(&full).to_string();
    }
    let text = format!("<MemoryView of '{name}' at {o:p}>");
    ffi::PyUnicode_FromStringAndSize(text.as_ptr().cast(), text.len() as isize)
}

static mut VIEW_TYPE: *mut ffi::PyObject = null_mut();

unsafe fn view_type() -> *mut ffi::PyObject {
    if VIEW_TYPE.is_null() {
        let getter = |name: &'static CStr, get: ffi::getter| ffi::PyGetSetDef {
            name: name.as_ptr(),
            get: Some(get),
            set: None,
            doc: null_mut(),
            closure: null_mut(),
        };
        let getset = Box::leak(Box::new([
            getter(c"shape", view_shape),
            getter(c"strides", view_strides),
            getter(c"ndim", view_ndim),
            getter(c"itemsize", view_itemsize),
            getter(c"size", view_size),
            getter(c"nbytes", view_nbytes),
            getter(c"T", view_transpose),
            getter(c"base", view_base),
            ffi::PyGetSetDef { name: null_mut(), get: None, set: None, doc: null_mut(), closure: null_mut() },
        ]));
        let methods = Box::leak(Box::new([
            ffi::PyMethodDef {
                ml_name: c"copy".as_ptr(),
                ml_meth: ffi::PyMethodDefPointer { PyCFunction: view_copy },
                ml_flags: ffi::METH_NOARGS,
                ml_doc: null_mut(),
            },
            ffi::PyMethodDef::zeroed(),
        ]));
        let slots = Box::leak(Box::new([
            ffi::PyType_Slot { slot: ffi::Py_tp_dealloc, pfunc: view_dealloc as *mut c_void },
            ffi::PyType_Slot { slot: ffi::Py_tp_repr, pfunc: view_repr as *mut c_void },
            ffi::PyType_Slot { slot: ffi::Py_bf_getbuffer, pfunc: view_getbuffer as *mut c_void },
            ffi::PyType_Slot { slot: ffi::Py_sq_length, pfunc: view_len as *mut c_void },
            ffi::PyType_Slot { slot: ffi::Py_sq_item, pfunc: view_sq_item as *mut c_void },
            ffi::PyType_Slot { slot: ffi::Py_mp_length, pfunc: view_len as *mut c_void },
            ffi::PyType_Slot { slot: ffi::Py_mp_subscript, pfunc: view_subscript as *mut c_void },
            ffi::PyType_Slot { slot: ffi::Py_tp_getset, pfunc: getset.as_mut_ptr().cast() },
            ffi::PyType_Slot { slot: ffi::Py_tp_methods, pfunc: methods.as_mut_ptr().cast() },
            ffi::PyType_Slot { slot: 0, pfunc: null_mut() },
        ]));
        let spec = Box::leak(Box::new(ffi::PyType_Spec {
            name: c"cytrus._memoryviewslice".as_ptr(),
            basicsize: std::mem::size_of::<ViewObject>() as c_int,
            itemsize: 0,
            flags: ffi::Py_TPFLAGS_DEFAULT as _,
            slots: slots.as_mut_ptr(),
        }));
        VIEW_TYPE = ffi::PyType_FromSpec(spec);
    }
    VIEW_TYPE
}

/// `numpy.asarray(view)` for a def that returns `np.asarray(view)` (the view
/// is released; null and None pass through).
pub(crate) unsafe fn asarray(view: *mut ffi::PyObject) -> *mut ffi::PyObject {
    if view.is_null() || view == ffi::Py_None() {
        return view;
    }
    let np = ffi::PyImport_ImportModule(c"numpy".as_ptr());
    if np.is_null() {
        ffi::Py_DECREF(view);
        return np;
    }
    let f = ffi::PyObject_GetAttrString(np, c"asarray".as_ptr());
    ffi::Py_DECREF(np);
    if f.is_null() {
        ffi::Py_DECREF(view);
        return f;
    }
    let r = ffi::PyObject_CallFunctionObjArgs(f, view, null_mut::<ffi::PyObject>());
    ffi::Py_DECREF(f);
    ffi::Py_DECREF(view);
    r
}

/// The Python object of a returned view (its acquisition moves into it):
/// writable unless its memory came from a read-only buffer (Cython: a view
/// of a `const` view is writable too).
pub(crate) unsafe fn view_result(slice: Slice, ndim: usize, itemsize: usize, format: &'static CStr, kind: u8) -> *mut ffi::PyObject {
    if slice.is_none() {
        return none();
    }
    let t = view_type();
    if t.is_null() {
        slice.release();
        return null_mut();
    }
    let o = ffi::PyType_GenericAlloc(t.cast(), 0);
    if o.is_null() {
        slice.release();
        return null_mut();
    }
    let src = view_source(&slice);
    let v = &mut *o.cast::<ViewObject>();
    v.slice = slice;
    v.ndim = ndim as c_int;
    v.itemsize = itemsize as isize;
    v.format = format.as_ptr();
    v.readonly = c_int::from(!src.is_null() && (*src).readonly != 0);
    v.kind = kind;
    o
}

/// Where the runtime sends printed text in a module that prints: Python's
/// `sys.stdout`, as Cython's `print` writes it (taking the GIL, for code
/// that runs without it).
pub(crate) unsafe extern "C" fn stdout_sink(text: *const c_char, len: usize) {
    let gil = ffi::PyGILState_Ensure();
    let (mut t, mut v, mut tb) = (null_mut(), null_mut(), null_mut());
    ffi::PyErr_Fetch(&mut t, &mut v, &mut tb);
    let out = ffi::PySys_GetObject(c"stdout".as_ptr());
    if !out.is_null() && out != ffi::Py_None() {
        let s = ffi::PyUnicode_DecodeUTF8(text, len as isize, c"surrogateescape".as_ptr());
        if !s.is_null() {
            let write = ffi::PyObject_GetAttrString(out, c"write".as_ptr());
            if !write.is_null() {
                let r = ffi::PyObject_CallFunctionObjArgs(write, s, null_mut::<ffi::PyObject>());
                ffi::Py_XDECREF(r);
                ffi::Py_DECREF(write);
            }
            ffi::Py_DECREF(s);
        }
        // nowhere to report it: print has no error path in cytrus code
        if !ffi::PyErr_Occurred().is_null() {
            ffi::PyErr_WriteUnraisable(out);
        }
    }
    ffi::PyErr_Restore(t, v, tb);
    ffi::PyGILState_Release(gil);
}

pub(crate) unsafe fn set_module(dict: *mut ffi::PyObject, name: &'static str) {
    MODULE_DICT = dict;
    MODULE_NAME = name;
}
