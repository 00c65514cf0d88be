"""Riga shop: rotaslietu salons «Vecrīga», Rīga (nopCommerce 4.70, EUR, Latvian).

Its export is the admin's Catalog > Products > Export > "Export to Excel (all found)": the .xlsx
nopCommerce's ExportManager.ExportProductsToXlsxAsync writes with ClosedXML, in the path taken
when product attributes are exported (ExportProductsToXlsxWithAttributesAsync): sheet
"Product" with one caption row of product properties (ProductId, ProductType,
ParentGroupedProductId, VisibleIndividually, Name, ShortDescription, FullDescription, Vendor,
ProductTemplate, ShowOnHomepage, ... Published, SKU, ManufacturerPartNumber, Gtin, ...,
StockQuantity, ..., Price, OldPrice, ..., Categories, Manufacturers, ProductTags, Picture1,
Picture2, Picture3), then per product its row and, under it, a caption row and one row per
value of its product attributes (written from column C: ExportProductAttribute
.ProductAttributeCellOffset = 2), then a caption row and the rows of its specification
attributes.  Every value is written as text (value.ToString(): "True", "129.0000"); drop-down
properties as the item's text ("Simple product").  Ring sizes are the values of the product
attribute "Izmērs" with a PriceAdjustment each.  Three very hidden filter sheets follow
(ProductsFilters, ProductAttributesFilters, SpecificationAttributesFilters).  See
data/heldout/rix_shop/SHOP.md.
"""

from __future__ import annotations

import os
import random
import re

from thirtysecond_common import (LV, Variant, deaccent_lv, eur_lv, evidence, photo_spec, read_xlsx_rows, truth_record,
                                 wchoice, write_xlsx_sheets)

CURRENCY = "EUR"
EXPORT_NAME = "products_2026-12-07-09-00-00_4821.xlsx"
PREFIX = "/var/www/nopcommerce/wwwroot/images/thumbs/"
HEADER = ["ProductId", "ProductType", "ParentGroupedProductId", "VisibleIndividually", "Name", "ShortDescription",
          "FullDescription", "Vendor", "ProductTemplate", "ShowOnHomepage", "DisplayOrder", "MetaKeywords",
          "MetaDescription", "MetaTitle", "SeName", "AllowCustomerReviews", "Published", "SKU", "ManufacturerPartNumber",
          "Gtin", "IsGiftCard", "GiftCardType", "OverriddenGiftCardAmount", "RequireOtherProducts", "RequiredProductIds",
          "AutomaticallyAddRequiredProducts", "IsDownload", "DownloadId", "UnlimitedDownloads", "MaxNumberOfDownloads",
          "DownloadActivationType", "HasSampleDownload", "SampleDownloadId", "HasUserAgreement", "UserAgreementText",
          "IsRecurring", "RecurringCycleLength", "RecurringCyclePeriod", "RecurringTotalCycles", "IsRental",
          "RentalPriceLength", "RentalPricePeriod", "IsShipEnabled", "IsFreeShipping", "ShipSeparately",
          "AdditionalShippingCharge", "DeliveryDate", "IsTaxExempt", "TaxCategory",
          "IsTelecommunicationsOrBroadcastingOrElectronicServices", "ManageInventoryMethod", "ProductAvailabilityRange",
          "UseMultipleWarehouses", "WarehouseId", "StockQuantity", "DisplayStockAvailability", "DisplayStockQuantity",
          "MinStockQuantity", "LowStockActivity", "NotifyAdminForQuantityBelow", "BackorderMode",
          "AllowBackInStockSubscriptions", "OrderMinimumQuantity", "OrderMaximumQuantity", "AllowedQuantities",
          "AllowAddingOnlyExistingAttributeCombinations", "NotReturnable", "DisableBuyButton", "DisableWishlistButton",
          "AvailableForPreOrder", "PreOrderAvailabilityStartDateTimeUtc", "CallForPrice", "Price", "OldPrice",
          "ProductCost", "CustomerEntersPrice", "MinimumCustomerEnteredPrice", "MaximumCustomerEnteredPrice",
          "BasepriceEnabled", "BasepriceAmount", "BasepriceUnit", "BasepriceBaseAmount", "BasepriceBaseUnit", "MarkAsNew",
          "MarkAsNewStartDateTimeUtc", "MarkAsNewEndDateTimeUtc", "Weight", "Length", "Width", "Height", "Categories",
          "Manufacturers", "ProductTags", "Picture1", "Picture2", "Picture3"]
