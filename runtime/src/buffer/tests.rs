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

// Views of structs: the format is matched field by field. The expected
// texts are what Cython 3.3.1 raised for numpy structured dtypes of these
// formats given to `P[:]` / `Q[:]` / `N[:]` / `A[:]` / `C1[:]` parameters
// (`cdef struct P: int a; double b`, `cdef packed struct Q` of the same
// fields, `cdef struct N: P inner; int c`, `cdef struct A: double x[3]; int
// n`, `cdef struct C1: char c; signed char s; unsigned char u`).

const fn scalar(name: &'static CStr, size: usize, group: u8) -> TypeInfo {
    TypeInfo {
        name: name.as_ptr(),
        size,
        group: group as c_char,
        ndim: 0,
        arraysize: [0; 8],
        fields: core::ptr::null(),
        nfields: 0,
    }
}

static T_INT: TypeInfo = scalar(c"int", 4, b'I');
static T_DOUBLE: TypeInfo = scalar(c"double", 8, b'R');
static T_CHAR: TypeInfo = scalar(c"char", 1, b'H');
static T_SCHAR: TypeInfo = scalar(c"signed char", 1, b'I');
static T_UCHAR: TypeInfo = scalar(c"unsigned char", 1, b'U');
static T_DOUBLE3: TypeInfo = TypeInfo { ndim: 1, arraysize: [3, 0, 0, 0, 0, 0, 0, 0], ..scalar(c"double", 8, b'R') };

const fn field(ty: &'static TypeInfo, name: &'static CStr, offset: usize) -> FieldInfo {
    FieldInfo { ty, name: name.as_ptr(), offset }
}

const fn structure(name: &'static CStr, size: usize, fields: &'static [FieldInfo]) -> TypeInfo {
    TypeInfo { fields: fields.as_ptr(), nfields: fields.len(), ..scalar(name, size, b'S') }
}

static P_FIELDS: [FieldInfo; 2] = [field(&T_INT, c"a", 0), field(&T_DOUBLE, c"b", 8)];
static P: TypeInfo = structure(c"P", 16, &P_FIELDS);
static CONST_P: TypeInfo = structure(c"const P", 16, &P_FIELDS);
static Q_FIELDS: [FieldInfo; 2] = [field(&T_INT, c"a", 0), field(&T_DOUBLE, c"b", 4)];
static Q: TypeInfo = structure(c"Q", 12, &Q_FIELDS);
static N_FIELDS: [FieldInfo; 2] = [field(&P, c"inner", 0), field(&T_INT, c"c", 16)];
static N: TypeInfo = structure(c"N", 24, &N_FIELDS);
static A_FIELDS: [FieldInfo; 2] = [field(&T_DOUBLE3, c"x", 0), field(&T_INT, c"n", 24)];
static A: TypeInfo = structure(c"A", 32, &A_FIELDS);
static C1_FIELDS: [FieldInfo; 3] = [field(&T_CHAR, c"c", 0), field(&T_SCHAR, c"s", 1), field(&T_UCHAR, c"u", 2)];
static C1: TypeInfo = structure(c"C1", 3, &C1_FIELDS);

/// Checking `format` (of items of `itemsize` bytes) against the struct `info`.
fn struct_check(format: &str, itemsize: isize, info: &TypeInfo) -> Result<(), String> {
    // SAFETY: the infos are statics with NUL-terminated names.
    let name = unsafe { CStr::from_ptr(info.name) }.to_str().unwrap();
    let elem = ElemType { name, size: info.size, group: TypeGroup::Signed };
    check_format_and_itemsize(format.as_bytes(), itemsize, &elem, Some(info)).map_err(|e| e.message)
}

