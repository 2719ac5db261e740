"""The three most urgent readings, in all 15 site languages: self-harm, suicide and overdose
(`danger.self_harm`: Samaritans and medical help first), not being able to speak
(`danger.cannot_speak`: the Silent Solution and text routes) and a recent sexual assault
(`recent_assault` with sexual violence: the Havens, inside the forensic window).

Decisions the near misses record:
- "this stress is killing me" is said of stress, not of wanting to die: not self-harm, and in
  English not danger now either ("he's killing me" still is).
- "the pills he gives me" may be spiking or control, not an overdose: not self-harm.
- "he says he'll kill himself if I leave" is his threat (coercion), not the writer's self-harm.
- "I don't want to live with him anymore" is about leaving him, not about dying: not self-harm
  (Samaritans first would be the wrong help); "I don't want to live with this pain" still is.
- "I couldn't talk to anyone about it for years" and "I can't talk to my mum about this" are
  about confiding, not about being overheard: not cannot-speak (nor is a language barrier, nor
  "I can't call him, he blocked me", nor having no credit).
- "I want to end it" is self-harm; "I want to end things with him" is leaving him.
- "he forces me to have sex" of an ongoing relationship is sexual violence, but with no recent
  time said it is not a recent assault; "raped years ago", "when I was a teenager" and "last
  year" are historic, not recent.

Every message here was written for this test, as people type: typos, no accents, texting
style, romanised scripts (Roman Urdu, Banglish, Arabizi, Finglish, Gujlish, Tanglish)."""
from collections import Counter

import pytest

from directory.signposting import understand

from .test_signposting import keys, signpost

LANGS = {"en", "es", "pt", "pl", "ro", "tr", "ar", "ur", "bn", "fa", "gu", "ta", "ti", "so", "ku"}
SV = "sexual_violence"

