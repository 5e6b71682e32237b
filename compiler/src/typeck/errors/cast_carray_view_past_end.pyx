# casts a C array to a view larger than the array
cdef int g[4][2]
cdef int[:, :] w = <int[:5, :2]> g
