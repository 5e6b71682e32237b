# `prange` loops inside `with nogil, parallel():` blocks share their
# iterations among the block's team: reductions of every operator, every
# schedule with and without a chunk size, two loops in one block, a loop
# inside a `for` loop of the block, a block inside a loop, and the loop
# variable and the loop's assigned variables after the block (lastprivate).
# Integer results only: they do not depend on the team or the schedule.
from cython.parallel cimport parallel, prange, threadid
from libc.stdlib cimport malloc, free
cimport cython

def reductions(long[::1] a, int nt):
    cdef Py_ssize_t i
    cdef long s = 10, p = 1, band = -1, bor = 0, bxor = 0, d = 1000
    with nogil, parallel(num_threads=nt):
        for i in prange(a.shape[0]):
            s += a[i]
            d -= a[i]
            p *= (a[i] % 3) + 1
            band &= a[i] | 1024
            bor |= a[i]
            bxor ^= a[i]
    print("reductions", nt, s, d, p, band, bor, bxor)

def schedules(long[::1] a, int nt):
    cdef Py_ssize_t i
    cdef long s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0
    with nogil, parallel(num_threads=nt):
        for i in prange(a.shape[0], schedule='static'):
            s1 += a[i]
    with nogil, parallel(num_threads=nt):
        for i in prange(a.shape[0], schedule='static', chunksize=3):
            s2 += a[i] * 2
    with nogil, parallel(num_threads=nt):
        for i in prange(a.shape[0], schedule='dynamic'):
            s3 += a[i] * 3
    with nogil, parallel(num_threads=nt):
        for i in prange(a.shape[0], schedule='dynamic', chunksize=5):
            s4 += a[i] * 4
    with nogil, parallel(num_threads=nt):
        for i in prange(a.shape[0], schedule='guided'):
            s5 += a[i] * 5
    with nogil, parallel(num_threads=nt):
        for i in prange(a.shape[0], schedule='guided', chunksize=2):
            s6 += a[i] * 6
    print("schedules", nt, s1, s2, s3, s4, s5, s6)

def two_loops(long[::1] a, long[::1] out, int nt):
    # The first loop writes `out`, the second reads `a` only: no iteration
    # of the second depends on another thread's work in the first.
    cdef Py_ssize_t i, j
    cdef long s = 0, c = 0
    with nogil, parallel(num_threads=nt):
        for i in prange(a.shape[0], schedule='dynamic', chunksize=4):
            out[i] = a[i] * a[i]
            s += out[i]
        for j in prange(a.shape[0] - 1, schedule='guided'):
            if a[j] < a[j + 1]:
                c += 1
    print("two loops", nt, s, c, i, j)

def loop_in_loop(long[::1] a, int nt, int reps):
    # Every thread runs the `for` loop; each round's prange shares its
    # iterations among the team (dynamic: chunks from one counter per round).
    cdef Py_ssize_t i
    cdef int r
    cdef long s = 0
    with nogil, parallel(num_threads=nt):
        for r in range(reps):
            for i in prange(a.shape[0], schedule='dynamic', chunksize=3):
                s += a[i] * (r + 1)
    print("loop in loop", nt, s)

def block_in_loop(long[::1] a, int nt):
    cdef Py_ssize_t i
    cdef int r
    cdef long s, total = 0
    for r in range(4):
        s = 0
        with nogil, parallel(num_threads=nt):
            for i in prange(r, a.shape[0], 2, schedule='static', chunksize=2):
                s += a[i]
        total = total + s * (r + 1)
        print("round", r, s, i)
    print("block in loop", nt, total)

def last_values(long[::1] a, int nt):
    # The loop variable and a variable the loop assigns hold the last
    # iteration's values after the block; an empty loop leaves them alone.
    cdef Py_ssize_t i = -7
    cdef long x = -1, y = -2
    with nogil, parallel(num_threads=nt):
        for i in prange(a.shape[0], schedule='guided'):
            x = a[i] * 2
    print("last", nt, i, x)
    with nogil, parallel(num_threads=nt):
        for i in prange(0, schedule='static'):
            y = 5
    print("empty", nt, i, y)

def slots(int nt):
    # A C array written per thread id (shared, as in Cython): each thread
    # writes its own slot.
    cdef long marks[8]
    cdef int k, tid, ran = 0
    for k in range(8):
        marks[k] = 0
    with nogil, parallel(num_threads=nt):
        tid = threadid()
        marks[tid] = tid + 1
    for k in range(8):
        if marks[k] == k + 1:
            ran = ran + 1
    print("slots", nt, ran == nt)

cdef long[::1] a = cython.view.array(shape=(61,), itemsize=sizeof(long), format="l")
cdef long[::1] o = cython.view.array(shape=(61,), itemsize=sizeof(long), format="l")
cdef int j
for j in range(61):
    a[j] = (j * 37) % 23 - 5
for j in (1, 2, 4):
    reductions(a, j)
    schedules(a, j)
    two_loops(a, o, j)
    loop_in_loop(a, j, 5)
    block_in_loop(a, j)
    last_values(a, j)
    slots(j)
