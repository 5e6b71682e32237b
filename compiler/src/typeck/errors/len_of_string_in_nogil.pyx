# `len()` of a string literal inside a nogil function
cdef int g() nogil:
    return len("abc")
