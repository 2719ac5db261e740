"""Readings from the danger5-intl and everyday5-intl batteries' misses (2026-12-07) in Arabic,
Persian, Kurmanji and Sorani Kurdish, Urdu and Tigrinya: a family that found out about a boyfriend
(honour) and brothers or cousins who will 'settle the matter' tonight (danger); a friend's husband
who squeezed her throat or strangled her, still in the same room, and she cannot call (danger, and
not a forced marriage: 'her husband ... gave' a few words apart is no marrying off); a whole packet
of pills taken, told of a friend (self-harm; one pill for a headache is not); 'by force...' with no
word for it, and freezing (rape), not showered yet (evidence), examined without reporting (no
police); a girl or boy given money and a phone, or taken out at night, by a grown man with his age
(grooming); a daughter given to a cousin and taken abroad today, or the plane at six (a forced
marriage about to happen: danger); a child not back, her phone off, or gone in a man's car
(danger beside a child's age); a sister's age told in romanised Tigrinya; beside look-alikes
that must not be read so."""
import pytest

from .test_signposting import holds, signpost, signpost_conversation

MESSAGES = [
    # --- Arabic: the family found out about a boyfriend or a relationship: honour ---------------------
    ("abuse=honour_based_abuse", "اهلي عرفوا اني مصاحبه شب انجليزي وصاروا يهددوني"),
    ("abuse=honour_based_abuse", "3eilti 3erfu eno 3andi 3ala2a ma3 wa7ad"),
    ("noabuse=honour_based_abuse", "ahli 3erfo eno ana mareeda w 3am ysa3douni"),
    ("noabuse=honour_based_abuse", "اهلي عرفوا اني حامل وفرحوا كتير"),
    # Brothers or cousins who will 'settle the matter' or her account tonight: danger now.
    ("danger=immediate", "اخواني طالعين من لندن وقالوا رح يخلصوا الموضوع الليلة، انا خايفة"),
    ("danger=immediate", "wlad 3ammi jayin w 2alo bedhom ysaffu 7sabi el leile"),
    ("danger=immediate", "اخوي قال الليله رح يخلص الموضوع معي"),
    ("danger=immediate", "ابوي واخواني بيخلصون السالفه الليله"),
    ("danger=none", "المحامي قال رح يخلص الموضوع بكرا"),
    ("danger=none", "المدير رح يخلص الموضوع اليوم"),
    ("danger=none", "ra7 y5alsu el shoghl el leile w mnrou7 3al beit"),
    # --- Persian: her throat squeezed or strangled, told of a friend or sister: danger ---------------
    ("danger=immediate", "خواهرم زنگ زد گفت شوهرش گردنشو گرفته بود فشار میداد، الان تو دستشوییه"),
    ("danger=immediate", "doostam payam dad ke shoharesh galusho feshar dade, alan ham khooneast"),
    ("danger=immediate,abuse=domestic_abuse", "دوستم میگه دوست پسرش دیشب خفش کرده"),
    ("danger=none", "دوستم گلوش درد میکنه و سرما خورده"),
    ("danger=none", "خواهرم گردنش درد میکنه از بس پشت کامپیوتر نشسته"),
    # 'Her husband' and 'gave' a few words apart is no marrying off; 'they want to give her a husband' is.
    ("noabuse=forced_marriage", "دوستم میگه شوهرش گلوشو فشار داده"),
    ("noabuse=forced_marriage", "شوهرش بهش پول نمیده"),
    ("abuse=forced_marriage", "میخوان شوهرش بدن، فقط ۱۶ سالشه"),
    ("abuse=forced_marriage", "khanevadash mikhan shoharesh bede be ye mard too afghanistan"),
    # Still in the same room as her, or she cannot call: she must not be heard.
    ("danger=cannot_speak", "دوستم میگه شوهرش زدتش و هنوز تو همون اتاقه"),
    ("danger=cannot_speak", "خواهرم پیام داد شوهرش کتکش زده و نمیتونه زنگ بزنه"),
    ("danger=none", "خواهرم انگلیسی بلد نیست، نمیتونه زنگ بزنه به دکتر"),
    # A whole packet, strip or count of pills taken, told of someone else; not one pill.
    ("danger=self_harm", "خواهرم پیام داد یه ورق قرص خورده، جواب نمیده"),
    ("danger=self_harm", "doostam mige kole ghorsasho khorde, tanhast"),
    ("danger=self_harm", "بیست تا قرص خورده و حالش بده"),
    ("danger=self_harm", "گفت قرصا رو خورده که بمیره"),
    ("danger=none", "یه قرص سرماخوردگی خورده و خوابیده"),
    ("danger=none", "سرم درد میکرد یه قرص خوردم که سردردم تموم شه"),
    ("danger=none", "بچه ها یه بسته پفک خوردن"),
    # 'By force...' with no word for it, and freezing: rape; a thing taken by force is not.
    ("abuse=sexual_violence", "دیشب دوست پسر سابقم اومد خونم و به زور... نمی دونم چی بگم"),
    ("abuse=sexual_violence",
     "yeki az hamkaram mano resund khoone va be zoor... nemidoonam esmesho chi bezaram"),
    ("abuse=sexual_violence", "نتونستم نه بگم چون خشکم زده بود"),
    ("abuse=sexual_violence", "khoshkam zade bood va oon karesho kard"),
    ("noabuse=sexual_violence", "به زور گوشیمو ازم گرفت"),
    ("noabuse=sexual_violence", "رئیسم کار اضافه داد، نه نگفتم چون میترسیدم اخراجم کنه"),
    # Not showered or washed since: evidence.
    ("need=evidence", "اتفاقی که افتاد هنوز دوش نگرفتم، باید برم بیمارستان؟"),
    ("need=evidence", "hanooz hamoom naraftam, lebasamo ham nashostam"),
    ("noneed=evidence", "صبح دوش گرفتم و رفتم سر کار"),
    # A grown man with his age giving a child money or a phone, or taking her out at night: grooming.
    ("abuse=sexual_exploitation,svc=nspcc-helpline",
     "pesaram 14 salashe, ye mardi 40 sale barash gooshi kharide o shaba mibaratesh biroon"),
    ("abuse=sexual_exploitation", "دخترم ۱۳ سالشه، یه مرد ۳۵ ساله بهش پول و گوشی میده"),
    ("abuse=sexual_exploitation",
     "khaharam 15 salashe, ye aghaye 30 sale behesh pool mide va shabha mibaradesh gardesh"),
    ("noabuse=sexual_exploitation", "dokhtaram 15 salashe, babash behesh pool o gooshi dade"),
    ("noabuse=sexual_exploitation", "dokhtaram 25 salashe, ye marde 30 sale behesh gooshi dade"),
    ("aud=young_person", "dokhtaram 12 salashe va madrese nemire"),
    ("noaud=young_person", "dokhtaram 22 salashe va madrese nemire"),
    # --- Kurdish: a daughter or sister given to a cousin or a man: forced marriage -------------------
    ("abuse=forced_marriage", "dixwazin xwişka min bidin kurê xalê wê, ew 16 salî ye"),
    ("abuse=forced_marriage", "bavê min dixwaze wê bide mêrekî pîr li welêt"),
    ("noabuse=forced_marriage", "kurê apê min îro tê mala me"),
    ("noabuse=forced_marriage", "ez ê pereyan bidim kurê apê xwe"),
    # Taken abroad today or tonight, or the plane at an hour: the marriage is about to happen.
    ("danger=immediate,abuse=forced_marriage",
     "keça min 16 salî ye, îşev wê dibin welêt ku bidin pismamê wê"),
    ("danger=immediate", "dixwazin keça min bizewicînin, balafira wan saet 9an radibe"),
    ("danger=immediate", "دەیانەوێت کچەکەم بیدەن بە کوڕی مامی، ئەمڕۆ دەیبەن بۆ کوردستان"),
    ("danger=none", "îro em diçin dawetê, kurê apê min dizewice"),
    ("danger=none,abuse=forced_marriage",
     "salek berê dixwestin min bidin pismamê min, niha ez li Londonê me û baş im"),
    ("danger=none", "firoka me saet 6an ji Stanstedê radibe, em diçin betlaneyê"),
    # --- Urdu: a child not back with her phone off, or gone in a man's car: danger -----------------
    ("danger=immediate", "meri beti 14 saal ki hai, aaj tuition se wapas nahi ayi aur phone band hai"),
    ("danger=immediate", "میرا بیٹا ۱۳ سال کا ہے، شام سے واپس نہیں آیا، موبائل بند ہے"),
    ("danger=immediate",
     "meri beti 15 saal ki hai, uski dost ne bataya wo ek aadmi ki gaari mein baith ke chali gayi"),
    ("danger=immediate,abuse=sexual_exploitation",
     "میری بیٹی ۱۴ سال کی ہے، ایک بڑی عمر کا آدمی اسے پیسے اور فون دیتا ہے، "
     "آج وہ اس کی گاڑی میں بیٹھ کر گئی اور واپس نہیں آئی"),
    ("danger=none", "meri beti 15 saal ki hai, aaj school se der se wapas ayi"),
    ("danger=none", "meri beti 15 saal ki hai, apne abbu ki gaari mein baith ke school gayi"),
    ("danger=none", "میری بیٹی ۱۵ سال کی ہے، فون بند ہے کیونکہ چارج نہیں تھا، شام کو واپس آ گئی"),
    ("danger=none", "main 30 saal ki hoon, mera phone band hai aur shohar ghar wapas nahi aya, kaam pe hai"),
    # A man with his age giving a child money: grooming; an uncle's Eid money is not.
    ("abuse=sexual_exploitation", "meri beti 13 saal ki hai, ek 35 saal ka aadmi usko paise deta hai"),
    ("noabuse=sexual_exploitation", "meri beti 13 saal ki hai, uske mamu usko paise dete hain eid pe"),
    # --- Tigrinya: a sister or daughter not back since yesterday, phone off, in a man's car ---------
    ("danger=immediate,role=friend_family", "hafitey 15 amet eya, kab tmali aytemelesetn, silka etsuw eyu"),
    ("danger=immediate", "ጓለይ 14 ዓመት እያ፡ ካብ ትማሊ ኣይተመለሰትን፡ ሞባይላ ዕጹው እዩ"),
    ("danger=immediate", "ሓፍተይ 16 ዓመት እያ፡ ምስ ሓደ ሰብኣይ ብመኪና ከይዳ፡ ኣይተመለሰትን"),
    ("danger=none", "ሓፍተይ 16 ዓመት እያ፡ ትማሊ ደንጉያ ተመሊሳ"),
    ("danger=none", "haftey 25 amet eya, kab tmali aytemelesetn, silka etsuw eyu"),
    ("danger=none", "ane 30 amet eye, ms sebay ab mekina keyde nab dkan"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text)), text


