"""Professionals asking about referral routes (MARAC, MASH, the FGM duty, the Forced Marriage
Unit, the NRM, IDVA and IRIS referrals, DASH, consent) are read as professionals with the abuse
they ask about, in every site language; a survivor or parent who mentions her own GP, social
worker or child's teacher is not read as a professional.

Every message here was written for this test, as people type."""
import pytest

from directory.signposting import understand

from .test_signposting import signpost

READ = [
    # English
    ("en", "how do I refer to MARAC in Harrow", "domestic_abuse"),
    ("en", "a mother told me her daughter will be cut in the summer holiday, do I have to report it to "
           "social services?", "fgm"),
    ("en", "as an interpreter, what do I do if a client tells me her husband beats her?", "domestic_abuse"),
    ("en", "nrm referral", "trafficking_exploitation"),
    ("en", "dash form", "domestic_abuse"),
    ("en", "year 10 girl says parents taking her to pakistan to get married over summer, what do i do",
     "forced_marriage"),
    ("en", "community worker, one of the ladies in our group told me her husband controls everything "
           "and hits her",
     "domestic_abuse"),
    ("en", "GP receptionist here - patient came in with bruises, says husband did it", "domestic_abuse"),
    ("en", "the girl's mum said they will take her back home to marry her cousin, i am her teacher",
     "forced_marriage"),
    ("en", "police officer here, suspected trafficking victim, how do I submit an NRM",
     "trafficking_exploitation"),
    ("en", "i need advice on behalf of a client who is being controlled by her partner", "domestic_abuse"),
    # Spanish
    ("es", "soy trabajadora social en Harrow, como derivo a una usuaria al MARAC?", "domestic_abuse"),
    ("es", "trabajo de interprete y una clienta me conto que su marido le pega, tengo que decir algo?",
     "domestic_abuse"),
    ("es", "soy enfermera, una paciente tiene mutilacion genital, tengo obligacion de notificarlo?", "fgm"),
    ("es", "hola soy educadora social, creo q una chica del centro es victima de trata, como hago la "
           "derivacion al NRM", "trafficking_exploitation"),
    ("es", "la madre de un alumno me dijo que su marido la maltrata delante del nino, tengo q avisar a "
           "servicios sociales?", "domestic_abuse"),
    # Portuguese
    ("pt", "sou assistente social, como faco encaminhamento pro MARAC em Brent", "domestic_abuse"),
    ("pt", "trabalho como interprete, uma utente contou que o marido bate nela, o que devo fazer?",
     "domestic_abuse"),
    ("pt", "sou professora e uma aluna disse que a familia vai obrigar ela a casar nas ferias",
     "forced_marriage"),
    ("pt", "sou enfermeira, atendi uma mulher com mutilacao genital, tenho que notificar?", "fgm"),
    ("pt", "assistente social aqui, preciso encaminhar uma utente vitima de violencia domestica pro MARAC, "
           "como faco?", "domestic_abuse"),
    # Polish
    ("pl", "jestem pracownikiem socjalnym, jak zglosic klientke do MARAC w Ealing", "domestic_abuse"),
    ("pl", "pracuje jako tlumaczka, klientka powiedziala mi ze maz ja bije, co mam zrobic", "domestic_abuse"),
    ("pl", "jestem nauczycielka, uczennica mowi ze rodzice chca ja wydac za maz w wakacje",
     "forced_marriage"),
    ("pl", "pielegniarka tutaj, pacjentka ma okaleczenie narzadow plciowych, czy mam obowiazek zglosic",
     "fgm"),
    ("pl", "mama ucznia powiedziala ze maz ja bije, czy mam obowiazek zglosic do social services?",
     "domestic_abuse"),
    # Romanian
    ("ro", "sunt asistent social, cum fac referire la MARAC pentru o clienta", "domestic_abuse"),
    ("ro", "lucrez ca interpreta si o clienta mi-a spus ca sotul o bate", "domestic_abuse"),
    ("ro", "sunt moasa, o pacienta are mutilare genitala, trebuie sa raportez?", "fgm"),
    ("ro", "lucrez la o asociatie, cred ca niste fete sunt victime ale traficului de persoane, cum fac "
           "referire NRM", "trafficking_exploitation"),
    ("ro", "in calitate de consilier scolar, mama unei eleve mi-a spus ca sotul o bate, trebuie sa raportez?",
     "domestic_abuse"),
    # Turkish
    ("tr", "sosyal hizmet uzmaniyim, siddet goren bir danisanimi MARAC a nasil yonlendiririm",
     "domestic_abuse"),
    ("tr", "ogretmenim, ogrencim yazin zorla evlendirilecegini soyledi", "forced_marriage"),
    ("tr", "ebeyim, hastamda kadin sunneti var, bildirmem gerekiyor mu", "fgm"),
    ("tr", "dernekte calisiyorum, insan ticareti magduru olabilecek bir kadin var, NRM nasil yapilir",
     "trafficking_exploitation"),
    ("tr", "ogretmen olarak soruyorum, ogrencimin annesi aile ici siddet yasiyor, sosyal hizmetlere "
           "bildirmem gerekir mi", "domestic_abuse"),
    # Arabic and Arabizi
    ("ar", "انا اخصائيه اجتماعيه، كيف احيل عميله الى MARAC", "domestic_abuse"),
    ("ar", "انا قابله، مريضه عندها ختان، هل لازم ابلغ؟", "fgm"),
    ("ar", "بشتغل في جمعيه وشاكه انه في بنات ضحايا اتجار بالبشر، كيف اعمل احاله NRM",
     "trafficking_exploitation"),
    ("ar", "انا معلمه، وحده من الطالبات قالت ان اهلها بدهم زواج قسري الها بالصيف", "forced_marriage"),
    ("ar", "ana mo3alme w talibe 3andi fi 3onf osari bel bet, lazem ballegh?", "domestic_abuse"),
    # Urdu and Roman Urdu
    ("ur", "main social worker hoon, client ko MARAC mein refer kaise karun", "domestic_abuse"),
    ("ur", "main interpreter hun, ek client ne bataya ke uska shohar usay marta hai, mujhe kya karna chahiye",
     "domestic_abuse"),
    ("ur", "main teacher hoon, meri ek student ne bataya ke garmiyon mein Pakistan le ja kar "
           "zabardasti shadi karwayenge", "forced_marriage"),
    ("ur", "میں مڈوائف ہوں، ایک مریضہ کا ختنہ ہوا ہے، کیا مجھے رپورٹ کرنا ضروری ہے", "fgm"),
    ("ur", "community worker hoon, hamare group ki ek aurat ne gharelu tashadud ka bataya", "domestic_abuse"),
    # Bengali and Banglish
    ("bn", "ami social worker, client ke MARAC e kivabe refer korbo", "domestic_abuse"),
    ("bn", "ami interpreter hisebe kaj kori, ek client bollo tar swami take mare, ki korbo",
     "domestic_abuse"),
    ("bn", "ami teacher, amar ek chhatri bollo tar baba ma take joor kore biye dibe", "forced_marriage"),
    ("bn", "আমি নার্স, একজন রোগী বলেছে তার স্বামী তাকে মারে, কোথায় রেফার করব", "domestic_abuse"),
    ("bn", "ami community worker, amader group er ek mohila bollo tar jamai mare", "domestic_abuse"),
    # Somali
    ("so", "waxaan ahay shaqaale bulsho, sideen macmiilkayga ugu gudbin karaa MARAC", "domestic_abuse"),
    ("so", "waxaan ahay macalimad, ardayaddayda ayaa ii sheegtay in gabadha la gudi doono fasaxa", "fgm"),
    ("so", "waxaan ka shaqeeyaa urur bulsho, gabar baa la keenay oo lagu shaqeysiiyaa lacag la'aan, "
           "sidee NRM loo sameeyaa", "trafficking_exploitation"),
    ("so", "waxaan ahay turjumaan, haweeney aan u turjumay ayaa ii sheegtay rabshad qoys, ma waajib baa "
           "inaan soo sheego", "domestic_abuse"),
    # Kurdish
    ("ku", "ez xebatkara civakî me, ez çawa muwekîla xwe ji MARAC re bişînim", "domestic_abuse"),
    ("ku", "ez mamoste me, xwendekara min got ku malbata wê zewaca bi zorê dixwaze", "forced_marriage"),
    ("ku", "ez hemşîre me, nexweşeke min sunneta keçan lê hatiye kirin, divê ez ragihînim?", "fgm"),
    ("ku", "ez wergêr im, jinekê ji min re got ku tundiya malbatî heye", "domestic_abuse"),
    # Persian and Finglish
    ("fa", "من مددکار اجتماعی هستم، چطوری یه مراجع رو به MARAC ارجاع بدم", "domestic_abuse"),
    ("fa", "man madadkar hastam, ye moraje daram ke shoharash kotakesh mizane, chetori be MARAC erja bedam",
     "domestic_abuse"),
    ("fa", "من معلم هستم، یکی از شاگردام گفت خانواده اش براش ازدواج اجباری میخوان", "forced_marriage"),
    ("fa", "من ماما هستم، یکی از بیمارانم ختنه زنان شده، باید گزارش بدم؟", "fgm"),
    # Gujarati and Gujlish
    ("gu", "hu social worker chu, client ne MARAC ma kevi rite refer karu", "domestic_abuse"),
    ("gu", "hu teacher chu, mari ek vidyarthini e kahyu ke ena ma baap ena jabardasti lagna karavse",
     "forced_marriage"),
    ("gu", "હું નર્સ છું, એક દર્દીએ કહ્યું કે તેનો પતિ તેને મારે છે", "domestic_abuse"),
    ("gu", "community worker chu, amara group ni ek ben sathe gharelu hinsa thay che, refer kevi rite karu",
     "domestic_abuse"),
    # Tamil and Tanglish
    ("ta", "naan social worker, client a MARAC ku eppadi refer pannanum", "domestic_abuse"),
    ("ta", "naan interpreter aa velai seiren, oru client sonnanga avanga husband adikiraru nu",
     "domestic_abuse"),
    ("ta", "naan teacher, en student sonna summer la avala force panni kalyanam panna poraanga",
     "forced_marriage"),
    ("ta", "naan midwife aa irukken, oru patient ku FGM aagirukku, report pannanuma", "fgm"),
    ("ta", "naan oru school la teacher, oru student oda amma sonnanga avanga purushan adikiraru, social "
           "services ku sollanuma", "domestic_abuse"),
    # Tigrinya
    ("ti", "ማሕበራዊ ሰራሕተኛ እየ፣ ዓሚለይ ናብ MARAC ከመይ ክሰደላ", "domestic_abuse"),
    ("ti", "ነርስ እየ ሓንቲ ሕሙምተይ FGM ተገይሩላ", "fgm"),
    ("ti", "መምህርቲ እየ ሓንቲ ተምሃሪተይ ብግዲ መርዓ ክገብሩላ እዮም ኢላትኒ", "forced_marriage"),
    ("ti", "ተርጓሚ እየ ሓንቲ ዓሚለይ ዓመጽ ኣብ ስድራ ከም ዘሎ ነጊራትኒ", "domestic_abuse"),
]

