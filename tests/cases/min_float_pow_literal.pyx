# float ** int literal: Cython calls powf, so the result is rounded to float.
def main():
    cdef float f = 0.1
    print(f ** 2)
main()
