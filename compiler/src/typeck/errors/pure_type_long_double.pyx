# a pure-Python-mode long double
import cython
cdef cython.longdouble x = 1
