# a ctypedef name where a value is expected
ctypedef double real_t
cdef double x = real_t
