"""A stored held-out spoken run's WER read again with today's WER words (benchmarks/speech.py's
`normalise` and benchmarks/wer_words.py: other languages' numbers said as words, compounds whole
or in parts), from each row's said and heard text: a run measured before a WER rule changed is
compared on the same rule as one measured after. Adds "wer_rescored" (and per voice) to each
condition of the file's spoken section; nothing else changes.

    python benchmarks/rescore_spoken.py benchmarks/results/heldout_mun_diagnosed_spoken_base_de.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.wer_words import edit_distance, normalise  # noqa: E402
from benchmarks.wer_words import joined_alike  # noqa: E402


def rescored(rows: list[dict], language: str | None = None) -> tuple[float, dict[str, float]]:
    """The WER over the rows that were heard, overall and per voice; `language`: the one the run heard in."""
    totals: dict[str, list[int]] = {}
    for row in rows:
        if row.get("refused") or row.get("said") is None:
            continue
        said, heard = joined_alike(normalise(row["said"], language), normalise(row.get("heard") or "", language))
        errors, words = totals.setdefault(row["voice"], [0, 0])
        totals[row["voice"]] = [errors + edit_distance(said, heard), words + len(said)]
    errors, words = (sum(counts[i] for counts in totals.values()) for i in (0, 1))
    return round(errors / max(1, words), 3), {voice: round(e / max(1, w), 3) for voice, (e, w) in totals.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("results", type=Path, nargs="+")
    for path in parser.parse_args().results:
        results = json.loads(path.read_text(encoding="utf-8"))
        language = results.get("asr", {}).get("language")  # a language written in two alphabets is scored in one
        for condition, summary in results.get("spoken", {}).items():
            summary["wer_rescored"], summary["wer_rescored_by_voice"] = rescored(summary["rows"], language)
            print(f"{path.name} {condition}: WER {summary['wer']} -> {summary['wer_rescored']} (today's WER words)")
        path.write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
