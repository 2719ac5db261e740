"""Readings from the cue round of 2026-12-08 (helper-written from the ideas of the dev part, in other
words, not the evaluation set) in Gujarati and Hindi, in their scripts and romanised, beside
look-alikes: a girl at the airport, boarding within the hour, who does not want to go, or is taken
onto the plane by force (a forced marriage abroad, and danger now), not someone afraid of flying,
working at Heathrow or not wanting boarding school; someone sitting right beside her so she cannot
call (silence), not a phone with no credit or a mum she cannot call because she would be angry; her
future settled without asking her beside a trip (a forced marriage), not a school or a flat chosen
for her; a husband or in-laws keeping her passport, her eVisa login or the baby's birth certificate
(their control, not exploitation), an employer still exploitation; threats to keep the baby and send
her back to India (control, and an immigration worry), not children snatching a phone or sending mum
to India on a ticket; locked in from outside by the in-laws (danger now), not locking up on the way
out; somewhere to stay with the baby, not somewhere to learn English; 'mere pati' is her husband, but
Gujarati 'kaam pati ne' is only 'once work was over'."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # === Gujarati: at the airport, boarding soon, she does not want to go ============================
    ("abuse=forced_marriage,danger=immediate",
     "heathrow par chie, flight 2 kalak ma che ane mare nathi javu, please madad karo"),
    ("abuse=forced_marriage,danger=immediate", "અમે એરપોર્ટ પર છીએ, હું નથી જવાની, મમ્મી પપ્પા સાથે જ છે"),
    ("svc=forced-marriage-unit", "mane jabardasti india lai jay che, aaje raate ni flight che"),
    ("noabuse=forced_marriage,danger=none",
     "mare flight ma nathi javu, mane udvano dar lage che, train ma jaish"),
    ("noabuse=forced_marriage,danger=none", "hu heathrow airport par kaam karu chu, shift lambi che"),
    ("noabuse=forced_marriage", "boarding school ma mare nathi javu"),
    # === Gujarati: someone right beside her, she cannot call ========================================
    ("danger=cannot_speak", "mummy baju ma j bethi che, phone nahi kari shaku, fakt lakhi shaku"),
    ("danger=cannot_speak", "ભાઈ મારી બાજુમાં જ બેઠો છે, ફોન નહીં કરી શકું"),
    ("danger=none", "aaje call nai kari shaku, phone ma balance nathi"),
    ("danger=none", "mummy ne phone nai kari shaku, e gusse thase"),
    # === Gujarati: settled without asking her, beside a trip ========================================
    ("abuse=forced_marriage", "mane puchya vagar badhu pakku kari nakhyu, december ma india javanu che"),
    ("svc=forced-marriage-unit", "મને પૂછ્યા વગર બધું નક્કી કરી દીધું, આવતા મહિને ભારત જવાનું છે"),
    ("abuse=forced_marriage", "pakku thai gayu ne mane koi e puchyu pan nathi. ame vimaan ma besi ne jashu"),
    ("noabuse=forced_marriage", "school nu badhu nakki kari nakhyu, mane koi e puchyu j nathi"),
    ("noabuse=forced_marriage", "mane puchya vagar ghar nakki kari nakhyu, have navu ghar harrow ma che"),
    # === Gujarati: the law asked about =============================================================
    ("need=legal_immigration", "uk na kayda pramane aa gunho che ke nahi?"),
    # === Hindi: her passport, eVisa or the baby's papers kept by the husband or in-laws =============
    ("abuse=coercive_control,noabuse=trafficking_exploitation", "pati ne mera passport rakh liya hai"),
    ("abuse=coercive_control,nosvc=modern-slavery-helpline", "सास ने मेरा पासपोर्ट छुपा दिया"),
    ("abuse=coercive_control", "passport sasur ji ki almari me band hai, mujhe nahi dete"),
    ("abuse=coercive_control,aud=migrant_nrpf",
     "meri evisa ka password pati ke phone me hai, mujhe nahi batate"),
    ("svc=southall-black-sisters", "meri evisa ka password pati ke phone me hai, mujhe nahi batate"),
    ("abuse=trafficking_exploitation", "malik ne passport rakh liya, pagar bhi nahi deta"),
    # === Hindi: the baby kept and her sent back ====================================================
    ("abuse=coercive_control", "wo kehta hai tu wapas ja, bachcha yahin rahega mere paas"),
    ("abuse=coercive_control", "सास कहती है बच्चे को तुझसे छीन लेंगे"),
    ("abuse=coercive_control,aud=migrant_nrpf", "pati bolta hai tujhe india chhod aaunga"),
    ("noabuse=coercive_control", "mere bachche mujhse phone chheen lete hain"),
    ("noabuse=coercive_control,noaud=migrant_nrpf", "main mummy ko india bhej dungi ticket karwa ke"),
    ("noabuse=coercive_control", "baby yahin rahega nani ke paas jab tak main kaam pe hu"),
    # === Hindi: locked in from outside ==============================================================
    ("danger=immediate,abuse=coercive_control",
     "sasural walon ne bahar se chitkani laga di hai, main kamre me hu"),
    ("danger=immediate", "बाहर से ताला लगा दिया है, मैं अंदर हूँ"),
    ("danger=none", "humne bahar se tala laga diya aur mandir chale gaye"),
    ("danger=none", "jaate waqt bahar se tala laga ke jana"),
    # === Hindi: somewhere to stay ===================================================================
    ("need=safe_place", "rehne ko koi jagah milegi kya? main aur mera beta, paise nahi hain"),
    ("need=safe_place", "कोई जगह है जहाँ मैं रह सकूँ"),
    ("noneed=safe_place", "koi jagah hai jahan main English seekh saku"),
    # === Hindi husband, Gujarati 'pati ne' ==========================================================
    ("abuse=domestic_abuse", "mere pati ka gussa bahut hai, har baat pe chillate hain"),
    ("noabuse=domestic_abuse", "kaam pati ne hu ghare aavi gai"),
    ("need=legal_immigration", "agar main apna passport chupke se le lu to kya ye chori hogi"),
]

AT_THE_AIRPORT = "airport par chu, flight 1 kalak ma che, hu nathi javani, papa sathe j che"

CONVERSATIONS = [
    # A girl of 17, then at the airport with her father: a forced marriage abroad, danger now.
    ("svc=forced-marriage-unit", ["hu 17 varsh ni chu", AT_THE_AIRPORT]),
    ("danger=immediate", ["hu 17 varsh ni chu", AT_THE_AIRPORT]),
    # The trip told first, her future settled without her later.
    ("abuse=forced_marriage", ["summer ma amne india lai jay che",
                               "mane puchya vagar badhu nakki kari nakhyu"]),
    # Her passport taken, then the threat to send her back.
    ("aud=migrant_nrpf", ["pati ne mera passport le liya", "ab kehta hai tujhe wapas india bhej dunga"]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
