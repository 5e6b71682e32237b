# a `str` variable
cdef str s = "abc"
