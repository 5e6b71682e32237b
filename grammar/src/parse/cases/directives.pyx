# cython: boundscheck=False, wraparound=False
# cython: cdivision=True
# An ordinary comment.
x = 1
