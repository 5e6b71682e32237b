# A cdef function that rebinds its view parameter to a view of a local C
# array, or leaves it alone: the caller's view is unaffected either way.
# Inspired by Cython's tests/memoryview/memslice.pyx (test_borrowed_slice).
cdef void borrowed(int[:] m):
    print(m[5], end=" ")

cdef void rebound(int[:] m):
    cdef int carray[10]
    cdef int k
    print(m[5], end=" ")
    for k in range(10):
        carray[k] = -k
    m = carray
    print(m[5], end=" ")

cdef int src[10]
cdef int k
for k in range(10):
    src[k] = k * 11
cdef int[:] view = src
borrowed(view)
rebound(view)
borrowed(src)
rebound(src)
print(view[5], src[5])
