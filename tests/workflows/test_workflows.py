"""The GitHub workflows, proved without GitHub: zizmor, the workflow JSON schema, pinning,
least privilege, and that they run the project's own scripts."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

PROJECT = Path(__file__).resolve().parents[2]
GITHUB = PROJECT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent  # the venv's console scripts (zizmor, check-jsonschema)

# Each action's commit, read from a stored snapshot of the action's own GitHub repository
# (search tool `fetch github:actions/NAME`, then `git show-ref --tags`; every tag below is a
# lightweight tag, so the ref is the commit), never recalled from memory. The newest release
# tag of each was taken. upload-pages-artifact v5.0.0 itself uses upload-artifact
# bbbca2dd… # v7.0.0, which agrees with the row below. When Dependabot moves a pin, this test
# fails until the table is updated from the action's tag: that review is the point.
PINS = {
    "actions/checkout": ("3d3c42e5aac5ba805825da76410c181273ba90b1", "v7.0.1"),
    "actions/setup-python": ("5fda3b95a4ea91299a34e894583c3862153e4b97", "v7.0.0"),
    "actions/upload-artifact": ("bbbca2ddaa5d8feaa63e36b76fdaad77386f024f", "v7.0.0"),
    "actions/configure-pages": ("983d7736d9b0ae728b81ab479565c72886d7745b", "v5.0.0"),
    "actions/upload-pages-artifact": ("fc324d3547104276b827a68afc52ff2a11cc49c9", "v5.0.0"),
    "actions/deploy-pages": ("cd2ce8fcbc39b97be8ca5fce6e763baed58fa128", "v5.0.0"),
}
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<value>\S+)(?P<comment>.*)$")
PINNED = re.compile(r"^(?P<action>[\w.-]+/[\w.-]+)@(?P<sha>[0-9a-f]{40})$")
VERSION_COMMENT = re.compile(r"^\s+#\s+(?P<version>v\d+\.\d+\.\d+)\s*$")


def load(path: Path) -> dict:
    # PyYAML reads the key `on` as True; put it back under its name.
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps(workflow: dict):
    for job_id, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield job_id, step


def test_there_are_the_two_workflows():
    assert [p.name for p in WORKFLOWS] == ["links.yml", "site.yml"]


# ---------------------------------------------------------------- static checks

def test_zizmor_finds_nothing():
    result = subprocess.run([BIN / "zizmor", "--offline", "--no-progress", ".github"],
                            cwd=PROJECT, capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "No findings" in output, output
    for path in [*WORKFLOWS, GITHUB / "dependabot.yml"]:
        assert f"completed .github/{path.relative_to(GITHUB)}" in output, output


@pytest.mark.parametrize("path", [*WORKFLOWS, GITHUB / "dependabot.yml"], ids=lambda p: p.name)
def test_validates_against_githubs_schema(path):
    schema = "vendor.dependabot" if path.name == "dependabot.yml" else "vendor.github-workflows"
    result = subprocess.run([BIN / "check-jsonschema", "--builtin-schema", schema, str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_would_catch_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  build:\n    steps: []\n", encoding="utf-8")  # no runs-on
    result = subprocess.run([BIN / "check-jsonschema", "--builtin-schema", "vendor.github-workflows",
                             str(broken)], capture_output=True, text=True)
    assert result.returncode != 0


# ---------------------------------------------------------------- pinning

@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_recorded_commit_with_its_version(path):
    lines = [m for line in path.read_text(encoding="utf-8").splitlines() if (m := USES_LINE.match(line))]
    parsed = [step["uses"] for _, step in steps(load(path)) if "uses" in step]
    assert [m["value"] for m in lines] == parsed, "a `uses:` the line check did not see"
    for match in lines:
        pinned = PINNED.match(match["value"])
        assert pinned, f"not pinned to a full commit SHA: {match['value']}"
        comment = VERSION_COMMENT.match(match["comment"])
        assert comment, f"no `# vX.Y.Z` comment after {match['value']}"
        assert pinned["action"] in PINS, f"{pinned['action']}: record where its SHA came from in PINS"
        assert (pinned["sha"], comment["version"]) == PINS[pinned["action"]], match.group(0)


def test_every_recorded_pin_is_used():
    used = {PINNED.match(step["uses"])["action"]
            for path in WORKFLOWS for _, step in steps(load(path)) if "uses" in step}
    assert used == set(PINS)


# ---------------------------------------------------------------- least privilege

@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_permission_by_default_and_no_secrets(path):
    workflow = load(path)
    assert workflow["permissions"] == {}
    text = path.read_text(encoding="utf-8")
    assert "secrets." not in text and "GITHUB_TOKEN" not in text
    for job_id, job in workflow["jobs"].items():
        assert "permissions" in job, f"{job_id} must say what it needs"
        writes = {k for k, v in job["permissions"].items() if v == "write"}
        if job_id == "deploy":
            assert job["permissions"] == {"pages": "write", "id-token": "write"}
        else:
            assert writes == set(), f"{job_id} may not write: {writes}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_checkout_keeps_no_credentials(path):
    checkouts = [step for _, step in steps(load(path)) if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts
    for step in checkouts:
        assert step["with"]["persist-credentials"] is False


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_checkout_fetches_the_whole_history(path):
    """The build reads git's history to tell which translations may be out of date."""
    for _, step in steps(load(path)):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["fetch-depth"] == 0


def test_translations_out_of_date_go_to_the_job_summary_of_a_green_run():
    job = load(GITHUB / "workflows" / "site.yml")["jobs"]["test"]
    [step] = [s for s in job["steps"] if "dossier translations --markdown" in s.get("run", "")]
    assert '>> "$GITHUB_STEP_SUMMARY"' in step["run"] and "if" not in step  # runs when the build passed


