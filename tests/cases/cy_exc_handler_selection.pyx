# Which except clause runs for each raised type, with two clauses, a
# tuple clause, a catch-all and none matching (propagates to the caller).
# Inspired by Cython's tests/run/tryexcept.pyx (double_except_raise,
# single_except_builtin, single_except_global_tuple).
cdef int raise_kind(int k) except -1:
    if k == 1:
        raise TypeError("t")
    if k == 2:
        raise ValueError("v")
    if k == 3:
        raise IndexError("i")
    if k == 4:
        raise AttributeError("a")
    return 0

def two_clauses(int k):
    cdef int i
    try:
        i = 1
        raise_kind(k)
    except TypeError:
        i = 2
    except ValueError:
        i = 3
    return i

def tuple_clause(int k):
    cdef int i = 1
    try:
        raise_kind(k)
        i = 2
    except (ValueError, TypeError):
        i = 3
    return i

def outer(int k):
    try:
        print(k, two_clauses(k), tuple_clause(k))
    except IndexError as e:
        print(k, "IndexError", e)
    except Exception as e:
        print(k, "Exception", e)

cdef int k
for k in range(5):
    outer(k)
