"""Plan of the Sao Paulo shop: Atelie Jabuticaba Joias, Vila Madalena (BRL, Brazilian Portuguese).

WooCommerce built-in exporter (Produtos > Exportar, all columns) run with the
admin in Portuguese: the column headers are the pt_BR translations (`Nome`,
`Publicado`, `Preco promocional`, `Ascendente` for Parent, `Nome do atributo 1`
...), values stay as WooCommerce writes them (`simple` / `variable` /
`variation`, Published 1 / 0 / -1, `id:NN` parents, literal \\n in descriptions,
prices with a dot).  UTF-8 with BOM, PHP fputcsv quoting, 9.2+ GTIN column.

Brazilian conventions: `ouro 18k` / `ouro 750` (the usual fine-jewellery gold),
`ouro amarelo / branco / rose`, `prata 925`, `semijoia folheada a ouro 18k`
(gold-plated BRASS: no karat), `brilhante` (diamond), `zirconia` (CZ),
`ponto de luz` (a single-stone pendant sold on its chain), `bracelete` (a rigid
bangle / cuff, not a bracelet), `pulseira` (bracelet), `tornozeleira` (anklet),
`aliancas` sold per unit or per pair, ring sizes `aro 10-26`, `R$ 1.289,90`.
"""

from __future__ import annotations

import os
import random

import render
from tenth_common import (FMETALS, FSTONES, make_variants, money, read_evidence, slugify, truth_record, wchoice)

HOST = "https://cdn.heldout-sao.example/wp-content/uploads/"
CURRENCY = "BRL"
SEED = 1554  # founding of Sao Paulo
EXPORT_NAME = "wc-product-export-14-8-2025-1755180000312.csv"

HEADER = ["ID", "Tipo", "SKU", "GTIN, UPC, EAN ou ISBN", "Nome", "Publicado", "Em destaque?", "Visibilidade no catálogo",
          "Descrição curta", "Descrição", "Data de início do preço promocional", "Data de término do preço promocional",
          "Status do imposto", "Classe de imposto", "Em estoque?", "Estoque", "Quantidade baixa de estoque",
          "São permitidas encomendas?", "Vendido individualmente?", "Peso (kg)", "Comprimento (cm)", "Largura (cm)",
          "Altura (cm)", "Permitir avaliações de clientes?", "Nota da compra", "Preço promocional", "Preço",
          "Categorias", "Tags", "Classe de entrega", "Imagens", "Limite de downloads", "Dias para expirar o download",
          "Ascendente", "Grupo de produtos", "Aumentar vendas", "Venda cruzada", "URL externa", "Texto do botão",
          "Posição", "Nome do atributo 1", "Valores do atributo 1", "Visibilidade do atributo 1", "Atributo global 1",
          "Nome do atributo 2", "Valores do atributo 2", "Visibilidade do atributo 2", "Atributo global 2"]
# English meaning of the columns the self-check reads
EN = {"ID": "ID", "Tipo": "Type", "Nome": "Name", "Publicado": "Published", "Preço promocional": "Sale price",
      "Preço": "Regular price", "Imagens": "Images", "Ascendente": "Parent", "SKU": "SKU"}

GRAM = {"Y18": 640, "W18": 670, "R18": 650, "S925": 19, "GPB": 11, "RGPB": 11}
WORK = {"Y18": 260, "W18": 300, "R18": 280, "S925": 60, "GPB": 35, "RGPB": 35}
STONE_BRL = {None: 0, "diamond": 9000, "cz": 12, "red cz": 12, "green cz": 12, "pearl": 45, "amethyst": 140, "citrine": 120,
             "paraiba": 1400, "pink tourmaline": 650, "green tourmaline": 420, "emerald": 950, "imperial topaz": 700,
             "moissanite": 950, "blue topaz": 160}

STONE_PT = {
    "diamond": ["Brilhante", "Diamante", "Brilhantes"], "cz": ["Zircônia", "Zircônias", "Zircônia Cristal"],
    "red cz": ["Zircônia Vermelha"], "green cz": ["Zircônia Verde"], "pearl": ["Pérola", "Pérola Shell", "Pérolas"],
    "amethyst": ["Ametista"], "citrine": ["Citrino"], "paraiba": ["Turmalina Paraíba"], "pink tourmaline": ["Turmalina Rosa"],
    "green tourmaline": ["Turmalina Verde"], "emerald": ["Esmeralda"], "imperial topaz": ["Topázio Imperial"],
    "moissanite": ["Moissanite"], "blue topaz": ["Topázio Azul"],
}

