# `with nogil(cond):` needs a condition known at compile time
def f(int x):
    with nogil(x > 0):
        x = x + 1
    return x
