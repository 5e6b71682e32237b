# None (new axis) mixed with an index, a slice and ... on a 2-D view:
# shapes, element strides (0 for new axes) and suboffsets; and the four
# ways to add an axis to a 1-D view. Inspired by Cython's
# tests/memoryview/memslice.pyx (test_newaxis, test_newaxis2).
cdef int data[6]
cdef int k
for k in range(6):
    data[k] = k
cdef int[:, :] two_D = <int[:3, :2]>&data[0]

cdef void attrs(int[:, :, :] v):
    print("shape:", v.shape[0], v.shape[1], v.shape[2], "strides:", v.strides[0] // 4, v.strides[1] // 4, v.strides[2] // 4, "suboffsets:", v.suboffsets[0], v.suboffsets[1], v.suboffsets[2])

cdef void attrs4(int[:, :, :, :] v):
    print("shape:", v.shape[0], v.shape[1], v.shape[2], v.shape[3], "strides:", v.strides[0] // 4, v.strides[1] // 4, v.strides[2] // 4, v.strides[3] // 4)

attrs(two_D[..., None, 1, None])
attrs(two_D[None, 1, ..., None])
attrs4(two_D[..., None, 1:, None])
attrs4(two_D[None, 1:, ..., None])
cdef int[:] one_D = data
cdef int[:, :] t1 = one_D[None]
cdef int[:, :] t2 = one_D[None, :]
cdef int[:, :] t3 = one_D[:, None]
cdef int[:, :] t4 = one_D[..., None]
print(t1[0, 3], t2[0, 3], t3[3, 0], t4[3, 0], t1.shape[0], t1.shape[1], t3.shape[0], t3.shape[1])
print(two_D[..., None, 1, None][2, 0, 0], two_D[None, 1:, ..., None][0, 1, 1, 0])
