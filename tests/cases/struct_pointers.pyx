# Struct pointers: `p.x` through a pointer (Cython's `p[0].x`), `&s`,
# pointer arithmetic, arrays of structs from malloc, a linked list.
from libc.stdlib cimport malloc, free

cdef struct Point:
    double x
    double y

cdef struct Node:
    int value
    Node *next

cdef void scale(Point *p, double k) noexcept:
    p.x *= k
    p[0].y = p[0].y * k

cdef double total(Point *pts, int n):
    cdef double s = 0
    cdef int i
    for i in range(n):
        s += pts[i].x + (pts + i).y
    return s

cdef Point a = Point(1.0, 2.0)
scale(&a, 3.0)
print(a)
cdef Point *pa = &a
pa.x = -1.0
print(a.x, pa.y, pa[0].x)

cdef double *px = &a.y
px[0] += 0.5
print(a)

cdef int n = 5, i
cdef Point *pts = <Point *>malloc(n * sizeof(Point))
for i in range(n):
    pts[i].x = i
    pts[i].y = i * i
    scale(&pts[i], 0.5)
print(total(pts, n), pts[4], pts[n - 1].y)
pts[0] = pts[4]
(pts + 1)[0] = a
print(pts[0], pts[1])
free(pts)

# a list built from nodes in a C array, walked through `next`
cdef Node nodes[4]
for i in range(4):
    nodes[i].value = 10 * (i + 1)
    nodes[i].next = &nodes[i + 1] if i < 3 else NULL
cdef Node *cur = &nodes[0]
cdef int sum_values = 0
while cur != NULL:
    sum_values += cur.value
    cur = cur.next
print(sum_values, nodes[2].next.value, nodes[0].next.next.value)
