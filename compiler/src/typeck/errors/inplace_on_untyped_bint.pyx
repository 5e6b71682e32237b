# untyped local assigned a bint, then incremented
def main():
    cdef bint v = True
    x = v
    x += 1
    print(x)
