"""Readings from the fresh batteries' misses of 2026-12-07 (danger-intl, weak-intl and the third
conversations battery) in Arabic, Farsi, Kurdish, Urdu and Tigrinya, each idea said in other words than
the battery's, beside look-alikes that must not be read so:

- danger now: he is at the door now with the verb clipped ('الان جلوی در خونه ست'), his threat to break
  the door in his own words, shouting at it to be opened; he is back now and a threat to kill reported
  in Arabizi ('rje3 halla2', 'bi2tolne'); hiding in the bathroom unable to talk; locked in a room in
  Sorani ('دەرگاکەی لێ داخستووم'); the in-laws 'deciding' tonight over her honour ('aaj raat faisla
  karenge'). Not a past visit, a habit, 'now he is fine', 'I can't tell anyone', a lock long ago, nor
  the writer's own decision;
- forced marriage: a nikah happening now or today, the maulvi or qazi brought to the house; a daughter to
  be married to her cousin or 'before she goes bad here', taken back to the country by them; a ticket to
  Kurdistan bought for a girl, tonight or tomorrow (all danger now when that close). Not 'I bought a
  ticket', a wedding's anniversary, a cousin's own wedding;
- FGM: 'tahara' to be done to a daughter (Egyptian), not washing after a period nor a boy's;
- sexual violence: a drink given and nothing remembered after, woke without clothes (Arabizi); 'I said no
  but he did not listen' (romanised and Ge'ez Tigrinya). Not drinking and forgetting alone, nor a no alone;
- the writer's own acts: a push, smashing her phone, a hand raised to her, not letting her out, afraid of
  himself, not wanting to become his father, learning to control himself (Finglish, Farsi, Sorani); not
  what he did to her ('gooshimo zad zamin', 'دەستی بۆم بەرز کردەوە');
- honour: she has 'taken' the family's name ('آبروشونو بردم');
- a professional (a job named in English inside Tigrinya) asking about a girl of 17 taken by older men in
  cars, with new clothes and money: sexual exploitation of a child, the NSPCC; not the writer's own
  childhood nor a grown woman;
- pictures of the writer asked for, and 'or I'll send them to everyone' (Roman Urdu);
- someone who speaks Kurdish (Sorani and romanised), not 'I am Kurdish'.
"""
import pytest

from .test_signposting import holds, signpost, signpost_conversation

