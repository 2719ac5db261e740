"""Longer English messages, as people write when they finally tell someone: each is read for what
it says (the abuse, who is asking, danger, who they are) and gets the line for it. Written in the
voice of the people this service is for, none taken from the evaluation set.

Every message here was written for this test, as people type."""
import pytest

from .test_signposting import holds, signpost

MESSAGES = [
    ("abuse=domestic_abuse,svc=national-domestic-abuse-helpline",
     "hi sorry to bother you, my partner has been getting worse since the baby came, he shouts all"
     " the time and last week he threw his phone at my head. i dont know if this counts as abuse"),
    ("abuse=coercive_control",
     "he doesnt hit me or anything but he decides everything, what i wear, who i see, he has my bank"
     " card and i have to ask for money for tampons"),
    ("abuse=stalking,svc=national-stalking-helpline",
     "my ex keeps turning up at my work and sitting in his car outside, he's made new instagram"
     " accounts to message me after i blocked him"),
    ("abuse=tech_abuse",
     "i found an airtag in my car and i think my ex put it there, he always knows where i am"),
    ("abuse=economic_abuse",
     "he's put loans in my name without asking and now debt collectors are calling me"),
    ("abuse=sexual_violence",
     "my husband makes me have sex when i dont want to, is that even rape if we're married"),
    ("abuse=sexual_violence,recent=1,svc=the-havens",
     "i went on a date on saturday and he wouldnt stop when i said no, i havent told anyone, i keep"
     " showering"),
    ("abuse=honour_based_abuse,svc=karma-nirvana",
     "my brothers found out about my boyfriend and now they check my phone and say ive brought shame"
     " on the family"),
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     "we're flying to lahore next week for a \"family wedding\" but i think its my wedding, my mum"
     " has been buying gold"),
    ("abuse=fgm,svc=nspcc-fgm-helpline",
     "my husbands mother keeps saying our daughter needs to be \"cleaned\" like the other girls"
     " before she starts school, in our culture this means cutting"),
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "the agency that got me the job in the uk takes most of my wages for rent and transport and"
     " says i owe them for the visa"),
    ("abuse=sexual_exploitation,svc=nspcc-helpline",
     "my 13 year old son has been getting gifts from an older lad and going missing after school,"
     " police found him in another city"),
    ("role=friend_family,svc=national-domestic-abuse-helpline",
     "my best friend's husband is really controlling and last night she turned up at mine with a"
     " split lip, she went back to him this morning, what do i do"),
    ("role=parent,svc=nspcc-helpline",
     "my daughter is 15 and her boyfriend is 19, he tells her what to wear and she's stopped seeing"
     " her friends, she's changed so much"),
    ("role=professional",
     "im a health visitor and a mum told me her partner hit her while she was holding the baby, do i"
     " need her consent to refer"),
    ("role=perpetrator,svc=respect-phoneline",
     "i know i have a problem. i grabbed my wife by the arm last night and she had bruises this"
     " morning. i dont want to be that man"),
    ("danger=immediate",
     "he's been drinking all day and just said tonight's the night he finishes it, im in the kids"
     " room"),
    ("danger=immediate",
     "hes kicking the front door in right now"),
    ("danger=cannot_speak",
     "cant call. hes downstairs. what do i do"),
    ("danger=self_harm,svc=samaritans",
     "honestly i think my kids would be better off without me, ive been saving up my tablets"),
    ("aud=deaf",
     "im deaf and my partner wont let me use the video relay to contact anyone"),
    ("aud=older,svc=hourglass",
     "my mum is 82 and her carer is taking money from her purse and she's frightened to say anything"),
    ("aud=lgbt,svc=galop-lgbt-helpline",
     "my girlfriend threatens to out me to my family if i leave her"),
    ("aud=man,svc=mens-advice-line",
     "my wife screams at me and throws things, i'm a bloke and people laugh when i tell them"),
    ("aud=migrant_nrpf",
     "im on a spouse visa and he says if i leave him the home office will send me back and i'll"
     " never see my son"),
    ("aud=young_person,svc=childline",
     "im 14 and my dad hits my mum and me when hes drunk, i dont know who to tell"),
    ("abuse=domestic_abuse",
     "is it abuse if he only does it when hes drunk"),
    ("abuse=domestic_abuse",
     "my partner pinned me against the wall by my throat during an argument"),
    ("abuse=sexual_harassment",
     "my manager keeps touching my back and making comments about my body, i need this job"),
    ("abuse=child_abuse,role=survivor",
     "when i was a kid my uncle did things to me and i've never told anyone, im 35 now"),
    ("abuse=domestic_abuse",
     "he gets really angry over small things and punches walls, last month he put his hands round my"
     " neck for a second"),
    ("danger=immediate",
     "he strangled me last night until i nearly passed out"),
    ("abuse=stalking",
     "someone keeps leaving flowers on my doorstep and i think its my ex, he knows my new address"),
    ("abuse=tech_abuse",
     "my ex posted intimate photos of me online to get back at me"),
    ("abuse=tech_abuse",
     "he logs into my emails and reads my messages, he knows all my passwords"),
    ("abuse=sexual_violence",
     "my boyfriend pressures me into sex stuff i dont like and gets angry if i say no"),
    ("abuse=sexual_harassment",
     "a man on the tube kept rubbing against me and followed me off the train"),
    ("abuse=child_abuse",
     "my stepdad hits me with a belt when im late home"),
    ("abuse=economic_abuse",
     "he makes me hand over my universal credit every month"),
    ("abuse=coercive_control",
     "he tracks my phone and calls me 30 times a day if im out"),
    ("role=friend_family",
     "my sister in law has bruises all the time and her husband wont let her go anywhere alone"),
    ("role=friend_family",
     "im worried about my neighbour, i can hear him screaming at her every night and things smashing"),
    ("role=parent",
     "my son is 17 and his girlfriend hits him, he laughs it off but i saw the marks"),
    ("aud=disabled",
     "im disabled and my partner who is also my carer wont give me my medication unless i do what he"
     " says"),
    ("aud=pregnant",
     "im 6 months pregnant and he pushed me down the stairs"),
    ("danger=self_harm",
     "i took 20 paracetamol an hour ago and now im scared"),
    ("danger=cannot_speak",
     "im texting because he is in the next room and will hear if i call"),
    ("recent=1,svc=the-havens",
     "i think my drink was spiked last night and i woke up with bruises between my legs"),
    ("abuse=forced_marriage",
     "they took me to pakistan on holiday and now they wont give me my passport back until i marry"
     " my cousin"),
    ("abuse=trafficking_exploitation",
     "a man brought me from albania, i work in his cannabis farm and cant leave"),
    ("abuse=sexual_exploitation",
     "theres these older boys who give me free stuff and now they want me to go to parties with"
     " their friends"),
    ("abuse=sexual_exploitation",
     "my mate is 14 and shes been going to a flat with men in their 20s, they give her drink and"
     " drugs"),
    ("abuse=sexual_exploitation",
     "he said if i dont send more pics he'll send the ones i already sent to my whole school"),
    ("abuse=sexual_exploitation",
     "a guy i met on snapchat wants to meet up and keeps asking for pics, im 13"),
    ("abuse=sexual_exploitation",
     "my boyfriend is 23 and im 15, he says its fine because we love each other"),
    ("abuse=sexual_exploitation",
     "they make me sleep with people to pay off what i owe them"),
    ("recent=1,svc=the-havens",
     "last night at a party a guy took me upstairs and i said no but he didnt stop"),
    ("recent=1,svc=the-havens",
     "i got raped walking home from the club about 3am"),
    ("recent=1,svc=the-havens",
     "something happened to me at a festival this weekend and i cant remember most of it"),
    ("recent=1,svc=the-havens",
     "my ex came round yesterday and forced himself on me"),
    ("recent=1,svc=the-havens",
     "i was sexually assaulted 2 days ago, do i need to go to the police to get tested"),
    ("recent=1,svc=the-havens",
     "someone did stuff to me while i was asleep on friday night"),
    ("abuse=fgm",
     "i had fgm done when i was a baby in sierra leone and now im pregnant, will the midwife tell"
     " anyone"),
    ("abuse=fgm",
     "my aunties are planning a ceremony for my little sister when we go back home this summer"),
    ("abuse=forced_marriage",
     "my dad has promised me to his friend's son and says i have no choice"),
    ("abuse=forced_marriage",
     "my family are pressuring me to have a nikah with a man from back home so he can get a visa"),
]



