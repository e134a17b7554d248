"""The rule and lexicon files are consistent with the code that reads them.

Rules are data, so a typo in a rule file is a silent bug: these tests make it
loud. Every award code exists in the taxonomy, every key of every JSON rule
file and every CSV column is read by the engine, every pattern compiles (with
its lexicon references expanded), and no word list is defined twice.
"""
from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import pytest

from tdkt.extract import pipeline, resources
from tdkt.extract.document import make_document
from tdkt.extract.resources import DATA_DIR, LEXICON_DIR, RULES_DIR

ENGINE_SOURCES = Path(pipeline.__file__).resolve().parent


def _string_constants() -> set[str]:
    """Every string literal in the engine's code (how a rule key or column is read)."""
    found = set()
    for path in ENGINE_SOURCES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def _json_files():
    return sorted(RULES_DIR.glob("*.json"))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not key.startswith("_"):
                yield from _strings(item)


def test_every_award_code_in_the_rules_exists_in_the_taxonomy():
    codes = set(resources.taxonomy())
    unknown = {row["code"] for row in resources.csv_rules("awards.csv")} - codes
    assert not unknown, f"awards.csv names codes missing from data/taxonomy.csv: {sorted(unknown)}"


@pytest.mark.parametrize("path", _json_files(), ids=lambda p: p.name)
def test_every_key_of_a_json_rule_file_is_read(path):
    read = _string_constants()
    keys = [k for k in json.loads(path.read_text(encoding="utf-8")) if not k.startswith("_")]
    unread = [k for k in keys if k not in read]
    assert not unread, f"{path.name}: keys no code reads: {unread}"


@pytest.mark.parametrize("path", sorted(RULES_DIR.glob("*.csv")), ids=lambda p: p.name)
def test_every_column_of_a_csv_rule_file_is_read(path):
    read = _string_constants() | {"note"}  # a note column documents a row for people
    rows = resources.csv_rules(path.name)
    unread = [column for column in rows[0] if column not in read]
    assert not unread, f"{path.name}: columns no code reads: {unread}"


@pytest.mark.parametrize("path", _json_files(), ids=lambda p: p.name)
def test_every_json_pattern_compiles_with_its_lexicons(path):
    for value in _strings(resources.json_rules(path.name)):
        if re.fullmatch(r"(?:\{\d\}|-)+", value):
            continue  # a replacement template ("{1}-{2}"), not a pattern
        assert "{lex:" not in value, f"{path.name}: unexpanded lexicon reference in {value[:60]!r}"
        re.compile(value)


@pytest.mark.parametrize("path", sorted(RULES_DIR.glob("*.csv")), ids=lambda p: p.name)
def test_every_csv_pattern_compiles(path):
    for row in resources.csv_rules(path.name):
        if row.get("pattern"):
            re.compile(resources.expand_lexicons(row["pattern"]))


def test_every_lexicon_reference_names_a_lexicon():
    referenced = set()
    for path in list(RULES_DIR.iterdir()) + [p for p in ENGINE_SOURCES.glob("*.py") if p.name != "resources.py"]:
        referenced |= set(resources.LEXICON_REFERENCE.findall(path.read_text(encoding="utf-8")))
    defined = {p.stem for p in LEXICON_DIR.glob("*.txt")}
    assert referenced and referenced <= defined, f"unknown lexicons: {sorted(referenced - defined)}"


def test_no_word_list_is_defined_twice():
    """Neither two lexicons with the same words, nor a rule that spells out a whole lexicon inline."""
    lexicons = {p.stem: set(resources.lexicon(p.stem)) for p in LEXICON_DIR.glob("*.txt")}
    seen: dict[frozenset, str] = {}
    for name, words in lexicons.items():
        key = frozenset(words)
        assert key not in seen, f"lexicons {seen.get(key)} and {name} hold the same words"
        seen[key] = name
    inline = [set(group.split("|")) for path in _json_files()
              for value in _strings(json.loads(path.read_text(encoding="utf-8")))
              for group in re.findall(r"\(\?:([^()\\?]+)\)", value)]
    for name, words in lexicons.items():
        if len(words) >= 4:
            spelled = [group for group in inline if words <= group]
            assert not spelled, f"a rule spells out lexicon {name!r} instead of {{lex:{name}}}"


def test_a_lexicon_reference_expands_to_its_words_longest_first():
    pattern = re.compile(resources.expand_lexicons(r"^{lex:place_levels}\b"))
    assert pattern.match("thị xã Sơn Tây").group(0) == "thị xã"
    assert pattern.match("thành phố Huế").group(0) == "thành phố"
    with pytest.raises(KeyError, match="no lexicon 'no_such_list'"):
        resources.expand_lexicons("{lex:no_such_list}")


def test_the_extractor_version_names_the_rules(tmp_path):
    """Editing any rule file changes the version, so stored facts made by older rules are re-extracted."""
    copy = tmp_path / "data"
    for name in resources.ENGINE_DATA:
        source = DATA_DIR / name
        if source.is_dir():
            shutil.copytree(source, copy / name)
        else:
            copy.mkdir(exist_ok=True)
            shutil.copy(source, copy / name)
    before = resources.rules_fingerprint(copy)
    assert before == resources.rules_fingerprint(DATA_DIR)
    with open(copy / "lexicons" / "honorifics.txt", "a", encoding="utf-8") as f:
        f.write("thượng tọa\n")
    assert resources.rules_fingerprint(copy) != before
    assert pipeline.EXTRACTOR_VERSION == f"0.1.0+rules.{before}"


def test_stages_are_declared_in_an_order_that_gives_each_its_inputs():
    names = [stage.name for stage in pipeline.STAGES]
    assert names.index("place") > names.index("lead_organizer") and names.index("cue_kind") < names.index("awards") < names.index("event_kind") < names.index("organizer")
    shuffled = (pipeline.STAGES[-1],) + pipeline.STAGES[:-1]
    with pytest.raises(ValueError, match="stage 'relevance' reads"):
        pipeline.check_stages(shuffled)


def test_a_new_stage_is_one_declaration_and_reads_what_earlier_stages_wrote():
    seen = {}

    def count_awarded(doc, awards):
        seen["awards"] = awards
        return sum(1 for a in awards if a["status"] == "awarded")

    stage = pipeline.Stage("awarded_count", count_awarded, reads=("awards",), writes=("awarded",))
    pipeline.check_stages(pipeline.STAGES + (stage,))
    doc = make_document("Sáng 9/1/2024, UBND huyện tặng Giấy khen cho 12 tập thể.")
    for each in pipeline.STAGES + (stage,):
        each(doc)
    assert doc.facts["awarded"] == 1 and seen["awards"][0]["count"] == 12
