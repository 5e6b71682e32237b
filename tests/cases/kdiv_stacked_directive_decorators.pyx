# Stacked directive decorators apply from the bottom up: of two that set
# the same directive the upper (outer) one wins; different directives
# combine. Reads stay inside the C array behind the view.
cimport cython

cdef int backing[8]
cdef int k
for k in range(8):
    backing[k] = 10 * k
cdef int[:] inner = backing
cdef int[:] v = inner[4:6]

@cython.boundscheck(True)
@cython.boundscheck(False)
def outer_checks(int[:] b, int i):
    return b[i]

@cython.boundscheck(False)
@cython.boundscheck(True)
def outer_unchecked(int[:] b, int i):
    return b[i]

@cython.wraparound(True)
@cython.boundscheck(False)
@cython.wraparound(False)
def wrap_outer(int[:] b, int i):
    return b[i]

@cython.cdivision(False)
@cython.cdivision(True)
def div_outer(int a, int b):
    print(a // b, a % b)

@cython.cdivision(True)
@cython.cdivision(False)
def cdiv_outer(int a, int b):
    print(a // b, a % b)

for k in range(-1, 2, 2):
    print(outer_checks(v, k), outer_unchecked(v, k), wrap_outer(v, k))
try:
    outer_checks(v, 2)
except IndexError as e:
    print("IndexError:", e)
print(outer_unchecked(v, 2), outer_unchecked(v, -3))
div_outer(-7, 2)
cdiv_outer(-7, 2)
