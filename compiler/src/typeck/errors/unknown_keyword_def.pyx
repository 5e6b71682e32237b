# keyword `b` is not a parameter of the def function `f`
def f(int a):
    return a
f(a=1, b=2)
