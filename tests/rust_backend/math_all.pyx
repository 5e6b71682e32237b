from cython.view cimport array as cvarray
from libc.math cimport sqrt, cbrt, fabs, exp, exp2, expm1, log, log2, log10, log1p, pow, sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh, asinh, acosh, atanh, floor, ceil, round, trunc, fmod, fmin, fmax, hypot, copysign, erf, erfc, tgamma, lgamma, isnan, isinf, isfinite, signbit, fdim, fma, nearbyint, rint, INFINITY, NAN, M_PI, M_E, M_SQRT2, M_LN2

def main():
    # Inputs come through memory after a runtime call, so that neither C
    # compiler folds the calls at compile time (gcc would round with MPFR).
    cdef double[:] inputs = cvarray(shape=(3,), itemsize=sizeof(double), format="d")
    inputs[0] = 0.7
    inputs[1] = -2.5
    inputs[2] = 1.3
    print("inputs")
    cdef double x = inputs[0]
    cdef double y = inputs[1]
    cdef float fx = inputs[2]
    print(sqrt(x), cbrt(y), fabs(y), exp(x), exp2(x), expm1(x))
    print(log(x), log2(x), log10(x), log1p(x), pow(x, y), pow(fx, 2))
    print(sin(x), cos(x), tan(x), asin(x), acos(x), atan(x), atan2(x, y))
    print(sinh(x), cosh(x), tanh(x), asinh(x), acosh(1.5), atanh(x))
    print(floor(y), ceil(y), round(y), trunc(y), fmod(7.5, y), fmin(x, y), fmax(x, NAN))
    print(hypot(3.0, 4.0), copysign(x, y), erf(x), erfc(x), tgamma(x), lgamma(y))
    print(isnan(NAN), isinf(-INFINITY), isinf(INFINITY), isfinite(x), signbit(y), fdim(x, y), fma(x, y, 1.0))
    print(nearbyint(2.5), rint(3.5), M_PI, M_E, M_SQRT2, M_LN2, fx, fx * fx)

main()
