#!/usr/bin/env python3
"""Reads TLC's -tool message stream as its clients do.

  tlc_stream.py check FILE          every message parses with the VS Code extension's regular
                                    expressions and every code is one the extension registers
  tlc_stream.py codes FILE          the (code, class) sequence, normalised for comparison
  tlc_stream.py states FILE         the bodies of the trace states (2217) and of a lasso's end
                                    (2122 back to a state, 2218 stuttering), one block each

The regular expressions and the registered codes are those of tlaplus/vscode-tlaplus
(src/parsers/tlc.ts, src/parsers/tlcCodes.ts); see ../shared/notes/tlc-outputs.md.
"""
import re
import sys

START = re.compile(r'^(.*)@!@!@STARTMSG (-?\d+)(:\d+)? @!@!@$')
END = re.compile(r'^(.*)@!@!@ENDMSG -?\d+ @!@!@(.*)$')
TS = r'\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}'
LOC = r'line (\d+), col (\d+) to line (\d+), col (\d+) of module (\w+)'
FIRST_LINE = {
    2185: re.compile(r'^Starting\.\.\. \((' + TS + r')\)$'),
    2186: re.compile(r'^Finished in (\d+)ms at \((' + TS + r')\)$'),
    2190: re.compile(r'^Finished computing initial states: (\d+) distinct states? generated at (' + TS + r').*$'),
    2200: re.compile(r'^Progress\(([\d,]+)\) at (' + TS + r'): ([\d,]+) states generated.*, ([\d,]+) distinct states '
                     r'found.*, ([\d,]+) states left on queue.*'),
    2192: re.compile(r'^Checking temporal properties for the (complete|current) state space'),
    # TLC adds where an action that is a part of its definition is, `(l c l2 c2)`: the extension's
    # expression does not match such a line and skips it (no error), as it does with TLC's own
    2772: re.compile(r'^<(\w+) ' + LOC + r'( \(\d+ \d+ \d+ \d+\))?>: (\d+):(\d+)'),
    2773: re.compile(r'^<(\w+) ' + LOC + r'>: (\d+):(\d+)'),
    2779: re.compile(r'^<(\w+) ' + LOC + r'>: (\d+)$'),
    2217: re.compile(r'^(\d+): (<([\w\s]+)>|<(\w+)(\(.*\))? ' + LOC + r'>)$'),
    2218: re.compile(r'^(\d+): Stuttering$'),
    2122: re.compile(r'^(\d+): Back to state: <(\w+)(\(.*\))? ' + LOC + r'>$'),
}
SUCCESS_LINE4 = re.compile(r'calculated \(optimistic\):\s+val = (.+)$')
VARIABLE = re.compile(r'^(/\\ )?(\w+) = (.+)$')

# The codes tlcCodes.ts registers (any other pops up "Unexpected message code").
REGISTERED = set([0, -123456, 1000, 1001, 1002, 1005, 1101, 1102, 2000, 2001, 20000, 2300, 2301, 2401, 2501, 2502]
                 + list(range(3000, 3003)) + list(range(3100, 3115)) + list(range(4000, 4003))
                 + list(range(7000, 7011)) + list(range(5001, 5008))
                 + list(range(2100, 2139)) + [2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2147, 2149]
                 + [2154, 2155, 2156, 2157, 2158, 2159, 2160, 2161, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169]
                 + list(range(2170, 2185)) + list(range(2185, 2212)) + list(range(2212, 2216))
                 + list(range(2215, 2250)) + list(range(2249, 2254)) + [2255, 2257, 2258, 2259]
                 + list(range(2260, 2275)) + [2279, 2280, 2281, 2282, 2283, 2284, 2400, 2402, 2403]
                 + list(range(2772, 2780)))
REGISTERED -= {2148, 2254, 2256}   # in EC.java, unknown to the extension


def messages(text):
    """(code, class, body lines) for each message, in the order they start; nested ones included."""
    out, stack = [], []
    for line in text.split('\n'):
        m = START.match(line)
        if m:
            cls = int(m.group(3)[1:]) if m.group(3) else 0
            stack.append(len(out))
            out.append((int(m.group(2)), cls, []))
            continue
        if END.match(line):
            if not stack:
                raise SystemExit('an ENDMSG without a STARTMSG')
            stack.pop()
            continue
        if stack and line != '':
            out[stack[-1]][2].append(line)
    if stack:
        raise SystemExit('a message is not closed: %s' % (out[stack[-1]],))
    return out


def check(text):
    errors = []
    msgs = messages(text)
    if not msgs:
        errors.append('no message at all')
    for code, cls, body in msgs:
        if code not in REGISTERED:
            errors.append('code %d is not one TLC has (the extension would pop up an error)' % code)
        if cls not in (0, 1, 2, 3, 4):
            errors.append('class %d of code %d' % (cls, code))
        rx = FIRST_LINE.get(code)
        if rx and (not body or not rx.match(body[0])):
            errors.append('code %d: %r does not parse' % (code, body[0] if body else ''))
        if code == 2193 and (len(body) < 4 or not SUCCESS_LINE4.search(body[3])):
            errors.append('2193: the 4th line does not give the probability: %r' % body)
        if code == 2217:
            for line in body[1:]:
                if line.startswith('/\\ ') and not VARIABLE.match(line):
                    errors.append('2217: variable line %r does not parse' % line)
            if len(body) > 1 and not VARIABLE.match(body[1]):
                errors.append('2217: %r is not a variable' % body[1])
    if msgs and msgs[-1][0] != 2186:
        errors.append('the stream does not end with 2186 (Finished)')
    return errors


# Coverage details (sub-expressions, properties, constraints, per-action and per-variable lines) are
# left out of the comparison: tlc-c prints the variables', Init's and the actions' lines only.
COVERAGE_DETAIL = {2221, 2772, 2774, 2775, 2776, 2777, 2778, 2779}
PROGRESS = {2269}   # "Computed N initial states...", printed by time


def codes(text, lasso=False):
    seq = []
    for code, cls, _ in messages(text):
        if code in COVERAGE_DETAIL or code in PROGRESS:
            continue
        if seq and seq[-1] == (code, cls) and (code == 2200 or (lasso and code == 2217)):
            continue
        seq.append((code, cls))
    return seq


def states(text):
    return ['\n'.join(body) for code, _, body in messages(text) if code in (2217, 2122, 2218)]


def main():
    what, path = sys.argv[1], sys.argv[2]
    text = open(path, encoding='utf-8', errors='replace').read()
    if what == 'check':
        errors = check(text)
        for e in errors:
            print(e)
        sys.exit(1 if errors else 0)
    if what == 'codes':
        for code, cls in codes(text, lasso='--lasso' in sys.argv):
            print('%d:%d' % (code, cls))
    elif what == 'states':
        print('\n----\n'.join(states(text)))


if __name__ == '__main__':
    main()
