"""Signpost served as in production: the real waitress server and the real supervisor, in
child processes, on loopback. These check behaviour (answered or not), never timings; the
figures are in benchmarks/load.py."""
import os
import re
import signal
import socket
import sys
import threading
import time

import pytest
import requests

from tests.support.assistant import free_port
from tests.support.served import seeded_environment, server_command, start, stop, wait_for
from web.serving.server import settings

IDLE_SECONDS = 3


@pytest.fixture(scope="module")
def environment(tmp_path_factory):
    folder = tmp_path_factory.mktemp("served")
    return {**seeded_environment(folder), "SIGNPOST_IDLE_SECONDS": str(IDLE_SECONDS)}, folder


@pytest.fixture(scope="module")
def site(environment):
    env, folder = environment
    port = free_port()
    process = start(server_command(port), env, folder / "site.log")
    try:
        wait_for(f"http://127.0.0.1:{port}/help-now", process=process)
        yield f"http://127.0.0.1:{port}", folder / "site.log"
    finally:
        stop(process)


def idle_sockets(url: str, count: int, half_a_request: bool = False) -> list[socket.socket]:
    port = int(url.rsplit(":", 1)[1])
    sockets = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        if half_a_request:  # a slow client: a request line and no end of headers, ever
            s.sendall(b"GET /help-now HTTP/1.1\r\nHost: x\r\n")
        sockets.append(s)
    return sockets


def test_150_idle_and_50_slow_connections_do_not_lock_out_a_visitor(site):
    url, _log = site
    held = idle_sockets(url, 150) + idle_sockets(url, 50, half_a_request=True)
    try:
        for _ in range(5):
            reply = requests.get(f"{url}/help-now", timeout=IDLE_SECONDS)  # before any is cut off
            assert reply.status_code == 200 and "999" in reply.text
    finally:
        for s in held:
            s.close()


def test_idle_connections_are_closed_by_the_server(site):
    url, _log = site
    held = idle_sockets(url, 20, half_a_request=True)
    try:
        time.sleep(IDLE_SECONDS + 2 * settings("site")["cleanup_interval"] + 1)
        assert all(closed_by_server(s) for s in held)
    finally:
        for s in held:
            s.close()


def closed_by_server(s: socket.socket) -> bool:
    s.settimeout(1)
    try:
        while s.recv(1024):  # anything it says before closing is fine
            pass
    except TimeoutError:
        return False
    return True


def test_the_server_log_has_no_queue_noise_and_no_query(site):
    url, log = site
    threads = [threading.Thread(target=requests.get, args=(f"{url}/search?q=zebracorn",),
                                kwargs={"timeout": 30}) for _ in range(60)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    text = log.read_text()
    assert "/search" in text  # the request log works...
    assert "Task queue depth" not in text and "zebracorn" not in text  # ...without noise or queries


def started_pids(log_text: str, name: str) -> list[int]:
    return [int(pid) for pid in re.findall(rf"started {name} \(pid (\d+)\)", log_text)]


def test_the_supervisor_restarts_a_dead_process_and_the_site_keeps_answering(environment):
    env, folder = environment
    port, actions_port = free_port(), free_port()
    log = folder / "supervisor.log"
    env = {**env, "PORT": str(port), "SIGNPOST_ACTIONS_PORT": str(actions_port),
           "SIGNPOST_PROCESSES": "site,actions"}
    supervisor = start([sys.executable, "-m", "web.serving.supervisor"], env, log)
    site, actions = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{actions_port}/health"
    try:
        wait_for(f"{site}/help-now", process=supervisor)
        wait_for(actions, process=supervisor)
        [first] = started_pids(log.read_text(), "actions")
        os.killpg(first, signal.SIGKILL)  # the action server dies
        assert requests.get(f"{site}/help-now", timeout=10).status_code == 200
        wait_for(actions, process=supervisor)
        assert len(started_pids(log.read_text(), "actions")) == 2 and "actions exited" in log.read_text()
        [site_pid] = started_pids(log.read_text(), "site")
        os.killpg(site_pid, signal.SIGKILL)  # the site dies too: it comes back by itself
        wait_for(f"{site}/help-now", process=supervisor)
        assert len(started_pids(log.read_text(), "site")) == 2
    finally:
        stop(supervisor)
    assert supervisor.returncode == 0
    for pid in started_pids(log.read_text(), "site") + started_pids(log.read_text(), "actions"):
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # stopping the supervisor stopped everything