#[test]
fn struct_formats_are_checked_field_by_field_as_cython_does() {
    const OK: &str = "";
    let table: &[(&str, &str, isize, &TypeInfo, &str)] = &[
        // (what, format, itemsize, element type, Cython's message or OK)
        ("aligned", "T{i:a:xxxxd:b:}", 16, &P, OK),
        ("const", "T{i:a:xxxxd:b:}", 16, &CONST_P, OK),
        (
            "packed given to aligned",
            "T{i:a:=d:b:}",
            12,
            &P,
            "Buffer dtype mismatch; next field is at offset 4 but 8 expected",
        ),
        ("order swapped", "T{d:b:i:a:}", 16, &P, "Buffer dtype mismatch, expected 'int' but got 'double' in 'P.a'"),
        ("wider field", "T{l:a:d:b:}", 16, &P, "Buffer dtype mismatch, expected 'int' but got 'long' in 'P.a'"),
        ("float for double", "T{i:a:f:b:}", 8, &P, "Buffer dtype mismatch, expected 'double' but got 'float' in 'P.b'"),
        (
            "unsigned",
            "T{I:a:xxxxd:b:}",
            16,
            &P,
            "Buffer dtype mismatch, expected 'int' but got 'unsigned int' in 'P.a'",
        ),
        (
            "const name",
            "T{I:a:xxxxd:b:}",
            16,
            &CONST_P,
            "Buffer dtype mismatch, expected 'int' but got 'unsigned int' in 'const P.a'",
        ),
        ("missing field", "T{i:a:}", 4, &P, "Buffer dtype mismatch, expected 'double' but got end in 'P.b'"),
        ("field names do not count", "T{i:x:xxxxd:y:}", 16, &P, OK),
        (
            "padding 8",
            "T{i:a:xxxxxxxx=d:b:}",
            24,
            &P,
            "Buffer dtype mismatch; next field is at offset 12 but 8 expected",
        ),
        (
            "trailing padding",
            "T{i:a:xxxxd:b:}",
            24,
            &P,
            "Item size of buffer (24 bytes) does not match size of 'P' (16 bytes)",
        ),
        (
            "inner struct wrong",
            "T{T{i:a:xxxxl:b:}:inner:i:c:}",
            24,
            &P,
            "Buffer dtype mismatch, expected 'double' but got 'long' in 'P.b'",
        ),
        ("a C array field", "T{(3)d:x:i:n:}", 32, &P, "Expected 0 dimension(s), got 1"),
        ("no struct", "d", 8, &P, "Buffer dtype mismatch, expected 'int' but got 'double' in 'P.a'"),
        ("one int", "i", 4, &P, "Buffer dtype mismatch, expected 'double' but got end in 'P.b'"),
        ("bool", "?", 1, &P, "Buffer dtype mismatch, expected 'int' but got 'bool' in 'P.a'"),
        ("string", "T{1s:c:b:s:B:u:}", 3, &P, "Buffer dtype mismatch, expected 'int' but got a string in 'P.a'"),
        ("object", "O", 8, &P, "Buffer dtype mismatch, expected 'int' but got Python object in 'P.a'"),
        ("complex", "T{Zd:z:i:k:}", 24, &P, "Buffer dtype mismatch, expected 'int' but got 'complex double' in 'P.a'"),
        ("standard sizes", "T{=d:a:@i:b:}", 12, &P, "Buffer dtype mismatch, expected 'int' but got 'double' in 'P.a'"),
        ("big-endian", "T{>i:a:xxxxd:b:}", 16, &P, "Big-endian buffer not supported on little-endian compiler"),
        ("packed", "T{i:a:=d:b:}", 12, &Q, OK),
        (
            "aligned given to packed",
            "T{i:a:xxxxd:b:}",
            16,
            &Q,
            "Buffer dtype mismatch; next field is at offset 8 but 4 expected",
        ),
        ("packed missing", "T{i:a:}", 4, &Q, "Buffer dtype mismatch, expected 'double' but got end in 'Q.b'"),
        ("nested", "T{T{i:a:xxxxd:b:}:inner:i:c:}", 24, &N, OK),
        ("nested flat", "T{i:a:xxxxd:b:i:c:}", 24, &N, OK),
        ("nested short", "T{i:a:xxxxd:b:}", 16, &N, "Buffer dtype mismatch, expected 'int' but got end in 'N.c'"),
        (
            "nested inner packed",
            "T{T{i:a:=d:b:}:inner:@i:c:}",
            16,
            &N,
            "Buffer dtype mismatch; next field is at offset 4 but 8 expected",
        ),
        (
            "nested inner wrong",
            "T{T{i:a:xxxxl:b:}:inner:i:c:}",
            24,
            &N,
            "Buffer dtype mismatch, expected 'double' but got 'long' in 'P.b'",
        ),
        ("nested swapped", "T{d:b:i:a:}", 16, &N, "Buffer dtype mismatch, expected 'int' but got 'double' in 'P.a'"),
        ("array field", "T{(3)d:x:i:n:}", 32, &A, OK),
        ("array extent", "T{(2)d:x:i:n:}", 24, &A, "Expected a dimension of size 3, got 2"),
        ("array dims", "T{(3,1)d:x:i:n:}", 32, &A, "Expected 1 dimension(s), got 2"),
        ("no array", "T{d:x:i:n:}", 16, &A, "Expected 1 dimensions, got 0"),
        ("string for array", "T{1s:c:b:s:B:u:}", 3, &A, "Expected a dimension of size 3, got 1"),
        ("chars", "T{b:c:b:s:B:u:}", 3, &C1, OK),
        ("char from a string", "T{1s:c:b:s:B:u:}", 3, &C1, OK),
        ("char from bool", "T{?:c:b:s:B:u:}", 3, &C1, OK),
        (
            "signed char sign",
            "T{B:c:B:s:B:u:}",
            3,
            &C1,
            "Buffer dtype mismatch, expected 'signed char' but got 'unsigned char' in 'C1.s'",
        ),
        ("one bool", "?", 1, &C1, "Buffer dtype mismatch, expected 'signed char' but got end in 'C1.s'"),
        ("char from int", "i", 4, &C1, "Buffer dtype mismatch, expected 'char' but got 'int' in 'C1.c'"),
    ];
    for &(what, format, itemsize, info, expected) in table {
        let got = struct_check(format, itemsize, info);
        let got = got.err().unwrap_or_default();
        assert_eq!(got, expected, "{what}: {format}");
    }
}

#[test]
fn fields_past_the_struct_are_an_error_where_cython_reads_past_its_stack() {
    // Cython crashes on these; cytrus says what it found.
    assert_eq!(
        struct_check("T{i:a:xxxxd:b:i:c:}", 24, &P).unwrap_err(),
        "Buffer dtype mismatch, expected end but got 'int'"
    );
    assert_eq!(
        struct_check("T{T{i:a:xxxxd:b:}:inner:i:c:}", 24, &P).unwrap_err(),
        "Buffer dtype mismatch, expected end but got 'int'"
    );
}
