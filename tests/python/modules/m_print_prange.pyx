# The module's only print is inside a prange body's `with gil:` block: it
# must still go through sys.stdout, in order with the caller's output.
from cython.parallel cimport prange

def mark_every(int n, int k):
    cdef int i
    cdef long s = 0
    for i in prange(n, nogil=True, num_threads=1):
        s += i
        if k > 0 and i % k == 0:
            with gil:
                print("at", i, "of", n)
    return s
