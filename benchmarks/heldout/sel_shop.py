"""Plan of the Seoul shop: 달빛공방 DALBIT ATELIER, a small brand in Seongsu-dong (KRW).

Wix Stores products export (Store Products > More Actions > Export): one
`Product` row per product and, for products with options, one `Variant` row
per option combination under the same handleId; productImageUrl holds Wix
media file names (`<site>_<32 hex>~mv2.jpg`) separated by `;`; collection
names separated by `;`; option choices separated by `;` on the Product row and
one choice per Variant row; price on the Product row, the variant's price
difference in `surcharge`; `discountMode` / `discountValue` give the sale
(PERCENT or AMOUNT); `visible` true / false (hidden products).
"""

from __future__ import annotations

import hashlib
import os
import random

from fifteenth_common import XMETALS, XSTONES, Variant, evidence, render_spec, truth_record, wchoice

CURRENCY = "KRW"
SITE = "7c2e91"
EXPORT_NAME = "catalog_products.csv"

HEADER = (["handleId", "fieldType", "name", "description", "productImageUrl", "collection", "sku", "ribbon", "price",
           "surcharge", "visible", "discountMode", "discountValue", "inventory", "weight", "cost"]
          + [f"productOption{k}{i}" for i in range(1, 7) for k in ("Name", "Type", "Description")]
          + [f"additionalInfo{k}{i}" for i in range(1, 7) for k in ("Title", "Description")]
          + [f"customText{k}{i}" for i in range(1, 3) for k in ("Field", "CharLimit", "Mandatory")]
          + ["brand"])

# KRW per gram of finished metal, and bench work per piece
GRAM = {"Y14": 82000, "W14": 84000, "R14": 82000, "Y18": 108000, "W18": 110000, "R18": 108000,
        "S925": 1900, "GPS": 2300, "RGPS": 2300, "SS": 700, "GPSS": 900, "TI": 1500}
BENCH = {"Y14": 70000, "W14": 75000, "R14": 70000, "Y18": 95000, "W18": 100000, "R18": 95000,
         "S925": 26000, "GPS": 30000, "RGPS": 30000, "SS": 12000, "GPSS": 15000, "TI": 18000}
STONE_KRW = {None: 0, "cz": 4000, "cz pink": 4000, "cz green": 4000, "cz blue": 4000, "pearl": 18000,
             "moonstone": 22000, "mop": 15000, "garnet": 35000, "amethyst": 35000, "aquamarine": 55000,
             "white topaz": 30000, "emerald": 120000, "ruby": 110000, "peridot": 35000, "blue sapphire": 120000,
             "opal": 60000, "citrine": 35000, "blue topaz": 35000}

KO_COL = {"yellow": "옐로우골드", "white": "화이트골드", "rose": "로즈골드"}
KO_STONE = {"cz": "큐빅", "cz pink": "핑크 큐빅", "cz green": "그린 큐빅", "cz blue": "블루 큐빅", "pearl": "담수진주",
            "moonstone": "문스톤", "mop": "자개", "diamond": "다이아몬드", "lab": "랩다이아",
            "garnet": "가넷", "amethyst": "자수정", "aquamarine": "아쿠아마린", "white topaz": "화이트 토파즈",
            "emerald": "에메랄드", "ruby": "루비", "peridot": "페리도트", "blue sapphire": "블루 사파이어",
            "opal": "오팔", "citrine": "시트린", "blue topaz": "블루토파즈"}
BIRTH = [("1월 가넷", "garnet"), ("2월 자수정", "amethyst"), ("3월 아쿠아마린", "aquamarine"),
         ("4월 화이트 토파즈", "white topaz"), ("5월 에메랄드", "emerald"), ("6월 문스톤", "moonstone"),
         ("7월 루비", "ruby"), ("8월 페리도트", "peridot"), ("9월 블루 사파이어", "blue sapphire"),
         ("10월 오팔", "opal"), ("11월 시트린", "citrine"), ("12월 블루토파즈", "blue topaz")]
