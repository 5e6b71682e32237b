# Structs by value through cdef functions (parameters and returns), def
# functions taking and returning structs, struct locals, globals, and C
# arrays of structs.

cdef struct Stats:
    long count
    double mean
    double m2

cdef Stats push(Stats s, double x) noexcept nogil:
    cdef double delta
    s.count += 1
    delta = x - s.mean
    s.mean += delta / s.count
    s.m2 += delta * (x - s.mean)
    return s

cdef Stats merge(Stats a, Stats b):
    cdef Stats out
    cdef double delta = b.mean - a.mean
    out.count = a.count + b.count
    out.mean = a.mean + delta * b.count / out.count
    out.m2 = a.m2 + b.m2 + delta * delta * a.count * b.count / out.count
    return out

cpdef double variance(Stats s):
    return s.m2 / (s.count - 1)

def summary(Stats s):
    return s

cdef Stats empty = Stats(0, 0.0, 0.0)
cdef Stats left = empty, right = empty
cdef int i
for i in range(10):
    if i < 4:
        left = push(left, i * 1.5)
    else:
        right = push(right, i * 1.5)
print(left.count, left.mean, right.count, right.mean)
cdef Stats both = merge(left, right)
print(both.count, both.mean, variance(both))
print(summary(both))
print(empty)

cdef Stats per_bucket[3]
for i in range(3):
    per_bucket[i] = empty
for i in range(12):
    per_bucket[i % 3] = push(per_bucket[i % 3], i)
for i in range(3):
    print(i, per_bucket[i].count, per_bucket[i].mean, variance(per_bucket[i]))
print(per_bucket)
