# Attributes of cython.view.array objects in C and Fortran mode: len,
# itemsize, strides, shape, ndim, mode, and len() of the array.
# Inspired by Cython's tests/memoryview/cythonarray.pyx (contiguity, length).
from cython.view cimport array as cvarray

def main():
    cdef cvarray c = cvarray(shape=(2, 3), itemsize=sizeof(int), format="i", mode="c")
    print(c.len == 2 * 3 * sizeof(int), c.itemsize == sizeof(int))
    print(c.strides[0], c.strides[1], c.shape[0], c.shape[1], c.ndim, c.mode, len(c))
    cdef cvarray f = cvarray(shape=(2, 3), itemsize=sizeof(int), format="i", mode="fortran")
    print(f.strides[0], f.strides[1], f.shape[0], f.shape[1], f.ndim, f.mode, len(f))
    cdef cvarray t = cvarray(shape=(5, 3, 2), itemsize=sizeof(int), format="i")
    print(len(t), t.ndim)

main()
