//! `print(...)`: values written as Python writes them, to a buffered stdout.
//!
//! Doubles print as `repr` does (shortest round-trip digits, `1e+16`,
//! `1e-05`, `-0.0`, `nan`), `bint` as `True`/`False`, shape/strides/suboffsets
//! as a list of 8. Integers print as Rust's `Display` prints them, which is
//! Python's decimal form. `print(x, n)` in Rust output:
//! `let mut line = String::new(); write_double(&mut line, x); write!(line, " {n}\n"); print_str(&line);`
//!
//! Output collects in one buffer, written out when it fills, at exit, and
//! before anything goes to stderr, so stdout and error reports keep their order.

#[allow(unused_imports)]
use crate::prelude::*;
use core::ffi::{c_char, c_int, c_longlong, c_ulonglong, CStr};
use core::fmt::Write as _;
use core::sync::atomic::{AtomicBool, AtomicPtr, AtomicU8, Ordering};

use crate::slice::MAX_DIMS;
use crate::sys::{is_terminal, write_all, Lock, Stream};

/// The runtime's stdout buffer; every print goes through it.
static STDOUT: Lock<Vec<u8>> = Lock::new(Vec::new());

/// Whether the exit-time flush was registered (on the first print).
static FLUSH_AT_EXIT: AtomicBool = AtomicBool::new(false);

/// Whether stdout is a terminal: then, as in Python, each line goes out at
/// once (0: not asked yet, 1: no, 2: yes).
static LINE_BUFFERED: AtomicU8 = AtomicU8::new(0);

/// Where printed text goes instead of the buffer, when set: a Python
/// extension module writes it through `sys.stdout`, as Cython's `print`
/// does (null: the buffer and the process's stdout).
static SINK: AtomicPtr<()> = AtomicPtr::new(core::ptr::null_mut());

/// A receiver of printed text (`text`, `len` bytes of UTF-8).
pub type Sink = unsafe extern "C" fn(text: *const c_char, len: usize);

/// How much output may wait in the buffer.
const BUFFER_CAPACITY: usize = 1 << 16;

extern "C" {
    fn atexit(callback: extern "C" fn()) -> c_int;
}

/// Appends Python's `repr` of a double: the shortest digits that read back
/// as `x`, in fixed notation when the decimal exponent is in `-4..16`, else
/// in scientific notation with a signed exponent of at least two digits.
/// A `float` is widened to double first (`0.10000000149011612`).
pub fn write_double(out: &mut String, x: f64) {
    if x.is_nan() {
        out.push_str("nan");
        return;
    }
    if x.is_infinite() {
        out.push_str(if x < 0.0 { "-inf" } else { "inf" });
        return;
    }
    // `{:e}` gives the shortest round-trip digits as `d.ddde<exp>` (`-0e0` for -0.0).
    let mut scientific = format!("{x:e}");
    // When two shortest strings are equally near `x`, `{:e}` rounds the tie up
    // but Python's dtoa takes the even digit, as correct rounding to that many
    // digits does; keep it when it still reads back as `x`.
    let digits = scientific.split('e').next().map_or(0, |m| m.bytes().filter(u8::is_ascii_digit).count());
    let even = format!("{x:.*e}", digits.saturating_sub(1));
    if even != scientific && even.parse::<f64>() == Ok(x) {
        scientific = even;
    }
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    if let Some(rest) = mantissa.strip_prefix('-') {
        out.push('-');
        write_digits(out, rest, exponent);
    } else {
        write_digits(out, mantissa, exponent);
    }
}

