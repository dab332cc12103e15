"""Where a problem is in a file, and what is wrong with its syntax, in the reader's words."""

from __future__ import annotations


def _t(en: str, ru: str) -> dict[str, str]:
    return {"en": en, "ru": ru}


WHERE: dict[str, dict[str, str]] = {
    "where.competency": _t("competency «{name}»", "компетенция «{name}»"),
    "where.level": _t("level {level}", "уровень {level}"),
    "where.line": _t("Line {line}", "Строка {line}"),
    "where.item.competencies": _t("competency", "компетенция"),
    "where.item.profiles": _t("profile", "профиль"),
    "where.item.groups": _t("group", "группа"),
    "where.item.scale": _t("level", "уровень"),
    "where.item.questions": _t("question", "вопрос"),
    "where.item.candidates": _t("candidate", "кандидат"),
    "where.item.assessments": _t("assessment", "оценка"),
    "where.item.sales_groups": _t("sales group", "группа продаж"),
    "where.item.management_groups": _t("management group", "группа управления"),
    "where.item.motivations": _t("motivation", "мотивация"),
    "where.item.regions": _t("region", "регион"),
    # the fields people edit most; any other is shown as written in the file
    "where.field.framework": _t("framework header", "заголовок модели"),
    "where.field.version": _t("version", "версия"),
    "where.field.title": _t("title", "название"),
    "where.field.name": _t("name", "название"),
    "where.field.id": _t("id", "код"),
    "where.field.description": _t("description", "описание"),
    "where.field.definition": _t("definition", "определение"),
    "where.field.anchors": _t("level anchors", "индикаторы уровней"),
    "where.field.label": _t("label", "подпись"),
    "where.field.level": _t("level", "уровень"),
    "where.field.scale": _t("rating scale", "шкала оценки"),
    "where.field.group": _t("group", "группа"),
    "where.field.groups": _t("groups", "группы"),
    "where.field.competencies": _t("competencies", "компетенции"),
    "where.field.profiles": _t("profiles", "профили"),
    "where.field.targets": _t("targets", "целевые уровни"),
    "where.field.target": _t("target level", "целевой уровень"),
    "where.field.weight": _t("weight", "вес"),
    "where.field.minimum": _t("minimum level", "минимальный уровень"),
    "where.field.questions": _t("interview questions", "вопросы для интервью"),
    "where.field.ask": _t("question", "вопрос"),
    "where.field.probe": _t("follow-up", "уточнение"),
    "where.field.salary_band": _t("salary band", "вилка зарплаты"),
    "where.field.base_min": _t("lowest base pay", "нижняя граница оклада"),
    "where.field.base_max": _t("highest base pay", "верхняя граница оклада"),
    "where.field.currency": _t("currency", "валюта"),
    "where.field.verdicts": _t("verdict thresholds", "пороги вывода"),
    "where.field.recommend": _t("«recommend» threshold", "порог «рекомендуется»"),
    "where.field.conditional": _t("«conditional» threshold", "порог «условно»"),
    "where.field.scoring": _t("scoring rules", "правила расчёта"),
    "where.field.min_coverage": _t("minimum coverage", "минимальное покрытие"),
    "where.field.meaningful_difference": _t("meaningful difference", "значимая разница"),
    "where.field.disagreement_levels": _t("disagreement in levels", "расхождение в уровнях"),
    "where.field.company": _t("company", "компания"),
    "where.field.risk_rules": _t("risk rules", "правила рисков"),
    "where.field.leads_team": _t("leads a team", "руководит группой"),
    "where.field.format": _t("file format", "формат файла"),
    "where.field.candidates": _t("candidates", "кандидаты"),
    "where.field.assessments": _t("assessments", "оценки"),
    "where.field.candidate": _t("candidate", "кандидат"),
    "where.field.assessor": _t("assessor", "оценщик"),
    "where.field.assessor_role": _t("assessor's role", "роль оценщика"),
    "where.field.method": _t("method", "метод"),
    "where.field.date": _t("date", "дата"),
    "where.field.status": _t("status", "статус"),
    "where.field.ratings": _t("ratings", "оценки компетенций"),
    "where.field.evidence": _t("observations / examples", "наблюдения / примеры"),
    "where.field.kind": _t("type", "тип"),
    "where.field.profile": _t("target profile", "целевой профиль"),
    "where.field.current_role": _t("current role", "текущая должность"),
    "where.field.employer": _t("employer", "работодатель"),
    "where.field.tenure_years": _t("tenure, years", "стаж, лет"),
    "where.field.industry": _t("industry", "отрасль"),
    "where.field.region": _t("region", "регион"),
    "where.field.client_overlap": _t("shared key clients", "общие ключевые клиенты"),
    "where.field.technical_education": _t("technical education", "техническое образование"),
    "where.field.salary_expectation": _t("salary expectation", "ожидания по зарплате"),
    "where.field.motivation": _t("motivation", "мотивация"),
    "where.field.manages_team": _t("manages a team", "руководит группой"),
    "where.field.quota_reduced": _t("sales quota reduced", "личный план снижен"),
    "where.field.holds_key_accounts": _t("holds key accounts", "ведёт ключевых клиентов"),
    "where.field.notes": _t("notes", "заметки"),
    # -- syntax: what the YAML and JSON readers found, in words
    "json.syntax": _t("JSON syntax error: {problem}", "синтаксическая ошибка JSON: {problem}"),
    "syntax.with_start": _t(
        "{problem} (it began on line {line})", "{problem} (начало — строка {line})"
    ),
    "syntax.colon": _t(
        "a colon is not allowed here; a text containing «: » must be in quotes",
        "двоеточие здесь не допускается; текст с «: » нужно взять в кавычки",
    ),
    "syntax.expected_key": _t(
        "a key was expected; check the indentation",
        "ожидался ключ; проверьте отступы",
    ),
    "syntax.expected_value": _t("a value was expected here", "здесь ожидалось значение"),
    "syntax.expected_item": _t(
        "a list item («- ») was expected; check the indentation",
        "ожидался элемент списка («- »); проверьте отступы",
    ),
    "syntax.expected_close": _t("«,» or «{close}» was expected", "ожидалась «,» или «{close}»"),
    "syntax.expected_colon": _t("«:» was expected", "ожидалось двоеточие «:»"),
    "syntax.expected_comma": _t(
        "«,» was expected between the items", "между элементами ожидалась запятая"
    ),
    "syntax.expected_name": _t(
        "a field name in double quotes was expected",
        "ожидалось имя поля в двойных кавычках",
    ),
    "syntax.bad_start": _t(
        "the character {char} cannot start a value (tabs cannot indent)",
        "символ {char} не может начинать значение (отступы табуляцией не допускаются)",
    ),
    "syntax.indent": _t(
        "the indentation does not match the lines above",
        "отступ не совпадает со строками выше",
    ),
    "syntax.end": _t(
        "the file ends too early: a quote or a bracket is not closed",
        "файл обрывается: не закрыта кавычка или скобка",
    ),
    "syntax.unclosed_string": _t(
        "a text in quotes is not closed", "текст в кавычках не закрыт кавычкой"
    ),
    "syntax.alias": _t(
        "a reference (alias) to an anchor that is not defined",
        "ссылка (alias) на неопределённую метку (anchor)",
    ),
    "syntax.escape": _t(
        "an unknown escape sequence after «\\»", "неизвестная последовательность после «\\»"
    ),
    "syntax.control": _t(
        "a control character is not allowed here", "управляющий символ здесь не допускается"
    ),
    "syntax.extra": _t("more text after the end of the data", "лишний текст после конца данных"),
    # Russian leaves out the reader's English words
    "syntax.other": _t("the text cannot be read here ({detail})", "текст здесь не читается"),
}
