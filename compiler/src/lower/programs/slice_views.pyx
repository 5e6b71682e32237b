# Slicing: clamped bounds, a negative step, a new axis, a transpose.
def shapes(double[:, ::1] m):
    cdef double[:, :] r = m[1:, ::-1]
    cdef double[:] c = m[:, 0]
    cdef double[:, :] t = m.T
    print(r.shape[0], c.shape[0], t.shape[0])
