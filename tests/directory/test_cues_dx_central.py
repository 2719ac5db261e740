"""Cue widening of 2026-12-07 (evening, helper-written from ideas, not the evaluation set) in Polish,
Romanian and Turkish, each idea in several ways and beside look-alikes: a parent whose son of 14-16
has new trainers, cash, a second phone and a knife found in his bag, and 'friends' who make him
carry packages to another town and say he owes them (county lines: exploitation, a parent asking
about a young person, no danger now: a knife found in a bag is not an attack); a man or a woman
who has just grabbed their partner by the throat, drunk, the partner locked in the bathroom with
the children (the one doing it, in danger now, the Respect line, not the men's line); a woman who
hits her partner in arguments, threw a phone and cut his eyebrow, asking where a woman gets help
for that (Respect, not the line for women harmed); a young woman brought to England by a
'boyfriend' for cleaning work, made to do 'massage' and meet men from adverts, her ID and passport
held and a debt of thousands (trafficking, the Modern Slavery Helpline); a girl of 15 to be engaged
or married to a boy in the home country on a summer trip, 'tradition', 'shame if I refuse' (forced
marriage); a man whose father will send him home next month to be married or 'corrected', also a
gay man (forced marriage, a man). Not: a son with a part-time job who bought trainers, a knife in
a husband's hand (still danger), 'he grabbed me by the throat' from the one harmed, a woman whose
partner hits her, a passport a boyfriend keeps in his drawer because she asked him to, a cousin's
wedding in the home country, a man marrying his own girlfriend, a son sent home for work or a
holiday."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # 1. County lines told by a parent: exploitation, a young person, no danger now.
    ("role=parent,aud=young_person,abuse=trafficking_exploitation,danger=none",
     "Moj syn ma 15 lat, ma nowe buty, pelno gotowki i drugi telefon, znalazlam noz w jego plecaku. "
     "Koledzy kaza mu wozic paczki do innego miasta i mowia ze jest im winien pieniadze"),
    ("abuse=trafficking_exploitation,danger=none",
     "mój 14-letni syn znika na całe dnie, wraca z kasą, ma drugi telefon, starsi chłopacy wysyłają go z "
     "paczkami do innych miast, mówi że ma u nich dług"),
    ("role=parent,danger=none",
     "w plecaku mojego syna znalazlam noz kuchenny, ma 16 lat, boje sie ze starsi koledzy kaza mu "
     "sprzedawac narkotyki"),
    ("abuse=trafficking_exploitation,danger=none",
     "moja corka ma 15 lat, chyba wciagneli ja w dilowanie, jezdzi pociagiem z towarem do Birmingham"),
    ("role=parent,abuse=trafficking_exploitation",
     "syn 14 lat znika na cale dnie, starsi chlopacy wysylaja go z paczkami do innych miast"),
    ("abuse=trafficking_exploitation", "dilerzy wykorzystuja mojego syna, ma 14 lat"),
    ("danger=none,noabuse=trafficking_exploitation",
     "syn ma 16 lat, dostal prace w sklepie na weekendy i kupil sobie nowe buty za swoje pieniadze"),
    ("danger=none,noabuse=trafficking_exploitation",
     "moj syn ma 15 lat i kupil sobie drugi telefon i nowe adidasy z kieszonkowego"),
    ("noabuse=trafficking_exploitation", "moj syn pracuje jako kurier i wozi paczki do innych miast"),
    ("noabuse=trafficking_exploitation", "mama kaze mu zaniesc paczki do sasiadki"),
    ("danger=immediate", "maz stoi w kuchni z nozem i krzyczy ze nas pozabija"),
    ("role=parent,aud=young_person,abuse=trafficking_exploitation,danger=none",
     "Fiul meu are 15 ani, are adidasi noi, bani cash, un al doilea telefon si am gasit un cutit in "
     "ghiozdanul lui. Niste prieteni il pun sa care pachete in alt oras si zic ca le datoreaza bani"),
    ("abuse=trafficking_exploitation,danger=none",
     "baiatul meu de 14 ani e trimis de niste baieti mai mari cu pachete in alte orase, zic ca le e dator"),
    ("role=parent,danger=none",
     "i-am găsit un cuțit de bucătărie în rucsac fiului meu, are 16 ani si doua telefoane, cred ca l-au "
     "bagat niste baieti mai mari sa vanda droguri"),
    ("abuse=trafficking_exploitation",
     "fiica mea de 15 ani e pusa de niste baieti mai mari sa duca droguri cu trenul in alt oras"),
    ("danger=none,noabuse=trafficking_exploitation",
     "fiul meu de 16 ani si-a luat un job part-time la un magazin si si-a cumparat adidasi noi"),
    ("abuse=trafficking_exploitation",
     "baiatul meu de 15 ani face drumuri cu pachete pt niste baieti mai mari"),
    ("noabuse=trafficking_exploitation", "fiul meu lucreaza la curierat si duce pachete in alte orase"),
    ("danger=immediate", "sotul meu a scos un cutit si ma ameninta"),
    ("role=parent,aud=young_person,abuse=trafficking_exploitation,danger=none",
     "15 yaşındaki oğlumun yeni ayakkabıları, bir sürü nakit parası ve ikinci bir telefonu var, "
     "çantasında bıçak buldum. Arkadaşları ona başka şehre paket taşıtıyor ve onlara borçlu olduğunu "
     "söylüyorlar"),
    ("abuse=trafficking_exploitation,danger=none",
     "oglum 14 yasinda, buyuk cocuklar onu baska sehirlere paketle gonderiyor, borcun var diyorlar"),
    ("role=parent,danger=none",
     "oğlumun okul çantasında mutfak bıçağı buldum, 16 yaşında, iki telefonu var, yeni ayakkabılar aldı"),
    ("abuse=trafficking_exploitation",
     "oğlumu bir çete uyuşturucu satmaya zorluyor, 15 yaşında, eve gece geliyor"),
    ("danger=none,noabuse=trafficking_exploitation",
     "oğlum 16 yaşında, markette yarı zamanlı iş buldu ve kendine yeni spor ayakkabı aldı"),
    ("abuse=trafficking_exploitation", "abiler oğluma paket taşıtıyor, 14 yaşında"),
    ("noabuse=trafficking_exploitation", "oğlum kargo şirketinde çalışıyor, başka şehirlere paket götürüyor"),
    ("danger=immediate", "kocam elinde bıçakla kapıda bekliyor"),

    # 2. The one who has just grabbed a partner by the throat, drunk: danger now, the Respect line.
    ("role=perpetrator,danger=immediate,svc=respect-phoneline,nosvc=mens-advice-line",
     "Jestem pijany i wlasnie zlapalem zone za gardlo. Zamknela sie z dziecmi w lazience. Boje sie ze "
     "zrobie cos gorszego"),
    ("role=perpetrator,danger=immediate,svc=respect-phoneline,nosvc=mens-advice-line",
     "przed chwila chwycilem dziewczyne za szyje, jestem po alkoholu, ona siedzi z dziecmi zamknieta w "
     "lazience, boje sie siebie"),
    ("role=perpetrator,danger=immediate,svc=respect-phoneline",
     "jestem pijana, zlapalam meza za gardlo, zamknal sie z dziecmi w lazience, boje sie ze zrobie mu cos "
     "gorszego"),
    ("role=perpetrator,danger=immediate,svc=respect-phoneline",
     "prawie ja udusilem, jestem pijany, zamknela sie w lazience"),
    ("role=survivor,danger=immediate,nosvc=respect-phoneline",
     "zlapal mnie za gardlo, jest pijany, zamknelam sie z dziecmi w lazience"),
    ("role=survivor,nosvc=respect-phoneline", "maz wczoraj po pijaku zlapal mnie za szyje, boje sie go"),
    ("norole=perpetrator", "boje sie siebie, mysle o tym zeby sie zabic"),
    ("role=perpetrator,danger=immediate,svc=respect-phoneline,nosvc=mens-advice-line",
     "Sunt beat si tocmai am apucat-o pe sotia mea de gat. S-a incuiat in baie cu copiii. Mi-e frica sa nu "
     "fac ceva mai rau"),
    ("role=perpetrator,danger=immediate,svc=respect-phoneline,nosvc=mens-advice-line",
     "am strâns-o de gât pe prietena mea, am băut, ea e încuiată în baie cu copiii, mi-e frică de mine"),
    ("role=perpetrator,danger=immediate,svc=respect-phoneline",
     "l-am apucat pe sotul meu de gat, sunt beata, s-a inchis in baie cu copiii si mi-e frica de ce i-as "
     "putea face"),
    ("role=perpetrator,danger=immediate,svc=respect-phoneline",
     "era sa o sugrum pe nevasta-mea, sunt beat, mi-e frica"),
    ("role=survivor,danger=immediate,nosvc=respect-phoneline",
     "m-a apucat de gat, e beat, m-am incuiat in baie cu copiii"),
    ("role=survivor,nosvc=respect-phoneline",
     "sotul meu m-a strans de gat aseara cand era beat, mi-e frica de el"),
    ("norole=perpetrator", "am strans-o in brate pe sotia mea, plangea"),
    ("role=perpetrator,danger=immediate,svc=respect-phoneline,nosvc=mens-advice-line",
     "Sarhoşum ve az önce karımı boğazından tuttum. Çocuklarla banyoya kilitlendi. Daha kötüsünü yapmaktan "
     "korkuyorum"),
    ("role=perpetrator,danger=immediate,svc=respect-phoneline,nosvc=mens-advice-line",
     "kız arkadaşımı boğazladım az önce, içkiliyim, çocuklarla banyoda kilitli, kendimden korkuyorum"),
    ("role=perpetrator,danger=immediate,svc=respect-phoneline",
     "kocamın boğazını sıktım, sarhoştum, çocuklarla banyoya kapandı, kendimden korkuyorum"),
    ("role=survivor,danger=immediate,nosvc=respect-phoneline",
     "beni boğazımdan tuttu, sarhoş, çocuklarla banyoya kilitlendim"),
    ("role=survivor,nosvc=respect-phoneline", "kocam dün gece sarhoşken boğazımı sıktı, ondan korkuyorum"),
    ("role=survivor", "kocamın boğazını sıktım çünkü beni boğuyordu, kendimi savundum"),

    # 3. A woman who hits her partner: the Respect line, not the line for women harmed.
    ("role=perpetrator,svc=respect-phoneline,nosvc=national-domestic-abuse-helpline",
     "Jestem kobieta i bije mojego partnera podczas klotni. Rzucilam w niego telefonem i rozcielam mu brew. "
     "Boje sie siebie. Gdzie kobieta moze dostac pomoc z tym?"),
    ("role=perpetrator,svc=respect-phoneline,nosvc=national-domestic-abuse-helpline",
     "jak sie klocimy to uderzam chlopaka, ostatnio rzucilam w niego telefonem i ma rozcieta brew. gdzie ja "
     "jako kobieta moge szukac pomocy"),
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "jestem kobieta i to ja go bije, jestem agresywna w zwiazku, gdzie szukac pomocy"),
    ("danger=none", "szukam pomocy, maz mnie bije od lat"),
    ("danger=immediate", "pomocy!!! on tu jest"),
    ("role=survivor,svc=national-domestic-abuse-helpline,nosvc=respect-phoneline",
     "moj partner mnie bije podczas klotni, rzucil we mnie telefonem i rozcial mi brew"),
    ("role=survivor,nosvc=respect-phoneline",
     "jestem kobieta, moj maz rzuca we mnie czym popadnie jak sie klocimy, gdzie moge dostac pomoc"),
    ("role=perpetrator,svc=respect-phoneline,nosvc=national-domestic-abuse-helpline",
     "Sunt femeie si il lovesc pe partenerul meu cand ne certam. Am aruncat cu telefonul in el si i-am spart "
     "sprinceana. Mi-e frica de mine. Unde poate o femeie sa primeasca ajutor pentru asta?"),
    ("role=perpetrator,svc=respect-phoneline,nosvc=national-domestic-abuse-helpline",
     "cand ne certam dau in iubitul meu, aseara am aruncat telefonul dupa el si l-am taiat la sprinceana. "
     "unde se poate adresa o femeie ca mine"),
    ("role=perpetrator,svc=respect-phoneline",
     "eu sunt cea agresiva in relatie, eu il bat, unde pot cere ajutor ca femeie"),
    ("role=survivor,svc=national-domestic-abuse-helpline,nosvc=respect-phoneline",
     "partenerul meu ma loveste cand ne certam, a aruncat cu telefonul in mine si mi-a spart sprinceana"),
    ("role=survivor,nosvc=respect-phoneline",
     "sunt femeie si sotul meu arunca cu ce prinde dupa mine cand ne certam, unde pot cere ajutor"),
    ("role=perpetrator,svc=respect-phoneline,nosvc=national-domestic-abuse-helpline",
     "Kadınım ve tartışmalarda erkek arkadaşıma vuruyorum. Telefonu ona fırlattım ve kaşını yardım. "
     "Kendimden korkuyorum. Bir kadın bunun için nereden yardım alabilir?"),
    ("role=perpetrator,svc=respect-phoneline,nosvc=national-domestic-abuse-helpline",
     "kavga edince kocama vuruyorum, dün telefonu kafasına attım kaşı yarıldı, kadınlar için böyle bir "
     "yardım var mı"),
    ("role=survivor,svc=national-domestic-abuse-helpline,nosvc=respect-phoneline",
     "erkek arkadaşım tartışmalarda bana vuruyor, telefonu bana fırlattı, kaşımı yardı"),
    ("role=survivor,nosvc=respect-phoneline",
     "kadınım, kocam kavgalarda bana eline ne geçerse fırlatıyor, nereden yardım alabilirim"),

    # 4. Brought over by a 'boyfriend', made to see men, papers held, a debt: trafficking.
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "Chlopak przywiozl mnie do Anglii, obiecal prace przy sprzataniu, a potem kazal mi robic masaze i "
     "spotykac sie z facetami z ogloszen. Zabiera wszystkie pieniadze, trzyma moj dowod i paszport, mowi ze "
     "jestem mu winna tysiace"),
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "przyjechalam z nim do londynu bo mowil ze bede sprzatac, a musze przyjmowac klientow w salonie "
     "masazu, paszport jest u niego, ciagle mowi o dlugu"),
    ("noabuse=trafficking_exploitation,nosvc=modern-slavery-helpline",
     "moj chlopak trzyma moj paszport w swojej szufladzie, sama go poprosilam zeby przechowal bo ciagle "
     "gubie rzeczy"),
    ("noabuse=trafficking_exploitation,nosvc=modern-slavery-helpline",
     "przyjechalam do Anglii z chlopakiem, pracuje jako sprzataczka w hotelu, mamy wspolne mieszkanie"),
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "Iubitul meu m-a adus in Anglia, mi-a promis ca o sa fac curatenie, dar m-a pus sa fac masaj si sa ma "
     "intalnesc cu barbati din anunturi. Imi ia toti banii, imi tine buletinul si pasaportul si zice ca ii "
     "datorez mii de lire"),
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "am venit cu prietenul meu in uk pt munca la curatenie, acum ma pune sa fac masaje la clienti de pe "
     "site, el ia banii si zice ca am datorie 5000"),
    ("noabuse=trafficking_exploitation,nosvc=modern-slavery-helpline",
     "iubitul meu imi tine pasaportul in sertarul lui, eu l-am rugat sa il pastreze ca il pierd mereu"),
    ("noabuse=trafficking_exploitation,nosvc=modern-slavery-helpline",
     "am venit in Anglia cu iubitul meu, lucrez la curatenie intr-un hotel si stam impreuna"),
    ("noabuse=trafficking_exploitation",
     "zice ca am datorie la banca 5000 de lire si nu stiu cum sa platesc"),
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "Erkek arkadaşım beni temizlik işi var diye İngiltere'ye getirdi, sonra masaj yaptırdı, ilanlardan "
     "gelen adamlarla görüştürdü. Bütün parayı alıyor, kimliğimi ve pasaportumu tutuyor, ona binlerce "
     "pound borçlu olduğumu söylüyor"),
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "sevgilim beni londraya temizlikçi olarak getirdi ama şimdi masaj salonunda beni adamlarla zorla "
     "görüştürüyor, parayı o alıyor, borcun var diyor"),
    ("noabuse=trafficking_exploitation,nosvc=modern-slavery-helpline",
     "erkek arkadaşım pasaportumu çekmecesinde saklıyor, kaybetmeyeyim diye ben istedim"),
    ("noabuse=trafficking_exploitation,nosvc=modern-slavery-helpline",
     "erkek arkadaşımla İngiltere'ye geldim, bir otelde temizlik işinde çalışıyorum, birlikte yaşıyoruz"),

    # 5. A girl of 15 to be engaged or married on a summer trip: forced marriage.
    ("abuse=forced_marriage,svc=forced-marriage-unit,aud=young_person",
     "Mam 15 lat, rodzice chca mnie zareczyc z chlopakiem w Pakistanie podczas wakacji, mowia ze to "
     "tradycja i ze jak odmowie to bedzie wstyd dla rodziny"),
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     "mam 15 lat, w lato jedziemy do kraju i rodzice juz umowili mi narzeczonego, nie chce ale mowia ze "
     "taka tradycja"),
    ("abuse=forced_marriage", "mam 14 lat a tata chce mnie wydac za kuzyna w Pakistanie"),
    ("noabuse=forced_marriage", "mam 15 lat i jade z rodzicami na wesele kuzynki do Polski w wakacje"),
    ("noabuse=forced_marriage", "mam 15 lat, moja starsza siostra bierze slub w lipcu w Polsce, ciesze sie"),
    ("noabuse=forced_marriage", "rodzice planuja mi wesele w sierpniu, ciesze sie, mam 24 lata"),
    ("abuse=forced_marriage,svc=forced-marriage-unit,aud=young_person",
     "Am 15 ani si parintii vor sa ma logodeasca cu un baiat din tara in vacanta de vara, zic ca e traditie "
     "si ca e rusine pentru familie daca refuz"),
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     "am 15 ani, ai mei vor sa ma dea dupa un baiat din neamul nostru vara asta, zic ca asa e la noi la "
     "rromi"),
    ("abuse=forced_marriage", "am 15 ani si ai mei vor sa ma dea de nevasta in tara"),
    ("noabuse=forced_marriage", "am 15 ani si mergem in tara vara asta la nunta verisoarei mele"),
    ("noabuse=forced_marriage", "am 15 ani, sora mea mai mare se marita in august in Romania si abia astept"),
    ("abuse=forced_marriage,svc=forced-marriage-unit,aud=young_person",
     "15 yaşındayım, ailem yazın Türkiye'ye gittiğimizde beni köyde bir çocukla nişanlamak istiyor, gelenek "
     "diyorlar, reddedersem aileye utanç olurmuş"),
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     "15 yasindayim yazin memlekete gidince beni soz kesecekler, adet boyleymis, hayir dersem ailemi rezil "
     "edermisim"),
    ("noabuse=forced_marriage", "15 yaşındayım, yazın kuzenimin düğünü için Türkiye'ye gidiyoruz"),
    ("noabuse=forced_marriage", "15 yaşındayım, ablam ağustosta memlekette evleniyor, çok heyecanlıyım"),

    # 6. A man sent home next month to be married or 'corrected': forced marriage, a man.
    ("abuse=forced_marriage,aud=man,svc=forced-marriage-unit",
     "Ojciec mowi ze w przyszlym miesiacu wysle mnie do Pakistanu zebym sie ozenil z dziewczyna ktora mi "
     "wybrali"),
    ("abuse=forced_marriage,aud=man,svc=forced-marriage-unit",
     "jestem gejem, ojciec sie dowiedzial i mowi ze wysle mnie do kraju zeby mnie naprawili i ozenili"),
    ("noabuse=forced_marriage",
     "w przyszlym miesiacu zenie sie z moja dziewczyna, tata jest bardzo szczesliwy"),
    ("noabuse=forced_marriage", "tata wysyla mnie w przyszlym miesiacu do Polski do pracy u wujka"),
    ("abuse=forced_marriage,aud=man,svc=forced-marriage-unit",
     "Tatal meu zice ca ma trimite in Romania luna viitoare sa ma insoare cu o fata pe care n-o cunosc"),
    ("abuse=forced_marriage,aud=man,svc=forced-marriage-unit",
     "sunt gay si tata a aflat, zice ca ma trimite in tara luna viitoare sa ma insoare ca sa ma indrepte"),
    ("abuse=forced_marriage,aud=man",
     "tata vrea sa ma insoare cu o fata din neamul nostru, eu nu vreau, am 19 ani"),
    ("noabuse=forced_marriage", "ma insor luna viitoare cu prietena mea, tata e foarte fericit"),
    ("noabuse=forced_marriage", "tata ma trimite luna viitoare in Romania sa lucrez la unchiul meu"),
    ("abuse=forced_marriage,aud=man,svc=forced-marriage-unit",
     "Babam beni gelecek ay Türkiye'ye gönderip tanımadığım bir kızla evlendireceğini söylüyor"),
    ("abuse=forced_marriage,aud=man,svc=forced-marriage-unit",
     "Eşcinsel olduğumu öğrendi babam, gelecek ay beni memlekete gönderip bir kızla evlendirecekmiş, "
     "düzelirsin diyor"),
    ("abuse=forced_marriage,aud=man", "babam beni amcamın kızıyla evlendirecek, istemiyorum"),
    ("noabuse=forced_marriage", "gelecek ay nişanlımla evleniyorum, babam çok mutlu"),
    ("noabuse=forced_marriage", "babam beni gelecek ay Türkiye'ye dedemin yanına gönderiyor, tatil için"),
]

CONVERSATIONS = [
    # A knife found in a son's bag, then the county lines told: no danger carried, exploitation read.
    ("danger=none,abuse=trafficking_exploitation", ["moj syn ma 15 lat, znalazlam noz w jego plecaku",
                     "starsi chlopacy kaza mu wozic paczki do innych miast"]),
    # A perpetrator's fear, then the partner locked in: danger now stays with the one doing it.
    ("role=perpetrator,danger=immediate", ["am strans-o de gat pe sotia mea acum cateva minute, sunt beat",
                                           "s-a incuiat in baie cu copiii, mi-e frica de mine"]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
