"""WooCommerce exports whose header is in the admin's language (retrieval/export_headers.py and
retrieval/lexicon/woocommerce_headers.toml): each language family's names read as the English ones,
matched without regard to case, spacing and accents (and the letters Arabic writers vary); an export
in a language no table holds is refused in one line that names the columns it has; an Arabic admin's
export, its prices in Arabic-Indic digits, read whole."""

import pytest

from retrieval.catalog import CatalogError, load_catalog
from retrieval.export_headers import HeaderNames, HeaderTableError, header_fold
from retrieval.lexicon import load_lexicon

# One variable ring (two sizes, one on sale) and a simple pendant, in each language's column names:
# id, type, sku, name, published, short description, description, in stock, stock, sale price,
# regular price, categories, tags, images, parent, attribute 1 name, attribute 1 values.
HEADERS = {
    "pt-BR": "ID,Tipo,SKU,Nome,Publicado,Descrição curta,Descrição,Em estoque?,Estoque,Preço promocional,Preço,Categorias,Tags,"
             "Imagens,Ascendente,Nome do atributo 1,Valores do atributo 1",
    "es": "ID,Tipo,SKU,Nombre,Publicado,Descripción corta,Descripción,¿En inventario?,Inventario,Precio rebajado,Precio normal,"
          "Categorías,Etiquetas,Imágenes,Superior,Nombre del atributo 1,Valor(es) del atributo 1",
    "fr": "ID,Type,UGS,Nom,Publié,Description courte,Description,En stock ?,Stock,Tarif promo,Tarif régulier,Catégories,"
          "Étiquettes,Images,Parent,Nom de l’attribut 1,Valeur(s) de l’attribut 1",
    "de": "ID,Typ,Artikelnummer,Name,Veröffentlicht,Kurzbeschreibung,Beschreibung,Vorrätig?,Lager,Angebotspreis,Regulärer Preis,"
          "Kategorien,Schlagwörter,Bilder,Übergeordnetes Produkt,Name des Attributs 1,Wert(e) des Attributs 1",
    "it": "ID,Tipo,SKU,Nome,Pubblicato,Breve descrizione,Descrizione,Disponibile?,Magazzino,Prezzo in offerta,Prezzo di listino,"
          "Categorie,Tag,Immagini,Genitore,Nome dell'attributo 1,Valore/i dell'attributo 1",
    "it-IT": "ID,Tipo,COD,Nome,Pubblicato,Breve descrizione,Descrizione,In magazzino?,Magazzino,Prezzo in offerta,Prezzo di listino,"
             "Categorie,Tag,Immagini,Genitore,Nome dell'attributo 1,Valore dell'attributo 1",
    "nl": "ID,Type,SKU,Naam,Gepubliceerd,Korte beschrijving,Beschrijving,Op voorraad?,Voorraad,Actieprijs,Reguliere prijs,"
          "Categorieën,Tags,Afbeeldingen,Hoofdproduct,Eigenschap 1 naam,Eigenschap 1 waarde(n)",
    "pl": "ID,Typ,SKU,Nazwa,Opublikowany,Krótki opis,Opis,Na stanie?,Stan magazynowy,Cena promocyjna,Cena regularna,Kategorie,"
          "Tagi,Obrazki,Nadrzędny,Nazwa atrybutu 1,Wartość(ci) atrybutu 1",
    "id": "ID,Jenis,SKU,Nama,Diterbitkan,Deskripsi singkat,Deskripsi,Ada stok?,Stok,Harga obral,Harga reguler,Kategori,Tag,"
          "Gambar,Induk,Nama atribut 1,Nilai atribut 1",
    "tr": "ID,Tür,Stok kodu,İsim,Yayınlandı,Kısa açıklama,Açıklama,Stokta?,Stok,İndirimli fiyat,Normal fiyat,Kategoriler,Etiketler,"
          "Görseller,Ebeveyn,Nitelik 1 adı,Nitelik 1 değer(ler)i",
    "ru": "ID,Тип,Артикул,Имя,Опубликован,Краткое описание,Описание,В наличии?,Запасы,Акционная цена,Базовая цена,Категории,Метки,"
          "Изображения,Родительский,Название атрибута 1,Значения атрибута 1",
    # As WooCommerce's own language packs write them (retrieval/lexicon/woocommerce_headers.toml says which releases).
    "ru-RU": "ID,Тип,Артикул,Имя,Опубликован,Короткое описание,Описание,В наличии?,Запасы,Цена распродажи,Базовая цена,Категории,"
             "Метки,Изображения,Родительский,Имя атрибута 1,Значение(-я) аттрибута(-ов) 1",
    "tr-TR": "Kimlik,Tür,Stok kodu (SKU),İsim,Yayımlanmış,Kısa açıklama,Açıklama,Stokta?,Stok,İndirimli satış fiyatı,Normal fiyat,"
             "Kategoriler,Etiketler,Görseller,Ebeveyn,Nitelik 1 ismi,Nitelik 1 değer(ler)i",
    "nb-NO": "ID,Type,Produktnr,Navn,Publisert,Kort beskrivelse,Beskrivelse,På lager?,Lager,Utsalgspris,Ordinær pris,Kategorier,"
             "Stikkord,Bilder,Forelder,Attributt 1 navn,Attributt 1 verdi(er)",
    "sv-SE": "ID,Typ,Artikelnr,Namn,Publicerad,Kort beskrivning,Beskrivning,I lager?,Lagersaldo,Reapris,Ordinarie pris,Kategorier,"
             "Etiketter,Bilder,Överordnad,Attribut 1 namn,Attribut 1 värde(n)",
    "ar": "المعرف,النوع,رمز المنتج (SKU),الاسم,تم النشر,وصف قصير,الوصف,متوفر؟,المخزون,سعر التخفيض,السعر الافتراضي,التصنيفات,الوسوم,"
          "الصور,الأب,اسم السمة 1,قيمة/قيم السمة 1",
    "he": 'מזהה,סוג,"מק""ט",שם,פורסם,תיאור קצר,תיאור,במלאי?,מלאי,מחיר מבצע,מחיר רגיל,קטגוריות,תגיות, תמונות,אב,שיוך 1 שמות,'
          "שיוך 1 ערכים",
    "ja": "ID,タイプ,SKU,名前,公開済み,簡単な説明,説明,在庫の有無,在庫,セール価格,標準価格,カテゴリー,タグ,画像,親,属性 1 の名前,属性 1 の値",
    "ko": "ID,형식,SKU,이름,발행됨,간단한 설명,설명,재고가 있나요?,재고,할인 가격,정상 가격,카테고리,태그,이미지,상위,속성 1 이름,속성 1 값",
    "zh": "ID,类型,SKU,名称,已发布,简短描述,描述,有货？,库存,促销价格,常规售价,分类,标签,图片,父级,属性 1 名称,属性 1 值",
    # WooCommerce's own packs of 2020-2026 (woocommerce_headers.toml names each), as their exporter writes them.
    "hr": "ID,Vrsta,SKU,Naziv,Objavljeno,Kratak opis,Opis,Na zalihi?,Zalihe,Rasprodajna cijena,"
         "Normalna cijena,Kategorije,Oznake,Slike,Glavni,Atribut 1 ime,Atribut 1 vrijednosti",
    "sl-SI": "ID,Vrsta,Šifra,Naziv,Objavljeno,Kratek opis,Opis,Na zalogi?,Zaloga,Akcijska cena,"
            "Redna cena,Kategorije,Oznake,Slike,Nadrejeni,Naziv atributa 1,Vrednost(i) atributa 1",
    "sk-SK": "ID,Typ,Katalógové číslo,Meno,Publikované,Krátky popis,Popis,Na sklade?,Sklad,Cena po zľave,"
            "Normálna cena,Kategórie,Tagy,Obrázky,Nadradené,Meno vlastnosti 1,Hodnota(y) vlastnosti 1",
    "hu-HU": "Azonosító,Típus,Cikkszám,Név,Közzétéve,Rövid leírás,Leírás,Raktáron?,Készlet,Akciós ár,"
            "Normál ár,Kategória,Címkék,Képek,Szülő,Tulajdonság neve 1,Tulajdonság (1) értéke(i)",
    "bg-BG": "ID,Вид,Код,Име,Публикувано,Кратко описание,Описание,В наличност?,Наличност,Промоционална цена:,"
            "Редовна цена:,Категории,Етикети,Изображения,Родителски,Име на атрибута 1,Стойност(и) на атрибута 1",
    "uk": "ID,Тип,Артикул,Назва,Опубліковано,Короткий опис,Опис,В наявності?,Запаси,Ціна зі знижкою,"
         "Звичайна ціна,Категорії,Позначки,Зображення,Предок,Назва 1 атрибуту,1 значення атрибуту",
    "el": "ID,Τύπος,Κωδικός προϊόντος,Όνομα,Δημοσιευμένο,Σύντομη περιγραφή,Περιγραφή,Σε απόθεμα;,"
         "Απόθεμα,Τιμή προσφοράς,Κανονική τιμή,Κατηγορίες,Ετικέτες,Εικόνες,Γονέας,Όνομα ιδιότητας 1,Τιμή(ές) ιδιότητας 1",
    "fi": "ID,Laji,Tuotetunnus (SKU),Nimi,Julkaistu,Lyhyt kuvaus,Kuvaus,Varasto?,Varasto,Alennettu hinta,"
         "Normaali hinta,Osastot,Avainsanat,Kuvat,Ylempi taso,Ominaisuus 1 nimi,Ominaisuus 1 arvo(t)",
    "lt-LT": "ID,Tipas,Prekės kodas,Pavadinimas,Paskelbtas,Trumpas apibūdinimas,Aprašymas,Turime?,"
            "Atsargos,Akcijinė kaina,Reguliari kaina,Kategorijos,Žymos,Paveikslėliai,Tėvinis,Požymio 1 pavadinimas,Požymio 1 reikšmė(s)",
    "lv": "ID,Tips,SKU,Vārds,Publicēts,Īss apraksts,Apraksts,Ir noliktavā?,Noliktavā,Akcijas cena,"
         "Parastā cena:,Kategorija,Birkas,Attēli,Vecāks,Atribūta 1 nosaukums,Atribūta 1 vērtība (-s)",
    "et": "ID,Tüüp,Tootekood,Nimi,Avaldatud,Lühikirjeldus,Kirjeldus,Laos?,Ladu,Soodushind,Tavahind,"
         "Kategooriad,Sildid,Pildid,Ülem,Omaduse 1 nimi,Omaduse 1 väärtus(ed)",
    "sr-RS": "ИД,Тип,Шифра производа,Име,Објављено,Кратак опис,Опис,На залихама?,Залихе,Цена на снижењу,"
            "Редовна цена,Категорије,Ознаке,Слике,Родитељ,Име 1 атрибута,Атрибут 1 вредност(и)",
    "vi": "ID,Loại,Mã sản phẩm,Tên,Đã đăng,Mô tả ngắn,Mô tả,Còn hàng?,Kho,Giá khuyến mãi,Giá bán thường,"
         "Danh mục,Từ khóa,Hình ảnh,Gốc,Tên thuộc tính 1,Giá trị thuộc tính 1",
    "th": "ID,ชนิด,รหัสสินค้า,ชื่อ,เผยแพร่แล้ว,คำอธิบายแบบย่อ,รายละเอียดเพิ่มเติม,มีสินค้าในคลังสินค้า?,"
         "คลังสินค้า,ราคาที่ลด,ราคาปกติ,หมวดหมู่,ป้ายกำกับ,ไฟล์รูปภาพ,หลัก,ชื่อคุณสมบัติ 1,ค่าคุณสมบัติ 1",
}  # fmt: skip
ROWS = (
    '10,variable,R-1,Signet Ring,1,,<p>Solid 18k yellow gold.</p>,1,,,,Jewellery > Rings,"gift, men",https://cdn.example/r.jpg,,Size,"7, 8"\n'
    "11,variation,R-1-7,Signet Ring - 7,1,,,1,2,900,1000,,,,id:10,Size,7\n"
    "12,variation,R-1-8,Signet Ring - 8,1,,,0,0,,1100,,,,id:10,Size,8\n"
    "13,simple,P-1,Pearl Pendant,1,,<p>A freshwater pearl on sterling silver.</p>,1,4,,250,Jewellery > Pendants,,,,,\n"
    "14,simple,P-2,Draft Pendant,-1,,,1,1,,250,Jewellery > Pendants,,,,,\n"
)


