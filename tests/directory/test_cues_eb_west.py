"""Readings from the tenth batteries of 2026-12-07 (helper-written, not the evaluation set) in
Spanish, Portuguese, Polish, Romanian, Persian (and Finglish) and Somali, each idea in other words
than the battery's and beside look-alikes: a girl given to a cousin as a husband, or taken to the
country to be married (a forced marriage), not a cousin's own wedding or a visit to a grandmother; a
child hit by the other parent's new partner, and a child's age under ten; taken upstairs or to a room
by a boy and not wanting it (a rape), and 'my friend's party' is a place, not a friend asked about;
a man who has taken a drunk friend into a room and the door is shut now (danger), not told in the
past; 'something happened that I didn't want' (a rape), not a shift changed against her wishes; 'he
forced me' after a dark street, or when she cannot even write it, not 'forced me to sign'; asking
where to call is no sign of being overheard; 'my husband will kill me when he sees the bill' is a
joke about money, 'he said he will kill me' is not; a mother's 'I have a boy of 15' is no child
writing; having bled is a doctor's visit, bleeding hard now is danger; a family or a child next
door, bruised or beaten (a neighbour asking about a child); 'I am cut' and 'closed' beside a birth
(FGM) and months of a pregnancy, not a shop that is closed or a boy circumcised."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # === Persian: given to a cousin, or taken to the country, to be married =========================
    ("abuse=forced_marriage", "babam mikhad khaharamo be pesar khalash shohar bede, faghat 15 salesh e"),
    ("abuse=forced_marriage", "میخوان خواهرمو به پسرعموش شوهرش بدن، ۱۶ سالشه"),
    ("abuse=forced_marriage", "pedaram gofte emsal mibaratesh afghanistan aghdesh konan"),
    ("svc=forced-marriage-unit", "بابام گفته تابستون میبریمش ایران شوهرش بدیم، خواهرم ۱۵ سالشه"),
    ("noabuse=forced_marriage", "be pesar amoom tabrik goftam, aroosish hafte dige ast"),
    ("noabuse=forced_marriage", "tabestoon mibarimesh iran pish madarbozorgesh"),
    # === Persian: a child hit by the other parent's new partner; a child's age under ten =============
    ("abuse=child_abuse", "شوهر جدید زن سابقم پسرمو میزنه"),
    ("svc=nspcc-helpline", "dust pesare zane sabegham dokhtaramo kotak mizane, 7 salesh e"),
    ("aud=young_person", "پسرم ۶ سالشه و دوست پسر مامانش سرش داد میزنه"),
    ("noabuse=child_abuse", "دخترمو میبرم مدرسه و بعد میرم سر کار"),
    ("noabuse=child_abuse", "دامادم دخترمو میزنه، دخترم سی سالشه"),
    ("noaud=young_person", "دخترم ۲۳ سالشه و تازه ازدواج کرده"),
    # === Persian: taken upstairs or to a room, and not wanting it ===================================
    ("abuse=sexual_violence", "تو مهمونی یه پسره منو کشوند تو اتاق، گفتم نه"),
    ("abuse=sexual_violence", "mano bord bala too otagh, man nemikhastam"),
    ("svc=the-havens", "دیشب تو پارتی یه پسری منو برد بالا، نمیخواستم، الان تو کمدنم"),
    ("noabuse=sexual_violence", "دوستم منو برد خونش، شب اونجا خوابیدم"),
    # === Spanish: a friend taken into a room by a man, the door shut now ===========================
    ("danger=immediate", "un chico se ha llevado a mi amiga al baño, esta borracha y no abre la puerta"),
    ("danger=immediate", "un tio la metio en una habitacion y no abren, mi amiga esta inconsciente"),
    ("danger=immediate", "se la llevaron arriba a un cuarto y la puerta sigue cerrada, ayuda"),
    ("danger=none",
     "anoche un tio se la llevo a un cuarto y cerro la puerta, hoy ella no se acuerda de nada"),
    ("danger=none", "mi hijo se ha llevado la consola a su cuarto y no me abre"),
    # === Spanish: something happened that she did not want ==========================================
    ("abuse=sexual_violence", "me hizo algo sin que yo quisiera, estaba muy pedo"),
    ("abuse=sexual_violence", "tuvimos relaciones pero yo no queria, no se como llamarlo"),
    ("svc=the-havens", "anoche en una fiesta en hackney paso algo sin k yo quisiera, no me he duchado"),
    ("noabuse=sexual_violence", "me cambiaron el turno sin que yo quisiera"),
    ("noabuse=sexual_violence", "paso algo raro en el trabajo y me despidieron"),
    # === Portuguese: 'he forced me' after a dark place, or when she cannot write it =================
    ("abuse=sexual_violence", "o cara parou o carro num lugar deserto e me forçou"),
    ("abuse=sexual_violence", "ele me forcou... nem consigo falar disso"),
    ("svc=the-havens", "hoje cedo o taxista entrou numa rua deserta e me forcou. moro em brixton"),
    ("noabuse=sexual_violence", "meu chefe me forçou a assinar o contrato, não consigo pagar o aluguel"),
    ("noabuse=sexual_violence", "moro numa rua escura e tenho medo de voltar sozinha"),
    # === Polish: asking where or whom to call is no sign of being overheard =========================
    ("danger=none", "szef zabral mi paszport, nie wiem gdzie moge zadzwonic"),
    ("danger=none", "agencja trzyma moje dokumenty, nie wiem do kogo mam zadzwonic"),
    ("danger=cannot_speak", "nie moge teraz rozmawiac, on jest obok"),
    ("danger=cannot_speak", "nie moge zadzwonic, on slyszy wszystko"),
    # === Polish: 'he'll kill me when he sees the bill', a joke about money ==========================
    ("danger=none", "zona mnie zabije jak zobaczy wyciag z karty hehe"),
    ("danger=none", "jak maz zobaczy rachunek za prad to mnie zamorduje haha"),
    ("danger=none", "maz mnie zabije za te zakupy, ile kosztuje wasza linia?"),
    ("danger=immediate", "maz powiedzial ze mnie zabije jak zobaczy ze rozmawiam z wami"),
    ("danger=immediate", "maz mnie zabije, jest pijany i wali w drzwi"),
    # === Romanian: a mother's 'I have a boy of 15' is no child writing; a child's own age ===========
    ("noaud=young_person", "am un baiat de 16 ani care ma loveste si ma injura"),
    ("noaud=young_person", "am o fata de 14 ani si sotul meu ma bate"),
    ("aud=young_person", "am doar 15 ani si tata ma bate"),
    ("aud=young_person", "am aproape 14 ani, ce fac?"),
    # === Romanian: having bled is a doctor's visit; bleeding hard now is danger =====================
    ("danger=none,need=medical", "ieri m-a violat, am sangerat putin, trebuie sa merg la medic?"),
    ("danger=none", "m-a lovit saptamana trecuta si am sangerat din nas"),
    ("danger=immediate", "m-a lovit cu cutitul si sangerez tare"),
    ("danger=immediate", "sangereaza mult si nu se opreste sangele"),
    # === Romanian: a family or a child next door, bruised or beaten ================================
    ("svc=nspcc-helpline", "in blocul nostru sta o familie, fetita are 5 ani si are mereu vanatai"),
    ("svc=nspcc-helpline", "copilul vecinilor are vanatai pe fata, ce pot face?"),
    ("abuse=child_abuse", "baietelul de la etaj tipa de durere in fiecare seara"),
    ("noabuse=child_abuse", "copilul vecinilor tipa toata ziua cand se joaca"),
    ("norole=friend_family", "in blocul meu sta un barbat care ma urmareste peste tot"),
    # === Somali: 'I am cut', 'closed' beside a birth; months of a pregnancy =========================
    ("abuse=fgm", "umulisada ayaa i weydiisay haddii aan gudanahay"),
    ("svc=nspcc-fgm-helpline", "uur baan qabaa, sideen ku dhali doonaa anigoo xidhan?"),
    ("abuse=fgm", "dhakhtarku wuxuu yiri waa in la i furo ka hor dhalmada, waan xiranahay"),
    ("aud=pregnant", "waxaan qabaa uur 5 bilood ah"),
    ("noabuse=fgm", "dukaanka waa xiran yahay, umulisada ma arki karo maanta"),
    ("noabuse=fgm", "wiilkayga waa gudan yahay, uur baan qabaa"),
]

CONVERSATIONS = [
    # 'My friend's party' or house is where the writer was, not a friend asked about.
    ("role=survivor", ["سلام", "شنبه رفتم پارتی دوستم، یه پسری منو برد بالا و من نمیخواستم"]),
    ("role=survivor", ["salam", "rafte boodam khoone doostam, ye pesari mano bord too otagh, goftam na"]),
    ("svc=childline", ["سلام", "شنبه رفتم خونه دوستم، یه پسری منو برد بالا و من نمیخواستم",
                       "۱۶ سالمه، میخوام برم دکتر"]),
    ("role=friend_family", ["سلام", "دوستم میگه شوهرش کتکش میزنه، چطوری کمکش کنم"]),
    # Romanian: bled two nights ago after a rape, he is at work: the doctor, not 999.
    ("danger=none", ["sotul m-a fortat sa fac sex cu el alaltaieri",
                     "a plecat la munca, am sangerat putin si ma doare, pot merge la un doctor?"]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
