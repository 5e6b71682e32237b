# float (32-bit) edge values: overflow to inf, subnormals, rounding of large ints, def boundary.
def takes(float f):
    return f
def main():
    cdef double big = 1e39
    cdef float f = big
    cdef float g = 16777217
    cdef float h = 1e-45
    cdef float k = 3.4028234663852886e38
    print(f, -f, g, h, h / 2, k, k * 2)
    cdef long long n = 16777217
    cdef float fn = n
    print(fn, <float>n, <double><float>0.1, <float>(1.0 / 3))
    print(takes(0.1), takes(1e300), takes(-0.0), takes(7))
    cdef float acc = 0
    cdef int i
    for i in range(10):
        acc += 0.1
    print(acc, acc == 1.0)
    cdef float a = 1.0, b = 3.0
    cdef float q = a / b
    print(q, q * 3, a / b * b)
main()
