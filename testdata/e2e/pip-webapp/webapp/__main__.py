"""Serves the index page; with --once, prints it and exits (what the e2e suite runs)."""
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

from webapp import views


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = views.index().encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(body)


if "--once" in sys.argv:
    print(views.index())
else:
    HTTPServer(("0.0.0.0", 8000), Handler).serve_forever()
