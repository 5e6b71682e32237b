# repr of many doubles and floats across magnitudes (shortest round-trip, exponent thresholds).
from libc.math cimport sqrt
def main():
    cdef int i
    cdef double x = 1.0
    cdef float f
    for i in range(-24, 24, 3):
        print(i / 7.0 * 10.0 ** i, sqrt(i * i + 0.5) * 10.0 ** (i // 2), end=" ")
        f = <float>(i / 7.0)
        print(f, <float>(10.0 ** i))
    print(1e16, 9999999999999998.0, 1e-4, 1e-5, 123456789012345678.0, 0.1 + 0.7)
    print(2.0 ** -1074, 2.0 ** 1023 * 1.9999999999999998, 1.0 - 2.0 ** -53)
main()
