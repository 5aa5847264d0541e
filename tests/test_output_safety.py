"""Output is only ever written to the regular file named: never through a link, over a device, FIFO,
input or the project's own files; a site build removes only what a build wrote (issue: hardening)."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from assess.errors import UserError
from assess.site import build as site_mod
from assess.site.build import build

REPO = Path(__file__).resolve().parent.parent
MINI = REPO / "tests" / "fixtures" / "mini-questionnaire.yaml"


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CARE_MODELS_CACHE", str(tmp_path / "cache"))
    return tmp_path


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the project's data, used as the bundled data, so a failing test cannot touch the repo."""
    root = tmp_path / "project"
    for name in ("kb", "questionnaires", "templates", "site", "examples"):
        shutil.copytree(REPO / name, root / name)
    monkeypatch.setattr("assess.resources.data_root", lambda: root)
    return root


def test_output_through_a_symbolic_link_is_refused(cli, here):
    (here / "secret").write_text("mine")
    (here / "secret").chmod(0o600)
    (here / "link.md").symlink_to("secret")
    result = cli("brief", "mcp", "-o", "link.md")
    assert result.exit_code == 1
    assert "error: link.md is a symbolic link" in result.output
    assert (here / "secret").read_text() == "mine"
    assert stat.S_IMODE((here / "secret").stat().st_mode) == 0o600
    assert (here / "link.md").is_symlink()


