//! Runtime errors: the Python exceptions a cytrus program can raise.
//!
//! Rust output returns `Result<T, Error>`. C output uses a thread-local error
//! indicator like CPython's: `raise ValueError("x")` becomes
//! `cytrus_err_set(CYTRUS_VALUE_ERROR, "x"); goto error;`, and
//! `except ValueError:` tests `cytrus_err_matches(CYTRUS_VALUE_ERROR)`.

#[allow(unused_imports)]
use crate::prelude::*;
use core::ffi::{c_char, c_int, CStr};
use core::fmt;
use core::ptr;

use crate::print::flush_stdout;
use crate::sys::{with_thread_state, write_all, Stream};

/// The exception classes a cytrus program can raise or catch.
///
/// The discriminants are the `CYTRUS_*` codes of `cytrus.h`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// `Exception`: raised as itself, and `except Exception` catches every kind.
    Exception = 0,
    /// `IndexError`
    IndexError = 1,
    /// `ValueError`
    ValueError = 2,
    /// `TypeError`
    TypeError = 3,
    /// `ZeroDivisionError`
    ZeroDivisionError = 4,
    /// `OverflowError`
    OverflowError = 5,
    /// `MemoryError`
    MemoryError = 6,
    /// `BufferError`
    BufferError = 7,
    /// `AssertionError`
    AssertionError = 8,
    /// `UnboundLocalError`
    UnboundLocalError = 9,
    /// `AttributeError`
    AttributeError = 10,
}

/// A raised exception: its class and its message (`str(e)`).
///
/// C sees a fetched one as the opaque `cytrus_error`.
#[derive(Clone, Debug)]
pub struct Error {
    /// The exception class.
    pub kind: ErrorKind,
    /// `str(e)`; may be empty.
    pub message: String,
    /// Set while a handler holds it ([`catch_indicator`]): the number under
    /// which the thread keeps the traceback it recorded, which re-raising it
    /// puts back, so that it keeps the frames it passed before (as Python and
    /// Cython keep them). 0: none. (A number, not the frames: an `Error`
    /// travels in every `Result` and stays small.)
    catch: u32,
}

/// Two exceptions are equal when their class and message are.
impl PartialEq for Error {
    fn eq(&self, other: &Error) -> bool {
        self.kind == other.kind && self.message == other.message
    }
}

impl Eq for Error {}

/// One line of a traceback: `File "kernel.pyx", line 7, in saxpy`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// The `.pyx` file name.
    pub file: String,
    /// The 1-based line.
    pub line: u32,
    /// The function (`<module>` for top-level code).
    pub function: String,
}

/// Records that the exception being propagated passed through `frame`.
pub fn add_frame(frame: Frame) {
    with_thread_state(|t| t.traceback.borrow_mut().push(frame));
}

/// Python's traceback header and frames, outermost first; empty without frames.
pub fn traceback_text(frames: &[Frame]) -> String {
    if frames.is_empty() {
        return String::new();
    }
    let mut text = String::from("Traceback (most recent call last):\n");
    for f in frames.iter().rev() {
        text.push_str(&format!("  File \"{}\", line {}, in {}\n", f.file, f.line, f.function));
    }
    text
}

/// What CPython shows for the frame that ran a module's top level when an
/// unraisable exception is reported during `import NAME` (Python 3.11).
const IMPORT_FRAME: &str = "  File \"<frozen importlib._bootstrap>\", line 241, in _call_with_frames_removed\n";

impl ErrorKind {
    const ALL: [ErrorKind; 11] = [
        ErrorKind::Exception,
        ErrorKind::IndexError,
        ErrorKind::ValueError,
        ErrorKind::TypeError,
        ErrorKind::ZeroDivisionError,
        ErrorKind::OverflowError,
        ErrorKind::MemoryError,
        ErrorKind::BufferError,
        ErrorKind::AssertionError,
        ErrorKind::UnboundLocalError,
        ErrorKind::AttributeError,
    ];

    /// The Python class name, as a traceback prints it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Exception => "Exception",
            ErrorKind::IndexError => "IndexError",
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::ZeroDivisionError => "ZeroDivisionError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::MemoryError => "MemoryError",
            ErrorKind::BufferError => "BufferError",
            ErrorKind::AssertionError => "AssertionError",
            ErrorKind::UnboundLocalError => "UnboundLocalError",
            ErrorKind::AttributeError => "AttributeError",
        }
    }

    /// The kind with this `CYTRUS_*` code, if there is one.
    pub fn from_code(code: c_int) -> Option<ErrorKind> {
        usize::try_from(code).ok().and_then(|i| ErrorKind::ALL.get(i)).copied()
    }
}

