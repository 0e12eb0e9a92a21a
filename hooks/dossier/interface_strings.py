"""The interface strings of a language: strings/<lang>.yml (same keys in every language)."""
from pathlib import Path

import yaml


def load(project_dir: Path, lang: str) -> dict:
    return yaml.safe_load((Path(project_dir) / "strings" / f"{lang}.yml").read_text(encoding="utf-8"))
