"""Intent classification for eight languages without a downloaded language model.

TF-IDF over words and character n-grams (n-grams carry typos, missing diacritics and scripts
that whitespace splits poorly), plus one feature per keyword lookup in the training data,
into a linear SVM. Measured by 3-fold cross-validation on our data, this beat DIET and Rasa's
LogisticRegressionClassifier on both intent F1 and training time (README, "The assistant").

The SVM's scores are turned into confidences with a softmax at a fixed temperature, so the
FallbackClassifier threshold keeps its meaning: "not sure enough to signpost".
"""
from __future__ import annotations

import logging
import re
from typing import Any

import joblib
import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

logger = logging.getLogger(__name__)
MODEL_FILE = "ngram_intent_classifier.joblib"


def keyword_patterns(lookup_tables: list[dict[str, Any]]) -> list[re.Pattern]:
    """One case-insensitive, whole-word pattern per lookup table, in a stable order."""
    patterns = []
    for table in sorted(lookup_tables, key=lambda t: t["name"]):
        words = sorted({str(w).strip() for w in table["elements"] if str(w).strip()},
                       key=len, reverse=True)
        if words:
            patterns.append(re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b",
                                       re.IGNORECASE))
    return patterns


def softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    shifted = (scores - scores.max(axis=1, keepdims=True)) / temperature
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class NgramIntentClassifier(IntentClassifier, GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "min_char_ngram": 2,
            "max_char_ngram": 4,
            "keyword_weight": 0.3,
            "C": 0.5,
            "temperature": 0.1,
            "random_seed": 2026,
            "ranking_length": 10,
        }

    @staticmethod
    def required_packages() -> list[str]:
        return ["sklearn"]

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 model: dict[str, Any] | None = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model
        self._patterns = [re.compile(p, re.IGNORECASE) for p in model["patterns"]] if model else []

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> NgramIntentClassifier:
        return cls(config, model_storage, resource)

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> NgramIntentClassifier:
        try:
            with model_storage.read_from(resource) as model_dir:
                model = joblib.load(model_dir / MODEL_FILE)
        except ValueError:  # nothing was persisted: the training data had no intents
            model = None
        return cls(config, model_storage, resource, model)

    def _vectorizers(self) -> list[TfidfVectorizer]:
        common = {"lowercase": True, "strip_accents": "unicode", "sublinear_tf": True}
        return [
            TfidfVectorizer(token_pattern=r"\S+", **common),
            TfidfVectorizer(analyzer="char_wb", **common, ngram_range=(
                self.config["min_char_ngram"], self.config["max_char_ngram"])),
        ]

    def _features(self, texts: list[str], vectorizers: list[TfidfVectorizer],
                  patterns: list[re.Pattern]) -> csr_matrix:
        weight = self.config["keyword_weight"]
        keywords = csr_matrix(np.array(
            [[weight if p.search(text) else 0.0 for p in patterns] for text in texts],
            dtype=float).reshape(len(texts), len(patterns)))
        return hstack([v.transform(texts) for v in vectorizers] + [keywords]).tocsr()

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            logger.debug("No intent examples: %s is not trained.", self.__class__.__name__)
            return self._resource
        texts = [e.get(TEXT) for e in examples]
        vectorizers = self._vectorizers()
        for vectorizer in vectorizers:
            vectorizer.fit(texts)
        patterns = keyword_patterns(training_data.lookup_tables)
        svm = LinearSVC(C=self.config["C"], class_weight="balanced",
                        random_state=self.config["random_seed"])
        svm.fit(self._features(texts, vectorizers, patterns), [e.get(INTENT) for e in examples])
        self.model = {"vectorizers": vectorizers, "patterns": [p.pattern for p in patterns],
                      "svm": svm}
        self._patterns = patterns
        with self._model_storage.write_to(self._resource) as model_dir:
            joblib.dump(self.model, model_dir / MODEL_FILE)
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        if not self.model or not messages:
            return messages
        texts = [m.get(TEXT) or "" for m in messages]
        scores = self.model["svm"].decision_function(
            self._features(texts, self.model["vectorizers"], self._patterns))
        if scores.ndim == 1:  # two intents: one score, positive for the second
            scores = np.column_stack([-scores, scores])
        confidences = softmax(scores, self.config["temperature"])
        intents = self.model["svm"].classes_
        for message, row in zip(messages, confidences, strict=True):
            ranking = sorted(({"name": str(name), "confidence": float(c)}
                              for name, c in zip(intents, row, strict=True)), key=lambda r: -r["confidence"])
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set("intent_ranking", ranking[: self.config["ranking_length"]],
                        add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
