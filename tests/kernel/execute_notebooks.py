#!/usr/bin/python3
"""Executes notebooks with nbclient (Debian's python3-nbclient) against the kit kernel and writes executed copies.

An independent client: the C# test IndependentClientTests compares what it writes with the runner's executed
copies. Each notebook runs in its own folder (relative #r paths), in its own kernel; a cell error stops that
notebook, is printed, and makes the exit code 1. The executed copies are validated against nbformat's schema.
Usage: execute_notebooks.py OUT_FOLDER NOTEBOOK.ipynb ...
"""
import os
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main(out, paths):
    failed = 0
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, kernel_name="teachingkit-csharp", timeout=300, startup_timeout=120,
                                resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        try:
            client.execute()
            nbformat.validate(nb)
            print(f"ok: {os.path.basename(path)}")
        except CellExecutionError as e:
            failed += 1
            print(f"FAILED: {os.path.basename(path)}: {str(e)[:2000]}")
        nbformat.write(nb, os.path.join(out, os.path.basename(path)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
