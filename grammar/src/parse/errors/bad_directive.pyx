# cython: boundscheck
x = 1
