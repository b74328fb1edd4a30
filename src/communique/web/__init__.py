"""The dashboard: Jinja templates, static assets (vendored Chart.js), text highlighting."""
from importlib import resources
from pathlib import Path

WEB_DIR = Path(str(resources.files("communique.web")))
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"