def export(tmp_path, header: str):
    path = tmp_path / "wc-product-export-1-1-2025.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (header + "\n" + ROWS).encode("utf-8"))
    return path


@pytest.mark.parametrize("language", sorted(HEADERS))
def test_a_translated_woocommerce_header_reads_as_the_english_one(tmp_path, language):
    loaded = load_catalog(export(tmp_path, HEADERS[language]), currency="EUR")
    assert loaded.format == "woocommerce" and not loaded.errors
    ring, pendant = loaded.items
    assert (ring.id, ring.title, ring.category, ring.metal, ring.karat) == ("R-1", "Signet Ring", "ring", "yellow gold", 18)
    assert (ring.price, ring.price_max, ring.compare_at_price) == (900.0, 1100.0, 1000.0)  # the sale price is paid
    assert [(v.sku, v.in_stock) for v in ring.variants] == [("R-1-7", True), ("R-1-8", False)]
    assert ring.options == {"Size": ["7", "8"]} and ring.image == "https://cdn.example/r.jpg" and "gift" in ring.tags
    assert (pendant.category, pendant.gemstone, pendant.price) == ("pendant", "pearl", 250.0)
    assert [(s.id, s.reason) for s in loaded.skipped] == [("P-2", "draft")]


def test_a_decimal_comma_stays_in_its_attribute_value(tmp_path):
    header = HEADERS["it-IT"]
    rows = ('20,variable,S-1,Solitario,1,,,1,,,,Anelli,,,,Caratura,"0,30 ct, 0,50 ct"\n'
            '21,variation,S-1-30,Solitario,1,,,1,1,,1900,,,,id:20,Caratura,"0,30 ct"\n')
    path = tmp_path / "wc.csv"
    path.write_text(header + "\n" + rows, encoding="utf-8")
    ring = load_catalog(path, currency="EUR").items[0]
    assert ring.options == {"Caratura": ["0,30 ct", "0,50 ct"]} and ring.variants[0].options == {"Caratura": "0,30 ct"}


