"""The README's example runs as written (only the endpoints point at the test's gisad)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import CLIENT_SRC, Daemon, scaled, seed_names


def test_the_readme_example_prints_the_five_seeds(seeded: Daemon) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks, "the README has no python example"
    example = blocks[0]
    assert len([line for line in example.splitlines() if line.strip()]) == 10
    assert "tcp://127.0.0.1:5601" in example and "tcp://127.0.0.1:5602" in example
    example = example.replace("tcp://127.0.0.1:5601", seeded.publish_endpoint)
    example = example.replace("tcp://127.0.0.1:5602", seeded.control_endpoint)
    done = subprocess.run([sys.executable, "-c", example], capture_output=True, timeout=scaled(60),
                          env=dict(os.environ, PYTHONPATH=str(CLIENT_SRC)))
    assert done.returncode == 0, done.stderr.decode()
    lines = done.stdout.decode().splitlines()
    assert lines[0].startswith("gisad ") and lines[0].endswith("at seq 5")
    assert [int(line.split()[0]) for line in lines[1:]] == [1, 2, 3, 4, 5]
    assert sorted(line.split()[1] for line in lines[1:]) == seed_names()
