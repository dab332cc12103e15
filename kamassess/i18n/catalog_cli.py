"""Sentences of the command line: help, summaries, errors."""

from __future__ import annotations

# Each entry: key -> {"en": ..., "ru": ...}; str.format placeholders are shared by both.
CLI: dict[str, dict[str, str]] = {
    # -- CLI
    "cli.valid": {
        "en": "{path}: valid: framework {id} {version}, {levels} levels, {groups} groups, "
        "{competencies} competencies, {profiles} profiles",
        "ru": "{path}: без ошибок: модель компетенций {id} {version}, уровней шкалы {levels}, "
        "групп {groups}, компетенций {competencies}, профилей {profiles}",
    },
    "cli.invalid_summary": {
        "en": "{path}: {count} {count:plural:error|errors}; the framework was not loaded",
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
        "en": "database file, or a server: postgresql://user@host/database (default: "
        "$KAMASSESS_DB or the per-user data folder)",
        "ru": "файл базы данных или сервер: postgresql://user@host/database (по умолчанию: "
        "$KAMASSESS_DB или папка данных пользователя)",
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
    "cli.opt.candidate_one": {"en": "candidate id", "ru": "код кандидата"},
    "cli.opt.candidate_compare": {
        "en": "candidate id (repeat for each, 2 to 6)",
        "ru": "код кандидата (повторите для каждого, от 2 до 6)",
    },
    "cli.opt.candidate_sheet": {
        "en": "fill the sheet in for this candidate (their name on every page, their own profile)",
        "ru": "заполнить бланк на этого кандидата (его имя на каждой странице, его профиль)",
    },
    "cli.opt.profile_sheet": {
        "en": "the profile whose competencies the sheet asks about (default: the candidate's own)",
        "ru": "профиль, по компетенциям которого составлен бланк "
        "(по умолчанию — профиль кандидата)",
    },
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
    "cli.opt.jsonl": {
        "en": "JSON Lines: one object per candidate per line, for pipelines",
        "ru": "JSON Lines: по одному объекту на кандидата в строке, для конвейеров",
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
        "en": "{path}: {count} {count:plural:problem|problems}; nothing was imported",
        "ru": "{path}: проблем: {count}; ничего не импортировано",
    },
    "cli.opt.anonymise_report": {
        "en": "as “Candidate A”: no name, id, employer, role, region, notes or evidence, in the "
        "text or the file's properties",
        "ru": "как «Кандидат A»: без имени, кода, работодателя, должности, региона, примечаний и "
        "подтверждений — ни в тексте, ни в свойствах файла",
    },
    "cli.list_written": {
        "en": "wrote {path}: {n} {n:plural:candidate|candidates}",
        "ru": "записан {path}: {n} {n:plural:кандидат|кандидата|кандидатов}",
    },
    "cli.opt.score_out": {
        "en": "write the table to a spreadsheet instead: FILE.xlsx or FILE.csv",
        "ru": "записать таблицу в файл для Excel: ФАЙЛ.xlsx или ФАЙЛ.csv",
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
        "en": "print PDF reports: profile, compare, interview, calibration, all",
        "ru": "напечатать отчёты PDF: profile, compare, interview, calibration, all",
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
    "cli.sheet_needs_profile": {
        "en": "name the profile with --profile (one of: {choices}), "
        "or the candidate to fill the sheet in for with --candidate",
        "ru": "укажите профиль параметром --profile (один из: {choices}) "
        "или кандидата, на которого заполнить бланк, параметром --candidate",
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
    "cli.not_text": {
        "en": "{arg} is not text in the system's encoding (bytes that are not UTF-8?)",
        "ru": "{arg} — не текст в кодировке системы (байты не в UTF-8?)",
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
