# libc.math functions called with integer arguments; return types printed.
from libc.math cimport sqrt, fabs, floor, ceil, pow, isnan, isinf, fmod, exp2, cbrt, log2, signbit, NAN
def main():
    cdef int n = 9
    cdef long long big = 9007199254740993
    print(sqrt(n), sqrt(2), fabs(-n), floor(n), ceil(-n))
    print(pow(n, 2), pow(2, -1), fmod(n, 4), fmod(-n, 4))
    print(isnan(NAN) + 1, isinf(<double>n), isnan(NAN) == 0)
    print(exp2(10), cbrt(-27.0), log2(1024))
    print(signbit(-0.0) != 0, signbit(1.0))
    print(fabs(big), floor(big), sqrt(big) > 0)
    cdef float f = 2
    print(sqrt(f), pow(f, 0.5))
main()
