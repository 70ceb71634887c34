"""Differential fuzz of pyx's re against CPython's (run with python3).

    python3 tests/tools/re_fuzz.py PYX_BINARY [N] [SEED]

Generates N random small patterns (from a grammar covering classes,
repeats greedy/lazy/possessive, groups, backrefs, lookaround, atomic
groups, conditionals, anchors, flags) x random subjects, runs search,
fullmatch, findall and sub under both CPython (in this process) and pyx
(one batch program), and prints the cases whose results differ plus
counts. Deterministic for a given SEED; not run in CI.
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile

ALPHA = 'ab\xe9A\n _1'


def atom(r, d, ng):
    k = r.randrange(14 if d < 3 else 6)
    if k < 3:
        return r.choice('abA\xe9')
    if k == 3:
        return r.choice(['.', r'\w', r'\d', r'\s', r'\W', '[ab]', '[^a]',
                         '[a-c_]', r'[\w\n]', '[\xe9A]'])
    if k == 4:
        return r.choice(['^', '$', r'\b', r'\B', r'\A', r'\Z'])
    if k == 5:
        return r.choice('ab')
    if k == 6:
        ng[0] += 1
        return '(' + alt(r, d + 1, ng) + ')'
    if k == 7:
        return '(?:' + alt(r, d + 1, ng) + ')'
    if k == 8 and ng[0]:
        return '\\%d' % r.randint(1, ng[0])
    if k == 9:
        return r.choice(['(?=', '(?!']) + alt(r, d + 1, ng) + ')'
    if k == 10:
        return r.choice(['(?<=', '(?<!']) + r.choice(['a', 'b', 'ab', r'\w', '[ab]']) + ')'
    if k == 11:
        return '(?>' + alt(r, d + 1, ng) + ')'
    if k == 12 and ng[0]:
        return '(?(%d)%s|%s)' % (r.randint(1, ng[0]), seq(r, d + 1, ng), seq(r, d + 1, ng))
    return r.choice('ab')


def piece(r, d, ng):
    a = atom(r, d, ng)
    if a in ('^', '$', r'\b', r'\B', r'\A', r'\Z'):
        return a
    if r.random() < 0.35:
        q = r.choice(['*', '+', '?', '{2}', '{1,3}', '{,2}', '{2,}'])
        q += r.choice(['', '', '?', '+'])
        a += q
    return a


def seq(r, d, ng):
    return ''.join(piece(r, d, ng) for _ in range(r.randint(1, 3)))


def alt(r, d, ng):
    return '|'.join(seq(r, d, ng) for _ in range(r.randint(1, 2)))


def run_cpython(cases):
    out = []
    for pat, flags, subj in cases:
        try:
            p = re.compile(pat, flags)
            m = p.search(subj)
            f = p.fullmatch(subj)
            res = [m and [m.span(g) for g in range(p.groups + 1)],
                   f and f.span(),
                   [list(x) if isinstance(x, tuple) else x for x in p.findall(subj)],
                   p.subn('<>', subj)]
        except re.error:
            res = 'error'
        out.append(json.dumps(res))
    return out


PYX_PROG = r'''
import re, json
re.STEP_LIMIT = 200000
cases = json.loads(CASES)
for pat, flags, subj in cases:
    try:
        p = re.compile(pat, flags)
        m = p.search(subj)
        f = p.fullmatch(subj)
        res = [m and [list(m.span(g)) for g in range(p.groups + 1)],
               f and list(f.span()),
               [list(x) if isinstance(x, tuple) else x for x in p.findall(subj)],
               list(p.subn('<>', subj))]
        print(json.dumps(res))
    except re.error:
        print(json.dumps('error'))
    except re.StepLimitError:
        print(json.dumps('steplimit'))
'''


def main():
    pyx = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    r = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    cases = []
    for _ in range(n):
        pat = alt(r, 0, [0])
        flags = r.choice([0, 0, re.I, re.M, re.S, re.A, re.I | re.A])
        subj = ''.join(r.choice(ALPHA) for _ in range(r.randint(0, 8)))
        cases.append((pat, flags, subj))
    want = run_cpython(cases)
    # pyx grants no stdin by default: the cases travel inside the program.
    prog = 'CASES = %r\n' % json.dumps(cases) + PYX_PROG
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(prog)
    try:
        p = subprocess.run([pyx, f.name], capture_output=True, text=True,
                           timeout=600)
    finally:
        os.unlink(f.name)
    got = p.stdout.splitlines()
    if p.returncode != 0:
        print('pyx failed:', p.stderr[-2000:])
    bad = steps = 0
    for i, c in enumerate(cases):
        g = got[i] if i < len(got) else '<missing>'
        if g == '"steplimit"':
            steps += 1
            continue
        # json round trip: tuples became lists on both sides
        if g != json.dumps(json.loads(want[i])):
            bad += 1
            if bad <= 15:
                print('DIFF', repr(c), '\n  cpython', want[i], '\n  pyx    ', g)
    errors = sum(1 for w in want if w == '"error"')
    matched = sum(1 for w in want if w.startswith('[[['))
    print('cases %d  differ %d  step-limited %d  (re.error %d, search '
          'matched %d)' % (n, bad, steps, errors, matched))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
