# break skips a loop's else clause, a return inside a loop leaves the
# function with the current values, and an inferred loop variable counts
# down with a negative step. Inspired by Cython's
# tests/run/for_in_range_T372.pyx (test_break, test_return,
# test_negindex_inferred).
def brk():
    cdef int i, n = 5
    for i in range(n):
        print(i, end=" ")
        n = 0
        if i == 2:
            break
    else:
        print("FAILED")
    print("|", i, n)

cdef int ret():
    cdef int i, n = 5
    for i in range(n):
        n = 0
        if i == 2:
            return i * 10 + n
    return -1

def inferred():
    cdef int n = 5
    for i in range(n, 1, -1):
        print(i, end=" ")
        n = 0
    print("|", i, n)

def no_break(int n):
    cdef int i
    for i in range(n):
        if i == 10:
            break
    else:
        print("else ran", n)

brk()
print(ret())
inferred()
no_break(3)
no_break(0)
no_break(11)
