"""The README's two set-up commands are what CI runs."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    section = (ROOT / "README.md").read_text().split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section)


def test_readme_has_exactly_two_setup_commands_and_ci_runs_them():
    install_and_serve, run_tests = readme_commands()
    ci = (ROOT / ".ci" / "run").read_text()
    install = install_and_serve.removesuffix(" && .venv/bin/facet serve")
    assert install != install_and_serve, "the first command must start the web chat"
    assert install in ci.splitlines()
    assert run_tests in ci.splitlines()