MESSAGES = [
    # --- Farsi: at the door now, the verb clipped or left off -----------------------------------
    ("danger=immediate", "همین الان پشت در خونمونه، تورو خدا یکی کمک کنه"),
    ("danger=immediate", "alan jeloye dar vaysade va dad mizane"),
    ("danger=immediate", "الان دم در خونست، بچه ها ترسیدن"),
    ("danger=none", "هفته پیش اومد دم در خونه و رفت"),
    ("danger=none", "الان هر روز میاد دم در خونه، خسته شدم"),
    # His threat to break the door, shouting at it to be opened, the doorbell rung on and on.
    ("danger=immediate", "میگه اگه درو باز نکنی درو میشکنم"),
    ("danger=immediate", "hey dad mizane baz kon, nemidoonam chikar konam"),
    ("danger=immediate", "زنگ درو ول نمیکنه، میترسم"),
    ("danger=none", "دیروز درو شکست و رفت، الان خونه مادرمم"),
    ("danger=none", "زنگ در خرابه، صاحبخونه درستش نمیکنه"),
    # --- Farsi: his own acts, in Finglish and Persian script ----------------------------------------
    ("role=perpetrator,svc=respect-phoneline,nosvc=mens-advice-line",
     "dishab holesh dadam va oftad, az khodam badam miad"),
    ("role=perpetrator,svc=respect-phoneline", "gooshisho gereftam va koobidam zamin, nemidoonam chera"),
    ("role=perpetrator,svc=respect-phoneline",
     "ba khanomam dava kardim, dige nemikham mesle babam basham ke mamanamo mizad"),
    ("role=perpetrator", "با زنم دعوام شد، میخوام یاد بگیرم خشممو کنترل کنم"),
    ("role=perpetrator", "az khodam tarsidam vaghti sare zanam dad zadam"),
    ("norole=perpetrator", "shoharam mese babam shode, mano mizane"),
    ("norole=perpetrator", "gooshimo az dastam gereft zad zamin shekast"),
    # Honour: she has 'taken' the family's name.
    ("abuse=honour_based_abuse,svc=karma-nirvana",
     "khanevadash migan aberooshoono bordam chon talagh mikham"),
    ("abuse=honour_based_abuse", "برادرام میگن آبروی خانواده رو بردی"),
    ("noabuse=honour_based_abuse", "ابروهامو برداشتم و رفتم مهمونی"),
    # --- Arabic: 'tahara' to be done to a daughter -------------------------------------------------
    ("abuse=fgm,svc=nspcc-fgm-helpline", "جوزي عايز يعمل لبنتنا طهارة في البلد"),
    ("abuse=fgm,svc=nspcc-fgm-helpline", "ستها عايزة الطهارة للبنت قبل ما نرجع"),
    ("abuse=fgm", "hamati 3ayza te3mel la benti tahara lamma nenzel masr"),
    ("noabuse=fgm", "بنتي محتاجة تعرف أحكام الطهارة بعد الدورة"),
    ("noabuse=fgm", "ابني عملناله طهور وهو صغير"),
    # A drink given and nothing remembered after; woke without clothes (Arabizi).
    ("abuse=sexual_violence", "3atani kas w ba3dha ma ba2der etzakkar shi"),
    ("abuse=sexual_violence", "عطاني عصير وبعدها ما بتذكر شي"),
    ("abuse=sexual_violence", "s7eet w ana bala tyeb w ma ba3ref shu sar"),
    ("noabuse=sexual_violence", "sharabt ktir mbere7 w ma ba2der etzakkar shu 2elt"),
    ("noabuse=sexual_violence", "3atani mayy la2anno kent 3atshane"),
    # A daughter to be married to her cousin, or 'before she goes bad here', taken back by them.
    ("abuse=forced_marriage,svc=forced-marriage-unit", "بدهم يجوزوها لابن عمها بالصيف وهي عمرها ١٤"),
    ("abuse=forced_marriage", "abouha 2al lazem tetjawaz 2abl ma tekbar"),
    ("abuse=forced_marriage", "اهل جوزي رح ياخدوها عالبلد وما بيقولولي ليش"),
    ("noabuse=forced_marriage", "بنت عمها تجوزت الشهر الماضي"),
    ("noabuse=forced_marriage", "رح ياخدوها عالمدرسة بكرا الصبح"),
    # He is back now; his threat to kill reported; in the bathroom, unable to talk.
    ("danger=immediate", "jozi rje3 halla2 w sakran, ana khayfe"),
    ("danger=immediate", "هلق رجع عالبيت وعم يصرخ"),
    ("danger=cannot_speak", "ana bel 7ammam w ma fini e7ki"),
    ("danger=cannot_speak", "ma fiye e7ke halla2, huwe bel bet"),
    ("danger=none", "rje3 3al shoghl mbere7 w halla2 kello mni7"),
    ("danger=none", "ma fiye e7ke la 7ada 3an hal shi"),
    # --- Kurdish (Sorani): locked in, hiding --------------------------------------------------------
    ("danger=immediate", "باوکم دەرگاکەی لێ داخستووم و تەلەفۆنەکەمی بردووە"),
    ("danger=immediate", "لە ژوورەکە بەندیان کردووم و ناهێڵن بچمە دەرەوە"),
    ("danger=immediate", "خۆمم شاردۆتەوە لە حەمامەکە، ئەو لە ماڵەوەیە"),
    ("danger=none", "پارساڵ باوکم لە ژوورەکە بەندی کردبووم، ئێستا لە لەندەنم"),
    # Taken back to Kurdistan by the family, a ticket bought for her: tonight or tomorrow, danger now.
    ("abuse=forced_marriage,danger=immediate", "ئەمشەو دەمبەنەوە بۆ کوردستان بۆ ئەوەی شووم پێبکەن"),
    ("abuse=forced_marriage,danger=immediate", "باوکم بلیتی بۆ بڕیوم بۆ سلێمانی، سبەی دەڕۆین، نامەوێ"),
    ("abuse=forced_marriage,danger=none", "هاوین دەمبەنەوە بۆ هەولێر و دەڵێن ئامۆزاکەت چاوەڕێتە"),
    ("noabuse=forced_marriage,danger=none", "بلیتم بڕیوە بۆ هەولێر بۆ سەردانی دایکم"),
    ("noabuse=forced_marriage", "هاوینی ڕابردوو چووینە هەولێر"),
    # His own acts (a man writing).
    ("role=perpetrator,svc=respect-phoneline,nosvc=mens-advice-line", "دەستم لێی بەرز کردەوە و زۆر ترسا"),
    ("role=perpetrator,svc=respect-phoneline", "من پیاوم، ناهێڵم ژنەکەم بچێتە دەرەوە بە تەنها"),
    ("role=perpetrator", "ژنەکەم لێم دەترسێت، نامەوێ وەک باوکم بم"),
    ("norole=perpetrator", "مێردەکەم دەستی بۆم بەرز کردەوە"),
    ("norole=perpetrator", "مێردەکەم نایەڵێت بچمە دەرەوە"),
    # Someone who speaks Kurdish.
    ("need=language", "کەسێک هەیە کوردی بزانێت؟"),
    ("need=language", "kes heye be kurdi qsem legel bkat?"),
    ("noneed=language", "من کوردم و لە لەندەن دەژیم"),
    # --- Urdu: the nikah now or today, the maulvi brought (with a forced marriage) -----------------
    ("abuse=forced_marriage,danger=immediate",
     "unhon ne qazi ko ghar bula liya, zabardasti nikah kar rahe hain"),
    ("abuse=forced_marriage,danger=immediate",
     "aaj nikah hai aur main raazi nahi, ghar wale zabardasti kar rahe hain"),
    ("danger=none", "abhi tak uska nikah nahi hua, ghar wale zabardasti rishta dhoond rahe hain"),
    ("danger=none", "meri shadi ko aaj 5 saal ho gaye, shohar maarta hai"),
    # The family 'deciding' tonight over her honour.
    ("danger=immediate", "bhai log keh rahe hain aaj raat faisla karenge, izzat ka masla hai"),
    ("danger=immediate", "aaj raat uska faisla hoga, susral walay bol rahe the"),
    ("danger=none", "main aaj raat faisla karungi ke usay chhodun ya nahi"),
    # Pictures asked for; 'or I'll send them to everyone'.
    ("abuse=sexual_exploitation,nosvc=modern-slavery-helpline",
     "usne meri photos mangwai thin ab keh raha hai paise do warna sab ko bhej dunga"),
    ("nosvc=modern-slavery-helpline",
     "main 15 ki hoon, ek aadmi ne meri pics mangwayi aur ab dhamki de raha hai"),
    # --- Tigrinya: 'I said no but he did not listen' -----------------------------------------------
    ("abuse=sexual_violence", "ayfal ileyo gn aysemanin, bhayli"),
    ("abuse=sexual_violence", "ayfal ileyo kea gn ayaqoreten"),
    ("abuse=sexual_violence", "ኣይፋል ኢለዮ ኣይሰምዓንን"),
    ("noabuse=sexual_violence", "ayfal ileyo ab sra, kab sebeay ayfetwon"),
    # A professional asking about a girl of 15-17 taken by older men, with new things.
    ("role=professional,abuse=sexual_exploitation,svc=nspcc-helpline,nosvc=childline",
     "ኣብ school ከም teacher እሰርሕ። ሓንቲ ጓል 15 ዓመት ኣላ፣ ዓበይቲ ሰብኡት ብመኪና ይወስድዋ"),
    ("role=professional,abuse=sexual_exploitation,svc=nspcc-helpline",
     "ከም social worker እሰርሕ። ሓንቲ ጓል 16 ዓመት ኣላ፣ ካብኣ ዝዓበዩ ሰብኡት ሓድሽ ሞባይል ይህብዋ"),
    ("noaud=young_person", "ጓል 15 ዓመት ከለኹ ናብ ዓዲ እንግሊዝ መጺአ፣ ሕጂ 30 እየ"),
    ("noaud=young_person", "ane gual 20 amet eye, ab hotel enebr"),
    # --- Danger said the other ways it is typed, in the five languages -----------------------------
    # At the door now; not 'he was at the door'.
    ("danger=immediate", "هو على الباب هلق وعم يدق"),
    ("danger=immediate", "wa2ef 3al bab w 3am ysarrekh"),
    ("danger=none", "كان على الباب مبارح بس راح"),
    ("danger=immediate", "hiji ab maSo alo, hagezuni"),
    # Back now, or back and drunk; not back yesterday, nor gone back to his country.
    ("danger=immediate", "alan barghashte khoone, maste"),
    ("danger=immediate", "گەڕاوەتەوە و سەرخۆشە، دەترسم"),
    ("danger=immediate", "ew niha vegeriya mal"),
    ("danger=immediate", "wo wapas aa gaya hai aur nashe mein hai"),
    ("danger=none", "wo kal wapas aa gaya tha, abhi theek hai"),
    ("danger=none", "shoharam barghashte iran, man inja tanham"),
    # Taken to the airport tonight or now, as in English.
    ("danger=immediate", "بدهم ياخدوني عالمطار الليلة وما بدي روح"),
    ("danger=immediate", "emshab mibaranam forudgah, nemikham beram"),
    ("danger=immediate", "ئەمشەو دەمبەنە فڕۆکەخانە"),
    ("danger=immediate", "îşev min dibin balafirgehê"),
    ("danger=immediate", "aaj raat airport le ja rahe hain mujhe"),
    ("danger=immediate", "ሎሚ ለይቲ ናብ ኤርፖርት ክወስዱኒ እዮም"),
    ("danger=none", "mama w baba ra7 yrej3o men el matar bukra"),
    # Locked in, hiding.
    ("danger=immediate", "2afal 3layi bel ghorfe w a5ad telefoni"),
    ("danger=immediate", "mkhabye bel 7ammam"),
    ("danger=immediate", "min xwe veşartiye, ew li malê ye"),
    ("danger=immediate", "ኣብ ገዛ ዓጽዮምኒ ካብ ትማሊ"),
    ("danger=immediate", "tehabie aleku"),
    ("danger=none", "ቅድሚ ዓመት ኣብ ክፍሊ ዓጽዮምኒ ነይሮም"),
    # Pills taken.
    ("danger=self_harm", "ghors khordam, hame ro"),
    ("danger=self_harm", "حەبێکی زۆرم خوارد"),
    ("danger=self_harm", "bzuh kenina weside"),
    # A threat to kill reported; not 'he'll kill me' over exams.
    ("danger=immediate", "2al iza tarakto bi2tolne"),
    ("danger=none", "abouye bi2tolne iza 3eref eni rsabt bel fa7es"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text)), text


