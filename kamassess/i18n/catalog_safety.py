"""Sentences about keeping data safe: databases, backups, restores, files written (ru and en)."""

from __future__ import annotations


def _t(en: str, ru: str) -> dict[str, str]:
    return {"en": en, "ru": ru}


SAFETY: dict[str, dict[str, str]] = {
    "db.is_folder": _t(
        "'{path}' is a folder or an empty name, not a database file; give a file name such as "
        "hr.db",
        "«{path}» — папка или пустое имя, а не файл базы данных; укажите имя файла, например hr.db",
    ),
    "db.foreign": _t(
        "{path} is a database of another program; KAM Assess leaves it untouched. Choose a "
        "KAM Assess database or a new file name",
        "{path} — база данных другой программы; KAM Assess её не изменяет. Выберите базу KAM "
        "Assess или новое имя файла",
    ),
    "db.replaced": _t(
        "{path} was replaced by another program (a restore?) while it was open here; nothing was "
        "saved into the old file. Reopen the database",
        "файл {path} заменён другой программой (восстановление?), пока он был открыт здесь; в "
        "старый файл ничего не записано. Откройте базу заново",
    ),
    "db.opened_read_only": _t(
        "{path} is open read-only in this window; nothing can be changed here",
        "база {path} открыта в этом окне только для чтения; изменить здесь ничего нельзя",
    ),
    "db.candidate_exists": _t(
        "a candidate with id '{id}' already exists (someone added one meanwhile); nothing was "
        "overwritten",
        "кандидат с кодом '{id}' уже есть (его только что добавил кто-то другой); ничего не "
        "перезаписано",
    ),
    "db.edit_conflict": _t(
        "someone else changed {name} while you were editing; their change is kept",
        "пока вы редактировали, кто-то другой изменил данные {name}; его изменения сохранены",
    ),
    "db.deleted_elsewhere": _t(
        "this assessment was deleted elsewhere; nothing more can be saved in it",
        "эта оценка удалена в другом окне или программе; сохранить в неё больше ничего нельзя",
    ),
    "backup.failed": _t(
        "the automatic backup could not be written to {folder}: {reason}",
        "не удалось записать автоматическую резервную копию в {folder}: {reason}",
    ),
    "backup.source_damaged": _t(
        "{path} has damaged pages; it is not copied over good backups. Restore it from the "
        "newest backup (python main.py restore)",
        "в {path} есть повреждённые страницы; копировать его поверх исправных резервных копий "
        "нельзя. Восстановите базу из последней копии (python main.py restore)",
    ),
    "backup.none_healthy": _t(
        "no usable backup of {path} was found in {folder}",
        "исправных резервных копий {path} в {folder} не найдено",
    ),
    "out.is_database": _t(
        "{path} is the database (or one of its working or backup files); choose another file "
        "name: nothing was written",
        "{path} — это сама база данных (или её рабочий либо резервный файл); выберите другое "
        "имя: ничего не записано",
    ),
    "out.is_folder": _t(
        "{path} is a folder; give a file name: nothing was written",
        "{path} — папка; укажите имя файла: ничего не записано",
    ),
    "out.not_folder": _t(
        "{path} is a file, not a folder: nothing was written",
        "{path} — файл, а не папка: ничего не записано",
    ),
    "out.other_kind": _t(
        "{path} exists and is not a {kind}; it is not overwritten: choose another name",
        "{path} уже существует и это не {kind}; перезаписывать его нельзя: выберите другое имя",
    ),
    "out.kind.pdf": _t("PDF file", "файл PDF"),
    "out.kind.bundle": _t("KAM Assess bundle", "файл обмена KAM Assess"),
    "out.kind.database": _t("KAM Assess database", "база данных KAM Assess"),
    "out.kind.table": _t("spreadsheet", "таблица"),
    "out.folder_unwritable": _t(
        "{folder} cannot be written into (it does not exist or is not yours to write): nothing "
        "written",
        "в папку {folder} нельзя записать (её нет или нет прав на запись): ничего не записано",
    ),
    "out.cannot_write": _t(
        "cannot write {path}: {reason}",
        "не удаётся записать {path}: {reason}",
    ),
    "eval.profile_unknown": _t(
        "{name} ({id}): the target profile '{profile}' is in neither the framework in use nor "
        "the version of their assessments; choose a profile for them",
        "{name} ({id}): целевого профиля '{profile}' нет ни в используемой модели, ни в версии, "
        "по которой сделаны оценки; выберите для кандидата профиль",
    ),
    "eval.pooled": _t(
        "Scored under {framework}; assessments made under other versions of the framework count "
        "where they rate the same competencies on the same scale.",
        "Оценка рассчитана по модели {framework}; оценки, сделанные по другим её версиям, "
        "учтены там, где они оценивают те же компетенции по той же шкале.",
    ),
    "eval.partly": _t(
        "Not counted from {assessor}'s assessment of {date}: {competencies} (not in {framework}).",
        "Из оценки {assessor} от {date} не учтено: {competencies} (этого нет в {framework}).",
    ),
    "eval.left_out": _t(
        "{assessor}'s assessment of {date} is not counted: it used another rating scale.",
        "Оценка {assessor} от {date} не учтена: в ней другая шкала уровней.",
    ),
    # -- what the operating system refused (i18n/oserrors.py); Russian leaves out its words
    "os.the_file": _t("the file", "файл"),
    "os.missing": _t("{path} does not exist", "{path} не существует"),
    "os.denied": _t(
        "no permission to use {path}; check its permissions or choose another place",
        "нет прав на {path}; проверьте права доступа или выберите другое место",
    ),
    "os.full": _t(
        "the disk is full: {path} cannot be written", "диск заполнен: {path} не записать"
    ),
    "os.read_only": _t(
        "{path} is on a read-only disk", "{path} находится на диске только для чтения"
    ),
    "os.is_folder": _t("{path} is a folder, not a file", "{path} — папка, а не файл"),
    "os.not_folder": _t(
        "{path} is a file, where a folder is needed", "{path} — файл, а нужна папка"
    ),
    "os.name_too_long": _t("the name {path} is too long", "имя {path} слишком длинное"),
    "os.exists": _t("{path} already exists", "{path} уже существует"),
    "os.busy": _t(
        "{path} is open in another program (a PDF viewer or Excel?); close it and try again",
        "{path} открыт в другой программе (просмотр PDF или Excel?); закройте его и повторите",
    ),
    "os.other": _t("{path} cannot be used: {detail}", "{path}: операция не удалась"),
}
