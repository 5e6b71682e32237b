# passes `m[::2, :]` (rows stepped: `[::view.strided, ::view.contiguous]`) to a `double[:, ::1]` parameter
cdef double first(double[:, ::1] v):
    return v[0, 0]
cdef double buf[4][3]
cdef double[:, ::1] m = buf
first(m[::2, :])
