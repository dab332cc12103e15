"""What a blind assessor sees in a result panel: their own ratings and result only — with the
targets hidden (the default), no fit, verdict, gaps or knock-outs either, since each of them is
made of targets and minimums and would show them as the assessor types."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kamassess.i18n import figures
from kamassess.i18n.messages import tr as core_tr
from kamassess.panel.blind import own_ratings
from ui.radar_widget import RadarSeries
from ui.result_panel import ResultPanel

if TYPE_CHECKING:  # scoring loads on first use
    from kamassess.scoring.evaluation import Evaluation


class OwnResult(QObject):
    """Fills a ResultPanel with one assessment's own result, or with why the result is hidden."""

    def __init__(self, panel: ResultPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def show_own(self, ev: Evaluation, *, show_targets: bool) -> None:
        panel, lang = self.panel, self.panel.lang
        note = self.tr(
            "Blind rating: only your own ratings count here. The other assessors' ratings and "
            "the pooled result show once you finalise."
        )
        if show_targets:
            panel.show_evaluation(ev, drafts_included=True)
            panel.headline.setText(
                panel.headline.text() + f"<br/><i style='font-size:9pt'>{escape(note)}</i>"
            )
            return
        panel.evaluation = ev
        mine = own_ratings(ev)
        counts = self.tr("{rated} of {total} rated · {none} no evidence · {open} open").format(
            rated=mine.rated, total=mine.total, none=mine.no_evidence, open=mine.open
        )
        hidden = self.tr(
            "Targets, knock-out minimums, the fit and the verdict are hidden while you rate, "
            "so that they do not steer your ratings."
        )
        yours = self.tr("Your ratings")
        panel.headline.setText(
            f"<span style='font-size:16pt; font-weight:600'>{escape(yours)}"
            f"</span><br/><span style='font-size:10pt'>{escape(counts)}</span><br/>"
            f"<span style='font-size:9pt; color:#1f4e8c'>{escape(note)}</span><br/>"
            f"<span style='font-size:9pt; color:#555'>{escape(hidden)}</span>"
        )
        res, fw = ev.result, ev.framework
        labels = [fw.competency(c.competency).name.get(lang) for c in res.competencies]
        series = RadarSeries(
            yours,
            [c.score for c in res.competencies],
            QColor(25, 70, 130),
            fill=True,
        )
        panel.radar.set_data(labels, [series], max(fw.levels))
        rows = "".join(
            f"<tr><td>{escape(fw.group(gid).name.get(lang))}</td>"
            f"<td align='right'><b>{figures.level_text(mean, lang)}</b></td></tr>"
            for gid, mean in mine.groups
        )
        title = self.tr("Your mean level by group")
        panel.details.setHtml(f"<h3>{escape(title)}</h3><table cellpadding='2'>{rows}</table>")

    def show_hidden(self, drafts: int) -> None:
        """The candidate page while the user has a draft of this candidate open."""
        panel = self.panel
        panel.show_empty()
        text = core_tr("ui.blind_drafts", panel.lang, n=drafts)
        title = self.tr("Blind until you finalise")
        panel.headline.setText(
            f"<p style='font-size:13pt; font-weight:600; color:#1f4e8c'>{escape(title)}</p>"
            f"<p style='font-size:10pt'>{escape(text)}</p>"
        )
        panel.headline.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
