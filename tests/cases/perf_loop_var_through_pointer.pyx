# The loop variable's address is taken, and the body moves it forward
# through the pointer: range analysis must not trust it.
from cython.view cimport array as cvarray

def main():
    cdef double[::1] a = cvarray(shape=(5,), itemsize=sizeof(double), format="d")
    cdef Py_ssize_t i
    cdef Py_ssize_t *p = &i
    for i in range(5):
        a[i] = i
    for i in range(a.shape[0]):
        print(i, a[i])
        if i == 2:
            p[0] = 7
        print("then", a[i])

main()
