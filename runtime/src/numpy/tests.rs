//! numpy's conversions and layouts, checked against numpy itself.

use std::process::Command;

use super::*;

const FORMATS: [(&str, &str); 13] = [
    ("b", "int8"),
    ("B", "uint8"),
    ("h", "int16"),
    ("H", "uint16"),
    ("i", "int32"),
    ("I", "uint32"),
    ("l", "int64"),
    ("L", "uint64"),
    ("q", "longlong"),
    ("Q", "ulonglong"),
    ("f", "float32"),
    ("d", "float64"),
    ("?", "bool_"),
];

fn int_values() -> Vec<i128> {
    let mut values = vec![0, 1, -1, 2, 127, 128, -128, -129, 255, 256, 300, -300, 32767, 32768, 65535, 65536];
    values.extend([i32::MAX as i128, i32::MAX as i128 + 1, i32::MIN as i128, i32::MIN as i128 - 1]);
    values.extend([u32::MAX as i128, u32::MAX as i128 + 1, i64::MAX as i128, i64::MAX as i128 + 1]);
    values.extend([i64::MIN as i128, i64::MIN as i128 - 1, u64::MAX as i128, u64::MAX as i128 + 1]);
    values.extend([(1 << 53) + 1, 16_777_217, -(1 << 40) - 3]);
    values
}

fn float_values() -> Vec<f64> {
    vec![
        0.0,
        -0.0,
        0.5,
        -0.5,
        1.5,
        -1.5,
        2.7,
        -2.7,
        127.9,
        128.0,
        -129.0,
        255.5,
        256.0,
        65535.9,
        65536.0,
        2147483647.0,
        2147483648.0,
        -2147483648.0,
        -2147483649.0,
        4294967295.0,
        4294967296.0,
        1e18,
        9.3e18,
        1.8e19,
        2e19,
        -9.3e18,
        1e300,
        -1e300,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        0.1,
        1e-45,
        3.4028235e38,
        3.5e38,
    ]
}

fn python_literal(v: f64) -> String {
    if v.is_nan() {
        "float('nan')".into()
    } else if v.is_infinite() {
        format!("float('{}inf')", if v < 0.0 { "-" } else { "" })
    } else {
        format!("{v:?}")
    }
}

