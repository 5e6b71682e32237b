# A cython.view.array variable assigned a pointer cast (<int[:10, :10]>p,
# also Fortran order), given free as its callback, read through views.
# Inspired by Cython's tests/memoryview/cythonarray.pyx
# (test_array_from_pointer).
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, free

cdef int *getp(int n):
    cdef int *p = <int *>malloc(n * sizeof(int))
    cdef int k
    for k in range(n):
        p[k] = k
    return p

def main():
    cdef cvarray c_arr = <int[:10, :10]> getp(100)
    c_arr.callback_free_data = free
    cdef int[:, ::1] ms = c_arr
    print(ms[6, 9], ms[5, 6])
    c_arr = <int[:10:1, :10]> getp(100)
    c_arr.callback_free_data = free
    cdef int[::1, :] mf = c_arr
    print(mf[6, 9], mf[5, 6])

main()
