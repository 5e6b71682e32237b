# After a noexcept function swallows an error, an except? -1 function returning -1 is not an error.
from cython.view cimport array as cvarray
cdef int bad(int[:] v) noexcept:
    return v[10]
cdef int maybe(int x) except? -1:
    return x
cdef double dmaybe(double x) except? -1.5:
    return x
def main():
    cdef int[:] v = cvarray(shape=(2,), itemsize=sizeof(int), format="i")
    v[:] = 4
    print(bad(v))
    print(maybe(-1), dmaybe(-1.5))
    try:
        print(v[5])
    except IndexError:
        print("caught")
    print(maybe(-1))
    print(bad(v), maybe(-1), maybe(3))
main()
