"""Readings from the danger5-intl and everyday5-intl batteries' misses (2026-12-07) in Bengali, Hindi,
Punjabi, Gujarati and Tamil, each idea in other words than the battery's: a parent who 'will kill me' over
bad results, 'haha, he just says it' (a figure of speech; a husband's or brother's threat is still danger);
'tonight I'll settle your account' said with a time or his coming home (not a boss paying off wages, nor a
shop's accounts); a mother fallen after being hit who does not get up or open her eyes; the door locked and
the key taken by him; writing quietly from the toilet (cannot speak); a teacher or teaching assistant at a
school whom a child told of a father hitting the mother (the NSPCC); 'something wrong happened with her' at
a party last week (a recent sexual assault: the Havens) and an examination without the police; a mother or
father of 60 and more whose son or brother takes the pension and pushes them (older); a wife who raises
her hand and threatens a false case, to a man who says 'I'm a man'; left the husband's house, 'where do I
go'; private videos threatened to be sent to her father (tech abuse and images), and her own shame at
telling is no honour abuse; taken abroad today and married off there (a forced marriage, danger now); a
husband who raises his hand to his wife and twisted her arm, wanting help 'but not the police' (his own
behaviour). Beside look-alikes that must not be read so.

Devanagari Hindi is still answered as a language the site does not read (999 and the interpreted line,
understanding.unread_language) whatever its cues understand: the checks here are of what is understood."""
import pytest

from .test_signposting import holds, signpost, signpost_conversation