ATTR_OFFSET = 2
ATTR_HEADER = ["AttributeId", "AttributeName", "DefaultValue", "ValidationMinLength", "ValidationMaxLength",
               "ValidationFileAllowedExtensions", "ValidationFileMaximumSize", "AttributeTextPrompt", "AttributeIsRequired",
               "AttributeControlType", "AttributeDisplayOrder", "ProductAttributeValueId", "ValueName", "AttributeValueType",
               "AssociatedProductId", "ColorSquaresRgb", "ImageSquaresPictureId", "PriceAdjustment",
               "PriceAdjustmentUsePercentage", "WeightAdjustment", "Cost", "CustomerEntersQty", "Quantity", "IsPreSelected",
               "DisplayOrder", "PictureIds"]
SPEC_HEADER = ["AttributeType", "SpecificationAttribute", "CustomValue", "SpecificationAttributeOptionId",
               "AllowFiltering", "ShowOnProductPage", "DisplayOrder"]
SIZE_ATTR = (3, "Izmērs")
SPEC_OPTION = {"Y14": 11, "W14": 12, "R14": 13, "Y18": 14, "W18": 15, "S925": 16}   # spec "Metāls" option ids

RATE = {"Y14": 78, "W14": 82, "R14": 80, "Y18": 104, "W18": 108}     # EUR / g with making, made up
STONE_EUR = {None: 0, "diamond": 420, "cz": 8, "pearl": 22, "sapphire": 140, "garnet": 24, "amber": 20,
             "amethyst": 26, "topaz": 30}
GOLDS = ("Y14", "W14", "R14", "Y18", "W18")
SILVER = {"S925": (22, 2.3)}
METAL_NAME = {"Y14": ["dzeltenais zelts 585", "no dzeltenā zelta", "zelts 585"], "W14": ["baltais zelts 585", "no baltā zelta"],
              "R14": ["sarkanais zelts 585", "no sarkanā zelta"], "Y18": ["dzeltenais zelts 750 (18K)"],
              "W18": ["baltais zelts 750", "no baltā zelta 18K"], "S925": ["sudrabs 925", "no sudraba"]}
BODY_METAL = {"Y14": ["Izgatavots no 585. provves dzeltenā zelta.", "Dzeltenais zelts, 585. prove (14K)."],
              "W14": ["Baltais zelts 585. prove, rodijots."], "R14": ["Sarkanais zelts, 585. prove."],
              "Y18": ["Dzeltenais zelts 750. prove (18K)."], "W18": ["Baltais zelts 750. prove, rodijots."],
              "S925": ["Sudrabs 925. prove, rodijots.", "925. provves sudrabs ar oksidējumu."]}
STONE_WITH = {"amber": ["ar dzintaru", "ar Baltijas dzintaru"], "cz": ["ar cirkoniju", "ar cirkonijiem"],
              "garnet": ["ar granātu"], "pearl": ["ar pērli", "ar saldūdens pērlēm"], "diamond": ["ar briljantu", "ar dimantu"],
              "sapphire": ["ar safīru"], "amethyst": ["ar ametistu"], "topaz": ["ar topāzu"]}
BODY_STONE = {"amber": ["Dabīgs Baltijas dzintars, medus krāsā.", "Baltijas dzintars, konjaka tonī."],
              "cz": ["Balti cirkoniji."], "garnet": ["Tumši sarkans granāts."], "pearl": ["Balta saldūdens pērle 7 mm."],
              "diamond": ["Briljants, tīrība SI, krāsa H."], "sapphire": ["Dabīgs zils safīrs."],
              "amethyst": ["Violets ametists."], "topaz": ["Zils topāzs (Swiss Blue)."]}
