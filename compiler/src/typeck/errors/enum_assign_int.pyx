# an int assigned to an enum variable
cdef enum Color:
    RED
    GREEN
cdef Color c = 1
