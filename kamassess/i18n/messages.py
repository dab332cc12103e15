"""The core's user-visible sentences, each in Russian and English, addressed by key."""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass, field
from typing import Any

from kamassess.i18n.catalog_figures import FIGURES
from kamassess.i18n.catalog_reports import REPORTS
from kamassess.i18n.catalog_safety import SAFETY

LANGUAGES = ("ru", "en")

# Each entry: key -> {"en": ..., "ru": ...}; str.format placeholders are shared by both.
CATALOG: dict[str, dict[str, str]] = {
    # -- reading files
    "file.missing": {"en": "file not found: {path}", "ru": "файл не найден: {path}"},
    "file.unreadable": {
        "en": "cannot read the file: {reason}",
        "ru": "не удаётся прочитать файл: {reason}",
    },
    "file.too_large": {
        "en": "the file is {size} bytes, more than the limit of {limit} bytes",
        "ru": "размер файла {size} байт превышает допустимые {limit} байт",
    },
    "file.not_utf8": {
        "en": "the file is not UTF-8 text (invalid byte at position {offset}); save it as UTF-8",
        "ru": "файл не в кодировке UTF-8 (недопустимый байт в позиции {offset}); "
        "сохраните его в UTF-8",
    },
    "file.utf16": {
        "en": "the file is UTF-16 text; save it as UTF-8",
        "ru": "файл в кодировке UTF-16; сохраните его в UTF-8",
    },
    "file.empty": {"en": "the file is empty", "ru": "файл пуст"},
    # -- YAML structure
    "yaml.syntax": {
        "en": "YAML syntax error: {problem}",
        "ru": "синтаксическая ошибка YAML: {problem}",
    },
    "yaml.duplicate_key": {
        "en": "duplicate key '{key}' (first given on line {first_line})",
        "ru": "ключ '{key}' повторяется (впервые указан в строке {first_line})",
    },
    "yaml.complex_key": {
        "en": "a key must be a plain word or number",
        "ru": "ключ должен быть простым словом или числом",
    },
    "yaml.too_deep": {
        "en": "nesting deeper than {limit} levels",
        "ru": "вложенность глубже {limit} уровней",
    },
    "yaml.alias_bomb": {
        "en": "aliases expand to more than {limit} nodes; the file looks like an alias bomb",
        "ru": "ссылки (alias) разворачиваются более чем в {limit} узлов; файл похож на "
        "«алиас-бомбу»",
    },
    "yaml.recursive_alias": {
        "en": "an alias refers to its own anchor",
        "ru": "ссылка (alias) указывает на саму себя",
    },
    "yaml.number_too_long": {
        "en": "a number of {digits} digits is too long",
        "ru": "число из {digits} цифр слишком длинное",
    },
    "yaml.tag": {
        "en": "YAML tags such as '{tag}' are not allowed",
        "ru": "теги YAML, например '{tag}', не допускаются",
    },
    "yaml.top_not_mapping": {
        "en": "the top level must be a mapping of keys (framework:, scale:, ...)",
        "ru": "верхний уровень должен быть набором ключей (framework:, scale:, ...)",
    },
    # -- schema (types)
    "schema.missing": {"en": "required field is missing", "ru": "нет обязательного поля"},
    "schema.unknown_key": {
        "en": "unknown key (check the spelling)",
        "ru": "неизвестный ключ (проверьте написание)",
    },
    "schema.expected_text": {"en": "expected text", "ru": "ожидается текст"},
    "schema.expected_int": {"en": "expected a whole number", "ru": "ожидается целое число"},
    "schema.expected_number": {"en": "expected a number", "ru": "ожидается число"},
    "schema.expected_bool": {
        "en": "expected true or false (yes/no/on/off are read as text)",
        "ru": "ожидается true или false (yes/no/on/off читаются как текст)",
    },
    "schema.expected_mapping": {
        "en": "expected a mapping of keys (key: value)",
        "ru": "ожидается набор ключей (ключ: значение)",
    },
    "schema.expected_list": {"en": "expected a list", "ru": "ожидается список"},
    "schema.expected_date": {
        "en": "expected a date as YYYY-MM-DD",
        "ru": "ожидается дата в виде ГГГГ-ММ-ДД",
    },
    "schema.greater_than": {
        "en": "must be greater than {limit}",
        "ru": "должно быть больше {limit}",
    },
    "schema.at_least": {"en": "must be at least {limit}", "ru": "должно быть не меньше {limit}"},
    "schema.at_most": {"en": "must be at most {limit}", "ru": "должно быть не больше {limit}"},
    "schema.too_few": {
        "en": "needs at least {limit} item(s)",
        "ru": "нужно не меньше {limit} элемент(ов)",
    },
    "schema.too_many": {
        "en": "allows at most {limit} item(s)",
        "ru": "допускается не больше {limit} элемент(ов)",
    },
    "schema.empty_text": {"en": "must not be empty", "ru": "не может быть пустым"},
    "schema.text_too_long": {
        "en": "text longer than {limit} characters",
        "ru": "текст длиннее {limit} символов",
    },
    "schema.bad_id": {
        "en": "invalid identifier '{value}': use Latin letters, digits, '_', '-' or '.'",
        "ru": "недопустимый идентификатор '{value}': используйте латинские буквы, цифры, "
        "'_', '-' или '.'",
    },
    "schema.choice": {
        "en": "'{value}' is not one of: {choices}",
        "ru": "'{value}' не входит в список: {choices}",
    },
    "schema.invalid": {"en": "invalid value: {detail}", "ru": "недопустимое значение: {detail}"},
    "schema.control_chars": {
        "en": "text contains control characters (such as NUL)",
        "ru": "текст содержит управляющие символы (например, NUL)",
    },
    # -- localized text
    "text.type": {
        "en": "expected text or a mapping {{ru: ..., en: ...}}",
        "ru": "ожидается текст или набор {{ru: ..., en: ...}}",
    },
    "text.unknown_language": {
        "en": "unknown language key '{key}' (use ru and en)",
        "ru": "неизвестный ключ языка '{key}' (используйте ru и en)",
    },
    "text.missing_language": {
        "en": "'{missing}' text is missing while '{present}' is given",
        "ru": "нет текста '{missing}', хотя '{present}' указан",
    },
    # -- framework semantics
    "fw.empty": {
        "en": "the framework is empty",
        "ru": "модель компетенций пуста",
    },
    "fw.duplicate_id": {
        "en": "duplicate id '{id}' (also used at {other})",
        "ru": "идентификатор '{id}' повторяется (уже использован в {other})",
    },
    "fw.scale_order": {
        "en": "scale levels must be positive whole numbers in ascending order",
        "ru": "уровни шкалы должны быть положительными целыми числами по возрастанию",
    },
    "fw.unknown_group": {
        "en": "unknown group '{id}'",
        "ru": "неизвестная группа '{id}'",
    },
    "fw.unknown_competency": {
        "en": "unknown competency '{id}'",
        "ru": "неизвестная компетенция '{id}'",
    },
    "fw.anchor_missing": {
        "en": "level {level} has no anchor",
        "ru": "для уровня {level} нет поведенческого индикатора",
    },
    "fw.anchor_extra": {
        "en": "anchor for level {level}, which is not on the scale",
        "ru": "индикатор для уровня {level}, которого нет в шкале",
    },
    "fw.level_off_scale": {
        "en": "{value} is not a level of the scale ({levels})",
        "ru": "{value} не является уровнем шкалы ({levels})",
    },
    "fw.minimum_above_target": {
        "en": "minimum {minimum} is above the target {target}",
        "ru": "минимум {minimum} выше целевого уровня {target}",
    },
    "fw.verdict_order": {
        "en": "the 'conditional' threshold ({conditional}) must be below 'recommend' ({recommend})",
        "ru": "порог 'conditional' ({conditional}) должен быть ниже 'recommend' ({recommend})",
    },
    "fw.band_order": {
        "en": "base_min must not exceed base_max",
        "ru": "base_min не может быть больше base_max",
    },
    "fw.range_order": {
        "en": "the first number must not exceed the second",
        "ru": "первое число не может быть больше второго",
    },
    "fw.rule_needs_regions": {
        "en": "this rule compares the candidate's region with the company's own: name them in "
        "company: regions",
        "ru": "это правило сравнивает регион кандидата с регионами компании: перечислите их в "
        "company: regions",
    },
    "fw.group_empty": {
        "en": "group '{id}' has no competencies",
        "ru": "в группе '{id}' нет компетенций",
    },
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
        "en": "candidate id '{id}' appears twice (also {other})",
        "ru": "код кандидата '{id}' встречается дважды (также {other})",
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
        "en": "the same candidate, assessor, date and method as {other}",
        "ru": "тот же кандидат, оценщик, дата и метод, что и в {other}",
    },
    "bundle.unknown_competency": {
        "en": "unknown competency '{id}'",
        "ru": "неизвестная компетенция '{id}'",
    },
    "bundle.final_conflict": {
        "en": "would change the final assessment of {candidate} by {assessor} ({method}, {date}); "
        "reopen it in the database first",
        "ru": "изменило бы завершённую оценку {candidate} от {assessor} ({method}, {date}); "
        "сначала откройте её заново в базе",
    },
    # -- CLI
    "cli.valid": {
        "en": "{path}: valid: framework {id} {version}, {levels} levels, {groups} groups, "
        "{competencies} competencies, {profiles} profiles",
        "ru": "{path}: без ошибок: модель компетенций {id} {version}, уровней шкалы {levels}, "
        "групп {groups}, компетенций {competencies}, профилей {profiles}",
    },
    "cli.invalid_summary": {
        "en": "{path}: {count} error(s); the framework was not loaded",
        "ru": "{path}: ошибок: {count}; модель компетенций не загружена",
    },
    "cli.internal_error": {
        "en": "internal error: {error}. Please report it with the command you ran.",
        "ru": "внутренняя ошибка: {error}. Сообщите о ней, указав выполненную команду.",
    },
    "cli.interrupted": {"en": "interrupted", "ru": "прервано"},
    "cli.description": {
        "en": "KAM Assess: rate Key Account Manager candidates against a competency framework. "
        "Without a command the desktop window opens.",
        "ru": "KAM Assess: оценка кандидатов на роль менеджера по ключевым клиентам по модели "
        "компетенций. Без команды открывается окно программы.",
    },
    "cli.opt.db": {
        "en": "database file (default: $KAMASSESS_DB or the per-user data folder)",
        "ru": "файл базы данных (по умолчанию: $KAMASSESS_DB или папка данных пользователя)",
    },
    "cli.opt.framework": {
        "en": "competency framework file (default: the bundled competencies.yaml)",
        "ru": "файл модели компетенций (по умолчанию: встроенный competencies.yaml)",
    },
    "cli.opt.lang": {
        "en": "language of messages and reports: ru or en (default: from the system)",
        "ru": "язык сообщений и отчётов: ru или en (по умолчанию: как в системе)",
    },
    "cli.cmd.validate": {
        "en": "check a framework file and list every error with its line",
        "ru": "проверить файл модели компетенций и вывести все ошибки с номерами строк",
    },
    "cli.arg.framework_path": {
        "en": "framework file to check (default: the one in use)",
        "ru": "проверяемый файл (по умолчанию: используемый)",
    },
    "cli.cmd.import": {
        "en": "import a bundle (YAML or JSON): all of it, or nothing if any item is invalid",
        "ru": "импортировать файл обмена (YAML или JSON): целиком или ничего, если есть ошибки",
    },
    "cli.arg.bundle": {"en": "bundle file", "ru": "файл обмена"},
    "cli.opt.dry_run": {
        "en": "check the file and show what would change, without writing",
        "ru": "проверить файл и показать, что изменится, ничего не записывая",
    },
    "cli.cmd.export": {
        "en": "export candidates and assessments to a bundle (.yaml or .json)",
        "ru": "выгрузить кандидатов и оценки в файл обмена (.yaml или .json)",
    },
    "cli.arg.out_bundle": {"en": "file to write", "ru": "записываемый файл"},
    "cli.opt.candidate": {
        "en": "candidate id (repeat for several; default: all)",
        "ru": "код кандидата (можно повторять; по умолчанию — все)",
    },
    "cli.cmd.score": {
        "en": "score candidates: fit, range, coverage, verdict, gaps, risks",
        "ru": "рассчитать оценки: соответствие, диапазон, покрытие, вывод, разрывы, риски",
    },
    "cli.opt.profile": {
        "en": "score against this profile instead of each candidate's own",
        "ru": "сравнивать с этим профилем вместо целевого профиля кандидата",
    },
    "cli.opt.json": {"en": "print JSON", "ru": "вывести JSON"},
    "cli.opt.drafts": {
        "en": "include draft assessments (default: final ones only)",
        "ru": "учитывать черновики оценок (по умолчанию — только завершённые)",
    },
    "cli.cmd.demo": {
        "en": "load the demo set: four short-listed candidates rated by several assessors",
        "ru": "загрузить демонстрационный набор: четыре кандидата, оценённые несколькими "
        "оценщиками",
    },
    "cli.cmd.backup": {
        "en": "write a consistent copy of the database (SQLite backup API)",
        "ru": "сохранить целостную копию базы данных (через SQLite backup API)",
    },
    "cli.opt.out": {"en": "backup file to write", "ru": "файл резервной копии"},
    "cli.import_done": {
        "en": "imported {path}: candidates {c_added} added, {c_updated} updated, {c_unchanged} "
        "unchanged; assessments {a_added} added, {a_updated} updated, {a_unchanged} unchanged; "
        "{ratings} ratings written",
        "ru": "импортирован {path}: кандидатов добавлено {c_added}, изменено {c_updated}, без "
        "изменений {c_unchanged}; оценок добавлено {a_added}, изменено {a_updated}, без "
        "изменений {a_unchanged}; записано оценок компетенций {ratings}",
    },
    "cli.import_dry": {
        "en": "dry run, nothing written. Would import {path}: candidates {c_added} added, "
        "{c_updated} updated, {c_unchanged} unchanged; assessments {a_added} added, {a_updated} "
        "updated, {a_unchanged} unchanged",
        "ru": "пробный запуск, ничего не записано. Импорт {path} дал бы: кандидатов добавлено "
        "{c_added}, изменено {c_updated}, без изменений {c_unchanged}; оценок добавлено "
        "{a_added}, изменено {a_updated}, без изменений {a_unchanged}",
    },
    "cli.import_refused": {
        "en": "{path}: {count} problem(s); nothing was imported",
        "ru": "{path}: проблем: {count}; ничего не импортировано",
    },
    "cli.export_done": {
        "en": "wrote {path}: {candidates} candidates, {assessments} assessments",
        "ru": "записан {path}: кандидатов {candidates}, оценок {assessments}",
    },
    "cli.backup_done": {
        "en": "backup written to {path} ({size} bytes)",
        "ru": "резервная копия записана в {path} ({size} байт)",
    },
    "cli.auto_backup": {
        "en": "automatic backup before the change: {path}",
        "ru": "автоматическая копия перед изменением: {path}",
    },
    "cli.unknown_profile": {
        "en": "unknown profile '{id}' (the framework has: {choices})",
        "ru": "неизвестный профиль '{id}' (в модели есть: {choices})",
    },
    "cli.demo_other_framework": {
        "en": "the demo set is rated on the bundled KAM framework; it does not fit the framework "
        "'{id}' in use (run demo without --framework)",
        "ru": "демонстрационный набор оценён по встроенной модели КАМ и не подходит к "
        "используемой модели '{id}' (запустите demo без --framework)",
    },
    "cli.no_candidates": {
        "en": "the database has no candidates yet (try: python main.py demo)",
        "ru": "в базе ещё нет кандидатов (попробуйте: python main.py demo)",
    },
    "cli.outdated": {
        "en": "{name}: scored under the older framework {id} {version} its assessments were "
        "made with",
        "ru": "{name}: оценён по прежней версии модели {id} {version}, по которой сделаны оценки",
    },
    "cli.col.candidate": {"en": "Candidate", "ru": "Кандидат"},
    "cli.col.profile": {"en": "Profile", "ru": "Профиль"},
    "cli.col.fit": {"en": "Fit", "ru": "Соотв."},
    "cli.col.range": {"en": "Range", "ru": "Диапазон"},
    "cli.col.coverage": {"en": "Cover.", "ru": "Покр."},
    "cli.col.raters": {"en": "Raters", "ru": "Оцен."},
    "cli.col.verdict": {"en": "Verdict", "ru": "Вывод"},
    "cli.knockouts": {"en": "knock-outs", "ru": "ниже минимума"},
    "cli.top_gaps": {"en": "largest gaps", "ru": "главные разрывы"},
    "cli.cannot_write": {
        "en": "cannot write {path}: {reason}",
        "ru": "не удаётся записать {path}: {reason}",
    },
    "cli.cmd.report": {
        "en": "print PDF reports: profile, compare, interview, all",
        "ru": "напечатать отчёты PDF: profile, compare, interview, all",
    },
    "cli.cmd.report_profile": {
        "en": "a candidate's profile against the ideal portrait",
        "ru": "профиль кандидата в сравнении с идеальным портретом",
    },
    "cli.cmd.report_compare": {
        "en": "2 to 6 candidates side by side against one profile",
        "ru": "от 2 до 6 кандидатов рядом по одному профилю",
    },
    "cli.cmd.report_interview": {
        "en": "a blank interview scorecard of a profile",
        "ru": "пустой лист интервью по профилю",
    },
    "cli.cmd.report_all": {
        "en": "a profile report for every candidate into a folder",
        "ru": "профиль каждого кандидата в папку",
    },
    "cli.opt.report_lang": {
        "en": "language of the report: ru (default) or en",
        "ru": "язык отчёта: ru (по умолчанию) или en",
    },
    "cli.opt.out_pdf": {"en": "PDF file to write", "ru": "записываемый файл PDF"},
    "cli.opt.out_dir": {"en": "folder for the PDF files", "ru": "папка для файлов PDF"},
    "cli.report_done": {
        "en": "wrote {path} ({pages} pages)",
        "ru": "записан {path} (страниц: {pages})",
    },
    "cli.compare_count": {
        "en": "a comparison takes 2 to 6 candidates; {count} given",
        "ru": "для сравнения нужно от 2 до 6 кандидатов; указано {count}",
    },
    "cli.compare_profiles_differ": {
        "en": "the candidates' target profiles differ ({profiles}): name the profile to compare "
        "them against with --profile",
        "ru": "у кандидатов разные целевые профили ({profiles}): укажите профиль для сравнения "
        "параметром --profile",
    },
    "cli.profile_required": {
        "en": "name the profile with --profile (one of: {choices})",
        "ru": "укажите профиль параметром --profile (один из: {choices})",
    },
    "cli.batch_progress": {"en": "[{n}/{total}] {path}", "ru": "[{n}/{total}] {path}"},
    "cli.batch_failed": {
        "en": "{id}: failed: {reason}",
        "ru": "{id}: ошибка: {reason}",
    },
    "cli.batch_done": {
        "en": "{done} of {total} profile reports written to {folder}; {failed} failed",
        "ru": "в {folder} записано отчётов: {done} из {total}; с ошибкой: {failed}",
    },
    "cli.batch_failures": {
        "en": "not written: {ids}",
        "ru": "не записаны: {ids}",
    },
    "cli.cmd.restore": {
        "en": "put the newest automatic backup in place of a damaged database (the damaged "
        "file is kept, renamed)",
        "ru": "заменить повреждённую базу последней автоматической копией (повреждённый файл "
        "сохраняется под другим именем)",
    },
    "cli.restore_hint": {
        "en": "the newest automatic backup is {backup} ({when}); to put it in place run: "
        'python main.py --db "{path}" restore',
        "ru": "последняя автоматическая копия — {backup} ({when}); чтобы восстановить её, "
        'выполните: python main.py --db "{path}" restore',
    },
    "cli.restored": {
        "en": "restored {path} from {backup}; the previous file was kept as {kept}",
        "ru": "база {path} восстановлена из {backup}; прежний файл сохранён как {kept}",
    },
    "cli.no_backup": {
        "en": "there is no automatic backup of {path} in {folder}",
        "ru": "автоматических копий базы {path} в {folder} нет",
    },
    "cli.restore_healthy": {
        "en": "{path} opens without errors; nothing was restored (use --force to restore anyway)",
        "ru": "база {path} открывается без ошибок; ничего не восстановлено (--force — "
        "восстановить всё равно)",
    },
    "cli.opt.force": {
        "en": "restore even if the database opens",
        "ru": "восстановить, даже если база открывается",
    },
    "cli.empty_option": {
        "en": "{option} needs a value (an empty one is not the default)",
        "ru": "для {option} нужно указать значение (пустое не означает «по умолчанию»)",
    },
    "cli.framework_unusable": {
        "en": "the framework {path} cannot be used:",
        "ru": "модель компетенций {path} не может быть использована:",
    },
}


