# A conditional expression between pointers of different types is a void*
# (Cython's spanning type); same types keep their type.
cdef int i = 11
cdef long L = -22
cdef double d = 3.5
cdef char c = 65

def pick(int which):
    p = &i if which == 0 else &L
    q = &d if which == 0 else &c
    r = &i if which else &i
    if which == 0:
        print((<int*>p)[0], (<double*>q)[0], r[0])
    else:
        print((<long*>p)[0], (<char*>q)[0], r[0])
    print(p != NULL, q == NULL)

pick(0)
pick(1)
cdef void* v = &d if i else &L
print((<double*>v)[0])