RU_NOUN = {"ring": "Кольцо", "engagement ring": "Помолвочное кольцо", "wedding band": "Обручальное кольцо",
           "earrings": "Серьги", "pendant": "Подвеска", "chain": "Цепочка", "necklace": "Колье", "bracelet": "Браслет"}
RU_METAL = {"Y14": "из жёлтого золота 585", "W14": "из белого золота 585", "R14": "из красного золота 585",
            "Y18": "из жёлтого золота 750", "W18": "из белого золота 750", "S925": "из серебра 925"}
RU_STONE = {"amber": "с янтарём", "cz": "с фианитами", "garnet": "с гранатом", "pearl": "с жемчугом",
            "diamond": "с бриллиантом", "sapphire": "с сапфиром", "amethyst": "с аметистом", "topaz": "с топазом"}
NOUN = {"ring": ["Gredzens", "Sieviešu gredzens", "Vīriešu gredzens"], "engagement ring": ["Saderināšanās gredzens"],
        "wedding band": ["Laulību gredzens"], "earrings": ["Auskari", "Auskari riņķi", "Piekarami auskari"],
        "pendant": ["Piekariņš", "Kulons"], "chain": ["Ķēdīte", "Ķēdīte Enkurs", "Ķēdīte Bizantija"],
        "necklace": ["Kaklarota"], "bracelet": ["Aproce", "Rokassprādze"]}
CATEGORY = {"ring": "Gredzeni", "engagement ring": "Saderināšanās gredzeni", "wedding band": "Laulību gredzeni",
            "earrings": "Auskari", "pendant": "Piekariņi", "chain": "Ķēdītes", "necklace": "Kaklarotas", "bracelet": "Aproces"}
KIND = {"ring": ("ring", "solitaire"), "engagement ring": ("engagement ring", None), "wedding band": ("wedding band", None),
        "earrings": ("earrings", "stud"), "pendant": ("pendant", None), "chain": ("chain", None),
        "necklace": ("necklace", None), "bracelet": ("bracelet", None)}
DESIGN = ["", "", "", "Auseklis", "Saulīte", "Māras krusts", "Lielvārdes josta", "Jumis", "Zalktis", "Laimas slotiņa",
          "Ūsiņš", "Austras koks"]
DESIGNS = [
    ("ring", 14, [("Y14", 4), ("W14", 2), ("R14", 2), ("S925", 6)],
     [("amber", 4), ("cz", 3), ("garnet", 2), ("sapphire", 1), ("amethyst", 1), ("topaz", 1), (None, 2)], (2.0, 5.5), "size"),
    ("engagement ring", 7, [("W14", 3), ("Y14", 2), ("W18", 2)], [("diamond", 6), ("sapphire", 1)], (2.0, 3.6), "size"),
    ("wedding band", 7, [("Y14", 3), ("R14", 2), ("W14", 1), ("Y18", 1)], [(None, 6), ("diamond", 1)], (3.0, 6.5), "size"),
    ("earrings", 16, [("S925", 8), ("Y14", 5), ("W14", 2), ("R14", 1)],
     [(None, 3), ("amber", 5), ("cz", 3), ("pearl", 2), ("garnet", 2), ("diamond", 1)], (1.0, 5.0), None),
    ("pendant", 14, [("S925", 7), ("Y14", 5), ("W14", 1), ("R14", 1)],
     [(None, 5), ("amber", 4), ("cz", 2), ("garnet", 1), ("pearl", 1), ("diamond", 1)], (0.8, 4.0), None),
    ("chain", 7, [("Y14", 3), ("S925", 3), ("W14", 1)], [(None, 1)], (2.0, 9.0), None),
    ("necklace", 8, [("S925", 5), ("Y14", 3)], [("amber", 4), ("pearl", 2), ("garnet", 1), (None, 1)], (4.0, 15.0), None),
    ("bracelet", 11, [("S925", 7), ("Y14", 3), ("R14", 1)], [(None, 4), ("amber", 4), ("cz", 1), ("garnet", 1), ("pearl", 1)], (3.0, 12.0), None),
]
SIZES = ["16", "16,5", "17", "17,5", "18", "18,5", "19", "19,5", "20"]


