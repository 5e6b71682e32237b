# Enums: named and anonymous, explicit values and constant expressions,
# ctypedef enum, cpdef enum (its C side), in arithmetic, comparisons,
# print, casts, as C array sizes and struct fields.

cdef enum Color:
    RED
    GREEN = 5
    BLUE

cdef enum:
    SMALL = 2
    LARGE = SMALL * 4 + 1

ctypedef enum Mode:
    READ = 1 << 0
    WRITE = 1 << 1
    APPEND = 1 << 2
    READ_WRITE = READ | WRITE

cpdef enum Shape:
    CIRCLE
    SQUARE = 4
    TRIANGLE

cdef enum Level:
    LOW, MID = 10, HIGH

cdef struct Pixel:
    Color color
    int count

cdef int weight(Color c) noexcept:
    return c * 2 + 1

print(RED, GREEN, BLUE, SMALL, LARGE)
print(READ, WRITE, APPEND, READ_WRITE, READ_WRITE & WRITE, APPEND | READ)
print(CIRCLE, SQUARE, TRIANGLE, Shape.TRIANGLE, LOW, MID, HIGH)
cdef Color c = GREEN
print(c, c + 1, c * 2.5, c == GREEN, c != BLUE, c < BLUE, weight(c), weight(RED))
c = BLUE
print(c, <int>c, <Color>5 == GREEN)
cdef Mode m = READ_WRITE
print(m, m & APPEND == 0)
cdef Shape sh = SQUARE
print(sh, sh + TRIANGLE)

cdef int table[LARGE]
cdef double halves[SMALL]
cdef int i
for i in range(LARGE):
    table[i] = i * SMALL
print(sizeof(table), sizeof(halves), table[LARGE - 1])

cdef Pixel px = Pixel(BLUE, 3)
print(px, px.color == BLUE)
px.color = RED
print(px)
x = GREEN
print(x + 1)
