"""The workflow's steps, run here: scripts/build as GitHub runs it, content problems as
annotations, and the Chromium fallback of scripts/lib/venv.sh on a runner without one."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parents[2]
VENV = Path(os.environ.get("VENV", PROJECT / ".venv"))
MEETING = "pertemuan/2024-02-22-dialog-kemensos.md"
PAGES_URL = "https://example.github.io/dosier-uji"  # what configure-pages gives: no slash


def run_build(project: Path, site_dir: Path, **env):
    environment = {**os.environ, "VENV": str(VENV), "SITE_DIR": str(site_dir), **env}
    return subprocess.run([project / "scripts" / "build"], cwd=project, env=environment,
                          capture_output=True, text=True)


def test_the_pages_build_step_succeeds_with_the_pages_address(tmp_path):
    site = tmp_path / "site"
    result = run_build(PROJECT, site, GITHUB_ACTIONS="true", SITE_URL=PAGES_URL,
                       REPO_URL="https://github.com/example/dosier-uji")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not re.search(r"^(WARNING|ERROR)\b", output, flags=re.M), output
    assert "::error" not in output, output
    assert (site / "index.html").is_file() and (site / "en" / "index.html").is_file()
    # site_url came from the environment, as in the pages-build job.
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{PAGES_URL}/</loc>" in sitemap
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f'href="{PAGES_URL}/"' in home
    assert 'href="https://github.com/example/dosier-uji"' in home


# ---------------------------------------------------------------- the test job's steps, as written

def _step(name: str) -> str:
    workflow = yaml.safe_load((PROJECT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))
    [step] = [s for s in workflow["jobs"]["test"]["steps"] if s.get("name") == name]
    return step["run"]


def _copy_project(target: Path) -> Path:
    shutil.copytree(PROJECT, target, ignore=shutil.ignore_patterns(
        ".git", ".venv", "site", "__pycache__", ".pytest_cache", "node_modules", ".cache"))
    (target / ".venv").symlink_to(VENV)  # the workflow's steps call .venv/bin/python
    (target / "node_modules").symlink_to(PROJECT / "node_modules")  # npm ci's, as scripts/build left it
    return target


def _run_step(name: str, project: Path, runner_temp: Path, **env) -> subprocess.CompletedProcess:
    """Run a step's script as GitHub does for `run:` without a `shell:` (bash -e {0})."""
    runner_temp.mkdir(exist_ok=True)
    environment = {k: v for k, v in os.environ.items() if k not in ("VENV", "SITE_DIR", "GITHUB_ACTIONS")}
    environment.update(GITHUB_ACTIONS="true", RUNNER_TEMP=str(runner_temp),
                       GITHUB_STEP_SUMMARY=str(runner_temp / "summary.md"), **env)
    script = runner_temp / "step.sh"
    script.write_text(_step(name), encoding="utf-8")
    return subprocess.run(["bash", "-e", str(script)], cwd=project, env=environment,
                          capture_output=True, text=True)


def _break_a_date(project: Path) -> int:
    page = project / "docs" / MEETING
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace('date: "2024-02-22"', 'date: "2024-02-30"'), encoding="utf-8")
    return 1 + text.splitlines().index('date: "2024-02-22"')


def test_the_build_step_as_written_builds_the_site_the_preview_uploads(tmp_path):
    project = _copy_project(tmp_path / "project")
    temp = tmp_path / "runner"
    result = _run_step("Build the site (mkdocs build --strict)", project, temp)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (project / "site" / "index.html").is_file()  # upload-artifact's path: site/
    assert "Documentation built" in (temp / "build.log").read_text(encoding="utf-8")

    result = _run_step("Page weight to the job summary", project, temp)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = temp / "summary.md"
    if (project / "scripts" / "page_weight.py").exists():
        assert "|" in summary.read_text(encoding="utf-8")
    else:  # the page-weight script is not on this branch yet: the step does nothing
        assert not summary.exists()


def test_a_content_problem_fails_the_build_step_with_annotations_and_a_summary(tmp_path):
    project = _copy_project(tmp_path / "project")
    line = _break_a_date(project)
    temp = tmp_path / "runner"

    result = _run_step("Build the site (mkdocs build --strict)", project, temp)
    assert result.returncode != 0
    commands = [c for c in result.stdout.splitlines() if c.startswith("::error ")]
    # The wrong date; the English page now disagreeing with it only follows from it (folded in).
    assert len(commands) == 1, result.stdout
    ours = [c for c in commands if c.startswith(f"::error file=docs/{MEETING},")]
    assert len(ours) == 1 and ours[0].startswith(f"::error file=docs/{MEETING},line={line},title=")
    assert "2024-02-30" in ours[0] and "(+1) [en] 1 more problem(s) follow from this one" in ours[0]

    result = _run_step("Content problems to the job summary", project, temp)
    assert result.returncode == 0, result.stderr
    summary = (temp / "summary.md").read_text(encoding="utf-8")
    assert summary.startswith("## Situs tidak dapat dibangun / The site could not be built")
    report = summary.split("```text\n", 1)[1]
    assert report.startswith("ERROR")
    assert f"docs/{MEETING}:{line}: `date`: Tanggal tidak ada di kalender / A date that does not exist" in report
    assert "[id] Tanggal `2024-02-30`" in report and "[en] The date `2024-02-30`" in report
    assert "::error" not in summary and "\x1b[" not in summary and "INFO" not in summary


