# A module-level view that was never assigned: reading its shape, then
# copying it raises UnboundLocalError naming it. Inspired by Cython's
# tests/memoryview/memoryviewattrs.pyx (test_nonecheck3).
cdef int[:] later
cdef int[:, :] never
try:
    print(never.is_c_contig())
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print("before")
later.copy()
