# Uncaught IndexError from a loop that runs one past the end of the view.
from cython.view cimport array as cvarray

cdef double total(double[:] v):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0] + 1):
        s += v[i]
        print("partial", s)
    return s

def main():
    cdef double[:] v = cvarray(shape=(3,), itemsize=sizeof(double), format="d")
    v[:] = 1.5
    print(total(v))

main()
