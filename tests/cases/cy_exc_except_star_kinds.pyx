# except * on void, unsigned short and double returns, with and without an
# error, and values that look like error markers. Inspired by Cython's
# tests/run/exceptionpropagation.pyx (except_promotion_compare) and
# tests/run/exceptions_nogil.pyx (foo).
from libc.math cimport NAN
cdef unsigned short ushort_star(bint fire) except *:
    if fire:
        raise OverflowError("ushort")
    return 65535

cdef void void_star(int i) except *:
    if i != 0:
        raise ValueError("void %d")
    print("void ok")

cdef double double_star(double x) except *:
    if x != x:
        raise AttributeError("nan in")
    return -1.0

print(ushort_star(False))
try:
    ushort_star(True)
except OverflowError as e:
    print("OverflowError", e)
void_star(0)
try:
    void_star(3)
except ValueError as e:
    print("ValueError", e)
print(double_star(2.0))
try:
    double_star(NAN)
except AttributeError as e:
    print("AttributeError", e)
