"""Readings from the services batteries' remaining misses in Arabic, Farsi, Kurdish and Urdu
(2026-12-07): made to marry or taken abroad to marry, said of someone else; a husband's threat to
send her pictures to the family is image abuse, not sexual exploitation; an ex who followed her
and sits staring at her now; better if I were no longer here; a gay asylum seeker whose partner
threatens to deny he is gay; banging on the door now and 'tonight he'll finish me', in Levantine;
his own acts with the 'h' of 'her' dropped, shouting at his wife, 'men like me who want to change';
Sorani honour with its ending, 'they threaten me', FGM in romanised Sorani, a young man giving his
age; a son's disgrace and a pension card from an older parent. Beside look-alikes that must not
be read so.

A second round, from the conversations battery: a daughter's age in Arabizi, 'a grown man' in a
mother's last turn, waking up without clothes, his key heard in the door now; a girl to be married
off ('aghdesh konan') and a pupil's age told by a teacher, in Farsi; a father's 'you are no longer
my daughter' quoted, a brother checking the writer's phone, a family that found out about a
relationship, 'he will kill us both', nowhere to go, and two men together, in Kurdish.

A third round, from the second conversations battery: 'can she talk to them by herself?' and a man
telling a girl 'send me pictures', in Arabic; a brother who found out about a boy and took her phone,
'I am friends with a boy' (not 'my friend'), 'a girl of 20' (not 'my daughter'), a social worker in
Finglish, a client who fled her husband, 'if I go to the police', and 'we live in Leeds' (read, not
taken for a language we do not read), in Farsi. And Urdu cues narrowed from a helper's report: a hand
raised, a slap or a push told by the one harmed ('shohar ne haath uthaya') or in prayer, his anger
told by her, an age inside someone else's words ('kehta hai main 17 ka hoon'), a sister's daughter,
and a daughter who teaches at a school."""
import pytest

from .test_signposting import holds, signpost, signpost_conversation