def test_output_over_a_fifo_or_device_is_refused(cli, here):
    os.mkfifo(here / "fifo.md")
    specials = ["fifo.md"]
    if os.geteuid() == 0:
        os.mknod(here / "null.md", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        specials.append("null.md")
    for name in specials:
        result = cli("compare", "mcp", "pacs", "-o", name)
        assert result.exit_code == 1, result.output
        assert f"error: {name} is not a regular file" in result.output
        assert not (here / name).is_file()


def test_a_file_replaced_keeps_its_permissions(cli, here):
    (here / "mine.md").write_text("old")
    (here / "mine.md").chmod(0o600)
    assert cli("brief", "mcp", "-o", "mine.md").exit_code == 0
    assert stat.S_IMODE((here / "mine.md").stat().st_mode) == 0o600


def test_a_parent_that_is_a_file_is_named(cli, here):
    (here / "afile").write_text("x")
    result = cli("brief", "mcp", "-o", "afile/x.md")
    assert result.exit_code == 1
    assert "error: afile is a file, not a folder" in result.output


@pytest.mark.parametrize("command", [("brief", "mcp"), ("compare", "mcp", "pacs")])
def test_brief_and_compare_never_overwrite_answers_or_project_inputs(cli, here, project, command):
    answers = here / "answers.md"
    answers.write_text("questionnaire: care-model-fit\nanswers: {}\n")
    for target, says in ((answers, "is an answers file"),
                         (project / "examples" / "pacs.yaml", "is a YAML file"),
                         (project / "kb" / "notes.md", "which holds the project's inputs"),
                         (project / "questionnaires" / "x.html", "which holds the project's inputs")):
        before = target.read_bytes() if target.exists() else None
        result = cli(*command, "-o", target)
        assert result.exit_code == 1, result.output
        assert says in result.output
        assert (target.read_bytes() if target.exists() else None) == before


def test_demo_into_a_missing_folder_fails_before_printing(cli, here):
    result = cli("demo", "-o", "missing/x")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "folder missing/x does not exist" in result.output


def test_site_build_into_a_folder_of_other_files_is_refused(here):
    (here / "examples").mkdir()
    (here / "examples" / "mine.yaml").write_text("a: 1\n")
    with pytest.raises(UserError, match="already holds files and is not an earlier site build"):
        build(here / "examples", questionnaire=MINI, search=False, cache=False)
    assert sorted(p.name for p in (here / "examples").iterdir()) == ["mine.yaml"]
    build(here / "site", questionnaire=MINI, search=False, cache=False)
    build(here / "site", questionnaire=MINI, search=False, cache=False, force=True)   # an earlier build: fine


@pytest.mark.parametrize("where, says", [("afile/x", "afile is a file, not a folder"),
                                         ("/proc/care-models-x", "cannot create the folder /proc/care-models-x"),
                                         ("link", "is a symbolic link")])
def test_site_build_into_special_places_is_a_clear_error(cli, here, where, says):
    (here / "afile").write_text("x")
    (here / "elsewhere").mkdir()
    (here / "link").symlink_to("elsewhere")
    result = cli("site", "build", "-o", where, "--no-search", "--no-cache", "--questionnaire", MINI)
    assert result.exit_code == 1, result.output
    assert says in result.output and "internal error" not in result.output
    assert list((here / "elsewhere").iterdir()) == []


def test_site_build_removes_only_files_it_wrote_inside_its_folder(here):
    out = here / "site"
    build(out, questionnaire=MINI, search=False, cache=False)
    victims = [here / "victim.txt", here / "outside" / "victim.txt"]
    victims[1].parent.mkdir()
    for victim in victims:
        victim.write_text("keep me")
    (out / "way-out").symlink_to(here / "outside")
    (out / "edited.html").write_text("edited by hand")
    manifest = json.loads((out / site_mod.MANIFEST).read_text())
    sha = hashlib.sha256(b"keep me").hexdigest()
    manifest["files"].update({"../victim.txt": sha, str(victims[0]): sha, "way-out/victim.txt": sha,
                              "edited.html": "0" * 64, site_mod.MANIFEST: sha})
    manifest["digest"] = "0" * 64          # another build's
    (out / site_mod.MANIFEST).write_text(json.dumps(manifest))
    result = build(out, questionnaire=MINI, search=False, cache=False)
    assert all(victim.read_text() == "keep me" for victim in victims)
    assert (out / "edited.html").read_text() == "edited by hand"
    assert result.removed == 0
    text = "\n".join(result.warnings)
    for rel in ("../victim.txt", str(victims[0]), "way-out/victim.txt", site_mod.MANIFEST):
        assert repr(rel) in text
    assert "left edited.html: changed since a build wrote it" in text


@pytest.mark.parametrize("manifest", ['{"files": {"../victim.txt": "x"}, ', '{"files": {}}',
                                      '{"tool": "x", "digest": "' + "0" * 64 + '", "pages": 1, "files": {}}'])
def test_only_a_manifest_the_tool_wrote_marks_a_folder_as_its_build(here, manifest):
    """A folder of the user's own index.html and a garbage manifest is refused, not overwritten."""
    from assess.errors import UserError

    out = here / "site"
    out.mkdir()
    (here / "victim.txt").write_text("keep me")
    (out / "index.html").write_text("mine")
    (out / site_mod.MANIFEST).write_text(manifest)
    with pytest.raises(UserError, match="not an earlier site build"):
        build(out, questionnaire=MINI, search=False, cache=False)
    assert (here / "victim.txt").read_text() == "keep me" and (out / "index.html").read_text() == "mine"


def test_run_refuses_an_answers_file_that_is_a_link(cli, here):
    (here / "link.yaml").symlink_to("elsewhere.yaml")
    result = cli("run", "-o", "link.yaml", input="1\nq\n", env={"ASSESS_FORCE_TTY": "1"})
    assert result.exit_code == 1, result.output
    assert "link.yaml is a symbolic link" in result.output
    assert not (here / "elsewhere.yaml").exists()


def test_site_build_where_folders_cannot_be_made_is_a_clear_error(cli, here, monkeypatch):
    """A read-only place (simulated: root may write anywhere) is a message, not PermissionError."""
    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(Path, "mkdir", refuse)
    result = cli("site", "build", "-o", "ro/site", "--no-search", "--no-cache", "--questionnaire", MINI)
    assert result.exit_code == 1, result.output
    assert "cannot create the folder ro (Permission denied)" in result.output
    assert "internal error" not in result.output


def test_briefs_are_never_written_through_a_linked_folder(cli, here):
    (here / "elsewhere").mkdir()
    (here / "briefs").symlink_to("elsewhere")
    result = cli("brief", "--all", "--format", "md", "-o", "briefs")
    assert result.exit_code == 1 and "is a symbolic link" in result.output, result.output
    assert list((here / "elsewhere").iterdir()) == []
