# casts a 2-D C array to a 1-D view
cdef int g[4][2]
cdef int[:] w = <int[:]> g
