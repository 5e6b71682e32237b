# Untyped names assigned a value and also used as a range loop variable:
# Cython types them as the type spanning the value and the bounds.
cimport cython
def f(int a, int b):
    i = 77
    for i in range(a, b):
        pass
    print(cython.typeof(i), i)
def g(int a, size_t b):
    for i in range(a, b):
        pass
    print(cython.typeof(i), i)
def h(int a, size_t b):
    for i in reversed(range(a, b)):
        pass
    print(cython.typeof(i), i)
def k(int a, int b):
    i = 77
    for i in reversed(range(a, b)):
        pass
    print(cython.typeof(i), i)
f(1, 3); g(1, 3); h(1, 3); k(1, 3)
def s1(int a, short b):
    i = 77
    for i in range(a, b, 2):
        pass
    print(cython.typeof(i), i)
def s2(short a, short b, long long c):
    i = 77
    for i in range(a, b, c):
        pass
    print(cython.typeof(i), i)
def s3(unsigned int n):
    i = 77
    for i in range(n):
        pass
    print(cython.typeof(i), i)
def s4(unsigned int n):
    i = 2**40
    for i in range(n):
        pass
    print(cython.typeof(i), i)
s1(1, 5); s2(1, 5, 2); s3(4); s4(3)
