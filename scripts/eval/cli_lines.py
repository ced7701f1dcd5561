"""Runs a dubao subcommand that answers one output line per input line (segment, keywords)."""
import subprocess
import sys
import time


def run_per_line(args, inputs, what):
    """Feeds `inputs` one per line to `args`; returns (output lines, seconds)."""
    started = time.perf_counter()
    done = subprocess.run(args, input="\n".join(inputs) + "\n", capture_output=True, text=True,
                          encoding="utf-8", check=True)
    elapsed = time.perf_counter() - started
    lines = done.stdout.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(inputs):
        sys.exit(f"{' '.join(args[:2])} gave {len(lines)} lines for {len(inputs)} {what}")
    return lines, elapsed
