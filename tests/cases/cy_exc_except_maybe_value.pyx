# except? -1 on int and double returns: -1 returned without an error is
# a normal value, the same -1 with an error propagates.
# Inspired by Cython's tests/run/exceptionpropagation.pyx and
# tests/run/exceptions_nogil.pyx (bar, spam).
cdef int maybe(int i) except? -1:
    if i == 1:
        raise TypeError("int failed")
    return -1 if i == 2 else i * 10

cdef double dmaybe(double x) except? -1:
    if x > 100:
        raise ValueError("too big")
    return x - 1.0

cdef int k
for k in range(4):
    try:
        print("maybe", k, maybe(k))
    except TypeError as e:
        print("maybe", k, "TypeError", e)
try:
    print(dmaybe(0.0), dmaybe(1.5), dmaybe(-0.0))
    print(dmaybe(1000.0))
except ValueError as e:
    print("ValueError", e)
