"""A realistic demo set: four short-listed candidates, each rated by two or three assessors."""

from __future__ import annotations

import copy
from typing import Any

# Competencies in the order of the shipped framework; a demo rater's levels follow this order.
ORDER = (
    "engineering_knowledge",
    "market_knowledge",
    "customer_processes",
    "business_understanding",
    "account_strategy",
    "complex_projects",
    "senior_negotiation",
    "argumentation",
    "results_orientation",
    "relationship_building",
    "communication",
    "conflict_resolution",
    "responsibility",
    "drive_persistence",
    "attention_to_detail",
    "systems_thinking",
    "stress_resistance",
    "learning_agility",
    "people_management",
    "process_management",
)

CANDIDATES: list[dict[str, Any]] = [
    {
        "id": "c-001",
        "name": "Соколова Анна Викторовна",
        "kind": "internal",
        "profile": "kam",
        "current_role": "Менеджер по продажам (потоковые клиенты)",
        "tenure_years": 4.5,
        "industry": "own",
        "region": "Москва",
        "client_overlap": 0.6,
        "technical_education": True,
        "salary_expectation": 75000,
        "motivation": "career",
        "manages_team": False,
        "holds_key_accounts": True,
        "notes": "Внутренний кандидат: выросла из менеджера мелкооптовых клиентов; ведёт двух "
        "крупных монтажников.",
    },
    {
        "id": "c-002",
        "name": "Морозов Игорь Олегович",
        "kind": "external",
        "profile": "kam",
        "current_role": "Ведущий менеджер по проектам",
        "employer": "ООО «ТеплоТехСервис»",
        "tenure_years": 1.4,
        "industry": "own",
        "region": "Екатеринбург",
        "client_overlap": 0.0,
        "technical_education": True,
        "salary_expectation": 110000,
        "motivation": "pay",
        "manages_team": False,
        "notes": "Насосное оборудование, другой регион; за 7 лет четыре работодателя.",
    },
    {
        "id": "c-003",
        "name": "Лебедева Мария Сергеевна",
        "kind": "external",
        "profile": "kam",
        "current_role": "Менеджер по ключевым клиентам (увлажнение и вентиляция)",
        "employer": "АО «КлиматПро»",
        "tenure_years": 4.0,
        "industry": "adjacent",
        "region": "Москва",
        "client_overlap": 0.35,
        "technical_education": False,
        "salary_expectation": 80000,
        "motivation": "product",
        "manages_team": False,
        "notes": "Смежный рынок; уже работает с тремя нашими ключевыми генподрядчиками.",
    },
    {
        "id": "c-004",
        "name": "Волков Сергей Николаевич",
        "kind": "internal",
        "profile": "kam_team_lead",
        "current_role": "Ключевой менеджер (лучшие продажи 2025)",
        "tenure_years": 6.0,
        "industry": "own",
        "region": "Москва",
        "client_overlap": 0.8,
        "technical_education": True,
        "salary_expectation": 95000,
        "motivation": "career",
        "manages_team": False,
        "quota_reduced": False,
        "holds_key_accounts": True,
        "notes": "Рассматривается на руководителя группы из четырёх менеджеров; личный план "
        "продаж пока не снижен.",
    },
]

