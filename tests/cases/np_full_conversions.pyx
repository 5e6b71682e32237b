# np.full's fill value reaches each dtype as numpy converts it: C integers
# go through Python ints (OverflowError out of range), floats are cast.
import numpy as np

def fill_int(long long v, int which):
    cdef signed char[::1] a
    cdef unsigned char[::1] b
    cdef short[::1] c
    cdef unsigned short[::1] d
    cdef int[::1] e
    cdef unsigned int[::1] f
    cdef long[::1] g
    cdef unsigned long[::1] h
    cdef float[::1] x
    cdef double[::1] y
    try:
        if which == 0:
            a = np.full(2, v, dtype=np.int8); print(a[0])
        elif which == 1:
            b = np.full(2, v, dtype=np.uint8); print(b[0])
        elif which == 2:
            c = np.full(2, v, dtype=np.int16); print(c[0])
        elif which == 3:
            d = np.full(2, v, dtype=np.uint16); print(d[0])
        elif which == 4:
            e = np.full(2, v, dtype=np.int32); print(e[0])
        elif which == 5:
            f = np.full(2, v, dtype=np.uint32); print(f[0])
        elif which == 6:
            g = np.full(2, v, dtype=np.int64); print(g[0])
        elif which == 7:
            h = np.full(2, v, dtype=np.uint64); print(h[0])
        elif which == 8:
            x = np.full(2, v, dtype=np.float32); print(x[0])
        else:
            y = np.full(2, v, dtype=np.float64); print(y[0])
    except OverflowError as err:
        print("OverflowError", err)

def fill_float(double v):
    cdef signed char[::1] a = np.full(1, v, dtype=np.int8)
    cdef unsigned char[::1] b = np.full(1, v, dtype=np.uint8)
    cdef int[::1] e = np.full(1, v, dtype=np.int32)
    cdef unsigned int[::1] f = np.full(1, v, dtype=np.uint32)
    cdef long[::1] g = np.full(1, v, dtype=np.int64)
    cdef float[::1] x = np.full(1, v, dtype=np.float32)
    cdef unsigned char[::1] t = np.full(1, v, dtype=np.bool_)
    print(v, a[0], b[0], e[0], f[0], g[0], x[0], t[0])

cdef long long[::1] values = np.zeros(9, dtype=np.longlong)
values[1] = -1; values[2] = 127; values[3] = 128; values[4] = 255
values[5] = 256; values[6] = -129; values[7] = 65536; values[8] = 2147483648
cdef int k, w
for k in range(9):
    for w in range(10):
        fill_int(values[k], w)
cdef double[::1] floats = np.zeros(8)
floats[0] = 0.5; floats[1] = -1.5; floats[2] = 2.75; floats[3] = 127.9
floats[4] = 300.25; floats[5] = -300.25; floats[6] = 1e10; floats[7] = -2.5e9
for k in range(8):
    fill_float(floats[k])
