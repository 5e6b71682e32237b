# inf/nan in comparisons, min/max, arithmetic.
from libc.math cimport INFINITY, NAN, isnan, isinf, fmin, fmax
def main():
    cdef double inf = INFINITY
    cdef double nan = NAN
    print(inf, -inf, nan, inf - inf, inf * 0)
    print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308)
    print(min(nan, 1.0), min(1.0, nan), max(nan, 1.0), max(1.0, nan))
    print(fmin(nan, 1.0), fmax(1.0, nan), min(inf, -inf))
    print(isnan(nan), isinf(-inf), isnan(inf), isinf(nan))
    cdef float fi = inf
    print(fi, <float>nan, -fi)
    print(1.0 / inf, -1.0 / inf, inf // 1, inf % 2)
    print(abs(-inf), abs(nan), nan == inf)
main()
