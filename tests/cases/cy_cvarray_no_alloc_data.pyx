# A cython.view.array made with allocate_buffer=False starts with NULL
# data; after giving it memory and free as callback, a view of it keeps
# working after the array variable is set to None.
# Inspired by Cython's tests/memoryview/cythonarray.pyx
# (dont_allocate_buffer).
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, free

def main():
    cdef cvarray result = cvarray(shape=(10, 10), itemsize=sizeof(int), format="i", allocate_buffer=False)
    print(result.data == NULL)
    result.data = <char *>malloc(100 * sizeof(int))
    result.callback_free_data = free
    cdef int[:, ::1] v = result
    v[...] = 3
    result = None
    v[9, 9] = 4
    print(v[0, 0], v[9, 9])

main()