/// Lays out `d.ddd × 10^exponent` (no sign) as Python's `repr` does.
fn write_digits(out: &mut String, mantissa: &str, exponent: i32) {
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let zeros = |out: &mut String, count: usize| out.extend(core::iter::repeat_n('0', count));
    if (-4..16).contains(&exponent) {
        if exponent >= 0 {
            let whole = exponent as usize + 1;
            if digits.len() <= whole {
                out.push_str(&digits);
                zeros(out, whole - digits.len());
                out.push_str(".0");
            } else {
                out.push_str(&digits[..whole]);
                out.push('.');
                out.push_str(&digits[whole..]);
            }
        } else {
            out.push_str("0.");
            zeros(out, (-exponent - 1) as usize);
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let sign = if exponent < 0 { '-' } else { '+' };
        // Writing to a String cannot fail.
        let _ = write!(out, "e{sign}{:02}", exponent.unsigned_abs());
    }
}

/// Appends `True` or `False`.
pub fn write_bint(out: &mut String, value: bool) {
    out.push_str(if value { "True" } else { "False" });
}

/// Appends a shape, strides or suboffsets array as Python prints the list
/// Cython makes of it: all 8 entries, `[3, 4, 0, 0, 0, 0, 0, 0]`.
pub fn write_dims(out: &mut String, dims: &[isize; MAX_DIMS]) {
    out.push('[');
    for (i, value) in dims.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        // Writing to a String cannot fail.
        let _ = write!(out, "{value}");
    }
    out.push(']');
}

/// One `print(...)` of Rust output: the items in order, then written to the
/// buffered stdout at once.
///
/// `print("n =", n, x)` →
/// `Print::new().text("n = ").int(n as i128).text(" ").double(x).text("\n").print()`
#[derive(Debug, Default)]
#[must_use = "nothing is printed until `.print()`"]
pub struct Print {
    text: String,
}

impl Print {
    /// An empty line.
    pub fn new() -> Print {
        Print::default()
    }

    /// Text as it is: a string argument, a separator, `end`.
    pub fn text(mut self, text: &str) -> Print {
        self.text.push_str(text);
        self
    }

    /// An integer in decimal (any C integer, or a Python int).
    pub fn int(mut self, value: i128) -> Print {
        // Writing to a String cannot fail.
        let _ = write!(self.text, "{value}");
        self
    }

    /// `repr` of a double (a `float` is widened first), as [`write_double`].
    pub fn double(mut self, value: f64) -> Print {
        write_double(&mut self.text, value);
        self
    }

    /// `True` or `False`.
    pub fn bint(mut self, value: bool) -> Print {
        write_bint(&mut self.text, value);
        self
    }

    /// A shape, strides or suboffsets array, as [`write_dims`].
    pub fn dims(mut self, dims: &[isize; MAX_DIMS]) -> Print {
        write_dims(&mut self.text, dims);
        self
    }

    /// A caught exception: `str(e)`, its message. Nothing for no exception.
    pub fn error(mut self, error: Option<&crate::Error>) -> Print {
        if let Some(error) = error {
            self.text.push_str(&error.message);
        }
        self
    }

    /// Writes the line to the buffered stdout.
    pub fn print(self) {
        print_str(&self.text);
    }
}

/// Writes text to the runtime's buffered stdout (values, separators, `end`).
pub fn print_str(text: &str) {
    print_bytes(text.as_bytes());
}

/// Writes everything buffered to the process's stdout.
pub fn flush_stdout() {
    STDOUT.with(write_out);
}

/// Appends bytes to the stdout buffer, writing it out when it should be
/// (or hands them to the sink, when one is set).
fn print_bytes(bytes: &[u8]) {
    let sink = SINK.load(Ordering::Acquire);
    if !sink.is_null() {
        // SAFETY: only `set_stdout_sink` stores here, from a `Sink`.
        let sink: Sink = unsafe { core::mem::transmute::<*mut (), Sink>(sink) };
        // SAFETY: the sink reads `len` bytes from `text`.
        unsafe { sink(bytes.as_ptr().cast(), bytes.len()) };
        return;
    }
    if !FLUSH_AT_EXIT.swap(true, Ordering::AcqRel) {
        // SAFETY: `flush_at_exit` is a plain function that lives as long as the process.
        // If registration fails, output still goes out whenever the buffer fills.
        unsafe { atexit(flush_at_exit) };
    }
    let line_buffered = match LINE_BUFFERED.load(Ordering::Relaxed) {
        0 => {
            let terminal = is_terminal(Stream::Stdout);
            LINE_BUFFERED.store(1 + u8::from(terminal), Ordering::Relaxed);
            terminal
        }
        known => known == 2,
    };
    STDOUT.with(|buffer| {
        buffer.extend_from_slice(bytes);
        if buffer.len() >= BUFFER_CAPACITY || (line_buffered && bytes.contains(&b'\n')) {
            write_out(buffer);
        }
    });
}

