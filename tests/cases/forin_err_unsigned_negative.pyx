# a negative item for an unsigned target raises at its iteration
def f():
    cdef unsigned int u
    cdef int a = -1
    for u in [5, a]:
        print(u)
f()
