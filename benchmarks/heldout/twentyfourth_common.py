"""Shared machinery of the twenty-fourth held-out round (hel_shop: Helsinki / WooCommerce
product export CSV / EUR, ods_shop: Odesa / Prom.ua YML feed / UAH).

Written by the twenty-fourth independent data author.  It reuses render.py (through
make_fresh.run_renders), the writers of fresh_common.py and the answer-key record of
twentieth_common.py (with the 14-karat golds of twentythird_common); the stone table gains
spectrolite (the Finnish blue-flashing labradorite).  The readers below are the author's
own keyword rules for Finnish (stems, since Finnish glues case endings and compounds onto
them) and for Ukrainian / Russian, used only to record where each fact is stated and to stop
the build when a written field contradicts the answer key.
"""

from __future__ import annotations

import html
import re
import unicodedata

from fresh_common import stats, write_jsonl, wchoice  # noqa: F401
from twentieth_common import TMETALS, TSTONES, Variant, photo_spec, truth_record  # noqa: F401
import twentythird_common  # noqa: F401  (adds Y14 / W14 / R14 to TMETALS)
import twentieth_common as _tc

TSTONES.update({
    "spectrolite": ("spectrolite", "blue", "opal", (46, 96, 150)),
    "cz blue": ("cubic zirconia", "blue", "cz", (40, 80, 190)),
    "topaz": ("topaz", "blue", "topaz", None),
})
GOLD_CODES = {"Y14", "W14", "R14", "Y18", "W18", "R18", "Y9"}
METAL_KIND = _tc.METAL_KIND


def fold(t: str) -> str:
    """Lower-case, HTML out, entities decoded, ё/ї kept (Cyrillic is not folded), Latin accents kept."""
    t = re.sub(r"<[^>]+>", " ", t or "")
    t = html.unescape(t).replace("\u00a0", " ").replace("’", "'").replace("ʼ", "'")
    t = unicodedata.normalize("NFC", t)
    return re.sub(r"\s+", " ", t).strip().lower()


class Reader:
    """One language's keyword rules.  Patterns are searched in folded text."""
    PLATED = COLOUR_ONLY = NOT_GOLD = NOT_STONE = r"(?!x)x"
    SILVER = STEEL = GOLD = YELLOW = WHITE = ROSE = NO_STONE = r"(?!x)x"
    KARAT = r"(?<![\d.,])(9|14|18|24)\s?(k|kt|ct|karaat\w*|карат\w*)(?![a-zа-яіїєґ])"
    GEMS = []
    COLOUR_WORDS = {}
    CATS = {}

    def _strip(self, t):
        t = re.sub(self.PLATED, " ", t)
        t = re.sub(self.COLOUR_ONLY, " ", t)
        return re.sub(self.NOT_GOLD, " ", t)

    def metal_kinds(self, t):
        k = set()
        if re.search(self.PLATED, t):
            k.add("plated")
        r = self._strip(t)
        if re.search(self.SILVER + r"|(?<![\d.,])925(?![\d])", r):
            k.add("silver")
        if re.search(self.STEEL, r):
            k.add("steel")
        if re.search(self.GOLD + r"|" + NUM_LB + r"(375|585|750)(?![\d]|[.,]\d)|" + self.KARAT, r):
            k.add("gold")
        return k

    def metal_colours(self, t):
        c = set()
        if re.search(self.PLATED, t):
            c.add("yellow")
        r = self._strip(t)
        if re.search(self.YELLOW, r):
            c.add("yellow")
        if re.search(self.WHITE, r):
            c.add("white")
        if re.search(self.ROSE, r):
            c.add("rose")
        if re.search(self.SILVER + r"|(?<![\d.,])925(?![\d])|" + self.STEEL, r):
            c.add("silver")
        if not c and re.search(self.GOLD + r"|" + self.KARAT, r):
            c.add("yellow?")
        return c

    def karats(self, t):
        ks = set()
        for m in re.finditer(self.KARAT, t):
            ks.add(int(m.group(1)))
        for code, k in (("375", 9), ("585", 14), ("750", 18)):
            if re.search(NUM_LB + code + r"(?![\d]|[.,]\d)", t):
                ks.add(k)
        return ks

    def gems(self, t):
        t = re.sub(self.NOT_STONE, " ", t)
        return {name for name, pat in self.GEMS if re.search(pat, t)}

    def stone_colour_stated(self, t, gem, colour):
        if gem == "none" or not colour or gem not in self.gems(t):
            return False
        if INHERENT.get(gem) == colour:
            return True
        return bool(re.search(self.COLOUR_WORDS.get(colour, colour), t))


