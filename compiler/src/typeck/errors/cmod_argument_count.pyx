# `cython.cmod` takes two arguments
cimport cython
cdef int a = 7
print(cython.cmod(a))
