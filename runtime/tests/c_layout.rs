//! `cytrus.h` declares the same layouts as the crate's `#[repr(C)]` types.

#[path = "support/c_toolchain.rs"]
mod c_toolchain;

use std::mem::{offset_of, size_of};

use cytrus_runtime::acquire::CViewParam;
use cytrus_runtime::buffer::{FieldInfo, TypeInfo};
use cytrus_runtime::format::RawStr;
use cytrus_runtime::{Buffer, Memview, Slice};

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
    SHOW(offsetof(cytrus_memview, fortran));
    SHOW(sizeof(cytrus_buffer));
    SHOW(offsetof(cytrus_buffer, data));
    SHOW(offsetof(cytrus_buffer, format));
    SHOW(offsetof(cytrus_buffer, itemsize));
    SHOW(offsetof(cytrus_buffer, ndim));
    SHOW(offsetof(cytrus_buffer, readonly));
    SHOW(offsetof(cytrus_buffer, exporter));
    SHOW(offsetof(cytrus_buffer, shape));
    SHOW(offsetof(cytrus_buffer, strides));
    SHOW(offsetof(cytrus_buffer, suboffsets));
    SHOW(offsetof(cytrus_buffer, owner));
    SHOW(sizeof(cytrus_view_param));
    SHOW(offsetof(cytrus_view_param, name));
    SHOW(offsetof(cytrus_view_param, elem_name));
    SHOW(offsetof(cytrus_view_param, elem_size));
    SHOW(offsetof(cytrus_view_param, elem_group));
    SHOW(offsetof(cytrus_view_param, ndim));
    SHOW(offsetof(cytrus_view_param, axes));
    SHOW(offsetof(cytrus_view_param, is_const));
    SHOW(offsetof(cytrus_view_param, not_none));
    SHOW(offsetof(cytrus_view_param, elem_info));
    SHOW(sizeof(cytrus_type_info));
    SHOW(offsetof(cytrus_type_info, group));
    SHOW(offsetof(cytrus_type_info, ndim));
    SHOW(offsetof(cytrus_type_info, arraysize));
    SHOW(offsetof(cytrus_type_info, fields));
    SHOW(offsetof(cytrus_type_info, nfields));
    SHOW(sizeof(cytrus_struct_field));
    SHOW(offsetof(cytrus_struct_field, name));
    SHOW(offsetof(cytrus_struct_field, offset));
    SHOW(sizeof(cytrus_str));
    SHOW(offsetof(cytrus_str, data));
    SHOW(offsetof(cytrus_str, len));
    SHOW(offsetof(cytrus_str, cap));
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
        ("offsetof(cytrus_memview, fortran)", offset_of!(Memview, fortran)),
        ("sizeof(cytrus_buffer)", size_of::<Buffer>()),
        ("offsetof(cytrus_buffer, data)", offset_of!(Buffer, data)),
        ("offsetof(cytrus_buffer, format)", offset_of!(Buffer, format)),
        ("offsetof(cytrus_buffer, itemsize)", offset_of!(Buffer, itemsize)),
        ("offsetof(cytrus_buffer, ndim)", offset_of!(Buffer, ndim)),
        ("offsetof(cytrus_buffer, readonly)", offset_of!(Buffer, readonly)),
        ("offsetof(cytrus_buffer, exporter)", offset_of!(Buffer, exporter)),
        ("offsetof(cytrus_buffer, shape)", offset_of!(Buffer, shape)),
        ("offsetof(cytrus_buffer, strides)", offset_of!(Buffer, strides)),
        ("offsetof(cytrus_buffer, suboffsets)", offset_of!(Buffer, suboffsets)),
        ("offsetof(cytrus_buffer, owner)", offset_of!(Buffer, owner)),
        ("sizeof(cytrus_view_param)", size_of::<CViewParam>()),
        ("offsetof(cytrus_view_param, name)", offset_of!(CViewParam, name)),
        ("offsetof(cytrus_view_param, elem_name)", offset_of!(CViewParam, elem_name)),
        ("offsetof(cytrus_view_param, elem_size)", offset_of!(CViewParam, elem_size)),
        ("offsetof(cytrus_view_param, elem_group)", offset_of!(CViewParam, elem_group)),
        ("offsetof(cytrus_view_param, ndim)", offset_of!(CViewParam, ndim)),
        ("offsetof(cytrus_view_param, axes)", offset_of!(CViewParam, axes)),
        ("offsetof(cytrus_view_param, is_const)", offset_of!(CViewParam, is_const)),
        ("offsetof(cytrus_view_param, not_none)", offset_of!(CViewParam, not_none)),
        ("offsetof(cytrus_view_param, elem_info)", offset_of!(CViewParam, elem_info)),
        ("sizeof(cytrus_type_info)", size_of::<TypeInfo>()),
        ("offsetof(cytrus_type_info, group)", offset_of!(TypeInfo, group)),
        ("offsetof(cytrus_type_info, ndim)", offset_of!(TypeInfo, ndim)),
        ("offsetof(cytrus_type_info, arraysize)", offset_of!(TypeInfo, arraysize)),
        ("offsetof(cytrus_type_info, fields)", offset_of!(TypeInfo, fields)),
        ("offsetof(cytrus_type_info, nfields)", offset_of!(TypeInfo, nfields)),
        ("sizeof(cytrus_struct_field)", size_of::<FieldInfo>()),
        ("offsetof(cytrus_struct_field, name)", offset_of!(FieldInfo, name)),
        ("offsetof(cytrus_struct_field, offset)", offset_of!(FieldInfo, offset)),
        ("sizeof(cytrus_str)", size_of::<RawStr>()),
        ("offsetof(cytrus_str, data)", offset_of!(RawStr, data)),
        ("offsetof(cytrus_str, len)", offset_of!(RawStr, len)),
        ("offsetof(cytrus_str, cap)", offset_of!(RawStr, cap)),
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

