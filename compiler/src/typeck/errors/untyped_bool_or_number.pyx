# an untyped name assigned `or` of a bint and an int: a bool or an int in Cython
def f(bint a, int n):
    u = a or n
    print(u)
f(True, 3)
