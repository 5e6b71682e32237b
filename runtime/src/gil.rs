//! The lock that `with gil:` blocks (and `cdef … with gil` functions) hold.
//!
//! In Cython a `with gil:` block takes the GIL, so the blocks of a
//! `prange` loop's or a `parallel()` block's threads run one at a time:
//! kernels rely on it to merge each thread's partial results into shared
//! memory. Outside Python there is no GIL, so the runtime keeps one lock that
//! stands for it: re-entrant per thread, as `PyGILState_Ensure` is (a
//! `with gil:` function called from a `with gil:` block does not wait for
//! itself). A Python extension module sets hooks that take Python's real GIL
//! instead ([`set_gil_hooks`]), so the blocks also exclude Python's threads.
//!
//! Generated code keeps the token [`gil_acquire`] returns and passes it to
//! [`gil_release`] on every way out of the block.
//!
//! A team started where the GIL may be held (a `prange` in a `nogil`
//! function that Python code called without releasing it) gives the GIL up
//! while it runs, as Cython's parallel sections do: else a thread's
//! `with gil:` section would wait for the caller, who waits for the team.
//! Without hooks there is nothing to give up.

use core::ffi::{c_int, c_void};
use core::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

use crate::sys::{with_thread_state, yield_now};

/// Takes the lock; returns the token to release it with.
pub type AcquireHook = unsafe extern "C" fn() -> c_int;
/// Releases what the acquire hook's token says it took.
pub type ReleaseHook = unsafe extern "C" fn(token: c_int);
/// Gives up the GIL if this thread holds it; returns what restores it (or NULL).
pub type SaveHook = unsafe extern "C" fn() -> *mut c_void;
/// Takes the GIL back with what the save hook returned (nothing for NULL).
pub type RestoreHook = unsafe extern "C" fn(saved: *mut c_void);

/// The hooks of a Python extension module: Python's GIL in place of the
/// runtime's lock.
#[derive(Clone, Copy)]
pub struct GilHooks {
    pub acquire: AcquireHook,
    pub release: ReleaseHook,
    pub save: SaveHook,
    pub restore: RestoreHook,
}

/// Held by one thread's outermost `with gil:` block (without hooks).
static HELD: AtomicBool = AtomicBool::new(false);
static ACQUIRE_HOOK: AtomicPtr<()> = AtomicPtr::new(core::ptr::null_mut());
static RELEASE_HOOK: AtomicPtr<()> = AtomicPtr::new(core::ptr::null_mut());
static SAVE_HOOK: AtomicPtr<()> = AtomicPtr::new(core::ptr::null_mut());
static RESTORE_HOOK: AtomicPtr<()> = AtomicPtr::new(core::ptr::null_mut());

/// The token of an acquisition that took the lock (and must give it back).
const TOOK: c_int = 1;
/// The token of an acquisition on a thread that already held the lock.
const NESTED: c_int = 0;

/// Waits for the lock of `with gil:` blocks and takes it (or, with hooks,
/// whatever the acquire hook takes). Returns the token for [`gil_release`].
pub fn gil_acquire() -> c_int {
    let hook = ACQUIRE_HOOK.load(Ordering::Acquire);
    if !hook.is_null() {
        // SAFETY: only `set_gil_hooks` stores here, from an `AcquireHook`.
        let hook: AcquireHook = unsafe { core::mem::transmute::<*mut (), AcquireHook>(hook) };
        // SAFETY: the hook takes no arguments; the module that set it is loaded.
        return unsafe { hook() };
    }
    if with_thread_state(|s| s.holds_gil.get()) {
        return NESTED;
    }
    // The blocks are short (a merge, a print): a lock that yields while it waits.
    while HELD.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
        yield_now();
    }
    with_thread_state(|s| s.holds_gil.set(true));
    TOOK
}

/// Gives back what the [`gil_acquire`] that returned `token` took.
pub fn gil_release(token: c_int) {
    let hook = RELEASE_HOOK.load(Ordering::Acquire);
    if !hook.is_null() {
        // SAFETY: only `set_gil_hooks` stores here, from a `ReleaseHook`.
        let hook: ReleaseHook = unsafe { core::mem::transmute::<*mut (), ReleaseHook>(hook) };
        // SAFETY: the token came from the acquire hook set with it.
        unsafe { hook(token) };
        return;
    }
    if token == TOOK {
        with_thread_state(|s| s.holds_gil.set(false));
        HELD.store(false, Ordering::Release);
    }
}

/// Before a team starts where the GIL may be held: gives it up (with
/// hooks, if this thread holds it). Returns what [`gil_restore_after_team`]
/// takes it back with.
pub fn gil_save_for_team() -> *mut c_void {
    let hook = SAVE_HOOK.load(Ordering::Acquire);
    if hook.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: only `set_gil_hooks` stores here, from a `SaveHook`.
    let hook: SaveHook = unsafe { core::mem::transmute::<*mut (), SaveHook>(hook) };
    // SAFETY: the hook takes no arguments; the module that set it is loaded.
    unsafe { hook() }
}

