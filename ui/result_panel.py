"""The live result beside the rating form: fit, range, verdict, radar, groups, gaps, risks."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from kamassess.i18n import figures
from kamassess.i18n.texts import pooling_lines, risk_sentence
from ui.radar_widget import RadarSeries, RadarWidget

if TYPE_CHECKING:  # scoring loads after the first paint
    from kamassess.scoring.evaluation import Evaluation


class ResultPanel(QWidget):
    """Shows one Evaluation; every figure comes from the core's scoring."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("resultPanel")
        self.headline = QLabel(self)
        self.headline.setObjectName("fitHeadline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.radar = RadarWidget(self)
        self.radar.show_legend = True  # which line is the ideal, which the candidate
        self.details = QTextBrowser(self)
        self.details.setObjectName("resultDetails")
        self.details.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.radar)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(split, 1)
        self.evaluation: Evaluation | None = None
        self.show_empty()

    def show_empty(self, drafts: int = 0) -> None:
        """Nothing to score: not assessed at all, or only drafts that the result leaves out."""
        self.evaluation = None
        if drafts:
            text = self.tr(
                "Draft only: no final assessment yet. Tick “Count drafts in the result” to see "
                "the draft's result."
            )
        else:
            text = self.tr("Not assessed yet")
        self.headline.setText(f"<p style='font-size:14pt'>{escape(text)}</p>")
        self.radar.set_data([], [], 5)
        self.details.clear()

    def show_evaluation(self, ev: Evaluation, *, drafts_included: bool) -> None:
        self.evaluation = ev
        res, fw, lang = ev.result, ev.framework, self.lang
        if res.fit is None:
            self.show_empty()
            self.evaluation = ev
            return
        fit = figures.fit_text(res.fit, lang)
        rng = figures.range_text(res, fw, lang)
        colour = figures.VERDICT_COLOURS.get(res.verdict or "none", "#333")
        coverage = self.tr("coverage {pct}").format(pct=figures.coverage_text(res.coverage, lang))
        reason = figures.reason_text(res, fw, lang)
        knock = ""
        knockouts_title = self.tr("Knock-outs")
        if res.knockouts:
            names = ", ".join(fw.competency(c).name.get(lang) for c in res.knockouts)
            knock = (
                f"<br/><b>{escape(knockouts_title)}:</b> "
                f"<span style='color:#a11d1d'>{escape(names)}</span>"
            )
        assessors = self.tr("assessors (people): {n}").format(n=res.raters)
        note = self.tr("drafts included") if drafts_included else self.tr("final assessments")
        self.headline.setText(
            f"<span style='font-size:22pt; font-weight:600'>{escape(fit)}</span>"
            f"<span style='font-size:10pt'> / 100 &nbsp; {escape(rng)}</span><br/>"
            f"<span style='font-size:13pt; font-weight:600; color:{colour}'>"
            f"{escape(figures.verdict_line(res, lang))}</span><br/>"
            f"<span style='font-size:9pt'>{escape(reason)}</span><br/>"
            f"<span style='font-size:9pt'>{escape(coverage)} · "
            f"{escape(assessors)} · {escape(note)}"
            f"</span>{knock}"
        )
        labels = [fw.competency(c.competency).name.get(lang) for c in res.competencies]
        ideal = RadarSeries(
            self.tr("Ideal portrait"),
            [c.target for c in res.competencies],
            QColor(140, 140, 140),
            Qt.PenStyle.DashLine,
            2.5,
        )
        cand = RadarSeries(
            ev.candidate.name,
            [c.score for c in res.competencies],
            QColor(25, 70, 130),
            fill=True,
            low=[c.low for c in res.competencies],
            high=[c.high for c in res.competencies],
        )
        self.radar.set_data(labels, [ideal, cand], max(fw.levels))
        self.details.setHtml(self._details_html(ev))

    def _details_html(self, ev: Evaluation) -> str:
        res, fw, lang = ev.result, ev.framework, self.lang
        titles = {
            "groups": self.tr("Groups"),
            "gaps": self.tr("Largest gaps"),
            "risks": self.tr("Risk indicators"),
        }
        parts = [f"<h3>{escape(titles['groups'])}</h3><table cellpadding='2'>"]
        for group in fw.groups:
            if group.id in res.groups:
                value = res.groups[group.id]
                shown = figures.fit_text(value, lang)
                parts.append(
                    f"<tr><td>{escape(group.name.get(lang))}</td>"
                    f"<td align='right'><b>{shown}</b></td></tr>"
                )
        parts.append("</table>")
        if res.gaps:
            parts.append(f"<h3>{escape(titles['gaps'])}</h3><ol>")
            for g in res.gaps[:5]:
                cs = res.competency(g.competency)
                parts.append(
                    f"<li>{escape(fw.competency(g.competency).name.get(lang))}: "
                    f"{figures.level_text(cs.score, lang)} / {cs.target}</li>"
                )
            parts.append("</ol>")
        if res.risks:
            parts.append(f"<h3>{escape(titles['risks'])}</h3><ul>")
            for risk in res.risks:
                mark = "+" if risk.kind == "plus" else "!"
                parts.append(f"<li><b>{mark}</b> {escape(risk_sentence(risk, lang))}</li>")
            parts.append("</ul>")
        if ev.outdated:
            text = self.tr("Scored under the older framework {version} of its assessments.")
            parts.append(f"<p><i>{escape(text.format(version=ev.framework.version))}</i></p>")
        parts += [f"<p><i>{escape(line)}</i></p>" for line in pooling_lines(ev, lang)]
        return "".join(parts)
