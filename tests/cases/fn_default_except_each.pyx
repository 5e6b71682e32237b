# Default exception behaviour, tried one kind at a time: int, double, pointer, bint returns.
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
    for w in range(4):
        try:
            if w == 0:
                print(i(1))
            elif w == 1:
                print(d(1))
            elif w == 2:
                print(p(&k, 1) == NULL)
            else:
                print(b(1))
        except ValueError as e:
            print("caught", e)
    print("end")
main()