# (candidate, assessor, role, method, date, status, levels in ORDER ('-' = no evidence), notes)
RATERS: list[tuple[str, str, str, str, str, str, str, dict[str, str]]] = [
    (
        "c-001",
        "Петрова А. В.",
        "hr",
        "interview",
        "2026-11-10",
        "final",
        "4 3 4 3 3 3 3 4 4 5 4 4 5 4 4 3 4 4 2 3",
        {
            "engineering_knowledge": "Подобрала насосную группу для ИТП по спецификации без помощи "
            "инженера; объяснила отличие от аналога Wilo.",
            "senior_negotiation": "Переговоры с техническим директором вела вместе с "
            "руководителем; сама — только с закупщиками.",
            "relationship_building": "Два крупных монтажника сами сообщают ей о новых объектах; "
            "рекомендации от главного инженера «СтройМонтажа».",
            "responsibility": "Сорванную поставку закрыла заменой со склада за свой счёт времени; "
            "клиент подтвердил.",
        },
    ),
    (
        "c-001",
        "Кузнецов Д. С.",
        "team_lead",
        "internal_review",
        "2026-11-12",
        "final",
        "4 4 4 3 3 4 3 3 4 5 4 3 5 4 4 4 4 4 2 3",
        {
            "account_strategy": "План по клиенту ведёт, но без оценки доли в закупках — "
            "работаем над этим.",
            "complex_projects": "Довела проект ЖК «Северный» от спецификации до пусконаладки.",
            "relationship_building": "Лучшие отношения с клиентами в отделе.",
        },
    ),
    (
        "c-002",
        "Петрова А. В.",
        "hr",
        "interview",
        "2026-11-11",
        "final",
        "5 4 4 4 4 5 4 4 4 2 3 3 3 4 4 4 3 3 2 3",
        {
            "engineering_knowledge": "Глубоко знает насосы и ИТП, свободно считает стоимость "
            "владения; приводил расчёты по трём объектам.",
            "relationship_building": "О клиентах говорит как о «сделках»; ни один клиент не "
            "последовал за ним при смене работы.",
            "complex_projects": "Вёл проекты свыше 40 тыс. € с поставкой через 7 месяцев.",
        },
    ),
    (
        "c-002",
        "Орлов В. П.",
        "director",
        "interview",
        "2026-11-11",
        "final",
        "5 4 3 4 4 5 5 4 5 4 3 3 3 4 3 4 3 2 2 3",
        {
            "senior_negotiation": "Уверенно держал позицию в ролевой игре с «генеральным "
            "директором», обменивал скидку на объём.",
            "relationship_building": "Контакты с генподрядчиками Урала сильные, "
            "но в Москве их нет.",
        },
    ),
    (
        "c-002",
        "Кузнецов Д. С.",
        "team_lead",
        "work_sample",
        "2026-11-14",
        "final",
        "5 4 4 3 4 4 4 5 4 2 3 2 3 4 4 4 3 3 - -",
        {
            "argumentation": "Кейс «замена работающих насосов»: лучшая аргументация из всех "
            "кандидатов, с окупаемостью.",
            "conflict_resolution": "В кейсе с рекламацией искал виновных на складе.",
            "learning_agility": "Разбор кейса оспаривал: «у нас на прошлом месте так делали, и "
            "работало»; подход не поменял.",
        },
    ),
    (
        "c-003",
        "Петрова А. В.",
        "hr",
        "interview",
        "2026-11-12",
        "final",
        "3 4 5 4 4 3 4 4 4 5 5 4 4 4 4 4 4 4 2 3",
        {
            "engineering_knowledge": "Инженерного образования нет; уверенно знает увлажнение и "
            "вентиляцию, насосы — на уровне каталога.",
            "customer_processes": "Подробно описала регламент тендеров трёх наших генподрядчиков — "
            "работает с ними пять лет.",
            "relationship_building": "Главный инженер «МосСтройИнвеста» сам рекомендовал её.",
            "communication": "Лучшая коммуникация на интервью; ясно и честно о неудачах.",
        },
    ),
    (
        "c-003",
        "Кузнецов Д. С.",
        "team_lead",
        "work_sample",
        "2026-11-15",
        "final",
        "3 4 4 4 4 3 4 4 4 5 5 4 4 4 3 4 4 4 - -",
        {
            "engineering_knowledge": "Подбор в кейсе сделала верно, но с подсказкой по напору.",
            "relationship_building": "Кейс с уходящим контактным лицом решила лучше всех.",
        },
    ),
    (
        "c-004",
        "Петрова А. В.",
        "hr",
        "assessment_centre",
        "2026-11-13",
        "final",
        "5 4 4 4 4 5 5 5 5 5 4 3 4 5 3 4 3 3 2 2",
        {
            "results_orientation": "Его клиенты дали 31 % прибыли отдела в 2025 году.",
            "people_management": "Подчинённых не было; наставлял новичка, но «быстрее сделать "
            "самому».",
            "process_management": "Воронку в CRM не ведёт, планирует «в голове».",
        },
    ),
    (
        "c-004",
        "Кузнецов Д. С.",
        "team_lead",
        "internal_review",
        "2026-11-14",
        "final",
        "5 5 4 4 5 5 5 5 5 5 4 3 4 5 3 4 3 3 2 2",
        {
            "senior_negotiation": "Сам провёл переговоры с владельцем «ТермоСтроя» о рамочном "
            "договоре на три года.",
            "people_management": "На планёрках не вовлекает коллег; делегирует неохотно.",
        },
    ),
    (
        "c-004",
        "Орлов В. П.",
        "director",
        "interview",
        "2026-11-16",
        "draft",
        "5 4 4 4 4 5 5 4 5 5 4 3 4 5 3 4 3 4 3 2",
        {
            "people_management": "Готов учиться управлению; просит обучение для руководителей.",
        },
    ),
]


