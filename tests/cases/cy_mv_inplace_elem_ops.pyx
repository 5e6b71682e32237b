# In-place arithmetic on view elements with constant and variable
# indices, on int and double views. Inspired by Cython's
# tests/memoryview/memslice.pyx (inplace_operators).
cdef int data[2]
data[0] = 2; data[1] = 2
cdef int[:] buf = data
cdef int j = 0
buf[1] += 1
buf[j] *= 2
buf[0] -= 4
print(buf[0], buf[1])
buf[-1] <<= 3
buf[j] |= 5
buf[1] -= buf[1] * 2
print(buf[0], buf[1], data[0], data[1])
cdef double dd[3]
dd[0] = 1.5; dd[1] = -2.0; dd[2] = 0.0
cdef double[:] dv = dd
dv[0] *= dv[1]
dv[2] -= 0.25
dv[1] /= 8
print(dv[0], dv[1], dv[2])
