"""Someone whose own partner harms them is read as the person harmed, even when they give
their job ("I'm a nurse and my husband hits me"); a professional writing of a client's
partner stays a professional.

Every message here was written for this test, as people type."""
import pytest

from directory.signposting import understand

HARMED_WITH_A_JOB = [
    ("en", "I'm a nurse and my husband hits me, I don't know who to tell at work"),
    ("en", "im a teacher and my partner has been hitting me for months"),
    ("en", "I work as a social worker myself but my boyfriend controls me and I feel so stupid"),
    ("en", "police officer here, but this is personal, I was strangled by my ex last week"),
    ("es", "soy enfermera y mi marido me pega desde hace un año"),
    ("pt", "sou professora e meu marido me bate quando bebe"),
    ("pl", "jestem pielegniarka i moj maz mnie bije"),
    ("ro", "sunt asistenta medicala si sotul meu ma bate"),
    ("tr", "hemsireyim ama kocam beni dovuyor"),
    ("ur", "main teacher hoon aur mera shohar mujhe marta hai"),
    ("ar", "انا ممرضة وزوجي يضربني"),
    ("bn", "ami nurse, amar swami amake mare"),
    ("fa", "من معلم هستم و شوهرم منو میزنه"),
]

PROFESSIONALS_ABOUT_SOMEONE_ELSE = [
    ("en", "social worker here, my client says her husband hits her"),
    ("en", "I'm a GP, a patient told me her partner hit her, where do I refer?"),
    ("es", "soy trabajadora social, una usuaria me conto que su marido la pega"),
    ("pt", "sou assistente social, uma utente disse que o marido bate nela"),
    ("tr", "sosyal hizmet uzmaniyim, bir danisanim kocasinin onu dovdugunu soyledi"),
]


@pytest.mark.parametrize(("language", "message"), HARMED_WITH_A_JOB)
def test_a_person_harmed_by_her_partner_is_not_read_as_a_professional(language, message):
    understood = understand(message)
    assert understood.role == "survivor", (language, message)
    assert understood.abuse, (language, message)


@pytest.mark.parametrize(("language", "message"), PROFESSIONALS_ABOUT_SOMEONE_ELSE)
def test_a_professional_writing_of_a_clients_partner_stays_a_professional(language, message):
    assert understand(message).role == "professional", (language, message)