SELF_HARM = [
    # English
    ("en", "i took all my pills"),
    ("en", "i just want to end it"),
    ("en", "i cant go on like this anymore"),
    ("en", "honestly everyone would be better off without me"),
    ("en", "ive been cutting again"),
    ("en", "i dont want to wake up tomorrow"),
    ("en", "swallowed a bottle of paracetamol about an hour ago"),
    ("en", "necked a whole box of co-codamol"),
    ("en", "keep thinking about jumping in front of a train tbh"),
    ("en", "whats the point anymore i just want to go to sleep and never wake up"),
    ("en", "im gonna od tonight"),
    ("en", "im such a burden to everyone"),
    ("en", "been hurting myself to cope with it all"),
    ("en", "i want to hang myself"),
    ("en", "i wrote goodbye letters to my kids"),
    ("en", "taken 20 sertraline and half a bottle of vodka"),
    ("en", "im done with life"),
    ("en", "i feel like giving up on life"),
    ("en", "i dont want to live with this pain anymore"),
    ("en", "i took my whole prescription"),
    ("en", "whats the point in living"),
    ("en", "no one would miss me if i was gone"),
    ("en", "im standing on a bridge"),
    ("en", "i burn myself with a lighter"),
    ("en", "im not going to be here tomorrow"),
    ("en", "i want to end it with pills"),
    # Spanish
    ("es", "me tome una caja entera de paracetamol"),
    ("es", "ya no puedo mas, quiero acabar con todo"),
    ("es", "mis hijos estarian mejor sin mi"),
    ("es", "me he vuelto a cortar los brazos"),
    ("es", "no quiero despertar mañana"),
    ("es", "quiero quitarme la vida"),
    ("es", "pienso en tirarme por la ventana"),
    ("es", "me voy a suicidar"),
    ("es", "tengo las pastillas preparadas"),
    ("es", "nadie me echaria de menos"),
    # Portuguese
    ("pt", "tomei todos os meus remedios de uma vez"),
    ("pt", "nao aguento mais viver assim"),
    ("pt", "quero acabar com tudo"),
    ("pt", "to me cortando de novo"),
    ("pt", "nao quero acordar amanha"),
    ("pt", "todo mundo ficaria melhor sem mim"),
    ("pt", "vou me matar hoje"),
    ("pt", "pensei em pular da ponte"),
    # Polish
    ("pl", "wzielam wszystkie tabletki jakie mialam"),
    ("pl", "nie chce juz zyc"),
    ("pl", "chce to wszystko skonczyc"),
    ("pl", "znowu sie tne"),
    ("pl", "nie chce sie jutro obudzic"),
    ("pl", "wszyscy beda szczesliwsi beze mnie"),
    ("pl", "mysle o samobojstwie"),
    ("pl", "polknelam cale opakowanie paracetamolu"),
    ("pl", "nie widze sensu zycia"),
    # Romanian
    ("ro", "am luat toate pastilele"),
    ("ro", "nu mai vreau sa traiesc"),
    ("ro", "vreau sa se termine totul"),
    ("ro", "ma tai iar pe maini"),
    ("ro", "nu vreau sa ma mai trezesc"),
    ("ro", "toti ar fi mai bine fara mine"),
    ("ro", "ma gandesc sa ma sinucid"),
    ("ro", "am inghitit o cutie intreaga de paracetamol"),
    # Turkish
    ("tr", "butun haplarimi ictim"),
    ("tr", "artik yasamak istemiyorum"),
    ("tr", "her seyi bitirmek istiyorum"),
    ("tr", "yine kendimi kesiyorum"),
    ("tr", "sabah uyanmak istemiyorum"),
    ("tr", "ben olmasam herkes daha mutlu olur"),
    ("tr", "intihar etmeyi dusunuyorum"),
    ("tr", "bir kutu parol ictim"),
    # Arabic and Arabizi
    ("ar", "شربت كل الحبوب اللي عندي"),
    ("ar", "ما عدت بدي اعيش"),
    ("ar", "بدي انهي حياتي"),
    ("ar", "رجعت اجرح حالي"),
    ("ar", "ما بدي اصحى بكرا"),
    ("ar", "الكل رح يرتاح بدوني"),
    ("ar", "bfakker bel ente7ar"),
    ("ar", "bade 2otol 7ali"),
    # Urdu and Roman Urdu
    ("ur", "neend ki poori patti kha li hai"),
    ("ur", "main ab jeena nahi chahti"),
    ("ur", "sab khatam kar dena chahti hoon"),
    ("ur", "phir se apne aap ko kaat rahi hoon"),
    ("ur", "subah uthna hi nahi chahti"),
    ("ur", "mere baghair sab khush rahenge"),
    ("ur", "khudkushi kar lungi"),
    ("ur", "میں اب جینا نہیں چاہتی"),
    # Bengali and Banglish
    ("bn", "ek pata ghumer oshudh kheyechi"),
    ("bn", "ar bachte chai na"),
    ("bn", "sob shesh kore dite chai"),
    ("bn", "abar hat kaatchi"),
    ("bn", "kal sokale ar ghum theke uthte chai na"),
    ("bn", "ami na thakle sobai bhalo thakbe"),
    ("bn", "attohotta korbo"),
    ("bn", "আমি আর বাঁচতে চাই না"),
    # Farsi and Finglish
    ("fa", "ye baste ghors khordam"),
    ("fa", "dige nemikham zende basham"),
    ("fa", "mikham hamechi ro tamoom konam"),
    ("fa", "dobare dastamo boridam"),
    ("fa", "nemikham farda bidar sham"),
    ("fa", "bedoone man hame rahat tarand"),
    ("fa", "be khodkoshi fekr mikonam"),
    ("fa", "میخوام خودمو بکشم"),
    # Gujarati and Gujlish
    ("gu", "aakhi strip goli ni gali gai"),
    ("gu", "have jivvani ichha nathi"),
    ("gu", "badhu khatam kari devu che"),
    ("gu", "pacho mara haath par kaapa maaru chu"),
    ("gu", "kale savare uthvu j nathi"),
    ("gu", "hu nai hoy to badha sukhi rehse"),
    ("gu", "aatmahatya karvanu vichaaru chu"),
    ("gu", "મારે હવે જીવવું નથી"),
    # Tamil and Tanglish
    ("ta", "ella maathiraiyum saapten"),
    ("ta", "vaazha pidikkala"),
    ("ta", "ellathaiyum mudichidalaam nu irukku"),
    ("ta", "thirumba kaiya kizhichukitten"),
    ("ta", "naalaiku ezhundhirikka vendaam"),
    ("ta", "naan illana ellarum nalla irupaanga"),
    ("ta", "tharkolai panna pogiren"),
    ("ta", "நான் சாக போறேன்"),
    # Tigrinya
    ("ti", "ሓደ ካርቶን ፓራሲታሞል ውሒጠ"),
    ("ti", "ክነብር ኣይደልን እየ"),
    ("ti", "ርእሰይ ክቐትል እደሊ"),
    ("ti", "ነብሰይ ክጎድእ ጀሚረ"),
    ("ti", "ንጽባሕ ክበራበር ኣይደልን"),
    ("ti", "እንተዘይሃለኹ ኩሎም ይሓይሾም"),
    ("ti", "ነብሰ ቅትለት ክፍጽም እሓስብ"),
    # Somali
    ("so", "kiniinadaydii oo dhan ayaan qaatay"),
    ("so", "ma rabo inaan noolaado"),
    ("so", "waxaan rabaa inaan wax walba dhameeyo"),
    ("so", "mar kale ayaan is jarjaray"),
    ("so", "ma rabo inaan berri toosaa"),
    ("so", "qof walba wuu ka fiicnaan lahaa la'aantey"),
    ("so", "waxaan ka fikirayaa inaan is dilo"),
    # Kurmanji
    ("ku", "min hemû hebên xwe xwarin"),
    ("ku", "ez naxwazim êdî bijîm"),
    ("ku", "dixwazim her tiştî biqedînim"),
    ("ku", "dîsa xwe birîndar dikim"),
    ("ku", "naxwazim sibê şiyar bibim"),
    ("ku", "bê min hemû kes dê baştir bin"),
    ("ku", "ez li ser xwekuştinê difikirim"),
]

