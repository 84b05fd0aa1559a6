"""Fixtures of the web tests: the app assembled from the API and desk routers on the `store` fixture."""

from tests.integration.web.desk_app import redactor, web  # noqa: F401
