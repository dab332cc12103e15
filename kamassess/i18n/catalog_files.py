"""Sentences about the files people give the program: reading, YAML, schema, framework checks."""

from __future__ import annotations

# Each entry: key -> {"en": ..., "ru": ...}; str.format placeholders are shared by both.
FILES: dict[str, dict[str, str]] = {
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
        "en": "needs at least {limit} {limit:plural:item|items}",
        "ru": "нужно не меньше {limit} {limit:plural:элемента|элементов|элементов}",
    },
    "schema.too_many": {
        "en": "allows at most {limit} {limit:plural:item|items}",
        "ru": "допускается не больше {limit} {limit:plural:элемента|элементов|элементов}",
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
        "en": "text contains control characters (such as NUL, a line break or a right-to-left "
        "override)",
        "ru": "текст содержит управляющие символы (например, NUL, перевод строки или смену "
        "направления письма)",
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
        "en": "the «conditional» threshold ({conditional}) must be below «recommend» ({recommend})",
        "ru": "порог «условно» (conditional: {conditional}) должен быть ниже порога "
        "«рекомендуется» (recommend: {recommend})",
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
}
