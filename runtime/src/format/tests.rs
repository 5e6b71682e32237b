//! Formatting checked against CPython itself: a table of values × specs is
//! formatted here and by `python3` (run at test time), and every line must
//! agree, errors included. Without `python3` on PATH the comparison is
//! skipped (the hand-picked cases below still run).

use super::*;
use std::io::Write as _;
use std::process::{Command, Stdio};

/// A value as both sides see it.
#[derive(Clone)]
enum Value {
    Int(i128),
    Float(f64),
    Bool(bool),
    Str(&'static str),
}

impl Value {
    fn kind(&self) -> ValueKind {
        match self {
            Value::Int(_) => ValueKind::Int,
            Value::Float(_) => ValueKind::Float,
            Value::Bool(_) => ValueKind::Bool,
            Value::Str(_) => ValueKind::Str,
        }
    }

    /// A Python expression for the exact value.
    fn python(&self) -> String {
        match self {
            Value::Int(v) => v.to_string(),
            Value::Float(x) => format!("struct.unpack('>d', bytes.fromhex('{:016x}'))[0]", x.to_bits()),
            Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
            Value::Str(s) => format!("bytes.fromhex('{}').decode()", hex(s)),
        }
    }
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

fn ints() -> Vec<Value> {
    [
        0,
        1,
        -1,
        7,
        42,
        -42,
        65,
        255,
        -255,
        1234,
        -1234567,
        1_000_000,
        0x10ffff,
        0x110000,
        i128::from(i32::MAX),
        i128::from(i32::MIN),
        i128::from(i64::MAX),
        i128::from(i64::MIN),
        i128::from(u64::MAX),
        10i128.pow(30),
        -(10i128.pow(30)),
        i128::MAX,
        i128::MIN,
    ]
    .into_iter()
    .map(Value::Int)
    .collect()
}

fn floats() -> Vec<Value> {
    [
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        1.5,
        2.5,
        -2.5,
        0.125,
        0.375,
        1.0 / 3.0,
        2.0 / 3.0,
        0.1,
        0.05,
        std::f64::consts::PI,
        -std::f64::consts::E,
        9.9995,
        0.00001234,
        1e-5,
        1e-4,
        -0.0001,
        100.0,
        1234.5,
        999999.5,
        123456789.123,
        1e15,
        1e16,
        1e22,
        2e16 + 8.0,
        1e300,
        -1e-300,
        5e-324,
        f64::MAX,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        -f64::NAN,
        0.004,
        -0.004,
        5e-5,
        0.9999999,
    ]
    .into_iter()
    .map(Value::Float)
    .collect()
}

fn strs() -> Vec<Value> {
    ["", "a", "abc", "héllo wörld", "it's", "say \"hi\"", "both ' and \"", "tab\there\n", "\u{7f}\u{1}", "€"]
        .into_iter()
        .map(Value::Str)
        .collect()
}

const SPECS: &[&str] = &[
    "", "d", "5", "05", "<5", ">5", "^5", "=5", "*^9", "x<8", "0=8", "+", " ", "-", "+5", "+05", " 5", "x", "X", "#x",
    "#X", "o", "#o", "b", "#b", "08b", "_b", "_x", "#_x", "010_x", ",", "_", "010,", "015,", ",d", "c", "5c", "<3c",
    "+c", "n", ",n", "e", "E", ".0e", "#.0e", ".3e", "10.3e", "f", "F", ".0f", ".1f", ".2f", ".3f", "#.0f", "10.4f",
    "-10.4f", "<10.2f", "^10.2f", "+.2f", "z.2f", "z.1f", "z", "012.3f", "012,.3f", ",.2f", "_.3f", ",.0f", "g", "G",
    ".1g", ".3g", ".10g", "#g", "#.3g", "+g", ".0", ".1", ".3", ".12", ".17", ".20", "#", "%", ".1%", "10", "010",
    "_>9.2f", ".2", "s", ">10s", "^10", ".2s", "10.3", "-^9", ".30f", ".25e", "q", "5.", ",_", "_,", "z5", "zd", "#c",
    ".2d", "=10s", "=^10", "x^^10", "ff", "1_000",
];

const PERCENT_SPECS: &[&str] = &[
    "d", "i", "u", "5d", "-5d", "05d", "-05d", "+d", " d", "+05d", " 05d", ".3d", "8.3d", "-8.3d", "08.3d", "x", "#x",
    "X", "#X", "#08x", "-#8x", "#.5x", "#08.5X", "o", "#o", "#6o", "e", "E", ".0e", "#.0e", "12.4e", "-12.4e", "f",
    ".2f", "#.0f", "010.2f", "-10.2f", "+.3f", " .1f", "+010.2f", "g", "G", "#g", ".3g", "10.3g", "#.3g", "s", "5s",
    "-5s", ".2s", "5.1s", "05s", "+5s", "r", "10r", "a", "c", "5c", "-5c", "05c", "ld", "hd", "Lf", "F", ".0F",
];

/// Rust's answer: the text, or `!ErrorClass: message`.
fn ours_format(value: &Value, spec: &str) -> String {
    if let Err(e) = Spec::parse(spec, value.kind()) {
        return format!("!ValueError: {e}");
    }
    let mut out = String::new();
    let result = match value {
        Value::Int(v) => format_int(&mut out, *v, spec),
        Value::Float(x) => {
            format_double(&mut out, *x, spec);
            Ok(())
        }
        Value::Bool(b) => format_bool(&mut out, *b, spec),
        Value::Str(s) => {
            format_str(&mut out, s, spec);
            Ok(())
        }
    };
    match result {
        Ok(()) => out,
        Err(e) => format!("!{:?}: {}", e.kind, e.message),
    }
}

fn ours_percent(value: &Value, spec: &str) -> String {
    let Some(parsed) = PercentSpec::parse(spec) else { return "!unparsed".into() };
    if let Err(e) = parsed.check(value.kind()) {
        return format!("!TypeError: {e}");
    }
    let mut out = String::new();
    let result = match value {
        Value::Int(v) => percent_int(&mut out, *v, spec),
        Value::Float(x) => percent_double(&mut out, *x, spec),
        Value::Bool(b) => percent_bool(&mut out, *b, spec),
        Value::Str(s) => {
            percent_str(&mut out, s, spec);
            Ok(())
        }
    };
    match result {
        Ok(()) => out,
        Err(e) => format!("!{:?}: {}", e.kind, e.message),
    }
}

fn ours_as_int(x: f64, spec: &str) -> String {
    let mut out = String::new();
    match format_double_as_int(&mut out, x, spec) {
        Ok(()) => out,
        Err(e) => format!("!{:?}: {}", e.kind, e.message),
    }
}

/// One line per case, computed by `python3`; `None` without python3.
fn python(lines: &[String]) -> Option<Vec<String>> {
    let script = format!(
        "import struct, sys\n\
         def show(f):\n    \
             try:\n        r = f()\n    \
             except Exception as e:\n        r = '!' + type(e).__name__ + ': ' + str(e)\n    \
             sys.stdout.write(r.encode('utf-8', 'surrogatepass').hex() + '\\n')\n\
         {}\n",
        lines.join("\n")
    );
    let mut child = match Command::new("python3").arg("-").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn() {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => panic!("cannot run python3: {e}"),
    };
    child.stdin.take().expect("piped").write_all(script.as_bytes()).expect("python3 reads its script");
    let output = child.wait_with_output().expect("python3 runs");
    assert!(output.status.success(), "python3 failed: {}", String::from_utf8_lossy(&output.stderr));
    Some(String::from_utf8(output.stdout).ok()?.lines().map(str::to_string).collect())
}

fn compare(cases: Vec<(String, String, String)>) {
    let lines: Vec<String> = cases.iter().map(|(_, py, _)| format!("show(lambda: {py})")).collect();
    let Some(expected) = python(&lines) else {
        eprintln!("python3 not found: the comparison with CPython is skipped");
        return;
    };
    assert_eq!(expected.len(), cases.len());
    eprintln!("{} cases compared with CPython", cases.len());
    let mut failures = Vec::new();
    for ((what, _, ours), theirs) in cases.iter().zip(&expected) {
        // Error classes are spelled by `ErrorKind`'s Debug, which is the class name.
        if hex(ours) != *theirs {
            let theirs = (0..theirs.len())
                .step_by(2)
                .filter_map(|i| u8::from_str_radix(&theirs[i..i + 2], 16).ok())
                .collect::<Vec<u8>>();
            failures.push(format!("{what}: ours {ours:?}, CPython {:?}", String::from_utf8_lossy(&theirs)));
        }
    }
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn format_matches_cpython() {
    let mut values = ints();
    values.extend(floats());
    values.extend([Value::Bool(true), Value::Bool(false)]);
    values.extend(strs());
    let mut cases = Vec::new();
    for v in &values {
        for spec in SPECS {
            let py = format!("format({}, bytes.fromhex('{}').decode())", v.python(), hex(spec));
            cases.push((format!("format({}, {spec:?})", v.python()), py, ours_format(v, spec)));
        }
    }
    compare(cases);
}

#[test]
fn percent_matches_cpython() {
    let mut values = ints();
    values.extend(floats());
    values.extend([Value::Bool(true), Value::Bool(false)]);
    values.extend(strs());
    let mut cases = Vec::new();
    for v in &values {
        for spec in PERCENT_SPECS {
            if matches!(v, Value::Str(_)) && spec.ends_with('c') {
                continue;
            }
            let py = format!("('%' + bytes.fromhex('{}').decode()) % ({},)", hex(spec), v.python());
            cases.push((format!("'%{spec}' % {}", v.python()), py, ours_percent(v, spec)));
        }
    }
    compare(cases);
}

#[test]
fn double_as_int_matches_cpython() {
    let mut cases = Vec::new();
    for v in floats() {
        let Value::Float(x) = v else { continue };
        for spec in ["", "d", "5d", "<5d", "05d", " d", "<05d", "-5d", "020d"] {
            let py = format!("format(int({}), '{spec}')", v.python());
            cases.push((format!("format(int({x}), {spec:?})"), py, ours_as_int(x, spec)));
        }
    }
    compare(cases);
}

#[test]
fn percent_strings_split_as_python_reads_them() {
    let pieces = parse_percent("a %5.2f%% b %-3d").unwrap();
    assert_eq!(pieces.len(), 4);
    assert_eq!(pieces[0], PercentPiece::Text("a ".into()));
    assert!(matches!(&pieces[1], PercentPiece::Conversion { text, .. } if text == "5.2f"));
    assert_eq!(pieces[2], PercentPiece::Text("% b ".into()));
    assert_eq!(parse_percent("%(x)s"), Err(PercentError::Mapping));
    assert_eq!(parse_percent("%*d"), Err(PercentError::Star));
    assert_eq!(parse_percent("50%"), Err(PercentError::Invalid("incomplete format".into())));
    assert_eq!(
        parse_percent("%q"),
        Err(PercentError::Invalid("unsupported format character 'q' (0x71) at index 1".into()))
    );
}

#[test]
fn repr_of_doubles() {
    for (x, text) in
        [(0.1, "0.1"), (1e16, "1e+16"), (-0.0, "-0.0"), (1e-5, "1e-05"), (123.0, "123.0"), (f64::NAN, "nan")]
    {
        assert_eq!(repr_double(x), text);
    }
}

#[test]
fn c_strings_round_trip() {
    let mut raw = RawStr { data: std::ptr::null_mut(), len: 0, cap: 0 };
    // SAFETY: a zeroed struct, then only these functions touch it.
    unsafe {
        cytrus_str_push(&mut raw, c"x=".as_ptr(), 2);
        assert_eq!(cytrus_str_format_double(&mut raw, 0.5, c".3f".as_ptr()), ());
        assert_eq!(RawStr::text(&raw), "x=0.500");
        cytrus_str_clear(&mut raw);
        assert_eq!(RawStr::text(&raw), "");
        assert_eq!(cytrus_str_format_int(&mut raw, 0x110000, c"c".as_ptr()), -1);
        crate::error::cytrus_err_clear();
        cytrus_str_free(&mut raw);
        assert!(raw.data.is_null());
    }
}
