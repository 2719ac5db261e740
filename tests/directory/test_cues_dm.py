"""Readings from the services batteries' remaining misses in Bengali, Hindi, Punjabi, Gujarati and
Tamil (2026-12-07): a man's own anger and the things he breaks, a wife's pay and card taken, a family
that found out about a girlfriend, a woman's age in Tamil, a friend with no wages and his passport with
the owner, an adult's childhood abuse in Gujarati, a husband who swears and raises a hand, an older
man's pension in Punjabi, honour dragged through the mud, abandonment in the village; beside
look-alikes that must not be read so. None of these is a battery's own text.

A second round (conversations battery of 2026-12-07, intl): a parent giving a child's age, a groom fixed
for a daughter, a woman's own anger and what she throws at her husband, an adult's childhood abuse in
Hindi, a child fetched from school by the man who did it, a Punjabi child gone to meet a man with her
phone off, a Tamil child who will not be alone with an uncle, a nurse asking about a man; the writer's
gender in Gurmukhi and Gujarati (writer_gender.yaml), and conversations, each turn read with the last."""
import pytest

from directory.signposting import Context
from directory.signposting.writer_gender import writer_gender

from .test_signposting import holds, signpost, signpost_conversation

MESSAGES = [
    # Bengali: his own anger, things he breaks, her throat he grabbed, wanting to change; not his
    # anger told by her.
    ("role=perpetrator,svc=respect-phoneline",
     "ami amar rag niyontron korte pari na, bou ke dhomok dei. ami nijeke "
     "shudhrate chai"),
    ("role=perpetrator,svc=respect-phoneline",
     "ঝগড়া হলে আমি জিনিসপত্র ভেঙে ফেলি, বউ ভয় পায়। আমি বদলাতে চাই, কোথায়"
     " যাব?"),
    ("role=perpetrator,svc=respect-phoneline",
     "rag uthle ekbar or gola chepe dhorlam, ekhon nijer upor ghrina hoy"),
    ("role=survivor,norole=perpetrator",
     "amar shami kal rate amar gola chepe dhoreche, ami bhoy pachi"),
    ("role=survivor,nosvc=respect-phoneline",
     "amar swamir raag control korte pare na, jhogra hole jinish vange"),
    # Bengali: her pay taken by a husband or in-laws, her card handed over, asking before buying;
    # not a lost card.
    ("abuse=economic_abuse,svc=financial-support-line",
     "shashuri amar beton kere ney, ATM card o tar kache dite hoy"),
    ("abuse=economic_abuse,svc=financial-support-line",
     "আমার স্বামী আমার বেতন নিজের কাছে রাখে, কিছু কিনতে হলে অনুমতি নিতে হয়"),
    ("abuse=economic_abuse",
     "kichu kinle take hisab dite hoy, bank card o oke diye dite hoy"),
    ("noabuse=economic_abuse",
     "ami bank card harie felechi, kivabe notun card pabo"),
    # Bengali: a family that found out about a girlfriend is not a girlfriend who harms; a wife who
    # does is.
    ("noaud=man,abuse=honour_based_abuse",
     "ammu abbu jene felse amar gf er kotha, ekhon bari theke ber hote dey "
     "na"),
    ("noaud=man,abuse=forced_marriage",
     "আমার পরিবার জেনে গেছে যে আমার গার্লফ্রেন্ড আছে, বাবা বলছে দেশে নিয়ে "
     "বিয়ে দেবে"),
    ("aud=man,svc=mens-advice-line",
     "amar bou amake gali dey ar amar phone venge dise"),
    ("noabuse=honour_based_abuse",
     "amar bondhu jene geche je ami chakri harachi"),
    # Tamil: 'I am a 19-year-old girl' says a woman (with her girlfriend, two women); a man's wife
    # who hits him.
    ("aud=lgbt,noaud=man",
     "naan 19 vayasu ponnu, en girlfriend ennai adikira, enna pannuradhu"),
    ("noaud=man,svc=national-domestic-abuse-helpline",
     "நான் 25 வயது பெண், என் கணவர் என்னை அடிக்கிறார்"),
    ("aud=man,noaud=lgbt",
     "en manaivi ennai adikira, naan 30 vayasu aambala"),
    ("noaud=lgbt",
     "naan 40 vayasu, en ponnu 15 vayasu, ava boyfriend avala mirattran"),
    # Tamil: the family found out about a girlfriend or boyfriend; not a girlfriend who found out.
    ("abuse=honour_based_abuse",
     "en boyfriend pathi appakku therinjiduchu, ippo veetla poottivechirukanga"),
    ("noabuse=honour_based_abuse",
     "en girlfriend kooda pesinen, avalukku therinjiduchu naan london varen"),
    # Tamil: a friend (a man) with no wages, his papers with the owner, a debt claimed; not someone
    # out of work.
    ("role=friend_family,abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "என் நண்பர் ஒரு ஹோட்டலில் வேலை செய்கிறார், சம்பளம் இல்லை, பாஸ்போர்ட் "
     "முதலாளியிடம் இருக்கிறது"),
    ("role=friend_family,abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "en nanban restaurant la velai seiyraan, sambalam kidaiyathu, passport "
     "owner kitta"),
    ("abuse=trafficking_exploitation",
     "என் நண்பனின் முதலாளி கடன் இருக்கு என்று சொல்லுகிறார், சம்பளம் "
     "தருவதில்லை"),
    ("noabuse=trafficking_exploitation",
     "naan velai thedi irukken, ippo sambalam illa, rent kattanum"),
    ("noabuse=trafficking_exploitation",
     "visa renewal kaga passport avar kitta koduthen, solicitor sonnaar"),
    # Gujarati: an adult's own childhood and the 'wrong' done then; not a grandmother ('nani'), nor
    # lies ('khotu bole').
    ("abuse=child_abuse,svc=rape-crisis-247,nosvc=childline",
     "hu nani hati tyare mara kaka mari sathe gandu karta hata. have hu 35 "
     "ni chu"),
    ("abuse=child_abuse,svc=rape-crisis-247,nosvc=childline",
     "જ્યારે હું નાનો હતો ત્યારે મહારાજ મારી સાથે ખોટું કરતા હતા, હવે હું 28"
     " વર્ષનો છું"),
    ("abuse=child_abuse,svc=rape-crisis-247",
     "hu 9 varsh no hato tyare teacher mane khoti rite adta hata, koi ne "
     "kahyu nathi"),
    ("noabuse=child_abuse",
     "mari nani hati tyare ame dar varshe gaam jata"),
    ("noabuse=sexual_violence",
     "e mari sathe khotu bole che ane paisa pacha nathi aapto"),
    # Gujarati: a grown man's or woman's age ('varsh no chu', 'varsh ni chu').
    ("aud=man,svc=mens-advice-line",
     "hu 30 varsh no chu, mari patni mane mare che"),
    ("noaud=man,svc=national-domestic-abuse-helpline",
     "hu 30 varsh ni chu, maro pati mane mare che"),
    # Hindi: a husband or in-laws who swear at her or raise a hand; not a street ('gali'), nor a
    # hand raised in prayer.
    ("abuse=domestic_abuse,svc=national-domestic-abuse-helpline",
     "mere pati har roz gaaliyan dete hain aur mujh par haath uthate hain"),
    ("abuse=domestic_abuse",
     "पति रोज़ गाली देता है, कभी कभी हाथ भी उठाता है"),
    ("abuse=domestic_abuse",
     "sasural wale mujhe zaleel karte hain, saas roz gaaliyan deti hai"),
    ("noabuse=domestic_abuse",
     "pati ke saath gali mein ghoomne gayi thi, bahut accha laga"),
    ("noabuse=domestic_abuse",
     "kabhi kabhi raat ko dua mein haath uthata hoon"),
    ("abuse=domestic_abuse",
     "woh kuch nahi kehta par kabhi haath bhi uthata hai"),
    # Hindi: an older person's age and pension; a woman's age; a child's age is no older person.
    ("aud=older,svc=hourglass",
     "मैं 72 साल का हूँ, बेटा मेरी पेंशन रख लेता है"),
    ("noaud=man",
     "मैं 40 साल की हूँ, पति रोज़ मारते हैं"),
    ("noaud=older",
     "मेरी बेटी 15 साल की है, उसका बॉयफ्रेंड उसे धमकाता है"),
    # Punjabi: an older man's age and pension kept by family (not the line for women); a daughter's
    # or a woman's age.
    ("aud=older,aud=man,svc=hourglass,nosvc=national-domestic-abuse-helpline",
     "ਮੈਂ 81 ਸਾਲ ਦਾ ਹਾਂ, ਮੇਰੀ ਨੂੰਹ ਮੇਰੀ ਪੈਨਸ਼ਨ ਕਢਵਾ ਲੈਂਦੀ ਹੈ"),
    ("aud=older,svc=hourglass,abuse=economic_abuse",
     "ਮੇਰੀ ਮਾਂ 85 ਸਾਲ ਦੀ ਹੈ, ਭਰਾ ਉਹਦੀ ਪੈਨਸ਼ਨ ਲੈ ਲੈਂਦਾ ਤੇ ਧੱਕੇ ਮਾਰਦਾ"),
    ("aud=older,svc=hourglass",
     "main 79 saal da haan, putt meri pension rakh lainda"),
    ("noaud=older",
     "ਮੇਰੀ ਧੀ 16 ਸਾਲ ਦੀ ਹੈ ਤੇ ਰਾਤ ਨੂੰ ਘਰ ਨਹੀਂ ਆਈ"),
    ("noaud=man,noaud=older,abuse=domestic_abuse,svc=national-domestic-abuse-helpline",
     "ਮੈਂ 30 ਸਾਲ ਦੀ ਹਾਂ, ਘਰਵਾਲਾ ਕੁੱਟਦਾ ਹੈ"),
    # Punjabi: honour dragged through the mud; not respect ('ਇੱਜ਼ਤ ਕਰਦਾ'), and 'ਇੱਜ਼ਤ ਲੁੱਟ' is rape.
    ("abuse=honour_based_abuse,svc=karma-nirvana",
     "ਭਰਾ ਕਹਿੰਦਾ ਤੂੰ ਸਾਡੀ ਇੱਜ਼ਤ ਰੋਲ ਦਿੱਤੀ, ਹੁਣ ਘਰੋਂ ਨਹੀਂ ਨਿਕਲਣ ਦਿੰਦੇ"),
    ("abuse=honour_based_abuse,svc=karma-nirvana",
     "mere bhra kehnde tu sadi pagg rol ditti, hun phone vi kho leya"),
    ("noabuse=honour_based_abuse",
     "ਉਹ ਮੇਰੀ ਬਹੁਤ ਇੱਜ਼ਤ ਕਰਦਾ ਹੈ"),
    ("abuse=sexual_violence,noabuse=honour_based_abuse",
     "ਉਹਨੇ ਮੇਰੀ ਇੱਜ਼ਤ ਲੁੱਟ ਲਈ"),
    # Punjabi: taken to the village and left there; not a holiday with the children.
    ("abuse=domestic_abuse",
     "ਸਹੁਰੇ ਕਹਿੰਦੇ ਤੈਨੂੰ ਪਿੰਡ ਲੈ ਜਾ ਕੇ ਉੱਥੇ ਛੱਡ ਆਵਾਂਗੇ"),
    ("noabuse=domestic_abuse",
     "ਅਸੀਂ ਬੱਚਿਆਂ ਨੂੰ ਛੁੱਟੀਆਂ ਲਈ ਇੰਡੀਆ ਦਾਦੀ ਕੋਲ ਲੈ ਗਏ"),
    # Punjabi: a passport kept by in-laws is their control; by an employer, exploitation.
    ("abuse=coercive_control,noabuse=trafficking_exploitation",
     "ਮੇਰਾ ਪਾਸਪੋਰਟ ਸਹੁਰਿਆਂ ਕੋਲ ਹੈ ਤੇ ਬਾਹਰ ਨਹੀਂ ਜਾਣ ਦਿੰਦੇ"),
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "ਮਾਲਕ ਨੇ ਮੇਰਾ ਪਾਸਪੋਰਟ ਰੱਖ ਲਿਆ, ਤਨਖਾਹ ਨਹੀਂ ਦਿੰਦਾ"),
    # Bengali: a parent giving a son's or daughter's age as a child's; not a grown daughter's, nor
    # a count of years.
    ("role=parent,aud=young_person,svc=nspcc-helpline",
     "amar cheler boyosh 14, ekta lok oke phone e message kore"),
    ("aud=young_person",
     "আমার মেয়ের বয়স ১৫, ওর বাবা ওকে খুব মারে"),
    ("aud=young_person",
     "amar meye 13 bochorer, school theke ashar pothe ek lok pichu ney"),
    ("noaud=young_person",
     "amar meyer boyosh 25, 2 ta baccha ache, jamai ore mare"),
    # Bengali: a groom fixed or sought for her; not a son who is well again, nor a phone repaired.
    ("abuse=forced_marriage",
     "ওরা দেশে পাত্র ঠিক করেছে, আমি রাজি না"),
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     "amar bon er jonno chele dekhche, or boyosh matro 15"),
    ("abuse=forced_marriage",
     "abba sylhet e chele thik kore rakhse, amake kichu bole nai"),
    ("noabuse=forced_marriage",
     "amar chele ekhon thik ache, hospital theke chere dise"),
    ("noabuse=forced_marriage",
     "ছেলেটা আমার ফোনটা ঠিক করে দিয়েছে"),
    # Gujarati: something thrown at a partner, things thrown or broken in anger, by the writer; not
    # thrown at the writer.
    ("role=perpetrator,svc=respect-phoneline",
     "gusse ma mari patni upar glass fenkyo, have pastavo thay che"),
    ("role=perpetrator,svc=respect-phoneline",
     "ગઈકાલે પતિ પર થાળી ફેંકી, મને બહુ ગુસ્સો આવે છે"),
    ("role=perpetrator",
     "gussama hu vastu todi nakhu chu, baalko mara thi dare che"),
    ("norole=perpetrator",
     "maro pati mara upar plate fenke che ane gaalo aape che"),
    ("role=survivor,norole=perpetrator",
     "mara pati gussama vasan fenke che ane mane mare che"),
    # Gujarati: becoming like the parent who did it, not wanting to be like this; not wanting to
    # be like a mother one admires.
    ("role=perpetrator",
     "hu mara papa jevo bani gayo, e pan mummy par haath upadta"),
    ("role=perpetrator",
     "મારે આવો નથી બનવું, છોકરાઓ મારાથી ડરે છે"),
    ("norole=perpetrator",
     "mari mummy jevi banvu che, e nurse che"),
    # Gujarati: 'I am a woman'; a man says he is one.
    ("aud=lgbt,noaud=man",
     "hu stree chu ane mari girlfriend mane mare che"),
    ("aud=man,noaud=lgbt",
     "hu purush chu, mari patni mane mare che"),
    # Hindi: what was done to the writer as a child ('galat kiya' beside 'jab main chhota tha'); not
    # a childhood told without harm.
    ("abuse=child_abuse,svc=rape-crisis-247,nosvc=childline",
     "jab main chhota tha tab chacha ne mere saath galat kiya, ab main 30 ka hoon"),
    ("abuse=child_abuse",
     "बचपन में मामा ने मुझे गंदे तरीके से छुआ, किसी को नहीं बताया"),
    ("noabuse=child_abuse",
     "jab main chhoti thi hum gaon mein rehte the, ab london mein hoon"),
    # Hindi: 'a wrong deed', 'dirty acts' done to her; not being wronged over money.
    ("abuse=sexual_violence",
     "kal raat party mein usne mere saath galat kaam kiya"),
    ("abuse=sexual_violence",
     "ऑफिस के मैनेजर ने मेरे साथ गंदी हरकत की"),
    ("noabuse=sexual_violence",
     "usne mere saath galat kiya, mere paise le ke bhaag gaya"),
    # Hindi: a child fetched from or taken to school; not a husband who fetches her from work.
    ("aud=young_person",
     "mera devar roz meri beti ko school se lene jaata hai aur use chhoota hai"),
    ("aud=young_person",
     "वो रोज़ मेरी भतीजी को स्कूल छोड़ने जाता है"),
    ("noaud=young_person",
     "mere pati roz kaam se lene aate hain aur phone check karte hain"),
    # Hindi: a grown woman's or man's age without 'saal'; not someone else's.
    ("noaud=man,svc=national-domestic-abuse-helpline",
     "मैं 32 की हूँ, पति रोज़ मारते हैं"),
    ("aud=man,svc=mens-advice-line",
     "main 40 ka hoon, meri biwi mujhe maarti hai"),
    ("noaud=man",
     "मेरी माँ 60 की है, पापा उसे मारते हैं"),
    # Punjabi: a parent writing of a daughter or son and a child's age; not a friend's daughter,
    # nor a count of years.
    ("role=parent,aud=young_person,svc=nspcc-helpline",
     "mera putt 14 saal da aa, koi banda ohnu paise dinda"),
    ("role=parent,aud=young_person",
     "ਮੇਰੀ ਧੀ 15 ਸਾਲਾਂ ਦੀ ਹੈ, ਉਹਨੂੰ ਇੱਕ ਬੰਦਾ ਮੈਸੇਜ ਕਰਦਾ"),
    ("noaud=young_person",
     "meri dhee 3 saal ton London rehndi aa, ohda gharwala kuttda"),
    ("norole=parent",
     "meri saheli di kudi 25 saal di aa, ohda gharwala kuttda"),
    # Punjabi: a child gone from home or not back, with the phone off; not the writer's own phone.
    ("danger=immediate",
     "meri dhee haje tak ghar nahi aayi, phone band aa, ik banda milan nu keh reha si"),
    ("danger=immediate",
     "ਮੇਰਾ ਪੁੱਤ ਘਰੋਂ ਨਿਕਲ ਗਿਆ, ਫ਼ੋਨ ਬੰਦ ਹੈ, ਉਹ ਬੰਦੇ ਉਹਨੂੰ ਲੈ ਕੇ ਜਾਂਦੇ"),
    ("danger=none",
     "mera phone band aa, main ghar ton nikal gayi, hun saheli de ghar aa"),
    # Tamil: a son or daughter with the dative and a child's age; not a grown daughter.
    ("role=parent,aud=young_person,svc=nspcc-helpline",
     "en paiyanukku 14 vayasu, oru aal avanukku kaasu kudukuraan"),
    ("role=parent,aud=young_person",
     "எங்க பொண்ணுக்கு 13 வயசு, ஸ்கூல்ல ஒருத்தன் தொல்லை பண்றான்"),
    ("noaud=young_person",
     "en ponnukku 25 vayasu, ava purushan adikiraan"),
    # Tamil: a child who will not be alone with, or fears, a man of the family; not a liking.
    ("abuse=child_abuse,svc=nspcc-helpline",
     "en paiyanukku 9 vayasu, chithappa kooda thaniya poga bayapadraan"),
    ("abuse=child_abuse",
     "என் மகளுக்கு தாத்தா கூட தனியா இருக்க பிடிக்கல, அழுவுறா"),
    ("noabuse=child_abuse",
     "en ponnukku mama kooda irukka romba pudikkum, avar vandha sandhosham"),
    # Tamil: 'I am a [job] at [a place]'; not going to a doctor.
    ("role=professional",
     "naan oru school la teacher, oru ponnu appa adikiraar nu sonna"),
    ("role=professional",
     "நான் ஒரு hospital ல nurse, ஒரு patient கணவர் அடிக்கிறார் நு சொன்னாங்க"),
    ("norole=professional",
     "naan oru doctor kitta ponen, avar test eduthaar"),
    # Tamil: a man a professional asks about, by the verb or said outright; not a woman patient.
    ("role=professional,aud=man,svc=mens-advice-line,nosvc=national-domestic-abuse-helpline",
     "naan oru GP surgery la receptionist, oru patient vandhar, manaivi adikiraanga nu sonnar"),
    ("noaud=man",
     "oru patient vandhanga, purushan adikiraar nu sonnanga"),
    # Gujarati: a father who beats the writer's mother, told by a grown child; not 'my mum did this
    # too' in the writer's own story, nor telling mum.
    ("role=friend_family,abuse=domestic_abuse",
     "mari mummy ne papa roj mare che, hu shu karu"),
    ("abuse=domestic_abuse",
     "પપ્પા મમ્મીને રોજ મારે છે અને ગાળો બોલે છે"),
    ("noabuse=domestic_abuse",
     "mummy ne kahish to e naraj thase"),
    # Gurmukhi and Gujarati grammar: a man's or a woman's age and verbs (writer_gender.yaml).
    ("aud=man,svc=mens-advice-line",
     "ਮੈਂ 45 ਸਾਲਾਂ ਦਾ ਹਾਂ, ਘਰਵਾਲੀ ਮੈਨੂੰ ਕੁੱਟਦੀ ਹੈ"),
    ("noaud=man,svc=national-domestic-abuse-helpline",
     "ਮੈਂ ਬਹੁਤ ਡਰਦੀ ਹਾਂ, ਘਰਵਾਲਾ ਮੈਨੂੰ ਕੁੱਟਦਾ ਹੈ"),
    ("aud=man,svc=mens-advice-line",
     "hu gujarat no chu, mari patni mane dhamki aape che"),
    # Third round. Bengali: a son's or daughter's teenage age right after the word ('amar chele 16');
    # not a count of days, nor a grown daughter's age.
    ("role=parent,aud=young_person,svc=nspcc-helpline",
     "amar meye 14, ekta lok oke instagram e message dey"),
    ("aud=young_person",
     "আমার ছেলে ১৫, স্কুলের এক স্যার ওকে টাকা দেয়"),
    ("noaud=young_person",
     "amar chele 3 din dhore bari ashe nai, phone o bondho"),
    ("noaud=young_person",
     "amar meye 25, or jamai ore mare"),
    # Bengali: a niece's or nephew's age, told by family (not the child telling); not a grown niece.
    ("role=friend_family,aud=young_person,svc=nspcc-helpline,nosvc=childline",
     "আমার ভাগ্নির বয়স ১৪, ওর সৎ বাবা ওকে খারাপ ভাবে ছুঁয়েছে"),
    ("role=friend_family,aud=young_person",
     "amar bhatija 12 bochorer, or baba ore khub mare"),
    ("noaud=young_person",
     "amar bhagni 28 bochorer, or shami ore mare"),
    # Bengali: a marriage she does not want, is pushed into, fixed without her, or a child's; not a
    # wedding merely mentioned (a sister's, 'since the wedding', years married), nor 'against my
    # will' said of pictures.
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     "ami ekhon biye korte chai na, kintu ammu abbu chap dicche"),
    ("abuse=forced_marriage",
     "amar boyosh 20, ora amar biye thik kore felse amake na jiggesh kore"),
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     "আমার বয়স ১৫, বাড়িতে আমার বিয়ের কথা হচ্ছে"),
    ("abuse=forced_marriage",
     "বিয়ের জন্য বাবা খুব চাপ দিচ্ছে, আমি রাজি না"),
    ("noabuse=forced_marriage,abuse=domestic_abuse",
     "amar boner biye te giyechilam, okhane shami amake sobar samne thappor dise"),
    ("noabuse=forced_marriage,abuse=domestic_abuse,nosvc=forced-marriage-unit",
     "বিয়ের পর থেকে স্বামী আমাকে মারে"),
    ("noabuse=forced_marriage",
     "amader biye hoyeche 5 bochor, shami amake taka dey na"),
    ("noabuse=forced_marriage",
     "ora amar icchar biruddhe amar chobi tule net e dise"),
    # Tamil: married off by others, pushed to marry, fixed by them, not wanted, or a child's; not a
    # sister's wedding, years married, an age then ('16 vayasula'), nor 'nichayam' (surely).
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     "enakku 20 vayasu, veetla kalyanam panni vaikka poranga, enakku venam"),
    ("abuse=forced_marriage",
     "கல்யாணம் பண்ணிக்க சொல்லி அப்பா அடிக்கிறார்"),
    ("abuse=forced_marriage",
     "amma appa cousin kooda kalyanam fix pannitanga, naan 24 vayasu"),
    ("aud=young_person,abuse=forced_marriage,svc=forced-marriage-unit",
     "naan 16 vayasu, veetla ennoda kalyanam pathi pesuranga"),
    ("aud=young_person,abuse=forced_marriage",
     "நான் 15 வயசு, வீட்ல எனக்கு கல்யாணம் பேசுறாங்க"),
    ("noabuse=forced_marriage",
     "en akka kalyanathukku ponen, anga en purushan ennai adichaan"),
    ("noabuse=forced_marriage,abuse=domestic_abuse,nosvc=forced-marriage-unit",
     "கல்யாணம் ஆகி 3 வருஷம் ஆகுது, புருஷன் தினமும் அடிக்கிறான்"),
    ("noaud=young_person,noabuse=forced_marriage",
     "naan 16 vayasula kalyanam aachu, ippo 35 vayasu, purushan thinamum adikiraan"),
    ("noabuse=forced_marriage",
     "nichayam help pannunga, en purushan ennai mirattuaan"),
    # Gujarati: a child's engagement or wedding fixed, married off, not wanted, forced; not a friend's
    # wedding, life after the wedding, nor 'next week' beside no marriage.
    ("role=parent,abuse=forced_marriage,svc=forced-marriage-unit",
     "mari dikri 15 varas ni che, ena papa e ena lagna nakki kari nakhya"),
    ("abuse=forced_marriage",
     "hu 22 varsh ni chu, mara ghar vala mara lagna karavi dese"),
    ("abuse=forced_marriage",
     "mare aa lagna nathi karvu pan papa dabav kare che"),
    ("abuse=forced_marriage",
     "મારે આ સગાઈ નથી કરવી, મમ્મી પપ્પા જબરદસ્તી કરે છે"),
    ("noabuse=forced_marriage,abuse=domestic_abuse",
     "mari benpani na lagna ma gai hati, tya maro pati mane maryo"),
    ("noabuse=forced_marriage",
     "લગ્ન પછી સાસુ રોજ હેરાન કરે છે"),
    ("danger=none",
     "aavta athvadiye doctor ni appointment che, maro pati mane mare che"),
    # Punjabi: an adult's childhood and the 'wrong acts' done then; not a childhood told without
    # harm; 'wrong acts' done to her now; not wronged over money.
    ("abuse=child_abuse,svc=rape-crisis-247,nosvc=childline",
     "jadon main chhoti si mera mama mere naal gandiyan harkatan karda si, hun main 30 saal di aan"),
    ("abuse=child_abuse",
     "ਜਦੋਂ ਮੈਂ ਨਿੱਕੀ ਸੀ ਤਾਂ ਗੁਆਂਢੀ ਮੈਨੂੰ ਗਲਤ ਤਰੀਕੇ ਨਾਲ ਛੂਹੰਦਾ ਸੀ"),
    ("noabuse=child_abuse",
     "jado main nikki si asi pind rehnde si, hun London aa"),
    ("abuse=sexual_violence",
     "kal raat party ch ohne mere naal galat harkat kiti"),
    ("noabuse=sexual_violence",
     "ohne mere naal galat kita, paise lai ke bhajj gaya"),
    # Punjabi: a child's age said with 'umar', or a niece's; not the age someone was then.
    ("aud=young_person",
     "meri saheli di kudi, ohdi umar 12 saal aa, ohda mama ohnu chhedda"),
    ("aud=young_person",
     "ਮੇਰੀ ਭਤੀਜੀ 13 ਸਾਲ ਦੀ ਹੈ, ਉਹਦਾ ਪਿਓ ਉਹਨੂੰ ਕੁੱਟਦਾ"),
    ("noaud=young_person",
     "ohdi umar 16 saal si jadon oh England aayi, hun oh 30 di aa"),
    # Bengali: coming for her tonight to take her away (read before only through a wedding word
    # beside it); not taken to a doctor tomorrow, nor her taking her mother.
    ("danger=immediate",
     "bhaiya bolse aj ratei amake tule niye jabe deshe, ami friend er basay"),
    ("danger=immediate",
     "আজ রাতে ওরা আমাকে নিতে আসবে, আমি বান্ধবীর বাসায়"),
    ("danger=none",
     "kal amake niye jabe doctor er kache, shami amake gali dey"),
    ("danger=none",
     "aj rate ami ammu ke niye jabo hospital e, shami amake gali dey"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text)), text


