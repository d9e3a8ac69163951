#!/usr/bin/env python3
"""Checks of tlc-c's counterexample files and run summary (tests/run_tracefiles.sh).

  check.py itf FILE STATES [LOOP]   ITF valid against itf.schema.json (ADR-015), STATES states, loop LOOP
  check.py json FILE STATES ACTIONS TLC's JSON shape: counterexample.{action,state}, vars
  check.py same JSON TLCJSON        the counterexample equals TLC's (TLC 2.20 writes it unwrapped),
                                    sets compared as sets (TLC orders strings by first use)
  check.py summary FILE KEY=VALUE.. the -json run summary has these top-level values (dotted keys go deeper)
"""
import json
import os
import sys


def load(path):
    with open(path) as f:
        return json.load(f)


def check_itf(path, nstates, loop=None):
    doc = load(path)
    try:
        import jsonschema
    except ImportError:
        jsonschema = None
    if jsonschema:
        jsonschema.validate(doc, load(os.path.join(os.path.dirname(__file__), "itf.schema.json")))
    assert len(doc["states"]) == nstates, (len(doc["states"]), nstates)
    for i, s in enumerate(doc["states"]):
        assert s["#meta"]["index"] == i
        assert set(k for k in s if k != "#meta") == set(doc["vars"])
    assert doc.get("loop") == loop, (doc.get("loop"), loop)


def check_json(path, nstates, nactions):
    doc = load(path)
    cex = doc["counterexample"]
    assert len(cex["state"]) == nstates and len(cex["action"]) == nactions
    for i, (n, s) in enumerate(cex["state"]):
        assert n == i + 1 and set(s) == set(doc["vars"])
    for src, act, dst in cex["action"]:
        assert set(act) <= {"name", "location", "context", "parameters"}
        assert set(act["location"]) == {"beginLine", "beginColumn", "endLine", "endColumn", "module"}


def canonical(v):
    """Arrays as TLC and tlc-c may order them differently (sets): sorted by their JSON text."""
    if isinstance(v, dict):
        return {k: canonical(x) for k, x in v.items()}
    if isinstance(v, list):
        return sorted((canonical(x) for x in v), key=lambda x: json.dumps(x, sort_keys=True))
    return v


def check_same(ours, theirs):
    a, b = load(ours)["counterexample"], load(theirs)
    b = b.get("counterexample", b)
    assert canonical(a) == canonical(b), "the counterexamples differ"


def check_summary(path, pairs):
    doc = load(path)
    for pair in pairs:
        key, want = pair.split("=", 1)
        v = doc
        for part in key.split("."):
            v = v[int(part)] if isinstance(v, list) else v[part]
        assert json.dumps(v) == want, (key, json.dumps(v), want)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "itf":
        check_itf(args[0], int(args[1]), int(args[2]) if len(args) > 2 else None)
    elif cmd == "json":
        check_json(args[0], int(args[1]), int(args[2]))
    elif cmd == "same":
        check_same(args[0], args[1])
    elif cmd == "summary":
        check_summary(args[0], args[1:])
