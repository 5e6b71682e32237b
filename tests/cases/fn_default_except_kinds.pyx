# Default exception behaviour of cdef functions returning void, int, double, pointer, bint.
cdef void v(int x):
    if x:
        raise ValueError("void")
cdef int i(int x):
    if x:
        raise ValueError("int")
    return -1
cdef double d(int x):
    if x:
        raise ValueError("double")
    return -1.0
cdef int *p(int *q, int x):
    if x:
        raise ValueError("ptr")
    return q
cdef bint b(int x):
    if x:
        raise ValueError("bint")
    return True
def main():
    cdef int k = 5
    cdef int w
    for w in range(2):
        try:
            v(w)
            print(i(w), d(w), p(&k, w)[0], b(w))
        except ValueError as e:
            print("caught", e)
    print("end")
main()
