# Loops inside loops. A prange directly in a prange body is a plain loop of
# the thread that runs the outer iteration (Cython emits no OpenMP region for
# it): threadid() there is the outer thread's. A function with a prange
# called from a prange body opens a region nested in an active team, which
# OpenMP (nested parallelism off by default) gives a team of one:
# threadid() is 0 there. Called from a team of one (num_threads=1, not an
# active team) or from outside any loop, its prange gets a team of its own.
from cython.parallel cimport prange, threadid
cimport cython

cdef long inner_ids(int n) noexcept nogil:
    # Each iteration adds threadid() + 1.
    cdef int j
    cdef long s = 0
    for j in prange(n, num_threads=4):
        s += threadid() + 1
    return s

def nested(int n, int team):
    cdef int i, j
    cdef long total = 0, ids = 0
    for i in prange(n, nogil=True, num_threads=team):
        for j in prange(n, num_threads=team):
            total += i * n + j
            ids += threadid()
    print("nested", n, team, total, ids)

def nested_writes(int[::1] out, int n, int team):
    # Each inner iteration writes its own element: the thread that runs it
    # (the outer iteration's) times 1000 plus the flattened index; the
    # elements that differ from their index are the rows of threads 1, 2.
    cdef int i, j
    for i in prange(n, nogil=True, schedule='static', num_threads=team):
        for j in prange(n, schedule='dynamic', chunksize=1, num_threads=team):
            out[i * n + j] = threadid() * 1000 + i * n + j
    cdef int k, bad = 0
    for k in range(n * n):
        if out[k] != k:
            bad += 1
    print("writes", n, team, bad)

def called(int n, int team):
    cdef int i
    cdef long total = 0
    for i in prange(n, nogil=True, num_threads=team):
        total += inner_ids(i)
    # In a team of more than one, inner_ids(i) is i (a team of one: every
    # iteration adds 1); with num_threads=1 it runs on a team of up to 4.
    print("called", n, team, total)

def outside(int n):
    # Called outside any loop: a team of 4 under the static schedule.
    print("outside", n, inner_ids(n))

cdef int[::1] out = cython.view.array(shape=(36,), itemsize=sizeof(int), format="i")
cdef int n, team
for team in range(1, 4):
    for n in range(0, 7, 3):
        nested(n, team)
        called(n, team)
    nested_writes(out, 6, team)
outside(10)
