#!/usr/bin/env python3
"""Checks of tlc-c's counterexample files and run summary (tests/run_tracefiles.sh).

  check.py itf FILE STATES [LOOP]   ITF valid against itf.schema.json (ADR-015), STATES states, loop LOOP
  check.py json FILE STATES ACTIONS TLC's JSON shape: counterexample.{action,state}, vars
  check.py same JSON TLCJSON        the counterexample equals TLC's (TLC 2.20 writes it unwrapped),
                                    sets compared as sets (TLC orders strings by first use)
  check.py summary FILE KEY=VALUE.. the -json run summary has these top-level values (dotted keys go deeper)
  check.py dumps OUT.tla A.dump B.dump  a module comparing two -dump listings: A == and B == their states,
                                    as sets of records (tlc-c --eval 'A = B' -module OUT.tla)
  check.py dot FILE                 a DOT file's shape: nodes, edges, rank sizes, edge labels (JSON)
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


def dump_states(path):
    """The states of a -dump listing, each as the text of a record of its variables."""
    states, cur = [], None
    for line in open(path):
        line = line.rstrip("\n")
        if line.startswith("State "):
            cur = []
            states.append(cur)
        elif line.startswith("/\\ ") or (cur is not None and not cur and " = " in line):
            cur.append(line[3:] if line.startswith("/\\ ") else line)
        elif line.strip() and cur:
            cur[-1] += " " + line.strip()
    return ["[" + ", ".join(v.replace(" = ", " |-> ", 1) for v in s) + "]" for s in states]


def write_dump_module(out, a, b):
    name = os.path.basename(out)[:-4]
    with open(out, "w") as f:
        f.write("---- MODULE %s ----\nEXTENDS TLC, Integers, Sequences, FiniteSets\n" % name)
        f.write("A == {%s}\n" % ",\n  ".join(dump_states(a)))
        f.write("B == {%s}\n" % ",\n  ".join(dump_states(b)))
        f.write("NA == %d\nNB == %d\n====\n" % (len(dump_states(a)), len(dump_states(b))))


def dot_shape(path):
    import re
    text = open(path).read()
    edges = re.findall(r'^(-?\d+) -> (-?\d+) \[label="((?:[^"\\]|\\.)*)"', text, re.M)
    nodes = re.findall(r'^(-?\d+) \[label=', text, re.M)
    ranks = [len(r.split(";")) - 1 for r in re.findall(r"^\{rank = same; (.*)\}$", text, re.M)]
    return {"nodes": len(set(nodes)), "edges": len(edges), "ranks": ranks,
            "labels": sorted(l for _, _, l in edges), "legend": "cluster_legend" in text}


def dot_content(path):
    """A DOT file's nodes and edges with each node named by its label (the state's text), sorted:
    equal for two pictures of one graph whatever their node ids and orders; then the legend."""
    import re
    text = open(path).read()
    names = dict(re.findall(r'^(-?\d+) \[label="((?:[^"\\]|\\.)*)"', text, re.M))
    edges = re.findall(r'^(-?\d+) -> (-?\d+) (\[.*\]);$', text, re.M)
    lines = sorted("node " + n for n in names.values())
    lines += sorted("edge %s -> %s %s" % (names.get(a, a), names.get(b, b), rest) for a, b, rest in edges)
    lines += sorted("initial " + names[n] for n in re.findall(r'^(-?\d+) \[label=.*,style = filled\]$', text, re.M))
    legend = text[text.find("subgraph cluster_legend"):] if "cluster_legend" in text else ""
    return "\n".join(lines + [legend])


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
    elif cmd == "dumps":
        write_dump_module(args[0], args[1], args[2])
    elif cmd == "dotcontent":
        print(dot_content(args[0]))
    elif cmd == "dot":
        print(json.dumps(dot_shape(args[0]), sort_keys=True))
