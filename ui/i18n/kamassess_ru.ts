<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="82" />
        <source>Restore the newest automatic backup? The damaged file is kept beside it, renamed.</source>
        <translation>Восстановить последнюю автоматическую копию? Повреждённый файл сохранится рядом под другим именем.</translation>
    </message>
</context>
<context>
    <name>AssessorsModel</name>
    <message>
        <location filename="../candidate_page.py" line="72" />
        <source>Competency</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="74" />
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="79" />
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="79" />
        <source>Min–max</source>
        <translation>Мин.–макс.</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="89" />
        <source>Assessors differ by 2 levels or more: discuss</source>
        <translation>Оценки расходятся на 2 уровня и больше: обсудите</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../candidate_dialog.py" line="54" />
        <source>Edit candidate</source>
        <translation>Изменить кандидата</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="54" />
        <source>New candidate</source>
        <translation>Новый кандидат</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="76" />
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="82" />
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="83" />
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="84" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="87" />
        <source>Target profile</source>
        <translation>Целевой профиль</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="90" />
        <source>Current role</source>
        <translation>Текущая должность</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="91" />
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="92" />
        <source>Tenure, years</source>
        <translation>Стаж, лет</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="93" />
        <source>in our company, or per past job on average</source>
        <translation>в нашей компании или в среднем на прошлых местах</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="96" />
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="99" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="100" />
        <source>Our key clients they work with, %</source>
        <translation>Общие с нами ключевые клиенты, %</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="101" />
        <source>Technical education</source>
        <translation>Техническое образование</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="102" />
        <source>Expected base salary</source>
        <translation>Ожидаемый оклад</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="105" />
        <source>Main motivation</source>
        <translation>Основная мотивация</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="108" />
        <source>Leads a team now</source>
        <translation>Сейчас руководит группой</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="109" />
        <source>Personal quota reduced</source>
        <translation>Личный план продаж снижен</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="114" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="157" />
        <source>{id} (not in this framework)</source>
        <translation>{id} (нет в этой модели)</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="212" />
        <source>a share from 0 to 100 %</source>
        <translation>доля от 0 до 100 %</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="214" />
        <source>this id is already taken</source>
        <translation>этот код уже занят</translation>
    </message>