GLOSSARY = [
    (r"(folhead\w*|banhad\w*) a ouro ros\w*|banho de ouro ros\w*", " rose gold plated "),
    (r"(folhead\w*|banhad\w*) a ouro( 18 ?k)?|banho de ouro( 18 ?k)?", " gold plated "),
    (r"ouro branco|ouro:? branco", " white gold "),
    (r"ouro amarelo|ouro:? amarelo", " yellow gold "),
    (r"ouro ros[eéa]\w*", " rose gold "),
    (r"\bouro\b", " gold "),
    (r"\bprata\b", " silver "),
    (r"platina", " platinum "),
    (r"tornozeleir\w*", " anklet "),
    (r"bracelete\w*|pulseiras? rígid\w*", " bangle "),
    (r"pulseir\w*", " bracelet "),
    (r"anel solitário|anéis solitários|solitários?\b", " solitaire "),
    (r"noivado", " engagement "),
    (r"alianças?", " wedding band "),
    (r"\banel\b|\banéis\b", " ring "),
    (r"gargantilh\w*", " choker "),
    (r"\bcolar\w*", " necklace "),
    (r"pingentes?|medalh\w*", " pendant "),
    (r"corrent\w*|cordão|cordões", " chain "),
    (r"brincos?", " earrings "),
    (r"argol\w*", " hoops "),
    (r"broche\w*", " brooch "),
    (r"lapidação esmeralda|corte esmeralda", " emerald-cut "),
    (r"brilhantes?|diamantes?", " diamond "),
    (r"zircôni\w*|zirconi\w*", " cz "),
    (r"\brubis?\b", " ruby "),
    (r"esmerald\w*", " emerald "),
    (r"safiras?", " sapphire "),
    (r"pérol\w*|\bperol\w*", " pearl "),
    (r"turmalin\w*", " tourmaline "),
    (r"citrin\w*", " citrine "),
    (r"ametist\w*", " amethyst "),
    (r"topázio\w*|topazio\w*", " topaz "),
    (r"água[- ]marinha|agua[- ]marinha", " aquamarine "),
    (r"granad\w*", " garnet "),
    (r"moissanit\w*", " moissanite "),
    (r"sem pedras?|\bliso\b|\blisa\b", " no stones "),
    (r"paraíba|paraiba", " blue "),
    (r"vermelh\w*", " red "), (r"\bverde\w*", " green "), (r"\bazu\w*", " blue "), (r"\brosa\b", " pink "),
    (r"branc\w*", " white "), (r"\broxo\w*|lilás", " purple "), (r"amarel\w*", " yellow "), (r"\bpret\w*", " black "),
    (r"laranja|imperial", " orange "),
]


def D(key, cat, n, names, kind, style, metals, stones, grams, cats, words, axes=(), **kw):
    d = dict(key=key, cat=cat, n=n, names=names, kind=kind, style=style, metals=metals, stones=stones, grams=grams,
             cats=cats, words=words, axes=list(axes))
    d.update(kw)
    return d


