"""Shared machinery of the twenty-second held-out round (bcn_shop: Barcelona / Ecwid catalog
CSV export / EUR, dac_shop: Dhaka / Meta (Facebook) commerce catalog CSV feed / BDT).

Written by the twenty-second independent data author.  It reuses render.py (through
make_fresh.run_renders), the writers of fresh_common.py and the answer-key record of
twentieth_common.py unchanged; the stone table gains coral.  The reader below is the
author's own keyword rules for Catalan (with the Spanish a Barcelona shop lets slip in)
and for Bengali in Bengali script (with the English a Dhaka shop mixes in), used only to
record where each fact is stated and to stop the build when a written field contradicts
the answer key.
"""

from __future__ import annotations

import html
import re

from fresh_common import stats, write_csv, write_jsonl, wchoice  # noqa: F401
from twentieth_common import TMETALS, TSTONES, Variant, photo_spec, truth_record  # noqa: F401
import twentieth_common as _tc

TSTONES.update({
    "coral": ("coral", "red", "coral", None),
})
GOLD_CODES = {"Y9", "Y18", "W18", "R18", "Y21", "Y22"}
METAL_KIND = _tc.METAL_KIND

BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
TO_BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
B = "[\u0980-\u09FF]"          # a Bengali letter or sign (\w misses the vowel signs)


def bn(s) -> str:
    """ASCII digits -> Bengali digits."""
    return str(s).translate(TO_BN)


def lakh(n: int) -> str:
    """1234567 -> 12,34,567 (South Asian grouping)."""
    s = str(int(n))
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts + [tail])


def plain(t: str) -> str:
    t = re.sub(r"<[^>]+>", " ", t or "")
    t = html.unescape(t).replace("\u00a0", " ").replace("’", "'").replace("\u200c", "").replace("\u200d", "")
    t = t.translate(BN_DIGITS)
    return re.sub(r"\s+", " ", t).strip().lower()


# --- Catalan / Spanish and Bengali ------------------------------------------------------------

_PLATED = (r"plata daurada|plata de llei daurada|bany d'or|banyad[ao]s? (en|d')or|xapad[ao]s? (en|d')or|xapat d'or|"
           r"chapad[oa]s? (en|de) oro|bañad[oa]s? en oro|baño de oro|acer daurat|metall daurat|llautó daurat|"
           r"gold plated|gold filled|city gold|"
           r"গোল্ড প্লেটেড|গোল্ড প্লেটিং|সিটি গোল্ড|ইমিটেশন|গোল্ড কোটেড|সোনার প্রলেপ|সোনার পানি|এন্টিক গোল্ড")
_COLOUR_ONLY = (r"color or|color daurat|to daurat|\bdaurad[ao]s?\b|\bdaurats?\b|color plata|color platejat|\bplatejat\w*|"
                r"\bdorad[oa]s?\b|plateado|"
                r"সোনালী|সোনালি|রুপালি|রূপালি|স্বর্ণালী|স্বর্ণালি|গোল্ডেন")
GOLD = r"\bor\b|\boro\b|\bgold\b|স্বর্ণ|সোনা|গোল্ড"
KARAT_RE = r"(?<![\d.,])(9|14|18|21|22|24)\s?(k|kt|qt|quirats|quilats|quilates|kilates|ক্যারেট|ক্যা\.?)(?![a-z])"


def _strip(t):
    r = re.sub(_PLATED, " ", t)
    return re.sub(_COLOUR_ONLY, " ", r)


def metal_kinds(t):
    k = set()
    if re.search(_PLATED, t):
        k.add("plated")
    r = _strip(t)
    if re.search(r"\bplata\b|\bargent\b|(?<![\d.,])925(?![\d])|\bsilver\b|রুপা|রূপা|সিলভার|স্টার্লিং", r):
        k.add("silver")
    if re.search(r"\bacer\b|\bacero\b|inoxidable|316l|স্টেইনলেস|স্টিল", r):
        k.add("steel")
    if re.search(r"\bplatí\b|\bplatino\b|প্লাটিনাম", r):
        k.add("platinum")
    if re.search(GOLD + r"|(?<![\d.,])(375|750|875|916)(?![\d]|[.,]\d)|" + KARAT_RE, r):
        k.add("gold")
    return k


