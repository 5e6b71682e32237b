use super::*;

const DOUBLE: ElemType<'static> = ElemType { name: "double", size: 8, group: TypeGroup::Float };
const FLOAT: ElemType<'static> = ElemType { name: "float", size: 4, group: TypeGroup::Float };
const INT: ElemType<'static> = ElemType { name: "int", size: 4, group: TypeGroup::Signed };
const LONG: ElemType<'static> = ElemType { name: "long", size: 8, group: TypeGroup::Signed };
const CHAR: ElemType<'static> = ElemType { name: "char", size: 1, group: TypeGroup::Char };
const UNSIGNED_CHAR: ElemType<'static> = ElemType { name: "unsigned char", size: 1, group: TypeGroup::Unsigned };

/// What acquiring `cvarray(shape=shape, itemsize=itemsize, format=format)` as
/// an `ndim`-axis view of `elem` gives: `Ok` or the error's text.
fn acquire(shape: &[isize], itemsize: isize, format: &str, ndim: usize, elem: &ElemType<'_>) -> Result<(), String> {
    let array = Slice::new_array(shape, itemsize, format, "c", true).unwrap();
    // SAFETY: `array` is live until released below.
    let result = unsafe { array.check_dtype(ndim, elem) };
    // SAFETY: the array's only acquisition.
    unsafe { array.release() };
    result.map_err(|e| e.to_string())
}

fn format_error(format: &str, elem: &ElemType<'_>) -> String {
    acquire(&[3], elem.size as isize, format, 1, elem).unwrap_err()
}

#[test]
fn matching_formats_are_accepted() {
    for (format, elem) in [
        ("d", DOUBLE),
        ("=d", DOUBLE),
        ("<d", DOUBLE),
        ("@d", DOUBLE),
        ("1d", DOUBLE),
        ("T{d}", DOUBLE),
        (" d", DOUBLE),
        ("f", FLOAT),
        ("i", INT),
        ("l", LONG),
        ("q", LONG),
        ("B", CHAR),
        ("c", UNSIGNED_CHAR),
    ] {
        assert_eq!(acquire(&[3], elem.size as isize, format, 1, &elem), Ok(()), "{format}");
    }
}

#[test]
fn dtype_mismatch_messages_are_cythons() {
    // Recorded with Cython 3.3.1.
    assert_eq!(format_error("d", &FLOAT), "ValueError: Buffer dtype mismatch, expected 'float' but got 'double'");
    assert_eq!(format_error("i", &DOUBLE), "ValueError: Buffer dtype mismatch, expected 'double' but got 'int'");
    assert_eq!(format_error("i", &FLOAT), "ValueError: Buffer dtype mismatch, expected 'float' but got 'int'");
    let unsigned = format_error("I", &INT);
    assert_eq!(unsigned, "ValueError: Buffer dtype mismatch, expected 'int' but got 'unsigned int'");
    assert_eq!(format_error("2d", &DOUBLE), "ValueError: Buffer dtype mismatch, expected end but got 'double'");
    assert_eq!(format_error("dd", &DOUBLE), "ValueError: Buffer dtype mismatch, expected end but got 'double'");
    assert_eq!(format_error("", &DOUBLE), "ValueError: Buffer dtype mismatch, expected 'double' but got end");
    assert_eq!(format_error(">d", &DOUBLE), "ValueError: Big-endian buffer not supported on little-endian compiler");
    assert_eq!(
        format_error("y", &DOUBLE),
        "ValueError: Does not understand character buffer dtype format string ('y')"
    );
    assert_eq!(
        format_error("Zd", &DOUBLE),
        "ValueError: Buffer dtype mismatch, expected 'double' but got 'complex double'"
    );
    assert_eq!(format_error("=l", &LONG), "ValueError: Buffer dtype mismatch, expected 'long' but got 'long'");
    assert_eq!(
        format_error("xd", &DOUBLE),
        "ValueError: Buffer dtype mismatch; next field is at offset 8 but 0 expected"
    );
}