impl Error {
    /// An exception of class `kind` with message `message`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error { kind, message: message.into(), catch: 0 }
    }

    /// Whether `except kind:` catches this exception.
    pub fn matches(&self, kind: ErrorKind) -> bool {
        // None of the supported classes derives from another, except from `Exception`.
        kind == ErrorKind::Exception || kind == self.kind
    }

    /// Reports an exception that ended the program, as the last line of
    /// Python's traceback (`Kind: message`), on stderr after flushing stdout.
    pub fn print_uncaught(&self) {
        write_stderr(&format!("{self}\n"));
    }

    /// Reports an exception that ended the program as Python does: the
    /// traceback recorded while it propagated ([`add_frame`]), outermost
    /// frame first, then `Kind: message`. The frames are used up.
    pub fn print_uncaught_with_traceback(&self) {
        let frames = with_thread_state(|t| core::mem::take(&mut *t.traceback.borrow_mut()));
        let traceback = traceback_text(&frames);
        if !traceback.is_empty() {
            flush_stdout();
            write_all(Stream::Stderr, traceback.as_bytes());
        }
        self.print_uncaught();
    }

    /// Reports an exception swallowed by the `noexcept` function `name`
    /// (Cython's qualified name, `module.function`) as Cython does: the
    /// exception, then CPython's unraisable-exception report.
    pub fn print_unraisable(&self, name: &str) {
        write_stderr(&self.unraisable_report(name));
    }

    /// The text of [`Error::print_unraisable`].
    ///
    /// Cython's `__Pyx_WriteUnraisable(name, ..., full_traceback=1)` prints the
    /// exception (`PyErr_PrintEx(0)`, no frames), then calls
    /// `PyErr_WriteUnraisable(name)`, which prints `Exception ignored in:` with
    /// the repr of the name, a traceback of the running Python frame (the
    /// import machinery, as the module's top level runs at import) and the
    /// exception again.
    fn unraisable_report(&self, name: &str) -> String {
        format!("{self}\nException ignored in: '{name}'\nTraceback (most recent call last):\n{IMPORT_FRAME}{self}\n")
    }
}

impl fmt::Display for Error {
    /// `Kind: message`, or `Kind` alone for an empty message, as Python prints it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message)
        }
    }
}

impl core::error::Error for Error {}

/// Writes to stderr after stdout, so the two streams interleave as they were produced.
fn write_stderr(text: &str) {
    flush_stdout();
    // Nothing useful remains to do when stderr itself fails.
    write_all(Stream::Stderr, text.as_bytes());
}

/// Sets the current thread's error indicator, replacing what it held.
pub(crate) fn set_indicator(mut error: Option<Error>) {
    if error.is_some() {
        ANY_ERROR_SET.store(true, core::sync::atomic::Ordering::Relaxed);
    }
    // A new exception starts a new traceback; a caught one raised again
    // goes on with the traceback it had.
    let catch = error.as_mut().map_or(0, |e| core::mem::replace(&mut e.catch, 0));
    with_thread_state(|t| {
        let mut traceback = t.traceback.borrow_mut();
        traceback.clear();
        if catch != 0 {
            let mut caught = t.caught.borrow_mut();
            if let Some(i) = caught.iter().position(|(n, _)| *n == catch) {
                *traceback = caught.remove(i).1;
            }
        }
        *t.indicator.borrow_mut() = error;
    });
}

/// How many caught exceptions' tracebacks a thread keeps (a handler that
/// drops its exception leaves its traceback behind until then).
const CAUGHT_KEPT: usize = 64;

/// Takes the current thread's error out of the indicator for a handler
/// (`except`, `finally`), with the traceback it recorded: raising it again
/// ([`set_indicator`]) restores that traceback.
pub(crate) fn catch_indicator() -> Option<Error> {
    let mut error = take_indicator()?;
    with_thread_state(|t| {
        let frames = core::mem::take(&mut *t.traceback.borrow_mut());
        if frames.is_empty() {
            return;
        }
        let n = t.catches.get().wrapping_add(1).max(1);
        t.catches.set(n);
        let mut caught = t.caught.borrow_mut();
        if caught.len() >= CAUGHT_KEPT {
            caught.remove(0);
        }
        caught.push((n, frames));
        error.catch = n;
    });
    Some(error)
}

/// Whether an exception was ever set, on any thread: until then, no
/// indicator can hold one, and asking needs no thread-local access (which in
/// a shared library is a call, and a call after a loop makes the optimiser
/// spill the loop's values to memory).
static ANY_ERROR_SET: core::sync::atomic::AtomicBool = core::sync::atomic::AtomicBool::new(false);

/// Takes the current thread's error out of the indicator.
#[inline]
pub(crate) fn take_indicator() -> Option<Error> {
    // A thread sees its own store, so this thread's indicator is empty if it reads false.
    if !ANY_ERROR_SET.load(core::sync::atomic::Ordering::Relaxed) {
        return None;
    }
    take_indicator_slow()
}

