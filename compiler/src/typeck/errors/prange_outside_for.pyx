# prange outside a for loop (Cython: prange() can only be used as part of a for loop)
from cython.parallel cimport prange, parallel
x = prange(10)
