use super::*;
use std::io::Write as _;

fn repr(x: f64) -> String {
    let mut out = String::new();
    write_double(&mut out, x);
    out
}

#[test]
fn double_repr_of_known_values() {
    let cases: &[(f64, &str)] = &[
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (3.0, "3.0"),
        (-2.5, "-2.5"),
        (0.1, "0.1"),
        (0.5, "0.5"),
        (1.0 / 3.0, "0.3333333333333333"),
        (2.0 / 3.0, "0.6666666666666666"),
        (0.1 + 0.2, "0.30000000000000004"),
        // 1394865425023536.25, halfway between two shortest candidates:
        // Python takes the even digit.
        (f64::from_bits(0x4313_d27d_a8ac_08c1), "1394865425023536.2"),
        (123456789.125, "123456789.125"),
        (1e15, "1000000000000000.0"),
        (1234567890123456.0, "1234567890123456.0"),
        (9999999999999998.0, "9999999999999998.0"),
        (1e16, "1e+16"),
        (1.5e16, "1.5e+16"),
        (1e22, "1e+22"),
        (1e100, "1e+100"),
        (1.5e300, "1.5e+300"),
        (f64::MAX, "1.7976931348623157e+308"),
        (2f64.powi(60), "1.152921504606847e+18"),
        (0.0001, "0.0001"),
        (0.00012345, "0.00012345"),
        (1e-5, "1e-05"),
        (1.5e-5, "1.5e-05"),
        (1e-10, "1e-10"),
        (5e-324, "5e-324"),
        (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
        (100.0, "100.0"),
        (12.75, "12.75"),
        (0.10000000149011612, "0.10000000149011612"),
        (f64::from(0.1f32), "0.10000000149011612"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-f64::NAN, "nan"),
    ];
    for (x, want) in cases {
        assert_eq!(repr(*x), *want, "repr of {x:e}");
    }
}

#[test]
fn bint_prints_true_false() {
    let mut out = String::new();
    write_bint(&mut out, true);
    out.push(' ');
    write_bint(&mut out, false);
    assert_eq!(out, "True False");
}

#[test]
fn dims_print_as_a_list_of_eight() {
    let mut out = String::new();
    write_dims(&mut out, &[3, 4, 0, 0, 0, 0, 0, 0]);
    assert_eq!(out, "[3, 4, 0, 0, 0, 0, 0, 0]");
    out.clear();
    write_dims(&mut out, &[-1, -1, 0, 0, 0, 0, 0, 0]);
    assert_eq!(out, "[-1, -1, 0, 0, 0, 0, 0, 0]");
}

/// Doubles spread over every exponent and digit count: random bit patterns,
/// powers of ten and two and their neighbours, short decimals.
fn sample_doubles() -> Vec<f64> {
    let mut values = Vec::new();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..20_000 {
        // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let bits = state.wrapping_mul(0x2545_f491_4f6c_dd1d);
        let x = f64::from_bits(bits);
        if x.is_finite() {
            values.push(x);
        }
        // Few significant bits: exact decimal ties between shortest candidates are common.
        let exponent = (bits >> 56) as i32 % 80;
        values.push((bits & 0xff_ffff) as f64 * 2f64.powi(exponent - 40));
    }
    for e in -30..=30 {
        let p = 10f64.powi(e);
        values.extend([p, p.next_up(), p.next_down(), 1.5 * p, 9.5 * p, 123.456 * p]);
    }
    for e in -1074..=1023 {
        values.push(2f64.powi(e));
    }
    for n in 0..2000 {
        values.push(f64::from(n) / 1000.0);
        values.push(f64::from(n as f32 / 7.0));
    }
    values
}

/// Compares with CPython's own `repr` when `python3` is installed.
#[test]
fn double_repr_matches_python() {
    let values = sample_doubles();
    let input: String = values.iter().map(|x| format!("{:016x}\n", x.to_bits())).collect();
    let script = "import sys, struct\n\
                  for line in sys.stdin:\n    \
                  print(repr(struct.unpack('>d', bytes.fromhex(line.strip()))[0]))\n";
    let child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("python3 not found: skipping the comparison with Python's repr");
        return;
    };
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(output.status.success());
    let expected = String::from_utf8(output.stdout).unwrap();
    let mut compared = 0;
    for (x, want) in values.iter().zip(expected.lines()) {
        assert_eq!(repr(*x), want, "repr of {:016x}", x.to_bits());
        compared += 1;
    }
    assert_eq!(compared, values.len());
}