/// Prints `name value` lines: the constants `cytrus.h` defines.
const CONSTANTS: &str = r#"
#include <stdio.h>
#include "cytrus.h"

#define SHOW(what) printf("%s %ld\n", #what, (long)(what))

int main(void) {
    SHOW(CYTRUS_AXIS_DIRECT);
    SHOW(CYTRUS_AXIS_PTR);
    SHOW(CYTRUS_AXIS_FULL);
    SHOW(CYTRUS_AXIS_CONTIG);
    SHOW(CYTRUS_AXIS_STRIDED);
    SHOW(CYTRUS_AXIS_FOLLOW);
    SHOW(CYTRUS_AXIS_SPEC_STRIDED);
    SHOW(CYTRUS_AXIS_SPEC_CONTIGUOUS);
    SHOW(CYTRUS_AXIS_SPEC_FOLLOW);
    SHOW(CYTRUS_GROUP_CHAR);
    SHOW(CYTRUS_GROUP_SIGNED);
    SHOW(CYTRUS_GROUP_UNSIGNED);
    SHOW(CYTRUS_GROUP_FLOAT);
    SHOW(CYTRUS_EXCEPTION);
    SHOW(CYTRUS_INDEX_ERROR);
    SHOW(CYTRUS_VALUE_ERROR);
    SHOW(CYTRUS_TYPE_ERROR);
    SHOW(CYTRUS_ZERO_DIVISION_ERROR);
    SHOW(CYTRUS_OVERFLOW_ERROR);
    SHOW(CYTRUS_MEMORY_ERROR);
    SHOW(CYTRUS_BUFFER_ERROR);
    SHOW(CYTRUS_ASSERTION_ERROR);
    SHOW(CYTRUS_UNBOUND_LOCAL_ERROR);
    SHOW(CYTRUS_ATTRIBUTE_ERROR);
    return 0;
}
"#;

/// The axis-spec flags, type-group letters and error codes of `cytrus.h`
/// are the runtime's: C output passes them to the same functions Rust
/// output calls with the Rust constants.
#[test]
fn c_and_rust_agree_on_constants() {
    use cytrus_runtime::{AxisSpec, ErrorKind, TypeGroup};
    if !c_toolchain::cc_available() {
        return;
    }
    let output = c_toolchain::compile_and_run("c_constants", CONSTANTS, &[]);
    assert!(output.status.success());
    let expected: Vec<(&str, i64)> = vec![
        ("CYTRUS_AXIS_DIRECT", AxisSpec::ACCESS_DIRECT.into()),
        ("CYTRUS_AXIS_PTR", AxisSpec::ACCESS_PTR.into()),
        ("CYTRUS_AXIS_FULL", AxisSpec::ACCESS_FULL.into()),
        ("CYTRUS_AXIS_CONTIG", AxisSpec::PACKING_CONTIG.into()),
        ("CYTRUS_AXIS_STRIDED", AxisSpec::PACKING_STRIDED.into()),
        ("CYTRUS_AXIS_FOLLOW", AxisSpec::PACKING_FOLLOW.into()),
        ("CYTRUS_AXIS_SPEC_STRIDED", AxisSpec::STRIDED.0.into()),
        ("CYTRUS_AXIS_SPEC_CONTIGUOUS", AxisSpec::CONTIGUOUS.0.into()),
        ("CYTRUS_AXIS_SPEC_FOLLOW", AxisSpec::FOLLOW.0.into()),
        ("CYTRUS_GROUP_CHAR", (TypeGroup::Char as u8).into()),
        ("CYTRUS_GROUP_SIGNED", (TypeGroup::Signed as u8).into()),
        ("CYTRUS_GROUP_UNSIGNED", (TypeGroup::Unsigned as u8).into()),
        ("CYTRUS_GROUP_FLOAT", (TypeGroup::Float as u8).into()),
        ("CYTRUS_EXCEPTION", ErrorKind::Exception as i64),
        ("CYTRUS_INDEX_ERROR", ErrorKind::IndexError as i64),
        ("CYTRUS_VALUE_ERROR", ErrorKind::ValueError as i64),
        ("CYTRUS_TYPE_ERROR", ErrorKind::TypeError as i64),
        ("CYTRUS_ZERO_DIVISION_ERROR", ErrorKind::ZeroDivisionError as i64),
        ("CYTRUS_OVERFLOW_ERROR", ErrorKind::OverflowError as i64),
        ("CYTRUS_MEMORY_ERROR", ErrorKind::MemoryError as i64),
        ("CYTRUS_BUFFER_ERROR", ErrorKind::BufferError as i64),
        ("CYTRUS_ASSERTION_ERROR", ErrorKind::AssertionError as i64),
        ("CYTRUS_UNBOUND_LOCAL_ERROR", ErrorKind::UnboundLocalError as i64),
        ("CYTRUS_ATTRIBUTE_ERROR", ErrorKind::AttributeError as i64),
    ];
    let stdout = String::from_utf8(output.stdout).unwrap();
    let measured: Vec<(&str, i64)> = stdout
        .lines()
        .map(|line| {
            let (name, value) = line.rsplit_once(' ').unwrap();
            (name, value.parse().unwrap())
        })
        .collect();
    assert_eq!(measured, expected);
}
