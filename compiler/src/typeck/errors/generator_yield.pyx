# a generator function
def gen(int n):
    yield n
