"""Fail unless cross-validated intent F1 (weighted average) reaches the threshold.

Usage: python scripts/check_intent_f1.py results/nlu/intent_report.json 0.90
"""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as file:
    report = json.load(file)
threshold = float(sys.argv[2])
f1 = report["weighted avg"]["f1-score"]
AVERAGES = ("weighted avg", "macro avg", "micro avg")
weakest = sorted((v["f1-score"], k) for k, v in report.items()
                 if isinstance(v, dict) and "f1-score" in v and k not in AVERAGES)
print(f"Cross-validated intent F1 (weighted average): {f1:.3f} (needs {threshold:.2f})")
for score, intent in weakest[:5]:
    print(f"  weakest: {intent:<26} {score:.3f}")
sys.exit(0 if f1 >= threshold else 1)
