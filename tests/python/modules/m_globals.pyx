# Module-level code runs at import; globals readable from Python.
cdef int hidden = 7
limit = 10
ratio = 2.5
flag = True

print("importing m_globals", hidden, limit)

def get_hidden():
    return hidden

def bump(int k):
    global_sum = hidden + k
    return global_sum

def scaled(double x):
    return x * 2.5