NOT_SELF_HARM = [
    ("en", "this is killing me slowly, the stress of it all"),
    ("en", "im tired of his lies"),
    ("en", "i cut him off last month and blocked his number"),
    ("en", "the pills he gives me make me sleepy all day"),
    ("en", "i take my tablets every morning for my blood pressure"),
    ("en", "he says hell kill himself if i leave him"),
    ("en", "im dying to get out of this house"),
    ("en", "i dont want to live with him anymore"),
    ("en", "i want to end things with him"),
    ("en", "he said hed end it if i didnt come back"),
    ("en", "i dont want him to know where i live"),
    ("en", "im tired, cant keep going to court hearings alone"),
    ("es", "ya no quiero vivir con el, me pega"),
    ("pt", "nao quero mais viver com ele"),
    ("ro", "nu mai vreau sa traiesc cu el"),
    ("tr", "artik onunla yasamak istemiyorum"),
    ("ar", "ما بدي عيش معه بعد اليوم"),
    ("ta", "avan kooda vaazha pidikala"),
    ("ku", "naxwazim bi wî re bijîm"),
    ("ti", "ምስኡ ክነብር ኣይደልን"),
    ("es", "este estres me esta matando"),
    ("es", "estoy harta de sus mentiras"),
    ("es", "ya corte con el hace meses"),
    ("es", "las pastillas que me da el"),
    ("pt", "esse estresse ta me matando"),
    ("pt", "to cansada das mentiras dele"),
    ("pt", "cortei ele da minha vida"),
    ("pt", "os remedios que ele me da"),
    ("pl", "ten stres mnie wykonczy"),
    ("pl", "mam dosc jego klamstw"),
    ("pl", "zerwalam z nim kontakt"),
    ("pl", "tabletki ktore on mi daje"),
    ("ro", "stresul asta ma omoara"),
    ("ro", "m-am saturat de minciunile lui"),
    ("ro", "am rupt legatura cu el"),
    ("ro", "pastilele pe care mi le da el"),
    ("tr", "bu stres beni oldurecek"),
    ("tr", "yalanlarindan biktim"),
    ("tr", "onunla iliskimi kestim"),
    ("tr", "bana verdigi haplar"),
    ("ar", "هالضغط عم يقتلني"),
    ("ar", "تعبت من كذبه"),
    ("ar", "قطعت علاقتي فيه"),
    ("ar", "الحبوب اللي بيعطيني ياها"),
    ("ur", "ye tension mujhe maar rahi hai"),
    ("ur", "uske jhooth se thak gayi hoon"),
    ("ur", "maine us se rishta tod diya"),
    ("ur", "jo goliyan wo mujhe deta hai"),
    ("bn", "ei tension amake mere felche"),
    ("bn", "or mittha kothay ami klanto"),
    ("bn", "or sathe sob somporko kete diyechi"),
    ("bn", "o je oshudh dey"),
    ("fa", "in esteres dare mano mikoshe"),
    ("fa", "az dorooghash khaste shodam"),
    ("fa", "rabetamo bahash ghat kardam"),
    ("fa", "ghorsayi ke be man mide"),
    ("gu", "aa tension mane mari nakhse"),
    ("gu", "enu jutthu sambhli ne thaki gai"),
    ("gu", "mein ena sathe sambandh kapi nakhya"),
    ("gu", "e mane je goli aape che"),
    ("ta", "indha tension enna kolluthu"),
    ("ta", "avan poi solli solli salichu pochu"),
    ("ta", "avan kooda ellam cut panniten"),
    ("ta", "avan kudukkura maathirai"),
    ("ti", "እዚ ጭንቀት ይቐትለኒ ኣሎ"),
    ("ti", "ሓሶቱ ደኺመ"),
    ("ti", "ምስኡ ዝነበረኒ ርክብ ቆሪጸ"),
    ("ti", "ዝህበኒ ከኒና"),
    ("so", "walwalkan ayaa i dilaya"),
    ("so", "beentiisa ayaan ka daalay"),
    ("so", "xiriirka waan u jaray"),
    ("so", "kiniinada uu i siiyo"),
    ("ku", "ev stres min dikuje"),
    ("ku", "ez ji derewên wî westiyam"),
    ("ku", "min têkiliya xwe bi wî re qut kir"),
    ("ku", "hebên ku ew didê min"),
]

