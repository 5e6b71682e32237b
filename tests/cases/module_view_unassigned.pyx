# Module-level views read before any assignment raise UnboundLocalError
# (Cython's initializedcheck), however they are read; once assigned they
# read normally, also when assigned in a later loop iteration.
cdef int store[4]
for n in range(4):
    store[n] = n * 3
cdef int[:] a
cdef int[:] b
cdef int[:, :] c
cdef double[:] d

cdef int first(int[:] v):
    return v[0]

def attempt(int which):
    pass

for step in range(3):
    try:
        if step == 0:
            print(a[0])
        elif step == 1:
            print(a.shape[0])
        else:
            print(len(a))
    except UnboundLocalError as e:
        print(step, "UnboundLocalError:", e)
try:
    print(first(b))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(c[0, 0])
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    e2 = b[1:]
    print(e2[0])
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    d[0] = 1.5
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
for step in range(3):
    try:
        print(step, a[step])
    except UnboundLocalError as e:
        print(step, "UnboundLocalError:", e)
    a = store
b = a[1:]
print(first(b), a[3], b.shape[0], len(b))
