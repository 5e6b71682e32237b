# shape, strides and suboffsets of 3-D char arrays in C and Fortran order
# and of a C copy of the Fortran one. Inspired by Cython's
# tests/memoryview/memoryviewattrs.pyx (test_shape_stride_suboffset).
from cython.view cimport array as cvarray

cdef char[:, :, :] larr = cvarray(shape=(5, 7, 11), itemsize=1, format="c")
print(larr.shape[0], larr.shape[1], larr.shape[2])
print(larr.strides[0], larr.strides[1], larr.strides[2])
print(larr.suboffsets[0], larr.suboffsets[1], larr.suboffsets[2])
larr = cvarray(shape=(5, 7, 11), itemsize=1, format="c", mode="fortran")
print(larr.shape[0], larr.shape[1], larr.shape[2])
print(larr.strides[0], larr.strides[1], larr.strides[2])
cdef char[:, :, :] c_contig = larr.copy()
print(c_contig.strides[0], c_contig.strides[1], c_contig.strides[2], c_contig.suboffsets[2])
print(larr.ndim, larr.size, larr.itemsize, larr.nbytes, len(larr))
