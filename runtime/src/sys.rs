//! What the runtime takes from the platform: writing to stdout and stderr,
//! the per-thread error state, a lock, aborting, and (without `std`) memory
//! and panics.
//!
//! With the `std` feature (the rlib Rust output links) these are std's.
//! Without it the crate is `#![no_std]` + `alloc`: the C runtime
//! (`libcytrus_runtime.a`) is built that way so that a C program does not
//! carry std's panic, backtrace and I/O machinery. Then they are the C
//! library's: `write`, `isatty`, `abort`, `malloc`/`free` (the global
//! allocator), and a POSIX thread-specific key for the per-thread state.
//! Everything else in the runtime is the same source in both builds.

#[allow(unused_imports)]
use crate::prelude::*;
use alloc::vec::Vec;
use core::cell::RefCell;

use crate::error::{Error, Frame};

/// The exception being propagated on one thread, and where it passed.
pub(crate) struct ThreadState {
    /// The C error indicator (and the Rust output's pending exception).
    pub indicator: RefCell<Option<Error>>,
    /// Where the exception being propagated passed, innermost frame first.
    pub traceback: RefCell<Vec<Frame>>,
    /// The tracebacks of exceptions handlers hold (caught, not yet raised
    /// again or dropped), by catch number; the oldest are forgotten first.
    pub caught: RefCell<Vec<(u32, Vec<Frame>)>>,
    /// The last catch number given.
    pub catches: core::cell::Cell<u32>,
    /// Whether this thread holds the lock of `with gil:` blocks (see `gil`).
    pub holds_gil: core::cell::Cell<bool>,
}

impl ThreadState {
    const fn new() -> ThreadState {
        ThreadState {
            indicator: RefCell::new(None),
            traceback: RefCell::new(Vec::new()),
            caught: RefCell::new(Vec::new()),
            catches: core::cell::Cell::new(0),
            holds_gil: core::cell::Cell::new(false),
        }
    }
}

/// Forgets this thread's exception state (a team's worker between jobs).
#[cfg(feature = "std")]
pub(crate) fn clear_thread_state() {
    with_thread_state(|s| {
        s.indicator.borrow_mut().take();
        s.traceback.borrow_mut().clear();
        s.caught.borrow_mut().clear();
        s.catches.set(0);
    });
}

/// An output stream of the process.
#[derive(Clone, Copy)]
pub(crate) enum Stream {
    Stdout,
    Stderr,
}

#[cfg(not(feature = "std"))]
pub(crate) use imp::FloatMath;
pub(crate) use imp::{abort, is_terminal, with_thread_state, write_all, yield_now, Lock};

#[cfg(feature = "std")]
mod imp {
    use std::io::{IsTerminal, Write};

    use super::{Stream, ThreadState};

    thread_local! {
        static STATE: ThreadState = const { ThreadState::new() };
    }

    /// Runs `f` on this thread's state.
    pub(crate) fn with_thread_state<R>(f: impl FnOnce(&ThreadState) -> R) -> R {
        STATE.with(f)
    }

    /// Writes all of `bytes` to `stream` and flushes it; failures are ignored
    /// (Python, too, loses output silently when the stream is closed).
    pub(crate) fn write_all(stream: Stream, bytes: &[u8]) {
        match stream {
            Stream::Stdout => {
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(bytes);
                let _ = out.flush();
            }
            Stream::Stderr => {
                let mut out = std::io::stderr().lock();
                let _ = out.write_all(bytes);
                let _ = out.flush();
            }
        }
    }

    /// Whether `stream` is a terminal.
    pub(crate) fn is_terminal(stream: Stream) -> bool {
        match stream {
            Stream::Stdout => std::io::stdout().is_terminal(),
            Stream::Stderr => std::io::stderr().is_terminal(),
        }
    }

    /// Ends the process at once.
    pub(crate) fn abort() -> ! {
        std::process::abort()
    }

    /// Lets another thread run.
    pub(crate) fn yield_now() {
        std::thread::yield_now()
    }

    /// A mutual-exclusion lock that a panic while holding it does not spoil.
    pub(crate) struct Lock<T>(std::sync::Mutex<T>);

    impl<T> Lock<T> {
        pub(crate) const fn new(value: T) -> Lock<T> {
            Lock(std::sync::Mutex::new(value))
        }

        /// Runs `f` with the value, waiting for the lock.
        pub(crate) fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
            f(&mut self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
        }

        /// Runs `f` with the value if the lock is free now; else does nothing.
        pub(crate) fn try_with(&self, f: impl FnOnce(&mut T)) {
            match self.0.try_lock() {
                Ok(mut value) => f(&mut value),
                Err(std::sync::TryLockError::Poisoned(poisoned)) => f(&mut poisoned.into_inner()),
                Err(std::sync::TryLockError::WouldBlock) => {}
            }
        }
    }
}