#[cold]
#[inline(never)]
fn take_indicator_slow() -> Option<Error> {
    with_thread_state(|t| t.indicator.borrow_mut().take())
}

/// A Rust string from a C string; NULL is the empty message, bad UTF-8 is replaced.
///
/// # Safety
/// `text` is NULL or a NUL-terminated string.
unsafe fn message_from_c(text: *const c_char) -> String {
    if text.is_null() {
        String::new()
    } else {
        // SAFETY: the caller passes a NUL-terminated string.
        unsafe { CStr::from_ptr(text) }.to_string_lossy().into_owned()
    }
}

/// `void cytrus_err_set(int kind, const char *msg)`: raises `kind(msg)`;
/// `msg` is copied and may be NULL (no message). An unknown kind raises `Exception`.
///
/// # Safety
/// `msg` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn cytrus_err_set(kind: c_int, msg: *const c_char) {
    let kind = ErrorKind::from_code(kind).unwrap_or(ErrorKind::Exception);
    // SAFETY: the caller passes NULL or a NUL-terminated string.
    let message = unsafe { message_from_c(msg) };
    set_indicator(Some(Error::new(kind, message)));
}

/// `int cytrus_err_occurred(void)`: 1 when an exception is being propagated, else 0.
#[no_mangle]
pub extern "C" fn cytrus_err_occurred() -> c_int {
    with_thread_state(|t| c_int::from(t.indicator.borrow().is_some()))
}

/// `int cytrus_err_matches(int kind)`: 1 when the current exception is caught
/// by `except kind:` (`CYTRUS_EXCEPTION` catches all), else 0.
#[no_mangle]
pub extern "C" fn cytrus_err_matches(kind: c_int) -> c_int {
    let Some(kind) = ErrorKind::from_code(kind) else {
        return 0;
    };
    with_thread_state(|t| c_int::from(t.indicator.borrow().as_ref().is_some_and(|e| e.matches(kind))))
}

/// `void cytrus_err_clear(void)`: drops the current exception, if any.
#[no_mangle]
pub extern "C" fn cytrus_err_clear() {
    set_indicator(None);
}

/// `cytrus_error *cytrus_err_fetch(void)`: moves the current exception out of
/// the indicator (which is then clear); NULL when there is none. Give it back
/// with `cytrus_err_restore` or free it with `cytrus_error_free`.
#[no_mangle]
pub extern "C" fn cytrus_err_fetch() -> *mut Error {
    take_indicator().map_or(ptr::null_mut(), |e| Box::into_raw(Box::new(e)))
}

/// `cytrus_error *cytrus_err_catch(void)`: as `cytrus_err_fetch`, for a
/// handler (`except`, `finally`): the exception takes its traceback with it,
/// and `cytrus_err_restore` (a re-raise) puts it back.
#[no_mangle]
pub extern "C" fn cytrus_err_catch() -> *mut Error {
    catch_indicator().map_or(ptr::null_mut(), |e| Box::into_raw(Box::new(e)))
}

/// `void cytrus_err_restore(cytrus_error *e)`: makes a fetched exception current
/// again (re-raise, end of `finally`), taking ownership; NULL clears the indicator.
///
/// # Safety
/// `e` is NULL or came from `cytrus_err_fetch` and was not freed or restored.
#[no_mangle]
pub unsafe extern "C" fn cytrus_err_restore(e: *mut Error) {
    // SAFETY: a non-null `e` is a box from `cytrus_err_fetch`, which we now own.
    set_indicator((!e.is_null()).then(|| *unsafe { Box::from_raw(e) }));
}

/// `int cytrus_error_kind(const cytrus_error *e)`: the `CYTRUS_*` code of a fetched exception.
///
/// # Safety
/// `e` came from `cytrus_err_fetch` and is live.
#[no_mangle]
pub unsafe extern "C" fn cytrus_error_kind(e: *const Error) -> c_int {
    // SAFETY: the caller passes a live fetched error.
    unsafe { (*e).kind as c_int }
}

/// `int cytrus_error_matches(const cytrus_error *e, int kind)`: whether
/// `except kind:` catches a fetched exception.
///
/// # Safety
/// `e` came from `cytrus_err_fetch` and is live.
#[no_mangle]
pub unsafe extern "C" fn cytrus_error_matches(e: *const Error, kind: c_int) -> c_int {
    // An error return with no error set (a function's `except` value
    // returned normally): nothing matches, as in Cython, and the error
    // return goes on.
    if e.is_null() {
        return 0;
    }
    // SAFETY: the caller passes a live fetched error.
    let e = unsafe { &*e };
    ErrorKind::from_code(kind).map_or(0, |kind| c_int::from(e.matches(kind)))
}

