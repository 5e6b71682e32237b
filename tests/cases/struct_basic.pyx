# Structs: declarations, field access, copies, literals (positional,
# keyword, dict), nested structs and array fields, sizeof, printing as dicts.

cdef struct Point:
    double x
    double y

ctypedef struct Rect:
    Point lo
    Point hi
    int tag

cdef struct Sample:
    int id
    float weight
    bint valid
    unsigned char level
    long counts[3]

cdef double area(Rect r):
    return (r.hi.x - r.lo.x) * (r.hi.y - r.lo.y)

cdef Point p = Point(1.5, -2.0)
cdef Point q = Point(y=4.0, x=3.0)
cdef Point d = {'x': 0.25, 'y': 0.75}
print(p, q, d)
print(p.x + q.x + d.x, p.y * q.y)

# assignment copies: changing the copy leaves the original
cdef Point c = p
c.x = 100.0
print(p.x, c.x)

cdef Rect r = Rect(Point(0.0, 0.0), Point(3.0, 2.0), 7)
print(r)
print(area(r), r.hi.x, r.lo.y, r.tag)
r.lo = q
r.hi.y += 10.0
print(r, area(r))

cdef Sample s
s.id = 42
s.weight = 0.1
s.valid = True
s.level = 250
s.counts[0] = 10
s.counts[1] = -20
s.counts[2] = 1 << 40
print(s)
s.level += 10
s.counts[1] *= 3
print(s.level, s.counts[1], s.valid, s.weight)
print(sizeof(Point), sizeof(Rect), sizeof(Sample), sizeof(p), sizeof(r))

def make_rect(double w, double h):
    cdef Rect out = Rect(lo=Point(0.0, 0.0), hi=Point(w, h), tag=1)
    out.tag += 1
    return out

print(make_rect(2.0, 0.5))
cdef Rect made = make_rect(4.0, 1.0)
print(area(made), made.tag)
