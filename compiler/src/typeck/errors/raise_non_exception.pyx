# raises a name that is not an exception
cdef int n = 3
raise n
