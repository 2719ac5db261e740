"""Readings from the ninth batteries of 2026-12-07 (helper-written, not the evaluation set), for
Gujarati, Urdu, Hindi, Tamil, Bengali and Punjabi, each idea in other words than the battery's and
beside look-alikes: a man who pushed or slapped his wife ('maari didho') and wants to mend his own
behaviour; a case made up for a training; someone else's suicide said as a condition or as his
threat ('agar zabardasti hui to khudkushi kar lega'), not the writer's own; 'safe-ஆ இருக்கேன்'
years after a knife; touching from behind on a shift, and 'தப்பா நடந்துக்கிறார்' with her; a
threat to kill the child and then himself; the door being broken now in spoken Bengali; strangled,
could not breathe, and 'when he wakes he'll do it again' in romanised Punjabi; a mother-in-law's
own acts towards her daughter-in-law."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # Gujarati: his own push or slap told with 'maari didho'; not hers done to her.
    ("role=perpetrator", "gai raate me mari patni ne lafo mari didho, have pastavo thay che"),
    ("role=perpetrator", "મેં ગુસ્સામાં એને ધક્કો મારી દીધો, એ પડી ગઈ"),
    ("norole=perpetrator", "ene mane dhakko maari didho ane hu padi gai"),
    # Gujarati: help to mend his own behaviour, or not to become like that; not her husband's.
    ("role=perpetrator", "maru vartan sudharvu che, gusse ma hu ghar ma badha par buum padu chu"),
    ("svc=respect-phoneline", "મારે મારું વર્તન બદલવું છે, પત્ની મારાથી ડરે છે"),
    ("role=perpetrator", "maara bapu mummy ne marta, have hu pan gusse thau chu, mane evo nathi banvu"),
    ("norole=perpetrator", "mara pati nu vartan sudharvu joie, e roj mane gaalo aape che"),
    # Gujarati: a case made up for a training is not danger now; 'went for training' is nothing.
    ("danger=none", "તાલીમ માટે એક કેસ લખું છું: છોકરીનો ભાઈ છરી બતાવી ધમકાવે છે, પહેલાં કોને ફોન કરવો?"),
    ("danger=immediate", "hu training mate gai hati ane have e ghare chappu laine ubho che"),
    # Urdu: someone else's suicide said as a condition, or his threat; the writer's own stays.
    ("danger=none",
     "meri behen keh rahi hai agar rishta zabardasti pakka kiya to khudkushi kar legi, shaadi agle saal hai"),
    ("danger=none", "mera shohar har larai mein khudkushi ki dhamki deta hai"),
    ("danger=self_harm", "mujhe raat ko khudkushi ke khayal aate hain"),
    ("danger=self_harm", "agar abbu ne wapas Pakistan bheja to main khudkushi kar lungi"),
    # Urdu: 'if forced' is not a rape told; 'it happened to me' is.
    ("noabuse=sexual_violence", "woh darta hai ke agar zabardasti hui to kya karega"),
    ("abuse=sexual_violence", "kal raat mere saath zabardasti hui"),
    # Urdu: a gay brother's marriage arranged, his conditional threat: the LGBT+ line, no 999.
    ("svc=galop-lgbt-helpline,danger=none",
     "mera bhai gay hai aur ammi ne uska rishta khala ki beti se pakka kar diya, "
     "woh kehta hai warna khudkushi kar lega"),
    # Hindi, the same.
    ("danger=none", "भाभी कहती है अगर ज़बरदस्ती शादी हुई तो खुदकुशी कर लेगी"),
    ("danger=self_harm", "मुझे आत्महत्या के ख्याल आते हैं"),
    # Tamil: safe now, years after a knife; not safe is not.
    ("danger=none", "8 வருஷத்துக்கு முன்னாடி அவன் கத்தியை காட்டினான், இப்போ பத்திரமா இருக்கேன்"),
    ("danger=immediate", "நான் safe-ஆ இல்ல, அவன் கத்தியோட வெளியே நிக்கிறான்"),
    # Tamil: touching from behind or when she is alone, at work; behaving wrongly with her.
    ("abuse=sexual_harassment", "warehouse shift-ல ஒரு supervisor பின்னால வந்து உரசுறான்"),
    ("abuse=sexual_harassment", "ward-ல ஒரு senior doctor என்கிட்ட தப்பா நடந்துக்கிறார், யார்கிட்ட சொல்றது"),
    ("noabuse=sexual_harassment", "என் பையன் ஸ்கூல்ல தப்பா நடந்துக்கிறான்னு teacher சொல்றாங்க"),
    ("noabuse=sexual_harassment", "hospital-ல ஒரு doctor என்னை நல்லா பார்த்துக்கிட்டார்"),
    # Tamil: a threat to kill the child and then himself.
    ("danger=immediate", "அவன் 'குழந்தைய கொன்னுட்டு நானும் சாவேன்'னு மெசேஜ் போட்டான், பையன் அவன்கிட்ட தான் இருக்கான்"),
    ("danger=immediate", "en purushan pasangala konnuttu naanum sethuruven nu message pannaan"),
    ("danger=none", "அம்மா 'உன்னை பார்க்காம நானும் செத்துடுவேன்'னு சொல்லுவாங்க, நான் லண்டன்ல படிக்கிறேன்"),
    # Bengali: the door being broken or kicked now; a broken door is not.
    ("danger=immediate", "ও দরজায় লাথি মারতেছে, আমি বাথরুমে"),
    ("danger=immediate", "amar swami dorja bhangteche, ami baccha niye ghore"),
    ("danger=none", "আমাদের বাথরুমের দরজাটা ভাঙা, বাড়িওয়ালা ঠিক করে না"),
    # Punjabi: strangled, and 'when he wakes he'll do it again'; a sore throat is not.
    ("danger=immediate", "kal raat ohne meri sanghi dabb ditti, hun vi darr lagda"),
    ("danger=immediate", "oh sharab pee ke so gaya, kehnda jadon uthuga fer kuttuga"),
    ("danger=none", "mera gala kharab aa te saah ghutda, doctor kol jana"),
    ("abuse=domestic_abuse", "mera pati roz sharab pee ke kuttda"),
    # Punjabi: a mother-in-law's own acts; not the acts done to the writer.
    ("role=perpetrator", "main apni nooh nu gaalan kadhdi aan te ohda phone rakh laindi aan"),
    ("norole=perpetrator", "meri sass mainu gaalan kadhdi aa te mera phone rakh laindi aa"),
    ("norole=perpetrator", "ohda rawaiya theek nahi, roz gaalan kadhda"),
]

CONVERSATIONS = [
    # A case made up for a training, told after the danger.
    ("danger=none", ["mane ek chhokri e kahyu ke eno kaka ene chappu batavi ne dhamkave che",
                     "aa sacho case nathi, training mate ek udaharan banavu chu"]),
    # Safe now, after a kill-and-die threat years ago.
    ("danger=none", ["6 வருஷத்துக்கு முன்னாடி அவன் 'கொன்னுட்டு நானும் செத்துடுவேன்'னு சொன்னான்",
                     "இப்போ divorce ஆகி பாதுகாப்பா இருக்கேன்"]),
    # A man who pushed his wife, then asks to mend his behaviour.
    ("svc=respect-phoneline", ["mari wife vishe vaat karvi che",
                               "me ene dhakko mari didho kale, mane evo nathi banvu",
                               "potanu vartan sudharva madad joie che"]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
