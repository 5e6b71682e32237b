# imports a Python module (numpy)
import numpy
