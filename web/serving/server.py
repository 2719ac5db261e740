"""The site's production server: waitress, tuned for this workload, in one of two roles.

Why waitress, tuned, rather than gunicorn: waitress reads each request whole in its event
loop before a worker thread sees it, so a slow or idle client costs a socket, not a thread,
and no buffering proxy is needed in front to stop a few dozen idle connections from taking
the site down (gunicorn's sync and gthread workers give a connection a thread, or a slot in
a worker, and its documentation asks for a buffering proxy in front). The site's work is a
mix of short page renders (CPU, under the GIL) and chats that wait up to RASA_TIMEOUT seconds
on the assistant (I/O): threads suit that, and waitress is already what the project runs.

- `site` (PORT, default 5000): pages, chat and SMS. Enough threads that 20 chats waiting on
  the assistant leave threads for pages; many connections (polled, not select()ed, so more
  than 1,024 work); idle sockets closed after SIGNPOST_IDLE_SECONDS.
- `api` (SIGNPOST_API_PORT, default 5001, loopback): the directory API for the assistant's
  action server, so its calls never queue behind chats. Its own threads and limits.

Several processes may serve one role on one port (`--reuse-port`, SO_REUSEPORT: the kernel
spreads connections), so the site can use both cores.
"""
from __future__ import annotations

import argparse
import logging
import os
import socket

from waitress import serve

ROLES = {
    # threads, connection limit
    "site": (int(os.environ.get("SIGNPOST_SITE_THREADS", "32")), 2000),
    "api": (int(os.environ.get("SIGNPOST_API_THREADS", "8")), 200),
}


def settings(role: str) -> dict:
    threads, connections = ROLES[role]
    return {
        "threads": threads,
        "connection_limit": connections,
        # Idle or slow clients are cut off after this; a request being answered is never cut.
        "channel_timeout": int(os.environ.get("SIGNPOST_IDLE_SECONDS", "15")),
        "cleanup_interval": 2,
        "backlog": 2048,
        "asyncore_use_poll": True,  # select() cannot watch more than 1,024 sockets
        "max_request_body_size": 6 * 1024 * 1024,
        "max_request_header_size": 64 * 1024,
        "ident": "",  # no server name and version in responses
        "expose_tracebacks": False,
    }


def quiet_logs() -> None:
    # "Task queue depth is N" is logged for every request that waits for a thread: under load
    # that is tens of thousands of lines saying the same thing. Real errors still show.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)


def listening_socket(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--role", choices=sorted(ROLES), default="site")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--reuse-port", action="store_true",
                        help="share the port with other processes of the same role")
    args = parser.parse_args(argv)
    logging.basicConfig(level=os.environ.get("SIGNPOST_LOG_LEVEL", "INFO").upper(),
                        format="%(name)s %(levelname)s %(message)s")
    quiet_logs()
    from web import create_app  # after logging is set up, so start-up messages show

    app = create_app()
    options = settings(args.role)
    if args.reuse_port:
        options["sockets"] = [listening_socket(args.host, args.port)]
    else:
        options.update(host=args.host, port=args.port)
    serve(app, **options)


if __name__ == "__main__":
    main()
