<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssessmentActions</name>
    <message>
        <location filename="../assessment_actions.py" line="39" />
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <location filename="../assessment_actions.py" line="40" />
        <source>Select a candidate in the list first, then start their assessment.</source>
        <translation>Сначала выберите кандидата в списке, затем начните его оценку.</translation>
    </message>
    <message>
        <location filename="../assessment_actions.py" line="72" />
        <location filename="../assessment_actions.py" line="123" />
        <source>Delete assessment</source>
        <translation>Удаление оценки</translation>
    </message>
    <message>
        <location filename="../assessment_actions.py" line="74" />
        <source>Click a cell in an assessor's column on the candidate's page first: that assessment is the one deleted.</source>
        <translation>Сначала щёлкните ячейку в столбце оценщика на странице кандидата: удалена будет эта оценка.</translation>
    </message>
    <message>
        <location filename="../assessment_actions.py" line="98" />
        <location filename="../assessment_actions.py" line="113" />
        <source>Withdraw assessment</source>
        <translation>Отзыв оценки</translation>
    </message>
    <message>
        <location filename="../assessment_actions.py" line="115" />
        <source>Not withdrawn: a final assessment is withdrawn only with a reason, which the history keeps. Nothing was changed.</source>
        <translation>Оценка не отозвана: завершённую оценку можно отозвать только с указанием причины, она сохраняется в истории. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../assessment_actions.py" line="147" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../assessment_actions.py" line="148" />
        <source>Select a candidate in the list first, then open their history.</source>
        <translation>Сначала выберите кандидата в списке, затем откройте его историю.</translation>
    </message>
</context>
<context>
    <name>AssessorStatsModel</name>
    <message>
        <location filename="../calibration_tab.py" line="72" />
        <source>Assessor</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <location filename="../calibration_tab.py" line="73" />
        <source>Leniency</source>
        <translation>Мягкость</translation>
    </message>
    <message>
        <location filename="../calibration_tab.py" line="74" />
        <source>Pairs</source>
        <translation>Пар</translation>
    </message>
    <message>
        <location filename="../calibration_tab.py" line="75" />
        <source>Spread (SD)</source>
        <translation>Разброс (СО)</translation>
    </message>
</context>
<context>
    <name>AssessorsModel</name>
    <message>
        <location filename="../assessors_model.py" line="67" />
        <source>{assessor}: {method}, {date}, {status}; recommends: {rec}</source>
        <translation>{assessor}: {method}, {date}, {status}; рекомендация: {rec}</translation>
    </message>
    <message>
        <location filename="../assessors_model.py" line="77" />
        <source>Competency</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <location filename="../assessors_model.py" line="79" />
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../assessors_model.py" line="87" />
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../assessors_model.py" line="87" />
        <source>Min–max</source>
        <translation>Мин.–макс.</translation>
    </message>
    <message>
        <location filename="../assessors_model.py" line="121" />
        <source>Assessors differ by {n} levels or more: discuss</source>
        <translation>Оценки расходятся на {n} уровня и больше: обсудите</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../server_dialogs.py" line="74" />
        <source>Assessors of {name}</source>
        <translation>Оценщики: {name}</translation>
    </message>
    <message>
        <location filename="../server_dialogs.py" line="89" />
        <source>An assessor sees only the candidates ticked for them here, and other assessors' ratings only after submitting their own.</source>
        <translation>Оценщик видит только отмеченных здесь для него кандидатов, а оценки других оценщиков — только после того, как завершит свою.</translation>
    </message>
    <message>
        <location filename="../server_dialogs.py" line="94" />
        <source>There are no assessors on this server yet (server user add NAME --role assessor).</source>
        <translation>На этом сервере ещё нет оценщиков (server user add ИМЯ --role assessor).</translation>
    </message>
</context>
<context>
    <name>CalibrationTab</name>
    <message>
        <location filename="../calibration_tab.py" line="107" />
        <source>All candidates and competencies</source>
        <translation>Все кандидаты и компетенции</translation>
    </message>
    <message>
        <location filename="../calibration_tab.py" line="111" />
        <source>Re&amp;calculate</source>
        <translation>Пере&amp;считать</translation>
    </message>
    <message>
        <location filename="../calibration_tab.py" line="113" />
        <source>Calibration &amp;PDF…</source>
        <translation>Калибровка в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../calibration_tab.py" line="119" />
        <source>Pool:</source>
        <translation>Выборка:</translation>
    </message>
    <message>
        <location filename="../calibration_tab.py" line="138" />
        <source>By competency</source>
        <translation>По компетенциям</translation>
    </message>
    <message>
        <location filename="../calibration_tab.py" line="138" />
        <source>By assessor</source>
        <translation>По оценщикам</translation>
    </message>
    <message>
        <location filename="../calibration_tab.py" line="196" />
        <source>Calculating…</source>
        <translation>Идёт расчёт…</translation>
    </message>
