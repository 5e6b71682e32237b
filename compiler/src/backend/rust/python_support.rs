// cytrus: what every Python extension module built through Rust shares
// (PyO3's `pyo3-ffi` bindings of the CPython API): argument parsing,
// conversions and errors with Cython's rules and messages, the same as the
// C backend's `python_support.c`. The returned-view type is C, shared with
// the C backend (`backend/python_view.c`).

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
    let r = if ffi::PyLong_Check(x) != 0 {
        // An int, the everyday argument: no new reference, no error check
        // unless it does not fit (CPython's PyLong_AsLong message).
        let mut overflow: c_int = 0;
        let r = ffi::PyLong_AsLongAndOverflow(x, &mut overflow);
        if overflow != 0 {
            set_error(ffi::PyExc_OverflowError, "Python int too large to convert to C long");
            return Err(());
        }
        r
    } else {
        let v = int_of(x)?;
        let r = ffi::PyLong_AsLong(v);
        ffi::Py_DECREF(v);
        if r == -1 && !ffi::PyErr_Occurred().is_null() {
            return Err(());
        }
        r
    };
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
    // Shared with the C backend: Cython's cache of entries by line.
    cytrus_traceback_add(MODULE_DICT, file.as_ptr(), function.as_ptr(), line);
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

/// The error a function's call returned: the body's traceback entries,
/// and a cpdef function's wrapper entry outside them. An error that passed
/// no frame of the module (the view arguments are acquired before the call,
/// each refused at its own line) gets the wrapper's entry alone.
pub(crate) unsafe fn raise_call(e: Error, frame: &Frame, cpdef: bool) -> *mut ffi::PyObject {
    let mut file = std::ptr::null();
    let (mut file_len, mut func, mut func_len) = (0usize, std::ptr::null(), 0usize);
    let in_body = cytrus_runtime::error::cytrus_err_frame(0, &mut file, &mut file_len, &mut func, &mut func_len) >= 0;
    if !in_body {
        raise(e, None);
        return arg_error(frame);
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

/// Takes `obj` through the buffer protocol with Cython's flags, into
/// `storage`; the exporter refuses first in its own words. With `owned`, the
/// buffer moves to an owner that keeps it alive for as long as returned
/// views use it.
pub(crate) unsafe fn view_arg<'a>(
    obj: *mut ffi::PyObject,
    storage: &mut std::mem::MaybeUninit<ffi::Py_buffer>,
    flags: c_int,
    owned: bool,
    out: &'a mut std::mem::MaybeUninit<Buffer>,
) -> Result<(&'a Buffer, HeldBuffer), ()> {
    let view = storage.as_mut_ptr();
    if ffi::PyObject_GetBuffer(obj, view, flags) < 0 {
        return Err(());
    }
    let mut held = HeldBuffer { view, held: true, owner: null_mut() };
    let v = &*view;
    let max = cytrus_runtime::slice::MAX_DIMS;
    // Written in place: the description is read by reference from here on.
    let b = out.write(Buffer {
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
    });
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
        let mut owner = null_mut();
        if cytrus_pyview_keep(view, &mut owner) < 0 {
            return Err(());
        }
        held.held = false;
        held.owner = owner;
        b.owner = owner;
    }
    Ok((&*b, held))
}

/// A view argument's acquisition until `take` hands it to the call. It
/// borrows the buffer's owner (the runtime's acquisition adds no reference),
/// which the argument's [`HeldBuffer`] releases: nothing to release here when
/// the call does not happen (a later argument refused; releasing it too
/// freed the owner twice).
pub(crate) struct AcquiredSlice(Slice);

impl AcquiredSlice {
    pub(crate) fn new(s: Slice) -> AcquiredSlice {
        AcquiredSlice(s)
    }

    pub(crate) fn take(&mut self) -> Slice {
        self.0
    }
}