#[cfg(not(feature = "std"))]
mod imp {
    use alloc::boxed::Box;
    use core::alloc::{GlobalAlloc, Layout};
    use core::cell::UnsafeCell;
    use core::ffi::{c_int, c_void};
    use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    use super::{Stream, ThreadState};

    #[cfg(target_vendor = "apple")]
    type PthreadKey = core::ffi::c_ulong;
    #[cfg(not(target_vendor = "apple"))]
    type PthreadKey = core::ffi::c_uint;

    extern "C" {
        fn write(fd: c_int, buf: *const c_void, count: usize) -> isize;
        fn isatty(fd: c_int) -> c_int;
        #[link_name = "abort"]
        fn c_abort() -> !;
        fn malloc(size: usize) -> *mut c_void;
        fn realloc(ptr: *mut c_void, size: usize) -> *mut c_void;
        fn free(ptr: *mut c_void);
        fn posix_memalign(out: *mut *mut c_void, align: usize, size: usize) -> c_int;
        fn pthread_key_create(key: *mut PthreadKey, destructor: Option<unsafe extern "C" fn(*mut c_void)>) -> c_int;
        fn pthread_key_delete(key: PthreadKey) -> c_int;
        fn pthread_getspecific(key: PthreadKey) -> *mut c_void;
        fn pthread_setspecific(key: PthreadKey, value: *const c_void) -> c_int;
        fn sched_yield() -> c_int;
    }

    /// The C library's allocator serves the runtime's `Vec`s, `String`s and boxes.
    struct Malloc;

    /// What `malloc` aligns every block to on the platforms the runtime supports.
    const MALLOC_ALIGN: usize = 16;

    // SAFETY: blocks come from malloc/posix_memalign with at least the
    // layout's size and alignment, and go back to free.
    unsafe impl GlobalAlloc for Malloc {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if layout.align() <= MALLOC_ALIGN {
                // SAFETY: plain malloc; a zero size never reaches a GlobalAlloc.
                unsafe { malloc(layout.size()) }.cast()
            } else {
                let mut block = core::ptr::null_mut();
                // SAFETY: the alignment is a power of two at least the size of a pointer.
                let failed = unsafe { posix_memalign(&mut block, layout.align(), layout.size()) } != 0;
                if failed {
                    core::ptr::null_mut()
                } else {
                    block.cast()
                }
            }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
            // SAFETY: `ptr` came from `alloc` above.
            unsafe { free(ptr.cast()) }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            if layout.align() <= MALLOC_ALIGN {
                // SAFETY: `ptr` came from malloc, whose alignment realloc keeps.
                unsafe { realloc(ptr.cast(), new_size) }.cast()
            } else {
                // SAFETY: the caller's contract, passed on.
                let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
                // SAFETY: as `alloc`; the old block holds `layout.size()` bytes.
                unsafe {
                    let block = self.alloc(new_layout);
                    if !block.is_null() {
                        core::ptr::copy_nonoverlapping(ptr, block, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    block
                }
            }
        }
    }

    #[global_allocator]
    static ALLOCATOR: Malloc = Malloc;

    /// A bug in the runtime: say so on stderr and abort (the C runtime does not unwind).
    #[panic_handler]
    fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
        let mut text = alloc::string::String::from("cytrus runtime: internal error");
        if let Some(location) = info.location() {
            use core::fmt::Write as _;
            let _ = write!(text, " at {}:{}", location.file(), location.line());
        }
        text.push('\n');
        write_all(Stream::Stderr, text.as_bytes());
        // SAFETY: abort takes nothing and does not return.
        unsafe { c_abort() }
    }

    /// The precompiled `core` and `alloc` carry unwind tables that name this
    /// personality routine; with `panic = "abort"` nothing unwinds, so it is
    /// never called.
    #[no_mangle]
    extern "C" fn rust_eh_personality() {}

    /// The key of the per-thread state, plus one (0: not created yet).
    static KEY: AtomicUsize = AtomicUsize::new(0);

    unsafe extern "C" fn drop_state(state: *mut c_void) {
        // SAFETY: the key's values are boxes made by `with_thread_state`,
        // and the C library calls this once per exiting thread.
        drop(unsafe { Box::from_raw(state.cast::<ThreadState>()) });
    }

    fn key() -> PthreadKey {
        let key = KEY.load(Ordering::Acquire);
        if key != 0 {
            return (key - 1) as PthreadKey;
        }
        let mut created: PthreadKey = 0;
        // SAFETY: `created` is written by the call; `drop_state` frees the values.
        if unsafe { pthread_key_create(&mut created, Some(drop_state)) } != 0 {
            write_all(Stream::Stderr, b"cytrus runtime: cannot create a thread-specific key\n");
            // SAFETY: abort takes nothing and does not return.
            unsafe { c_abort() }
        }
        match KEY.compare_exchange(0, created as usize + 1, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => created,
            Err(other) => {
                // Another thread created one first: use it.
                // SAFETY: our key was never given a value.
                unsafe { pthread_key_delete(created) };
                (other - 1) as PthreadKey
            }
        }
    }

