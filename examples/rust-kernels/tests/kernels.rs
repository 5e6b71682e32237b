//! Calls the kernels compiled by build.rs.

use cytrus_example_kernels::{dot, kernels, stats, View};

#[test]
fn dot_and_norm_from_rust_slices() {
    let a = [1.0, 2.0, 3.0];
    let b = vec![4.0, 5.0, 6.0];
    assert_eq!(dot(&a, &b).unwrap(), 32.0);
    assert_eq!(kernels::norm2(View::of(&a).slice()).unwrap(), 14.0);
}

#[test]
fn kernel_errors_are_results() {
    let e = dot(&[1.0, 2.0], &[1.0]).unwrap_err();
    assert_eq!(e.to_string(), "ValueError: dot: lengths differ");
}

#[test]
fn buffers_allocated_in_kernels() {
    assert_eq!(kernels::squares(10).unwrap(), 81);
    assert_eq!(kernels::malloc_sum(100).unwrap(), 4950);
}

#[test]
fn two_dimensional_and_strided_views() {
    let mut m: Vec<f64> = (0..6).map(f64::from).collect();
    {
        let v = View::with_shape(&mut m, &[2, 3]).unwrap();
        kernels::scale(v.slice(), 2.0).unwrap();
        assert_eq!(kernels::column_sum(v.slice(), 1).unwrap(), 2.0 + 8.0);
    }
    assert_eq!(m, [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
}

#[test]
fn returned_arrays_convert_back_to_vec() {
    let mut m: Vec<f64> = (0..6).map(f64::from).collect();
    let v = View::with_shape(&mut m, &[2, 3]).unwrap();
    let t = kernels::transposed_copy(v.slice()).unwrap();
    // SAFETY: a 2-D array of doubles the kernel returned, still held.
    let values: Vec<f64> = unsafe { cytrus_runtime::to_vec(&t, 2) };
    assert_eq!((t.shape[0], t.shape[1]), (3, 2));
    assert_eq!(values, [0.0, 3.0, 1.0, 4.0, 2.0, 5.0]);
    // SAFETY: `t` holds one acquisition, given back here.
    unsafe { t.release() };
}

#[test]
fn const_views_and_row_pointer_matrices() {
    let data = [1.0, 2.0, 3.0, 4.0];
    assert_eq!(stats::mean(View::of(&data).slice()).unwrap(), 2.5);
    let mut r0 = [1.0, 2.0];
    let mut r1 = [3.0, 4.0];
    let mut rows = [r0.as_mut_ptr(), r1.as_mut_ptr()];
    let m = View::of_rows(&mut rows, 2).unwrap();
    assert_eq!(stats::trace(m.slice()).unwrap(), 5.0);
}

#[test]
fn ndarray_views_with_any_strides() {
    use ndarray::{s, Array2};
    let m = Array2::from_shape_fn((3, 4), |(i, j)| (i * 4 + j) as f64);
    // Column 1, through a strided view; then the same reversed (negative stride).
    let col = m.slice(s![.., 1]);
    assert_eq!(kernels::norm2(View::from(col).slice()).unwrap(), 1.0 + 25.0 + 81.0);
    let reversed = m.slice(s![..;-1, 1]);
    assert_eq!(reversed[0usize], 9.0);
    assert_eq!(
        kernels::dot(View::from(reversed).slice(), View::from(m.slice(s![.., 1])).slice()).unwrap(),
        9.0 + 25.0 + 9.0
    );
    // A transposed, row-reversed 2-D view in, an owned array back out.
    let t = m.t();
    let flipped = t.slice(s![..;-1, ..]);
    let out = kernels::transposed_copy(View::from(flipped).slice()).unwrap();
    // SAFETY: a 2-D array of doubles the kernel returned, still held.
    let back = unsafe { cytrus_runtime::to_ndarray::<f64>(&out, 2) };
    assert_eq!(back, flipped.t().to_owned().into_dyn());
    // SAFETY: `out` holds one acquisition, given back here.
    unsafe { out.release() };
}

#[test]
fn kernels_write_through_mutable_ndarray_views() {
    use ndarray::Array2;
    let mut m = Array2::<f64>::ones((2, 3));
    kernels::scale(View::from(m.view_mut()).slice(), 3.0).unwrap();
    assert!(m.iter().all(|&x| x == 3.0));
}

#[test]
fn arrays_that_free_their_data_with_a_callback() {
    let v = kernels::wrap_malloc(4).unwrap();
    // SAFETY: a 1-D array of doubles the kernel returned, still held.
    assert_eq!(unsafe { cytrus_runtime::to_vec::<f64>(&v, 1) }, [0.25, 1.25, 2.25, 3.25]);
    // SAFETY: the last acquisition: the array calls `free` on its data.
    unsafe { v.release() };
}