# a fineness code is not the tail of a price written with a space as thousands separator ("36 750 грн")
NUM_LB = r"(?<![\d.,])(?<!\d )(?<!\d\u00a0)"

INHERENT = {"diamond": "white", "cubic zirconia": "white", "pearl": "white", "ruby": "red", "emerald": "green",
            "garnet": "red", "amethyst": "purple", "sapphire": "blue", "spectrolite": "blue", "topaz": "blue"}
CHANNELS = ("title", "body", "type", "tags", "attributes", "options")


def evidence(R, truth, fields, has_photo, traps=()):
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
        t = fold(fields[ch])
        m = t
        for ph in traps:
            m = m.replace(fold(ph), " ")
        if re.search(R.CATS[truth["category"]], t):
            ev["category"].append(ch)
        if mk in R.metal_kinds(m):
            ev["metal"].append(ch)
        cols = R.metal_colours(m)
        if truth["metal_color"] in cols or (truth["metal_color"] == "yellow" and "yellow?" in cols and mk == "gold"):
            ev["metal_color"].append(ch)
        if truth["karat"] and truth["karat"] in R.karats(m):
            ev["karat"].append(ch)
        if gem != "none" and gem in R.gems(m):
            ev["gemstone"].append(ch)
        if gem == "none" and re.search(R.NO_STONE, m):
            ev["gemstone"].append(ch)
        if R.stone_colour_stated(m, gem, truth.get("stone_color")):
            ev["stone_color"].append(ch)
        allowed = set(mopts)
        if "plated" in allowed:
            allowed |= {"gold", "silver", "steel"}
        bad = R.metal_kinds(m) - allowed
        if bad:
            probs.append(f"{ch}: metal {bad} vs {mopts}")
        ac = set(copts) | {"yellow?"}
        if truth["metal"] in ("gold plated silver", "gold plated stainless steel", "gold plated brass"):
            ac |= {"silver"}
        bad = cols - ac
        if bad:
            probs.append(f"{ch}: colour {bad} vs {copts}")
        bad = R.karats(m) - kopts
        if bad:
            probs.append(f"{ch}: karat {bad} vs {kopts}")
        bad = R.gems(m) - gopts - {"none"}
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


# --- Finnish -------------------------------------------------------------------------------------

