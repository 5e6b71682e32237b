/* The benchmark kernels written by hand in C, over raw pointers: the baseline. */
#include <stddef.h>

double hand_sum(const double *a, ptrdiff_t n) {
    double s = 0;
    for (ptrdiff_t i = 0; i < n; i++) s += a[i];
    return s;
}

double hand_dot(const double *a, const double *b, ptrdiff_t n) {
    double s = 0;
    for (ptrdiff_t i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}

void hand_saxpy(double alpha, const double *x, double *y, ptrdiff_t n) {
    for (ptrdiff_t i = 0; i < n; i++) y[i] = alpha * x[i] + y[i];
}

/* c = a @ b; strides in elements, so one function serves both layouts. */
void hand_matmul(const double *a, ptrdiff_t as0, ptrdiff_t as1, const double *b, ptrdiff_t bs0, ptrdiff_t bs1,
                 double *c, ptrdiff_t cs0, ptrdiff_t cs1, ptrdiff_t n, ptrdiff_t m, ptrdiff_t p) {
    for (ptrdiff_t i = 0; i < n; i++)
        for (ptrdiff_t j = 0; j < p; j++) {
            double s = 0;
            for (ptrdiff_t k = 0; k < m; k++) s += a[i * as0 + k * as1] * b[k * bs0 + j * bs1];
            c[i * cs0 + j * cs1] = s;
        }
}

void hand_matmul_c(const double *a, const double *b, double *c, ptrdiff_t n, ptrdiff_t m, ptrdiff_t p) {
    for (ptrdiff_t i = 0; i < n; i++)
        for (ptrdiff_t j = 0; j < p; j++) {
            double s = 0;
            for (ptrdiff_t k = 0; k < m; k++) s += a[i * m + k] * b[k * p + j];
            c[i * p + j] = s;
        }
}

void hand_stencil(const double *src, double *dst, ptrdiff_t rows, ptrdiff_t cols) {
    for (ptrdiff_t i = 1; i < rows - 1; i++)
        for (ptrdiff_t j = 1; j < cols - 1; j++)
            dst[i * cols + j] = 0.25 * (src[(i - 1) * cols + j] + src[(i + 1) * cols + j] + src[i * cols + j - 1]
                                        + src[i * cols + j + 1]) - src[i * cols + j];
}

/* Column sums of m.T, that is row sums of m walked column by column. */
void hand_colsum_t(const double *m, double *out, ptrdiff_t rows, ptrdiff_t cols) {
    /* t = m.T has shape (cols, rows); out[j] = sum_i t[i, j] = sum_i m[j, i]. */
    for (ptrdiff_t j = 0; j < rows; j++) out[j] = 0;
    for (ptrdiff_t i = 0; i < cols; i++)
        for (ptrdiff_t j = 0; j < rows; j++) out[j] += m[j * cols + i];
}

void hand_colsum_step(const double *m, double *out, ptrdiff_t rows, ptrdiff_t cols) {
    ptrdiff_t half = (cols + 1) / 2;
    for (ptrdiff_t j = 0; j < half; j++) out[j] = 0;
    for (ptrdiff_t i = 0; i < rows; i++)
        for (ptrdiff_t j = 0; j < half; j++) out[j] += m[i * cols + 2 * j];
}

double hand_window_sums(const double *a, ptrdiff_t n) {
    double total = 0;
    for (ptrdiff_t i = 0; i < n - 8; i++) {
        const double *w = a + i;
        for (int k = 0; k < 8; k++) total += w[k];
    }
    return total;
}
