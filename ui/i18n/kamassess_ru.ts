<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="68" />
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
        <location filename="../candidate_dialog.py" line="57" />
        <source>Edit candidate</source>
        <translation>Изменить кандидата</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="57" />
        <source>New candidate</source>
        <translation>Новый кандидат</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="79" />
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="85" />
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="86" />
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="87" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="90" />
        <source>Target profile</source>
        <translation>Целевой профиль</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="93" />
        <source>Current role</source>
        <translation>Текущая должность</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="94" />
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="95" />
        <source>Tenure, years</source>
        <translation>Стаж, лет</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="96" />
        <source>in our company, or per past job on average</source>
        <translation>в нашей компании или в среднем на прошлых местах</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="99" />
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="102" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="103" />
        <source>Our key clients they work with, %</source>
        <translation>Общие с нами ключевые клиенты, %</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="104" />
        <source>Technical education</source>
        <translation>Техническое образование</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="105" />
        <source>Expected base salary</source>
        <translation>Ожидаемый оклад</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="108" />
        <source>Main motivation</source>
        <translation>Основная мотивация</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="111" />
        <source>Leads a team now</source>
        <translation>Сейчас руководит группой</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="112" />
        <source>Personal quota reduced</source>
        <translation>Личный план продаж снижен</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="117" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="204" />
        <source>a share from 0 to 100 %</source>
        <translation>доля от 0 до 100 %</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="206" />
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
        <location filename="../candidate_page.py" line="234" />
        <source>{years} years</source>
        <translation>стаж {years} г.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../models.py" line="48" />
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location filename="../models.py" line="49" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../models.py" line="50" />
        <source>Target profile</source>
        <translation>Целевой профиль</translation>
    </message>
    <message>
        <location filename="../models.py" line="51" />
        <source>Fit</source>
        <translation>Соотв.</translation>
    </message>
    <message>
        <location filename="../models.py" line="52" />
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../models.py" line="53" />
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <location filename="../models.py" line="54" />
        <source>Assessors</source>
        <translation>Оценщики</translation>
    </message>
    <message>
        <location filename="../models.py" line="55" />
        <source>Last assessed</source>
        <translation>Последняя оценка</translation>
    </message>
    <message>
        <location filename="../models.py" line="112" />
        <source>{n} draft assessment(s)</source>
        <translation>черновиков оценок: {n}</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../compare_page.py" line="111" />
        <source>Export comparison &amp;PDF…</source>
        <translation>Сравнение в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="118" />
        <source>Tick 2 to 6 candidates:</source>
        <translation>Отметьте от 2 до 6 кандидатов:</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="120" />
        <source>Against the profile:</source>
        <translation>По профилю:</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="191" />
        <source>At most 6 candidates can be compared.</source>
        <translation>Сравнить можно не больше 6 кандидатов.</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="202" />
        <source>Tick at least two candidates to compare them.</source>
        <translation>Отметьте хотя бы двух кандидатов, чтобы сравнить их.</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="213" />
        <source>No meaningful difference between {a} and {b}: their fit ranges overlap.</source>
        <translation>Между «{a}» и «{b}» нет значимой разницы: диапазоны соответствия пересекаются.</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="226" />
        <source>Ideal portrait</source>
        <translation>Идеальный портрет</translation>
    </message>
