/* A small C library of the test suite's own: vector kernels over doubles,
   a call counter, a version macro and an enum. */
#ifndef VECOPS_H
#define VECOPS_H

#define VECOPS_VERSION 3

enum vec_mode { VEC_SUM = 1, VEC_MAX = 2 };

typedef double vreal;

extern int vecops_calls;

double vec_dot(const double *a, const double *b, int n);
void vec_scale(double *a, int n, vreal k);
int vec_argmax(const double *a, int n);
double vec_reduce(const double *a, int n, int mode);

#endif
