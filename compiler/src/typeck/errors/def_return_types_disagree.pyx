# def function returns a double on one path and a memoryview on another
def f(double[:] v, bint b):
    if b:
        return v
    return 1.0
