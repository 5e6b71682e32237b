# calls the Python class of a cpdef enum
cpdef enum Shape:
    CIRCLE
    SQUARE
print(Shape(1))