class Finnish(Reader):
    # kullattu = gold-plated; kultaus = gilding; hopeoitu = silver-plated
    PLATED = (r"kullat\w*|kultaus\w*|kullau\w*|pinnoit\w*|\bpvd\b|gold[- ]plated|hopeoit\w*")
    # colour words and names that only look like metals
    COLOUR_ONLY = (r"kullanvär\w*|kullankeltai\w*|hopeanvär\w*|hopeanharma\w*|kultasepp\w*|kultasepä\w*|"
                   r"kultakauppa\w*|kulta-aika\w*")
    SILVER = r"hopea|hopean|hopeaa|hopeas|hopeis|hopeinen|\bsilver\b|sterling"
    STEEL = r"teräs|teräks|\b316l\b|stainless"
    GOLD = r"kulta|kulla|kultai|\bgold\b"
    KARAT = r"(?<![\d.,])(9|14|18|24)\s?(k|kt|karaat\w*)(?![a-zäö])"
    YELLOW = r"keltakul\w*|keltainen kulta|keltaista kultaa|\byellow gold"
    WHITE = r"valkokul\w*|valkoinen kulta|valkoista kultaa|white gold"
    ROSE = r"punakul\w*|ruusukul\w*|roseekul\w*|rose gold|punertava\w* kul\w*"
    NOT_STONE = (r"timanttihio\w*|timanttihion\w*|timanttikuvio\w*|diamond[- ]cut|helmi ?-?mallisto\w*|"
                 r"helmi-mallisto\w*|helmikuu\w*|helmiäis\w*|kiiltävä\w*|kivetön|kivettöm\w*|ilman kiv\w*")
    GEMS = [
        ("cubic zirconia", r"zirkoni\w*|zirkoon\w*|\bcz\b|kubinen"),
        ("diamond", r"timant\w*|briljant\w*|\bbr\b ?\d|\bdiamond"),
        ("ruby", r"rubiin\w*"),
        ("sapphire", r"safiiri\w*"),
        ("emerald", r"smaragd\w*"),
        ("pearl", r"helmi\w*|helme\w*|\bpearl"),
        ("amethyst", r"ametist\w*"),
        ("spectrolite", r"spektroliit\w*|spectrolit\w*"),
        ("topaz", r"topaasi\w*"),
    ]
    NO_STONE = r"kivetön|kivettöm\w*|ilman kiv\w*|sileä\w*|\bsile[äa]\b"
    COLOUR_WORDS = {"red": r"\bpuna\w*", "blue": r"\bsini\w*|\bblue\b", "white": r"valkoi\w*|valkea\w*",
                    "green": r"vihre\w*", "purple": r"violet\w*|liila\w*"}
    CATS = {
        "ring": r"sormu\w*",
        "engagement ring": r"kihlasormu\w*|kihla\w*",
        "wedding band": r"vihkisormu\w*|vihki\w*|\bvihkiä\b",
        "earrings": r"korvako\w*|korvakoru\w*|korvikse\w*|nappikorv\w*|rengaskorv\w*|kreoli\w*|korvarenka\w*",
        "pendant": r"riipu\w*|\bripus\w*",
        "chain": r"ketju\w*|kaulaketju\w*",
        "necklace": r"kaulakoru\w*|kaulaku\w*|kaulanau\w*",
        "bracelet": r"rannekoru\w*|ranneketju\w*",
        "bangle": r"rannerenka\w*|rannerengas\w*",
        "anklet": r"nilkkakoru\w*|nilkkaketju\w*",
        "brooch": r"rintakoru\w*|solki\w*|soljet|soljen",
    }


FI = Finnish()


def fi_eur(x: float, style: int) -> str:
    """A euro amount as a Finnish shop writes it."""
    cents = int(round(x * 100))
    whole, c = divmod(cents, 100)
    grp = f"{whole:,}".replace(",", "\u00a0")
    grp_sp = f"{whole:,}".replace(",", " ")
    forms = [f"{grp_sp},{c:02d} €", f"{grp} €" if not c else f"{grp},{c:02d} €", f"{whole} €" if not c else f"{whole},{c:02d}€",
             f"{grp_sp} euroa" if not c else f"{grp_sp},{c:02d} euroa", f"{whole},{c:02d} EUR", f"{grp_sp},-"]
    return forms[style % len(forms)]


# --- Ukrainian (and the Russian a Ukrainian shop also writes) ---------------------------------------

_UL = "а-яіїєґё"


