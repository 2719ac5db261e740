"""How Signpost is served in production: the WSGI server's settings and the supervisor."""
