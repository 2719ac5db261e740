"""The Signpost web application: public site, HSDS API, and the channels around them."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask
from flask_babel import Babel

from .config import CONFIGS, Config
from .directory_handle import init_directory
from .i18n import init_i18n, select_locale
from .keys import load_keys
from .pages import init_pages
from .privacy import init_privacy


def create_app(config: type[Config] | Config | None = None, **overrides) -> Flask:
    app = Flask(__name__, instance_relative_config=False)
    if config is None:
        config = CONFIGS[os.environ.get("SIGNPOST_ENV", "development")]
    app.config.from_object(config() if isinstance(config, type) else config)
    app.config.update(overrides)
    use_instance_folder(app)

    Babel(app, locale_selector=select_locale)
    init_i18n(app)
    init_privacy(app)
    init_pages(app)  # after privacy: pages are gzipped before its headers are added, as before
    init_directory(app)

    from .api import api
    from .chat import chat
    from .errors import register_error_handlers
    from .listen import init_listen, listen
    from .pathways import pathways
    from .public import public
    from .service_details import init_service_details
    from .sms import sms
    from .term_names import init_term_names

    app.register_blueprint(public)
    app.register_blueprint(pathways)
    app.register_blueprint(api, url_prefix="/api")
    app.register_blueprint(chat)
    app.register_blueprint(sms)
    app.register_blueprint(listen)
    init_listen(app)
    init_term_names(app)
    init_service_details(app)
    register_error_handlers(app)

    # The editors' area: its own cookie-scoped sessions, blueprint and CLI (web/editors).
    from .editors import init_editors
    init_editors(app)

    from .commands import register_commands
    register_commands(app)
    return app


def use_instance_folder(app: Flask) -> None:
    """Keys, database and index default to the app's instance folder, made when the app is."""
    instance = Path(app.instance_path)
    instance.mkdir(parents=True, exist_ok=True)
    load_keys(app.config, instance)
    if not app.config.get("DATABASE_URL"):
        app.config["DATABASE_URL"] = f"sqlite:///{instance / 'signpost.sqlite3'}"
    if not app.config.get("SEARCH_INDEX_DIR"):
        app.config["SEARCH_INDEX_DIR"] = str(instance / "search-index")
