use super::*;
use crate::slice::free;

/// A view of `base` along each axis from `start` by `step`, `count` elements
/// (what slicing computes; in range by construction).
fn sub(base: &Slice, axes: &[(isize, isize, isize)]) -> Slice {
    let mut view = *base;
    let mut offset = 0;
    for (axis, &(start, count, step)) in axes.iter().enumerate() {
        offset += start * base.strides[axis];
        view.shape[axis] = count;
        view.strides[axis] = base.strides[axis] * step;
    }
    view.data = base.data.wrapping_offset(offset);
    view
}

/// Reverses the first `ndim` axes (`.T`).
fn transpose(base: &Slice, ndim: usize) -> Slice {
    let mut view = *base;
    view.shape[..ndim].reverse();
    view.strides[..ndim].reverse();
    view
}

fn at(view: &Slice, index: &[isize]) -> *mut i32 {
    let offset: isize = index.iter().zip(view.strides).map(|(i, s)| i * s).sum();
    view.data.wrapping_offset(offset).cast()
}

fn get(view: &Slice, index: &[isize]) -> i32 {
    // SAFETY: tests index inside views of live arrays.
    unsafe { at(view, index).read_unaligned() }
}

fn set(view: &Slice, index: &[isize], value: i32) {
    // SAFETY: tests index inside views of live arrays.
    unsafe { at(view, index).write_unaligned(value) }
}

/// A C-order `int` array holding 0, 1, 2, … in memory order.
fn iota(shape: &[isize]) -> Slice {
    let array = Slice::new_array(shape, 4, "i", "c", true).unwrap();
    let count: isize = shape.iter().product();
    for i in 0..count {
        // SAFETY: `count` ints were allocated.
        unsafe { array.data.cast::<i32>().offset(i).write(i as i32) };
    }
    array
}

/// The elements of a 1-D view.
fn row(view: &Slice) -> Vec<i32> {
    (0..view.shape[0]).map(|i| get(view, &[i])).collect()
}

/// The elements of a 2-D view, row by row.
fn rows(view: &Slice) -> Vec<Vec<i32>> {
    (0..view.shape[0]).map(|i| (0..view.shape[1]).map(|j| get(view, &[i, j])).collect()).collect()
}

fn release(slice: &Slice) {
    // SAFETY: tests release each array they made once.
    unsafe { slice.release() }
}

fn message(result: Result<impl std::fmt::Debug, Error>) -> String {
    result.unwrap_err().to_string()
}

#[test]
fn new_array_has_c_strides_and_one_acquisition() {
    let a = Slice::new_array(&[2, 3, 5], 8, "d", "c", true).unwrap();
    assert_eq!(a.shape, [2, 3, 5, 0, 0, 0, 0, 0]);
    assert_eq!(a.strides, [120, 40, 8, 0, 0, 0, 0, 0]);
    assert_eq!(a.suboffsets, [-1, -1, -1, 0, 0, 0, 0, 0]);
    assert!(!a.data.is_null() && !a.is_none());
    // SAFETY: `a` is live.
    let owner = unsafe { &*a.memview };
    assert_eq!(owner.acquisition_count.load(std::sync::atomic::Ordering::SeqCst), 1);
    assert_eq!(owner.format_bytes(), Some(&b"d"[..]));
    assert_eq!((owner.itemsize, owner.ndim), (8, 3));
    release(&a);
}

#[test]
fn new_array_in_fortran_mode_has_fortran_strides() {
    let f = Slice::new_array(&[2, 3, 4], 8, "d", "fortran", true).unwrap();
    assert_eq!(f.strides[..3], [8, 16, 48]);
    release(&f);
}

#[test]
fn new_array_errors_are_cythons() {
    assert_eq!(message(Slice::new_array(&[], 8, "d", "c", true)), "ValueError: Empty shape tuple for cython.array");
    assert_eq!(message(Slice::new_array(&[3], 0, "d", "c", true)), "ValueError: itemsize <= 0 for cython.array");
    assert_eq!(message(Slice::new_array(&[3, 0], 8, "d", "c", true)), "ValueError: Invalid shape in axis 1: 0.");
    assert_eq!(message(Slice::new_array(&[-2, 3], 8, "d", "c", true)), "ValueError: Invalid shape in axis 0: -2.");
    assert_eq!(
        message(Slice::new_array(&[3], 8, "d", "x", true)),
        "ValueError: Invalid mode, expected 'c' or 'fortran', got x"
    );
    assert_eq!(message(Slice::new_array(&[1 << 50], 8, "d", "c", true)), "MemoryError: unable to allocate array data.");
    assert_eq!(
        message(Slice::new_array(&[1 << 40, 1 << 40], 8, "d", "c", true)),
        "MemoryError: unable to allocate array data."
    );
}

