# imports a Python module other than cython and numpy
import os
