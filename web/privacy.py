"""Privacy is safety: headers on every response, no cookies, and logs that hold no one's trace."""
from __future__ import annotations

import logging
import time

from flask import Flask, g, request

log = logging.getLogger("signpost.requests")

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    # Read-aloud: the site's own recordings, and a chat reply's made in memory (web/listen).
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "manifest-src 'self'",
])


def init_privacy(app: Flask) -> None:
    # Werkzeug's own access log writes the client's address and the full query string.
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    app.before_request(_start_timer)
    app.after_request(_privacy_headers)


def _start_timer() -> None:
    g.request_started = time.perf_counter()


def _privacy_headers(response):
    headers = response.headers
    headers["Cache-Control"] = "no-store"
    headers["Pragma"] = "no-cache"
    headers["Referrer-Policy"] = "no-referrer"
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Cross-Origin-Opener-Policy"] = "same-origin"
    headers["Cross-Origin-Resource-Policy"] = "same-origin"
    headers["Permissions-Policy"] = "geolocation=(), camera=(), microphone=(), interest-cohort=()"
    headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    if request.path.startswith("/api"):
        headers["Access-Control-Allow-Origin"] = "*"
        headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    headers.pop("Set-Cookie", None)
    # Path without its query string: the query is what someone searched for.
    elapsed = (time.perf_counter() - g.get("request_started", time.perf_counter())) * 1000
    log.info("%s %s %s %.1fms", request.method, request.path, response.status_code, elapsed)
    return response
