//! A C program built against `cytrus.h` and the static library: arrays,
//! copies, checks, errors and printing, as generated C code uses them.

#[path = "support/c_toolchain.rs"]
mod c_toolchain;

const PROGRAM: &str = r#"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "cytrus.h"

#define AT(s, i, j) (*(double *)((s).data + (i) * (s).strides[0] + (j) * (s).strides[1]))

static int freed = 0;

static void count_free(void *data) {
    freed++;
    free(data);
}

static void newline(void) { cytrus_print_str("\n"); }

/* Prints the current exception as `except Exception as e: print("caught", e)`. */
static void print_caught(void) {
    cytrus_error *e;
    if (!cytrus_err_matches(CYTRUS_EXCEPTION)) {
        cytrus_print_str("nothing raised\n");
        return;
    }
    e = cytrus_err_fetch();
    cytrus_print_str("caught ");
    cytrus_print_long(cytrus_error_kind(e));
    cytrus_print_str(" ");
    cytrus_error_print(e);
    newline();
    cytrus_error_free(e);
}

int main(void) {
    Py_ssize_t shape[2] = {3, 4};
    Py_ssize_t row_shape[1] = {3};
    Py_ssize_t bad_shape[2] = {3, 0};
    Py_ssize_t small_shape[2] = {2, 3};
    int contiguous_last[2] = {CYTRUS_AXIS_SPEC_FOLLOW, CYTRUS_AXIS_SPEC_CONTIGUOUS};
    cytrus_slice m, f, w, row, none, borrowed, user;
    long memory[6] = {0, 1, 2, 3, 4, 5};
    double half = 0.5;
    int i, j;

    if (cytrus_array_new(&m, 2, shape, sizeof(double), "d", "c", 1) < 0) {
        cytrus_err_print_uncaught();
        return 1;
    }
    cytrus_slice_fill(&m, 2, sizeof(double), &half);
    cytrus_print_double(AT(m, 0, 0));
    cytrus_print_str(" ");
    cytrus_print_double(AT(m, 2, 3));
    newline();
    for (i = 0; i < 3; i++)
        for (j = 0; j < 4; j++)
            AT(m, i, j) = i * 4 + j;
    AT(m, 0, 1) = 1.0 / 3.0;
    AT(m, 0, 2) = 1e16;
    AT(m, 0, 3) = 1e-5;

    /* f = m.copy_fortran() */
    if (cytrus_slice_copy_fortran(&f, &m, 2, sizeof(double)) < 0) {
        cytrus_err_print_uncaught();
        return 1;
    }
    cytrus_print_dims(f.shape);
    cytrus_print_str(" ");
    cytrus_print_dims(f.strides);
    cytrus_print_str(" ");
    cytrus_print_dims(f.suboffsets);
    newline();
    cytrus_print_bint(cytrus_slice_is_c_contig(&f, 2, sizeof(double)));
    cytrus_print_str(" ");
    cytrus_print_bint(cytrus_slice_is_f_contig(&f, 2, sizeof(double)));
    newline();
    for (j = 0; j < 4; j++) {
        cytrus_print_double(AT(f, 0, j));
        cytrus_print_str(j < 3 ? " " : "\n");
    }
    cytrus_print_double(AT(f, 2, 3));
    newline();

    /* w = m; the owner counts two users */
    w = m;
    cytrus_slice_acquire(&w);
    cytrus_print_ulong(m.memview->acquisition_count);
    newline();
    cytrus_slice_release(&w);

    /* acquiring as float[:, ::1] and as double[::1, :] */
    cytrus_slice_check_dtype(&m, 2, "float", sizeof(float), CYTRUS_GROUP_FLOAT);
    print_caught();
    cytrus_print_long(cytrus_slice_check_dtype(&m, 2, "double", sizeof(double), CYTRUS_GROUP_FLOAT));
    cytrus_print_str(" ");
    cytrus_print_long(cytrus_slice_check_axes(&m, 2, sizeof(double), contiguous_last));
    newline();
    cytrus_slice_check_axes(&f, 2, sizeof(double), contiguous_last);
    print_caught();

    /* m[...] = row, broadcasting; then a mismatch */
    if (cytrus_array_new(&row, 1, row_shape, sizeof(double), "d", "c", 1) < 0) return 1;
    cytrus_slice_fill(&row, 1, sizeof(double), &half);
    cytrus_slice_copy_contents(&m, 2, &row, 1, sizeof(double));
    print_caught();
    cytrus_array_new(&none, 2, bad_shape, sizeof(double), "d", "c", 1);
    print_caught();
    cytrus_print_bint(cytrus_slice_is_none(&none));
    newline();

    /* m[:, :] = f (different layouts) */
    cytrus_print_long(cytrus_slice_copy_contents(&m, 2, &f, 2, sizeof(double)));
    newline();
    cytrus_print_double(AT(m, 2, 3));
    newline();

    /* <long[:2:1, :3]>memory */
    cytrus_slice_from_ptr(&borrowed, memory, 2, small_shape, sizeof(long), 1);
    cytrus_print_bint(borrowed.memview == NULL);
    cytrus_print_str(" ");
    cytrus_print_dims(borrowed.strides);
    newline();

    /* cvarray(..., allocate_buffer=False) with data and callback_free_data */
    cytrus_array_new(&user, 1, row_shape, sizeof(double), "d", "c", 0);
    cytrus_array_set_data(&user, malloc(3 * sizeof(double)));
    cytrus_array_set_callback_free_data(&user, count_free);
    cytrus_slice_release(&user);
    cytrus_print_long(freed);
    newline();

    cytrus_print_double(-0.0);
    cytrus_print_str(" ");
    cytrus_print_double(NAN);
    cytrus_print_str(" ");
    cytrus_print_double(-INFINITY);
    cytrus_print_str(" ");
    cytrus_print_double((double)0.1f);
    cytrus_print_str(" ");
    cytrus_print_double(1.5e300);
    newline();
    cytrus_print_long(-7);
    cytrus_print_str(" ");
    cytrus_print_ulong(18446744073709551615ULL);
    cytrus_print_str(" ");
    cytrus_print_int128(-1, 0);
    cytrus_print_str(" ");
    cytrus_print_bint(0);
    newline();

    cytrus_slice_release(&row);
    cytrus_slice_release(&f);
    cytrus_slice_release(&m);

    cytrus_print_str("before noexcept\n");
    cytrus_err_set(CYTRUS_VALUE_ERROR, "ignored");
    cytrus_err_write_unraisable("prog.risky");
    cytrus_print_str("after noexcept\n");
    cytrus_err_set(CYTRUS_INDEX_ERROR, "Out of bounds on buffer access (axis 0)");
    cytrus_err_print_uncaught();
    return 1;
}
"#;

