/* Hand-written OpenMP C for the kernels of prange_kernels.pyx, as a C
   programmer writes them: raw pointers, no checks, `omp parallel for`. */
#include <stddef.h>

double hand_psum(const double *a, ptrdiff_t n, int threads) {
    double s = 0;
    #pragma omp parallel for reduction(+:s) num_threads(threads)
    for (ptrdiff_t i = 0; i < n; i++) s += a[i];
    return s;
}

double hand_pdot(const double *a, const double *b, ptrdiff_t n, int threads) {
    double s = 0;
    #pragma omp parallel for reduction(+:s) num_threads(threads)
    for (ptrdiff_t i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}

void hand_psaxpy(double alpha, const double *x, double *y, ptrdiff_t n, int threads) {
    #pragma omp parallel for num_threads(threads)
    for (ptrdiff_t i = 0; i < n; i++) y[i] = alpha * x[i] + y[i];
}

void hand_pmatmul(const double *a, const double *b, double *c, ptrdiff_t n, ptrdiff_t m, ptrdiff_t p, int threads) {
    #pragma omp parallel for num_threads(threads)
    for (ptrdiff_t i = 0; i < n; i++)
        for (ptrdiff_t j = 0; j < p; j++) {
            double s = 0;
            for (ptrdiff_t k = 0; k < m; k++) s += a[i * m + k] * b[k * p + j];
            c[i * p + j] = s;
        }
}

void hand_pstencil(const double *src, double *dst, ptrdiff_t n, ptrdiff_t m, int threads) {
    #pragma omp parallel for num_threads(threads)
    for (ptrdiff_t i = 1; i < n - 1; i++)
        for (ptrdiff_t j = 1; j < m - 1; j++)
            dst[i * m + j] = 0.25 * (src[(i - 1) * m + j] + src[(i + 1) * m + j] + src[i * m + j - 1] + src[i * m + j + 1]) - src[i * m + j];
}

void hand_pwindows(const double *a, double *out, ptrdiff_t n, ptrdiff_t w, int threads) {
    #pragma omp parallel for num_threads(threads)
    for (ptrdiff_t i = 0; i < n - w + 1; i++) {
        double s = 0;
        for (ptrdiff_t k = 0; k < w; k++) s += a[i + k];
        out[i] = s;
    }
}

void hand_prows(const double *x, const double *coef, double *out, ptrdiff_t n, ptrdiff_t m, int threads) {
    #pragma omp parallel for num_threads(threads)
    for (ptrdiff_t i = 0; i < n; i++) {
        double s = 0;
        for (ptrdiff_t j = 0; j < m; j++) s += x[i * m + j] * coef[j];
        out[i] = s;
    }
}
