"""Load a questionnaire: safe YAML -> schema -> cross-checks -> compiled, immutable form."""
from __future__ import annotations

from functools import cached_property
from itertools import repeat
from operator import add
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import cache as datacache
from ..errors import InputError
from ..kb import KnowledgeBase
from ..kb.freeze import freeze
from .conditions import Check, atoms, compile_condition, describe

if TYPE_CHECKING:
    from ..kb.yamlsafe import Document

# modules whose code shapes the cached data (a change to them invalidates the cache)
CODE = ("engine/questionnaire.py", "engine/questionnaire_check.py", "engine/conditions.py", "kb/schema.py",
        "kb/yamlsafe.py")

SCORED = ("single", "multi", "number")
TERMS = {"title": "Care model recommendation", "ranking": "care models", "ranking_one": "care model",
         "alternatives": "collaborative alternatives", "alternative_one": "collaborative alternative",
         "legal_forms": "legal form"}


class Option:
    """An option of a choice question, or a band of a number question (read-only).

    Its weights and reason rows are read and frozen when first used: with a
    thousand targets, most options of a questionnaire are never explained.
    A plain class, like the records below (NamedTuples): a dataclass costs its
    creation at every start-up.
    """

    def __init__(self, id: str, label: str, vector: tuple, stored: Any = None, where: tuple = (),
                 help: str | None = None, min: float | None = None, max: float | None = None):
        # stored: the weights as read, or their JSON (cached); where: (question id, question text, question index)
        self.__dict__.update(id=id, label=label, vector=vector, stored=stored, where=where, help=help, min=min, max=max)

    def __setattr__(self, name: str, value: Any):
        raise AttributeError(f"an option is read-only (setting {name!r})")

    @cached_property
    def given(self) -> Any:
        """The weights as read (never changed): target id -> {points, reason, ...}."""
        if isinstance(self.stored, bytes):
            import json

            return json.loads(self.stored)
        return self.stored

    @cached_property
    def weights(self) -> Any:
        """Target id -> {points, reason, source?}."""
        return freeze(self.given or {})

    @cached_property
    def rows(self) -> tuple:
        """(target id, reason row) for every non-zero weight, ready for results."""
        qid, text, index = self.where
        return tuple((tid, MappingProxyType({"question": qid, "question_text": text, "answer": self.id,
                                             "answer_label": self.label, "points": w["points"],
                                             "reason": w["reason"], "source": freeze(w.get("source")),
                                             "order": index}))
                     for tid, w in (self.given or {}).items() if w["points"])


class Question(NamedTuple):
    id: str
    index: int
    section: str
    text: str
    type: str
    help: tuple
    options: tuple = ()              # Option, for single/multi; bands for number
    option_index: Any = None         # option id -> Option
    check: Check | None = None       # compiled `when`
    when: Any = None
    quick_guide: str | None = None
    challenge: Any = None
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    hint: str | None = None          # a short line under the question text
    leave_out: str | None = None     # an earlier single choice whose chosen option is not offered again
    whole: bool = False              # a number question answered in whole numbers (a count)
    lo: tuple = ()                   # lowest achievable points per target
    hi: tuple = ()                   # highest achievable points per target

    def band_for(self, value: float) -> Option:
        for band in self.options:
            if (band.min is None or value >= band.min) and (band.max is None or value < band.max):
                return band
        return self.options[-1]

    def label(self, option_id: str) -> str:
        return self.option_index[option_id].label if self.option_index and option_id in self.option_index else option_id

    def offered(self, answers) -> "Question":
        """The question as it is asked after `answers`: less the option chosen in the question it leaves out
        (the browser's page-question.js does the same). Its scoring ranges stay those of every option."""
        left = answers.get(self.leave_out) if self.leave_out else None
        if not isinstance(left, str) or left not in self.option_index:
            return self
        options = tuple(o for o in self.options if o.id != left)
        return self._replace(options=options, option_index=MappingProxyType({o.id: o for o in options}))


class Rule(NamedTuple):
    target: str
    check: Check
    requires: Any
    reason: str
    source: Any
    text: str          # the condition in words


class Challenge(NamedTuple):
    theme: str
    text: str
    source: Any
    check: Check | None
    when: Any = None   # the condition as written (the browser evaluates it)


class VariantSignal(NamedTuple):
    """Answers that point to one variant of a care model (derived)."""

    variant: str
    check: Check
    points: float
    reason: str
    source: Any
    when: Any = None   # the condition as written (the browser evaluates it for the board paper)


class Section(NamedTuple):
    id: str
    title: str
    help: tuple
    questions: tuple   # question ids


