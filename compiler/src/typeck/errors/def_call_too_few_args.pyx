# def function takes 2 arguments, called with 1
def f(int a, int b):
    return a + b
f(1)
