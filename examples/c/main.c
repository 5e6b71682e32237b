/* Calls kernels compiled by cytrus from plain C. Build: ./build.sh */
#include <stdio.h>

#include "cytrus.h"
#include "kernels.h"

int main(void) {
    if (kernels_init() < 0) { cytrus_err_print_uncaught(); return 1; }

    /* Views over C memory: the runtime fills in shape and strides. */
    double a[4] = {1, 2, 3, 4}, b[4] = {0.5, 0.5, 0.5, 0.5};
    Py_ssize_t n = 4;
    cytrus_slice va, vb;
    if (cytrus_slice_from_ptr(&va, a, 1, &n, sizeof(double), 0) < 0) return 1;
    if (cytrus_slice_from_ptr(&vb, b, 1, &n, sizeof(double), 0) < 0) return 1;
    double d = kernels_dot(va, vb);
    if (cytrus_err_occurred()) { cytrus_err_print_uncaught(); return 1; }
    printf("dot = %g\n", d);

    /* An error comes back through the error indicator. */
    Py_ssize_t three = 3;
    cytrus_slice short_b;
    cytrus_slice_from_ptr(&short_b, b, 1, &three, sizeof(double), 0);
    kernels_dot(va, short_b);
    if (cytrus_err_occurred()) {
        printf("dot on different lengths raised, as expected\n");
        cytrus_err_clear();
    }

    /* A 2-D array owned by the runtime, as cython.view.array makes it. */
    Py_ssize_t shape[2] = {2, 3};
    cytrus_slice m;
    if (cytrus_array_new(&m, 2, shape, sizeof(double), "d", "c", 1) < 0) { cytrus_err_print_uncaught(); return 1; }
    for (int i = 0; i < 6; i++) ((double *)m.data)[i] = i;
    kernels_scale_rows(m, 10.0);
    if (cytrus_err_occurred()) { cytrus_err_print_uncaught(); return 1; }
    printf("m[1, 2] = %g\n", ((double *)m.data)[5]);
    cytrus_slice_release(&m);

    int values[6] = {5, 1, 9, 3, 7, 2};
    Py_ssize_t six = 6;
    cytrus_slice vv;
    cytrus_slice_from_ptr(&vv, values, 1, &six, sizeof(int), 0);
    printf("above 4: %ld\n", kernels_count_above(vv, 4));

    /* A double ** matrix: an indirect view follows the row pointers. */
    double r0[3] = {1, 2, 3}, r1[3] = {4, 5, 6}, r2[3] = {7, 8, 9};
    double *rows[3] = {r0, r1, r2};
    cytrus_slice vm;
    if (cytrus_slice_from_row_pointers(&vm, (void **)rows, 3, 3, sizeof(double)) < 0) return 1;
    printf("trace = %g\n", kernels_trace(vm));
    return 0;
}
