# An untyped local assigned Python's round() of a float holds an int (a
# Python int in Cython), also when the function computes with it or
# assigns it again; libc.math's round (cimported under another name here)
# is a double; round() of an integer is the integer.
from libc.math cimport round as c_round

def f(double d, float g, int i, long long q):
    a = round(d)
    b = round(g)
    c = round(i)
    e = round(q)
    h = c_round(d)
    k = round(d) + 1
    m = round(-d) * 2
    n = round(d)
    n = n + i
    p = i
    p = round(d)
    print(a, b, c, e, h, k, m, n, p)
    print(a // 2, a / 2, -a, abs(round(-d)), h / 2)

f(2.5, 3.5, 7, -9)
f(-0.5, 1.5, -3, 10 ** 12)
f(1e15 + 0.5, -2.5, 0, -1)
f(3.49999, 0.5, 2, 2)
