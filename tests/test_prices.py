"""Prices as shops write them (retrieval/prices.py), and the warning when a catalog's prices look
like another currency than the shop's."""

import pytest

from retrieval.lexicon import load_lexicon
from retrieval.prices import PriceError, currency_in_text, currency_mismatch, parse_price

CURRENCIES = load_lexicon().currencies


@pytest.mark.parametrize(
    "written, amount, currency",
    [
        ("1,04,000", 104000.0, None),  # Indian grouping
        ("₹1,04,000.00", 104000.0, "INR"),
        ("Rs. 1,04,000/-", 104000.0, "INR"),
        ("$1,299.00", 1299.0, "USD"),
        ("1.299,00 €", 1299.0, "EUR"),  # decimal comma, point grouping
        ("1 299,00", 1299.0, None),  # space grouping
        ("1\u202f299,00 €", 1299.0, "EUR"),
        ("£1,250", 1250.0, "GBP"),
        ("INR 104000", 104000.0, "INR"),
        ("1.2 lakh", 120000.0, None),
        ("1299.00", 1299.0, None),
        ("12,50", 12.5, None),
        (1299, 1299.0, None),
    ],
)
def test_a_price_as_shops_write_it(written, amount, currency):
    price = parse_price(written, CURRENCIES)
    assert (price.amount, price.currency) == (amount, currency)


def test_a_bare_dollar_sign_is_the_shops_dollar():
    assert parse_price("$45", CURRENCIES, dollar_currency="AUD").currency == "AUD"


@pytest.mark.parametrize("garbage", ["free", "POA", "1,2,3", "$", "1,0000", "12 apples", "nan", True])
def test_what_is_not_a_price_is_refused(garbage):
    with pytest.raises(PriceError, match="is not a number"):
        parse_price(garbage, CURRENCIES)


def test_an_inr_catalog_under_a_usd_setting_is_named():
    warning = currency_mismatch([74000, 104000, 7400, 45000, 23000], "USD", CURRENCIES)
    assert warning.startswith("the prices look like ") and "INR" in warning.split(",")[0].split() and "--currency" in warning
    assert currency_mismatch([74000, 104000, 7400, 45000, 23000], "INR", CURRENCIES) is None
    assert currency_mismatch([450, 1200, 89, 2300], "USD", CURRENCIES) is None


@pytest.mark.parametrize(
    "written, amount, currency",
    [
        ("1,160 MN", 1160.0, "MXN"),  # moneda nacional
        ("MXN 24,500.00", 24500.0, "MXN"),
        ("R 1 299,00", 1299.0, "ZAR"),  # South African space grouping, decimal comma
        ("R6,299.00", 6299.0, "ZAR"),
    ],
)
def test_pesos_and_rand_as_shops_write_them(written, amount, currency):
    price = parse_price(written, CURRENCIES)
    assert (price.amount, price.currency) == (amount, currency)


def test_a_dollar_sign_in_a_peso_shop_is_pesos(tmp_path):
    from retrieval.catalog import load_catalog

    export = tmp_path / "products_export.csv"
    export.write_text("Title,URL handle,Type,Price,Status\nArracadas de Oro,arracadas,Aretes,\"$1,160.00\",active\n", encoding="utf-8")
    item = load_catalog(export, currency="MXN").items[0]
    assert (item.price, item.currency) == (1160.0, "MXN")


def test_a_peso_catalog_under_a_usd_setting_is_named_as_pesos():
    pesos = [1160, 4890, 8900, 12400, 24500, 3650, 15800]
    assert "MXN" in currency_mismatch(pesos, "USD", CURRENCIES).split(", not USD")[0].split()  # beside ZAR: a peso and a rand are near
    assert currency_mismatch(pesos, "MXN", CURRENCIES) is None
    assert currency_mismatch([1299.0, 6299.0, 14999.0, 3499.0, 8999.0], "ZAR", CURRENCIES) is None


@pytest.mark.parametrize(
    ("written", "amount", "currency"),
    [
        ("Rp 4.500.000", 4500000.0, "IDR"),  # a point between thousands
        ("Rp4.500.000,-", 4500000.0, "IDR"),  # ",-": a whole amount
        ("Rp. 12.990.000", 12990000.0, "IDR"),
        ("4,5 juta", 4500000.0, None),  # a decimal comma before "juta" (million)
        ("450 rb", 450000.0, None),  # "ribu": thousand
    ],
)
def test_rupiah_as_shops_write_them(written, amount, currency):
    price = parse_price(written, CURRENCIES)
    assert (price.amount, price.currency) == (amount, currency)


def test_a_rupiah_catalog_under_a_usd_or_euro_setting_is_named_as_rupiah():
    rupiah = [4960000, 475000, 12990000, 3250000, 8750000, 1890000, 23580000]
    assert "--currency IDR" in currency_mismatch(rupiah, "USD", CURRENCIES)
    assert "--currency IDR" in currency_mismatch(rupiah, "EUR", CURRENCIES)
    assert currency_mismatch(rupiah, "IDR", CURRENCIES) is None


