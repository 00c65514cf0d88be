"""Shared machinery of the twenty-fifth held-out round (cph_shop: Copenhagen / Shopify product
CSV (2025 column set) / DKK, bue_shop: Buenos Aires / Tiendanube product export CSV / ARS).

Written by the twenty-fifth independent data author.  It reuses render.py (through
make_fresh.run_renders), the answer-key record of twentieth_common.py (with the 14-karat golds
of twentythird_common) and the Reader / evidence machinery of twentyfourth_common.  New here:
8-karat (333) gold as Danish shops sell it, Baltic amber (rav), and the author's own keyword
rules for Danish and for Rioplatense Spanish, used only to record where each fact is stated
and to stop the build when a written field contradicts the answer key.
"""

from __future__ import annotations

import re

from fresh_common import stats, write_jsonl, wchoice  # noqa: F401
from twentieth_common import TMETALS, TSTONES, Variant, photo_spec, truth_record  # noqa: F401
import twentythird_common  # noqa: F401  (adds Y14 / W14 / R14 to TMETALS)
import twentyfourth_common as _t24
from twentyfourth_common import Reader, NUM_LB, evidence, fold  # noqa: F401

TMETALS.update({
    "Y8": ("yellow gold", "yellow", 8, "yellow14"),
})
TSTONES.update({
    "amber": ("amber", "orange", "topaz", (206, 116, 24)),
    "cz pink": ("cubic zirconia", "pink", "cz", (236, 108, 160)),
    "topaz": ("topaz", "blue", "topaz", None),
    "cz blue": ("cubic zirconia", "blue", "cz", (40, 80, 190)),
})
_t24.INHERENT.update({"amber": "orange"})
GOLD_CODES = {"Y8", "Y14", "W14", "R14", "Y18", "W18", "R18"}


class _Reader333(Reader):
    """Adds the 333 fineness stamp (8 karat)."""

    def karats(self, t):
        ks = super().karats(t)
        if re.search(NUM_LB + r"333(?![\d]|[.,]\d)", t):
            ks.add(8)
        return ks


# --- Danish --------------------------------------------------------------------------------------

_DA = "a-zæøåé"


class Danish(_Reader333):
    # forgyldt = gold-plated; belagt / guldbelagt / vermeil; forsølvet = silver-plated
    PLATED = r"forgyld\w*|guldbelag\w*|belagt med (\d+ ?(kt|karat)\.? )?guld|\bvermeil\b|\bpvd\b|forsølv\w*|gold[- ]plated"
    # words that only look like metals
    COLOUR_ONLY = (r"guldsmed\w*|guldfarve\w*|guldfarvet|guldbryllup\w*|sølvbryllup\w*|sølvfarve\w*|"
                   r"sølvfarvet|guldkorn\w*|guldalder\w*|guldregn\w*")
    SILVER = r"sølv|\bsterling\w*|\b925\s?s\b"
    STEEL = r"\bstål|rustfri\w*|kirurgisk\w* stål|\b316l\b"
    GOLD = r"guld|\bgold\b|" + NUM_LB + r"333(?![\d]|[.,]\d)"
    KARAT = r"(?<![\d.,])(8|9|14|18|22|24)\s?-?\s?(k|kt|karat|karats)(?![" + _DA + r"])"
    YELLOW = r"\bgult guld|\bgul ?guld\w*|guld \(gul\)"
    WHITE = r"hvidguld\w*|hvidt guld"
    ROSE = r"rødguld\w*|rosaguld\w*|rosé ?guld\w*|rose ?guld\w*|rosa guld"
    NOT_STONE = (r"diamantsleb\w*|diamantslib\w*|diamantskår\w*|diamantsnit\w*|brillantsleb\w*|brillantslib\w*|"
                 r"granatæble\w*|perle-?serie\w*|perle-?kollektion\w*|uden sten")
    GEMS = [
        ("cubic zirconia", r"zirkon\w*|\bcz\b|cubic"),
        ("diamond", r"diamant\w*|brillant\w*|\bbr\.? ?\d"),
        ("ruby", r"rubin\w*"),
        ("sapphire", r"safir\w*"),
        ("emerald", r"smaragd\w*"),
        ("pearl", r"perle\w*|\bperler?\b"),
        ("amethyst", r"ametyst\w*"),
        ("garnet", r"granat\w*"),
        ("topaz", r"topas\w*"),
        ("amber", r"\brav\b|\brav(smykke|vedhæng|øre|ring|halskæde|armbånd|kæde)\w*|\bamber\b|baltisk rav"),
    ]
    NO_STONE = r"uden sten|ingen sten|\bglat\w*|\bblank\w*"
    COLOUR_WORDS = {"red": r"\brød\b|\brøde?\b|\bdybrød\w*", "blue": r"\bblå\w*|london blue", "white": r"\bhvid\b|\bhvide\b|klar\w*",
                    "green": r"\bgrøn\w*", "purple": r"\blilla\b|violet\w*", "orange": r"orange|cognac\w*|honning\w*",
                    "pink": r"\blyserød\w*|\bpink\b|\brosa\b"}
    CATS = {
        "ring": r"(?<!øre)(?<!arm)(?<!ørestik)ring(e|en|ene)?\b",
        "engagement ring": r"forlovelsesring\w*|forlovelse\w*",
        "wedding band": r"vielsesring\w*|vielse\w*|giftering\w*|bryllupsring\w*",
        "earrings": r"ørering\w*|ørestik\w*|creol\w*|øreclips\w*|ørehæng\w*|øresmykke\w*",
        "pendant": r"vedhæng\w*|charm\w*|medaljon\w*",
        "chain": r"kæde\w*",
        "necklace": r"halskæde\w*|collier\w*|halsbånd\w*",
        "bracelet": r"armbånd\w*|armlænke\w*",
        "bangle": r"armring\w*",
        "anklet": r"ankelkæde\w*|ankelarmbånd\w*|fodlænke\w*",
        "brooch": r"broche\w*|brosche\w*",
    }


