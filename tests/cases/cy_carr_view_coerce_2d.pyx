# A 2-D C array as a memoryview by explicit cast (<int[:, :]>) and by
# plain assignment; writes through the view reach the array. Inspired by
# Cython's tests/memoryview/cythonarray.pyx (test_cyarray_from_carray).
cdef int[7][8] a
cdef int i, j
for i in range(7):
    for j in range(8):
        a[i][j] = i * 8 + j
cdef int[:, :] m = <int[:, :]> a
print(m[0, 0], m[1, 0], m[2, 5], m.shape[0], m.shape[1], m.strides[0], m.strides[1])
m = a
print(m[0, 0], m[1, 0], m[2, 5], m[-1, -1])
m[6, 7] = -1
print(a[6][7], m.is_c_contig())
cdef int[:, ::1] mc = a
print(mc[3, 3], mc[3][4])
