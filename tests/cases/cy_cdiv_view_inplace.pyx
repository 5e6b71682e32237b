# In-place division of an int memoryview element inside a cdivision(True)
# block truncates toward zero. Inspired by Cython's
# tests/memoryview/memoryview_inplace_division.pyx.
cimport cython

cdef int buf[4]
buf[0] = 6; buf[1] = -7; buf[2] = 7; buf[3] = -1
cdef int[:] A = buf
with cython.cdivision(True):
    A[0] /= 2
    A[1] /= 2
    A[2] //= -2
    A[3] /= 3
print(A[0], A[1], A[2], A[3])
with cython.cdivision(True):
    A[1] %= 2
    A[2] *= -5
print(A[1], A[2])
