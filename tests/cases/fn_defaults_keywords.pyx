# Default arguments and keyword arguments in calls to cdef, cpdef and def functions.
cdef double scale(double x, double factor=2.0, double offset=0.0):
    return x * factor + offset

cpdef int clamp(int x, int lo=0, int hi=10):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x

def describe(int n, bint loud=False):
    if loud:
        print("N IS", n)
    else:
        print("n is", n)

print(scale(3.0), scale(3.0, 3.0), scale(x=1.0, factor=0.5))
print(clamp(-5), clamp(50), clamp(5, hi=4), clamp(5, 6, 8))
describe(3)
describe(4, True)
describe(n=5, loud=True)
