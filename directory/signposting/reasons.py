"""Why a service was chosen, in words a person can read. Marked for translation here and
translated by the channel that shows it (the site, or the assistant)."""
from __future__ import annotations


def N_(message: str) -> str:  # noqa: N802 - gettext's name for "mark, don't translate yet"
    return message


REASONS = {
    "self_harm": N_("for suicidal feelings or self-harm, any time"),
    "cannot_speak": N_("if you cannot speak: text 999 once registered"),
    "deaf": N_("for Deaf people, in British Sign Language"),
    "own_behaviour": N_("for people worried about their own behaviour"),
    "recent_assault_london": N_("for a recent rape or sexual assault in London"),
    "recent_assault": N_("for a recent rape or sexual assault"),
    "adult_survivor_childhood": N_("for adults abused as children"),
    "forced_marriage_abroad": N_("for forced marriage, including someone already abroad"),
    "forced_marriage": N_("for forced marriage"),
    "honour": N_("for so-called honour-based abuse"),
    "fgm": N_("for female genital mutilation (FGM)"),
    "exploitation": N_("for trafficking and exploitation"),
    "young_person": N_("for children and young people"),
    "child_at_risk": N_("for a child who may be at risk"),
    "sexual_violence": N_("for rape, sexual assault and abuse"),
    "stalking": N_("for stalking"),
    "lgbt": N_("for LGBT+ people"),
    "man": N_("for men"),
    "older": N_("for older people"),
    "domestic_abuse": N_("for domestic abuse, 24 hours"),
    "someone_else": N_("for friends and family of someone being abused"),
    "safe_place": N_("to find a refuge or somewhere safe"),
    "money": N_("for money and debt problems caused by abuse"),
    "migrant": N_("for women with immigration worries"),
    "legal": N_("for legal advice"),
    "harassment": N_("for harassment and other crimes, free and confidential"),
    "report_police": N_("to report to the police when it is not an emergency"),
    "named": N_("the service you asked about"),
    "general": N_("for any kind of abuse, 24 hours"),
    "interpreter": N_("24 hours, with an interpreter in your language"),
    "own_language": N_("support in your language"),
    "local": N_("in your area"),
    "emergency": N_("if you are in danger now"),
}
