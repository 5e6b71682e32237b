cimport cython
@cython.boundscheck(False)
