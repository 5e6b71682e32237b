//! The algorithms `cytrus.h` keeps inline for C output (a call per slice or
//! per Python-int operation would cost C output speed) are the runtime's
//! Rust ones, case for case: a C program runs the header's functions over a
//! table of edge cases, and the Rust functions that Rust output calls must
//! print the same lines. The functions the header only declares run through
//! the static library, which checks their C signatures against the Rust ones.

#[path = "support/c_toolchain.rs"]
mod c_toolchain;

use std::fmt::Write;

use cytrus_runtime::codegen;
use cytrus_runtime::Slice;

// ---- slicing one axis --------------------------------------------------------

/// One call of `slice_axis`: the axis being sliced and the subscript item.
#[derive(Clone, Copy)]
struct AxisCase {
    shape: isize,
    stride: isize,
    suboffset: isize,
    new_ndim: i32,
    suboffset_dim: i32,
    start: isize,
    stop: isize,
    step: isize,
    have_start: bool,
    have_stop: bool,
    have_step: bool,
    is_slice: bool,
}

/// Every extent 0..=5 against every index, and every start/stop/step (each
/// present or not; negative, in range, past either end, the extremes),
/// then the indirect-axis cases (pointers followed, offsets kept for later).
fn axis_cases() -> Vec<AxisCase> {
    let bounds: Vec<isize> = (-7..=7).chain([isize::MIN, isize::MIN + 1, isize::MAX]).collect();
    let steps: Vec<isize> = (-3..=3).chain([isize::MIN, isize::MAX]).collect();
    let direct = AxisCase {
        shape: 0,
        stride: 8,
        suboffset: -1,
        new_ndim: 1,
        suboffset_dim: -1,
        start: 0,
        stop: 0,
        step: 0,
        have_start: false,
        have_stop: false,
        have_step: false,
        is_slice: false,
    };
    let mut cases = Vec::new();
    for shape in 0..=5 {
        for &start in &bounds {
            cases.push(AxisCase { shape, start, ..direct });
        }
        for have_start in [false, true] {
            for have_stop in [false, true] {
                for have_step in [false, true] {
                    let starts = if have_start { &bounds[..] } else { &[0][..] };
                    let stops = if have_stop { &bounds[..] } else { &[0][..] };
                    let step_values = if have_step { &steps[..] } else { &[0][..] };
                    for &start in starts {
                        for &stop in stops {
                            for &step in step_values {
                                cases.push(AxisCase {
                                    shape,
                                    start,
                                    stop,
                                    step,
                                    have_start,
                                    have_stop,
                                    have_step,
                                    is_slice: true,
                                    ..direct
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    // An axis of pointers (`view.indirect`), 3 long, its pointers 8 bytes apart
    // (`data` points at them); and a direct axis after an indirect one was sliced.
    for suboffset in [-1, 0, 16] {
        for suboffset_dim in [-1, 0] {
            for new_ndim in [0, 1] {
                for start in [-4, -1, 0, 2, 3] {
                    let axis = AxisCase { shape: 3, suboffset, new_ndim, suboffset_dim, start, ..direct };
                    cases.push(axis);
                    cases.push(AxisCase {
                        stop: 3,
                        step: 1,
                        have_start: true,
                        have_stop: true,
                        is_slice: true,
                        ..axis
                    });
                }
            }
        }
    }
    cases
}

/// The line both sides print for one call: its arguments, then the status,
/// `data`'s offset (from the pool of rows when an indirect index followed a
/// pointer, else from where it started), the new axis, `suboffsets[0]`, the
/// new `suboffset_dim`, and the error raised (`kind message`), if any.
#[allow(clippy::too_many_arguments)]
fn axis_line(
    case: &AxisCase,
    status: i32,
    followed: bool,
    offset: i64,
    axis: (isize, isize, isize),
    suboffset0: isize,
    suboffset_dim: i32,
    error: Option<(i32, String)>,
) -> String {
    let flag = |b: bool| u8::from(b);
    let mut line = format!(
        "slice {} {} {} {} {} {} {} {} {}{}{}{} -> {status} {} {offset} {} {} {} {suboffset0} {suboffset_dim}",
        case.shape,
        case.stride,
        case.suboffset,
        case.new_ndim,
        case.suboffset_dim,
        case.start,
        case.stop,
        case.step,
        flag(case.have_start),
        flag(case.have_stop),
        flag(case.have_step),
        flag(case.is_slice),
        if followed { "pool" } else { "data" },
        axis.0,
        axis.1,
        axis.2,
    );
    if let Some((kind, message)) = error {
        write!(line, " error {kind} {message}").unwrap();
    }
    line
}

/// The Rust side: `codegen::slice_axis`, as Rust output calls it.
fn rust_axis_lines(cases: &[AxisCase]) -> Vec<String> {
    let mut pool = [0u8; 1024];
    let pool_start = pool.as_mut_ptr();
    let mut rows: Vec<*mut u8> = (0..6).map(|i| pool_start.wrapping_add(100 * i)).collect();
    let rows_start = rows.as_mut_ptr().cast::<u8>();
    cases
        .iter()
        .map(|case| {
            let mut dst = Slice::none();
            dst.data = rows_start;
            dst.suboffsets[0] = 1000;
            let mut suboffset_dim = case.suboffset_dim;
            // SAFETY: an indirect index reads one of the 6 row pointers `data` points at.
            let status = unsafe {
                codegen::slice_axis(
                    &mut dst,
                    case.shape,
                    case.stride,
                    case.suboffset,
                    2,
                    case.new_ndim,
                    &mut suboffset_dim,
                    case.start,
                    case.stop,
                    case.step,
                    case.have_start.into(),
                    case.have_stop.into(),
                    case.have_step.into(),
                    case.is_slice.into(),
                )
            };
            let followed = status == 0 && !case.is_slice && case.suboffset >= 0 && case.new_ndim == 0;
            let base = if followed { pool_start } else { rows_start };
            let offset = (dst.data as i64).wrapping_sub(base as i64);
            let n = case.new_ndim as usize;
            let error = codegen::fetch_error().map(|e| (e.kind as i32, e.message));
            axis_line(
                case,
                status,
                followed,
                offset,
                (dst.shape[n], dst.strides[n], dst.suboffsets[n]),
                dst.suboffsets[0],
                suboffset_dim,
                error,
            )
        })
        .collect()
}

/// The C side: a program whose table is `cases`, calling `cytrus_slice_axis`.
fn c_axis_program(cases: &[AxisCase]) -> String {
    let column = |f: &dyn Fn(&AxisCase) -> String| cases.iter().map(f).collect::<Vec<_>>().join(",");
    // isize::MIN has no literal in C: spell it as an expression.
    let ssize = |v: isize| if v == isize::MIN { "(-9223372036854775807L - 1)".to_string() } else { format!("{v}L") };
    format!(
        r#"#include <stdint.h>
#include "cytrus.h"

#define N {count}
static const Py_ssize_t shape[N] = {{{shape}}};
static const Py_ssize_t stride[N] = {{{stride}}};
static const Py_ssize_t suboffset[N] = {{{suboffset}}};
static const int new_ndim[N] = {{{new_ndim}}};
static const int suboffset_dim[N] = {{{suboffset_dim}}};
static const Py_ssize_t start[N] = {{{start}}};
static const Py_ssize_t stop[N] = {{{stop}}};
static const Py_ssize_t step[N] = {{{step}}};
static const int have_start[N] = {{{have_start}}};
static const int have_stop[N] = {{{have_stop}}};
static const int have_step[N] = {{{have_step}}};
static const int is_slice[N] = {{{is_slice}}};

static void num(long long x) {{
    cytrus_print_str(" ");
    cytrus_print_long(x);
}}

int main(void) {{
    static char pool[1024];
    char *rows[6];
    int i;
    for (i = 0; i < 6; i++) rows[i] = pool + 100 * i;
    for (i = 0; i < N; i++) {{
        cytrus_slice dst = cytrus_slice_none();
        int sdim = suboffset_dim[i];
        int status, followed, n = new_ndim[i];
        char *base;
        dst.data = (char *)rows;
        dst.suboffsets[0] = 1000;
        status = cytrus_slice_axis(&dst, shape[i], stride[i], suboffset[i], 2, n, &sdim, start[i], stop[i],
                                   step[i], have_start[i], have_stop[i], have_step[i], is_slice[i]);
        followed = status == 0 && !is_slice[i] && suboffset[i] >= 0 && n == 0;
        base = followed ? pool : (char *)rows;
        cytrus_print_str("slice");
        num(shape[i]); num(stride[i]); num(suboffset[i]); num(n); num(suboffset_dim[i]);
        num(start[i]); num(stop[i]); num(step[i]);
        cytrus_print_str(" ");
        cytrus_print_long(have_start[i]); cytrus_print_long(have_stop[i]);
        cytrus_print_long(have_step[i]); cytrus_print_long(is_slice[i]);
        cytrus_print_str(" ->");
        num(status);
        cytrus_print_str(followed ? " pool" : " data");
        num((long long)((uintptr_t)dst.data - (uintptr_t)base));
        num(dst.shape[n]); num(dst.strides[n]); num(dst.suboffsets[n]); num(dst.suboffsets[0]); num(sdim);
        if (cytrus_err_occurred()) {{
            cytrus_error *e = cytrus_err_fetch();
            cytrus_print_str(" error");
            num(cytrus_error_kind(e));
            cytrus_print_str(" ");
            cytrus_error_print(e);
            cytrus_error_free(e);
        }}
        cytrus_print_str("\n");
    }}
    cytrus_flush_stdout();
    return 0;
}}
"#,
        count = cases.len(),
        shape = column(&|c| ssize(c.shape)),
        stride = column(&|c| ssize(c.stride)),
        suboffset = column(&|c| ssize(c.suboffset)),
        new_ndim = column(&|c| c.new_ndim.to_string()),
        suboffset_dim = column(&|c| c.suboffset_dim.to_string()),
        start = column(&|c| ssize(c.start)),
        stop = column(&|c| ssize(c.stop)),
        step = column(&|c| ssize(c.step)),
        have_start = column(&|c| u8::from(c.have_start).to_string()),
        have_stop = column(&|c| u8::from(c.have_stop).to_string()),
        have_step = column(&|c| u8::from(c.have_step).to_string()),
        is_slice = column(&|c| u8::from(c.is_slice).to_string()),
    )
}

#[test]
fn slice_axis_is_the_same_in_c_and_rust() {
    if !c_toolchain::cc_available() {
        return;
    }
    let cases = axis_cases();
    assert!(cases.len() > 20_000, "{} cases", cases.len());
    let expected = rust_axis_lines(&cases);
    let output =
        c_toolchain::compile_and_run("c_inline_slice_axis", &c_axis_program(&cases), &[c_toolchain::static_lib()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    compare(&expected, &String::from_utf8(output.stdout).unwrap());
}

// ---- Python ints in 128 bits ---------------------------------------------------

/// The operations of `cytrus_i128_*` / `codegen::i128_*`.
const OPS: [&str; 8] = ["add", "sub", "mul", "floordiv", "mod", "truediv", "pow", "shl"];

/// The edge cases: the extremes, 0, ±1, small numbers, and around the powers
/// of two where a 64-bit, a double's or the 128-bit range ends; plus
/// quotients that round to even exactly halfway (truediv).
fn int128_values() -> Vec<i128> {
    let mut values = vec![i128::MIN, i128::MIN + 1, i128::MAX, i128::MAX - 1, i128::MAX / 3, 0, 3, 7, 10];
    for k in [0, 1, 31, 32, 52, 53, 54, 62, 63, 64, 65, 100, 125, 126] {
        let p = 1i128 << k;
        values.extend([p - 1, p, p + 1]);
    }
    values.extend([(1 << 54) + 2, (1 << 54) + 3, (1 << 54) + 6, 3 * (1 << 60) + 1]);
    let negated: Vec<i128> = values.iter().filter_map(|v| v.checked_neg()).collect();
    values.extend(negated);
    values.sort_unstable();
    values.dedup();
    values
}

/// The operand pairs of each operation; division's zero divisor and
/// pow's negative exponent are the caller's to rule out (true division
/// checks `b != 0` first, `**` with a negative exponent is refused before).
fn int128_cases() -> Vec<(usize, i128, i128)> {
    let values = int128_values();
    let mut cases = Vec::new();
    for (op, name) in OPS.iter().enumerate() {
        let (lefts, rights): (Vec<i128>, Vec<i128>) = match *name {
            "pow" => (values.clone(), (0..=130).chain([i128::MAX]).collect()),
            "shl" => (values.clone(), (-2..=130).chain([i128::MIN, i128::MAX]).collect()),
            _ => (values.clone(), values.clone()),
        };
        for &a in &lefts {
            for &b in &rights {
                if *name == "truediv" && b == 0 {
                    continue;
                }
                cases.push((op, a, b));
            }
        }
    }
    cases
}

/// The Rust side: `codegen::i128_*`, as Rust output calls them.
fn rust_int128_lines(cases: &[(usize, i128, i128)]) -> Vec<String> {
    cases
        .iter()
        .map(|&(op, a, b)| {
            let mut out = 0i128;
            let result = match OPS[op] {
                "add" => codegen::i128_add(a, b, &mut out),
                "sub" => codegen::i128_sub(a, b, &mut out),
                "mul" => codegen::i128_mul(a, b, &mut out),
                "floordiv" => codegen::i128_floordiv(a, b, &mut out),
                "mod" => codegen::i128_mod(a, b, &mut out),
                "pow" => codegen::i128_pow(a, b, &mut out),
                "shl" => codegen::i128_shl(a, b, &mut out),
                "truediv" => return format!("{} {a} {b} -> bits {}", OPS[op], codegen::i128_truediv(a, b).to_bits()),
                other => unreachable!("{other}"),
            };
            match codegen::fetch_error() {
                Some(e) => format!("{} {a} {b} -> {result} error {} {}", OPS[op], e.kind as i32, e.message),
                None => format!("{} {a} {b} -> {result} {out}", OPS[op]),
            }
        })
        .collect()
}

/// The C side: a program whose table is `cases`, calling `cytrus_i128_*`.
fn c_int128_program(cases: &[(usize, i128, i128)]) -> String {
    let halves = |v: i128| format!("{{{}LL, {}ULL}}", (v >> 64) as i64, v as u64);
    // i64::MIN has no literal in C: spell it as an expression.
    let fix = |s: String| s.replace("{-9223372036854775808LL", "{(-9223372036854775807LL - 1)");
    let table: Vec<String> =
        cases.iter().map(|&(op, a, b)| fix(format!("{{{op}, {}, {}}}", halves(a), halves(b)))).collect();
    let names: Vec<String> = OPS.iter().map(|n| format!("\"{n}\"")).collect();
    format!(
        r#"#include <string.h>
#include "cytrus.h"

struct halves {{ long long high; unsigned long long low; }};
struct int128_case {{ int op; struct halves a, b; }};
static const char *const names[] = {{{names}}};
static const struct int128_case cases[] = {{
{table}
}};

static cytrus_i128 join(struct halves h) {{
    return (cytrus_i128)(((cytrus_u128)(unsigned long long)h.high << 64) | h.low);
}}

static void print_i128(cytrus_i128 v) {{
    cytrus_print_int128((long long)(v >> 64), (unsigned long long)v);
}}

int main(void) {{
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {{
        cytrus_i128 a = join(cases[i].a), b = join(cases[i].b), out = 0;
        int status = 0;
        cytrus_print_str(names[cases[i].op]);
        cytrus_print_str(" ");
        print_i128(a);
        cytrus_print_str(" ");
        print_i128(b);
        cytrus_print_str(" -> ");
        switch (cases[i].op) {{
        case 0: status = cytrus_i128_add(a, b, &out); break;
        case 1: status = cytrus_i128_sub(a, b, &out); break;
        case 2: status = cytrus_i128_mul(a, b, &out); break;
        case 3: status = cytrus_i128_floordiv(a, b, &out); break;
        case 4: status = cytrus_i128_mod(a, b, &out); break;
        case 5: {{
            double q = cytrus_i128_truediv(a, b);
            unsigned long long bits;
            memcpy(&bits, &q, sizeof bits);
            cytrus_print_str("bits ");
            cytrus_print_ulong(bits);
            cytrus_print_str("\n");
            continue;
        }}
        case 6: status = cytrus_i128_pow(a, b, &out); break;
        case 7: status = cytrus_i128_shl(a, b, &out); break;
        }}
        cytrus_print_long(status);
        if (cytrus_err_occurred()) {{
            cytrus_error *e = cytrus_err_fetch();
            cytrus_print_str(" error ");
            cytrus_print_long(cytrus_error_kind(e));
            cytrus_print_str(" ");
            cytrus_error_print(e);
            cytrus_error_free(e);
        }} else {{
            cytrus_print_str(" ");
            print_i128(out);
        }}
        cytrus_print_str("\n");
    }}
    cytrus_flush_stdout();
    return 0;
}}
"#,
        names = names.join(", "),
        table = table.join(",\n"),
    )
}

#[test]
fn int128_operations_are_the_same_in_c_and_rust() {
    if !c_toolchain::cc_available() {
        return;
    }
    let cases = int128_cases();
    let expected = rust_int128_lines(&cases);
    let output =
        c_toolchain::compile_and_run("c_inline_int128", &c_int128_program(&cases), &[c_toolchain::static_lib()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    compare(&expected, &String::from_utf8(output.stdout).unwrap());
}

/// The C program's lines are `expected`; the first few differences are shown.
fn compare(expected: &[String], got: &str) {
    let got: Vec<&str> = got.lines().collect();
    let differing: Vec<String> = expected
        .iter()
        .zip(&got)
        .filter(|(e, g)| e != g)
        .take(10)
        .map(|(e, g)| format!("  Rust: {e}\n  C:    {g}"))
        .collect();
    assert!(differing.is_empty(), "C and Rust differ:\n{}", differing.join("\n"));
    assert_eq!(got.len(), expected.len(), "the C program printed {} lines for {} cases", got.len(), expected.len());
}
