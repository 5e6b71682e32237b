# pandas style (_libs/hashtable_class_helper.pxi Float64HashTable.factorize):
# factorize float64 values with an open-addressing hash table allocated with
# PyMem_Malloc; keys hashed through their bits via a `cdef union` (with -0.0
# folded into 0.0 and every NaN to one key), codes in an intp view and
# uniques in order of appearance, na_sentinel for NaN.
# cython: boundscheck=False, wraparound=False

import numpy as np
cimport numpy as cnp
from numpy cimport float64_t, intp_t, uint64_t
from cpython.mem cimport PyMem_Malloc, PyMem_Free
from libc.string cimport memset

cnp.import_array()

cdef union Float64Bits:
    float64_t f
    uint64_t u

cdef struct HashTable:
    float64_t* keys
    intp_t* vals
    char* used
    Py_ssize_t n_buckets
    Py_ssize_t size


cdef inline uint64_t _hash_float64(float64_t key) noexcept nogil:
    cdef Float64Bits bits
    if key != key:
        return 0x7ff8000000000000ULL  # every NaN hashes alike
    bits.f = key if key != 0.0 else 0.0
    # 64-bit mixer (murmur3 finaliser)
    bits.u ^= bits.u >> 33
    bits.u *= 0xff51afd7ed558ccdULL
    bits.u ^= bits.u >> 33
    bits.u *= 0xc4ceb9fe1a85ec53ULL
    bits.u ^= bits.u >> 33
    return bits.u


cdef int table_init(HashTable* t, Py_ssize_t size_hint) except -1:
    t.n_buckets = 8
    while t.n_buckets < 2 * size_hint:
        t.n_buckets *= 2
    t.size = 0
    t.keys = <float64_t*>PyMem_Malloc(t.n_buckets * sizeof(float64_t))
    t.vals = <intp_t*>PyMem_Malloc(t.n_buckets * sizeof(intp_t))
    t.used = <char*>PyMem_Malloc(t.n_buckets)
    if t.keys == NULL or t.vals == NULL or t.used == NULL:
        raise MemoryError("could not allocate a table of %d buckets" % t.n_buckets)
    memset(t.used, 0, t.n_buckets)
    return 0


cdef void table_free(HashTable* t) noexcept:
    PyMem_Free(t.keys)
    PyMem_Free(t.vals)
    PyMem_Free(t.used)


cdef intp_t table_get_or_insert(HashTable* t, float64_t key, intp_t new_val,
                                Py_ssize_t* probes) noexcept nogil:
    cdef uint64_t mask = t.n_buckets - 1
    cdef uint64_t slot = _hash_float64(key) & mask
    cdef bint key_nan = key != key
    while t.used[slot]:
        probes[0] += 1
        if t.keys[slot] == key or (key_nan and t.keys[slot] != t.keys[slot]):
            return t.vals[slot]
        slot = (slot + 1) & mask
    t.used[slot] = 1
    t.keys[slot] = key
    t.vals[slot] = new_val
    t.size += 1
    return new_val


def factorize(const float64_t[:] values, float64_t[::1] uniques, intp_t na_sentinel=-1,
              bint ignore_na=True):
    cdef HashTable table
    cdef Py_ssize_t i, n = values.shape[0], count = 0, probes = 0
    cdef intp_t[::1] labels = np.empty(n, dtype=np.intp)
    cdef intp_t k
    cdef float64_t val
    table_init(&table, n)
    try:
        with nogil:
            for i in range(n):
                val = values[i]
                if ignore_na and val != val:
                    labels[i] = na_sentinel
                    continue
                k = table_get_or_insert(&table, val, count, &probes)
                if k == count:
                    uniques[count] = val
                    count += 1
                labels[i] = k
    finally:
        table_free(&table)
    print("buckets", table.n_buckets, "stored", table.size, "collision probes", probes)
    return np.asarray(labels)


cdef Py_ssize_t n = 24, i
cdef float64_t[::1] v = np.empty(n, dtype=np.float64)
cdef float64_t[::1] uniq = np.empty(n, dtype=np.float64)
for i in range(n):
    v[i] = ((i * 7) % 9) * 0.5 - 1.0
v[5] = -0.0
v[6] = np.nan
v[13] = np.nan
cdef intp_t[::1] codes = factorize(v, uniq)
cdef long code = 0
cdef intp_t n_uniques = 0
for i in range(n):
    code = code * 3 + codes[i] + 1
    if codes[i] + 1 > n_uniques:
        n_uniques = codes[i] + 1
print("uniques", n_uniques, uniq[0], uniq[1], uniq[2], uniq[n_uniques - 1], "codes", code)
print("codes[5], codes[6], codes[13]:", codes[5], codes[6], codes[13])
codes = factorize(v, uniq, -7, False)
print("NaN kept as a value:", codes[6], codes[13], uniq[codes[6]])
