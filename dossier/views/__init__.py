"""Views: Markdown and HTML made from the dossier's data (generated views, page additions, head metadata)."""
from .generated import VIEWS, VIEWS_WITH_ANCHORS, render_markers  # noqa: F401
