# %(name)s needs a mapping
cdef int n = 3
print("%(n)s" % n)