# Conversations: each turn read with what the earlier ones established, the last one checked.
CONVERSATIONS = [
    # A woman harassed by her ex for a year, then 'now he is outside the house, kicking the door'.
    ("danger=immediate,svc=national-stalking-helpline,nosvc=mens-advice-line",
     ["یک ساله ازش جدا شدم ولی هر روز پیام میده", "alan birune khoone ast, dare lagad mizane be dar"]),
    # A friend's forced marriage, then the nikah now.
    ("danger=immediate,svc=forced-marriage-unit",
     ["meri saheli ki zabardasti shadi cousin se karwa rahe hain",
      "abhi nikah parhwa rahe hain, maulvi aa gaye"]),
    # A mother, then the family's plan for her daughter.
    ("abuse=forced_marriage,svc=forced-marriage-unit,nosvc=respect-phoneline",
     ["انا ام لبنت عمرها ١٤", "سمعت جوزي بيقول لازم تتجوز قبل ما تكبر هون"]),
    # A man's own act, then what he wants: Respect, not the men's line for victims.
    ("role=perpetrator,svc=respect-phoneline,nosvc=mens-advice-line",
     ["salam, ba zanam dava shod", "gooshisho gereftam koobidam zamin",
      "mikham yad begiram khodamo control konam"]),
    # Tigrinya: forced on her last night (romanised), then the doctor: the Havens (London not ruled out).
    ("abuse=sexual_violence,svc=the-havens,nosvc=childline",
     ["lomi leyti hade sebeay nab kfley ateyu", "ayfal ileyo gn aysemanin", "nab hakim kkeyd deliye"]),
]


@pytest.mark.parametrize(("expectation", "turns"), CONVERSATIONS)
def test_battery_conversations(expectation, turns):
    decided = signpost_conversation(turns)
    assert holds(expectation, decided), turns
