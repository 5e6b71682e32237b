#include "vecops.h"

int vecops_calls = 0;

double vec_dot(const double *a, const double *b, int n) {
    double s = 0;
    vecops_calls++;
    for (int i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}

void vec_scale(double *a, int n, vreal k) {
    vecops_calls++;
    for (int i = 0; i < n; i++) a[i] *= k;
}

int vec_argmax(const double *a, int n) {
    int best = 0;
    vecops_calls++;
    for (int i = 1; i < n; i++) if (a[i] > a[best]) best = i;
    return n > 0 ? best : -1;
}

double vec_reduce(const double *a, int n, int mode) {
    double r = mode == VEC_MAX ? a[0] : 0;
    vecops_calls++;
    for (int i = 0; i < n; i++) {
        if (mode == VEC_SUM) r += a[i];
        else if (a[i] > r) r = a[i];
    }
    return r;
}
