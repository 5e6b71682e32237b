use super::*;

fn raised() -> Error {
    fetch_error().expect("an error was raised")
}

#[test]
fn i128_arithmetic_is_exact_or_raises() {
    let mut out = 0;
    assert_eq!(i128_add(i128::MAX - 1, 1, &mut out), 0);
    assert_eq!(out, i128::MAX);
    assert_eq!(i128_add(i128::MAX, 1, &mut out), -1);
    assert_eq!(raised().to_string(), format!("OverflowError: {I128_OVERFLOW}"));
    assert_eq!(i128_mul(1 << 100, 1 << 30, &mut out), -1);
    assert_eq!(raised().kind, ErrorKind::OverflowError);
    assert_eq!(i128_pow(3, 80, &mut out), 0);
    assert_eq!(out, 3i128.pow(80));
    assert_eq!(i128_pow(2, 127, &mut out), -1);
    assert_eq!(raised().kind, ErrorKind::OverflowError);
    assert_eq!(i128_shl(1, 100, &mut out), 0);
    assert_eq!(out, 1 << 100);
    assert_eq!(i128_shl(1, -1, &mut out), -1);
    assert_eq!(raised().to_string(), "ValueError: negative shift count");
}

#[test]
fn i128_floor_division_and_modulo_follow_python() {
    let mut out = 0;
    for (a, b, q, r) in [(-7, 2, -4, 1), (7, -2, -4, -1), (-7, -2, 3, -1), (7, 2, 3, 1), (i128::MIN, -1, 0, 0)] {
        if a == i128::MIN {
            assert_eq!(i128_floordiv(a, b, &mut out), -1);
            assert_eq!(raised().kind, ErrorKind::OverflowError);
        } else {
            assert_eq!(i128_floordiv(a, b, &mut out), 0);
            assert_eq!(out, q);
        }
        assert_eq!(i128_mod(a, b, &mut out), 0);
        assert_eq!(out, r);
    }
    assert_eq!(i128_mod(5, 0, &mut out), -1);
    // CPython's text for a Python int (recorded: tests/cases/min_pyint_zerodiv_msgs).
    assert_eq!(raised().to_string(), "ZeroDivisionError: integer modulo by zero");
}

#[test]
fn slice_axis_slices_indexes_and_names_the_axis() {
    let mut storage = [0.0f64; 10];
    let mut base = Slice::none();
    assert_eq!(slice_from_ptr(&mut base, storage.as_mut_ptr().cast(), 1, &[10], 8, 0), 0);
    // v[8:2:-2]
    let mut dst = base;
    let mut suboffset_dim = -1;
    // SAFETY: the axis is direct.
    let status = unsafe { slice_axis(&mut dst, 10, 8, -1, 0, 0, &mut suboffset_dim, 8, 2, -2, 1, 1, 1, 1) };
    assert_eq!(status, 0);
    assert_eq!((dst.shape[0], dst.strides[0]), (3, -16));
    assert_eq!(dst.data, base.data.wrapping_offset(64));
    // v[10] and v[::0]
    let mut dst = base;
    // SAFETY: the axis is direct.
    let status = unsafe { slice_axis(&mut dst, 10, 8, -1, 3, 0, &mut suboffset_dim, 10, 0, 0, 0, 0, 0, 0) };
    assert_eq!(status, -1);
    assert_eq!(raised().to_string(), "IndexError: Index out of bounds (axis 3)");
    // SAFETY: the axis is direct.
    let status = unsafe { slice_axis(&mut dst, 10, 8, -1, 1, 0, &mut suboffset_dim, 0, 0, 0, 0, 0, 1, 1) };
    assert_eq!(status, -1);
    assert_eq!(raised().to_string(), "ValueError: Step may not be zero (axis 1)");
}

#[test]
fn arrays_fill_and_copy_through_the_c_conventions() {
    let mut array = Slice::none();
    assert_eq!(array_new(&mut array, 2, &[2, 3], 8, "d", "c", 1), 0);
    // SAFETY: `array` is a live array of doubles; `copy` is released below.
    unsafe {
        assert_eq!(slice_check_dtype(&array, 2, "double", 8, b'R' as c_char), 0);
        slice_fill(&array, 2, 8, &2.5f64);
        let mut copy = Slice::none();
        assert_eq!(slice_copy_fortran(&mut copy, &array, 2, 8), 0);
        assert_eq!(slice_is_f_contig(&copy, 2, 8), 1);
        assert_eq!(slice_is_c_contig(&copy, 2, 8), 0);
        assert_eq!(copy.data.offset(copy.strides[1] * 2).cast::<f64>().read(), 2.5);
        assert_eq!(slice_check_dtype(&array, 2, "float", 4, b'R' as c_char), -1);
        assert_eq!(raised().to_string(), "ValueError: Buffer dtype mismatch, expected 'float' but got 'double'");
        copy.release();
        array.release();
    }
    assert_eq!(array_new(&mut array, 1, &[0], 8, "d", "c", 1), -1);
    assert!(array.is_none());
    assert_eq!(raised().to_string(), "ValueError: Invalid shape in axis 0: 0.");
}

#[test]
fn the_indicator_becomes_a_result() {
    assert_eq!(result(5), Ok(5));
    set_error(ErrorKind::TypeError, "boom");
    assert!(error_occurred());
    let caught = fetch_error();
    assert!(!error_occurred());
    assert!(error_matches(&caught, ErrorKind::Exception));
    assert!(!error_matches(&caught, ErrorKind::ValueError));
    restore_error(caught);
    assert_eq!(result(()), Err(Error::new(ErrorKind::TypeError, "boom")));
    clear_error();
    assert!(!error_occurred());
}

#[test]
fn isinf_gives_the_sign_as_glibc_does() {
    assert_eq!((isinf(f64::INFINITY), isinf(f64::NEG_INFINITY), isinf(1.0), isinf(f64::NAN)), (1, -1, 0, 0));
}

#[test]
fn print_collects_one_line() {
    let line = Print::new().text("n = ").int(-3).text(" ").double(0.5).text(" ").bint(true);
    assert_eq!(format!("{line:?}"), "Print { text: \"n = -3 0.5 True\" }");
}

#[test]
fn python_int_true_division_rounds_once() {
    // Expected values are Python's own `a / b`.
    let cases: &[(i128, i128, f64)] = &[
        (18014398509481987, 18014398509481985, 1.0),
        (1000000000000000000000000000000, 3, 3.333333333333333e+29),
        (1267650600228229401496703205377, 1267650600228229401496703205376, 1.0),
        (-1152921504606846976, 3, -3.843071682022823e+17),
        (85070591730234615865843651857942052864, -85070591730234615865843651857942052863, -1.0),
        (7, 1208925819614629174706176, 5.790264287871194e-24),
        (1, 3, 0.3333333333333333),
        (170141183460469231731687303715884105727, 1, 1.7014118346046923e+38),
        (-170141183460469231731687303715884105728, 7, -2.4305883351495603e+37),
        (123456789012345678901234567, 98765432109876543, 1249999988.609375),
    ];
    for &(a, b, expected) in cases {
        assert_eq!(super::i128_truediv(a, b), expected, "{a} / {b}");
    }
    assert!(super::i128_truediv(0, -(1 << 60)).is_sign_negative());
}
