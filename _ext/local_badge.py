"""Sphinx extension: the book shows its own copy of the "Open in Colab" badge.

The notebooks keep Google's badge URL, which GitHub, Jupyter and Colab show. In the book the
same image comes from `_static/colab-badge.svg`, so that a page makes no request to a host
outside the book (tests/test_book.py checks every request).
"""

from docutils import nodes
from sphinx.transforms import SphinxTransform

COLAB_BADGE = "https://colab.research.google.com/assets/colab-badge.svg"
LOCAL_BADGE = "/_static/colab-badge.svg"  # relative to the book's source folder


class LocalColabBadge(SphinxTransform):
    # Before Sphinx collects the images of the page (doctree-read), which copies the file.
    default_priority = 500

    def apply(self):
        for image in self.document.findall(nodes.image):
            if image.get("uri") == COLAB_BADGE:
                image["uri"] = LOCAL_BADGE
                image["candidates"] = {"*": LOCAL_BADGE.lstrip("/")}


def setup(app):
    app.add_transform(LocalColabBadge)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
