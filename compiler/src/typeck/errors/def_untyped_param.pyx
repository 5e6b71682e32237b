# parameter `x` of a def function has no type
def f(x):
    return 1.0