class Questionnaire(NamedTuple):
    id: str
    title: str
    file: str
    digest: str
    intro: tuple
    targets: tuple             # every scored target id, ranking first
    names: Any                 # target id -> display name
    ranking: tuple
    alternatives: tuple
    legal_forms: tuple
    sections: tuple
    questions: tuple
    by_id: Any                 # question id -> Question
    rules: tuple
    challenges: tuple
    terms: Any = None          # how results name things (TERMS, overridden by the file's `terms:`)
    referenced: frozenset = frozenset()   # question ids used by any condition
    in_rules: frozenset = frozenset()     # question ids used by rules
    index: Any = None          # target id -> position in `targets`
    variant_signals: tuple = ()                                # VariantSignal, in file order
    roles: Any = None          # role -> the question (and options) the engine treats specially, as written

    def question(self, qid: str) -> Question:
        return self.by_id[qid]


def load(path: Path | str, kb: KnowledgeBase, *, cache: bool = True) -> Questionnaire:
    """Read, validate and compile a questionnaire; raise InputError with every problem.

    With `cache`, a questionnaire validated before against the same KB (same
    bytes, same code) is compiled from its cached data without reading YAML or
    running the schema and cross-checks again; while the file's state (size, times,
    inode) is unchanged, its digest is remembered and the file is not even read.
    """
    from ..errors import display_path
    from ..files import MAX_BYTES, read_regular

    path = Path(path)
    digest = _file_digest(path)
    key = _cache_key(digest, kb) if cache and digest is not None else None
    data, blobs = datacache.read("questionnaire", key) or (None, None) if key else (None, None)
    if not isinstance(data, dict):
        data, blobs = _validated(path, kb).data, None
        if key:
            datacache.write("questionnaire", key, *_apart(data))
    return _compile(data, display_path(path), kb, digest or _digest(path.name, read_regular(path, MAX_BYTES + 1)),
                    blobs)


def _file_digest(path: Path) -> str | None:
    """The file's digest as `_digest` computes it, remembered by its state (`assess.cache.tree_digest`);
    None when it is not a regular file (a FIFO or a device is never opened here: `_validated` says why)."""
    import os
    import stat

    try:
        return datacache.tree_digest(path) if stat.S_ISREG(os.stat(path).st_mode) else None
    except (OSError, ValueError, InputError):
        return None


def _apart(data: dict) -> tuple[dict, dict[str, bytes]]:
    """The questionnaire to cache: each option's weights as a blob of JSON, parsed when first used
    (`Option.given`), and only their points in the data (`weight_points`): with a thousand targets,
    parsing every weight's reason took longer than scoring."""
    import json

    blobs = {}
    sections = []
    for section in data["sections"]:
        questions = []
        for q in section["questions"]:
            kind = "bands" if q["type"] == "number" else "options"
            options = []
            for o in q.get(kind) or ():
                weights = o.get("weights", {})
                blobs[_blob(q["id"], o["id"])] = json.dumps(weights, ensure_ascii=False).encode()
                options.append({**{k: v for k, v in o.items() if k != "weights"},
                                "weight_points": {tid: w["points"] for tid, w in weights.items()}})
            questions.append({**q, kind: options} if kind in q else q)
        sections.append({**section, "questions": questions})
    return {**data, "sections": sections}, blobs


def _blob(qid: str, option_id: str) -> str:
    return f"{qid}\0{option_id}"


def _validated(path: Path, kb: KnowledgeBase) -> Document:
    """The questionnaire's YAML, checked against its schema and the KB."""
    from ..kb.schema import check
    from ..kb.yamlsafe import load_file
    from ..resources import kb_dir
    from .questionnaire_check import cross_check

    doc = load_file(path)
    problems = check(doc, kb_dir() / "schema", "questionnaire.schema.json")
    if problems:
        raise InputError(problems)
    problems = cross_check(doc, kb, target_names(kb))
    if problems:
        raise InputError(problems)
    return doc


def _cache_key(digest: str, kb: KnowledgeBase) -> str | None:
    from ..resources import kb_dir

    try:
        schema = (kb_dir() / "schema" / "questionnaire.schema.json").read_bytes()
    except OSError:
        return None
    return datacache.key_of([datacache.code_version(*CODE), kb.digest.encode(), schema, digest.encode()])


def target_names(kb: KnowledgeBase) -> dict[str, str]:
    """Every id a questionnaire may score, with its display name."""
    names = {m["id"]: m["name"] + (f" ({m['short_name']})" if m.get("short_name") and len(m["short_name"]) <= 8 else "")
             for m in kb.models.values()}
    names.update({a["id"]: a["name"] for a in kb.collaborative["alternatives"]})
    names.update({m["id"]: m["name"] for m in kb.legal_models["models"]})
    decisions = kb.provider_networks["decision_making"]
    for key in ("voting_structures", "vote_weighting"):
        names.update({o["id"]: o["name"] for o in decisions[key]})
    return names


