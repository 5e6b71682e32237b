# a `*args` parameter
def f(*args):
    return 0
