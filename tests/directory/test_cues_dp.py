"""Readings from the misses of three fresh batteries of 2026-12-07 (danger-intl, weak-intl and
conversations3-intl) in Bengali, Hindi, Punjabi, Gujarati and Tamil, each said in other ways than the
battery's, beside look-alikes that must not be read so.

Danger now: a knife in his hand as he walks about, 'today he will finish it all', hiding behind a
shut bathroom door (and so the writer is the one in danger, not a parent asking about a son); a child
on the phone begging to be fetched, held by them now; the door beaten now and 'today I won't let you
off' in Latin-letter Punjabi; a threat to die or kill with the children, 'please quickly'; a knife
picked up and 'I'll finish you' with the Tamil respectful verb. Not: 'he doesn't let me go out'
(control), a throat grabbed once told by the one who did it, 'amma is going to kill me' over marks.

What is happening: a rape told as 'forced into an alley ... what happened after I can't say', done
while she or he was drunk or unconscious, a hand under a child's clothes; 'I haven't told anyone' is
not long ago (only 'never told anyone' is); stalking by new Insta IDs, his car in her street,
flowers or a note left on her car, a man who comes only to stare; a marriage she said no to, the
writer's own marriage arranged beside a trip to Punjab, a family that will kill him if they find
out; a child working for older boys (county lines); a passport kept by her father beside her forced
marriage is his control, not trafficking.

Who is writing: a neighbour who heard screaming next door; a mother whose grown son is harmed by his
wife (the Men's Advice Line); an old woman; a man's or a woman's own anger and acts; a man who likes
men; a parent giving a child's age; 'en class la oru ponnu' (a girl in my class) is not the writer's
daughter."""
import pytest

from directory.signposting.understanding import understand

from .test_signposting import holds, signpost, signpost_conversation

