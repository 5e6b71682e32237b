# The smaller constructs of issue 13's table together: import cython, libc.math's
# abs under another name, libc modules, cpython.mem, numpy's cimport and import,
# pointer array literals, char literals, ctuples, chained and tuple assignment,
# xrange, pure-Python type names, % / .format / f-string formatting.
import cython
from libc.math cimport abs as cabs
from libc cimport math
from cpython.mem cimport PyMem_Malloc, PyMem_Free
cimport numpy as cnp
import numpy as np
cnp.import_array()
cdef char *p = [1, 2, 3]
cdef char c = b'x'
cdef char d = 'y'
cdef (double, int) pair():
    return 1.5, 2
cdef double* buf = <double*>PyMem_Malloc(3 * sizeof(double))
buf[0] = -2.5
print(cabs(buf[0]), math.sqrt(4.0), p[2], c, d, pair())
PyMem_Free(buf)
cdef int a, b
a = b = 3
a, b = b, a + 1
for a in xrange(2):
    pass
cdef cython.double z = 1.0
if a > 5:
    raise ValueError("bad %d and %s" % (a, "x"))
print("{} {}".format(a, b), f"{z:.3f}")
