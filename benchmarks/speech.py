"""Spoken shopping queries: word error rate, retrieval agreement and speed of the speech path.

    python benchmarks/speech.py [--quick | --utterances N] [--items 480] [--out benchmarks/results/speech.json]

Every utterance below is synthesized with espeak-ng, in one of three voices at one of two
speeds (taken in turn), padded with silence as a browser recording is, and heard in three
conditions: clean, and with white or pink noise mixed in at 20 dB and 10 dB SNR. Each
recording goes the Assistant's way (decode, MFCC voice-activity check and trim, steady
noise taken out as perception/denoise.py does unless FACET_AUDIO__DENOISE=false, Whisper
tiny.en) and is read in these ways (the rows):
- "none", "shop": Whisper's first choice with no prompt, and with the Assistant's prompt of
  the shop's words read from its catalog (`Assistant.hearing().prompt`: stones, metals, the
  catalog's title words, styles, categories, colours);
- "shop+snap": that transcript with its near misses snapped to the shop's vocabulary
  (`perception.snapping`);
- "assistant": what a voice turn hears (`assistant.hearing.hear`): Whisper's N best readings
  with the shop's prompt, each snapped, the one Whisper and the shop's language model
  (perception/language_model.py) together rank first. The targets are read from this row.

Reported per condition and prompt: WER (case, punctuation and number forms normalised:
"$500" and "five hundred dollars" are the same words), the real-time factor, and the
retrieval agreement: whether the transcript, searched as typed text through the real
Assistant over the 480-item demo catalog, returns the same top 5 as the written utterance.
The transcript confidence is checked against mistakes, to pick the level below which a voice
turn should echo what it heard and ask. Last, voice turns of about 4 s of speech are timed
end to end through `Assistant.turn(audio=...)`.

--quick runs 30 utterances; the full run takes a while on 2 cores: run it with `nice`. --turns-only
times the voice turns alone (compare ASR models' speed on a quiet machine: FACET_ASR__MODEL=whisper-base).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks.wer_words, run as a script too
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import soundfile as sf  # noqa: E402

from assistant.assistant import Assistant  # noqa: E402
from assistant.hearing import hear as assistant_hears  # noqa: E402
from assistant.understanding import plural  # noqa: E402
from assistant.config import Settings  # noqa: E402
from perception.errors import AudioError  # noqa: E402
from perception.snapping import snap_to_vocabulary  # noqa: E402
from perception.denoise import speech_for_asr  # noqa: E402
from retrieval.demo.specs import DESIGNS  # noqa: E402
from retrieval.vocabulary import CATEGORIES, GEMSTONES, METALS, NO_GEMSTONE  # noqa: E402
from benchmarks.speech_audio import SAMPLE_RATE, padded, synthesize, with_noise  # noqa: E402
from benchmarks.wer_words import edit_distance, normalise  # noqa: E402

VOICES = ("en-us", "en-gb", "en-us+f3")
SPEEDS = (140, 180)
CONDITIONS = {"clean": None, "snr20": 20.0, "snr10": 10.0}
VOICE_TURN_SPEECH_SECONDS = (3.5, 4.5)  # voice turns are timed on utterances this long
VOICE_TURN_RUNS = 20
QUICK_UTTERANCES = 30
TOP_K = 5
SEED = 11
TARGETS = {"wer_clean": 0.08, "wer_snr10": 0.15, "voice_turn_p50_ms": 1200.0}
PROMPT_NAMES = ("none", "shop")
PRODUCT = "assistant"  # the row of what a voice turn hears
CONFIDENCE_LEVELS = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65)

# Written as a shopper would say them; numbers in words, as espeak-ng reads "$1,200" as
# "dollar one thousand two hundred".
HAND_WRITTEN = [
    "show me a rose gold ring with a diamond",
    "i'm looking for pearl earrings under three hundred dollars",
    "do you have a silver necklace with a blue sapphire",
    "a platinum wedding band for my husband",
    "something with an emerald for my mother's birthday",
    "white gold hoop earrings please",
    "i need an engagement ring under two thousand dollars",
    "do you sell anklets in sterling silver",
    "show me yellow gold bangles",
    "a ruby pendant on a gold chain",
    "what do you have in amethyst",
    "i'd like a tennis bracelet with diamonds",
    "a vintage brooch for my grandmother",
    "something minimalist for everyday wear",
    "do you have any opal rings",
    "a garnet ring for a january birthday",
    "pearl necklace for a wedding",
    "show me the marlowe hoop earrings",
    "anything from the aurora collection in rose gold",
    "i love the celeste pendant do you have it in white gold",
    "a halo engagement ring in platinum",
    "solitaire diamond necklace under one thousand dollars",
    "stud earrings without diamonds",
    "a ring that is not yellow gold",
    "no diamonds please just a simple gold band",
    "a peridot bracelet for august",
    "aquamarine earrings for my sister",
    "a citrine pendant under two hundred dollars",
    "men's signet ring in yellow gold",
    "a topaz ring in sterling silver",
    "fourteen karat gold chain necklace",
    "eighteen karat white gold wedding band",
    "art deco sapphire ring",
    "a statement necklace for a party",
    "something romantic for our anniversary",
    "a pink sapphire ring in rose gold",
    "black pearl earrings",
    "a gift for my girlfriend under five hundred dollars",
    "show me cheaper rings",
    "do you have stackable rings",
    "a charm bracelet for my daughter",
    "diamond stud earrings in platinum",
    "a heart pendant in rose gold",
    "show me bracelets over one thousand dollars",
    "a three stone engagement ring",
    "a milgrain wedding band",
    "an eternity band with diamonds",
    "huggie hoops in yellow gold",
    "a cocktail ring with a big emerald",
    "something bohemian and colourful",
    "a classic pearl strand",
    "a beaded anklet for the beach",
    "a flower brooch with rubies",
    "hammered gold wedding band",
    "the seraphine ring in platinum please",
    "is the juniper necklace available in silver",
    "what's in the halcyon collection",
    "show me something from odette",
    "i want the delphine earrings",
    "a bar pendant for work",
]

OPENERS = ("show me", "i'm looking for", "do you have", "i want", "can i see", "i need", "find me")
PRICES = ("under two hundred dollars", "under five hundred dollars", "under one thousand dollars",
          "under fifteen hundred dollars", "over three hundred dollars", "around eight hundred dollars")  # fmt: skip
OCCASION_PHRASES = ("for everyday", "as a gift", "for an anniversary", "for a birthday", "for a party",
                    "for work", "for a wedding", "for an engagement")  # fmt: skip
PAIRS = ("earrings",)  # said without an article


def article(next_word: str) -> str:
    return "an" if next_word[0] in "aeiou" else "a"


def templated_utterances(n: int, rng: random.Random) -> list[str]:
    """`n` requests assembled from the vocabulary: opener, metal, design, category, stone, price, occasion."""
    stones = [gem for gem in GEMSTONES if gem != NO_GEMSTONE]
    utterances = []
    for _ in range(n):
        category = rng.choice(CATEGORIES)
        words = [category]
        if rng.random() < 0.3:
            words.insert(0, rng.choice(DESIGNS[category]).word.lower().replace("-", " "))
        if rng.random() < 0.6:
            words.insert(0, rng.choice(METALS))
        thing = " ".join(words)
        parts = [rng.choice(OPENERS), thing if category in PAIRS else f"{article(thing)} {thing}"]
        if rng.random() < 0.5:
            stone = rng.choice(stones)
            parts.append(rng.choice((f"with {article(stone)} {stone}", f"with {plural(stone)}", f"without {plural(stone)}")))
        if rng.random() < 0.4:
            parts.append(rng.choice(PRICES))
        if rng.random() < 0.15:
            parts.append(rng.choice(OCCASION_PHRASES))
        utterances.append(" ".join(parts))
    return utterances


def utterances(count: int | None = None) -> list[str]:
    """The hand-written utterances, then templated ones: `count` of them, or all 190."""
    return (HAND_WRITTEN + templated_utterances(130, random.Random(SEED)))[:count]


# --- the run --------------------------------------------------------------------------------------------


@dataclass
class Heard:
    utterance: int
    condition: str
    prompt: str
    text: str
    confidence: float
    errors: int
    reference_words: int
    speech_seconds: float
    asr_seconds: float
    agrees: bool | None = None


@dataclass
class Clip:
    text: str
    voice: str
    speed: int
    speech: np.ndarray
    recordings: dict[str, np.ndarray] = field(default_factory=dict)


def make_clips(texts: list[str], folder: Path) -> list[Clip]:
    clips = []
    for number, (text, (voice, speed)) in enumerate(zip(texts, itertools.cycle(itertools.product(VOICES, SPEEDS)))):
        speech = synthesize(text, voice, speed, folder)
        clip = Clip(text, voice, speed, speech)
        kind = ("white", "pink")[number % 2]
        for condition, snr in CONDITIONS.items():
            clip.recordings[condition] = with_noise(speech, padded(speech), snr, kind, seed=SEED * 1000 + number)
        clips.append(clip)
    return clips


def hear(assistant: Assistant, clips: list[Clip], prompts: dict[str, str | None]) -> list[Heard]:
    """Every recording read with each prompt (Whisper's first choice), and as a voice turn hears it."""
    audio_config, hearing, heard = assistant.settings.audio, assistant.hearing(), []
    readers = {name: partial(assistant.asr.transcribe, prompt=prompt) for name, prompt in prompts.items()}
    readers[PRODUCT] = partial(assistant_hears, assistant.asr, hearing=hearing, config=assistant.settings.asr)
    for number, clip in enumerate(clips):
        reference = normalise(clip.text)
        for condition, recording in clip.recordings.items():
            try:
                speech = speech_for_asr(recording, audio_config)
            except AudioError:  # refused (no speech heard): every word is lost
                speech = None
            for name, read in readers.items():
                started = time.perf_counter()
                transcript = _read_or_none(read, speech)
                text, confidence = (transcript.text, transcript.confidence) if transcript else ("", 0.0)
                seconds = len(speech) / SAMPLE_RATE if transcript else 0.0
                asr_seconds = time.perf_counter() - started
                errors = edit_distance(reference, normalise(text))
                heard.append(Heard(number, condition, name, text, confidence, errors, len(reference), seconds, asr_seconds))
        print(f"\rheard {number + 1}/{len(clips)} utterances", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return heard


def _read_or_none(read, speech: np.ndarray | None):
    """The transcript, or None when the recording was refused or no words were made out."""
    if speech is None:
        return None
    try:
        return read(speech)
    except AudioError:
        return None


def snapped(heard: list[Heard], clips: list[Clip], vocabulary, catalog_words) -> list[Heard]:
    """Each transcript snapped to the vocabulary as the Assistant does, as the prompt
    "<prompt>+snap"; the snapping time is added to the recognition time."""
    out = []
    for each in heard:
        started = time.perf_counter()
        text = snap_to_vocabulary(each.text, vocabulary, catalog_words)
        seconds = time.perf_counter() - started
        errors = edit_distance(normalise(clips[each.utterance].text), normalise(text))
        out.append(replace(each, prompt=f"{each.prompt}+snap", text=text, errors=errors, asr_seconds=each.asr_seconds + seconds))
    return out


def top_ids(assistant: Assistant, text: str, cache: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    if text not in cache:
        try:
            reply = assistant.turn(text=text, top_k=TOP_K)
            cache[text] = tuple(result.id for result in reply.results)
        except ValueError:  # an empty transcript is an empty query
            cache[text] = ()
    return cache[text]


def agreement(assistant: Assistant, clips: list[Clip], heard: list[Heard]) -> None:
    cache: dict[str, tuple[str, ...]] = {}
    for each in heard:
        typed = top_ids(assistant, clips[each.utterance].text, cache)
        each.agrees = set(top_ids(assistant, each.text, cache)) == set(typed) if each.text else False


def word_error_rate(heard: list[Heard]) -> float:
    return round(sum(h.errors for h in heard) / max(sum(h.reference_words for h in heard), 1), 4)


def summarise(heard: list[Heard], prompts: list[str]) -> dict:
    """Per prompt and condition; WER also apart for the hand-written utterances, whose phrasing
    no template (and no list of shoppers' openers in assistant/hearing.py) was made from."""
    table = {}
    for prompt, condition in itertools.product(prompts, CONDITIONS):
        rows = [h for h in heard if h.prompt == prompt and h.condition == condition]
        table[f"{prompt}/{condition}"] = {
            "wer": word_error_rate(rows),
            "wer_hand_written": word_error_rate([h for h in rows if h.utterance < len(HAND_WRITTEN)]),
            "wer_templated": word_error_rate([h for h in rows if h.utterance >= len(HAND_WRITTEN)]),
            "utterances_all_right": round(float(np.mean([h.errors == 0 for h in rows])), 3),
            "top5_agreement": round(float(np.mean([bool(h.agrees) for h in rows])), 3),
            "rtf": round(sum(h.asr_seconds for h in rows) / max(sum(h.speech_seconds for h in rows), 1e-9), 3),
            "refused": sum(h.speech_seconds == 0 for h in rows),
        }
    return table


def confidence_levels(heard: list[Heard]) -> list[dict]:
    """For each level: which share of wrong transcripts (the top 5 differs from the typed
    query's) it would catch, and which share of right ones it would needlessly question."""
    wrong = [h for h in heard if h.speech_seconds and not h.agrees]
    right = [h for h in heard if h.speech_seconds and h.agrees]
    return [
        {
            "below": level,
            "wrong_caught": round(float(np.mean([h.confidence < level for h in wrong])), 3) if wrong else None,
            "right_questioned": round(float(np.mean([h.confidence < level for h in right])), 3) if right else None,
        }
        for level in CONFIDENCE_LEVELS
    ]


def voice_turn_latency(assistant: Assistant, clips: list[Clip], folder: Path) -> dict:
    low, high = VOICE_TURN_SPEECH_SECONDS
    chosen = [clip for clip in clips if low <= len(clip.speech) / SAMPLE_RATE <= high] or clips
    paths = []
    for number, clip in enumerate(chosen[:VOICE_TURN_RUNS]):
        path = folder / f"voice_turn_{number}.wav"
        sf.write(path, clip.recordings["clean"], SAMPLE_RATE, subtype="PCM_16")
        paths.append((path, len(clip.speech) / SAMPLE_RATE))
    assistant.turn(audio=paths[0][0])  # warm caches
    timings = []
    for run in range(VOICE_TURN_RUNS):
        path, _ = paths[run % len(paths)]
        started = time.perf_counter()
        assistant.turn(audio=path)
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "speech_seconds_mean": round(float(np.mean([seconds for _, seconds in paths])), 2),
        "p50_ms": round(float(np.percentile(timings, 50)), 1),
        "p95_ms": round(float(np.percentile(timings, 95)), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_UTTERANCES} utterances")
    parser.add_argument("--utterances", type=int, default=None, help="how many utterances (default: all)")
    parser.add_argument("--items", type=int, default=Settings().demo.items, help="demo catalog size")
    parser.add_argument("--prompts", nargs="+", default=list(PROMPT_NAMES), choices=PROMPT_NAMES, help="prompts to compare")
    parser.add_argument("--no-snap", action="store_true", help="leave out the rows with transcripts snapped to the vocabulary")
    parser.add_argument("--turns-only", action="store_true", help="time the voice turns only (no WER): for comparing ASR models' speed")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/speech.json"))
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        sys.exit("benchmarks/speech.py needs espeak-ng (apt-get install espeak-ng)")

    work = Path(tempfile.mkdtemp(prefix="facet-speech-"))
    settings = Settings(data_dir=work / "data", llm={"backend": "template"}, demo={"items": args.items})
    assistant = Assistant.from_settings(settings)
    assistant.warm_up()
    assistant.build_demo_catalog(progress=False)

    texts = utterances(QUICK_UTTERANCES if args.quick else args.utterances)
    clips = make_clips(texts, work)
    if args.turns_only:
        return write_turns_only(assistant, clips, work, args.out)
    hearing = assistant.hearing()
    prompts = {name: prompt for name, prompt in {"none": None, "shop": hearing.prompt}.items() if name in args.prompts}
    started = time.perf_counter()
    heard = hear(assistant, clips, prompts)
    raw = [h for h in heard if h.prompt in prompts]
    snaps = [] if args.no_snap else snapped(raw, clips, hearing.vocabulary, hearing.catalog_words)
    heard += snaps
    agreement(assistant, clips, heard)
    names = list(dict.fromkeys(h.prompt for h in heard))
    table = summarise(heard, names)
    best = PRODUCT
    results = {
        "utterances": len(clips),
        "voices": list(VOICES),
        "speeds": list(SPEEDS),
        "speech_seconds_mean": round(float(np.mean([len(c.speech) for c in clips])) / SAMPLE_RATE, 2),
        "by_prompt_and_condition": table,
        "targets_read_from": best,
        "confidence_levels": confidence_levels([h for h in heard if h.prompt == best]),
        "voice_turn": voice_turn_latency(assistant, clips, work),
        "prompts": {name: prompt for name, prompt in prompts.items()},
        "snapped": {  # transcripts the snapping changed, and how many word errors that took away (or added)
            name: {
                "changed": sum(h.text != before.text for h, before in pairs),
                "errors_removed": sum(before.errors - h.errors for h, before in pairs),
                "made_worse": sum(h.errors > before.errors for h, before in pairs),
            }
            for name in prompts
            if (pairs := [(h, before) for h, before in zip(snaps, raw) if before.prompt == name])
        },
        "run_seconds": round(time.perf_counter() - started, 1),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "load_average": os.getloadavg()},
        "examples": [
            {"said": clips[h.utterance].text, "heard": h.text, "confidence": round(h.confidence, 3), "condition": h.condition}
            for h in heard if h.prompt == best and h.errors
        ][:40],
    }
    measured = {
        "wer_clean": table[f"{best}/clean"]["wer"],
        "wer_snr10": table[f"{best}/snr10"]["wer"],
        "voice_turn_p50_ms": results["voice_turn"]["p50_ms"],
    }
    results["targets"] = {name: {"value": value, "target": TARGETS[name], "met": value <= TARGETS[name]} for name, value in measured.items()}
    print_table(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print(f"\nwrote {args.out}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


def write_turns_only(assistant: Assistant, clips: list[Clip], work: Path, out: Path) -> int:
    load_before = os.getloadavg()
    results = {
        "asr": assistant.settings.asr.model_dump(mode="json"),
        "voice_turn": voice_turn_latency(assistant, clips, work),
        "load_average_before_after": [*load_before, *os.getloadavg()],
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
    }
    print(json.dumps(results["voice_turn"]), "load average", results["load_average_before_after"])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"wrote {out}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


def print_table(results: dict) -> None:
    print(f"\n{results['utterances']} utterances, voices {', '.join(results['voices'])}, speeds {results['speeds']}")
    print(f"\n{'prompt/condition':<22}{'WER':>8}{'hand-written':>14}{'templated':>11}{'all right':>11}{'top-5 same':>12}{'RTF':>8}{'refused':>9}")
    for name, row in results["by_prompt_and_condition"].items():
        print(
            f"{name:<22}{row['wer']:>8.3f}{row['wer_hand_written']:>14.3f}{row['wer_templated']:>11.3f}"
            f"{row['utterances_all_right']:>11.3f}{row['top5_agreement']:>12.3f}{row['rtf']:>8.3f}{row['refused']:>9}"
        )
    for name, row in results["snapped"].items():
        print(f"snapping ({name}): {row['changed']} transcripts changed, {row['errors_removed']} word errors fewer, {row['made_worse']} made worse")
    print(f"\nconfidence ({results['targets_read_from']}): level, share of wrong transcripts caught, of right ones questioned")
    for row in results["confidence_levels"]:
        print(f"  < {row['below']:<6}{row['wrong_caught']!s:>8}{row['right_questioned']!s:>8}")
    turn = results["voice_turn"]
    print(f"\nvoice turn ({turn['speech_seconds_mean']} s of speech): p50 {turn['p50_ms']} ms, p95 {turn['p95_ms']} ms")
    print(f"\n{'target':<22}{'value':>10}{'target':>10}  met")
    for name, verdict in results["targets"].items():
        print(f"{name:<22}{verdict['value']!s:>10}{'<=' + str(verdict['target']):>10}  {'yes' if verdict['met'] else 'NO'}")


if __name__ == "__main__":
    sys.exit(main())
