"""Readings from the services batteries' misses of 2026-12-07 in Somali, Romanian, Polish, Spanish
and Turkish (with the same ideas said in Portuguese, Polish, Spanish and Turkish where they are as
common): a man who will not leave her alone in a bar now, made to be with clients, a job promised as
the lure, a girl taken to the country to be engaged, a teenager's own age, a father beating the
mother now, a man afraid of what he will soon do, a male writer's boyfriend, a live-in domestic
worker's employer; beside look-alikes that must not be read so.

Round two (the conversations battery of 2026-12-07, and Tigrinya): not being let out alone is control,
not danger now; a partner corrected to a woman; pictures held over a child for money; an own age
without the word for years; a woman sent to men by the one who holds her; an older or disabled
woman harmed by her son; rape and a child's age typed in Latin-letter Tigrinya; a car wash's owner.

Round three (the conversations battery of 2026-12-07, intl): grabbed and 'did that to me' (rape told by its
euphemism), and 'by force he did (it) to me' in Tigrinya; she did not want to, or was drunk, and I did not
stop (the one who did it); a parent asking whether the child can ring someone herself; the husband's sister
as one of the in-laws doing it; not let out as control, not danger now; emergency contraception told as what
it is for; and 'mama', a maternal uncle in Hindi, Urdu and Tamil, no longer read as the writer's own
mother."""
import pytest

from .test_signposting import holds, signpost, signpost_conversation

