# ** with various operand types.
def main():
    cdef int a = 3
    cdef long b = 2
    cdef unsigned int u = 2
    cdef double d = 1.5
    cdef float f = 2.0
    cdef int neg = -1
    cdef char c = 2
    print(a ** 2, a ** 3, b ** 62, b ** 63)
    print(a ** b, u ** a, c ** a)
    print(d ** a, f ** 3, f ** d)
    print(a ** neg, neg ** 3, neg ** 4)
    print(2 ** -1, 0 ** 0, a ** 0)
    print((-2) ** 3, 2.0 ** 0.5, 10 ** 9)
    cdef long long ll = 10
    print(ll ** 18, ll ** 19)
    cdef int zero = 0
    print(zero ** a, d ** zero)
main()
