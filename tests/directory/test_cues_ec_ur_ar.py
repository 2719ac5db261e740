"""Readings from the cue round of 2026-12-08 (helper-written from ideas, not the evaluation set) in
Urdu (script and Roman Urdu) and Arabic (script and Arabizi), each idea in other words than the
development cases' and beside look-alikes: the men's car waiting outside now while a parent cannot
stop the child going to them (danger), not the family's own car, tears held back or a car that
stood there yesterday; older men or boys who take a girl about in their cars or come in cars to
fetch her (exploitation), not an elder brother on the school run; a child's age said of her ('woh
14 ki hai'), a parent asking 'about my daughter' with 'apni', not another's daughter; a passport
taken is no sign of being abroad by itself. In Arabic: a rape told without the word ('he did what
he did' after her mouth covered, in her room, or before 'I couldn't scream'), not 'the manager did
what he wanted with my wages'; an employer who threatens to say the worker stole, to have her
deported or arrested, or does not let her out (exploitation), not a husband's or a family's
threat; knocking at her door 'every night' is a habit, not danger now; a parent who cannot stop
her daughter going out to the car waiting outside now (danger)."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # === Urdu: their car outside now, and the parent cannot stop the child going (danger) ==========
    ("danger=immediate",
     "un larkon ki gaadi phir neeche khari hai, bachi jaane ki zid kar rahi hai, main usay rok nahi sakti"),
    ("danger=immediate",
     "وہ کالی گاڑی پھر گلی میں کھڑی ہے اور بیٹی باہر جانے کو تیار ہے، میں اسے روک نہیں پا رہی"),
    ("danger=immediate",
     "car abhi ghar ke saamne khari hai, wo jaane lagi hai aur main usay jaane se rok nahi pa rahi"),
    ("danger=none", "meri gaari bahar khari hai, beti school jaane ke liye tayyar ho rahi hai"),
    ("danger=none", "gaari bahar khari hai, main apne aansu rok nahi pa rahi, beti university ja rahi hai"),
    ("danger=none", "woh gaari kal raat ghar ke bahar khari thi, subah chali gayi"),
    ("danger=none", "beti bahut zid karti hai, main usay rok nahi sakti, kya karun"),
    # === Urdu: older men or boys who take her about in cars, or come in cars to fetch her =========
    ("abuse=sexual_exploitation",
     "meri bhanji 13 saal ki hai, kuch bade bande usay car mein ghumane le jate hain"),
    ("abuse=sexual_exploitation",
     "سکول کی چھٹی کے بعد گاڑی میں کچھ بڑے لڑکے اسے لینے آتے ہیں، وہ 14 سال کی ہے"),
    ("noabuse=sexual_exploitation",
     "bare bhai usay gaadi mein school le jate hain aur wapas bhi le aate hain"),
    # === Urdu: a child's age said of her; a parent asking about 'apni beti' ========================
    ("aud=young_person", "uski umar 15 saal hai aur woh raat der tak phone pe kisi se baat karti hai"),
    ("aud=young_person", "wo 13 ki hai, kisi ko kuch nahi batati"),
    ("noaud=young_person", "woh 14 din se kaam pe nahi gaya, pareshan hun"),
    ("noaud=young_person", "dukaan wale ne kaha woh 15 ka hai, bohat mehnga hai"),
    ("role=parent", "mujhe apne bete ke baare mein mashwara chahiye, woh school mein bohat chup rehta hai"),
    ("role=parent", "beti kehti hai sab theek hai lekin uske phone pe ajeeb messages aate hain"),
    ("norole=parent", "meri saas ki beti kehti hai main buri bahu hun"),
    # === Arabic: a rape told without the word ======================================================
    ("abuse=sexual_violence,recent=1", "امبارح بالليل دخل على اوضتي وسوى اللي بدو ياه وانا ما قدرت اصرخ"),
    ("abuse=sexual_violence,recent=1,svc=the-havens",
     "mbere7 7atli ido 3a temmi w 3emel yalli 3emlo, ana b london"),
    ("abuse=sexual_violence", "عمل اللي عمله وما قدرت ادفعه عني"),
    ("abuse=sexual_violence", "سكّر تمي بإيدو وشلحني تيابي"),
    ("noabuse=sexual_violence", "المدير عمل اللي بدو ياه بالراتب وطردني من الشغل"),
    ("noabuse=sexual_violence", "دخل على غرفتي وعمل حالو مش شايفني"),
    ("noabuse=sexual_violence", "اخوي دخل غرفتي وعمل اللي بدو ياه بأغراضي"),
    ("noabuse=sexual_violence", "الجار اللي فوقي عمل اللي بدو ياه وسكر الطريق"),
    # === Arabic: an employer's threats to hold a worker (exploitation) =============================
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "بشتغل عند عيلة بلندن والست بتقلي اذا بتحكي لحدا رح تقول انني سرقت ذهبها"),
    ("abuse=trafficking_exploitation", "el kafeel bihaddedni bel tar7il iza tarakt el shoghl"),
    ("abuse=trafficking_exploitation", "المدام بتقلي اذا هربتي الشرطة بتمسكك"),
    ("abuse=trafficking_exploitation", "الناس اللي بشتغل عندهم ما بيخلوني اطلع لحالي ابدا"),
    ("noabuse=trafficking_exploitation", "جوزي بيهددني بالترحيل اذا تركته"),
    ("noabuse=trafficking_exploitation", "اهلي ما بيخلوني اطلع لحالي"),
    ("noabuse=trafficking_exploitation", "اخو صاحبتي بيقول اني سرقت تلفونه"),
    ("noabuse=trafficking_exploitation", "المدام بتقول اني سرقت خاتمها بس انا ما سرقت شي"),
    # === Arabic: knocking every night is a habit; their car outside now and she can't stop her =====
    ("danger=none", "ابن المدام كل ليلة عم يدق على باب غرفتي وانا ما بنام"),
    ("danger=none", "ibn el madam kol lela 3am ydo2 3al bab"),
    ("danger=immediate", "هلق عم يدق عالباب وانا خايفه"),
    ("danger=immediate", "سيارتهم واقفة تحت البيت وبنتي لبست وما عم اقدر امنعها"),
    ("danger=none", "السيارة برا ناطرة، بنتي رايحة عالجامعة"),
    # === Urdu: a passport taken alone is no sign of being abroad ===================================
    ("nosvc=forced-marriage-unit", "shohar ne passport le liya hai aur bahar nahi jaane deta"),
    # Kept indoors by a husband is his control; by the family one works for, exploitation.
    ("abuse=coercive_control,noabuse=trafficking_exploitation", "pati mujhe ghar se nikalne nahi dete"),
    ("abuse=trafficking_exploitation", "jis ghar mein kaam karti hun woh ghar se nikalne nahi dete")
]

CONVERSATIONS = [
    # A mother who gave her daughter's age earlier: the men's car is here now and she is going.
    ("danger=immediate", [
        "meri beti 14 saal ki hai, kuch bade admi usay gaadi mein ghumate hain",
        "abhi unki gaadi darwaze ke saamne khari hai aur woh ja rahi hai, main rok nahi pa rahi"]),
    ("role=parent", ["mujhe apni beti ke baare mein kisi se baat karni hai",
                     "woh 14 ki hai, kuch bare admi usay gaari mein le jate hain aur vape dete hain"]),
    ("abuse=sexual_exploitation", [
        "mujhe apni beti ke baare mein kisi se baat karni hai",
        "woh 14 ki hai, kuch bare admi usay gaari mein le jate hain aur vape dete hain"]),
    # A domestic worker: the employer's son came into her room last night.
    ("svc=the-havens", ["بدي احكي عن شي صار", "ابن صاحبة البيت فات على اوضتي مبارح وعمل فيي يلي بدو ياه"]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
