# two characters where a char is expected (Cython: Only single-character string literals can be coerced into ints.)
cdef char c = b'ab'
