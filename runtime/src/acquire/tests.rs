use super::*;

const DOUBLE: ElemType<'static> = ElemType { name: "double", size: 8, group: TypeGroup::Float };
const INT: ElemType<'static> = ElemType { name: "int", size: 4, group: TypeGroup::Signed };
const LONG: ElemType<'static> = ElemType { name: "long", size: 8, group: TypeGroup::Signed };
const CHAR: ElemType<'static> = ElemType { name: "char", size: 1, group: TypeGroup::Char };
const UCHAR: ElemType<'static> = ElemType { name: "unsigned char", size: 1, group: TypeGroup::Unsigned };

const S: AxisSpec = AxisSpec::STRIDED;
const C: AxisSpec = AxisSpec::CONTIGUOUS;
const F: AxisSpec = AxisSpec::FOLLOW;

fn param(elem: ElemType<'static>, axes: &'static [AxisSpec]) -> ViewParam<'static> {
    ViewParam { name: "a", elem, axes, is_const: false, not_none: false }
}

/// `double[:]`, `double[::1]`, `double[:, ::1]`, … as the probes declared them.
fn d1() -> ViewParam<'static> {
    param(DOUBLE, &[S])
}
fn d1c() -> ViewParam<'static> {
    param(DOUBLE, &[C])
}
fn d2() -> ViewParam<'static> {
    param(DOUBLE, &[S, S])
}
fn d2c() -> ViewParam<'static> {
    param(DOUBLE, &[F, C])
}
fn d2f() -> ViewParam<'static> {
    param(DOUBLE, &[C, F])
}
fn d3c() -> ViewParam<'static> {
    param(DOUBLE, &[F, F, C])
}
fn constant(p: ViewParam<'static>) -> ViewParam<'static> {
    ViewParam { is_const: true, ..p }
}

/// A numpy-like array: `format`, `itemsize`, `shape`, strides in elements
/// (C order when `None`), read-only or not.
struct Array {
    format: &'static CStr,
    itemsize: isize,
    shape: Vec<isize>,
    strides: Option<Vec<isize>>,
    readonly: bool,
    exporter: Exporter,
}

fn numpy(format: &'static CStr, itemsize: isize, shape: &[isize]) -> Array {
    Array { format, itemsize, shape: shape.to_vec(), strides: None, readonly: false, exporter: Exporter::Numpy }
}

fn f8(shape: &[isize]) -> Array {
    numpy(c"d", 8, shape)
}

impl Array {
    fn strides(mut self, strides: &[isize]) -> Array {
        self.strides = Some(strides.to_vec());
        self
    }
    fn readonly(mut self) -> Array {
        self.readonly = true;
        self
    }
    fn memoryview(mut self) -> Array {
        self.exporter = Exporter::Memoryview;
        self
    }
    /// `a.T`
    fn transposed(self) -> Array {
        let mut buffer = self.buffer();
        let n = buffer.dims();
        buffer.shape[..n].reverse();
        buffer.strides[..n].reverse();
        let strides = buffer.strides[..n].iter().map(|s| s / self.itemsize).collect::<Vec<_>>();
        Array { shape: buffer.shape[..n].to_vec(), strides: Some(strides), ..self }
    }

    fn buffer(&self) -> Buffer {
        let mut buffer = Buffer::c_contiguous(std::ptr::null_mut(), self.format, self.itemsize, &self.shape);
        if let Some(strides) = &self.strides {
            for (axis, s) in strides.iter().enumerate() {
                buffer.strides[axis] = s * self.itemsize;
            }
        }
        buffer.readonly = c_int::from(self.readonly);
        buffer.exporter = self.exporter;
        // Nothing is read through `data`; give it an address anyway.
        buffer.data = std::ptr::NonNull::<f64>::dangling().as_ptr().cast();
        buffer
    }
}

fn outcome(array: Option<&Array>, param: &ViewParam<'_>) -> Result<Slice, String> {
    let buffer = array.map(Array::buffer);
    // SAFETY: formats are static C strings and there is no owner.
    unsafe { acquire(buffer.as_ref(), param) }.map_err(|e| e.to_string())
}

/// Each row: what was passed, to which parameter, and what Cython 3.3.1 with
/// numpy 2.4 said (`ok`, or the exception), recorded by running the same
/// calls on a compiled `.pyx`.
#[test]
fn every_refusal_is_cythons() {
    let m = || f8(&[2, 3]);
    let rows: Vec<(&str, Option<Array>, ViewParam<'static>, &str)> = vec![
        (
            "int64 to double[:]",
            Some(numpy(c"l", 8, &[3])),
            d1(),
            "ValueError: Buffer dtype mismatch, expected 'double' but got 'long'",
        ),
        (
            "int32 to double[:]",
            Some(numpy(c"i", 4, &[3])),
            d1(),
            "ValueError: Buffer dtype mismatch, expected 'double' but got 'int'",
        ),
        (
            "float32 to double[:]",
            Some(numpy(c"f", 4, &[3])),
            d1(),
            "ValueError: Buffer dtype mismatch, expected 'double' but got 'float'",
        ),
        (
            "uint8 to double[:]",
            Some(numpy(c"B", 1, &[3])),
            d1(),
            "ValueError: Buffer dtype mismatch, expected 'double' but got 'unsigned char'",
        ),
        (
            "bool to double[:]",
            Some(numpy(c"?", 1, &[3])),
            d1(),
            "ValueError: Buffer dtype mismatch, expected 'double' but got 'bool'",
        ),
        (
            "double to int[:]",
            Some(f8(&[3])),
            param(INT, &[S]),
            "ValueError: Buffer dtype mismatch, expected 'int' but got 'double'",
        ),
        (
            "int64 to int[:]",
            Some(numpy(c"l", 8, &[3])),
            param(INT, &[S]),
            "ValueError: Buffer dtype mismatch, expected 'int' but got 'long'",
        ),
        ("longlong to long[:]", Some(numpy(c"q", 8, &[3])), param(LONG, &[S]), "ok"),
        ("int8 to char[:]", Some(numpy(c"b", 1, &[3])), param(CHAR, &[S]), "ok"),
        ("uint8 to char[:]", Some(numpy(c"B", 1, &[3])), param(CHAR, &[S]), "ok"),
        (
            "int8 to unsigned char[:]",
            Some(numpy(c"b", 1, &[3])),
            param(UCHAR, &[S]),
            "ValueError: Buffer dtype mismatch, expected 'unsigned char' but got 'signed char'",
        ),
        (
            "complex to double[:]",
            Some(numpy(c"Zd", 16, &[3])),
            d1(),
            "ValueError: Buffer dtype mismatch, expected 'double' but got 'complex double'",
        ),
        (
            "big-endian to double[:]",
            Some(numpy(c">d", 8, &[3])),
            d1(),
            "ValueError: Big-endian buffer not supported on little-endian compiler",
        ),
        (
            "float16 to double[:]",
            Some(numpy(c"e", 2, &[3])),
            d1(),
            "ValueError: Does not understand character buffer dtype format string ('e')",
        ),
        (
            "object to double[:]",
            Some(numpy(c"O", 8, &[3])),
            d1(),
            "ValueError: Buffer dtype mismatch, expected 'double' but got Python object",
        ),
        ("struct dtype to double[:]", Some(numpy(c"T{d:a:}", 8, &[3])), d1(), "ok"),
        ("2-D to double[:]", Some(m()), d1(), "ValueError: Buffer has wrong number of dimensions (expected 1, got 2)"),
        (
            "1-D to double[:, ::1]",
            Some(f8(&[3])),
            d2c(),
            "ValueError: Buffer has wrong number of dimensions (expected 2, got 1)",
        ),
        (
            "3-D to double[:, ::1]",
            Some(f8(&[2, 2, 2])),
            d2c(),
            "ValueError: Buffer has wrong number of dimensions (expected 2, got 3)",
        ),
        (
            "1-D int64 to double[:, ::1]",
            Some(numpy(c"l", 8, &[3])),
            d2c(),
            "ValueError: Buffer has wrong number of dimensions (expected 2, got 1)",
        ),
        (
            "0-D to double[:]",
            Some(f8(&[])),
            d1(),
            "ValueError: Buffer has wrong number of dimensions (expected 1, got 0)",
        ),
        ("transposed to double[:, ::1]", Some(m().transposed()), d2c(), "ValueError: ndarray is not C-contiguous"),
        (
            "transposed int64 to double[:, ::1]",
            Some(numpy(c"l", 8, &[2, 3]).transposed()),
            d2c(),
            "ValueError: ndarray is not C-contiguous",
        ),
        (
            "rows reversed to double[:, ::1]",
            Some(m().strides(&[-3, 1])),
            d2c(),
            "ValueError: ndarray is not C-contiguous",
        ),
        (
            "columns reversed to double[:, ::1]",
            Some(m().strides(&[3, -1])),
            d2c(),
            "ValueError: ndarray is not C-contiguous",
        ),
        (
            "columns stepped to double[:, ::1]",
            Some(f8(&[2, 2]).strides(&[3, 2])),
            d2c(),
            "ValueError: ndarray is not C-contiguous",
        ),
        (
            "rows stepped to double[:, ::1]",
            Some(f8(&[2, 3]).strides(&[6, 1])),
            d2c(),
            "ValueError: ndarray is not C-contiguous",
        ),
        ("C order to double[::1, :]", Some(m()), d2f(), "ValueError: ndarray is not Fortran contiguous"),
        ("stepped to double[::1]", Some(f8(&[3]).strides(&[2])), d1c(), "ValueError: ndarray is not C-contiguous"),
        ("reversed to double[::1]", Some(f8(&[6]).strides(&[-1])), d1c(), "ValueError: ndarray is not C-contiguous"),
        ("stepped to double[:]", Some(f8(&[3]).strides(&[2])), d1(), "ok"),
        ("transposed to double[:, :]", Some(m().transposed()), d2(), "ok"),
        (
            "Fortran 3-D to double[:, :, ::1]",
            Some(f8(&[2, 2, 2]).strides(&[1, 2, 4])),
            d3c(),
            "ValueError: ndarray is not C-contiguous",
        ),
        ("empty transposed to double[:, ::1]", Some(f8(&[0, 3]).transposed()), d2c(), "ok"),
        ("1xN transposed to double[:, ::1]", Some(f8(&[1, 3]).transposed()), d2c(), "ok"),
        ("read-only to double[:]", Some(f8(&[3]).readonly()), d1(), "ValueError: buffer source array is read-only"),
        ("read-only to const double[:]", Some(f8(&[3]).readonly()), constant(d1()), "ok"),
        ("read-only to double[:, ::1]", Some(m().readonly()), d2c(), "ValueError: buffer source array is read-only"),
        (
            "read-only transposed to double[:, ::1]",
            Some(m().readonly().transposed()),
            d2c(),
            "ValueError: ndarray is not C-contiguous",
        ),
        (
            "read-only int64 to double[:]",
            Some(numpy(c"l", 8, &[3]).readonly()),
            d1(),
            "ValueError: buffer source array is read-only",
        ),
        (
            "read-only transposed to const double[:, ::1]",
            Some(m().readonly().transposed()),
            constant(d2c()),
            "ValueError: ndarray is not C-contiguous",
        ),
        (
            "None to double[:] not None",
            None,
            ViewParam { not_none: true, ..d1() },
            "TypeError: Argument 'a' must not be None",
        ),
        ("None to double[:]", None, d1(), "ok"),
        ("None to double[:, ::1]", None, d2c(), "ok"),
        (
            "2-D to double[::view.indirect, ::1]",
            Some(m()),
            param(DOUBLE, &[AxisSpec::INDIRECT, C]),
            "ValueError: Buffer is not indirectly accessible in dimension 0.",
        ),
        (
            "transposed to double[::view.generic, ::view.generic]",
            Some(m().transposed()),
            param(DOUBLE, &[AxisSpec::GENERIC, AxisSpec::GENERIC]),
            "ok",
        ),
        // A Cython memoryview (`cdef double[:, ::1] m = …; return m`) passed on.
        (
            "memoryview .T to double[:, ::1]",
            Some(m().memoryview().transposed()),
            d2c(),
            "ValueError: Buffer and memoryview are not contiguous in the same dimension.",
        ),
        (
            "memoryview to double[::1, :]",
            Some(m().memoryview()),
            d2f(),
            "ValueError: Buffer and memoryview are not contiguous in the same dimension.",
        ),
        (
            "memoryview [:, ::2] to double[:, ::1]",
            Some(f8(&[2, 2]).strides(&[3, 2]).memoryview()),
            d2c(),
            "ValueError: Buffer and memoryview are not contiguous in the same dimension.",
        ),
        (
            "memoryview [::-1] to double[:, ::1]",
            Some(m().strides(&[-3, 1]).memoryview()),
            d2c(),
            "ValueError: Buffer not C contiguous.",
        ),
        (
            "memoryview 2-D to double[:]",
            Some(m().memoryview()),
            d1(),
            "ValueError: Buffer has wrong number of dimensions (expected 1, got 2)",
        ),
        (
            "memoryview row stepped to double[::1]",
            Some(f8(&[2]).strides(&[2]).memoryview()),
            d1c(),
            "ValueError: Buffer and memoryview are not contiguous in the same dimension.",
        ),
        (
            "int array to double[:, ::1]",
            Some(numpy(c"i", 4, &[2, 3]).memoryview()),
            d2c(),
            "ValueError: Buffer dtype mismatch, expected 'double' but got 'int'",
        ),
        // Cython's memoryview.__getbuffer__ (the path a dtype that needs parsing takes).
        (
            "read-only memoryview to double[:]",
            Some(numpy(c"l", 8, &[3]).readonly().memoryview()),
            d1(),
            "ValueError: Cannot create writable memory view from read-only memoryview",
        ),
    ];
    let mut wrong = Vec::new();
    for (what, array, param, expected) in &rows {
        let got = match outcome(array.as_ref(), param) {
            Ok(_) => "ok".to_string(),
            Err(text) => text,
        };
        if got != *expected {
            wrong.push(format!("{what}: got {got:?}, Cython says {expected:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_view_keeps_the_buffers_layout() {
    let array = f8(&[2, 3]).transposed();
    let slice = outcome(Some(&array), &d2()).unwrap();
    assert_eq!(
        (&slice.shape[..2], &slice.strides[..2], &slice.suboffsets[..2]),
        (&[3, 2][..], &[8, 24][..], &[-1, -1][..])
    );
    assert!(slice.memview.is_null());
    let none = outcome(None, &d2()).unwrap();
    assert!(none.is_none());
}

#[test]
fn numpy_hands_out_packed_strides_for_a_contiguous_request() {
    // (3, 1) with strides (8, 8): C-contiguous to numpy; the view gets (8, 8) → (8, 8).
    let array = f8(&[1, 3]).transposed();
    let slice = outcome(Some(&array), &d2c()).unwrap();
    assert_eq!(&slice.strides[..2], &[8, 8]);
    let odd = f8(&[3, 1]).strides(&[1, 5]);
    let slice = outcome(Some(&odd), &d2c()).unwrap();
    assert_eq!(&slice.strides[..2], &[8, 8]);
}

#[test]
fn a_null_format_is_unsigned_bytes() {
    let mut buffer = Buffer::c_contiguous(std::ptr::null_mut(), c"B", 1, &[4]);
    buffer.format = std::ptr::null();
    // SAFETY: a null format and no owner.
    let result = unsafe { acquire(Some(&buffer), &param(UCHAR, &[S])) };
    assert!(result.is_ok());
    // SAFETY: as above.
    let error = unsafe { acquire(Some(&buffer), &d1()) }.unwrap_err();
    assert_eq!(error.to_string(), "ValueError: Buffer dtype mismatch, expected 'double' but got 'unsigned char'");
}

#[test]
fn the_c_entry_point_sets_the_indicator() {
    let axes = [AxisSpec::FOLLOW.0, AxisSpec::CONTIGUOUS.0];
    let param = CViewParam {
        name: c"m".as_ptr(),
        elem_name: c"double".as_ptr(),
        elem_size: 8,
        elem_group: b'R' as c_char,
        ndim: 2,
        axes: axes.as_ptr(),
        is_const: 0,
        not_none: 1,
        elem_info: std::ptr::null(),
    };
    let buffer = Buffer::c_contiguous(std::ptr::null_mut(), c"i", 4, &[2, 3]);
    let mut out = Slice::none();
    // SAFETY: every pointer is valid as the function needs it.
    assert_eq!(unsafe { cytrus_acquire(&mut out, &buffer, &param) }, -1);
    let error = crate::error::take_indicator().unwrap();
    assert_eq!(error.to_string(), "ValueError: Buffer dtype mismatch, expected 'double' but got 'int'");
    // SAFETY: as above; a null buffer is None.
    assert_eq!(unsafe { cytrus_acquire(&mut out, std::ptr::null(), &param) }, -1);
    assert_eq!(crate::error::take_indicator().unwrap().to_string(), "TypeError: Argument 'm' must not be None");
    let good = Buffer::c_contiguous(std::ptr::null_mut(), c"d", 8, &[2, 3]);
    // SAFETY: as above.
    assert_eq!(unsafe { cytrus_acquire(&mut out, &good, &param) }, 0);
    assert_eq!(&out.strides[..2], &[24, 8]);
}

/// The common-case path agrees with the full one: over a family of buffers
/// (formats, item sizes, shapes with extents of 0 and 1, packed, strided,
/// negative and transposed strides, suboffsets, read-only, both exporters)
/// and parameters (element types, axis specs, const), every buffer the fast
/// path takes, the full path takes too, giving the same view; and the fast
/// path takes the everyday cases.
#[test]
fn the_common_case_path_agrees_with_every_check() {
    const FLOAT: ElemType<'static> = ElemType { name: "float", size: 4, group: TypeGroup::Float };
    const ULONG: ElemType<'static> = ElemType { name: "unsigned long", size: 8, group: TypeGroup::Unsigned };
    const SCHAR: ElemType<'static> = ElemType { name: "signed char", size: 1, group: TypeGroup::Signed };
    let formats: &[(&'static CStr, isize)] = &[
        (c"d", 8),
        (c"@d", 8),
        (c"=d", 8),
        (c"<d", 8),
        (c"^d", 8),
        (c"f", 4),
        (c"l", 8),
        (c"q", 8),
        (c"<l", 4),
        (c"L", 8),
        (c"i", 4),
        (c"I", 4),
        (c"b", 1),
        (c"B", 1),
        (c"c", 1),
        (c"?", 1),
        (c"g", 16),
        (c"Zd", 16),
        (c"2d", 16),
        (c"dd", 16),
        (c"T{d}", 8),
        (c"", 8),
        (c"@", 8),
        (c"d", 4),
        (c"i", 8),
    ];
    let elems = [DOUBLE, FLOAT, INT, LONG, ULONG, CHAR, UCHAR, SCHAR];
    let specs: &[&'static [AxisSpec]] = &[
        &[],
        &[S],
        &[C],
        &[AxisSpec::GENERIC],
        &[AxisSpec::INDIRECT],
        &[S, S],
        &[F, C],
        &[C, F],
        &[S, C],
        &[C, S],
        &[F, F, C],
        &[S, S, S],
    ];
    // (shape, strides in items or None for C order, a suboffset on axis 0)
    let layouts: &[(&[isize], Option<&[isize]>, bool)] = &[
        (&[], None, false),
        (&[5], None, false),
        (&[5], Some(&[2]), false),
        (&[5], Some(&[-1]), false),
        (&[1], Some(&[7]), false),
        (&[0], None, false),
        (&[5], None, true),
        (&[2, 3], None, false),
        (&[2, 3], Some(&[1, 2]), false),
        (&[2, 3], Some(&[6, 2]), false),
        (&[2, 3], Some(&[3, -1]), false),
        (&[1, 3], Some(&[9, 1]), false),
        (&[3, 1], Some(&[1, 9]), false),
        (&[2, 0], None, false),
        (&[2, 3, 4], None, false),
        (&[2, 3, 4], Some(&[1, 2, 6]), false),
    ];
    let (mut taken, mut compared) = (0, 0);
    let mut wrong = Vec::new();
    for &(format, itemsize) in formats {
        for &(shape, strides, suboffset) in layouts {
            for exporter in [Exporter::Numpy, Exporter::Memoryview] {
                for readonly in [false, true] {
                    let mut array = numpy(format, itemsize, shape);
                    array.strides = strides.map(<[isize]>::to_vec);
                    array.readonly = readonly;
                    array.exporter = exporter;
                    let mut buffer = array.buffer();
                    if suboffset {
                        buffer.suboffsets[0] = 0;
                    }
                    for elem in elems {
                        for &axes in specs {
                            for is_const in [false, true] {
                                let p = ViewParam { name: "a", elem, axes, is_const, not_none: false };
                                let mut fast = Slice::none();
                                fast.data = 1 as *mut u8;
                                // SAFETY: static formats, no owner.
                                let took = unsafe {
                                    acquire_common(&mut fast, &buffer, axes, elem.size, elem.group, is_const)
                                };
                                // SAFETY: as above.
                                let full = unsafe { acquire_checked(Some(&buffer), &p, None) };
                                compared += 1;
                                if !took {
                                    continue;
                                }
                                taken += 1;
                                let same = full.as_ref().is_ok_and(|s| {
                                    s.memview == fast.memview
                                        && s.data == fast.data
                                        && s.shape == fast.shape
                                        && s.strides == fast.strides
                                        && s.suboffsets == fast.suboffsets
                                });
                                if !same {
                                    wrong.push(format!(
                                        "{format:?} {shape:?} {strides:?} suboffset={suboffset} {exporter:?} readonly={readonly} {} {axes:?} const={is_const}: full path {:?}",
                                        elem.name,
                                        full.map(|_| "a different view").map_err(|e| e.to_string())
                                    ));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {taken}:\n{}", wrong.len(), wrong.join("\n"));
    assert!(taken > 500 && compared > 20 * taken / 10, "taken {taken} of {compared}");
    // The everyday cases take the fast path.
    let everyday: &[(Array, ViewParam<'static>)] = &[
        (f8(&[8]).memoryview(), d1()),
        (f8(&[3, 4]).memoryview(), d2()),
        (f8(&[3, 4]).memoryview(), d2c()),
        (f8(&[3, 4]).memoryview().transposed(), d2f()),
        (f8(&[3, 4]).readonly().memoryview(), constant(d2())),
        (f8(&[3, 4]), d2()),
        (numpy(c"l", 8, &[4]).memoryview(), param(LONG, &[S])),
        (numpy(c"i", 4, &[4]).memoryview(), param(INT, &[C])),
    ];
    for (array, p) in everyday {
        let mut out = Slice::none();
        // SAFETY: static formats, no owner.
        let took = unsafe { acquire_common(&mut out, &array.buffer(), p.axes, p.elem.size, p.elem.group, p.is_const) };
        assert!(took, "{} {:?}", p.elem.name, p.axes);
    }
}
