# an async function
async def f():
    return 0
