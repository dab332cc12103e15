"""Sentences of decisions, outcomes, predictive validity and personal data (retention, subject
access, anonymised bundles), in Russian and English."""

from __future__ import annotations


def _t(en: str, ru: str) -> dict[str, str]:
    return {"en": en, "ru": ru}


DECISIONS: dict[str, dict[str, str]] = {
    # -- decisions and their words
    "decision.hire": _t("hire / promote", "принят / повышен"),
    "decision.hire.external": _t("hire", "принят на работу"),
    "decision.hire.internal": _t("promote", "повышен"),
    "decision.conditional": _t("conditional", "условно"),
    "decision.reject": _t("reject", "отказ"),
    "decision.withdrawn": _t("withdrawn", "кандидат отказался"),
    "decision.on_hold": _t("on hold", "отложено"),
    "decision.none": _t("no decision", "нет решения"),
    "dec.title": _t("Decision", "Решение"),
    "dec.decision": _t("Decision", "Решение"),
    "dec.date": _t("Date of the decision", "Дата решения"),
    "dec.decided_by": _t("Decided by", "Кто принял решение"),
    "dec.decided_by_name": _t("decided by {name}", "принял(а): {name}"),
    "dec.conditions": _t("Conditions", "Условия"),
    "dec.salary_offered": _t("Base salary offered", "Предложенный оклад"),
    "dec.consent_until": _t("Consent to keep the data until", "Согласие на хранение данных до"),
    "dec.not_recorded": _t(
        "No decision is recorded yet. Tick one and write down the conditions:",
        "Решение ещё не записано. Отметьте одно и запишите условия:",
    ),
    "dec.salary_no_band": _t(
        "{amount} (the profile has no pay band)", "{amount} (у профиля нет вилки)"
    ),
    "dec.salary_within": _t(
        "{amount} {currency} — within the band {low}–{high} {currency}",
        "{amount} {currency} — в пределах вилки {low}–{high} {currency}",
    ),
    "dec.salary_above": _t(
        "{amount} {currency} — above the band {low}–{high} {currency} by {by}",
        "{amount} {currency} — выше вилки {low}–{high} {currency} на {by}",
    ),
    "dec.salary_below": _t(
        "{amount} {currency} — below the band {low}–{high} {currency} by {by}",
        "{amount} {currency} — ниже вилки {low}–{high} {currency} на {by}",
    ),
    # -- outcomes
    "dec.outcomes": _t("Outcomes", "Результаты работы"),
    "dec.probation_passed": _t("Probation passed", "Испытательный срок пройден"),
    "dec.probation_date": _t("Probation ended on", "Дата окончания испытательного срока"),
    "dec.performance_6m": _t("Performance after 6 months", "Результативность через 6 месяцев"),
    "dec.performance_6m_by": _t("Rated after 6 months by", "Кто оценил через 6 месяцев"),
    "dec.performance_12m": _t("Performance after 12 months", "Результативность через 12 месяцев"),
    "dec.performance_12m_by": _t("Rated after 12 months by", "Кто оценил через 12 месяцев"),
    "dec.rated_by": _t("rated by {name}", "оценил(а): {name}"),
    "dec.left_12m": _t("Left within 12 months", "Ушёл в течение 12 месяцев"),
    "dec.left_reason": _t("Why they left", "Причина ухода"),
    "dec.left.own": _t("own wish", "по собственному желанию"),
    "dec.left.company": _t("the company's decision", "по решению компании"),
    # -- checks
    "dec.required": _t("required", "обязательное поле"),
    "dec.bad_name": _t(
        "one line of at most {limit} characters", "одна строка не длиннее {limit} символов"
    ),
    "dec.bad_text": _t(
        "at most {limit} characters, no control characters",
        "не длиннее {limit} символов, без управляющих символов",
    ),
    "dec.bad_salary": _t("an amount from 0 to 1 000 000 000", "сумма от 0 до 1 000 000 000"),
    "dec.unknown_decision": _t("one of: {choices}", "одно из: {choices}"),
    "dec.probation_before_decision": _t(
        "the probation cannot end before the decision to hire ({date})",
        "испытательный срок не может закончиться раньше решения о найме ({date})",
    ),
    "dec.outcome_not_hired": _t(
        "outcomes are recorded for hired or promoted candidates; '{id}' has no such decision",
        "результаты записываются для принятых или повышенных кандидатов; у '{id}' нет такого "
        "решения",
    ),
    "dec.refused": _t(
        "{field}: {problem}; nothing was recorded", "{field}: {problem}; ничего не записано"
    ),
    # -- retention
    "dec.due_decision": _t(
        "{decision} on {date}; due for deletion since {since}",
        "{decision} ({date}); подлежит удалению с {since}",
    ),
    "dec.due_consent": _t(
        "consent to keep the data ended on {until}; due for deletion since {since}",
        "согласие на хранение данных истекло {until}; подлежит удалению с {since}",
    ),
    # -- bundles
    "bundle.unknown_person": _t(
        "candidate '{id}', who is neither in the file nor in the database",
        "кандидат '{id}', которого нет ни в файле, ни в базе",
    ),
    "bundle.duplicate_decision": _t(
        "a second decision on the same candidate as decision no. {n} in the file",
        "второе решение по тому же кандидату, что и решение № {n} в файле",
    ),
    "bundle.duplicate_outcome": _t(
        "a second outcome record of the same candidate as record no. {n} in the file",
        "вторая запись результатов того же кандидата, что и запись № {n} в файле",
    ),
    "bundle.outcome_not_hired": _t(
        "outcomes of '{id}', who is not hired or promoted (neither in the file nor in the "
        "database)",
        "результаты кандидата '{id}', который не принят и не повышен (ни в файле, ни в базе)",
    ),
    "bundle.left_reason_alone": _t(
        "a reason for leaving needs left_12m: true",
        "причина ухода указывается только вместе с left_12m: true",
    ),
    "anon.candidate": _t("Candidate {label}", "Кандидат {label}"),
    "anon.assessor": _t("Assessor {n}", "Оценщик {n}"),
    "anon.not_shared": _t("not shared", "не указано"),
    # -- the command line
    "cli.cmd.decide": _t(
        "record the decision on a candidate (hire or promote, conditional, reject, withdrawn, "
        "on hold)",
        "записать решение по кандидату (принять или повысить, условно, отказать, кандидат "
        "отказался, отложено)",
    ),
    "cli.opt.decision": _t("the decision", "решение"),
    "cli.opt.decision_date": _t(
        "date of the decision (default: today)", "дата решения (по умолчанию: сегодня)"
    ),
    "cli.opt.decided_by": _t("who decided", "кто принял решение"),
    "cli.opt.conditions": _t("conditions of the offer", "условия предложения"),
    "cli.opt.salary_offered": _t(
        "base salary offered (compared with the profile's band)",
        "предложенный оклад (сравнивается с вилкой профиля)",
    ),
    "cli.cmd.outcome": _t(
        "record how a hired or promoted candidate did (only the fields given change)",
        "записать результаты принятого или повышенного кандидата (меняются только указанные поля)",
    ),
    "cli.opt.probation": _t("probation result", "итог испытательного срока"),
    "cli.opt.probation_date": _t("the day probation ended", "дата окончания испытательного срока"),
    "cli.opt.performance": _t(
        "performance rating after {months} months, a level of the framework's scale",
        "оценка результативности через {months} мес., уровень шкалы модели",
    ),
    "cli.opt.performance_by": _t(
        "who rated the performance after {months} months",
        "кто оценил результативность через {months} мес.",
    ),
    "cli.opt.left": _t(
        "left within 12 months: no, own (their own wish), company (the company's decision)",
        "ушёл в течение 12 месяцев: no (нет), own (сам), company (по решению компании)",
    ),
    "cli.cmd.validity": _t(
        "how well fit predicted 12-month performance of the people hired (rank correlation "
        "with its interval)",
        "насколько индекс соответствия предсказал результативность принятых через 12 месяцев "
        "(ранговая корреляция с интервалом)",
    ),
    "cli.cmd.purge": _t(
        "list the candidates due for deletion under the retention policy, and delete them",
        "показать кандидатов, чьи данные пора удалить по сроку хранения, и удалить их",
    ),
    "cli.opt.purge_dry_run": _t("only list who is due", "только показать, кого пора удалить"),
    "cli.opt.yes": _t("delete without asking", "удалить без вопроса"),
    "cli.opt.anonymise": _t(
        "without personal data: ids replaced, names, employers and free text left out",
        "без персональных данных: коды заменены, имена, работодатели и свободный текст убраны",
    ),
    "cli.opt.subject_access": _t(
        "everything about one candidate (--candidate ID) on their request: a PDF and the bundle",
        "все данные одного кандидата (--candidate ID) по его запросу: PDF и файл обмена",
    ),
    "cli.bad_date": _t("'{value}' is not a date YYYY-MM-DD", "'{value}' — не дата ГГГГ-ММ-ДД"),
    "cli.bad_amount": _t(
        "'{value}' is not an amount from 0 to 1 000 000 000",
        "'{value}' — не сумма от 0 до 1 000 000 000",
    ),
    "cli.decision_added": _t(
        "{name} ({id}): decision recorded — {decision}, {date}",
        "{name} ({id}): записано решение «{decision}» от {date}",
    ),
    "cli.decision_updated": _t(
        "{name} ({id}): decision changed — now {decision}, {date}",
        "{name} ({id}): решение изменено на «{decision}» от {date}",
    ),
    "cli.decision_unchanged": _t(
        "{name} ({id}): this decision ({decision}, {date}) was recorded already; nothing changed",
        "{name} ({id}): решение «{decision}» от {date} уже записано; ничего не изменилось",
    ),
    "cli.salary_band": _t("salary offered: {note}", "предложенный оклад: {note}"),
    "cli.outcome_added": _t(
        "{name} ({id}): outcomes recorded", "{name} ({id}): результаты записаны"
    ),
    "cli.outcome_updated": _t(
        "{name} ({id}): outcomes updated", "{name} ({id}): результаты обновлены"
    ),
    "cli.outcome_unchanged": _t(
        "{name} ({id}): the outcomes were so already; nothing changed",
        "{name} ({id}): результаты уже были такими; ничего не изменилось",
    ),
    "cli.outcome_nothing": _t(
        "nothing to record: give --probation, --performance-6m, --performance-12m, --left or a "
        "date",
        "нечего записать: укажите --probation, --performance-6m, --performance-12m, --left или "
        "дату",
    ),
    "cli.export_decisions": _t(
        "with {decisions} {decisions:plural:decision|decisions} and {outcomes} outcome "
        "{outcomes:plural:record|records}",
        "решений: {decisions}, записей о результатах: {outcomes}",
    ),
    "cli.export_anonymised": _t(
        "anonymised: no names, employers, roles, regions, salaries or free text; ids and "
        "assessors replaced",
        "обезличено: без имён, работодателей, должностей, регионов, окладов и свободного "
        "текста; коды и оценщики заменены",
    ),
    "cli.import_decisions": _t(
        "decisions: {d_added} added, {d_updated} updated, {d_unchanged} unchanged; outcomes: "
        "{o_added} added, {o_updated} updated, {o_unchanged} unchanged",
        "решения: добавлено {d_added}, обновлено {d_updated}, без изменений {d_unchanged}; "
        "результаты: добавлено {o_added}, обновлено {o_updated}, без изменений {o_unchanged}",
    ),
    "cli.subject_access_one": _t(
        "--subject-access takes exactly one --candidate ID (and no --anonymise)",
        "--subject-access требует ровно один --candidate ID (и без --anonymise)",
    ),
    "cli.subject_access_done": _t(
        "wrote {pdf} (readable) and {bundle} (the data as a bundle)",
        "записаны {pdf} (для чтения) и {bundle} (данные в файле обмена)",
    ),
    "cli.purge_none": _t(
        "nobody is due for deletion (retention: {months} {months:plural:month|months} after the "
        "decision)",
        "удалять пока некого (срок хранения: {months} мес. после решения)",
    ),
    "cli.purge_due": _t(
        "{count} {count:plural:candidate|candidates} due for deletion (retention: {months} "
        "{months:plural:month|months} after the decision):",
        "кандидатов, чьи данные пора удалить: {count} (срок хранения: {months} мес. после "
        "решения):",
    ),
    "cli.purge_dry_run": _t("nothing deleted (--dry-run)", "ничего не удалено (--dry-run)"),
    "cli.purge_needs_yes": _t(
        "not asked on a terminal: add --yes to delete them, or --dry-run to only list them",
        "подтверждение возможно только в терминале: добавьте --yes, чтобы удалить, или "
        "--dry-run, чтобы только показать",
    ),
    "cli.purge_confirm": _t(
        "Delete {count} {count:plural:candidate|candidates} and everything about them, backups "
        "included? [y/N] ",
        "Удалить этих кандидатов ({count}) и все данные о них, включая резервные копии? [д/Н] ",
    ),
    "cli.purge_declined": _t("nothing deleted", "ничего не удалено"),
    "cli.purge_done": _t(
        "deleted {count} {count:plural:candidate|candidates} from the database, its history and "
        "{backups} backup {backups:plural:file|files}",
        "удалено кандидатов: {count} — из базы, истории и резервных копий (файлов: {backups})",
    ),
    "cli.purge_not_due": _t(
        "{id} is no longer due (changed meanwhile): kept",
        "{id} больше не подлежит удалению (изменён): оставлен",
    ),
    "cli.purge_left_in": _t(
        "{path}: a damaged copy kept by a restore still holds deleted data and could not be "
        "cleaned; delete it by hand",
        "{path}: повреждённая копия, сохранённая при восстановлении, ещё содержит удалённые "
        "данные и не может быть очищена; удалите её вручную",
    ),
    "cli.purge_elsewhere": _t(
        "copies the program did not write are not touched: exported bundles and PDFs you saved",
        "копии, записанные не программой, не затронуты: выгруженные файлы обмена и сохранённые PDF",
    ),
    # -- predictive validity
    "val.kicker": _t("Predictive validity", "Прогностическая валидность"),
    "val.title": _t(
        "How well fit predicted performance", "Насколько индекс соответствия предсказал результат"
    ),
    "val.summary": _t(
        "{hired} hired or promoted; {outcomes} of them with outcomes recorded; {n} with a "
        "12-month performance rating ({needed} needed for a correlation).",
        "Принято или повышено: {hired}; из них с записанными результатами: {outcomes}; с "
        "оценкой результативности через 12 месяцев: {n} (для корреляции нужно {needed}).",
    ),
    "val.not_enough": _t(
        "Not enough outcomes yet ({n} of {needed} needed): no correlation is shown.",
        "Пока недостаточно результатов ({n} из {needed} необходимых): корреляция не показывается.",
    ),
    "val.fit": _t("Fit index", "Индекс соответствия"),
    "val.figure": _t(
        "rho {rho} (95 % interval {interval}), n = {n}",
        "ро {rho} (95 % интервал {interval}), n = {n}",
    ),
    "val.interval": _t("{low} to {high}", "от {low} до {high}"),
    "val.rate": _t("{count} of {n} ({pct})", "{count} из {n} ({pct})"),
    "val.why.not_enough_outcomes": _t(
        "not enough outcomes (n = {n})", "недостаточно результатов (n = {n})"
    ),
    "val.why.constant_predictor": _t(
        "everyone had the same score: it ranks no one (n = {n})",
        "у всех одинаковый балл: он никого не ранжирует (n = {n})",
    ),
    "val.why.constant_performance": _t(
        "everyone got the same 12-month rating: nothing to predict (n = {n})",
        "у всех одинаковая оценка через 12 месяцев: нечего предсказывать (n = {n})",
    ),
    "val.why.constant_resamples": _t(
        "too few different values to estimate (n = {n})",
        "слишком мало различающихся значений для оценки (n = {n})",
    ),
    "val.reading.predicts": _t(
        "Higher fit went with better 12-month performance: the whole 95 % interval is above zero.",
        "Более высокий индекс соответствия сопровождался лучшей результативностью через 12 "
        "месяцев: весь 95 % интервал выше нуля.",
    ),
    "val.reading.no_evidence": _t(
        "No evidence either way yet: the 95 % interval includes zero, so fit may or may not "
        "predict performance.",
        "Пока нет свидетельств ни в ту, ни в другую сторону: 95 % интервал включает ноль, и "
        "индекс может как предсказывать результативность, так и нет.",
    ),
    "val.reading.inverse": _t(
        "Higher fit went with worse 12-month performance: check the profile's targets and weights.",
        "Более высокий индекс соответствия сопровождался худшей результативностью через 12 "
        "месяцев: проверьте целевые уровни и веса профиля.",
    ),
    "val.reading.undefined": _t(
        "No correlation can be computed from these values.",
        "По этим значениям корреляцию вычислить нельзя.",
    ),
    "val.reading.insufficient": _t(
        "Not enough outcomes yet ({n} of {needed} needed).",
        "Пока недостаточно результатов ({n} из {needed} необходимых).",
    ),
    "val.short.predicts": _t(
        "predicts: higher fit, better performance", "предсказывает: выше индекс — лучше результат"
    ),
    "val.short.no_evidence": _t(
        "no evidence yet: the interval holds zero", "пока нет свидетельств: интервал включает ноль"
    ),
    "val.short.inverse": _t(
        "backwards: higher fit, worse performance", "обратная связь: выше индекс — хуже результат"
    ),
    "val.short.undefined": _t("cannot be computed", "вычислить нельзя"),
    "val.correlations": _t(
        "Rank correlation with 12-month performance",
        "Ранговая корреляция с результативностью через 12 месяцев",
    ),
    "val.col.predictor": _t("Score at the decision", "Балл на момент решения"),
    "val.col.n": _t("n", "n, чел."),
    "val.col.rho": _t("rho", "ро"),
    "val.col.interval": _t("95 % interval", "95 % интервал"),
    "val.col.reading": _t("Reading", "Вывод"),
    "val.col.band": _t("Verdict at the decision", "Вывод на момент решения"),
    "val.col.rate": _t("Share", "Доля"),
    "val.probation_by_band": _t(
        "Probation passed, by verdict at the decision",
        "Испытательный срок пройден — по выводу на момент решения",
    ),
    "val.left_by_band": _t(
        "Left within 12 months, by verdict at the decision",
        "Ушли в течение 12 месяцев — по выводу на момент решения",
    ),
    "val.no_rates": _t("nothing recorded yet", "пока ничего не записано"),
    "val.unscorable": _t(
        "Left out (their target profile is not in the framework): {ids}",
        "Не учтены (их целевого профиля нет в модели): {ids}",
    ),
    "val.how": _t("How to read this", "Как это читать"),
    "val.method": _t(
        "Each hired or promoted candidate is scored as known at the decision: the final "
        "assessments dated on or before it, against their target profile. Spearman's rank "
        "correlation (rho, from −1 to 1) says how well those scores put people in the order of "
        "their 12-month performance rating; the 95 % interval comes from 1000 bootstrap "
        "resamples of the candidates. Below {needed} candidates with a 12-month rating no "
        "correlation is shown: with fewer, the interval spans almost everything.",
        "Каждый принятый или повышенный кандидат оценивается так, как было известно на момент "
        "решения: по итоговым оценкам, датированным не позже решения, относительно целевого "
        "профиля. Ранговая корреляция Спирмена (ро, от −1 до 1) показывает, насколько эти "
        "баллы упорядочили людей так же, как их оценка результативности через 12 месяцев; "
        "95 % интервал получен из 1000 бутстреп-выборок кандидатов. Пока кандидатов с оценкой "
        "через 12 месяцев меньше {needed}, корреляция не показывается: интервал охватывал бы "
        "почти всё.",
    ),
    "val.restriction": _t(
        "Only the people hired have outcomes, and they were hired mostly for a high fit: the "
        "narrowed range makes the correlation here smaller than it would be across all "
        "candidates. Verdict bands with few people give rough shares.",
        "Результаты есть только у принятых, а принимали в основном с высоким индексом: из-за "
        "суженного диапазона корреляция здесь меньше, чем была бы по всем кандидатам. Доли по "
        "выводам, где людей мало, приблизительны.",
    ),
    # -- subject access
    "sar.kicker": _t("Personal data held about you", "Ваши персональные данные"),
    "sar.intro": _t(
        "Everything KAM Assess holds about you on the date above, as you asked: your details, "
        "the result of the assessment, the decision, every assessor's ratings with their notes, "
        "and the record of every change.",
        "Все данные о вас, которые хранятся в KAM Assess на указанную дату, по вашему запросу: "
        "сведения о вас, результат оценки, решение, оценки каждого оценщика с их заметками и "
        "журнал всех изменений.",
    ),
    "sar.id": _t("Id", "Код"),
    "sar.facts": _t("Your details", "Сведения о вас"),
    "sar.result": _t("Result of the assessment", "Результат оценки"),
    "sar.reason": _t("Why", "Почему"),
    "sar.no_decision": _t("No decision is recorded.", "Решение не записано."),
    "sar.assessments": _t("Assessments", "Оценки"),
    "sar.assessments_intro": _t(
        "Each assessor's rating of each competency on the framework's scale, with the evidence "
        'they noted; "no evidence" means the competency was not observed.',
        "Оценка каждой компетенции каждым оценщиком по шкале модели с отмеченными им "
        "фактами; «нет данных» означает, что компетенция не наблюдалась.",
    ),
    "sar.no_assessments": _t("No assessments are recorded.", "Оценок нет."),
    "sar.assessment_head": _t(
        "Assessment no. {id}: {assessor} ({role}), {method}, {date}, {status}",
        "Оценка № {id}: {assessor} ({role}), {method}, {date}, {status}",
    ),
    "sar.level": _t("Level", "Уровень"),
    "sar.evidence": _t("Evidence", "Факты"),
    "sar.history": _t("Record of changes", "Журнал изменений"),
    "sar.history_intro": _t(
        "Every change to your data, when it was made and by whom.",
        "Каждое изменение ваших данных: когда и кем оно сделано.",
    ),
    "sar.no_history": _t("No changes are recorded.", "Изменений нет."),
    "sar.when": _t("When (UTC)", "Когда (UTC)"),
    "sar.who": _t("Who", "Кто"),
    "sar.what": _t("What", "Что"),
    # -- the history in plain words
    "hist.field.name": _t("Full name", "ФИО"),
    "hist.field.tenure": _t("Tenure, years", "Стаж, лет"),
    "hist.change": _t("{field} was {old}, now {new}", "{field}: было {old}, стало {new}"),
    "hist.candidate_added": _t("record created", "запись создана"),
    "hist.decision_recorded": _t("decision recorded — {what}", "записано решение — {what}"),
    "hist.decision_field": _t("decision — {change}", "решение — {change}"),
    "hist.outcome_recorded": _t("outcomes recorded — {what}", "записаны результаты — {what}"),
    "hist.outcome_field": _t("outcomes — {change}", "результаты — {change}"),
    "hist.assessment_added": _t(
        "assessment no. {id} started: {assessor}, {method}, {date}",
        "начата оценка № {id}: {assessor}, {method}, {date}",
    ),
    "hist.assessment_deleted": _t("assessment no. {id} deleted", "оценка № {id} удалена"),
    "hist.assessment_removed": _t(
        "assessment no. {id} ({assessor}, {method}, {date}) deleted",
        "оценка № {id} ({assessor}, {method}, {date}) удалена",
    ),
    "hist.assessment_withdrawn": _t(
        "assessment no. {id} ({assessor}, {method}, {date}) withdrawn: {reason}",
        "оценка № {id} ({assessor}, {method}, {date}) отозвана: {reason}",
    ),
    "hist.assessment_field": _t("assessment no. {id} — {change}", "оценка № {id} — {change}"),
    "hist.status_final": _t("assessment no. {id} finalised", "оценка № {id} завершена"),
    "hist.status_draft": _t("assessment no. {id} reopened", "оценка № {id} открыта снова"),
    "hist.reopened": _t(
        "assessment no. {id} reopened: {reason}", "оценка № {id} открыта снова: {reason}"
    ),
    "hist.level": _t(
        "assessment no. {id}, {competency}: level was {old}, now {new}",
        "оценка № {id}, {competency}: уровень был {old}, стал {new}",
    ),
    "hist.evidence": _t(
        "assessment no. {id}, {competency}: evidence was {old}, now {new}",
        "оценка № {id}, {competency}: факты были {old}, стали {new}",
    ),
    "hist.no_evidence": _t("no evidence", "нет данных"),
    "hist.field.recommendation_reason": _t(
        "Reason for the recommendation", "Обоснование рекомендации"
    ),
    "hist.consensus_recorded": _t(
        "debrief: consensus on {competency} — level {level} (moderator {moderator}){note}",
        "разбор оценок: консенсус по компетенции «{competency}» — уровень {level} "
        "(ведущий {moderator}){note}",
    ),
    "hist.consensus_cleared": _t(
        "debrief: the consensus on {competency} taken back",
        "разбор оценок: консенсус по компетенции «{competency}» отменён",
    ),
}
