# Absolute dotted cimports of package modules, whose .pxd files cimport
# others relatively (`.sides`, `..numerics`, `..util.scale`).
from geom.shapes.area cimport square_area, doubled_sides
from geom.numerics cimport index_t
cimport geom.util.scale as gscale
cimport other.util.scale as oscale

cdef double d = square_area(1.5)
cdef float f = square_area(<float>2.0)
cdef index_t n = doubled_sides(3)
print(d, f, n)
print(gscale.twice(5), oscale.twice(5))
