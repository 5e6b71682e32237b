# A range loop's bound and step are evaluated once: changing the bound
# variable or the loop variable inside the body does not change the
# iterations; the variable keeps its last value (or its old value when the
# loop never runs). Inspired by Cython's tests/run/for_in_range_T372.pyx
# and tests/run/range_optimisation_T203.pyx.
cdef int get_bound(int m):
    print("get_bound", m)
    return m

def modify():
    cdef int i, n = 5
    for i in range(n):
        print(i, end=" ")
        n = 0
    print("|", i, n)

def negstep():
    cdef int i, n = 5
    for i in range(n + 1, 1, -1):
        print(i, end=" ")
        n = 0
    print("|", i, n)

def target_reassign(int bound, int factor):
    cdef int i = 100
    for i in range(bound):
        print(i, end=" ")
        i *= factor
    print("|", i)

def bound_call(int n):
    cdef int i = 100
    for i in range(get_bound(n)):
        pass
    print("|", i)

def never(int a, int b):
    cdef int i = 100
    for i in range(a):
        print("at", i)
    for i in range(a, b):
        print("at", i)
    for i in range(a, b, 2):
        print("at", i)
    print("|", i)

modify(); negstep(); target_reassign(10, 2); bound_call(5); bound_call(0)
never(-5, -10); never(5, 10)
