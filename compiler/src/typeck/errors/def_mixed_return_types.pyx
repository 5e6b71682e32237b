# def function returns a pointer on one path and a double on another
def f(double* p, bint b):
    if b:
        return p
    return 1.0
