# Locals whose address the function takes, read in a prange body while an
# iteration writes them through the pointer (Cython shares them between the
# threads: a write through the pointer reaches every thread). Only iteration
# 0, thread 0's under the static schedule, reads what is written through a
# pointer and writes it, so the output does not depend on the team and no
# two threads touch it (a write that another thread's read could see would
# be a data race in C as in Cython).
from cython.parallel cimport prange
cimport cython

def scalar(int n, int team):
    cdef double limit = 0
    cdef double *p = &limit
    cdef int i
    for i in prange(n, nogil=True, num_threads=team):
        if i == 0 and limit == 0:
            p[0] = n * 2.0
    print("scalar", n, team, limit)

def base_and_flag(int[::1] out, int team):
    # `base` is only read in the loop; `flag` is read and written through `pf`.
    cdef int base = 100, flag = -1
    cdef int *pb = &base
    cdef int *pf = &flag
    cdef int i, n = out.shape[0]
    pb[0] = 1000
    for i in prange(n, nogil=True, schedule='static', chunksize=2, num_threads=team):
        out[i] = base + i
        if i == 0:
            pf[0] = base + flag
    cdef int k, total = 0
    for k in range(n):
        total = total + out[k]
    print("base_and_flag", team, base, flag, total)

def through_pointer_var(int[::1] src, int[::1] dst, int team):
    # A pointer variable whose own address is taken, read in the body.
    cdef int *cur = &src[0]
    cdef int **pc = &cur
    cdef int i, n = src.shape[0]
    for i in prange(n, nogil=True, num_threads=team):
        dst[i] = cur[i] * 2 + (pc[0] == cur)
    cdef int k, total = 0
    for k in range(n):
        total = total + dst[k]
    print("pointer var", team, total)

cdef int[::1] a = cython.view.array(shape=(10,), itemsize=sizeof(int), format="i")
cdef int[::1] b = cython.view.array(shape=(10,), itemsize=sizeof(int), format="i")
cdef int team, k
for k in range(10):
    a[k] = k * k
for team in range(1, 4):
    scalar(1, team)
    scalar(7, team)
    base_and_flag(b, team)
    through_pointer_var(a, b, team)