def metal_colours(t):
    c = set()
    if re.search(_PLATED, t):
        c.add("yellow")
    r = _strip(t)
    if re.search(r"or groc|oro amarillo|yellow gold|হলুদ সোনা|ইয়েলো গোল্ড", r):
        c.add("yellow")
    if re.search(r"or blanc|oro blanco|white gold|হোয়াইট গোল্ড|সাদা সোনা", r):
        c.add("white")
    if re.search(r"or ros[ae]t?|oro rosa|rose gold|রোজ গোল্ড", r):
        c.add("rose")
    if re.search(r"\bplata\b|\bargent\b|(?<![\d.,])925(?![\d])|\bacer\b|\bacero\b|\bsilver\b|রুপা|রূপা|সিলভার", r):
        c.add("silver")
    if not c and re.search(GOLD + r"|" + KARAT_RE, r):
        c.add("yellow?")
    return c


def karats(t):
    ks = set()
    for m in re.finditer(KARAT_RE, t):
        ks.add(int(m.group(1)))
    for code, k in (("375", 9), ("750", 18), ("875", 21), ("916", 22)):
        if re.search(r"(?<![\d.,])" + code + r"(?![\d]|[.,]\d)", t):
            ks.add(k)
    if re.search(r"\bor de llei\b|oro de ley", t):
        ks.add(18)
    return ks


_AD = r"আমেরিকান ডায়মন্ড|এডি স্টোন|\bad stone|american diamond"
GEMS = [
    ("cubic zirconia", r"zircòni\w*|zirconi\w*|circonit\w*|zirconit\w*|\bcz\b|জারকন|জিরকন|সিজেড|" + _AD),
    ("diamond", r"diamant(?!at|ad)\w*|\bbrillants?\b|diamante?s?\b|হীরা|হীরার|হীরে|ডায়মন্ড"),
    ("ruby", r"\brobí\b|\brobins\b|\brubí\b|rubíes|রুবি|চুনি"),
    ("sapphire", r"\bsafir\w*|zafiro\w*|নীলা(?!ভ)|স্যাফায়ার"),
    ("emerald", r"maragd\w*|esmeralda\w*|পান্না|এমারেল্ড"),
    ("pearl", r"\bperl[ae]s?\b|মুক্তা|মুক্তো|পার্ল"),
    ("coral", r"\bcorall\w*|\bcoral\b|(?<![\u0980-\u09FF])পলা(?![\u0980-\u09FF])|প্রবাল"),
    ("amethyst", r"ametist\w*|amatist\w*"),
    ("topaz", r"topazi\w*|topacio\w*"),
    ("garnet", r"\bgranat\w*"),
    ("turquoise", r"turques\w*"),
]


def gems(t):
    found = {name for name, pat in GEMS if re.search(pat, t)}
    if "diamond" in found:
        rest = re.sub(_AD, " ", t)
        if not re.search(dict(GEMS)["diamond"], rest):
            found.discard("diamond")
    return found


def states_no_stone(t):
    return bool(re.search(r"sense pedr\w*|sin piedra\w*|\bllis[ao]?s?\b|পাথর ছাড়া|স্টোন ছাড়া|প্লেইন", t))


COLOUR_WORDS = {"red": r"vermell\w*|\brojo\w*|লাল", "green": r"\bverd\w*|সবুজ",
                "blue": r"\bblau\b|\bblava\w*|\bazul\w*|নীল(?!া)", "white": r"\bblanc\w*|সাদা",
                "black": r"\bnegr\w*|কালো", "purple": r"\blila\b|morad\w*|violeta|বেগুনি"}
INHERENT = {"diamond": "white", "cubic zirconia": "white", "pearl": "white", "ruby": "red", "emerald": "green",
            "garnet": "red", "amethyst": "purple", "turquoise": "blue", "sapphire": "blue", "coral": "red"}


def stone_colour_stated(t, gem, colour):
    if gem == "none" or not colour:
        return False
    pat = dict(GEMS).get(gem)
    if not pat or gem not in gems(t):
        return False
    if INHERENT.get(gem) == colour:
        return True
    return bool(re.search(COLOUR_WORDS.get(colour, colour), t))