</context>
<context>
    <name>CompetencyCard</name>
    <message>
        <location filename="../rating_window.py" line="81" />
        <source>target {target}, weight {weight}</source>
        <translation>цель {target}, вес {weight}</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="85" />
        <source>knock-out below {minimum}</source>
        <translation>отсев ниже {minimum}</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="111" />
        <source>0 · No evidence</source>
        <translation>0 · Нет данных</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="120" />
        <source>Evidence: what the candidate said or did</source>
        <translation>Подтверждение: что кандидат сказал или сделал</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="132" />
        <source>Interview questions</source>
        <translation>Вопросы для интервью</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="188" />
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
        <location filename="../main_window.py" line="69" />
        <source>Search by name, id, role, employer, region…</source>
        <translation>Поиск по имени, коду, должности, работодателю, региону…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="74" />
        <source>All types</source>
        <translation>Все кандидаты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82" />
        <source>All profiles</source>
        <translation>Все профили</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="90" />
        <source>All verdicts</source>
        <translation>Любой вывод</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99" />
        <source>With drafts</source>
        <translation>С черновиками</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155" />
        <source>&amp;Candidates</source>
        <translation>&amp;Кандидаты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156" />
        <source>Co&amp;mpare</source>
        <translation>&amp;Сравнение</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157" />
        <source>&amp;Framework</source>
        <translation>&amp;Модель компетенций</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197" />
        <source>&amp;Import bundle…</source>
        <translation>&amp;Загрузить файл обмена…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200" />
        <source>&amp;Export bundle…</source>
        <translation>&amp;Выгрузить в файл обмена…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203" />
        <source>&amp;Back up database…</source>
        <translation>&amp;Резервная копия базы…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208" />
        <source>Open &amp;framework…</source>
        <translation>Открыть &amp;модель компетенций…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="214" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216" />
        <source>C&amp;andidate</source>
        <translation>К&amp;андидат</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218" />
        <source>&amp;New candidate…</source>
        <translation>&amp;Новый кандидат…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="220" />
        <source>&amp;Edit candidate…</source>
        <translation>&amp;Изменить кандидата…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="221" />
        <source>&amp;Delete candidate…</source>
        <translation>&amp;Удалить кандидата…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224" />
        <source>New &amp;assessment…</source>
        <translation>Новая &amp;оценка…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226" />
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228" />
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229" />
        <source>Candidate &amp;profile (PDF)…</source>
        <translation>&amp;Профиль кандидата (PDF)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231" />
        <source>&amp;Comparison (PDF)…</source>
        <translation>&amp;Сравнение (PDF)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233" />
        <source>&amp;Interview sheet (PDF)…</source>
        <translation>&amp;Лист интервью (PDF)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="234" />
        <source>&amp;All profiles to a folder…</source>
        <translation>&amp;Все профили в папку…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236" />
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248" />
        <source>&amp;About KAM Assess</source>
        <translation>&amp;О программе KAM Assess</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256" />
        <source>{shown} of {total} candidates</source>
        <translation>показано {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="358" />
        <source>Delete {name} and everything about them: {a} assessment(s), {r} rating(s) and {h} history entries? This cannot be undone.</source>
        <translation>Удалить кандидата {name} и все данные о нём: оценок — {a}, оценок компетенций — {r}, записей истории — {h}? Отменить удаление нельзя.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="363" />
        <source>Delete candidate</source>
        <translation>Удалить кандидата</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="439" />
        <source>Import bundle</source>
        <translation>Загрузить файл обмена</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="439" />
        <source>Bundles (*.yaml *.yml *.json)</source>
        <translation>Файлы обмена (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="448" />
        <source>Nothing imported</source>
        <translation>Ничего не загружено</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="450" />
        <source>{path} has {n} problem(s); nothing was imported. Fix them and import the file again.</source>
        <translation>В файле {path} проблем: {n}; ничего не загружено. Исправьте их и загрузите файл снова.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="469" />
        <source>Imported</source>
        <translation>Загружено</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="471" />
        <source>Candidates: {ca} added, {cu} updated. Assessments: {aa} added, {au} updated.</source>
        <translation>Кандидатов добавлено: {ca}, изменено: {cu}. Оценок добавлено: {aa}, изменено: {au}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="483" />
        <source>Export bundle</source>
        <translation>Выгрузить в файл обмена</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="483" />
        <source>Bundles (*.yaml *.json)</source>
        <translation>Файлы обмена (*.yaml *.json)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489" />
        <source>Exported</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489" />
        <location filename="../main_window.py" line="501" />
        <location filename="../main_window.py" line="553" />
        <source>Written: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="495" />
        <source>Back up database</source>
        <translation>Резервная копия базы</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="497" />
        <source>Databases (*.db)</source>
        <translation>Базы данных (*.db)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="501" />
        <source>Backed up</source>
        <translation>Копия сохранена</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="507" />
        <source>Open framework</source>
        <translation>Открыть модель компетенций</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="509" />
        <source>Frameworks (*.yaml *.yml *.json)</source>
        <translation>Модели компетенций (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="523" />
        <source>Framework not loaded</source>
        <translation>Модель компетенций не загружена</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="526" />
        <source>The current framework stays in use.</source>
        <translation>Используется прежняя модель компетенций.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="542" />
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="542" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="552" />
        <source>PDF written</source>
        <translation>PDF сохранён</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="556" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="587" />
        <source>Interview sheet</source>
        <translation>Лист интервью</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="587" />
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="598" />
        <source>Folder for the profiles</source>
        <translation>Папка для профилей</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="604" />
        <source>Writing profiles…</source>
        <translation>Сохранение профилей…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="604" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="631" />
        <source>{n} profile(s) written to {folder}.</source>
        <translation>Профилей сохранено в {folder}: {n}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="633" />
        <source>Stopped on request.</source>
        <translation>Остановлено по запросу.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="635" />
        <source>Failed: {names}</source>
        <translation>Не удалось: {names}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="636" />
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="650" />
        <source>Empty database</source>
        <translation>База пуста</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="652" />
        <source>The database has no candidates yet. Load the demo set (four short-listed candidates rated by several assessors) to look around?</source>
        <translation>В базе ещё нет кандидатов. Загрузить демонстрационный набор (четыре кандидата, оценённые несколькими оценщиками), чтобы осмотреться?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="666" />
        <source>Demo not loaded</source>
        <translation>Демонстрационный набор не загружен</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="667" />
        <source>The demo set does not fit this framework.</source>
        <translation>Демонстрационный набор не подходит к этой модели компетенций.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="680" />
        <source>About KAM Assess</source>
        <translation>О программе KAM Assess</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="682" />
        <source>KAM Assess rates candidates for a Key Account Manager role against a competency framework and prints the reports directors decide from.

Database: {db}
Framework: {fw}</source>
        <translation>KAM Assess оценивает кандидатов на роль менеджера по ключевым клиентам по модели компетенций и печатает отчёты, по которым решают директора.

База данных: {db}
Модель компетенций: {fw}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="701" />
        <source>KAM Assess</source>
        <translation>KAM Assess</translation>
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
        <location filename="../rating_window.py" line="257" />
        <source>Assessment of {name}</source>
        <translation>Оценка: {name}</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="275" />
        <source>&amp;Finalise…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="278" />
        <source>&amp;Reopen…</source>
        <translation>&amp;Открыть заново…</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="287" />
        <source>Assessor</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="288" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="289" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="290" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="396" />
        <location filename="../rating_window.py" line="420" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="399" />
        <location filename="../rating_window.py" line="423" />
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="439" />
        <source>Finalise this assessment? Its ratings can then only be changed by reopening it, which is recorded.</source>
        <translation>Завершить эту оценку? После этого изменить её можно только открыв заново, и это будет записано в историю.</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="443" />
        <source>{n} competencies have no rating yet.</source>
        <translation>Компетенций без оценки: {n}.</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="444" />
        <source>Finalise assessment</source>
        <translation>Завершить оценку</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="454" />
        <source>Reopen assessment</source>
        <translation>Открыть оценку заново</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="455" />
        <source>Why is this final assessment being reopened? The reason is recorded.</source>
        <translation>Почему завершённая оценка открывается заново? Причина будет записана.</translation>
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