def test_only_the_deploy_job_deploys_and_it_runs_no_project_code():
    jobs = load(GITHUB / "workflows" / "site.yml")["jobs"]
    deploy = jobs["deploy"]
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]
    assert all("run" not in s for s in deploy["steps"])
    assert deploy["environment"]["name"] == "github-pages"
    for job_id, job in jobs.items():
        if job_id != "deploy":
            assert all(not s.get("uses", "").startswith("actions/deploy-pages@") for s in job["steps"])


# ---------------------------------------------------------------- what site.yml does

def test_site_runs_on_pull_requests_and_pushes_to_main():
    on = load(GITHUB / "workflows" / "site.yml")["on"]
    assert "pull_request" in on
    assert on["push"]["branches"] == ["main"]


def test_deploys_only_from_main_one_at_a_time_never_cancelling_a_running_deploy():
    workflow = load(GITHUB / "workflows" / "site.yml")
    jobs = workflow["jobs"]
    main_only = "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    assert jobs["pages-build"]["if"] == main_only and jobs["deploy"]["if"] == main_only
    assert jobs["pages-build"]["needs"] == "test" and jobs["deploy"]["needs"] == "pages-build"
    assert jobs["deploy"]["concurrency"]["cancel-in-progress"] is False
    # The workflow-wide group cancels superseded pull-request runs only, never a run on main.
    assert workflow["concurrency"]["cancel-in-progress"] == "${{ github.event_name == 'pull_request' }}"


def test_the_published_build_takes_its_address_from_configure_pages():
    job = load(GITHUB / "workflows" / "site.yml")["jobs"]["pages-build"]
    configure = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/configure-pages@"))
    build = next(s for s in job["steps"] if s.get("run") == "./scripts/build")
    assert build["env"]["SITE_URL"] == "${{ steps.%s.outputs.base_url }}" % configure["id"]
    upload = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site/"
    order = [job["steps"].index(s) for s in (configure, build, upload)]
    assert order == sorted(order)
    assert "site_url: !ENV [SITE_URL," in (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")


def test_pull_requests_get_the_build_the_tests_a_preview_and_a_summary():
    job = load(GITHUB / "workflows" / "site.yml")["jobs"]["test"]
    runs = [s.get("run", "") for s in job["steps"]]
    assert any(run.splitlines()[-1].startswith("./scripts/build") for run in runs if run)
    assert "./scripts/test" in runs
    assert any("GITHUB_STEP_SUMMARY" in run and "build.log" in run for run in runs)
    assert any("scripts/page_weight.py site --markdown" in run for run in runs)
    preview = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert preview["with"]["path"] == "site/"


def test_laptop_ci_and_github_run_the_same_test_command():
    assert (PROJECT / ".ci" / "run").read_text(encoding="utf-8").strip().endswith("exec ./scripts/test")
    readme = PROJECT / "README.md"
    assert "./scripts/test" in readme.read_text(encoding="utf-8")
    assert "./scripts/build" in readme.read_text(encoding="utf-8")


def test_links_workflow_runs_weekly_on_the_site_as_built_for_publishing():
    workflow = load(GITHUB / "workflows" / "links.yml")
    [schedule] = workflow["on"]["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert (day, month) == ("*", "*") and weekday.isdigit()
    runs = [s.get("run", "") for _, s in steps(workflow)]
    assert runs.index("./scripts/build") < runs.index("python3 scripts/check_external_links.py site")


def test_dependabot_updates_pip_npm_and_actions_weekly():
    config = yaml.safe_load((GITHUB / "dependabot.yml").read_text(encoding="utf-8"))
    ecosystems = {u["package-ecosystem"]: u for u in config["updates"]}
    assert set(ecosystems) == {"pip", "npm", "github-actions"}  # npm: PurgeCSS (package.json)
    assert all(u["schedule"]["interval"] == "weekly" and u["directory"] == "/" for u in ecosystems.values())


def test_requirements_are_compiled_with_hashes():
    for name in ("requirements", "requirements-test", "requirements-properdocs"):
        text = (PROJECT / f"{name}.txt").read_text(encoding="utf-8")
        assert "pip-compile" in text and "--generate-hashes" in text and f" {name}.in" in text
        pins = re.findall(r"^[A-Za-z0-9_.-]+==", text, flags=re.M)
        hashed = re.findall(r"^[A-Za-z0-9_.-]+==\S+(?: \\\n    --hash=sha256:[0-9a-f]{64})+$", text, flags=re.M)
        assert len(hashed) == len(pins) > 0
    assert "--require-hashes" in (PROJECT / "scripts" / "lib" / "venv.sh").read_text(encoding="utf-8")


def test_npm_packages_are_installed_from_the_lock_file_with_integrity_hashes():
    # As pip from the hashed requirements: `npm ci` installs exactly package-lock.json, each
    # package checked against its integrity hash, and fails if package.json disagrees with it.
    lock = json.loads((PROJECT / "package-lock.json").read_text(encoding="utf-8"))
    packages = {name: entry for name, entry in lock["packages"].items() if name}
    assert "node_modules/purgecss" in packages
    assert all(entry.get("integrity", "").startswith("sha512-") for entry in packages.values())
    venv = (PROJECT / "scripts" / "lib" / "venv.sh").read_text(encoding="utf-8")
    assert "npm ci " in venv and "npm install" not in venv
    for script in ("build", "serve", "test", "build-properdocs"):
        assert "ensure_node_modules" in (PROJECT / "scripts" / script).read_text(encoding="utf-8"), script
