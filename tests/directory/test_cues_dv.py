"""Readings from the danger5-intl and everyday5-intl batteries' misses (2026-12-07) in Somali, Romanian,
Polish, Spanish and Turkish: cutting told as 'the sunna' that 'will be done to her', or in the
progressive passive ('la gudayaa'), today or this afternoon (FGM about to happen: danger now), not the
sunna prayed nor a boy circumcised; children just taken by an abuser, snatched or bundled into his car
(danger), and 'you will never see the children again' (his control), not her own act or a father's
pick-up from school; a child not home all night, gone missing, got into an older man's car, her phone off
since (danger beside a child's age), not home late or sleepless; an ex outside her home for an hour,
banging or ringing, 'if I don't open he'll get in', climbing in by the window (danger), not a cat at the
window; pills swallowed by someone else, a box or a bottle (self-harm), and 'she can't take any more'
beside a means at hand, not pills bought or taken as prescribed; promised or given to someone in marriage
by the family (forced marriage), and a flight or a 'holiday' today or this evening (a forced marriage
about to happen: danger now), not a promise made to her, nor a holiday alone. The danger ideas are said
in Portuguese, Romanian, Polish, Turkish and Somali too (an ex at the door, children taken, pills
swallowed, a child out all night); beside look-alikes that must not be read so."""
import pytest

from .test_signposting import holds, signpost, signpost_conversation