CANNOT_SPEAK = [
    ("en", "cnt talk, hes just next door"),
    ("en", "typing this quietly"),
    ("en", "hes listening"),
    ("en", "i cant call, he checks my phone"),
    ("en", "please dont ring me back hell hear"),
    ("en", "only able to text, hes in the house"),
    ("en", "im in the loo typing this so he doesnt know"),
    ("en", "hes sat right beside me on the sofa"),
    ("en", "shh hes asleep upstairs i have to keep quiet"),
    ("en", "text me dont call"),
    ("en", "he cant know im messaging you"),
    ("en", "on the toilet hiding my phone"),
    ("es", "no puedo hablar, esta en la otra habitacion"),
    ("es", "escribo bajito porque me esta escuchando"),
    ("es", "no puedo llamar, me revisa el movil"),
    ("es", "no me llames por favor, el me oye"),
    ("pt", "nao posso falar, ele ta no outro quarto"),
    ("pt", "to digitando baixinho, ele ta ouvindo"),
    ("pt", "nao da pra ligar, ele mexe no meu celular"),
    ("pt", "nao me liga, ele vai ouvir"),
    ("pl", "nie moge mowic jest w pokoju obok"),
    ("pl", "pisze po cichu bo on slucha"),
    ("pl", "nie moge zadzwonic, sprawdza mi telefon"),
    ("pl", "nie dzwon do mnie, uslyszy"),
    ("ro", "nu pot vorbi e in camera alaturi"),
    ("ro", "scriu incet ca asculta"),
    ("ro", "nu pot suna, imi verifica telefonul"),
    ("ro", "nu ma suna, aude tot"),
    ("tr", "konusamam yan odada"),
    ("tr", "sessizce yaziyorum dinliyor"),
    ("tr", "arayamam telefonumu kontrol ediyor"),
    ("tr", "beni arama duyar"),
    ("ar", "ما بقدر احكي هو بالغرفه الثانيه"),
    ("ar", "عم اكتب بهدوء لانه عم يسمع"),
    ("ar", "ما بقدر اتصل هو بيفتش تلفوني"),
    ("ar", "la tetesli byesma3ni"),
    ("ur", "baat nahi kar sakti wo dusre kamre mein hai"),
    ("ur", "chupke se likh rahi hoon wo sun raha hai"),
    ("ur", "call nahi kar sakti wo mera phone check karta hai"),
    ("ur", "میں بات نہیں کر سکتی وہ سن رہا ہے"),
    ("bn", "kotha bolte parbo na pasher ghore ache"),
    ("bn", "chupi chupi likhchi o shunche"),
    ("bn", "phone korte parbo na o amar phone check kore"),
    ("bn", "আমি কথা বলতে পারব না, ও শুনছে"),
    ("fa", "nemitoonam harf bezanam, too otagh baghalie"),
    ("fa", "yavash minevisam, dare goosh mide"),
    ("fa", "nemitoonam zang bezanam, gooshimo check mikone"),
    ("fa", "نمیتونم حرف بزنم داره گوش میده"),
    ("gu", "vaat nathi kari shakti e bija room ma che"),
    ("gu", "dhimethi lakhu chu e sambhle che"),
    ("gu", "phone nathi kari shakti e maro phone check kare che"),
    ("gu", "હું વાત નથી કરી શકતી એ સાંભળે છે"),
    ("ta", "pesa mudiyathu avan adutha roomla irukan"),
    ("ta", "mella type panren avan kettukittu irukan"),
    ("ta", "call panna mudiyathu avan en phone check pannuvan"),
    ("ta", "பேச முடியாது அவன் கேட்டுக்கிட்டு இருக்கான்"),
    ("ti", "ክዛረብ ኣይክእልን ኣብታ ካልኣይ ክፍሊ ኣሎ"),
    ("ti", "ብስቕታ እጽሕፍ ኣለኹ ይሰምዕ ኣሎ"),
    ("ti", "ክድውል ኣይክእልን ስልከይ ይፍትሽ"),
    ("ti", "ኣይትደውሉለይ ክሰምዕ እዩ"),
    ("so", "ma hadli karo qolka xiga ayuu joogaa"),
    ("so", "si aamus ah ayaan u qorayaa wuu dhageysanayaa"),
    ("so", "ma wici karo taleefanka ayuu iga baaraa"),
    ("so", "ha i soo wicin wuu maqlayaa"),
    ("ku", "nikarim biaxivim ew li odeya din e"),
    ("ku", "bi dizî dinivîsim ew guhdarî dike"),
    ("ku", "nikarim telefon bikim ew telefona min kontrol dike"),
    ("ku", "telefonî min neke ew dibihîze"),
]

