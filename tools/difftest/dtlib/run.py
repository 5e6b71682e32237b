"""Compiling and running modules with Cython and with cytrus.

Cython: what ../shared/conformance/record.sh does (`cythonize -3 -i`, then
`python3 -c "import NAME"`), but several modules go through one `cython`
process and each C file through one compiler call with the flags setuptools
would use, which is several times cheaper.  Observed: stdout, the last
stderr line, the exit status.
"""

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import sysconfig
import time

PYTHON = sys.executable or 'python3'
RUN_TIMEOUT = int(os.environ.get('DIFFTEST_TIMEOUT', '60'))


class Outcome:
    """What one implementation did with one module.

    status: 'ok' (exit 0), 'error' (exit 1 with ErrorType: message last on
    stderr), 'rejected' (the compiler refused the program), 'internal'
    (cytrus failed otherwise: generated code does not compile, a panic),
    'crash' (a signal), 'timeout'.
    """

    def __init__(self, status, stdout='', last_err='', rc=None, diag=''):
        self.status = status
        self.stdout = stdout
        self.last_err = last_err
        self.rc = rc
        self.diag = diag          # diagnostics (rejections, internal errors)

    def __repr__(self):
        return 'Outcome(%s, rc=%s, %d bytes, %r)' % (self.status, self.rc, len(self.stdout), self.last_err)

    def same(self, other):
        return (self.status == other.status and self.stdout == other.stdout
                and (self.status != 'error' or self.last_err == other.last_err))


def _last_line(text):
    lines = text.rstrip('\n').split('\n')
    return lines[-1] if lines else ''


MAX_OUTPUT = 16 << 20     # a program printing more than this is stopped


def run_proc(cmd, cwd, timeout=RUN_TIMEOUT, env=None):
    """Run cmd in its own process group with stdout/stderr in files; on
    timeout, or when it prints more than MAX_OUTPUT bytes, the whole group is
    killed (cytrus run starts the compiled program as a child) and the
    status is None."""
    import tempfile
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        p = subprocess.Popen(cmd, cwd=cwd, stdout=fo, stderr=fe, stdin=subprocess.DEVNULL,
                             env=env, start_new_session=True)
        deadline = time.time() + timeout
        rc = None
        while True:
            try:
                rc = p.wait(timeout=0.05 if time.time() - (deadline - timeout) < 1 else 0.25)
                break
            except subprocess.TimeoutExpired:
                pass
            if time.time() > deadline or os.fstat(fo.fileno()).st_size > MAX_OUTPUT \
                    or os.fstat(fe.fileno()).st_size > MAX_OUTPUT:
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                p.wait()
                rc = None
                break
        # the group may have children left (killed above only on timeout)
        out = _read(fo)
        err = _read(fe)
    return rc, out, err


def _read(f):
    f.seek(0)
    return f.read(MAX_OUTPUT).decode('utf-8', 'replace')


# -- Cython ----------------------------------------------------------------------

def _cc_commands():
    cc = sysconfig.get_config_var('CC') or 'cc'
    cflags = sysconfig.get_config_var('CFLAGS') or ''
    ccshared = sysconfig.get_config_var('CCSHARED') or '-fPIC'
    ldshared = sysconfig.get_config_var('LDSHARED') or (cc + ' -shared')
    inc = sysconfig.get_paths()['include']
    # -g only adds debug information; leaving it out keeps the code the same.
    # The programs are free of undefined behaviour, but the level still
    # changes one thing they print: gcc folds Cython's complex pow() of
    # constant operands (a "soft complex" double power) exactly from -O1 on
    # and calls the inexact cpow() at -O0.  record.sh builds at -O3, so the
    # tester must fold too: -Og (it folds as -O3 does here, at about a
    # quarter of -O3's compile time); DIFFTEST_OPT=-O3 gives setuptools' level.
    flags = [f for f in shlex.split(cflags) if f != '-g' and not f.startswith('-O')]
    flags.append(os.environ.get('DIFFTEST_OPT', '-Og'))
    compile_cmd = shlex.split(cc) + flags + shlex.split(ccshared) + ['-I' + inc]
    try:
        import numpy
        compile_cmd.append('-I' + numpy.get_include())
    except ImportError:
        pass
    # setuptools links with LDSHARED; its first word is the compiler
    link_cmd = shlex.split(ldshared)
    link_cmd = [w for w in link_cmd if w != '-g']
    return compile_cmd, link_cmd


