# cython.view.array objects: the C fields (.len, .itemsize, .ndim, .mode,
# .data) and the memoryview's .shape[k]/.strides[k] (negative k too, and
# IndexError past .ndim), len(), for 1 to 4 axes, every mode and several
# item sizes; arrays made by pointer casts (C and Fortran order, void
# pointers), reassigned, set to None (attributes of None raise), and
# allocate_buffer=False arrays given data later.
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, free

cdef void show(cvarray a):
    print(a.len, a.itemsize, a.ndim, a.mode, len(a), a.shape[0], a.strides[0], a.shape[a.ndim - 1], a.strides[-1])

cdef double *doubles(int n):
    cdef double *p = <double *>malloc(n * sizeof(double))
    cdef int k
    for k in range(n):
        p[k] = k * 0.25
    return p

def main():
    cdef cvarray a = cvarray(shape=(7,), itemsize=sizeof(double), format="d")
    show(a)
    a = cvarray(shape=(7,), itemsize=sizeof(char), format="b", mode="fortran")
    show(a)
    a = cvarray(shape=(2, 3, 4), itemsize=sizeof(short), format="h", mode="fortran")
    show(a)
    print(a.shape[1], a.strides[1], a.shape[-2], a.strides[-3])
    a = cvarray(shape=(3, 1, 2, 5), itemsize=8, format="q")
    show(a)
    cdef Py_ssize_t total = a.shape[0] * a.shape[1] * a.shape[2] * a.shape[3] * a.itemsize
    print(total == a.len, a.len // a.itemsize)
    try:
        print(a.shape[4])
    except IndexError as e:
        print("IndexError", e)
    try:
        print(a.strides[-5])
    except IndexError as e:
        print("IndexError", e)
    cdef int k = 2
    print(a.shape[k] + 1, a.strides[k - 3])
    cdef double *p = doubles(12)
    a = <double[:3, :4]> p
    a.callback_free_data = free
    show(a)
    cdef double[:, ::1] v = a
    print(v[2, 3], v[1, 0], a.data == <char *>p)
    a = <double[:3:1, :4]> doubles(12)
    a.callback_free_data = free
    show(a)
    cdef double[::1, :] f = a
    print(f[2, 3], f[1, 0])
    cdef void *vp = malloc(6 * sizeof(int))
    a = <int[:6]> vp
    a.callback_free_data = free
    show(a)
    cdef cvarray b = cvarray(shape=(4, 4), itemsize=sizeof(float), format="f", allocate_buffer=False)
    print(b.data == NULL, b.len, b.mode)
    b.data = <char *>malloc(16 * sizeof(float))
    b.callback_free_data = free
    cdef float[:, :] w = b
    w[:, :] = 1.5
    print(b.data != NULL, w[3, 3], w.shape[0])
    b = None
    w[0, 0] = 2.5
    print(w[0, 0], w[1, 1])
    try:
        print(b.shape[0])
    except AttributeError as e:
        print("AttributeError", e)
    try:
        print(len(b))
    except TypeError as e:
        print("TypeError", e)
    b = cvarray(shape=(5,), itemsize=4, format="i")
    print(len(b), b.ndim)

main()