NB = f"(?<!{B})"
CATS = {
    "ring": r"\banell\w*|\bsortij\w*|\banillo\w*|আংটি|রিং",
    "engagement ring": r"compromís|compromiso|এনগেজমেন্ট",
    "wedding band": r"\baliança\w*|\baliances\b|\balianza\w*|বিয়ের আংটি|ওয়েডিং|কাপল রিং",
    "earrings": r"\barracad\w*|\bpendents\b|\bpendientes\b|\bcèrcols\b|\baros\b|দুল|ইয়াররিং|কানপাশা|" + NB + r"টপ(?!স)",
    "jhumka": r"ঝুমকা",
    "pendant": r"\bpenjoll\w*|\bcolgant\w*|\bmedall\w*|লকেট|পেনডেন্ট",
    "chain": r"\bcaden\w*|চেইন",
    "necklace": r"\bcollar\w*|\bgargantill\w*|নেকলেস|" + NB + r"হার(?!" + B + ")|সীতাহার",
    "bracelet": r"\bpolser\w*|\bpulser\w*|ব্রেসলেট",
    "bangle": r"চুড়ি|" + NB + r"বালা(?!" + B + ")|\bbraçalet rígid",
    "nose pin": r"নাকফুল|নোজপিন|নাকের ফুল",
    "maang tikka": r"টিকলি",
    "anklet": r"\bturmeller\w*|\btobiller\w*|নূপুর|নুপুর|পায়েল",
    "brooch": r"\bfermall\w*|\bbroix\w*|\bbroche\w*|ব্রোচ",
}

CHANNELS = ("title", "body", "type", "tags", "attributes", "options")


def evidence(truth, fields, has_photo, traps=()):
    """Where each fact is stated; and contradictions (trap phrases masked for those only)."""
    ev = {k: [] for k in ("category", "metal", "metal_color", "karat", "gemstone", "stone_color")}
    probs = []
    mk = METAL_KIND[truth["metal"]]
    mopts = {METAL_KIND[m] for m in (truth.get("metal_options") or [truth["metal"]])}
    copts = set(truth.get("metal_color_options") or [truth["metal_color"]])
    kopts = set(k for k in (truth.get("karat_options") or [truth["karat"]]) if k)
    gem = truth["gemstone"]
    gopts = set(truth.get("gemstone_options") or [gem]) | set(truth.get("other_stones") or [])
    for ch in CHANNELS:
        if ch not in fields:
            continue
        t = plain(fields[ch])
        m = t
        for ph in traps:
            m = re.sub(re.escape(plain(ph)), " ", m)
        if re.search(CATS[truth["category"]], t):
            ev["category"].append(ch)
        if mk in metal_kinds(m):
            ev["metal"].append(ch)
        cols = metal_colours(m)
        if truth["metal_color"] in cols or (truth["metal_color"] == "yellow" and "yellow?" in cols and mk == "gold"):
            ev["metal_color"].append(ch)
        if truth["karat"] and truth["karat"] in karats(m):
            ev["karat"].append(ch)
        if gem != "none" and gem in gems(m):
            ev["gemstone"].append(ch)
        if gem == "none" and states_no_stone(m):
            ev["gemstone"].append(ch)
        if stone_colour_stated(m, gem, truth.get("stone_color")):
            ev["stone_color"].append(ch)
        allowed = set(mopts)
        if "plated" in allowed:
            allowed |= {"gold", "silver", "steel"}
        bad = metal_kinds(m) - allowed
        if bad:
            probs.append(f"{ch}: metal {bad} vs {mopts}")
        ac = set(copts) | {"yellow?"}
        if truth["metal"] in ("gold plated silver", "gold plated stainless steel", "gold plated brass"):
            ac |= {"silver"}
        bad = cols - ac
        if bad:
            probs.append(f"{ch}: colour {bad} vs {copts}")
        bad = karats(m) - kopts
        if bad:
            probs.append(f"{ch}: karat {bad} vs {kopts}")
        bad = gems(m) - gopts - {"none"}
        if bad:
            probs.append(f"{ch}: gems {bad} vs {gopts}")
    if has_photo:
        ev["category"].append("photo")
        ev["metal_color"].append("photo")
        if gem == "none":
            ev["gemstone"].append("photo")
        elif truth.get("stone_color"):
            ev["stone_color"].append("photo")
    return ev, probs
