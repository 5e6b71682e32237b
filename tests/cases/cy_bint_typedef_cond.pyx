# A ctypedef'd bint in conditional expressions and and/or chains, passed to
# a bint parameter and summed. Inspired by Cython's
# tests/run/ctypedef_bint.pyx.
ctypedef bint mybool
cdef mybool mybul = True
cdef bint bul = True
cdef int num = 42

cdef int as_int(mybool arg):
    return <int>arg

def cond_to_bool(bint t):
    return as_int(not mybul if t else mybul) + as_int(not bul if t else bul)

def binop_to_bool():
    return as_int(not mybul or mybul) + as_int(not bul or bul)

def cond_sum(bint t):
    return (mybul if t else num) + (bul if t else num)

print(cond_to_bool(True), cond_to_bool(False), binop_to_bool())
print(cond_sum(True), cond_sum(False))
cdef mybool flag = num
print(flag, not flag, flag == True)
