# Addition between signed and unsigned operands of different widths: the
# result type follows C promotion (unsigned long absorbs a negative long,
# long long absorbs an unsigned short). Inspired by Cython's
# tests/run/unsigned.pyx.
cdef int i = 1
cdef long l = 2
cdef unsigned int ui = 4
cdef unsigned long ul = 8
print(i + l, i + ul, ui + l, ui + ul)

def sshort_ulong(signed short a, unsigned long b):
    return a + b

def ushort_sll(unsigned short a, signed long long b):
    return a + b

def slong_ulong(signed long a, unsigned long b):
    return a + b

print(sshort_ulong(1, 1), sshort_ulong(-1, 1), sshort_ulong(-2, 1))
print(ushort_sll(1, 1), ushort_sll(1, -1), ushort_sll(1, -2), ushort_sll(65535, -65536))
print(slong_ulong(1, 1), slong_ulong(-1, 1), slong_ulong(-2, 1))
print(sshort_ulong(-2, 1) == -1, ushort_sll(1, -2) == -1)
