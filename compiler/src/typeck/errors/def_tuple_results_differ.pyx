# a def whose returned tuples hold an int on one path and a float on another
def f(int k):
    if k > 0:
        return k, 1.5
    return 2.5, k
