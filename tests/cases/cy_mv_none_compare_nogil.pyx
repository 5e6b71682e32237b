# Comparing a view with None (is, is not, both operand orders)
# inside nogil and with nonecheck; a None default argument.
# Inspired by Cython's tests/memoryview/memslice.pyx
# (test_noneslice_nogil_check_none, test_noneslice_compare,
# test_coerce_to_from_None).
cimport cython

def check(double[:] m):
    cdef bint is_none = False
    cdef bint not_none = True
    with nogil:
        is_none = m is None and None is m
        not_none = m is not None and None is not m
    with cython.nonecheck(True):
        r = m is None
    print(is_none, not_none, r)

def two(double[:] m1, double[:] m2=None):
    print(m1 is None, m2 is None)

cdef double buf[3]
cdef double[:] bv = buf
check(None)
check(bv)
two(None)
two(bv, None)
two(bv, bv)