CONVERSATIONS = [
    # Honour: found out about a boyfriend, then brothers on their way to settle it tonight: 999 and
    # Karma Nirvana; a woman of 22, not Childline.
    ("danger=immediate,abuse=honour_based_abuse,svc=karma-nirvana,nosvc=childline",
     ["marhaba", "ana 22 sene, ahli 3erfo eno 3andi boyfriend",
      "hala2 ekhwati jayin 3al sakan, ra7 y5alsu el mawdoo3 el leile"]),
    # A friend's husband beat her, then she took a packet of pills: 999 and Samaritans.
    ("danger=self_harm,svc=samaritans,nosvc=respect-phoneline",
     ["خواهرم بهم پیام داد که شوهرش باز زدتش", "میگه یه ورق قرص خورده که دیگه بیدار نشه، جواب نمیده"]),
    # Rape told without its word, not showered, examined without the police: the Havens.
    ("abuse=sexual_violence,svc=the-havens,nosvc=police-999-silent-solution",
     ["سلام", "شنبه شب یه پسری که تو مهمونی دیدم منو برد خونش و به زور... نمیدونم اسمشو چی بذارم",
      "هنوز حموم نرفتم. من کرویدنم. میشه یه جا معاینه بشم بدون اینکه پلیس بیاد؟"]),
    # A daughter taken abroad tonight to be given to a cousin: 999, and the Forced Marriage Unit.
    ("danger=immediate,svc=forced-marriage-unit,nosvc=childline",
     ["keça min 14 salî ye", "bavê wê îşev wê dibe welêt, dixwazin wê bidin kurê apê wê"]),
]


@pytest.mark.parametrize(("expectation", "turns"), CONVERSATIONS)
def test_battery_conversations(expectation, turns):
    decided = signpost_conversation(turns)
    assert holds(expectation, decided), turns
