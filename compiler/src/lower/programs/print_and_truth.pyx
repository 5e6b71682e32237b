# Printing each kind of value, and conditions as explicit truth tests.
cdef void show(int n, double d, bint b, int *p):
    if n and not b:
        print(n, d, b)
    if p:
        print("pointer")
    print(n > 2, min(n, 3), abs(d))
