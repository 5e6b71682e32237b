# `f // x` is a float for Cython whatever x is: its temporaries, helpers and
# powers take a float.
def run(float f, float g, short k, int i, double d):
    print((f // k) / 3, (f // k) % 3.5, (f // k) // 3, (f // k) * 2 - 1, i / (f // k * 13))
    print(min(f // k, 1), max(f // k, g), (f // k) % g, (f // k) + d, (f // k) - 0.1)
    print((f // sizeof(double)) / 7, (f // sizeof(double)) % 7, <double>(f // k) / 3, (f // k) ** 2 / 3)
    cdef float r = (f // k) / 3
    x = f // k
    print(r, x / 3, x * 3.3)
run(428220.90625, 1.1, 3, 7, 2.5)
run(53527.0, -3.3, 7, -2, 0.1)
run(-6690.5, 0.7, -5, 3, -1.0)