class Ukrainian(Reader):
    # позолота / позолочене срібло / gold-plated; "медичне золото" is gold-coloured medical steel, not gold
    PLATED = (r"позолот\w*|позолоч\w*|позолоченн\w*|з позолотою|медичн\w* золот\w*|медицинск\w* золот\w*|"
              r"ксюпінг\w*|xuping|\bpvd\b|gold[- ]plated|напилен\w*")
    # colour only / names that look like metals
    COLOUR_ONLY = (r"золотист\w*|під золото|под золото|золотого кольору|золотого цвета|золотий колір|"
                   r"сріблястий|сріблясті|серебрист\w*|золоті руки|золотые руки|золотий ключик|золота рибка|"
                   r"золота середина|золот\w* ланцюжок тижня")
    SILVER = r"срібл\w*|серебр\w*|\bag\s?925|\bsilver\b"
    STEEL = r"\bстал[іьи]\b|\bсталь\w*|нержав\w*|\b316l\b|медичн\w* стал\w*|медицинск\w* стал\w*"
    GOLD = r"золот\w*|\bau\s?(585|750)|\bgold\b"
    KARAT = r"(?<![\d.,])(9|14|18|24)\s?(k|kt|карат\w*)(?![a-z" + _UL + r"])"
    YELLOW = r"колір металу: жовт\w*|цвет металла: желт\w*|жовт\w* золот\w*|желт\w* золот\w*|золот\w* жовт\w*|лимонн\w* золот\w*"
    WHITE = r"колір металу: біл\w*|цвет металла: бел\w*|біл\w* золот\w*|бел\w* золот\w*|золот\w* біл\w*"
    ROSE = r"колір металу: червон\w*|цвет металла: красн\w*|червон\w* золот\w*|красн\w* золот\w*|рожев\w* золот\w*|розов\w* золот\w*|золот\w* червон\w*"
    NOT_STONE = (r"алмазн\w* гран\w*|алмазн\w* огран\w*|алмазн\w* насічк\w*|алмазн\w* обробк\w*|"
                 r"перлин\w* біля моря|жемчужин\w* у моря|жемчужин\w* у моря|без камін\w*|без вставок|без каменів")
    GEMS = [
        ("cubic zirconia", r"фіаніт\w*|фианит\w*|цирконі\w*|циркон\w*|\bcz\b"),
        ("diamond", r"діамант\w*|бріліант\w*|брилiант\w*|брильянт\w*|бриллиант\w*|брилліант\w*|\bалмаз\w*"),
        ("ruby", r"рубін\w*|рубин\w*"),
        ("sapphire", r"сапфір\w*|сапфир\w*"),
        ("emerald", r"смарагд\w*|изумруд\w*"),
        ("pearl", r"перл[аиіо]\w*|перлин\w*|жемчуг\w*|жемчуж\w*"),
        ("amethyst", r"аметист\w*"),
        ("topaz", r"топаз\w*"),
        ("garnet", r"гранат\w*"),
    ]
    NO_STONE = r"без камін\w*|без каменів|без вставок|без вставки|без камней|без камня|вставка: немає|вставка: нет"
    COLOUR_WORDS = {"red": r"червон\w*|красн\w*", "blue": r"синь\w*|синій|синя|сині|голуб\w*|блакитн\w*|лондон",
                    "white": r"біл\w*|бел\w*|прозор\w*", "green": r"зелен\w*", "purple": r"фіолет\w*|фиолет\w*|бузков\w*"}
    CATS = {
        "ring": r"каблуч\w*|кольц\w*|колечк\w*|перстен\w*|перстн\w*",
        "engagement ring": r"заруч\w*|помолв\w*",
        "wedding band": r"обручк\w*|обручальн\w*|обручальн\w*",
        "earrings": r"сережк\w*|сережок|серьг\w*|серёж\w*|пусет\w*|конго",
        "pendant": r"підвіс\w*|подвес\w*|кулон\w*|ладанк\w*|хрестик\w*|крестик\w*",
        "chain": r"ланцюж\w*|ланцюг\w*|цепочк\w*|цепь\w*",
        "necklace": r"намист\w*|кольє|колье|чокер\w*",
        "bracelet": r"браслет\w*",
        "anklet": r"на ногу|на щиколотку|анклет\w*",
        "brooch": r"брош\w*",
    }


UA = Ukrainian()


def uah(x: float, style: int) -> str:
    """A hryvnia amount as a Ukrainian shop writes it."""
    n = int(round(x))
    sp = f"{n:,}".replace(",", " ")
    nb = f"{n:,}".replace(",", "\u00a0")
    forms = [f"{sp} грн", f"{n} ₴", f"{sp},00 UAH", f"{nb} грн.", f"{sp} гривень", f"₴{sp}", f"{n} грн"]
    return forms[style % len(forms)]
