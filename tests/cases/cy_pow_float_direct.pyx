# float ** float assigned to a float. Inspired by Cython's
# tests/run/powop.pyx (f).
def fpow(float x, float y):
    cdef float r = x ** y
    return r

print(fpow(2.0, 3.0), fpow(4.0, 0.5), fpow(0.25, 0.5), fpow(1.0, 2.95), fpow(3.0, -1.0))
print(fpow(-2.0, 3.0), fpow(0.0, 0.0), fpow(10.0, -2.0))
