"""The course's maintenance commands, shared by the Makefile and the tests.

    python scripts/course.py execute --profile full [NOTEBOOK ...]   # store readers' outputs
    python scripts/course.py execute --profile smoke --output-dir _build/smoke
    python scripts/course.py sync-links [--check]   # Colab badge/install cell <- _config.yml
    python scripts/course.py seeds chapters/08_cifar10_better.ipynb --seeds 1 2 3
"""

import argparse
import ast
import re
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import yaml

ROOT = Path(__file__).resolve().parent.parent
PROFILES_DIR = ROOT / "tests" / "profiles"
PROFILES = ("smoke", "full")
GLUE_MIME = "application/papermill.record/text/plain"


def toc_sources():
    """The source file of every page in `_toc.yml` (the root first), in book order."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    names = [toc["root"]]

    def walk(node):
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            if "file" in node:
                names.append(node["file"])
            for key in ("parts", "chapters", "sections"):
                walk(node.get(key, []))

    walk(toc)
    sources = []
    for name in names:
        found = [ROOT / f"{name}{suffix}" for suffix in (".md", ".ipynb", ".rst", "")]
        found = [path for path in found if path.is_file() and path.suffix]
        if not found:
            raise FileNotFoundError(f"_toc.yml lists {name!r}, but no such page exists")
        sources.append(found[0])
    return sources


def toc_notebooks():
    """Every chapter notebook (`chapters/`) listed in `_toc.yml`, in book order."""
    return [source for source in toc_sources() if source.parent.name == "chapters"]


def toc_exercises():
    """Every exercise notebook (`exercises/`) listed in `_toc.yml`, in book order."""
    return [source for source in toc_sources() if source.parent.name == "exercises"]


def page_title(source):
    """The first `# ` heading of a page's source (Markdown file or notebook)."""
    if source.suffix == ".ipynb":
        cells = nbformat.read(source, as_version=4).cells
        text = "\n".join(c.source for c in cells if c.cell_type == "markdown")
    else:
        text = source.read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("# "):
            return line.removeprefix("# ").strip()
    raise ValueError(f"{source.name}에 제목(# title)이 없습니다")


def load_profile(notebook, profile):
    """`{"parameters": {...}, "thresholds": {...}}` of a notebook's profile."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; use one of {PROFILES}")
    path = PROFILES_DIR / f"{Path(notebook).stem}.yml"
    if not path.is_file():
        raise FileNotFoundError(f"{path.relative_to(ROOT)} is missing: every chapter needs one")
    section = yaml.safe_load(path.read_text(encoding="utf-8")).get(profile) or {}
    return {
        "parameters": section.get("parameters") or {},
        "thresholds": section.get("thresholds") or {},
    }


def _strip_run_metadata(nb):
    """Remove what papermill adds (timings, machine paths, the injected cell)."""
    nb.metadata.pop("papermill", None)
    nb.cells = [c for c in nb.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    return nb


def execute(notebook, profile, output, kernel="python3", cwd=None, overrides=None):
    """Execute `notebook` with papermill in `profile` and write it to `output`.

    The kernel runs in `cwd` (default: the notebook's folder); `overrides` (e.g. {"SEED": 1})
    take precedence over the profile's parameters. Exercise notebooks (`exercises/`) run with
    profile=None: no parameters, as the learner gets them.
    """
    import papermill

    notebook, output = Path(notebook), Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    parameters = {} if profile is None else load_profile(notebook, profile)["parameters"]
    papermill.execute_notebook(
        str(notebook),
        str(output),
        parameters={**parameters, **(overrides or {})},
        cwd=str(cwd or notebook.parent),
        kernel_name=kernel,
        progress_bar=False,
        log_output=False,
    )
    seconds = time.perf_counter() - started
    nb = nbformat.read(output, as_version=4)
    if profile == "full":  # stored outputs carry no trace of the run's machine
        nb = _strip_run_metadata(nb)
    nb.metadata["course"] = {"profile": profile, "run_seconds": round(seconds),
                             "device": run_device(nb)}
    nbformat.write(nb, output)
    return output


DEVICE = re.compile(r"장치\(device\): ([^|\n]+)")


def run_device(nb):
    """The device that `helpers.setup_notebook` reported in a run ("CPU", "GPU", ...)."""
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            found = DEVICE.search(out.get("text", ""))
            if found:
                return found.group(1).strip()
    return "unknown"


def run_time(notebook):
    """`(seconds, device)` of the run whose outputs a notebook stores (`execute` records it)."""
    meta = nbformat.read(notebook, as_version=4).metadata.get("course", {})
    return meta.get("run_seconds"), meta.get("device")


def run_time_text(seconds):
    """How the intro page writes a measured run time: "1분 미만", "약 12분"."""
    return "1분 미만" if seconds < 60 else f"약 {round(seconds / 60)}분"


def noise(notebook):
    """Error outputs and stderr text (warnings, log spam) in a notebook's outputs."""
    return [
        out.get("ename") or out.get("text", "")[:300]
        for cell in nbformat.read(notebook, as_version=4).cells
        for out in cell.get("outputs", [])
        if out["output_type"] == "error" or out.get("name") == "stderr"
    ]


def glued_values(notebook):
    """`{name: value}` of everything a notebook recorded with `helpers.glue`."""
    nb = nbformat.read(notebook, as_version=4)
    values = {}
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            name = out.get("metadata", {}).get("scrapbook", {}).get("name")
            if name is not None and GLUE_MIME in out.get("data", {}):
                values[name] = ast.literal_eval(out["data"][GLUE_MIME])
    return values


RULES = {"min", "max", "equals", "one_of", "pattern"}  # pattern: a regex the text matches


def check_thresholds(values, thresholds):
    """Problems (a list of strings) between glued values and the threshold table."""
    if thresholds and not values:
        return ["the notebook glued nothing: is myst-nb installed where its kernel runs?"]
    problems = []
    for name in sorted(set(values) - set(thresholds)):
        problems.append(f"{name} = {values[name]!r} is glued but has no threshold")
    for name, rule in sorted(thresholds.items()):
        if name not in values:
            problems.append(f"{name} has a threshold but the notebook did not glue it")
            continue
        value = values[name]
        unknown = set(rule) - RULES
        if unknown:
            problems.append(f"{name}: unknown rule(s) {sorted(unknown)}; use {sorted(RULES)}")
        if "min" in rule and not value >= rule["min"]:
            problems.append(f"{name} = {value!r} is below the minimum {rule['min']}")
        if "max" in rule and not value <= rule["max"]:
            problems.append(f"{name} = {value!r} is above the maximum {rule['max']}")
        if "equals" in rule and value != rule["equals"]:
            problems.append(f"{name} = {value!r} differs from the expected {rule['equals']!r}")
        if "one_of" in rule and value not in rule["one_of"]:
            problems.append(f"{name} = {value!r} is not one of {rule['one_of']!r}")
        if "pattern" in rule and not re.fullmatch(rule["pattern"], str(value)):
            problems.append(f"{name} = {value!r} does not match {rule['pattern']!r}")
    return problems


# --- Colab links --------------------------------------------------------------------

BADGE = re.compile(r"https://colab\.research\.google\.com/github/[^)\s]+")
INSTALL = re.compile(r'"dl-course-helpers @ git\+(?P<url>[^"@]+)@(?P<ref>[^"]+)"')
# What `pip install` of the repository builds: a change here needs a new Colab pin.
PACKAGE_PATHS = ("helpers", "data", "pyproject.toml")


def _git(*args):
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)


