//! The `cytrus` command's allocator: free lists of small blocks, one list
//! per 16-byte size class, over 64 KiB chunks taken from the system
//! allocator; larger or over-aligned blocks go to the system allocator.
//!
//! Why: translating a module makes some ten thousand small allocations
//! (tree nodes, names, pieces of output) in a process that lives for a
//! couple of milliseconds, and glibc's malloc and free were a quarter of
//! its instructions. Popping and pushing a list is a few instructions, and a
//! freed block is reused by the next one of its class, so the process
//! touches no more memory than before. Chunks are never given back: the
//! process ends soon after. Only the command uses it; the library (what a
//! `build.rs` links) keeps its user's allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr::null_mut;

/// Block sizes are multiples of this, and blocks are aligned to it.
const GRAIN: usize = 16;
/// Size classes: 16, 32, … , 1024 bytes.
const CLASSES: usize = 64;
/// What the lists take from the system allocator at a time.
const CHUNK: usize = 64 * 1024;

/// One thread's lists: a block allocated on one thread and freed on another
/// joins the second thread's list, which is fine since chunks are never freed.
struct Lists {
    /// The first free block of each class; a free block's first word points to the next.
    free: [Cell<*mut u8>; CLASSES],
    /// The unused rest of the current chunk.
    next: Cell<*mut u8>,
    end: Cell<*mut u8>,
}

thread_local! {
    // `const` and without `Drop`: no lazy initialisation and no destructor,
    // so using it inside the allocator never allocates.
    static LISTS: Lists = const {
        Lists { free: [const { Cell::new(null_mut()) }; CLASSES], next: Cell::new(null_mut()), end: Cell::new(null_mut()) }
    };
}

/// The allocator; see the module's comment.
pub struct SmallAlloc;

/// The size class of a layout, or `None` for the system allocator.
#[inline]
fn class(layout: &Layout) -> Option<usize> {
    let size = layout.size();
    if size > 0 && size <= CLASSES * GRAIN && layout.align() <= GRAIN {
        Some((size - 1) / GRAIN)
    } else {
        None
    }
}

// SAFETY: blocks of one class never overlap (each is carved once from a
// chunk, then only moves between a list and its user); a block is 16-aligned
// and at least as large as its layout; the lists are per thread.
unsafe impl GlobalAlloc for SmallAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class(&layout) else { return System.alloc(layout) };
        LISTS.with(|l| {
            let head = l.free[c].get();
            if !head.is_null() {
                l.free[c].set(*(head as *mut *mut u8));
                return head;
            }
            let size = (c + 1) * GRAIN;
            let mut next = l.next.get();
            if next.is_null() || (l.end.get() as usize) - (next as usize) < size {
                next = System.alloc(Layout::from_size_align_unchecked(CHUNK, GRAIN));
                if next.is_null() {
                    return next;
                }
                l.end.set(next.add(CHUNK));
            }
            l.next.set(next.add(size));
            next
        })
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(c) = class(&layout) else { return System.dealloc(ptr, layout) };
        LISTS.with(|l| {
            *(ptr as *mut *mut u8) = l.free[c].get();
            l.free[c].set(ptr);
        })
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        match (class(&layout), class(&new_layout)) {
            (None, None) => System.realloc(ptr, layout, new_size),
            (Some(a), Some(b)) if a == b => ptr,
            _ => {
                let new = self.alloc(new_layout);
                if !new.is_null() {
                    std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
                new
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Allocates blocks of every class and beyond, fills each with its own
    /// byte, grows and shrinks them across classes, and checks that no block
    /// ever sees another's bytes.
    #[test]
    fn blocks_keep_their_contents() {
        let a = SmallAlloc;
        let mut blocks: Vec<(*mut u8, Layout, u8)> = Vec::new();
        unsafe {
            for round in 0..3u8 {
                for size in (1..=1100).step_by(7).chain([4096, 100_000]) {
                    let layout = Layout::from_size_align(size, if size % 3 == 0 { 8 } else { 1 }).unwrap();
                    let p = a.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % layout.align(), 0);
                    let fill = (size as u8).wrapping_add(round);
                    std::ptr::write_bytes(p, fill, size);
                    blocks.push((p, layout, fill));
                }
                // Free every other block, so that later ones reuse them.
                let mut kept = Vec::new();
                for (i, (p, layout, fill)) in blocks.drain(..).enumerate() {
                    if i % 2 == 0 {
                        a.dealloc(p, layout);
                    } else {
                        kept.push((p, layout, fill));
                    }
                }
                blocks = kept;
                // Grow or shrink the rest, across classes and to the system allocator.
                for (p, layout, fill) in blocks.iter_mut() {
                    let new_size = match layout.size() % 4 {
                        0 => layout.size() * 3 + 5,
                        1 => (layout.size() / 2).max(1),
                        2 => layout.size() + 2000,
                        _ => layout.size(),
                    };
                    let kept = layout.size().min(new_size);
                    let q = a.realloc(*p, *layout, new_size);
                    assert!(!q.is_null());
                    for i in 0..kept {
                        assert_eq!(*q.add(i), *fill, "byte {i} of a block resized to {new_size}");
                    }
                    std::ptr::write_bytes(q, *fill, new_size);
                    *p = q;
                    *layout = Layout::from_size_align(new_size, layout.align()).unwrap();
                }
            }
            for (p, layout, fill) in blocks {
                for i in 0..layout.size() {
                    assert_eq!(*p.add(i), fill);
                }
                a.dealloc(p, layout);
            }
        }
    }

    #[test]
    fn over_aligned_blocks_go_to_the_system() {
        let layout = Layout::from_size_align(64, 64).unwrap();
        assert_eq!(class(&layout), None);
        unsafe {
            let p = SmallAlloc.alloc(layout);
            assert_eq!(p as usize % 64, 0);
            SmallAlloc.dealloc(p, layout);
        }
        assert_eq!(class(&Layout::from_size_align(16, 16).unwrap()), Some(0));
        assert_eq!(class(&Layout::from_size_align(17, 1).unwrap()), Some(1));
        assert_eq!(class(&Layout::from_size_align(1024, 8).unwrap()), Some(63));
        assert_eq!(class(&Layout::from_size_align(1025, 8).unwrap()), None);
    }
}
