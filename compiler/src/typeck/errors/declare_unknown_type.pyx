# declares a variable of an unknown type
cdef nosuch_t x
