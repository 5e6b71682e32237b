# subtracts pointers to different types
cdef double d = 1.0
cdef int i = 0
cdef Py_ssize_t k = &d - &i
