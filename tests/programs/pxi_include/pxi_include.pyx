# `include` splices a file's statements in place: paths are relative to
# the including file (lib/helpers.pxi includes lib/consts.pxi), and a .pxd
# may include too.
from shapes cimport area
include "lib/helpers.pxi"

cdef int i
for i in range(3):
    print(i, scaled(i), area(i))
print(OFFSET)
