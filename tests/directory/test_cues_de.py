"""Danger told without the word, people worried about their own behaviour or their child,
exploitation and tech abuse told obliquely, and Hindi in Devanagari: messages from batteries
written by helpers who saw neither the cues nor the evaluation set (2026-12-06), each read for
what it says, beside look-alikes that must not be."""
import pytest

from .test_signposting import holds, signpost

NOW = "danger=immediate"
SILENT = "danger=cannot_speak"
SE, TRAFFICKING = "abuse=sexual_exploitation", "abuse=trafficking_exploitation"
MESSAGES = [
    # Danger heard or told second-hand, or in a threat.
    (NOW, "my mum just rang me screaming then the line went dead. its her husband"),
    (NOW, "neighbour here. woman next door screaming and loud thuds like someone being thrown at the wall"),
    (NOW, "he got out today. last thing he said to me in court was hed finish what he started"),
    (NOW, "He is on the landing now shouting he wants my bank card or he'll do it again"),
    (NOW, "my ex has been parked across the road since 6. hes not allowed near me, theres a court order"),
    (NOW, "my brothers say shes shamed the family and theyre coming to the house tonight to deal with it"),
    (NOW, "me agarró del cuello hace una hora y ahora está dormido en el sofá"),
    (NOW, "siostra napisała mi że on ją teraz bije i zamknął drzwi na klucz"),
    (NOW, "abim bu akşam beni eve götürüp namusumuzu temizleyeceğiz dedi"),
    (NOW, "birayê min got îşev em ê namûsa malbatê paqij bikin"),
    (NOW, "আমার বোন এইমাত্র মেসেজ করল যে ওর বর ওকে মারছে, এখন আর ফোন ধরছে না"),
    (NOW, "वो आ रहा है उसने फोन पे कहा आज रात तुझे ख़त्म कर दूँगा"),
    (NOW + ",abuse=sexual_exploitation", "my 14 yr old daughter is in a car with 3 men RIGHT NOW she sent me "
                                         "her location"),
    (NOW, "એ ઘરે આવી રહ્યો છે, ફોન પર કહ્યું આજે તને જીવતી નહીં છોડું"),
    ("danger=self_harm", "இனிமே வாழ்ந்து என்ன பிரயோஜனம்னு தோணுது. நேத்து கைய கீறிக்கிட்டேன்"),
    ("abuse=fgm", "my daughters dads family want to take her to somalia this summer and i heard them talking "
                  "about getting her done"),
    ("noabuse=fgm", "getting her nails done for the wedding this summer"),
    # Taken abroad to be married or cut tomorrow: the airport is the last chance to stop it.
    (NOW + ",abuse=forced_marriage", "im 16. dad is driving me to the airport tomorrow morning, im being "
                                     "married to my cousin over there"),
    (NOW + ",abuse=fgm", "gabadhayda 8 jir ah berri ayaa Soomaaliya la geynayaa, ayeeyadeed ayaa rabta in "
                         "la gudo"),
    ("abuse=forced_marriage,danger=none", "my parents want me to marry my cousin next year"),
    # A red flag told as past, with safety now.
    ("danger=none", "he strangled me 3 years ago, i left him and moved cities, im safe now. can i still "
                    "report it"),
    (SILENT, "pls msg only. hes on the sofa right behind me i told him im on facebook"),
    (SILENT, "im 15 in my room, my stepdad is outside my door listening"),
    (SILENT, "बोल नहीं सकती वो बगल वाले कमरे में है। सिर्फ मैसेज कर सकती हूँ"),
    ("danger=self_harm", "अब और नहीं सहा जाता, मर जाऊँ। गोलियाँ जमा करके रखी हैं"),
    # Own behaviour.
    ("role=perpetrator", "I check her location on find my like 20 times a day and go through her phone "
                         "when shes asleep"),
    ("role=perpetrator", "put an app on my wifes phone months ago so i can read her whatsapps"),
    ("role=perpetrator", "my ex blocked me so ive been making new accounts to message her and i drive past "
                         "her flat most nights"),
    ("role=perpetrator", "made my gf delete all the lads off her snap and i go mad if she doesnt reply"),
    ("role=perpetrator", "court said i have to do some course before i can see my kids again"),
    ("role=perpetrator", "fico vendo a localização da minha namorada no celular o dia inteiro"),
    ("role=perpetrator", "xalay ayaan xanaaqay oo xaaskayga ayaan garaacay"),
    ("role=survivor", "my ex has been ordered to do an anger course by the court but hes still texting me"),
    # A parent's fear for the child is not the parent being harmed.
    ("role=parent", "my son is 14 and hes got older friends with money. i think hes being made to sell "
                    "drugs. im terrified"),
    ("role=parent", "foster carer here. the 14 yr old girl placed with me keeps going missing at night"),
    ("role=survivor", "my son is 14 and my husband hits me, im terrified"),
    ("role=friend_family", "my sisters husband has a temper on him. he shouts at her in front of everyone"),
    # Exploitation and tech abuse told obliquely.
    (SE, "landlord said i can stay rent free if im 'nice' to him"),
    (SE, "i owe him for the weed and he says i can pay it off by going round his "
                                  "mates flat"),
    (SE, "older fella lets me stay at his, in return i have to go with blokes he "
                                  "sets up"),
    (SE, "Year 9 girl seen getting into cars outside the gates with much older lads"),
    (TRAFFICKING, "house next door has 8 men living in it, minibus picks them up at 5am"),
    (TRAFFICKING, "my son is 16 and keeps getting sent to towns by the sea with a phone"),
    (TRAFFICKING, "Patient came in with a man who insisted on translating, didnt know "
                                       "her own address"),
    ("abuse=tech_abuse", "found out my ipad was still logged into his apple id"),
    ("abuse=tech_abuse", "he says hell put the videos of me online and send them to my work"),
    ("abuse=tech_abuse", "i think hes got something on my phone, he knows every time i change my passcode"),
    ("abuse=tech_abuse", "he put cameras in the living room 'for the dog'"),
    ("abuse=tech_abuse", "he reads my whatsapp"),
    ("noabuse=tech_abuse", "lost my phone on the train how do i track it with find my"),
    ("noabuse=tech_abuse", "how do i set up a camera so i can check on my dog while im at work"),
    ("noabuse=tech_abuse", "me and my best mate share locations on find my so we know weve got home safe"),
    ("noabuse=tech_abuse", "I installed an app on my phone to track my runs"),
    # Done to someone beside an everyday use: the device is not all that was said.
    ("abuse=tech_abuse", "my ex hacked my instagram the week after I lost my phone"),
    ("abuse=tech_abuse", "lost my phone and when I got the new one he'd put spyware on it"),
    ("noabuse=tech_abuse", "perdí mi móvil, ¿cómo lo localizo con el gps?"),
    # Self-harm told obliquely, by the person or someone worried about them.
    ("danger=self_harm", "been sat by the canal for an hour. thinking how easy it would be"),
    ("danger=self_harm", "13 and i scratch my arms with a compass till they bleed"),
    ("danger=self_harm", "my best mate keeps saying she wont be here for her birthday"),
    ("danger=self_harm", "My sister has been sending weird goodbye texts and isn't picking up"),
    ("danger=self_harm", "she said she'd rather be dead than go home tonight"),
    ("danger=self_harm", "mam już tabletki przygotowane. nie dam rady dłużej z nim"),
    ("danger=self_harm", "prietena mea mi-a scris ca vrea sa se arunce in fata trenului"),
    ("danger=self_harm", "نیم ساعت پیش همه قرصای خواب مامانمو خوردم"),
    ("danger=self_harm", "இனி வாழ விருப்பமில்ல. இப்போ தான் அரை பாட்டில் மாத்திரை சாப்பிட்டேன்"),
    ("danger=none", "this job is killing me but i cut him off for good"),
    (NOW, "he text me saying when he gets home tonight im dead"),
    ("danger=none", "im dead tired tonight, he kept me up arguing"),
    (NOW, "my partner grabbed her by the throat last week"),
    (NOW, "அவன் இப்ப வந்துட்டு இருக்கான், கதவ உடைச்சு உள்ள வருவேன்னு சொல்றான்"),
    (NOW, "hji ymetsie alo! btelefon 'lomi ktqetelki iye' ilu"),
    (SILENT, "kzareb aykielin ab tqay alo"),
    (SILENT, "typing under my covers so he dont see the light"),
    (NOW + ",abuse=fgm", "neighbour reports a family are flying their 7yo abroad on Saturday to be cut"),
    # A job title opening the message is who is asking; a job named anywhere else is not.
    ("role=professional", "GP. patient mentioned her partner grabbed her throat last week"),
    ("role=professional", "DC here - victim's ex keeps making new insta accounts to message her"),
    ("role=professional", "midwife - woman only speaks Tigrinya and her husband always interprets"),
    ("role=professional", "housing officer. woman fleeing with 2 kids, NRPF on spouse visa"),
    ("role=friend_family", "social worker but this is personal - my sister's husband keeps her passport"),
    ("norole=professional", "teacher keeps messaging me at night and says not to tell anyone"),
    ("norole=professional", "my manager keeps touching me at work"),
    ("role=survivor", "nurse here and my husband hits me"),
    # A child telling of their own mum or dad is living it; an adult telling of their childhood too.
    ("role=survivor,aud=young_person", "أبوي يضرب أمي كل ليلة وأنا أسمع كل شي. عمري ١١ وما أقدر أنام"),
    ("role=survivor", "mama wywaliła mnie z domu bo jej chłopak tak chciał. mam 16 lat"),
    ("role=survivor", "o namorado da minha mae ta batendo nela agora, tenho 11 anos"),
    ("role=survivor,svc=childline", "im 15. my stepdad hits my mum and i punched my wall last night"),
    ("role=survivor", "tengo 35 años y cuando era niña el novio de mi madre abusó de mí"),
    ("role=survivor", "am 45 de ani si abia acum inteleg ce mi-a facut fratele meu cand eram mica"),
    ("role=survivor,nosvc=respect-phoneline", "hes saying hell call the police and say im the violent one"),
    ("role=survivor", "my husbands been told by the court to do a behaviour change thing"),
    # A parent worried about a teenager, whatever is happening to them: the line for adults worried
    # about a child.
    ("role=parent,svc=nspcc-helpline", "my daughter is 17 and her boyfriend is 20, she came home with a "
                                       "black eye"),
    # Hindi in Devanagari.
    ("abuse=domestic_abuse", "मेरे पति रोज़ शराब पीकर मारते हैं"),
    ("abuse=forced_marriage", "मम्मी पापा इंडिया ले जाके मेरी शादी करवाना चाहते हैं"),
    ("role=parent,abuse=sexual_exploitation", "मेरी बेटी 15 साल की है, एक बड़ी उम्र का आदमी उसे गिफ्ट और नया "
                                              "फोन देता है"),
]


@pytest.mark.parametrize("expectation, text", MESSAGES)
def test_each_message_is_read_for_what_it_says(expectation, text):
    assert holds(expectation, signpost(text))
