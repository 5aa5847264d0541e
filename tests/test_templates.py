"""The templates shipped compiled in the package: the same as the templates, used, and never from the cache."""
from __future__ import annotations

import jinja2
import pytest

from assess.reports import templates
from assess.reports.compile_templates import compiled_sources
from assess.reports.markdown import environment, render
from assess.resources import templates_dir

COMPILED = templates.Path(templates.__file__).parent / templates.COMPILED


def test_the_compiled_modules_are_those_of_the_templates():
    """Fails when a template changed and `python -m assess.reports.compile_templates` was not run."""
    expected = compiled_sources(templates_dir())
    shipped = {p.name: p.read_text(encoding="utf-8") for p in COMPILED.glob("*.py")}
    assert shipped.keys() == expected.keys(), "run: python -m assess.reports.compile_templates"
    for name, text in expected.items():
        assert shipped[name] == text, f"{name} is stale: run python -m assess.reports.compile_templates"


@pytest.fixture
def no_compiling(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a template was compiled at run time")

    environment.cache_clear()
    monkeypatch.setattr(jinja2.Environment, "compile", refuse)
    yield
    environment.cache_clear()


def test_every_template_loads_compiled_without_compiling(no_compiling):
    for path in sorted(templates_dir().rglob("*.j2")):
        name = path.relative_to(templates_dir()).as_posix()
        assert environment(templates.kind_of(name)).get_template(name).name == name


def test_a_template_that_differs_from_its_module_is_compiled_from_its_text(tmp_path, monkeypatch):
    """An edited template (an editable install) renders as edited: the stale module is not used."""
    (tmp_path / "model.md.j2").write_text("Edited {{ m.name | md }}\n", encoding="utf-8")
    monkeypatch.setattr("assess.resources.templates_dir", lambda: tmp_path)
    environment.cache_clear()
    try:
        assert render("model.md.j2", m={"name": "*x*"}) == "Edited \\*x\\*\n"
    finally:
        environment.cache_clear()


def test_a_module_of_another_jinja2_version_is_not_used(monkeypatch):
    module = templates._compiled("model.md.j2", (templates_dir() / "model.md.j2").read_text(encoding="utf-8"))
    assert module is not None
    monkeypatch.setattr(module, "JINJA2", "0.0")
    assert templates._compiled("model.md.j2", (templates_dir() / "model.md.j2").read_text(encoding="utf-8")) is None