MESSAGES = [
    # Farsi: made to marry, said of someone else too, and in Finglish.
    ("abuse=forced_marriage", "khanevadam majburam mikonan ke ezdevaj konam, man nemikham"),
    ("abuse=forced_marriage", "پدرش میخواد مجبورش کنه با پسرعموش ازدواج کنه"),
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     "madaresh mikhad dokhtaresho ba pesar khalash namzad kone, oon 16 salashe"),
    ("noabuse=forced_marriage", "بعد از ازدواج شوهرم مجبورم کرد کارمو ول کنم"),
    ("noabuse=forced_marriage", "pesar khaleh am mikhad ezdevaj kone, aroosish tabestoone"),
    # Farsi: taken or sent abroad to be married.
    ("abuse=forced_marriage,svc=forced-marriage-unit", "mikhan bebarannesh pakistan shoharesh bedan"),
    ("abuse=forced_marriage", "قراره تابستون ببرنش افغانستان شوهرش بدن"),
    ("noabuse=forced_marriage", "tabestoon mibaramesh iran ke arusi dokhtar khalash ro bebine"),
    # Farsi: a partner's threat to send her pictures to the family is image abuse; money asked for
    # them is sexual exploitation.
    ("abuse=tech_abuse,noabuse=sexual_exploitation,svc=national-domestic-abuse-helpline",
     "shoharam mige age talagh begiram aksamo baraye khanevadam mifreste"),
    ("abuse=tech_abuse,noabuse=sexual_exploitation",
     "نامزدم میگه اگه ولش کنم عکسامو برای بابام میفرسته"),
    ("abuse=sexual_exploitation", "یه پسره تو اینستا عکسامو داره، پول میخواد وگرنه پخششون میکنه"),
    # Farsi: someone who followed her is sitting or standing near her now, staring.
    ("danger=immediate", "ye mard too metro vaysade zol zade behem, az istgah donbalam oomad"),
    ("danger=immediate", "اکسم الان تو کافه نشسته زل زده به من"),
    ("danger=none", "dirooz tu otobus ye mard neshaste bood zol zade bood be man"),
    # Farsi: an ex who followed her; not a father who came to pick her up.
    ("abuse=stalking", "shohare sabegham az istgah donbalam oomad ta dame khoone"),
    ("abuse=stalking", "exam too khiaboon donbalam kard"),
    ("noabuse=stalking", "babam oomad donbalam az madrese"),
    # Farsi: better if I were no longer here.
    ("danger=self_harm,svc=samaritans", "behtare dige nabasham, hame rahat mishan"),
    ("danger=self_harm", "خیلی خستم. دیگه نباشم بهتره"),
    ("danger=none", "behtare dige oonja nabasham, kar jadid peyda kardam"),
    ("danger=none", "age farda khoone nabasham behtare"),
    # Farsi: a gay man whose boyfriend threatens to tell the Home Office he lied about being gay.
    ("aud=lgbt,aud=man,svc=galop-lgbt-helpline,nosvc=national-domestic-abuse-helpline",
     "dust pesaram mano mizane va mige be home office mige man dorugh goftam va gay nistam"),
    ("aud=lgbt,aud=man,nosvc=national-domestic-abuse-helpline", "من گی هستم و دوست پسرم منو کتک میزنه"),
    ("noaud=lgbt", "man gay nistam, shoharam mano mizane"),
    # Arabic: banging on the door now, 'and' joined to 'عم'; not what he used to do.
    ("danger=immediate", "w 3am y5abet 3al bab, ana bel 7ammam ma3 el wlad"),
    ("danger=immediate", "جوزي سكران وعم يدق على الباب بقوة"),
    ("danger=none", "كان عم يخبط على الباب كل ليلة لما كنا متجوزين"),
    # Arabic: 'tonight he'll finish me off'; 'he wants to be rid of me' is not.
    ("danger=immediate", "2al el leile ra7 ye5las menne"),
    ("danger=immediate", "رح يخلص مني الليلة، قالها قدام الولاد"),
    ("danger=none", "بدو يخلص مني ويتجوز وحدة تانية"),
    # Arabic: his own acts with the 'h' of 'her' dropped, shouting at his wife, men like him.
    ("role=perpetrator,svc=respect-phoneline", "darabta 3ala wejja w hala2 hiye ma 3am tehki ma3i"),
    ("role=perpetrator", "za2ayta 3al 7eit, ma ba3ref shu sar fiyi"),
    ("role=perpetrator,aud=man", "sarakht 3a mrati 2eddem el wlad w ana ndemt"),
    ("role=perpetrator,svc=respect-phoneline", "fi barnamaj la rjal metli baddon yet8ayaro?"),
    ("role=survivor,aud=man,svc=mens-advice-line,nosvc=respect-phoneline",
     "ana rajel w marti btdrobni, w bt2ol eno ana darabta"),
    ("norole=perpetrator", "marti sarkhet 3alayi 2eddem el wlad"),
    # Arabic: 'مثلي' is also 'like me'.
    ("noaud=lgbt", "فيه حدا بيساعد رجال مثلي بدهم يتغيروا؟"),
    ("aud=lgbt", "انا مثلي وصاحبي بيضربني"),
    # Kurdish: honour with its ending, and they threaten the writer.
    ("abuse=honour_based_abuse,svc=karma-nirvana", "براکانم دەڵێن ناموسی خێزانمان شکاندووە"),
    ("abuse=honour_based_abuse", "brakanm dallen namusi xezanman shkandwa"),
    ("role=survivor", "خزمەکانی مێردەکەم هەڕەشەم لێ دەکەن و منداڵەکانم لای منن"),
    ("role=survivor", "harashem le dakan, zor datrsm, mndalakanm lagalmn"),
    # Kurdish: FGM in romanised Sorani; a boy's circumcision is not.
    ("abuse=fgm,svc=nspcc-fgm-helpline", "mnish xatana krawm ka mndal bum"),
    ("abuse=fgm", "daykm dale dabe kchakam xatana bkre"),
    ("noabuse=fgm", "kurakam dabe xatana bkre, la nexoshxana"),
    # Kurdish: a young man giving his age.
    ("aud=man,nosvc=national-domestic-abuse-helpline",
     "کوڕێکی ٢٠ ساڵانم. خاوەنکارەکەم پاسپۆرتەکەمی بردووە"),
    ("aud=man", "ez xortekî 22 salî me, patron pasaporta min girt"),
    ("noaud=man", "کچێکی ٢٠ ساڵانم، مێردەکەم لێم دەدات"),
    # Urdu: a son's or the children's disgrace, told by an older parent, is not honour abuse; a
    # pension or bank card kept is money, not papers.
    ("noabuse=honour_based_abuse,aud=older,svc=hourglass",
     "میری عمر 80 سال ہے، بیٹا میری پنشن لے لیتا ہے، کسی کو بتاؤں تو بیٹے کی بدنامی ہوگی"),
    ("noabuse=honour_based_abuse,svc=hourglass",
     "میں 75 سال کی ہوں، بیٹے میرے پیسے چھین لیتے ہیں، کسی کو بتایا تو بچوں کی بدنامی ہوگی"),
    # Urdu: the writer's own age said with 'I'.
    ("aud=older,svc=hourglass", "main 72 saal ka hun, beta aur bahu mujhe khana time pe nahi dete"),
    ("aud=older", "میں 68 سال کی ہوں اور میرا بیٹا مجھ پر چیختا ہے"),
    ("noaud=older", "main 16 saal ki hun aur mera bhai mujhe marta hai"),
    ("abuse=honour_based_abuse",
     "اگر میں نے طلاق لی تو خاندان کی بدنامی ہوگی، بھائی کہتے ہیں جان سے مار دیں گے"),
    ("noabuse=trafficking_exploitation,svc=hourglass",
     "میری عمر 78 سال ہے۔ بیٹا میرا بینک کارڈ اپنے پاس رکھتا ہے"),
    ("abuse=trafficking_exploitation", "مالک نے میرا شناختی کارڈ رکھ لیا ہے اور تنخواہ نہیں دیتا"),
    # Second round (conversations-intl). Arabic: a daughter's or son's age in Arabizi, asked about by
    # a parent; not a small child's age from a mother harmed, nor a grown daughter's.
    ("role=parent,aud=young_person,svc=nspcc-helpline",
     "binti 3omra 14 w sarat tetla3 kel lele w ma bta3tini jawab"),
    ("aud=young_person,svc=nspcc-helpline", "ebni 3omro 15 sana w ma ba3ref ma3 min byehki 3al insta"),
    ("abuse=sexual_exploitation,svc=nspcc-helpline,nosvc=childline",
     "benti 3omra 13, fi wa7ed byeb3atla hadaya w 2alla ma t2oli la7ada"),
    ("noaud=young_person,svc=national-domestic-abuse-helpline,nosvc=childline",
     "jozi bidrobni w 3andi benti 3omra 4 snin"),
    ("noaud=young_person", "benti 3omra 25 w jozha bidrobha"),
    # Arabic: woke up without clothes, a man too; not waking up and dressing.
    ("abuse=sexual_violence", "sa7eet el sob7 bala tyabi b bet wa7ed ma ba3refo"),
    ("abuse=sexual_violence", "صحيت وأنا عريان ومش فاكر أي حاجة"),
    ("abuse=sexual_violence", "la2et 7ali bdoun awa3i bi ghorfet wa7ed ma ba3refo"),
    ("noabuse=sexual_violence", "fe2et el sob7 w labast awa3i w ro7t 3al shoghl"),
    # Arabic: his key heard in the door now; not a key to be changed, nor heard yesterday.
    ("danger=immediate", "3am esma3 el mofta7 bel bab, rije3"),
    ("danger=immediate", "سامعة صوت المفتاح بالباب هلق"),
    ("danger=immediate", "el mefta7 fel bab hala2, ra7 yfout"),
    ("danger=none", "lazem ghayyer mofta7 el bab la2ano howe ma3o nuskha"),
    ("danger=none", "sme3t el mofta7 embare7 bel leil"),
    ("danger=none", "اسمع، المفتاح عند الجيران، ما تنسى تجيبه"),
    # Farsi: a girl to be married off, said with 'her'; not her own wedding, nor its day.
    ("abuse=forced_marriage", "khanevadash mikhan tabestoon aghdesh konan, faghat 16 salashe"),
    ("abuse=forced_marriage", "babash mikhad shoharesh bede, khodesh razi nist"),
    ("abuse=forced_marriage,svc=forced-marriage-unit", "mikhan ezdevajesh bedan ba ye mard 40 sale"),
    ("abuse=forced_marriage", "قراره تو افغانستان عقدش کنن"),
    ("noabuse=forced_marriage", "dokhtar khalam parsal aghd kard va alan khoshhale"),
    ("noabuse=forced_marriage", "roze aghdesh man oonja nabudam"),
    # Farsi: a pupil's age from a teacher; not a teacher's own school years.
    ("role=professional,aud=young_person,svc=nspcc-helpline",
     "man moallem hastam, ye shagerd 13 sale daram ke mige babash mizanatesh"),
    ("aud=young_person", "یه دانش‌آموز ۱۴ ساله دارم که خیلی ترسیده"),
    ("noaud=young_person", "vaghti daneshamooz boodam 10 sal pish ye moallem azaram dad"),
    # Kurmanji: a father's 'you are no longer my daughter' quoted is not a parent writing; 'my
    # daughter' still is.
    ("norole=parent,abuse=forced_marriage",
     "dixwazin min bidin pismamê min, bavê min dibêje tu êdî ne keça min î"),
    ("norole=parent", "bavê min got heke tu wî nexwazî tu ne keça min î"),
    ("role=parent", "keça min 15 salî ye û bavê wê li wê dixe"),
    # Kurmanji: the writer's own phone or messages checked by a brother or father: the writer is
    # harmed; a sister's phone is someone else's.
    ("role=survivor", "birayê min telefona min kontrol dike û nahêle ez derkevim"),
    ("role=survivor", "bavê min mesajên min dixwîne"),
    ("role=friend_family", "xwişka min dibêje mêrê wê telefona wê kontrol dike"),
    # Sorani: the family found out about a relationship; not a relationship with the family.
    ("abuse=honour_based_abuse,svc=karma-nirvana", "xelki malawa zaniyan peywendim legel kurrêk heye"),
    ("abuse=honour_based_abuse", "خەڵکی ماڵەوە زانیان کە پەیوەندیم هەیە"),
    ("abuse=honour_based_abuse", "malbata min pê hesiya ku hevalê min heye"),
    ("noabuse=honour_based_abuse", "peywendim legel xezanakam bashe"),
    ("noabuse=honour_based_abuse", "bawkm zani ke nexoshm"),
    ("noabuse=honour_based_abuse", "bawkm zani ke legel hawrekanm bum"),
    ("noabuse=honour_based_abuse", "bavê min zanî ku hevala min nexweş e"),
    # Sorani: he will kill us both, or if he sees us; not a job that is killing me.
    ("danger=immediate", "brakam gwti herdukman dakujet"),
    ("danger=immediate,abuse=honour_based_abuse", "ئەگەر بمانبینێت دەمانکوژێت"),
    ("danger=immediate", "mêrdakam dalet damkujet"),
    ("danger=none", "am kara dmkujet, zor mandwm"),
    ("danger=none", "ئەم کارە دەمکوژێت، زۆر ماندووم"),
    ("danger=immediate", "مێردەکەم دەڵێت دەمکوژێت"),
    # Sorani and Kurmanji: not knowing where to go; not knowing what to do.
    ("need=safe_place", "nazanm bchme kwe, malawa deryan krdm"),
    ("need=safe_place", "nizanim biçim ku, bavê min ez ji malê derxistim"),
    ("noneed=safe_place", "nazanm chi bkem"),
    # Sorani and Kurmanji: the one they are with is a man, and so is the writer; a man harmed by his
    # wife, or a man named, is not.
    ("aud=lgbt,aud=man,svc=galop-lgbt-helpline",
     "ئەو کەسەی لەگەڵمە پیاوە، منیش پیاوم، براکەم هەڕەشەم لێدەکات"),
    ("aud=lgbt", "em herdu jî mêr in û malbata min dixwaze me bikuje"),
    ("aud=lgbt,aud=man", "hevalê min mêr e, ez jî mêr im"),
    ("aud=man,noaud=lgbt", "ژنەکەم لێم دەدات، منیش پیاوم و شەرم دەکەم"),
    ("noaud=lgbt", "ئەو کەسە پیاوە کە لە پاسەکەدا دەستی لێدام"),
    # Third round (conversations2-intl). Arabic: can the child talk to someone herself, a line for
    # children; not 'she talks to herself', nor the writer alone.
    ("need=line_for_child,svc=childline", "ebni ma baddo yehki ma3i, ye2dar yetasel fikon la7alo?"),
    ("need=line_for_child,svc=childline", "بنتي ما بدها تحكي معي، بتقدر تحكي معكم لحالها؟"),
    ("need=line_for_child", "في خط للاطفال بتقدر بنتي تتصل فيه؟"),
    ("need=line_for_child", "binti 3omra 15, momken hiyye tetasel fikon?"),
    ("noneed=line_for_child", "صرت اسمعها عم تحكي لحالها بالليل وبتبكي"),
    ("noneed=line_for_child", "momken a7ki ma3kon la7ali? jozi bara"),
    # Arabic: a man telling a child 'send me pictures'; not a mother or an aunt asking for the Eid or
    # wedding photos.
    ("abuse=sexual_exploitation,svc=nspcc-helpline",
     "binti 3omra 13 w fi shab 3al insta 3am y2olha ib3atili swarek"),
    ("abuse=sexual_exploitation", "ابني عمره ١٢ ورجل باللعبه قاله ابعتلي صورك"),
    ("noabuse=sexual_exploitation", "emmi 2aletli ib3atili sowar el 3eid"),
    ("noabuse=sexual_exploitation", "خالتي قالتلي ابعتيلي صور العرس"),
    # Farsi: a brother or the family found out about a boy; not that a son is ill, nor a relationship
    # with a husband.
    ("abuse=honour_based_abuse,svc=karma-nirvana",
     "dadasham fahmid ba ye pesar rabete daram, gushimo azam gereft"),
    ("abuse=honour_based_abuse", "خانوادم فهمیدن با یه پسر رابطه دارم و نمیذارن از خونه برم بیرون"),
    ("noabuse=honour_based_abuse", "babam fahmide pesaram mariz e"),
    ("noabuse=honour_based_abuse", "babam fahmid rabetam ba shoharam kharabe"),
    # Farsi: the writer's phone taken is done to the writer; a sister's phone is someone else's.
    ("role=survivor", "baradaram gushimo gereft va nemizare ba kasi harf bezanam"),
    ("role=survivor", "داداشم گوشیمو گرفته و خواهرم هیچی نمیگه"),
    ("role=friend_family", "khaharam mige shoharesh gushisho gerefte"),
    # Farsi: 'I am friends with a boy' is not 'my friend'; 'I am a girl of 17' is not 'my daughter'.
    ("role=friend_family", "dustam mige shoharesh kotakesh mizane"),
    ("norole=friend_family", "man ba ye pesar dustam va babam nemidune"),
    ("norole=parent,aud=young_person", "من یه دختر ۱۷ سالمه و عموم بهم پیام های بد میده"),
    ("norole=parent", "من دختر ۲۰ سالمه و برادرم منو میزنه"),
    ("role=parent", "دختر ۱۵ ساله ام با یه مرد بزرگتر حرف میزنه"),
    # Farsi: a job named in English inside Finglish, or in Persian script; not talking to one.
    ("role=professional", "man support worker hastam, ye moraje daram ke shoharesh kotakesh mizane"),
    ("role=professional", "سلام، من سوشال ورکر هستم و یه خانم افغان دارم که از شوهرش فرار کرده"),
    ("norole=professional", "man ba ye social worker harf zadam vali komakam nakard"),
    # Farsi: fled from a husband; not a son who ran off from school.
    ("abuse=domestic_abuse", "khaharam az shoharesh farar karde va alan pish mast"),
    ("abuse=domestic_abuse", "از دست شوهرم فرار کردم و جایی ندارم"),
    ("noabuse=domestic_abuse", "pesaram az madrese farar karde, moallemesh zang zad"),
    # Farsi: 'if I call the police ...' is a question to talk through.
    ("svc=national-domestic-abuse-helpline", "age zang bezanam be police bacheha ro azam migiran?"),
    # Urdu: a raised hand, a slap or a push told by the one harmed, or in prayer, is not the writer's
    # own act; 'maine ... haath uthaya' and 'kal biwi par haath uthaya' are.
    ("norole=perpetrator", "namaz ke baad maine dua ke liye haath uthaya aur roi"),
    ("norole=perpetrator,role=survivor", "shohar ne kal raat phir haath uthaya"),
    ("norole=perpetrator", "usne bachon ke samne thappar maar diya aur main ro padi"),
    ("norole=perpetrator", "میرے شوہر نے تھپڑ مارا اور گالیاں دیں"),
    ("norole=perpetrator", "mera shohar gusse mein haath uthata hai"),
    ("norole=perpetrator", "uska gussa control nahi hota, main darti hun"),
    ("norole=perpetrator", "meri biwi ko uske bhai ne thappar maar diya"),
    ("role=perpetrator,svc=respect-phoneline", "maine us par haath uthaya, ab bohat sharminda hun"),
    ("role=perpetrator", "میں نے بیوی پر ہاتھ اٹھایا، مجھے مدد چاہیے"),
    ("role=perpetrator", "kal biwi par haath uthaya, ab sharminda hun"),
    ("role=perpetrator", "mera gussa control nahi hota, biwi dar jati hai"),
    # Urdu and Punjabi: an age inside someone else's words is not the writer's.
    ("noaud=young_person", "insta wala larka kehta hai main 17 ka hoon par mujhe yaqeen nahi"),
    ("noaud=young_person", "oh kehnda si main 16 da haan, par oh bahut vadda lagda"),
    ("noaud=young_person", "اس نے کہا میں 16 سال کا ہوں لیکن وہ جھوٹ بول رہا تھا"),
    ("aud=young_person,svc=childline", "main 16 ka hoon aur abbu roz maarte hain"),
    ("aud=young_person", "salam main sirf 15 saal ki hun, sautela baap tang karta hai"),
    ("aud=young_person", "main 14 di haan, mama ji mainu kuttde ne"),
    # Urdu: a sister's daughter is a relative's child, not the writer's.
    ("norole=parent,role=friend_family", "meri didi ki beti ko uska shohar marta hai"),
    ("norole=parent", "میری بہن کی بیٹی کی زبردستی شادی ہو رہی ہے"),
    ("role=parent", "meri choti beti ko school mein ek larka tang karta hai"),
    ("role=parent", "میری 14 سال کی بیٹی رات کو گھر نہیں آئی"),
    # Urdu: at school as a pupil; not a grown daughter or sister who works there.
    ("noaud=young_person", "meri beti school mein teacher hai aur uska shohar usko marta hai"),
    ("noaud=young_person", "meri behen school mein kaam karti hai aur uska shohar usay maarta hai"),
    ("aud=young_person", "main school mein parhti hun aur ek teacher ghalat tareeqe se chhoota hai"),
    ("aud=young_person,svc=nspcc-helpline",
     "meri beti school mein hai, uske class ke larke usay tang karte hain"),
]

