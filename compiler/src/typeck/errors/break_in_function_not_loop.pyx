# `break` in an if inside a function, but not inside a loop
cdef void f(int x):
    if x > 0:
        break
