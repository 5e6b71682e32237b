# SciPy style (interpolate/_rgi_cython.pyx): RegularGridInterpolator's
# find_indices (per-dimension interval search, normalised distance to the
# lower grid point, out-of-bounds flags) and a bilinear evaluate_linear_2d
# with an optional memoryview argument defaulting to None; stacked
# @cython decorators, const views, a const view chosen by a conditional.
import numpy as np
cimport numpy as np
cimport cython
from libc.math cimport NAN

np.import_array()


cdef inline double _lerp(double a, double b, double t) noexcept nogil:
    return a + t * (b - a)


@cython.wraparound(False)
@cython.boundscheck(False)
@cython.cdivision(True)
@cython.initializedcheck(False)
def evaluate_linear_2d(const double[:, :] values, const np.intp_t[:, :] indices,
                       const double[:, :] norm_distances, const double[:] y0,
                       const double[:] y1, double[:] out, double fill_value=NAN,
                       const np.uint8_t[:] out_of_bounds=None):
    """Bilinear interpolation of values at points given by their cell
    (indices[:, p]) and position inside it (norm_distances[:, p])."""
    cdef Py_ssize_t p, r, c
    cdef double tr, tc
    cdef bint check = out_of_bounds is not None
    for p in range(indices.shape[1]):
        if check and out_of_bounds[p]:
            out[p] = fill_value
            continue
        r, c = indices[0, p], indices[1, p]
        tr, tc = norm_distances[0, p], norm_distances[1, p]
        out[p] = _lerp(_lerp(values[r, c], values[r, c + 1], tc),
                       _lerp(values[r + 1, c], values[r + 1, c + 1], tc), tr)
    return np.asarray(out)


@cython.wraparound(False)
@cython.boundscheck(False)
@cython.cdivision(True)
cdef np.intp_t find_interval_ascending(const double* x, size_t nx, double xval) noexcept nogil:
    cdef np.intp_t low = 0, high = nx - 2, mid
    if xval <= x[0]:
        return 0
    if xval >= x[nx - 1]:
        return nx - 2
    while low < high:
        mid = (low + high + 1) // 2
        if x[mid] <= xval:
            low = mid
        else:
            high = mid - 1
    return low


@cython.wraparound(False)
@cython.boundscheck(False)
@cython.cdivision(True)
def find_indices(const double[::1] grid0, const double[::1] grid1, const double[:, :] xi,
                 np.intp_t[:, ::1] indices, double[:, ::1] norm_distances,
                 np.uint8_t[::1] out_of_bounds):
    cdef long i, j
    cdef double value, denom
    cdef const double[::1] grid
    for i in range(2):
        grid = grid0 if i == 0 else grid1
        for j in range(xi.shape[1]):
            value = xi[i, j]
            indices[i, j] = find_interval_ascending(&grid[0], grid.shape[0], value)
            denom = grid[indices[i, j] + 1] - grid[indices[i, j]]
            norm_distances[i, j] = (value - grid[indices[i, j]]) / denom
            if value < grid[0] or value > grid[grid.shape[0] - 1]:
                out_of_bounds[j] = 1


cdef Py_ssize_t n0 = 5, n1 = 4, n_pts = 9, i, j
cdef double[::1] g0 = np.empty(n0, dtype=np.float64)
cdef double[::1] g1 = np.empty(n1, dtype=np.float64)
for i in range(n0):
    g0[i] = i * i * 0.5
for j in range(n1):
    g1[j] = j * 2.0 - 1.0
cdef double[:, ::1] values = np.empty((n0, n1), dtype=np.float64)
for i in range(n0):
    for j in range(n1):
        values[i, j] = 3 * g0[i] - g1[j] + (i * j) % 3
cdef double[:, ::1] xi = np.empty((2, n_pts), dtype=np.float64)
for j in range(n_pts):
    xi[0, j] = j * 1.125 - 0.5
    xi[1, j] = 4.5 - j * 0.75
cdef np.intp_t[:, ::1] idx = np.empty((2, n_pts), dtype=np.intp)
cdef double[:, ::1] nd = np.empty((2, n_pts), dtype=np.float64)
cdef np.uint8_t[::1] oob = np.zeros(n_pts, dtype=np.uint8)
find_indices(g0, g1, xi, idx, nd, oob)
cdef double[::1] out = np.empty(n_pts, dtype=np.float64)
evaluate_linear_2d(values, idx, nd, g0, g1, out, -1.0, oob)
for j in range(n_pts):
    print(j, xi[0, j], xi[1, j], idx[0, j], idx[1, j], nd[0, j], nd[1, j], oob[j], out[j])
evaluate_linear_2d(values, idx, nd, g0, g1, out)
print("no bounds check:", out[0], out[8])