EXT_SUFFIX = sysconfig.get_config_var('EXT_SUFFIX') or '.so'
CYTHON_ERR = re.compile(r'^(?P<file>[^\s:]+\.pyx):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$')


def cython_compile(paths, workdir, log=None):
    """Translate and build every .pyx in paths (all in workdir) as Cython
    would.  Returns {name: None | 'rejected: message'}."""
    res = {}
    names = [os.path.basename(p)[:-4] for p in paths]
    t0 = time.time()
    rc, out, err = run_proc(['cython', '-3'] + [os.path.basename(p) for p in paths],
                            cwd=workdir, timeout=600)
    errs = {}
    for ln in (out + '\n' + err).split('\n'):
        m = CYTHON_ERR.match(ln.strip())
        if m:
            n = os.path.basename(m.group('file'))[:-4]
            errs.setdefault(n, []).append('%s:%s: %s' % (m.group('line'), m.group('col'), m.group('msg')))
    t1 = time.time()
    compile_cmd, link_cmd = _cc_commands()
    for n in names:
        c = os.path.join(workdir, n + '.c')
        if n in errs or not os.path.exists(c) or _c_is_error_stub(c):
            res[n] = 'rejected: ' + ('; '.join(errs.get(n, [])) or (err.strip()[-500:] or 'no C output'))
            continue
        o = os.path.join(workdir, n + '.o')
        so = os.path.join(workdir, n + EXT_SUFFIX)
        rc1, o1, e1 = run_proc(compile_cmd + ['-c', c, '-o', o], cwd=workdir, timeout=600)
        if rc1 != 0:
            res[n] = 'rejected: C compiler: ' + (e1.strip()[-800:])
            continue
        rc2, o2, e2 = run_proc(link_cmd + [o, '-o', so], cwd=workdir, timeout=600)
        if rc2 != 0:
            res[n] = 'rejected: linker: ' + (e2.strip()[-800:])
            continue
        res[n] = None
    if log is not None:
        log['cython_s'] = log.get('cython_s', 0) + (t1 - t0)
        log['cc_s'] = log.get('cc_s', 0) + (time.time() - t1)
    return res


def _c_is_error_stub(c):
    with open(c, 'rb') as f:
        head = f.read(200)
    return head.startswith(b'#error')


def cython_run(name, workdir):
    rc, out, err = run_proc([PYTHON, '-c', 'import ' + name], cwd=workdir)
    return _outcome(rc, out, err)


def _outcome(rc, out, err):
    if rc is None:
        return Outcome('timeout', out, _last_line(err), rc)
    if rc == 0:
        return Outcome('ok', out, '', rc)
    if rc == 1 and err.strip():
        return Outcome('error', out, _last_line(err), rc)
    return Outcome('crash', out, _last_line(err), rc, diag=err[-2000:])


# -- cytrus ----------------------------------------------------------------------

CYTRUS_TIMEOUT = int(os.environ.get('DIFFTEST_CYTRUS_TIMEOUT', '30'))


def cytrus_run(cytrus, pyx, backend, workdir, timeout=None):
    """cytrus run (translation, compilation and the run: 30 s by default;
    the generated programs run in well under a second)."""
    rc, out, err = run_proc([cytrus, 'run', os.path.basename(pyx), '--backend', backend,
                             '--color', 'never'], cwd=workdir, timeout=timeout or CYTRUS_TIMEOUT)
    if rc is None:
        return Outcome('timeout', out, _last_line(err), rc)
    if rc == 0:
        return Outcome('ok', out, '', rc)
    if rc == 1:
        return Outcome('error', out, _last_line(err), rc)
    if rc == 2:
        return Outcome('rejected', out, _last_line(err), rc, diag=err[-20000:])
    if rc == 5 or rc < 0:
        return Outcome('crash', out, _last_line(err), rc, diag=err[-2000:])
    return Outcome('internal', out, _last_line(err), rc, diag=err[-4000:])


def cytrus_check(cytrus, pyx, workdir):
    rc, out, err = run_proc([cytrus, 'check', os.path.basename(pyx), '--color', 'never'], cwd=workdir)
    return rc, err


def fresh_dir(path):
    if os.path.exists(path):
        shutil.rmtree(path)
    os.makedirs(path)
    return path
