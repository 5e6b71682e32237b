# A fused type whose members include another fused type: Cython flattens
# them (a member that appears again through one is no error).
from cython cimport floating
ctypedef fused A:
    floating
    int
cdef A f(A x):
    return x
print(f(1.5), f(2), f[float](2.5))
