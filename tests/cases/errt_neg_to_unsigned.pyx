# Uncaught OverflowError: negative Python int to size_t through a def argument.
def f(size_t n):
    return n
print(f(3))
x = -1
print(f(x))
