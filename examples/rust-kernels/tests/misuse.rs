//! Every misuse of a kernel's Rust API that types cannot rule out comes
//! back as `Err` with the exception Cython raises for the same call from
//! Python (recorded with Cython 3.3.1 and numpy 2.4); the ones types rule
//! out are `compile_fail` examples in `src/lib.rs`.

use cytrus_example_kernels::{kernels, stats, ViewMut, ViewRef};
use cytrus_runtime::{Buffer, Exporter};
use ndarray::{s, Array1, Array2, Array3};

fn matrix() -> Array2<f64> {
    Array2::from_shape_fn((2, 3), |(i, j)| (i * 3 + j) as f64)
}

#[test]
fn wrong_number_of_dimensions() {
    let mut flat = vec![1.0; 6];
    let e = kernels::scale(&mut flat, 2.0).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: Buffer has wrong number of dimensions (expected 2, got 1)");
    let e = kernels::scale(&mut Array3::<f64>::zeros((2, 2, 2)), 2.0).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: Buffer has wrong number of dimensions (expected 2, got 3)");
    let e = kernels::norm2(&matrix()).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: Buffer has wrong number of dimensions (expected 1, got 2)");
    let e = kernels::column_sum(&Array1::<f64>::zeros(3), 0).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: Buffer has wrong number of dimensions (expected 2, got 1)");
    // Nothing was written.
    assert_eq!(flat, [1.0; 6]);
}

#[test]
fn non_contiguous_ndarrays_to_a_c_contiguous_parameter() {
    // The case: `scale` on a transposed array used to compute wrong numbers.
    let mut m = matrix();
    let before = m.clone();
    for (what, result) in [
        ("transposed", kernels::scale(m.view_mut().reversed_axes(), 2.0)),
        ("rows reversed", kernels::scale(m.slice_mut(s![..;-1, ..]), 2.0)),
        ("columns reversed", kernels::scale(m.slice_mut(s![.., ..;-1]), 2.0)),
        ("columns stepped", kernels::scale(m.slice_mut(s![.., ..;2]), 2.0)),
    ] {
        let e = result.unwrap_err();
        assert_eq!(e.to_string(), "ValueError: ndarray is not C-contiguous", "{what}");
    }
    let mut tall = Array2::<f64>::zeros((4, 3));
    let e = kernels::scale(tall.slice_mut(s![..;2, ..]), 2.0).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: ndarray is not C-contiguous");
    assert_eq!(m, before);
    // numpy's rule: extents of 1 do not count, so a (3, 1) transposed row is contiguous.
    let mut row = Array2::<f64>::ones((1, 3));
    kernels::scale(row.view_mut().reversed_axes(), 2.0).unwrap();
    assert_eq!(row, Array2::from_elem((1, 3), 2.0));
}

#[test]
fn non_contiguous_runtime_views_use_cythons_memoryview_words() {
    let mut data: Vec<f64> = (0..6).map(f64::from).collect();
    let transposed = ViewMut::with_strides(&mut data, &[3, 2], &[1, 3]).unwrap();
    let e = kernels::scale(transposed, 2.0).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: Buffer and memoryview are not contiguous in the same dimension.");
    let reversed = ViewMut::with_strides(&mut data, &[2, 3], &[-3, 1]).unwrap();
    let e = kernels::scale(reversed, 2.0).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: Buffer not C contiguous.");
    let e = ViewRef::with_strides(&data, &[3, 3], &[3, 1]).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: shape [3, 3] with strides [3, 1] reaches past a buffer of 6 elements");
    let e = ViewRef::new(&data, &[4, 2]).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: shape [4, 2] does not match a buffer of 6 elements");
}

#[test]
fn none_to_a_not_none_parameter() {
    assert_eq!(stats::first(&[2.5, 1.0]).unwrap(), 2.5);
    let e = stats::first(ViewRef::<f64>::none()).unwrap_err();
    assert_eq!(e.to_string(), "TypeError: Argument 'v' must not be None");
    // Without `not None`, None is a view of extent 0, as in Cython.
    let e = stats::mean(ViewRef::<f64>::none()).unwrap_err();
    assert_eq!(e.to_string(), "ZeroDivisionError: float division");
}

/// Buffers described by hand (as from C or another library) go through the
/// same checks: the element type and writability are then run-time facts.
#[test]
fn hand_described_buffers_are_checked_too() {
    let mut ints = [1i32, 2, 3, 4, 5, 6];
    let buffer = Buffer::c_contiguous(ints.as_mut_ptr().cast(), c"i", 4, &[2, 3]);
    // SAFETY: the buffer describes `ints`, which outlives the view and is not used meanwhile.
    let view = unsafe { ViewMut::<f64>::from_buffer(buffer) };
    let e = kernels::scale(view, 2.0).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: Buffer dtype mismatch, expected 'double' but got 'int'");
    let mut longs = [1i64, 2];
    let buffer = Buffer::c_contiguous(longs.as_mut_ptr().cast(), c"l", 8, &[2]);
    // SAFETY: as above.
    let view = unsafe { ViewRef::<f64>::from_buffer(buffer) };
    let e = kernels::norm2(view).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: Buffer dtype mismatch, expected 'const double' but got 'long'");

    let data = [1.0f64, 2.0, 3.0, 4.0];
    let mut readonly = Buffer::c_contiguous(data.as_ptr().cast_mut().cast(), c"d", 8, &[2, 2]);
    readonly.readonly = 1;
    // SAFETY: read-only memory described as read-only; `from_buffer` of a
    // `ViewMut` is then refused before anything is written.
    let view = unsafe { ViewMut::<f64>::from_buffer(readonly) };
    let e = kernels::scale(view, 2.0).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: Cannot create writable memory view from read-only memoryview");
    readonly.exporter = Exporter::Numpy;
    // SAFETY: as above.
    let view = unsafe { ViewMut::<f64>::from_buffer(readonly) };
    let e = kernels::scale(view, 2.0).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: buffer source array is read-only");
    assert_eq!(data, [1.0, 2.0, 3.0, 4.0]);
}

#[test]
fn returned_views_own_their_memory() {
    let copy = {
        let m: Vec<f64> = (0..6).map(f64::from).collect();
        kernels::transposed_copy(ViewRef::new(&m, &[2, 3]).unwrap()).unwrap()
    };
    // `m` is gone; the copy is not.
    assert_eq!(copy.to_vec(), [0.0, 3.0, 1.0, 4.0, 2.0, 5.0]);
}
