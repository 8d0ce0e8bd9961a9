#!/usr/bin/env python3
"""Turn a submitted proposal form (the body of an issue) into a case's page pair, and check it.

    python scripts/from_issue.py BODY_FILE [--root DIR]

Writes docs/praxisbeispiele/<slug>.de.md (and .en.md when the form has an English text) below the
project (or DIR) and runs the checks of the build on them. Exit 0: prints the paths written. Exit 1:
prints one `Field: message` line per problem, named as in the form, and writes nothing: the form's
messages in German (form_messages.py says the content checks' English messages in German; one it
does not know stays in English, marked as such).
Exit 2: the body file cannot be read.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from _project import ROOT

from kbm.collection import load_collection
from kbm.form_messages import in_german
from kbm.issue_form import Draft, draft, label_of, read_issue
from kbm.page_types import PRAXISBEISPIEL
from kbm.problems import ContentError
from kbm.vocabulary import load_vocabulary


def known_bausteine(root: Path) -> dict[str, str]:
    """Slug -> German title of each Baustein, read from the files' headers (the content need not be valid)."""
    import frontmatter

    found = {}
    for path in sorted((root / "bausteine").glob("*.de.md")):
        try:
            found[path.name.removesuffix(".de.md")] = str(frontmatter.load(path).get("title", ""))
        except Exception:  # a broken Baustein is the validator's business, not the form's
            continue
    return found


def check(found: Draft, root: Path) -> tuple[list[str], list[Path]]:
    """Write the pair and run the checks: the problems of these files in the form's words, and the files
    written (none when a page of that address exists already)."""
    folder = root / PRAXISBEISPIEL.source_folder
    paths = {"de": folder / f"{found.slug}.de.md", "en": folder / f"{found.slug}.en.md"}
    if any(p.exists() for p in paths.values()):
        taken = f"Titel: Ein Praxisbeispiel mit der Adresse „{found.slug}“ gibt es schon. "
        return [taken + "Bitte wählen Sie einen anderen Titel."], []
    written = []
    for lang, text in {"de": found.german, "en": found.english}.items():
        if text is not None:
            paths[lang].write_text(text, encoding="utf-8")
            written.append(paths[lang])
    try:
        load_collection(root)
        return [], written
    except ContentError as error:
        mine = {p.relative_to(root).as_posix(): lang for lang, p in paths.items()}
        lines = []
        for problem in error.problems:
            if problem.path in mine:
                labels = found.labels if mine[problem.path] == "de" else found.labels_en
                lines.append(f"{label_of(problem.field, problem.line, labels)}: {in_german(problem.message)}")
        return list(dict.fromkeys(lines)), written  # no lines: only other files have problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("body", type=Path, help="a file holding the issue's body")
    parser.add_argument("--root", type=Path, default=ROOT, help="the project to write into (default: this one)")
    args = parser.parse_args(argv)
    try:
        body = args.body.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        print(f"cannot read {args.body}: {error.strerror}", file=sys.stderr)
        return 2
    submitted = read_issue(body)
    for label in submitted.unknown:
        print(f"{label}: Dieses Feld kennt das Formular nicht; es wurde übergangen.", file=sys.stderr)
    root = args.root.resolve()
    found = draft(submitted, load_vocabulary(), known_bausteine(root), datetime.date.today())
    # Every problem at once: what kept fields from being read, then the checks of the pages for the others.
    problems = [f"{label}: {message}" for label, message in found.problems]
    reported = {label for label, _ in found.problems}
    lines, written = check(found, root)
    problems += [line for line in lines if line.split(":", 1)[0] not in reported]
    if problems:
        for path in written:  # only what this run wrote: never a page that was there before
            path.unlink()
        print("\n".join(problems))
        return 1
    for path in written:
        print(path.relative_to(root).as_posix())
    return 0


if __name__ == "__main__":
    sys.exit(main())
