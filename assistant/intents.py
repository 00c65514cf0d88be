"""Messages that are not searches: a question about the shop's policies, a wish to talk to a
person, small talk, and hostile or off-topic messages. Each is answered without product cards
(assistant/policies.py quotes the shop's policies; the rest are the short replies below).
Everything here is deterministic: words decide, no model. English's words are the patterns below;
every other language's are its phrase file's [triggers] (assistant/triggers.py)."""

from __future__ import annotations

import re

from assistant.config import ShopConfig
from assistant.phrasing import ENGLISH, Phrases
from assistant.triggers import said_kind, said_topic
from retrieval.untrusted import looks_like_instruction

HANDOFF, POLICY, SMALL_TALK, DECLINE = "handoff", "policy", "small_talk", "decline"

HANDOFF_WORDS = re.compile(
    r"\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a|an|some|your|the)?\s*(?:real\s+|actual\s+|live\s+)?(?:person|human|someone|somebody|agent|"
    r"representative|rep|staff|manager|owner|jeweller|jeweler|people)\b|\b(?:real|actual|live)\s+(?:person|human|agent)\b"
    r"|\b(?:someone|somebody|anyone|anybody|a person|a human)\s+(?:i|we)\s+(?:can|could)\s+(?:talk|speak|chat)\b"
    r"|\bcustomer (?:service|support|care)\b|\bcontact (?:you|the shop|the store|someone|support|details)\b"
    r"|\b(?:your|the shop'?s|the store'?s) (?:phone|e-?mail|contact)\b|\bcall me\b|\bhuman please\b|\bget me a human\b",
    re.I,
)
# A policy question names one of these topics (keys are the topics' names in replies).
POLICY_TOPICS = {
    "returns": r"\breturn(?:s|ing|ed)?\b(?!\s+(?:gift|present))|\brefunds?\b|\bexchang(?:e|es|ing)\b|\bsend (?:it|them) back\b|\bmoney back\b",
    "shipping": r"\bship(?:ping|s|ped)?\b|\bdeliver(?:y|ies|ed)?\b|\bpostage\b|\bcourier\b|\bhow long (?:does|will) it take\b|\barrive\b|\btrack(?:ing)? (?:my )?order\b",
    "resizing": r"\bresiz(?:e|ed|es|ing)\b|\bsizing service\b|\bchange the size\b|\bmake (?:it|the ring) (?:bigger|smaller)\b",
    "warranty": r"\bwarrant(?:y|ies)\b|\bguarantee[ds]?\b|\brepairs?\b|\bbroke(?:n)?\b|\bfix(?:ed)?\b",
    "payment": r"\bpayments?\b|\bpay (?:with|by|in|using|via|for it|later|monthly)\b|\bhow (?:can|do|could) i pay\b|\binstal(?:l)?ments?\b|\bcredit card\b|\bpaypal\b|\bklarna\b|\bfinanc(?:e|ing)\b|\bcheckout\b",
    "discounts": r"\bdiscount(?:s|ed)?\b|\b(?:promo|coupon|voucher|discount) codes?\b|\bcoupons?\b|\bvouchers?\b|\bon sale\b|\bsales?\b(?!\s+(?:assistant|person))|\bprice match\w*\b|\bdeals?\b",
}
POLICY_PATTERNS = {topic: re.compile(pattern, re.I) for topic, pattern in POLICY_TOPICS.items()}
POLICY_WORD = re.compile(r"\bpolic(?:y|ies)\b|\bterms\b", re.I)
QUESTION = re.compile(r"\?\s*$|^\W*(?:what|how|can|could|do|does|is|are|will|would|when|where|why|which)\b", re.I)
GREETING = re.compile(r"^\W*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|howdy|yo)\b", re.I)
THANKS = re.compile(r"^\W*(?:thanks|thank you|cheers|ta|great,? thanks|perfect,? thanks)\b", re.I)
BYE = re.compile(r"^\W*(?:bye|goodbye|see you|that'?s all|that is all)\b", re.I)
ABOUT_YOU = re.compile(r"\bhow are you\b|\bwho are you\b|\bwhat(?:'s| is) your name\b|\bare you (?:a |an )?(?:bot|robot|human|ai|real)\b", re.I)
JOKE = re.compile(r"\b(?:tell|know) (?:me )?(?:a |any )?jokes?\b|\bsing\b|\bpoem\b|\bstory\b", re.I)
HOSTILE = re.compile(r"\b(?:stupid|idiot|useless|dumb|hate you|shut up|suck|sucks|crap|garbage|trash|scam|f\W?ck\w*|sh[i1]t\w*)\b", re.I)
# A shopper's stray markup ("<b>for</b>") is shown as text and searched, not taken for an instruction.
MARKUP_TAG = re.compile(r"<\s*/?\s*[a-z!][^<>]*>", re.I)
OFF_TOPIC = re.compile(
    r"\bweather\b|\bnews\b|\bfootball\b|\bsoccer\b|\belection\b|\bpolitic\w*\b|\brecipe\b|\bhomework\b|\bcapital of\b"
    r"|\bstock market\b|\bbitcoin\b|\bcrypto\w*\b|\bwrite (?:me )?(?:a |some )?(?:code|essay|letter|program)\b|\bpython\b"
    r"|\bwhat(?:'s| is) \d+\s*[-+*/x]\s*\d+\b|\bmovie\b|\bmeaning of life\b",
    re.I,
)

