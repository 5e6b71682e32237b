# Indexing a 300x300 view with signed char, unsigned char and unsigned int
# index variables (negative char indices wrap around), then a 2x3 view
# where some char indices are out of bounds. Inspired by Cython's
# tests/memoryview/memslice.pyx (schar_index_vars, uchar_index_vars,
# get_int_2d_uintindex).
from libc.stdlib cimport malloc, free

cdef int *p = <int*>malloc(300 * 300 * sizeof(int))
cdef int k
for k in range(300 * 300):
    p[k] = k
cdef int[:, :] big = <int[:300, :300]>p

def sc(int[:, :] buf, signed char i, signed char j, int value):
    try:
        old = buf[i, j]
        buf[i, j] = value
        print("schar", i, j, old, buf[i, j] == value)
    except IndexError as e:
        print("schar", i, j, "IndexError:", e)

def uc(int[:, :] buf, unsigned char i, unsigned char j):
    try:
        print("uchar", i, j, buf[i, j])
    except IndexError as e:
        print("uchar", i, j, "IndexError:", e)

def ui(int[:, :] buf, unsigned int i, unsigned int j):
    print("uint", i, j, buf[i, j])

sc(big, 1, 1, 5); sc(big, -1, 1, 6); sc(big, -1, -2, 7); sc(big, -2, -3, 8)
uc(big, 1, 1); uc(big, 255, 254); ui(big, 299, 0); ui(big, 0, 299)
print(p[301], p[299 * 300 + 1], p[299 * 300 + 298], p[298 * 300 + 297])
cdef int[:, :] small = big[:2, :3]
sc(small, 5, 1, 10); sc(small, 1, 5, 10); sc(small, -2, 1, 10); sc(small, -3, 1, 10)
sc(small, 1, -3, 10); sc(small, 1, -4, 10)
uc(small, 5, 1); uc(small, 1, 5)
free(p)
