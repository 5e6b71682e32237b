# y = a*x + y over typed memoryviews, then a checksum.
from cython.view cimport array as cvarray

cdef void saxpy(double a, double[::1] x, double[::1] y) noexcept nogil:
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        y[i] = a * x[i] + y[i]

def main():
    cdef Py_ssize_t n = 8, i
    cdef double[::1] x = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] y = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    for i in range(n):
        x[i] = i
        y[i] = 1.0
    saxpy(2.0, x, y)
    cdef double total = 0
    for i in range(n):
        total += y[i]
    print("y[7] =", y[7], "sum =", total)

main()
