# Struct-dtype memoryviews over C arrays of structs and over malloc'd memory
# (<Point[:n]>p), field access through elements, slices, packed elements.
from libc.stdlib cimport malloc, free
cdef struct Point:
    double x
    double y
cdef packed struct Rec:
    char tag
    double value

cdef double sum_x(Point[:] v):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i].x
    return s

cdef Point pts[4]
cdef int i
for i in range(4):
    pts[i] = Point(i, -i)
cdef Point[::1] view = pts
view[1].y = 50.0
view[2] = Point(7.0, 8.0)
print(sum_x(view), pts[1].y, view[2], view.shape[0], view.strides[0], view.itemsize)
cdef Point *buf = <Point *>malloc(3 * sizeof(Point))
cdef Point[:] pv = <Point[:3]>buf
for i in range(3):
    pv[i].x = i * 10
    pv[i].y = 0
print(sum_x(pv), buf[2].x, pv[::2].shape[0], sum_x(pv[::2]))
cdef Rec recs[2]
cdef Rec[:] rv = recs
rv[0].tag = 1
rv[1].value = 2.5
print(rv[0], rv[1].value, rv.strides[0])
free(buf)