#[test]
fn array_without_buffer_takes_user_data_and_callback() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    unsafe extern "C" fn release_buffer(data: *mut std::ffi::c_void) {
        CALLS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: the test's buffer came from `malloc`.
        unsafe { free(data) };
    }
    let mut array = Slice::new_array(&[4], 4, "i", "c", false).unwrap();
    assert!(array.data.is_null());
    // SAFETY: a malloc'd buffer of 4 ints, given to a live array.
    unsafe {
        array.set_array_data(malloc(16).cast());
        array.set_array_callback_free_data(Some(release_buffer));
    }
    // SAFETY: the array now has 4 ints.
    unsafe { array.fill(1, &7i32.to_ne_bytes()) };
    assert_eq!(row(&array), [7, 7, 7, 7]);
    release(&array);
    assert_eq!(CALLS.load(Ordering::SeqCst), 1);
}

#[test]
fn from_ptr_borrows_in_c_and_fortran_order() {
    let mut memory: Vec<i64> = (0..12).collect();
    let c = Slice::from_ptr(memory.as_mut_ptr().cast(), &[3, 4], 8, Order::C).unwrap();
    let f = Slice::from_ptr(memory.as_mut_ptr().cast(), &[3, 4], 8, Order::Fortran).unwrap();
    assert!(c.memview.is_null() && !c.is_none());
    assert_eq!((c.strides[0], c.strides[1]), (32, 8));
    assert_eq!((f.strides[0], f.strides[1]), (8, 24));
    assert_eq!(c.suboffsets[..3], [-1, -1, 0]);
    assert_eq!(
        message(Slice::from_ptr(std::ptr::null_mut(), &[3], 8, Order::C)),
        "ValueError: Cannot create cython.array from NULL pointer"
    );
    assert_eq!(
        message(Slice::from_ptr(memory.as_mut_ptr().cast(), &[3, 0], 8, Order::C)),
        "ValueError: Invalid shape in axis 1: 0."
    );
}

#[test]
fn contiguity_follows_cythons_rule() {
    // Cases and answers from the conformance case mv_copy_contig.
    let m = iota(&[3, 4]);
    assert!(m.is_contig(2, 4, Order::C) && !m.is_contig(2, 4, Order::Fortran));
    let strided = sub(&m, &[(0, 2, 2), (1, 2, 1)]);
    assert!(!strided.is_contig(2, 4, Order::C) && !strided.is_contig(2, 4, Order::Fortran));
    let one = sub(&m, &[(1, 1, 1), (2, 1, 1)]);
    assert!(!one.is_contig(2, 4, Order::C) && !one.is_contig(2, 4, Order::Fortran));
    let first_row = sub(&m, &[(1, 1, 1), (0, 4, 1)]);
    assert!(first_row.is_contig(2, 4, Order::C) && !first_row.is_contig(2, 4, Order::Fortran));
    let t = transpose(&m, 2);
    assert!(t.is_contig(2, 4, Order::Fortran) && !t.is_contig(2, 4, Order::C));
    let empty_rows = sub(&m, &[(0, 0, 1), (0, 4, 1)]);
    assert!(empty_rows.is_contig(2, 4, Order::C) && !empty_rows.is_contig(2, 4, Order::Fortran));
    release(&m);
}

