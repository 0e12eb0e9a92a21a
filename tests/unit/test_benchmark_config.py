"""The benchmark's stock build: the project's configuration without our additions."""
from __future__ import annotations

import sys

import yaml

from conftest import PROJECT

sys.path.insert(0, str(PROJECT / "scripts"))
import benchmark_lighthouse  # noqa: E402


def test_stock_config_is_material_and_static_i18n_only(monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    config = yaml.load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"),
                       Loader=benchmark_lighthouse._env_loader())
    assert config["site_url"].startswith("https://")  # !ENV read with its default
    assert config["hooks"] and config["extra"]["stylesheet"] and config["theme"]["custom_dir"] == "overrides"
    stock = benchmark_lighthouse.stock_config(config, "http://127.0.0.1:8000/")
    assert not {"hooks", "extra_css", "extra_javascript", "watch"} & set(stock)
    assert not {"custom_dir", "favicon"} & set(stock["theme"])
    assert stock["theme"]["palette"]["primary"] == "deep purple"
    assert [p if isinstance(p, str) else next(iter(p)) for p in stock["plugins"]] == ["search", "i18n"]
    assert (stock["strict"], stock["site_url"]) == (False, "http://127.0.0.1:8000/")
    assert stock["nav"] == config["nav"] and stock["markdown_extensions"] == config["markdown_extensions"]
    assert "hooks" in config  # the project's own configuration is left as it was
