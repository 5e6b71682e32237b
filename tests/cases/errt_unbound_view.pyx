# Uncaught UnboundLocalError: memoryview used before assignment in a def.
def f(int n):
    cdef double[:] v
    if n > 0:
        v = None
    print("n", n)
    return v.shape[0]
print(f(1))
print(f(0))