def repository():
    """(url, branch) of the book's repository, as `_config.yml` declares them."""
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["repository"]
    return config["url"].rstrip("/"), config["branch"]


def git_history_available():
    """False in a shallow clone or outside git, where Colab pins cannot be checked."""
    shallow = _git("rev-parse", "--is-shallow-repository")
    return shallow.returncode == 0 and shallow.stdout.strip() == "false"


def package_commit():
    """The newest commit that changed the installable package (see PACKAGE_PATHS)."""
    return _git("log", "-1", "--format=%H", "--", *PACKAGE_PATHS).stdout.strip()


def pin_problem(commit):
    """Why `commit` cannot be the Colab install pin, or None when it can.

    A good pin is a commit on the checked-out branch whose package files equal the working
    tree's, so Colab installs exactly the helpers that the tests ran.
    """
    if not re.fullmatch(r"[0-9a-f]{40}", commit):
        return f"{commit!r} is not a full commit hash"
    if _git("cat-file", "-e", f"{commit}^{{commit}}").returncode != 0:
        return f"commit {commit[:12]} is not in this repository"
    if _git("merge-base", "--is-ancestor", commit, "HEAD").returncode != 0:
        return f"commit {commit[:12]} is not on the checked-out branch"
    if _git("diff", "--quiet", commit, "--", *PACKAGE_PATHS).returncode != 0:
        return (
            f"the package ({', '.join(PACKAGE_PATHS)}) changed after commit {commit[:12]}: "
            "commit the change, then run `make sync-links`"
        )
    return None


def colab_links(notebook, commit):
    """The badge URL and pip requirement that a notebook should hold."""
    url, branch = repository()
    github_path = url.removeprefix("https://github.com/")
    relative = Path(notebook).resolve().relative_to(ROOT).as_posix()
    badge = f"https://colab.research.google.com/github/{github_path}/blob/{branch}/{relative}"
    install = f'"dl-course-helpers @ git+{url}@{commit}"'
    return badge, install


