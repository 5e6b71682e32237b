# Anonymous enums in a shared .pxd: integer constants for every module
# that cimports it.
cdef enum:
    OUTSIDE = 0
    INSIDE = 1
    VERTEX
    EDGE = INSIDE + 2

cdef enum:
    FLAG_A = -1
    FLAG_B

cdef inline unsigned char classify(double x) noexcept nogil:
    if x < 0:
        return OUTSIDE
    if x == 0:
        return VERTEX
    return INSIDE
