# a `**kwargs` parameter
def f(**kwargs):
    return 0
