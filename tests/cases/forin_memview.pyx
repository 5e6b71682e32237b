# for loops over 1-D memoryviews: the items in index order
from cython cimport view

cdef double gbuf[3]
cdef double[:] gv = gbuf
for gx in gv:
    print("module", gx)

def views():
    cdef int carr[6]
    cdef int i
    for i in range(6):
        carr[i] = i * i
    cdef int[:] v = carr
    cdef int x
    for x in v:
        print("item", x)
    for x in v[1:4]:
        print("slice", x)
    for x in v[::2]:
        print("strided", x)
    for x in v[::-1]:
        print("backwards", x)
    for x in reversed(v):
        print("reversed", x)
    for i, x in enumerate(v[2:]):
        print("enumerate", i, x)
    cdef double[:] dv = view.array(shape=(3,), itemsize=sizeof(double), format="d")
    dv[0] = 1.5; dv[1] = 2.5; dv[2] = -0.5
    for y in dv:
        print("untyped", y * 2)
    for z in v:
        if z == 9:
            break
        v[5] = 100
    else:
        print("never")
    print("z", z, "v[5]", v[5])
    for x in v[:0]:
        print("never")
    else:
        print("empty else")

cdef int sum_view(int[:] v) nogil:
    cdef int x, s = 0
    for x in v:
        s += x
    return s

views()
cdef int arr[4]
arr[0] = 1; arr[1] = 2; arr[2] = 3; arr[3] = 4
print("nogil sum", sum_view(arr))
