# libc.math beyond the basics: the float (f-suffixed) functions, the
# integer-returning rounding functions, ldexp/scalbn with an int exponent,
# and classification, with their C types (float results print as floats,
# lround's as integers).
from libc.math cimport (sqrtf, sinf, cosf, expf, logf, powf, fabsf, floorf, ceilf, roundf, truncf,
                        fmodf, hypotf, atan2f, fminf, fmaxf, copysignf, cbrtf, erff, tgammaf,
                        lround, llround, lrint, llrint, lroundf, ilogb, ilogbf, logb, ldexp, ldexpf,
                        scalbn, scalbln, remainder, remainderf, nextafter, nextafterf, fdimf, fmaf,
                        isnan, isinf, isfinite, isnormal, signbit, INFINITY, NAN)

def main():
    cdef float x = 2.0
    cdef float y = -0.75
    cdef double d = 10.5
    cdef int n = 3
    print(sqrtf(x), sinf(x), cosf(y), expf(y), logf(x))
    print(powf(x, 10), fabsf(y), floorf(y), ceilf(y), roundf(y), truncf(y))
    print(fmodf(7.5, x), hypotf(x, y), atan2f(y, x), fminf(x, y), fmaxf(x, y), copysignf(x, y))
    print(cbrtf(27.0), erff(y), tgammaf(5.0), fdimf(x, y), fmaf(x, y, 1.0))
    print(lround(d), lround(-d), llround(2.5e15 + 0.5), lrint(d), lrint(11.5), llrint(-d), lroundf(y))
    print(ilogb(d), ilogbf(x), logb(d), ldexp(0.75, n), ldexpf(y, -n), scalbn(1.0, 10), scalbln(3.0, -2))
    print(remainder(d, 4.0), remainderf(7.0, x), nextafter(1.0, 0.0), nextafterf(1.0, 2.0))
    print(isnan(NAN), isinf(-INFINITY), isinf(d), isfinite(d), isnormal(1e-310), signbit(-0.0))
    cdef float r = sqrtf(n)
    cdef long k = lround(r * 100)
    print(r, k, k // 7, lround(0.5), lround(1.5), lrint(0.5), lrint(1.5))

main()
