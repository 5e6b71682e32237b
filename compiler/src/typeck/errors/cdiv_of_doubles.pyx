# `cython.cdiv` / `cython.cmod` take C integers
cimport cython
cdef double a = 7.0
print(cython.cdiv(a, 2))
