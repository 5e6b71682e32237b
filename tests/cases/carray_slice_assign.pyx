# Slice assignment between 1-D C arrays of matching length: literal bounds
# (left out or given), other element types, in a function, inside nogil.
cdef int a[6]
cdef int b[3]
cdef int c[6]
cdef double d[4]
cdef double e[2]
cdef int k

cdef void reset(int *p):
    cdef int i
    for i in range(6):
        p[i] = i + 1

def show():
    print(a[0], a[1], a[2], a[3], a[4], a[5])

b[0] = 11; b[1] = 12; b[2] = 13
reset(a); a[1:4] = b; show()
reset(a); a[:3] = b; show()
reset(a); a[3:] = b; show()
reset(a); a[0:3] = b; show()
for k in range(6):
    c[k] = -k
reset(a); a[:] = c; show()
reset(a); a[0:6] = c; show()
e[0] = 0.5; e[1] = 0.25
d[0] = 1.0; d[1] = 2.0; d[2] = 3.0; d[3] = 4.0
with nogil:
    d[1:3] = e
print(d[0], d[1], d[2], d[3])

def in_function():
    cdef long x[4]
    cdef long y[2]
    x[0] = 1; x[1] = 2; x[2] = 3; x[3] = 4
    y[0] = 70; y[1] = 80
    x[2:] = y
    print(x[0], x[1], x[2], x[3])
    y[0:2] = y
    print(y[0], y[1])

in_function()