def r_eur(x):
    """Prices end in 9 euro (129.00)."""
    return float(max(1, int(round(x / 10.0))) * 10 - 1)


def price_of(code, stone, grams, carat=None):
    st = STONE_EUR[stone]
    if stone == "diamond" and carat:
        st = STONE_EUR["diamond"] * (carat / 0.1) ** 1.2
    if code in GOLDS:
        return r_eur(grams * RATE[code] + 20 + st)
    base, per_g = SILVER[code]
    return r_eur(base + per_g * grams + st * 0.7)


def plan(rng):
    prods = []
    for cat, n, metals, stones, grams, axis in DESIGNS:
        for _ in range(n):
            code = wchoice(rng, metals)
            stone = wchoice(rng, stones)
            if code in SILVER and stone in ("diamond", "sapphire"):
                stone = "cz"
            prods.append(dict(cat=cat, code=code, stone=stone, axis=axis, grams=round(rng.uniform(*grams), 2)))
    return prods


def texts(p, rng):
    cat, code, stone = p["cat"], p["code"], p["stone"]
    noun = rng.choice(NOUN[cat])
    p["noun"] = noun
    parts = [noun]
    design = rng.choice(DESIGN)
    if design:
        parts.append(f"„{design}“")
    if rng.random() < 0.6:
        parts.append(rng.choice(METAL_NAME[code]))
    if stone and rng.random() < 0.7:
        parts.append(rng.choice(STONE_WITH[stone]))
    name = " ".join(parts)
    body = []
    if rng.random() < 0.85:
        body.append(rng.choice(BODY_METAL[code]))
    if stone and rng.random() < 0.8:
        body.append(rng.choice(BODY_STONE[stone]))
    elif stone is None and rng.random() < 0.35:
        body.append(rng.choice(["Gluda, pulēta virsma.", "Bez akmeņiem, klasisks modelis."]))
    if p.get("carat"):
        body.append(rng.choice([f"Briljantu kopsvars {p['carat']} ct.", f"Briljants {p['carat']} ct, IGI sertifikāts."]))
    if design:
        body.append(f"Latvju zīme „{design}“.")
    if cat == "pendant":
        chain = rng.random() < 0.3
        body.append("Komplektā ar ķēdīti." if chain else "Ķēdīte nav iekļauta cenā.")
        p["sold_with_chain"] = chain
    if cat == "wedding band":
        body.append("Cena norādīta par vienu gredzenu. Gravēšana bez maksas.")
    if cat == "earrings" and rng.random() < 0.5:
        body.append("Cena par pāri.")
    if rng.random() < 0.2:
        ru = f"{RU_NOUN[cat]} {RU_METAL[code]}" + (f" {RU_STONE[stone]}" if stone and rng.random() < 0.8 else "")
        body.append(ru + ".")
    return name, body


def trap_slots(prods):
    silver = [i for i, p in enumerate(prods) if p["code"] in SILVER]
    gold = [i for i, p in enumerate(prods) if p["code"] in GOLDS]
    return {"box": {silver[k] for k in (3, 14, 27)}, "silverwed": {gold[k] for k in (5, 28)},
            "goldwed": {silver[k] for k in (9, 21)}}


def look_alikes(i, slots, body, traps):
    if i in slots["box"]:
        body.append("Iesaiņots zelta krāsas dāvanu kastītē.")
        traps.append("zelta krāsas kastīte")
    if i in slots["silverwed"]:
        body.append("Lieliska dāvana sudrabkāzās.")
        traps.append("sudrabkāzas")
    if i in slots["goldwed"]:
        body.append("Piemērota dāvana zeltkāzās vecvecākiem.")
        traps.append("zeltkāzas")


