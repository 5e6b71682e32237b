ctypedef double real:
    float