# Deaf, or unable to use their voice: the text routes, and read as Deaf too.
DEAF = [
    ("en", "cant speak, im deaf"),
    ("en", "im Deaf and need help, can't use the phone"),
    ("es", "no puedo hablar soy sorda"),
    ("pt", "nao consigo falar sou surda"),
    ("pl", "jestem gluchoniema, nie moge dzwonic"),
    ("ro", "nu pot vorbi sunt surda"),
    ("tr", "konusamiyorum isitme engelliyim"),
    ("ar", "ما بقدر احكي انا صماء"),
    ("ur", "main behri hoon bol nahi sakti"),
    ("bn", "ami bodhir, kotha bolte pari na"),
    ("fa", "nashenavam, nemitoonam harf bezanam"),
    ("gu", "hu behri chu, boli nathi shakti"),
    ("ta", "enakku kaathu kekkathu, pesa mudiyathu"),
    ("ti", "ጸማም እየ ክዛረብ ኣይክእልን"),
    ("so", "waxaan ahay dhego la, ma hadli karo"),
    ("ku", "ez ker im, nikarim biaxivim"),
]

NOT_CANNOT_SPEAK = [
    ("en", "i cant speak english well"),
    ("en", "i couldnt talk to anyone about it for years"),
    ("en", "i can't talk to my mum about this"),
    ("en", "he never listens to me"),
    ("en", "i cant call him anymore, he blocked me"),
    ("en", "i cant talk to the police they wont believe me"),
    ("en", "my phone has no credit so i cant call"),
    ("es", "no hablo bien ingles"),
    ("es", "durante años no pude hablar de esto con nadie"),
    ("es", "no puedo hablar con mi madre de esto"),
    ("pt", "nao falo ingles direito"),
    ("pt", "passei anos sem conseguir falar disso com ninguem"),
    ("pt", "nao consigo conversar com minha mae sobre isso"),
    ("pl", "slabo mowie po angielsku"),
    ("pl", "przez lata nie moglam z nikim o tym rozmawiac"),
    ("pl", "nie moge rozmawiac z mama o tym"),
    ("ro", "nu vorbesc bine engleza"),
    ("ro", "ani de zile n-am putut vorbi cu nimeni despre asta"),
    ("ro", "nu pot vorbi cu mama despre asta"),
    ("tr", "ingilizcem iyi degil"),
    ("tr", "yillarca kimseyle bunu konusamadim"),
    ("tr", "annemle bunu konusamiyorum"),
    ("ar", "ما بحكي انجليزي منيح"),
    ("ar", "سنين ما قدرت احكي لحدا عن هالشي"),
    ("ar", "ما بقدر احكي مع امي عن هالموضوع"),
    ("ur", "mujhe english theek se nahi aati"),
    ("ur", "saalon tak kisi se is bare mein baat nahi kar saki"),
    ("ur", "ammi se is bare mein baat nahi kar sakti"),
    ("bn", "ami english bhalo bolte pari na"),
    ("bn", "bochorer por bochor karo sathe eta niye kotha bolte parini"),
    ("bn", "ma er sathe eta niye kotha bolte pari na"),
    ("fa", "englisim khoob nist"),
    ("fa", "salha nemitoonestam ba kesi dar moredesh harf bezanam"),
    ("fa", "nemitoonam ba madaram dar in mored harf bezanam"),
    ("gu", "mane english saru nathi aavadtu"),
    ("gu", "varsho sudhi koi ne aa vishe vaat na kari saki"),
    ("gu", "mummy sathe aa vishe vaat nathi kari shakti"),
    ("ta", "enakku english sariya pesa theriyathu"),
    ("ta", "varushama yaar kittayum idha pathi pesa mudiyala"),
    ("ta", "amma kitta idha pathi pesa mudiyathu"),
    ("ti", "እንግሊዝኛ ጽቡቕ ኣይዛረብን"),
    ("ti", "ንዓመታት ምስ ዝኾነ ሰብ ብዛዕባኡ ክዛረብ ኣይከኣልኩን"),
    ("ti", "ምስ ኣደይ ብዛዕባ እዚ ክዛረብ ኣይክእልን"),
    ("so", "ingiriisi si fiican uguma hadlo"),
    ("so", "sanado ayaan cidna kala hadli kari waayay arrintan"),
    ("so", "hooyaday kama hadli karo arrintan"),
    ("ku", "ez baş bi îngilîzî naaxivim"),
    ("ku", "bi salan min nikaribû bi kesî re li ser vê biaxivim"),
    ("ku", "nikarim bi diya xwe re li ser vê biaxivim"),
]

