"""A recent sexual assault, sexual exploitation, a child harmed, FGM, forced marriage and
"honour" told without naming them, as most people tell them ("he wouldnt stop last nite", "me
hizo cosas", "m-a fortat", "keep him company" for the rent): messages from batteries written by
helpers who saw neither the cues nor the evaluation set, each read for what it says."""
import pytest

from .test_signposting import holds, signpost

SV_RECENT = "abuse=sexual_violence,recent=1"
SV = "abuse=sexual_violence"
SE = "abuse=sexual_exploitation"
MESSAGES = [
    (SV_RECENT, "he wouldnt stop last nite"),
    (SV_RECENT, "didnt want to. he did anyway. last night"),
    (SV_RECENT, "woke up this morning and my clothes were off and i dont remember getting to his flat"),
    (SV_RECENT, "i dont even know how to say this. he put it in when i was asleep. this was last night"),
    (SV_RECENT, "my daughter is 16 she came home from a party saturday crying and said a boy made her do "
                "stuff in the bathroom"),
    (SV_RECENT, "my sister told me her friends brother did something to her at a house party at the "
                "weekend when she was passed out"),
    (SV_RECENT, "work xmas do on thurs, my manager drove me home and i woke up with him on top of me"),
    (SV_RECENT, "he made me do oral on him, i was crying the whole time. last night"),
    (SV_RECENT, "hes my husband but last night he held my arms and did it even though i was begging "
                "him not to"),
    (SV_RECENT, "my sons girlfriend was taken advantage of at a party on friday when she was really drunk"),
    (SV_RECENT, "el taxista no me dejo bajar del coche y me hizo cosas, fue hace dos dias"),
    (SV_RECENT, "necesito la pastilla del dia despues urgente, lo de ayer no fue xq yo quise"),
    (SV_RECENT, "o ex dela foi buscar as coisas domingo e forcou ela. ela ta em choque"),
    (SV_RECENT, "meu patrao entrou no meu quarto sabado de noite e ficou em cima de mim"),
    (SV_RECENT, "poznalam faceta na tinderze, w piatek przyszedl do mnie i jak powiedzialam ze nie chce "
                "to mnie przytrzymal"),
    (SV_RECENT, "potrzebuje tabletki dzien po, to co sie stalo w weekend to nie bylo za moja zgoda"),
    (SV_RECENT, "sotul m-a fortat iar noaptea trecuta"),
    (SV_RECENT, "fostul a venit duminica sa-si ia lucrurile si m-a tinut jos pe pat"),
    (SV_RECENT, "eski sevgilim pazar gunu eve geldi beni yataga bastirdi"),
    (SV_RECENT, "acil sabah sonrasi hapi lazim, hafta sonu olan sey benim istegimle olmadi"),
    (SV_RECENT, "امبارح بالليل خرجت مع واحد من التطبيق وقلتله لأ كذا مرة بس ما وقفش"),
    (SV_RECENT, "الباطرون ديالها فالمطعم شدها فالستوك نهار السبت ودار فيها لي بغا"),
    (SV_RECENT, "kal raat jis larke se app pe mili thi usne ruka nahi jab maine mana kiya"),
    (SV_RECENT, "جس گھر میں وہ کام کرتی ہے وہاں کے مالک نے ہفتے کی رات اس کے ساتھ زبردستی کی"),
    (SV, "my landlord said i dont have to pay rent this month if i 'keep him company'"),
    (SV, "proprietarul imi zice ca daca nu am chiria pot sa 'platesc altfel'"),
    (SE, "they give me free food n lifts home and now the older one says i gotta be nice to his cousins "
         "to pay it back"),
    (SE, "my friend works at a massage place and its not just massage, the boss makes them do extras"),
    (SE, "my daughter is 22, her boyfriend has her working the street round kings cross"),
    (SE, "my little sister is 12 and some older boys got her doing stuff on video call"),
    (SE, "One of our girls (16) is being picked up most nights by different cars"),
    (SE, "mi novio me hace hacer videos por webcam con hombres y se queda con todo el dinero"),
    (SE, "minha sobrinha de 14 anos ta sumindo a noite, volta com roupa nova, celular novo"),
    (SE, "moja corka ma 14 lat i jakis starszy facet ja podwozi autem, kupuje jej rzeczy"),
    (SE, "moj chlopak kaze mi robic kamerki na zywo i zabiera cala kase"),
    (SE, "prietena mea lucreaza la un salon de masaj dar sefa o obliga sa faca sex cu clientii"),
    (SE, "زوجي يجبرني أسوي فيديوهات على الكاميرا لرجال غرباء وياخذ الفلوس"),
    (SE, "shoqja ime punon ne nje sallon masazhi por pronari e detyron te beje seks me klientet"),
]
CA = "abuse=child_abuse"
FGM = "abuse=fgm"
FM = "abuse=forced_marriage"
HBA = "abuse=honour_based_abuse"
MESSAGES += [
    (CA, "my daughter is 4 and she said daddy hurts her when mummy isnt there"),
    (CA, "my little girl is 3 and said grandad tickles me there"),
    (CA, "my ex smacks the kids when they go to his on contact"),
    (CA, "my sisters husband screams at her kids and i saw him slap the 2 yr old across the face"),
    (CA, "my mum minds my kids after school and ive found out she hits them with a slipper"),
    (CA, "my new partner is a bit rough with my kids, grabs them by the arm hard"),
    (CA, "my niece told me her uncle does a special game with her and its a secret"),
    (CA, "my boyfriend keeps going in my 13yo daughters room at night to say goodnight"),
    (CA, "my son (7) keeps crying bc he doesnt want to go to his dads at weekends"),
    (CA, "hola mi hija de 5 años dice q el novio de su mama le pega cuando yo no estoy"),
    (CA, "minha sobrinha de 9 anos disse q o padrasto entra no quarto dela de noite"),
    (CA, "moj syn 8 lat mowi ze tata go bije pasem"),
    (CA, "fiica mea de 4 ani a zis ca tatal ei o loveste cand e la el"),
    (CA, "oglum 7 yasinda, babasi ona vuruyormus"),
    (CA, "بنتي عمرها ٦ سنين قالت ان عمها يلعب معها لعبة ويقول لها لا تقولي لأحد"),
    (FGM, "my mum says when we go back home this summer im going to have the ceremony like my cousins did"),
    (FGM, "my friend said her gran is gonna do something to her down there so shes pure"),
    (FGM, "my little sis (9) came back from somalia n walks funny and cries when she goes toilet"),
    (FGM, "pt from guinea, looks like type 3 on exam, first pregnancy"),
    (FGM, "walaal waxaan ka baqayaa in xagaagan la i geeyo soomaaliya oo la i gudo"),
    (FGM, "حماتي تقول لازم نطهر البنت لما نروح السودان هالصيف"),
    (FGM, "بچه که بودم تو ایران ختنه‌ام کردن"),
    (FGM, "ዓባየይ ጓለይ ክትግዘር ኣለዋ ትብል"),
    (FM, "parents r arranging a wedding for me in pakistan and said ill learn to love him"),
    (FM, "my uncle threatened me and the wedding is in 3 weeks"),
    (FM, "صاحبتي اهلها اخذوا جوازها وبيسفروها اليمن وتقول بيزوجوها"),
    (FM, "ailem ogrendi, annem seni turkiyeye geri gonderip hemen evlendiricez dedi"),
    (FM, "خواهرم ۱۵ سالشه، مادرم میخواد ببرتش افغانستان شوهرش بده"),
    (FM, "malbata min dixwazin min bi pismame min re bizewicinin"),
    (HBA, "my older brother hit me after seeing me talking to a boy at the bus stop"),
    (HBA, "now i cant leave without my brother and they keep saying ive blackened their face"),
    (HBA, "walaalahay ayaa i raad raaca, aabbahay wuxuu yiri waad na ceebaysay"),
    (HBA, "أخوي يفتش تلفوني وقال إني فضحت العيلة"),
    (HBA, "برادرم همش دنبالمه، میگه آبروی ما رو بردی"),
]
OWN = "role=perpetrator,svc=respect-phoneline"
SELF_HARM = "danger=self_harm,svc=samaritans"
TRAFFICKING = "abuse=trafficking_exploitation"
TECH = "abuse=tech_abuse"
MESSAGES += [
    (OWN, "my gf says im too controlling, is there help for me"),
    (OWN, "said things to my gf last night i cant take back. called her worthless"),
    (OWN, "got arrested saturday for hitting my wife. bail says i cant go home"),
    (OWN, "im scared of what ill do next time. never hit her but ive come close"),
    (OWN, "social services got involved cos the kids saw me throw a plate at my wife"),
    (OWN, "zostalem aresztowany za uderzenie partnerki, jest jakis program?"),
    (OWN, "ii verific telefonul in fiecare noapte si nu ma pot opri"),
    (OWN, "مسكتها من رقبتها امبارح وأنا كاره نفسي"),
    (OWN, "police ne mujhe arrest kiya biwi ko maarne pe"),
    (OWN, "nao quero que meus filhos cresçam com medo de mim. tem algum curso pra raiva?"),
    (SELF_HARM, "I've written letters to my kids. just in case"),
    (SELF_HARM, "sometimes i think about just stepping into the road"),
    (SELF_HARM, "if he doesnt kill me ill do it myself at this rate"),
    (SELF_HARM, "I've been saving up my sleeping pills"),
    (SELF_HARM, "I stood on the bridge for ages last night"),
    (SELF_HARM, "znowu zaczelam sie ciac"),
    (SELF_HARM, "daca nu ma omoara el, o fac eu singura"),
    (SELF_HARM, "bazen kendimi yola atmayi dusunuyorum"),
    (SELF_HARM, "كتبت رسايل لولادي. ما عاد فيني أتحمل"),
    (SELF_HARM, "bas sab khatam ho jaye"),
    (TRAFFICKING, "she sleeps in a container behind the car wash, boss keeps all their ids"),
    (TRAFFICKING, "agency said if i leave they will tell the home office"),
    (TRAFFICKING, "mi prima cuida a un senor mayor, le quitaron los papeles"),
    (TRAFFICKING, "a familia ficou com meu passaporte e diz q eu devo a passagem"),
    (TRAFFICKING, "lucrez ca menajera si mi au luat actele"),
    (TRAFFICKING, "ab woh family uska passport rakh ke baithi hai"),
    (TECH, "we split but he still controls the hive heating app and the ring doorbell"),
    (TECH, "my partner checks the car app to see where ive driven"),
    (TECH, "my ex put something on my phone, he always knows where i am"),
    (TECH, "mi ex sabe siempre donde estoy, creo q me puso algo en el movil"),
    (TECH, "mere shohar ne mere phone mein koi app daal di hai"),
    (TECH, "fostul meu sot imi opreste caldura din aplicatie"),
]
MESSAGES += [
    ("aud=deaf,svc=signhealth-da-service",
     "i lip read and he turns his face away when he shouts then slaps me"),
    ("aud=deaf", "Born without hearing. Husband smashed my ipad. Need a service with signers"),
    ("aud=deaf", "আমি কানে শুনতে পাই না, ইশারা ভাষায় কথা বলি। আমার স্বামী আমাকে মারে"),
    ("aud=older,svc=hourglass", "আমার বয়স ৮০, ছেলে আমার পেনশনের টাকা নিয়ে নেয়"),
    ("aud=disabled", "nao enxergo quase nada, e meu marido esconde meus remedios"),
    ("aud=man,svc=mens-advice-line", "gf throws things at me, last night a glass cut my head"),
    ("aud=lgbt,svc=galop-lgbt-helpline,nosvc=mens-advice-line",
     "my girlfriend hits me and everyone thinks women cant do that to each other"),
    ("aud=lgbt,svc=galop-lgbt-helpline,nosvc=mens-advice-line",
     "minha namorada me agride e diz que ninguem vai acreditar porque somos duas mulheres"),
    ("aud=lgbt,svc=galop-lgbt-helpline,nosvc=mens-advice-line",
     "kiz arkadasim beni dovuyor, iki kadin oldugumuz icin kimse ciddiye almiyor"),
    ("aud=lgbt,svc=galop-lgbt-helpline", "moj chlopak grozi ze powie rodzinie ze jestem z facetem"),
    ("aud=lgbt,svc=galop-lgbt-helpline", "شريكي يهددني انه يقول لاهلي اني مع رجل"),
    ("aud=lgbt,svc=galop-lgbt-helpline",
     "میرا پارٹنر دھمکی دیتا ہے کہ میرے گھر والوں کو بتا دے گا کہ میں لڑکوں کو پسند کرتا ہوں"),
]
# Look-alikes: what they say is something else.
NOT_SV = "noabuse=sexual_violence"
NOT_CA = "noabuse=child_abuse"
NOT_OWN = "norole=perpetrator,noabuse=tech_abuse"
MESSAGES += [
    (NOT_SV, "my bf made me give him money"),
    (NOT_SV, "mere sath zabardasti shadi karwa rahe hain"),
    (NOT_SV, "he held me down and took my phone off me on sunday when we were arguing"),
    (NOT_SV, "last night he shouted at me and threw my phone across the room"),
    (NOT_SV, "we had sex on saturday and now he wont text back"),
    (NOT_SV, "zabardasti ki shadi se kaise bachun"),
    (NOT_SV, "he wouldnt stop calling me"),
    (NOT_SV, "my mum made me do my homework last night"),
    (NOT_OWN, "my boyfriend has anger issues and he scares me"),
    (NOT_OWN, "my ex is so controlling"),
    (NOT_OWN, "I installed an app on my phone to track my runs"),
    # A woman beaten, told with the same words a child's harm is told with.
    (NOT_CA, "jestem pielegniarka, pacjentka powiedziala ze maz ja bije"),
    (NOT_CA, "sotul o bate pe sora mea in fiecare seara"),
    (NOT_CA, "kocasi onu dovuyor, ne yapabilirim"),
    (NOT_CA, "o marido da minha amiga bate nela"),
    (NOT_CA, "my son is 25 and he says i should leave my husband"),
]


@pytest.mark.parametrize("expectation, text", MESSAGES)
def test_each_message_is_read_for_what_it_says(expectation, text):
    assert holds(expectation, signpost(text))
