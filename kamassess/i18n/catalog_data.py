"""Sentences about stored data: the database and exchange files (bundles)."""

from __future__ import annotations

# Each entry: key -> {"en": ..., "ru": ...}; str.format placeholders are shared by both.
DATA: dict[str, dict[str, str]] = {
    # -- database
    "db.missing": {"en": "database not found: {path}", "ru": "база данных не найдена: {path}"},
    "db.cannot_open": {
        "en": "cannot open the database {path}: {reason}",
        "ru": "не удаётся открыть базу данных {path}: {reason}",
    },
    "db.damaged": {
        "en": "{path} is not a KAM Assess database or is damaged; restore it from a backup",
        "ru": "{path} не является базой KAM Assess или повреждён; восстановите его из резервной "
        "копии",
    },
    "db.schema_too_new": {
        "en": "{path} was written by a newer version of KAM Assess; update the program",
        "ru": "{path} создан более новой версией KAM Assess; обновите программу",
    },
    "db.readonly": {
        "en": "the database {path} is read-only; nothing can be saved. Check the file's "
        "permissions",
        "ru": "база данных {path} открыта только для чтения; сохранить ничего нельзя. Проверьте "
        "права на файл",
    },
    "db.locked": {
        "en": "the database {path} is busy in another program; try again in a moment",
        "ru": "база данных {path} занята другой программой; повторите через минуту",
    },
    "db.error": {
        "en": "database error in {path}: {reason}",
        "ru": "ошибка базы данных {path}: {reason}",
    },
    "db.no_candidate": {"en": "no candidate with id '{id}'", "ru": "нет кандидата с кодом '{id}'"},
    "db.no_assessment": {"en": "no assessment number {id}", "ru": "нет оценки номер {id}"},
    "db.assessment_final": {
        "en": "assessment {id} is final; reopen it before changing it",
        "ru": "оценка {id} завершена; чтобы изменить её, сначала откройте её заново",
    },
    "db.duplicate_assessment": {
        "en": "{assessor} already has a {method} assessment of {candidate} dated {date}",
        "ru": "у {assessor} уже есть оценка {candidate} методом {method} от {date}",
    },
    "db.framework_missing": {
        "en": "the framework {hash} used by an assessment is missing from the database",
        "ru": "модель компетенций {hash}, по которой сделана оценка, отсутствует в базе",
    },
    # -- bundles
    "schema.bad_user_id": {
        "en": "invalid id '{value}': it must not be empty or contain slashes or control characters",
        "ru": "недопустимый код '{value}': он не может быть пустым или содержать косую черту и "
        "управляющие символы",
    },
    "bundle.top_not_mapping": {
        "en": "not a KAM Assess bundle: the top level must be a mapping with format: "
        "kamassess-bundle",
        "ru": "это не файл обмена KAM Assess: верхний уровень должен быть набором ключей с "
        "format: kamassess-bundle",
    },
    "bundle.framework_mismatch": {
        "en": "the bundle is for framework '{given}', but '{expected}' is loaded",
        "ru": "файл подготовлен для модели '{given}', а загружена '{expected}'",
    },
    "bundle.version_differs": {
        "en": "note: the bundle was made with framework version {given}; it is imported "
        "under {current}",
        "ru": "примечание: файл сделан по версии модели {given}; он импортируется по версии "
        "{current}",
    },
    "bundle.duplicate_candidate": {
        "en": "candidate id '{id}' appears twice (also candidate no. {n} in the file)",
        "ru": "код кандидата '{id}' встречается дважды (также у кандидата № {n} в файле)",
    },
    "bundle.unknown_profile": {
        "en": "unknown profile '{id}' (the framework has: {choices})",
        "ru": "неизвестный профиль '{id}' (в модели есть: {choices})",
    },
    "bundle.unknown_candidate": {
        "en": "assessment of candidate '{id}', who is neither in the file nor in the database",
        "ru": "оценка кандидата '{id}', которого нет ни в файле, ни в базе",
    },
    "bundle.duplicate_assessment": {
        "en": "the same candidate, assessor, date and method as assessment no. {n} in the file",
        "ru": "тот же кандидат, оценщик, дата и метод, что и у оценки № {n} в файле",
    },
    "bundle.unknown_competency": {
        "en": "unknown competency '{id}'",
        "ru": "неизвестная компетенция '{id}'",
    },
    "bundle.changed_since_check": {
        "en": "the file changed after it was checked; nothing was imported: import it again",
        "ru": "файл изменился после проверки; ничего не импортировано: импортируйте его снова",
    },
    "bundle.final_conflict": {
        "en": "would change the final assessment of {candidate} by {assessor} ({method}, {date}); "
        "reopen it in the database first",
        "ru": "изменило бы завершённую оценку {candidate} от {assessor} ({method}, {date}); "
        "сначала откройте её заново в базе",
    },
    # -- the candidate list as a spreadsheet (exchange/listexport.py)
    "list.title": {"en": "KAM Assess: candidates", "ru": "KAM Assess: кандидаты"},
    "list.sheet": {"en": "Candidates", "ru": "Кандидаты"},
    "list.col.id": {"en": "Id", "ru": "Код"},
    "list.col.name": {"en": "Name", "ru": "Ф. И. О."},
    "list.col.kind": {"en": "Type", "ru": "Тип"},
    "list.col.current_role": {"en": "Current role", "ru": "Текущая должность"},
    "list.col.employer": {"en": "Employer", "ru": "Работодатель"},
    "list.col.profile": {"en": "Target profile", "ru": "Целевой профиль"},
    "list.col.fit": {"en": "Fit", "ru": "Соответствие"},
    # the spread of ratings: the fit with every competency at its lowest / highest rating
    "list.col.fit_low": {"en": "Fit at the lowest ratings", "ru": "Соответствие по низшим оценкам"},
    "list.col.fit_high": {
        "en": "Fit at the highest ratings",
        "ru": "Соответствие по высшим оценкам",
    },
    "list.col.coverage": {"en": "Coverage, %", "ru": "Покрытие, %"},
    "list.col.assessors": {"en": "Assessors", "ru": "Оценщики"},
    "list.col.verdict": {"en": "Verdict", "ru": "Вывод"},
    "list.col.flags": {"en": "Flags", "ru": "Отметки"},
    "list.col.reason": {"en": "Why", "ru": "Почему"},
    "list.col.gaps": {"en": "Main gaps", "ru": "Главные разрывы"},
    "list.col.risks": {"en": "Risks", "ru": "Риски"},
    "list.col.decision": {"en": "Decision", "ru": "Решение"},
    "list.col.decided_on": {"en": "Decided on", "ru": "Дата решения"},
    "list.col.last_assessed": {"en": "Last assessed", "ru": "Последняя оценка"},
}