MIX = [("Y18", 4), ("S925", 3), ("GPB", 4), ("RGPB", 1), ("W18", 1)]
DESIGNS = [
    D("alianca", "wedding band", 8, ["Tradicional", "Anatômica", "Reta", "Abaulada", "Com Brilhante", "Fosca"], "wedding band", "wedding",
      [("Y18", 6), ("W18", 1), ("S925", 2)], [(None, 6), ("diamond", 2)], (3, 7), ["Alianças", "Alianças, Casamento"],
      ["Aliança", "Aliança de Casamento", "Par de Alianças"], axes=[("qtd", 0.8), ("aro", 0.8)]),
    D("solitario", "engagement ring", 10, ["Solitário Clássico", "Solitário Seis Garras", "Solitário Halo", "Noivado Íris", "Solitário Paraíba", "Noivado Aurora"],
      "engagement ring", "solitaire", [("Y18", 3), ("W18", 3), ("R18", 2), ("S925", 2)], [("diamond", 6), ("cz", 2), ("moissanite", 1), ("paraiba", 1)],
      (2, 4), ["Anéis > Solitários", "Anéis > Solitários, Noivado"], ["Anel Solitário", "Anel de Noivado", "Solitário"], axes=[("aro", 0.8), ("cor", 0.3)]),
    D("anel", "ring", 12, ["Gota", "Navete", "Retangular", "Cocktail", "Chuveiro", "Trançado", "Meia Aliança", "Folhas"], "ring", "cocktail",
      MIX, [(None, 2), ("amethyst", 2), ("citrine", 2), ("pink tourmaline", 1), ("green tourmaline", 1), ("emerald", 1), ("cz", 3), ("imperial topaz", 1)],
      (1.5, 6), ["Anéis", "Anéis, Semijoias", "Anéis, Prata 925"], ["Anel", "Anel", "Anel"], axes=[("aro", 0.7)]),
    D("argola", "earrings", 7, ["Argola Lisa", "Argola Torcida", "Argola Grossa", "Argolinha", "Argola Cravejada"], "earrings", "hoop",
      MIX, [(None, 5), ("cz", 2)], (1, 6), ["Brincos > Argolas", "Brincos > Argolas, Semijoias", "Brincos"], ["Brinco", "Brinco", ""],
      axes=[("tam", 0.4)]),
    D("pontoluzb", "earrings", 5, ["Ponto de Luz", "Ponto de Luz Solitário", "Botão"], "earrings", "stud",
      MIX, [("diamond", 2), ("cz", 3), ("pearl", 1)], (0.5, 1.5), ["Brincos", "Brincos, Presentes"], ["Brinco", "Brinco", "Brinco"]),
    D("perola", "earrings", 3, ["Pérola Clássica", "Pérola Barroca", "Gota de Pérola"], "earrings", "drop",
      [("Y18", 1), ("S925", 2), ("GPB", 2)], [("pearl", 1)], (1, 4), ["Brincos", "Noivas"], ["Brinco", "Brinco"]),
    D("earcuff", "earrings", 3, ["Ear Cuff Liso", "Ear Cuff Cravejado", "Ear Cuff Trio"], "earrings", "huggie",
      [("GPB", 3), ("S925", 2)], [(None, 2), ("cz", 2)], (0.8, 2), ["Brincos", "Semijoias"], ["", ""]),
    D("gota", "earrings", 4, ["Gota", "Cascata", "Franja", "Lustre"], "earrings", "drop",
      MIX, [("citrine", 1), ("amethyst", 1), ("green cz", 1), ("red cz", 1), ("cz", 1)], (2, 6), ["Brincos", "Festa"], ["Brinco", "Brinco"]),
    D("colar", "necklace", 8, ["Riviera", "Pérolas", "Tiffany", "Escapulário", "Gravatinha", "Elos", "Mandala"], "necklace", "tennis",
      MIX, [("cz", 3), ("pearl", 2), (None, 2), ("emerald", 1)], (3, 20), ["Colares", "Colares, Semijoias"], ["Colar", "Colar"],
      axes=[("comp", 0.4)]),
    D("gargantilha", "choker", 4, ["Choker Veneziana", "Choker Riviera", "Choker Pérolas", "Choker Fita"], "choker", "choker",
      [("GPB", 3), ("S925", 2), ("Y18", 1)], [(None, 2), ("cz", 1), ("pearl", 1)], (3, 12), ["Colares > Gargantilhas"],
      ["Gargantilha", "Gargantilha"]),
    D("pontoluz", "pendant", 6, ["Ponto de Luz", "Ponto de Luz Gota", "Ponto de Luz Coração", "Ponto de Luz Paraíba"], "pendant", "solitaire",
      [("Y18", 3), ("W18", 2), ("S925", 2), ("GPB", 2)], [("diamond", 3), ("cz", 3), ("paraiba", 1)], (1.5, 4),
      ["Colares > Ponto de Luz", "Colares"], ["Colar", "Colar", "Gargantilha"], axes=[("comp", 0.3)], with_chain=True),
    D("pingente", "pendant", 8, ["Nossa Senhora Aparecida", "Figa", "Olho Grego", "Letra", "Trevo", "Coração", "Árvore da Vida", "São Bento"], "pendant", "coin",
      MIX, [(None, 5), ("cz", 2), ("pearl", 1), ("emerald", 1)], (0.8, 4), ["Pingentes", "Pingentes, Religiosos", "Pingentes, Semijoias"],
      ["Pingente", "Medalha", "Pingente"]),
    D("corrente", "chain", 7, ["Cartier", "Veneziana", "Grumet", "Elo Português", "Cordão Baiano", "Singapura", "Piastrine"], "chain", "curb",
      [("Y18", 3), ("S925", 3), ("GPB", 2)], [(None, 1)], (2, 18), ["Correntes", "Correntes, Masculino"], ["Corrente", "Cordão", "Corrente"],
      axes=[("comp", 0.85)]),
    D("pulseira", "bracelet", 9, ["Riviera", "Elo Português", "Cartier", "Pérolas", "Berloques", "Veneziana", "Trevo"], "bracelet", "chain",
      MIX, [(None, 4), ("cz", 2), ("pearl", 1), ("green cz", 1)], (2, 10), ["Pulseiras", "Pulseiras, Semijoias"], ["Pulseira", "Pulseira"],
      axes=[("pcomp", 0.3)]),
    D("bracelete", "bangle", 5, ["Liso", "Martelado", "Aberto", "Escrava", "Cravejado"], "cuff", None,
      [("S925", 3), ("GPB", 3), ("Y18", 1)], [(None, 4), ("cz", 1)], (8, 25), ["Braceletes", "Pulseiras, Braceletes"],
      ["Bracelete", "Pulseira Rígida", "Bracelete"]),
    D("tornozeleira", "anklet", 4, ["Bolinhas", "Veneziana", "Coração", "Praia"], "anklet", None, [("S925", 2), ("GPB", 3)], [(None, 3), ("cz", 1)],
      (1.5, 4), ["Tornozeleiras", "Sem categoria"], ["Tornozeleira", "Tornozeleira"]),
    D("broche", "brooch", 2, ["Flor", "Borboleta"], "brooch", "flower", [("GPB", 1), ("S925", 1)], [(None, 1), ("pearl", 1)], (4, 9),
      ["Sem categoria", "Presentes"], ["Broche", "Broche"]),
]

