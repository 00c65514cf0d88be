"""`facet ask` with inputs a careless or hostile user sends: each is one line on stderr and exit
code 1, never a traceback, and nothing is decoded before its size is checked."""

import pytest
from PIL import Image

from tests.test_cli import data_dir, facet  # noqa: F401

pytestmark = pytest.mark.e2e


def test_bad_inputs_to_ask_are_one_line_errors(data_dir, tmp_path):  # noqa: F811
    bomb = tmp_path / "bomb.png"
    Image.new("1", (20_000, 20_000)).save(bomb)  # 400 megapixels in a 50 kB file
    huge = tmp_path / "huge.wav"
    huge.write_bytes(b"RIFF" + bytes(26_000_000))
    cases = {
        "too many pixels": ["ask", "--image", bomb],
        "characters long": ["ask", "ring " * 300],
        "too large": ["ask", "--audio", huge],
        "empty query": ["ask", "   "],
    }
    for reason, args in cases.items():
        result = facet(data_dir, *args, check=False)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert result.stderr.startswith("facet: error: ") and result.stderr.count("\n") == 1 and reason in result.stderr