def _compile(data: dict, file: str, kb: KnowledgeBase, digest: str, blobs: dict | None = None) -> Questionnaire:
    """The questionnaire from its validated data (from the cache: weights apart, in `blobs`)."""
    t = data["targets"]
    ranking, alternatives, legal = tuple(t["ranking"]), tuple(t.get("alternatives", ())), tuple(t.get("legal_forms", ()))
    targets = ranking + alternatives + legal
    index_of = {tid: i for i, tid in enumerate(targets)}
    names = target_names(kb)
    sections, questions = [], []
    referenced: set[str] = set()
    for section in data["sections"]:
        for q in section["questions"]:
            questions.append(_compile_question(q, len(questions), section["id"], targets, index_of, blobs))
            if "when" in q:
                referenced.update(a["question"] for _, a in atoms(q["when"]))
        sections.append(Section(section["id"], section["title"], freeze(section.get("help", [])),
                                tuple(q["id"] for q in section["questions"])))
    by_id = {q.id: q for q in questions}

    def label(qid, option):
        q = by_id[qid]
        return q.text.rstrip("?") if option is None else q.label(option)
    rules = []
    in_rules: set[str] = set()
    for rule in data.get("rules", ()):
        in_rules.update(a["question"] for _, a in atoms(rule["requires"]))
        rules.append(Rule(rule["target"], compile_condition(rule["requires"]), freeze(rule["requires"]),
                          rule["reason"], freeze(rule.get("source")), describe(rule["requires"], label)))
    challenges = tuple(Challenge(c["theme"], c["text"], freeze(c["source"]),
                                 compile_condition(c["when"]) if "when" in c else None, freeze(c.get("when")))
                       for c in data.get("challenges", ()))
    return Questionnaire(
        id=data["id"], title=data["title"], file=file, digest=digest,
        intro=freeze(data["intro"]), targets=targets,
        names=MappingProxyType({tid: names[tid] for tid in targets}),
        ranking=ranking, alternatives=alternatives, legal_forms=legal,
        sections=tuple(sections), questions=tuple(questions), by_id=MappingProxyType(by_id),
        rules=tuple(rules), challenges=challenges, terms=MappingProxyType({**TERMS, **data.get("terms", {})}),
        referenced=frozenset(referenced | in_rules),
        in_rules=frozenset(in_rules), index=MappingProxyType(index_of),
        variant_signals=tuple(VariantSignal(v["variant"], compile_condition(v["when"]), float(v["points"]),
                                            v["reason"], freeze(v.get("source")), freeze(v["when"]))
                             for v in data.get("variants", ())),
        roles=freeze(data.get("roles", {})),
    )


def _compile_question(q: dict, index: int, section: str, targets: tuple, index_of: dict[str, int],
                      blobs: dict | None) -> Question:
    raw_options = q.get("bands") if q["type"] == "number" else q.get("options", ())
    options = []
    for o in raw_options or ():
        if blobs is None:
            stored = o.get("weights", {})
            points = {tid: w["points"] for tid, w in stored.items()}
        else:
            stored, points = bytes(blobs[_blob(q["id"], o["id"])]), o["weight_points"]
        vector = [0.0] * len(targets)
        for tid, p in points.items():
            vector[index_of[tid]] = float(p)
        vector = tuple(vector)
        options.append(Option(id=o["id"], label=o["label"], help=o.get("help"), min=o.get("min"), max=o.get("max"),
                              stored=stored, vector=vector, where=(q["id"], q["text"], index)))
    options = tuple(options)
    lo = hi = (0.0,) * len(targets)
    if q["type"] == "multi":            # per target: the sum of its negative points, and of its positive ones
        zero = repeat(0.0)
        for o in options:
            lo = tuple(map(add, lo, map(min, o.vector, zero)))
            hi = tuple(map(add, hi, map(max, o.vector, zero)))
    elif options:
        columns = list(zip(*(o.vector for o in options)))       # per target: its points in each option
        lo, hi = tuple(map(min, columns)), tuple(map(max, columns))
    return Question(
        id=q["id"], index=index, section=section, text=q["text"], type=q["type"], help=freeze(q["help"]),
        options=options, option_index=MappingProxyType({o.id: o for o in options}),
        check=compile_condition(q["when"]) if "when" in q else None, when=freeze(q.get("when")),
        quick_guide=q.get("quick_guide"), challenge=freeze(q.get("challenge")),
        min=q.get("min"), max=q.get("max"), unit=q.get("unit"), whole=q.get("whole", False), hint=q.get("hint"),
        leave_out=q.get("leave_out_answer_of"), lo=lo, hi=hi,
    )


def _digest(name: str, raw: bytes) -> str:
    """SHA-256 of the questionnaire file as `assess.cache.tree_digest` computes it (reports cite it)."""
    import hashlib

    return hashlib.sha256(name.encode() + b"\0" + raw + b"\0").hexdigest()
