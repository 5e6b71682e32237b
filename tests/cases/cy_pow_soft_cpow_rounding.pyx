# A double ** double kept as Cython's "soft complex" is computed by the C
# library's complex pow, so its last bit can differ from C pow.
# Inspired by Cython's tests/run/cpow.pyx (soft_complex_type_inference_*).
def p(double a, double b):
    c = a ** b
    print(a, b, c)

p(9.0, 0.5)
p(25.0, 0.5)
p(3.0, 2.0)
p(10.0, 3.0)
p(2.0, 0.5)
p(8.0, 1.0 / 3.0)
