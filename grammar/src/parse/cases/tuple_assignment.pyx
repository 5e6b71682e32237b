a, b = 1, 2
a, b = b, a
x = y = z = 0
v[i], v[j] = v[j], v[i]
(p, q) = q, p
t = 1,
f(x), g(y)
def h():
    return a, b
