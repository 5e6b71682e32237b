# A 3x3 view with element strides (20, 5) over 0..99 made by slicing a
# pointer-cast view, read row by row; a generic-axis view of it.
# Inspired by Cython's tests/memoryview/memslice.pyx (printbuf_int_2d,
# generic).
cimport cython
from cython cimport view

cdef int data[100]
cdef int k
for k in range(100):
    data[k] = k
cdef int[:, :] full = <int[:5, :20]>&data[0]
cdef int[:, :] s = full[:3, ::5][:, :3]
print(s.shape[0], s.shape[1], s.strides[0] // sizeof(int), s.strides[1] // sizeof(int))
cdef int i, j
for i in range(3):
    for j in range(3):
        print(s[i, j], end=" ")
    print("END")
cdef int[::view.generic, ::view.generic] g = s
print(g[1, 1], g[2, -1])
g[2, -1] = -1
print(s[2, 2], data[50])
