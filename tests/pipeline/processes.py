"""Real OS processes for the production-shaped tests: `nearmiss worker`s and a uvicorn web process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent


class Processes:
    """Starts commands with one environment, logs each to a file, and kills them all at the end."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env = {**os.environ, **env}
        self.log_dir = log_dir
        self.running: dict[str, subprocess.Popen[bytes]] = {}

    def run(self, *args: str, stdin: str | None = None, timeout: float = 120) -> str:
        result = subprocess.run([str(BIN / args[0]), *args[1:]], env=self.env, input=stdin, text=True,
                                capture_output=True, timeout=timeout)
        assert result.returncode == 0, f"{args} failed: {result.stderr}"
        return result.stdout

    def start(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        log = open(self.log_dir / f"{name}.log", "ab")  # noqa: SIM115  (closed with the process)
        process = subprocess.Popen([str(BIN / args[0]), *args[1:]], env=self.env, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        self.running[name] = process
        return process

    def start_worker(self, name: str, queue: str, threads: int = 2) -> subprocess.Popen[bytes]:
        return self.start(name, "nearmiss", "worker", "--queues", queue, "--threads", str(threads))

    def start_web(self, port: int) -> str:
        self.start("web", "uvicorn", "--factory", "pipeline.apps:all_in_one_app", "--host", "127.0.0.1",
                   "--port", str(port), "--no-access-log", "--lifespan", "off")
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(base + "/", timeout=2)
                return base
            except httpx.TransportError:
                time.sleep(0.2)
        raise RuntimeError("the web process did not start: " + self.log("web"))

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        process = self.running.pop(name)
        os.killpg(process.pid, sig)
        process.wait(timeout=30)

    def log(self, name: str) -> str:
        path = self.log_dir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def all_logs(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.log_dir.glob("*.log")))

    def stop_all(self) -> None:
        for name in list(self.running):
            process = self.running.pop(name)
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
