# Comparing a view with None using == and != (both operand orders),
# inside nogil; a None default argument.
# Inspired by Cython's tests/memoryview/memslice.pyx
# (test_noneslice_nogil_check_none, test_noneslice_compare,
# test_coerce_to_from_None).
cimport cython

def check(double[:] m):
    cdef bint is_none = False
    cdef bint not_none = True
    with nogil:
        is_none = m == None and None == m
        not_none = m != None and None != m
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
