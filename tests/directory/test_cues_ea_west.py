"""Readings from the Farsi, Arabic, Somali and Turkish misses of the ninth batteries (2026-12-07),
each idea in other words than the battery's and beside look-alikes: a wedding that turns out to be
the writer's own, on a trip back to Iran or Afghanistan, or to a cousin; papers taken 'from me';
kissed or groped by force, or pinned to a wall; 'he'll finish me off' in Arabizi; 'I'm safe here'
after yesterday's threat; 'can I take my children'; a Somali girl told by her father she must
marry, taken to Kenya, or a child's own age beside a marriage; a Turkish woman separated now,
whom no one bothers, telling of what her ex did years ago."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # Farsi: the wedding is the writer's own, beside a trip back (and tomorrow: danger now).
    ("abuse=forced_marriage", "مامانم میگه تابستون میریم کابل عروسی خالم، ولی فهمیدم عروسی منه"),
    ("abuse=forced_marriage", "babam belit gerefte baraye mahe dige, mige mirim iran, vali aroosie mane"),
    ("danger=immediate", "فردا پرواز داریم به تهران، لباس عروسمو گذاشتن تو چمدون"),
    ("noabuse=forced_marriage", "هفته بعد میریم تهران عروسی دخترخالم، چی بپوشم؟"),
    ("noabuse=forced_marriage", "belit gereftam baraye aroosie doostam too shiraz"),
    ("noabuse=forced_marriage", "بعد از مراسم عقدم با شوهرم پرواز کردیم لندن، از اون موقع منو میزنه"),
    # Farsi: the wedding is hers, with a cousin, said wedding first.
    ("abuse=forced_marriage", "دیروز فهمیدم عقد منه با پسرخالم، هیچکس ازم نپرسید"),
    ("abuse=forced_marriage", "aroosi khodame ba pesar amoom, man nemikham"),
    ("noabuse=forced_marriage", "عروسی پسرعمومه، با دخترخالم میرم"),
    ("noabuse=forced_marriage", "aroosi khodam ba pesar amoom 6 sal pish bood, alan joda shodim"),
    # Farsi: papers taken from the writer: she is the one harmed, whoever took them.
    ("role=survivor", "مامانم و بابام شناسناممو ازم گرفتن، نمیذارن از خونه برم بیرون"),
    ("role=survivor", "dadasham pasportamo azam gerefte, hamsayamoon mige boro police"),
    ("role=friend_family", "شوهر خواهرم پاسپورتشو ازش گرفته و کتکش میزنه"),
    # Farsi: kissed or groped by force, or pinned to a wall: a sexual assault (the Havens in London).
    ("abuse=sexual_violence", "همکارم دیروز تو آشپزخونه به زور بوسم کرد"),
    ("abuse=sexual_violence", "modiram too anbar mano chasboond be divar o boosid"),
    ("svc=the-havens", "dishab too party ye pesare be zoor macham kard, london hastam"),
    ("noabuse=sexual_violence", "doost pesaram boosam kard va kheili khosham oomad"),
    ("noabuse=sexual_violence", "مبل رو چسبوندم به دیوار که جا باز شه"),
    # Arabic (Arabizi): 'he'll finish me off'.
    ("danger=immediate", "akhouy 2al ra7 y5allis 3alayya el leile"),
    ("danger=immediate", "bayyi bi2ol bado ykhalles 3alay iza ma rje3et"),
    ("danger=none", "ra7 ykhalles el shoghl w yeje la 3andi"),
    # Arabic: can I take my children (her own, in the case): not a parent asking about a harmed child.
    ("role=survivor", "طلعت من البيت وما معي شي، بقدر اخد ولادي معي؟"),
    ("role=survivor", "jouzi byesrob w tarradni, fini ekhod wladi?"),
    ("role=parent", "بنتي عمرها ١٤ وفي رجال كبير عم يبعتلها هدايا"),
    # Somali: told by a parent that she must marry; taken to Kenya to marry.
    ("abuse=forced_marriage,role=survivor", "hooyaday waxay igu tiri waa inaad guursataa nin aanad aqoon"),
    ("abuse=forced_marriage", "Aabahay wuxuu ii sheegay waa inaad guursato wiilka abtigaa"),
    ("abuse=forced_marriage", "bisha dambe Kenya ayaa la i geynayaa si aan u guursado"),
    ("noabuse=forced_marriage", "saaxiibadday waxay igu tiri waa inaad guursato ninka aad jeceshahay"),
    ("noabuse=forced_marriage", "xagaaga Nairobi ayaa la i geynayaa si aan u arko ayeeyaday"),
    # Somali: a child's own age beside a marriage to come: no child can consent; her own line too.
    ("abuse=forced_marriage", "16 jir ayaan ahay, nikaax ayaa la ii samaynayaa bisha dambe"),
    ("svc=childline", "15 jir baan ahay, waxay rabaan inaan guursado nin weyn"),
    ("noabuse=forced_marriage", "15 jir baan ahay, hooyaday waxay guursatay nin cusub oo i garaaca"),
    ("noabuse=forced_marriage", "15 jir baan ahay, walaashay waxay rabtaa inay guursato saaxiibkeed"),
    # Turkish: separated now, no one bothers her, beside years ago: not danger now.
    ("danger=none", "yillar once kocam beni bogmaya calisti, simdi ayriyim, kimse beni rahatsiz etmiyor"),
    ("danger=none", "5 yil once eski sevgilim bogazimi sikti, artik hayatimda degil ama kabus goruyorum"),
    ("danger=immediate", "yillar once ayrildik ama su an kapida, beni bogacagim diye bagiriyor"),
    ("danger=immediate", "simdi ayriyim ama dun gece gelip beni bogmaya calisti"),
]

CONVERSATIONS = [
    # Arabic: 'I'm safe here' after yesterday's knife: no danger now; not 'not safe', nor him on his way.
    ("danger=none", ["مرحبا", "مبارح هددني بالسكين وطلعت من البيت. هلق انا عند امي، انا بامان هون"]),
    ("danger=none", ["salam", "mbere7 hadadni bel sekkine w tarradni, hala2 ana b aman 3end okhti"]),
    ("danger=immediate", ["مبارح هددني بالسكين", "انا مش بامان هون، هو عم يدور علي"]),
    ("danger=immediate", ["مبارح هددني بالسكين", "انا بامان هون بس هو جاي هلق ومعه سكين"]),
    # Arabic (Arabizi): brothers on their way now, who said they'll finish him.
    ("danger=immediate", ["ana shab gay w ahli 3erfo",
                          "wlad 3ammi bel sayyara, 2alo ra7 y5alsu 3alayya"]),
]

test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