/// What numpy stores for each value: the element's bytes in hex, or the error.
fn numpy_lines(values: &[String]) -> Option<Vec<String>> {
    let script = format!(
        "import numpy as np, warnings\nwarnings.simplefilter('ignore')\nfor v in [{}]:\n    for d in [{}]:\n        try:\n            print(np.full(1, v, dtype=getattr(np, d)).tobytes().hex())\n        except Exception as e:\n            print(type(e).__name__ + ': ' + str(e))\n",
        values.join(", "),
        FORMATS.iter().map(|(_, name)| format!("'{name}'")).collect::<Vec<_>>().join(", ")
    );
    let output = Command::new("python3").arg("-c").arg(&script).output().ok()?;
    if !output.status.success() {
        assert!(
            std::env::var_os("CYTRUS_REQUIRE_NUMPY").is_none(),
            "numpy is required: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        eprintln!("skipped: python3 with numpy is not available");
        return None;
    }
    Some(String::from_utf8(output.stdout).unwrap().lines().map(str::to_string).collect())
}

fn ours(result: Result<[u8; 8], Error>, format: &str) -> String {
    match result {
        Ok(encoded) => {
            let size = Slice::none().numpy_itemsize(Element::of(format).unwrap());
            encoded[..size].iter().map(|b| format!("{b:02x}")).collect()
        }
        Err(error) => error.to_string(),
    }
}

#[test]
fn integer_fill_values_convert_as_numpy_converts_python_integers() {
    let values = int_values();
    let Some(expected) = numpy_lines(&values.iter().map(i128::to_string).collect::<Vec<_>>()) else { return };
    let mut actual = Vec::new();
    for &v in &values {
        for (format, _) in FORMATS {
            actual.push(ours(Element::of(format).unwrap().from_int(v), format));
        }
    }
    let differ: Vec<String> = (0..actual.len())
        .filter(|&i| actual[i] != expected[i])
        .map(|i| format!("{} as {}: numpy {} cytrus {}", values[i / 13], FORMATS[i % 13].1, expected[i], actual[i]))
        .collect();
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

#[test]
fn float_fill_values_convert_as_numpy_casts_them() {
    let values = float_values();
    let Some(expected) = numpy_lines(&values.iter().map(|&v| python_literal(v)).collect::<Vec<_>>()) else { return };
    let mut actual = Vec::new();
    for &v in &values {
        for (format, _) in FORMATS {
            actual.push(ours(Ok(Element::of(format).unwrap().from_float(v)), format));
        }
    }
    let differ: Vec<String> = (0..actual.len())
        .filter(|&i| actual[i] != expected[i])
        .map(|i| format!("{} as {}: numpy {} cytrus {}", values[i / 13], FORMATS[i % 13].1, expected[i], actual[i]))
        .collect();
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

#[test]
fn arrays_have_numpys_strides() {
    let strides = |shape: &[isize], order| {
        let a = Slice::numpy_array(shape, 8, "d", order).unwrap();
        let s = a.strides[..shape.len()].to_vec();
        // SAFETY: the array's one acquisition.
        unsafe { a.release() };
        s
    };
    assert_eq!(strides(&[2, 3], Order::C), [24, 8]);
    assert_eq!(strides(&[2, 3], Order::Fortran), [8, 16]);
    // As numpy's buffer export gives them (numpy's own `.strides` are 0 for an empty array).
    assert_eq!(strides(&[2, 0], Order::C), [0, 8]);
    assert_eq!(strides(&[2, 0], Order::Fortran), [0, 8]);
    assert_eq!(strides(&[1, 3], Order::Fortran), [24, 8]);
    assert_eq!(strides(&[0], Order::C), [8]);
    assert_eq!(
        Slice::numpy_array(&[-1, 2], 8, "d", Order::C).unwrap_err().to_string(),
        "ValueError: negative dimensions are not allowed"
    );
    assert!(Slice::numpy_array(&[1 << 62, 1 << 62], 8, "d", Order::C)
        .unwrap_err()
        .to_string()
        .starts_with("ValueError: array is too big"));
}

#[test]
fn contiguous_requests_follow_numpys_flags() {
    let check = |shape: &[isize], made: Order, wanted: Order| {
        let mut a = Slice::numpy_array(shape, 8, "d", made).unwrap();
        let result = a.numpy_require_contig(shape.len(), 8, wanted).map(|()| a.strides[..shape.len()].to_vec());
        // SAFETY: the array's one acquisition.
        unsafe { a.release() };
        result.map_err(|e| e.to_string())
    };
    assert_eq!(check(&[2, 3], Order::Fortran, Order::C), Err("ValueError: ndarray is not C-contiguous".into()));
    assert_eq!(check(&[2, 3], Order::C, Order::Fortran), Err("ValueError: ndarray is not Fortran contiguous".into()));
    // Extents of 1 do not count, and the strides handed out are packed.
    assert_eq!(check(&[1, 3], Order::Fortran, Order::C), Ok(vec![24, 8]));
    assert_eq!(check(&[1, 3], Order::C, Order::Fortran), Ok(vec![8, 8]));
    assert_eq!(check(&[3, 1], Order::C, Order::Fortran), Ok(vec![8, 24]));
    assert_eq!(check(&[2, 0], Order::C, Order::Fortran), Ok(vec![8, 16]));
    assert_eq!(check(&[2, 0], Order::Fortran, Order::C), Ok(vec![0, 8]));
}

#[test]
fn arange_lengths_and_values_are_numpys() {
    let ints = |start, stop, step| {
        let a = Slice::numpy_arange_int(start, stop, step, 8, "l").map_err(|e| e.to_string())?;
        let values = (0..a.shape[0]).map(|i| unsafe { a.data.cast::<i64>().offset(i).read() }).collect::<Vec<_>>();
        // SAFETY: the array's one acquisition.
        unsafe { a.release() };
        Ok::<_, String>(values)
    };
    assert_eq!(ints(0, 5, 1), Ok(vec![0, 1, 2, 3, 4]));
    assert_eq!(ints(5, 0, -2), Ok(vec![5, 3, 1]));
    assert_eq!(ints(2, 10, 3), Ok(vec![2, 5, 8]));
    assert_eq!(ints(0, -3, 1), Ok(vec![]));
    assert_eq!(ints(0, 5, 0), Err("ZeroDivisionError: division by zero".into()));
    let a = Slice::numpy_arange_float(0.0, 1.0, 0.3, 8, "d").unwrap();
    let values: Vec<f64> = (0..a.shape[0]).map(|i| unsafe { a.data.cast::<f64>().offset(i).read() }).collect();
    // SAFETY: the array's one acquisition.
    unsafe { a.release() };
    assert_eq!(values, [0.0, 0.3, 0.6, 0.8999999999999999]);
}
