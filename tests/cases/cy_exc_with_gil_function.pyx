# A cdef function declared "with gil" raising inside a nogil caller; the
# error propagates out of the with nogil block. Inspired by Cython's
# tests/run/nogil.pyx (with_gil_func) and tests/run/exceptions_nogil.pyx.
cdef int acquire(int i) except? -1 with gil:
    if i != 0:
        raise ValueError("from with gil")
    return -1

cdef int via_nogil(int i) except? -1 nogil:
    return acquire(i) * 2

cdef int r = 0
with nogil:
    r = via_nogil(0)
print(r)
try:
    with nogil:
        r = via_nogil(1)
    print("not reached")
except ValueError as e:
    print("caught", e, r)
with nogil:
    r = via_nogil(5)
print("unreachable")
