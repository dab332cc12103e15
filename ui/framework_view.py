"""Browse the loaded framework: groups and competencies with anchors and questions; profiles."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QSplitter, QTextBrowser, QTreeView, QWidget

from kamassess.framework.model import Framework
from kamassess.i18n.texts import money

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class FrameworkView(QSplitter):
    """A tree of groups, competencies and profiles beside a rendered description."""

    def __init__(self, framework: Framework, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("frameworkView")
        self.tree = QTreeView(self)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.addWidget(self.tree)
        self.addWidget(self.detail)
        self.setStretchFactor(1, 3)
        self.setSizes([340, 760])
        self.model = QStandardItemModel(self)
        self.tree.setModel(self.model)
        self.tree.selectionModel().currentChanged.connect(self._show)
        self.set_framework(framework, lang)

    def set_framework(self, framework: Framework, lang: str) -> None:
        self.framework, self.lang = framework, lang
        self.model.clear()
        groups_root = QStandardItem(self.tr("Competencies"))
        groups_root.setEditable(False)
        for group in framework.groups:
            gitem = self._item(group.name.get(lang), "group", group.id)
            for comp in framework.group_competencies(group.id):
                gitem.appendRow(self._item(comp.name.get(lang), "competency", comp.id))
            groups_root.appendRow(gitem)
        profiles_root = QStandardItem(self.tr("Ideal profiles"))
        profiles_root.setEditable(False)
        for prof in framework.profiles:
            profiles_root.appendRow(self._item(prof.name.get(lang), "profile", prof.id))
        self.model.appendRow(groups_root)
        self.model.appendRow(profiles_root)
        self.tree.expandAll()
        self.detail.setHtml(self._overview_html())

    @staticmethod
    def _item(text: str, kind: str, ident: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(kind, KIND_ROLE)
        item.setData(ident, ID_ROLE)
        return item

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        kind, ident = current.data(KIND_ROLE), current.data(ID_ROLE)
        if kind == "competency":
            self.detail.setHtml(self._competency_html(ident))
        elif kind == "profile":
            self.detail.setHtml(self._profile_html(ident))
        elif kind == "group":
            group = self.framework.group(ident)
            desc = group.description.get(self.lang) if group.description else ""
            self.detail.setHtml(
                f"<h2>{escape(group.name.get(self.lang))}</h2><p>{escape(desc)}</p>"
            )
        else:
            self.detail.setHtml(self._overview_html())

    def _overview_html(self) -> str:
        fw, lang = self.framework, self.lang
        scale_title = self.tr("Rating scale")
        levels = "".join(
            f"<tr><td><b>{lv.level}</b></td><td>{escape(lv.label.get(lang))}</td>"
            f"<td>{escape(lv.description.get(lang) if lv.description else '')}</td></tr>"
            for lv in fw.scale
        )
        source = escape(fw.source.get(lang)) if fw.source else ""
        return (
            f"<h2>{escape(fw.title.get(lang))}</h2>"
            f"<p>{escape(fw.id)} · {escape(fw.version)}</p><p><i>{source}</i></p>"
            f"<h3>{escape(scale_title)}</h3>"
            f"<table cellpadding='4'>{levels}</table>"
        )

    def _competency_html(self, ident: str) -> str:
        comp, lang = self.framework.competency(ident), self.lang
        anchors_title = self.tr("Behavioural anchors")
        questions_title = self.tr("Interview questions")
        source_title = self.tr("Source")
        anchors = "".join(
            f"<tr><td valign='top'><b>{lv}</b>&nbsp;"
            f"{escape(label.get(lang) if (label := self.framework.level_label(lv)) else '')}"
            f"</td><td>{escape(text.get(lang))}</td></tr>"
            for lv, text in comp.anchors.items()
        )
        questions = "".join(
            f"<li>{escape(q.get(lang))}"
            + (f"<br/><i>→ {escape(q.probe.get(lang))}</i>" if q.probe else "")
            + "</li>"
            for q in comp.questions
        )
        source = escape(comp.source.get(lang)) if comp.source else ""
        return (
            f"<h2>{escape(comp.name.get(lang))}</h2><p>{escape(comp.definition.get(lang))}</p>"
            f"<h3>{escape(anchors_title)}</h3>"
            f"<table cellpadding='4' border='0'>{anchors}</table>"
            f"<h3>{escape(questions_title)}</h3><ul>{questions}</ul>"
            f"<p><i>{escape(source_title)}: {source}</i></p>"
        )

    def _profile_html(self, ident: str) -> str:
        prof, lang, fw = self.framework.profile(ident), self.lang, self.framework
        rows = "".join(
            f"<tr><td>{escape(fw.competency(t.competency).name.get(lang))}</td>"
            f"<td align='center'>{t.target}</td><td align='center'>{t.weight:g}</td>"
            f"<td align='center'>{'' if t.minimum is None else t.minimum}</td></tr>"
            for t in prof.targets
        )
        band = prof.salary_band
        pay_band = self.tr("Pay band")
        heads = [
            self.tr("Competency"),
            self.tr("Target"),
            self.tr("Weight"),
            self.tr("Knock-out below"),
        ]
        pay = ""
        if band:
            total_up_to = self.tr("total up to")
            top = f", {total_up_to} {money(band.total_max)}" if band.total_max else ""
            pay = (
                f"<p><b>{escape(pay_band)}:</b> {money(band.base_min)}–"
                f"{money(band.base_max)} {escape(band.currency)}{top}</p>"
            )
        desc = escape(prof.description.get(lang)) if prof.description else ""
        return (
            f"<h2>{escape(prof.name.get(lang))}</h2><p>{desc}</p>{pay}"
            "<table cellpadding='4' border='1' cellspacing='0'><tr>"
            + "".join(f"<th>{escape(h)}</th>" for h in heads)
            + f"</tr>{rows}</table>"
        )
