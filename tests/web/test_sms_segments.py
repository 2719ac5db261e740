"""Fitting replies into a few texts: the first things said arrive, whole where they can."""
from web.sms.segments import fit, segments

SELF_HARM_UR = ("اگر آپ نے کوئی چیز کھا لی ہے یا اپنے آپ کو نقصان پہنچایا ہے، تو ابھی 999 پر کال کریں یا "
                "ہسپتال کی ایمرجنسی (A&E) میں جائیں۔ Samaritans دن ہو یا رات، کسی بھی وقت آپ کی بات سنیں گے: "
                "116 123۔")


def test_a_paragraph_too_long_for_one_text_goes_on_by_whole_sentences():
    texts = fit(["اگر آپ ابھی خطرے میں ہیں تو 999 پر کال کریں۔", SELF_HARM_UR])
    said = " ".join(texts)
    assert "Samaritans" in said and "116 123" in said and "…" not in said
    assert all(segments(text) <= 2 for text in texts)


def test_short_paragraphs_share_a_text_and_the_first_ones_always_arrive():
    texts = fit(["Call 999.", "Samaritans: 116 123.", *[f"Line {n}: " + "x" * 250 for n in range(6)]])
    assert texts[0].startswith("Call 999.\nSamaritans: 116 123.")
    assert len(texts) == 3 and all(segments(text) <= 2 for text in texts)


def test_a_single_sentence_too_long_is_still_cut_at_a_word():
    texts = fit(["word " * 200])
    assert len(texts) == 1 and texts[0].endswith("…") and segments(texts[0]) <= 2


def test_a_text_reply_gives_999_then_the_numbers_then_the_rest():
    from web.sms.conversation import numbers_before_talk
    replies = [{"text": "Call 999.", "danger": True}, {"text": "You deserve to be safe."},
               {"text": "These can help:", "services": [{"name": "Samaritans"}]}, None,
               {"text": "Read more", "link": {"path": "/x"}}]
    ordered = numbers_before_talk(replies)
    assert [r["text"] for r in ordered] == ["Call 999.", "These can help:", "You deserve to be safe.",
                                            "Read more"]


def test_after_self_harm_the_numbers_come_before_how_to_call_without_speaking():
    from web.sms.conversation import numbers_before_talk
    replies = [{"text": "Call 999.", "danger": True, "advice": "call_999"},
               {"text": "Go to A&E.", "danger": True, "advice": "medical"},
               {"text": "Press 55.", "danger": True, "advice": "silent_solution"},
               {"text": "Text 999.", "danger": True, "advice": "emergency_sms"},
               {"text": "These can help:", "services": [{"name": "Samaritans"}]}]
    ordered = [r["text"] for r in numbers_before_talk(replies)]
    assert ordered == ["Call 999.", "Go to A&E.", "These can help:", "Press 55.", "Text 999."]
    # Without self-harm, how to reach 999 without speaking stays first.
    ordered = [r["text"] for r in numbers_before_talk([replies[0], *replies[2:]])]
    assert ordered == ["Call 999.", "Press 55.", "Text 999.", "These can help:"]