#[test]
fn copy_makes_owned_c_and_fortran_arrays() {
    let m = iota(&[3, 4]);
    // SAFETY: `m` and its views are live for the whole test.
    unsafe {
        let c = m.copy(2, 4, Order::C).unwrap();
        let f = m.copy(2, 4, Order::Fortran).unwrap();
        assert_eq!((c.strides[0], c.strides[1], f.strides[0], f.strides[1]), (16, 4, 4, 12));
        assert_eq!(rows(&c), rows(&m));
        assert_eq!(rows(&f), rows(&m));
        set(&c, &[0, 0], 100);
        assert_eq!(get(&m, &[0, 0]), 0);
        assert_eq!((*c.memview).format_bytes(), Some(&b"i"[..]));

        let strided = sub(&m, &[(0, 2, 2), (1, 2, 1)]);
        let sc = strided.copy(2, 4, Order::C).unwrap();
        assert_eq!(rows(&sc), [[1, 2], [9, 10]]);
        assert_eq!(sc.strides[0], 8);
        let reversed = sub(&m, &[(1, 1, 1), (3, 4, -1)]);
        let reversed = Slice {
            data: reversed.data,
            shape: [4, 0, 0, 0, 0, 0, 0, 0],
            strides: [-4, 0, 0, 0, 0, 0, 0, 0],
            ..reversed
        };
        let rc = reversed.copy(1, 4, Order::C).unwrap();
        assert_eq!((rc.strides[0], row(&rc)), (4, vec![7, 6, 5, 4]));
        let tc = transpose(&m, 2).copy(2, 4, Order::C).unwrap();
        assert_eq!((get(&tc, &[3, 2]), tc.strides[0]), (11, 12));
        for array in [c, f, sc, rc, tc] {
            release(&array);
        }
    }
    release(&m);
}

#[test]
fn copy_of_an_empty_view_is_an_invalid_shape() {
    let m = iota(&[3, 4]);
    let empty = sub(&m, &[(0, 0, 1), (0, 4, 1)]);
    // SAFETY: `m` is live.
    let result = unsafe { empty.copy(2, 4, Order::C) };
    assert_eq!(message(result), "ValueError: Invalid shape in axis 0: 0.");
    release(&m);
}

#[test]
fn copy_from_broadcasts_leading_axes_and_extents_of_one() {
    let m = iota(&[3, 4]);
    let column = iota(&[3, 1]);
    let line = iota(&[4]);
    // SAFETY: all views are of live arrays.
    unsafe {
        m.copy_from(2, &column, 2, 4).unwrap();
        assert_eq!(rows(&m), [[0; 4], [1; 4], [2; 4]]);
        m.copy_from(2, &line, 1, 4).unwrap();
        assert_eq!(rows(&m), [[0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3]]);
    }
    for array in [m, column, line] {
        release(&array);
    }
}

#[test]
fn copy_from_reports_differing_extents_as_cython() {
    // Cases from the conformance case err_shape_mismatch.
    let a = iota(&[3, 4]);
    let b = iota(&[3, 5]);
    let short = iota(&[3]);
    let two_rows = iota(&[2, 4]);
    // SAFETY: all views are of live arrays.
    unsafe {
        let every_other = sub(&b, &[(0, 3, 1), (0, 3, 2)]);
        assert_eq!(
            message(a.copy_from(2, &every_other, 2, 4)),
            "ValueError: got differing extents in dimension 1 (got 4 and 3)"
        );
        assert_eq!(
            message(a.copy_from(2, &short, 1, 4)),
            "ValueError: got differing extents in dimension 1 (got 4 and 3)"
        );
        assert_eq!(
            message(a.copy_from(2, &two_rows, 2, 4)),
            "ValueError: got differing extents in dimension 0 (got 3 and 2)"
        );
        assert_eq!(
            message(short.copy_from(1, &a, 2, 4)),
            "ValueError: got differing extents in dimension 0 (got 1 and 3)"
        );
        a.copy_from(2, &sub(&b, &[(0, 3, 1), (1, 4, 1)]), 2, 4).unwrap();
        assert_eq!(rows(&a)[2], [11, 12, 13, 14]);
    }
    for array in [a, b, short, two_rows] {
        release(&array);
    }
}

#[test]
fn overlapping_copies_behave_like_memmove() {
    // Cases and answers from the conformance case mv_overlap_copy.
    let v = iota(&[10]);
    type Axes = &'static [(isize, isize, isize)];
    let cases: [(Axes, Axes, [i32; 10]); 6] = [
        (&[(2, 8, 1)], &[(0, 8, 1)], [0, 1, 0, 1, 2, 3, 4, 5, 6, 7]),
        (&[(0, 8, 1)], &[(2, 8, 1)], [2, 3, 4, 5, 6, 7, 8, 9, 8, 9]),
        (&[(0, 10, 1)], &[(9, 10, -1)], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]),
        (&[(1, 5, 1)], &[(4, 5, 1)], [0, 4, 5, 6, 7, 8, 6, 7, 8, 9]),
        (&[(0, 5, 2)], &[(1, 5, 2)], [1, 1, 3, 3, 5, 5, 7, 7, 9, 9]),
        (&[(5, 5, 1)], &[(4, 5, -1)], [0, 1, 2, 3, 4, 4, 3, 2, 1, 0]),
    ];
    for (dst, src, want) in cases {
        (0..10).for_each(|i| set(&v, &[i], i as i32));
        // SAFETY: views of the live `v`.
        unsafe { sub(&v, dst).copy_from(1, &sub(&v, src), 1, 4).unwrap() };
        assert_eq!(row(&v), want, "v[{dst:?}] = v[{src:?}]");
    }
    release(&v);

    let m = iota(&[4, 4]);
    // SAFETY: views of the live `m`.
    unsafe {
        sub(&m, &[(1, 3, 1), (0, 4, 1)]).copy_from(2, &sub(&m, &[(0, 3, 1), (0, 4, 1)]), 2, 4).unwrap();
        assert_eq!(rows(&m), [[0, 1, 2, 3], [0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]);
        m.copy_from(2, &transpose(&m, 2), 2, 4).unwrap();
        assert_eq!(rows(&m), [[0, 0, 4, 8], [1, 1, 5, 9], [2, 2, 6, 10], [3, 3, 7, 11]]);
    }
    release(&m);
}

