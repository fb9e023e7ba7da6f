"""The glossary page (용어집): in _toc.yml, linked from every chapter; every figure explained."""

import re
from pathlib import Path

import nbformat
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = sorted((ROOT / "chapters").glob("*.ipynb"))
TERM_ROLE = re.compile(r"\{term\}`([^`]*)`")
# A markdown cell that explicitly introduces the figure below it says so in words like these.
POINTERS = ("보세요", "보겠습니다", "아래 그림")


def glossary_terms():
    """The first term line of every entry in the {glossary} directive of glossary.md."""
    text = (ROOT / "glossary.md").read_text(encoding="utf-8")
    body = re.search(r"^```\{glossary\}\n(.*?)^```", text, re.M | re.S).group(1)
    terms, previous = [], ""
    for line in body.splitlines():
        if line and not line[0].isspace() and not line.startswith(":") and not previous:
            terms.append(line.strip())
        previous = line
    return terms


def term_targets(source):
    """Targets of the {term} roles in a markdown text: `text <target>` or `target`."""
    targets = []
    for content in TERM_ROLE.findall(source):
        explicit = re.fullmatch(r"(.+?)\s*<(.+)>", content)
        targets.append(explicit.group(2) if explicit else content)
    return targets


def markdown(notebook):
    cells = nbformat.read(notebook, as_version=4).cells
    return [c.source for c in cells if c.cell_type == "markdown"]


def has_image(cell):
    return cell.cell_type == "code" and any(
        "image/png" in out.get("data", {}) for out in cell.get("outputs", [])
    )


def test_glossary_is_last_in_toc():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    assert toc["chapters"][-1]["file"] == "glossary", "용어집(glossary)은 차례의 마지막 항목입니다"


def test_glossary_terms_are_unique():
    terms = glossary_terms()
    assert len(terms) > 30
    assert len(terms) == len(set(terms))


@pytest.mark.parametrize("notebook", CHAPTERS, ids=lambda p: p.stem)
def test_chapter_links_only_glossary_terms(notebook):
    targets = [t for source in markdown(notebook) for t in term_targets(source)]
    assert targets, f"{notebook.name}: 용어집 링크({{term}} role)가 하나도 없습니다"
    unknown = sorted(set(targets) - set(glossary_terms()))
    assert not unknown, f"{notebook.name}: 용어집에 없는 용어(unknown term): {unknown}"
    repeated = sorted({t for t in targets if targets.count(t) > 1})
    assert not repeated, f"{notebook.name}: 용어마다 한 번만 링크합니다(linked twice): {repeated}"


def test_every_term_is_linked_from_a_chapter():
    linked = {t for nb in CHAPTERS for source in markdown(nb) for t in term_targets(source)}
    missing = sorted(set(glossary_terms()) - linked)
    assert not missing, f"어느 장에서도 링크하지 않은 용어(unlinked term): {missing}"


@pytest.mark.parametrize("notebook", CHAPTERS, ids=lambda p: p.stem)
def test_every_figure_is_explained(notebook):
    """A figure is followed by prose (not a heading) or introduced by the markdown before it."""
    cells = nbformat.read(notebook, as_version=4).cells
    bare = []
    for index, cell in enumerate(cells):
        if not has_image(cell):
            continue
        before = next((c.source for c in reversed(cells[:index]) if c.cell_type == "markdown"), "")
        after = next((c.source for c in cells[index + 1 :] if c.cell_type == "markdown"), "#")
        introduced = any(word in before.split("\n\n")[-1] for word in POINTERS)
        if after.lstrip().startswith("#") and not introduced:
            bare.append(index)
    assert not bare, f"{notebook.name}: 설명이 없는 그림(figure without text) 셀 {bare}"
