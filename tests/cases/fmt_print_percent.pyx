# print with %-formatting, as statsmodels-style reports write it
from libc.math cimport sqrt, NAN, INFINITY

cdef double[12] y
cdef double[12] filt
cdef Py_ssize_t t
for t in range(12):
    y[t] = (4.0 if 5 <= t < 11 else 0.0) + ((t * 3) % 5 - 2) * 0.5
    filt[t] = 1.0 / (1.0 + t * t * 0.37)
cdef double llf = -17.123456789
print("llf %.8f" % llf)
for t in range(12):
    print("t=%2d y=%5.2f P(regime 1 | y_1..t) = %.6f  predicted %.6f" % (t, y[t], filt[t], 1 - filt[t]))
cdef float llf32 = -17.125
print("float32 llf %.3f, regime at t=8: %.4f" % (llf32, filt[8]))
print("n=%d v=%.12f theta[n,0]=%.12f" % (5, sqrt(2.0), filt[3]))
print("%2d x=%5.2f y=%8.5f plain=%.8f robust=%.8f" % (7, 1.25, -3.5, 0.1, 2.0 / 3.0))
print("nobs used %d, loglike %.6f" % (12, llf))
print("%e %E %g %G" % (1234.5678, 1e-7, 1e-5, 123456789.0))
print("%s %r %s" % (NAN, INFINITY, -INFINITY))
print("%5.1f%%" % 99.95)
print("%+d %+d % d %x %X %o %#x %#o" % (5, -5, 5, 255, 255, 8, 255, 8))
print("[%-10s] [%10s] [%-5d] [%05d]" % ("left", "right", 42, 42))
print("%s and %s" % (True, False), "mixed", 3, "%.2f" % 2.675)
cdef double h = 0.125
print("half-even: %.2f %.2f %.0f %.0f %.1f" % (h, 0.375, 0.5, 1.5, 0.25))
print("%d" % 2.9, "%d" % -2.9, "%i" % 1e20)
print("%.3s|%5c|%-3c|" % ("abcdef", 65, 90))
