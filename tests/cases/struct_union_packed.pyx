# Unions (fields sharing their bytes), packed structs (no padding), and
# both inside other structs.

cdef union Bits:
    double d
    unsigned long long u
    long long i

ctypedef union Small:
    int n
    float f
    unsigned char b[4]

cdef packed struct Header:
    char kind
    int length
    short flags

cdef struct Loose:
    char kind
    int length
    short flags

cdef struct Tagged:
    int tag
    Bits value

cdef Bits b
b.d = 1.0
print(b.u, b.i)
b.u = 0x4000000000000000
print(b.d)
b.d = -0.0
print(b.u >> 63)
print(b)

cdef Small s
s.n = 0x01020304
print(s.b[0], s.b[1], s.b[2], s.b[3])
s.f = 1.0
print(s.n, sizeof(Small))

cdef Header h = Header(1, 1000, -2)
cdef Loose l = Loose(1, 1000, -2)
print(sizeof(Header), sizeof(Loose))
print(h, l)
h.length += 24
h.flags *= 3
print(h.length, h.flags, <long>(<char *>&h.length - <char *>&h))

cdef Tagged t
t.tag = 2
t.value.i = -5
print(t.tag, t.value.i, sizeof(Tagged))
cdef Bits c = Bits(i=7)
t.value = c
print(t.value.i, t.value.u)
