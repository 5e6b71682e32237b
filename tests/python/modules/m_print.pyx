# print from functions goes to sys.stdout.

def say(int x):
    print("x is", x)

def say_float(double x):
    print(x, x / 3, sep=", ")

def say_bool(bint b):
    print("flag:", b, end="!\n")

def many_lines(int n):
    cdef int i
    for i in range(min(max(n, 0), 5)):
        print(i, i * i)
    return n

def say_view(double[:] a):
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        print(i, a[i])