/// `void cytrus_error_print(const cytrus_error *e)`: prints `str(e)` (the
/// message) to the runtime's stdout, as `print(e)` does, without separator or end.
///
/// # Safety
/// `e` came from `cytrus_err_fetch` and is live.
#[no_mangle]
pub unsafe extern "C" fn cytrus_error_print(e: *const Error) {
    // SAFETY: the caller passes a live fetched error.
    crate::print::print_str(unsafe { &(*e).message });
}

/// `const char *cytrus_error_message(const cytrus_error *e, size_t *len)`:
/// the message of a fetched exception (`str(e)`), `*len` bytes of UTF-8, not
/// NUL-terminated; valid while `e` is. Python extension modules raise it.
///
/// # Safety
/// `e` came from `cytrus_err_fetch` and is live; `len` is writable.
#[no_mangle]
pub unsafe extern "C" fn cytrus_error_message(e: *const Error, len: *mut usize) -> *const c_char {
    // SAFETY: the caller passes a live fetched error and a writable length.
    unsafe {
        let message = &(*e).message;
        *len = message.len();
        message.as_ptr().cast()
    }
}

/// `int cytrus_err_frame(size_t i, const char **file, size_t *file_len,
/// const char **function, size_t *function_len)`: frame `i` (0 is the
/// innermost) of the traceback the last exception recorded while it
/// propagated: its line, with the file and function names as UTF-8 bytes
/// (not NUL-terminated, valid until the next exception is raised); -1 past
/// the last frame. Python extension modules turn these into traceback entries.
///
/// # Safety
/// The four pointers are writable.
#[no_mangle]
pub unsafe extern "C" fn cytrus_err_frame(
    i: usize,
    file: *mut *const c_char,
    file_len: *mut usize,
    function: *mut *const c_char,
    function_len: *mut usize,
) -> c_int {
    with_thread_state(|t| {
        let frames = t.traceback.borrow();
        let Some(frame) = frames.get(i) else { return -1 };
        // SAFETY: the caller passes writable pointers; the strings live in
        // the thread's traceback until the next exception clears it.
        unsafe {
            *file = frame.file.as_ptr().cast();
            *file_len = frame.file.len();
            *function = frame.function.as_ptr().cast();
            *function_len = frame.function.len();
        }
        c_int::try_from(frame.line).unwrap_or(c_int::MAX)
    })
}

/// `void cytrus_error_free(cytrus_error *e)`: frees a fetched exception; NULL is ignored.
///
/// # Safety
/// `e` is NULL or came from `cytrus_err_fetch` and was not freed or restored.
#[no_mangle]
pub unsafe extern "C" fn cytrus_error_free(e: *mut Error) {
    if !e.is_null() {
        // SAFETY: a non-null `e` is a box from `cytrus_err_fetch`, freed once.
        drop(unsafe { Box::from_raw(e) });
    }
}

/// `void cytrus_err_print_uncaught(void)`: reports the current exception as
/// [`Error::print_uncaught`] does and clears the indicator. The caller exits
/// with status 1, as Python does.
#[no_mangle]
pub extern "C" fn cytrus_err_print_uncaught() {
    if let Some(error) = take_indicator() {
        error.print_uncaught_with_traceback();
    }
}

/// `void cytrus_err_add_frame(const char *file, int line, const char *function)`:
/// records that the exception being propagated left `function` at `line`.
///
/// # Safety
/// `file` and `function` are NULL or NUL-terminated strings.
#[no_mangle]
pub unsafe extern "C" fn cytrus_err_add_frame(file: *const c_char, line: c_int, function: *const c_char) {
    // SAFETY: the caller passes NULL or NUL-terminated strings.
    let (file, function) = unsafe { (message_from_c(file), message_from_c(function)) };
    add_frame(Frame { file, line: line.max(0) as u32, function });
}

/// `void cytrus_err_write_unraisable(const char *name)`: what a `noexcept`
/// function does with an exception: reports it as [`Error::print_unraisable`]
/// does, naming the function (`module.function`), and clears the indicator.
///
/// # Safety
/// `name` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn cytrus_err_write_unraisable(name: *const c_char) {
    if let Some(error) = take_indicator() {
        // SAFETY: the caller passes NULL or a NUL-terminated string.
        error.print_unraisable(&unsafe { message_from_c(name) });
    }
}

/// Raises `error` through the C indicator; used by the C entry points of other modules.
pub(crate) fn raise(error: Error) {
    set_indicator(Some(error));
}

/// The C convention for a fallible call: 0, or -1 with the error raised.
pub(crate) fn status(result: Result<(), Error>) -> c_int {
    match result {
        Ok(()) => 0,
        Err(error) => {
            raise(error);
            -1
        }
    }
}

#[cfg(test)]
mod tests;
