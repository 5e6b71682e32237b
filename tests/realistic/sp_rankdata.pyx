# SciPy / pandas style (stats rankdata, algos.rank_1d): ranks of a float64
# array with tie methods chosen by a `cpdef enum`, the order from libc qsort
# over (value, index) structs with a cdef comparator that sorts NaN last and
# keeps equal values in index order.
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp
from libc.stdlib cimport qsort, malloc, free
from libc.math cimport isnan, NAN

cnp.import_array()

cpdef enum TiebreakEnumType:
    TIEBREAK_AVERAGE
    TIEBREAK_MIN
    TIEBREAK_MAX
    TIEBREAK_FIRST
    TIEBREAK_DENSE

cdef struct ValIdx:
    double value
    Py_ssize_t index


cdef int compare_validx(const void* a, const void* b) noexcept nogil:
    cdef const ValIdx* x = <const ValIdx*>a
    cdef const ValIdx* y = <const ValIdx*>b
    cdef bint xn = isnan(x.value), yn = isnan(y.value)
    if xn or yn:
        if xn and yn:
            return (x.index > y.index) - (x.index < y.index)
        return 1 if xn else -1
    if x.value < y.value:
        return -1
    if x.value > y.value:
        return 1
    return (x.index > y.index) - (x.index < y.index)


def rank_1d(const cnp.float64_t[::1] values, TiebreakEnumType ties_method=TIEBREAK_AVERAGE):
    cdef Py_ssize_t n = values.shape[0], i, j, dups = 0, dense = 0
    cdef cnp.float64_t[::1] ranks = np.empty(n, dtype=np.float64)
    cdef ValIdx* pairs = <ValIdx*>malloc(n * sizeof(ValIdx))
    cdef double sum_ranks = 0
    if pairs == NULL:
        raise MemoryError()
    for i in range(n):
        pairs[i].value = values[i]
        pairs[i].index = i
    qsort(pairs, n, sizeof(ValIdx), compare_validx)
    for i in range(n):
        if isnan(pairs[i].value):
            ranks[pairs[i].index] = NAN
            continue
        sum_ranks += i + 1
        dups += 1
        if i == n - 1 or pairs[i + 1].value != pairs[i].value:
            dense += 1
            for j in range(i - dups + 1, i + 1):
                if ties_method == TIEBREAK_AVERAGE:
                    ranks[pairs[j].index] = sum_ranks / dups
                elif ties_method == TIEBREAK_MIN:
                    ranks[pairs[j].index] = i - dups + 2
                elif ties_method == TIEBREAK_MAX:
                    ranks[pairs[j].index] = i + 1
                elif ties_method == TIEBREAK_FIRST:
                    ranks[pairs[j].index] = j + 1
                else:
                    ranks[pairs[j].index] = dense
            sum_ranks = dups = 0
    free(pairs)
    return np.asarray(ranks)


cdef Py_ssize_t n = 13, i
cdef cnp.float64_t[::1] v = np.empty(n, dtype=np.float64)
for i in range(n):
    v[i] = ((i * 5) % 7) * 0.5
v[3] = NAN
v[9] = NAN
cdef cnp.float64_t[::1] r
cdef double s
cdef int method
for method in range(TIEBREAK_DENSE + 1):
    r = rank_1d(v, <TiebreakEnumType>method)
    s = 0
    for i in range(n):
        if not isnan(r[i]):
            s += r[i] * (i + 1)
    print("method", method, "weighted sum", s, "r[0]", r[0], "r[5]", r[5], "r[12]", r[12],
          "r[3]", r[3])
print("enum constants", TIEBREAK_AVERAGE, TIEBREAK_DENSE)