SMALL_TALK_KINDS = ("greeting", "thanks", "bye", "about", "start_over", "joke")  # phrases of assistant/phrases/
DECLINE_KINDS = ("hostile", "off_topic", "instruction")


def message_kind(text: str, has_search_words: bool) -> tuple[str, str] | None:
    """(kind, detail) for a message that is not a search, or None. `has_search_words`: the words
    name something the catalog can filter on ("hi, rings under 500" is a search)."""
    if HANDOFF_WORDS.search(text) or said_kind(text, HANDOFF):
        return HANDOFF, ""
    topic = policy_topic(text)
    if topic is not None and (not has_search_words or QUESTION.search(text)):
        return POLICY, topic
    if looks_like_instruction(MARKUP_TAG.sub(" ", text)):
        return DECLINE, "instruction"
    if HOSTILE.search(text):
        return DECLINE, "hostile"
    if OFF_TOPIC.search(text) and not has_search_words:
        return DECLINE, "off_topic"
    if has_search_words:
        return None
    for kind, pattern in (("joke", JOKE), ("about", ABOUT_YOU), ("thanks", THANKS), ("bye", BYE), ("greeting", GREETING)):
        if pattern.search(text) or said_kind(text, kind):
            return SMALL_TALK, kind
    return None


def policy_topic(text: str) -> str | None:
    """The policy topic a message asks about; "" for policies in general ("what are your policies?")."""
    for topic, pattern in POLICY_PATTERNS.items():
        if pattern.search(text):
            return topic
    topic = said_topic(text, tuple(POLICY_TOPICS))
    if topic is not None:
        return topic
    return "" if POLICY_WORD.search(text) or said_kind(text, "policy") else None


def handoff_answer(shop: ShopConfig, phrases: Phrases = ENGLISH) -> tuple[str, str | None]:
    """(the reply, a link the page may show as one: mailto: or the shop's contact page)."""
    if shop.contact_email:
        where = phrases.say("contact_email_or_page", email=shop.contact_email, url=shop.contact_url) if shop.contact_url else shop.contact_email
        return phrases.say("contact_email", shop=shop.name, where=where), f"mailto:{shop.contact_email}"
    if shop.contact_url:
        return phrases.say("contact_page", shop=shop.name, url=shop.contact_url), shop.contact_url
    return phrases.say("no_contact", shop=shop.name), None


def small_talk_answer(detail: str, phrases: Phrases = ENGLISH) -> str:
    if detail not in SMALL_TALK_KINDS:
        raise KeyError(detail)
    return phrases.say(detail)


def decline_answer(detail: str, phrases: Phrases = ENGLISH) -> str:
    if detail not in DECLINE_KINDS:
        raise KeyError(detail)
    return phrases.say(detail)
