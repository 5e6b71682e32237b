# Negating an unsigned int gives an unsigned int; passed to int and long
# parameters it converts as C does. Inspired by Cython's
# tests/run/unsignedbehaviour_T184.pyx (c_call).
cdef void two_ints(int a, int b):
    print(a, b)

cdef void two_longs(long a, long b):
    print(a, b)

cdef unsigned int i = 10
two_ints(-i, i)
two_longs(-i, i)
cdef unsigned long big = 10
two_longs(-big, big)
print(-i, -i + i, -i // 3)
