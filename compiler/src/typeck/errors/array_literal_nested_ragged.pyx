# an inner list shorter than its array (Cython leaves the rest unset)
cdef int[2][3] m = [[1, 2, 3], [4, 5]]
