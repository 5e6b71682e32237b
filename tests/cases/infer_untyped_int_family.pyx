# Cython's safe type inference of untyped local integer names: a table
# of variants, one function per C integer kind. A local assigned once takes
# its value's type (`~v` and `-v` keep v's own type before C's promotion, so
# unsigned ones wrap), and stays a C integer when used with & | ^ ~,
# compared, or passed to min/max; read in + - * << etc. or the target of an
# in-place operator, it is a Python int (exact). bint stays bint.
cdef enum Color:
    RED = 1
    GREEN = 2

def k_sc():
    cdef signed char v = -5
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("signed char", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def k_uc():
    cdef unsigned char v = 5
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("unsigned char", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def k_s():
    cdef short v = -5
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("short", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def k_us():
    cdef unsigned short v = 5
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("unsigned short", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def k_i():
    cdef int v = -5
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("int", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def k_ui():
    cdef unsigned int v = 5
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("unsigned int", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def k_l():
    cdef long v = -5
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("long", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def k_ul():
    cdef unsigned long v = 5
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("unsigned long", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def k_ll():
    cdef long long v = -5
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("long long", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def k_ull():
    cdef unsigned long long v = 5
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("unsigned long long", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def k_sz():
    cdef size_t v = 5
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("size_t", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def k_ps():
    cdef Py_ssize_t v = -5
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("Py_ssize_t", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def k_b():
    cdef bint v = True
    a1 = v
    a2 = ~v
    a3 = -v
    a4 = +v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("bint", a1, a2, a3, a4)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 3, a9)

def k_e():
    cdef Color v = GREEN
    a1 = v
    a5 = v
    a6 = v
    a7 = v
    a8 = v
    a9 = v
    print("Color", a1)
    print(a5 & 6, a5 | 8, a5 ^ 1, ~a5, a6 < 3, a6 == v, min(a7, 2), max(a7, 2))
    print(a8 + 1, a8 * 4294967296 * 4294967296)
    a9 += 1
    print(a9, a9 << 70)

def spanning():
    cdef int i = -3
    cdef unsigned int ui = 7
    cdef long l = -9
    cdef size_t sz = 11
    cdef Py_ssize_t ps = -13
    cdef unsigned char uc = 200
    cdef signed char sc = -20
    cdef short s = -2
    cdef unsigned short us = 60000
    cdef long long ll = -5
    cdef unsigned long long ull = 6
    x1 = i
    x1 = ui
    x2 = i
    x2 = l
    x3 = l
    x3 = sz
    x4 = ps
    x4 = sz
    x5 = sc
    x5 = uc
    x6 = s
    x6 = us
    x7 = ll
    x7 = ull
    x8 = 5
    x8 = sz
    x9 = -1
    x9 = 2
    x10 = RED
    x10 = i
    print(~x1, ~x2, ~x3, ~x4, ~x5, ~x6, ~x7, ~x8, ~x9, ~x10)
    x11 = uc
    x11 = sc
    print(x11, ~x11)
    for k in range(2):
        if k:
            x12 = i
        else:
            x12 = ui
    print(x12, ~x12)

def literal_then_size_t():
    cdef size_t n = 3
    cdef unsigned char v = 0o37
    w = 0b1000000
    print(min(w, v) * -sizeof(size_t), w & n, w ^ n, max(w, n) - 100)

def unary_narrow():
    cdef unsigned char c = 5
    cdef unsigned short us = 65534
    cdef unsigned int ui = 1
    cdef bint b = False
    cdef bint t = True
    u1 = -c
    u2 = ~c
    u3 = -us
    u4 = ~us
    u5 = -ui
    u6 = ~ui
    u7 = ~b
    u8 = ~(~b)
    u9 = -(-t)
    u10 = +c
    print(u1, u2, u3, u4, u5, u6, u7, u8, u9, u10)

def loops(size_t n):
    cdef int m = 3
    for k in range(3):
        pass
    for j in range(n):
        pass
    for q in range(m):
        pass
    for r in range(3):
        pass
    print(~k, ~j, ~q, r - sizeof(int), r * 4294967296 * 4294967296)

def assigned_from_arithmetic():
    cdef int i = 2147483647
    cdef unsigned int u = 3
    y = i + 1
    z = u - 4
    w = (u & 1) + 0
    print(y, z, ~z, w)

def not_an_operand():
    cdef unsigned int u = 3
    a = u
    b = u
    c = u
    d = u
    cdef int arr[4]
    arr[:] = [10, 20, 30, 40]
    print(arr[a] + 1, (<long>b) - 4, (c if c else 0) - 4, (d < 3) - 4, ~a, ~b, ~c, ~d)

def returns(unsigned char c):
    x = -c
    return x


k_sc()
k_uc()
k_s()
k_us()
k_i()
k_ui()
k_l()
k_ul()
k_ll()
k_ull()
k_sz()
k_ps()
k_b()
k_e()
spanning()
literal_then_size_t()
unary_narrow()
loops(4)
assigned_from_arithmetic()
not_an_operand()
print(returns(5), returns(0))
