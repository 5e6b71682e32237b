# numpy's constructors, each dtype spelled several ways, filled and read
# back through views of the matching C type.
import numpy as np
cimport numpy as cnp

cdef Py_ssize_t i, j
cdef double[::1] d = np.ones(4)
cdef double[::1] d2 = np.full(4, 2.5, dtype='f8')
cdef float[::1] f = np.full(4, 0.1, dtype=np.float32)
cdef float[::1] f2 = np.ones(3, dtype='float32')
cdef cnp.int8_t[::1] i8 = np.full(3, -128, dtype=np.int8)
cdef cnp.uint8_t[::1] u8 = np.full(3, 255, dtype='u1')
cdef cnp.int16_t[::1] i16 = np.full(3, -300, dtype=np.short)
cdef cnp.uint16_t[::1] u16 = np.full(3, 65535, dtype=np.uint16)
cdef cnp.int32_t[::1] i32 = np.full(3, -2147483648, dtype='i4')
cdef cnp.uint32_t[::1] u32 = np.full(3, 4294967295, dtype=np.uintc)
cdef cnp.int64_t[::1] i64 = np.full(3, -9223372036854775808, dtype=np.int64)
cdef cnp.uint64_t[::1] u64 = np.full(3, 18446744073709551615, dtype=np.uint64)
cdef cnp.intp_t[::1] ip = np.arange(5, dtype=np.intp)
cdef long[::1] lint = np.full(2, 7)
cdef double[:, ::1] m = np.empty((2, 3))
cdef double[::1, :] mf = np.ones((2, 3), order='F')
cdef double[:, :, ::1] cube = np.full((2, 2, 2), -1.5)
cdef unsigned char[::1] flags = np.full(3, True)
cdef double[::1] nan = np.full(2, np.nan)
cdef double[::1] inf = np.full(2, -np.inf)

print(d[0], d[3], d.shape[0], d.strides[0])
print(d2[1], f[0], f2[2], f.strides[0])
print(i8[0], u8[1], i16[2], u16[0])
print(i32[0], u32[1], i64[2], u64[0])
print(ip[0], ip[4], ip.shape[0], lint[1])
for i in range(2):
    for j in range(3):
        m[i, j] = i * 10 + j
print(m[1, 2], m.strides[0], m.strides[1], mf[1, 2], mf.strides[0], mf.strides[1])
print(cube[1, 1, 1], cube.strides[0], flags[2], nan[1], inf[0])
