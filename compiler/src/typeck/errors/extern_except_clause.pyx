# an exception clause on a C function of an extern block
cdef extern from "parse.h":
    int parse_int(const char *text) except -1
