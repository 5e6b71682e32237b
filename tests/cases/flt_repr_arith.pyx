# repr of float/double arithmetic results.
def main():
    cdef double a = 0.1, b = 0.2
    print(a + b, a * 3, 1.0 / 3, 2.0 / 3, 1e300 * 1e10, -1e300 * 1e10)
    cdef float f = 0.1
    cdef float g = 3.0
    print(f, g / 7, f + f, f * g)
    print(1e16, 1e15, 123456789.0 * 10, 1.5e-7, 0.0001, 0.00001)
    cdef double z = 0.0
    print(-z, z * -1, 1e-320, 5e-324, 1.7976931348623157e308)
    cdef float big = 3.4e38
    print(big * 10, big)
    print(100.0, 1e22, 1e23, 2.5, -0.5)
    cdef int i = 7
    print(i / 2, i * 0.5, i + 0.25)
main()