MESSAGES = [
    # --- Romanian ---------------------------------------------------------------------------
    # In a bar or club now, a man who will not leave her alone, waits by the door; afraid to leave.
    ("danger=immediate",
     "sunt in club in soho, un tip se tine dupa mine de o ora si prietena mea a plecat, ce sa fac"),
    ("danger=immediate",
     "sunt la o petrecere si un barbat ma tot agaseaza, acum sta si ma asteapta la iesire"),
    ("danger=immediate",
     "mi-e frica sa plec de aici pentru ca tipul ala inca sta afara langa masina mea"),
    ("danger=none",
     "acum doi ani un tip m-a urmarit dintr-un bar pana acasa, inca ma gandesc la asta"),
    ("danger=none", "mi-e frica sa ies singura seara de cand m-am mutat in Londra, e normal?"),
    # 'Won't leave me alone' is harassment, not 'won't let me'.
    ("noabuse=coercive_control", "colegul de la munca nu ma lasa in pace cu mesajele lui"),
    ("abuse=coercive_control", "sotul nu ma lasa sa ies cu prietenele si imi verifica telefonul"),
    # Him beside her as a habit ('when he is next to me') is not silence needed now.
    ("danger=none", "imi da telefonul doar cand e el langa mine, acum e la munca"),
    ("danger=cannot_speak", "nu pot vorbi, e in camera de alaturi si aude tot"),
    # Made to be with clients or men: sexual exploitation.
    ("abuse=sexual_exploitation,svc=modern-slavery-helpline",
     "ma obliga sa ma culc cu clientii lui si daca refuz ma bate"),
    ("abuse=sexual_exploitation,svc=modern-slavery-helpline",
     "verisoara mea e in Luton, omul care a adus-o o pune sa iasa cu barbati in fiecare seara"),
    ("abuse=sexual_exploitation", "m-au pus sa fac chestii cu diferiti barbati ca sa platesc drumul"),
    ("noabuse=sexual_exploitation,noabuse=trafficking_exploitation",
     "seful ma pune sa vorbesc cu clientii la telefon toata ziua si ma enerveaza"),
    ("noabuse=sexual_exploitation",
     "managerul ne obliga sa fim draguti cu clientii chiar daca sunt nepoliticosi"),
    # A job promised as the lure, then something else.
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "mi-a promis ca o sa lucrez la curatenie in Anglia dar de fapt ma tine intr-o casa cu alte fete"),
    ("abuse=trafficking_exploitation",
     "i-a zis surorii mele ca o sa lucreze ca bona la o familie, dar nu o platesc si nu o lasa sa plece"),
    ("noabuse=trafficking_exploitation",
     "iubitul mi-a zis ca lucreaza la un bar dar de fapt era cu alta, ce sa fac"),
    # Engaged or married to someone she does not know, or taken to the country for it.
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     "parintii vor sa ma marite cu un baiat pe care nu-l cunosc, are 30 de ani"),
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     "sunt profesoara, o eleva de 15 ani zice ca la vara o trimit in Moldova sa se marite"),
    ("abuse=forced_marriage", "m-au dus in tara sa ma logodeasca, acum m-am intors si mi-e frica"),
    ("noabuse=forced_marriage", "o duc pe fetita in Romania la nunta verisoarei mele in august"),
    ("noabuse=forced_marriage", "ma duc acasa in Romania de Craciun si nu vreau sa-l mai vad"),
    ("noabuse=forced_marriage",
     "sotul zice ca daca divortez o sa ma trimita inapoi in Romania fara copii"),
    # --- Somali ------------------------------------------------------------------------------
    # Beating now, 'now' typed 'hada', and the -aya form of other blows.
    ("danger=immediate", "hada aabbahay wuu tumayaa hooyaday, maxaan sameeyaa"),
    ("danger=immediate", "ninkayga ayaa i laadayaa hada, caawimaad"),
    ("danger=none", "markii aan yaraa aabbahay wuxuu garaaci jiray hooyaday, hadda waan weynahay"),
    # Their own age straight after 'waxaan ahay': a young person telling of it.
    ("role=survivor,aud=young_person,svc=childline",
     "waxaan ahay 15 jir. hooyaday ninkeeda ayaa i garaacaa"),
    ("role=survivor,svc=childline", "waxaan ahay gabar 14 jir ah, aabbahay wuu i garaacaa"),
    ("norole=survivor,nosvc=childline",
     "waxaan ahay hooyo, gabadhayda 14 jir ayaa nin weyn ila socda oo lacag siiya"),
    # A child telling of their father beating their mother.
    ("abuse=domestic_abuse", "aabbahay hooyaday ayuu dhuftaa markasta oo uu xanaaqo"),
    ("abuse=domestic_abuse", "hooyaday aabbahay ayaa garaacay xalay, waan baqay"),
    ("noabuse=domestic_abuse", "aabbahay iyo hooyaday waxay ku nool yihiin Hargeysa, anigu Bristol"),
    # --- Polish ------------------------------------------------------------------------------
    # 'sie mnie boi' is someone afraid of the writer, not blows done to them.
    ("role=perpetrator,svc=respect-phoneline",
     "popchnalem zone na sciane, widze ze sie mnie boi. moj ojciec bil mame i nie chce byc taki"),
    ("role=survivor", "maz mnie od lat bije i wyzywa"),
    # In a bar now, a man who will not leave her alone or waits by the door.
    ("danger=immediate", "jestem w klubie na Camden, jakis facet lazi za mna od godziny, kolezanki poszly"),
    ("danger=immediate", "boje sie wyjsc sama bo on stoi przy wyjsciu i patrzy na mnie"),
    ("danger=none", "w zeszlym roku jakis facet w barze nie dawal mi spokoju, dalej o tym mysle"),
    # --- Turkish -----------------------------------------------------------------------------
    # 'erkek arkadasim' is the writer's boyfriend, not a friend asked about.
    ("norole=friend_family", "erkek arkadasim beni kiskaniyor ve telefonumu kontrol ediyor"),
    ("role=friend_family", "arkadasimin kocasi onu dovuyor, ona nasil yardim edebilirim"),
    # A man who tells of his boyfriend: the lines for gay men, not for women.
    ("aud=man,aud=lgbt,svc=galop-lgbt-helpline,nosvc=national-domestic-abuse-helpline",
     "erkek arkadasim bana vuruyor, ikimiz de erkegiz diye kimse ciddiye almiyor"),
    ("aud=man,nosvc=national-domestic-abuse-helpline",
     "ben gay'im, erkek sevgilim telefonumu karistiriyor ve arkadaslarimla gorusmemi yasakliyor"),
    ("noaud=man", "erkek arkadasim beni dovuyor, cok korkuyorum"),
    ("noaud=lgbt", "dun gece iki erkek bana sokakta saldirdi"),
    # Afraid of what they will soon do: the one doing it.
    ("role=perpetrator,svc=respect-phoneline",
     "karima bagiriyorum, bir gun ona vuracagim diye korkuyorum, yardim almak istiyorum"),
    ("role=perpetrator", "sinirlenince kendimi tutamayacagim diye endiseliyim, esime bir sey yapabilirim"),
    ("role=survivor", "kocam 'seni dovecegim' diye bagirdi, cok korkuyorum"),
    # In a bar now, a man who will not leave her alone or waits by the door.
    ("danger=immediate", "bardayim, bir adam pesimi birakmiyor, arkadaslarim gitti"),
    ("danger=immediate", "o adam hala kapinin onunde beni bekliyor, cikamiyorum"),
    ("danger=none", "gecen yil barda bir adam pesimi birakmamisti, hala aklimda"),
    # --- Spanish -----------------------------------------------------------------------------
    # A live-in domestic worker's papers kept: exploitation, not a partner's control.
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "soy empleada de hogar en una casa en Chelsea, los senores tienen mi pasaporte y no me dan dia libre"),
    ("abuse=trafficking_exploitation",
     "trabajo cuidando a una senora mayor, su hija guarda mis documentos y dice que me los devuelve"),
    ("noabuse=trafficking_exploitation", "mi marido tiene mi pasaporte y no me deja trabajar"),
    ("noabuse=trafficking_exploitation",
     "estoy cuidando a los ninos en casa y mi marido guarda mi pasaporte en su cajon"),
    # Not let out alone is control; kept in a room is danger now.
    ("danger=none", "mi novio no me deja salir sola con mis amigas"),
    ("danger=immediate", "no me deja salir del cuarto y esta gritando"),
    # In a bar now, a man who will not leave her alone or waits by the door.
    ("danger=immediate",
     "estoy en una discoteca en Brixton y un tipo no me deja en paz, mis amigas se fueron"),
    ("danger=immediate", "me da miedo salir sola porque el tipo sigue afuera esperando"),
    ("danger=none", "hace un ano un tipo me siguio desde un bar y todavia tengo pesadillas"),
    # --- Portuguese --------------------------------------------------------------------------
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "trabalho como empregada domestica numa casa em Londres, a patroa ficou com meu passaporte"),
    ("abuse=trafficking_exploitation",
     "vim trabalhar cuidando das criancas de um casal e eles guardam meus documentos"),
    ("noabuse=trafficking_exploitation",
     "sofro violencia domestica, meu marido esconde meu passaporte"),
    ("danger=immediate",
     "to numa balada em Camden e um cara nao me deixa em paz, minhas amigas foram embora"),
    ("danger=immediate", "tenho medo de sair porque ele ta na porta do bar me esperando"),
    ("danger=none", "ano passado um cara me seguiu de um bar ate em casa, ainda penso nisso"),
    # --- Round two: the conversations battery's misses of 2026-12-07 ------------------------
    # Portuguese: not let out alone is control, not danger now nor exploitation; kept in a room is danger.
    ("danger=none,abuse=coercive_control,noabuse=trafficking_exploitation",
     "o meu namorado nao me deixa sair sozinha nem ver as minhas amigas"),
    ("danger=none,noabuse=trafficking_exploitation",
     "ele nunca me deixa sair sozinha, controla tudo o que faco"),
    ("danger=immediate", "ele nao me deixa sair do quarto, ta gritando comigo"),
    ("danger=immediate", "ta me xingando e nao me deixa sair daqui agora"),
    ("abuse=trafficking_exploitation", "a patroa nao me deixa sair da casa e nao me paga ha meses"),
    # Turkish, Romanian, Polish: the same.
    ("danger=none,abuse=coercive_control",
     "kocam yalniz disari cikmama izin vermiyor, annemi bile goremiyorum"),
    ("danger=immediate", "su an odadan cikmama izin vermiyor, kapida bekliyor"),
    ("danger=none,abuse=coercive_control", "sotul nu ma lasa sa ies din casa singura, nici la magazin"),
    ("danger=immediate", "nu ma lasa sa ies din camera acum si tipa la mine"),
    ("danger=none,abuse=coercive_control", "maz nie pozwala mi wychodzic z domu samej"),
    ("danger=none,abuse=coercive_control", "nie wypuszcza mnie z domu bez niego"),
    ("danger=immediate", "zamknal drzwi i nie wypuszcza mnie z pokoju teraz"),
    # Romanian 'camera' is a room, not a camera.
    ("noabuse=tech_abuse,nosvc=national-stalking-helpline",
     "stau in camera mea si plang, sotul ma jigneste toata ziua"),
    ("noabuse=tech_abuse", "copiii dorm in camera de alaturi, el tipa la mine"),
    # A partner corrected to a woman (or a man): two women or two men, the LGBT+ line, not the men's.
    ("aud=lgbt,svc=galop-lgbt-helpline,nosvc=mens-advice-line",
     "ela me bate e me xinga. e uma mulher, nao um homem, ninguem acredita em mim"),
    ("aud=lgbt,noaud=man", "quem me controla e a minha namorada, nao o meu namorado"),
    ("aud=lgbt,svc=galop-lgbt-helpline,nosvc=mens-advice-line",
     "mi pareja me pega y me revisa todo. es mi novia, no un novio"),
    ("aud=lgbt,nosvc=mens-advice-line", "partenera mea ma loveste. e o femeie, nu un barbat"),
    ("aud=lgbt,nosvc=mens-advice-line", "to moja dziewczyna, nie chlopak, i mnie bije"),
    ("aud=lgbt,nosvc=mens-advice-line", "beni kiz arkadasim dovuyor, erkek degil yani"),
    ("noaud=lgbt", "minha amiga ta mal, ela nao tem namorado mas o ex nao larga dela"),
    ("noaud=lgbt", "mi novio me pega, no se si es normal que un hombre haga eso"),
    ("noaud=lgbt", "prietena mea nu are prieten, dar fostul o urmareste"),
    # Spanish: pictures held over someone for money, said of 'them' (sextortion).
    ("abuse=sexual_exploitation",
     "un chico de snap dice que si no le paso 100 euros las publica en instagram"),
    ("abuse=sexual_exploitation", "me pide dinero o sube mis fotos a todas partes"),
    ("abuse=sexual_exploitation", "dice que va a filtrar los videos si no le mando plata"),
    ("noabuse=sexual_exploitation", "si no pago el alquiler el casero dice que nos va a echar a la calle"),
    ("noabuse=sexual_exploitation", "si no le mando dinero a mi madre este mes los ninos no comen"),
    # Their own age without the word for years (Spanish, Portuguese, Romanian, Polish).
    ("aud=young_person,svc=childline", "mi padrastro me pega cuando bebe. tengo 13 y no se a quien decirle"),
    ("noaud=young_person,nosvc=childline", "tengo 15 semanas de embarazo y mi pareja me empuja"),
    ("noaud=young_person", "tengo 15 libras en el banco y el controla todo lo demas"),
    ("aud=young_person,svc=childline", "meu padrasto me bate, tenho 14 e nao sei o que fazer"),
    ("noaud=young_person", "tenho 16 semanas de gravidez e ele me empurrou"),
    ("aud=young_person,svc=childline", "iubitul meu ma ameninta, am 15 si nu stiu ce sa fac"),
    ("noaud=young_person", "am 15 lire in cont si el imi ia tot"),
    ("aud=young_person,svc=childline", "ojczym mnie bije, mam 14 i nie wiem co robic"),
    ("noaud=young_person", "mam 15 funtow na koncie, maz zabiera reszte"),
    # Sent to men by the one who holds her, her pictures on a site, the money taken.
    ("abuse=sexual_exploitation,svc=modern-slavery-helpline",
     "verisoara mea sta cu un tip care o trimite la barbati si ii ia toti banii"),
    ("abuse=sexual_exploitation", "ii pune anunturi pe un site si apoi o duce la clienti acasa"),
    ("noabuse=sexual_exploitation", "o trimite la bunica in fiecare weekend si nu o lasa cu mine"),
    ("abuse=sexual_exploitation,svc=modern-slavery-helpline",
     "su novio la manda con hombres y se queda con el dinero"),
    ("noabuse=sexual_exploitation", "mi ex la manda con su abuela los fines de semana"),
    ("abuse=sexual_exploitation", "o namorado dela manda ela pra uns caras e fica com o dinheiro"),
    ("noabuse=sexual_exploitation", "ele manda ela pra casa da avo todo fim de semana"),
    ("abuse=sexual_exploitation", "jej chlopak wysyla ja do facetow i zabiera cala kase"),
    ("noabuse=sexual_exploitation", "maz wysyla ja do babci na wakacje"),
    ("abuse=sexual_exploitation", "sevgilisi onu adamlara gonderiyor, parayi da kendisi aliyor"),
    ("noabuse=sexual_exploitation", "kocam onu babaannesine gonderiyor her hafta sonu"),
    # Somali: an older woman's own age or an older mother's, a wheelchair, a disability, a carer.
    ("aud=older,svc=hourglass", "islaan 78 jir ah ayaan ahay, gabadhayda ayaa i caydaa"),
    ("aud=older,svc=hourglass", "da'dayda waa 81, wiilkayga ayaa i garaaca"),
    ("noaud=older", "waxay igu guurinayaan nin 65 jir ah, anigu 19 jir baan ahay"),
    ("noaud=older", "hooyo ayaan ahay, gabadhayda 15 jir ah ayaa la dhibaa"),
    ("aud=disabled", "naafo baan ahay, ninkayga ayaa i garaaca"),
    ("aud=disabled", "kursiga naafada ayaan ku jiraa, ninkayga ayaa igu qayliya"),
    ("noaud=disabled", "ninkayga wuu i daryeeli jiray hore, hadda wuu i garaacaa"),
    # Somali: shouted at, her money or medicine kept from her by a son or daughter: her own harm.
    ("role=survivor", "wiilkayga ayaa igu qayliya oo lacagtayda qaata"),
    ("role=survivor,abuse=coercive_control", "gabadhayda daawadayda iima siiso markay xanaaqdo"),
    ("role=parent", "wiilkayga 14 jir ah ayaa dugsiga lagu garaacaa"),
    # Tigrinya: raped, typed in Latin letters or in more Ge'ez forms.
    ("abuse=sexual_violence,svc=rape-crisis-247", "kab 3 amet ab sudan kelekhu sebat defiruni"),
    ("abuse=sexual_violence", "ab geza qdmi kilte amet bzey fqadey ameseni"),
    ("abuse=sexual_violence", "ኣብ ሊብያ ደፊሮምኒ፡ ድቃስ የብለይን"),
    ("noabuse=sexual_violence", "ab geza hawey defiuni ab mendeq"),
    ("noabuse=sexual_violence", "can they defer my asylum interview, i am scared"),
    # Tigrinya: their own age.
    ("aud=young_person,svc=childline", "ane gual 15 amet eye, abuy yhrmeni"),
    ("aud=young_person", "ዕድመይ 14 እዩ፡ ኣቦይ ይወቕዓኒ"),
    ("noaud=young_person", "ቅድሚ 15 ዓመት እየ ናብ ዓዲ እንግሊዝ ዝመጻእኩ፡ ሰብኣየይ ይወቕዓኒ"),
    # Tigrinya: a car wash's owner who does not pay: exploitation.
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline", "ኣብ ካር ዋሽ እሰርሕ፡ ዋናኡ ደሞዝ ኣይከፈለንን"),
    ("abuse=trafficking_exploitation", "ab car wash eserh, wanau genzeb ayhbenin"),
    ("noabuse=trafficking_exploitation", "ዋና ከተማ ኤርትራ ኣስመራ እያ፡ ሰብኣየይ ገንዘብ ኣይህበንን"),
    # --- Round three (conversations battery of 2026-12-07, intl) -----------------------------
    # Grabbed, then 'did that to me' or 'did what he wanted': rape told by its euphemism.
    ("abuse=sexual_violence,svc=the-havens",
     "ontem o patrao me agarrou na cozinha e fez aquilo comigo, estou em Camden"),
    ("abuse=sexual_violence", "o meu padrasto fazia aquilo comigo quando eu era pequena"),
    ("noabuse=sexual_violence", "ele me agarrou pelo cabelo e fez isso comigo, olha o roxo"),
    ("noabuse=sexual_violence", "ele fez aquilo de novo, gritou comigo na frente dos meus filhos"),
    ("abuse=sexual_violence,svc=the-havens",
     "el casero me tiro a la cama y hizo lo que quiso, fue el sabado"),
    ("abuse=sexual_violence", "mi tio me hacia aquello cuando yo era nina"),
    ("noabuse=sexual_violence", "me agarro del brazo y me grito delante de todos"),
    ("abuse=sexual_violence", "wczoraj szef zlapal mnie w magazynie i zrobil swoje"),
    ("abuse=sexual_violence", "zrobil to ze mna jak spalam, nie wiem co robic"),
    ("noabuse=sexual_violence", "zlapal mnie za reke i krzyczal na mnie"),
    ("abuse=sexual_violence,svc=the-havens", "aseara patronul m-a prins in bucatarie si mi-a facut aia"),
    ("abuse=sexual_violence", "m-a trantit pe pat si a facut ce a vrut, ieri"),
    ("noabuse=sexual_violence", "m-a prins de mana si a tipat la mine"),
    ("abuse=sexual_violence", "dun patronum beni depoda sikistirdi ve istedigini yapti"),
    ("abuse=sexual_violence,svc=the-havens", "ev sahibi bana o seyi yapti, gecen cumartesi oldu"),
    ("noabuse=sexual_violence", "beni kolumdan tuttu ve bagirdi"),
    # Tigrinya: 'by force he did (it) to me', in Ge'ez and Latin letters, with when.
    ("abuse=sexual_violence,svc=rape-crisis-247,nosvc=the-havens", "ትማሊ ለይቲ ዋና ገዛ ብሓይሊ ገበረለይ፡ ኣብ Leeds እየ"),
    ("abuse=sexual_violence,recent=1", "timali leyti abo geza bhayli gebereley"),
    ("abuse=sexual_violence,recent=1", "qdmi kilte mealti sebay bhayli gebereley, ab Leeds eye"),
    ("noabuse=sexual_violence", "ብሓይሊ ክሰርሕ ገይሩኒ ደሞዝ ኣይህበንን"),
    ("noabuse=sexual_violence", "ብሓይሊ ገንዘበይ ወሰደለይ"),
    ("recent=0", "qdmi 3 amet bhayli gebereley"),
    # Tigrinya: hurt and bleeding in Latin letters.
    ("need=medical", "qusli aloni, dem yfeses"),
    ("need=medical", "hji dem ywetseni, hospital kkeyd ydelyeni"),
    # She did not want to, or was drunk, and I did not stop: the one who did it.
    ("role=perpetrator,abuse=sexual_violence,svc=respect-phoneline",
     "kiz arkadasim sarhostu, hayir dedi ama ben durmadim, simdi benden korkuyor"),
    ("role=perpetrator,svc=respect-phoneline",
     "dun gece sevgilim uyuyordu, istemedi galiba ama durmadim, ne yapmaliyim"),
    ("norole=perpetrator,noabuse=sexual_violence", "annem istemedi ama durmadim, universiteye gittim"),
    ("norole=perpetrator", "kocam istemiyordu ama calismaya devam ettim, simdi beni dovuyor"),
    ("role=perpetrator,svc=respect-phoneline", "estaba muy borracha y creo que no queria, pero yo no pare"),
    ("role=perpetrator,svc=respect-phoneline",
     "mi novia me dijo que no queria pero yo segui, ahora no me habla"),
    ("norole=perpetrator", "mi madre me dijo que no queria pero yo segui con el"),
    ("role=perpetrator,svc=respect-phoneline",
     "ela estava muito bebada e eu nao parei, agora ela nao fala comigo"),
    ("role=perpetrator", "acho que ela nao queria mas eu nao parei, sera que fiz algo errado?"),
    ("norole=perpetrator", "a minha mae nao queria que eu casasse mas eu nao parei de sair com ele"),
    ("role=perpetrator,svc=respect-phoneline",
     "chyba nie chciala, ale ja nie przestalem, teraz sie do mnie nie odzywa"),
    ("norole=perpetrator,noabuse=sexual_violence",
     "mama nie chciala, ale ja nie przestalem chodzic na treningi"),
    ("role=perpetrator,svc=respect-phoneline",
     "cred ca nu voia, dar eu nu m-am oprit, acum nu-mi mai vorbeste"),
    ("norole=perpetrator,noabuse=sexual_violence", "mama nu voia sa ma marit, dar eu nu m-am oprit"),
    # A parent asking whether the child can ring someone herself: the line for children.
    ("role=parent,need=line_for_child,svc=childline",
     "a minha filha de 14 anos esta a ser ameacada por um rapaz, ela mesma pode ligar para alguem?"),
    ("need=line_for_child,svc=childline",
     "meu filho tem 15 anos e o padrasto bate nele, tem algum numero que ele proprio possa ligar?"),
    ("noneed=line_for_child,nosvc=childline", "tenho medo de ligar sozinha, ele vigia o meu telefone"),
    ("noneed=line_for_child", "quero falar com ela mesma antes de decidir"),
    ("need=line_for_child,svc=childline",
     "mi hija tiene 15 y su novio la controla, puede llamar ella misma a alguien?"),
    ("noneed=line_for_child", "quiero hablar con ella misma, no con su marido"),
    ("role=parent,need=line_for_child,svc=childline",
     "corka ma 14 lat i chlopak ja bije, czy moze sama gdzies zadzwonic?"),
    ("noneed=line_for_child,nosvc=childline", "boje sie sama zadzwonic, on sprawdza moj telefon"),
    ("norole=parent", "corka kolezanki ma 14 lat i chlopak ja bije"),
    ("need=line_for_child,svc=childline",
     "fiica mea are 15 ani si iubitul o ameninta, poate sa sune singura undeva?"),
    ("noneed=line_for_child", "mi-e frica sa sun singura, el imi verifica telefonul"),
    ("need=line_for_child,svc=childline",
     "kizim 15 yasinda, erkek arkadasi onu tehdit ediyor, kendisi arayabilir mi bir yeri?"),
    ("noneed=line_for_child,nosvc=childline", "kendim arayabilir miyim, kocam telefonumu kontrol ediyor"),
    # Turkish: the husband's sister is one of the in-laws doing it, not a friend asking; her own harm
    # still is.
    ("role=survivor,abuse=domestic_abuse", "gorumcem ve kaynanam beni dovuyor, kocam bir sey demiyor"),
    ("role=survivor", "asil sorun kocam degil, gorumcem. her gun bana bagiriyor"),
    ("role=survivor", "gorumcem telefonumu kontrol ediyor ve kaynanama her seyi anlatiyor"),
    ("role=friend_family", "ablamin telefonunu kocasi her gun kontrol ediyor"),
    ("role=friend_family", "gorumcemi kocasi dovuyor, ona nasil yardim edebilirim"),
    # Turkish: not let out is control, not danger now; a friend asking how to help is not a cry for help.
    ("abuse=coercive_control,danger=none",
     "asil sorun kaynanam, her gun bana bagiriyor ve beni disari cikarmiyor"),
    ("danger=none", "gorumcemi kocasi dovuyor, ona nasil yardim edebilirim"),
    ("danger=immediate", "kocam su an beni dovuyor lutfen yardim edin"),
    # Turkish: 'too' typed onto the word; money taken by them.
    ("abuse=economic_abuse", "vizem esime bagli, paramida onlar aliyor"),
    ("abuse=economic_abuse", "kaynanam maasimida aliyor, kartimi da vermiyorlar"),
    # Emergency contraception told as what it is for.
    ("need=medical", "preciso da pilula pra nao engravidar, foi ontem"),
    ("need=medical", "hamile kalmamak icin ilac lazim, dun oldu"),
    # 'Mama' in Hindi, Urdu or Tamil is a maternal uncle: a child telling of a friend's or sister's uncle
    # is not telling of their own parent; in Polish and Romanian the own mother still is.
    ("role=friend_family", "main 15 saal ki hoon, meri saheli ke mama usko galat tarike se chhute hain"),
    ("role=friend_family", "main 16 saal ka hoon, meri behen ko uske mama marte hain"),
    ("role=survivor,svc=childline", "mam 14 lat i mama mnie bije"),
    ("role=survivor,svc=childline", "am 14 ani si mama ma bate in fiecare zi"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text)), text