def test_names_match_without_regard_to_case_spacing_or_accents(tmp_path):
    header = HEADERS["pt-BR"].replace("Descrição,", "DESCRICAO,").replace("Preço,", "preco ,").replace("Nome do atributo 1", "nome  do ATRIBUTO 1")
    ring, _ = load_catalog(export(tmp_path, header), currency="BRL").items
    assert (ring.price, ring.karat, ring.options) == (900.0, 18, {"Size": ["7", "8"]})
    assert header_fold("¿Está  Destacado?") == header_fold("esta destacado") == "esta destacado"


def test_an_export_in_a_language_no_table_holds_is_refused_naming_its_columns(tmp_path):
    header = "ID,Tegund,Vörunúmer,Nafn,Birt,Stutt lýsing,Lýsing,Á lager?,Birgðir,Útsöluverð,Venjulegt verð,Flokkar,Merki,Myndir,Yfir,x,y"
    with pytest.raises(CatalogError, match=r"lacks the required columns title, price \(it has the columns 'ID', 'Tegund', .* and 5 more\)") as error:
        load_catalog(export(tmp_path, header), currency="EUR")
    assert "\n" not in str(error.value)


def test_a_facet_csv_with_some_translated_names_is_not_taken_for_woocommerce(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,title,price,Tipo\nR1,Gold Ring,100,anel\n", encoding="utf-8")
    loaded = load_catalog(path)
    assert loaded.format == "facet" and loaded.items[0].price == 100.0


def test_a_shop_adds_its_own_translations_in_its_lexicon_file(tmp_path):
    extra = tmp_path / "shop.toml"
    extra.write_text('[woocommerce_headers.fi]\n"Tyyppi" = "Type"\n"Nimi" = "Name"\n"Normaali hinta" = "Regular price"\n', encoding="utf-8")
    names = load_lexicon(extra=extra).export_headers
    assert load_lexicon().export_headers.english("Tyyppi") is None  # WooCommerce's fi pack says "Laji": only the shop's file holds "Tyyppi"
    assert (names.english("TYYPPI"), names.english("nimi"), names.english("Nome")) == ("type", "name", "name")


def test_a_table_that_reads_one_name_two_ways_is_refused():
    with pytest.raises(HeaderTableError, match="'preco' is read as both 'regular price' and 'sale price'"):
        HeaderNames.from_tables({"pt": {"Preço promocional": "Sale price"}, "pt-PT": {"Preço": "Regular price", "preco": "Sale price"}})


def test_a_table_that_is_no_mapping_is_refused():
    with pytest.raises(HeaderTableError, match="woocommerce_headers.pt must map"):
        HeaderNames.from_tables({"pt": {"Nome": ["Name"]}})


def test_numbered_attribute_columns_keep_their_number():
    names = load_lexicon().export_headers
    assert names.english("Valores do atributo 12") == "attribute 12 value(s)"
    assert names.english("Atrybut 3 globalny") == "attribute 3 global"
    assert names.english("Meta: _material") is None  # the exporter's meta columns are never translated


@pytest.mark.parametrize(
    "written, folded_as",
    [
        ("السعر الإفتراضي", "السعر الافتراضي"),  # alef with hamza below (the 2019 pack) is alef
        ("أيام مدة صلاحية التنزيل", "ايام مده صلاحيه التنزيل"),  # hamza above; teh marbuta as heh
        ("آخر", "اخر"),  # madda
        ("منتجات مُجمّعة", "منتجات مجمعه"),  # the short vowels and shadda are dropped
        ("الموضـــع", "الموضع"),  # tatweel
        ("ملاحظة عملية الشراء", "ملاحظه عمليه الشراء"),
        ("هل هي مميزة؟", "هل هي مميزه"),  # the Arabic question mark
        ("GTIN، أو UPC، أو EAN", "gtin او upc او ean"),  # the Arabic comma
        ("على", "علي"),  # alef maksura as yeh
        ("اسم السمة ٢", "اسم السمه 2"),  # Arabic-Indic digits
        ("\u200fالصور\u200f", "الصور"),  # right-to-left marks
        ("מק״ט", 'מק"ט'),  # Hebrew gershayim as the quote keyboards type
    ],
)
def test_arabic_and_hebrew_names_fold_what_their_writers_vary(written, folded_as):
    assert header_fold(written) == folded_as


def test_an_arabic_name_written_another_way_reads_as_the_english_one():
    names = load_lexicon().export_headers
    assert names.english("السعر الإفتراضي") == names.english("السعر الافتراضي") == "regular price"
    assert names.english("قيمة/قيم السمه ١٢") == "attribute 12 value(s)"
    assert names.english("متوفر ؟") == "in stock?" and names.english("المعرّف") == "id"


# An Arabic admin's export (EGP) as the ar pack writes its header: a variable ring whose sizes are
# priced in Arabic-Indic digits with the Arabic thousands mark, a pendant priced "١٬٢٥٠٫٥٠ ج.م", a
# draft, a bracelet priced in words, and Persian digits in a stock count.
ARABIC_HEADER = (
    "المعرف,النوع,رمز المنتج (SKU),الاسم,تم النشر,هل هي مميزة؟,إمكانية العرض في الكاتلوج,وصف قصير,الوصف,متوفر؟,المخزون,"
    "سعر التخفيض,السعر الافتراضي,التصنيفات,الوسوم,الصور,الأب,منتجات مُجمّعة,الموضع,اسم السمة 1,قيمة/قيم السمة 1,عرض السمة 1,"
    "سمة عالمية 1"
)
ARABIC_ROWS = (
    '20,variable,RNG-21,خاتم سوليتير ذهب عيار 21,1,0,visible,,<p>Solid 21k yellow gold solitaire.</p>,1,,,,مجوهرات > خواتم,هدية,'
    'https://cdn.example/r.jpg,,,0,المقاس,"16, 18",1,1\n'
    "21,variation,RNG-21-16,خاتم سوليتير - 16,1,0,visible,,,1,٣,٤٢٬٥٠٠,٤٥٬٠٠٠,,,,id:20,,1,المقاس,16,,1\n"
    '22,variation,RNG-21-18,خاتم سوليتير - 18,1,0,visible,,,0,0,,"47,500",,,,id:20,,2,المقاس,18,,1\n'
    "23,simple,PND-1,Pearl Pendant قلادة لؤلؤ,1,1,visible,لؤلؤ طبيعي,<p>A freshwater pearl on sterling silver.</p>,1,۵,,"
    "١٬٢٥٠٫٥٠ ج.م,مجوهرات > قلادات,,,,,0,,,,\n"
    "24,simple,DRF-1,أقراط,-1,0,visible,,,1,1,,900,مجوهرات > أقراط,,,,,0,,,,\n"
    "25,simple,BAD-1,سوار,1,0,visible,,,1,1,,اتصل بنا,مجوهرات > أساور,,,,,0,,,,\n"
)  # fmt: skip


def test_an_arabic_admins_export_is_read_whole(tmp_path):
    path = tmp_path / "wc-product-export-5-12-2026.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (ARABIC_HEADER + "\n" + ARABIC_ROWS).encode("utf-8"))
    loaded = load_catalog(path, currency="EGP")
    assert loaded.format == "woocommerce"
    ring, pendant = loaded.items
    assert (ring.id, ring.metal, ring.karat, ring.currency) == ("RNG-21", "yellow gold", 21, "EGP")
    assert (ring.price, ring.price_max, ring.compare_at_price) == (42500.0, 47500.0, 45000.0)  # "٤٢٬٥٠٠", the sale price, is paid
    assert [(v.sku, v.in_stock) for v in ring.variants] == [("RNG-21-16", True), ("RNG-21-18", False)]
    assert ring.options == {"المقاس": ["16", "18"]} and ring.image == "https://cdn.example/r.jpg"
    assert (pendant.id, pendant.category, pendant.gemstone, pendant.price, pendant.currency) == ("PND-1", "pendant", "pearl", 1250.5, "EGP")
    assert [(s.id, s.reason) for s in loaded.skipped] == [("DRF-1", "draft")]
    assert [(error.line, error.reason) for error in loaded.errors] == [(7, "price: 'اتصل بنا' is not a number")]
