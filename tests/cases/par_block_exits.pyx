# How a thread leaves a `with nogil, parallel():` block, as in Cython: a
# `return` (in the block or in a `prange` of it) returns from the function
# after the block, an exception (`raise` in `with gil:`, a bounds check in
# the loop) is raised after the block where `try`/`except` catches it, and
# an error wins over a `return`. Every thread that returns gives the same
# value and every thread that raises the same exception, so the outcome does
# not depend on the team.
from cython.parallel cimport parallel, prange, threadid
cimport cython

cdef int first_over(long[::1] a, long limit, int nt) noexcept nogil:
    # Every thread that finds an element over the limit returns 1.
    cdef Py_ssize_t i
    with parallel(num_threads=nt):
        for i in prange(a.shape[0], schedule='static'):
            if a[i] > limit:
                return 1
    return 0

cdef long block_return(int nt) noexcept nogil:
    # Every thread returns from the block itself.
    cdef int tid
    with parallel(num_threads=nt):
        tid = threadid()
        if tid >= 0:
            return 42
    return -1

def raises(int nt, int which):
    cdef int tid
    with nogil, parallel(num_threads=nt):
        tid = threadid()
        if tid == which:
            with gil:
                raise ValueError("thread %d" % which)
    print("not reached")

def bounds(long[::1] a, int nt):
    cdef Py_ssize_t i
    cdef long s = 0
    with nogil, parallel(num_threads=nt):
        for i in prange(a.shape[0] + 3, schedule='dynamic'):
            s += a[i]
    print("not reached", s)

def error_over_return(long[::1] a, int nt):
    cdef Py_ssize_t i
    with nogil, parallel(num_threads=nt):
        for i in prange(a.shape[0], schedule='static'):
            if i == 0:
                with gil:
                    raise ValueError("error wins")
    return 5

cdef long[::1] a = cython.view.array(shape=(40,), itemsize=sizeof(long), format="l")
cdef int j
for j in range(40):
    a[j] = j
for j in (1, 2, 4):
    print("first over", j, first_over(a, 30, j), first_over(a, 100, j))
    print("block return", j, block_return(j))
    try:
        raises(j, 0)
    except ValueError as e:
        print("caught", j, e)
    try:
        bounds(a, j)
    except IndexError as e:
        print("caught", j, e)
    try:
        error_over_return(a, j)
    except ValueError as e:
        print("caught", j, e)
