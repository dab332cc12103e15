"""The window's sentences that count things: here, not in the Qt translation file, because
they need Russian's three plural forms ("{n:plural:…}", see plural.py) and English's two."""

from __future__ import annotations


def _t(en: str, ru: str) -> dict[str, str]:
    return {"en": en, "ru": ru}


WINDOW: dict[str, dict[str, str]] = {
    "ui.restore_prompt": _t(
        "Restore the newest automatic backup, made {date} at {time}? It holds {c} "
        "{c:plural:candidate|candidates} and {a} {a:plural:assessment|assessments}; whatever was "
        "saved after {time} on {date} is lost. The damaged file is kept beside it, renamed.",
        "Восстановить последнюю автоматическую резервную копию от {date} {time}? В ней {c} "
        "{c:plural:кандидат|кандидата|кандидатов} и {a} {a:plural:оценка|оценки|оценок}; всё, "
        "что сохранено после {time} {date}, будет потеряно. Повреждённый файл останется рядом "
        "под другим именем.",
    ),
    "ui.list_written": _t(
        "{n} {n:plural:candidate|candidates} written to {path}.",
        "В файл {path} {n:plural:записан|записаны|записаны} {n} "
        "{n:plural:кандидат|кандидата|кандидатов}.",
    ),
    "ui.delete_candidate": _t(
        "Delete {name} and everything about them: {a} {a:plural:assessment|assessments}, "
        "{r} {r:plural:rating|ratings} and {h} {h:plural:history entry|history entries}? "
        "This cannot be undone.",
        "Удалить кандидата {name} и все данные о нём: {a} {a:plural:оценка|оценки|оценок}, "
        "{r} {r:plural:оценка компетенции|оценки компетенций|оценок компетенций} и {h} "
        "{h:plural:запись истории|записи истории|записей истории}? Отменить удаление нельзя.",
    ),
    "ui.import_refused": _t(
        "{path} has {n} {n:plural:problem|problems}; nothing was imported. Fix "
        "{n:plural:it|them} and import the file again.",
        "В файле {path} {n} {n:plural:проблема|проблемы|проблем}; ничего не загружено. "
        "Исправьте {n:plural:её|их|их} и загрузите файл снова.",
    ),
    "ui.exported": _t(
        "{c} {c:plural:candidate|candidates} and {a} {a:plural:assessment|assessments} "
        "written to {path}.",
        "В файл {path} записаны {c} {c:plural:кандидат|кандидата|кандидатов} и {a} "
        "{a:plural:оценка|оценки|оценок}.",
    ),
    "ui.drafts": _t(
        "{n} draft {n:plural:assessment|assessments}",
        "{n} {n:plural:черновик|черновика|черновиков} {n:plural:оценки|оценок|оценок}",
    ),
    "ui.unsaved_busy": _t(
        "{n} {n:plural:rating is|ratings are} not saved yet: the database is busy. Close anyway "
        "and lose {n:plural:it|them}?",
        "{n} {n:plural:оценка не сохранена|оценки не сохранены|оценок не сохранено}: база "
        "данных занята. Закрыть окно и потерять {n:plural:её|их|их}?",
    ),
    "ui.profiles_folder": _t(
        "Folder for the profiles of {n} listed {n:plural:candidate|candidates}",
        "Папка для профилей {n} {n:plural:кандидата|кандидатов|кандидатов} из списка",
    ),
    "ui.writing_profiles": _t(
        "Writing {n} {n:plural:profile|profiles}…",
        "Запись {n} {n:plural:профиля|профилей|профилей}…",
    ),
    "ui.profiles_written": _t(
        "{n} of {total} {total:plural:profile|profiles} written to {folder}.",
        "Записано профилей: {n} из {total}, папка {folder}.",
    ),
}