/// After the team: takes back what [`gil_save_for_team`] gave up.
///
/// # Safety
/// `saved` is what `gil_save_for_team` returned on this thread, passed once.
pub unsafe fn gil_restore_after_team(saved: *mut c_void) {
    let hook = RESTORE_HOOK.load(Ordering::Acquire);
    if hook.is_null() || saved.is_null() {
        return;
    }
    // SAFETY: only `set_gil_hooks` stores here, from a `RestoreHook`.
    let hook: RestoreHook = unsafe { core::mem::transmute::<*mut (), RestoreHook>(hook) };
    // SAFETY: `saved` came from the save hook set with it, on this thread.
    unsafe { hook(saved) }
}

/// Makes `with gil:` blocks and teams take and give back the GIL through
/// these hooks (a Python extension module passes ones for Python's GIL);
/// `None`: the runtime's own lock again. Set it while no `with gil:` block
/// runs (at module initialisation).
pub fn set_gil_hooks(hooks: Option<GilHooks>) {
    let null = core::ptr::null_mut();
    let ptrs = hooks
        .map_or([null; 4], |h| [h.acquire as *mut (), h.release as *mut (), h.save as *mut (), h.restore as *mut ()]);
    for (slot, ptr) in [&ACQUIRE_HOOK, &RELEASE_HOOK, &SAVE_HOOK, &RESTORE_HOOK].into_iter().zip(ptrs) {
        slot.store(ptr, Ordering::Release);
    }
}

/// `int cytrus_gil_acquire(void)`: [`gil_acquire`].
#[no_mangle]
pub extern "C" fn cytrus_gil_acquire() -> c_int {
    gil_acquire()
}

/// `void cytrus_gil_release(int token)`: [`gil_release`].
#[no_mangle]
pub extern "C" fn cytrus_gil_release(token: c_int) {
    gil_release(token)
}

/// `void *cytrus_gil_save_for_team(void)`: [`gil_save_for_team`].
#[no_mangle]
pub extern "C" fn cytrus_gil_save_for_team() -> *mut c_void {
    gil_save_for_team()
}

/// `void cytrus_gil_restore_after_team(void *saved)`: [`gil_restore_after_team`].
///
/// # Safety
/// As [`gil_restore_after_team`].
#[no_mangle]
pub unsafe extern "C" fn cytrus_gil_restore_after_team(saved: *mut c_void) {
    // SAFETY: the caller's promise, passed on.
    unsafe { gil_restore_after_team(saved) }
}

/// `void cytrus_set_gil_hooks(int (*acquire)(void), void (*release)(int),
/// void *(*save)(void), void (*restore)(void *))`: [`set_gil_hooks`] (all
/// NULL: the runtime's own lock).
#[no_mangle]
pub extern "C" fn cytrus_set_gil_hooks(
    acquire: Option<AcquireHook>,
    release: Option<ReleaseHook>,
    save: Option<SaveHook>,
    restore: Option<RestoreHook>,
) {
    let hooks = match (acquire, release, save, restore) {
        (Some(acquire), Some(release), Some(save), Some(restore)) => Some(GilHooks { acquire, release, save, restore }),
        _ => None,
    };
    set_gil_hooks(hooks);
}

#[cfg(all(test, feature = "std"))]
mod tests {
    use super::*;

    #[test]
    fn blocks_of_different_threads_do_not_overlap() {
        static INSIDE: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);
        let overlaps = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    scope.spawn(|| {
                        let mut overlaps = 0;
                        for _ in 0..2000 {
                            let token = gil_acquire();
                            if INSIDE.fetch_add(1, Ordering::SeqCst) != 0 {
                                overlaps += 1;
                            }
                            std::hint::spin_loop();
                            INSIDE.fetch_sub(1, Ordering::SeqCst);
                            gil_release(token);
                        }
                        overlaps
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).sum::<usize>()
        });
        assert_eq!(overlaps, 0);
    }

    #[test]
    fn a_thread_that_holds_it_takes_it_again_without_waiting() {
        let outer = gil_acquire();
        let inner = gil_acquire();
        assert_eq!((outer, inner), (TOOK, NESTED));
        gil_release(inner);
        // Still held: another thread cannot take it until the outer release.
        let taken = std::thread::scope(|scope| {
            let other = scope.spawn(|| {
                let token = gil_acquire();
                gil_release(token);
                true
            });
            std::thread::sleep(std::time::Duration::from_millis(20));
            assert!(!other.is_finished());
            gil_release(outer);
            other.join().unwrap()
        });
        assert!(taken);
    }
}
