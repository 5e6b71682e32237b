# cython.view.array over memory the program allocates: allocate_buffer=False,
# .data set by hand, and callback_free_data=free releases it with the last view.
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, free

cdef double[:] make(int n):
    cdef cvarray arr = cvarray(shape=(n,), itemsize=sizeof(double), format="d", allocate_buffer=False)
    arr.data = <char *> malloc(n * sizeof(double))
    arr.callback_free_data = free
    cdef double[:] v = arr
    cdef int i
    for i in range(n):
        v[i] = i * 1.5
    return v

def main():
    cdef double[:] a = make(4)
    cdef double[:] b = a[1:]
    a = None
    print(b[0], b[2], b.shape[0])
    b = make(2)
    print(b[1])

main()