# Conversations: each turn read with what the earlier ones established; the last one judged.
CONVERSATIONS = [
    # Bengali: a daughter's age, then a groom fixed for her back home.
    ("role=parent,abuse=forced_marriage,svc=forced-marriage-unit,nosvc=childline",
     ["amar meyer boyosh 15, eid er chhutite deshe jacchi shobai",
      "শুনলাম ওখানে ওর জন্য পাত্র ঠিক করে রেখেছে, ও কিছু জানে না"]),
    # Gujarati: her own anger, then 'my mum did this too': still about her own behaviour, and a woman.
    ("role=perpetrator,svc=respect-phoneline,nosvc=mens-advice-line",
     ["kale rate gusse ma mara husband upar phone fenkyo",
      "મારી મમ્મી પણ આવું કરતી, મારે આવી નથી બનવું",
      "hu stree chu, mane madad joie che"]),
    # Gujarati: thrown at her, then 'my mum put up with it too': neither her act nor a relative asking.
    ("role=survivor,norole=perpetrator,norole=friend_family",
     ["maro pati mara upar plate fenke che",
      "મારી મમ્મી પણ આવું સહન કરતી"]),
    # Punjabi: a son of 14 messaged by a man, then gone from home with his phone off.
    ("role=parent,danger=immediate,svc=nspcc-helpline,nosvc=childline",
     ["mera putt 14 saal da aa, ik banda ohnu snap te message karda",
      "oh ghar ton chala gaya, phone band aa, ajj ohnu milna si"]),
    # Tamil: a daughter of 10, then she does not like being alone with her grandfather.
    ("role=parent,abuse=child_abuse,svc=nspcc-helpline,nosvc=childline",
     ["en magalukku 10 vayasu, ippo ellam romba bayama irukka",
      "thatha kooda thaniya irukka pidikkala nu sonna"]),
    # Tamil: a nurse, a client (a man, by his verb) hit by his wife, then 'he is a man'.
    ("role=professional,aud=man,svc=mens-advice-line,nosvc=national-domestic-abuse-helpline",
     ["naan oru clinic la nurse",
      "oru client sonnar, manaivi thinamum adikiraanga",
      "avar aambala, enga refer pannalam?"]),
    # Hindi: the writer's childhood abuse, her age now, then the man fetching her niece from school.
    ("role=friend_family,aud=young_person,svc=nspcc-helpline,nosvc=childline",
     ["bachpan mein mere chacha ne mere saath galat kaam kiya tha",
      "अब मैं 40 की हूँ",
      "ab wo har hafte meri bhanji ko school se lene aata hai"]),
    # Third round. Bengali: a daughter of 13 chatting with a man, then his gifts and a meeting: grooming.
    ("role=parent,abuse=sexual_exploitation,svc=nspcc-helpline,nosvc=childline",
     ["amar meye 13, raat e ekta app e ekjon lok er sathe kotha bole",
      "lokta oke gift pathay ar weekend e dekha korte chay"]),
    # Bengali: her marriage fixed, then 'I don't want it'; a sister's wedding, then her brother's
    # abuse, is no forced marriage.
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     ["amar boyosh 21, ammu abbu amar biye thik kore rakhse",
      "ami ei biye korte chai na"]),
    ("noabuse=forced_marriage,nosvc=forced-marriage-unit",
     ["amar boner biye next month",
      "biyer por theke amar bhai amake gali dey"]),
    # Gujarati: a son's wedding fixed back home, then they go next week: danger now.
    ("role=parent,abuse=forced_marriage,danger=immediate,svc=forced-marriage-unit",
     ["maro dikro 15 varas no che, ena papa e desh ma ena lagna nakki karya che",
      "આવતા અઠવાડિયે ત્યાં જવાનું છે, એને કંઈ ખબર નથી"]),
    # Punjabi: her own childhood abuse by an uncle, then him alone with her sister's daughters.
    ("role=friend_family,aud=young_person,svc=nspcc-helpline,nosvc=childline",
     ["main 40 saal di aan, jadon main nikki si mera taaya mere naal galat harkatan karda si",
      "hun oh saade ghar aunda, meri bhen diyan kudiyan naal kalla beh janda, ohna di umar 6 te 9 aa"]),
]


