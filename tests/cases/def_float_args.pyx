# Floats passed to a def function's integer and bint parameters: truncated
# as int() does, or taken by truth value; too big for the C type overflows.
def f(int x):
    return x * 2

def g(long long y, bint b):
    return y + b

def main():
    cdef double d = -2.7
    cdef float e = 9.99
    print(f(d), f(e), f(0.5), g(d, d), g(1e15, 0.0))
    try:
        print(f(3e9))
    except OverflowError as err:
        print("OverflowError", err)
main()
