# casts a C array to a view of another element type
cdef int g[4][2]
cdef double[:, :] w = <double[:4, :2]> g
