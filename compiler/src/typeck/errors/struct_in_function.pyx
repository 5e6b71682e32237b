# declares a struct inside a function
def f():
    cdef struct Point:
        double x
    return 0
