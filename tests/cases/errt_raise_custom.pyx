# Uncaught TypeError raised in a cpdef called from a def at top level.
cpdef int check(int x) except -1:
    if x > 2:
        raise TypeError("too big")
    return x
def run():
    cdef int i
    for i in range(5):
        print(check(i))
run()