# The person harmed, or a parent, mentioning a professional: not a professional asking.
NOT = [
    ("en", "my GP asked about my bruises"),
    ("en", "my social worker said I should leave"),
    ("en", "the teacher called me about my son"),
    ("en", "my health visitor noticed the marks on my arm"),
    ("en", "my support worker is helping me with housing"),
    ("en", "my key worker referred me to a refuge"),
    ("en", "the police officer said they would refer me to marac"),
    ("en", "a police officer came to my house after the neighbours called"),
    ("en", "my community worker said I should call the helpline"),
    ("en", "a boy at our school touched me"),
    ("en", "my student visa depends on my husband and he hits me"),
    ("en", "im a year 10 girl and my boyfriend hits me"),
    ("es", "mi trabajadora social me dijo que lo dejara"),
    ("es", "el medico me pregunto por los moretones"),
    ("es", "la profesora me llamo por mi hijo"),
    ("pt", "minha assistente social falou pra eu sair de casa"),
    ("pt", "o medico perguntou sobre os roxos"),
    ("pt", "a professora me ligou sobre meu filho"),
    ("pl", "moja pracownica socjalna powiedziala zebym go zostawila"),
    ("pl", "lekarz pytal o moje siniaki"),
    ("pl", "nauczycielka dzwonila w sprawie syna"),
    ("ro", "asistenta sociala mi-a zis sa plec de acasa"),
    ("ro", "doctorul m-a intrebat de vanatai"),
    ("ro", "doamna invatatoare m-a sunat pentru baiatul meu"),
    ("tr", "sosyal hizmetlerdeki gorevli kocami terk etmemi soyledi"),
    ("tr", "doktor morluklarimi sordu"),
    ("tr", "ogretmen oglum icin aradi"),
    ("ar", "الاخصائيه الاجتماعيه قالت لي اترك زوجي"),
    ("ar", "الدكتور سالني عن الكدمات"),
    ("ar", "المعلمه اتصلت فيني عن ابني"),
    ("ur", "meri social worker ne kaha shohar ko chhor do"),
    ("ur", "doctor ne mere neel ke bare mein poocha"),
    ("ur", "teacher ne mere bete ke bare mein phone kiya"),
    ("bn", "amar social worker bollo bari chere dite"),
    ("bn", "doctor amar dag er kotha jiggesh korlo"),
    ("bn", "teacher amar chele niye phone korechilo"),
    ("so", "shaqaalaha bulshada ayaa igu yiri ka tag"),
    ("so", "dhakhtarka ayaa i weydiiyay nabarrada"),
    ("so", "macalinka ayaa ii soo wacay wiilkayga"),
    ("ku", "xebatkara civakî ji min re got ku ez ji mêrê xwe veqetim"),
    ("ku", "doktor pirsî li ser birînên min"),
    ("ku", "mamoste ji bo kurê min telefon kir"),
    ("fa", "مددکارم گفت از شوهرم جدا بشم"),
    ("fa", "دکتر درباره کبودیهام پرسید"),
    ("fa", "معلم پسرم بهم زنگ زد"),
    ("gu", "mara social worker e kahyu ke ghar chhodi de"),
    ("gu", "doctor e mara nishan vishe puchhyu"),
    ("gu", "teacher e mara dikra mate phone karyo"),
    ("ta", "en social worker veetta vittu poga sonnanga"),
    ("ta", "doctor en kaayam pathi kettaanga"),
    ("ta", "teacher en paiyan pathi call pannanga"),
    ("ti", "ማሕበራዊ ሰራሕተኛይ ካብ ሰብኣየይ ክፍለ ኢላትኒ"),
    ("ti", "ሓኪም ብዛዕባ መህሰይተይ ሓቲቱኒ"),
    ("ti", "መምህር ወደይ ደዊሉለይ"),
]

