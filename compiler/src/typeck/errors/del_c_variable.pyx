# `del` of a C variable
cdef int x = 1
del x