@pytest.mark.parametrize(("expectation", "message"), MESSAGES)
def test_a_longer_message_is_read_for_what_it_says(expectation, message):
    assert holds(expectation, signpost(message)), message


def test_a_girl_starting_school_is_not_someone_blaming_his_partner():
    decided = signpost("she starts school in september and i worry about her")
    assert decided.understanding.role != "perpetrator"


OTHER_LANGUAGES = [
    ("abuse=coercive_control",
     "mi pareja no me deja trabajar, me revisa el telefono todas las noches y si hablo con una amiga"
     " se enoja y rompe cosas"),
    ("danger=immediate",
     "esta borracho gritando que esta noche me mata, estoy encerrada en el bano con mi hija"),
    ("abuse=sexual_violence,recent=1",
     "el sabado fui a una fiesta, me desperte sin ropa en una casa que no conocia y no recuerdo nada"),
    ("abuse=trafficking_exploitation",
     "vine a trabajar de limpieza y la agencia me cobra todo, dice que le debo el pasaje y no me"
     " deja irme"),
    ("abuse=coercive_control",
     "o meu companheiro controla tudo, o dinheiro, as minhas roupas, com quem falo, e diz que"
     " ninguem vai acreditar em mim"),
    ("danger=immediate",
     "ele ta la embaixo gritando que vai me matar, tranquei a porta do quarto"),
    ("abuse=forced_marriage",
     "meus pais marcaram meu casamento na guine sem me perguntar, viajamos em agosto"),
    ("abuse=economic_abuse",
     "maz zabiera mi cala wyplate i daje mi 20 funtow na tydzien na jedzenie dla dzieci"),
    ("danger=immediate",
     "on jest pijany i mowi ze dzis w nocy mnie zabije, zamknelam sie w lazience"),
    ("abuse=domestic_abuse",
     "od lat mnie wyzywa i popycha, ostatnio uderzyl mnie przy dzieciach"),
    ("abuse=domestic_abuse",
     "sotul meu ma injura si ma impinge de fiecare data cand bea, copiii vad tot"),
    ("danger=immediate",
     "a spart usa si urla ca ma omoara, sunt cu copiii in baie"),
    ("abuse=forced_marriage",
     "babam beni yazin memlekette amcamin oglu ile evlendirecek, ben istemiyorum"),
    ("danger=immediate",
     "sarhos geldi, bicakla kapiya dayandi, bu gece beni oldurecegini soyluyor"),
    ("abuse=domestic_abuse",
     "جوزي كل ما يعصب بيكسر اشياء وبيدفشني، وصار يضربني قدام الولاد"),
    ("danger=immediate",
     "هو سكران ومعه سكين وعم يقول الليلة رح يخلص مني"),
    ("abuse=domestic_abuse",
     "mera shohar roz raat ko sharab pee kar mujhe maarta hai aur bachon ke samne gaali deta hai"),
    ("danger=immediate",
     "woh nashe mein hai aur keh raha hai aaj raat mujhe khatam kar dega"),
    ("abuse=honour_based_abuse",
     "mere bhai kehte hain maine khandan ki izzat kharab kar di, woh mujhe maar denge"),
    ("abuse=domestic_abuse",
     "جوزي بيشتمني كل يوم وبيقلي انتي ولا شي ومش رح تقدري تعيشي بدوني"),
    ("abuse=coercive_control",
     "زوجي ما يخليني اطلع من البيت ولا اكلم اهلي وماخد تلفوني"),
    ("abuse=economic_abuse",
     "جوزي بياخد كل راتبي وما بيعطيني ولا قرش"),
    ("danger=immediate",
     "هو برا الباب وعم يهدد انه يكسر الباب ويقتلني"),
    ("abuse=sexual_violence",
     "جوزي بيجبرني على العلاقة وانا ما بدي"),
    ("role=friend_family",
     "صاحبتي جوزها بيضربها وهي خايفة تحكي لحدا"),
    ("abuse=domestic_abuse",
     "esim bana surekli hakaret ediyor, beni aptal yerine koyuyor, arkadaslarimla gorusmemi yasakladi"),
    ("abuse=economic_abuse",
     "kocam maasimi aliyor, bana harclik veriyor"),
    ("danger=immediate",
     "kapiyi kiriyor, beni oldurecegini bagiriyor"),
    ("abuse=stalking",
     "eski sevgilim beni surekli takip ediyor, isyerime geliyor"),
    ("abuse=sexual_violence",
     "kocam istemedigim halde benimle zorla birlikte oluyor"),
    ("role=friend_family",
     "komsumu kocasi her gece dovuyor, sesleri duyuyorum"),
    ("abuse=domestic_abuse",
     "maro pati mane roj gaal aape che ane mare che"),
    ("abuse=economic_abuse",
     "maro pati maro badho pagar lai le che"),
    ("danger=immediate",
     "e bahar ubho che ane kahe che aaje tane mari nakhish"),
    ("abuse=domestic_abuse",
     "મારો પતિ મને રોજ મારે છે અને ગાળો આપે છે"),
    ("abuse=coercive_control",
     "maari saasu mane gharni bahar javaa nathi deti"),
    ("abuse=domestic_abuse",
     "mi esposo me insulta todos los dias y me dice que no valgo nada"),
    ("abuse=stalking",
     "mi ex me sigue a todas partes y me manda mensajes desde cuentas nuevas"),
    ("abuse=economic_abuse",
     "mi marido se queda con mi sueldo y no me deja tener tarjeta"),
    ("abuse=sexual_violence",
     "mi marido me obliga a tener relaciones cuando no quiero"),
    ("abuse=domestic_abuse",
     "شوهرم هر شب بهم فحش میده و کتکم میزنه"),
    ("abuse=coercive_control",
     "شوهرم نمیذاره از خونه بیرون برم و گوشیمو چک میکنه"),
    ("danger=immediate",
     "پشت دره و میگه امشب میکشمت"),
    ("abuse=domestic_abuse",
     "shoharam har roz kotakam mizane"),
]


@pytest.mark.parametrize(("expectation", "message"), OTHER_LANGUAGES)
def test_a_longer_message_in_another_site_language_is_read_for_what_it_says(expectation, message):
    assert holds(expectation, signpost(message)), message


@pytest.mark.parametrize(("message", "abuse"), [
    ("my mum keeps asking for pics of the baby", "sexual_exploitation"),
    ("my boyfriend is 23 and im 25", "sexual_exploitation"),
    ("we had a naming ceremony for my daughter", "fgm"),
    ("something happened at work today and im upset", "sexual_violence"),
])
def test_look_alikes_of_exploitation_fgm_and_rape_are_not_read(message, abuse):
    assert abuse not in signpost(message).understanding.abuse, message
