//! The benchmark kernels written by hand in plain Rust over slices.
#![allow(clippy::missing_safety_doc)]

use std::slice;

#[no_mangle]
pub unsafe extern "C" fn rust_sum(a: *const f64, n: isize) -> f64 {
    let a = slice::from_raw_parts(a, n as usize);
    a.iter().fold(0.0, |s, x| s + x)
}

#[no_mangle]
pub unsafe extern "C" fn rust_dot(a: *const f64, b: *const f64, n: isize) -> f64 {
    let (a, b) = (slice::from_raw_parts(a, n as usize), slice::from_raw_parts(b, n as usize));
    a.iter().zip(b).fold(0.0, |s, (x, y)| s + x * y)
}

#[no_mangle]
pub unsafe extern "C" fn rust_saxpy(alpha: f64, x: *const f64, y: *mut f64, n: isize) {
    let (x, y) = (slice::from_raw_parts(x, n as usize), slice::from_raw_parts_mut(y, n as usize));
    for (yi, xi) in y.iter_mut().zip(x) {
        *yi = alpha * xi + *yi;
    }
}

#[no_mangle]
pub unsafe extern "C" fn rust_matmul_c(a: *const f64, b: *const f64, c: *mut f64, n: isize, m: isize, p: isize) {
    let (n, m, p) = (n as usize, m as usize, p as usize);
    let (a, b, c) = (slice::from_raw_parts(a, n * m), slice::from_raw_parts(b, m * p), slice::from_raw_parts_mut(c, n * p));
    for i in 0..n {
        for j in 0..p {
            let mut s = 0.0;
            for k in 0..m {
                s += a[i * m + k] * b[k * p + j];
            }
            c[i * p + j] = s;
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn rust_stencil(src: *const f64, dst: *mut f64, rows: isize, cols: isize) {
    let (rows, cols) = (rows as usize, cols as usize);
    let (src, dst) = (slice::from_raw_parts(src, rows * cols), slice::from_raw_parts_mut(dst, rows * cols));
    for i in 1..rows - 1 {
        for j in 1..cols - 1 {
            dst[i * cols + j] = 0.25
                * (src[(i - 1) * cols + j] + src[(i + 1) * cols + j] + src[i * cols + j - 1] + src[i * cols + j + 1])
                - src[i * cols + j];
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn rust_window_sums(a: *const f64, n: isize) -> f64 {
    let a = slice::from_raw_parts(a, n as usize);
    let mut total = 0.0;
    for w in a.windows(8).take(a.len().saturating_sub(8)) {
        for x in w {
            total += x;
        }
    }
    total
}
