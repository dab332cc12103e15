"""Profile PDF: ours against a bare reportlab script with the same amount of text, one table
and one spider chart on two pages; warm in-process, as whole processes, and a batch of 200."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, alternate, report, wall

from bench.generate import make_bundle
from kamassess.exchange.bundle import parse_bundle
from kamassess.exchange.demo import bundle as demo_bundle
from kamassess.exchange.importer import import_bundle
from kamassess.framework.model import load_framework
from kamassess.reports.profile import write_profile
from kamassess.scoring.batch import evaluate_many
from kamassess.scoring.evaluation import evaluate
from kamassess.store.sqlite import Store

BASELINE = """
import sys
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table
import importlib.resources as res

folder = res.files("fontpkg_pt_sans") / "files"
with res.as_file(folder / "PT_Sans-Web-Regular.ttf") as path:
    pdfmetrics.registerFont(TTFont("PTSans", str(path)))

def build(out, text):
    style = ParagraphStyle("b", fontName="PTSans", fontSize=9.5, leading=12.5)
    chart = SpiderChart()
    chart.x, chart.y, chart.width, chart.height = 60, 20, 300, 260
    chart.data = [[4, 4, 4, 3, 4, 4, 4, 4, 4, 5, 4, 3, 4, 4, 3, 4, 3],
                  [5, 4, 3.7, 3.7, 4, 4.7, 4.3, 4.3, 4.3, 2.7, 3, 2.7, 3, 4, 3.7, 4, 3]]
    chart.labels = ["Компетенция %d" % i for i in range(17)]
    drawing = Drawing(420, 300)
    drawing.add(chart)
    rows = [["Компетенция", "Оценка", "Цель", "Разрыв"]] + [
        ["Компетенция номер %d" % i, "4,3", "4", "0"] for i in range(19)]
    table = Table(rows)
    table.setStyle([("FONT", (0, 0), (-1, -1), "PTSans", 8.5)])
    words = text.split()
    story = [drawing, table, PageBreak()]
    for i in range(0, len(words), 60):
        story.append(Paragraph(" ".join(words[i:i + 60]), style))
    SimpleDocTemplate(out, pagesize=A4).build(story)

if __name__ == "__main__":
    build(sys.argv[1], open(sys.argv[2], encoding="utf-8").read())
"""


def main(rounds: int = 9) -> None:
    tmp = Path(tempfile.mkdtemp())
    fw = load_framework(ROOT / "competencies.yaml")
    db = tmp / "demo.db"
    with Store.open(db) as store:
        text = json.dumps(demo_bundle(), ensure_ascii=False)
        import_bundle(store, fw, parse_bundle(text, "demo", fw, store), "bench")
        ev = evaluate(store, fw, "c-002")
    ours = write_profile(ev, fw, tmp / "ours.pdf", "ru")
    from pypdf import PdfReader

    reader = PdfReader(ours)
    words = " ".join(page.extract_text() for page in reader.pages)
    (tmp / "text.txt").write_text(words, encoding="utf-8")
    (tmp / "baseline.py").write_text(BASELINE, encoding="utf-8")
    sys.path.insert(0, str(tmp))
    import baseline  # type: ignore[import-not-found]

    def time_ours() -> float:
        start = time.perf_counter()
        write_profile(ev, fw, tmp / "o.pdf", "ru")
        return time.perf_counter() - start

    def time_bare() -> float:
        start = time.perf_counter()
        baseline.build(str(tmp / "b.pdf"), words)
        return time.perf_counter() - start

    time_ours(), time_bare()  # warm: fonts registered, modules loaded
    p, b = alternate(time_ours, time_bare, rounds)
    report(
        "profile_pdf_warm",
        p,
        b,
        goal="ratio <= 1.5",
        pages=len(reader.pages),
        characters=len(words),
        baseline_pages=len(PdfReader(tmp / "b.pdf").pages),
    )

    cli = [
        sys.executable,
        str(ROOT / "main.py"),
        "--db",
        str(db),
        "report",
        "profile",
        "--candidate",
        "c-002",
        "--out",
        str(tmp / "cli.pdf"),
    ]
    bare = [sys.executable, str(tmp / "baseline.py"), str(tmp / "bp.pdf"), str(tmp / "text.txt")]
    wall(cli), wall(bare)
    p, b = alternate(lambda: wall(cli), lambda: wall(bare), 5)
    report("profile_pdf_process", p, b, goal="ratio <= 1.5")

    with Store.open(tmp / "batch.db") as store:
        text = json.dumps(make_bundle(fw, 200), ensure_ascii=False)
        import_bundle(store, fw, parse_bundle(text, "bench", fw, store), "bench")
        evs = evaluate_many(store, fw)
    (tmp / "out").mkdir()
    times = []
    start = time.perf_counter()
    for e in evs:
        t = time.perf_counter()
        write_profile(e, fw, tmp / "out" / f"{e.candidate.id}.pdf", "ru")
        times.append(time.perf_counter() - t)
    total = time.perf_counter() - start
    report(
        "profile_pdf_batch_200",
        times,
        goal="<= 0.15 s each",
        total_s=round(total, 2),
        mean_s=round(statistics.mean(times), 4),
        max_s=round(max(times), 4),
    )


if __name__ == "__main__":
    main()
