# Locals, parameters and loop variables named with C and Rust keywords and with
# names the generated code uses (Cython accepts them all as names).

cdef long chain(long base):
    cdef long auto = base + 1
    cdef long register = auto + 1
    cdef long restrict = register + 1
    cdef long goto = restrict + 1
    cdef long switch = goto + 1
    cdef long case = switch + 1
    cdef long default = case + 1
    cdef long do = default + 1
    cdef long typedef = do + 1
    cdef long static = typedef + 1
    cdef long volatile = static + 1
    cdef long asm = volatile + 1
    cdef long typeof = asm + 1
    cdef long bool = typeof + 1
    cdef long fn = bool + 1
    cdef long let = fn + 1
    cdef long mut = let + 1
    cdef long match = mut + 1
    cdef long impl = match + 1
    cdef long trait = impl + 1
    cdef long mod = trait + 1
    cdef long use = mod + 1
    cdef long pub = use + 1
    cdef long ref = pub + 1
    cdef long move = ref + 1
    cdef long loop = move + 1
    cdef long crate = loop + 1
    cdef long super = crate + 1
    cdef long self = super + 1
    cdef long Self = self + 1
    cdef long dyn = Self + 1
    cdef long unsafe = dyn + 1
    cdef long where = unsafe + 1
    cdef long type = where + 1
    cdef long abstract = type + 1
    cdef long become = abstract + 1
    cdef long box = become + 1
    cdef long final = box + 1
    cdef long macro = final + 1
    cdef long override = macro + 1
    cdef long priv = override + 1
    cdef long virtual = priv + 1
    cdef long gen = virtual + 1
    cdef long Some = gen + 1
    cdef long Ok = Some + 1
    cdef long Err = Ok + 1
    cdef long Option = Err + 1
    cdef long Result = Option + 1
    cdef long Vec = Result + 1
    cdef long Box = Vec + 1
    cdef long String = Box + 1
    cdef long rt = String + 1
    cdef long std = rt + 1
    cdef long core = std + 1
    cdef long i32 = core + 1
    cdef long u8 = i32 + 1
    cdef long f64 = u8 + 1
    cdef long usize = f64 + 1
    cdef long isize = usize + 1
    cdef long str = isize + 1
    cdef long main = str + 1
    cdef long message = main + 1
    cdef long cytrus_line = message + 1
    cdef long dims0 = cytrus_line + 1
    cdef long sqrt = dims0 + 1
    cdef long floor = sqrt + 1
    cdef long pow = floor + 1
    cdef long clock = pow + 1
    cdef long free = clock + 1
    cdef long malloc = free + 1
    cdef long errno = malloc + 1
    cdef long stdin = errno + 1
    cdef long stdout = stdin + 1
    cdef long t1 = stdout + 1
    cdef long t2 = t1 + 1
    cdef long __line = t2 + 1
    cdef long __slice = __line + 1
    return __slice

cdef long params(long fn, long match, long restrict, long auto, long self, long rt):
    return fn * 100000 + match * 10000 + restrict * 1000 + auto * 100 + self * 10 + rt

def views(double[:] type, double floor):
    cdef Py_ssize_t loop
    cdef double pow = 0
    for loop in range(type.shape[0]):
        pow += type[loop] // floor + type[loop] % floor
    return pow

cdef double buf[4]
cdef double[:] v = buf
cdef int k
for k in range(4):
    v[k] = k * 2.5
print(chain(0))
print(params(1, 2, 3, 4, 5, 6))
print(views(v, 2.0))
