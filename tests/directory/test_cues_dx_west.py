"""Cue widening of 2026-12-07 (evening, helper-written from ideas, not the evaluation set) in
Spanish, Portuguese, Italian, Arabic, Persian and Kurdish: he is on his way, minutes away, told by a
message of his that she quotes ('ya voy', 'estou chegando', 'sto arrivando', 'جاي', 'دارم میام',
'ez têm'), beside abuse or a threat (danger), not a friend, a taxi or the bus on its way; a child
taken now by a parent or relative who is barred (a court order, not allowed to collect), told by the
school's call (danger), not the other parent's agreed weekend; an ex under an order at the door or
under the house now, breaking the intercom or the door (danger), not asking how to get an order; the
writer saying there is no danger now or that she is fine now (no danger), not 'I'm not safe now'; a
joke, a test of the site, a training scenario for volunteers or a story (no danger), not 'he says it's
a joke when he chokes me'; years ago, now divorced or living elsewhere (no danger now), not an old
separation beside him at the door now; a drink spiked last night and the man now writing that he
knows her address and is coming while she is alone (danger), not a courier or a friend coming; a gay
or bisexual man whose family found his chats with a man, took his passport, locked him in, relatives
driving down tonight (honour-based abuse, LGBT+, a man, danger now), not relatives coming to dinner."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # === 1. He is on his way, told by his own message, beside abuse or a threat ===================
    # Spanish.
    ("danger=immediate", "mi ex me pega y ahora me escribió: 'ya voy, más te vale estar despierta'"),
    ("danger=immediate", "el que me maltrata me mandó un whatsapp: voy para allá, en 10 minutos estoy ahí"),
    ("danger=immediate", "me amenazó ayer y ahora dice 'voy a buscarte, llego en 5'"),
    ("danger=immediate",
     "mi marido me golpea. acaba de escribirme q esta en el bus, 10 min, q lo espere despierta"),
    ("danger=none", "mi amiga ya viene en camino, llega en 10 minutos"),
    ("danger=none", "el autobús pasa en 10 minutos, ¿dónde queda el centro de ayuda?"),
    ("danger=none", "el taxi ya viene, me voy a casa de mi madre a dormir"),
    # Portuguese.
    ("danger=immediate",
     "ele me bate e agora mandou mensagem: 'tô no ônibus, 10 minutos, é bom você estar acordada'"),
    ("danger=immediate", "meu ex me ameaçou e acabou de escrever 'estou chegando'"),
    ("danger=immediate", "ele disse 'to indo te buscar, chego em 5' e ontem me espancou"),
    ("danger=none", "minha amiga está chegando, uns 10 minutos"),
    ("danger=none", "o ônibus chega em 10 minutos, vou para a casa da minha mãe"),
    ("danger=none", "o uber está a caminho, obrigada pela ajuda"),
    # Italian.
    ("danger=immediate",
     "mi picchia e ora mi ha scritto 'sto arrivando, tra 10 minuti sono lì, fatti trovare sveglia'"),
    ("danger=immediate", "il mio ex mi ha minacciata e adesso mi scrive 'sto venendo a prenderti'"),
    ("danger=immediate", "mi ha mandato un messaggio: arrivo tra 5 minuti, vedrai. ieri mi ha picchiata"),
    ("danger=none", "la mia amica sta arrivando, tra 10 minuti è qui"),
    ("danger=none", "l'autobus arriva tra 10 minuti"),
    # Arabic.
    ("danger=immediate", "جوزي بيضربني وهلق بعتلي رسالة: جاي، عشر دقايق وبكون عندك، احسنلك تكوني صاحية"),
    ("danger=immediate", "طليقي بيهددني وبعتلي انا بالطريق، خمس دقايق"),
    ("danger=immediate", "jozi byedrobni w hala2 ba3atli ana jaye la 3andik"),
    ("danger=immediate", "زوجي يضربني وارسل لي الحين انا جاي لك"),
    ("danger=none", "صاحبتي جاية، عشر دقايق وبتوصل"),
    ("danger=none", "الباص بيجي بعد عشر دقايق"),
    ("danger=none", "التاكسي بالطريق، رايحة عند امي"),
    # Persian.
    ("danger=immediate", "شوهرم منو میزنه، الان پیام داده دارم میام، ده دقیقه دیگه اونجام، بیدار باش"),
    ("danger=immediate", "شوهر سابقم تهدیدم کرده و الان نوشته تو راهم، پنج دقیقه دیگه میرسم"),
    ("danger=immediate", "shoharam mano kotak mizane, alan payam dade daram miam"),
    ("danger=none", "دوستم داره میاد، ده دقیقه دیگه میرسه"),
    ("danger=none", "اتوبوس ده دقیقه دیگه میاد"),
    # Kurdish.
    ("danger=immediate", "mêrê min li min dixe, niha mesaj şand: ez têm, 10 deqîqe"),
    ("danger=immediate", "hevjînê min ê berê gef li min xwar, niha nivîsî ez li rê me, ez têm te bibim"),
    ("danger=immediate", "مێردەکەم لێم دەدات، ئێستا نامەی ناردووە دێم، دە خولەکی تر"),
    ("danger=none", "hevala min tê, 10 deqîqe din digihîje"),
    ("danger=none", "otobus 10 deqîqe din tê"),

    # === 2. A child taken now by a barred parent or relative ======================================
    # Spanish.
    ("danger=immediate",
     "me llamó el colegio, su padre se llevó a mi hijo y tiene una orden del juez que se lo prohíbe"),
    ("danger=immediate", "lo recogió del cole y no tiene permitido recogerlo"),
    ("danger=immediate",
     "la escuela me dice que su abuelo recogió a la niña y él no puede por orden judicial"),
    ("danger=none", "su padre recogió al niño del colegio, es su fin de semana"),
    ("danger=none", "mi ex recoge a los niños los viernes, lo acordamos"),
    # Portuguese.
    ("danger=immediate",
     "a escola me ligou, o pai buscou meu filho e ele tem medida protetiva, não pode chegar perto"),
    ("danger=immediate", "ele pegou o menino na creche e não tem autorização pra buscar"),
    ("danger=none", "o pai buscou as crianças na escola, é o fim de semana dele"),
    ("danger=none", "a avó vai buscar minha filha na escola hoje, combinamos"),
    # Italian.
    ("danger=immediate",
     "mi ha chiamato la scuola, suo padre ha preso il bambino e non può, c'è un ordine del giudice"),
    ("danger=immediate", "l'ha preso all'asilo e non è autorizzato a ritirarlo"),
    ("danger=none", "il padre ha preso i bambini a scuola, è il suo fine settimana"),
    ("danger=none", "mia madre va a prendere il bambino a scuola oggi"),
    # Arabic.
    ("danger=immediate", "اتصلت فيني المدرسة، ابوه اخد ابني وهو ممنوع بامر المحكمة"),
    ("danger=immediate", "طليقي اخد البنت من الحضانة وما مسموح له ياخدها"),
    ("danger=none", "ابوه اخد الولاد من المدرسة، هاد الويكند تبعه"),
    ("danger=none", "جدتها رح تاخدها من المدرسة اليوم، متفقين"),
    # Persian.
    ("danger=immediate", "مدرسه زنگ زد، باباش پسرمو برده و حکم دادگاه داره که اجازه نداره"),
    ("danger=immediate", "شوهر سابقم بچه رو از مهدکودک برداشته برده و اجازه نداره بچه رو ببره"),
    ("danger=none", "باباش بچه ها رو از مدرسه برد، آخر هفته ی خودشه"),
    ("danger=none", "مادربزرگش امروز میره از مدرسه میارتش"),
    # Kurdish.
    ("danger=immediate", "dibistanê telefon kir, bavê wî kurê min bir û qedexe ye, biryara dadgehê heye"),
    ("danger=immediate", "wî keça min ji dibistanê bir û destûra wî tune"),
    ("danger=none", "bavê wan zarok ji dibistanê birin, dawiya hefteyê ya wî ye"),
    ("danger=none", "dapîra wê îro wê ji dibistanê bîne"),

    # === 3. An ex under an order at the door now ==================================================
    # Spanish.
    ("danger=immediate", "tiene una orden de alejamiento y está rompiendo el portero automático"),
    ("danger=immediate",
     "mi ex con orden de alejamiento esta ahora mismo en mi portal golpeando el telefonillo"),
    ("danger=immediate", "tiene orden de alejamiento y está abajo de mi casa"),
    ("danger=none", "¿cómo consigo una orden de alejamiento contra mi ex?"),
    ("danger=none", "mi ex tiene orden de alejamiento, ¿qué pasa si la incumple?"),
    # Portuguese.
    ("danger=immediate", "meu ex tem medida protetiva e está aqui embaixo do prédio agora"),
    ("danger=immediate", "ele tem medida protetiva e está quebrando o interfone"),
    ("danger=immediate", "tem ordem de restrição e tá na porta de casa batendo"),
    ("danger=none", "como faço para pedir uma medida protetiva?"),
    ("danger=none", "a medida protetiva dele vence mês que vem"),
    # Italian.
    ("danger=immediate", "il mio ex ha un ordine restrittivo e adesso è sotto casa"),
    ("danger=immediate", "ha il divieto di avvicinamento e sta rompendo il citofono"),
    ("danger=none", "come si ottiene un ordine restrittivo?"),
    ("danger=none", "ha il divieto di avvicinamento da un anno"),
    # Arabic.
    ("danger=immediate", "طليقي عليه امر حماية وهلق هو تحت البيت"),
    ("danger=immediate", "عنده امر تقييدي وعم يكسر الانتركم"),
    ("danger=immediate", "ممنوع يقرب مني بامر المحكمة وهلق واقف قدام الباب"),
    ("danger=none", "كيف بطلع امر حماية ضد طليقي؟"),
    ("danger=none", "عندي امر حماية من سنة"),
    # Persian.
    ("danger=immediate", "شوهر سابقم قرار منع نزدیک شدن داره و الان زیر خونه ست"),
    ("danger=immediate", "حکم منع تعرض داره ولی الان دم دره داره آیفون رو میشکنه"),
    ("danger=none", "چطوری میتونم قرار منع نزدیک شدن بگیرم؟"),
    ("danger=none", "قرار منع تعرض گرفتم، حالا چی؟"),
    # Kurdish.
    ("danger=immediate", "qedexe ye nêzîkî min bibe, lê niha li jêr malê ye û zengilê dişkîne"),
    ("danger=immediate", "biryara dadgehê heye ku nêzîkî min nebe, lê niha li ber derî ye"),
    ("danger=none", "ez çawa biryara parastinê bistînim?"),
    ("danger=none", "biryara parastinê ji min re heye ji par ve"),

    # === 4. No danger now, or she is fine now ====================================================
    # Spanish.
    ("danger=none", "me pegó con un cinturón el mes pasado, pero no hay peligro ahora, está de viaje"),
    ("danger=none", "a mi hermana la amenazó con un cuchillo, pero ahora está bien, no corre peligro"),
    ("danger=none", "no estoy en peligro ahora mismo, solo quiero información"),
    ("danger=none", "no es una emergencia, solo quiero saber mis opciones"),
    ("danger=immediate", "no estoy a salvo ahora, está en casa borracho"),
    ("danger=immediate", "peligro, está aquí"),
    # Portuguese.
    ("danger=none", "ele me ameaçou com uma faca ano passado, mas não corro perigo agora"),
    ("danger=none", "minha irmã não corre perigo agora, ela está bem"),
    ("danger=none", "não é emergência, só quero informações"),
    ("danger=immediate", "não estou segura agora, ele está em casa bêbado"),
    ("danger=immediate", "perigo, ele está aqui"),
    # Italian.
    ("danger=none", "l'anno scorso l'ha minacciata con un coltello, ma non credo sia in pericolo adesso"),
    ("danger=none", "non sono in pericolo adesso, volevo solo informazioni"),
    ("danger=none", "non è un'emergenza, ha un coltello in cucina come tutti"),
    ("danger=immediate", "non sono al sicuro adesso, lui è qui con un coltello"),
    ("danger=immediate", "sono in pericolo, è qui"),
    # Arabic.
    ("danger=none", "هددها بسكين من سنة بس ما في خطر هلق"),
    ("danger=none", "ضربني الاسبوع الماضي بس هلق انا منيحة، مش بخطر"),
    ("danger=none", "اختي مش في خطر الحين، بس بدي نصيحة"),
    ("danger=none", "mafi khatar hala2, bas baddi a3ref 7o2o2i"),
    ("danger=immediate", "انا مش بأمان هلق، هو بالبيت وسكران"),
    ("danger=immediate", "انا في خطر هلق"),
    # Persian.
    ("danger=none", "سال پیش با چاقو تهدیدم کرد ولی الان خطری نیست"),
    ("danger=none", "خواهرم الان در خطر نیست، حالش خوبه"),
    ("danger=none", "alan khatari nist, faghat soal daram"),
    ("danger=immediate", "الان جام امن نیست، اون خونه ست و مسته"),
    ("danger=immediate", "در خطرم، الان اینجاست"),
    # Kurdish.
    ("danger=none", "par bi kêrê gef li min xwar, lê niha tu xetere tune"),
    ("danger=none", "tu xetere tune niha, tenê pirsek min heye"),
    ("danger=none", "ez niha ne di xeterê de me"),
    ("danger=immediate", "ez niha ne ewle me, ew li malê ye serxweş e û hêrs e"),
    ("danger=immediate", "xetere heye, ew niha li vir e"),

    # === 5. A joke, a test, a training scenario, a story ==========================================
    # Spanish.
    ("danger=none", "tiene un cuchillo y me va a matar. es broma, estoy probando el chat"),
    ("danger=none", "era broma lo que escribí antes del cuchillo, no pasa nada"),
    ("danger=none", "es un caso para la formación de voluntarias: una mujer dice que él tiene un cuchillo"),
    ("danger=none", "estoy escribiendo una novela: el marido la encierra en el baño"),
    ("danger=immediate", "dice que es broma cuando me ahorca"),
    ("danger=immediate", "no es broma, tiene un cuchillo"),
    # Portuguese.
    ("danger=none", "ele tem uma faca. era brincadeira, só testando o site"),
    ("danger=none", "é só um teste, ninguém está em perigo"),
    ("danger=none",
     "é para um treinamento de voluntárias: uma mulher diz que ele está na porta com uma faca"),
    ("danger=immediate", "ele diz que é brincadeira quando me enforca"),
    ("danger=immediate", "não é brincadeira, ele está com uma faca"),
    # Italian.
    ("danger=none", "scherzavo, non c'è nessun coltello"),
    ("danger=none", "è solo una prova, sto testando il sito: stanotte mi ammazza"),
    ("danger=none", "è un caso per la formazione dei volontari: lui ha un coltello"),
    ("danger=immediate", "dice che scherza quando mi stringe il collo"),
    ("danger=immediate", "non sto scherzando, ha un coltello"),
    # Arabic.
    ("danger=none", "كنت عم امزح، ما في سكين"),
    ("danger=none", "هاد سيناريو تدريب للمتطوعات: وحدة بتقول جوزها معه سكين"),
    ("danger=none", "بس عم جرب الموقع: معه سكين"),
    ("danger=immediate", "بيقول انها مزحة لما بيخنقني"),
    ("danger=immediate", "مش مزحة، معه سكين"),
    ("danger=none", "kont 3am emza7, ma fi shi"),
    # Persian.
    ("danger=none", "شوخی کردم، چاقویی در کار نیست"),
    ("danger=none", "این یه سناریوی آموزشی برای داوطلب هاست: زنی میگه شوهرش چاقو داره"),
    ("danger=none", "فقط دارم سایت رو امتحان میکنم، چاقو داره"),
    ("danger=immediate", "میگه شوخیه وقتی گلومو فشار میده"),
    ("danger=immediate", "شوخی نمیکنم، چاقو دستشه"),
    # Kurdish.
    ("danger=none", "min henek dikir, kêr tune"),
    ("danger=none", "ev senaryoyek perwerdehiyê ye ji bo dilxwazan: jinek dibêje kêr di destê mêrê wê de ye"),
    ("danger=none", "ez tenê malperê diceribînim: kêr di destê wî de ye"),
    ("danger=immediate", "dibêje henek e dema ku qirika min digire"),
    ("danger=immediate", "ne henek e, kêr di destê wî de ye"),

    # === 6. Years ago, now divorced, separated, living elsewhere ==================================
    # Spanish.
    ("danger=none", "hace dos años él la ahorcaba, ahora está bien, vive en otra ciudad"),
    ("danger=none", "hace un año me amenazó con un cuchillo. ya me divorcié y vivo en otra ciudad"),
    ("danger=immediate", "me separé hace dos años pero ahora está afuera de mi casa con un cuchillo"),
    ("danger=immediate", "hace un año me divorcié y ahora mismo está aquí gritando con un cuchillo"),
    # Portuguese.
    ("danger=none", "há dois anos ele me enforcou, hoje estou bem, me divorciei e moro em outra cidade"),
    ("danger=none", "faz um ano que ele me ameaçou com uma faca, agora estou separada e moro longe"),
    ("danger=immediate", "me separei há dois anos, mas agora ele está aqui na porta com uma faca"),
    ("danger=immediate",
     "faz um ano que me divorciei, mas agora mesmo ele está lá fora gritando com uma faca"),
    # Italian.
    ("danger=none",
     "due anni fa mi ha stretto il collo, ora sto bene, sono separata e vivo in un'altra città"),
    ("danger=none", "un anno fa mi minacciava col coltello, adesso sono divorziata"),
    ("danger=immediate", "mi sono separata due anni fa ma adesso è sotto casa con un coltello"),
    ("danger=none", "l'anno scorso mi ha minacciata col coltello, ora vivo da sola in un'altra città"),
    # Arabic.
    ("danger=none", "من سنة خنقني، هلق ساكنة لحالي وتطلقت"),
    ("danger=none", "قبل سنتين هددني بسكين، هلق انا منفصلة وساكنة بمدينة تانية"),
    ("danger=immediate", "تطلقت من سنتين بس هلق هو واقف عالباب ومعه سكين"),
    ("danger=none", "2abl 3 snin kan yhaddedni bi sekkine, hala2 ana mtalla2a w sakne la7ali"),
    # Persian.
    ("danger=none", "پنج ساله اینجام، طلاقمم گرفتم، قبلا با چاقو تهدیدم میکرد"),
    ("danger=none", "دو سال پیش خفه م کرد، الان جدا شدم و تو یه شهر دیگه زندگی میکنم"),
    ("danger=immediate", "دو سال پیش جدا شدم ولی الان دم دره با چاقو"),
    ("danger=none",
     "chand sal pish ba chaghoo tahdidam mikard, alan talagh gereftam va tanha zendegi mikonam"),
    # Kurdish.
    ("danger=none", "deh sal berê wî kêr li min girt, niha ez jê cuda bûme"),
    ("danger=none", "du sal berê min dixeniqand, niha em ji hev veqetiyan û ez li bajarekî din dijîm"),
    ("danger=immediate", "du sal berê em cuda bûn lê niha ew li ber derî ye bi kêrê"),
    ("danger=none", "دە ساڵ لەمەوبەر بە چەقۆ هەڕەشەی لێ دەکردم، ئێستا جیابوومەتەوە"),
    ("danger=none", "du sal berê em cuda bûn, niha ez li vir bi zarokên xwe re bi ewle me"),

    # === 7. A drink spiked last night, now he knows her address and is coming =====================
    # Persian.
    ("danger=immediate",
     "دیشب تو مهمونی یه چیزی ریختن تو نوشیدنیم، حالا همون پسره پیام داده آدرستو میدونم، دارم میام. تنهام "
     "خونه"),
    ("danger=immediate",
     "dishab tu party tu nooshidanim dàru rikhtan, alan payam dade adresseto midoonam, daram miam, tanham"),
    ("danger=immediate", "دیشب تو نوشیدنیم دارو ریخت، الان نوشته میدونم کجا زندگی میکنی، تو راهم"),
    ("danger=none", "پیک داره میاد بسته رو بیاره، آدرسمو داره"),
    ("danger=none", "دوستم بعد مهمونی میاد پیشم بمونه"),
    # Arabic.
    ("danger=immediate",
     "مبارح بالحفلة حطولي شي بالكاسة، وهلق الشب بعتلي بعرف عنوانك وانا جاي، وانا لحالي بالبيت"),
    ("danger=immediate",
     "embare7 bel party 7attoli shi bl kase, w hala2 ba3atli ba3ref 3enwanik w jaye, ana la7ali"),
    ("danger=immediate", "امس في الحفلة حطوا لي شي في المشروب، والحين ارسل لي اعرف عنوانك وجاي لك"),
    ("danger=none", "مندوب التوصيل عنده عنواني وجاي"),
    ("danger=none", "صاحبتي جاية تنام عندي بعد الحفلة"),
    # Spanish, Portuguese, Italian, Kurdish.
    ("danger=immediate",
     "anoche en la fiesta me echaron algo en la bebida, ahora ese tipo me escribe que sabe mi dirección y "
     "que viene. estoy sola"),
    ("danger=immediate",
     "ontem na festa colocaram algo na minha bebida, agora ele mandou mensagem que sabe meu endereço e "
     "está vindo. estou sozinha"),
    ("danger=immediate",
     "ieri sera alla festa mi hanno messo qualcosa nel drink, ora lui mi scrive che sa dove abito e sta "
     "venendo. sono sola"),
    ("danger=immediate",
     "duh şev li şahiyê tiştek kirin vexwarina min, niha mesaj dişîne ku navnîşana min dizane û tê. ez bi "
     "tenê me"),
    ("danger=none", "el repartidor tiene mi dirección y viene con el paquete"),
    ("danger=none", "o entregador sabe meu endereço e está vindo com a encomenda"),
    ("danger=immediate",
     "me drogaron la copa anoche y ahora ese tío me escribe 'sé dónde vives, voy para allá'"),
    ("danger=none", "mi amiga sabe mi dirección y viene a dormir conmigo después de la fiesta"),
    ("danger=immediate",
     "botaram droga no meu copo ontem e agora ele me escreveu 'sei onde você mora, to indo aí'"),
    ("danger=none", "a minha mãe sabe onde eu moro e vem me visitar amanhã"),
    ("danger=immediate",
     "ieri sera mi hanno drogata alla festa, ora mi scrive 'so dove abiti, sto arrivando'"),
    ("danger=none", "il corriere sa dove abito e arriva domani col pacco"),
    ("danger=immediate",
     "duh şev tiştek kirin nav vexwarina min, niha nivîsî 'ez dizanim tu li ku dijî, ez têm'"),
    ("danger=none", "hevala min navnîşana min dizane û sibê tê serdana min"),

    # === 8. A gay or bisexual man, found out by his family, locked in, relatives coming tonight ===
    # Arabic.
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "انا شب مثلي، اهلي لقوا محادثاتي مع شب، اخدوا جوازي وقفلوا علي بالغرفة، وولاد عمي جايين الليلة "
     "بالسيارة"),
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "ana shab gay, ahli shafo el chat ma3 shab, a5do el passport w 2afalo 3alayi el bab, w wlad 3ammi "
     "jayin el leile 3ashani"),
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "انا شب مثلي واهلي عرفوا، وولاد عمي جايين الليلة ياخدوني"),
    ("abuse=honour_based_abuse,aud=lgbt,aud=man",
     "انا شاب ثنائي الميول، عيلتي عرفت اني بحكي مع شب واخدوا جواز سفري"),
    ("aud=lgbt,aud=man,noabuse=honour_based_abuse,danger=none", "انا شب مثلي وبدي دعم نفسي"),
    ("danger=none", "ولاد عمي جايين الليلة عالعشا"),
    # Persian.
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "من یه پسر همجنسگرام، خانوادم چت هامو با یه پسر دیدن، پاسپورتمو گرفتن و تو اتاق زندانیم کردن، امشب "
     "عموهام با ماشین میان"),
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "man ye pesare gay hastam, khanevadam chat hamo ba ye pesar didan, pasportamo gereftan, dar ro rum "
     "ghofl kardan, emshab amoohamam miyan soragham"),
    ("abuse=honour_based_abuse,aud=lgbt,aud=man",
     "من پسر دوجنسگرام، بابام فهمیده با یه پسر رابطه دارم و گوشیمو گرفته"),
    ("danger=none", "امشب عموهام برای شام میان"),
    # Kurdish.
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "ez xortekî gay im, malbata min mesajên min bi zilamekî re dîtin, pasaporta min girtin û ez di odê de "
     "girtim, îşev mamên min bi erebeyê tên"),
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "من کوڕێکی هاوڕەگەزخوازم، خێزانەکەم نامەکانمیان لەگەڵ کوڕێک بینی، پاسپۆرتەکەمیان برد و لە ژوورەکە "
     "بەندیان کردووم، ئەمشەو مامەکانم دێن"),
    ("danger=none", "îşev mamên min ji bo şîvê tên"),
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "ez xortekî gay im û malbata min pê hesiyan, îşev mamên min tên min bibin"),
    ("danger=none", "ئەمشەو مامەکانم دێن بۆ نانی ئێوارە"),
]

CONVERSATIONS = [
    # The knife said first, then 'it was a joke': not 999 now.
    ("danger=none", ["tiene un cuchillo y está en la puerta", "perdón, era broma, estaba probando el chat"]),
    ("danger=none", ["معه سكين وواقف عالباب", "بس كنت عم جرب الموقع، ما في شي"]),
    # The past told, then him at the door now: danger.
    ("danger=immediate", ["پنج سال پیش طلاق گرفتم", "ولی الان دم دره و داره در رو میشکنه"]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