</context>
<context>
    <name>CandidateActions</name>
    <message>
        <location filename="../candidate_actions.py" line="51" />
        <source>Candidate added</source>
        <translation>Кандидат добавлен</translation>
    </message>
    <message>
        <location filename="../candidate_actions.py" line="53" />
        <source>The id {taken} was taken meanwhile by a candidate someone else added; {name} was saved as {id}.</source>
        <translation>Код {taken} за это время занял кандидат, которого добавил кто-то другой; {name} сохранён(а) под кодом {id}.</translation>
    </message>
    <message>
        <location filename="../candidate_actions.py" line="110" />
        <source>Delete candidate</source>
        <translation>Удалить кандидата</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../candidate_dialog.py" line="68" />
        <source>Edit candidate</source>
        <translation>Изменить кандидата</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="68" />
        <source>New candidate</source>
        <translation>Новый кандидат</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="97" />
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="103" />
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="104" />
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="105" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="108" />
        <source>Target profile</source>
        <translation>Целевой профиль</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="111" />
        <source>Current role</source>
        <translation>Текущая должность</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="112" />
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="113" />
        <source>Tenure, years</source>
        <translation>Стаж, лет</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="114" />
        <source>in our company, or per past job on average</source>
        <translation>в нашей компании или в среднем на прошлых местах</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="117" />
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="120" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="121" />
        <source>Our key clients they work with, %</source>
        <translation>Общие с нами ключевые клиенты, %</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="122" />
        <source>Technical education</source>
        <translation>Техническое образование</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="123" />
        <source>Expected base salary</source>
        <translation>Ожидаемый оклад</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="126" />
        <source>Main motivation</source>
        <translation>Основная мотивация</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="129" />
        <source>Leads a team now</source>
        <translation>Сейчас руководит группой</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="130" />
        <source>Personal quota reduced</source>
        <translation>Личный план продаж снижен</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="132" />
        <source>Holds key accounts now (internal)</source>
        <translation>Сейчас ведёт ключевых клиентов (внутренний)</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="134" />
        <source>Consent to keep the data until</source>
        <translation>Согласие на хранение данных до</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="135" />
        <source>YYYY-MM-DD, if the person gave one</source>
        <translation>ГГГГ-ММ-ДД, если человек его дал</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="141" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="205" />
        <source>{id} (not in this framework)</source>
        <translation>{id} (нет в этой модели)</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="265" />
        <source>a share from 0 to 100 %</source>
        <translation>доля от 0 до 100 %</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="267" />
        <source>this id is already taken</source>
        <translation>этот код уже занят</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="309" />
        <source>Edited meanwhile</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="314" />
        <source>Someone else saved {name} while you were editing. Their change is kept.</source>
        <translation>Пока вы редактировали, кто-то другой сохранил изменения в карточке {name}. Его изменения сохранены.</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="317" />
        <source>&lt;th&gt;Field&lt;/th&gt;&lt;th&gt;When you opened&lt;/th&gt;&lt;th&gt;Theirs&lt;/th&gt;&lt;th&gt;Yours&lt;/th&gt;</source>
        <translation>&lt;th&gt;Поле&lt;/th&gt;&lt;th&gt;Когда вы открыли&lt;/th&gt;&lt;th&gt;У него&lt;/th&gt;&lt;th&gt;У вас&lt;/th&gt;</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="323" />
        <source>Apply &amp;my changes on top of theirs</source>
        <translation>Применить &amp;мои изменения поверх его</translation>
    </message>
    <message>
        <location filename="../candidate_dialog.py" line="325" />
        <source>&amp;Keep theirs only</source>
        <translation>&amp;Оставить только его изменения</translation>
    </message>