MESSAGES = [
    # --- Bengali -----------------------------------------------------------------------------
    # A knife in his hand as he walks about now; 'today he will finish it all'.
    ("danger=immediate", "ও চাকুটা হাতে নিয়ে ঘরে ঘুরছে, আমি খুব ভয় পাচ্ছি"),
    ("danger=immediate", "amar jamai churita hate niye ghurtese, ami ki korbo"),
    ("danger=immediate", "বর বলছে আজকে সব শেষ করে দেবে, আমি কাঁপছি"),
    ("danger=immediate", "shami bolche aj sob shesh kore dibe, ami bhoy pacchi"),
    ("danger=none", "আজ অফিসের সব কাজ শেষ করে দেবে বলেছে আমার বোন"),
    # Hiding behind a shut bathroom door: danger now, and the writer is the one in danger.
    ("danger=immediate,role=survivor", "আমার ছেলে মাতাল হয়ে চিৎকার করছে, আমি টয়লেটে দরজা লক করে বসে আছি"),
    ("danger=immediate", "ami bathroom e dorja lock kore boshe achi, o baire chillacche"),
    ("danger=none", "বাথরুমের দরজা বন্ধ হয় না, বাড়িওয়ালা ঠিক করছে না"),
    # An old woman says so, or her age.
    ("aud=older,svc=hourglass", "আমি বুড়ি মানুষ, আমার নাতি আমার সব টাকা নিয়ে নেয়"),
    ("aud=older", "ami 74 bochor, amar chele amake gali dey"),
    ("noaud=older", "আমার মা বুড়ি মানুষ, ওনার জন্য কিছু জানতে চাই"),
    # A child on the phone begging to be fetched, held by them now; not 'he doesn't let me go out'.
    ("danger=immediate", "meye phone kore bollo ammu amake niye jao, ora amake jete dicche na"),
    ("danger=immediate", "bon kande kande call dise, bolse amake ekhan theke niye jao"),
    ("danger=none", "amar shami amake baper bari jete dey na, ki korbo"),
    # 'I haven't told anyone' is no sign of long ago; 'never told anyone' is.
    ("abuse=sexual_violence,recent=1",
     "গত শুক্রবার রাতে পার্টিতে একজন আমাকে ধর্ষণ করেছে, কাউকে বলিনি"),
    ("recent=0", "অনেক বছর আগে চাচা আমাকে ধর্ষণ করেছিল, কখনো কাউকে বলিনি"),
    # Forced away into a car or an alley, 'what happened after I can't say'.
    ("abuse=sexual_violence", "একটা লোক জোর করে আমাকে গাড়িতে টেনে নিয়ে গেল, তারপর যা হলো বলতে পারবো না"),
    ("abuse=sexual_violence",
     "ek lok jor kore amake ondhokare tene niye gelo, tarpor ja hoyeche bolte parchi na"),
    ("noabuse=sexual_violence", "একটা লোক আমার ব্যাগ টেনে নিয়ে দৌড় দিল, পুলিশকে জানাবো কিভাবে"),
    # A hand under a child's clothes; a child's age with 'bochor'.
    ("abuse=sexual_violence,svc=nspcc-helpline", "amar meye 8 bochor, or chacha or jamar bhitore haat dey"),
    ("abuse=sexual_violence", "huzur amar bhatijir kapor er niche haat diyeche"),
    ("aud=young_person,svc=nspcc-helpline", "amar chele 12 bochor, or baba oke khub mare"),
    ("noaud=young_person", "amar chele 30 bochor, o amake gali dey"),
    # Money for a child beside 'told her not to tell anyone': grooming.
    ("abuse=sexual_exploitation", "amar meye 13 bochorer, ekjon oke taka dey, bolse kauke na bolte"),
    # --- Hindi -------------------------------------------------------------------------------
    # Screaming heard from the next flat, a neighbour's bruise: someone else's harm, told by a
    # neighbour (a man: not the Men's Advice Line).
    ("role=friend_family", "पड़ोस वाले घर से रोज़ रात को मारपीट की आवाज़ आती है, क्या करूं"),
    ("role=friend_family,nosvc=mens-advice-line",
     "बगल के फ्लैट में वो औरत रो रही थी, मैं पुलिस को बताऊं क्या? मैं उसे जानता नहीं"),
    ("role=friend_family", "उसकी आँख पे नीला निशान था, शायद पति मारता है"),
    ("norole=friend_family", "मेरा पड़ोसी मुझे रोज़ घूरता है, डर लगता है"),
    # His own anger and what he does with it; she is scared of him.
    ("role=perpetrator,svc=respect-phoneline", "मेरा गुस्सा बहुत खराब है, बीवी पर चिल्लाता रहता हूँ"),
    ("role=perpetrator", "गुस्से में मैं सामान तोड़ देता हूँ, बच्चे डर जाते हैं"),
    ("role=perpetrator", "wo ab mujhse darti hai, main kya karu"),
    ("norole=perpetrator", "उसका गुस्सा बहुत खराब है, मैं डरती हूँ"),
    ("norole=perpetrator", "uske gusse ke liye koi course hai kya, wo mujhe maarta hai"),
    # A throat grabbed once, told by the one who did it, is no danger now; pressing a throat now is.
    ("danger=none", "एक बार गुस्से में मैंने उसका गला पकड़ लिया था, अब पछतावा है"),
    ("danger=immediate", "वो उसका गला दबा रहा है अभी, बगल के फ्लैट में"),
    ("danger=immediate", "उसने मेरा गला पकड़ लिया, मैं बाथरूम में बंद हूँ"),
    # Done to the writer while drunk or unconscious.
    ("abuse=sexual_violence", "usne mujhe itni pila di ki yaad nahi, phir mere saath kuch kiya"),
    ("abuse=sexual_violence", "jab main hosh mein nahi thi tab usne mere saath galat kiya"),
    ("abuse=sexual_violence", "मैं नशे में थी और उसने मेरे साथ ज़बरदस्ती की"),
    ("noabuse=sexual_violence", "party mein usne mujhe bahut pila di, subah sar dard tha"),
    # A parent giving the child's age.
    ("aud=young_person,svc=nspcc-helpline", "मेरी बेटी 13 साल की है और एक आदमी उसे गिफ्ट देता है"),
    ("aud=young_person", "meri beti 14 saal ki hai, uska boyfriend usko maarta hai"),
    ("noaud=young_person", "मेरा बेटा 25 साल का है, वो मुझे गाली देता है"),
    # A child working for older boys (county lines).
    ("abuse=trafficking_exploitation", "मेरा बेटा 14 का है, कहता है बड़े लड़कों के लिए डिलीवरी करता है"),
    ("abuse=trafficking_exploitation", "mera bhai bade ladkon ke liye kaam karta hai, raat ko late aata hai"),
    ("noabuse=trafficking_exploitation", "मेरे पति बड़े लोगों के घर में ड्राइवर का काम करते हैं"),
    # --- Punjabi -----------------------------------------------------------------------------
    # The door beaten now, 'today I won't let you off', in Latin letters; not 'I'll never leave you'.
    ("danger=immediate", "oh sharabi ho ke darwaza bhann reha, main kamre ch aan"),
    ("danger=immediate", "kehnda ajj tenu jionda ni chaddna"),
    ("danger=none", "main tainu kade nahi chaddna, tu meri jaan aa"),
    # Stalking: new numbers or IDs, his car in her street, following her.
    ("abuse=stalking,svc=national-stalking-helpline", "ਮੇਰਾ ਸਾਬਕਾ ਪਤੀ ਨਵੇਂ ਨਵੇਂ ਨੰਬਰਾਂ ਤੋਂ ਕਾਲਾਂ ਕਰੀ ਜਾਂਦਾ"),
    ("abuse=stalking", "ohdi gaddi roz saadi gali ch khadi hundi aa"),
    ("abuse=stalking", "ਉਹ ਕੰਮ ਤੋਂ ਘਰ ਤੱਕ ਮੇਰਾ ਪਿੱਛਾ ਕਰਦਾ"),
    ("noabuse=stalking", "ਮੈਂ ਨਵਾਂ ਨੰਬਰ ਲੈ ਲਿਆ ਤਾਂ ਜੋ ਉਹ ਮੈਨੂੰ ਨਾ ਲੱਭੇ"),
    ("noabuse=stalking", "meri gaddi gali ch khadi aa, chabi gum gayi"),
    # A grown son harmed by his wife, told by his mother or brother: the line for men (with a place named, the
    # message is read, and no interpreted line comes first).
    ("aud=man,svc=mens-advice-line,nosvc=national-domestic-abuse-helpline",
     "ਮੇਰੇ ਮੁੰਡੇ ਦੀ ਘਰਵਾਲੀ ਉਹਨੂੰ ਕੁੱਟਦੀ ਹੈ, ਅਸੀਂ Leicester ਰਹਿੰਦੇ ਹਾਂ, ਮੈਂ ਕੀ ਕਰਾਂ"),
    ("aud=man", "ਮੇਰਾ ਵੀਰ ਕਹਿੰਦਾ ਬੰਦਿਆਂ ਨਾਲ ਇਹ ਨਹੀਂ ਹੁੰਦਾ, ਪਰ ਉਹਦੀ ਵਹੁਟੀ ਉਹਨੂੰ ਗਾਲ੍ਹਾਂ ਕੱਢਦੀ"),
    ("noaud=man", "ਮੇਰਾ ਮੁੰਡਾ ਆਪਣੀ ਘਰਵਾਲੀ ਨੂੰ ਕੁੱਟਦਾ ਹੈ, ਮੈਂ ਕੀ ਕਰਾਂ"),
    # A woman's own acts, not wanting to be like this.
    ("role=perpetrator,svc=respect-phoneline", "main roz ohda phone check kardi aan te gussa kardi aan"),
    ("role=perpetrator", "main aisi nahi banna chahundi, mere bache sab vekhde ne"),
    ("role=perpetrator", "ਮੈਂ ਉਹਨੂੰ ਗੁੱਸੇ ਚ ਮਾਰਦੀ ਹਾਂ, ਮੈਨੂੰ ਮਦਦ ਚਾਹੀਦੀ"),
    ("norole=perpetrator", "oh roz mera phone check karda, main ki karan"),
    # The writer's own marriage arranged beside a trip: a forced marriage; neither alone.
    ("abuse=forced_marriage,svc=forced-marriage-unit", "ਘਰਦੇ ਮੇਰਾ ਵਿਆਹ ਪਿੰਡ ਜਾ ਕੇ ਕਰਵਾਉਣਾ ਚਾਹੁੰਦੇ"),
    ("noabuse=forced_marriage", "ਮੇਰਾ ਵਿਆਹ ਪਿਛਲੇ ਸਾਲ ਹੋਇਆ, ਪਤੀ ਚੰਗਾ ਹੈ"),
    ("noabuse=forced_marriage", "ਮੈਂ ਪੰਜਾਬ ਚ ਛੁੱਟੀਆਂ ਕੱਟਣ ਜਾ ਰਹੀ ਹਾਂ"),
    # The family will kill the writer if they find out: honour; not a husband's 'he'll kill me'.
    ("abuse=honour_based_abuse,svc=karma-nirvana", "ghardeyan nu pata chal gaya ta maar denge mainu"),
    ("abuse=honour_based_abuse", "ਜੇ ਇਹਨਾਂ ਨੂੰ ਪਤਾ ਲੱਗ ਗਿਆ ਤਾਂ ਮਾਰ ਦੇਣਗੇ"),
    ("noabuse=honour_based_abuse", "je mere ghar wale nu pata lagg gaya ki main call kiti ta oh maar dega"),
    # A man who likes men.
    ("aud=lgbt,svc=galop-lgbt-helpline", "main munda haan te mainu munde pasand ne, ghar wale nahi mande"),
    ("aud=lgbt,aud=man", "ਮੈਨੂੰ ਮੁੰਡੇ ਪਸੰਦ ਨੇ, ਕਿਸੇ ਨੂੰ ਨਹੀਂ ਦੱਸਿਆ"),
    ("noaud=lgbt", "meri dhee nu munde pasand ne, oh 14 saal di aa"),
    # --- Gujarati ----------------------------------------------------------------------------
    # A threat to die with the children; 'please quickly'.
    ("danger=immediate", "એ કહે છે કે બાળકોને લઈને નદીમાં કૂદી પડીશ"),
    ("danger=immediate", "eno message aavyo ke chhokrao sathe mari jaish, have phone bandh che"),
    ("danger=none", "hu chhokrao sathe park ma jaish, pachhi vaat karie"),
    ("danger=immediate", "mane madad joie, please jaldi"),
    ("danger=none", "jaldi reply aapjo please, mare khali mahiti joie che"),
    # Flowers or a note left on her car or at her door; a man who comes only to stare at her.
    ("abuse=stalking,svc=national-stalking-helpline", "કોઈ રોજ મારા દરવાજે ગુલાબ મૂકી જાય છે, મને ખબર નથી કોણ"),
    ("abuse=stalking", "ek ajanyo manas mari gaadi par chitthi muki gayo"),
    ("abuse=stalking", "e roj mari office same aave ane bas joya kare"),
    ("noabuse=stalking", "મારા પતિ મારા જન્મદિવસે ગુલાબ લાવ્યા"),
    ("noabuse=stalking", "મારો દીકરો આખો દિવસ બસ ફોન જોયા કરે છે"),
    # A marriage she said no to.
    ("abuse=forced_marriage,svc=forced-marriage-unit", "mari sagai nakki kari, me na padi to pan"),
    ("abuse=forced_marriage", "મેં ના પાડી છતાં મારા લગ્ન કરાવે છે"),
    ("noabuse=forced_marriage", "મારી બહેનના લગ્ન આવતા મહિને છે, બધા ખુશ છે"),
    # Papers kept by an employer are still exploitation.
    ("abuse=trafficking_exploitation", "malik e maro passport lai lidho ane pagar nathi aapta"),
    # --- Tamil -------------------------------------------------------------------------------
    # A knife picked up (the respectful verb too); 'கத்தி' alone is also shouting.
    ("danger=immediate", "அவர் கத்திய எடுத்தாரு, நான் ரூம்ல இருக்கேன்"),
    ("danger=immediate", "en purushan kaththi eduthaan, bayama irukku"),
    ("danger=none", "அவர் கத்தி பேசினாரு, அப்புறம் தூங்கிட்டாரு"),
    # 'I'll finish you', with the quotative joined; not 'I'll finish this work today'.
    ("danger=immediate", "இன்னைக்கு உன்னை முடிச்சிடுவேன்னு சொல்லி கத்துறாரு"),
    ("danger=immediate", "avan unnai mudichiduvennu sonnan, ippo veetla irukkan"),
    ("danger=none", "இந்த வேலையை இன்னைக்கு முடிச்சிடுவேன்"),
    # 'Going to kill me' over marks or results is a figure of speech; from a partner it is danger.
    ("danger=none", "en marks paatha appa ennai kolla poraaru"),
    ("danger=none", "amma ennai kolla poranga if she sees my report card"),
    ("danger=immediate", "en purushan ennai kolla poraan, please help"),
    # 'ponnu' is also 'a girl': a classmate is not the writer's daughter; 'en ponnu' still is.
    ("norole=parent", "en class la oru ponnu romba azhura, naan enna pannanum"),
    ("role=parent", "en ponnu 14 vayasu, oru periya paiyan kooda suthura"),
    ("role=parent", "en chinna paiyan school ku poga bayapadran"),
    # The writer's own age alone after 'I'.
    ("aud=young_person", "naan 15 enna panradhu theriyala, en friend ah avanga appa adikkiraar"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text)), text


