"""Answers that say what a piece is offered in: the template's list line names the variant that met
the request and its price, the chat model's fact line carries the offers, a sentence's filled-in
price is that variant's, and the grounding check accepts an offered metal, karat and price while
refusing a metal or a price no variant has."""

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.answer import item_line, write_answer
from assistant.config import LLMConfig
from assistant.grounding import GroundingVerifier
from assistant.prompt import AnswerRequest, build_messages
from assistant.prompt import item_line as fact_line
from assistant.writer import GroundedWriter, render
from retrieval.catalog import load_catalog
from retrieval.constraints import Constraints
from retrieval.query import Hit

HEADER = "Handle,Title,Body (HTML),Type,Tags,Option1 Name,Option1 Value,Variant Price,Status\n"
CATALOG = HEADER + (
    "vela,Vela Solitaire Ring,A solitaire with a diamond.,Rings,,Metal,14K Yellow Gold,1000,active\n"
    "vela,,,,,Metal,18K White Gold,1250,active\n"
    "vela,,,,,Metal,18K White Gold,1300,active\n"
    "orla,Orla Cuff in Sterling Silver,A plain cuff.,Bracelets,,Size,Small,90,active\n"
    "orla,,,,,Size,Large,95,active\n"
)


@pytest.fixture
def items(tmp_path):
    path = tmp_path / "products_export.csv"
    path.write_text(CATALOG)
    return {item.handle: item for item in load_catalog(path, currency="EUR").items}


WHITE_GOLD = Constraints(metals=["white gold"])


def test_the_list_line_names_the_variant_that_met_the_request_at_its_own_price(items):
    line = item_line(1, items["vela"], WHITE_GOLD)
    assert "in 18k white gold from €1,250" in line
    assert "shown in 14k yellow gold" in line
    assert "€1,000" not in line  # the shown piece's price is not the white gold one's


def test_without_a_request_the_list_line_says_what_else_the_piece_is_offered_in(items):
    line = item_line(1, items["vela"])
    assert line.startswith("1. Vela Solitaire Ring — €1,000 (14k yellow gold")
    assert line.endswith("also in 18k white gold")


def test_a_piece_without_offers_keeps_its_plain_line(items):
    assert item_line(2, items["orla"], WHITE_GOLD) == "2. Orla Cuff in Sterling Silver — €90 (sterling silver)"


def test_the_template_answer_carries_the_offer(items):
    answer = write_answer([Hit(items["vela"], 1.0, None, None)], WHITE_GOLD, "EUR", used_photo=False)
    assert "in 18k white gold from €1,250" in answer


def test_a_photo_search_calls_only_pictured_pieces_closest_to_the_photo(items):
    """A piece with no photo of its own, offered because it meets every constraint, is not "closest to your photo"."""
    unpictured = write_answer([Hit(items["vela"], 0.4, None, None)], WHITE_GOLD, "EUR", used_photo=True)
    pictured = write_answer([Hit(items["vela"], 0.9, None, 0.9)], WHITE_GOLD, "EUR", used_photo=True)
    assert "photo" not in unpictured.splitlines()[0] and "photo" in pictured.splitlines()[0]


def test_the_model_s_fact_line_leads_with_the_offer_asked_for_and_names_the_others(items):
    assert fact_line(items["vela"], WHITE_GOLD).startswith("[1] solitaire engagement ring: 18k white gold, also 14k yellow gold;")
    assert fact_line(items["vela"]).startswith("[1] solitaire engagement ring: 14k yellow gold, also 18k white gold;")
    request = AnswerRequest("a white gold ring", [items["vela"]], WHITE_GOLD, template_answer="T")
    assert "18k white gold" in build_messages(request, items["vela"])[-1].content


def test_a_sentence_s_filled_in_price_is_the_variant_s(items):
    text = render("[1] sets a diamond in white gold.", [items["vela"]], set(), WHITE_GOLD)
    assert text == "The Vela Solitaire Ring (in 18k white gold from €1,250) sets a diamond in white gold."


def test_grounding_accepts_an_offered_metal_karat_and_price(items):
    verifier = GroundingVerifier([items["vela"]], "a white gold ring", WHITE_GOLD)
    assert verifier.check("The Vela Solitaire Ring comes in 18k white gold from €1,250.") == []


def test_grounding_refuses_a_metal_and_a_price_no_variant_has(items):
    verifier = GroundingVerifier([items["vela"]], "a ring", Constraints())
    kinds = {violation.kind for violation in verifier.check("The Vela Solitaire Ring comes in platinum.")}
    assert kinds == {"attribute"}
    assert [v.kind for v in verifier.check("The Vela Solitaire Ring is €1,100.")] == ["price"]
    cuff_only = GroundingVerifier([items["orla"]], "a cuff", Constraints())
    assert [v.kind for v in cuff_only.check("It comes in white gold.")] == ["attribute"]


def _written(items, replies, constraints):
    request = AnswerRequest("a white gold solitaire", [items["vela"]], constraints, template_answer="TEMPLATE")
    return list(GroundedWriter(FakeListChatModel(responses=replies), LLMConfig(retries=1)).stream(request))[-1]


def test_the_writer_keeps_a_sentence_about_the_offered_metal_with_the_offer_s_price(items):
    final = _written(items, ["[1] sets a diamond in 18k white gold."], WHITE_GOLD)
    assert (final.source, final.text) == ("llm", "The Vela Solitaire Ring (in 18k white gold from €1,250) sets a diamond in 18k white gold.")


def test_the_writer_refuses_a_metal_the_piece_is_not_offered_in(items):
    final = _written(items, ["[1] sets a diamond in platinum.", "[1] sets a diamond in platinum."], WHITE_GOLD)
    assert final.source == "template" and "attribute" in {v.kind for v in final.violations}
