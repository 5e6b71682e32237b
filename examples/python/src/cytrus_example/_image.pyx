# Two image kernels over 2-D views.

def box_blur(const float[:, :] img, float[:, ::1] out):
    """3x3 mean of img into out (the border copies img)."""
    cdef Py_ssize_t i, j, di, dj
    cdef Py_ssize_t h = img.shape[0], w = img.shape[1]
    cdef float s
    if out.shape[0] != h or out.shape[1] != w:
        raise ValueError("out has the wrong shape")
    for i in range(h):
        for j in range(w):
            if i == 0 or j == 0 or i == h - 1 or j == w - 1:
                out[i, j] = img[i, j]
                continue
            s = 0
            for di in range(-1, 2):
                for dj in range(-1, 2):
                    s += img[i + di, j + dj]
            out[i, j] = s / 9

def threshold_count(const unsigned char[:, :] img, unsigned char level=128):
    """How many pixels are at or above level."""
    cdef long n = 0
    cdef Py_ssize_t i, j
    for i in range(img.shape[0]):
        for j in range(img.shape[1]):
            if img[i, j] >= level:
                n += 1
    return n
