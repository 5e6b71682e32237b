//! A C module's top-level code, run once per process: `NAME_init()` is
//! `cytrus_module_run_once(&cytrus_once_NAME, cytrus_init_body_NAME)`, and every checked
//! entry point calls `NAME_init()` first, so a C caller cannot use a module
//! whose globals were never set (the Rust API's `ModuleInit` does the same
//! for Rust output, per thread, as Rust output's module variables are).
//!
//! The first call runs the body; later calls return how it ended (0, or -1
//! raising the same exception again). A call made by the body itself (its
//! top-level code calling the module's functions) finds it running and
//! returns 0, as a module being imported is usable; a call from another
//! thread meanwhile waits for it to end.

#[allow(unused_imports)]
use crate::prelude::*;
use core::ffi::c_int;
use core::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

use crate::error::{set_indicator, Error};
use crate::sys::{with_thread_state, yield_now};

const NOT_RUN: usize = 0;
const RUNNING: usize = 1;
const DONE: usize = 2;
const FAILED: usize = 3;

/// Whether a module's top-level code ran (`cytrus_module_once` in C, a
/// zero-initialised `static`).
#[repr(C)]
#[derive(Debug)]
pub struct ModuleOnce {
    /// Not run, running, done or failed.
    state: AtomicUsize,
    /// The thread running the body (the address of its error state).
    owner: AtomicUsize,
    /// The exception the body raised, kept to raise again; null if none.
    error: AtomicPtr<Error>,
}

impl ModuleOnce {
    /// Not run yet (all zero, as a C `static` starts).
    pub const fn new() -> ModuleOnce {
        ModuleOnce {
            state: AtomicUsize::new(NOT_RUN),
            owner: AtomicUsize::new(0),
            error: AtomicPtr::new(core::ptr::null_mut()),
        }
    }
}

impl Default for ModuleOnce {
    fn default() -> ModuleOnce {
        ModuleOnce::new()
    }
}

/// This thread, as a number no other live thread has.
fn this_thread() -> usize {
    with_thread_state(|state| core::ptr::from_ref(state) as usize)
}

/// `int cytrus_module_run_once(cytrus_module_once *once, int (*body)(void))`:
/// runs `body` the first time; see the module's documentation.
///
/// # Safety
/// `once` points to a live `cytrus_module_once` used with this `body` only;
/// `body` returns 0, or -1 with the error indicator set (or clear).
#[no_mangle]
pub unsafe extern "C" fn cytrus_module_run_once(
    once: *const ModuleOnce,
    body: unsafe extern "C" fn() -> c_int,
) -> c_int {
    // SAFETY: the caller passes a live `cytrus_module_once`.
    let once = unsafe { &*once };
    let me = this_thread();
    loop {
        match once.state.compare_exchange(NOT_RUN, RUNNING, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => {
                once.owner.store(me, Ordering::Release);
                // SAFETY: the caller's function, called as it promises.
                let status = unsafe { body() };
                if status < 0 {
                    let error = with_thread_state(|t| t.indicator.borrow().clone());
                    once.error
                        .store(error.map_or(core::ptr::null_mut(), |e| Box::into_raw(Box::new(e))), Ordering::Release);
                    once.state.store(FAILED, Ordering::Release);
                    return -1;
                }
                once.state.store(DONE, Ordering::Release);
                return 0;
            }
            Err(DONE) => return 0,
            Err(FAILED) => {
                let error = once.error.load(Ordering::Acquire);
                // SAFETY: set once before FAILED was published, never freed.
                if let Some(error) = unsafe { error.as_ref() } {
                    set_indicator(Some(error.clone()));
                }
                return -1;
            }
            Err(_) if once.owner.load(Ordering::Acquire) == me => return 0,
            Err(_) => yield_now(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{cytrus_err_clear, cytrus_err_occurred, ErrorKind};
    use std::sync::atomic::AtomicU32;

    static RUNS: AtomicU32 = AtomicU32::new(0);
    static OK_ONCE: ModuleOnce = ModuleOnce::new();

    unsafe extern "C" fn ok_body() -> c_int {
        RUNS.fetch_add(1, Ordering::SeqCst);
        // A call from inside the body finds it running.
        // SAFETY: a live once and its body.
        assert_eq!(unsafe { cytrus_module_run_once(&OK_ONCE, ok_body) }, 0);
        0
    }

    #[test]
    fn the_body_runs_once_across_threads() {
        let threads: Vec<_> = (0..4)
            .map(|_| {
                // SAFETY: a live once and its body.
                std::thread::spawn(|| unsafe { cytrus_module_run_once(&OK_ONCE, ok_body) })
            })
            .collect();
        for t in threads {
            assert_eq!(t.join().unwrap(), 0);
        }
        assert_eq!(RUNS.load(Ordering::SeqCst), 1);
    }

    static FAILING_ONCE: ModuleOnce = ModuleOnce::new();

    unsafe extern "C" fn failing_body() -> c_int {
        set_indicator(Some(Error::new(ErrorKind::ValueError, "top-level code failed")));
        -1
    }

    #[test]
    fn a_failure_is_raised_again_on_every_call() {
        for _ in 0..2 {
            // SAFETY: a live once and its body.
            assert_eq!(unsafe { cytrus_module_run_once(&FAILING_ONCE, failing_body) }, -1);
            assert_eq!(cytrus_err_occurred(), 1);
            let error = with_thread_state(|t| t.indicator.borrow().clone()).unwrap();
            assert_eq!(error.to_string(), "ValueError: top-level code failed");
            cytrus_err_clear();
        }
    }
}
