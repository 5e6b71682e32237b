# Constants of anonymous enums in another module's .pxd, cimported by name
# and through the module.
from geo.where cimport OUTSIDE, INSIDE, VERTEX, EDGE as E, classify
cimport geo.where as w

cdef unsigned char r[3]
r[0] = classify(-1.0)
r[1] = classify(0.0)
r[2] = classify(2.5)
print(r[0], r[1], r[2])
print(OUTSIDE, INSIDE, VERTEX, E, w.FLAG_A, w.FLAG_B)
cdef int k = w.EDGE * 10 + VERTEX
print(k, r[2] == INSIDE)