def sync_links(notebook, check=False):
    """Compare a notebook's badge and install cell with `_config.yml`, and fix them.

    The badge opens the notebook on the branch; the install cell pins helpers to a commit
    (`pin_problem`), so a later change on the branch cannot break a notebook already open.
    With check=True nothing is written. Returns what is (still) wrong: empty when in sync.
    """
    nb = nbformat.read(notebook, as_version=4)
    name = Path(notebook).name
    pins = [m["ref"] for c in nb.cells for m in INSTALL.finditer(c.source)]
    commit = pins[0] if pins else ""
    problem = pin_problem(commit) if pins else None
    if problem and not check:
        commit = package_commit()
        problem = pin_problem(commit)
    if problem:
        return [f"{name}: Colab install pin: {problem}"]
    badge, install = colab_links(notebook, commit)
    problems = []
    for pattern, wanted, what in ((BADGE, badge, "Colab badge"), (INSTALL, install, "install")):
        cells = [c for c in nb.cells if pattern.search(c.source)]
        if not cells:
            problems.append(f"{name}: no {what} cell found")
        for cell in cells:
            new = pattern.sub(lambda _, wanted=wanted: wanted, cell.source)
            if new != cell.source:
                problems.append(f"{name}: {what} is not {wanted}")
                cell.source = new
    if problems and not check:
        nbformat.write(nb, notebook)
        return sync_links(notebook, check=True)
    return problems


def seed_targets(notebook):
    """The profile's `seeds:` section: `{name: {"mean_min": x}}`, targets on a glued value's mean
    over the stored run and the seed runs (e.g. chapter 07's validation accuracy)."""
    path = PROFILES_DIR / f"{Path(notebook).stem}.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8")).get("seeds") or {}


def mean_problems(runs, targets):
    """Problems between the runs' glued values (a list of dicts) and the seed-mean targets."""
    problems = []
    for name, rule in sorted(targets.items()):
        if set(rule) != {"mean_min"}:
            problems.append(f"{name}: use the rule mean_min in the seeds section, not {rule}")
            continue
        numbers = [run[name] for run in runs if name in run]
        if len(numbers) < len(runs):
            problems.append(f"{name} has a seed target but a run did not glue it")
            continue
        mean = sum(numbers) / len(numbers)
        print(f"  mean of {name} over {len(numbers)} runs: {mean:.4f} "
              f"(target >= {rule['mean_min']})")
        if mean < rule["mean_min"]:
            problems.append(f"mean {name} = {mean:.4f} is below {rule['mean_min']}")
    return problems


def seed_runs(notebook, seeds, output_dir):
    """Run a chapter's full profile once per seed; print each glued number per seed.

    The stored run (the book's outputs) joins the seed runs in the `seeds:` mean targets.
    Returns the number of seeds whose run misses a full threshold, plus one if a mean target
    is missed (0: the targets hold).
    """
    notebook = Path(notebook)
    thresholds = load_profile(notebook, "full")["thresholds"]
    values, failures = {}, 0
    for seed in seeds:
        output = Path(output_dir) / f"{notebook.stem}-seed{seed}.ipynb"
        print(f"[full, SEED={seed}] {notebook.name} -> {output}", flush=True)
        # The kernel runs in output_dir: a seed run writes none of the book's files (_static).
        values[seed] = glued_values(
            execute(notebook, "full", output, cwd=output_dir, overrides={"SEED": seed})
        )
        problems = check_thresholds(values[seed], thresholds)
        failures += bool(problems)
        print("\n".join(f"  SEED={seed}: {p}" for p in problems) or f"  SEED={seed}: all met")
    print(f"{'value':<28}" + "".join(f"{'SEED=' + str(seed):>14}" for seed in seeds))
    for name in sorted(set().union(*values.values())):
        cells = [values[seed].get(name, "-") for seed in seeds]
        text = [f"{v:.4f}" if isinstance(v, float) else str(v) for v in cells]
        print(f"{name:<28}" + "".join(f"{t:>14}" for t in text))
    targets = seed_targets(notebook)
    if targets:
        problems = mean_problems([glued_values(notebook), *values.values()], targets)
        failures += bool(problems)
        print("\n".join(f"  {p}" for p in problems) or "  seed-mean targets met")
    return failures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("execute", help="execute chapters with papermill")
    run.add_argument("--profile", choices=PROFILES, default="full")
    run.add_argument("--output-dir", type=Path, help="default: overwrite the chapters in place")
    run.add_argument("notebooks", nargs="*", type=Path, help="default: every chapter in _toc.yml")
    links = sub.add_parser("sync-links", help="update Colab badges and install cells")
    links.add_argument("--check", action="store_true", help="report, change nothing")
    several = sub.add_parser("seeds", help="run one chapter's full profile with several seeds")
    several.add_argument("notebook", type=Path)
    several.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    several.add_argument("--output-dir", type=Path, default=ROOT / "_build" / "seeds")
    args = parser.parse_args(argv)

    if args.command == "seeds":
        return 1 if seed_runs(args.notebook, args.seeds, args.output_dir) else 0

    if args.command == "execute":
        for notebook in args.notebooks or toc_notebooks():
            output = (args.output_dir / notebook.name) if args.output_dir else notebook
            print(f"[{args.profile}] {notebook.name} -> {output}", flush=True)
            execute(notebook, args.profile, output)
        return 0
    notebooks = toc_notebooks() + toc_exercises()
    problems = [p for nb in notebooks for p in sync_links(nb, check=args.check)]
    print("\n".join(problems) or "Colab links are in sync with _config.yml")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