@pytest.mark.parametrize(("expectation", "turns"), CONVERSATIONS)
def test_conversations(expectation, turns):
    decided = signpost_conversation(turns)
    assert holds(expectation, decided), turns


@pytest.mark.parametrize(("expectation", "text"), [
    ("role=professional,aud=man,svc=mens-advice-line", "avar aambalai thaan, enga refer pannuradhu?"),
    ("noaud=man", "aval oru ponnu thaan, enga refer pannuradhu?"),
])
def test_a_professional_says_who_she_asks_about(expectation, text):
    assert holds(expectation, signpost(text, Context(role="professional", abuse=("domestic_abuse",))))


@pytest.mark.parametrize(("gender", "text"), [
    ("man", "ਮੈਂ 45 ਸਾਲਾਂ ਦਾ ਹਾਂ, ਘਰਵਾਲੀ ਮੈਨੂੰ ਕੁੱਟਦੀ ਹੈ"),
    ("woman", "ਮੈਂ ਬਹੁਤ ਡਰਦੀ ਹਾਂ, ਉਹ ਮੈਨੂੰ ਮਾਰਦਾ"),
    ("woman", "ਮੈਂ 30 ਸਾਲ ਦੀ ਹਾਂ"),
    ("man", "hu 30 varsh no chu, mari patni mane mare che"),
    ("woman", "hu 28 ni chhu ane maro pati mane mare che"),
    ("woman", "હું ૪૦ વર્ષની છું"),
    ("man", "hu gujarat no chu, mari patni dhamki aape che"),
])
def test_the_writers_gender_in_gurmukhi_and_gujarati(gender, text):
    assert writer_gender(text) == gender


@pytest.mark.parametrize("text", [
    "ਅਸੀਂ Southall ਰਹਿੰਦੇ ਹਾਂ",                        # "we live": a plural, no gender
    "ਮੇਰੀ ਧੀ 16 ਸਾਲ ਦੀ ਹੈ",                          # her age, "ਹੈ" (is), not "ਹਾਂ" (I am)
    "maro dikro 12 varsh no che",                    # "che" (is), not "chhu" (I am)
    "meri dhee 13 saal di aa, kehnda main 17 da haan",  # Roman "da" alone is not read
])
def test_no_gender_where_the_grammar_is_someone_elses(text):
    assert writer_gender(text) is None
