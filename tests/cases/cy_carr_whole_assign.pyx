# Whole C-array assignment (y = x) and slice assignment between C arrays
# of matching length, also inside nogil. Inspired by Cython's
# tests/run/arrayassign.pyx and tests/run/nogil.pyx (copy_array3).
cdef int x[3], y[3]
x[0] = 1; x[1] = 2; x[2] = 3
y = x
x[0] = 100
print(y[0], y[1], y[2], x[0])
cdef int a[5]
cdef int b[3]
cdef int k
for k in range(5):
    a[k] = k + 1
b[0] = 11; b[1] = 12; b[2] = 13
a[1:4] = b
print(a[0], a[1], a[2], a[3], a[4])
cdef double dx[4], dy[4]
for k in range(4):
    dx[k] = 2.0 * (k + 1)
with nogil:
    dy = dx
print(dy[0] + dy[1] + dy[2] + dy[3])
