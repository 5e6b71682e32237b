# cvarray with allocate_buffer=False wrapping malloc'd data, freed by callback_free_data when the last view goes.
from libc.stdlib cimport malloc, free
from cython.view cimport array as cvarray
cdef double[:] wrap(int n):
    cdef double *p = <double *>malloc(n * sizeof(double))
    cdef int i
    for i in range(n):
        p[i] = i * 0.5
    cdef cvarray a = cvarray(shape=(n,), itemsize=sizeof(double), format="d", allocate_buffer=False)
    a.data = <char *>p
    a.callback_free_data = free
    return a
def main():
    cdef double[:] v = wrap(6)
    print(v.shape[0], v[5], v[::-2][0])
    cdef double[:] w = v[1:]
    v = None
    print(w[0], w.shape[0])
    w = wrap(3)
    print(w[2])
main()
