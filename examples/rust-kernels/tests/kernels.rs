//! Calls the kernels compiled by build.rs.

use cytrus_example_kernels::{kernels, stats, ViewMut, ViewRef};

#[test]
fn dot_and_norm_from_rust_slices() {
    let a = [1.0, 2.0, 3.0];
    let b = vec![4.0, 5.0, 6.0];
    assert_eq!(kernels::dot(&a, &b).unwrap(), 32.0);
    assert_eq!(kernels::dot(&a[..2], &b[1..]).unwrap(), 5.0 + 12.0);
    assert_eq!(kernels::norm2(&a).unwrap(), 14.0);
}

#[test]
fn kernel_errors_are_results() {
    let e = kernels::dot(&[1.0, 2.0], &[1.0]).unwrap_err();
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
    kernels::scale(ViewMut::new(&mut m, &[2, 3]).unwrap(), 2.0).unwrap();
    assert_eq!(m, [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
    assert_eq!(kernels::column_sum(ViewRef::new(&m, &[2, 3]).unwrap(), 1).unwrap(), 2.0 + 8.0);
    // The same matrix seen transposed, through strides.
    let t = ViewRef::with_strides(&m, &[3, 2], &[1, 3]).unwrap();
    assert_eq!(kernels::column_sum(t, 1).unwrap(), 6.0 + 8.0 + 10.0);
}

#[test]
fn returned_arrays_convert_back_to_vec() {
    let m: Vec<f64> = (0..6).map(f64::from).collect();
    let t = kernels::transposed_copy(ViewRef::new(&m, &[2, 3]).unwrap()).unwrap();
    assert_eq!(t.shape(), [3, 2]);
    assert_eq!(t.to_vec(), [0.0, 3.0, 1.0, 4.0, 2.0, 5.0]);
    assert_eq!(t.get(&[2, 1]), Some(5.0));
    assert_eq!(t.get(&[3, 0]), None);
    // A returned view passed on to another kernel.
    assert_eq!(kernels::column_sum(&t, 0).unwrap(), 0.0 + 1.0 + 2.0);
}

#[test]
fn const_views_and_row_pointer_matrices() {
    let data = [1.0, 2.0, 3.0, 4.0];
    assert_eq!(stats::mean(&data).unwrap(), 2.5);
    let mut r0 = [1.0, 2.0];
    let mut r1 = [3.0, 4.0];
    let mut rows = [&mut r0[..], &mut r1[..]];
    let m = ViewMut::of_rows(&mut rows).unwrap();
    assert_eq!(stats::trace(m).unwrap(), 5.0);
}

#[test]
fn ndarray_views_with_any_strides() {
    use ndarray::{s, Array2};
    let m = Array2::from_shape_fn((3, 4), |(i, j)| (i * 4 + j) as f64);
    // Column 1, through a strided view; then the same reversed (negative stride).
    let col = m.slice(s![.., 1]);
    assert_eq!(kernels::norm2(col).unwrap(), 1.0 + 25.0 + 81.0);
    let reversed = m.slice(s![..;-1, 1]);
    assert_eq!(reversed[0usize], 9.0);
    assert_eq!(kernels::dot(reversed, m.slice(s![.., 1])).unwrap(), 9.0 + 25.0 + 9.0);
    // A transposed, row-reversed 2-D view in, an owned array back out.
    let t = m.t();
    let flipped = t.slice(s![..;-1, ..]);
    let out = kernels::transposed_copy(flipped).unwrap();
    assert_eq!(out.to_ndarray(), flipped.t().to_owned().into_dyn());
}

#[test]
fn kernels_write_through_mutable_ndarray_views() {
    use ndarray::Array2;
    let mut m = Array2::<f64>::ones((2, 3));
    kernels::scale(&mut m, 3.0).unwrap();
    assert!(m.iter().all(|&x| x == 3.0));
    kernels::scale(m.view_mut(), 2.0).unwrap();
    assert!(m.iter().all(|&x| x == 6.0));
}

#[test]
fn arrays_that_free_their_data_with_a_callback() {
    let v = kernels::wrap_malloc(4).unwrap();
    assert_eq!(v.to_vec(), [0.25, 1.25, 2.25, 3.25]);
}

#[test]
fn module_code_runs_once_before_the_first_call() {
    // Calling `init` again is harmless: it ran already, with the first kernel call.
    assert_eq!(kernels::squares(3).unwrap(), 4);
    kernels::init().unwrap();
    kernels::init().unwrap();
}
