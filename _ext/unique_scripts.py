"""Sphinx extension: list each script of a page once.

sphinx-thebe adds its inline configuration script while the HTML builder already exists,
so Sphinx 7 writes it into every page twice and the browser reports
"Identifier 'THEBE_JS_URL' has already been declared". This keeps the first copy.

The list is changed in place: it is the builder's own list, to which later listeners add a
page's scripts (MathJax on a page with formulas); a new list would lose them.
"""


def _drop_repeated_scripts(app, pagename, templatename, context, doctree):
    seen, unique = set(), []
    for script in context.get("script_files", []):
        # An inline script is stored once with filename None and once with "".
        filename = getattr(script, "filename", script) or None
        key = (filename, getattr(script, "attributes", {}).get("body"))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"][:] = unique


def setup(app):
    # Early: a later listener may end the event by returning a template name.
    app.connect("html-page-context", _drop_repeated_scripts, priority=100)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
