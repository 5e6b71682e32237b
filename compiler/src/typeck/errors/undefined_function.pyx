# `nosuch` is called but never defined
cdef double x = nosuch(1.0)
