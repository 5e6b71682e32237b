# the boundscheck directive is given a non-bool value
# cython: boundscheck=maybe
cdef int x = 0