AXES = {
    "aro": ("Aro", [(str(s), 0.95 + 0.006 * (s - 10)) for s in range(10, 27, 2)]),
    "comp": ("Comprimento", [("40cm", 0.9), ("45cm", 1.0), ("50cm", 1.1), ("60cm", 1.25), ("70cm", 1.4)]),
    "pcomp": ("Comprimento", [("17cm", 0.95), ("19cm", 1.0)]),
    "tam": ("Tamanho", [("P", 0.7), ("M", 1.0), ("G", 1.4)]),
}
TAGS = ["presente", "dia das mães", "dia dos namorados", "antialérgico", "lançamento", "mais vendido", "feito à mão", "noivas"]
COR = {"Y18": "Ouro amarelo", "W18": "Ouro branco", "R18": "Ouro rosé"}


def brl(x):
    return float(int(x / 10) * 10) + 9.9


def fmt_brl(x):
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"R$ {s}"


def metal_pt(rng, code, colour, karat):
    if code == "S925":
        return rng.choice(["Prata 925", "Prata 925 Maciça", "Prata"]) if colour else ""
    if code == "GPB":
        return rng.choice(["Folheado a Ouro 18k", "Banhado a Ouro 18k", "Folheado a Ouro"]) if colour else rng.choice(["Semijoia", ""])
    if code == "RGPB":
        return rng.choice(["Folheado a Ouro Rosé", "Banho de Ouro Rosé"]) if colour else rng.choice(["Semijoia", ""])
    cw = {"Y18": "Amarelo", "W18": "Branco", "R18": "Rosé"}[code]
    if colour and karat:
        return rng.choice([f"Ouro {cw} 18k", f"Ouro 18k {cw}" if False else f"Ouro {cw} 18k", f"Ouro {cw} 750"])
    if colour:
        return f"Ouro {cw}"
    if karat:
        return rng.choice(["Ouro 18k", "Ouro 750", "Ouro 18k"])
    return "Ouro"