CATALOG.update(REPORTS)
CATALOG.update(SAFETY)
CATALOG.update(FIGURES)


def _normalise(lang: str | None) -> str | None:
    if not lang:
        return None
    code = lang.strip().lower().replace("-", "_")
    for known in LANGUAGES:
        if code == known or code.startswith(known + "_"):
            return known
    if code.startswith("russian"):  # Windows locale names: "Russian_Russia.1251"
        return "ru"
    if code.startswith("english"):
        return "en"
    return None


def system_language() -> str:
    """The user's language: KAMASSESS_LANG, then the locale; Russian or English (the default)."""
    explicit = _normalise(os.environ.get("KAMASSESS_LANG"))
    if explicit:
        return explicit
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        found = _normalise(os.environ.get(var, "").split(":")[0])
        if found:
            return found
    try:
        found = _normalise(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or "en"


def tr(key: str, lang: str, /, **params: Any) -> str:
    """The catalogue sentence for key in lang, with params filled in."""
    entry = CATALOG[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**params)


@dataclass(frozen=True)
class Message:
    """A sentence by key and parameters, rendered late in whatever language the reader uses."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        params = {
            k: v.render(lang) if isinstance(v, Message) else v for k, v in self.params.items()
        }
        return tr(self.key, lang, **params)
