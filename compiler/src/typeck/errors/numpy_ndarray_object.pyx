# a numpy array as a Python object
cimport numpy as cnp
cdef cnp.ndarray a
