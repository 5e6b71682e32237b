# a qsort comparator that may raise
from libc.stdlib cimport qsort
cdef int cmp(const void* a, const void* b):
    return 0
cdef int[3] v = [1, 2, 3]
qsort(v, 3, sizeof(int), cmp)
