# A copy owns a new array; a slice of an unassigned parameter borrows it.
def f(double[:, ::1] m):
    cdef double[:, ::1] c = m.copy()
    cdef double[:] row = m[0]
    return c[0, 0] + row[0]