@pytest.mark.parametrize(
    ("written", "amount", "currency"),
    [
        ("18.280.000₫", 18280000.0, "VND"),  # a point between thousands, the sign after
        ("12.500.000 đ", 12500000.0, "VND"),
        ("12.500.000 VNĐ", 12500000.0, "VND"),
        ("1.200.000 đồng", 1200000.0, "VND"),
        ("12,5 triệu", 12500000.0, None),  # a decimal comma before "triệu" (million)
        ("12,5 trieu", 12500000.0, None),  # typed without its diacritics
        ("850 nghìn", 850000.0, None),
        ("850 ngan", 850000.0, None),
    ],
)
def test_dong_as_shops_write_them(written, amount, currency):
    price = parse_price(written, CURRENCIES)
    assert (price.amount, price.currency) == (amount, currency)


def test_a_dong_catalog_is_not_taken_for_another_currency():
    dong = [12200000, 4960000, 19090000, 850000, 40820000, 2350000, 7440000]
    assert currency_mismatch(dong, "VND", CURRENCIES) is None
    assert "VND" in currency_mismatch(dong, "USD", CURRENCIES)


@pytest.mark.parametrize(
    ("written", "amount", "currency"),
    [
        ("١٢٥٠", 1250.0, None),  # Arabic-Indic digits
        ("۱۲۵۰", 1250.0, None),  # Persian digits
        ("١٬٢٥٠٫٥٠", 1250.5, None),  # the Arabic thousands and decimal separators
        ("٤٥٬٠٠٠ ج.م", 45000.0, "EGP"),
        ("\u200f١٬٢٥٠٫٠٠ ج.م.\u200f", 1250.0, "EGP"),  # as CLDR's ar-EG format writes it, right-to-left marks and all
        ("1,250 جنيه", 1250.0, "EGP"),
        ("E£ 3,200", 3200.0, "EGP"),
        ("٣٬٤٥٠ ر.س", 3450.0, "SAR"),
        ("SAR 1,299.00", 1299.0, "SAR"),
        ("٢٬٥٠٠٫٥٠ د.إ", 2500.5, "AED"),
        ("ر.ق 980", 980.0, "QAR"),
        ("45.500 د.ك", 45.5, "KWD"),  # three decimals: fils, not thousands
        ("KWD 1,245.500", 1245.5, "KWD"),
        ("1,250,000원", 1250000.0, "KRW"),
        ("₩1,250,000", 1250000.0, "KRW"),
        ("125만원", 1250000.0, "KRW"),  # "만": ten thousand, glued to the number
        ("125만 원", 1250000.0, "KRW"),
    ],
)
def test_arabic_script_and_korean_prices_as_shops_write_them(written, amount, currency):
    price = parse_price(written, CURRENCIES)
    assert (price.amount, price.currency) == (amount, currency)


def test_a_point_before_three_digits_groups_thousands_but_an_arabic_decimal_mark_never_does():
    assert parse_price("1.250 ج.م", CURRENCIES).amount == 1250.0
    with pytest.raises(PriceError, match="is not a number"):
        parse_price("١٫٢٥٠ ج.م", CURRENCIES)  # a decimal mark before three decimals: no pound has them
    with pytest.raises(PriceError, match="is not a number"):
        parse_price("اتصل بنا", CURRENCIES)  # "call us"


def test_won_and_egyptian_pound_catalogs_are_named_under_a_dollar_setting():
    won = [1250000, 389000, 2150000, 89000, 640000, 1790000, 459000]
    assert "--currency KRW" in currency_mismatch(won, "USD", CURRENCIES)
    assert currency_mismatch(won, "KRW", CURRENCIES) is None
    pounds = [42500, 1250, 68000, 3900, 27500, 15800, 93000]
    assert currency_mismatch(pounds, "EGP", CURRENCIES) is None
    # a pound catalog's median is a peso's or a rupee's too: the warning says the dollar is wrong, the listings' text names the pound
    assert currency_mismatch(pounds, "USD", CURRENCIES).startswith("the prices look like ")
    assert currency_mismatch([45.5, 120.0, 310.0, 89.0, 640.0], "KWD", CURRENCIES) is None


def test_listings_that_price_themselves_in_arabic_script_are_said_at_ingest():
    texts = ["خاتم ذهب عيار 21 - السعر ٤٢٬٥٠٠ ج.م", "قلادة لؤلؤ ١٬٢٥٠ جنيه", "أقراط فضة ٩٥٠ ج.م", "سوار", "خاتم", "دبلة"]
    warning = currency_in_text(texts, "USD", CURRENCIES)
    assert warning.startswith("the prices look like EGP, not USD: 3 of 6 listings") and "--currency EGP" in warning
    assert currency_in_text(texts, "EGP", CURRENCIES) is None