#[test]
fn copy_between_layouts_keeps_values() {
    // From the conformance case mv_view_assign.
    let a = iota(&[3, 4]);
    let b = Slice::new_array(&[3, 4], 4, "i", "fortran", true).unwrap();
    let c = Slice::new_array(&[4, 3], 4, "i", "c", true).unwrap();
    // SAFETY: views of live arrays.
    unsafe {
        b.copy_from(2, &a, 2, 4).unwrap();
        assert_eq!((get(&b, &[2, 3]), get(&b, &[1, 0])), (11, 4));
        c.copy_from(2, &transpose(&a, 2), 2, 4).unwrap();
        assert_eq!((get(&c, &[3, 2]), get(&c, &[0, 1]), get(&c, &[2, 0])), (11, 4, 2));
        a.copy_from(2, &a, 2, 4).unwrap();
        assert_eq!(get(&a, &[2, 3]), 11);
    }
    for array in [a, b, c] {
        release(&array);
    }
}

#[test]
fn fill_writes_every_element_of_strided_views() {
    let d = Slice::new_array(&[3, 4], 8, "d", "c", true).unwrap();
    // SAFETY: views of the live `d`.
    unsafe {
        d.fill(2, &0.0f64.to_ne_bytes());
        sub(&d, &[(0, 3, 1), (3, 2, -2)]).fill(2, &1.5f64.to_ne_bytes());
        let values: Vec<f64> = (0..12).map(|i| d.data.cast::<f64>().add(i).read()).collect();
        let want = [0.0, 1.5, 0.0, 1.5];
        assert_eq!(values, [want, want, want].concat());
    }
    release(&d);

    let s = Slice::new_array(&[5], 2, "h", "c", true).unwrap();
    // SAFETY: `s` is live, 5 shorts.
    unsafe {
        s.fill(1, &(-3i16).to_ne_bytes());
        let values: Vec<i16> = (0..5).map(|i| s.data.cast::<i16>().add(i).read()).collect();
        assert_eq!(values, [-3; 5]);
    }
    release(&s);
    // Filling `None` writes nothing.
    // SAFETY: an empty view has no elements.
    unsafe { Slice::none().fill(1, &[0; 8]) };
}

#[test]
fn row_pointer_view_follows_the_pointers() {
    let mut r0 = [1.0f64, 2.0, 3.0];
    let mut r1 = [4.0f64, 5.0, 6.0];
    let mut rows = [r0.as_mut_ptr().cast::<u8>(), r1.as_mut_ptr().cast::<u8>()];
    let v = Slice::from_row_pointers(rows.as_mut_ptr(), 2, 3, 8).unwrap();
    assert_eq!((v.shape[0], v.shape[1]), (2, 3));
    assert_eq!((v.suboffsets[0], v.suboffsets[1]), (0, -1));
    // Element [1, 2]: follow row pointer 1, then index the row.
    // SAFETY: the view borrows `rows`, `r0` and `r1`, all alive here.
    let x = unsafe {
        let row = *(v.data.offset(v.strides[0]).cast::<*mut u8>());
        *(row.offset(v.suboffsets[0] + 2 * v.strides[1]).cast::<f64>())
    };
    assert_eq!(x, 6.0);
}

#[test]
fn row_pointer_view_of_null_is_an_error() {
    let e = Slice::from_row_pointers(std::ptr::null_mut(), 2, 3, 8).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: Cannot create cython.array from NULL pointer");
}
