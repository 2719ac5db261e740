"""Cue widening of 2026-12-07 (evening, helper-written from ideas, not the evaluation set) in
Gujarati (script and romanised), Portuguese (Brazilian and European), Somali, Bengali (script and
Banglish) and Tigrinya, each idea in several ways and beside look-alikes: a young woman whose
parents fixed her engagement in the home country without asking her, tickets booked for the wedding
there in December or in three weeks, the father holding her passport or saying leave home if she
refuses, or told the trip is for a cousin's wedding when she overheard it is her own (forced
marriage); a supervisor or manager at a care home, shop or restaurant who makes dirty jokes,
touches her waist from behind and sends late-night WhatsApps (sexual harassment, no danger, not
older people because of the care home); a man who minimises what he does ('I only installed a
location app because I worry', 'only one slap, in anger', 'the imam says sort it out in the
family') and wants her back and help with his anger (the one doing it, Respect, not the men's
line); a young man of 18 whose father took his passport to send him home next month for a
'culture correction' trip (dhaqan celis) and to marry his cousin, asking whether men get help
(forced marriage, a man); a mother whose daughter of 6 said her uncle touched her private parts,
the mother-in-law saying the child makes it up (child abuse, a parent, the NSPCC); an ex-husband
threatening to send a private video from the marriage to her parents unless she drops the divorce
(intimate images, not forced marriage); a smuggler who got her out of Libya saying she owes him
and must sleep with men to pay (exploitation, the Modern Slavery Helpline). Not: going happily to
a cousin's wedding there, her own engagement she chose, a supervisor who shouts about the rota, a
man whose wife tracks his phone (or 'he says it was only a slap'), a boy sent home for a holiday with
his grandmother, a man who wants to marry the cousin he loves, a woman invited to a cousin's wedding,
'the men raped me, can you help' (no men's line), a child who fell and hurt herself, an uncle's
private company, a wedding video shared with relatives, a loan from a cousin to be repaid."""

from .cue_checks import conversation_test, message_test

FM = "abuse=forced_marriage,svc=forced-marriage-unit"
HARASSED = "abuse=sexual_harassment,danger=none"
OWN_ACTS = "role=perpetrator,svc=respect-phoneline,nosvc=mens-advice-line"
YOUNG_MAN_FM = "abuse=forced_marriage,aud=man,svc=forced-marriage-unit"
CHILD = "abuse=child_abuse,role=parent,svc=nspcc-helpline"
IMAGES = "abuse=tech_abuse,noabuse=forced_marriage"
SMUGGLED = "svc=modern-slavery-helpline"

