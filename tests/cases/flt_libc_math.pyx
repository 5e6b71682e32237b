# libc.math functions on edge values.
from libc.math cimport sqrt, fabs, floor, ceil, round, trunc, fmod, copysign, exp, log, pow, hypot, atan2, INFINITY, NAN, M_PI
def main():
    print(sqrt(-1.0), sqrt(4.0), sqrt(2.0), fabs(-0.0))
    print(floor(-2.5), ceil(-2.5), round(2.5), round(-2.5), trunc(-2.7))
    print(fmod(-7.0, 3.0), fmod(7.0, -3.0), copysign(1.0, -0.0))
    print(exp(0.0), log(1.0), log(0.0), log(-1.0))
    print(pow(2.0, 10), pow(-8.0, 1.0/3), pow(0.0, -1.0), pow(-2.0, 3))
    print(hypot(3.0, 4.0), atan2(0.0, -1.0), atan2(-0.0, -1.0), M_PI)
    cdef float f = 2.0
    print(sqrt(f), floor(f / 3))
    print(exp(1000.0), exp(-1000.0), floor(INFINITY), ceil(NAN))
main()
