"""Trafficking, sexual exploitation, economic abuse, stalking and tech abuse are read in
every site language, in everyday, romanised and text-speak wording; ordinary messages that
share their words are not."""
import pytest

from directory.signposting.understanding import understand

READ = [
    # English
    ("en", "the man who brought me here says I must pay back the debt for the journey",
     "trafficking_exploitation"),
    ("en", "we are 8 people sleeping in one room and they never pay me", "trafficking_exploitation"),
    ("en", "they made my son sell drugs for the olders, he keeps going country", "trafficking_exploitation"),
    ("en", "my daughter is 14 and her boyfriend is 23, he picks her up", "sexual_exploitation"),
    ("en", "he passed me around his mates and pays me in weed", "sexual_exploitation"),
    ("en", "he takes all my wages and gives me pocket money", "economic_abuse"),
    ("en", "he took out loans using my name and has the bank card", "economic_abuse"),
    ("en", "since we split up he keeps turning up at my work", "stalking"),
    ("en", "he messages me from different numbers every time i block him", "stalking"),
    ("en", "he always knows where i am, i found an airtag in my car", "tech_abuse"),
    ("en", "he threatened to post my naked pictures", "tech_abuse"),
    # Spanish
    ("es", "el hombre que me trajo me quito el pasaporte y tengo que pagar la deuda del viaje",
     "trafficking_exploitation"),
    ("es", "dormimos 8 en un cuarto", "trafficking_exploitation"),
    ("es", "mi hija tiene 14 y su novio 25", "sexual_exploitation"),
    ("es", "me pide packs todo el tiempo", "sexual_exploitation"),
    ("es", "me quita todo el sueldo y me da solo 20 euros", "economic_abuse"),
    ("es", "mi ex aparece afuera de mi trabajo", "stalking"),
    ("es", "me escribe desde otra cuenta cada vez que lo bloqueo", "stalking"),
    ("es", "siempre sabe donde estoy, me rastrea el celular", "tech_abuse"),
    # Portuguese
    ("pt", "somos 8 mulheres dormindo num quarto, nao nos deixam sair", "trafficking_exploitation"),
    ("pt", "minha filha tem 14 anos e o namorado tem 25", "sexual_exploitation"),
    ("pt", "ele pega todo meu salario e me da so 20 reais", "economic_abuse"),
    ("pt", "meu ex aparece na porta do meu trabalho", "stalking"),
    ("pt", "ele rastreia meu celular e ameacou vazar meus nudes", "tech_abuse"),
    # Polish
    ("pl", "zabrali mi paszport i musze odpracowac dlug za podroz", "trafficking_exploitation"),
    ("pl", "moja corka ma 14 lat a jej chlopak ma 25", "sexual_exploitation"),
    ("pl", "on zabiera cala moja wyplate", "economic_abuse"),
    ("pl", "byly maz nie daje mi spokoju, wystaje pod domem", "stalking"),
    ("pl", "czyta moje wiadomosci i sledzi moj telefon", "tech_abuse"),
    # Romanian
    ("ro", "mi-au luat pasaportul si am datoria pentru drum", "trafficking_exploitation"),
    ("ro", "am 15 ani si prietenul meu are 25", "sexual_exploitation"),
    ("ro", "imi ia salariul si imi da doar 50 de lei", "economic_abuse"),
    ("ro", "fostul meu apare la serviciu in fiecare zi", "stalking"),
    ("ro", "imi citeste mesajele si stie mereu unde sunt", "tech_abuse"),
    # Turkish
    ("tr", "pasaportumu aldilar, yol borcumu odemek icin calisiyorum", "trafficking_exploitation"),
    ("tr", "kizim 14 yasinda, sevgilisi 25 yasinda", "sexual_exploitation"),
    ("tr", "maasimi aliyor, her kurusun hesabini soruyor", "economic_abuse"),
    ("tr", "ayrildiktan sonra hala takip ediyor, isimin onune geliyor", "stalking"),
    ("tr", "ciplak fotograflarimi yayacak", "tech_abuse"),
    # Arabic and Arabizi
    ("ar", "الكفيل اخذ جوازي وبشتغل بدون راتب", "trafficking_exploitation"),
    ("ar", "5ado el passport w bshtghel bala flous", "trafficking_exploitation"),
    ("ar", "بنتي عمرها ١٤ سنه وحبيبها عمره ٢٥", "sexual_exploitation"),
    ("ar", "ياخذ راتبي كله وما يعطيني ولا ريال", "economic_abuse"),
    ("ar", "طليقي ما يتركني، واقف قدام شغلي كل يوم", "stalking"),
    ("ar", "hayenshor sowari", "tech_abuse"),
    # Urdu and Roman Urdu
    ("ur", "mera passport rakh liya aur bina tankhwah kaam karwate hain", "trafficking_exploitation"),
    ("ur", "meri beti 14 saal ki hai aur uska boyfriend 25 saal ka", "sexual_exploitation"),
    ("ur", "meri tankhwah le leta hai, jeb kharch bhi nahi deta", "economic_abuse"),
    ("ur", "talaq ke baad bhi peecha nahi chhorta", "stalking"),
    ("ur", "hamesha pata hota hai main kahan hoon", "tech_abuse"),
    # Farsi and Finglish
    ("fa", "پاسپورتمو گرفتن و بدون حقوق کار میکنم", "trafficking_exploitation"),
    ("fa", "دخترم ۱۴ سالشه دوست پسرش ۲۵ ساله", "sexual_exploitation"),
    ("fa", "hoghooghamo migire, pool tojibi mide", "economic_abuse"),
    ("fa", "شوهر سابقم ول کن نیست، دم خونم میاد", "stalking"),
    ("fa", "aksamo pakhsh mikone", "tech_abuse"),
    # Bengali and Banglish
    ("bn", "passport niye nise, beton chara kaj koray", "trafficking_exploitation"),
    ("bn", "amar meye 14 bochor, boyfriend 25", "sexual_exploitation"),
    ("bn", "amar beton niye ney, hat khoroch o dey na", "economic_abuse"),
    ("bn", "block korleo notun number theke phone dey", "stalking"),
    ("bn", "amar phone check kore, sobsomoy jane kothay achi", "tech_abuse"),
    # Gujarati and Gujlish
    ("gu", "passport pacho nathi apta ane pagar vagar kaam", "trafficking_exploitation"),
    ("gu", "mari dikri 14 varas ni che ane boyfriend 25 no", "sexual_exploitation"),
    ("gu", "maro pagar lai le che, hath kharchi pan nathi", "economic_abuse"),
    ("gu", "chhuta padya pachhi pan pichho nathi chhodto", "stalking"),
    ("gu", "maro phone check kare che", "tech_abuse"),
    # Tamil and Tanglish
    ("ta", "passport vaangi vechirukaanga, sambalam illama velai", "trafficking_exploitation"),
    ("ta", "en ponnu 14 vayasu, boyfriend 25", "sexual_exploitation"),
    ("ta", "en sambalam eduthukuran, kai selavukku kooda illa", "economic_abuse"),
    ("ta", "block pannalum vera number la irundhu call panran", "stalking"),
    ("ta", "en phone check panran", "tech_abuse"),
    # Somali
    ("so", "baasaboorkayga way haystaan, fasax la'aan ayaan u shaqeeyaa", "trafficking_exploitation"),
    ("so", "gabadhayda 14 jir ah saaxiib 25 jir ah ayay leedahay", "sexual_exploitation"),
    ("so", "mushaharkayga iga qaataa", "economic_abuse"),
    ("so", "kala tagnay kadib wuu i daba socdaa", "stalking"),
    ("so", "telefoonkayga wuu eegaa, fariimahayga akhriyaa", "tech_abuse"),
    # Kurdish
    ("ku", "pasaporta min nadin, roja betlaneye nadin", "trafficking_exploitation"),
    ("ku", "keça min 14 salî ye, hevalê wê 25 salî ye", "sexual_exploitation"),
    ("ku", "pereyê min digire, qurûşek jî nade", "economic_abuse"),
    ("ku", "dev ji min bernade, li ber mala min disekine", "stalking"),
    ("ku", "telefona min kontrol dike", "tech_abuse"),
    # Tigrinya
    ("ti", "ፓስፖርተይ ሒዞምዎ ብዘይ ክፍሊት እሰርሕ", "trafficking_exploitation"),
    ("ti", "ጓለይ 14 ዓመት እያ ፈታዊኣ 25", "sexual_exploitation"),
    ("ti", "ደሞዘይ ይወስዶ", "economic_abuse"),
    ("ti", "ድሕሪ ፍትሕ ይስዕበኒ", "stalking"),
    ("ti", "ተሌፎነይ ይፍትሽ", "tech_abuse"),
]