</context>
<context>
    <name>CandidatePage</name>
    <message>
        <location filename="../candidate_page.py" line="132" />
        <source>&amp;New assessment…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="135" />
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="137" />
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="139" />
        <source>Profile &amp;PDF…</source>
        <translation>Профиль в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="141" />
        <source>Include drafts</source>
        <translation>С черновиками</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="162" />
        <source>Double-click an assessor's column to open that assessment. Shaded rows: assessors differ by 2 levels or more.</source>
        <translation>Дважды щёлкните столбец оценщика, чтобы открыть его оценку. Выделенные строки: оценки расходятся на 2 уровня и больше.</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="208" />
        <source>No candidate selected</source>
        <translation>Кандидат не выбран</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="213" />
        <source>Pick a candidate on the left, or add one with Candidate ▸ New (Ctrl+N).</source>
        <translation>Выберите кандидата слева или добавьте нового: Кандидат ▸ Новый кандидат (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="245" />
        <source>{years} years</source>
        <translation>стаж {years} г.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../models.py" line="83" />
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location filename="../models.py" line="84" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../models.py" line="85" />
        <source>Target profile</source>
        <translation>Целевой профиль</translation>
    </message>
    <message>
        <location filename="../models.py" line="86" />
        <source>Fit</source>
        <translation>Соотв.</translation>
    </message>
    <message>
        <location filename="../models.py" line="87" />
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../models.py" line="88" />
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <location filename="../models.py" line="89" />
        <source>Assessors</source>
        <translation>Оценщики</translation>
    </message>
    <message>
        <location filename="../models.py" line="90" />
        <source>Last assessed</source>
        <translation>Последняя оценка</translation>
    </message>
    <message>
        <location filename="../models.py" line="252" />
        <source>{n} draft assessment(s)</source>
        <translation>черновиков оценок: {n}</translation>
    </message>
</context>
<context>
    <name>CandidatesTab</name>
    <message>
        <location filename="../candidates_tab.py" line="53" />
        <source>Search by name, id, role, employer, region…</source>
        <translation>Поиск по имени, коду, должности, работодателю, региону…</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="59" />
        <source>All types</source>
        <translation>Все кандидаты</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="65" />
        <source>All profiles</source>
        <translation>Все профили</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="71" />
        <source>All verdicts</source>
        <translation>Любой вывод</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="78" />
        <source>With drafts</source>
        <translation>С черновиками</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="148" />
        <source>{shown} of {total} candidates</source>
        <translation>показано {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="269" />
        <source>Delete {name} and everything about them: {a} assessment(s), {r} rating(s) and {h} history entries? This cannot be undone.</source>
        <translation>Удалить кандидата {name} и все данные о нём: оценок — {a}, оценок компетенций — {r}, записей истории — {h}? Отменить удаление нельзя.</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="274" />
        <source>Delete candidate</source>
        <translation>Удалить кандидата</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="345" />
        <source>KAM Assess</source>
        <translation>KAM Assess</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../compare_page.py" line="98" />
        <source>Export comparison &amp;PDF…</source>
        <translation>Сравнение в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="105" />
        <source>Tick 2 to 6 candidates:</source>
        <translation>Отметьте от 2 до 6 кандидатов:</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="107" />
        <source>Against the profile:</source>
        <translation>По профилю:</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="190" />
        <source>At most 6 candidates can be compared.</source>
        <translation>Сравнить можно не больше 6 кандидатов.</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="201" />
        <source>Tick at least two candidates to compare them.</source>
        <translation>Отметьте хотя бы двух кандидатов, чтобы сравнить их.</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="212" />
        <source>No meaningful difference between {a} and {b}: their fit ranges overlap.</source>
        <translation>Между «{a}» и «{b}» нет значимой разницы: диапазоны соответствия пересекаются.</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="225" />
        <source>Ideal portrait</source>
        <translation>Идеальный портрет</translation>
    </message>
</context>
<context>
    <name>CompetencyCard</name>
    <message>
        <location filename="../rating_window.py" line="82" />
        <source>target {target}, weight {weight}</source>
        <translation>цель {target}, вес {weight}</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="86" />
        <source>knock-out below {minimum}</source>
        <translation>отсев ниже {minimum}</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="112" />
        <source>0 · No evidence</source>
        <translation>0 · Нет данных</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="121" />
        <source>Evidence: what the candidate said or did</source>
        <translation>Подтверждение: что кандидат сказал или сделал</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="133" />
        <source>Interview questions</source>
        <translation>Вопросы для интервью</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="192" />
        <source>⚠ {n} levels from the target</source>
        <translation>⚠ на {n} уровня от цели</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="194" />
        <source>⚠ an extreme level needs evidence</source>
        <translation>⚠ для крайнего уровня нужно подтверждение</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../file_actions.py" line="31" />
        <source>Import bundle</source>
        <translation>Загрузить файл обмена</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="31" />
        <source>Bundles (*.yaml *.yml *.json)</source>
        <translation>Файлы обмена (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="54" />
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="61" />
        <source>Candidates: {ca} added, {cu} updated, {cn} unchanged. Assessments: {aa} added, {au} updated, {an} unchanged.</source>
        <translation>Кандидаты: добавлено {ca}, обновлено {cu}, без изменений {cn}. Оценки: добавлено {aa}, обновлено {au}, без изменений {an}.</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="75" />
        <source>A backup was taken first: {name}</source>
        <translation>Перед импортом сделана резервная копия: {name}</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="77" />
        <source>Imported</source>
        <translation>Загружено</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="85" />
        <source>Import stopped</source>
        <translation>Импорт остановлен</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="86" />
        <source>The import was stopped; nothing of {name} was imported.</source>
        <translation>Импорт остановлен; из файла {name} ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="92" />
        <source>Nothing imported</source>
        <translation>Ничего не загружено</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="94" />
        <source>{path} has {n} problem(s); nothing was imported. Fix them and import the file again.</source>
        <translation>В файле {path} проблем: {n}; ничего не загружено. Исправьте их и загрузите файл снова.</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="108" />
        <source>Export bundle</source>
        <translation>Выгрузить в файл обмена</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="110" />
        <source>Bundles (*.json *.yaml)</source>
        <translation>Файлы обмена (*.json *.yaml)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="120" />
        <source>Exported</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="121" />
        <source>{c} candidate(s) and {a} assessment(s) written to {path}</source>
        <translation>В файл {path} записаны кандидаты ({c}) и оценки ({a})</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="127" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="135" />
        <source>Back up database</source>
        <translation>Резервная копия базы</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="137" />
        <source>Databases (*.db)</source>
        <translation>Базы данных (*.db)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="146" />
        <source>Backed up</source>
        <translation>Копия сохранена</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="146" />
        <source>Written: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="150" />
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="158" />
        <source>Open framework</source>
        <translation>Открыть модель компетенций</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="160" />
        <source>Frameworks (*.yaml *.yml *.json)</source>
        <translation>Модели компетенций (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="174" />
        <source>Framework not loaded</source>
        <translation>Модель компетенций не загружена</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="177" />
        <source>The current framework stays in use.</source>
        <translation>Используется прежняя модель компетенций.</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="192" />
        <source>Empty database</source>
        <translation>База пуста</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="194" />
        <source>The database has no candidates yet. Load the demo set (four short-listed candidates rated by several assessors) to look around?</source>
        <translation>В базе ещё нет кандидатов. Загрузить демонстрационный набор (четыре кандидата, оценённые несколькими оценщиками), чтобы осмотреться?</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="206" />
        <source>Demo not loaded</source>
        <translation>Демонстрационный набор не загружен</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="207" />
        <source>The demo set does not fit this framework.</source>
        <translation>Демонстрационный набор не подходит к этой модели компетенций.</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="220" />
        <source>Loading the demo set…</source>
        <translation>Загрузка демонстрационных данных…</translation>
    </message>
</context>
<context>
    <name>FrameworkView</name>
    <message>
        <location filename="../framework_view.py" line="41" />
        <source>Competencies</source>
        <translation>Компетенции</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="48" />
        <source>Ideal profiles</source>
        <translation>Идеальные профили</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="82" />
        <source>Rating scale</source>
        <translation>Шкала оценки</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="98" />
        <source>Behavioural anchors</source>
        <translation>Поведенческие индикаторы</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="99" />
        <source>Interview questions</source>
        <translation>Вопросы для интервью</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="100" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="126" />
        <source>Pay band</source>
        <translation>Вилка оплаты</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="128" />
        <source>Competency</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="129" />
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="130" />
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="131" />
        <source>Knock-out below</source>
        <translation>Отсев ниже</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="135" />
        <source>total up to</source>
        <translation>всего до</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="45" />
        <source>&amp;Candidates</source>
        <translation>&amp;Кандидаты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="46" />
        <source>Co&amp;mpare</source>
        <translation>&amp;Сравнение</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="47" />
        <source>&amp;Framework</source>
        <translation>&amp;Модель компетенций</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="76" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="78" />
        <source>&amp;Import bundle…</source>
        <translation>&amp;Загрузить файл обмена…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="81" />
        <source>&amp;Export bundle…</source>
        <translation>&amp;Выгрузить в файл обмена…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84" />
        <source>&amp;Back up database…</source>
        <translation>&amp;Резервная копия базы…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89" />
        <source>Open &amp;framework…</source>
        <translation>Открыть &amp;модель компетенций…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="95" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97" />
        <source>C&amp;andidate</source>
        <translation>К&amp;андидат</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99" />
        <source>&amp;New candidate…</source>
        <translation>&amp;Новый кандидат…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101" />
        <source>&amp;Edit candidate…</source>
        <translation>&amp;Изменить кандидата…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102" />
        <source>&amp;Delete candidate…</source>
        <translation>&amp;Удалить кандидата…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106" />
        <source>New &amp;assessment…</source>
        <translation>Новая &amp;оценка…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111" />
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113" />
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116" />
        <source>Candidate &amp;profile (PDF)…</source>
        <translation>&amp;Профиль кандидата (PDF)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121" />
        <source>&amp;Comparison (PDF)…</source>
        <translation>&amp;Сравнение (PDF)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123" />
        <source>&amp;Interview sheet (PDF)…</source>
        <translation>&amp;Лист интервью (PDF)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126" />
        <source>Profiles of the &amp;listed candidates…</source>
        <translation>Профили кандидатов из &amp;списка…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143" />
        <source>&amp;About KAM Assess</source>
        <translation>&amp;О программе KAM Assess</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163" />
        <source>About KAM Assess</source>
        <translation>О программе KAM Assess</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165" />
        <source>KAM Assess rates candidates for a Key Account Manager role against a competency framework and prints the reports directors decide from.

Database: {db}
Framework: {fw}</source>
        <translation>KAM Assess оценивает кандидатов на роль менеджера по ключевым клиентам по модели компетенций и печатает отчёты, по которым решают директора.

База данных: {db}
Модель компетенций: {fw}</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../dialogs.py" line="33" />
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="51" />
        <source>Assessor</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="52" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="53" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="54" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../jobs.py" line="70" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../compare_page.py" line="48" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="49" />
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="50" />
        <source>Fit</source>
        <translation>Соотв.</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="51" />
        <source>Range</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="52" />
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="53" />
        <source>Knock-outs</source>
        <translation>Ниже минимума</translation>
    </message>
</context>
<context>
    <name>RatingWindow</name>
    <message>
        <location filename="../rating_window.py" line="254" />
        <source>Assessment of {name}</source>
        <translation>Оценка: {name}</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="272" />
        <source>&amp;Finalise…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="275" />
        <source>&amp;Reopen…</source>
        <translation>&amp;Открыть заново…</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="284" />
        <source>Assessor</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="285" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="286" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="287" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="391" />
        <location filename="../rating_window.py" line="415" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="394" />
        <location filename="../rating_window.py" line="418" />
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="434" />
        <source>Finalise this assessment? Its ratings can then only be changed by reopening it, which is recorded.</source>
        <translation>Завершить эту оценку? После этого изменить её можно только открыв заново, и это будет записано в историю.</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="438" />
        <source>{n} competencies have no rating yet.</source>
        <translation>Компетенций без оценки: {n}.</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="439" />
        <source>Finalise assessment</source>
        <translation>Завершить оценку</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="449" />
        <source>Reopen assessment</source>
        <translation>Открыть оценку заново</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="450" />
        <source>Why is this final assessment being reopened? The reason is recorded.</source>
        <translation>Почему завершённая оценка открывается заново? Причина будет записана.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../report_actions.py" line="27" />
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="27" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="38" />
        <source>PDF written</source>
        <translation>PDF сохранён</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="38" />
        <source>Written: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="42" />
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="49" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="71" />
        <source>Interview sheet</source>
        <translation>Лист интервью</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="71" />
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="84" />
        <location filename="../report_actions.py" line="120" />
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="84" />
        <source>The list shows no candidates.</source>
        <translation>В списке нет кандидатов.</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="89" />
        <source>Folder for the profiles of {n} listed candidate(s)</source>
        <translation>Папка для профилей кандидатов из списка ({n})</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="107" />
        <source>Writing {n} profile(s)…</source>
        <translation>Запись профилей ({n})…</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="111" />
        <source>{n} of {total} profile(s) written to {folder}.</source>
        <translation>Записано профилей: {n} из {total}, папка {folder}.</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="115" />
        <source>Stopped on request.</source>
        <translation>Остановлено по запросу.</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="117" />
        <source>Failed: {ids}</source>
        <translation>Не записаны: {ids}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../result_panel.py" line="48" />
        <source>Not assessed yet</source>
        <translation>Ещё не оценён</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="63" />
        <source>range {low}–{high}</source>
        <translation>диапазон {low}–{high}</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="67" />
        <source>coverage {pct} %</source>
        <translation>покрытие {pct} %</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="69" />
        <source>incomplete</source>
        <translation>неполное</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="71" />
        <source>Knock-outs</source>
        <translation>Ниже минимума</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="78" />
        <source>{n} assessor(s)</source>
        <translation>оценщиков: {n}</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="79" />
        <source>drafts included</source>
        <translation>с черновиками</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="79" />
        <source>final assessments</source>
        <translation>завершённые оценки</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="91" />
        <source>Ideal portrait</source>
        <translation>Идеальный портрет</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="111" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="112" />
        <source>Largest gaps</source>
        <translation>Главные разрывы</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="113" />
        <source>Risk indicators</source>
        <translation>Факторы риска</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="141" />
        <source>Scored under the older framework {version} of its assessments.</source>
        <translation>Оценка рассчитана по прежней версии модели {version}, по которой проводились оценки.</translation>
    </message>
</context>
</TS>