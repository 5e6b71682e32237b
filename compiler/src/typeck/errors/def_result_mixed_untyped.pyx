# an untyped name holding a def result that is a bool or an int
def pick(int x):
    cdef bint b = x > 2
    if x == 0:
        return 7
    return b
y = pick(5)
print(y)
