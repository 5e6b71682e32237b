# numpy's C types through `cimport numpy as cnp`: each typedef is the C type
# it names (sizes, signedness, wraparound, promotion), `cnp.import_array()`
# is a no-op, and views of numpy element types work as memoryviews.
cimport numpy as cnp
from cython cimport view

cnp.import_array()

ctypedef cnp.float64_t DTYPE_t

cdef cnp.int8_t a8 = 127
cdef cnp.uint8_t u8 = 250
cdef cnp.int16_t a16 = -32768
cdef cnp.uint16_t u16 = 65535
cdef cnp.int32_t a32 = 2147483647
cdef cnp.uint32_t u32 = 4294967295
cdef cnp.int64_t a64 = -9223372036854775807
cdef cnp.uint64_t u64 = 18446744073709551615
cdef cnp.intp_t ip = -5
cdef cnp.uintp_t up = 5
cdef cnp.npy_intp n = 6
cdef cnp.npy_uintp nu = 7
cdef cnp.float32_t f32 = 0.1
cdef cnp.float64_t f64 = 0.1
cdef cnp.double_t d = 2.5
cdef cnp.float_t ft = 1.25
cdef cnp.longlong_t ll = 3
cdef cnp.ulonglong_t ull = 4
cdef cnp.npy_float64 nf64 = 0.5
cdef cnp.npy_int32 ni32 = -9
cdef cnp.npy_bool flag = 1

print(sizeof(cnp.int8_t), sizeof(cnp.int16_t), sizeof(cnp.int32_t), sizeof(cnp.int64_t))
print(sizeof(cnp.intp_t), sizeof(cnp.npy_intp), sizeof(cnp.float32_t), sizeof(DTYPE_t))
a8 += 1
u8 += 10
a16 -= 1
u16 += 1
print(a8, u8, a16, u16)
print(a32, u32, a64, u64)
print(ip * up, n // 4, nu % 4, ll + ull, ni32 * 2, flag)
print(f32 == 0.1, f64 == 0.1, d * ft, nf64 + 1)
print(u32 + 1, a32 + 1)

cdef DTYPE_t[:, ::1] m = view.array(shape=(2, 3), itemsize=sizeof(DTYPE_t), format="d")
cdef cnp.npy_intp i, j
for i in range(m.shape[0]):
    for j in range(m.shape[1]):
        m[i, j] = i * 10 + j * 0.5
cdef DTYPE_t total = 0
for i in range(m.shape[0]):
    for j in range(m.shape[1]):
        total += m[i, j]
print(total, m[1, 2])

cdef cnp.int32_t[::1] counts = view.array(shape=(4,), itemsize=sizeof(cnp.int32_t), format="i")
for i in range(4):
    counts[i] = <cnp.int32_t>(i * i)
print(counts[0], counts[1], counts[2], counts[3])
