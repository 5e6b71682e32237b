# `with nogil, parallel():` blocks: the body runs once on every thread of
# the team (`num_threads=` 1, 2, 4 and the default team), `threadid()` is
# the thread's number in it, variables the block assigns are private to
# each thread, variables it only reads are shared, and thread-local buffers
# (malloc/free in the block) work. Every result is combined so that it does
# not depend on the team's size or on the order the threads run in.
from cython.parallel cimport parallel, prange, threadid
from libc.stdlib cimport malloc, free
cimport cython



def team_of(int nt):
    # Each thread marks its own slot; the marks are counted after the block.
    cdef int *seen = <int *>malloc(64 * sizeof(int))
    cdef int k, tid, runs = 0, highest = -1
    for k in range(64):
        seen[k] = 0
    with nogil, parallel(num_threads=nt):
        tid = threadid()
        if tid < 64:
            seen[tid] = seen[tid] + 1
    for k in range(64):
        runs = runs + seen[k]
        if seen[k] > 1:
            print("thread", k, "ran the block twice")
        if seen[k] == 1:
            highest = k
    free(seen)
    # The threads that ran are 0 .. runs - 1, each once.
    print("team", nt, runs == nt, highest == runs - 1)

def default_team():
    cdef int *seen = <int *>malloc(64 * sizeof(int))
    cdef int k, tid, runs = 0, highest = -1
    for k in range(64):
        seen[k] = 0
    with nogil, parallel():
        tid = threadid()
        if tid < 64:
            seen[tid] = 1
    for k in range(64):
        runs = runs + seen[k]
        if seen[k]:
            highest = k
    free(seen)
    print("default team", runs >= 1, highest == runs - 1)

def outside():
    # 0 outside a parallel region, before and after a block.
    cdef int before = threadid()
    with nogil, parallel(num_threads=2):
        pass
    print("outside", before, threadid())

def scratch(long[::1] a, long[::1] out, int nt):
    # A buffer per thread, allocated and freed in the block; the loop's
    # iterations are shared by the team and each writes its own element.
    cdef Py_ssize_t i
    cdef int k
    cdef long *buf
    with nogil, parallel(num_threads=nt):
        buf = <long *>malloc(3 * sizeof(long))
        for i in prange(a.shape[0], schedule='static'):
            for k in range(3):
                buf[k] = a[i] + k
            out[i] = buf[0] * buf[1] - buf[2]
        free(buf)
    cdef long total = 0
    for i in range(out.shape[0]):
        total = total + out[i]
    print("scratch", nt, total, out[0], out[out.shape[0] - 1])

def per_thread(long[::1] a, int nt):
    # Per-thread partial sums in a slot of their own, added up after the block.
    cdef long *partial = <long *>malloc(64 * sizeof(long))
    cdef Py_ssize_t i
    cdef int tid, k
    for k in range(64):
        partial[k] = 0
    with nogil, parallel(num_threads=nt):
        tid = threadid()
        for i in prange(a.shape[0], schedule='guided'):
            partial[tid] = partial[tid] + a[i]
    cdef long total = 0
    for k in range(64):
        total = total + partial[k]
    free(partial)
    print("per thread", nt, total)

def shared_reads(int nt, long base):
    # `base` and `scale` are only read in the block: every thread sees them.
    cdef long scale = 3
    cdef long *got = <long *>malloc(64 * sizeof(long))
    cdef int k, tid
    cdef long v
    for k in range(64):
        got[k] = -1
    with nogil, parallel(num_threads=nt):
        tid = threadid()
        v = base * scale + tid
        got[tid] = v - tid
    cdef int same = 1, ran = 0
    for k in range(64):
        if got[k] != -1:
            ran = ran + 1
            same = same and got[k] == base * scale
    free(got)
    print("shared", nt, ran == nt, same)

cdef long[::1] a = cython.view.array(shape=(101,), itemsize=sizeof(long), format="l")
cdef long[::1] o = cython.view.array(shape=(101,), itemsize=sizeof(long), format="l")
cdef int j
for j in range(101):
    a[j] = j * 7 - 50
for j in (1, 2, 4):
    team_of(j)
default_team()
outside()
for j in (1, 2, 4):
    scratch(a, o, j)
    per_thread(a, j)
    shared_reads(j, 11)
