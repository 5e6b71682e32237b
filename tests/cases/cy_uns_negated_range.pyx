# range() whose start is the negation of an unsigned int: the bounds are
# unsigned, so the loop may not run at all. Inspired by Cython's
# tests/run/unsignedbehaviour_T184.pyx (loop, rangelist).
def count(unsigned int i):
    times = 0
    for x in range(-i, i):
        times += 1
    return times

def typed(unsigned int i):
    cdef long x
    cdef int n = 0
    for x in range(-i, i):
        n += 1
    return n

print(count(10), count(3), count(0))
print(typed(10), typed(0))