/// Writes the buffer to stdout and empties it.
fn write_out(buffer: &mut Vec<u8>) {
    if buffer.is_empty() {
        return;
    }
    // Python also loses output silently when stdout is closed; there is no one to tell.
    write_all(Stream::Stdout, buffer);
    buffer.clear();
}

extern "C" fn flush_at_exit() {
    // A thread still printing while the process exits would block us forever.
    STDOUT.try_with(write_out);
}

/// Prints what `write` appends.
fn print_with(write: impl FnOnce(&mut String)) {
    let mut text = String::new();
    write(&mut text);
    print_str(&text);
}

/// `void cytrus_print_double(double x)`: prints `repr(x)` (also for a widened `float`).
#[no_mangle]
pub extern "C" fn cytrus_print_double(x: f64) {
    print_with(|out| write_double(out, x));
}

/// `void cytrus_print_long(long long x)`: prints a signed integer in decimal.
#[no_mangle]
pub extern "C" fn cytrus_print_long(x: c_longlong) {
    print_with(|out| {
        let _ = write!(out, "{x}");
    });
}

/// `void cytrus_print_ulong(unsigned long long x)`: prints an unsigned integer in decimal.
#[no_mangle]
pub extern "C" fn cytrus_print_ulong(x: c_ulonglong) {
    print_with(|out| {
        let _ = write!(out, "{x}");
    });
}

/// `void cytrus_print_int128(long long high, unsigned long long low)`: prints
/// the 128-bit Python int `high * 2**64 + low` in decimal.
#[no_mangle]
pub extern "C" fn cytrus_print_int128(high: c_longlong, low: c_ulonglong) {
    let value = (i128::from(high) << 64) | i128::from(low);
    print_with(|out| {
        let _ = write!(out, "{value}");
    });
}

/// `void cytrus_print_bint(int b)`: prints `True` for nonzero, else `False`.
#[no_mangle]
pub extern "C" fn cytrus_print_bint(b: c_int) {
    print_with(|out| write_bint(out, b != 0));
}

/// `void cytrus_print_dims(const Py_ssize_t *dims)`: prints 8 entries as a list.
///
/// # Safety
/// `dims` points to 8 `Py_ssize_t` (a slice's `shape`, `strides` or `suboffsets`).
#[no_mangle]
pub unsafe extern "C" fn cytrus_print_dims(dims: *const isize) {
    // SAFETY: the caller passes a pointer to 8 `Py_ssize_t`.
    let dims = unsafe { &*dims.cast::<[isize; MAX_DIMS]>() };
    print_with(|out| write_dims(out, dims));
}

/// `void cytrus_print_str(const char *s)`: prints the bytes of `s` (text,
/// separators, `end`); NULL prints nothing.
///
/// # Safety
/// `s` is NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn cytrus_print_str(s: *const c_char) {
    if !s.is_null() {
        // SAFETY: the caller passes a NUL-terminated string.
        print_bytes(unsafe { CStr::from_ptr(s) }.to_bytes());
    }
}

/// Sends all further output to `sink` (`None`: back to the buffer), after
/// writing out what is buffered.
pub fn set_stdout_sink(sink: Option<Sink>) {
    flush_stdout();
    SINK.store(sink.map_or(core::ptr::null_mut(), |f| f as *mut ()), Ordering::Release);
}

/// `void cytrus_set_stdout_sink(void (*sink)(const char *text, size_t len))`:
/// [`set_stdout_sink`] (NULL: back to the buffer).
#[no_mangle]
pub extern "C" fn cytrus_set_stdout_sink(sink: Option<Sink>) {
    set_stdout_sink(sink);
}

/// `void cytrus_flush_stdout(void)`: writes out buffered output now (before
/// writing to stderr or stdout by other means).
#[no_mangle]
pub extern "C" fn cytrus_flush_stdout() {
    flush_stdout();
}

#[cfg(test)]
mod tests;