# Each assessor's own overall recommendation, given before the panel met (the draft has none yet).
RECOMMENDATIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("c-001", "Петрова А. В."): (
        "yes",
        "Клиенты ей доверяют, растёт из своих; переговоры с руководством заказчика — с опорой "
        "на руководителя.",
    ),
    ("c-001", "Кузнецов Д. С."): (
        "strong_yes",
        "Лучшие отношения с клиентами в отделе, проекты доводит до конца.",
    ),
    ("c-002", "Петрова А. В."): (
        "no",
        "Сильный инженер, но клиенты за ним не идут, а переходы — ради денег.",
    ),
    ("c-002", "Орлов В. П."): (
        "yes",
        "Переговорщик уровня директора; отношения в Москве наработает за полгода.",
    ),
    ("c-002", "Кузнецов Д. С."): (
        "no",
        "В кейсе искал виноватых и не принял разбор: риск для работы с нашими клиентами.",
    ),
    ("c-003", "Петрова А. В."): (
        "strong_yes",
        "Уже работает с тремя нашими генподрядчиками; лучшая коммуникация из кандидатов.",
    ),
    ("c-003", "Кузнецов Д. С."): (
        "yes",
        "Подбор оборудования доучит; отношения с клиентами — её сильная сторона.",
    ),
    ("c-004", "Петрова А. В."): (
        "no",
        "Продавец сильный, руководить пока не готов: не делегирует, воронку не ведёт.",
    ),
    ("c-004", "Кузнецов Д. С."): (
        "no",
        "Лучший продавец отдела, как руководитель не проверен: сначала наставник новичков.",
    ),
}


def bundle(framework_id: str = "kam-hvac", version: str = "2026.2") -> dict[str, Any]:
    """The demo set as a bundle, imported through the same path as a user's file."""
    assessments = []
    for cand, assessor, role, method, day, status, levels, notes in RATERS:
        values = levels.split()
        assert len(values) == len(ORDER), (cand, assessor)
        ratings = {
            comp: {"level": None if v == "-" else int(v), "evidence": notes.get(comp, "")}
            for comp, v in zip(ORDER, values, strict=True)
        }
        recommendation, reason = RECOMMENDATIONS.get((cand, assessor), (None, ""))
        assessments.append(
            {
                "candidate": cand,
                "assessor": assessor,
                "assessor_role": role,
                "method": method,
                "date": day,
                "status": status,
                "ratings": ratings,
                "recommendation": recommendation,
                "recommendation_reason": reason,
            }
        )
    return {
        "format": "kamassess-bundle",
        "version": 2,
        "framework": {"id": framework_id, "version": version},
        "candidates": copy.deepcopy(CANDIDATES),
        "assessments": assessments,
    }
