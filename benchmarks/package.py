"""The packaged app (build.spec): its size on disk, and how long its self-test takes against the
same self-test run from the source tree in the same run."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row

ROOT = Path(__file__).resolve().parent.parent


def _self_test(argv: list[str], home: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def measure(runs: int = 3) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="fallakte-paket-") as tmp:
        tmp = Path(tmp)
        subprocess.run([str(Path(sys.executable).parent / "pyinstaller"), "--noconfirm", "--log-level", "ERROR",
                        "--distpath", str(tmp / "dist"), "--workpath", str(tmp / "build"), str(ROOT / "build.spec")],
                       cwd=ROOT, check=True, capture_output=True)
        folder = tmp / "dist" / "fallakte"
        files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
        size = sum(p.stat().st_size for p in files) / 1e6
        exe = folder / ("fallakte.exe" if sys.platform == "win32" else "fallakte")
        packaged = min(_self_test([str(exe), "--self-test"], tmp) for _ in range(runs))
        source = min(_self_test([sys.executable, "-m", "fallakte", "--self-test"], tmp) for _ in range(runs))
    return [
        Row(f"packaged app (make dist): size of the folder, {len(files)} files", "", size, None, "MB", 120,
            compared=False),
        Row(f"`fallakte --self-test` of the packaged app, against the same from the source tree (fastest of {runs})",
            "", packaged, source, "s", 3.0, compared=False),
    ]
