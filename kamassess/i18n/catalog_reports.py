"""Report and label texts in Russian and English (merged into the message catalogue)."""

from __future__ import annotations


def _t(en: str, ru: str) -> dict[str, str]:
    return {"en": en, "ru": ru}


REPORTS: dict[str, dict[str, str]] = {
    "rep.profile_title": _t("Candidate profile", "Профиль кандидата"),
    "rep.compare_title": _t("Candidate comparison", "Сравнение кандидатов"),
    "rep.interview_title": _t("Interview sheet", "Лист интервью"),
    "rep.target_profile": _t("Target profile", "Целевой профиль"),
    "rep.framework": _t("Framework", "Модель компетенций"),
    "rep.date": _t("Date", "Дата"),
    "rep.facts": _t("Candidate", "Кандидат"),
    "rep.kind": _t("Type", "Тип"),
    "kind.internal": _t("internal", "внутренний"),
    "kind.external": _t("external", "внешний"),
    "rep.current_role": _t("Current role", "Текущая должность"),
    "rep.employer": _t("Employer", "Работодатель"),
    "rep.tenure_internal": _t("Years in our company", "Стаж в компании, лет"),
    "rep.tenure_external": _t("Average years per job", "Средний стаж на месте работы, лет"),
    "rep.industry": _t("Industry", "Отрасль"),
    "industry.own": _t("our industry", "наша отрасль"),
    "industry.adjacent": _t("adjacent market", "смежный рынок"),
    "industry.other": _t("other", "другая"),
    "rep.region": _t("Region", "Регион"),
    "rep.overlap": _t("Our key clients they already work with", "Общие с нами ключевые клиенты"),
    "rep.education": _t("Technical education", "Техническое образование"),
    "rep.yes": _t("yes", "да"),
    "rep.no": _t("no", "нет"),
    "rep.unknown": _t("not stated", "не указано"),
    "rep.salary": _t("Expected base salary", "Ожидаемый оклад"),
    "rep.band": _t("profile band {low}–{high} {currency}", "вилка профиля {low}–{high} {currency}"),
    "rep.above_band": _t("above the band", "выше вилки"),
    "rep.motivation": _t("Main motivation", "Основная мотивация"),
    "motivation.pay": _t("pay", "деньги"),
    "motivation.career": _t("career", "карьера"),
    "motivation.product": _t("product and company", "продукт и компания"),
    "motivation.team": _t("team", "команда"),
    "motivation.other": _t("other", "другое"),
    "rep.manages_team": _t("Leads a team now", "Сейчас руководит группой"),
    "rep.quota": _t("Personal quota reduced", "Личный план продаж снижен"),
    "rep.key_accounts": _t("Holds key accounts now", "Сейчас ведёт ключевых клиентов"),
    "rep.band_year": _t(", {year} figures", ", в ценах {year} г."),
    "rep.notes": _t("Notes", "Примечания"),
    "rep.result": _t("Result", "Результат"),
    "rep.fit": _t("Fit index", "Индекс соответствия"),
    "rep.coverage": _t("Coverage", "Покрытие"),
    "rep.coverage_value": _t("{pct} of the profile's weight rated", "оценено {pct} веса профиля"),
    "rep.raters": _t("Assessors (people)", "Оценщиков (человек)"),
    "rep.knockouts": _t("Knock-outs", "Ниже минимума"),
    "rep.none": _t("none", "нет"),
    "rep.verdict": _t("Verdict", "Вывод"),
    "rep.radar_title": _t("Candidate against the ideal portrait", "Кандидат и идеальный портрет"),
    "rep.ideal": _t("Ideal portrait (target levels)", "Идеальный портрет (целевые уровни)"),
    "rep.candidate_series": _t(
        "Candidate: mean; bars show the range of ratings",
        "Кандидат: среднее; отрезки — разброс оценок",
    ),
    "rep.competencies": _t("Competencies", "Компетенции"),
    "rep.col.competency": _t("Competency", "Компетенция"),
    "rep.col.score": _t("Score", "Оценка"),
    "rep.col.range": _t("Min–max", "Мин.–макс."),
    "rep.col.raters": _t("Raters", "Оцен."),
    "rep.col.target": _t("Target", "Цель"),
    "rep.col.gap": _t("Gap", "Разрыв"),
    "rep.col.weight": _t("Weight", "Вес"),
    "rep.col.marks": _t("Marks", "Отметки"),
    # The knock-out has one name in Russian, «ниже минимума», in every mark and legend.
    "rep.mark.below": _t("below min. {minimum}", "ниже мин. {minimum}"),
    "rep.mark.split": _t("min. {minimum}?", "мин. {minimum}?"),
    "rep.mark.unrated": _t("min. {minimum} unrated", "мин. {minimum} без оценки"),
    "rep.marks_legend": _t(
        "below min. n — below the minimum level n by every assessor; min. n? — below it by the "
        "mean, but not by every assessor: needs consensus; min. n unrated — a competency with a "
        "minimum not rated; ≠ — assessors differ by {levels} levels or more; + — above the "
        "target (a strength); — not rated.",
        "ниже мин. n — ниже минимального уровня n у всех оценщиков; мин. n? — ниже минимума по "
        "среднему, но не у всех: нужен консенсус; мин. n без оценки — компетенция с минимумом "
        "не оценена; ≠ — оценки расходятся на {levels} уровня и больше; + — выше цели (сильная "
        "сторона); — не оценено.",
    ),
    "rep.consensus": _t("consensus {level}", "консенсус {level}"),
    "rep.anon_name": _t("Candidate {letter}", "Кандидат {letter}"),
    "rep.anon_hidden": _t("not shown", "скрыто"),
    "rep.anon_note": _t(
        "Anonymised: the name, id, employer, role, region, notes and the assessors' evidence "
        "are left out.",
        "Обезличено: имя, код, работодатель, должность, регион, примечания и подтверждения "
        "оценщиков не приводятся.",
    ),
    # -- page 1: what decides
    "rep.key_risks": _t("Top risks", "Главные риски"),
    "rep.key_gaps": _t("Largest gaps", "Главные разрывы"),
    "rep.key_strengths": _t("Strengths", "Сильные стороны"),
    "rep.key_none_risks": _t("none found", "не выявлены"),
    "rep.key_none_gaps": _t("none among the rated competencies", "нет среди оценённых компетенций"),
    "rep.key_none_strengths": _t("none above target", "выше цели — нет"),
    "rep.key_gap": _t("{name}: {score} of {target}", "{name}: {score} из {target}"),
    "rep.key_strength": _t("{name}: {score} (target {target})", "{name}: {score} (цель {target})"),
    "rep.more": _t("and {n} more further on", "и ещё {n} — далее в отчёте"),
    "rep.no_final": _t(
        "No final assessment yet: nothing here is a result.",
        "Завершённых оценок пока нет: результата ещё нет.",
    ),
    "rep.no_final_drafts": _t(
        "Draft assessments exist; they count once finalised.",
        "Есть черновики оценок; они войдут в расчёт после завершения.",
    ),
    "rep.flag_disagreement": _t(
        "strong disagreement on {n} {n:plural:competency|competencies}",
        "сильное расхождение по {n} {n:plural:компетенции|компетенциям|компетенциям}",
    ),
    "rep.note_more": _t("(in full at the end)", "(полностью — в конце отчёта)"),
    "rep.note_whole": _t("Notes in full", "Примечания полностью"),
    "rep.decision": _t("Decision", "Решение"),
    "rep.dec_hire": _t("hire", "принять"),
    "rep.dec_conditional": _t("hire with conditions", "принять с условиями"),
    "rep.dec_reject": _t("reject", "отказать"),
    "rep.dec_hold": _t("on hold", "отложить"),
    "rep.dec_conditions": _t("Conditions", "Условия"),
    "rep.dec_salary": _t("Salary offered", "Предложенный оклад"),
    "rep.dec_band": _t("band {low}–{high} {currency}", "вилка {low}–{high} {currency}"),
    "rep.dec_by": _t("Decided by (name)", "Решение принял (Ф. И. О.)"),
    "rep.facts_title": _t("About the candidate", "О кандидате"),
    "rep.group_fit": _t("group fit {fit}", "соответствие группы {fit}"),
    "rep.gaps": _t("Largest gaps", "Главные разрывы"),
    "rep.no_gaps": _t(
        "No gaps: every rated competency is at or above its target.",
        "Разрывов нет: все оценённые компетенции на целевом уровне или выше.",
    ),
    "rep.gap_line": _t(
        "{score} of {target} (gap {gap}, weight {weight})",
        "{score} из {target} (разрыв {gap}, вес {weight})",
    ),
    "rep.what_good": _t("What level {level} looks like", "Как выглядит уровень {level}"),
    "rep.devplan": _t("Development plan", "План развития"),
    "rep.devplan_intro": _t(
        "For each gap the goal is the behaviour of the target level. Agree the actions, an owner "
        "and a review date with the candidate; review in 3 months.",
        "Для каждого разрыва цель — поведение целевого уровня. Согласуйте с кандидатом действия, "
        "ответственного и срок; проверка через 3 месяца.",
    ),
    "rep.now_target": _t("now {score}, target {target}", "сейчас {score}, цель {target}"),
    "rep.col.goal": _t("Goal (target behaviour)", "Цель (поведение целевого уровня)"),
    "rep.col.actions": _t("Actions", "Действия"),
    "rep.col.owner": _t("Owner", "Ответственный"),
    "rep.col.due": _t("Review date", "Срок"),
    "rep.devplan_more": _t(
        "The plan takes the {shown} largest gaps, as above; {n} smaller "
        "{n:plural:gap is|gaps are} in the competency table.",
        "В плане — {shown} главных разрывов, как выше; ещё {n} "
        "{n:plural:меньший разрыв|меньших разрыва|меньших разрывов} — в таблице компетенций.",
    ),
    "rep.risks": _t("Risk indicators", "Факторы риска"),
    "rep.no_risks": _t("No risk indicators apply.", "Факторы риска не выявлены."),
    "rep.risk_legend": _t(
        "! — risk, + — in the candidate's favour", "! — риск, + — в пользу кандидата"
    ),
    "rep.evidence": _t("Evidence from the assessors", "Подтверждения оценщиков"),
    "rep.no_evidence": _t("No evidence notes were written.", "Заметок оценщики не оставили."),
    "rep.assessors": _t("Assessors and methods", "Оценщики и методы"),
    "rep.col.assessor": _t("Assessor", "Оценщик"),
    "rep.col.role": _t("Role", "Роль"),
    "rep.col.method": _t("Method", "Метод"),
    "rep.col.date": _t("Date", "Дата"),
    "rep.col.status": _t("Status", "Статус"),
    "rep.col.rated": _t("Rated", "Оценено"),
    "role.hr": _t("HR", "служба персонала"),
    "role.team_lead": _t("team lead", "руководитель группы"),
    "role.director": _t("director", "директор"),
    "role.other": _t("other", "другое"),
    "method.interview": _t("interview", "интервью"),
    "method.assessment_centre": _t("assessment centre", "ассессмент-центр"),
    "method.internal_review": _t("internal review", "внутренняя оценка"),
    "method.work_sample": _t("work sample", "рабочее задание"),
    "status.draft": _t("draft", "черновик"),
    "status.final": _t("final", "завершена"),
    "rep.drafts_left_out": _t(
        "Draft assessments are not counted in the scores.", "Черновики оценок в расчёт не входят."
    ),
    "rep.signatures": _t("Signatures", "Подписи"),
    "rep.sign_hr": _t("HR specialist", "Специалист по персоналу"),
    "rep.sign_director": _t("Director", "Директор"),
    "rep.sign_name": _t("Name", "Ф. И. О."),
    "rep.sign_signature": _t("Signature", "Подпись"),
    "rep.sign_date": _t("Date", "Дата"),
    "rep.page": _t("page {page} of {total}", "стр. {page} из {total}"),
    "rep.confidential": _t("Confidential: personal data", "Конфиденциально: персональные данные"),
    "rep.outdated": _t(
        "Scored under framework {id} {version}, with which the assessments were made; the "
        "framework now in use is {current}.",
        "Оценка рассчитана по модели {id} {version}, по которой проводились оценки; сейчас "
        "используется {current}.",
    ),
    "rep.not_assessed": _t(
        "Not assessed yet: no final assessment.", "Ещё не оценён: нет завершённых оценок."
    ),
    "rep.ranking": _t("Ranking", "Рейтинг"),
    "rep.col.place": _t("Place", "Место"),
    "rep.col.candidate": _t("Candidate", "Кандидат"),
    "rep.col.fit": _t("Fit", "Соотв."),
    "rep.col.top_gaps": _t("Largest gaps", "Главные разрывы"),
    "rep.col.verdict": _t("Verdict", "Вывод"),
    "rep.no_difference": _t(
        "No meaningful difference between {names}: their spreads of ratings overlap or their "
        "fits differ by less than {points} points.",
        "Между {names} нет значимой разницы: разбросы оценок пересекаются или соответствие "
        "отличается меньше чем на {points} балла.",
    ),
    "rep.other_profile": _t("target profile: {profile}", "целевой профиль: {profile}"),
    "rep.compared_against": _t(
        "Everyone is scored against the profile “{profile}”; a candidate whose own target "
        "profile differs is marked.",
        "Все оценены по профилю «{profile}»; кандидат с другим целевым профилем отмечен.",
    ),
    "rep.shared_place": _t("= shares the place above", "= делит место с предыдущим"),
    "rep.matrix": _t("Competency by candidate", "Компетенции по кандидатам"),
    "rep.col.fit_range": _t("Spread of ratings", "Разброс оценок"),
    "rep.matrix_legend": _t(
        "Bold — at or above the target; < — below the minimum level; ≠ — assessors differ "
        "by {levels} levels or more; — not rated. Candidates in the order of the ranking.",
        "Жирным — на целевом уровне или выше; < — ниже минимума; ≠ — оценки расходятся на "
        "{levels} уровня и больше; — не оценено. Кандидаты в порядке рейтинга.",
    ),
    "rep.col.own_target": _t("own target: {profile}", "свой целевой профиль: {profile}"),
    "rep.col.panel": _t("Assessors, coverage", "Оценщики, покрытие"),
    "rep.col.salary": _t("Expected pay", "Ожидаемый оклад"),
    "rep.panel_cell": _t(
        "{n} {n:plural:assessor|assessors}, {coverage}",
        "{n} {n:plural:оценщик|оценщика|оценщиков}, {coverage}",
    ),
    "rep.risks_gaps": _t("Minimums, gaps and risks", "Минимумы, разрывы и риски"),
    "rep.col.key_risks": _t("Key risks", "Главные риски"),
    "rep.in_band": _t("within the band", "в пределах вилки"),
    "rep.below_band": _t("below the band", "ниже вилки"),
    "rep.small_radars": _t(
        "Each candidate alone against the ideal portrait, on the axes of the chart above "
        "(clockwise from the top).",
        "Каждый кандидат отдельно на фоне идеального портрета, по осям диаграммы выше (по "
        "часовой стрелке сверху).",
    ),
    "rep.compare_radar": _t(
        "Candidates against the ideal portrait", "Кандидаты и идеальный портрет"
    ),
    "rep.int_instructions": _t(
        "Tick one level per competency from what you observed, or “no evidence”. Write what the "
        "candidate said or did: facts, figures, names of projects.",
        "Отметьте один уровень по каждой компетенции по тому, что вы наблюдали, или «нет "
        "данных». Запишите, что кандидат сказал или сделал: факты, цифры, названия проектов.",
    ),
    "rep.int_candidate": _t("Candidate", "Кандидат"),
    "rep.int_assessor": _t("Assessor", "Оценщик"),
    "rep.int_date": _t("Date", "Дата"),
    "rep.int_method": _t("Method", "Метод"),
    "rep.int_questions": _t("Questions", "Вопросы"),
    "rep.int_level": _t("Level", "Уровень"),
    "rep.int_anchor": _t("What it looks like", "Как это проявляется"),
    "rep.int_no_evidence": _t("No evidence", "Нет данных"),
    "rep.int_no_evidence_means": _t(
        "Not observed: left out of the score (a rating of the lowest level means the behaviour "
        "was seen and fell short).",
        "Не наблюдали: в расчёт не входит (низший уровень означает, что поведение видели и "
        "оно недостаточно).",
    ),
    "rep.int_probe": _t("Follow-up", "Уточнение"),
    "rep.int_evidence": _t("Evidence: what was seen and heard", "Наблюдения / примеры"),
    "rep.int_signed_by": _t("Assessor (name)", "Оценщик (Ф. И. О.)"),
    "rep.int_target": _t("target {target}, weight {weight}", "цель {target}, вес {weight}"),
    "rep.int_knockout": _t(
        "minimum {minimum} (below it: not recommended)",
        "минимум {minimum} (ниже минимума — не рекомендован)",
    ),
    "rep.int_total": _t(
        "Overall impression and recommendation", "Общее впечатление и рекомендация"
    ),
}
