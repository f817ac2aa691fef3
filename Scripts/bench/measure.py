#!/usr/bin/env python3
"""Runs one command and prints its wall time in seconds and its peak resident memory in MB:
`measure.py -- CMD ARGS` → `seconds=1.234 peak_mb=56.7 status=0`."""
import resource
import subprocess
import sys
import time

arguments = sys.argv[1:]
if arguments and arguments[0] == "--":
    arguments = arguments[1:]
start = time.monotonic()
process = subprocess.run(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
if process.returncode != 0:
    sys.stderr.write(process.stderr.decode(errors="replace")[-2000:])
print(f"seconds={seconds:.3f} peak_mb={peak:.1f} status={process.returncode}")
