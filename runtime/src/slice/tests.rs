use super::*;
use std::sync::atomic::AtomicUsize;

static FREED: AtomicUsize = AtomicUsize::new(0);

unsafe extern "C" fn count_free(buffer: *mut c_void) {
    FREED.fetch_add(1, Ordering::SeqCst);
    // SAFETY: the test hands this callback buffers from `malloc`.
    unsafe { free(buffer) };
}

#[test]
fn none_view_has_no_owner_and_zero_shape() {
    let none = Slice::none();
    assert!(none.is_none());
    assert_eq!(none.shape, [0; MAX_DIMS]);
    assert_eq!(none.suboffsets, [0; MAX_DIMS]);
    // SAFETY: releasing or acquiring `None` touches nothing.
    unsafe {
        none.acquire();
        none.release();
    }
}

#[test]
fn last_release_calls_the_callback_once() {
    // SAFETY: 16 bytes from malloc, handed to the memview which frees them.
    let buffer = unsafe { malloc(16) }.cast::<u8>();
    let owner = Memview::create(buffer, false, Some("d"), 8, 1);
    // SAFETY: `owner` is live until the last release below.
    unsafe { (*owner).callback_free_data = Some(count_free) };
    let slice = Slice { memview: owner, data: buffer, ..Slice::none() };
    let before = FREED.load(Ordering::SeqCst);
    // SAFETY: one acquisition from `create`, one more here, two releases.
    unsafe {
        slice.acquire();
        assert_eq!((*owner).acquisition_count.load(Ordering::SeqCst), 2);
        slice.release();
        assert_eq!(FREED.load(Ordering::SeqCst), before);
        slice.release();
    }
    assert_eq!(FREED.load(Ordering::SeqCst), before + 1);
}

#[test]
fn acquisitions_from_many_threads_balance() {
    // SAFETY: the memview owns this malloc'd buffer.
    let buffer = unsafe { malloc(8) }.cast::<u8>();
    let slice = Slice { memview: Memview::create(buffer, true, None, 8, 1), data: buffer, ..Slice::none() };
    let shared = slice.memview as usize;
    let threads: Vec<_> = (0..4)
        .map(|_| {
            std::thread::spawn(move || {
                let owner = shared as *mut Memview;
                let view = Slice { memview: owner, ..Slice::none() };
                for _ in 0..10_000 {
                    // SAFETY: the main thread's acquisition keeps the owner alive.
                    unsafe {
                        view.acquire();
                        view.release();
                    }
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    // SAFETY: the owner is still alive: the creating acquisition remains.
    unsafe {
        assert_eq!((*slice.memview).acquisition_count.load(Ordering::SeqCst), 1);
        slice.release();
    }
}
