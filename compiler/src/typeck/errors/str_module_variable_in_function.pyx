# a module-level string read by a function
cdef int n = 3
msg = f"n = {n}"
def show():
    print(msg)
show()
