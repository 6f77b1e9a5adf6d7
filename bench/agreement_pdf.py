"""Time to build a mediation agreement PDF, beside a minimal reportlab document (the floor).

    .venv/bin/python bench/agreement_pdf.py [--runs 20] [--cold-runs 5]

  agreement  build_agreement_pdf(): validation, printability check, Ext-B runs, 2 A4 pages with
             header/footer, page total, signature table, seal area, QR code, hashing
  baseline   a bare SimpleDocTemplate, 2 pages of CJK paragraphs in the same font, no checks

warm = median of --runs builds in this process after one untimed build (fonts registered).
cold = median of --cold-runs fresh processes, timed inside the child from before the first
station_app import to the finished bytes (imports, font discovery and registration included;
interpreter start-up excluded). Target: agreement warm < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_WARM_MS = 100.0

_CHILD = r"""
import json, sys, time
start = time.perf_counter()
sys.path.insert(0, {root!r})
from bench.agreement_pdf import build_once
pages = build_once({kind!r})
print(json.dumps({{"ms": (time.perf_counter() - start) * 1000, "pages": pages}}))
"""


def sample_agreement():
    """Two parties (one a minor with a guardian), a money term, a rare character, 2 pages."""
    from datetime import date

    from station_app.documents.inputs import AgreementInput, AgreementTerm, PartyInfo

    a = PartyInfo(name="巴特尔·额尔敦", gender="男", ethnicity="蒙古族", birth_date=date(1985, 3, 2),
                  id_number="11010519491231002X", occupation="牧民",
                  address="科右中旗高力板镇查干陶勒盖嘎查二组", phone="13912345678", role_label="甲方")
    b = PartyInfo(name="周𠮷祥", gender="男", ethnicity="汉族", birth_date=date(2012, 5, 1),
                  occupation="学生", address="高力板镇包德福村", role_label="乙方", guardian="周文华（父亲）")
    return AgreementInput(
        kind="police", number="科右中旗公(高)调字〔2026〕第0012号", case_number="GLB-2026-0031",
        mediating_body="科右中旗公安局高力板派出所", presiding="张伟", mediators=["张伟", "李强"],
        note_taker="赵敏", parties=[a, b], others_present=["嘎查委员会主任吉日嘎拉"],
        facts="2026年3月1日18时许，在查干陶勒盖嘎查二组，因牛羊越界啃食草场，甲方与乙方之父发生争执，"
              "甲方推搡乙方致其右臂擦伤。\n经派出所民警到场调查，双方对上述事实均无异议。",
        responsibility="甲方推搡他人，负主要责任；乙方监护人未看管好牛羊，负次要责任。",
        terms=[AgreementTerm("甲方一次性赔偿乙方医疗费、误工费", 3_000_000),
               AgreementTerm("双方今后和睦相处，不再因此事发生纠纷。")],
        performance_method="现金当面交付", performance_place="高力板派出所调解室",
        performance_deadline=date(2026, 3, 20), signed_place="高力板派出所", agreement_date=date(2026, 3, 5),
    )


def build_agreement() -> int:
    from station_app.documents import build_agreement_pdf

    return build_agreement_pdf(sample_agreement()).page_count


def build_baseline() -> int:
    """The floor: what reportlab itself costs for 2 pages of Chinese in the same font."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from station_app.core.fonts import choose_font, register_for_reportlab

    name = register_for_reportlab(choose_font(None), "BenchCJK")
    style = ParagraphStyle("b", fontName=name, fontSize=12, leading=21, wordWrap="CJK")
    text = "经派出所民警到场调查，双方对上述事实均无异议。甲方一次性赔偿乙方医疗费、误工费。" * 4
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, invariant=1, initialFontName=name)
    doc.build([Paragraph(text, style) for _ in range(11)])
    return doc.page


def build_once(kind: str) -> int:
    return build_agreement() if kind == "agreement" else build_baseline()


def warm(kind: str, runs: int) -> tuple[float, int]:
    pages = build_once(kind)  # registration and first-use caches out of the way
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build_once(kind)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), pages


def cold(kind: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        code = _CHILD.format(root=str(ROOT), kind=kind)
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                             check=True)
        times.append(json.loads(out.stdout.strip().splitlines()[-1])["ms"])
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--cold-runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    cold_doc, cold_base = cold("agreement", args.cold_runs), cold("baseline", args.cold_runs)
    warm_doc, doc_pages = warm("agreement", args.runs)
    warm_base, base_pages = warm("baseline", args.runs)
    print(f"{'':10} {'pages':>5} {'warm ms':>9} {'cold ms':>9}")
    print(f"{'agreement':10} {doc_pages:>5} {warm_doc:>9.1f} {cold_doc:>9.1f}")
    print(f"{'baseline':10} {base_pages:>5} {warm_base:>9.1f} {cold_base:>9.1f}")
    print(f"ratio agreement/baseline: warm {warm_doc / warm_base:.2f}, cold {cold_doc / cold_base:.2f}")
    verdict = "OK" if warm_doc < TARGET_WARM_MS else "OVER TARGET"
    print(f"target warm < {TARGET_WARM_MS:.0f} ms: {verdict}")
    return 0 if warm_doc < TARGET_WARM_MS else 1


if __name__ == "__main__":
    sys.exit(main())