SIZES_W = ["5호", "7호", "9호", "11호", "13호", "15호"]
SIZES_M = ["13호", "15호", "17호", "19호", "21호", "23호"]

# design lines: key, truth category, render kind/style, Korean name, metal codes, stones, grams, count, extras
DESIGNS = [
    dict(key="ball", cat="ring", kind="ring", style="band", name="데일리 볼 링", codes=["Y14", "W14", "R14"], stones=[None], g=(1.1, 1.8), n=4, size=True),
    dict(key="twist", cat="ring", kind="ring", style="band", name="꼬임 반지", codes=["Y14", "R14", "S925", "GPS"], stones=[None], g=(1.3, 2.2), n=4, size=True),
    dict(key="soli", cat="engagement ring", kind="ring", style="solitaire", name="솔리테어 프로포즈 반지", codes=["W14", "W18", "Y18"], stones=["lab", "diamond"], g=(2.0, 2.8), n=4, size=True),
    dict(key="couple", cat="ring", kind="ring", style="plain", name="커플링", codes=["Y14", "W14", "R14", "S925"], stones=[None, "cz"], g=(2.0, 3.5), n=4, size=True, couple=True),
    dict(key="wedding", cat="wedding band", kind="ring", style="wedding", name="웨딩밴드", codes=["W18", "Y18", "R18", "W14"], stones=[None, "diamond"], g=(3.0, 4.5), n=4, size=True),
    dict(key="moon", cat="ring", kind="ring", style="bezel", name="달빛 문스톤 반지", codes=["S925", "GPS", "Y14"], stones=["moonstone"], g=(1.6, 2.4), n=3, size=True),
    dict(key="birth", cat="ring", kind="ring", style="bezel", name="탄생석 반지", codes=["Y14", "S925"], stones=["birth"], g=(1.4, 2.0), n=2, size=False),
    dict(key="rose", cat="ring", kind="ring", style="flower", name="로즈 플라워 링", codes=["Y14", "W14"], stones=[None, "cz"], g=(1.5, 2.2), n=2, size=True, trap="로즈 플라워"),
    dict(key="enamel", cat="ring", kind="ring", style="signet", name="에나멜 시그넷 링", codes=["S925"], stones=[None], g=(3.0, 4.0), n=2, size=False, enamel=True),
    dict(key="spark", cat="ring", kind="ring", style="stacking", name="반짝 레이어드 링", codes=["Y14", "R14", "W14"], stones=["cz"], g=(1.0, 1.5), n=3, size=True, hide_stone=True),
    dict(key="onetouch", cat="earrings", kind="earrings", style="huggie", name="원터치 링 귀걸이", codes=["Y14", "W14", "R14", "S925", "SS"], stones=[None, "cz"], g=(0.8, 1.5), n=5),
    dict(key="drop", cat="earrings", kind="earrings", style="drop", name="물방울 드롭 귀걸이", codes=["Y14", "S925", "GPS"], stones=["cz", "cz pink", "pearl"], g=(0.9, 1.6), n=4),
    dict(key="pearlstud", cat="earrings", kind="earrings", style="stud", name="담수진주 귀걸이", codes=["Y14", "S925", "GPS"], stones=["pearl"], g=(0.5, 0.9), n=3),
    dict(key="piercing", cat="earrings", kind="earrings", style="stud", name="볼 피어싱", codes=["SS", "TI", "Y14", "GPSS"], stones=[None, "cz"], g=(0.3, 0.6), n=5, single=True),
    dict(key="clip", cat="earrings", kind="earrings", style="hoop", name="귀찌", codes=["S925", "GPS", "SS"], stones=[None, "pearl"], g=(1.0, 2.0), n=3),
    dict(key="cuff", cat="earrings", kind="earrings", style="huggie", name="이어커프", codes=["S925", "GPS", "Y14"], stones=[None, "cz"], g=(0.6, 1.2), n=2, single=True),
    dict(key="heart", cat="necklace", kind="pendant", pendant="heart", name="미니 하트 목걸이", codes=["Y14", "R14", "W14", "S925"], stones=[None, "cz"], g=(1.5, 2.5), n=4, length=True),
    dict(key="clover", cat="necklace", kind="pendant", pendant="round", name="클로버 목걸이", codes=["Y14", "Y18", "S925", "GPS"], stones=["mop", None], g=(1.8, 3.0), n=4, length=True),
    dict(key="soli_nk", cat="necklace", kind="pendant", pendant="solitaire", name="한알 목걸이", codes=["W14", "Y14", "R14"], stones=["lab", "cz", "diamond"], g=(1.6, 2.2), n=4, length=True),
    dict(key="pendant", cat="pendant", kind="pendant", pendant="drop", name="이니셜 펜던트", codes=["Y14", "W14", "S925"], stones=[None], g=(0.6, 1.2), n=3, chain=False),
    dict(key="pearl_nk", cat="necklace", kind="necklace", style="beaded", name="담수진주 목걸이", codes=["S925", "Y14"], stones=["pearl"], g=(2.5, 4.0), n=3, length=True, sc=85000),
    dict(key="chain", cat="chain", kind="chain", style="cable", name="체인", codes=["Y14", "Y18", "S925", "SS"], stones=[None], g=(1.5, 4.0), n=4, length=True, diacut=True),
    dict(key="tennis", cat="bracelet", kind="bracelet", style="tennis", name="테니스 팔찌", codes=["S925", "W14", "GPS"], stones=["cz"], g=(4.0, 7.0), n=3),
    dict(key="chainbr", cat="bracelet", kind="bracelet", style="chain", name="체인 팔찌", codes=["Y14", "R14", "S925", "SS"], stones=[None], g=(1.5, 3.0), n=4),
    dict(key="bangle", cat="bangle", kind="bangle", style="single", name="뱅글", codes=["Y14", "S925", "GPS", "TI"], stones=[None, "cz"], g=(4.0, 9.0), n=3),
    dict(key="anklet", cat="anklet", kind="anklet", style="single", name="볼체인 발찌", codes=["Y14", "S925", "SS"], stones=[None], g=(1.5, 3.0), n=3),
    dict(key="brooch", cat="brooch", kind="brooch", style="flower", name="진주 브로치", codes=["GPS", "S925"], stones=["pearl", "cz"], g=(4.0, 7.0), n=2),
]

