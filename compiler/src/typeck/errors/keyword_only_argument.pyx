# a keyword-only parameter
def f(int a, *, int b):
    return a + b