const STDOUT: &str = "\
0.5 0.5
[3, 4, 0, 0, 0, 0, 0, 0] [8, 24, 0, 0, 0, 0, 0, 0] [-1, -1, 0, 0, 0, 0, 0, 0]
False True
0.0 0.3333333333333333 1e+16 1e-05
11.0
2
caught 2 Buffer dtype mismatch, expected 'float' but got 'double'
0 0
caught 2 Buffer and memoryview are not contiguous in the same dimension.
caught 2 got differing extents in dimension 1 (got 4 and 3)
caught 2 Invalid shape in axis 1: 0.
True
0
11.0
True [8, 16, 0, 0, 0, 0, 0, 0]
1
-0.0 nan -inf 0.10000000149011612 1.5e+300
-7 18446744073709551615 -18446744073709551616 False
before noexcept
after noexcept
";

const STDERR: &str = "\
ValueError: ignored
Exception ignored in: 'prog.risky'
Traceback (most recent call last):
  File \"<frozen importlib._bootstrap>\", line 241, in _call_with_frames_removed
ValueError: ignored
IndexError: Out of bounds on buffer access (axis 0)
";

#[test]
fn c_program_uses_arrays_errors_and_print() {
    if !c_toolchain::cc_available() {
        return;
    }
    let lib = c_toolchain::static_lib();
    let output = c_toolchain::compile_and_run("c_api", PROGRAM, &[lib]);
    assert_eq!(String::from_utf8_lossy(&output.stdout), STDOUT);
    assert_eq!(String::from_utf8_lossy(&output.stderr), STDERR);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn stdout_is_flushed_before_stderr() {
    if !c_toolchain::cc_available() {
        return;
    }
    let lib = c_toolchain::static_lib();
    let output = c_toolchain::compile_and_run_merged("c_api_merged", PROGRAM, &[lib]);
    let merged = String::from_utf8_lossy(&output);
    let before = STDOUT.split_once("after noexcept\n").unwrap().0;
    let (report, last) = STDERR.rsplit_once("IndexError").unwrap();
    assert_eq!(merged, format!("{before}{report}after noexcept\nIndexError{last}"));
}