# Conversations: each turn read with what the earlier ones established, the last one checked.
CONVERSATIONS = [
    # A partner corrected to a woman in a later turn: the LGBT+ line, not the men's.
    ("aud=lgbt,svc=galop-lgbt-helpline,nosvc=mens-advice-line",
     ["a pessoa com quem moro me controla e le as minhas mensagens", "e uma namorada, nao um namorado"]),
    ("aud=lgbt,svc=galop-lgbt-helpline,nosvc=mens-advice-line",
     ["la persona con la que vivo me insulta y me empuja", "es una mujer, no un hombre, eso cuenta?"]),
    # Pictures asked for in one turn, held over them for money in the next, their age in the last.
    ("svc=childline,nosvc=rape-crisis-247,nosvc=national-domestic-abuse-helpline",
     ["un tipo de tiktok me pidio fotos y se las mande", "ahora quiere 50 libras o si no las publica",
      "tengo 14 por cierto"]),
    # An older woman in a wheelchair, then her son: the line for older people, her own harm.
    ("role=survivor,svc=hourglass,nosvc=childline",
     ["72 jir baan ahay, kursiga curyaanka ayaan ku jiraa",
      "wiilkayga ayaa pensionkayga iga qaata oo igu qayliya"]),
    # A boy of 16 at a car wash, unpaid: exploitation and his own line, not the men's.
    ("svc=modern-slavery-helpline,svc=childline,nosvc=mens-advice-line",
     ["ab car wash eserh, wanau genzeb ayhbenin", "ane wedi 16 amet eye"]),
    # Round three: grabbed and 'did that to me' by the owner of the house she cleans, then no police:
    # the Havens.
    ("abuse=sexual_violence,svc=the-havens,nosvc=childline",
     ["oi, sou faxineira em Islington. anteontem o dono da casa me agarrou e fez aquilo comigo",
      "nao tenho documentos, nao quero policia"]),
    # Round three: a parent, then 'can she ring someone herself': the line for children.
    ("role=parent,svc=childline,nosvc=respect-phoneline",
     ["a minha filha tem 16 anos e o namorado le as mensagens dela", "ela propria pode ligar para alguem?"]),
    # Round three: what he did to a drunk girlfriend, then fear of the police: Respect, not the women's lines.
    ("role=perpetrator,svc=respect-phoneline,nosvc=national-domestic-abuse-helpline",
     ["sevgilimle 6 aydir beraberiz", "partide cok sarhostu, hayir dedi ama durmadim",
      "birine anlatsam polis beni alir mi"]),
    # Round three: Tigrinya, forced on her days ago outside London, then hurt, then the hospital.
    ("abuse=sexual_violence,svc=rape-crisis-247,nosvc=the-havens",
     ["ኣብ Manchester እየ። ቅድሚ ክልተ መዓልቲ ሓደ ሰብኣይ ብሓይሊ ገበረለይ",
      "qusli aloni", "nab hospital entekedku, n Home Office ynegrwom do?"]),
]


@pytest.mark.parametrize(("expectation", "turns"), CONVERSATIONS)
def test_battery_conversations(expectation, turns):
    decided = signpost_conversation(turns)
    assert holds(expectation, decided), turns
