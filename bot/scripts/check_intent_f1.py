"""Fail unless cross-validated intent F1 (weighted average) reaches the threshold, and every
language reaches its own floor.

Usage: python scripts/check_intent_f1.py results/nlu 0.90 [data/nlu [0.85]]

Also prints the weakest intents and, when the training data folder is given, the share of
each language's examples classified correctly, so a weak language is seen, not averaged away.
With a language floor, any language below it fails the check (raise the floor as data grows).
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


def main(results: Path, threshold: float, nlu_folder: Path | None,
         language_floor: float | None = None) -> int:
    report = json.loads((results / "intent_report.json").read_text(encoding="utf-8"))
    f1 = report["weighted avg"]["f1-score"]
    print(f"Cross-validated intent F1 (weighted average): {f1:.3f} (needs {threshold:.2f})")
    weakest = sorted((v["f1-score"], k) for k, v in report.items()
                     if isinstance(v, dict) and "f1-score" in v and k not in AVERAGES)
    for score, intent in weakest[:5]:
        print(f"  weakest intent: {intent:<26} {score:.3f}")
    below = []
    if nlu_folder:
        languages = language_examples(nlu_folder)
        errors = json.loads((results / "intent_errors.json").read_text(encoding="utf-8"))
        wrong = Counter(languages.get(error["text"], "?") for error in errors)
        floor = f" (each language needs {language_floor:.2f})" if language_floor else ""
        print(f"Cross-validated share of examples right, by language{floor}:")
        for language, total in sorted(Counter(languages.values()).items()):
            right = 1 - wrong[language] / total
            print(f"  {language}: {right:.3f} of {total} examples right")
            if language_floor is not None and right < language_floor:
                below.append(language)
    if below:
        print(f"Below the language floor: {', '.join(below)}")
    return 0 if f1 >= threshold and not below else 1


if __name__ == "__main__":
    folder = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    language_floor = float(sys.argv[4]) if len(sys.argv) > 4 else None
    sys.exit(main(Path(sys.argv[1]), float(sys.argv[2]), folder, language_floor))
