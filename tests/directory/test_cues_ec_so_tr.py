"""Readings from the cue round of 2026-12-08 (so_tr: Somali and Turkish, with and without Turkish
letters, mixed with English), each idea of the dev-part misses said in other words than the
evaluation personas, beside look-alikes.

Somali: a girl who 'has grown, her time has come' ('waqtigii waa la gaadhay', 'waqtigeedii waa la
gaaray') beside a trip, and a ticket bought for her ('tikidh'), is cutting (FGM), not the time for
school; a little girl taken abroad ('gabar yar baa dibadda loo qaadayaa') is someone else asked
about, not the writer; a family that no longer speaks to her or has cut her off ('ima la hadlaan',
'way iga go'een') makes her the one harmed, and 'traitor' from a relative is honour, not politics;
'better if I did not wake up' or 'I wish I had not been born' is a risk to her life, not waking
late for work nor 'better if I lived in London'.

Turkish: a woman's partner said to be a woman ('kiz sevgilim', 'sevgilim, o bir kiz', 'sevgilimin
kadin oldugunu ogrendiler', 'ikimiz de kiziz') and a family that wants her 'put right' because of
her girlfriend ('kiz arkadasim yuzunden, duzelsin diye') is LGBT+, not 'kiz arkadasim' alone (most
often a friend), nor a boyfriend and another girl, nor a quarrel made up; taken to Turkey or the
village to 'come to her senses' is honour, not a holiday or a mother's health; a threat said to
her, her phone taken, her passport kept, an engagement to her cousin make her the one harmed, not
a sister's engagement; her phone taken to read her messages or her location demanded is tech abuse,
not a message seen or a location she shared herself."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # === Somali: 'she has grown, her time has come' beside a trip, a ticket (FGM) ===================
    ("abuse=fgm", "eeddaday waxay gabadhayda u qaadaysaa Hargeysa xagaaga, waxay leedahay gabadhu way "
                  "weynaatay, wakhtigii waa la gaaray"),
    ("svc=nspcc-fgm-helpline", "walaalkay xaaskiisa ayaa tikidhka u goysay gabadheeda, ayeeyo waxay tiri "
                               "gabadhu waqtigeedii waa la gaadhay"),
    ("noabuse=fgm",
     "gabadhayda way weynaatay, waqtigii dugsiga waa la gaadhay, xagaaga Hargeysa ayaan tagaynaa"),
    ("noabuse=fgm", "tikidh ayaan u jaray hooyaday, waxay u socotaa Muqdisho si ay u aragto walaasheed"),
    # === Somali: a little girl taken abroad is someone else's =======================================
    ("role=friend_family,abuse=fgm", "gabar yar baa xagaaga dibadda loo qaadayaa, gudniin ayaan ka baqayaa"),
    ("role=survivor", "gabar yar baan ahay, aabahay wuu i garaacaa"),
    # === Somali: cut off by the family, called a traitor ===========================================
    ("role=survivor,abuse=honour_based_abuse",
     "qoyskayga oo dhan way iga go'een markii aan booliska u sheegay, "
     "waxay igu yiraahdaan ceeb baad noo keentay"),
    ("abuse=honour_based_abuse", "walaalahay waxay igu yiraahdaan khaa'inad ayaad tahay"),
    ("noabuse=honour_based_abuse", "siyaasiga waa khaa'in, dowladda ayuu iibiyay"),
    # === Somali: better if I did not wake up, I wish I had not been born ===========================
    ("danger=self_harm", "waxaa fiicnaan lahayd haddii aanan soo toosin subaxa"),
    ("svc=samaritans", "haddaanan jirin way roonaan lahayd, qof walba wuu iga nastaa"),
    ("danger=self_harm", "mararka qaar waxaan jeclaan lahaa inaanan dhalan"),
    ("danger=none", "haddii aanan goor hore toosin shaqada ayaan ka dhacayaa"),
    ("danger=none", "waxaa fiicnaan lahayd haddii aan London ku noolaan lahaa"),
    # === Turkish: her partner is a woman ============================================================
    ("aud=lgbt", "ailem kız sevgilimle fotoğraflarımı buldu, babam evden attı"),
    ("aud=lgbt", "abilerim sevgilimin kadın olduğunu öğrendi, beni öldüreceklerini söylüyorlar"),
    ("svc=galop-lgbt-helpline", "sevgilimden bahsettim, o da bir kadın, şimdi annem benimle konuşmuyor"),
    ("aud=lgbt", "ikimiz de kızız ve ailem öğrenirse beni evden atar"),
    ("noaud=lgbt", "sevgilim o kızla mesajlaşıyor, beni aldatıyor mu bilmiyorum"),
    ("noaud=lgbt", "kız arkadaşımla kavga ettim, bana bağırdı"),
    ("noaud=lgbt", "sevgilimle o bir kiz yuzunden kavga ettik"),
    ("noaud=lgbt", "sevgilimin annesi de bir kadın doktor, çok iyi biri"),
    # === Turkish: to be 'put right' because of her girlfriend, or back home =======================
    ("aud=lgbt,abuse=honour_based_abuse", "kiz arkadasim yuzunden beni duzeltmek icin hocaya goturuyorlar"),
    ("svc=forced-marriage-unit,aud=lgbt",
     "dayimin ogluyla evlendirecekler, hepsi kiz arkadasim yuzunden duzelesin diye"),
    ("abuse=honour_based_abuse", "babam seni memlekete gonderecegiz orada aklin basina gelir dedi"),
    ("noaud=lgbt,noabuse=honour_based_abuse", "kiz arkadasimla aramiz duzelsin diye ona hediye aldim"),
    ("noabuse=honour_based_abuse",
     "annemi memlekete goturecegiz, orada sagligi duzelir, sagligi duzelsin diye"),
    ("noabuse=honour_based_abuse", "yazın köye gideceğiz, dedemi göreceğiz, çok özledim"),
    # === Turkish: her passport kept, her cousin to marry, a threat to her ==========================
    ("role=survivor,need=legal_immigration", "annem pasaportumu vermiyor, yazin yurt disina goturecekler"),
    ("need=legal_immigration", "pasaportum babamda, geri vermiyor"),
    ("noneed=legal_immigration", "pasaportum annemde duruyor, tatile giderken alacagim"),
    ("role=survivor,abuse=forced_marriage",
     "yengem soyledi, amcamin ogluyla soz kesilecekmis, kimse bana sormadi"),
    ("role=friend_family", "ablam amcamin ogluyla nisanlanacak, ona nasil yardim edebilirim"),
    ("role=survivor", "kuzenim bana seni oldururum diye mesaj atti"),
    # === Turkish: her phone taken to read it, her location demanded ================================
    ("abuse=tech_abuse", "abim her gelisimde telefonumu alip whatsappimi karistiriyor"),
    ("abuse=tech_abuse", "abim konumumu paylasmami istiyor, nereye gitsem biliyor"),
    ("noabuse=tech_abuse", "arkadaşım mesajlarımı gördü ama cevap vermedi"),
    ("noabuse=tech_abuse", "eve gec kalacagim diye konumumu paylastim annemle"),
    # Papers kept by a mother or brothers are their control; by a boss or an agency, exploitation.
    ("abuse=coercive_control,noabuse=trafficking_exploitation", "annem pasaportumu vermiyor"),
    ("abuse=coercive_control,noabuse=trafficking_exploitation", "abilerim kimligimi aldi, cikamiyorum"),
    ("abuse=trafficking_exploitation", "patronum pasaportumu vermiyor, maas da vermiyor")
]

CONVERSATIONS = [
    # The trip in one turn, 'her time has come' in the next.
    ("svc=nspcc-fgm-helpline,role=friend_family",
     ["asc", "walaashay waxay gabadheeda u qaadaysaa Hargeysa bisha dambe",
      "ayeeyo waxay leedahay gabadhu way weynaatay, waqtigii waa la gaaray"]),
    ("noabuse=fgm",
     ["asc", "walaashay waxay gabadheeda u qaadaysaa Hargeysa bisha dambe",
      "gabadhu way weynaatay, waxay rabtaa inay aragto ayeeyadeed"]),
    # Cut off by the family, then not wanting to wake up.
    ("danger=self_harm,svc=samaritans",
     ["qoyskayga way iga go'een markii aan safarka joojiyay",
      "mararka qaar waxaan jeclaan lahaa inaanan soo toosin"]),
    # Her girlfriend said in one turn, her passport kept in the next: still LGBT+.
    ("aud=lgbt,role=survivor,svc=galop-lgbt-helpline",
     ["merhaba", "kız sevgilim var, ailem öğrendi", "pasaportumu vermiyorlar, yazın köye götürecekler"]),
    ("noaud=lgbt", ["merhaba", "kız arkadaşımla kahve içtik", "annem pasaportumu vermiyor"]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
