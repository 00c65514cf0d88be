"""How much of a shop's spoken-request error is the voice's and the model's, and how much Facet's
(issue 16): the same Whisper, decoding as Facet decodes (perception/asr.py `transcribe`), on the same
espeak-ng voices, reading

- plain everyday sentences of the language (benchmarks/data/plain_sentences.toml, nothing to do with
  jewellery): the voice's and the model's floor;
- the shop's spoken requests with no prompt, and with the prompt Facet gave it (read from a
  benchmarks/heldout_shop.py results file's "asr.prompt");

each clean, WER as benchmarks/heldout_shop.py counts it (benchmarks/wer_words.py). Also: the voices
slower (--rates), and greedy decoding beside Facet's beam.

    nice -n 10 python benchmarks/spoken_control.py --language fa --shop ifn \
        --prompt-from benchmarks/results/heldout_ifn_spoken_sp_before.json --out benchmarks/results/spoken_control_ifn_sp.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.heldout_shops import HELDOUT, SHOP_VOICES, SHOPS, VOICES  # noqa: E402
from benchmarks.speech_audio import padded, synthesize  # noqa: E402
from benchmarks.wer_words import edit_distance, joined_alike, normalise  # noqa: E402
from perception.asr import FasterWhisperASR  # noqa: E402
from perception.config import ASRConfig  # noqa: E402
from perception.errors import NoSpeechError  # noqa: E402
from perception.whisper_base import NAME as WHISPER_BASE  # noqa: E402

SENTENCES_FILE = Path(__file__).parent / "data" / "plain_sentences.toml"
MODELS_DIR = Path(tempfile.gettempdir()) / "facet-spoken-control-models"


def word_errors(said: str, heard: str) -> tuple[int, int]:
    reference, hypothesis = joined_alike(normalise(said), normalise(heard))
    return edit_distance(reference, hypothesis), len(reference)


def run(asr: FasterWhisperASR, texts: list[str], voices, folder: Path, prompt: str | None, rate: float) -> dict:
    errors = words = 0
    rows = []
    for number, text in enumerate(texts):
        voice, speed = voices[number % len(voices)]
        recording = padded(synthesize(text, voice, round(speed * rate), folder))
        try:
            heard = asr.transcribe(recording, prompt=prompt).text
        except NoSpeechError:
            heard = ""
        wrong, count = word_errors(text, heard)
        errors, words = errors + wrong, words + count
        rows.append({"voice": voice, "said": text, "heard": heard, "errors": wrong, "words": count})
    return {"wer": round(errors / max(1, words), 3), "words": words, "rows": rows}


def write(path: Path, results: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--language", required=True, help="the language Whisper is told and the plain sentences'")
    parser.add_argument("--shop", help="a DIAGNOSED held-out shop whose first --limit spoken requests are read too")
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--prompt-from", type=Path, help="a heldout_shop.py results file: the prompt Facet gave")
    parser.add_argument("--rates", type=float, nargs="+", default=[1.0], help="speaking rates, as shares of each voice's")
    parser.add_argument("--greedy", action="store_true", help="also decode with beam size 1")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    sentences = tomllib.loads(SENTENCES_FILE.read_text(encoding="utf-8"))[args.language]["sentences"]
    voices = SHOP_VOICES.get(args.shop, VOICES) if args.shop else next(
        (v for v in SHOP_VOICES.values() if v[0][0].split("-")[0] == args.language), VOICES)
    requests = []
    if args.shop:
        folder = HELDOUT / SHOPS[args.shop][0]
        lines = (folder / "queries.jsonl").read_text(encoding="utf-8").splitlines()
        requests = [json.loads(line)["spoken"] for line in lines if line.strip()][: args.limit]
    prompt = json.loads(args.prompt_from.read_text())["asr"]["prompt"] if args.prompt_from else None
    decodings = {"beam5": 5, **({"greedy": 1} if args.greedy else {})}
    results: dict = {"language": args.language, "shop": args.shop, "voices": voices, "prompt": prompt, "runs": {}}
    with tempfile.TemporaryDirectory() as work:
        for decoding, beam in decodings.items():
            asr = FasterWhisperASR(ASRConfig(model=WHISPER_BASE, language=args.language, beam_size=beam), models_dir=MODELS_DIR)
            for rate in args.rates:
                runs = {"plain": (sentences, None)}
                if requests:
                    runs |= {"requests_unprompted": (requests, None)}
                    if prompt:
                        runs |= {"requests_prompted": (requests, prompt)}
                for name, (texts, given) in runs.items():
                    key = f"{name}/{decoding}/rate{rate}"
                    results["runs"][key] = run(asr, texts, voices, Path(work), given, rate)
                    print(f"{key}: WER {results['runs'][key]['wer']}", flush=True)
                    write(args.out, results)  # each run as it ends: a long control stopped early keeps its runs
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
