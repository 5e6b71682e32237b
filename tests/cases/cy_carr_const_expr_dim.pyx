# A C array whose length is a constant expression (2 + 3, 4 * 2).
# Inspired by Cython's tests/run/carrays.pyx (test2).
cdef int a[2 + 3]
cdef double b[4 * 2]
cdef int k
for k in range(5):
    a[k] = k
for k in range(8):
    b[k] = k / 2
print(sizeof(a), sizeof(b), a[4], b[7])
