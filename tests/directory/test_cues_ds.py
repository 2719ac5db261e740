"""Readings from the conversations4-intl battery's misses (2026-12-08) in Persian, Gujarati, Urdu,
Turkish, Tamil, Tigrinya and Spanish: an ex sitting in his car outside her house now (danger), and
standing outside her work every day (stalking); a whole packet of pills swallowed (self-harm); a
child out all night with her phone off (danger beside a child's age), and new phones, vapes and
drink from older men (grooming); a passport kept by a mother-in-law (the family's control, not
exploitation; an agent's is still exploitation); a mother who 'would kill me if she heard' (a figure of
speech, not danger or silence); a live-in maid's employer; 'I said no, he didn't listen' (rape) and
clothes kept unwashed (evidence); smugglers demanding money and sending her to men (exploitation);
'at this age' (an older woman); someone who advises 'in Spanish' (her own language); beside
look-alikes that must not be read so."""
import pytest

from .test_signposting import holds, signpost, signpost_conversation

MESSAGES = [
    # --- Persian (Finglish and script): he is outside her house now, sitting in his car ---------------
    ("danger=immediate", "alan jeloye khoonam too mashinesh neshaste, mitarsam"),
    ("danger=immediate", "shohare sabegham hamin alan dame dar vaysade"),
    ("danger=immediate", "الان توی ماشین جلوی خونم نشسته، تنهام"),
    ("danger=none", "hafte pish jelo khoonam too mashin neshaste bood, alan rafte"),
    # Standing outside her work or home every day, or followed her home: stalking.
    ("abuse=stalking", "exam har roz dam e kaaram vaymise"),
    ("abuse=stalking", "har roz jeloye khoonam miad vaymise, nemidoonam chikar konam"),
    ("noabuse=stalking", "babam ta khoone donbalam oomad chon dir shode bood"),
    # --- Gujarati: a whole packet or strip swallowed ------------------------------------------------
    ("danger=self_harm", "એણે પેરાસિટામોલનું આખું પેકેટ ગળી ગઈ છે"),
    ("danger=self_harm", "મારી બહેન આખી સ્ટ્રીપ ખાઈ લીધી છે અને ઊઠતી નથી"),
    ("danger=self_harm", "mari bhen e aakhu packet gali gai che"),
    ("danger=none", "માથું દુખતું હતું એટલે પેરાસિટામોલની એક ગોળી ખાધી"),
    ("danger=none", "બાળક આખું પેકેટ બિસ્કિટ ખાઈ ગયો"),
    # 'At this age': an older woman.
    ("aud=older", "aa umare mane koi madad karse?"),
    ("aud=older", "ઘડપણમાં દીકરો પૈસા નથી આપતો"),
    ("noaud=older", "aa varshe hu leicester ma rahu chhu"),
    # --- Urdu: a child out all night, her phone off (danger beside a child's age) --------------------
    ("danger=immediate", "meri beti 15 saal ki hai, kal raat ghar nahi ayi aur phone band hai"),
    ("danger=immediate", "میری بیٹی 13 سال کی ہے، کل رات سے گھر نہیں آئی"),
    ("danger=immediate", "mera beta 14 saal ka hai, subah se ghar nahi aaya, kal se phone off hai"),
    ("danger=none", "meri beti 14 saal ki hai, kal raat der se ghar ayi"),
    ("danger=none", "main kal raat ghar nahi aya, dost ke paas tha"),
    # New phones, vapes and drink from older men, for a child: grooming.
    ("abuse=sexual_exploitation", "meri beti 14 saal ki hai, bare larke usko naye phone aur vape dete hain"),
    ("noabuse=sexual_exploitation", "meri beti 14 saal ki hai, naye phone ke liye zid karti hai"),
    # A passport kept by the mother-in-law or husband is their control; by an agent, exploitation.
    ("abuse=coercive_control,noabuse=trafficking_exploitation", "ساس نے پاسپورٹ رکھ لیا ہے، شوہر مارتا ہے"),
    ("abuse=coercive_control,noabuse=trafficking_exploitation", "میرے شوہر نے میرا پاسپورٹ رکھ لیا ہے"),
    ("abuse=trafficking_exploitation", "agent ne mera passport rakh liya hai aur tankhwah nahi deta"),
    # --- Turkish: a mother, teacher or boss who 'would kill me' is a figure of speech ---------------
    ("danger=none", "annem sana yazdığımı duyarsa beni öldürür :) ama ne yapalım"),
    ("danger=none", "hocam ödevi yapmadığımı öğrenirse beni öldürecek"),
    ("danger=immediate", "kocam duyarsa beni öldürür"),
    ("danger=cannot_speak", "kocam yan odada, duyarsa beni öldürür, konuşamam"),
    ("danger=immediate", "babam erkek arkadaşım olduğunu öğrenirse beni öldürür"),
    # --- Tamil: a live-in maid's employer; wages not paid is exploitation ---------------------------
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "naan veetu velaikku vandhen, passport madam kitta irukku, sambalam illa"),
    ("abuse=trafficking_exploitation", "வீட்டு வேலைக்கு வந்தேன், ஆறு மாசமா சம்பளம் இல்லை"),
    ("noabuse=trafficking_exploitation", "en passport amma kitta irukku, naan renew pannanum"),
    ("abuse=coercive_control", "avanga ennai veliya poga vida mattanga"),
    # 'I said no, he didn't listen': rape; not a marriage refused.
    ("abuse=sexual_violence", "nethu night avan veetla, naan vendam nu sonnen aana avan niruthala"),
    ("abuse=sexual_violence,role=survivor", "en friend oda annan... naan venam nu sonnen, avan kekkala"),
    ("noabuse=sexual_violence", "kalyanam venam nu sonnen, appa kekkala"),
    # Clothes kept unwashed, not showered yet: evidence.
    ("need=evidence", "innum kulikkala, dress um apdiye vachiruken"),
    ("need=evidence", "இன்னும் குளிக்கல, உடையும் அப்படியே வச்சிருக்கேன்"),
    ("noneed=evidence", "innaiku kulichitu office ku poren"),
    # --- Tigrinya: smugglers demanding money, sent to men ------------------------------------------
    ("abuse=sexual_exploitation", "ገንዘብ እንተዘይከፊለ ምስ ሰብኡት ክድቅስ ይግድዱኒ"),
    ("abuse=trafficking_exploitation", "እቶም ዘሳገሩኒ ሰባት ዕዳ ክኸፍል ይደልዩ"),
    ("noabuse=sexual_exploitation", "ኣብ ፋብሪካ ምስ ሰብኡት እሰርሕ፣ ደሞዝ ትሑት እዩ"),
    ("aud=migrant_nrpf", "ንhome office ክነግር እፈርሕ"),
    ("aud=migrant_nrpf", "ናብ ኤርትራ ክመልሱኒ ድዮም?"),
    # --- Spanish: someone who advises in Spanish --------------------------------------------------
    ("need=language", "hay alguien que me asesore en español?"),
    ("need=language", "necesito una abogada que hable español"),
    ("noneed=language", "mi hijo estudia en español en el colegio"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text)), text


CONVERSATIONS = [
    # An ex who will not leave her alone, then sitting outside her house now: 999.
    ("danger=immediate,nosvc=mens-advice-line",
     ["exam az vaghti joda shodim velam nemikone", "alan jeloye khoonam too mashin neshaste, tanham"]),
    # A friend's overdose told in Gujarati: 999 and Samaritans.
    ("danger=self_harm,svc=samaritans",
     ["મારી બહેનપણીનો વર એને મારે છે", "હમણાં કહ્યું કે ગોળીઓનું આખું પેકેટ ગળી ગઈ છે"]),
    # Domestic servitude in Tamil: the Modern Slavery Helpline.
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline,nosvc=mens-advice-line",
     ["நான் ஒரு குடும்பத்துக்கு வீட்டு வேலைக்கு வந்தேன்", "எட்டு மாசமா சம்பளம் இல்லை, வெளியே போக விடமாட்டாங்க"]),
]


@pytest.mark.parametrize(("expectation", "turns"), CONVERSATIONS)
def test_battery_conversations(expectation, turns):
    decided = signpost_conversation(turns)
    assert holds(expectation, decided), turns
