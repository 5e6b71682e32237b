# C tuples (ctuples): return types, parameters, locals, module variables,
# indexing with constants, unpacking, item assignment and printing.

cdef (int, double) divmod_like(int a, int b):
    return a // b, <double>a / b

cdef (double, double) swap((double, double) p):
    return p[1], p[0]

cdef (int, (double, double)) nested(int n):
    cdef (double, double) inner = (n * 0.5, n * 1.5)
    return n, inner

cdef double total((int, (double, double)) t):
    return t[0] + t[1][0] + t[1][1]

cdef (long, long) fib_pair(int n):
    cdef long a = 0, b = 1
    cdef int i
    for i in range(n):
        a, b = b, a + b
    return a, b

cpdef (int, double) visible(int k):
    return k * 2, k / 4.0

def from_def(int k):
    cdef (int, int) t = (k, -k)
    return t

cdef (int, double) g_pair = divmod_like(17, 5)
print(g_pair)
print(g_pair[0], g_pair[1], g_pair[-1], g_pair[-2])

q, r = divmod_like(-7, 2)
print(q, r)

cdef (double, double) p = (1.25, -3.5)
print(swap(p), swap(swap(p)))
x, y = p
print(x, y)

cdef (int, (double, double)) n3 = nested(3)
print(n3, n3[1], n3[1][1], total(n3))
print(total(nested(10)))

print(fib_pair(10), fib_pair(50))
print(visible(3), from_def(4))

# item assignment, also through a pointer to an item
p[0] = 8.0
print(p)
cdef double* pp = &p[1]
pp[0] = 9.5
print(p)
g_pair[1] = 0.125
print(g_pair)

# swapping items, and assigning whole tuples
p[0], p[1] = p[1], p[0]
print(p)
cdef (double, double) p2 = p
p2[0] = -1.0
print(p, p2)

# one-item tuples print with a trailing comma
cdef (int,) one = (7,)
print(one, one[0])

# bint, char, unsigned, float members convert as Python values
cdef (bint, char, unsigned char, float, unsigned long long) mixed = (True, 65, 200, 1.1, 18446744073709551615)
print(mixed)

def in_function():
    cdef (int, double) t = (1, 2)
    cdef (int, double) u
    u = t
    u[0] = 10
    print(t, u)
    a, b = u
    print(a + b)
in_function()