def make_product(rng, d, i, serial):
    p = {"serial": serial, "cat": d["cat"], "d": d}
    name = d["names"][i % len(d["names"])]
    code = wchoice(rng, d["metals"])
    stone = wchoice(rng, d["stones"])
    traps = []
    if "Paraíba" in name:
        stone = "paraiba"
    if "Pérola" in name:
        stone = "pearl"
    if "Brilhante" in name:
        stone = "diamond"
    if any(w in name for w in ("Cravejad", "Riviera", "Chuveiro")) and stone in (None, "pearl"):
        stone = "cz"
    if name in ("Argola Lisa", "Ear Cuff Liso", "Liso", "Fosca", "Tradicional"):
        stone = None
    if code in ("S925", "GPB", "RGPB") and stone in ("diamond", "emerald", "paraiba", "pink tourmaline", "imperial topaz", "moissanite"):
        stone = "cz"
    if name == "Retangular" and stone:
        traps.append("emerald-cut")
    p.update(code=code, stone=stone, name=name, traps=traps)
    p["grams"] = round(rng.uniform(*d["grams"]), 2)
    if stone == "diamond":
        p["carat"] = rng.choice([0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]) if d["cat"] in ("engagement ring", "pendant") else rng.choice([0.02, 0.05, 0.08, 0.1, 0.12])
    elif stone == "moissanite":
        p["carat"] = 1.0
    if d["cat"] == "pendant":
        p["sold_with_chain"] = bool(d.get("with_chain"))
    axes = []
    for ax, prob in d["axes"]:
        if rng.random() >= prob:
            continue
        if ax in AXES:
            nm, vals = AXES[ax]
            if ax == "aro":
                a = rng.randint(0, 3)
                vals = vals[a:a + rng.randint(4, 6)]
            if ax == "comp":
                vals = vals[: rng.randint(2, 5)] if d["cat"] == "chain" else vals[1:3]
            axes.append((nm, [(v, {"f": f}) for v, f in vals]))
        elif ax == "qtd":
            axes.append(("Quantidade", [("Unidade", {"f": 1.0}), ("Par", {"f": 2.0, "pair": True})]))
        elif ax == "cor" and code in COR:
            alts = [code] + [c for c in COR if c != code]
            axes.append(("Cor do ouro", [(COR[c], {"code": c}) for c in alts]))
    p["axes"] = axes[:2]

    def price_of(pp, c, s, grams, f):
        base = grams * GRAM[c] + WORK[c] * (2 if f >= 1.9 else 1)
        if s == "diamond":
            base += STONE_BRL[s] * pp["carat"] * (1 + 2.2 * pp["carat"]) * (2 if f >= 1.9 else 1)
        elif s == "moissanite":
            base += STONE_BRL[s] * pp["carat"]
        else:
            base += STONE_BRL[s] * (2 if d["cat"] == "earrings" else 1)
        if pp["d"].get("with_chain"):
            base += {"Y18": 1900, "W18": 2000}.get(c, 60 if c == "S925" else 35)
        pr = brl(base)
        comp = brl(base * 1.3) if pp.get("sale") else None
        return pr, comp

    p["sale"] = rng.random() < 0.2
    vs = make_variants(rng, p, p["axes"], price_of, f"JBT{serial:03d}-")
    p["variants"] = vs
    p["names"] = [nm for nm, _ in p["axes"]]
    has_cor = any(nm == "Cor do ouro" for nm, _ in p["axes"])
    col_loc = "attr" if has_cor and rng.random() < 0.6 else wchoice(rng, [("title", 45), ("body", 20), ("short", 6), ("tags", 7), ("cats", 8), ("photo", 9)])
    if col_loc == "cats" and code in ("W18", "R18", "RGPB"):
        col_loc = "body"
    kar_loc = wchoice(rng, [("title", 40), ("body", 40), ("nowhere", 20)]) if FMETALS[code][2] else None
    st_loc = wchoice(rng, [("title", 55), ("body", 20), ("short", 5), ("tags", 8), ("nowhere", 8)]) if stone else None
    if stone and any(w in name for w in ("Paraíba", "Pérola", "Brilhante")):
        st_loc = "title"
    if stone and any(w in name for w in ("Cravejad", "Riviera", "Chuveiro")) and st_loc == "title":
        st_loc = "body"
    cat_loc = wchoice(rng, [("title", 85), ("body", 8), ("cats", 7)])
    if not any(d["words"]):
        cat_loc = "title"
    p["locs"] = dict(colour=col_loc, karat=kar_loc, stone=st_loc, cat=cat_loc)
    cats = rng.choice(d["cats"])
    if "Semijoias" in cats and code not in ("GPB", "RGPB"):
        cats = d["cats"][0]
    if "Prata 925" in cats and code != "S925":
        cats = d["cats"][0]
    if col_loc == "cats":
        cats += ", " + {"Y18": "Ouro 18k > Ouro Amarelo", "S925": "Prata 925", "GPB": "Semijoias > Folheados a Ouro"}[code]
    p["cats"] = cats
    # title
    word = rng.choice(d["words"]) if cat_loc == "title" else ""
    if word and any(w.lower() in name.lower().split() for w in word.split() if len(w) > 2):
        word = ""
    if d["key"] == "alianca" and word == "Par de Alianças" and any(nm == "Quantidade" for nm in p["names"]):
        word = "Aliança"
    sw = ""
    if stone and st_loc == "title" and not any(w in name for w in ("Paraíba", "Pérola", "Brilhante")):
        sw = rng.choice(STONE_PT[stone])
    lname = name
    if cat_loc != "title":
        lname = {"Ponto de Luz": "Luz", "Ponto de Luz Gota": "Luz Gota", "Ponto de Luz Coração": "Luz Coração",
                 "Argola Lisa": "Lisa", "Argola Torcida": "Torcida", "Argola Grossa": "Grossa", "Argolinha": "Mini",
                 "Argola Cravejada": "Cravejada", "Choker Veneziana": "Veneziana", "Choker Riviera": "Riviera Curta",
                 "Choker Pérolas": "Fio de Pérolas", "Choker Fita": "Fita", "Solitário Clássico": "Clássico",
                 "Solitário Seis Garras": "Seis Garras", "Solitário Halo": "Halo", "Noivado Íris": "Íris", "Noivado Aurora": "Aurora",
                 "Cordão Baiano": "Baiano"}.get(name, name)
    core = " ".join(x for x in (word, lname) if x)
    if sw:
        core += rng.choice([" com ", " de "]) + sw
    mt = metal_pt(rng, code, col_loc == "title", kar_loc == "title") if (col_loc == "title" or kar_loc == "title") else ""
    title = f"{core} {mt}".strip() if mt and rng.random() < 0.6 else (f"{core} - {mt}" if mt else core)
    if code in ("GPB", "RGPB") and not mt and rng.random() < 0.4:
        title = "Semijoia " + title
    p["title"] = title
    # short description
    sh = []
    if st_loc == "short":
        sh.append(f"Com {rng.choice(STONE_PT[stone]).lower()}.")
    if col_loc == "short":
        sh.append(metal_pt(rng, code, True, False) + ".")
    if sh or rng.random() < 0.4:
        sh.insert(0, rng.choice(["Peça leve para usar todo dia.", "Feita à mão no nosso ateliê na Vila Madalena.", "Um clássico.", "Presente perfeito."]))
    p["short"] = "<p>" + " ".join(sh) + "</p>" if sh else ""
    # description
    kw = {"wedding band": "aliança", "engagement ring": "anel solitário", "ring": "anel", "earrings": "brinco", "necklace": "colar",
          "choker": "gargantilha", "pendant": "pingente" if not d.get("with_chain") else "colar ponto de luz", "chain": "corrente",
          "bracelet": "pulseira", "bangle": "bracelete", "anklet": "tornozeleira", "brooch": "broche"}[d["cat"]]
    body = []
    if cat_loc == "body" or rng.random() < 0.5:
        body.append(f"<p>Este {kw} foi produzido no nosso ateliê em São Paulo, com acabamento polido à mão.</p>")
    else:
        body.append(f"<p>{rng.choice(['Delicadeza para o dia a dia.', 'Brilho na medida certa.', 'Inspirado nas ruas da Vila Madalena.', 'Para presentear quem você ama.'])}</p>")
    li = []
    if col_loc == "body" or kar_loc == "body":
        li.append(f"<li>Material: {metal_pt(rng, code, col_loc == 'body', kar_loc == 'body')}</li>")
    if code in ("GPB", "RGPB"):
        li.append("<li>Base em latão, antialérgica, garantia de 1 ano no banho</li>")
    if stone and st_loc == "body":
        ct = f" ({str(p['carat']).replace('.', ',')} ct)" if p.get("carat") else ""
        li.append(f"<li>Pedra: {rng.choice(STONE_PT[stone])}{ct}</li>")
    elif stone and st_loc == "title" and p.get("carat"):
        li.append(f"<li>Peso total: {str(p['carat']).replace('.', ',')} ct</li>")
    if p["name"] == "Retangular" and stone:
        li.append("<li>Lapidação esmeralda</li>")  # a cut, not the stone
    if d.get("with_chain"):
        li.append("<li>Acompanha corrente veneziana</li>")
    elif d["cat"] == "pendant":
        li.append("<li>Corrente não inclusa</li>")
    if d["key"] == "alianca":
        li.append("<li>Preço por unidade; escolha \"Par\" para o casal</li>" if p["names"] and "Quantidade" in p["names"] else "<li>Valor referente a uma unidade</li>")
    li.append(f"<li>Peso aproximado: {str(round(vs[0].grams, 1)).replace('.', ',')} g</li>")
    if rng.random() < 0.35:
        li.append("<li>" + rng.choice(["Frete grátis para todo o Brasil", "Parcele em até 10x sem juros", "Acompanha certificado de garantia", "Gravação grátis"]) + "</li>")
    body.append("<ul>" + "".join(li) + "</ul>")
    if len(vs) == 1 and rng.random() < 0.3:
        body.append(f"<p>{fmt_brl(vs[0].price)} à vista no Pix</p>")
    p["body"] = "\n".join(body)
    tags = rng.sample(TAGS, k=rng.randint(0, 3))
    if code in ("GPB", "RGPB") and rng.random() < 0.5:
        tags.append("semijoia")
    if col_loc == "tags":
        tags.append({"Y18": "ouro amarelo", "W18": "ouro branco", "R18": "ouro rosé", "S925": "prata 925",
                     "GPB": "folheado a ouro", "RGPB": "folheado a ouro rosé"}[code])
    if st_loc == "tags":
        tags.append(STONE_PT[stone][0].lower())
    if d["cat"] == "engagement ring":
        tags.append("noivado")
    p["tags"] = tags
    info = []
    if col_loc == "attr" and not has_cor:
        col_loc = "attr"
    if len(p["names"]) < 2 and code in ("S925", "GPB") and rng.random() < 0.2 and col_loc not in ("photo",):
        info.append(("Material", [({"S925": "Prata 925", "GPB": "Folheado a ouro 18k"}[code], {})]))
    p["info"] = info
    return p