RECENT = [
    ("en", "got raped last nite walking home"),
    ("en", "raped at the weekend by a guy from the club"),
    ("en", "he forced me yesterday"),
    ("en", "this morning he held me down and forced himself on me"),
    ("en", "a man sexually assaulted me on saturday"),
    ("en", "woke up with no memory after a party and i think something happened, my clothes were off"),
    ("en", "i think i was drugged and raped a few days ago"),
    ("en", "my ex forced me to have sex 2 days ago"),
    ("en", "some guy had sex with me while i was passed out at a house party on friday"),
    ("en", "was sexually assaulted on the way home earlier tonight"),
    ("es", "anoche me violaron"),
    ("es", "el finde un chico me violo"),
    ("es", "ayer me forzo a tener sexo"),
    ("es", "desperte sin recordar nada despues de una fiesta el sabado y creo que abusaron de mi"),
    ("es", "hace dos dias abusaron de mi"),
    ("pt", "fui estuprada ontem a noite"),
    ("pt", "ele me forcou no fim de semana"),
    ("pt", "acordei sem lembrar de nada depois da festa de sabado, acho que abusaram de mim"),
    ("pt", "hoje de manha ele me estuprou"),
    ("pt", "ha tres dias um cara abusou de mim"),
    ("pl", "zostalam zgwalcona wczoraj w nocy"),
    ("pl", "w weekend zgwalcil mnie kolega"),
    ("pl", "obudzilam sie po imprezie w sobote i nic nie pamietam, chyba ktos mnie wykorzystal"),
    ("pl", "dzis rano zmusil mnie do seksu"),
    ("pl", "kilka dni temu mnie zgwalcil"),
    ("ro", "am fost violata aseara"),
    ("ro", "in weekend m-a violat un tip"),
    ("ro", "m-am trezit dupa petrecerea de sambata si nu-mi amintesc nimic, cred ca au abuzat de mine"),
    ("ro", "azi dimineata m-a fortat sa fac sex"),
    ("ro", "acum doua zile m-a violat"),
    ("tr", "dun gece tecavuze ugradim"),
    ("tr", "hafta sonu bir adam bana tecavuz etti"),
    ("tr", "cumartesi partiden sonra hicbir sey hatirlamadan uyandim, bana tecavuz edilmis olabilir"),
    ("tr", "bu sabah beni zorla iliskiye soktu"),
    ("tr", "birkac gun once tecavuz edildim"),
    ("ar", "امبارح بالليل اغتصبني"),
    ("ar", "بعطلة الاسبوع واحد اغتصبني"),
    ("ar", "صحيت بعد حفلة السبت وما بتذكر شي وحاسه انه اعتدى علي"),
    ("ar", "اليوم الصبح غصبني على علاقه"),
    ("ar", "mn yomen et3aradt la eghtisab"),
    ("ur", "kal raat mera rape hua"),
    ("ur", "weekend pe ek larke ne mere sath zabardasti ki"),
    ("ur", "aaj subah shohar ne zabardasti sex kiya"),
    ("ur", "do din pehle mere sath ziadti hui"),
    ("ur", "کل رات میرے ساتھ زیادتی ہوئی"),
    ("bn", "gotokal rate amake rape kora hoyeche"),
    ("bn", "weekend e ekjon amake dhorshon koreche"),
    ("bn", "aaj sokale jor kore sex korlo"),
    ("bn", "dui din age amake dhorshon kora hoy"),
    ("bn", "গতকাল রাতে আমাকে ধর্ষণ করেছে"),
    ("fa", "dishab behem tajavoz shod"),
    ("fa", "akhar hafte ye nafar behem tajavoz kard"),
    ("fa", "emrooz sob be zoor bahat rabete dasht"),
    ("fa", "do rooz pish behem tajavoz kardan"),
    ("fa", "دیشب بهم تجاوز کرد"),
    ("gu", "gai raate maro balatkar thayo"),
    ("gu", "weekend ma ek jane mari sathe jabardasti kari"),
    ("gu", "aaje savare ene mari sathe jabardasti kari"),
    ("gu", "be divas pehla maro balatkar thayo"),
    ("gu", "kale ene maro balatkar karyo"),
    ("ta", "nethu raathiri ennai rape pannaanga"),
    ("ta", "weekend la oruthan ennai kattaya paduthi sex panninaan"),
    ("ta", "inniki kaalaila ennai rape pannan"),
    ("ta", "rendu naal munnadi ennai balathkaram pannaan"),
    ("ti", "ኣብ ቀዳመ ሰንበት ሓደ ሰብኣይ ደፊሩኒ"),
    ("ti", "ሎሚ ንግሆ ብሓይሊ ጾታዊ ርክብ ገይሩለይ"),
    ("ti", "ቅድሚ ክልተ መዓልቲ ጾታዊ ዓመጽ ወሪዱኒ"),
    ("so", "shalay nin ayaa i kufsaday"),
    ("so", "dhamaadka toddobaadka nin baa i kufsaday"),
    ("so", "saaka xoog ayuu igu galmooday"),
    ("so", "laba maalmood ka hor ayaa la i kufsaday"),
    ("ku", "duhî şev destdirêjî li min kirin"),
    ("ku", "dawiya hefteyê zilamek tecawiz li min kir"),
    ("ku", "îro sibê bi zorê seks bi min re kir"),
    ("ku", "berî du rojan tecawiz li min kirin"),
]

