# Uncaught OverflowError: value too large for a short parameter.
def f(short s):
    return s * 2
print(f(32767))
print(f(32768))
