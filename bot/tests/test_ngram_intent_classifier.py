import pytest
from components.ngram_intent_classifier import NgramIntentClassifier, keyword_patterns
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

EXAMPLES = {
    "domestic_abuse": ["he hits me when he drinks", "my husband takes all my money",
                       "he checks my phone every night", "mi marido me pega"],
    "stalking": ["my ex keeps following me", "someone waits outside my work",
                 "he sends me hundreds of messages", "mi ex me sigue a casa"],
    "greet": ["hello", "hi there", "good morning", "hola"],
}
LOOKUPS = [{"name": "kw_stalking_en", "elements": ["following", "turns up"]},
           {"name": "kw_greet_en", "elements": ["hello", "hiya"]}]


def training_data() -> TrainingData:
    messages = [Message.build(text=text, intent=intent)
                for intent, texts in EXAMPLES.items() for text in texts]
    return TrainingData(training_examples=messages, lookup_tables=LOOKUPS)


@pytest.fixture
def storage(tmp_path):
    return LocalModelStorage(tmp_path)


def trained(storage, name="classifier"):
    context = ExecutionContext(GraphSchema({}), "test")
    resource = Resource(name)
    classifier = NgramIntentClassifier.create({}, storage, resource, context)
    classifier.train(training_data())
    return classifier, resource, context


def classify(classifier, text):
    [message] = classifier.process([Message.build(text=text)])
    return message.get("intent"), message.get("intent_ranking")


def test_keyword_patterns_match_whole_words_in_any_case():
    greet, stalking = keyword_patterns(LOOKUPS)  # sorted by lookup name
    assert stalking.search("He keeps FOLLOWING me") and stalking.search("he turns up at night")
    assert greet.search("Hello?") and not greet.search("othello")


def test_it_learns_intents_and_ranks_them_with_confidences(storage):
    classifier, _, _ = trained(storage)
    intent, ranking = classify(classifier, "my husband hits me")
    assert intent["name"] == "domestic_abuse"
    assert [r["name"] for r in ranking][0] == "domestic_abuse" and len(ranking) == 3
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)
    assert ranking[0]["confidence"] > ranking[1]["confidence"]


def test_missing_accents_and_typos_still_match(storage):
    classifier, _, _ = trained(storage)
    assert classify(classifier, "mi márido me pegá")[0]["name"] == "domestic_abuse"
    assert classify(classifier, "helloo")[0]["name"] == "greet"


def test_a_persisted_model_loads_and_answers_the_same(storage):
    classifier, resource, context = trained(storage)
    loaded = NgramIntentClassifier.load({}, storage, resource, context)
    for text in ("someone follows me home", "hola", "he takes my wages"):
        assert classify(loaded, text) == classify(classifier, text)


def test_training_is_reproducible(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, _, _ = trained(LocalModelStorage(tmp_path / "a"))
    second, _, _ = trained(LocalModelStorage(tmp_path / "b"))
    assert classify(first, "he is outside my house") == classify(second, "he is outside my house")


def test_without_intent_examples_it_leaves_messages_alone(storage):
    context = ExecutionContext(GraphSchema({}), "test")
    classifier = NgramIntentClassifier.create({}, storage, Resource("empty"), context)
    classifier.train(TrainingData(training_examples=[]))
    [message] = classifier.process([Message.build(text="hello")])
    assert message.get("intent") is None
