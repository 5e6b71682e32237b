# a Python class
class Point:
    pass
