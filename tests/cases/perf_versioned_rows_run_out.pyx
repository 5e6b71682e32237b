# The row index is loop-invariant in the inner loop and checked once before
# it; here the destination has fewer rows, so the third row fails.
from cython.view cimport array as cvarray

def main():
    cdef double[:, :] src = cvarray(shape=(4, 3), itemsize=sizeof(double), format="d")
    cdef double[:, :] dst = cvarray(shape=(2, 3), itemsize=sizeof(double), format="d")
    cdef Py_ssize_t i, j
    for i in range(4):
        for j in range(3):
            src[i, j] = i + j * 0.5
    for i in range(src.shape[0]):
        for j in range(src.shape[1]):
            dst[i, j] = 2 * src[i, j]
        print("row", i, dst[i, 0], dst[i, 2])

main()