COLL = {"ring": "Ring", "engagement ring": "Wedding & Proposal", "wedding band": "Wedding & Proposal",
        "earrings": "Earring", "necklace": "Necklace", "pendant": "Necklace", "chain": "Necklace",
        "bracelet": "Bracelet", "bangle": "Bracelet", "anklet": "Anklet", "brooch": "ETC"}


def krw(x: float) -> int:
    return int(round(x / 1000.0)) * 1000 - (1000 if x > 30000 else 0)


def won(n: int) -> str:
    return f"{n:,}원"


def josa(word: str, pair: str) -> str:
    """Glue the right particle: josa("큐빅", "을/를") -> "큐빅을", josa("진주", "을/를") -> "진주를"."""
    with_b, without = pair.split("/")
    ch = word.strip()[-1]
    batchim = "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 != 0
    return word + (with_b if batchim else without)


def man(n: int) -> str:
    """89000 -> 8만 9천원, 120000 -> 12만원"""
    m, rest = divmod(n, 10000)
    c = rest // 1000
    return f"{m}만 {c}천원" if c else f"{m}만원"


def metal_ko(rng, code, colour=True):
    m = XMETALS[code]
    if code in ("Y14", "W14", "R14", "Y18", "W18", "R18"):
        k = f"{m[2]}K"
        if colour:
            c = KO_COL[m[1]] if not (m[1] == "rose" and rng.random() < 0.4) else "핑크골드"
            return rng.choice([f"{k} {c}", f"{k} {c}", f"{c} {k}"])
        return rng.choice([k, f"{k} 골드", f"{m[2]}금"])
    return {"S925": rng.choice(["925 실버", "실버925", "스털링 실버(925)"]),
            "GPS": rng.choice(["925 실버 위 14K 골드 도금", "실버925 + 골드 도금"]),
            "RGPS": "925 실버 로즈골드 도금",
            "SS": rng.choice(["써지컬 스틸(316L)", "써지컬스틸"]),
            "GPSS": "써지컬 스틸 골드 IP 코팅",
            "TI": "티타늄"}[code]


