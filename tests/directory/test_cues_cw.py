"""Work that is exploitation (passport kept, no pay, a debt for the journey, sleeping where one
works), told by the person or a relative, in every site language: read as trafficking, so the
Modern Slavery Helpline is offered.

Every message here was written for this test, as people type."""
import pytest

from .test_signposting import keys, signpost

EXPLOITED = [
    "mi sobrina trabaja en una casa, la senora tiene su pasaporte y no le paga",
    "me trajeron con promesa de trabajo y ahora debo dinero y no me dejan salir",
    "o patrao ficou com o meu passaporte e nao me paga",
    "minha prima trabalha numa casa de familia sem salario e nao pode sair",
    "szef zabral mi paszport i nie placi",
    "pracuje na farmie, mieszkamy w kontenerze, mowia ze jestem im winien pieniadze",
    "patronul mi-a luat pasaportul si nu ma plateste",
    "lucrez la spalatorie, dorm acolo si nu primesc bani",
    "patron pasaportumu aldi, maas vermiyor",
    "شغالة عند ناس وماخدين جوازي وما بيعطوني معاش",
    "malik ne mera passport rakh liya hai aur tankhwah nahi deta",
    "صاحب کارم پاسپورتمو گرفته و حقوق نمیده",
    "malik amar passport rekhe diyeche, beton dey na",
    "shaqada lacag la iima bixiyo, baasaboorkaygana way qaateen",
    "xwediyê kar pasaporta min girtiye û pere nade",
    "mudhalali en passport a eduthukittaan, sambalam tharala",
    "malike maro passport lai lidho che, pagar nathi aapta",
    "ወናኒ ስራሕ ፓስፖርተይ ወሲዱ ደሞዝ ኣይህበንን",
]


@pytest.mark.parametrize("message", EXPLOITED)
def test_exploitation_is_read_and_gets_the_modern_slavery_helpline(message):
    decided = signpost(message)
    assert "trafficking_exploitation" in decided.understanding.abuse, message
    assert "modern-slavery-helpline" in keys(decided), message
