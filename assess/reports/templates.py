"""The Jinja2 templates, shipped compiled in the package (`assess/reports/compiled/`).

Compiling a template is most of the cost of rendering one (the board paper's template takes longer
to compile than the whole report takes to render), so each template under `templates/` is compiled
once, by `python -m assess.reports.compile_templates`, into a module of its own that Python imports like
the rest of the package; nothing compiled is kept in the cache folder, where anyone able to write
there could plant code. A module is used only when it was made from the very bytes of its template by
the Jinja2 version in use; otherwise the template is compiled in memory, so the output is always the
same bytes. `tests/test_templates.py` checks that the modules match the templates.
"""
from __future__ import annotations

import hashlib
from importlib import import_module
from pathlib import Path

COMPILED = "compiled"
HEADER = "# Generated from templates/{name} by `python -m assess.reports.compile_templates`: do not edit.\n"


def kind_of(name: str) -> str:
    """'html' for an HTML template (autoescaped), 'md' for any other."""
    return "html" if name.endswith(".html.j2") else "md"


def module_name(name: str) -> str:
    """The compiled module of template `name`, e.g. 'site/model.html.j2' -> 'site__model_html'."""
    return name.removesuffix(".j2").replace("/", "__").replace(".", "_").replace("-", "_")


def loader(folder: Path):
    """A Jinja2 loader of the templates in `folder`: the compiled module when it matches the template's
    bytes and the Jinja2 version, else the template compiled in memory."""
    import jinja2

    class Loader(jinja2.FileSystemLoader):
        def load(self, environment, name, globals=None):
            source, filename, uptodate = self.get_source(environment, name)
            module = _compiled(name, source)
            if module is None:
                code = environment.compile(source, name, filename)
                return environment.template_class.from_code(environment, code, globals, uptodate)
            return environment.template_class.from_module_dict(environment, vars(module), globals)

    return Loader(str(folder))


def _compiled(name: str, source: str):
    """The compiled module of template `name` when it was made from `source` by this Jinja2, else None."""
    import jinja2

    try:
        module = import_module(f"{__package__}.{COMPILED}.{module_name(name)}")
    except ImportError:
        return None
    if module.JINJA2 != jinja2.__version__ or module.SOURCE_SHA256 != sha256(source):
        return None
    return module


def sha256(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()
