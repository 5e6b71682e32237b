# An untyped range() loop variable at module level is a Python object in
# Cython: arithmetic on it is exact (no C wrap-around), conversions to C
# types check the range, and it still indexes views and C arrays.
cdef unsigned char uc
cdef signed char sc
cdef unsigned int ui
cdef int arr[4]
cdef double data[4]
data[:] = [0.5, 1.5, 2.5, 3.5]
cdef double[:] v = data

cdef long twice(long x):
    return 2 * x

for k in range(-1, 2):
    try:
        uc = 255 + k * 256 + k
        print("uchar", uc)
    except OverflowError as e:
        print("uchar OverflowError:", e)
    try:
        sc = k * 128
        print("schar", sc)
    except OverflowError as e:
        print("schar OverflowError:", e)
    try:
        ui = k
        print("uint", ui)
    except OverflowError as e:
        print("uint OverflowError:", e)

for i in range(4):
    arr[i] = i * i
    print(i, v[i], v[-1 - i], arr[i], twice(i))
for j in range(3000000000, 3000000003):
    print(j * j * j, j // -7, j % -7, -j >> 3)
for s in range(10, -10, -7):
    print(s, s * 4611686018427387904, f"{s:+d}")
print(k, i, j, s)
