# a def function takes a pointer parameter
def f(double* p):
    return 0
