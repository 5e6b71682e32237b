//! `cytrus.h` declares the same layouts as the crate's `#[repr(C)]` types.

#[path = "support/c_toolchain.rs"]
mod c_toolchain;

use std::mem::{offset_of, size_of};

use cytrus_runtime::{Memview, Slice};

/// Prints `name value` lines: sizes and offsets as the C compiler lays them out.
const PROGRAM: &str = r#"
#include <stdio.h>
#include "cytrus.h"

#define SHOW(what) printf("%s %zu\n", #what, (size_t)(what))

int main(void) {
    SHOW(sizeof(cytrus_slice));
    SHOW(offsetof(cytrus_slice, memview));
    SHOW(offsetof(cytrus_slice, data));
    SHOW(offsetof(cytrus_slice, shape));
    SHOW(offsetof(cytrus_slice, strides));
    SHOW(offsetof(cytrus_slice, suboffsets));
    SHOW(sizeof(cytrus_memview));
    SHOW(offsetof(cytrus_memview, acquisition_count));
    SHOW(offsetof(cytrus_memview, buffer));
    SHOW(offsetof(cytrus_memview, callback_free_data));
    SHOW(offsetof(cytrus_memview, format));
    SHOW(offsetof(cytrus_memview, itemsize));
    SHOW(offsetof(cytrus_memview, ndim));
    SHOW(offsetof(cytrus_memview, owns_buffer));
    SHOW(sizeof(Py_ssize_t));
    SHOW(CYTRUS_MAX_DIMS);
    return 0;
}
"#;

#[test]
fn c_and_rust_agree_on_slice_and_memview_layout() {
    if !c_toolchain::cc_available() {
        return;
    }
    let output = c_toolchain::compile_and_run("c_layout", PROGRAM, &[]);
    assert!(output.status.success());
    let expected = [
        ("sizeof(cytrus_slice)", size_of::<Slice>()),
        ("offsetof(cytrus_slice, memview)", offset_of!(Slice, memview)),
        ("offsetof(cytrus_slice, data)", offset_of!(Slice, data)),
        ("offsetof(cytrus_slice, shape)", offset_of!(Slice, shape)),
        ("offsetof(cytrus_slice, strides)", offset_of!(Slice, strides)),
        ("offsetof(cytrus_slice, suboffsets)", offset_of!(Slice, suboffsets)),
        ("sizeof(cytrus_memview)", size_of::<Memview>()),
        ("offsetof(cytrus_memview, acquisition_count)", offset_of!(Memview, acquisition_count)),
        ("offsetof(cytrus_memview, buffer)", offset_of!(Memview, buffer)),
        ("offsetof(cytrus_memview, callback_free_data)", offset_of!(Memview, callback_free_data)),
        ("offsetof(cytrus_memview, format)", offset_of!(Memview, format)),
        ("offsetof(cytrus_memview, itemsize)", offset_of!(Memview, itemsize)),
        ("offsetof(cytrus_memview, ndim)", offset_of!(Memview, ndim)),
        ("offsetof(cytrus_memview, owns_buffer)", offset_of!(Memview, owns_buffer)),
        ("sizeof(Py_ssize_t)", size_of::<isize>()),
        ("CYTRUS_MAX_DIMS", cytrus_runtime::MAX_DIMS),
    ];
    let stdout = String::from_utf8(output.stdout).unwrap();
    let measured: Vec<(&str, usize)> = stdout
        .lines()
        .map(|line| {
            let (name, value) = line.rsplit_once(' ').unwrap();
            (name, value.parse().unwrap())
        })
        .collect();
    assert_eq!(measured, expected);
    // The slice is Cython's __Pyx_memviewslice: 2 pointers and 3 arrays of 8.
    assert_eq!(size_of::<Slice>(), 2 * 8 + 3 * 8 * 8);
}
