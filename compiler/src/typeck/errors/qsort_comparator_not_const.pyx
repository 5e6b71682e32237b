# a qsort comparator taking non-const pointers
from libc.stdlib cimport qsort
cdef int cmp(void* a, void* b) noexcept nogil:
    return 0
cdef int[3] v = [1, 2, 3]
qsort(v, 3, sizeof(int), cmp)
