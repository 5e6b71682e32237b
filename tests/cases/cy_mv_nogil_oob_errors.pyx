# Index errors raised inside nogil code: a partial index out of range in a
# nogil except-0 function (caught by the caller) and an element write past
# the end inside with nogil. Inspired by Cython's
# tests/memoryview/memslice.pyx (test_nogil_oob1) and
# tests/memoryview/memoryview.pyx (test_nogil_oob).
from cython.view cimport array as cvarray

cdef int touch(int[:, :] a) except 0 nogil:
    a[100, 9:]
    return 1

cdef int[:, :] m = cvarray(shape=(4, 9), itemsize=sizeof(int), format="i")
try:
    touch(m)
except IndexError as e:
    print("IndexError:", e)
try:
    with nogil:
        touch(m)
except IndexError as e:
    print("IndexError:", e)
cdef int a5[5]
cdef int[:] v = a5
try:
    with nogil:
        v[4] = 1
        v[5] = 1
except IndexError as e:
    print("IndexError:", e, v[4])
with nogil:
    m[:, 20]