def variants_of(p, prng, ref):
    code, stone = p["code"], p["stone"]
    vals = []
    if p["axis"] == "size" and prng.random() < 0.75:
        a = prng.randint(0, 3)
        vals = SIZES[a:a + prng.randint(3, 5)]
    base = price_of(code, stone, p["grams"], p.get("carat"))
    if not vals:
        return [Variant([], code, stone, base, None, p["grams"], ref)], vals, base, []
    vs, adj = [], []
    for j, s in enumerate(vals):
        g = p["grams"] * (1 + 0.03 * j)
        pr = base if j < 3 else price_of(code, stone, g, p.get("carat"))
        adj.append(pr - base)
        vs.append(Variant([s], code, stone, pr, None, g, f"{ref}-{s.replace(',', '.')}"))
    return vs, vals, base, adj


def slug(s):
    s = deaccent_lv(s.lower()).replace("„", "").replace("“", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def d4(x):
    return f"{x:.4f}"


def product_row(pid, p, name, short, full, sku, gtin, published, stock, price, old, grams, cats, tags, pics):
    v = {h: "" for h in HEADER}
    v.update({"ProductId": str(pid), "ProductType": "Simple product", "ParentGroupedProductId": "0",
              "VisibleIndividually": "True", "Name": name, "ShortDescription": short, "FullDescription": full,
              "Vendor": "", "ProductTemplate": "Simple product", "ShowOnHomepage": "False", "DisplayOrder": "0",
              "MetaKeywords": "", "MetaDescription": "", "MetaTitle": name, "SeName": slug(name),
              "AllowCustomerReviews": "True", "Published": str(published), "SKU": sku, "ManufacturerPartNumber": "",
              "Gtin": gtin, "IsGiftCard": "False", "GiftCardType": "Virtual", "OverriddenGiftCardAmount": "",
              "RequireOtherProducts": "False", "RequiredProductIds": "", "AutomaticallyAddRequiredProducts": "False",
              "IsDownload": "False", "DownloadId": "0", "UnlimitedDownloads": "True", "MaxNumberOfDownloads": "10",
              "DownloadActivationType": "When order is paid", "HasSampleDownload": "False", "SampleDownloadId": "0",
              "HasUserAgreement": "False", "UserAgreementText": "", "IsRecurring": "False", "RecurringCycleLength": "100",
              "RecurringCyclePeriod": "Days", "RecurringTotalCycles": "10", "IsRental": "False", "RentalPriceLength": "1",
              "RentalPricePeriod": "Days", "IsShipEnabled": "True", "IsFreeShipping": "False", "ShipSeparately": "False",
              "AdditionalShippingCharge": d4(0), "DeliveryDate": "", "IsTaxExempt": "False", "TaxCategory": "",
              "IsTelecommunicationsOrBroadcastingOrElectronicServices": "False", "ManageInventoryMethod": "Manage stock",
              "ProductAvailabilityRange": "", "UseMultipleWarehouses": "False", "WarehouseId": "0",
              "StockQuantity": str(stock), "DisplayStockAvailability": "True", "DisplayStockQuantity": "False",
              "MinStockQuantity": "0", "LowStockActivity": "Nothing", "NotifyAdminForQuantityBelow": "1",
              "BackorderMode": "No backorders", "AllowBackInStockSubscriptions": "False", "OrderMinimumQuantity": "1",
              "OrderMaximumQuantity": "10000", "AllowedQuantities": "", "AllowAddingOnlyExistingAttributeCombinations": "False",
              "NotReturnable": "False", "DisableBuyButton": "False", "DisableWishlistButton": "False",
              "AvailableForPreOrder": "False", "PreOrderAvailabilityStartDateTimeUtc": "", "CallForPrice": "False",
              "Price": d4(price), "OldPrice": d4(old), "ProductCost": d4(0), "CustomerEntersPrice": "False",
              "MinimumCustomerEnteredPrice": d4(0), "MaximumCustomerEnteredPrice": d4(1000), "BasepriceEnabled": "False",
              "BasepriceAmount": d4(0), "BasepriceUnit": "gram(s)", "BasepriceBaseAmount": d4(0),
              "BasepriceBaseUnit": "gram(s)", "MarkAsNew": "False", "MarkAsNewStartDateTimeUtc": "",
              "MarkAsNewEndDateTimeUtc": "", "Weight": d4(grams / 1000.0), "Length": d4(0), "Width": d4(0),
              "Height": d4(0), "Categories": cats, "Manufacturers": "", "ProductTags": tags,
              "Picture1": pics[0], "Picture2": pics[1], "Picture3": pics[2]})
    return [v[h] for h in HEADER]


def attr_rows(vals, adj, value_id):
    rows = [[""] * ATTR_OFFSET + ATTR_HEADER]
    for j, (s, a) in enumerate(zip(vals, adj)):
        rows.append([""] * ATTR_OFFSET + [str(SIZE_ATTR[0]), SIZE_ATTR[1], "", "", "", "", "", "Izvēlieties izmēru", "True",
                                          "Drop-down list", "0", str(value_id + j), s, "Simple", "0", "", "0", d4(a), "False",
                                          d4(0), d4(0), "False", "1", "False", str(j), ""])
    return rows


def spec_rows(code):
    return [[""] * ATTR_OFFSET + SPEC_HEADER,
            [""] * ATTR_OFFSET + ["Option", "Metāls", "", str(SPEC_OPTION[code]), "True", "True", "0"]]


def build(out, images=True):
    rng = random.Random(3231)
    outdir = os.path.join(out, "rix_shop")
    os.makedirs(os.path.join(outdir, "images"), exist_ok=True)
    prods = plan(rng)
    rng.shuffle(prods)
    slots = trap_slots(prods)
    rows, truths, jobs = [], [], []
    missing_at = {6, 41, 79}
    unpublished_at = {13, 35, 58, 74}
    names = set()
    value_id = 500
    for i, p in enumerate(prods):
        prng = random.Random(323100 + i)
        if p["stone"] == "diamond":
            p["carat"] = prng.choice([0.1, 0.2, 0.3, 0.5]) if p["cat"] == "engagement ring" else prng.choice([0.02, 0.05, 0.1])
        name, body = texts(p, rng)
        while name in names:
            name, body = texts(p, rng)
        names.add(name)
        traps = []
        look_alikes(i, slots, body, traps)
        code, cat = p["code"], p["cat"]
        published = i not in unpublished_at
        p.update(status="published" if published else "unpublished", live=published, in_stock=published)
        if code in GOLDS:
            p["gold_weight"] = p["grams"]
        pid = 120 + i * 2 + prng.randint(0, 1)
        sku = f"VR-{4100 + pid}"
        vs, vals, base, adj = variants_of(p, prng, sku)
        old = 0.0
        if prng.random() < 0.12:
            old = r_eur(base * 1.3)
            for v in vs:
                v.regular = v.price + (old - base)
        if prng.random() < 0.45:
            lead = "Cena no " if len({v.price for v in vs}) > 1 else prng.choice(["Cena: ", "Tikai ", "Akcija: "])
            body.append(lead + eur_lv(min(v.price for v in vs), prng.randint(0, 4)))
        if prng.random() < 0.25:
            body.append("Bezmaksas piegāde Latvijā pasūtījumiem virs 50 €.")
        p["handle"], p["title"] = str(pid), name
        cats = CATEGORY[cat] + ";" + ("Jaunumi;" if prng.random() < 0.15 else "")
        p["shop_category"] = cats
        tags = ("latvju zīmes;" if "„" in name else "") + ("dāvanas;" if prng.random() < 0.2 else "")
        short = body[0] if body else ""
        full = "".join(f"<p>{b}</p>" for b in body[1:])
        broken = i in missing_at
        kind, style = KIND[cat]
        if cat == "earrings":
            style = {"Auskari riņķi": "hoop", "Piekarami auskari": "drop"}.get(p["noun"], "stud")
        spec = photo_spec(kind, code, p["stone"], style)
        pic_id = 200 + i * 3
        fn = f"{pic_id:07d}_{slug(name)}.jpeg"
        pics, extra = ["", "", ""], []
        if not broken:
            jobs.append((os.path.join(outdir, "images", fn), spec, 3231000 + i))
            pics[0] = PREFIX + fn
            if prng.random() < 0.2:
                efn = f"{pic_id + 1:07d}_{slug(name)}-2.jpeg"
                jobs.append((os.path.join(outdir, "images", efn), spec, 3237000 + i))
                extra.append("images/" + efn)
                pics[1] = PREFIX + efn
        gtin = f"475{pid:09d}{i % 10}" if prng.random() < 0.3 else ""
        stock = prng.randint(1, 6) if published else 0
        rows.append(product_row(pid, p, name, short, full, sku, gtin, published, stock, base, old, p["grams"], cats, tags, pics))
        if vals:
            rows.extend(attr_rows(vals, adj, value_id))
            value_id += len(vals) + prng.randint(0, 3)
        if prng.random() < 0.5:
            rows.extend(spec_rows(code))
        fields = {"title": name, "body": short + " " + full, "type": cats, "tags": tags}
        if vals:
            fields["options"] = " ".join(vals)
        if traps:
            p["traps"] = traps
        t = truth_record(p, vs, [SIZE_ATTR[1]] if vals else [], CURRENCY, None if broken else "images/" + fn,
                         None if broken else PREFIX + fn, broken, spec, extra, "regular_price")
        t["sku"] = sku
        ev, probs = evidence(LV, t, fields, not broken, traps)
        if probs:
            raise SystemExit(f"rix {pid} {name!r}: {probs}\n{fields}")
        t["evidence"] = ev
        truths.append(t)
    return truths, rows, jobs, outdir


def row_count(rows):
    return sum(1 for r in rows if r and r[0] != "")


def write_export(path, rows):
    write_xlsx_sheets(path, [("Product", [HEADER] + rows, False), ("ProductsFilters", [], True),
                             ("ProductAttributesFilters", [], True), ("SpecificationAttributesFilters", [], True)])


def read_export(path):
    """[(product dict, [size value dicts])] from the raw rows."""
    raw = read_xlsx_rows(path)
    assert raw[0] == HEADER, raw[0][:5]
    out, mode = [], None
    for r in raw[1:]:
        r = r + [""] * (len(HEADER) - len(r))
        if r[0] != "":
            out.append((dict(zip(HEADER, r)), []))
            mode = None
        elif r[ATTR_OFFSET] in ("AttributeId", "AttributeType"):
            mode = r[ATTR_OFFSET]
        elif mode == "AttributeId":
            out[-1][1].append(dict(zip(ATTR_HEADER, r[ATTR_OFFSET:])))
    return out


def selfcheck(path, truths, images=True):
    prods = read_export(path)
    assert len(prods) == len(truths), (len(prods), len(truths))
    by = {p["ProductId"]: (p, a) for p, a in prods}
    for t in truths:
        p, attrs = by[t["handle"]]
        assert p["Name"] == t["title"], t["handle"]
        base = float(p["Price"])
        prices = [base + float(a["PriceAdjustment"]) for a in attrs] or [base]
        assert min(prices) == t["price_min"] and max(prices) == t["price_max"], (t["handle"], prices)
        assert (p["Published"] == "True") == t["live"], t["handle"]
        assert (p["Picture1"] == "") == t["image_broken"], t["handle"]
        if images:
            for k in ("Picture1", "Picture2", "Picture3"):
                if p[k]:
                    assert os.path.exists(os.path.join(os.path.dirname(path), "images", p[k][len(PREFIX):])), p[k]
    return prods