// The returned-view type is C shared with the C backend
// (`backend/python_view.c`), linked into this crate as a static library.
extern "C" {
    fn cytrus_pyview_init(raise: unsafe extern "C" fn()) -> c_int;
    fn cytrus_pyview_keep(view: *mut ffi::Py_buffer, owner: *mut *mut cytrus_runtime::slice::Memview) -> c_int;
    fn cytrus_pyview_result(
        s: *mut Slice,
        ndim: c_int,
        itemsize: isize,
        format: *const c_char,
        kind: c_char,
    ) -> *mut ffi::PyObject;
    fn cytrus_pyview_asarray(view: *mut ffi::PyObject) -> *mut ffi::PyObject;
    fn cytrus_traceback_add(globals: *mut ffi::PyObject, file: *const c_char, function: *const c_char, line: c_int);
    pub(crate) fn cytrus_fused_add(module: *mut ffi::PyObject, table: *const c_char, doc: *const c_char) -> c_int;
}

/// The view type's way to raise the runtime's pending error.
unsafe extern "C" fn raise_pending() {
    if let Err(e) = cytrus_runtime::codegen::result(()) {
        raise(e, None);
    }
}

/// Makes the returned-view type (at import): false with the Python error set.
pub(crate) unsafe fn init_views() -> bool {
    cytrus_pyview_init(raise_pending) == 0
}

/// `numpy.asarray(view)` for a def that returns `np.asarray(view)` (the view
/// is released; null and None pass through).
pub(crate) unsafe fn asarray(view: *mut ffi::PyObject) -> *mut ffi::PyObject {
    cytrus_pyview_asarray(view)
}

/// The Python object of a returned view (its acquisition moves into it).
pub(crate) unsafe fn view_result(slice: Slice, ndim: usize, itemsize: usize, format: &'static CStr, kind: u8) -> *mut ffi::PyObject {
    let mut slice = slice;
    cytrus_pyview_result(&mut slice, ndim as c_int, itemsize as isize, format.as_ptr(), kind as c_char)
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

/// `with gil:` blocks (and `with gil` functions) take Python's GIL, as in
/// Cython: they exclude each other and every Python thread. The token is
/// the state `PyGILState_Ensure` returned.
pub(crate) unsafe extern "C" fn gil_acquire_hook() -> c_int {
    match ffi::PyGILState_Ensure() {
        ffi::PyGILState_STATE::PyGILState_LOCKED => 0,
        ffi::PyGILState_STATE::PyGILState_UNLOCKED => 1,
    }
}

pub(crate) unsafe extern "C" fn gil_release_hook(token: c_int) {
    ffi::PyGILState_Release(if token == 0 {
        ffi::PyGILState_STATE::PyGILState_LOCKED
    } else {
        ffi::PyGILState_STATE::PyGILState_UNLOCKED
    });
}

/// A team started where this thread may hold the GIL gives it up while the
/// team runs, as Cython's parallel sections do (a thread's `with gil:` would
/// otherwise wait for the caller, who waits for the team).
pub(crate) unsafe extern "C" fn gil_save_hook() -> *mut c_void {
    if ffi::PyGILState_Check() != 0 {
        ffi::PyEval_SaveThread().cast()
    } else {
        null_mut()
    }
}

pub(crate) unsafe extern "C" fn gil_restore_hook(saved: *mut c_void) {
    ffi::PyEval_RestoreThread(saved.cast());
}

/// Python's GIL for `with gil:` blocks and teams.
pub(crate) const GIL_HOOKS: cytrus_runtime::gil::GilHooks = cytrus_runtime::gil::GilHooks {
    acquire: gil_acquire_hook,
    release: gil_release_hook,
    save: gil_save_hook,
    restore: gil_restore_hook,
};

pub(crate) unsafe fn set_module(dict: *mut ffi::PyObject, name: &'static str) {
    MODULE_DICT = dict;
    MODULE_NAME = name;
}