# (language, message, whether it is sexual violence): never a recent assault.
NOT_RECENT = [
    ("en", "i was raped years ago", True),
    ("en", "when i was a teenager my uncle raped me", None),
    ("en", "he forces me to have sex", True),
    ("en", "i was raped last year by my ex", True),
    ("en", "went to a party on saturday and had a good time", False),
    ("es", "me violaron hace muchos años", True),
    ("es", "cuando era adolescente abusaron de mi", None),
    ("es", "mi marido me obliga a tener relaciones", True),
    ("pt", "fui estuprada ha muitos anos", True),
    ("pt", "quando eu era adolescente meu tio abusou de mim", None),
    ("pt", "meu marido me obriga a fazer sexo", True),
    ("pl", "zgwalcono mnie wiele lat temu", True),
    ("pl", "jako nastolatka bylam wykorzystywana", None),
    ("pl", "maz zmusza mnie do seksu", True),
    ("ro", "am fost violata acum multi ani", True),
    ("ro", "cand eram adolescenta am fost abuzata", None),
    ("ro", "sotul ma forteaza sa fac sex", True),
    ("tr", "yillar once tecavuze ugradim", True),
    ("tr", "ergenken tacize ugradim", None),
    ("tr", "kocam beni zorla iliskiye zorluyor", True),
    ("ar", "اغتصبوني من سنين", True),
    ("ar", "لما كنت مراهقه تحرش فيني عمي", None),
    ("ar", "جوزي بيجبرني على العلاقه", True),
    ("ur", "saalon pehle mera rape hua tha", True),
    ("ur", "jab main teenager thi tab mere sath ziadti hui", None),
    ("ur", "mera shohar zabardasti sex karta hai", True),
    ("bn", "onek bochor age amake rape kora hoyechilo", True),
    ("bn", "jokhon ami teenager chilam tokhon amake dhorshon kora hoyechilo", None),
    ("bn", "amar shami amake jor kore sex kore", True),
    ("fa", "salha pish behem tajavoz shod", True),
    ("fa", "vaghti nojavan boodam behem tajavoz shod", None),
    ("fa", "shoharam majburam mikone sex konam", True),
    ("gu", "ghana varsho pehla maro balatkar thayo hato", True),
    ("gu", "hu teenager hati tyare maro balatkar thayo", None),
    ("gu", "maro pati mari sathe jabardasti sex kare che", True),
    ("ta", "romba varushathuku munnadi ennai rape pannaanga", True),
    ("ta", "naan teenager ah irukumbodhu ennai rape pannaanga", None),
    ("ta", "en purushan ennai kattaya paduthi sex pannuvaan", True),
    ("ti", "ቅድሚ ብዙሕ ዓመታት ደፊሩኒ", True),
    ("ti", "መንእሰይ ከለኹ ጾታዊ ዓመጽ ወሪዱኒ", None),
    ("ti", "ሰብኣየይ ብሓይሊ ጾታዊ ርክብ ይገብር", True),
    ("so", "sanado ka hor ayaa la i kufsaday", True),
    ("so", "markaan yaraa ayaa la i kufsaday", None),
    ("so", "ninkeyga xoog buu igu galmoodaa", True),
    ("ku", "berî gelek salan tecawiz li min kirin", True),
    ("ku", "dema ez ciwan bûm tecawiz li min kirin", None),
    ("ku", "mêrê min bi zorê seks dike", True),
]


