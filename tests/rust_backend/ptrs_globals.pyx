from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memset

cdef double table[5]
cdef int grid[3][4]
cdef double[:] view = None
cdef int counter = 0
cdef double *gp
cdef int i, j

for i in range(5):
    table[i] = i * 1.5
for i in range(3):
    for j in range(4):
        grid[i][j] = i * 10 + j
view = table
view[2] = 99.0
print(table[2], view[4], view.shape[0], grid[2][3], grid[1][0], view[-1])
cdef double *p = <double *>malloc(8 * sizeof(double))
for i in range(8):
    p[i] = i
cdef double *q = p + 3
print(q[0], (q - 1)[0], q - p, p[7])
memset(p, 0, 8 * sizeof(double))
print(p[3])
memcpy(p, &table[0], 5 * sizeof(double))
print(p[2], p[4])
gp = p
print(gp[2])
free(p)
counter += 1
counter *= 7
print(counter)
cdef int[:, :] g = grid
print(g[2, 1], g.strides[0], g[1:, ::2].shape[1])
cdef double[:] w = view[::-2]
print(w[0], w[1], len(w))
try:
    print(view[10])
except IndexError as e:
    print("caught", e)
