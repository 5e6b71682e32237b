def classify(int n):
  cdef int i
  for i in range(n):
        if i % 3 == 0:
            pass
        elif i % 3 == 1:
              if i > 4:
                   n -= 1
              else:
                n += 100
        else:
         n += 1
  return n
	# a comment line indented with a tab is ignored
x = 1
