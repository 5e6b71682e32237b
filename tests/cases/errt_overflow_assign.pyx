# Uncaught OverflowError converting a Python int into a C unsigned char.
def main():
    big = 255
    cdef unsigned char c = big
    print(c)
    big += 1
    c = big
    print("unreached", c)
main()
