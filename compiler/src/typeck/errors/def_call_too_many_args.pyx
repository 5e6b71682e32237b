# def function takes 1 argument, called with 2
def f(int a):
    return a
f(1, 2)