# The guidance page a professional is sent to follows the abuse asked about.
PAGES = [
    ("fgm mandatory reporting duty", "/professionals/fgm-duty"),
    ("soy enfermera, una paciente tiene mutilacion genital, tengo obligacion de notificarlo?",
     "/professionals/fgm-duty"),
    ("ogretmenim, ogrencim yazin zorla evlendirilecegini soyledi", "/professionals/forced-marriage-unit"),
    ("main teacher hoon, meri ek student ne bataya ke garmiyon mein Pakistan le ja kar zabardasti shadi "
     "karwayenge", "/professionals/forced-marriage-unit"),
    ("police officer here, suspected trafficking victim, how do I submit an NRM", "/professionals/nrm"),
    ("lucrez la o asociatie, cred ca niste fete sunt victime ale traficului de persoane, cum fac "
     "referire NRM",
     "/professionals/nrm"),
    ("single point of access haringey, child protection concern", "/professionals/mash"),
    ("how do I refer to MARAC in Harrow", "/professionals/marac"),
    ("ami social worker, client ke MARAC e kivabe refer korbo", "/professionals/marac"),
]


@pytest.mark.parametrize("lang, text, abuse", READ)
def test_a_professional_asking_is_read_with_the_abuse(lang, text, abuse):
    understood = understand(text)
    assert understood.role == "professional", (lang, understood.evidence)
    assert abuse in understood.abuse, (lang, understood.evidence)


@pytest.mark.parametrize("lang, text", NOT)
def test_someone_mentioning_her_own_professional_is_not_one(lang, text):
    understood = understand(text)
    assert understood.role != "professional", (lang, understood.evidence)


@pytest.mark.parametrize("text, page", PAGES)
def test_the_professional_is_sent_to_the_guidance_for_the_route(text, page):
    assert signpost(text).pathway == page


def test_every_language_has_four_questions_and_an_ordinary_message():
    langs = {"en", "es", "pt", "pl", "ro", "tr", "ar", "ur", "bn", "so", "ku", "fa", "gu", "ta", "ti"}
    read = {lang: sum(1 for lang2, _t, _a in READ if lang2 == lang) for lang in langs}
    assert min(read.values()) >= 4, read
    assert {lang for lang, _t in NOT} == langs