MESSAGES = [
    # --- Somali: the 'sunna' to be done to her, today or this afternoon ------------------------------
    ("abuse=fgm,danger=immediate",
     "Hooyadey waxay leedahay inanta yar maanta ayaa sunnaha loo samaynayaa, umulisadii way timid"),
    ("abuse=fgm,danger=immediate", "gabdhaha galabta sunno ayaa loo sameynayaa, aniga waan diidanahay"),
    ("abuse=fgm,danger=immediate",
     "gabadhayda 7 jir ah galabta ayaa la gudayaa, ayeeyadeed ayaa haweeney keentay"),
    # Told for later, not today: FGM, not danger now.
    ("abuse=fgm", "gabadhayda 8 jir ah sunnada waa in loo sameeyo ayay leeyihiin qoyska aabbaheed"),
    # A woman cut as a child, telling of today: not danger.
    ("abuse=fgm,danger=none", "waa la i gudey markaan yaraa, maanta xanuun baan qabaa"),
    # The sunna prayed or followed, a boy circumcised: not FGM.
    ("noabuse=fgm,danger=none", "sunnada salaadda ayaan tukaday maanta, alxamdulillaah"),
    ("noabuse=fgm,danger=none", "maanta waxaan u samaynayaa carruurta casho, sunnada nabiga ayaan raacnaa"),
    ("noabuse=fgm,danger=none", "wiilkayga maanta ayaa la gudayaa isbitaalka, dhakhtar ayaa sameynaya"),
    # --- Romanian: children just taken by an abuser ------------------------------------------------
    ("danger=immediate",
     "fostul meu a venit la gradinita si a bagat-o pe fetita in masina lui, nu raspunde la telefon"),
    ("danger=immediate", "iubitul ei a răpit copiii de la școală acum o oră"),
    ("danger=immediate", "a luat copilul cu forța și a zis că n-o să-l mai vadă niciodată"),
    # Her own act, a father's ordinary pick-up, a father who never sees them: not danger.
    ("danger=none", "am luat copiii in masina si am plecat la mama mea"),
    ("danger=none", "tatal lor a luat copiii de la scoala, ca in fiecare vineri, si i-a adus duminica"),
    ("danger=none", "fostul meu sot nu-i mai vede niciodata pe copii, nu plateste nici pensia"),
    # 'You will never see the children again': his control.
    ("abuse=coercive_control", "imi tot zice ca daca plec n-o sa mai vezi copiii niciodata"),
    # --- Polish: a child not home all night, missing, in an older man's car ------------------------
    ("danger=immediate", "Mój syn ma 14 lat, nie ma go od wczoraj wieczorem, telefon ma wyłączony"),
    ("danger=immediate",
     "Moja córka ma 15 lat i zaginęła, ostatnio widziana jak wsiadała do samochodu jakiegoś faceta"),
    ("danger=immediate",
     "moja corka ma 16 lat, przyjechal po nia jakis starszy facet i zabral ja autem, od nocy nie odbiera"),
    ("danger=immediate", "moja corka (13) nie nocowala w domu, telefon wylaczony od wczoraj"),
    # Home late, sleepless, a bus to school, a grown sister at her boyfriend's: not danger.
    ("danger=none", "Moja córka (15) wróciła wczoraj późno do domu i nie chce ze mną rozmawiać"),
    ("danger=none", "moja córka ma 14 lat i nie spała w nocy, bo bała się burzy"),
    ("danger=none", "Mój syn (13) wsiadł do autobusu do szkoły i zostawił telefon w domu"),
    ("danger=none", "moja siostra nie wróciła na noc, jest u swojego chłopaka"),
    # --- Spanish: an ex outside her home now, threatening to get in -------------------------------
    ("danger=immediate", "mi exmarido sigue enfrente de mi casa desde las 8, no se va"),
    ("danger=immediate", "mi ex no para de golpear la puerta y dice que si no le abro la tumba"),
    ("danger=immediate", "mi ex esta intentando entrar por la ventana del baño, tengo miedo"),
    ("danger=immediate", "mi novio lleva media hora abajo de mi edificio gritando mi nombre"),
    # A cat at the window, a son's guitar, an ex outside last week: not danger.
    ("danger=none", "el gato se mete por la ventana todas las noches jaja"),
    ("danger=none", "mi hijo lleva una hora tocando la guitarra y no me deja dormir"),
    ("danger=none", "el vecino lleva una hora tocando el timbre del de arriba, que pesado"),
    # Pills swallowed by someone else: self-harm; not pills taken as prescribed, nor a coffee.
    ("danger=self_harm", "mi amiga me dijo que se trago un frasco de pastillas para dormir"),
    ("danger=self_harm", "mi madre se ha tomado toda la caja de paracetamol"),
    ("danger=none", "mi madre se toma las pastillas de la tension cada noche"),
    ("danger=none", "se tomo un cafe con su novio y se fue a trabajar"),
    # She can't take any more, beside a means at hand: self-harm.
    ("danger=self_harm",
     "mi hermana dice que ya no aguanta mas y tiene todas las pastillas de su madre guardadas"),
    ("danger=none", "mi hermana ya no puede venir mas tarde, tiene que trabajar"),
    # --- Turkish: promised to someone in marriage; a flight today ----------------------------------
    ("abuse=forced_marriage", "babam kız kardeşimi birine söz vermiş, o daha 17 yaşında"),
    ("abuse=forced_marriage", "söz kesmişler, ben istemiyorum ama kimse dinlemiyor"),
    ("abuse=forced_marriage,danger=immediate", "beni memlekette kuzenime verecekler, bugün akşam uçak var"),
    ("noabuse=forced_marriage", "babam bana yeni telefon alacağına söz verdi"),
    ("noabuse=forced_marriage", "arkadaşıma söz verdim, yarın ona yardım edeceğim"),
    ("danger=none", "Bu akşam Stansted'dan uçağımız var, tatile gidiyoruz, çok mutluyum"),
    # --- The same ideas said the other languages' way -----------------------------------------------
    # An ex outside for an hour, 'if I don't open he'll break in', in by the window: danger.
    ("danger=immediate",
     "meu ex ta faz meia hora la fora batendo no portao, diz que se eu nao abrir ele arromba"),
    ("danger=immediate", "fostul sta de o ora in fata blocului si zice ca daca nu ii deschid sparge usa"),
    ("danger=immediate", "były wali w drzwi od pół godziny, mówi że jak nie otworzę to wyważy drzwi"),
    ("danger=immediate", "eski kocam yarım saattir kapının önünde bekliyor, açmazsam kapıyı kırarım diyor"),
    ("danger=immediate",
     "ninkaygii hore saacad ayuu albaabka taagan yahay, wuxuu leeyahay haddaad u furin waan jabinayaa"),
    ("danger=none", "o gato entra pela janela toda noite"),
    ("danger=none", "pisica intra pe geam in fiecare seara"),
    ("danger=none", "kot wchodzi przez okno co noc"),
    ("danger=none", "kedi camdan giriyor her gece"),
    # Children taken by an abuser, into his car or by force: danger; not her own act, nor a treat.
    ("danger=immediate", "o pai deles pegou as criancas na escola a força e sumiu"),
    ("danger=immediate", "były zabrał dzieci do swojego samochodu i nie odbiera"),
    ("danger=immediate", "mi ex se llevo a los niños en su carro sin avisar y no contesta"),
    ("danger=immediate", "ninkaygii hore ayaa carruurta iskuulka ka qaaday oo gaarigiisa geliyay"),
    ("danger=none", "coloquei as criancas no carro e fui pra casa da minha mae"),
    ("danger=none", "me lleve a los niños en el coche a casa de mi madre"),
    ("danger=none", "tata zabrał dzieci na lody"),
    ("danger=none", "aabahood ayaa carruurta iskuulka ka soo qaaday sidii caadiga ahayd"),
    # Pills swallowed by someone else: self-harm; not pills bought or taken as prescribed.
    ("danger=self_harm", "sora mea a inghitit toate pastilele din casa si nu mai raspunde"),
    ("danger=self_harm", "siostra napisała że połknęła wszystkie tabletki i nie odbiera"),
    ("danger=self_harm", "kız kardeşim bütün ilaçları içtiğini yazdı, telefonu açmıyor"),
    ("danger=none", "mama a luat o cutie de paracetamol de la farmacie"),
    ("danger=none", "mama wzięła tabletki na ciśnienie jak zwykle"),
    ("danger=none", "annem ilaçlarını aldı mı diye soruyorum"),
    # A child not home all night, her phone off: danger; not home late, a lost phone.
    ("danger=immediate",
     "minha filha tem 15 anos, nao voltou pra casa ontem a noite e o celular ta desligado"),
    ("danger=immediate", "kızım 15 yaşında, dün geceden beri eve gelmedi, telefonu kapalı"),
    ("danger=immediate", "gabadhayda waa 14 jir, xalay guriga ma iman, telefoonkeeda waa dansan yahay"),
    ("danger=none", "minha filha tem 14 anos e chegou tarde ontem"),
    ("danger=none", "kızım 15 yaşında, akşam yemeğe gelmedi arkadaşında kaldı"),
    ("danger=none", "gabadhayda waa 14 jir, xalay goor dambe ayay guriga timid"),
    ("danger=none", "telefonum kayboldu, yenisini nasıl alırım"),
    # A flight this afternoon beside a forced marriage: danger now; a holiday flight alone is not.
    ("abuse=forced_marriage,danger=immediate",
     "mis tios me quieren casar con un primo en Marruecos, no quiero. hoy en la tarde sale el vuelo"),
    ("danger=none", "hoy en la tarde sale el vuelo a Madrid, vamos de vacaciones"),
    # 'You will never see the children again': his control.
    ("abuse=coercive_control", "mi ex me dice que si lo dejo no los vas a volver a ver"),
    ("abuse=coercive_control", "mąż mówi że jak odejdę to już nigdy nie zobaczysz dzieci"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text)), text


