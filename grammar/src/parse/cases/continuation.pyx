cdef double weighted(double a,
                     double b):
    return (a +
            b) / \
           2
x = 1 + \
    2
print("a",
      "b",
      sep=""
      )
