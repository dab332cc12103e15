"""Sentences of the panel — blind rating, recommendations, debriefs and calibration — in
Russian and English (merged into the message catalogue)."""

from __future__ import annotations


def _t(en: str, ru: str) -> dict[str, str]:
    return {"en": en, "ru": ru}


PANEL: dict[str, dict[str, str]] = {
    # -- storage and use cases
    "panel.no_assessor": _t("no assessor with id {id}", "нет оценщика с идентификатором {id}"),
    "panel.no_moderator": _t(
        "a consensus is recorded in someone's name: say who you are first",
        "консенсус записывается от чьего-то имени: сначала укажите, кто вы",
    ),
    "panel.debrief_not_ready": _t(
        "a debrief needs two or more assessors who have finalised their assessments ({n} so far)",
        "для разбора оценок нужны два оценщика или больше, завершившие свои оценки (пока: {n})",
    ),
    "panel.not_in_profile": _t(
        "{id} is not a competency of the candidate's profile",
        "{id} не входит в профиль кандидата",
    ),
    # -- the command line
    "cli.cmd.calibration": _t(
        "how far the assessors agree over the pool of final assessments: Krippendorff's alpha "
        "with its 95%% interval, per competency, and each assessor's leniency",
        "насколько согласны оценщики по всем завершённым оценкам: альфа Криппендорфа с 95%% "
        "интервалом, по компетенциям и мягкость каждого оценщика",
    ),
    "cli.opt.calibration_profile": _t(
        "only candidates for this target profile, and its competencies",
        "только кандидаты на этот целевой профиль и его компетенции",
    ),
    "cli.opt.calibration_json": _t(
        "print one JSON object: alpha, alpha_interval95, units, pairable, per_competency, "
        "assessors, enough_data",
        "вывести один объект JSON: alpha, alpha_interval95, units, pairable, per_competency, "
        "assessors, enough_data",
    ),
    "cli.cmd.report_calibration": _t(
        "the calibration of the assessors as a PDF", "калибровка оценщиков в PDF"
    ),
    "cli.opt.with_targets": _t(
        "print each competency's target, weight and knock-out minimum (assessors rate without "
        "them by default)",
        "печатать целевой уровень, вес и минимум каждой компетенции (по умолчанию оценщики "
        "оценивают, не видя их)",
    ),
    # -- the assessor's own overall recommendation
    "rec.strong_no": _t("strong no", "однозначно нет"),
    "rec.no": _t("no", "нет"),
    "rec.yes": _t("yes", "да"),
    "rec.strong_yes": _t("strong yes", "однозначно да"),
    "rec.none": _t("not given", "не указана"),
    # -- bundles
    "bundle.version_2_only": _t(
        "{field} is known from bundle version 2: write version: 2 at the top of the file",
        "поле {field} есть только в файлах обмена версии 2: укажите version: 2 в начале файла",
    ),
    "bundle.unknown_assessor_id": _t(
        "assessor_id {id} is not among the file's assessors",
        "assessor_id {id} нет в списке assessors этого файла",
    ),
    "bundle.duplicate_assessor": _t(
        "assessor id '{id}' is listed twice (also assessor no. {n} in the file)",
        "код оценщика '{id}' указан дважды (также у оценщика № {n} в файле)",
    ),
    "bundle.duplicate_consensus": _t(
        "a second consensus for {candidate} / {competency} (also consensus no. {n} in the file)",
        "второй консенсус по {candidate} / {competency} (также консенсус № {n} в файле)",
    ),
    # -- the profile report
    "rep.recommendations": _t(
        "Assessors' own recommendations (beside the fit, not part of it)",
        "Собственные рекомендации оценщиков (рядом с индексом, не входят в него)",
    ),
    "rep.col.recommendation": _t("Recommends", "Рекомендация"),
    "rep.recommend_tally": _t(
        "Assessors' own recommendations (not part of the fit)",
        "Собственные рекомендации оценщиков (не входят в индекс)",
    ),
    "rep.consensus_summary": _t(
        "the debrief's consensus of {date} in the fit ({n} {n:plural:competency|competencies})",
        "консенсус разбора {date} учтён в индексе ({n} {n:plural:компетенция|компетенции|"
        "компетенций})",
    ),
    "rep.col.why": _t("Why", "Почему"),
    "rep.consensus_title": _t("Consensus of the debrief", "Консенсус по итогам разбора оценок"),
    "rep.consensus_after": _t(
        "Consensus after debrief on {date} (moderator: {moderator})",
        "Консенсус после разбора оценок {date} (ведущий: {moderator})",
    ),
    "rep.consensus_line": _t(
        "{competency}: consensus {level} (ratings {levels})",
        "{competency}: консенсус {level} (оценки {levels})",
    ),
    "rep.consensus_legend": _t(
        "A consensus level replaces the mean of the ratings in the fit; the assessors' own "
        "ratings are kept unchanged and shown beside it.",
        "Согласованный уровень заменяет среднее оценок в индексе; собственные оценки "
        "оценщиков сохранены без изменений и показаны рядом.",
    ),
    "rep.int_recommendation": _t("Your overall recommendation", "Ваша общая рекомендация"),
    "rep.int_recommendation_note": _t(
        "Before you hear the other assessors: would you hire (or promote) this candidate? "
        "It is recorded beside the fit, never mixed into it.",
        "До обсуждения с другими оценщиками: взяли бы вы (повысили бы) этого кандидата? "
        "Рекомендация записывается рядом с индексом и в него не входит.",
    ),
    "rep.int_recommendation_reason": _t("Why", "Почему"),
    # -- calibration
    "cal.title": _t("Calibration of the assessors", "Калибровка оценщиков"),
    "cal.scope_all": _t("all candidates, all competencies", "все кандидаты, все компетенции"),
    "cal.scope_profile": _t(
        "candidates for the profile {profile}, its competencies",
        "кандидаты на профиль «{profile}», его компетенции",
    ),
    "cal.pool": _t(
        "{assessments:count} final {assessments:plural:assessment|assessments}; {units:count} "
        "candidate×competency {units:plural:unit|units}; {pairable:count} "
        "{pairable:plural:rating|ratings} in units rated by two or more people",
        "завершённых оценок: {assessments:count}; единиц «кандидат × компетенция»: "
        "{units:count}; оценок в единицах, оценённых двумя людьми или больше: {pairable:count}",
    ),
    "cal.metric.ordinal": _t("ordinal", "порядковая"),
    "cal.metric.interval": _t("interval", "интервальная"),
    "cal.metric.nominal": _t("nominal", "номинальная"),
    "cal.metric_adj.interval": _t("interval", "интервальная"),
    "cal.metric_adj.nominal": _t("nominal", "номинальная"),
    "cal.alpha": _t("Krippendorff's alpha", "Альфа Криппендорфа"),
    "cal.kicker": _t("Agreement between assessors", "Согласованность оценщиков"),
    "cal.alpha_line": _t(
        "alpha ({metric}) {alpha}, 95 % interval {low}–{high}, "
        "n = {pairable:count} {pairable:plural:rating|ratings} "
        "in {units:count} {units:plural:unit|units}",
        "альфа ({metric}) {alpha}, 95 % интервал {low}–{high}, "
        "n = {pairable:count} {pairable:plural:оценка|оценки|оценок} в {units:count} "
        "{units:plural:единице|единицах|единицах}",
    ),
    "cal.detail": _t(
        "ordinal, 95 % interval {low}–{high}; n = {pairable:count} "
        "{pairable:plural:rating|ratings} in {units:count} {units:plural:unit|units}",
        "порядковая, 95 % интервал {low}–{high}; n = {pairable:count} "
        "{pairable:plural:оценка|оценки|оценок} в {units:count} "
        "{units:plural:единице|единицах|единицах}",
    ),
    "cal.no_alpha": _t(
        "no alpha: every rating is the same level, so agreement cannot be told from chance",
        "альфа не определена: все оценки одного уровня, согласие не отличить от случайного",
    ),
    "cal.not_enough": _t(
        "not enough data: {pairable:count} of {need_pairable:count} ratings in units rated by "
        "two or more people, {units:count} of {need_units:count} such units needed",
        "недостаточно данных: {pairable:count} из {need_pairable:count} нужных оценок в "
        "единицах, оценённых двумя людьми или больше; таких единиц {units:count} из "
        "{need_units:count}",
    ),
    "cal.not_enough_short": _t(
        "not enough data ({pairable:count} of {need_pairable:count} ratings, "
        "{units:count} of {need_units:count} units)",
        "недостаточно данных ({pairable:count} из {need_pairable:count} оценок, "
        "{units:count} из {need_units:count} единиц)",
    ),
    "cal.reading.reliable": _t(
        "0.80 or more: reliable — single assessors' ratings can be relied on.",
        "0,80 и выше: надёжно — на оценки отдельных оценщиков можно опираться.",
    ),
    "cal.reading.tentative": _t(
        "0.667–0.80: tentative — draw only tentative conclusions; let several assessors rate "
        "each candidate and discuss their differences.",
        "0,667–0,80: предварительно — выводы только предварительные; пусть каждого кандидата "
        "оценивают несколько человек и обсуждают расхождения.",
    ),
    "cal.reading.unreliable": _t(
        "below 0.667: do not rely on single ratings — agree on the anchors again and rate in "
        "panels.",
        "ниже 0,667: не опирайтесь на отдельные оценки — заново договоритесь о поведенческих "
        "индикаторах и оценивайте комиссией.",
    ),
    "cal.reading.insufficient": _t(
        "Not enough data to say how reliable the ratings are.",
        "Данных недостаточно, чтобы судить о надёжности оценок.",
    ),
    "cal.other_metrics": _t(
        "On the same units, for comparison: {others}.",
        "На тех же единицах, для сравнения: {others}.",
    ),
    "cal.other_line": _t(
        "{metric} alpha {alpha} (95 % interval {low}–{high})",
        "{metric} альфа {alpha} (95 % интервал {low}–{high})",
    ),
    "cal.reading_reaches": _t(
        "Its 95 % interval reaches down into “{band}”: more ratings will tell.",
        "Его 95 % интервал доходит до зоны «{band}»: станет яснее с новыми оценками.",
    ),
    "cal.band.tentative": _t("tentative", "предварительно"),
    "cal.band.unreliable": _t("do not rely on single ratings", "не опираться на отдельные оценки"),
    "cal.per_competency": _t("By competency", "По компетенциям"),
    "cal.per_assessor": _t("By assessor", "По оценщикам"),
    "cal.col.competency": _t("Competency", "Компетенция"),
    "cal.col.alpha": _t("alpha (ordinal)", "альфа (порядк.)"),
    "cal.col.interval": _t("95 % interval", "95 % интервал"),
    "cal.col.units": _t("units", "единиц"),
    "cal.col.assessor": _t("Assessor", "Оценщик"),
    "cal.col.leniency": _t("leniency", "мягкость"),
    "cal.col.pairs": _t("pairs", "пар"),
    "cal.col.sd": _t("spread (SD)", "разброс (СО)"),
    "cal.few_pairs": _t("fewer than {n} pairs", "меньше {n} пар"),
    "cal.leniency_help": _t(
        "Leniency: the mean of (own level − a co-rater's level) over every pair of ratings of "
        "the same candidate and competency — above 0 rates higher than colleagues, below 0 "
        "lower. Spread: the standard deviation of their own levels; a small one is central "
        "tendency. Shown from {n} pairs.",
        "Мягкость: среднее (своя оценка − оценка коллеги) по всем парам оценок одного кандидата "
        "по одной компетенции; больше 0 — оценивает выше коллег, меньше 0 — строже. Разброс: "
        "стандартное отклонение собственных оценок; малый разброс — тенденция к середине. "
        "Показывается от {n} пар.",
    ),
    "cal.method": _t(
        "Krippendorff's alpha over candidate×competency units of final assessments, each "
        "person's own ratings before any consensus (one per person and unit: their latest); "
        "the 95 % interval resamples the units {resamples} times. Ordinal is the metric of a "
        "rating scale; interval and nominal are shown for comparison.",
        "Альфа Криппендорфа по единицам «кандидат × компетенция» завершённых оценок: "
        "собственные оценки каждого до консенсуса (по одной на человека и единицу — последняя); "
        "95 % интервал — {resamples} повторных выборок единиц. Для шкалы оценок подходит "
        "порядковая метрика; интервальная и номинальная — для сравнения.",
    ),
    "cal.other_scale": _t(
        "{n} final {n:plural:assessment|assessments} made under a framework version with "
        "another scale {n:plural:is|are} left out.",
        "{n} {n:plural:завершённая оценка|завершённые оценки|завершённых оценок} по версии "
        "модели с другой шкалой не {n:plural:учтена|учтены|учтены}.",
    ),
    "cal.repeated": _t(
        "{n} earlier {n:plural:rating|ratings} of a unit the same person rated again by "
        "another method {n:plural:is|are} left out: their latest counts.",
        "{n} {n:plural:более ранняя оценка|более ранние оценки|более ранних оценок} единицы, "
        "которую тот же человек оценил повторно другим методом, не "
        "{n:plural:учтена|учтены|учтены}: учитывается последняя.",
    ),
    "cal.no_competency_alpha": _t("no alpha (one level only)", "не определена (один уровень)"),
    "cal.interpretation": _t("What it means", "Что это значит"),
}
