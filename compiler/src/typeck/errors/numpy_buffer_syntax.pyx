# numpy's buffer syntax: cytrus names the memoryview to write instead
cimport numpy as cnp
def total(cnp.ndarray[cnp.float64_t, ndim=2, mode="c"] a):
    return a[0, 0]
