"""Which language Facet answers a shop's shoppers in: the DIAGNOSED shops whose catalogs and shoppers
are not English (prg Czech, bud Hungarian, lis Portuguese, lyo
French, mil Italian, ams Dutch, ist Turkish, mow Russian, clj Romanian, nbo Swahili beside English,
sto Swedish, jkt Indonesian, ath Greek, han Vietnamese, vno Lithuanian, bts Slovak, ods Ukrainian,
bgd Serbian, sof Bulgarian, evn Armenian, tbs Georgian, rix Latvian, bog Colombian Spanish, tll Estonian, zag Croatian) are ingested as an owner would
(benchmarks/heldout_shop.py), and every typed request goes through `Assistant.turn` with a fresh
conversation. For each answer: the language it was written in (Reply.language), and the phrases it
said in English for lack of that language's own (Reply.english_phrases).

    PYTHONPATH=$PWD python benchmarks/answer_language.py --shop prg --out benchmarks/results/answer_language_prg.json

Reported: the share of answers whose frame is in the shop's language, the share with at least one
English fallback phrase, the languages answered in, and a few answers to read.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.conversation import Session  # noqa: E402
from benchmarks.heldout_shop import HELDOUT, SHOPS, _lines, asr_settings, ingest  # noqa: E402

# The DIAGNOSED shops this measures, and their language.
SHOP_LANGUAGES = {"prg": "cs", "bud": "hu", "lis": "pt", "lyo": "fr", "mil": "it", "ams": "nl", "ist": "tr", "mow": "ru",
                  "clj": "ro", "nbo": "sw", "sto": "sv", "jkt": "id", "ath": "el", "han": "vi",
                  "vno": "lt", "bts": "sk", "ods": "uk", "bgd": "sr", "sof": "bg",
                  "evn": "hy", "tbs": "ka", "ala": "ru", "lju": "sl", "rix": "lv", "bog": "es",
                  "tll": "et", "hel": "fi", "zag": "hr", "ruh": "ar"}  # Almaty: most requests Russian, some Kazakh
SHOWN_ANSWERS = 8  # answers kept in the results to read


def run(shop_code: str) -> dict:
    folder, prefix, currency, _ = SHOPS[shop_code]
    shop = HELDOUT / folder
    requests = _lines(shop / "queries.jsonl")
    work = Path(tempfile.mkdtemp(prefix="facet-answer-language-"))
    try:
        assistant = ingest(work, shop, prefix, currency, asr_settings(argparse.Namespace(asr_model=None, asr_language=None, asr_option=None)))
        rows = []
        for request in requests:
            reply = assistant.turn(text=request["text"], session=Session())
            rows.append({"text": request["text"], "language": reply.language, "english_phrases": reply.english_phrases,
                         "intent": reply.intent, "answer": reply.answer})  # fmt: skip
        catalog_locale = assistant.settings.lexicon.catalog_locale
    finally:
        shutil.rmtree(work, ignore_errors=True)
    language = SHOP_LANGUAGES[shop_code]
    in_language = [row for row in rows if row["language"] == language]
    return {
        "shop": shop_code, "language": language, "catalog_locale": catalog_locale, "answers": len(rows),
        "in_shop_language": round(len(in_language) / len(rows), 3) if rows else None,
        "with_english_fallback": round(sum(bool(row["english_phrases"]) for row in rows) / len(rows), 3) if rows else None,
        "answered_in": dict(Counter(row["language"] for row in rows).most_common()),
        "fallback_phrases": dict(Counter(key for row in rows for key in row["english_phrases"]).most_common()),
        "examples": rows[:SHOWN_ANSWERS],
        "rows": [{key: row[key] for key in ("text", "language", "english_phrases", "intent")} for row in rows],
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shop", choices=sorted(SHOP_LANGUAGES), required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    result = run(args.shop)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({key: value for key, value in result.items() if key not in ("examples", "rows")}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