def _git(project: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "T",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", *args], cwd=project, env=env, check=True, capture_output=True)


def test_a_green_pull_request_lists_the_translations_that_may_be_out_of_date(tmp_path):
    """An Indonesian correction without its translation: the build passes, and the job summary and
    a warning on the English file say so."""
    project = _copy_project(tmp_path / "project")
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "The dossier")
    page = project / "docs" / MEETING
    page.write_text(page.read_text(encoding="utf-8").replace("Dialog singkat itu", "Dialog yang singkat itu"),
                    encoding="utf-8")
    _git(project, "commit", "-q", "-am", "Koreksi")
    temp = tmp_path / "runner"
    english = f"docs/{MEETING[:-3]}.en.md"

    result = _run_step("Build the site (mkdocs build --strict)", project, temp)
    assert result.returncode == 0, result.stdout + result.stderr
    warnings = [c for c in result.stdout.splitlines() if c.startswith("::warning ")]
    assert len(warnings) == 1 and warnings[0].startswith(f"::warning file={english},title="), result.stdout

    result = _run_step("Translations that may be out of date to the job summary", project, temp)
    assert result.returncode == 0, result.stderr
    summary = (temp / "summary.md").read_text(encoding="utf-8")
    assert summary.startswith("## Terjemahan mungkin belum diperbarui / The translation may be out of date")
    assert f"- `{english}` ← [`docs/{MEETING}`](https://github.com/" in summary and "/compare/" in summary


def test_no_annotations_outside_github_actions(tmp_path):
    project = _copy_project(tmp_path / "project")
    _break_a_date(project)
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    result = subprocess.run([project / "scripts" / "build"], cwd=project, capture_output=True, text=True,
                            env={**environment, "VENV": str(VENV), "SITE_DIR": str(tmp_path / "site")})
    assert result.returncode != 0
    assert "::error" not in result.stdout + result.stderr
    assert "2024-02-30" in result.stderr


def _ensure_chromium(tmp_path: Path, **env) -> subprocess.CompletedProcess:
    """Run venv.sh's ensure_chromium with a stand-in venv python that records its calls."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    fake_chrome = tmp_path / "playwright-chrome"
    fake_chrome.write_text("#!/bin/sh\n")
    fake_chrome.chmod(0o755)
    python = venv / "bin" / "python"
    python.write_text(
        "#!/bin/sh\n"
        f'echo "$*" >> "{tmp_path}/calls"\n'
        f'case "$1" in -c) echo "{fake_chrome}";; esac\n')
    python.chmod(0o755)
    script = 'source scripts/lib/venv.sh; ensure_chromium; echo "CHROMIUM_PATH=${CHROMIUM_PATH:-}"'
    environment = {k: v for k, v in os.environ.items() if k not in ("CHROMIUM_PATH", "GITHUB_ACTIONS")}
    return subprocess.run(["bash", "-c", script], cwd=PROJECT, capture_output=True, text=True,
                          env={**environment, "VENV": str(venv), **env})


def test_on_a_github_runner_without_chromium_playwrights_own_is_installed_and_used(tmp_path):
    result = _ensure_chromium(tmp_path, GITHUB_ACTIONS="true", DEBIAN_CHROMIUM=str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    calls = (tmp_path / "calls").read_text().splitlines()
    assert calls[0] == "-m playwright install --with-deps chromium"
    assert result.stdout.strip().endswith(f"CHROMIUM_PATH={tmp_path / 'playwright-chrome'}")


def test_debian_chromium_is_used_when_present(tmp_path):
    present = tmp_path / "chromium"
    present.write_text("#!/bin/sh\n")
    present.chmod(0o755)
    result = _ensure_chromium(tmp_path, GITHUB_ACTIONS="true", DEBIAN_CHROMIUM=str(present))
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "calls").exists()
    assert result.stdout.strip() == "CHROMIUM_PATH="


def test_a_wrong_chromium_path_is_an_error_not_a_silent_fallback(tmp_path):
    result = _ensure_chromium(tmp_path, CHROMIUM_PATH=str(tmp_path / "missing"))
    assert result.returncode != 0
    assert "CHROMIUM_PATH" in result.stderr