    /// Runs `f` on this thread's state (made on first use, freed at thread exit).
    pub(crate) fn with_thread_state<R>(f: impl FnOnce(&ThreadState) -> R) -> R {
        let key = key();
        // SAFETY: a valid key.
        let mut state = unsafe { pthread_getspecific(key) }.cast::<ThreadState>();
        if state.is_null() {
            state = Box::into_raw(Box::new(ThreadState::new()));
            // SAFETY: a valid key; the box is freed by `drop_state`.
            unsafe { pthread_setspecific(key, state.cast()) };
        }
        // SAFETY: the state lives until this thread exits, and only this thread uses it.
        f(unsafe { &*state })
    }

    fn fd(stream: Stream) -> c_int {
        match stream {
            Stream::Stdout => 1,
            Stream::Stderr => 2,
        }
    }

    /// Writes all of `bytes` to `stream` (unbuffered); failures are ignored
    /// (Python, too, loses output silently when the stream is closed).
    pub(crate) fn write_all(stream: Stream, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            // SAFETY: `bytes` is a live slice of that many bytes.
            let written = unsafe { write(fd(stream), bytes.as_ptr().cast(), bytes.len()) };
            if written < 0 {
                // EINTR is retried, anything else gives up.
                if errno_is_eintr() {
                    continue;
                }
                return;
            }
            bytes = &bytes[written as usize..];
        }
    }

    fn errno_is_eintr() -> bool {
        extern "C" {
            #[cfg_attr(any(target_os = "linux", target_os = "android"), link_name = "__errno_location")]
            #[cfg_attr(target_vendor = "apple", link_name = "__error")]
            fn errno_location() -> *mut c_int;
        }
        const EINTR: c_int = 4;
        // SAFETY: the C library's errno of this thread.
        unsafe { *errno_location() == EINTR }
    }

    /// Whether `stream` is a terminal.
    pub(crate) fn is_terminal(stream: Stream) -> bool {
        // SAFETY: isatty takes any descriptor.
        unsafe { isatty(fd(stream)) != 0 }
    }

    /// Ends the process at once.
    pub(crate) fn abort() -> ! {
        // SAFETY: abort takes nothing and does not return.
        unsafe { c_abort() }
    }

    /// Lets another thread run.
    pub(crate) fn yield_now() {
        // SAFETY: sched_yield takes nothing.
        unsafe { sched_yield() };
    }

    /// A mutual-exclusion lock (a spin lock that yields: it guards the
    /// stdout buffer, held only while bytes are copied or written).
    pub(crate) struct Lock<T> {
        held: AtomicBool,
        value: UnsafeCell<T>,
    }

    // SAFETY: the value is reached only by the one thread holding `held`.
    unsafe impl<T: Send> Sync for Lock<T> {}

    impl<T> Lock<T> {
        pub(crate) const fn new(value: T) -> Lock<T> {
            Lock { held: AtomicBool::new(false), value: UnsafeCell::new(value) }
        }

        fn try_acquire(&self) -> bool {
            self.held.compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed).is_ok()
        }

        /// Runs `f` with the value, waiting for the lock.
        pub(crate) fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
            while !self.try_acquire() {
                // SAFETY: sched_yield takes nothing.
                unsafe { sched_yield() };
            }
            // SAFETY: this thread holds the lock.
            let result = f(unsafe { &mut *self.value.get() });
            self.held.store(false, Ordering::Release);
            result
        }

        /// Runs `f` with the value if the lock is free now; else does nothing.
        pub(crate) fn try_with(&self, f: impl FnOnce(&mut T)) {
            if self.try_acquire() {
                // SAFETY: this thread holds the lock.
                f(unsafe { &mut *self.value.get() });
                self.held.store(false, Ordering::Release);
            }
        }
    }

    extern "C" {
        #[link_name = "trunc"]
        fn c_trunc(x: f64) -> f64;
        #[link_name = "ceil"]
        fn c_ceil(x: f64) -> f64;
        #[link_name = "pow"]
        fn c_pow(x: f64, y: f64) -> f64;
    }

    /// The `f64` methods that std has and core lacks, from the C library's libm.
    pub(crate) trait FloatMath {
        fn trunc(self) -> f64;
        fn ceil(self) -> f64;
        /// Only used with results a double holds exactly (powers of two).
        fn powi(self, n: i32) -> f64;
    }

    impl FloatMath for f64 {
        fn trunc(self) -> f64 {
            // SAFETY: a pure C function.
            unsafe { c_trunc(self) }
        }
        fn ceil(self) -> f64 {
            // SAFETY: a pure C function.
            unsafe { c_ceil(self) }
        }
        fn powi(self, n: i32) -> f64 {
            // SAFETY: a pure C function.
            unsafe { c_pow(self, f64::from(n)) }
        }
    }
}