MESSAGES = [
    # --- Bengali: a parent's 'I'll kill you' over results is a figure of speech ---------------------
    ("danger=none", "ami 15, ammu bole porikkhay fail korle amake mere felbe haha"),
    ("danger=none", "abba bole marks kom pele mere felbe, emni bole, kintu ghore roj jhogra"),
    ("danger=none", "আমার বাবা বলে রেজাল্ট খারাপ হলে মেরে ফেলবে হাহা"),
    ("danger=immediate", "amar swami bolche amake mere felbe, ami khub bhoy pacchi"),
    ("danger=immediate", "bhaiya bolse amake khun kore felbe"),
    # 'Tonight I'll settle your account', with a time or his coming home; not the shop's accounts.
    ("danger=immediate", "amar swami bolse bari fire eshe tor hisab korbo"),
    ("danger=immediate", "বাবা বলেছে আজ রাতে তোর হিসাব করবো"),
    ("danger=none", "dokaner hisab aj rate korbo"),
    # Fallen and not getting up after being hit; not a fall told as over.
    ("danger=immediate", "baba ma ke marlo, ma mejhete pore ache, uthche na"),
    ("danger=immediate", "ammu pore geche, chokh khulche na"),
    ("danger=none", "dadi bathroom e pore giye pa bhenge geche, ekhon hospital e bhalo ache"),
    ("danger=none", "pore bolbo, o ekhono ghum theke uthche na"),
    # The door locked and the key taken by him; not the writer's own key.
    ("danger=immediate", "o dorjay tala diye chabi niye geche"),
    ("danger=none", "ami dorja lock kore chabi nijer kache rakhi"),
    # Writing secretly from the toilet.
    ("danger=cannot_speak", "bathroom theke likhchi, o baire boshe ache"),
    ("danger=cannot_speak", "চুপি চুপি লিখছি, ও বাসায়"),
    ("danger=none", "ami pore likhbo, ekhon kaj e achi"),
    # Her own shame at telling is no honour abuse; the family's shame is.
    ("noabuse=honour_based_abuse", "amar ex amar chobi share korbe bolche, karo ke bolte lojja lage"),
    ("abuse=honour_based_abuse", "family jene gele poribarer lojja hobe, abbu bari theke ber kore dibe"),
    # A teacher whom a child told.
    ("role=professional,aud=young_person",
     "ami ekta school e teacher, ekjon chhatri bollo or baba ma ke mare"),
    ("norole=professional", "ami school e jai, amar teacher khub bhalo"),
    # --- Gujarati: 'tonight I'll settle your account' ---------------------------------------------------
    ("danger=immediate", "mara pati e kahyu ghare aavine taro hisab kari daish"),
    ("danger=immediate", "એણે કહ્યું આજે રાત્રે તારો હિસાબ કરી નાખીશ"),
    ("danger=none", "sheth e kahyu mahina na ante taro hisab kari daish"),
    ("danger=none", "aaje raate dukan no hisab karvano che"),
    # Writing quietly from the toilet or bathroom.
    ("danger=cannot_speak", "hu bathroom ma thi dhime thi message karu chu, e bahar che"),
    ("danger=cannot_speak", "હું ટોઇલેટમાંથી ધીરેથી લખું છું"),
    ("danger=none", "hu pachi lakhu chu, atyare kaam ma chu"),
    # Fallen and not getting up.
    ("danger=immediate", "pappa e mummy ne maryu, mummy jamin par padya che, uthta nathi"),
    ("danger=none", "dadi bajar ma padi gaya hata, have saru che"),
    # A father over results, 'he only says it'; a husband's threat is still danger.
    ("danger=none", "mara papa kahe che result kharab aavse to mari nakhshe, khali kahe che"),
    ("danger=immediate", "maro pati kahe che mari nakhshe"),
    # Private photos threatened; her shame at telling is no honour abuse.
    ("abuse=tech_abuse,noabuse=honour_based_abuse",
     "મારો બોયફ્રેન્ડ કહે છે મારા પ્રાઇવેટ ફોટા મારા ભાઈ ને મોકલી દેશે, કોઈને કહેતા શરમ આવે છે"),
    ("abuse=honour_based_abuse", "પપ્પા કહે છે સમાજમાં શરમ થશે, બહાર જવા નથી દેતા"),
    # Taken abroad and married off there; today is danger now.
    ("abuse=forced_marriage", "papa mari ben ne india lai jase ane tya ena lagan karavi deshe, e 15 ni che"),
    ("danger=immediate,abuse=forced_marriage",
     "mari ben 15 ni che, aaje raate papa ene bharat lai jay che, tya ena lagna karavi devana che"),
    ("noabuse=forced_marriage", "aaje raate india jaie chie, mama na lagan ma"),
    # His own hand raised, her arm twisted; help but not the police.
    ("role=perpetrator", "gussama hu mari patni par haath upadi lau chu, pachi pastavo thay"),
    ("role=perpetrator", "me eno haath maroddi nakhyo, hu aavo manas nathi banvo mangto"),
    ("noneed=report_police", "mane madad joiye che pan police nahi"),
    # --- Tamil: fallen and not getting up, eyes shut -----------------------------------------------
    ("danger=immediate", "appa amma va adichaaru, amma tharaila vizhundhu ezhundhirikala"),
    ("danger=immediate", "அம்மா கீழே விழுந்து எழுந்திருக்கல, கண்ணு திறக்கல"),
    ("danger=none", "paati park la kizha vizhundhaanga, udane ezhundhutaanga, ippo nalla irukkanga"),
    ("danger=none", "paati kannu moodi thoongitu irukkanga"),
    # The door locked and the key taken; not her own.
    ("danger=immediate", "அப்பா கதவை பூட்டி சாவியை எடுத்துட்டாரு"),
    ("danger=none", "naan door lock panni key en bag la vachiruken"),
    # 'I'll settle your account', with a time; not the shop's.
    ("danger=immediate", "veetuku vandhu un kanakka theerthuduven nu sonnaan"),
    ("danger=none", "kadai kanakku inniku raathiri mudikanum"),
    # Writing quietly from the toilet.
    ("danger=cannot_speak", "toilet la irundhu mellama message panren"),
    # A father over marks, 'he just says it'; a husband's threat is still danger.
    ("danger=none", "appa marks kammiya vandha kolla poraru nu solluvaaru, summa thaan"),
    ("danger=immediate", "en purushan ennai kolla poraan"),
    # Private photos threatened to be sent to family.
    ("abuse=tech_abuse", "en ex en private photos va en anna ku anuppiduvan nu solran"),
    # A teacher whom a child told; not a pupil.
    ("role=professional,aud=young_person",
     "naan school la teacher, oru payyan sonnan appa amma va adikiraaru"),
    ("role=professional,abuse=domestic_abuse",
     "நான் பள்ளியில் ஆசிரியை, ஒரு குழந்தை சொன்னா அப்பா அம்மாவை அடிக்கிறாருன்னு"),
    ("norole=professional", "naan school la padikiren, teacher romba nalla"),
    # --- Hindi (Devanagari and Roman) ------------------------------------------------------------------
    ("danger=immediate", "पति ने कहा घर आकर तेरा हिसाब कर दूंगा"),
    ("danger=immediate", "usne bola aaj raat ghar aake tera hisab kar dunga"),
    ("danger=none", "seth ne kaha mahine ke end mein tera hisab kar denge"),
    ("danger=immediate", "papa ne mummy ko maara, mummy gir gayi aur hil nahi rahi"),
    ("danger=immediate", "मम्मी बेहोश पड़ी है"),
    ("danger=none", "dadi bazaar mein gir gayi thi, ab theek hain"),
    ("danger=immediate", "वो दरवाज़ा बंद करके चाबी ले गया"),
    ("danger=cannot_speak", "टॉयलेट में से मैसेज कर रही हूँ"),
    ("danger=none", "पापा कहते हैं रिजल्ट खराब आया तो मार डालेंगे हाहा"),
    ("danger=immediate", "पति कहता है मार डालेगा"),
    # 'Something wrong happened' at a party last week: a recent assault; not being wronged over money.
    ("abuse=sexual_violence,recent=1", "पिछले वीकेंड क्लब में मेरी दोस्त के साथ कुछ गलत हुआ"),
    ("abuse=sexual_violence", "party mein uske saath kuch galat hua, tab se roti rehti hai"),
    ("noabuse=sexual_violence", "उसके साथ बहुत गलत हुआ, पैसे ले के भाग गया"),
    ("need=evidence", "पुलिस के बिना मेडिकल जाँच हो सकती है क्या"),
    # A parent of 60 and more, their pension taken.
    ("aud=older", "मेरे पापा 78 साल के हैं, भाई उनकी पेंशन ले लेता है"),
    ("aud=older,abuse=economic_abuse", "meri nani 81 saal ki hain, mama unki pension le lete hain"),
    ("noaud=older", "मेरी बेटी 16 साल की है"),
    # A teacher or TA whom a child told; not a pupil.
    ("role=professional,aud=young_person",
     "main nursery mein teacher hu, ek bachche ne bataya ki papa mummy ko peet te hain"),
    ("role=professional,aud=young_person",
     "मैं स्कूल में टीचर हूँ, एक बच्ची ने बताया कि पापा मम्मी को मारते हैं"),
    ("norole=professional", "main school mein padhti hu aur teacher mujhe daantti hai"),
    # A man hit by his wife and threatened with a false case; a woman who left, 'where do I go'.
    ("aud=man,abuse=coercive_control", "बीवी हाथ उठाती है और धमकी देती है कि झूठा केस करवा देगी, मर्द हूँ"),
    ("need=safe_place", "पति का घर छोड़ कर आ गई हूँ, अब कहाँ जाऊँ"),
    # --- Punjabi (Gurmukhi) ----------------------------------------------------------------------------
    ("danger=immediate", "ਉਹਨੇ ਕਿਹਾ ਘਰ ਆ ਕੇ ਤੇਰਾ ਹਿਸਾਬ ਕਰੂੰ"),
    ("danger=none", "ਸੇਠ ਨੇ ਕਿਹਾ ਮਹੀਨੇ ਦੇ ਅਖੀਰ ਤੇਰਾ ਹਿਸਾਬ ਕਰ ਦਿਆਂਗੇ"),
    ("danger=immediate", "ਪਾਪਾ ਨੇ ਮੰਮੀ ਨੂੰ ਮਾਰਿਆ, ਮੰਮੀ ਡਿੱਗ ਪਈ ਤੇ ਹਿੱਲ ਨਹੀਂ ਰਹੀ"),
    ("danger=immediate", "ਉਹ ਬੂਹਾ ਬੰਦ ਕਰਕੇ ਚਾਬੀ ਲੈ ਗਿਆ"),
    ("danger=cannot_speak", "ਮੈਂ ਟਾਇਲਟ ਚੋਂ ਮੈਸੇਜ ਕਰ ਰਹੀ ਆਂ"),
    ("aud=older", "ਮੇਰੀ ਬੇਬੇ 80 ਸਾਲਾਂ ਦੀ ਹੈ, ਭਰਾ ਉਹਦੀ ਪੈਨਸ਼ਨ ਲੈ ਲੈਂਦਾ"),
    ("abuse=tech_abuse", "ਮੇਰਾ ਐਕਸ ਕਹਿੰਦਾ ਮੇਰੀਆਂ ਪ੍ਰਾਈਵੇਟ ਫੋਟੋਆਂ ਵਾਇਰਲ ਕਰ ਦਊ"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text)), text


