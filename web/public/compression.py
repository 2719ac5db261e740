"""Gzip for the public site's pages, CSS and JS, when the browser accepts it.

A first visit on a slow or metered phone connection is the case the 20 KB budget is for; with
no cookies and no secrets in the pages there is nothing for compression to leak.
"""
from __future__ import annotations

import gzip

from flask import request

from . import public

COMPRESSIBLE = {"text/html", "text/css", "text/javascript", "application/javascript"}
MIN_BYTES = 500  # below this gzip's own header costs more than it saves


@public.after_app_request
def gzip_response(response):
    if (request.path.startswith("/api") or response.status_code in (204, 206, 304)
            or response.status_code < 200
            or response.mimetype not in COMPRESSIBLE or "Content-Encoding" in response.headers
            or request.accept_encodings.quality("gzip") <= 0):
        return response
    response.direct_passthrough = False  # static files arrive as a file stream
    body = response.get_data()
    if len(body) < MIN_BYTES:
        return response
    response.set_data(gzip.compress(body, 6))
    response.headers["Content-Encoding"] = "gzip"
    response.vary.add("Accept-Encoding")
    return response