</context>
<context>
    <name>CandidatePage</name>
    <message>
        <location filename="../candidate_page.py" line="58" />
        <source>&amp;New assessment…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="61" />
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="63" />
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="65" />
        <source>Profile &amp;PDF…</source>
        <translation>Профиль в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="67" />
        <source>De&amp;brief…</source>
        <translation>Раз&amp;бор…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="70" />
        <source>Dec&amp;ision…</source>
        <translation>&amp;Решение…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="73" />
        <source>O&amp;utcomes…</source>
        <translation>Р&amp;езультаты…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="81" />
        <source>Count drafts in the result</source>
        <translation>Учитывать черновики в результате</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="115" />
        <source>Double-click a column to open that assessment. ✎: evidence, shown on hover or click. Shaded: assessors differ by {n}+ levels. “—”: no evidence (left out of the score).</source>
        <translation>Двойной щелчок по столбцу открывает оценку. ✎ — комментарий (наведите или щёлкните). Затенено: расхождение на {n}+ уровня. «—»: нет данных (в расчёт не входит).</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="129" />
        <source>Delete assessmen&amp;t…</source>
        <translation>Удалить о&amp;ценку…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="135" />
        <source>Histor&amp;y…</source>
        <translation>Ис&amp;тория…</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="132" />
        <source>Delete the draft, or withdraw the final assessment, of the selected column</source>
        <translation>Удалить черновик или отозвать завершённую оценку выбранного столбца</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="224" />
        <source>No candidate selected</source>
        <translation>Кандидат не выбран</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="229" />
        <source>Pick a candidate on the left, or add one with Candidate ▸ New (Ctrl+N).</source>
        <translation>Выберите кандидата слева или добавьте нового: Кандидат ▸ Новый кандидат (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="261" />
        <source>{years} years</source>
        <translation>стаж {years} г.</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="305" />
        <source>No decision recorded.</source>
        <translation>Решение не записано.</translation>
    </message>
    <message>
        <location filename="../candidate_page.py" line="309" />
        <source>Decision: {summary}</source>
        <translation>Решение: {summary}</translation>
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
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../models.py" line="89" />
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <location filename="../models.py" line="90" />
        <source>Assessors</source>
        <translation>Оценщики</translation>
    </message>
    <message>
        <location filename="../models.py" line="91" />
        <source>Last assessed</source>
        <translation>Последняя оценка</translation>
    </message>
    <message>
        <location filename="../models.py" line="285" />
        <source>hidden: your draft</source>
        <translation>скрыто: ваш черновик</translation>
    </message>
    <message>
        <location filename="../models.py" line="290" />
        <source>draft</source>
        <translation>черновик</translation>
    </message>
</context>
<context>
    <name>CandidatesTab</name>
    <message>
        <location filename="../candidates_tab.py" line="63" />
        <source>Search by name, id, role, employer, region…</source>
        <translation>Поиск по имени, коду, должности, работодателю, региону…</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="70" />
        <source>All types</source>
        <translation>Все кандидаты</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="76" />
        <source>All profiles</source>
        <translation>Все профили</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="82" />
        <source>All verdicts</source>
        <translation>Любой вывод</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="88" />
        <source>All decisions</source>
        <translation>Все решения</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="93" />
        <source>Only with drafts</source>
        <translation>Только с черновиками</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="198" />
        <source>{shown} of {total} candidates</source>
        <translation>показано {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="345" />
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../candidates_tab.py" line="347" />
        <source>This assessment was deleted elsewhere (another window or user); the page now shows what is stored.</source>
        <translation>Эта оценка удалена в другом месте (в другом окне или другим пользователем); на странице теперь то, что сохранено.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../column_chooser.py" line="20" />
        <source>Right-click to choose the columns</source>
        <translation>Щёлкните правой кнопкой, чтобы выбрать столбцы</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../compare_page.py" line="210" />
        <source>Export comparison &amp;PDF…</source>
        <translation>Сравнение в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="218" />
        <source>Tick 2 to 6 candidates:</source>
        <translation>Отметьте от 2 до 6 кандидатов:</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="221" />
        <source>Against the profile:</source>
        <translation>По профилю:</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="195" />
        <source>At most 6 candidates can be compared.</source>
        <translation>Сравнить можно не больше 6 кандидатов.</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="199" />
        <source>Search by name, id, role, employer…</source>
        <translation>Поиск по Ф. И. О., коду, должности, работодателю…</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="282" />
        <source>Tick at least two candidates to compare them.</source>
        <translation>Отметьте хотя бы двух кандидатов, чтобы сравнить их.</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="300" />
        <source>No meaningful difference between {names}: their spreads of ratings overlap or their fits differ by less than {points} points.</source>
        <translation>Между {names} нет значимой разницы: разбросы оценок пересекаются или соответствие отличается меньше чем на {points} балла.</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="320" />
        <source>Ideal portrait</source>
        <translation>Идеальный портрет</translation>
    </message>
</context>
<context>
    <name>CompetencyAlphaModel</name>
    <message>
        <location filename="../calibration_tab.py" line="43" />
        <source>Competency</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <location filename="../calibration_tab.py" line="44" />
        <source>alpha (ordinal)</source>
        <translation>альфа (порядковая)</translation>
    </message>
    <message>
        <location filename="../calibration_tab.py" line="45" />
        <source>95 % interval</source>
        <translation>95 % интервал</translation>
    </message>
    <message>
        <location filename="../calibration_tab.py" line="46" />
        <source>Units</source>
        <translation>Единиц</translation>
    </message>
</context>
<context>
    <name>CompetencyCard</name>
    <message>
        <location filename="../competency_card.py" line="89" />
        <source>target {target}, weight {weight}</source>
        <translation>цель {target}, вес {weight}</translation>
    </message>
    <message>
        <location filename="../competency_card.py" line="93" />
        <source>knock-out below {minimum}</source>
        <translation>отсев ниже {minimum}</translation>
    </message>
    <message>
        <location filename="../competency_card.py" line="122" />
        <source>0 · No evidence</source>
        <translation>0 · Нет данных</translation>
    </message>
    <message>
        <location filename="../competency_card.py" line="127" />
        <source>“No evidence” (0 or -): you did not see this competency. It is left out of the score and lowers coverage. Level {level} “{label}” is a rating: you saw the behaviour and it fell short.</source>
        <translation>«Нет данных» (0 или -): вы не наблюдали эту компетенцию. Она не входит в расчёт и снижает покрытие. Уровень {level} «{label}» — это оценка: поведение вы видели, и его недостаточно.</translation>
    </message>
    <message>
        <location filename="../competency_card.py" line="145" />
        <source>Evidence: what the candidate said or did</source>
        <translation>Подтверждение: что кандидат сказал или сделал</translation>
    </message>
    <message>
        <location filename="../competency_card.py" line="157" />
        <source>Interview questions</source>
        <translation>Вопросы для интервью</translation>
    </message>
    <message>
        <location filename="../competency_card.py" line="237" />
        <source>⚠ {n} levels from the target</source>
        <translation>⚠ на {n} уровня от цели</translation>
    </message>
    <message>
        <location filename="../competency_card.py" line="239" />
        <source>⚠ an extreme level needs evidence</source>
        <translation>⚠ для крайнего уровня нужно подтверждение</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../server_dialogs.py" line="28" />
        <source>Connect to server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <location filename="../server_dialogs.py" line="38" />
        <source>The address the administrator gave you, e.g. postgresql://ivanova@hr-db/kamassess. Leave the password empty where the server signs you in with your Windows login (single sign-on) or reads it from your password file. KAM Assess does not store it.</source>
        <translation>Адрес, который дал администратор, например postgresql://ivanova@hr-db/kamassess. Оставьте пароль пустым, если сервер пускает вас по учётной записи Windows (единый вход) или берёт пароль из вашего файла паролей. KAM Assess пароль не сохраняет.</translation>
    </message>
    <message>
        <location filename="../server_dialogs.py" line="47" />
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../server_dialogs.py" line="48" />
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
</context>
<context>
    <name>CorrelationModel</name>
    <message>
        <location filename="../validity_tab.py" line="52" />
        <source>Score at the decision</source>
        <translation>Балл на момент решения</translation>
    </message>
    <message>
        <location filename="../validity_tab.py" line="53" />
        <source>n</source>
        <translation>n, чел.</translation>
    </message>
    <message>
        <location filename="../validity_tab.py" line="54" />
        <source>rho</source>
        <translation>ро</translation>
    </message>
    <message>
        <location filename="../validity_tab.py" line="55" />
        <source>95 % interval</source>
        <translation>95 % интервал</translation>
    </message>
    <message>
        <location filename="../validity_tab.py" line="56" />
        <source>Reading</source>
        <translation>Вывод</translation>
    </message>
</context>
<context>
    <name>DebriefModel</name>
    <message>
        <location filename="../debrief_view.py" line="88" />
        <source>Competency</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="96" />
        <source>Spread</source>
        <translation>Разброс</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="96" />
        <source>Consensus</source>
        <translation>Консенсус</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="109" />
        <source>A knock-out the assessors split on: it needs a consensus</source>
        <translation>Оценщики разошлись по отсекающему минимуму: нужен консенсус</translation>
    </message>
</context>
<context>
    <name>DebriefWindow</name>
    <message>
        <location filename="../debrief_view.py" line="136" />
        <source>Debrief: {name}</source>
        <translation>Разбор оценок: {name}</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="147" />
        <source>Debrief on</source>
        <translation>Дата разбора</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="173" />
        <source>Disagreements first. ⚑ blue: a knock-out the assessors split on — it needs a consensus. Orange: ratings {n} or more levels apart. “—”: no evidence.</source>
        <translation>Сначала расхождения. ⚑ голубым: оценщики разошлись по отсекающему минимуму — нужен консенсус. Оранжевым: оценки расходятся на {n} уровня и больше. «—»: нет данных.</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="193" />
        <source>Why the panel agreed on this level</source>
        <translation>Почему комиссия согласилась на этом уровне</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="196" />
        <source>&amp;Record consensus</source>
        <translation>&amp;Записать консенсус</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="199" />
        <source>&amp;Clear</source>
        <translation>&amp;Снять</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="206" />
        <source>Consensus level</source>
        <translation>Согласованный уровень</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="258" />
        <source>with the consensus recorded so far</source>
        <translation>с учётом записанного консенсуса</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="260" />
        <source>no consensus yet</source>
        <translation>консенсуса пока нет</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="262" />
        <source>Fit</source>
        <translation>Соотв.</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="274" />
        <source>Own recommendations, given before the meeting (not part of the fit)</source>
        <translation>Собственные рекомендации, данные до разбора (не входят в индекс)</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="317" />
        <source>No consensus recorded: the mean of the ratings counts.</source>
        <translation>Консенсус не записан: в расчёт идёт среднее оценок.</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="320" />
        <source>Recorded: level {level} on {date} by {moderator}.</source>
        <translation>Записано: уровень {level}, {date}, ведущий {moderator}.</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="334" />
        <source>target {target}, weight {weight}</source>
        <translation>цель {target}, вес {weight}</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="338" />
        <source>knock-out below {minimum}</source>
        <translation>отсев ниже {minimum}</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="344" />
        <source>no evidence written</source>
        <translation>доказательства не записаны</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="360" />
        <source>Anchors of the levels given</source>
        <translation>Поведенческие индикаторы поставленных уровней</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="397" />
        <source>Clear consensus</source>
        <translation>Снять консенсус</translation>
    </message>
    <message>
        <location filename="../debrief_view.py" line="398" />
        <source>Take the recorded consensus back? The mean of the ratings counts again.</source>
        <translation>Снять записанный консенсус? В расчёт снова пойдёт среднее оценок.</translation>
    </message>
</context>
<context>
    <name>DecisionActions</name>
    <message>
        <location filename="../decision_actions.py" line="66" />
        <source>Outcomes</source>
        <translation>Результаты работы</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="68" />
        <source>Outcomes are recorded for candidates hired or promoted. Record the decision first.</source>
        <translation>Результаты записываются для принятых или повышенных кандидатов. Сначала запишите решение.</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="91" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="103" />
        <source>Save the candidate's own data</source>
        <translation>Сохранить все данные кандидата</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="105" />
        <location filename="../decision_actions.py" line="168" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="115" />
        <source>Personal data written</source>
        <translation>Персональные данные записаны</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="117" />
        <source>Written: {pdf} (to read) and {bundle} (the same data as a bundle). Both hold personal data: hand them to the person only.</source>
        <translation>Записаны: {pdf} (для чтения) и {bundle} (те же данные в файле обмена). Оба файла содержат персональные данные: передайте их только самому человеку.</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="129" />
        <location filename="../decision_actions.py" line="162" />
        <location filename="../decision_actions.py" line="181" />
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="136" />
        <source>Export an anonymised bundle</source>
        <translation>Выгрузить обезличенный файл обмена</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="138" />
        <source>Bundles (*.json *.yaml *.yml)</source>
        <translation>Файлы обмена (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="148" />
        <source>Anonymised bundle written</source>
        <translation>Обезличенный файл обмена записан</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="150" />
        <source>{path}: {candidates} candidates as “Candidate A”, “Candidate B”…, {assessments} assessments. No names, employers, roles, regions, salaries or free text; assessors numbered.</source>
        <translation>{path}: кандидатов — {candidates} («Кандидат A», «Кандидат B»…), оценок — {assessments}. Без имён, работодателей, должностей, регионов, окладов и свободного текста; оценщики пронумерованы.</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="168" />
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="177" />
        <source>PDF written</source>
        <translation>PDF записан</translation>
    </message>
    <message>
        <location filename="../decision_actions.py" line="177" />
        <source>Written: {path}</source>
        <translation>Записан: {path}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../decision_dialog.py" line="81" />
        <source>Decision on {name}</source>
        <translation>Решение по кандидату: {name}</translation>
    </message>
    <message>
        <location filename="../decision_dialog.py" line="89" />
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../decision_dialog.py" line="94" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../decision_dialog.py" line="98" />
        <source>who took the decision (the director)</source>
        <translation>кто принял решение (директор)</translation>
    </message>
    <message>
        <location filename="../decision_dialog.py" line="99" />
        <source>Decided by</source>
        <translation>Кто принял решение</translation>
    </message>
    <message>
        <location filename="../decision_dialog.py" line="104" />
        <source>e.g. probation of 3 months; a development plan for the gaps</source>
        <translation>например, испытательный срок 3 месяца; план развития по пробелам</translation>
    </message>
    <message>
        <location filename="../decision_dialog.py" line="106" />
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../decision_dialog.py" line="109" />
        <source>base salary per month, optional</source>
        <translation>оклад в месяц, необязательно</translation>
    </message>
    <message>
        <location filename="../decision_dialog.py" line="110" />
        <source>Salary offered</source>
        <translation>Предложенный оклад</translation>
    </message>
    <message>
        <location filename="../decision_dialog.py" line="150" />
        <source>The profile's band: {low}–{high} {currency}</source>
        <translation>Вилка профиля: {low}–{high} {currency}</translation>
    </message>
    <message>
        <location filename="../decision_dialog.py" line="159" />
        <source>expected an amount</source>
        <translation>ожидается сумма</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../retention.py" line="44" />
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="45" />
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../retention.py" line="46" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../retention.py" line="47" />
        <source>Why and since when</source>
        <translation>Почему и с какого дня</translation>
    </message>
</context>
<context>
    <name>EvidenceEdit</name>
    <message>
        <location filename="../competency_card.py" line="51" />
        <source>At most {n} characters.</source>
        <translation>Не больше {n} символов.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../file_actions.py" line="32" />
        <source>Import bundle</source>
        <translation>Загрузить файл обмена</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="32" />
        <source>Bundles (*.yaml *.yml *.json)</source>
        <translation>Файлы обмена (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="55" />
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="62" />
        <source>Candidates: {ca} added, {cu} updated, {cn} unchanged. Assessments: {aa} added, {au} updated, {an} unchanged.</source>
        <translation>Кандидаты: добавлено {ca}, обновлено {cu}, без изменений {cn}. Оценки: добавлено {aa}, обновлено {au}, без изменений {an}.</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="76" />
        <source>A backup was taken first: {name}</source>
        <translation>Перед импортом сделана резервная копия: {name}</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="78" />
        <source>Imported</source>
        <translation>Загружено</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="86" />
        <source>Import stopped</source>
        <translation>Импорт остановлен</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="87" />
        <source>The import was stopped; nothing of {name} was imported.</source>
        <translation>Импорт остановлен; из файла {name} ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="93" />
        <source>Nothing imported</source>
        <translation>Ничего не загружено</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="106" />
        <source>Export bundle</source>
        <translation>Выгрузить в файл обмена</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="108" />
        <source>Bundles (*.json *.yaml)</source>
        <translation>Файлы обмена (*.json *.yaml)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="118" />
        <source>Exported</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="129" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="137" />
        <source>Back up database</source>
        <translation>Резервная копия базы</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="139" />
        <source>Databases (*.db)</source>
        <translation>Базы данных (*.db)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="148" />
        <source>Backed up</source>
        <translation>Копия сохранена</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="148" />
        <source>Written: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="152" />
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="160" />
        <source>Open framework</source>
        <translation>Открыть модель компетенций</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="162" />
        <source>Frameworks (*.yaml *.yml *.json)</source>
        <translation>Модели компетенций (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="176" />
        <source>Framework not loaded</source>
        <translation>Модель компетенций не загружена</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="179" />
        <source>The current framework stays in use.</source>
        <translation>Используется прежняя модель компетенций.</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="194" />
        <source>Empty database</source>
        <translation>База пуста</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="196" />
        <source>The database has no candidates yet. Load the demo set (four short-listed candidates rated by several assessors) to look around?</source>
        <translation>В базе ещё нет кандидатов. Загрузить демонстрационный набор (четыре кандидата, оценённые несколькими оценщиками), чтобы осмотреться?</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="208" />
        <source>Demo not loaded</source>
        <translation>Демонстрационный набор не загружен</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="209" />
        <source>The demo set does not fit this framework.</source>
        <translation>Демонстрационный набор не подходит к этой модели компетенций.</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="222" />
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
        <location filename="../framework_view.py" line="131" />
        <source>Pay band</source>
        <translation>Вилка оплаты</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="133" />
        <source>Competency</source>
        <translation>Компетенция</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="134" />
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="135" />
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="136" />
        <source>Knock-out below</source>
        <translation>Отсев ниже</translation>
    </message>
    <message>
        <location filename="../framework_view.py" line="140" />
        <source>total up to</source>
        <translation>всего до</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../history_view.py" line="51" />
        <source>History of {name}</source>
        <translation>История: {name}</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="67" />
        <source>Nothing has been recorded about this candidate yet.</source>
        <translation>О кандидате пока ничего не записано.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../history_view.py" line="32" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="32" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="32" />
        <source>What changed</source>
        <translation>Что изменено</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="67" />
        <source>&amp;Candidates</source>
        <translation>&amp;Кандидаты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="68" />
        <source>Co&amp;mpare</source>
        <translation>&amp;Сравнение</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="69" />
        <source>Ca&amp;libration</source>
        <translation>Ка&amp;либровка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70" />
        <source>&amp;Validity</source>
        <translation>&amp;Валидность</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="71" />
        <source>&amp;Framework</source>
        <translation>&amp;Модель компетенций</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159" />
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164" />
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165" />
        <source>assessor</source>
        <translation>оценщик</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="166" />
        <source>director</source>
        <translation>директор</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201" />
        <source>Database replaced</source>
        <translation>База данных заменена</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203" />
        <source>{name} was replaced by another program (restored from a backup?) while it was open here. Nothing was saved into the old file. Open the database again now? Unsaved typing in open rating windows is lost.</source>
        <translation>Файл {name} заменён другой программой (восстановлен из резервной копии?), пока был открыт здесь. В старый файл ничего не записано. Открыть базу заново сейчас? Несохранённый текст в открытых окнах оценки будет потерян.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226" />
        <source>Compare selected</source>
        <translation>Сравнить выбранных</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228" />
        <source>Select 2 to 6 candidates in the list (Ctrl+click or Shift+click), then compare them. {n} selected now.</source>
        <translation>Выберите в списке от 2 до 6 кандидатов (Ctrl+щелчок или Shift+щелчок) и сравните их. Сейчас выбрано: {n}.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254" />
        <source>search the list; Enter or ↓ goes into the list</source>
        <translation>поиск по списку; Enter или ↓ — перейти в список</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255" />
        <source>new candidate</source>
        <translation>новый кандидат</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="256" />
        <source>edit the candidate</source>
        <translation>изменить данные кандидата</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257" />
        <source>new assessment of the candidate</source>
        <translation>новая оценка кандидата</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258" />
        <source>the debrief of the candidate's assessors</source>
        <translation>разбор оценок кандидата</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259" />
        <source>the candidate's history: who changed what, when</source>
        <translation>история кандидата: кто, что и когда изменил</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260" />
        <source>the decision on the candidate</source>
        <translation>решение по кандидату</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261" />
        <source>compare the candidates selected in the list</source>
        <translation>сравнить кандидатов, выбранных в списке</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262" />
        <source>the candidate's profile as PDF</source>
        <translation>профиль кандидата в PDF</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263" />
        <source>import / export a bundle</source>
        <translation>импорт / экспорт файла обмена</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264" />
        <source>rating window: the level of the competency in focus</source>
        <translation>окно оценки: уровень выбранной компетенции</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265" />
        <source>rating window: no evidence</source>
        <translation>окно оценки: нет данных</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="266" />
        <source>rating window: next / previous competency</source>
        <translation>окно оценки: следующая / предыдущая компетенция</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="267" />
        <source>rating window: the evidence note, then on</source>
        <translation>окно оценки: к заметке о наблюдениях, затем дальше</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268" />
        <source>close the rating window (everything is saved)</source>
        <translation>закрыть окно оценки (всё уже сохранено)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272" />
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="294" />
        <source>About KAM Assess</source>
        <translation>О программе KAM Assess</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296" />
        <source>KAM Assess rates candidates for a Key Account Manager role against a competency framework and prints the reports directors decide from.

Database: {db}
Framework: {fw}</source>
        <translation>KAM Assess оценивает кандидатов на роль менеджера по ключевым клиентам по модели компетенций и печатает отчёты, по которым решают директора.

База данных: {db}
Модель компетенций: {fw}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../menus.py" line="43" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../menus.py" line="45" />
        <source>&amp;Import bundle…</source>
        <translation>&amp;Загрузить файл обмена…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="48" />
        <source>&amp;Export bundle…</source>
        <translation>&amp;Выгрузить в файл обмена…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="51" />
        <source>&amp;Back up database…</source>
        <translation>&amp;Резервная копия базы…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="56" />
        <source>&amp;Connect to server…</source>
        <translation>&amp;Подключиться к серверу…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="62" />
        <source>Use this computer's &amp;database</source>
        <translation>&amp;База данных этого компьютера</translation>
    </message>
    <message>
        <location filename="../menus.py" line="69" />
        <source>Open &amp;framework…</source>
        <translation>Открыть &amp;модель компетенций…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="78" />
        <source>Export an &amp;anonymised bundle…</source>
        <translation>Выгрузить &amp;обезличенный файл обмена…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="84" />
        <source>Personal data due for &amp;deletion…</source>
        <translation>Персональные данные к &amp;удалению…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="89" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../menus.py" line="91" />
        <source>C&amp;andidate</source>
        <translation>К&amp;андидат</translation>
    </message>
    <message>
        <location filename="../menus.py" line="93" />
        <source>&amp;New candidate…</source>
        <translation>&amp;Новый кандидат…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="96" />
        <source>&amp;Edit candidate…</source>
        <translation>&amp;Изменить кандидата…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="100" />
        <source>&amp;Delete candidate…</source>
        <translation>&amp;Удалить кандидата…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="107" />
        <source>Assessors who see this &amp;candidate…</source>
        <translation>&amp;Оценщики этого кандидата…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="114" />
        <source>New &amp;assessment…</source>
        <translation>Новая &amp;оценка…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="120" />
        <source>De&amp;brief…</source>
        <translation>Раз&amp;бор…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="124" />
        <source>Delete or withdraw an assess&amp;ment…</source>
        <translation>Удалить или отозвать о&amp;ценку…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="129" />
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="134" />
        <source>Dec&amp;ision…</source>
        <translation>&amp;Решение…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="141" />
        <source>O&amp;utcomes…</source>
        <translation>Р&amp;езультаты…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="147" />
        <source>The candidate's own data (on re&amp;quest)…</source>
        <translation>Все данные кандидата по &amp;запросу…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="152" />
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../menus.py" line="155" />
        <source>&amp;Compare selected</source>
        <translation>&amp;Сравнить выбранных</translation>
    </message>
    <message>
        <location filename="../menus.py" line="161" />
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../menus.py" line="164" />
        <source>Candidate &amp;profile (PDF)…</source>
        <translation>&amp;Профиль кандидата (PDF)…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="170" />
        <source>&amp;Comparison (PDF)…</source>
        <translation>&amp;Сравнение (PDF)…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="173" />
        <source>&amp;Interview sheet (PDF)…</source>
        <translation>&amp;Лист интервью (PDF)…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="176" />
        <source>Interview sheet &amp;for this candidate (PDF)…</source>
        <translation>Лист интервью на &amp;этого кандидата (PDF)…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="182" />
        <source>C&amp;alibration (PDF)…</source>
        <translation>&amp;Калибровка оценщиков (PDF)…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="188" />
        <source>Profiles of the &amp;listed candidates…</source>
        <translation>Профили кандидатов из &amp;списка…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="194" />
        <source>The list as a &amp;spreadsheet (Excel, CSV)…</source>
        <translation>&amp;Список в таблицу (Excel, CSV)…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="199" />
        <source>&amp;Validity (PDF)…</source>
        <translation>&amp;Валидность (PDF)…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="202" />
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../menus.py" line="205" />
        <source>&amp;Your name…</source>
        <translation>&amp;Ваше имя…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="209" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../menus.py" line="219" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../menus.py" line="222" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location filename="../menus.py" line="227" />
        <source>&amp;About KAM Assess</source>
        <translation>&amp;О программе KAM Assess</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../dialogs.py" line="34" />
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="53" />
        <source>Assessor</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="54" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="55" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="56" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../outcome_dialog.py" line="54" />
        <source>Outcomes of {name}</source>
        <translation>Результаты работы: {name}</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="60" />
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="72" />
        <source>passed</source>
        <translation>пройден</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="72" />
        <source>not passed</source>
        <translation>не пройден</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="74" />
        <source>Probation</source>
        <translation>Испытательный срок</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="85" />
        <source>Probation ended on</source>
        <translation>Дата окончания испытательного срока</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="90" />
        <source>Performance after 6 months</source>
        <translation>Результативность через 6 месяцев</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="92" />
        <location filename="../outcome_dialog.py" line="96" />
        <source>Rated by</source>
        <translation>Кто оценил</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="94" />
        <source>Performance after 12 months</source>
        <translation>Результативность через 12 месяцев</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="101" />
        <source>no, still with us</source>
        <translation>нет, работает</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="102" />
        <source>yes, of their own wish</source>
        <translation>да, по собственному желанию</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="103" />
        <source>yes, by the company's decision</source>
        <translation>да, по решению компании</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="106" />
        <source>Left within 12 months</source>
        <translation>Ушёл в течение 12 месяцев</translation>
    </message>
    <message>
        <location filename="../outcome_dialog.py" line="109" />
        <source>Performance is rated on the framework's scale. Fit is checked against the 12-month rating under Validity once enough people have one.</source>
        <translation>Результативность оценивается по шкале модели компетенций. Когда оценок через 12 месяцев наберётся достаточно, вкладка «Валидность» сравнит с ними индекс соответствия.</translation>
    </message>
</context>
<context>
    <name>OwnResult</name>
    <message>
        <location filename="../blind_result.py" line="33" />
        <source>Blind rating: only your own ratings count here. The other assessors' ratings and the pooled result show once you finalise.</source>
        <translation>Независимая оценка: здесь учитываются только ваши оценки. Оценки коллег и общий результат откроются, когда вы завершите оценку.</translation>
    </message>
    <message>
        <location filename="../blind_result.py" line="44" />
        <source>{rated} of {total} rated · {none} no evidence · {open} open</source>
        <translation>оценено {rated} из {total} · нет данных: {none} · не заполнено: {open}</translation>
    </message>
    <message>
        <location filename="../blind_result.py" line="48" />
        <source>Targets, knock-out minimums, the fit and the verdict are hidden while you rate, so that they do not steer your ratings.</source>
        <translation>Целевые уровни, отсекающие минимумы, индекс соответствия и вывод скрыты, пока вы оцениваете, чтобы не влиять на ваши оценки.</translation>
    </message>
    <message>
        <location filename="../blind_result.py" line="51" />
        <source>Your ratings</source>
        <translation>Ваши оценки</translation>
    </message>
    <message>
        <location filename="../blind_result.py" line="72" />
        <source>Your mean level by group</source>
        <translation>Ваш средний уровень по группам</translation>
    </message>
    <message>
        <location filename="../blind_result.py" line="80" />
        <source>Blind until you finalise</source>
        <translation>Скрыто, пока вы не завершите оценку</translation>
    </message>
</context>
<context>
    <name>PanelActions</name>
    <message>
        <location filename="../panel_actions.py" line="34" />
        <location filename="../panel_actions.py" line="45" />
        <source>Debrief</source>
        <translation>Разбор оценок</translation>
    </message>
    <message>
        <location filename="../panel_actions.py" line="36" />
        <source>Finalise your own assessment of this candidate first: until then the others' ratings stay hidden from you.</source>
        <translation>Сначала завершите собственную оценку этого кандидата: до тех пор оценки коллег от вас скрыты.</translation>
    </message>
</context>
<context>
    <name>PickModel</name>
    <message>
        <location filename="../compare_page.py" line="155" />
        <source>hidden: your draft</source>
        <translation>скрыто: ваш черновик</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../jobs.py" line="81" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../compare_page.py" line="51" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="52" />
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="53" />
        <source>Fit</source>
        <translation>Соотв.</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="54" />
        <source>Spread of ratings</source>
        <translation>Разброс оценок</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="75" />
        <source>target profile: {p}</source>
        <translation>целевой профиль: {p}</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="55" />
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../compare_page.py" line="56" />
        <source>Knock-outs</source>
        <translation>Ниже минимума</translation>
    </message>
</context>
<context>
    <name>RateModel</name>
    <message>
        <location filename="../validity_tab.py" line="93" />
        <source>Verdict at the decision</source>
        <translation>Вывод на момент решения</translation>
    </message>
    <message>
        <location filename="../validity_tab.py" line="94" />
        <source>Probation passed</source>
        <translation>Испытательный срок пройден</translation>
    </message>
    <message>
        <location filename="../validity_tab.py" line="95" />
        <source>Left within 12 months</source>
        <translation>Ушёл в течение 12 месяцев</translation>
    </message>
</context>
<context>
    <name>RatingWindow</name>
    <message>
        <location filename="../rating_window.py" line="67" />
        <source>Assessment of {name}</source>
        <translation>Оценка: {name}</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="86" />
        <source>&amp;Finalise…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="89" />
        <source>&amp;Reopen…</source>
        <translation>&amp;Открыть заново…</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="98" />
        <source>Assessor</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="99" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="100" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="101" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="123" />
        <source>Keys: type a level's number ({first}–{last}), 0 or - for “no evidence”, ↓/↑ to move. “No evidence” means you did not see the competency: it is left out of the score and lowers coverage. Level {level} “{label}” is a rating: you saw the behaviour and it fell short.</source>
        <translation>Клавиши: номер уровня ({first}–{last}), 0 или - — «нет данных», ↓/↑ — переход. «Нет данных» значит, что вы не наблюдали компетенцию: она не входит в расчёт и снижает покрытие. Уровень {level} «{label}» — это оценка: поведение вы видели, и его недостаточно.</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="264" />
        <location filename="../rating_window.py" line="326" />
        <source>not saved yet: the server cannot be reached; retrying…</source>
        <translation>ещё не сохранено: сервер недоступен; повторяем…</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="266" />
        <source>not saved yet: the database is busy; retrying…</source>
        <translation>ещё не сохранено: база занята; повторяю…</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="295" />
        <location filename="../rating_window.py" line="298" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="278" />
        <location filename="../rating_window.py" line="336" />
        <location filename="../rating_window.py" line="355" />
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <location filename="../rating_window.py" line="379" />
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
</context>
<context>
    <name>RecommendationBox</name>
    <message>
        <location filename="../recommendation_box.py" line="29" />
        <source>Your recommendation:</source>
        <translation>Ваша рекомендация:</translation>
    </message>
    <message>
        <location filename="../recommendation_box.py" line="33" />
        <source>Would you hire (or promote) this candidate? Given before you see the other assessors' ratings, shown beside the fit and never mixed into it. Needed to finalise.</source>
        <translation>Взяли бы вы (повысили бы) этого кандидата? Даётся до того, как вы увидите оценки коллег, показывается рядом с индексом соответствия и в него не входит. Нужна для завершения оценки.</translation>
    </message>
    <message>
        <location filename="../recommendation_box.py" line="52" />
        <source>Why, in one sentence</source>
        <translation>Почему — одним предложением</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../report_actions.py" line="28" />
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="28" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="39" />
        <source>PDF written</source>
        <translation>PDF сохранён</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="39" />
        <source>Written: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="43" />
        <location filename="../report_actions.py" line="182" />
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="50" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="50" />
        <source>Open &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="73" />
        <location filename="../report_actions.py" line="89" />
        <source>Interview sheet</source>
        <translation>Лист интервью</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="73" />
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="90" />
        <source>Select a candidate in the list first, then print their interview sheet.</source>
        <translation>Сначала выберите кандидата в списке, затем распечатайте его лист интервью.</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="113" />
        <location filename="../report_actions.py" line="151" />
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="113" />
        <location filename="../report_actions.py" line="157" />
        <source>The list shows no candidates.</source>
        <translation>В списке нет кандидатов.</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="157" />
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="160" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="160" />
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="162" />
        <source>Save the list</source>
        <translation>Сохранить список</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="174" />
        <source>List written</source>
        <translation>Список записан</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="146" />
        <source>Stopped on request.</source>
        <translation>Остановлено по запросу.</translation>
    </message>
    <message>
        <location filename="../report_actions.py" line="148" />
        <source>Failed: {ids}</source>
        <translation>Не записаны: {ids}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../result_panel.py" line="58" />
        <source>Not assessed yet</source>
        <translation>Ещё не оценён</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="76" />
        <source>Knock-outs</source>
        <translation>Ниже минимума</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="73" />
        <source>coverage {pct}</source>
        <translation>покрытие {pct}</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="54" />
        <source>Draft only: no final assessment yet. Tick “Count drafts in the result” to see the draft's result.</source>
        <translation>Есть только черновик, завершённой оценки пока нет. Отметьте «Учитывать черновики в результате», чтобы увидеть результат черновика.</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="83" />
        <source>assessors (people): {n}</source>
        <translation>оценщиков (человек): {n}</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="84" />
        <source>drafts included</source>
        <translation>с черновиками</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="84" />
        <source>final assessments</source>
        <translation>завершённые оценки</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="97" />
        <source>Ideal portrait</source>
        <translation>Идеальный портрет</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="117" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="118" />
        <source>Largest gaps</source>
        <translation>Главные разрывы</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="119" />
        <source>Risk indicators</source>
        <translation>Факторы риска</translation>
    </message>
    <message>
        <location filename="../result_panel.py" line="147" />
        <source>Scored under the older framework {version} of its assessments.</source>
        <translation>Оценка рассчитана по прежней версии модели {version}, по которой проводились оценки.</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <location filename="../retention.py" line="167" />
        <source>&amp;Review…</source>
        <translation>&amp;Просмотреть…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../retention.py" line="71" />
        <source>Personal data due for deletion</source>
        <translation>Персональные данные к удалению</translation>
    </message>
    <message>
        <location filename="../retention.py" line="93" />
        <source>&amp;Delete selected…</source>
        <translation>&amp;Удалить выбранных…</translation>
    </message>
    <message>
        <location filename="../retention.py" line="116" />
        <source>Delete personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <location filename="../retention.py" line="138" />
        <source>No longer due, kept: {ids}.</source>
        <translation>Больше не подлежат удалению и оставлены: {ids}.</translation>
    </message>
    <message>
        <location filename="../retention.py" line="143" />
        <source>These damaged copies kept by a restore could not be cleaned; delete them by hand: {paths}</source>
        <translation>Эти повреждённые копии, сохранённые при восстановлении, очистить не удалось; удалите их вручную: {paths}</translation>
    </message>
    <message>
        <location filename="../retention.py" line="146" />
        <source>Personal data deleted</source>
        <translation>Персональные данные удалены</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../startup.py" line="103" />
        <source>the file is not there any more</source>
        <translation>файла больше нет на месте</translation>
    </message>
    <message>
        <location filename="../startup.py" line="112" />
        <source>The framework opened last time, {path}, cannot be used: {why}. The bundled framework is used instead.</source>
        <translation>Модель компетенций, открытая в прошлый раз ({path}), не может быть использована: {why}. Вместо неё используется встроенная модель.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="150" />
        <source>{name} is already open in another KAM Assess window (process {pid} on {host}).</source>
        <translation>База {name} уже открыта в другом окне KAM Assess (процесс {pid} на компьютере {host}).</translation>
    </message>
    <message>
        <location filename="../startup.py" line="155" />
        <source>Open it read-only to look without changing anything, or open it anyway: both windows then save into the same database, and each shows the other's changes when it refreshes.</source>
        <translation>Откройте её только для чтения, чтобы смотреть, ничего не меняя, — или всё равно откройте: тогда оба окна сохраняют в одну базу и видят изменения друг друга после обновления.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="160" />
        <source>Open &amp;read-only</source>
        <translation>Открыть только для &amp;чтения</translation>
    </message>
    <message>
        <location filename="../startup.py" line="161" />
        <source>Open &amp;anyway</source>
        <translation>Всё равно &amp;открыть</translation>
    </message>
    <message>
        <location filename="../startup.py" line="231" />
        <source>The window opens; imports are refused until a backup can be written.</source>
        <translation>Окно откроется; импорт будет невозможен, пока не удастся записать резервную копию.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="262" />
        <source>Something went wrong inside KAM Assess ({error}). Everything saved before is safe. The error was written to the log, without any personal data:</source>
        <translation>В KAM Assess произошла внутренняя ошибка ({error}). Всё, что было сохранено, в безопасности. Ошибка записана в журнал без персональных данных:</translation>
    </message>
    <message>
        <location filename="../startup.py" line="267" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>StatusChanges</name>
    <message>
        <location filename="../rating_status.py" line="47" />
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <location filename="../rating_status.py" line="49" />
        <source>Some ratings are not saved yet (the database is busy or out of reach); try again.</source>
        <translation>Некоторые оценки ещё не сохранены (база данных занята или недоступна); попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../rating_status.py" line="58" />
        <source>Recommendation needed</source>
        <translation>Нужна рекомендация</translation>
    </message>
    <message>
        <location filename="../rating_status.py" line="60" />
        <source>Give your overall recommendation (strong no, no, yes or strong yes) and its reason before finalising: it is recorded before you see the others' ratings.</source>
        <translation>Перед завершением дайте общую рекомендацию (однозначно нет, нет, да или однозначно да) и её причину: она записывается до того, как вы увидите оценки коллег.</translation>
    </message>
    <message>
        <location filename="../rating_status.py" line="69" />
        <source>Finalise this assessment? Its ratings can then only be changed by reopening it, which is recorded.</source>
        <translation>Завершить эту оценку? После этого изменить её можно только открыв заново, и это будет записано в историю.</translation>
    </message>
    <message>
        <location filename="../rating_status.py" line="73" />
        <source>{n} competencies have no rating yet.</source>
        <translation>Компетенций без оценки: {n}.</translation>
    </message>
    <message>
        <location filename="../rating_status.py" line="74" />
        <source>Finalise assessment</source>
        <translation>Завершить оценку</translation>
    </message>
    <message>
        <location filename="../rating_status.py" line="88" />
        <source>Reopen assessment</source>
        <translation>Открыть оценку заново</translation>
    </message>
    <message>
        <location filename="../rating_status.py" line="89" />
        <source>Why is this final assessment being reopened? The reason is recorded.</source>
        <translation>Почему завершённая оценка открывается заново? Причина будет записана.</translation>
    </message>
    <message>
        <location filename="../rating_status.py" line="96" />
        <source>Not reopened</source>
        <translation>Оценка не открыта</translation>
    </message>
    <message>
        <location filename="../rating_status.py" line="97" />
        <source>A final assessment is reopened only with a reason, which is recorded.</source>
        <translation>Завершённую оценку можно открыть заново только с указанием причины — она записывается в историю.</translation>
    </message>
</context>
<context>
    <name>ValidityTab</name>
    <message>
        <location filename="../validity_tab.py" line="144" />
        <source>&amp;Recompute</source>
        <translation>&amp;Пересчитать</translation>
    </message>
    <message>
        <location filename="../validity_tab.py" line="146" />
        <source>&amp;Validity PDF…</source>
        <translation>Отчёт в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../validity_tab.py" line="153" />
        <source>Rank correlation with 12-month performance</source>
        <translation>Ранговая корреляция с результативностью через 12 месяцев</translation>
    </message>
    <message>
        <location filename="../validity_tab.py" line="154" />
        <source>Outcomes by verdict at the decision</source>
        <translation>Результаты по выводу на момент решения</translation>
    </message>
    <message>
        <location filename="../validity_tab.py" line="198" />
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <location filename="../identity.py" line="37" />
        <source>Who is rating?</source>
        <translation>Кто оценивает?</translation>
    </message>
    <message>
        <location filename="../identity.py" line="40" />
        <source>Your name, as your colleagues write it. Your assessments and every change you make are recorded in this name; asked once, changed in Settings.</source>
        <translation>Ваше имя так, как его пишут коллеги. Ваши оценки и все изменения записываются под этим именем; спрашивается один раз, меняется в меню «Настройки».</translation>
    </message>
    <message>
        <location filename="../identity.py" line="49" />
        <source>e.g. Petrova A. V.</source>
        <translation>например, Петрова А. В.</translation>
    </message>
</context>
</TS>