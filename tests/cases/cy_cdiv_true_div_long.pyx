# True division of two C longs gives a double, also for the extreme values;
# with cdivision(True) a long / int assigned to a long is C division.
# Inspired by Cython's tests/run/cdivision_CEP_516.pyx (py_div_long,
# c_div_const).
cimport cython

@cython.cdivision(False)
def tdiv(long a, long b):
    return a / b

@cython.cdivision(True)
cdef long cdiv_const(const long a, int b):
    cdef long c = a / b
    return c

cdef long big = 9223372036854775807
print(tdiv(-5, -1), tdiv(7, 2), tdiv(-7, 2), tdiv(1, 3) == 1.0 / 3.0)
print(tdiv(big, 1), tdiv(-big - 1, -1), tdiv(-big - 1, 2))
print(cdiv_const(5, 3), cdiv_const(-5, 3), cdiv_const(5, -3), cdiv_const(-big - 1, 7))