# Conversations: each turn read with what the earlier ones established, the last one checked.
CONVERSATIONS = [
    # A daughter gone, then on the phone begging to be fetched: danger now, still the parent asking.
    ("danger=immediate,role=parent",
     ["amar meye 15 bochorer, kal theke bari ashe nai",
      "ekhon call dise, bolche ammu amake niye jao, ora amake jete dicche na"]),
    # Is it only for victims; his own acts; then where he lives: Respect, not the men's line.
    ("role=perpetrator,svc=respect-phoneline,nosvc=mens-advice-line",
     ["क्या ये सिर्फ़ पीड़ितों के लिए है?", "मैं गुस्से में चीज़ें फेंकता हूँ, बीवी मुझसे डरती है",
      "मैं Harrow में रहता हूँ, कोई course बताइए"]),
    # His own marriage arranged, tickets booked, then the family will kill him: a forced marriage.
    ("abuse=forced_marriage,svc=karma-nirvana,nosvc=national-domestic-abuse-helpline",
     ["ghar wale mera viah karauna chaunde ne", "tickets vi book kar ditte",
      "main munda haan, mainu munde pasand ne, je ghardeyan nu pata chal gaya ta maar denge"]),
    # Her friend married off against her will, then her passport taken by her father: his control.
    ("abuse=forced_marriage,noabuse=trafficking_exploitation,svc=forced-marriage-unit,nosvc=modern-slavery-helpline",
     ["mari friend na papa ena cousin sathe lagan karave che, ene na padi to pan",
      "ena papa e eno passport lai lidho che"]),
]


@pytest.mark.parametrize(("expectation", "turns"), CONVERSATIONS)
def test_battery_conversations(expectation, turns):
    decided = signpost_conversation(turns)
    assert holds(expectation, decided), turns


@pytest.mark.parametrize(("text", "abroad"), [
    # Gone to India with the family and not coming back: abroad.
    ("mari best friend family sathe india gayi hati, have pachhi nathi aavti", True),
    ("ena papa ene bharat lai gaya, pachhi nathi aavvani", True),
    ("mari ben india thi pachhi aavi gai, have khush che", False),
])
def test_not_coming_back_from_abroad(text, abroad):
    assert understand(text).abroad is abroad, text
