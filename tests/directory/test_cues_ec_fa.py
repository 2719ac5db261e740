"""Readings of the cue round of 2026-12-08 in Persian (script and Finglish), helper-written from
ideas, each in other words than the evaluation's and beside look-alikes: a few days or nights ago,
counted ('چهار روز پیش', 'do shab pish', 'it has been three days'), or a weekday night, is a recent
assault, but not five weeks, years, or 'every Friday night'; 'last week', not 'two weeks ago'; asking
for emergency contraception after it is a recent one too; 'I told no one' is not the past, only
'I never told anyone'; 'after rape', 'does this count as rape' and sex while she was drunk or asleep
are a rape, not 'privacy overstepped', nor 'he was drunk and hit me', nor her own drunk night; forced
sex told in the present, a husband's too; he came up to her room and she did not want it, not his
coming to the house; clothes kept unwashed are evidence; him ringing the doorbell now, or downstairs
now beside her being alone, the lights off or the door kept shut, is danger, not her mother or a
courier ringing, his ringing yesterday, nor 'I'm alone' or 'my level is low' on their own; 'a few
times' is repetition only right before a call or a message, not 'I said no a few times'."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # === A few days or nights ago, counted, is recent; weeks, years or a habit are not ==============
    ("abuse=sexual_violence,recent=1", "چهار روز پیش بعد از مهمونی به زور باهام خوابید"),
    ("recent=1", "do shab pish ye pesare mano bord tu otagh va goftam na vali vel nakard"),
    ("recent=1,svc=the-havens", "سه روزه نخوابیدم، از وقتی که به زور باهام رابطه داشت"),
    ("recent=1", "سه‌شنبه شب همکارم منو رسوند خونه و به زور باهام خوابید"),
    ("recent=1", "هفته پیش یه مرد تو پارک بهم تجاوز کرد"),
    ("recent=0", "پنج هفته پیش بهم تجاوز کرد و هنوز خوابم نمیبره"),
    ("recent=0", "سه سال پیش بهم تجاوز شد"),
    ("recent=0,abuse=sexual_violence", "هر جمعه شب شوهرم به زور باهام میخوابه"),
    # === Emergency contraception after it ==========================================================
    ("abuse=sexual_violence,recent=1,svc=the-havens", "بعد از تجاوز قرص پیشگیری اضطراری لازم دارم"),
    ("recent=1,svc=the-havens", "ghorse orzhansi mikham, be zoor bahash khabid"),
    ("noabuse=sexual_violence", "قرص اورژانسی از کدوم داروخونه میشه خرید؟"),
    # === 'I told no one' is not the past; 'I never told anyone' is =================================
    ("recent=1,svc=the-havens", "پریروز تو ماشینش بهم تجاوز کرد. به هیچ کس نگفتم"),
    # === 'After rape', 'does it count as rape', drunk or asleep: a rape =============================
    ("abuse=sexual_violence", "پس از تجاوز باید کجا برم؟"),
    ("abuse=sexual_violence", "نمیدونم این تجاوز حساب میشه یا نه، اون شب خیلی مست بودم"),
    ("abuse=sexual_violence", "اگه یکی با دختری که مست بوده رابطه داشته باشه جرمه؟"),
    ("abuse=sexual_violence", "khab boodam ke baham rabete dasht, bidar shodam"),
    ("abuse=sexual_violence", "shoharam zoori baham mikhabe"),
    ("noabuse=sexual_violence", "تجاوز به حریم خصوصیم بود که گوشیمو چک کرد"),
    ("noabuse=sexual_violence", "شوهرم مست بود و منو هل داد"),
    ("noabuse=sexual_violence", "مست بودم و باهاش رابطه داشتم، میترسم حامله باشم"),
    ("noabuse=sexual_violence", "خواب بودم که شروع کرد به داد زدن"),
    # === He came up to her room and she did not want it ============================================
    ("abuse=sexual_violence", "رسوندم خونه، اومد تو اتاقم و من اصلا نمیخواستم"),
    ("noabuse=sexual_violence", "اومد خونم و من نمیخواستم دعوا کنیم"),
    # === Clothes kept unwashed ======================================================================
    ("need=evidence", "lebasamo nashostam, bayad bebaram bimarestan?"),
    ("need=evidence", "لباسای اون شبو نگه داشتم تو نایلون"),
    # === Ringing the doorbell now; downstairs now beside being alone or hiding ======================
    ("danger=immediate", "الان داره زنگ در رو میزنه، جواب نمیدم"),
    ("danger=immediate", "hey zange khoone ro mizane, man tanham"),
    ("danger=immediate", "اون یارو الان پایینه. چراغا رو خاموش کردم"),
    ("danger=none", "مامانم الان زنگ خونه رو میزنه کلید نداره"),
    ("danger=none", "دیروز اومد زنگ خونه رو زد ولی باز نکردم"),
    ("danger=none", "دوستم الان دم دره، من تنهام بیا پیشم"),
    ("danger=none", "من تنهام و کسی رو ندارم باهاش حرف بزنم"),
    ("danger=none", "سطح زبانم الان پایینه و تنهام"),
    ("danger=none", "چراغا رو خاموش کردم و خوابیدم"),
    # === 'A few times' only before a call or a message ==============================================
    ("abuse=stalking", "سابقم امروز چند بار بهم زنگ زد و بعد با یه شماره دیگه پیام داد"),
    ("noabuse=stalking", "چند بار گفتم نه ولی ادامه داد. فرداش پیام داد که ببخشید"),
]

CONVERSATIONS = [
    # The time said after the rape was told, in Finglish.
    ("recent=1,svc=the-havens", ["salam", "mano majboor kard bahash bekhabam, goftam na", "4 rooz pish"]),
    # Keeps messaging, then at the door now with the lights off.
    ("danger=immediate", ["az dishab modam payam mide, blockesh kardam",
                          "الان زیر خونست. چراغا رو خاموش کردم صدامو در نمیارم"]),
    ("historic", ["هیچوقت به کسی نگفتم", "پسرخالم وقتی ۱۲ سالم بود اذیتم میکرد"]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
