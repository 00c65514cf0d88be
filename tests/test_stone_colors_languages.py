"""A stone's colour asked in every language Facet reads (issues 15 and 16): the locale packs' colour
words (`locales/<locale>.colors.toml`, and the colours the packs already gave their listings) reach a
request as English "blue" does. A colour beside a stone, the word for "stone" or alone on a piece is the
stone's; one the packs' [metal_colors] also give a gold is the gold's beside a gold word or after the
language's "in" ([color_of_metal]); a colour said after its stone ("piedra azul") is read in that order,
and a refused one is avoided, not asked for."""

import pytest

from assistant.understanding import understand
from retrieval.vocabulary import COLOR_FAMILIES

# (request, the stone colour it asks for): the colour beside a stone, the word "stone", or a piece
STONE_COLORS = [
    ("ring met 'n blou steen", "blue"),  # Afrikaans
    ("خاتم فيه حجر ازرق", "blue"),  # Arabic
    ("নীল পাথর আংটি", "blue"),  # Bengali
    ("laal stone ring", "red"),  # Hindi in Latin letters
    ("anell amb pedra blava", "blue"),  # Catalan
    ("prsten s modrým kamenem", "blue"),  # Czech
    ("ring med blå sten", "blue"),  # Danish (and Swedish)
    ("øreringe med grønne sten", "green"),  # Danish
    ("oreringe med gronne sten", "green"),
    ("Ring mit blauem Stein", "blue"),  # German
    ("blauer Stein", "blue"),
    ("δαχτυλίδι με κόκκινη πέτρα", "red"),  # Greek
    ("piedra azul", "blue"),  # Spanish
    ("anillo con piedras rojas", "red"),
    ("انگشتر با نگین آبی", "blue"),  # Persian
    ("sininen kivi", "blue"),  # Finnish
    ("sormus sinisellä kivellä", "blue"),
    ("vihreitä kiviä", "green"),
    ("singsing na may pulang bato", "red"),  # Filipino
    ("bague avec pierre bleue", "blue"),  # French
    ("טבעת עם אבן כחולה", "blue"),  # Hebrew
    ("नीला पत्थर वाली अंगूठी", "blue"),  # Hindi
    ("gyűrű kék kővel", "blue"),  # Hungarian
    ("cincin batu biru", "blue"),  # Indonesian, Malay
    ("anello con pietra blu", "blue"),  # Italian
    ("青い石の指輪", "blue"),  # Japanese
    ("ბეჭედი ლურჯი თვლით", "blue"),  # Georgian
    ("파란 보석 반지", "blue"),  # Korean
    ("chuvanna kallu mothiram", "red"),  # Malayalam in Latin letters
    ("hirva stone ring", "green"),  # Marathi in Latin letters
    ("ring met blauwe steen", "blue"),  # Dutch
    ("pierścionek z niebieskim kamieniem", "blue"),  # Polish
    ("pedra verde", "green"),  # Portuguese
    ("anel com pedras azuis", "blue"),
    ("inel cu piatră albastră", "blue"),  # Romanian
    ("кольцо с синим камнем", "blue"),  # Russian
    ("кольцо с красным камнем", "red"),
    ("ring med blå sten", "blue"),  # Swedish
    ("ring med röda stenar", "red"),
    ("pete nyekundu", "red"),  # Swahili
    ("sivappu stone mothiram", "red"),  # Tamil in Latin letters
    ("erra stone ring", "red"),  # Telugu in Latin letters
    ("แหวนพลอยสีแดง", "red"),  # Thai
    ("mavi taşlı yüzük", "blue"),  # Turkish
    ("з синім каменем", "blue"),  # Ukrainian
    ("каблучка з червоним каменем", "red"),
    ("نیلے پتھر والی انگوٹھی", "blue"),  # Urdu
    ("nhẫn đá xanh", "blue"),  # Vietnamese
    ("藍色寶石戒指", "blue"),  # Chinese
]

# (request, the gold it asks for): a colour beside a gold word or after "in" stays the metal's
METAL_COLORS = [
    ("ring in wit", "white gold"),  # Afrikaans
    ("سلسله ذهب ابيض", "white gold"),  # Arabic
    ("সাদা সোনার আংটি", "white gold"),  # Bengali
    ("anell en blanc", "white gold"),  # Catalan
    ("prsten, bílé nebo žluté zlato", "yellow gold"),  # Czech
    ("Ring in Weiß", "white gold"),  # German
    ("δαχτυλίδι κίτρινο ή λευκό χρυσό", "yellow gold"),  # Greek
    ("anillo en blanco", "white gold"),  # Spanish
    ("oro blanco o amarillo", "yellow gold"),
    ("sormus valkoista kultaa", "white gold"),  # Finnish
    ("bague en blanc", "white gold"),  # French
    ("anello in bianco", "white gold"),  # Italian
    ("ホワイトゴールドの指輪", "white gold"),  # Japanese
    ("cincin emas kuning atau putih", "white gold"),  # Indonesian, Malay
    ("ring in wit of geel", "yellow gold"),  # Dutch
    ("żółte lub białe złoto", "yellow gold"),  # Polish
    ("anel em branco", "white gold"),  # Portuguese
    ("inel în alb", "white gold"),  # Romanian
    ("кольцо из желтого золота", "yellow gold"),  # Russian
    ("ring i vitt", "white gold"),  # Swedish
    ("ring i hvid", "white gold"),  # Danish
    ("pete ya dhahabu nyeupe", "white gold"),  # Swahili
    ("каблучка з жовтого золота", "yellow gold"),  # Ukrainian
    ("valkokulta", "white gold"),
]