def make_product(rng, d, i, serial):
    code = rng.choice(d["codes"])
    stone = rng.choice(d["stones"])
    gold = code[0] in "YWR"
    p = {"serial": serial, "cat": d["cat"], "code": code, "stone": stone, "traps": [], "others": [], "d": d}
    birth = stone == "birth"
    if birth:
        stone = "garnet"
        p["stone"] = stone
    if stone == "lab":
        p["lab"] = True
    grams = round(rng.uniform(*d["g"]), 2)
    stone_cost = d.get("sc", STONE_KRW.get(stone, 0))
    carat = None
    if stone in ("lab", "diamond"):
        carat = rng.choice([0.1, 0.2, 0.3, 0.5]) if d["cat"] != "wedding band" else rng.choice([0.03, 0.05])
        stone_cost = int(carat * (1600000 if stone == "lab" else 5200000) * (1 + carat))
    p["carat"] = carat
    base = grams * GRAM[code] + BENCH[code] + stone_cost
    if d.get("single"):
        base *= 0.55
    # --- placements --------------------------------------------------------------
    mc_place = wchoice(rng, [("title", 45), ("body", 18), ("info", 10), ("options", 14), ("collection", 5), ("photo", 8)]) if gold else \
        wchoice(rng, [("title", 70), ("body", 20), ("info", 10)])
    st_place = None if stone is None else ("nowhere" if d.get("hide_stone") else
                                           wchoice(rng, [("title", 60), ("body", 22), ("info", 10), ("collection", 8)]))
    if birth:
        st_place = "options"
    # --- axes ----------------------------------------------------------------------
    axes = []  # (name, [(value, dict(code=, stone=, add=))])
    if mc_place == "options" and gold:
        k = XMETALS[code][2]
        cols = [c for c in ("Y", "W", "R") if f"{c}{k}" in XMETALS]
        first = code[0]
        order = [first] + [c for c in cols if c != first]
        axes.append(("색상", [(KO_COL[XMETALS[f'{c}{k}'][1]], dict(code=f"{c}{k}", add=0)) for c in order]))
    if gold and rng.random() < 0.25 and code[1:] == "14" and d["cat"] in ("ring", "necklace", "earrings", "wedding band"):
        axes.append(("소재", [("14K", dict(add=0)), ("18K", dict(karat18=True, add=None))]))
    if birth:
        axes.append(("탄생석", [(lbl, dict(stone=s, add=STONE_KRW[s] - STONE_KRW["garnet"])) for lbl, s in BIRTH]))
    if d.get("size") and len(axes) < 2:
        sizes = SIZES_M if (d.get("couple") and i % 2) else SIZES_W
        if d["cat"] == "wedding band":
            sizes = ["9호", "11호", "13호", "15호", "17호", "19호", "21호"]
        axes.append(("사이즈", [(s, dict(add=(20000 if gold and int(s[:-1]) >= 17 else 0))) for s in sizes]))
    if d.get("length") and len(axes) < 2:
        axes.append(("길이", [("40cm", dict(add=0)), ("45cm", dict(add=(15000 if gold else 3000)))]))
    if d.get("single") and len(axes) < 2:
        axes.append(("구성", [("한쪽", dict(add=0)), ("양쪽", dict(double=True, add=None))]))
    if d.get("enamel"):
        axes = [("컬러", [("루비레드", dict(add=0)), ("사파이어블루", dict(add=0)), ("에메랄드그린", dict(add=0)),
                        ("블랙", dict(add=0))])]
        p["traps"] += ["루비레드", "사파이어블루", "에메랄드그린"]
    # --- variants ----------------------------------------------------------------------
    price0 = krw(base)
    combos = [[]]
    for nm, vals in axes:
        combos = [c + [v] for c in combos for v in vals]
    vs = []
    for c in combos:
        vcode, vstone, add = code, stone, 0
        for val, mod in c:
            vcode = mod.get("code", vcode)
            vstone = mod.get("stone", vstone)
            if mod.get("karat18"):
                vcode = vcode[0] + "18"
            if mod.get("add") is not None:
                add += mod["add"]
        if vcode != code and XMETALS[vcode][2] != XMETALS[code][2]:
            add += krw(grams * (GRAM[vcode] - GRAM[code]) + BENCH[vcode] - BENCH[code])
        if any(mod.get("double") for _, mod in c):
            add += price0 - (price0 // 10000) * 1000
        vs.append(Variant(opts=[v for v, _ in c], code=vcode, stone=vstone, price=price0 + add, grams=grams))
    p["price0"] = price0
    p["axes"] = axes
    p["variants"] = vs
    p["mc_place"], p["st_place"] = mc_place, st_place
    p["grams"] = grams
    return p


def write_listing(rng, p):
    d, code, stone = p["d"], p["code"], p["stone"]
    gold = code[0] in "YWR"
    mcol = p["mc_place"]
    stp = p["st_place"]
    name = d["name"]
    # title
    t_metal = metal_ko(rng, code, colour=(mcol == "title"))
    t_stone = (KO_STONE[stone] + " ") if stp == "title" and stone not in ("lab", "diamond") else ""
    if stp == "title" and stone in ("lab", "diamond"):
        t_stone = f"{KO_STONE[stone]} {p['carat']}ct "
    nm = name
    if d["key"] == "pearlstud" and stp != "title":
        nm = "라운드 스터드 귀걸이"
    if d["key"] == "pearl_nk" and stp != "title":
        nm = "라운드 비즈 목걸이"
    if d["key"] == "brooch" and (stp != "title" or stone != "pearl"):
        nm = "플라워 브로치"
    if d["key"] == "moon" and stp != "title":
        nm = "달빛 반지"
    if d["key"] == "birth":
        nm = "탄생석 반지"
    if stone and (KO_STONE[stone] in nm or KO_STONE[stone].replace("담수", "") in nm):
        t_stone = ""
    cat_in_title = True
    if rng.random() < 0.08 and d["cat"] in ("ring", "earrings", "necklace"):
        nm = rng.choice(["Luna", "Haru", "Bom", "Sori", "Dami"]) + " " + rng.choice(["no.1", "no.2", "mini", "", "♡"])
        nm = nm.strip()
        cat_in_title = False
    fmt = rng.choice(["{m} {s}{n}", "[{m}] {s}{n}", "{s}{n} ({m})", "{m} {s}{n}", "{s}{n} - {m}"])
    if gold and mcol != "title" and t_metal.endswith("금") and "[" not in fmt and "(" not in fmt:
        t_metal = f"[{t_metal}]"
    if code in ("GPS", "RGPS", "GPSS") and "(" in fmt:
        fmt = "{s}{n} - {m}"
    title = fmt.format(m=t_metal, s=t_stone, n=nm).replace("  ", " ").strip()
    if rng.random() < 0.15:
        title = rng.choice(["[당일발송] ", "[BEST] ", "♡ ", "(재입고) "]) + title
    if d["key"] == "piercing" and "mm" not in title:
        title += f" {rng.choice(['3mm', '4mm', '2mm'])}"
    p["title"] = title
    # body
    body = []
    kind_ko = {"ring": "반지", "engagement ring": "반지", "wedding band": "웨딩밴드", "earrings": "귀걸이", "necklace": "목걸이",
               "pendant": "펜던트", "chain": "체인 목걸이", "bracelet": "팔찌", "bangle": "뱅글", "anklet": "발찌", "brooch": "브로치"}[d["cat"]]
    if not cat_in_title:
        body.append(f"매일 끼기 좋은 {josa(kind_ko, '이에요/예요')}.")
    intro = rng.choice([f"데일리로 부담 없이 착용하기 좋은 {name.split()[-1]}입니다.",
                        "은은한 광택으로 어떤 룩에도 잘 어울려요.",
                        "선물용으로 가장 많이 찾으시는 디자인이에요 :)",
                        "얇고 가벼워서 레이어드하기 좋아요."])
    body.append(intro)
    p["traps"].append("은은한")
    if mcol == "body" or not gold:
        if mcol == "body" or (not gold and mcol == "body"):
            body.append(f"소재는 {metal_ko(rng, code, colour=True)}입니다.")
    if gold and mcol not in ("body",) and rng.random() < 0.5:
        body.append(f"{XMETALS[code][2]}K 골드로 제작되어 변색 걱정이 없어요.")
    if stp == "body":
        s = KO_STONE[stone]
        if stone in ("lab", "diamond"):
            body.append(f"중앙에 {p['carat']}ct {josa(s, '이/가')} 세팅되어 있습니다." + (" (랩그로운 다이아몬드, IGI 감정서 포함)" if stone == "lab" else " (GIA 감정서)"))
        else:
            body.append(f"{josa(s, '을/를')} 포인트로 세팅했어요.")
    if stone in ("lab", "diamond") and stp == "title":
        body.append("감정서가 함께 제공됩니다." if stone == "diamond" else "랩그로운 다이아몬드로 천연과 같은 광채를 가졌어요.")
    if d.get("diacut"):
        body.append("다이아 컷팅 처리로 빛을 받으면 반짝여요.")
        p["traps"].append("다이아 컷팅")
    if d.get("couple"):
        body.append("커플링은 1개 가격입니다. 두 개 구매 시 옵션을 각각 선택해 주세요.")
    if d["key"] == "rose":
        p["traps"].append("로즈 플라워")
    if d.get("single"):
        body.append("한쪽 / 양쪽 선택 가능합니다.")
    if d["cat"] == "pendant":
        body.append("체인은 포함되지 않은 펜던트 단품입니다.")
        p["sold_with_chain"] = False
    if d.get("size") and any(m.get("add") for _, m in dict(p["axes"]).get("사이즈", [])):
        body.append(rng.choice(["17호 이상은 +20,000원 추가됩니다.", "17호부터 2만원 추가 (금 중량 차이)"]))
    if rng.random() < 0.3 and not d.get("single"):
        body.append(f"가격: {won(p['price0'])}" if rng.random() < 0.5 else f"판매가 {man(p['price0'])}")
    if d["key"] == "birth":
        body.append("태어난 달의 탄생석을 선택해 주세요. 12가지 탄생석 중 선택 가능합니다.")
    if code in ("GPS", "GPSS") and rng.random() < 0.5:
        body.append("도금 제품 특성상 향수, 물기에 주의해 주세요.")
    body.append(rng.choice(["", "", "주문 후 제작되어 7~10일 소요됩니다.", "평일 오후 2시 이전 주문 시 당일 발송!"]))
    p["body"] = "".join(f"<p>{b}</p>" for b in body if b)
    # additional info
    info = []
    mat = metal_ko(rng, code, colour=(mcol == "info" or not gold))
    if mcol == "photo" or mcol in ("title", "options", "collection"):
        mat = metal_ko(rng, code, colour=False) if gold else mat
    det = mat
    if stp == "info":
        det += f" / {KO_STONE[stone]}" + (f" {p['carat']}ct" if p.get("carat") else "")
    if d.get("size"):
        det += " / 링 두께 " + rng.choice(["1.2mm", "1.5mm", "2mm", "2.5mm"])
    info.append(("소재 및 사이즈", det))
    info.append(("배송 안내", rng.choice(["매주 금요일 일괄 출고됩니다.", "평일 2시 이전 결제 시 당일 출고", "제작 상품으로 7~14일 소요"])))
    p["traps"].append("금요일")
    if rng.random() < 0.4:
        info.append(("교환 및 반품", "제작 상품은 단순 변심으로 인한 교환/반품이 어렵습니다."))
    p["info"] = info
    # collections
    coll = [COLL[d["cat"]]]
    if gold:
        coll.append(rng.choice([f"{XMETALS[code][2]}K Gold", "Gold Collection"]))
    elif code in ("S925", "GPS", "RGPS"):
        coll.append("Silver 925")
    elif code == "TI":
        coll.append("Titanium")
    else:
        coll.append("Surgical Steel")
    if mcol == "collection":
        coll.append({"yellow": "옐로우골드", "white": "화이트골드", "rose": "로즈골드"}[XMETALS[code][1]])
    if stp == "collection":
        coll.append({"pearl": "Pearl", "moonstone": "Moonstone", "mop": "Mother of Pearl", "lab": "Lab Diamond",
                     "diamond": "Diamond"}.get(stone, "Cubic"))
    if d["key"] in ("twist", "ball") and code == "S925" or (d["key"] == "chainbr" and rng.random() < 0.5 and stone is None):
        coll.append("Pearl Moon")
        p["traps"].append("Pearl Moon")
    if d["key"] in ("soli", "wedding"):
        coll.append("Wedding & Proposal")
    if rng.random() < 0.25:
        coll.append("Gift Ideas")
    p["collection"] = ";".join(dict.fromkeys(coll))
    p["shop_category"] = p["collection"]


def media_name(serial, j):
    h = hashlib.md5(f"sel-{serial}-{j}".encode()).hexdigest()
    return f"{SITE}_{h}~mv2.jpg"


def build(OUT, images=True, seed=2015):
    rng = random.Random(seed)
    outdir = os.path.join(OUT, "sel_shop")
    imgdir = os.path.join(outdir, "images")
    os.makedirs(imgdir, exist_ok=True)
    prods, serial = [], 0
    for d in DESIGNS:
        for i in range(d["n"]):
            serial += 1
            prods.append(make_product(rng, d, i, serial))
    rng.shuffle(prods)
    for p in prods:
        write_listing(rng, p)
    idx = list(range(len(prods)))
    rng.shuffle(idx)
    for p in prods:
        p["status"] = "active"
    for k in idx[:5]:
        prods[k]["status"] = "hidden"
    broken = set(idx[5:7])
    rows, truths, jobs = [], [], []
    for n, p in enumerate(prods):
        prng = random.Random(seed * 1000 + p["serial"])
        d = p["d"]
        handle = hashlib.md5(f"sel-handle-{p['serial']}".encode()).hexdigest()
        handle = f"{handle[:8]}-{handle[8:12]}-{handle[12:16]}-{handle[16:20]}-{handle[20:32]}"
        p["handle"] = handle
        # discount
        disc_mode, disc_val = "", ""
        if prng.random() < 0.18:
            if prng.random() < 0.6:
                disc_mode, disc_val = "PERCENT", prng.choice([10, 15, 20])
            else:
                amts = [a for a in (5000, 10000, 20000) if a <= 0.2 * p["price0"]]
                disc_mode, disc_val = ("AMOUNT", prng.choice(amts)) if amts else ("PERCENT", 10)
        for v in p["variants"]:
            full = v.price
            if disc_mode == "PERCENT":
                v.price, v.compare = int(round(full * (100 - disc_val) / 100)), full
            elif disc_mode == "AMOUNT":
                v.price, v.compare = full - disc_val, full
        # images
        imgs = [media_name(p["serial"], 0)]
        main_spec = render_spec(d["kind"], d.get("style"), p["code"], p["stone"], d.get("pendant"),
                                chain=(d.get("chain", True) if d["kind"] == "pendant" else None))
        if d["key"] == "piercing":
            main_spec["style"] = "stud"
        specs = [main_spec]
        if prng.random() < 0.35:
            imgs.append(media_name(p["serial"], 1))
            specs.append(dict(main_spec))
        is_broken = n in broken
        extra = []
        for j, (fn, sp) in enumerate(zip(imgs, specs)):
            if j == 0 and is_broken:
                continue
            jobs.append((os.path.join(imgdir, fn), sp, 70000 + p["serial"] * 11 + j))
            if j:
                extra.append("images/" + fn)
        # rows
        vs = p["variants"]
        has_opts = bool(p["axes"])
        r = dict.fromkeys(HEADER, "")
        ribbon = ""
        if disc_mode:
            ribbon = prng.choice(["SALE", "세일", "SALE"])
        elif prng.random() < 0.15:
            ribbon = prng.choice(["NEW", "BEST", "품절임박"])
        r.update({"handleId": handle, "fieldType": "Product", "name": p["title"], "description": p["body"],
                  "productImageUrl": ";".join(imgs), "collection": p["collection"],
                  "sku": "" if has_opts and prng.random() < 0.5 else f"DB{p['serial']:04d}",
                  "ribbon": ribbon, "price": str(p["price0"]), "surcharge": "",
                  "visible": "true" if p["status"] == "active" else "false",
                  "discountMode": disc_mode, "discountValue": str(disc_val) if disc_mode else "",
                  "inventory": "InStock" if prng.random() > 0.08 else "OutOfStock",
                  "weight": f"{max(0.01, round(p['grams'] / 1000 + 0.02, 2))}" if prng.random() < 0.4 else "",
                  "cost": "", "brand": "DALBIT ATELIER" if prng.random() < 0.7 else ""})
        if prng.random() < 0.3:
            r["inventory"] = str(prng.randint(0, 12))
        for a, (nm, vals) in enumerate(p["axes"][:2]):
            r[f"productOptionName{a + 1}"] = nm
            r[f"productOptionType{a + 1}"] = "DROP_DOWN"
            r[f"productOptionDescription{a + 1}"] = ";".join(v for v, _ in vals)
        for a, (tt, dd) in enumerate(p["info"][:6]):
            r[f"additionalInfoTitle{a + 1}"] = tt
            r[f"additionalInfoDescription{a + 1}"] = f"<p>{dd}</p>"
        if d["key"] in ("pendant", "couple") and prng.random() < 0.6:
            r["customTextField1"] = "각인 문구 (영문 10자 이내)"
            r["customTextCharLimit1"] = "10"
            r["customTextMandatory1"] = "false"
        rows.append(r)
        if has_opts:
            for j, v in enumerate(vs):
                v.sku = f"DB{p['serial']:04d}-{j + 1:02d}" if prng.random() < 0.7 else ""
                vr = dict.fromkeys(HEADER, "")
                full = v.compare if v.compare else v.price
                vr.update({"handleId": handle, "fieldType": "Variant", "sku": v.sku, "surcharge": str(full - p["price0"]),
                           "visible": "true", "inventory": "InStock" if prng.random() > 0.05 else "OutOfStock",
                           "weight": ""})
                for a, (nm, _) in enumerate(p["axes"][:2]):
                    vr[f"productOptionDescription{a + 1}"] = v.opts[a]
                rows.append(vr)
        names = [a[0] for a in p["axes"]]
        truth = truth_record(p, vs, names, CURRENCY, None if is_broken else "images/" + imgs[0], imgs[0], is_broken,
                             main_spec, extra, "full_price")
        truth["wix_discount"] = {"mode": disc_mode, "value": disc_val} if disc_mode else None
        fields = {"title": p["title"], "body": p["body"], "info": " ".join(f"{a}: {b}." for a, b in p["info"]),
                  "collection": p["collection"].replace(";", ", "),
                  "options": " ".join(f"{nm}: {', '.join(v for v, _ in vals)}." for nm, vals in p["axes"])}
        written = " ".join(fields.values())
        p["traps"] = [x for x in dict.fromkeys(p["traps"]) if x in written]
        truth.pop("traps", None)
        if p["traps"]:
            truth["traps"] = p["traps"]
        ev, problems = evidence(truth, fields, not is_broken, p["traps"])
        if problems:
            raise SystemExit(f"sel {p['title']}: contradictions {problems}\n{fields}")
        truth["evidence"] = ev
        truths.append(truth)
    return truths, rows, jobs, outdir
