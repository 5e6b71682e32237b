# the wraparound directive is given an int instead of True/False
# cython: wraparound=1
cdef int x = 0
