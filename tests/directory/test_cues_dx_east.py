"""Cue widening of 2026-12-07 (evening, helper-written from ideas, not the evaluation set), in Urdu (script
and Roman), Roman Hindi, Bengali (script and Banglish), Tamil (script and Tanglish), Gujarati (script and
romanised), Somali and Tigrinya, each idea beside look-alikes that must not be read so:
1. self-harm now: sitting with a blade, already cut, bleeding that will not stop; pills counted out for
   tonight 'so I am no burden' (an older woman too); not a finger cut cooking, nor pills taken as prescribed;
2. 'I can't speak', locked in the bathroom, in-laws shouting outside, one with a belt or a stick, the door
   shaking, a child with her (silence needed and danger now); not 'I can't speak English', nor 'I can't
   talk to my mother about this';
3. a woman with a bag of tools brought to the house, the girls to be 'cleaned' or 'made pure' tonight
   (cutting about to happen: danger now); not a henna artist or a hairdresser tonight, nor a boy's
   circumcision;
4. the man who brought her from Libya or from home coming tonight to take her to another city to work off
   her debt, her passport with him (exploitation tonight: danger now); not a cousin helping her move flat;
5. a girl of 15 groomed by a man of 24 with gifts and vapes, gone in his car after school, her phone off for
   two hours (danger beside a child's age); not a 15-year-old at a friend's party whose phone died;
6. a man who told his wife in anger he would kill her, did not hit her, she is safe now, scared of his own
   anger (the line for him, no danger now); not her husband's threat told by her (danger);
7. a threat said as a joke by a mother-in-law; not 'he says it's a joke, but he chokes me', nor 'it is no
   joke';
8. a gay man of 22 whose family found his chats with a boy, his passport and phone taken, locked in from
   outside, uncles coming tonight to 'treat' him (honour-based abuse, danger now); not a family who found
   out and accepted him."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # 1. Self-harm now: sitting with a blade, already cut, bleeding that will not stop; pills counted out
    # for tonight 'so I am no burden' (an older woman too). Not a finger cut cooking, nor pills taken as
    # prescribed.
    ("danger=self_harm", "میں بلیڈ لے کر بیٹھی ہوں، کلائی پر کٹ لگا لیے ہیں اور خون رک نہیں رہا"),
    ("danger=self_harm",
     "blade le ke bathroom mein bethi hun, haath pe cut kar liye hain, khoon band nahi ho raha"),
    ("danger=self_harm",
     "امی نے اپنی ساری نیند کی گولیاں گن کر رکھ لی ہیں، کہتی ہیں آج رات کھا لوں گی تاکہ تم پر بوجھ نہ بنوں"),
    ("danger=self_harm",
     "main 72 saal ki hun, neend ki saari goliyan gin ke rakh li hain, aaj raat kha lungi, bachon pe bojh "
     "nahi banna"),
    ("danger=none", "سبزی کاٹتے ہوئے انگلی کٹ گئی، پٹی کر لی ہے"),
    ("danger=none", "میں بلڈ پریشر کی گولیاں ڈاکٹر کے کہنے پر روز کھاتی ہوں"),
    ("danger=none", "khana banate hue ungli kat gayi, halka sa cut hai, patti kar li"),
    ("danger=none", "BP ki goliyan doctor ne jitni batayi utni hi leti hun"),
    ("danger=self_harm", "blade leke baithi hu, already cut kar liya hai, khoon ruk hi nahi raha"),
    ("danger=self_harm", "hath me blade hai aur baithi hu bathroom me, pls"),
    ("danger=self_harm",
     "maa ne saari neend ki goliyan gin ke rakh li hain, bol rahi hai aaj raat kha legi taki kisi pe bojh "
     "na bane"),
    ("danger=self_harm",
     "meri nani 78 saal ki hain, unhon ne saari BP aur neend ki goliyan gin ke rakh li hain, kehti hain "
     "aaj raat kha lungi, ab kisi pe bojh nahi banna"),
    ("danger=none", "sabzi kaatte waqt ungli kat gayi, band aid laga liya"),
    ("danger=none", "BP ki dawai doctor ke bataye hisaab se roz leti hu"),
    ("danger=self_harm", "আমি ব্লেড নিয়ে বসে আছি, হাত কেটে ফেলেছি, রক্ত থামছে না"),
    ("danger=self_harm", "ami blade niye bose achi, hat kete felechi, rokto thamche na"),
    ("danger=self_harm", "মা সব ঘুমের ওষুধ গুনে রেখেছে, বলছে আজ রাতে খেয়ে নেবে যাতে আমাদের বোঝা না হয়"),
    ("danger=self_harm",
     "amar boyosh 70, sob ghumer oshudh gune rekhechi, aaj rate kheye nebo, karo bojha hote chai na"),
    ("danger=none", "রান্না করতে গিয়ে আঙুল কেটে গেছে, ব্যান্ডেজ লাগিয়েছি"),
    ("danger=none", "ডাক্তারের কথামতো প্রতিদিন প্রেসারের ওষুধ খাই"),
    ("danger=none", "ranna korte giye angul kete geche, plaster lagiyechi"),
    ("danger=self_harm", "நான் பிளேடுடன் உட்கார்ந்திருக்கேன், கையை வெட்டிட்டேன், ரத்தம் நிக்கல"),
    ("danger=self_harm", "naan blade vechu utkaarnthirukken, kaiyila cut pannitten, ratham nikkala"),
    ("danger=self_harm",
     "அம்மா எல்லா தூக்க மாத்திரைகளையும் எண்ணி வெச்சிருக்காங்க, இன்னிக்கு ராத்திரி சாப்பிடுவேன், யாருக்கும் "
     "பாரமா இருக்க மாட்டேன்னு சொல்றாங்க"),
    ("danger=self_harm",
     "amma ella thookka maathiraiyum enni vechirukkanga, innaikku raathiri saapiduven, yaarukkum baarama "
     "irukka maatten nu solranga"),
    ("danger=self_harm",
     "எனக்கு 72 வயசு, எல்லா மாத்திரையும் எண்ணி வெச்சிருக்கேன், யாருக்கும் பாரமா இருக்க மாட்டேன்"),
    ("danger=none", "samaikkum podhu viral vettikichu, plaster pottachu"),
    ("danger=none", "டாக்டர் சொன்னபடி தினமும் BP மாத்திரை சாப்பிடறேன்"),
    ("danger=none", "amma thinamum BP maathirai saapiduvaanga, doctor sonna maadhiri"),
    ("danger=self_harm", "હું બ્લેડ લઈને બેઠી છું, હાથ પર કાપા માર્યા છે, લોહી બંધ નથી થતું"),
    ("danger=self_harm", "hu blade laine bethi chu, hath par kapa marya che, lohi bandh nathi thatu"),
    ("danger=self_harm",
     "મમ્મીએ બધી ઊંઘની ગોળીઓ ગણીને રાખી છે, કહે છે આજે રાત્રે ખાઈ લઈશ જેથી કોઈને બોજ ન બનું"),
    ("danger=self_harm",
     "mummy e badhi ungh ni goli gani ne rakhi che, aaje raate khai lais, koi ne bojh nathi banvu"),
    ("danger=self_harm", "hu 70 varas ni chu, badhi dava gani ne rakhi che, have koi ne bojh nathi banvu"),
    ("danger=none", "shaak samarta aangli kapai gai, patto lagavi didho"),
    ("danger=none", "doctor e kidhu em roj BP ni goli lau chu"),
    ("danger=self_harm", "shafrad ayaan la fadhiyaa, gacanta ayaan iska jaray, dhiiguna ma istaagayo"),
    ("danger=self_harm",
     "hooyaday waxay tirisay kiniinadeeda oo dhan, waxay leedahay caawa ayaan wada liqayaa si aanan culays "
     "idiinku noqon"),
    ("danger=self_harm",
     "waxaan ahay 72 jir, kiniinadayda oo dhan waan tiriyay, caawa ayaan wada liqayaa si aanan culays "
     "idiinku noqon"),
    ("danger=none", "cunto karinta ayaan farta ka jaray, waan duubay"),
    ("danger=none", "kiniinada dhiig karka waxaan u qaataa sida dhakhtarku ii sheegay"),
    ("danger=self_harm", "ምላጭ ሒዘ ኮፍ ኢለ ኣለኹ፡ ኢደይ ቆሪጸ፡ ደም ኣይደው ኢሉን"),
    ("danger=self_harm", "ኣደይ ኩሉ ከኒናታ ቆጺራ ኣቐሚጣቶ፡ ሎሚ ለይቲ ክውሕጦ እየ፡ ጾር ከይኮነኩም ትብል"),
    ("danger=self_harm", "ኣነ ሰብኣይ ዓቢ እየ፡ ኩሉ ከኒናታተይ ቆጺረ ኣቐሚጠዮ፡ ጾር ኮይነ ኣለኹ"),
    ("danger=none", "ምግቢ ክሰርሕ ከለኹ ኣጻብዕተይ ቆሪጸ"),
    ("danger=none", "ከኒና ጸቕጢ ደም ከምቲ ሓኪም ዝበለኒ እወስድ"),
    ("danger=none", "ኣደይ ኩሉ መዓልቲ ከኒና ሽኮር ትወስድ"),
    # 2. Cannot speak and in danger now: locked in the bathroom, in-laws shouting outside, one with a belt
    # or a stick, the door shaking, a child with her. Not 'I can't speak English', nor 'I can't talk to my
    # mother about this'.
    ("danger=cannot_speak,danger=immediate",
     "بات نہیں کر سکتی، باتھ روم میں بند ہوں، ساس اور دیور باہر چیخ رہے ہیں، دیور کے ہاتھ میں بیلٹ ہے، "
     "دروازہ ہل رہا ہے، بیٹی میرے ساتھ ہے"),
    ("danger=cannot_speak,danger=immediate",
     "bol nahi sakti, washroom mein band hun, saas aur jeth bahar chilla rahe hain, jeth ke hath mein "
     "danda hai, darwaza hil raha hai, bacchi mere sath hai"),
    ("danger=none", "mujhe English nahi aati, English mein baat nahi kar sakti, Urdu mein madad milegi"),
    ("danger=none", "main ammi se is bare mein baat nahi kar sakti"),
    ("danger=cannot_speak,danger=immediate",
     "bol nahi sakti, bathroom me band hu, saas aur devar bahar chilla rahe hai, devar ke haath me belt "
     "hai, darwaza hil raha hai, meri beti mere saath hai"),
    ("danger=cannot_speak,danger=immediate",
     "baat nahi kar sakti, pati bahar se darwaza hila raha hai, haath me lathi hai, bachha mere saath "
     "bathroom me hai"),
    ("danger=cannot_speak,danger=immediate",
     "boli nahi sakti, dewar ke haath me belt hai, wo darwaza peet raha hai, bachi mere sath hai"),
    ("danger=none", "mujhe English bolna nahi aata, hindi me baat kar sakte hai"),
    ("danger=none", "main apni mummy se ye baat nahi kar sakti"),
    ("danger=none", "mujhe apni saas ke saamne apne pati se baat karne mein sharam aati hai"),
    ("danger=cannot_speak,danger=immediate",
     "কথা বলতে পারছি না, বাথরুমে দরজা বন্ধ করে আছি, শাশুড়ি আর ভাসুর বাইরে চিৎকার করছে, ভাসুরের হাতে "
     "বেল্ট, দরজা কাঁপছে, মেয়ে আমার সাথে"),
    ("danger=cannot_speak,danger=immediate",
     "kotha bolte parchi na, bathroom e lukiye achi, shashuri ar debor baire chillacche, deborer hate "
     "lathi, dorja kaapche, bacha amar sathe"),
    ("danger=none", "আমি ইংরেজি বলতে পারি না"),
    ("danger=none", "ammur sathe ei bishoy e kotha bolte pari na"),
    ("danger=cannot_speak,danger=immediate",
     "பேச முடியாது, பாத்ரூம்ல பூட்டிக்கிட்டு இருக்கேன், மாமியாரும் கொழுந்தனும் வெளியே கத்துறாங்க, அவன் "
     "கையில பெல்ட், கதவு ஆடுது, என் பொண்ணு என் கூட இருக்கா"),
    ("danger=cannot_speak,danger=immediate",
     "pesa mudiyaathu, bathroom la poottikittu irukken, maamiyaarum kozhunthanum veliya kaththuraanga, "
     "avan kaiyila belt, kadhavu aaduthu, en ponnu en kooda irukka"),
    ("danger=none", "enakku English pesa theriyaathu, tamil la pesalaama"),
    ("danger=none", "en amma kitta idha pathi pesa mudiyaathu"),
    ("danger=cannot_speak,danger=immediate",
     "બોલી નથી શકતી, બાથરૂમમાં બંધ છું, સાસુ અને જેઠ બહાર બૂમો પાડે છે, જેઠના હાથમાં પટ્ટો છે, દરવાજો હલે "
     "છે, દીકરી મારી સાથે છે"),
    ("danger=cannot_speak,danger=immediate",
     "boli nathi shakti, bathroom ma bandh chu, sasu ane jeth bahar bumo pade che, jeth na hath ma dando "
     "che, darvajo hale che, dikri mari sathe che"),
    ("danger=none", "mane English bolta nathi aavadtu"),
    ("danger=none", "hu mari mummy sathe aa vishe vaat nathi kari shakti"),
    ("danger=cannot_speak,danger=immediate",
     "ma hadli karo, musqusha ayaan isku xiray, soddohday iyo walaalkii ninkayga ayaa dibadda ka "
     "qaylinaya, mid suun buu haystaa, albaabka waa la garaacayaa, gabadhayda ayaa ila jirta"),
    ("danger=cannot_speak,danger=immediate",
     "waan hadli kari maayaa, musqusha ayaan ku jiraa, albaabka waa la ruxayaa, ninkeyga ayaa suun haysta"),
    ("danger=none", "ingiriis kuma hadli karo, af soomaali ma jiraa"),
    ("danger=none", "hooyaday kama hadli karo arrintan"),
    ("danger=none", "dhakhtarka kuma hadli karo ingiriis"),
    ("danger=cannot_speak,danger=immediate",
     "ክዛረብ ኣይክእልን፡ ኣብ ሽቓቕ ዓጽየ ኣለኹ፡ ሓማተይን ሓው ሰብኣየይን ኣብ ደገ ይጭርሑ ኣለው፡ ሓደ ቀበቶ ሒዙ፡ ማዕጾ ይንቕናቕ፡ ጓለይ ምሳይ ኣላ"),
    ("danger=cannot_speak,danger=immediate", "ክዛረብ ኣይክእልን፡ ሰብኣየይ በትሪ ሒዙ ኣብ ደገ ኣሎ፡ ማዕጾ ይሃርሞ ኣሎ"),
    ("danger=none", "እንግሊዝኛ ክዛረብ ኣይክእልን"),
    ("danger=none", "ምስ ኣደይ ብዛዕባ እዚ ክዛረብ ኣይክእልን"),
    ("danger=none", "ብትግርኛ ክዛረብ እኽእል፡ እንግሊዝኛ ግን ኣይክእልን"),
    # 3. Cutting about to happen: a woman with a bag of tools brought to the house, the girls to be
    # 'cleaned' or 'made pure' tonight. Not a henna artist or a hairdresser coming tonight, nor a boy's
    # circumcision.
    ("abuse=fgm,danger=immediate",
     "ayeeyo waxay gurigii keentay haweeney boorso qalab ah sidata, gabdhaha caawa waa la nadiifinayaa"),
    ("abuse=fgm,danger=immediate",
     "soddohday ayaa keentay naag mindi iyo qalab wadata, caawa ayaa gabdhaha la gudayaa"),
    ("abuse=fgm,danger=immediate", "habaryartay waxay keentay gudaysa, caawa ayay gabdhaha nadiifinaysaa"),
    ("noabuse=fgm,danger=none", "caawa haweeney xinna mariso ayaa gurigeena imanaysa gabdhaha"),
    ("noabuse=fgm,danger=none", "caawa gabdhaha timaha ayaa loo samaynayaa, timo-sameeyaha ayaa imanaysa"),
    ("noabuse=fgm,danger=none", "wiilkeyga caawa ayaa la gudayaa, dhakhtar ayaa imanaya"),
    ("noabuse=fgm,danger=none", "gabdhaha ayaa caawa guriga nadiifinaya, martiyo ayaa imanaysa"),
    ("abuse=fgm,danger=immediate",
     "saas ek aurat ko ghar le aayi hai jiske paas auzaron ka thaila hai, keh rahi hai aaj raat larkiyon "
     "ka khatna hoga"),
    ("abuse=fgm,danger=immediate",
     "دادی ایک عورت کو گھر لائی ہیں جس کے پاس اوزاروں کا تھیلا ہے، کہتی ہیں آج رات بچیوں کو پاک کیا جائے "
     "گا"),
    ("noabuse=fgm,danger=none", "aaj raat mehndi wali aa rahi hai larkiyon ke liye"),
    ("noabuse=fgm,danger=none", "aaj raat bete ka khatna hai, sab rishtedar aa rahe hain"),
    ("abuse=fgm,danger=immediate",
     "dadi keh rahi hai aaj raat ladkiyon ka khatna karwayenge, ek aurat aayi hai auzaar leke"),
    ("noabuse=fgm,danger=none", "aaj raat mere bete ka khatna hai, mehmaan aa rahe hain"),
    ("abuse=fgm,danger=immediate",
     "દાદી એક બાઈને ઘરે લઈ આવી છે, એની પાસે ઓજારોની થેલી છે, આજે રાત્રે છોકરીઓની ખતના થશે"),
    ("abuse=fgm,danger=immediate",
     "dadi ek bai ne ghare lai aavi che, ena pase ojar ni theli che, aaje raate chhokrio nu khatna thase"),
    ("noabuse=fgm,danger=none", "aaje raate mehndi vali aavse chhokrio mate"),
    ("noabuse=fgm,danger=none", "aaje dikra nu khatna che, badha sagaa aavse"),
    ("abuse=fgm,danger=immediate", "ሓማተይ ሓንቲ መግዘሪት ሰበይቲ ምስ መሳርሒታ ናብ ገዛ ኣምጺኣታ፡ ሎሚ ለይቲ ደቀንስትዮ ክግዝራ እየን"),
    ("abuse=fgm,danger=immediate", "ሎሚ ለይቲ ዓባየይ ንጓለይ ክትግዘር ኣለዋ ትብል፡ መግዘሪት ሰበይቲ መጺኣ ኣላ"),
    ("noabuse=fgm,danger=none", "ሎሚ ለይቲ ሕና እትገብር ሰበይቲ ናብ ገዛ ትመጽእ"),
    ("noabuse=fgm,danger=none", "ወደይ ሎሚ ክግዘር እዩ"),
    ("noabuse=fgm,danger=none", "ጽባሕ ወድና ኣብ ሆስፒታል ክግዘር እዩ"),
    # 4. Trafficking about to happen: the man who brought her comes tonight to take her to another city to
    # work off her debt, and he has her passport. Not a cousin coming tonight to help her move flat.
    ("abuse=trafficking_exploitation,danger=immediate",
     "ካብ ሊብያ ዘምጽኣኒ ሰብኣይ ሎሚ ለይቲ ናብ ካልእ ከተማ ክወስደኒ እዩ፡ ዕዳኻ ክትሰርሒ ኣለኪ ይብለኒ፡ ፓስፖርተይ ኣብኡ እዩ"),
    ("abuse=trafficking_exploitation,danger=immediate",
     "እቲ ካብ ሃገር ዘምጽኣኒ ሎሚ ምሸት ክመጽእ እዩ፡ ዕዳ ንምኽፋል ናብ ካልእ ከተማ ወሲዱ ከሰርሓኒ"),
    ("noabuse=trafficking_exploitation,danger=none", "ወዲ ሓትነይ ሎሚ ምሸት ገዛ ክቕይር ክሕግዘኒ ይመጽእ"),
    ("noabuse=trafficking_exploitation,danger=none", "ሎሚ ምሸት ሓወቦይ ናብ ሓድሽ ገዛ ክግዕዝ ክሕግዘና እዩ"),
    ("abuse=trafficking_exploitation,danger=immediate",
     "ninkii Liibiya iga keenay caawa ayuu iman doonaa si uu ii geeyo magaalo kale si aan deyntiisa uga "
     "shaqeeyo, baasaboorkayga isagaa haysta"),
    ("abuse=trafficking_exploitation,danger=immediate",
     "kan i keenay wuxuu leeyahay caawa magaalo kale ayaan ku geynayaa, deynta waa inaad ka shaqeysaa, "
     "baasaboorkayga isagaa haysta"),
    ("noabuse=trafficking_exploitation,danger=none",
     "ina adeerkay caawa ayuu iman doonaa si uu iiga caawiyo guuritaanka"),
    ("noabuse=trafficking_exploitation,danger=none",
     "walaalkay caawa ayuu iman doonaa inuu iga caawiyo alaabta guriga cusub"),
    ("abuse=trafficking_exploitation,danger=immediate",
     "jo aadmi mujhe Pakistan se laya tha wo aaj raat aa raha hai mujhe doosre shehar le jane, kehta hai "
     "qarza utarne ke liye kaam karna padega, mera passport uske paas hai"),
    ("abuse=trafficking_exploitation,danger=immediate",
     "جو آدمی مجھے یہاں لایا تھا وہ آج رات مجھے دوسرے شہر لے جائے گا، کہتا ہے قرض اتارنے کے لیے کام کرنا "
     "ہوگا، میرا پاسپورٹ اس کے پاس ہے"),
    ("noabuse=trafficking_exploitation,danger=none",
     "mera cousin aaj raat aa raha hai naye flat mein shift karne mein madad karne"),
    ("noabuse=trafficking_exploitation,danger=none",
     "آج رات میرا کزن آئے گا، نئے گھر میں سامان لے جانے میں مدد کرے گا"),
    ("abuse=trafficking_exploitation,danger=immediate",
     "যে লোকটা আমাকে দেশ থেকে এনেছে সে আজ রাতে আমাকে অন্য শহরে নিয়ে যাবে, বলছে ঋণ শোধ করতে কাজ করতে হবে, "
     "আমার পাসপোর্ট ওর কাছে"),
    ("abuse=trafficking_exploitation,danger=immediate",
     "je lok ta amake desh theke enechilo se aaj rate amake onno shohore niye jabe, bole dhar shodh korte "
     "kaj korte hobe, amar passport or kache"),
    ("abuse=trafficking_exploitation,danger=immediate",
     "আজ রাতে দালাল আমাকে অন্য শহরে নিয়ে যাবে কাজ করে ঋণ শোধ করতে, পাসপোর্ট ওর কাছে"),
    ("noabuse=trafficking_exploitation,danger=none",
     "amar cousin aaj rate ashbe notun basay shift korte help korte"),
    ("noabuse=trafficking_exploitation,danger=none",
     "আমার কাজিন আজ রাতে আসবে, নতুন বাসায় উঠতে সাহায্য করবে"),
    # 5. A girl of 15 groomed by a man of 24 with gifts and vapes, gone in his car after school to a party
    # in another city, her phone off for two hours. Not a 15-year-old at a school friend's party whose
    # phone died.
    ("abuse=sexual_exploitation,aud=young_person,danger=immediate",
     "meri beti 15 saal ki hai, ek 24 saal ka ladka use gifts aur vape deta hai, aaj school ke baad uski "
     "car me baith gayi, apne doston ke saath dusre shehar party me le gaya, 2 ghante se phone off hai"),
    ("abuse=sexual_exploitation,aud=young_person,danger=immediate",
     "meri 15 saal ki behen ko ek 24 saal ka aadmi gifts deta tha, aaj school ke baad uski gaadi me chali "
     "gayi, 2 ghante se phone band hai"),
    ("abuse=sexual_exploitation,aud=young_person,danger=immediate",
     "meri 15 saal ki beti ko ek 24 saal ka ladka vape aur gifts deta hai, aaj school ke baad us ladke ki "
     "car me baith gayi, 2 ghante se phone band hai"),
    ("abuse=sexual_exploitation,aud=young_person",
     "meri behen 16 saal ki hai aur ek 25 saal ka aadmi use paise aur vape deta hai"),
    ("danger=none",
     "meri 15 saal ki beti school ki saheli ki party me gayi hai, uske phone ki battery khatam ho gayi"),
    ("danger=none",
     "beti 15 ki hai, dost ki birthday party me gayi hai aur phone switch off hai kyunki charge nahi tha"),
    ("danger=none",
     "meri beti 15 saal ki hai, school trip pe gayi hai teachers ke saath, phone ki battery khatam ho gayi"),
    ("abuse=sexual_exploitation,aud=young_person,danger=immediate",
     "meri beti 15 saal ki hai, 24 saal ka ek banda usay tohfe aur vape deta hai, aaj school ke baad uski "
     "gari mein baith gayi, dusre shehar party pe gaye hain uske doston ke sath, do ghante se phone band "
     "hai"),
    ("abuse=sexual_exploitation,aud=young_person,danger=immediate",
     "میری بیٹی 15 سال کی ہے، ایک 24 سال کا آدمی اسے تحفے اور ویپ دیتا ہے، آج اسکول کے بعد اس کی گاڑی میں "
     "بیٹھ گئی، دو گھنٹے سے فون بند ہے"),
    ("abuse=sexual_exploitation,aud=young_person,danger=immediate",
     "میری 15 سال کی بیٹی ایک 24 سال کے آدمی کی گاڑی میں بیٹھ کر گئی، وہ اسے تحفے دیتا ہے، دو گھنٹے سے فون "
     "بند ہے"),
    ("danger=none",
     "meri 15 saal ki beti apni school ki saheli ki party mein gayi hai, phone ki battery khatam ho gayi "
     "thi, saheli ki ammi ne bata diya"),
    ("abuse=sexual_exploitation,aud=young_person,danger=immediate",
     "আমার মেয়ের বয়স ১৫, একটা ২৪ বছরের লোক ওকে গিফট আর ভেপ দেয়, আজ স্কুলের পর ওর গাড়িতে উঠে গেছে, অন্য "
     "শহরে পার্টিতে গেছে, দুই ঘণ্টা ধরে ফোন বন্ধ"),
    ("abuse=sexual_exploitation,aud=young_person,danger=immediate",
     "amar meye 15, ekta 24 bochorer chele oke gift ar vape dey, aaj school er pore or gari te uthe geche, "
     "2 ghonta dhore phone off"),
    ("abuse=sexual_exploitation,aud=young_person,danger=immediate",
     "amar 15 bochorer meye ke ekta 24 bochorer lok gift dey, aj school er pore oi loker gari te uthe "
     "geche, 2 ghonta dhore phone bondho"),
    ("danger=none", "amar 15 bochorer meye school er bandhobir party te geche, or phone er charge sesh"),
    ("danger=none", "amar meye 15 bochorer, bandhobir bari te birthday party te geche, phone e charge nei"),
    ("abuse=sexual_exploitation,aud=young_person,danger=immediate",
     "મારી દીકરી 15 વર્ષની છે, એક 24 વર્ષનો માણસ એને ગિફ્ટ અને વેપ આપે છે, આજે સ્કૂલ પછી એની ગાડીમાં બેસી "
     "ગઈ, બે કલાકથી ફોન બંધ છે"),
    ("abuse=sexual_exploitation,aud=young_person,danger=immediate",
     "mari dikri 15 varas ni che, ek 24 varas no manas ene gift ane vape aape che, aaje school pachi eni "
     "gaadi ma besi gai, be kalak thi phone bandh che"),
    ("danger=none",
     "mari 15 varas ni dikri school ni bahenpani ni party ma gai che, eno phone ni battery puri thai gai"),
    ("danger=none",
     "mari dikri 15 varas ni che, bahenpani na ghare party ma gai che, eni mummy e phone karyo"),
    # 6. A man who told his wife in anger last night that he would kill her, did not hit her, she is safe
    # now, and he is scared of his own anger: the line for him, no danger now. Her husband's threat told
    # by her stays danger.
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "nethu raathiri kovathula en manaivi kitta unna kolluven nu sonnen. adikkala, ava ippo safe ah "
     "irukka. en kovatha ninaichu enakke bayama irukku, ennai maathiri aangalukku ethavathu udhavi irukka"),
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "நேற்று ராத்திரி கோபத்துல என் மனைவிகிட்ட உன்னை கொல்லுவேன்னு சொன்னேன். அடிக்கல, அவ இப்போ பாதுகாப்பா "
     "இருக்கா. என் கோபத்தை நினைச்சு எனக்கே பயமா இருக்கு, என்னை மாதிரி ஆண்களுக்கு உதவி இருக்கா"),
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "en manaivi kitta kovathula unna kolluven nu sonnen, adikkala, ippo aabathu illa, aana en kovam "
     "enakke bayama irukku"),
    ("danger=immediate", "nethu raathiri en purushan ennai kolluven nu sonnaaru"),
    ("danger=immediate", "என் கணவர் என்னை கொன்னுடுவேன்னு சொல்றாரு"),
    ("danger=immediate", "என் கணவர் நேத்து ராத்திரி உன்னை கொன்னுடுவேன்னு சொன்னாரு, நான் பயந்துட்டேன்"),
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "kal raat ghusse mein biwi ko bola main tujhe maar dunga, haath nahi uthaya, wo ab theek hai, mujhe "
     "apne ghusse se dar lagta hai, mere jaise mardon ke liye koi madad hai"),
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "کل رات غصے میں بیوی کو کہا کہ جان سے مار دوں گا، ہاتھ نہیں اٹھایا، وہ اب محفوظ ہے، مجھے اپنے غصے سے "
     "ڈر لگتا ہے، مجھ جیسے مردوں کے لیے کوئی مدد ہے"),
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "main ne kal raat ghusse mein apni biwi ko kaha main tujhe jaan se maar dunga, wo ab mehfooz hai, "
     "mujhe apne ghusse se darr lagta hai"),
    ("danger=immediate", "kal raat mere shohar ne kaha main tujhe maar dunga"),
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "কাল রাতে রাগের মাথায় বউকে বলেছি তোকে মেরে ফেলব, মারিনি, ও এখন নিরাপদ, নিজের রাগ নিয়ে ভয় পাচ্ছি, "
     "আমার মতো পুরুষদের জন্য কোনো সাহায্য আছে"),
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "kal rate rager mathay bou ke bolechi toke mere felbo, gaye hat tulini, o ekhon safe, nijer rag niye "
     "bhoy pai, amar moto purush der jonno kono help ache"),
    ("danger=immediate", "কাল রাতে আমার স্বামী বলেছে আমাকে মেরে ফেলবে"),
    ("danger=immediate", "amar swami kal rate bolse toke mere felbo, ami khub bhoy pacchi"),
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "kale raate gussa ma patni ne kidhu ke tane mari nakhish, hath nathi upadyo, e have surakshit che, "
     "mane maara gussa thi dar lage che, mara jeva purusho mate koi madad che"),
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "kal raat gussa ma mari patni ne kidhu ke tane mari nakhish, e have thik che, mane maara gussa thi "
     "bik lage che"),
    ("danger=immediate", "kale raate mara pati e kidhu ke tane mari nakhish"),
    ("danger=immediate", "mara pati roj kahe che ke tane mari nakhish"),
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "kal raat gusse me wife ko bola ki tujhe maar dalunga, haath nahi uthaya, wo ab safe hai, mujhe apne "
     "gusse se darr lagta hai, mere jaise mardon ke liye koi help hai"),
    ("role=perpetrator,danger=none,svc=respect-phoneline",
     "kal gusse me wife ko bol diya ki tujhe maar dalunga, wo ab theek hai, par mujhe apne gusse se dar "
     "lagta hai"),
    ("danger=immediate", "kal raat mere pati ne bola tujhe maar dalunga"),
    ("danger=immediate", "mere pati bolte hain tujhe maar dalunga, kal raat bhi bola"),
    # 7. A threat said as a joke ('my mother-in-law says she'll kill me if the curry is salty, that's a
    # joke'). Not 'he says it's a joke, but he chokes me', nor 'it is no joke'.
    ("danger=none",
     "meri saas kehti hai agar salan mein namak zyada hua to jaan se maar dungi, mazak tha, hum sab hans "
     "rahe the"),
    ("danger=none", "ساس کہتی ہیں سالن میں نمک زیادہ ہوا تو مار ڈالوں گی، یہ مذاق تھا"),
    ("danger=immediate", "wo kehta hai mazak hai lekin wo mera gala dabata hai"),
    ("danger=immediate", "wo kehta hai mazak tha, lekin raat ko gala daba deta hai"),
    ("danger=immediate", "wo mazak mein mera gala dabata hai, phir hansta hai"),
    ("danger=none",
     "meri saas bolti hai agar sabzi me namak zyada hua to tujhe maar dalungi, majak tha yaar"),
    ("danger=none",
     "bhabhi bolti hai ki chai thandi hui to tujhe maar dalungi, sirf majak hai, hum hans rahe the"),
    ("danger=immediate", "wo bolta hai majak hai par mera gala daba deta hai"),
    ("danger=none", "শাশুড়ি বলে তরকারিতে নুন বেশি হলে মেরে ফেলবে, ওটা মজা করে বলা"),
    ("danger=none", "shashuri bole torkari te nun beshi hole mere felbe, ota moja kore bola"),
    ("danger=immediate", "ও বলে মজা করছি কিন্তু আমার গলা টিপে ধরে"),
    ("danger=immediate", "ওটা মজা না, ও সত্যিই বলে তোকে মেরে ফেলবো, আর গলা টিপে ধরে"),
    ("danger=none",
     "en maamiyaar kuzhambula uppu jaasthiyaana unna konnuduven nu solluvaanga, adhu vilaiyaattukku"),
    ("danger=none", "குழம்புல உப்பு அதிகமானா கொன்னுடுவேன்னு மாமியார் சொல்லுவாங்க, அது விளையாட்டுக்கு"),
    ("danger=immediate", "avan vilaiyaattu nu solraan aana en kazhutha nerikkiraan"),
    ("danger=immediate", "அவன் விளையாட்டுன்னு சொல்றான், ஆனா என் கழுத்தை நெரிக்கிறான்"),
    ("danger=none", "mara sasu kahe che ke shaak ma mithu vadhare thayu to mari nakhish, e to majak che"),
    ("danger=none", "સાસુ કહે છે શાકમાં મીઠું વધારે થયું તો મારી નાખીશ, એ તો મજાક છે"),
    ("danger=none", "sasu majak ma kahe che ke tane mari nakhish, e to majak che, ame badha hasiye chie"),
    ("danger=immediate", "e kahe che majak che pan maru gadu dabave che"),
    ("danger=none",
     "soddohdayda waxay tiraahdaa haddii maraqa cusbo badan la saaro waan ku dili doonaa, waa kaftan"),
    ("danger=immediate", "wuxuu leeyahay waa kaftan laakiin qoorta ayuu iga ceejiyaa"),
    ("danger=immediate", "soddohdayda waxay tiraahdaa waan ku dili doonaa, kaftan ma ahan"),
    ("danger=immediate", "kaftan ayuu u qaataa laakiin wuu i ceejiyaa"),
    ("danger=none", "ሓማተይ ጸብሒ ጨው እንተበዚሑ ክቐትለኪ እየ ትብለኒ፡ ዋዛ እዩ"),
    ("danger=none", "ሓማተይ ብዋዛ ክቐትለኪ እየ ትብለኒ፡ ዋዛ ነይሩ"),
    ("danger=immediate", "ዋዛ እዩ ይብል ግን ክሳደይ የሕንቀኒ"),
    # 8. A gay man of 22 whose family found his chats with a boy: passport and phone taken, locked in from
    # outside, uncles coming tonight, 'today he will be treated'. Not a family who found out and accepted
    # him.
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "main 22 saal ka gay larka hun, ghar walon ne mere boyfriend ke sath meri chats parh li, abbu ne "
     "passport aur phone le liya, kamra bahar se band hai, chacha aur cousins aaj raat gari se aa rahe "
     "hain, keh rahe hain aaj iska ilaaj hoga"),
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "میں بائیس سال کا ہوں اور ایک لڑکے سے پیار کرتا ہوں، گھر والوں نے ہماری چیٹ پڑھ لی، ابو نے پاسپورٹ "
     "اور فون لے لیا، کمرہ باہر سے بند ہے، چچا آج رات آ رہے ہیں، کہتے ہیں آج اس کا علاج ہوگا"),
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "main ek larke se pyar karta hun, abbu ko pata chal gaya, mera kamra bahar se band kar diya, mamu aaj "
     "raat aa rahe hain, kehte hain aaj iska ilaaj hoga"),
    ("danger=none,noabuse=honour_based_abuse",
     "ghar walon ko pata chal gaya ke main gay hun, abbu ne gale laga liya, sab ne accept kar liya"),
    ("noabuse=honour_based_abuse", "aaj doctor ne kaha iska ilaaj ho sakta hai, abbu ki report theek hai"),
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "main 22 saal ka hu aur gay hu, ghar walo ne ek ladke ke saath meri chats padh li, papa ne passport "
     "aur phone le liya, kamra bahar se lock hai, chacha aur cousins aaj raat aa rahe hai, bol rahe hai "
     "aaj iska ilaaj hoga"),
    ("danger=none,noabuse=honour_based_abuse",
     "ghar walo ko pata chal gaya ki main gay hu, unhone mujhe accept kar liya"),
    ("danger=none,noabuse=honour_based_abuse",
     "main 22 saal ka gay ladka hu, papa ko pata chala, unhone kaha tu jaisa hai theek hai"),
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "আমি ২২ বছরের সমকামী ছেলে, বাড়ির লোক একটা ছেলের সাথে আমার চ্যাট দেখে ফেলেছে, বাবা পাসপোর্ট আর ফোন "
     "নিয়ে নিয়েছে, ঘর বাইরে থেকে তালা দেওয়া, চাচারা আর কাজিনরা আজ রাতে আসছে, বলছে আজ ওর চিকিৎসা হবে"),
    ("abuse=honour_based_abuse,aud=lgbt,aud=man,danger=immediate",
     "ami 22 bochorer chele, ami gay, family ekta cheler sathe amar chat dekhe feleche, abba passport ar "
     "phone niye niyeche, amar ghor baire theke tala, chacha ra aj rate ashche, bolche aj or ilaj hobe"),
    ("danger=none,noabuse=honour_based_abuse", "family jene geche ami gay, kintu ora amake accept koreche"),
    ("danger=none,noabuse=honour_based_abuse", "আমি সমকামী, বাবা মা জেনে গেছে, ওরা আমাকে মেনে নিয়েছে"),
]

CONVERSATIONS = [
    # The woman with her tools first, then tonight's 'cleaning' of the girls (Somali).
    ("abuse=fgm,danger=immediate", [
        "ayeeyo waxay gurigii keentay haweeney boorso qalab ah sidata",
        "gabdhaha caawa waa la nadiifinayaa, maxaan sameeyaa",
    ]),
    # His hold first (her passport), then tonight's move to work off the debt (Tigrinya).
    ("abuse=trafficking_exploitation,danger=immediate", [
        "ካብ ሊብያ ዘምጽኣኒ ሰብኣይ ፓስፖርተይ ሒዙዎ ኣሎ",
        "ሎሚ ለይቲ ናብ ካልእ ከተማ ክወስደኒ እዩ ዕዳኻ ክትሰርሒ ኣለኪ ይብለኒ",
    ]),
    # 'I can't speak', then where she is and what is happening (Roman Urdu).
    ("danger=cannot_speak,danger=immediate", [
        "bol nahi sakti",
        "washroom mein band hun, jeth ke hath mein danda hai, darwaza hil raha hai",
    ]),
    # The threat first, then 'it was a joke' (Roman Urdu).
    ("danger=none", [
        "meri saas kehti hai salan mein namak zyada hua to jaan se maar dungi",
        "mazak tha, hum sab hans rahe the",
    ]),
    # Her age first, then the man, his car and her phone off (Hinglish).
    ("abuse=sexual_exploitation,danger=immediate", [
        "meri beti 15 saal ki hai",
        "ek 24 saal ka ladka use vape deta hai, aaj school ke baad uski car me baith gayi, 2 ghante se "
        "phone off hai",
    ]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
