"""Sentences about working on a database server: connecting, roles, the server commands."""

from __future__ import annotations


def _t(en: str, ru: str) -> dict[str, str]:
    return {"en": en, "ru": ru}


SERVER: dict[str, dict[str, str]] = {
    "server.no_driver": _t(
        "working on a database server needs the psycopg package: pip install 'psycopg[binary]'",
        "для работы с сервером баз данных нужен пакет psycopg: pip install 'psycopg[binary]'",
    ),
    "server.unavailable": _t(
        "the database server {where} cannot be reached; nothing was saved. Try again in a moment",
        "сервер баз данных {where} недоступен; ничего не сохранено. Повторите через минуту",
    ),
    "server.busy": _t(
        "another user is changing the same data on {where}; try again in a moment",
        "другой пользователь изменяет те же данные на {where}; повторите через минуту",
    ),
    "server.permission_denied": _t(
        "the server refused: your role may not do this ({reason})",
        "сервер отказал: вашей роли это не разрешено ({reason})",
    ),
    "server.password_needed": _t(
        "the server {where} asks for a password",
        "сервер {where} запрашивает пароль",
    ),
    "server.login_refused": _t(
        "the server {where} refused the login: {reason}",
        "сервер {where} не принял вход: {reason}",
    ),
    "server.no_database": _t(
        "no such database on the server: {where}",
        "на сервере нет такой базы данных: {where}",
    ),
    "server.schema_missing": _t(
        "{where} has no KAM Assess tables yet, or older ones: the administrator runs "
        "`python main.py --db URL server init` first",
        "в {where} ещё нет таблиц KAM Assess или они устарели: администратор сначала "
        "выполняет `python main.py --db URL server init`",
    ),
    "server.no_role": _t(
        "{user} has no KAM Assess role on {where}; HR adds it with `server user add`",
        "у {user} нет роли KAM Assess на {where}; её добавляет HR командой `server user add`",
    ),
    "server.only_server": _t(
        "this works on a database server only (--db postgresql://…)",
        "это работает только с сервером баз данных (--db postgresql://…)",
    ),
    "server.backup_is_dba": _t(
        "backups of a server database are made on the server (pg_dump); see the README, "
        "“For a team”",
        "резервные копии базы на сервере делаются на сервере (pg_dump); см. README, "
        "раздел «For a team»",
    ),
    "server.initialised": _t(
        "{where}: schema ready; steps applied: {steps}",
        "{where}: схема готова; применённые шаги: {steps}",
    ),
    "server.nothing_to_apply": _t("none (already up to date)", "нет (уже актуальна)"),
    "server.user_added": _t(
        "user {name} added with role {role}",
        "пользователь {name} добавлен с ролью {role}",
    ),
    "server.user_exists": _t(
        "{name} already exists on the server; their role is now {role}",
        "{name} уже есть на сервере; теперь его роль — {role}",
    ),
    "server.user_removed": _t("user {name} removed", "пользователь {name} удалён"),
    "server.not_our_user": _t(
        "{name} is not a KAM Assess user on this server; nothing was changed",
        "{name} не является пользователем KAM Assess на этом сервере; ничего не изменено",
    ),
    "server.password_prompt": _t("Password for {name}: ", "Пароль для {name}: "),
    "server.password_again": _t("Once more: ", "Ещё раз: "),
    "server.password_mismatch": _t(
        "the two passwords differ; nothing was changed",
        "пароли не совпадают; ничего не изменено",
    ),
    "server.assigned": _t(
        "{login} now sees and rates {candidate}",
        "{login} теперь видит и оценивает кандидата {candidate}",
    ),
    "server.unassigned": _t(
        "{login} no longer sees {candidate}",
        "{login} больше не видит кандидата {candidate}",
    ),
    "server.assignment_unchanged": _t("nothing changed", "ничего не изменилось"),
    "server.migrated": _t(
        "moved {path} to {where}: {candidates} {candidates:plural:candidate|candidates}, "
        "{assessments} {assessments:plural:assessment|assessments}, "
        "{ratings} {ratings:plural:rating|ratings}, "
        "{history} {history:plural:history entry|history entries}, "
        "{frameworks} {frameworks:plural:framework version|framework versions}",
        "база {path} перенесена на {where}: "
        "{candidates} {candidates:plural:кандидат|кандидата|кандидатов}, "
        "{assessments} {assessments:plural:оценка|оценки|оценок}, "
        "{ratings} {ratings:plural:балл|балла|баллов}, "
        "{history} {history:plural:запись истории|записи истории|записей истории}, "
        "{frameworks} {frameworks:plural:версия модели|версии модели|версий модели}",
    ),
    "server.target_not_empty": _t(
        "{where} already holds candidates; a desktop database is moved only into an empty one "
        "(nothing was changed)",
        "в {where} уже есть кандидаты; базу с компьютера можно перенести только в пустую "
        "(ничего не изменено)",
    ),
    "cli.cmd.server": _t(
        "set up a database server for a team: schema, users, assignments",
        "настроить сервер баз данных для команды: схема, пользователи, назначения",
    ),
    "cli.cmd.server_init": _t(
        "create (or bring up to date) the schema, roles and row-level security",
        "создать (или обновить) схему, роли и политики доступа к строкам",
    ),
    "cli.cmd.server_user": _t("add or remove a user", "добавить или удалить пользователя"),
    "cli.cmd.server_user_add": _t(
        "add a user with a role (the password goes to the server, never to us)",
        "добавить пользователя с ролью (пароль хранит сервер, не программа)",
    ),
    "cli.cmd.server_user_remove": _t("remove a user", "удалить пользователя"),
    "cli.cmd.server_user_list": _t(
        "list the users and their roles", "список пользователей и ролей"
    ),
    "cli.cmd.server_assign": _t(
        "let an assessor see and rate a candidate (--remove takes it back)",
        "дать оценщику доступ к кандидату (--remove — забрать)",
    ),
    "cli.cmd.migrate": _t(
        "move this desktop database to a server, all or nothing",
        "перенести эту базу с компьютера на сервер — целиком или ничего",
    ),
    "cli.opt.role": _t("hr, assessor or director", "hr, assessor или director"),
    "cli.opt.no_password": _t(
        "no password: the server authenticates by single sign-on (Kerberos/SSPI)",
        "без пароля: сервер проверяет вход через единый вход (Kerberos/SSPI)",
    ),
    "cli.opt.password_stdin": _t(
        "read the password from standard input", "прочитать пароль со стандартного ввода"
    ),
    "cli.opt.remove": _t("take the assignment back", "отменить назначение"),
    "cli.opt.to": _t("the server database: postgresql://…", "база на сервере: postgresql://…"),
    "cli.arg.user": _t("the user's login name", "имя входа пользователя"),
    "cli.arg.login": _t("the assessor's login name", "имя входа оценщика"),
    "cli.user_line": _t("{name}\t{role}", "{name}\t{role}"),
}
