cdef unsigned double x
cdef long long long y
