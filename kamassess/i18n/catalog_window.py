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
        # The name stays in the nominative (a name cannot be declined by rule): in brackets.
        "Удалить кандидата и все данные о нём ({name}: {a} {a:plural:оценка|оценки|оценок}, "
        "{r} {r:plural:оценка компетенции|оценки компетенций|оценок компетенций} и {h} "
        "{h:plural:запись истории|записи истории|записей истории})? Отменить удаление нельзя.",
    ),
    "ui.history_count": _t(
        "{n} {n:plural:entry|entries}, newest first.",
        "{n} {n:plural:запись|записи|записей}, сначала новые.",
    ),
    "ui.delete_assessment": _t(
        "Delete the draft assessment no. {id} of {name} by {assessor} ({method}, {date}) "
        "with its {r} {r:plural:rating|ratings} and {e} {e:plural:evidence note|evidence "
        "notes}? The history keeps a note of whose it was.",
        "Удалить черновик оценки № {id} (кандидат {name}, оценщик {assessor}, {method}, "
        "{date}) вместе с {r} {r:plural:оценкой компетенции|оценками компетенций|оценками "
        "компетенций} и {e} {e:plural:комментарием|комментариями|комментариями}? В истории "
        "останется запись о том, чья это была оценка.",
    ),
    "ui.withdraw_assessment": _t(
        "Withdraw the final assessment no. {id} of {name} by {assessor} ({method}, {date})? "
        "Its {r} {r:plural:rating|ratings} and {e} {e:plural:evidence note|evidence notes} "
        "are removed and the result is computed without it. The history keeps who withdrew "
        "it and why. Reason:",
        "Отозвать завершённую оценку № {id} (кандидат {name}, оценщик {assessor}, {method}, "
        "{date})? {r} {r:plural:оценка компетенции|оценки компетенций|оценок компетенций} и "
        "{e} {e:plural:комментарий|комментария|комментариев} будут удалены, результат "
        "пересчитан без неё. В истории останется, кто её отозвал и почему. Причина:",
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
    "ui.blind_drafts": _t(
        "You have {n} draft {n:plural:assessment|assessments} of this candidate. The other "
        "assessors' ratings and the pooled result are hidden until you finalise: rating blind "
        "keeps your judgement your own.",
        "У вас {n} {n:plural:черновик|черновика|черновиков} оценки этого кандидата. Оценки "
        "коллег и общий результат скрыты, пока вы не завершите свою оценку: независимая оценка "
        "сохраняет ваше собственное суждение.",
    ),
    "ui.debrief_people": _t(
        "{n} {n:plural:assessor has|assessors have} finalised",
        "оценку {n:plural:завершил|завершили|завершили} {n} {n:plural:оценщик|оценщика|оценщиков}",
    ),
    "ui.retention_banner": _t(
        "{n} {n:plural:candidate is|candidates are} due for deletion under the retention policy "
        "({months} {months:plural:month|months} after the decision).",
        "{n:plural:Подлежит|Подлежат|Подлежат} удалению по сроку хранения {n} "
        "{n:plural:кандидат|кандидата|кандидатов} ({months} мес. после решения).",
    ),
    "ui.retention_intro": _t(
        "The framework keeps the data of external candidates for {months} "
        "{months:plural:month|months} after these decisions: {decisions}; and no longer than "
        "their consent. Internal candidates are never due automatically. Deleting removes a "
        "person from the database, its history and every automatic backup. Bundles and PDFs you "
        "saved elsewhere are not touched.",
        "Модель компетенций хранит данные внешних кандидатов {months} мес. после таких решений: "
        "{decisions}; и не дольше срока их согласия. Внутренние кандидаты автоматически к "
        "удалению не попадают. Удаление убирает человека из базы, её журнала и всех "
        "автоматических резервных копий. Файлы обмена и PDF, сохранённые вами в других местах, "
        "не затрагиваются.",
    ),
    "ui.purge_confirm": _t(
        "Delete {n} {n:plural:candidate|candidates} and everything about them — assessments, "
        "ratings, decision, history — from the database and every automatic backup? This cannot "
        "be undone.",
        "Удалить {n} {n:plural:кандидата|кандидатов|кандидатов} и все данные о них — оценки, "
        "баллы, решение, журнал — из базы и всех автоматических резервных копий? Отменить это "
        "нельзя.",
    ),
    "ui.purging": _t(
        "Deleting {n} {n:plural:candidate|candidates}…",
        "Удаление {n} {n:plural:кандидата|кандидатов|кандидатов}…",
    ),
    "ui.purged": _t(
        "Deleted {n} {n:plural:candidate|candidates} from the database, its history and {b} "
        "backup {b:plural:file|files}.",
        "{n:plural:Удалён|Удалены|Удалены} {n} {n:plural:кандидат|кандидата|кандидатов} — из "
        "базы, журнала и резервных копий ({b} {b:plural:файл|файла|файлов}).",
    ),
    "ui.profiles_written": _t(
        "{n} of {total} {total:plural:profile|profiles} written to {folder}.",
        "Записано профилей: {n} из {total}, папка {folder}.",
    ),
}
