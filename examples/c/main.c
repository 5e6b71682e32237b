/* Calls kernels compiled by cytrus from plain C. Build: ./build.sh */
#include <stdio.h>

#include "cytrus.h"
#include "kernels.h"

/* Reports the error a call raised: "what: ValueError: ..." (then clears it). */
static void report(const char *what) {
    if (cytrus_err_occurred()) {
        printf("%s: ", what);
        fflush(stdout);
        cytrus_err_print_uncaught();   /* "ValueError: ..." on stderr; clears it */
    } else {
        printf("%s: no error\n", what);
    }
}

int main(void) {
    /* No setup call: each _checked function runs the module's top-level code
     * the first time (kernels_init(), which the unsuffixed functions need). */

    /* Each view is described as a buffer: the element type of the pointer
     * gives its format, the shape its extents (C order). No copy is made. */
    double a[4] = {1, 2, 3, 4}, b[4] = {0.5, 0.5, 0.5, 0.5};
    Py_ssize_t n = 4;
    cytrus_buffer va = cytrus_buffer_of(a, 1, &n), vb = cytrus_buffer_of(b, 1, &n);
    double d = kernels_dot_checked(&va, &vb);
    if (cytrus_err_occurred()) { cytrus_err_print_uncaught(); return 1; }
    printf("dot = %g\n", d);

    /* An error comes back through the error indicator. */
    Py_ssize_t three = 3;
    cytrus_buffer short_b = cytrus_buffer_of(b, 1, &three);
    kernels_dot_checked(&va, &short_b);
    if (cytrus_err_occurred()) {
        printf("dot on different lengths raised, as expected\n");
        cytrus_err_clear();
    }

    /* A buffer that does not fit the parameter is refused as Cython refuses it. */
    int values[6] = {5, 1, 9, 3, 7, 2};
    Py_ssize_t six = 6, shape[2] = {2, 3};
    cytrus_buffer ints = cytrus_buffer_of(values, 2, shape);
    kernels_scale_rows_checked(&ints, 10.0);
    report("scale_rows on ints");

    /* So are the wrong number of dimensions, a layout that is not C-contiguous
     * (the transpose of a 2x3 matrix) and read-only memory to a writable view. */
    double flat[6] = {0, 1, 2, 3, 4, 5};
    cytrus_buffer vflat = cytrus_buffer_of(flat, 1, &six);
    kernels_scale_rows_checked(&vflat, 10.0);
    report("scale_rows on a 1-D buffer");
    Py_ssize_t tshape[2] = {3, 2};
    cytrus_buffer vt = cytrus_buffer_of(flat, 2, tshape);
    vt.strides[0] = sizeof(double);
    vt.strides[1] = 3 * sizeof(double);
    kernels_scale_rows_checked(&vt, 10.0);
    report("scale_rows on a transposed matrix");
    cytrus_buffer vro = cytrus_buffer_of(flat, 2, shape);
    vro.readonly = 1;
    kernels_scale_rows_checked(&vro, 10.0);
    report("scale_rows on read-only memory");

    /* A 2-D C-contiguous matrix. */
    double m[6] = {0, 1, 2, 3, 4, 5};
    cytrus_buffer vm = cytrus_buffer_of(m, 2, shape);
    kernels_scale_rows_checked(&vm, 10.0);
    if (cytrus_err_occurred()) { cytrus_err_print_uncaught(); return 1; }
    printf("m[1, 2] = %g\n", m[5]);

    /* const int[:] takes read-only memory. */
    cytrus_buffer vv = cytrus_buffer_of(values, 1, &six);
    vv.readonly = 1;
    printf("above 4: %ld\n", kernels_count_above_checked(&vv, 4));

    /* A double ** matrix: an indirect view follows the row pointers. */
    double r0[3] = {1, 2, 3}, r1[3] = {4, 5, 6}, r2[3] = {7, 8, 9};
    double *rows[3] = {r0, r1, r2};
    cytrus_slice s;
    if (cytrus_slice_from_row_pointers(&s, (void **)rows, 3, 3, sizeof(double)) < 0) return 1;
    cytrus_buffer vr = cytrus_buffer_from_slice(&s, 2, "d", sizeof(double));
    printf("trace = %g\n", kernels_trace_checked(&vr));
    return 0;
}
