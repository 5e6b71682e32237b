# a qsort comparator that is not a function
from libc.stdlib cimport qsort
cdef int[3] v = [1, 2, 3]
qsort(v, 3, sizeof(int), v)
