#!/usr/bin/env python3
"""Writes the runner-scale inputs: make-notebooks.py cells N FILE | many N FOLDER | big MEGABYTES FILE."""
import json, os, sys

def notebook(cells):
    return {"cells": cells, "metadata": {"kernelspec": {"display_name": "C# (TeachingKit)", "language": "C#", "name": "teachingkit-csharp"}},
            "nbformat": 4, "nbformat_minor": 5}

def code(i, source, outputs=()):
    return {"cell_type": "code", "execution_count": None, "id": f"c{i}", "metadata": {}, "outputs": list(outputs), "source": source}

def cells(n):
    # Trivial cells that keep a variable alive across submissions, as a lecture's cells do.
    return [code(i, f"var x{i} = {i} * 2;\nx{i}") for i in range(n)]

kind, size, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if kind == "cells":
    json.dump(notebook(cells(size)), open(target, "w"))
elif kind == "many":
    os.makedirs(target, exist_ok=True)
    for k in range(size):
        json.dump(notebook(cells(5)), open(os.path.join(target, f"n{k:03}.ipynb"), "w"))
elif kind == "big":
    # A notebook of SIZE MB: stored outputs of an earlier run (replaced when it runs), one markdown cell with a
    # 30-million-character line, and a cell that prints a 30-million-character line.
    line = "x" * 30_000_000
    stale = {"output_type": "stream", "name": "stdout", "text": ["y" * 999 + "\n"] * 1000}
    nb = notebook([{"cell_type": "markdown", "id": "m", "metadata": {}, "source": line},
                   code(0, 'Console.WriteLine(new string(\'z\', 30_000_000));')])
    body = len(json.dumps(nb))
    count = max(0, (size * 1_000_000 - body) // (len(json.dumps(stale)) + 2))
    nb["cells"].append(code(1, "1 + 1", [stale] * count))
    json.dump(nb, open(target, "w"))