ORDINARY = [
    ("en", "I changed my password yesterday"),
    ("en", "my parents brought me to england when I was five"),
    ("en", "we had 10 people in one room for the meeting"),
    ("en", "a guy bought me a drink at the bar"),
    ("en", "my dad picks me up from school"),
    ("en", "I have to ask my boss for more money"),
    ("en", "he watches the football every saturday"),
    ("en", "my friend knows where i live"),
    ("en", "I installed an app on my phone"),
    ("en", "I need to open a bank account"),
    ("es", "mi papa me recoge de la escuela"),
    ("pt", "vou mandar as fotos do casamento amanha"),
    ("pl", "musze prosic o pomoc w pracy"),
    ("ro", "stie unde sunt cheile"),
    ("tr", "bilinmeyen numaradan arandim"),
    ("tr", "ayrildigimizdan beri rahat ediyorum"),
    ("ar", "ابوها ياخدها من المدرسه"),
    ("fa", "مجبورم کار کنم"),
    ("ur", "abba mujhe school se le jata hai"),
    ("bn", "amar phone pore call korbo"),
    ("ta", "oru room la 5 per irukkom meeting ku"),
]


@pytest.mark.parametrize("lang, text, abuse", READ)
def test_exploitation_money_stalking_and_tech_are_read(lang, text, abuse):
    understood = understand(text)
    assert abuse in understood.abuse, (lang, understood.evidence)


@pytest.mark.parametrize("lang, text", ORDINARY)
def test_ordinary_messages_are_not_read_as_these_abuses(lang, text):
    understood = understand(text)
    mine = {"trafficking_exploitation", "sexual_exploitation", "economic_abuse", "stalking", "tech_abuse"}
    assert not mine & set(understood.abuse), (lang, understood.evidence)


def test_every_language_has_two_sentences():
    counts = {}
    for lang, _text, _abuse in READ:
        counts[lang] = counts.get(lang, 0) + 1
    assert len(counts) == 15 and min(counts.values()) >= 2
