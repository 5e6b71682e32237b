class Point:
    pass
cdef class Vec:
    pass
class Child(Base):
    x = 1