# (request, the colour refused): a refused colour is avoided, never asked for
REFUSED = [
    ("ring sonder rooi stene", "red"),  # Afrikaans
    ("خاتم بدون حجر احمر", "red"),  # Arabic
    ("anell sense pedres vermelles", "red"),  # Catalan
    ("prsten bez červeného kamene", "red"),  # Czech
    ("Ring ohne roten Stein", "red"),  # German
    ("δαχτυλίδι χωρίς κόκκινη πέτρα", "red"),  # Greek
    ("anillo sin piedras rojas", "red"),  # Spanish
    ("anillo sin piedra azul", "blue"),
    ("انگشتر بدون نگین قرمز", "red"),  # Persian
    ("sormus ilman punaisia kiviä", "red"),  # Finnish
    ("singsing na walang pulang bato", "red"),  # Filipino
    ("bague sans pierres rouges", "red"),  # French
    ("טבעת בלי אבן אדומה", "red"),  # Hebrew
    ("bina laal stone", "red"),  # Hindi in Latin letters
    ("ne legyen piros kő", "red"),  # Hungarian
    ("cincin tanpa batu merah", "red"),  # Indonesian, Malay
    ("anello senza pietre rosse", "red"),  # Italian
    ("赤い石なし", "red"),  # Japanese
    ("ბეჭედი წითელი თვლის გარეშე", "red"),  # Georgian
    ("빨간 스톤 없는 반지", "red"),  # Korean
    ("chuvanna kallu illatha mothiram", "red"),  # Malayalam in Latin letters
    ("lal stone nako", "red"),  # Marathi in Latin letters
    ("pierścionek bez czerwonego kamienia", "red"),  # Polish
    ("anel sem pedras vermelhas", "red"),  # Portuguese
    ("inel fără pietre roșii", "red"),  # Romanian
    ("кольцо без красного камня", "red"),  # Russian
    ("ring utan röda stenar", "red"),  # Swedish
    ("ring uden røde sten", "red"),  # Danish
    ("pete bila mawe meusi", "black"),  # Swahili
    ("sivappu stone illama", "red"),  # Tamil in Latin letters
    ("แหวนไม่มีพลอยสีแดง", "red"),  # Thai
    ("kırmızı taş olmasın", "red"),  # Turkish
    ("каблучка без червоного каменю", "red"),  # Ukrainian
    ("بغیر سرخ نگ", "red"),  # Urdu
    ("nhẫn không đá màu đỏ", "red"),  # Vietnamese
    ("不要紅色寶石", "red"),  # Chinese
]


@pytest.mark.parametrize("text,color", STONE_COLORS)
def test_a_stone_colour_is_asked_for(text, color):
    understood = understand(text)
    assert understood.constraints.gemstone_colors == list(COLOR_FAMILIES[color])
    assert not any(metal.endswith(" gold") for metal in understood.constraints.metals)


@pytest.mark.parametrize("text,metal", METAL_COLORS)
def test_a_colour_beside_gold_or_after_in_stays_the_metal(text, metal):
    understood = understand(text)
    assert metal in understood.constraints.metals
    assert understood.constraints.gemstone_colors == []


@pytest.mark.parametrize("text,color", REFUSED)
def test_a_refused_colour_is_avoided_not_asked_for(text, color):
    understood = understand(text)
    assert understood.constraints.gemstone_colors == []
    assert understood.preferences.avoid_terms  # the colour's word, to rank pieces of that colour down


@pytest.mark.parametrize("text", ["un vestido negro", "ein blaues Kleid", "синя сукня"])
def test_a_colour_of_something_else_asks_for_no_stone_colour(text):
    assert understand(text).constraints.gemstone_colors == []


def test_a_colour_said_after_a_stone_reads_the_stone_the_colour_names():
    understood = understand("anillo de zafiro rosa")
    assert understood.constraints.gemstones == ["sapphire"]
    assert understood.constraints.gemstone_colors == ["pink"]


def test_a_colour_after_a_stone_refused_keeps_the_stone_wanted():
    """ "sin diamantes amarillos" as "no yellow diamonds": the colour is refused, not diamonds."""
    understood = understand("anillo sin diamantes amarillos")
    assert "diamond" not in understood.constraints.exclude_gemstones
    assert understood.preferences.avoid_terms == ["amarillos"]
