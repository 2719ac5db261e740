"""Readings from the tenth batteries of 2026-12-07 (helper-written, not the evaluation set), for
Urdu, Gujarati, Bengali, Tamil, Turkish and Kurdish, each idea in other words than the battery's and
beside look-alikes: his car in the street and him watching her window now; a daughter's nikah to a
cousin decided by the family; locked in a room now, not kept shut in one as a habit; 'he drinks and
hits' as what he does, not 999; 'he'll kill me' over marks, and 'it's only a joke'; a daughter's
age without 'my', touched 'in a strange way'; tomorrow at dawn, a flight, beside a forced marriage;
'what is the point of staying alive'; a Deaf woman who cannot talk on the phone; 'ami 15.' then what
happens; 'a bad thing by force'; 'he forced her' in Tamil, and a relative who did it from a child's
age; a training scenario, a women's advisor or a teaching assistant; afraid of doing the wrong
thing; a new phone and bags from a man in his twenties; 'I'm not gay', woken with a man on top of
him, talking without the police; a Kurdish youth worker, gifts from a grown man; 'my husband' in
Sorani."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # Urdu: him outside now, his car in the street, watching her window; not her own car, not 'was'.
    ("danger=immediate", "woh abhi bhi ghar ke bahar gaari mein baitha hai"),
    ("danger=immediate", "ابھی بھی اس کی گاڑی گلی میں کھڑی ہے"),
    ("danger=immediate", "woh meri khidki ke neeche se ghoor raha hai"),
    ("danger=none", "meri gaari abhi bahar khari hai, kal service karwani hai"),
    ("danger=none", "kal raat woh meri khirki ki taraf dekh raha tha"),
    # Urdu: a sister's or daughter's nikah to a cousin decided by the family; not one that happened.
    ("abuse=forced_marriage", "ان لوگوں نے میری بہن کا نکاح اس کے کزن سے طے کر دیا ہے، وہ 16 سال کی ہے"),
    ("abuse=forced_marriage", "abbu ne faisla kiya hai ke uski shadi chachazad se karwa denge"),
    ("noabuse=forced_marriage", "اس کی شادی پچھلے سال اس کے کزن سے ہو گئی، دونوں خوش ہیں"),
    # Gujarati: locked in a room now; kept shut in a room as a habit is control, not 999.
    ("danger=immediate", "ene mane room ma bandh kari didhi ane chavi lai gayo"),
    ("danger=immediate", "hu atyare ordi ma bandh chu, e bahar bume pade che"),
    ("danger=none", "vahu mara sasu ne aakho divas room ma bandh rakhe che"),
    ("danger=none", "dada ne room ma bandh rakhe che ane pension lai le che"),
    # Gujarati: drunk and hitting now; 'he drinks and hits' as what he does is not.
    ("danger=immediate", "e daru pi ne atyare mummy ne mare che, jaldi"),
    ("danger=none", "papa daru pi ne mummy ne mare che, kale raat pan maryu"),
    # Gujarati: 'he'll kill me' over a subject's marks; with a knife in his hand it is danger.
    ("danger=none", "mummy mane mari nakhse, science ma ochha number aavya"),
    ("danger=immediate", "papa mane mari nakhi dese, e chappu laine ubha che"),
    # Gujarati: a daughter's or son's age without 'mari'; touched in a strange or dirty way.
    ("role=parent", "8 varsh no dikro kahe che coach ene ajib rite ade che"),
    ("abuse=sexual_violence", "દીકરી કહે છે કે ટ્યુશન વાળા સર એને વિચિત્ર રીતે અડે છે"),
    ("svc=nspcc-helpline", "12 varsh ni dikri kahe che ke dance class na sir gandi rite adke che"),
    ("noabuse=sexual_violence", "tuition vala sir ajib rite vaat kare che, dikri ne gamta nathi"),
    ("norole=parent", "eni 10 varsh ni dikri kahe che ke eno papa mare che"),
    # Bengali: tomorrow at dawn, a flight, beside a forced marriage; without a time, or a wedding
    # she goes to gladly, it is not danger now.
    ("danger=immediate", "amar biye thik kore felse, kalke bhore plane e uthabe, ami 16"),
    ("danger=immediate", "আমার বিয়ে ঠিক করে ফেলেছে, কালকে ভোরে ফ্লাইট, আমি যেতে চাই না"),
    ("danger=none", "amar biye thik kore felse, ami 17, kintu kobe jabo jani na"),
    ("danger=none", "kalke shokal 6 tay flight, chachato boner biye te jacchi, khub moja hobe"),
    # Bengali: what is the point of staying alive; not the point of a job.
    ("danger=self_harm", "beche theke ki labh, keu amake bhalobashe na"),
    ("danger=self_harm", "মাঝে মাঝে ভাবি এই জীবন রেখে কী হবে"),
    ("svc=samaritans", "bachar kono mane nai ar"),
    ("danger=none", "ei chakri kore ki labh, beton dey na"),
    # Bengali: a Deaf woman who cannot talk on the phone is not silenced now; danger still is.
    ("danger=none", "ami bodhir, phone e kotha bolte pari na. amar swami amake mare"),
    ("svc=signhealth-da-service", "ami bodhir, phone e kotha bolte pari na. amar swami amake mare"),
    ("danger=cannot_speak", "ami deaf, o ekhon ghore churi niye ache"),
    ("danger=cannot_speak", "o pashe ache, ami ekhon kotha bolte parbo na"),
    # Bengali: the writer's age, then what happens; not a count of days.
    ("aud=young_person", "ami 14. ekjon boro chele amake taka dey ar chobi chay"),
    ("svc=childline", "আমি ১৫। একটা ছেলে আমার ছবি সবাইকে পাঠাবে বলছে"),
    ("noaud=young_person", "ami 16 din dhore bari theke ber hoini"),
    # Bengali: a bad or dirty thing done by force; not made to work long hours.
    ("abuse=sexual_violence", "boss amake office e jor kore baje kaj korse"),
    ("abuse=sexual_violence", "সে আমার সাথে জোর করে নোংরা কাজ করেছে"),
    ("noabuse=sexual_violence", "malik jor kore amake beshi ghonta kaj korte bole"),
    # Tamil: 'he forced her' or me, his act; not 'they force me' to study, nor a boss's overtime.
    ("abuse=sexual_violence,recent=1", "avan ennai force pannitaan, nethu party la"),
    ("abuse=sexual_violence", "ஒருத்தன் என்னை கட்டாயப்படுத்திட்டான், யார்கிட்ட சொல்றது"),
    ("noabuse=sexual_violence", "amma ennai force pannanga engineering padikka"),
    ("noabuse=sexual_violence", "enna panradhu, boss force pannan weekend la velai panna"),
    # Tamil: a relative who did it, or touched, from a child's age; not a childhood told without it.
    ("abuse=child_abuse", "enakku 10 vayasula en mama ippadi pannan, ippo 30 aaguthu"),
    ("abuse=child_abuse", "எனக்கு 9 வயசுல இருந்து என் சித்தப்பா தொட்டான், யார்கிட்டயும் சொன்னது இல்ல"),
    ("abuse=child_abuse", "enakku 7 vayasu irukkumbodhu en chithappa paiyan thappa thottan"),
    ("noabuse=child_abuse", "enakku 8 vayasula irundhu en mama veetla thaan valarnthen"),
    ("noabuse=child_abuse", "enakku 10 vayasula en mama kalyanam pannan, naan dance aadinen"),
    # Turkish: a scenario for training, not a real case; a worst-case scenario is no scenario.
    ("danger=none", "yarın gönüllülere eğitim veriyorum. senaryo: bir kadın 'kocam bu gece beni öldürecek' "
                    "diyor. hangi numarayı vermeliyiz?"),
    ("danger=none", "gerçek bir vaka değil, eğitim için soruyorum: kocası onu bıçakla tehdit eden bir kadın "
                    "kimi aramalı?"),
    ("danger=immediate", "en kötü senaryo ne olur bilmiyorum, kocam şu an kapıda bıçakla bekliyor"),
    ("danger=immediate", "kocam elinde bıçakla kapıda, bu gerçek değil gibi, titriyorum"),
    ("role=professional", "ogretmen yardimcisiyim, bir ogrencim hakkinda soruyorum"),
    # Turkish: afraid of doing the wrong thing is not afraid of hurting someone.
    ("norole=perpetrator", "yanlış bir şey yapmaktan korkuyorum, arkadaşımın kocası onu dövüyor"),
    ("role=perpetrator", "karıma kötü bir şey yapmaktan korkuyorum, çok sinirliyim"),
    # Turkish: a new phone from a man in his twenties for a girl of 14; not a parent's present.
    ("abuse=sexual_exploitation",
     "14 yaşındaki kızımı 25 yaşında bir adam okuldan alıyor, yeni telefon almış"),
    ("noabuse=sexual_exploitation", "kızıma doğum gününde yeni telefon aldım"),
    # Turkish: 'I'm not gay', of a man assaulted by a man; a gay man is still one.
    ("noaud=lgbt", "bir adam bana zorla bir şey yaptı, ben gay değilim"),
    ("svc=rape-crisis-247", "partide sızmışım, uyandığımda bir adam üzerimdeydi, ben escinsel değilim"),
    ("aud=lgbt", "ben gay bir erkeğim, sevgilim bana vuruyor"),
    # Turkish: talking without going to the police; wanting to go is still reporting.
    ("noneed=report_police", "polise gitmeden biriyle konuşmak istiyorum, geçen hafta tecavüze uğradım"),
    ("need=report_police", "polise gitmek istiyorum, nasıl şikayet ederim"),
    # Kurdish: a youth worker; gifts from a grown man to a girl; not a father's birthday present.
    ("role=professional", "ez xebatkara ciwanan im li Londonê"),
    ("abuse=sexual_exploitation", "keça min 14 salî ye, zilamekî mezin diyariyan dide wê"),
    ("abuse=sexual_exploitation", "کچێکی ١٤ ساڵ، پیاوێکی گەورە دیاری بۆی دەکڕێت"),
    ("noabuse=sexual_exploitation", "bavê min diyariyan dide min ji bo rojbûna min"),
    # Kurdish (Sorani): 'my husband' read, so a worry about him is not an unread message; a knife is danger.
    ("danger=none", "ئەی ئەگەر مێردەکەم بزانێت؟"),
    ("abuse=domestic_abuse", "مێردەکەم ڕێگام نادات بچمە دەرەوە"),
    ("danger=immediate", "مێردەکەم چەقۆی پێیە و لە دەرەوەی دەرگایە"),
]

CONVERSATIONS = [
    # Gujarati: 'it's only a joke' in the writer's words; his excuse that it was one is not.
    ("danger=none", ["pati kahe che aaje tane mari nakhish",
                     "na na joke che, e to amari vachche masti chale che"]),
    ("danger=none", ["mummy kahe che aaje tane mari nakhish", "na na e to majak hato, khali masti ma kahyu"]),
    ("danger=immediate", ["e kahe che aaje tane mari nakhish", "e kahe che joke che pan mane dar lage che"]),
    # Bengali: a visit home that is her wedding, the flight at dawn.
    ("danger=immediate", ["hi apni bangla bujhen?", "ami 16, abbu bolse deshe nanir shorir kharap",
                          "ekhon bujhlam amar biye thik kore rakhse, kalke bhore flight"]),
    # Tamil: a film, then what a grandfather did from a child's age.
    ("svc=rape-crisis-247", ["nethu oru padam paathen, adhula oru ponnu ku abuse nadandhuchu",
                             "enakku 9 vayasula en thatha ippadi thaan pannaan. ippo enakku 35, "
                             "yaarkittayum sonnadhu illa"]),
    ("historic", ["nethu oru padam paathen, adhula oru ponnu ku abuse nadandhuchu",
                  "enakku 9 vayasula en thatha ippadi thaan pannaan. ippo enakku 35, "
                  "yaarkittayum sonnadhu illa"]),
    # Turkish: a man woken with a man on top of him, not gay, no police.
    ("nosvc=galop-lgbt-helpline,svc=rape-crisis-247",
     ["erkeklere de yardım ediyor musunuz",
      "geçen hafta bir partide uyandığımda bir adam üstümdeydi, ben gay değilim",
      "polise gitmeden konuşabileceğim biri var mı"]),
    # Kurdish (Sorani): asking for the language, then a worry about her husband: no 999.
    ("danger=none", ["سڵاو، کەسێک هەیە بە کوردی قسە بکات؟", "ئەی ئەگەر مێردم بزانێت؟"]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
