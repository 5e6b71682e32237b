# imports a name from a Python module
from math import sqrt