CONVERSATIONS = [
    # Somali: a girl's age, then cutting this afternoon: 999 and the FGM line.
    ("abuse=fgm,danger=immediate,svc=nspcc-fgm-helpline,nosvc=childline",
     ["gabadhayda waa 6 jir", "ayeeyadeed ayaa leh galabta ayaa la gudayaa, umuliso ayay keeneen"]),
    # Romanian: threats by text, then the child taken from school by force.
    ("danger=immediate,nosvc=respect-phoneline,nosvc=mens-advice-line",
     ["sora mea s-a despartit de el, o ameninta mereu",
      "acum a sunat-o: el a luat-o pe fetita de la scoala cu forta si nu raspunde"]),
    # Polish: a child's age, then not home since yesterday and the phone off.
    ("danger=immediate,svc=nspcc-helpline,nosvc=childline",
     ["moja córka ma 16 lat", "nie wróciła do domu od wczoraj, telefon wyłączony"]),
    # Spanish: a sister controlled, then an overdose told: 999 and Samaritans.
    ("danger=self_harm,svc=samaritans",
     ["mi hermana vive con su novio y el le quita el dinero",
      "ahora me escribio que se trago todas las pastillas de su madre y no contesta"]),
    # Turkish: promised to someone, then a flight this evening: 999 and the Forced Marriage Unit.
    ("abuse=forced_marriage,danger=immediate,svc=forced-marriage-unit",
     ["ailem beni birine söz vermiş, ben istemiyorum",
      "bu akşam uçağımız var, Heathrow'a gidiyoruz, pasaportum babamda"]),
]


@pytest.mark.parametrize(("expectation", "turns"), CONVERSATIONS)
def test_battery_conversations(expectation, turns):
    decided = signpost_conversation(turns)
    assert holds(expectation, decided), turns
