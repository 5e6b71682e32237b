# threadid() in prange loops that run on threads: which thread runs each
# iteration under the static schedule (blocks, and chunks dealt in turn) is
# fixed by the team size, so the owners printed do not depend on timing.
# Outside a loop, and in a team of one, threadid() is 0.
from cython.parallel cimport prange, threadid
cimport cython

cdef void show(int[::1] v, int n):
    cdef int k
    print("  ", end="")
    for k in range(n):
        print("", v[k], end="")
    print()

cdef int owner_of(int i) noexcept nogil:
    # threadid() in a function called from the loop body.
    return threadid() * 100 + i

def owners(int[::1] out, int n, int team):
    cdef int i
    for i in prange(n, nogil=True, schedule='static', num_threads=team):
        out[i] = threadid()
    print("blocks", team, n)
    show(out, n)

def dealt(int[::1] out, int n, int team, int chunk):
    cdef int i
    for i in prange(n, nogil=True, schedule='static', chunksize=chunk, num_threads=team):
        out[i] = owner_of(i)
    print("chunks", team, n, chunk)
    show(out, n)

def per_thread_counts(int[::1] counts, int n, int team):
    # Each thread counts its own iterations in its own slot; the sum is n.
    cdef int i, t
    for t in range(counts.shape[0]):
        counts[t] = 0
    for i in prange(n, nogil=True, schedule='static', num_threads=team):
        counts[threadid()] += 1
    cdef int total = 0
    for t in range(counts.shape[0]):
        total = total + counts[t]
    print("counts", team, n, total)
    show(counts, counts.shape[0])

def outside():
    cdef int t = threadid()
    with nogil:
        t = t + threadid()
    print("outside", t)

cdef int[::1] out = cython.view.array(shape=(12,), itemsize=sizeof(int), format="i")
cdef int[::1] counts = cython.view.array(shape=(4,), itemsize=sizeof(int), format="i")
cdef int team, n, chunk
outside()
for team in range(1, 4):
    for n in range(1, 13, 3):
        owners(out, n, team)
for team in range(1, 3):
    for chunk in range(1, 6, 2):
        dealt(out, 11, team, chunk)
for team in range(1, 4):
    per_thread_counts(counts, 10, team)
outside()
