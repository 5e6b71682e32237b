# `**` on two C floats is C's powf (single precision), on doubles pow:
# 2,000 float powers summed in float, and the same in double.
cdef float fpow(float a, float b):
    return a ** b

cdef double dpow(double a, double b):
    return a ** b

cdef float fs = 0
cdef double ds = 0
cdef float a, b
cdef int i
for i in range(2000):
    a = 1.0 + (i % 37) / 16.0
    b = (i % 11) / 4.0 - 1.25
    fs += fpow(a, b)
    ds += dpow(a, b)
print(fs)
print(ds)
print(fpow(2.0, 0.5), dpow(2.0, 0.5))