MESSAGES = [
    # 1. Her engagement fixed at home without asking her (gu, bn, so, ti).
    (FM, "mara mummy pappa e mane puchhya vagar India ma mari sagai nakki kari didhi, December ma lagna "
         "mate ticket pan book kari che"),
    (FM, "pappa e maro passport lai lidho che ane kahe che ke lagna ni na padish to ghar chhodi de"),
    (FM, "મારા મમ્મી પપ્પાએ મને પૂછ્યા વગર ભારતમાં મારી સગાઈ નક્કી કરી દીધી છે, ત્રણ અઠવાડિયામાં લગ્નની "
         "ટિકિટ બુક કરી છે"),
    (FM, "badha kahe che ke cousin na lagna ma India javanu che pan me sambhdyu ke lagna to mara j che"),
    ("noabuse=forced_marriage", "December ma India mara cousin na lagna ma javanu che, hu bahu excited "
                                "chu"),
    ("noabuse=forced_marriage", "mari sagai mari pasand na chhokra sathe nakki thai, lagna India ma che"),
    (FM, "mummy papa e mari sagai India ma fix kari didhi, mane puchhyu pan nathi, 3 week ma flight che"),
    ("noabuse=forced_marriage", "mane puchhya vagar mari bahen e lagna nu shopping kari lidhu"),
    (FM, "amar baba ma amake na jiggesh kore deshe amar biye thik kore felse, december e ticket kata "
         "hoye gese"),
    (FM, "আমাকে না জিজ্ঞেস করে বাবা-মা দেশে আমার বিয়ে ঠিক করেছে, তিন সপ্তাহ পরে টিকিট কাটা হয়ে গেছে"),
    (FM, "abba amar passport rekhe dise, bolse biye te raji na hole bari theke ber hoye ja"),
    (FM, "sobai bolche khalato boner biye te bangladesh jacchi kintu ami shunechi biye ta amar"),
    ("noabuse=forced_marriage", "december e khalato boner biye te sylhet jacchi, khub moja hobe"),
    ("noabuse=forced_marriage", "amar pochonder cheler sathe amar engagement hoyeche, biye deshe hobe"),
    (FM, "amar biye thik korse deshe, amake kichu jiggesh o kore nai, december e niye jabe"),
    (FM, "abba amma amare na jigaia deshe amar biya tik kori rakhse, ticket o kata"),
    ("noabuse=forced_marriage", "ma amake na jiggesh kore amar biyer shari kine felse, rag hocche"),
    (FM, "waalidkay anigoon la i weydiin ayay dalka nin iigu doorteen, tigidhada arooska December ayay "
         "gooyeen"),
    (FM, "aabahay baasaboorkayga ayuu haystaa, wuxuu leeyahay haddii aadan guursan guriga ka bax"),
    (FM, "waxay igu yiraahdeen arooska ina adeerkay ayaan u soconnaa laakiin waxaan maqlay in arooska uu "
         "yahay kayga"),
    (FM, "saddex toddobaad kadib ayay Hargeysa i geynayaan si la iigu guuriyo nin aanan aqoon"),
    ("noabuse=forced_marriage", "December waxaan u socdaa Hargeysa arooska ina adeerkay, aad baan ugu "
                                "faraxsanahay"),
    ("noabuse=forced_marriage", "waxaan guursanayaa ninka aan jeclahay, aroosku wuxuu ka dhacayaa "
                                "Muqdisho"),
    (FM, "aabahay wuxuu igu yiri haddii aadan guursan ninka aan kuu doortay gurigan ka bax"),
    ("noabuse=forced_marriage", "waxaan maqlay in arooska ina adeerkay aniga la i casuumay"),
    (FM, "ስድራይ ከይሓተቱኒ ኣብ ኤርትራ ሕጽኖት ገይሮምለይ፡ ኣብ ታሕሳስ ንመርዓ ቲኬት ቆሪጾም"),
    (FM, "ኣቦይ ፓስፖርተይ ሒዙዎ ኣሎ፡ እንተ ዘይተመርዒኺ ካብዚ ገዛ ውጺ ይብለኒ"),
    (FM, "ናብ መርዓ ጓል ሓትነይ ኢና ንኸይድ ይብሉኒ ግን ናተይ መርዓ ምዃኑ ሰሚዐ"),
    (FM, "sdray kehatetuni ab adi hitsnot gerumley, ab tahsas nmerea ticket korisom"),
    ("noabuse=forced_marriage", "ኣብ ታሕሳስ ናብ መርዓ ጓል ሓትነይ ናብ ኣስመራ ክንከይድ ኢና፡ ብጣዕሚ ተሓጒሰ"),
    ("noabuse=forced_marriage", "ምስቲ ባዕለይ ዝመረጽክዎ ሰብኣይ ሕጽኖት ገይረ፡ መርዓና ኣብ ዓዲ እዩ"),
    (FM, "ኣደይን ኣቦይን ብዘይ ፍቓደይ ኣብ ዓዲ ሕጽኖት ገይሮምለይ"),

    # 2. A supervisor's dirty jokes, hands and late messages at work (gu, bn, pt).
    (HARASSED, "maro supervisor ganda jokes mare che, pachhal thi mari kamar par haath fervey che ane "
               "raate 12 vage whatsapp kare che"),
    (HARASSED + ",noaud=older", "કેર હોમમાં મારો સુપરવાઈઝર ગંદા જોક્સ કરે છે અને પાછળથી કમર પર હાથ મૂકે "
                                "છે"),
    (HARASSED, "dukan no manager raate late ganda message mokle che ane pachhal thi aavi ne kamar ne "
               "adke che"),
    (HARASSED, "care home ma maro supervisor ganda jokes kare che ane pachhalthi kamar par haath muke che"),
    ("noabuse=sexual_harassment", "maro supervisor rota mate aakho divas bumo pade che"),
    ("noabuse=sexual_harassment", "મારો મેનેજર રોટા બાબતે બધાની સામે બૂમો પાડે છે"),
    (HARASSED, "restaurant er manager nongra joke kore, pichon theke amar komore hat dey, raat 1 tay "
               "whatsapp e message pathay"),
    (HARASSED + ",noaud=older", "কেয়ার হোমের সুপারভাইজার পেছন থেকে আমার কোমরে হাত দেয় আর বাজে জোকস করে"),
    (HARASSED, "amar supervisor kaje nongra kotha bole ar gaye hat dey, raate whatsapp kore"),
    ("noabuse=sexual_harassment", "amar supervisor rota niye sobar samne chillay"),
    ("noabuse=sexual_harassment", "ম্যানেজার রোটা নিয়ে সবার সামনে চিৎকার করে"),
    (HARASSED + ",noaud=older", "meu supervisor no lar de idosos faz piadas sujas, me agarra pela "
                                "cintura por tras e manda zap de madrugada"),
    (HARASSED, "o meu chefe no restaurante faz piadas porcas, agarra-me pela cintura por tras e manda-me "
               "mensagens no whatsapp a meia-noite"),
    (HARASSED, "o gerente da loja fica fazendo piada de sacanagem e passando a mao na minha cintura"),
    ("noabuse=sexual_harassment", "o meu chefe grita comigo por causa da escala dos turnos"),
    (HARASSED, "o encarregado da loja manda-me mensagens a noite com piadas porcas"),
    ("noabuse=sexual_harassment", "minha supervisora manda mensagem de noite pra avisar a escala"),

    # 3. A man minimising what he does, wanting her back (pt, bn, gu, so).
    (OWN_ACTS, "so instalei um app de localizacao no celular dela porque fico preocupado, e leio as "
               "mensagens dela de vez em quando"),
    (OWN_ACTS, "foi so um tapa, no calor da raiva. quero ela de volta e preciso de ajuda com a minha "
               "raiva"),
    (OWN_ACTS, "so lhe dei uma chapada, estava com raiva. quero que ela volte, preciso de ajuda para "
               "controlar a raiva"),
    (OWN_ACTS, "Foi só um tapa, no calor da raiva, eu sei que errei. Quero ela de volta"),
    (OWN_ACTS, "pus uma app de localizacao no telemovel da minha mulher, so porque me preocupo"),
    ("norole=perpetrator,aud=man,svc=mens-advice-line", "a minha mulher instalou uma app de localizacao "
                                                        "no meu telemovel e le as minhas mensagens"),
    ("norole=perpetrator,aud=man", "minha esposa rastreia meu celular e le minhas mensagens, sou homem"),
    ("norole=perpetrator", "o meu marido diz que foi so um tapa e que eu exagero"),
    (OWN_ACTS, "ami shudhu or phone e location app install korsi karon chinta hoy, majhe majhe or "
               "message pori"),
    (OWN_ACTS, "shudhu ekta thappor disilam rager mathay, ami bou ke ferot chai, amar rag niye help lagbe"),
    (OWN_ACTS, "আমি শুধু একবার থাপ্পড় দিয়েছিলাম রাগের মাথায়, আমার রাগ নিয়ে সাহায্য চাই"),
    (OWN_ACTS, "imam bolse family te mitmat kore nite, ami or gaye ekbar hat tulsi, amar raag niye "
               "sahajjo chai"),
    ("norole=perpetrator,aud=man", "amar bou amar phone e location app diye rakhse ar amar message pore"),
    ("norole=perpetrator", "amar shami bole shudhu ekta thappor disilo, ami naki beshi kori"),
    (OWN_ACTS, "me khali eni phone ma location app nakhi che karan ke mane chinta thay che, kyarek "
               "kyarek ena message vanchu chu"),
    (OWN_ACTS, "khali ek j lafo maryo gusse ma, mare ene pachhi lavvi che, mara gussa mate madad joie che"),
    (OWN_ACTS, "મેં ફક્ત એક જ લાફો માર્યો ગુસ્સામાં, મારે મારા ગુસ્સા માટે મદદ જોઈએ છે"),
    ("norole=perpetrator", "mara pati e khali ek j lafo maryo em kahe che, pan mane dar lage che"),
    ("norole=perpetrator,aud=man", "mari wife mara phone ma location app nakhi ne mane track kare che"),
    (OWN_ACTS, "imam saheb kahe che ke ghar ma j samadhan karo, me ene ek j vaar dhakko maryo, mare mara "
               "gussa mate madad joie"),
    (OWN_ACTS, "hal dharbaaxo oo kaliya ayaan siiyay xaaskayga markii aan cadhooday, waxaan rabaa inay "
               "ii soo noqoto, caawimaad cadhadayda ayaan u baahanahay"),
    (OWN_ACTS, "imaamku wuxuu yiri qoyska dhexdiisa ku xalliya, xaaskayga ayaan dharbaaxay, cadhadayda "
               "ayaan rabaa inaan xakameeyo"),
    (OWN_ACTS, "taleefankeeda app goobta lagu ogaado ayaan ku shubay maxaa yeelay waan ka welwelaa, "
               "fariimaheeda ayaan akhriyaa mararka qaar"),
    ("norole=perpetrator,aud=man", "xaaskayga ayaa taleefankayga app ku shubtay oo goobtayda la socota, "
                                   "waxaan ahay nin"),
    ("norole=perpetrator,aud=man", "xaaskaygu waxay akhridaa fariimahayga, waxaan ahay nin"),

    # 4. A young man, 18, to be sent home for 'culture correction' and married to his cousin (so, ti, bn, gu).
    (YOUNG_MAN_FM, "waxaan ahay wiil 18 jir ah, aabahay baasaboorkayga wuu qaatay, bisha dambe wuxuu ii "
                   "dirayaa dalka dhaqan celis iyo inaan guursado gabadh adeerkay. ragga ma la caawiyaa?"),
    (YOUNG_MAN_FM, "aabbahay wuxuu igu leeyahay dhaqan celis ayaad aadaysaa, halkaas ayaad ku guursan "
                   "doontaa ina adeerkaa. nin baan ahay, caawimaad ma jirtaa?"),
    ("noabuse=forced_marriage", "aabahay wuxuu ii dirayaa dalka fasaxa xagaaga, ayeeyaday ayaan la joogi "
                                "doonaa"),
    ("noabuse=forced_marriage", "waxaan ahay nin 22 jir ah, waxaan rabaa inaan guursado ina adeerkay, "
                                "waan jeclahay"),
    ("noaud=man", "ragga ayaa i kufsaday, ma caawin kartaan?"),
    (YOUNG_MAN_FM, "aabbahay baasaboorkayga wuu qaatay, wuxuu igu leeyahay dhaqan celis ayaad u socotaa "
                   "oo halkaas ayaan kuugu guurinaynaa gabadh adeerkaa. waxaan ahay wiil 19 jir ah"),
    (YOUNG_MAN_FM, "ወዲ 18 ዓመት እየ፡ ኣቦይ ፓስፖርተይ ወሲዱ፡ ኣብ ዝመጽእ ወርሒ ባህሊ ንኽመሃር ናብ ዓዲ ክሰደኒ እዩ፡ ንጓል ሓወቦይ ክምርዖ ድማ "
                   "ይደልዩ። ንሰብኡት ሓገዝ ኣሎ ድዩ?"),
    ("noabuse=forced_marriage", "ኣቦይ ኣብ ክረምቲ ናብ ዓባየይ ናብ ዓዲ ንዕረፍቲ ክሰደኒ እዩ"),
    (YOUNG_MAN_FM, "ኣቦይ ፓስፖርተይ ሒዙ ኣብ ዝመጽእ ወርሒ ናብ ኤርትራ ክወስደኒ እዩ ጓል ኣኮይ ክምርዓ ኢሉ፡ ወዲ 19 ዓመት እየ"),
    ("noabuse=forced_marriage", "ወደይ ኣብ ክረምቲ ምስ ዓባዩ ክሓልፍ ናብ ኤርትራ ክኸይድ እዩ"),
    (YOUNG_MAN_FM, "ami 18 bochorer chele, abba amar passport niye nise, next month e deshe pathabe "
                   "shudhrate ar chachato boner sathe biye dibe. cheleder jonno ki help ache?"),
    ("noabuse=forced_marriage", "abba amake chhutite deshe pathacche, dadir kache thakbo ek mash"),
    ("noabuse=forced_marriage", "ami 19 bochorer chele, ami amar mamato bon ke pochondo kori, or sathe "
                                "biye korte chai"),
    (YOUNG_MAN_FM, "amar boyosh 19, abba bolse deshe giye chachato bon ke biye korte hobe, passport o "
                   "niye nise. purushder jonno kono help ache?"),
    ("noabuse=forced_marriage", "ami 18 bochorer chele, chhutite deshe nanur bari jacchi ek mash er jonno"),
    (YOUNG_MAN_FM, "hu 18 varsh no chhokro chu, pappa e maro passport lai lidho che, aavta mahine India "
                   "mokalse sudharva mate ane mama ni dikri sathe lagna karavse. chhokra ne pan madad "
                   "male?"),
    ("noabuse=forced_marriage", "pappa mane vacation ma India ba pase mokalse, ek mahino rahish"),
    (YOUNG_MAN_FM, "mari umar 19 che, pappa kahe che ke desh ma mokli ne mama ni dikri sathe lagna "
                   "karavse ane sudhri ne aavvanu che. purusho mate koi madad che?"),
    ("noabuse=forced_marriage", "hu 18 varsh no chhokro chu, December ma mama ni dikri na lagna ma India "
                                "javanu che"),

    # 5. A mother: her daughter of 6 says an uncle touched her private parts (bn, gu, so, ti).
    (CHILD, "amar 6 bochorer meye bollo or chacha or gopon jaygay hat diyeche, amar shashuri bolche meye "
            "banie bolche"),
    (CHILD, "আমার ৬ বছরের মেয়ে বলেছে ওর চাচা ওর গোপন জায়গায় হাত দিয়েছে, শাশুড়ি বলছে ও বানিয়ে বলছে"),
    ("noabuse=child_abuse", "amar 6 bochorer meye khelte giye pore gie hatu te betha peyeche"),
    ("noabuse=child_abuse", "আমার ৬ বছরের মেয়ে খেলতে গিয়ে পড়ে গিয়ে হাঁটুতে ব্যথা পেয়েছে"),
    (CHILD, "mari 6 varas ni dikri e kahyu ke ena kaka e eni private jagya e haath lagadyo, mara sasu "
            "kahe che ke chhokri khotu bole che"),
    (CHILD, "મારી 6 વર્ષની દીકરીએ કહ્યું કે એના કાકાએ એની ખાનગી જગ્યાએ હાથ લગાડ્યો, સાસુ કહે છે કે છોકરી "
            "ખોટું બોલે છે"),
    ("noabuse=child_abuse", "mari 6 varas ni dikri ramta ramta padi gai ane ene ghutan par vagyu"),
    ("noabuse=child_abuse", "મારી 6 વર્ષની દીકરી રમતાં રમતાં પડી ગઈ અને ઘૂંટણે વાગ્યું"),
    ("noabuse=child_abuse", "kaka ni private company ma ek jagya khali che, mari dikri mate puchhvu che"),
    (CHILD, "gabadhayda 6 jir ah ayaa ii sheegtay in adeerkeed uu taabtay meelaheeda qarsoon, soddohday "
            "waxay leedahay way been abuuraysaa"),
    ("noabuse=child_abuse", "gabadhayda 6 jir ah ayaa ciyaarta ku dhacday oo jilibka ka dhaawacantay"),
    (CHILD, "inantayda 6 sano ah waxay tiri abtigeed ayaa taabtay meesheeda qarsoon, soddohday waa ka "
            "diiday"),
    ("noabuse=child_abuse", "gabadhayda 6 jir ah way dhacday oo gacanta ayay ku dhaawacantay, dhakhtar "
                            "ma u baahan tahay?"),
    (CHILD, "ጓለይ 6 ዓመት እያ፡ ሓው ሰብኣየይ ኣብ ምስጢራዊ ኣካላታ ከም ዝተንከፋ ነጊራትኒ፡ ሓማተይ ትፈጥሮ ኣላ ትብል"),
    ("noabuse=child_abuse", "ጓለይ 6 ዓመት እያ፡ እናተጻወተት ወዲቓ ብርካ ተጎዲኣ"),
    (CHILD, "ጓለይ 6 ዓመታ እያ፡ ኣኮኣ ኣብ ብሕታዊ ቦታኣ ከም ዝሓዛ ነጊራትኒ። ሓማተይ ሓሶት እያ ትብል"),
    ("noabuse=child_abuse", "ጓለይ 6 ዓመት እያ፡ ካብ ሳይክል ወዲቓ ኢዳ ተሰቢራ"),
    ("noabuse=child_abuse", "ሓወቦይ ኣብ ብሕታዊ ትካል ይሰርሕ፡ ንጓለይ ስራሕ ክረኽበላ ይኽእል ድዩ?"),

    # 6. An ex-husband threatening to send a private video to her parents unless she drops the divorce
    # (bn, gu, pt).
    (IMAGES, "amar ex husband bolche divorce tule na nile amader private video amar baba ma ar attiyoder "
             "kache pathiye dibe"),
    (IMAGES, "আমার প্রাক্তন স্বামী হুমকি দিচ্ছে ডিভোর্স না তুললে আমাদের গোপন ভিডিও আমার বাবা-মাকে "
             "পাঠিয়ে দেবে"),
    ("noabuse=tech_abuse", "amar biyer video ta attiyoder whatsapp group e share korechi"),
    (IMAGES, "ex jamai humki dicche, divorce case uthiye na nile amader gopon video facebook e chere dibe"),
    (IMAGES, "maro ex pati kahe che ke divorce pachho nahi kheche to apdo private video mara mummy pappa "
             "ne ane sagao ne mokli dese"),
    (IMAGES, "મારો પૂર્વ પતિ ધમકી આપે છે કે છૂટાછેડા પાછા નહીં ખેંચું તો અમારો અંગત વીડિયો મારા "
             "માતા-પિતાને મોકલી દેશે"),
    ("noabuse=tech_abuse", "lagna no video badha sagao ne whatsapp par mokalyo"),
    (IMAGES, "maro juno var dhamki aape che ke divorce no case pacho nahi lau to amaro angat video "
             "facebook par muki dese"),
    (IMAGES, "meu ex-marido ameaca mandar um video intimo nosso pros meus pais se eu nao desistir do "
             "divorcio"),
    (IMAGES, "o meu ex diz que envia o video privado que gravamos aos meus pais e a familia toda se eu "
             "nao desistir do divorcio"),
    ("noabuse=tech_abuse", "mandei o video do casamento pra familia toda no grupo do whatsapp"),
    (IMAGES, "meu ex falou que se eu nao desistir do divorcio ele posta nosso video intimo e manda pra "
             "minha familia"),
    ("noabuse=tech_abuse", "a minha prima mandou as fotos do casamento para a familia toda pelo whatsapp"),

    # 7. A smuggler who brought her out of Libya: the debt to be paid by sleeping with men (ti, so).
    (SMUGGLED, "እቲ ካብ ሊብያ ዘውጽኣኒ ኣሰጋጋሪ ዕዳ ኣለኪ ይብለኒ፡ ምስ ሰብኡት ደቂስኪ ክትከፍሊ ኣለኪ ይብለኒ"),
    (SMUGGLED, "mesgagari kab libya zewtsani ida aleki ybleni, ms sebut dekiski kitkefli aleki ybleni"),
    ("nosvc=modern-slavery-helpline", "ወዲ ሓወቦይ ንትኬት ገንዘብ ኣለቒሑኒ፡ ብቐስታ ክመልሰሉ እየ"),
    ("nosvc=modern-slavery-helpline", "ዓርከይ ንኽራይ ገንዘብ ኣለቒሑኒ፡ ኣብ ወርሒ ክመልሰሉ እየ"),
    (SMUGGLED, "mukhalifkii Liibiya iga soo saaray wuxuu leeyahay lacag baad igu leedahay, waa inaad rag "
               "la seexataa si aad u bixiso"),
    (SMUGGLED, "magafaha ayaa i keenay, hadda wuxuu leeyahay deyn baad igu leedahay oo rag ayuu ii "
               "keenaa inaan la seexdo"),
    ("nosvc=modern-slavery-helpline", "ina adeerkay ayaa lacag ii amaahiyay tigidhka, waan u celin "
                                      "doonaa bisha dambe"),
    (SMUGGLED, "ninkii Liibiya naga soo tahriibiyay ayaa leh deyntii tahriibka waa inaad ku bixisaa "
               "inaad rag la seexato"),
]

CONVERSATIONS = [
    # Told the trip is for a cousin's wedding, then that it is her own, and soon.
    ("abuse=forced_marriage", ["December ma India javanu che cousin na lagna che em kahe che",
                               "pan me sambhdyu ke e mara lagna che, mane koi e puchhyu nathi"]),
    # A young man's age first, then his father's plan.
    ("abuse=forced_marriage,aud=man", ["waxaan ahay wiil 18 jir ah",
                                       "aabahay wuxuu i geynayaa dalka dhaqan celis, gabadh adeerkay "
                                       "ayuu igu guurinayaa"]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
