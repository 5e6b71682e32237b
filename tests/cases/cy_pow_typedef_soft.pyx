# ** on a ctypedef'd double inside a larger expression (a soft complex
# power in Cython). Inspired by Cython's tests/run/cpow.pyx
# (pythagoras_with_typedef).
ctypedef double f64

def inv_hyp(double a, double b):
    cdef f64 result = a * a + b * b
    result = 1.0 / result ** 0.5
    return result

print(inv_hyp(3.0, 4.0), inv_hyp(0.0, 0.5), inv_hyp(6.0, 8.0))