#[test]
fn wrong_axis_count_and_item_size_are_reported_after_the_format() {
    assert_eq!(
        acquire(&[3], 8, "d", 2, &DOUBLE),
        Err("ValueError: Buffer has wrong number of dimensions (expected 2, got 1)".into())
    );
    assert_eq!(
        acquire(&[3], 4, "d", 1, &DOUBLE),
        Err("ValueError: Item size of buffer (4 bytes) does not match size of 'double' (8 bytes)".into())
    );
    assert_eq!(
        acquire(&[3], 8, "i", 1, &DOUBLE),
        Err("ValueError: Buffer dtype mismatch, expected 'double' but got 'int'".into())
    );
    assert_eq!(
        acquire(&[3], 2, "c", 1, &CHAR),
        Err("ValueError: Item size of buffer (2 bytes) does not match size of 'char' (1 byte)".into())
    );
}

#[test]
fn borrowed_views_pass_the_dtype_check() {
    let mut memory = [0.0f64; 3];
    let view = Slice::from_ptr(memory.as_mut_ptr().cast(), &[3], 8, Order::C).unwrap();
    // SAFETY: a borrowed view has no owner to read.
    assert_eq!(unsafe { view.check_dtype(1, &INT) }, Ok(()));
}

fn check(shape: &[isize], mode: &str, axes: &[AxisSpec]) -> Result<(), String> {
    let array = Slice::new_array(shape, 8, "d", mode, true).unwrap();
    let result = array.check_axes(8, axes).map_err(|e| e.to_string());
    // SAFETY: the array's only acquisition.
    unsafe { array.release() };
    result
}

#[test]
fn axis_specs_check_contiguity_as_cython() {
    use AxisSpec as A;
    let not_contiguous = Err("ValueError: Buffer and memoryview are not contiguous in the same dimension.".into());
    assert_eq!(check(&[3, 4], "c", &[A::FOLLOW, A::CONTIGUOUS]), Ok(()));
    assert_eq!(check(&[3, 4], "c", &[A::STRIDED, A::STRIDED]), Ok(()));
    assert_eq!(check(&[3, 4], "fortran", &[A::CONTIGUOUS, A::FOLLOW]), Ok(()));
    assert_eq!(check(&[3, 4], "c", &[A::CONTIGUOUS, A::FOLLOW]), not_contiguous);
    assert_eq!(check(&[3, 4], "fortran", &[A::FOLLOW, A::CONTIGUOUS]), not_contiguous);
    // Recorded with Cython 3.3.1: an extent of 1 promises nothing.
    assert_eq!(check(&[1, 4], "c", &[A::CONTIGUOUS, A::FOLLOW]), Ok(()));
    assert_eq!(
        check(&[3, 4], "c", &[A::INDIRECT, A::STRIDED]),
        Err("ValueError: Buffer is not indirectly accessible in dimension 0.".into())
    );
}

#[test]
fn strided_views_fail_contiguous_specs() {
    use AxisSpec as A;
    let array = Slice::new_array(&[3, 4], 8, "d", "c", true).unwrap();
    let mut column = array;
    column.shape = [3, 0, 0, 0, 0, 0, 0, 0];
    column.strides = [32, 0, 0, 0, 0, 0, 0, 0];
    assert_eq!(
        column.check_axes(8, &[A::CONTIGUOUS]).unwrap_err().message,
        "Buffer and memoryview are not contiguous in the same dimension."
    );
    assert_eq!(column.check_axes(8, &[A::STRIDED]), Ok(()));
    // Every other element along both axes: each axis follows, the whole is not C order.
    let mut sparse = array;
    sparse.shape[..2].copy_from_slice(&[2, 2]);
    sparse.strides[..2].copy_from_slice(&[64, 16]);
    assert_eq!(
        sparse.check_axes(8, &[A::FOLLOW, A::CONTIGUOUS]).unwrap_err().message,
        "Buffer and memoryview are not contiguous in the same dimension."
    );
    let mut empty = array;
    empty.shape[0] = 0;
    assert_eq!(empty.check_axes(8, &[A::CONTIGUOUS, A::FOLLOW]), Ok(()));
    // SAFETY: the array's only acquisition.
    unsafe { array.release() };
}