# Conversations: each turn read with what the earlier ones established; the last one checked, and
# read (not taken for a language we do not read, which puts 999 and the interpreted line first).
CONVERSATIONS = [
    # Arabic: a mother's last word about the man grooming her daughter.
    ("svc=nspcc-helpline,nosvc=childline,abuse=sexual_exploitation",
     ["benti 3omra 14 w 3am tehki ma3 wa7ed 3al snap", "بيبعتلها هدايا وقالها ما تقول لحدا",
      "howe mesh shab, zalame kbeer"]),
    # Farsi: a teacher asks what can be done if the pupil is already there.
    ("svc=forced-marriage-unit,nosvc=national-domestic-abuse-helpline",
     ["man moallem hastam, ye daneshamooz 14 sale daram ke migan mikhan aghdesh konan",
      "alan too afghanistan bashe chi kar mishe kard?"]),
    # Sorani: a man with a man, his brother's threat.
    ("aud=lgbt,aud=man,svc=galop-lgbt-helpline,nosvc=national-domestic-abuse-helpline",
     ["xezanakam zaniyan peywendim heye", "brakam gwti herdukman dakujet", "ئەو پیاوە، منیش پیاوم"]),
    # Arabic: a mother whose 13-year-old is asked for pictures asks whether she can talk to them herself.
    ("svc=childline,need=line_for_child,abuse=sexual_exploitation,nosvc=rape-crisis-247",
     ["marhaba, binti 3omra 13 w shefet rasayel men zalame kbeer 3al snap bi2olha ib3atili swarek",
      "hiyye ma baddha te7ki ma3i. momken te7ki ma3kon la7alha?"]),
    # Farsi: a support worker's client who fled her husband; the last turn only says where they live,
    # outside London (read, not a language we do not read).
    ("role=professional,abuse=domestic_abuse,need=safe_place,nosvc=southall-black-sisters,nosvc=rape-crisis-247",
     ["salam, man support worker hastam, ye moraje irani daram ke az shoharesh farar karde",
      "visa nadare va ja nadare. kasi hast farsi harf bezane?",
      "age london nabashe chi? ma tu Bristol zendegi mikonim"]),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text)), text


@pytest.mark.parametrize(("expectation", "turns"), CONVERSATIONS)
def test_battery_conversations(expectation, turns):
    decided = signpost_conversation(turns)
    assert decided.understanding.unread_language is None, turns[-1]
    assert holds(expectation, decided), turns