CONVERSATIONS = [
    # His own behaviour, help but not the police: the Respect Phoneline, not the lines for women.
    ("role=perpetrator,svc=respect-phoneline,nosvc=national-domestic-abuse-helpline,noneed=report_police",
     ["madad joiye che, police nahi",
      "hu gusse ma mari patni par haath upadi lau chu, gaya mahine eno haath maroddi nakhyo",
      "koi group ke counselling che?"]),
    # A child whose mother was hit and does not get up: 999, and Childline.
    ("danger=immediate,svc=childline",
     ["naan 12 vayasu", "appa amma va adichaaru, amma kizha vizhundhu ezhundhirikala"]),
    # A 13-year-old's father over exams, 'haha': no 999; Childline.
    ("danger=none,svc=childline,nosvc=police-999-silent-solution",
     ["ami 13, class 8 e pori",
      "abbu bole exam e fail korle mere felbe haha, emni bole. raate ammu abbu jhogra kore"]),
    # A sister of 15 taken abroad tonight to be married: danger now, the Forced Marriage Unit.
    ("danger=immediate,abuse=forced_marriage,svc=forced-marriage-unit",
     ["mari nani ben 15 varas ni che",
      "papa aaje raate ene india lai jay che, tya ena lagan karavi deva na che"]),
    # A teacher in Hindi: the NSPCC.
    ("role=professional,svc=nspcc-helpline",
     ["मैं एक स्कूल में टीचर हूँ", "एक बच्ची ने बताया कि पापा मम्मी को मारते हैं"]),
]


@pytest.mark.parametrize(("expectation", "turns"), CONVERSATIONS)
def test_battery_conversations(expectation, turns):
    decided = signpost_conversation(turns)
    assert holds(expectation, decided), turns
