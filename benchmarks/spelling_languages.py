"""The request speller (assistant/understanding/spelling.py) on words of DIAGNOSED held-out shops in many
languages, with every locale pack loaded: what it "corrects" and how many typos it mends.

- corrections: every distinct word (of FUZZY_MIN_WORD letters or more, no phrase) in a shop's export and
  requests, corrected as in a request of the shop's language. Listings and requests are spelt right
  almost always, so nearly every correction here is a word taken for another; those towards a word
  of neither the shop's language nor English are the captures issue 16 is about.
- typos: each written word of the language's packs (6 letters or more) with one edit (two letters
  swapped or one dropped, seeded), corrected back to the same word or not.

`--ablate` turns off rules of the speller to measure what each does: `known` (a word some pack
writes is no typo of another's), `scope` (targets of the request's languages only: every language
instead), `built` (no targets built for another language's word: every built form taken as English).
All three off is the speller before them.

    nice -n 10 python benchmarks/spelling_languages.py [--shop sto waw ...] [--ablate known scope built]
        [--out benchmarks/results/spelling_languages.json]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.understanding import spelling  # noqa: E402
from benchmarks.heldout_shops import HELDOUT, SHOPS  # noqa: E402
from retrieval.folding import unmarked, words_of  # noqa: E402

SHOP_LANGUAGES = {"sto": "sv", "waw": "pl", "prg": "cs", "clj": "ro", "nbo": "sw", "mil": "it", "lyo": "fr", "ams": "nl",
                  "ist": "tr", "bud": "hu", "ath": "el", "han": "vi", "jkt": "id", "mun": "de", "sao": "pt", "inr": "en"}  # fmt: skip
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".xml", ".jsonl")
ANSWER_KEY = "truth.jsonl"
TYPO_MIN_LETTERS = 6
SEED = 7


def _ablate(rules: list[str]) -> None:
    if "known" in rules:
        spelling.WRITTEN_WORDS = frozenset()
    if "scope" in rules:
        every = frozenset(spelling.WRITTEN)
        spelling.message_language = lambda text: dict.fromkeys(every, 1)
    if "built" in rules:
        spelling.TARGET_LANGUAGES = spelling.TARGET_LANGUAGES | {word: frozenset({"en"}) for word in _all_targets() - set(spelling.TARGET_LANGUAGES)}
        spelling.FUZZY_TARGETS = set(spelling.TARGET_LANGUAGES)
        spelling.FUZZY_INDEX = spelling._fuzzy_index()
    spelling._correct.cache_clear()


def _all_targets() -> set[str]:
    return {w for phrase in spelling.PHRASES for w in phrase.split(" ") if len(w) >= spelling.FUZZY_MIN_TARGET and "'" not in w}


def _languages(language: str, rules: list[str]) -> frozenset[str]:
    return frozenset(spelling.WRITTEN) if "scope" in rules else frozenset({"en", language})


def _words(code: str) -> list[str]:
    folder = HELDOUT / SHOPS[code][0]
    files = [p for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix in TEXT_SUFFIXES and p.name != ANSWER_KEY]
    text = " ".join(p.read_text(encoding="utf-8", errors="replace") for p in files).lower()
    shape = re.compile(rf"[a-z]{{{spelling.FUZZY_MIN_WORD},}}")
    return sorted(w for w in {unmarked(w) for w in words_of(text)} if shape.fullmatch(w) and w not in spelling.PHRASES)


def _language_of(word: str) -> list[str]:
    return sorted(language for language, words in spelling.WRITTEN.items() if unmarked(word) in words) or ["en (Facet's own or built)"]


def corrections(code: str, rules: list[str]) -> dict[str, list]:
    languages = _languages(SHOP_LANGUAGES[code], rules)
    fixed = {word: spelling._correct(word, languages) for word in _words(code)}
    return {word: [to, _language_of(to)] for word, to in fixed.items() if to != word}


def typos(language: str, rules: list[str]) -> tuple[int, int]:
    rng = random.Random(SEED)
    own = sorted(w for w in spelling.PHRASES if " " not in w and len(w) >= TYPO_MIN_LETTERS and re.fullmatch(r"[a-z]+", w) and w in spelling.WRITTEN.get(language, ()))
    mended = total = 0
    for word in own:
        i = rng.randrange(1, len(word) - 1)
        typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :] if rng.random() < 0.5 else word[:i] + word[i + 1 :]
        if typo == word or typo in spelling.PHRASES:
            continue
        total += 1
        mended += spelling._correct(typo, _languages(language, rules)) == word
    return mended, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shop", nargs="+", default=list(SHOP_LANGUAGES), choices=list(SHOP_LANGUAGES))
    parser.add_argument("--ablate", nargs="*", default=[], choices=["known", "scope", "built"])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    _ablate(args.ablate)
    shops = {}
    for code in args.shop:
        fixes = corrections(code, args.ablate)
        captured = {w: f for w, f in fixes.items() if not {SHOP_LANGUAGES[code], "en"} & set(f[1]) and not f[1][0].startswith("en")}
        mended, total = typos(SHOP_LANGUAGES[code], args.ablate)
        shops[code] = {"corrections": len(fixes), "to_another_language": len(captured), "typos_mended": f"{mended}/{total}", "fixes": fixes}
        print(f"{code}: {len(fixes)} corrections, {len(captured)} to another language's word {sorted(captured.items())[:4]}; typos mended {mended}/{total}")
    totals = {key: sum(shop[key] for shop in shops.values()) for key in ("corrections", "to_another_language")}
    print(f"all: {totals}")
    if args.out:
        args.out.write_text(json.dumps({"ablate": args.ablate, "totals": totals, "shops": shops}, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
