# C arrays declared with the size after the type (`cdef double[3] a`), as
# Cython also allows: the same as `cdef double a[3]`.
cdef double[3] a
cdef int[4] b
cdef int i
for i in range(4):
    b[i] = i * i
a[0] = 1.5
a[2] = a[0] * 2
print(b[3], a[0], a[2], len(b), len(a))

cdef double total(double *p, int n):
    cdef int k
    cdef double s = 0
    for k in range(n):
        s += p[k]
    return s

cdef double[4] w
for i in range(4):
    w[i] = i + 0.25
print(total(w, 4))
