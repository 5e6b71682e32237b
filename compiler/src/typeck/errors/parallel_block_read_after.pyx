from cython.parallel cimport parallel, threadid

def f():
    cdef int x = 5
    with nogil, parallel(num_threads=2):
        x = threadid()
    print(x)