def render_spec(p, code, stone):
    d = p["d"]
    spec = {"kind": d["kind"], "metal": FMETALS[code][3], "stone": FSTONES[stone][2]}
    if FSTONES[stone][3]:
        spec["stone_rgb"] = FSTONES[stone][3]
    if d["kind"] == "pendant":
        spec["pendant"] = "solitaire" if d.get("with_chain") else "heart" if "Coração" in p["name"] else "round" if stone else "coin"
        spec["chain"] = bool(d.get("with_chain"))
    elif d["kind"] in ("necklace", "choker"):
        spec["style"] = "choker" if d["kind"] == "choker" else "beaded" if stone == "pearl" else "tennis" if stone else "layered"
    elif d["kind"] == "bracelet":
        spec["style"] = {"cz": "tennis", "pearl": "bead", "green cz": "tennis"}.get(stone, "charm" if "Berloque" in p["name"] else "curb")
    elif d["kind"] == "chain":
        spec["style"] = {"Cordão Baiano": "rope", "Veneziana": "box", "Grumet": "curb", "Singapura": "rope"}.get(p["name"], "cable")
    elif d["kind"] == "ring" and stone is None:
        spec["style"] = "plain"
    elif d["style"]:
        spec["style"] = d["style"]
    return spec


def build(OUT, images=True, seed=SEED):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "sao_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods, serial = [], 0
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1
            prods.append(make_product(rng, d, i, serial))
    rng.shuffle(prods)
    seen = {}
    for p in prods:
        h = slugify(p["title"])
        seen[h] = seen.get(h, 0) + 1
        p["handle"] = h if seen[h] == 1 else f"{h}-{seen[h]}"
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for k in idx:
        prods[k]["status"] = "publish"
    for k in idx[:3]:
        prods[k]["status"] = "draft"
    for k in idx[3:5]:
        prods[k]["status"] = "private"
    broken = set(idx[5:8])
    rows, truths, jobs = [], [], []
    next_id = 3108
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        ym = f"{prng.choice([2024, 2025])}/{prng.randint(1, 12):02d}/"
        if ym.startswith("2025/") and int(ym[5:7]) > 7:
            ym = "2025/07/"
        slug = p["handle"]
        is_broken = n in broken
        main_spec = render_spec(p, p["code"], p["stone"])
        imgs = []
        if is_broken:
            imgs.append((ym + prng.choice([f"{slug}-scaled.jpg", f"WhatsApp-Image-2025-03-{prng.randint(10, 28)}-at-1{prng.randint(0, 9)}.jpeg", f"{slug}-1.webp"]), None, None))
        else:
            imgs.append((ym + (f"{slug}.jpg" if prng.random() < 0.7 else f"JBT{p['serial']:03d}-1.jpg"), main_spec, 71000 + p["serial"]))
            if prng.random() < 0.3:
                sp = dict(main_spec)
                sp["background"] = prng.choice(render.BACKGROUNDS)
                imgs.append((ym + f"{slug}-2.jpg", sp, 73000 + p["serial"]))
        var_img = {}
        cax = next((a for a, nm in enumerate(p["names"]) if nm == "Cor do ouro"), None)
        if cax is not None and not is_broken:
            _, vals = p["axes"][cax]
            var_img[vals[0][0]] = imgs[0][0]
            for j, (val, mod) in enumerate(vals[1:], 1):
                fn = ym + f"{slug}-{slugify(val)}.jpg"
                imgs.append((fn, render_spec(p, mod["code"], p["stone"]), 75000 + p["serial"] * 7 + j))
                var_img[val] = fn
        for fn, sp, s in imgs:
            if sp is not None:
                jobs.append((os.path.join(imgdir, fn), sp, s))
        vs = p["variants"]
        variable = len(vs) > 1
        pid = next_id
        next_id += (1 + len(vs) if variable else 1) + prng.randint(0, 5)
        published = {"publish": "1", "draft": "-1", "private": "0"}[p["status"]]
        psku = "" if variable and prng.random() < 0.8 else f"JBT{p['serial']:03d}"
        base = dict.fromkeys(HEADER, "")
        base.update({"ID": str(pid), "Tipo": "variable" if variable else "simple", "SKU": psku, "Nome": p["title"], "Publicado": published,
                     "Em destaque?": "1" if prng.random() < 0.06 else "0",
                     "Visibilidade no catálogo": "visible" if p["status"] != "private" else "hidden",
                     "Descrição curta": p["short"], "Descrição": p["body"].replace("\n", "\\n"), "Status do imposto": "taxable",
                     "Em estoque?": "1" if prng.random() > 0.08 else "0", "São permitidas encomendas?": "0", "Vendido individualmente?": "0",
                     "Permitir avaliações de clientes?": "1", "Categorias": p["cats"], "Tags": ", ".join(p["tags"]),
                     "Imagens": ", ".join(HOST + fn for fn, _, _ in imgs), "Posição": "0"})
        if prng.random() < 0.4:
            base["Peso (kg)"] = f"{max(0.01, round(vs[0].grams / 1000 + 0.05, 2))}"
        attrs = p["axes"] + p["info"]
        for a, (nm, vals) in enumerate(attrs[:2]):
            base[f"Nome do atributo {a + 1}"] = nm
            base[f"Valores do atributo {a + 1}"] = ", ".join(v for v, _ in vals)
            base[f"Visibilidade do atributo {a + 1}"] = "1"
            base[f"Atributo global {a + 1}"] = "1" if nm in ("Aro", "Cor do ouro", "Comprimento") else "0"
        if not variable:
            v = vs[0]
            base["Preço"] = money(v.compare or v.price)
            base["Preço promocional"] = money(v.price) if v.compare else ""
            v.sku = psku
        rows.append(base)
        if variable:
            for j, v in enumerate(vs):
                r = dict.fromkeys(HEADER, "")
                r.update({"ID": str(pid + 1 + j), "Tipo": "variation", "SKU": v.sku if prng.random() < 0.7 else "",
                          "Nome": f"{p['title']} - {', '.join(v.opts)}", "Publicado": "-1" if published == "-1" else "1",
                          "Em destaque?": "0", "Visibilidade no catálogo": "visible", "Status do imposto": "taxable",
                          "Classe de imposto": "parent", "Em estoque?": "1", "São permitidas encomendas?": "0",
                          "Vendido individualmente?": "0", "Permitir avaliações de clientes?": "0",
                          "Preço": money(v.compare or v.price), "Preço promocional": money(v.price) if v.compare else "",
                          "Ascendente": f"id:{pid}", "Posição": str(j + 1)})
                if cax is not None and v.opts[cax] in var_img:
                    r["Imagens"] = HOST + var_img[v.opts[cax]]
                for a, nm in enumerate(p["names"]):
                    r[f"Nome do atributo {a + 1}"] = nm
                    r[f"Valores do atributo {a + 1}"] = v.opts[a]
                    r[f"Atributo global {a + 1}"] = "1" if nm in ("Aro", "Cor do ouro", "Comprimento") else "0"
                rows.append(r)
        p["shop_category"] = p["cats"]
        truth = truth_record(p, vs, p["names"], CURRENCY, is_broken, main_spec, None if is_broken else "images/" + imgs[0][0],
                             HOST + imgs[0][0], ["images/" + fn for fn, sp, _ in imgs[1:] if sp is not None])
        for tv, v in zip(truth["variant_list"], vs):
            tv.pop("compare_at_price", None)
            tv["regular_price"] = v.compare or v.price
        truth["woo_id"] = pid
        truth["woo_type"] = "variable" if variable else "simple"
        if p["d"]["key"] == "alianca":
            truth["sold_as"] = "per unit or pair (option Quantidade)" if "Quantidade" in p["names"] else "per unit"
        fields = {"title": p["title"], "body": p["short"] + " " + p["body"], "type": p["cats"], "tags": ", ".join(p["tags"]),
                  "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in attrs)}
        ev, problems = read_evidence(truth, fields, not is_broken, GLOSSARY, p["traps"])
        if problems:
            raise SystemExit(f"sao {slug}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
