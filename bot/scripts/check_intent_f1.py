"""Fail unless cross-validated intent F1 (weighted average) reaches the threshold.

Usage: python scripts/check_intent_f1.py results/nlu 0.90 [data/nlu]

Also prints the weakest intents and, when the training data folder is given, the share of
each language's examples classified correctly, so a weak language is seen, not averaged away.
"""
import json
import sys
from collections import Counter
from pathlib import Path

from rasa.shared.nlu.training_data.loading import load_data

AVERAGES = ("weighted avg", "macro avg", "micro avg")


def language_examples(nlu_folder: Path) -> dict[str, str]:
    """Each example's text (as Rasa reads it), mapped to the language file it comes from."""
    return {example.get("text"): path.stem
            for path in sorted(nlu_folder.glob("*.yml"))
            for example in load_data(str(path)).intent_examples}


def main(results: Path, threshold: float, nlu_folder: Path | None) -> int:
    report = json.loads((results / "intent_report.json").read_text(encoding="utf-8"))
    f1 = report["weighted avg"]["f1-score"]
    print(f"Cross-validated intent F1 (weighted average): {f1:.3f} (needs {threshold:.2f})")
    weakest = sorted((v["f1-score"], k) for k, v in report.items()
                     if isinstance(v, dict) and "f1-score" in v and k not in AVERAGES)
    for score, intent in weakest[:5]:
        print(f"  weakest intent: {intent:<26} {score:.3f}")
    if nlu_folder:
        languages = language_examples(nlu_folder)
        errors = json.loads((results / "intent_errors.json").read_text(encoding="utf-8"))
        wrong = Counter(languages.get(error["text"], "?") for error in errors)
        for language, total in sorted(Counter(languages.values()).items()):
            print(f"  {language}: {1 - wrong[language] / total:.3f} of {total} examples right")
    return 0 if f1 >= threshold else 1


if __name__ == "__main__":
    folder = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    sys.exit(main(Path(sys.argv[1]), float(sys.argv[2]), folder))