DA = Danish()


def dkk(x: float, style: int) -> str:
    """A krone amount as a Danish shop writes it."""
    cents = int(round(x * 100))
    whole, c = divmod(cents, 100)
    dot = f"{whole:,}".replace(",", ".")
    forms = [f"{dot},{c:02d} kr.", f"{dot} kr", f"DKK {dot}", f"{dot},- kr.", f"kr. {dot},-", f"{whole} kr.",
             f"{dot},{c:02d} DKK"]
    return forms[style % len(forms)]


# --- Rioplatense Spanish (Argentina) --------------------------------------------------------------

TMETALS.update({
    # "plata y oro": 925 silver with small 18 k gold appliqués, sold and priced as silver
    "SG": ("sterling silver", "silver", None, "silver"),
})
TSTONES.update({
    # rodocrosita, "Rosa del Inca": Argentina's national stone, pink
    "rhodochrosite": ("rhodochrosite", "pink", "topaz", (214, 96, 130)),
})
_t24.INHERENT.update({"rhodochrosite": "pink"})

_ES = "a-záéíóúñü"


class Rioplatense(Reader):
    # enchapado / baño de oro / laminado / doublé: plated; acero dorado / PVD: plated steel
    PLATED = (r"enchapad\w*|baño de oro|bañad[oa]s? en oro|chapa de oro|laminad[oa]s? en oro|oro laminado|"
              r"\bdoubl[ée]\b|\bdubl[ée]\b|gold ?filled|\bpvd\b|acero dorado|acero quirúrgico dorado|plaqu[ée]\w*")
    # words that only look like metals: colours, money ("plata"), the river, the city, anniversaries
    COLOUR_ONLY = (r"\bdorad[oa]s?\b|color oro|tono oro|color plata|plateado\w*|bodas de oro|bodas de plata|"
                   r"r[íi]o de la plata|\bla plata\b|tanta plata|mucha plata|poca plata|\bplata dulce\b|"
                   r"apliques de oro \d+ ?k|plata y oro")
    SILVER = r"\bplata\b|\bsterling\b"
    STEEL = r"\bacero\b|quirúrgico|\b316l\b|inoxidable"
    GOLD = r"\boro\b|\bgold\b"
    KARAT = r"(?<![\d.,])(9|10|14|18|24)\s?(k|kt|kts|kilates?|quilates?)(?![" + _ES + r"])"
    YELLOW = r"oro amarillo"
    WHITE = r"oro blanco"
    ROSE = r"oro rosa\w*|oro rosé|oro rojo"
    NOT_STONE = (r"corte brillante|talla brillante|acabado brillante|terminación brillante|pulido brillante|"
                 r"super ?brillante|muy brillante|diamantad\w*|punta de diamante|sin piedras?|"
                 r"perlitas de (plata|oro)|bolitas de (plata|oro)|color granate|estuche granate")
    GEMS = [
        ("cubic zirconia", r"\bcubic\w*|circon\w*|zirconi\w*|zircon\w*|\bcz\b"),
        ("diamond", r"\bbrillantes?\b|diamante\w*|\bbr\.? ?\d"),
        ("ruby", r"\brub[íi]\w*"),
        ("sapphire", r"zafir\w*"),
        ("emerald", r"esmerald\w*"),
        ("pearl", r"\bperla\w*"),
        ("amethyst", r"amatist\w*"),
        ("garnet", r"granate\w*"),
        ("topaz", r"topacio\w*"),
        ("rhodochrosite", r"rodocrosit\w*|rosa del inca"),
    ]
    NO_STONE = r"sin piedras?|\blis[oa]s?\b"
    COLOUR_WORDS = {"red": r"\broj\w*", "blue": r"\bazul\w*|celeste\w*", "white": r"\bblanc\w*",
                    "green": r"\bverde\w*", "purple": r"violeta\w*|\blila\b", "pink": r"\brosa\b|rosad\w*|rosit\w*"}
    CATS = {
        "ring": r"anillo\w*|sortija\w*|cintillo\w*|\bsello\b|solitario\w*",
        "engagement ring": r"compromiso|solitario\w*",
        "wedding band": r"alianza\w*|argollas? de casamiento|argollas? de matrimonio|casamiento",
        "earrings": r"\baros?\b|aritos?|abridores|argolla\w*|pendiente\w*|trepador\w*",
        "pendant": r"\bdijes?\b|medalla\w*|colgante\w*|\bcruz\b|crucifijo",
        "chain": r"cadena\w*|cadenita\w*",
        "necklace": r"collar\w*|gargantilla\w*|choker",
        "bracelet": r"pulsera\w*",
        "bangle": r"esclava\w*|brazalete\w*",
        "anklet": r"tobiller\w*",
        "brooch": r"prendedor\w*|broche\w*",
    }


ES_AR = Rioplatense()


def ars(x: float, style: int) -> str:
    """A peso amount as an Argentine shop writes it (dot thousands, comma decimals)."""
    n = int(round(x))
    dot = f"{n:,}".replace(",", ".")
    forms = [f"$ {dot}", f"${dot},00", f"ARS {dot}", f"${dot}", f"$ {dot}.-", f"$ {dot},00"]
    return forms[style % len(forms)]
