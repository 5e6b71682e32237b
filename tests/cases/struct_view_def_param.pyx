# A def function taking and returning views of structs: no typed safe Rust
# entry point carries them, but the module's own calls work on both backends.
import numpy as np

cdef packed struct Bin:
    double sum_gradients
    unsigned int count

def accumulate(Bin[::1] bins, const double[:] g, const unsigned char[:] idx):
    cdef Py_ssize_t i
    for i in range(g.shape[0]):
        bins[idx[i]].sum_gradients += g[i]
        bins[idx[i]].count += 1
    return bins

cdef Bin[::1] bins = np.zeros(3, dtype=np.dtype([('sum_gradients', np.float64), ('count', np.uint32)]))
cdef double[::1] g = np.arange(6, dtype=np.float64)
cdef unsigned char[::1] idx = np.zeros(6, dtype=np.uint8)
idx[1] = 2; idx[2] = 2; idx[3] = 1; idx[5] = 2
cdef Bin[::1] out = accumulate(bins, g, idx)
for i in range(3):
    print(i, out[i].sum_gradients, out[i].count)
