# A view whose dtype is a ctypedef of int takes an int C array and int
# views; a ctypedef of double likewise. Inspired by Cython's
# tests/memoryview/memoryview.pyx (test_assignment_typedef) and
# memslice.pyx (printbuf_td_cy_int).
ctypedef int aliasT
ctypedef double real_t
ctypedef aliasT alias2

cdef int x[3]
x[0] = 1; x[1] = 2; x[2] = 3
cdef aliasT[:] y = x
cdef alias2[:] z = y
cdef int[:] w = z
cdef int i
for i in range(3):
    print(y[i], z[i], w[i])
z[1] = 20
print(x[1])
cdef real_t buf[2]
cdef real_t[::1] r = buf
r[0] = 0.5; r[1] = r[0] * 3
cdef double[:] d = r
print(d[0], d[1], sizeof(aliasT), sizeof(real_t))