def _ids(table):
    return [f"{row[0]}-{row[1][:40]}" for row in table]


@pytest.mark.parametrize("lang, text", SELF_HARM, ids=_ids(SELF_HARM))
def test_self_harm_is_read(lang, text):
    understood = understand(text)
    assert "self_harm" in understood.danger, (lang, understood.evidence)


@pytest.mark.parametrize("lang, text", NOT_SELF_HARM, ids=_ids(NOT_SELF_HARM))
def test_near_misses_are_not_self_harm(lang, text):
    understood = understand(text)
    assert "self_harm" not in understood.danger, (lang, understood.evidence)


@pytest.mark.parametrize("lang, text", CANNOT_SPEAK, ids=_ids(CANNOT_SPEAK))
def test_not_being_able_to_speak_is_read(lang, text):
    understood = understand(text)
    assert "cannot_speak" in understood.danger, (lang, understood.evidence)


@pytest.mark.parametrize("lang, text", DEAF, ids=_ids(DEAF))
def test_a_deaf_person_who_cannot_speak_gets_both(lang, text):
    understood = understand(text)
    assert "cannot_speak" in understood.danger, (lang, understood.evidence)
    assert "deaf" in understood.audiences, (lang, understood.evidence)


@pytest.mark.parametrize("lang, text", NOT_CANNOT_SPEAK, ids=_ids(NOT_CANNOT_SPEAK))
def test_a_language_barrier_or_not_confiding_is_not_cannot_speak(lang, text):
    understood = understand(text)
    assert "cannot_speak" not in understood.danger, (lang, understood.evidence)


@pytest.mark.parametrize("lang, text", RECENT, ids=_ids(RECENT))
def test_a_recent_sexual_assault_is_read(lang, text):
    understood = understand(text)
    assert SV in understood.abuse, (lang, understood.evidence)
    assert understood.recent_assault, (lang, understood.evidence)


@pytest.mark.parametrize("lang, text, sexual", NOT_RECENT, ids=_ids(NOT_RECENT))
def test_historic_or_ongoing_is_not_a_recent_assault(lang, text, sexual):
    understood = understand(text)
    assert not understood.recent_assault, (lang, understood.evidence)
    if sexual is not None:
        assert (SV in understood.abuse) == sexual, (lang, understood.evidence)


@pytest.mark.parametrize("text, danger", [("this is killing me slowly, the stress of it all", ()),
                                          ("the stress is killing me, he hits me every day", ()),
                                          ("hes killing me", ("immediate",)),
                                          ("he said he will kill me, this is killing me", ("immediate",))])
def test_killing_me_said_of_stress_is_no_danger(text, danger):
    assert understand(text).danger == danger


@pytest.mark.parametrize("text", ["ive been cutting again", "bir kutu parol ictim", "ar bachte chai na",
                                  "ma rabo inaan noolaado"])
def test_self_harm_gets_samaritans_first_and_999(text):
    decided = signpost(text)
    assert decided.emergency[0] == "call_999" and keys(decided)[0] == "samaritans"


@pytest.mark.parametrize("text", ["typing this quietly", "arayamam telefonumu kontrol ediyor",
                                  "chupke se likh rahi hoon wo sun raha hai"])
def test_cannot_speak_gets_the_silent_solution(text):
    # emergencySMS comes as emergency advice; as a listed service it is for Deaf people only
    # (its audience in the seed data, which the test directory now shares).
    decided = signpost(text)
    assert {"call_999", "silent_solution", "emergency_sms"} <= set(decided.emergency)
    assert "emergencysms-textphone" not in keys(decided)
    assert keys(signpost(text + ", im deaf"))[0] == "emergencysms-textphone"


@pytest.mark.parametrize("text", ["he forced me yesterday", "dun gece tecavuze ugradim",
                                  "dishab behem tajavoz shod"])
def test_a_recent_assault_gets_the_havens(text):
    assert keys(signpost(text))[0] == "the-havens"


def test_every_language_has_eight_readings_and_three_near_misses():
    read = Counter(row[0] for table in (SELF_HARM, CANNOT_SPEAK, DEAF, RECENT) for row in table)
    missed = Counter(row[0] for table in (NOT_SELF_HARM, NOT_CANNOT_SPEAK, NOT_RECENT) for row in table)
    assert set(read) == set(missed) == LANGS
    assert min(read.values()) >= 8 and min(missed.values()) >= 3, (read, missed)
    assert read["en"] > max(n for lang, n in read.items() if lang != "en")
