<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AgeSecretDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="219"/>
        <source>Export the emergency key</source>
        <translation>Экспорт аварийного ключа</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="221"/>
        <source>Export the emergency key?</source>
        <translation>Экспортировать аварийный ключ?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="226"/>
        <source>This writes the vault&apos;s SECRET key to a file. Anyone who gets the file can open every bundle ever sealed to this vault, without your passphrase. Do it only when Amanat cannot be used and a bundle must be opened with the standard age tool. Keep the file offline (never on the laptop that travels), never send it, and destroy it afterwards.</source>
        <translation>Это запишет СЕКРЕТНЫЙ ключ хранилища в файл. Любой, к кому попадёт этот файл, сможет открыть каждый пакет, когда-либо запечатанный для этого хранилища, без Вашей парольной фразы. Делайте это, только если Amanat использовать невозможно, а пакет нужно открыть стандартной утилитой age. Храните файл офлайн (никогда не на ноутбуке, который Вы берёте в поездки), никогда его не пересылайте и уничтожьте после использования.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="234"/>
        <source>Which key</source>
        <translation>Какой ключ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="240"/>
        <source>Classic X25519 key: opens bundles sealed with classic encryption</source>
        <translation>Классический ключ X25519: открывает пакеты, запечатанные классическим шифрованием</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="243"/>
        <source>Classic X25519 key</source>
        <translation>Классический ключ X25519</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="247"/>
        <source>Post-quantum hybrid key: opens the default bundles (age 1.3 or later)</source>
        <translation>Постквантовый гибридный ключ: открывает пакеты по умолчанию (age 1.3 или новее)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="250"/>
        <source>Post-quantum hybrid key</source>
        <translation>Постквантовый гибридный ключ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="258"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="260"/>
        <source>I understand that this file opens everything sealed to me</source>
        <translation>Я понимаю, что этот файл открывает всё, что запечатано для меня</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="266"/>
        <source>Export the secret key...</source>
        <translation>Экспортировать секретный ключ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="268"/>
        <source>Export the secret key</source>
        <translation>Экспортировать секретный ключ</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="128"/>
        <source>&amp;New case...</source>
        <translation>&amp;Новое дело...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="129"/>
        <source>New &amp;testimony...</source>
        <translation>Новое &amp;показание...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="130"/>
        <source>&amp;Attach files...</source>
        <translation>Прик&amp;репить файлы...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="131"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="132"/>
        <source>&amp;Cases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="133"/>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="134"/>
        <source>P&amp;laces</source>
        <translation>&amp;Места</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="135"/>
        <source>C&amp;ontacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="136"/>
        <source>&amp;Review</source>
        <translation>П&amp;роверка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="137"/>
        <source>&amp;Seal bundle...</source>
        <translation>&amp;Запечатать пакет...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="138"/>
        <source>Seal a&amp;ll cases...</source>
        <translation>Запечатать вс&amp;е дела...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="139"/>
        <source>&amp;Open bundle...</source>
        <translation>&amp;Открыть пакет...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="140"/>
        <source>&amp;Settings...</source>
        <translation>Н&amp;астройки...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="141"/>
        <source>&amp;Lock</source>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="143"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="144"/>
        <source>&amp;About Amanat</source>
        <translation>&amp;О программе Amanat</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="198"/>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="199"/>
        <source>V&amp;iew</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="210"/>
        <location filename="../../desktop/amanat/ui/window.py" line="434"/>
        <source>Amanat</source>
        <translation>Amanat</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="212"/>
        <source>Amanat (locked)</source>
        <translation>Amanat (заблокировано)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="325"/>
        <source>Vault unlocked.</source>
        <translation>Хранилище разблокировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="341"/>
        <source>The vault locks as soon as the attachment is saved.</source>
        <translation>Хранилище заблокируется, как только вложение будет сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="355"/>
        <source>Amanat quits as soon as the attachment is saved.</source>
        <translation>Amanat закроется, как только вложение будет сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="361"/>
        <source>The vault was locked. Unlock it to continue.</source>
        <translation>Хранилище заблокировано. Разблокируйте его, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="365"/>
        <source>An attachment was still being added when the vault was locked: the file being written was not saved. After unlocking, check the case&apos;s attachments and add what is missing.</source>
        <translation>Когда хранилище заблокировалось, вложение ещё добавлялось: записываемый файл не был сохранён. После разблокировки проверьте вложения дела и добавьте недостающее.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="370"/>
        <source>The lock waited until the attachment being added was saved.</source>
        <translation>Блокировка дождалась сохранения добавляемого вложения.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/window.py" line="378"/>
        <source>Locked while files were being attached: %n file(s) not saved. Add them again.</source>
        <translation>
            <numerusform>Заблокировано во время прикрепления файлов: %n файл не сохранён. Добавьте его снова.</numerusform>
            <numerusform>Заблокировано во время прикрепления файлов: %n файла не сохранены. Добавьте их снова.</numerusform>
            <numerusform>Заблокировано во время прикрепления файлов: %n файлов не сохранено. Добавьте их снова.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/window.py" line="383"/>
        <source>Saved before the lock: %n file(s) being attached.</source>
        <translation>
            <numerusform>Сохранено до блокировки: %n прикрепляемый файл.</numerusform>
            <numerusform>Сохранено до блокировки: %n прикрепляемых файла.</numerusform>
            <numerusform>Сохранено до блокировки: %n прикрепляемых файлов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="425"/>
        <source>The vault was wiped.</source>
        <translation>Хранилище стёрто.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="441"/>
        <source>About Amanat</source>
        <translation>О программе Amanat</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="444"/>
        <source>Amanat %1

An offline, encrypted casework tool for documenting persecution. Free software under the GNU AGPL, version 3 or later.</source>
        <translation>Amanat %1

Автономный зашифрованный инструмент для ведения дел и документирования преследований. Свободное программное обеспечение под лицензией GNU AGPL версии 3 или более поздней.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="453"/>
        <source>The user guide is in docs/user-guide-app.md of the Amanat folder.</source>
        <translation>Руководство пользователя находится в файле docs/user-guide-app.md в папке Amanat.</translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="38"/>
        <source>Correct the attachment</source>
        <translation>Исправить вложение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="45"/>
        <source>No testimony</source>
        <translation>Без показания</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="47"/>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="51"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="60"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="61"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="65"/>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="68"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="72"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="75"/>
        <source>Belongs to testimony</source>
        <translation>Относится к показанию</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="79"/>
        <source>&amp;Testimony:</source>
        <translation>&amp;Показание:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="94"/>
        <source>the description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="95"/>
        <source>the role</source>
        <translation>роль</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="61"/>
        <source>Files are encrypted into the vault as they are added. Drop files here or use Attach files. They are shown from memory: nothing readable is written to disk.</source>
        <translation>Файлы шифруются в хранилище при добавлении. Перетащите файлы сюда или воспользуйтесь кнопкой «Прикрепить файлы». Они показываются из памяти: ничего читаемого на диск не записывается.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="86"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="87"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="90"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="96"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="99"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="103"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="107"/>
        <source>Attach files...</source>
        <translation>Прикрепить файлы...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="107"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="109"/>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="109"/>
        <source>View attachment</source>
        <translation>Просмотреть вложение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="111"/>
        <source>Save a copy...</source>
        <translation>Сохранить копию...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="111"/>
        <source>Save a decrypted copy</source>
        <translation>Сохранить расшифрованную копию</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="114"/>
        <source>Correct...</source>
        <translation>Исправить...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="116"/>
        <source>Correct the description, role or testimony of the attachment</source>
        <translation>Исправить описание, роль или показание вложения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="120"/>
        <source>Remove working copy...</source>
        <translation>Удалить рабочую копию...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="122"/>
        <source>Remove the chosen working copy (the original is kept)</source>
        <translation>Удалить выбранную рабочую копию (оригинал сохраняется)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="133"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="137"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="163"/>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="397"/>
        <source>Choose a file and press View.</source>
        <translation>Выберите файл и нажмите «Просмотр».</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="194"/>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="202"/>
        <source>Choose an attachment in the list first.</source>
        <translation>Сначала выберите вложение в списке.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="208"/>
        <source>This is an evidentiary original: it is never removed. Only a working copy can be removed.</source>
        <translation>Это доказательный оригинал: он никогда не удаляется. Удалить можно только рабочую копию.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="216"/>
        <source>Remove this working copy?</source>
        <translation>Удалить эту рабочую копию?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="218"/>
        <source>The working copy leaves the case and its file leaves the vault. The evidentiary original stays, and the custody log records the removal.</source>
        <translation>Рабочая копия будет убрана из дела, а её файл — из хранилища. Доказательный оригинал остаётся, а журнал хранения фиксирует удаление.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="221"/>
        <source>Remove the working copy</source>
        <translation>Удалить рабочую копию</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="275"/>
        <source>Encrypting %n file(s) into the vault...</source>
        <translation>
            <numerusform>Шифрование %n файла в хранилище...</numerusform>
            <numerusform>Шифрование %n файлов в хранилище...</numerusform>
            <numerusform>Шифрование %n файлов в хранилище...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="285"/>
        <source>%n file(s) added to the case.</source>
        <translation>
            <numerusform>%n файл добавлен в дело.</numerusform>
            <numerusform>%n файла добавлено в дело.</numerusform>
            <numerusform>%n файлов добавлено в дело.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="292"/>
        <source>Cancelled. Files added before the cancel are kept.</source>
        <translation>Отменено. Файлы, добавленные до отмены, сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="309"/>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="404"/>
        <source>Choose a file in the list first.</source>
        <translation>Сначала выберите файл в списке.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="321"/>
        <source>Decrypting...</source>
        <translation>Расшифровка...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="374"/>
        <source>This file is too large to view inside Amanat (over %1). It stays encrypted in the vault; save a copy if you need to open it elsewhere.</source>
        <translation>Этот файл слишком велик для просмотра в Amanat (больше %1). Он остаётся зашифрованным в хранилище; сохраните копию, если Вам нужно открыть его в другой программе.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="409"/>
        <source>Save a readable copy?</source>
        <translation>Сохранить читаемую копию?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="412"/>
        <source>This writes a decrypted copy of %1 outside the vault. Anyone with access to that disk or stick can read it, and it stays there until you delete it. The export is recorded in the case&apos;s custody log.</source>
        <translation>Будет записана расшифрованная копия %1 вне хранилища. Любой, у кого есть доступ к этому диску или флешке, сможет её прочитать, и она останется там, пока Вы её не удалите. Экспорт записывается в журнал хранения дела.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="418"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="430"/>
        <source>Writing the decrypted copy...</source>
        <translation>Запись расшифрованной копии...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="447"/>
        <source>The decrypted copy was saved and the export was logged. Delete it when done.</source>
        <translation>Расшифрованная копия сохранена, экспорт записан в журнал. Удалите её, когда закончите.</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="77"/>
        <source>Full</source>
        <translation>Полный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="78"/>
        <source>No contact details</source>
        <translation>Без контактных данных</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="79"/>
        <source>Advocacy</source>
        <translation>Адвокация</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="86"/>
        <source>Everything in the cases, with its whole history: for your own team.</source>
        <translation>Всё, что есть в делах, со всей историей: для Вашей команды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="89"/>
        <source>Without contact details, exact addresses and anything marked restricted.</source>
        <translation>Без контактных данных, точных адресов и всего, что помечено как ограниченное.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="93"/>
        <source>For outside partners: also without ID numbers, and only testimonies whose consent allows UN, legal or public use.</source>
        <translation>Для внешних партнёров: также без номеров документов и только показания, согласие на которые допускает использование в ООН, в суде или публично.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="104"/>
        <source>post-quantum hybrid (ML-KEM-768 + X25519)</source>
        <translation>постквантовое гибридное (ML-KEM-768 + X25519)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="105"/>
        <source>classic X25519</source>
        <translation>классическое X25519</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="120"/>
        <source>Sealed %n case(s) for %1.</source>
        <translation>
            <numerusform>Запечатано %n дело для %1.</numerusform>
            <numerusform>Запечатано %n дела для %1.</numerusform>
            <numerusform>Запечатано %n дел для %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="125"/>
        <source>%n record(s) and</source>
        <translation>
            <numerusform>%n запись и</numerusform>
            <numerusform>%n записи и</numerusform>
            <numerusform>%n записей и</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="127"/>
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n вложение.</numerusform>
            <numerusform>%n вложения.</numerusform>
            <numerusform>%n вложений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="129"/>
        <source>Encryption: %1. Profile: %2.</source>
        <translation>Шифрование: %1. Профиль: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="134"/>
        <source>File: %1 (%2).</source>
        <translation>Файл: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="141"/>
        <source>The profile left out %n restricted case(s).</source>
        <translation>
            <numerusform>Профиль исключил %n дело с ограниченным доступом.</numerusform>
            <numerusform>Профиль исключил %n дела с ограниченным доступом.</numerusform>
            <numerusform>Профиль исключил %n дел с ограниченным доступом.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="149"/>
        <source>Send the file over any channel: only the chosen contacts can open it, and they can check that it came from you unchanged.</source>
        <translation>Отправьте файл по любому каналу: открыть его смогут только выбранные контакты, и они смогут проверить, что он пришёл от Вас без изменений.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="159"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n новая</numerusform>
            <numerusform>%n новых</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="160"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлена</numerusform>
            <numerusform>%n обновлены</numerusform>
            <numerusform>%n обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="161"/>
        <source>%n older than yours (kept)</source>
        <translation>
            <numerusform>%n старше Вашей (сохранена)</numerusform>
            <numerusform>%n старше Ваших (сохранены)</numerusform>
            <numerusform>%n старше Ваших (сохранены)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="162"/>
        <source>%n already here</source>
        <translation>
            <numerusform>%n уже есть здесь</numerusform>
            <numerusform>%n уже есть здесь</numerusform>
            <numerusform>%n уже есть здесь</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="163"/>
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n в конфликте</numerusform>
            <numerusform>%n в конфликте</numerusform>
            <numerusform>%n в конфликте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="164"/>
        <source>%n proposed by a vault that does not own them (not applied)</source>
        <translation>
            <numerusform>%n предложена хранилищем, которому она не принадлежит (не применена)</numerusform>
            <numerusform>%n предложены хранилищем, которому они не принадлежат (не применены)</numerusform>
            <numerusform>%n предложено хранилищем, которому они не принадлежат (не применены)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="167"/>
        <source>%n draft(s) replaced by a sealed testimony</source>
        <translation>
            <numerusform>%n черновик заменён запечатанным показанием</numerusform>
            <numerusform>%n черновика заменены запечатанным показанием</numerusform>
            <numerusform>%n черновиков заменены запечатанным показанием</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="170"/>
        <source>%n kept behind a sealed testimony</source>
        <translation>
            <numerusform>%n оставлена в истории (показание уже запечатано)</numerusform>
            <numerusform>%n оставлены в истории (показание уже запечатано)</numerusform>
            <numerusform>%n оставлено в истории (показание уже запечатано)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="179"/>
        <source>Imported %n case(s) from %1.</source>
        <translation>
            <numerusform>Импортировано %n дело от %1.</numerusform>
            <numerusform>Импортировано %n дела от %1.</numerusform>
            <numerusform>Импортировано %n дел от %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="192"/>
        <source>%n record(s): %1.</source>
        <translation>
            <numerusform>%n запись: %1.</numerusform>
            <numerusform>%n записи: %1.</numerusform>
            <numerusform>%n записей: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="193"/>
        <source>nothing new</source>
        <translation>ничего нового</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="199"/>
        <source>Attachments: %1 stored, %2 already here.</source>
        <translation>Вложения: сохранено %1, уже были здесь %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="206"/>
        <source>Changed on both sides: %n record(s). Both versions were kept and the case shows a conflict for you to resolve.</source>
        <translation>
            <numerusform>Изменено с обеих сторон: %n запись. Обе версии сохранены, и в деле показан конфликт, который Вам нужно разрешить.</numerusform>
            <numerusform>Изменено с обеих сторон: %n записи. Обе версии сохранены, и в деле показан конфликт, который Вам нужно разрешить.</numerusform>
            <numerusform>Изменено с обеих сторон: %n записей. Обе версии сохранены, и в деле показан конфликт, который Вам нужно разрешить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="216"/>
        <source>Proposed changes: %n record(s) were changed by a vault that did not create them. They were kept but not applied; the case shows them for a person to accept or decline.</source>
        <translation>
            <numerusform>Предложенные изменения: %n запись изменена хранилищем, которое её не создавало. Изменения сохранены, но не применены; дело показывает их, чтобы человек принял или отклонил их.</numerusform>
            <numerusform>Предложенные изменения: %n записи изменены хранилищем, которое их не создавало. Изменения сохранены, но не применены; дело показывает их, чтобы человек принял или отклонил их.</numerusform>
            <numerusform>Предложенные изменения: %n записей изменено хранилищем, которое их не создавало. Изменения сохранены, но не применены; дело показывает их, чтобы человек принял или отклонил их.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyLockDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="21"/>
        <source>Quit Amanat?</source>
        <translation>Закрыть Amanat?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="21"/>
        <source>Lock the vault?</source>
        <translation>Заблокировать хранилище?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="28"/>
        <source>An attachment is still being added to a case. Wait for it, and the vault locks by itself as soon as the file is saved; or lock now, and the file being written is NOT saved (add it again after unlocking).</source>
        <translation>В дело ещё добавляется вложение. Дождитесь окончания, и хранилище заблокируется само, как только файл будет сохранён; или заблокируйте сейчас, и записываемый файл НЕ будет сохранён (добавьте его снова после разблокировки).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="38"/>
        <source>Wait for it, then quit</source>
        <translation>Дождаться и выйти</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="38"/>
        <source>Wait for it, then lock</source>
        <translation>Дождаться и заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="44"/>
        <source>Quit anyway</source>
        <translation>Всё равно выйти</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="44"/>
        <source>Lock anyway</source>
        <translation>Всё равно заблокировать</translation>
    </message>
</context>
<context>
    <name>CardTextDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="127"/>
        <source>Your identity card</source>
        <translation>Ваша карточка личности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="129"/>
        <source>Your identity card as text</source>
        <translation>Ваша карточка личности в виде текста</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="133"/>
        <source>Paste this into a message to a colleague. It holds your display name and public keys, nothing secret. They still have to compare your safety number with you before they trust it.</source>
        <translation>Вставьте это в сообщение коллеге. Здесь Ваше отображаемое имя и открытые ключи, ничего секретного. Прежде чем доверять карточке, коллега всё равно должен сверить с Вами код безопасности.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="139"/>
        <source>Identity card text</source>
        <translation>Текст карточки личности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="148"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="148"/>
        <source>Copy the card</source>
        <translation>Скопировать карточку</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="157"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="28"/>
        <source>Correct the case</source>
        <translation>Исправить дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="41"/>
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="42"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="43"/>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="44"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="45"/>
        <source>Our reference</source>
        <translation>Наш номер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="46"/>
        <source>&amp;Reference:</source>
        <translation>Но&amp;мер:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="47"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="49"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Сводка:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="55"/>
        <source>the title is empty.</source>
        <translation>название не заполнено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="68"/>
        <source>the title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="69"/>
        <source>the assignee</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="70"/>
        <source>our reference</source>
        <translation>наш номер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="71"/>
        <source>the summary</source>
        <translation>сводка</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="113"/>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="114"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="117"/>
        <source>Filter by facility</source>
        <translation>Фильтр по учреждению</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="118"/>
        <source>Any facility</source>
        <translation>Любое учреждение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="119"/>
        <source>Filter by hometown</source>
        <translation>Фильтр по родному городу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="120"/>
        <source>Any hometown</source>
        <translation>Любой родной город</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="121"/>
        <source>Filter by assignee</source>
        <translation>Фильтр по ответственному</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="122"/>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="123"/>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="129"/>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="139"/>
        <source>Events from</source>
        <translation>События с</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="130"/>
        <source>Events until</source>
        <translation>События по</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="132"/>
        <source>YYYY or YYYY-MM</source>
        <translation>ГГГГ или ГГГГ-ММ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="141"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="203"/>
        <source>Not a date: use YYYY or YYYY-MM</source>
        <translation>Это не дата: используйте ГГГГ или ГГГГ-ММ</translation>
    </message>
</context>
<context>
    <name>CaseFollowups</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="37"/>
        <source>Questions about this case</source>
        <translation>Вопросы по этому делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="40"/>
        <source>Ask the field a question</source>
        <translation>Задать вопрос полевому сотруднику</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="42"/>
        <source>What the question is about</source>
        <translation>О чём вопрос</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="44"/>
        <source>The question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="45"/>
        <source>For example: which camp in Ghulja?</source>
        <translation>Например: какой лагерь в Кульдже?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="49"/>
        <source>Ask</source>
        <translation>Спросить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="60"/>
        <source>The case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="61"/>
        <source>The person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="64"/>
        <source>Event %1: %2</source>
        <translation>Событие %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="66"/>
        <source>Testimony %1</source>
        <translation>Показание %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="96"/>
        <source>Question saved. It travels with the next bundle of this case.</source>
        <translation>Вопрос сохранён. Он будет отправлен со следующим пакетом этого дела.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="101"/>
        <source>(unknown person)</source>
        <translation>(неизвестное лицо)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="142"/>
        <source>Consent was withdrawn: check what may still be used.</source>
        <translation>Согласие было отозвано: проверьте, что ещё можно использовать.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="148"/>
        <source>Consent is missing: the speaker has not given informed, voluntary consent. This testimony must not be used or shared until consent is recorded.</source>
        <translation>Согласие отсутствует: рассказчик не дал информированного добровольного согласия. Это показание нельзя использовать или передавать, пока согласие не будет записано.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="157"/>
        <source>do not name the speaker</source>
        <translation>не называть имя рассказчика</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="160"/>
        <source>do not show the speaker&apos;s face</source>
        <translation>не показывать лицо рассказчика</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="164"/>
        <source>do not use the speaker&apos;s voice</source>
        <translation>не использовать голос рассказчика</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="168"/>
        <source>internal use only</source>
        <translation>только для внутреннего использования</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="170"/>
        <source>no use is permitted</source>
        <translation>никакое использование не разрешено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="179"/>
        <source>not permitted: %1</source>
        <translation>не разрешено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="186"/>
        <source>Consent is restricted: %1.</source>
        <translation>Согласие ограничено: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="196"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="198"/>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="200"/>
        <source>Restricted</source>
        <translation>Ограничено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="201"/>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="540"/>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation>Выберите дело в списке или создайте новое сочетанием Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="561"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="562"/>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="568"/>
        <source>Correct the case...</source>
        <translation>Исправить дело...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="570"/>
        <source>Correct the case&apos;s title and fields</source>
        <translation>Исправить название и поля дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="574"/>
        <source>New testimony</source>
        <translation>Новое показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="578"/>
        <source>Seal bundle...</source>
        <translation>Запечатать пакет...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="578"/>
        <source>Seal this case</source>
        <translation>Запечатать это дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="580"/>
        <source>Seal this case into a bundle for a contact (Ctrl+E)</source>
        <translation>Запечатать это дело в пакет для контакта (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="583"/>
        <source>Dossier...</source>
        <translation>Досье...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="583"/>
        <source>Make a dossier (PDF) of this case</source>
        <translation>Составить досье (PDF) по этому делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="589"/>
        <source>Loading the case</source>
        <translation>Загрузка дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="604"/>
        <source>&amp;Person</source>
        <translation>&amp;Лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="605"/>
        <source>&amp;Events</source>
        <translation>&amp;События</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="606"/>
        <source>&amp;Testimonies</source>
        <translation>&amp;Показания</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="607"/>
        <source>&amp;Attachments</source>
        <translation>&amp;Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="608"/>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="609"/>
        <source>Re&amp;view</source>
        <translation>П&amp;роверка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="611"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Уточнения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="613"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="614"/>
        <source>C&amp;ustody log</source>
        <translation>&amp;Журнал хранения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="624"/>
        <source>Add an event...</source>
        <translation>Добавить событие...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="624"/>
        <source>Add an event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="627"/>
        <source>Correct...</source>
        <translation>Исправить...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="627"/>
        <source>Correct the chosen event</source>
        <translation>Исправить выбранное событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="630"/>
        <source>Remove...</source>
        <translation>Удалить...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="630"/>
        <source>Remove the chosen event</source>
        <translation>Удалить выбранное событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="642"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="643"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="695"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="646"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="649"/>
        <source>Stated reason</source>
        <translation>Названная причина</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="650"/>
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="651"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="655"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="658"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="692"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="661"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="700"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="664"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="667"/>
        <source>Record id</source>
        <translation>ID записи</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="670"/>
        <source>Revision</source>
        <translation>Ревизия</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="672"/>
        <source>Author key</source>
        <translation>Ключ автора</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="676"/>
        <source>Current</source>
        <translation>Текущая</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="677"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="677"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="681"/>
        <source>Came from</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="682"/>
        <source>a bundle</source>
        <translation>пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="682"/>
        <source>this vault</source>
        <translation>это хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="688"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="703"/>
        <source>With</source>
        <translation>С кем</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="704"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="707"/>
        <source>Entry hash</source>
        <translation>Хеш записи</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="714"/>
        <source>Custody log</source>
        <translation>Журнал хранения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="721"/>
        <source>Every action on this case, in order. Each entry carries the fingerprint of the one before, so the log cannot be altered unnoticed.</source>
        <translation>Все действия с этим делом по порядку. Каждая запись содержит отпечаток предыдущей, поэтому журнал нельзя незаметно изменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="751"/>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="757"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="759"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="810"/>
        <source>also recorded as %1</source>
        <translation>также записан как %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="815"/>
        <source>Ref. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="817"/>
        <source>Assigned to %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="825"/>
        <source>an unknown vault</source>
        <translation>неизвестное хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="838"/>
        <source>Changes by %1 to records of this case were kept but not applied: they wait for your decision. Compare and decide in Review &gt; Conflicts (Ctrl+5).</source>
        <translation>Изменения, внесённые %1 в записи этого дела, сохранены, но не применены: они ждут Вашего решения. Сравните и решите в разделе Проверка &gt; Конфликты (Ctrl+5).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="849"/>
        <source>Some records of this case were changed in two places and both versions were kept. Compare and resolve them in Review &gt; Conflicts (Ctrl+5).</source>
        <translation>Некоторые записи этого дела были изменены в двух местах, и обе версии сохранены. Сравните их и разрешите конфликт в разделе Проверка &gt; Конфликты (Ctrl+5).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="868"/>
        <source>&amp;Testimonies (%1)</source>
        <translation>&amp;Показания (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="871"/>
        <source>&amp;Attachments (%1)</source>
        <translation>&amp;Вложения (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="933"/>
        <source>Choose an event in the list first.</source>
        <translation>Сначала выберите событие в списке.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="946"/>
        <source>Remove this event?</source>
        <translation>Удалить это событие?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="948"/>
        <source>The event leaves the case. Nothing is lost: its versions stay in the case&apos;s history, and the custody log records the removal.</source>
        <translation>Событие будет убрано из дела. Ничего не теряется: его версии остаются в истории дела, а журнал хранения фиксирует удаление.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="951"/>
        <source>Remove the event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="78"/>
        <source>about %1</source>
        <translation>около %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="90"/>
        <source>aged %1-%2 in %3</source>
        <translation>в возрасте %1–%2 лет в %3</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="95"/>
        <source>aged %1-%2</source>
        <translation>в возрасте %1–%2 лет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="128"/>
        <source>%1 (changes to review)</source>
        <translation>%1 (есть изменения для проверки)</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="70"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="74"/>
        <source>Person of concern</source>
        <translation>Лицо по делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="79"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="83"/>
        <source>Hometown</source>
        <translation>Родной город</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="86"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="92"/>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="97"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="235"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="247"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="264"/>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation>Выберите дело в списке или создайте новое сочетанием Ctrl+N.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="349"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="98"/>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="100"/>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="114"/>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="103"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="104"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="106"/>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="107"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="108"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="110"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="120"/>
        <source>Please type your current passphrase.</source>
        <translation>Пожалуйста, введите текущую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="125"/>
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation>Эту парольную фразу слишком легко угадать. Используйте больше слов или символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="129"/>
        <source>The two passphrases differ.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="165"/>
        <source>Resolve a conflict</source>
        <translation>Разрешить конфликт</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="180"/>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="183"/>
        <source>The result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="197"/>
        <source>a person</source>
        <translation>лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="198"/>
        <source>a case</source>
        <translation>дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="199"/>
        <source>an event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="200"/>
        <source>a testimony</source>
        <translation>показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="201"/>
        <source>a record</source>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="202"/>
        <source>no case</source>
        <translation>без дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="203"/>
        <source>Two versions of %1 in the case %2</source>
        <translation>Две версии (%1) в деле %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="146"/>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="206"/>
        <source>an unknown vault</source>
        <translation>неизвестное хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="45"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="46"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="47"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="48"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="49"/>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="50"/>
        <source>Home town</source>
        <translation>Родной город</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="51"/>
        <source>Identity documents</source>
        <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="52"/>
        <source>Contact details</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="53"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="54"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="55"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="56"/>
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="57"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="58"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="59"/>
        <source>Other people in the case</source>
        <translation>Другие люди по делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="60"/>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="61"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="62"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="63"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="64"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="65"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="66"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="67"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="68"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="69"/>
        <source>Reason given</source>
        <translation>Названная причина</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="70"/>
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="71"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="72"/>
        <source>Reported in testimonies</source>
        <translation>Упоминается в показаниях</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="73"/>
        <source>Speaker</source>
        <translation>Рассказчик</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="74"/>
        <source>Relation to the person</source>
        <translation>Отношение к лицу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="75"/>
        <source>Interviewers</source>
        <translation>Интервьюеры</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="76"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="77"/>
        <source>How the interview was held</source>
        <translation>Как проводилось интервью</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="78"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="79"/>
        <source>Account</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="80"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="81"/>
        <source>Corrects</source>
        <translation>Исправляет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="82"/>
        <source>Seal</source>
        <translation>Запечатывание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="83"/>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="84"/>
        <source>Other person</source>
        <translation>Другое лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="85"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="102"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="105"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="107"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="137"/>
        <source>nothing given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="150"/>
        <source>Mine: the version shown here (by %1, %2)</source>
        <translation>Моя версия, показанная здесь (автор %1, %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="156"/>
        <source>Theirs: by %1, %2</source>
        <translation>Их версия: автор %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="210"/>
        <source>%1 proposes a change to the version shown here. Keep theirs, keep yours, or take each field from either.</source>
        <translation>%1 предлагает изменение к показанной здесь версии. Оставьте их версию, свою или возьмите каждое поле из любой из них.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="218"/>
        <source>This record was edited here and by %1 since their common version. Marked fields are the ones each side changed. Choose, field by field, which to keep.</source>
        <translation>Эта запись после общей версии была изменена и здесь, и %1. Отмеченные поля — те, что изменила каждая сторона. Выберите поле за полем, что оставить.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="226"/>
        <source>More versions came in: this view compares with the first; resolving ends them all.</source>
        <translation>Пришли ещё версии: здесь сравнение с первой; разрешение закрывает их все.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="236"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="251"/>
        <source>Both versions say the same.</source>
        <translation>Обе версии совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="254"/>
        <source>%1 other fields are the same in both.</source>
        <translation>Остальные поля (%1) совпадают в обеих.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="277"/>
        <source>%1 (changed)</source>
        <translation>%1 (изменено)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="281"/>
        <source>%1: keep %2</source>
        <translation>%1: оставить %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="282"/>
        <source>mine</source>
        <translation>мою версию</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="282"/>
        <source>theirs</source>
        <translation>их версию</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="300"/>
        <source>Keep all of mine</source>
        <translation>Оставить всё моё</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="301"/>
        <source>Keep all of theirs</source>
        <translation>Оставить всё их</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="311"/>
        <source>Resolve</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="312"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="30"/>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="81"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="31"/>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="80"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="32"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="33"/>
        <source>Testimony</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="34"/>
        <source>Relation</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="35"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="36"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="42"/>
        <source>Proposed change</source>
        <translation>Предложенное изменение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="43"/>
        <source>Edited on both sides</source>
        <translation>Изменено с обеих сторон</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="48"/>
        <source>an unknown vault</source>
        <translation>неизвестное хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="82"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="83"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="84"/>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="85"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="90"/>
        <source>Records waiting for a decision</source>
        <translation>Записи, ожидающие решения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="95"/>
        <source>Compare and resolve...</source>
        <translation>Сравнить и разрешить...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="96"/>
        <source>Open the case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="106"/>
        <source>A record edited here and elsewhere keeps both versions until you choose. Resolving writes one version that both sides accept, so the conflict does not come back.</source>
        <translation>Запись, изменённая здесь и в другом месте, хранит обе версии, пока Вы не выберете. Разрешение записывает одну версию, которую принимают обе стороны, поэтому конфликт не возвращается.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="142"/>
        <source>%1 records are waiting for a decision.</source>
        <translation>Записей, ожидающих решения: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="144"/>
        <source>One record is waiting for a decision.</source>
        <translation>Одна запись ожидает решения.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="146"/>
        <source>No record is waiting for a decision.</source>
        <translation>Нет записей, ожидающих решения.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="173"/>
        <source>Conflict resolved.</source>
        <translation>Конфликт разрешён.</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="931"/>
        <source>&amp;Contacts</source>
        <translation>Контакт&amp;ы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="932"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="982"/>
        <source>&amp;Quarantine</source>
        <translation>&amp;Карантин</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="933"/>
        <source>My &amp;identity</source>
        <translation>Мой &amp;профиль</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="980"/>
        <source>&amp;Quarantine (%1)</source>
        <translation>&amp;Карантин (%1)</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="432"/>
        <source>The people you exchange sealed bundles with. A contact added from a card is not verified: compare safety numbers with them before you seal to them or accept their bundles.</source>
        <translation>Люди, с которыми Вы обмениваетесь запечатанными пакетами. Контакт, добавленный из карточки, не подтверждён: сверьте с ним коды безопасности, прежде чем запечатывать для него пакеты или принимать его пакеты.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="442"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="445"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="491"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="448"/>
        <source>Safety number</source>
        <translation>Код безопасности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="453"/>
        <source>Post-quantum</source>
        <translation>Постквантовое</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="454"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="454"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="456"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="462"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="470"/>
        <source>Add from card file...</source>
        <translation>Добавить из файла карточки...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="472"/>
        <source>Add a contact from a card file</source>
        <translation>Добавить контакт из файла карточки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="476"/>
        <source>Paste card text...</source>
        <translation>Вставить текст карточки...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="478"/>
        <source>Add a contact from pasted card text</source>
        <translation>Добавить контакт из вставленного текста карточки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="481"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="543"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="554"/>
        <source>Verify...</source>
        <translation>Подтвердить...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="481"/>
        <source>Verify the chosen contact</source>
        <translation>Подтвердить выбранный контакт</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="488"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="538"/>
        <source>Chosen contact</source>
        <translation>Выбранный контакт</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="493"/>
        <source>Contact&apos;s safety number</source>
        <translation>Код безопасности контакта</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="495"/>
        <source>Key history</source>
        <translation>История ключей</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="535"/>
        <source>Choose a contact in the list.</source>
        <translation>Выберите контакт в списке.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="542"/>
        <source>Verified on %1.</source>
        <translation>Подтверждён %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="546"/>
        <source>Keys changed: nothing is sealed to this contact or accepted from them until you compare the new safety number and verify them again.</source>
        <translation>Ключи изменились: ничего не запечатывается для этого контакта и не принимается от него, пока Вы не сверите новый код безопасности и не подтвердите его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="549"/>
        <source>Verify again...</source>
        <translation>Подтвердить снова...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="552"/>
        <source>Not verified: compare this safety number with them before you exchange bundles.</source>
        <translation>Не подтверждён: сверьте с ним этот код безопасности, прежде чем обмениваться пакетами.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="579"/>
        <source>Add a contact from a card</source>
        <translation>Добавить контакт из карточки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="613"/>
        <source>The card renames %1 to a name that looks like another contact&apos;s; the name is kept.</source>
        <translation>Карточка переименовывает %1 в имя, похожее на имя другого контакта; прежнее имя сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="624"/>
        <source>The keys of %1 changed. Nothing will be sealed to them or accepted from them until you compare the new safety number and verify them again.</source>
        <translation>Ключи %1 изменились. Ничего не будет запечатано для этого контакта или принято от него, пока Вы не сверите новый код безопасности и не подтвердите его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="631"/>
        <source>%1 is already a contact.</source>
        <translation>%1 уже есть среди контактов.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="637"/>
        <source>%1 was added, not verified yet. Compare the safety number with them, then press Verify.</source>
        <translation>%1 добавлен, но ещё не подтверждён. Сверьте с ним код безопасности, затем нажмите «Подтвердить».</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="670"/>
        <source>%1 is verified. You can now seal bundles to them and accept theirs.</source>
        <translation>%1 подтверждён. Теперь Вы можете запечатывать для него пакеты и принимать его пакеты.</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="105"/>
        <source>Create a demo vault</source>
        <translation>Создать демонстрационное хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="105"/>
        <source>Create a vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="110"/>
        <source>The demo vault is protected like a real one. Choose a passphrase you can remember for it.</source>
        <translation>Демонстрационное хранилище защищено так же, как настоящее. Выберите для него парольную фразу, которую Вы сможете запомнить.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="115"/>
        <source>Choose a long passphrase: several words that mean something only to you. Nobody, including the Amanat team, can recover it for you; the recovery code shown next is the only other key.</source>
        <translation>Выберите длинную парольную фразу: несколько слов, которые что-то значат только для Вас. Никто, включая команду Amanat, не сможет восстановить её за Вас; код восстановления, который будет показан далее, — единственный другой ключ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="124"/>
        <source>Vault name</source>
        <translation>Имя хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="125"/>
        <source>Demo vault</source>
        <translation>Демонстрационное хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="127"/>
        <source>For example: your first name or team</source>
        <translation>Например: Ваше имя или название команды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="128"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="130"/>
        <source>Shown to the contacts you send sealed bundles to.</source>
        <translation>Показывается контактам, которым Вы отправляете запечатанные пакеты.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="133"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="134"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="137"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="138"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="142"/>
        <source>Creating the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="147"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="151"/>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="176"/>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="191"/>
        <source>The two passphrases differ.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="182"/>
        <source>Please give the vault a name.</source>
        <translation>Пожалуйста, дайте хранилищу имя.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="185"/>
        <source>Please choose a passphrase.</source>
        <translation>Пожалуйста, выберите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="188"/>
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation>Эту парольную фразу слишком легко угадать. Используйте больше слов или символов.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="193"/>
        <source>Another vault created this record. Your correction shows here at once and reaches that vault as a proposal, which a person there accepts or declines.</source>
        <translation>Эту запись создало другое хранилище. Ваше исправление сразу появится здесь и попадёт в то хранилище как предложение, которое там примут или отклонят.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="211"/>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="215"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="215"/>
        <source>Save the correction</source>
        <translation>Сохранить исправление</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="283"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="286"/>
        <source>Please check: %1</source>
        <translation>Пожалуйста, проверьте: %1</translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="61"/>
        <source>Detect from the text</source>
        <translation>Определить по тексту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="101"/>
        <source>%1 is empty.</source>
        <translation>Поле «%1» не заполнено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="110"/>
        <source>%1: write a date as YYYY-MM-DD, YYYY-MM or YYYY (~ for about).</source>
        <translation>%1: укажите дату в виде ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ (~ — приблизительно).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="150"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="152"/>
        <source>Remove this row</source>
        <translation>Удалить эту строку</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="84"/>
        <source>An unexpected error occurred.</source>
        <translation>Произошла непредвиденная ошибка.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="85"/>
        <source>This passphrase does not open the vault. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Эта парольная фраза не открывает хранилище. Проверьте раскладку клавиатуры и Caps Lock, затем попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="90"/>
        <source>This recovery code does not open the vault. Check each word and try again.</source>
        <translation>Этот код восстановления не открывает хранилище. Проверьте каждое слово и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="93"/>
        <source>The vault is damaged or is not an Amanat vault.</source>
        <translation>Хранилище повреждено или не является хранилищем Amanat.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="96"/>
        <source>There is no vault in this folder.</source>
        <translation>В этой папке нет хранилища.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="99"/>
        <source>A vault with this name already exists.</source>
        <translation>Хранилище с таким именем уже существует.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="102"/>
        <source>The vault is open in another Amanat window or process. Close it there first.</source>
        <translation>Хранилище открыто в другом окне или процессе Amanat. Сначала закройте его там.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="105"/>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="107"/>
        <source>The vault&apos;s database is older than its key file: it was restored from an older copy, or someone rolled it back. Changes made since (a withdrawn consent, an import) may be undone.</source>
        <translation>База данных хранилища старше его файла ключей: её восстановили из более старой копии или кто-то откатил её назад. Изменения, сделанные с тех пор (отозванное согласие, импорт), могут быть потеряны.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="113"/>
        <source>The vault is busy with other work. Try again when it has finished.</source>
        <translation>Хранилище занято другой работой. Попробуйте снова, когда она завершится.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="116"/>
        <source>The vault&apos;s key file asks for unsafe settings and was refused. It may have been tampered with.</source>
        <translation>Файл ключа хранилища запрашивает небезопасные настройки и был отклонён. Возможно, он был подделан.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="121"/>
        <source>This vault was written by a newer version of Amanat. Please update Amanat.</source>
        <translation>Это хранилище записано более новой версией Amanat. Пожалуйста, обновите Amanat.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="124"/>
        <source>The passphrase must not be empty.</source>
        <translation>Парольная фраза не должна быть пустой.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="127"/>
        <source>The two passphrases differ.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="130"/>
        <source>The keys were destroyed, but some files could not be removed.</source>
        <translation>Ключи уничтожены, но некоторые файлы удалить не удалось.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="133"/>
        <source>Some of the information is not valid. Please check the form.</source>
        <translation>Некоторые данные недействительны. Пожалуйста, проверьте форму.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="136"/>
        <source>This value is not allowed for this setting. Nothing was changed.</source>
        <translation>Это значение недопустимо для данной настройки. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="139"/>
        <source>This setting does not exist in this version of Amanat.</source>
        <translation>Такой настройки нет в этой версии Amanat.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="142"/>
        <source>This record no longer exists.</source>
        <translation>Эта запись больше не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="143"/>
        <source>This record is sealed and cannot be changed. Record a correction instead.</source>
        <translation>Эта запись запечатана и не может быть изменена. Вместо этого запишите исправление.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="146"/>
        <source>An integrity check failed: the stored data does not match its fingerprint.</source>
        <translation>Проверка целостности не пройдена: сохранённые данные не совпадают со своим отпечатком.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="149"/>
        <source>A cryptographic check failed.</source>
        <translation>Криптографическая проверка не пройдена.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="150"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="151"/>
        <source>This change is not allowed.</source>
        <translation>Это изменение не допускается.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="152"/>
        <source>Only the vault that created this record may do this.</source>
        <translation>Это может сделать только хранилище, создавшее запись.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="155"/>
        <source>That version is no longer waiting for a decision.</source>
        <translation>Эта версия больше не ожидает решения.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="158"/>
        <source>That version was sealed by someone other than the testimony&apos;s interviewer. It cannot be accepted.</source>
        <translation>Эту версию запечатал не интервьюер этого показания. Её нельзя принять.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="163"/>
        <source>The disk is full. Nothing was changed.</source>
        <translation>Диск заполнен. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="166"/>
        <source>These cases have no follow-up questions or answers to send.</source>
        <translation>В этих делах нет уточняющих вопросов или ответов для отправки.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="169"/>
        <source>A question can be asked about a case, its person, an event or a testimony.</source>
        <translation>Вопрос можно задать о деле, его лице, событии или показании.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="172"/>
        <source>This record is no longer waiting for a decision.</source>
        <translation>Эта запись больше не ожидает решения.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="175"/>
        <source>This record has several incoming versions. Choose field by field.</source>
        <translation>У этой записи несколько входящих версий. Выберите поле за полем.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="178"/>
        <source>The file could not be read or written.</source>
        <translation>Не удалось прочитать или записать файл.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="184"/>
        <source>These persons cannot be merged or separated.</source>
        <translation>Эти лица нельзя объединить или разделить.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="187"/>
        <source>These are already one person. Nothing was merged.</source>
        <translation>Это уже одно лицо. Ничего не объединено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="190"/>
        <source>A person cannot be marked as not the same as itself.</source>
        <translation>Лицо нельзя отметить как не совпадающее с самим собой.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="193"/>
        <source>These persons were marked as not the same person, so they cannot be merged.</source>
        <translation>Эти лица отмечены как разные, поэтому их нельзя объединить.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="197"/>
        <source>This merge was undone already.</source>
        <translation>Это объединение уже отменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="200"/>
        <source>These are one merged person. Unmerge them first.</source>
        <translation>Это одно объединённое лицо. Сначала разъедините их.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="210"/>
        <source>The contact could not be changed.</source>
        <translation>Не удалось изменить контакт.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="213"/>
        <source>This file is not an Amanat identity card, or it is damaged.</source>
        <translation>Этот файл не является карточкой личности Amanat или повреждён.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="216"/>
        <source>This identity card was made by a newer version of Amanat. Please update.</source>
        <translation>Эта карточка личности создана более новой версией Amanat. Пожалуйста, обновите программу.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="219"/>
        <source>The identity card does not verify: it was altered or damaged. Ask for it again.</source>
        <translation>Карточка личности не проходит проверку: она изменена или повреждена. Попросите прислать её снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="223"/>
        <source>The identity card&apos;s new encryption keys are not signed by its own key. It was not accepted.</source>
        <translation>Новые ключи шифрования в карточке личности не подписаны её собственным ключом. Карточка не принята.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="228"/>
        <source>This is your own identity card.</source>
        <translation>Это Ваша собственная карточка личности.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="231"/>
        <source>Several contacts have this name.</source>
        <translation>Это имя носят несколько контактов.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="234"/>
        <source>The digits you typed are NOT this contact&apos;s safety number. Do not verify it: someone may be impersonating them.</source>
        <translation>Введённые Вами цифры НЕ являются кодом безопасности этого контакта. Не подтверждайте его: возможно, кто-то выдаёт себя за него.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="239"/>
        <source>The name on this card holds invisible characters or characters that change how text is shown (such as right-to-left overrides or zero-width spaces). It was refused: a name must look like what it is.</source>
        <translation>Имя в этой карточке содержит невидимые символы или символы, меняющие отображение текста (например, переключение направления письма справа налево или пробелы нулевой ширины). Карточка отклонена: имя должно выглядеть тем, чем оно является.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="245"/>
        <source>An evidentiary original is never removed; only a working copy can be.</source>
        <translation>Доказательный оригинал никогда не удаляется; удалить можно только рабочую копию.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="248"/>
        <source>The text holds control characters (such as terminal escape sequences). It was refused; nothing was changed.</source>
        <translation>Текст содержит управляющие символы (например, escape-последовательности терминала). Он отклонён; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="253"/>
        <source>A recipient has no post-quantum key: the bundle would be protected by X25519 only, for everyone. Choose X25519 only explicitly, or seal to them separately.</source>
        <translation>У одного из получателей нет постквантового ключа: пакет был бы защищён только X25519 для всех. Явно выберите «только X25519» или запечатайте для него отдельно.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="258"/>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="451"/>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Файл с таким именем уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="261"/>
        <source>The bundle could not be opened. Your vault was not changed.</source>
        <translation>Не удалось открыть пакет. Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="264"/>
        <source>This file is not a sealed bundle. Your vault was not changed.</source>
        <translation>Этот файл не является запечатанным пакетом. Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="267"/>
        <source>The bundle is damaged or was altered after it was sealed. Nothing was imported; your vault was not changed. Ask the sender to send it again.</source>
        <translation>Пакет повреждён или был изменён после запечатывания. Ничего не импортировано; Ваше хранилище не изменено. Попросите отправителя прислать его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="272"/>
        <source>This file is encrypted with a passphrase, not sealed to contacts. It was refused; your vault was not changed.</source>
        <translation>Этот файл зашифрован парольной фразой, а не запечатан для контактов. Он отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="277"/>
        <source>This file mixes kinds of keys that sealed bundles never use. It was refused; your vault was not changed.</source>
        <translation>В этом файле смешаны типы ключей, которые в запечатанных пакетах не используются. Он отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="282"/>
        <source>No key this vault holds now opens this bundle: it was sealed to keys destroyed after a rotation, or to another vault. Ask the sender to seal it again.</source>
        <translation>Ни один ключ этого хранилища сейчас не открывает этот пакет: он запечатан для ключей, уничтоженных после смены ключей, или для другого хранилища. Попросите отправителя запечатать его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="288"/>
        <source>This bundle was not sealed to this vault, so it cannot be opened here. Your vault was not changed.</source>
        <translation>Этот пакет запечатан не для этого хранилища, поэтому его нельзя открыть здесь. Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="293"/>
        <source>The file opens, but it is not an Amanat bundle. Your vault was not changed.</source>
        <translation>Файл открывается, но это не пакет Amanat. Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="296"/>
        <source>This bundle was made by a newer version of Amanat. Please update Amanat; your vault was not changed.</source>
        <translation>Этот пакет создан более новой версией Amanat. Пожалуйста, обновите Amanat; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="301"/>
        <source>The bundle exceeds a size limit and was refused. Your vault was not changed.</source>
        <translation>Пакет превышает ограничение размера и отклонён. Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="304"/>
        <source>The bundle is malformed and was refused. Your vault was not changed.</source>
        <translation>Пакет имеет неверную структуру и отклонён. Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="307"/>
        <source>The bundle ends too early: it was cut short in transit. Your vault was not changed. Ask the sender to send it again.</source>
        <translation>Пакет обрывается: он был обрезан при передаче. Ваше хранилище не изменено. Попросите отправителя прислать его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="312"/>
        <source>The sender&apos;s identity card inside the bundle is invalid. It was refused; your vault was not changed.</source>
        <translation>Карточка личности отправителя внутри пакета недействительна. Пакет отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="317"/>
        <source>The sender did not seal this bundle for you: someone re-encrypted it to you. It was refused; your vault was not changed.</source>
        <translation>Отправитель запечатал этот пакет не для Вас: кто-то перешифровал его для Вас. Пакет отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="322"/>
        <source>The bundle&apos;s recipients differ from those the sender signed. It was refused; your vault was not changed.</source>
        <translation>Получатели пакета отличаются от тех, которых подписал отправитель. Пакет отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="327"/>
        <source>This bundle was already imported. Nothing changed.</source>
        <translation>Этот пакет уже был импортирован. Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="330"/>
        <source>This bundle is older than one already imported from the same sender. It was refused; your vault was not changed.</source>
        <translation>Этот пакет старше уже импортированного пакета от того же отправителя. Он отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="335"/>
        <source>The bundle&apos;s contents do not match what the sender listed: it was altered. It was refused; your vault was not changed.</source>
        <translation>Содержимое пакета не совпадает с перечнем отправителя: пакет изменён. Он отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="340"/>
        <source>A part of the bundle does not match its recorded fingerprint: it was altered. It was refused; your vault was not changed.</source>
        <translation>Часть пакета не совпадает со своим записанным отпечатком: она изменена. Пакет отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="345"/>
        <source>A record in the bundle is invalid. The bundle was refused; your vault was not changed.</source>
        <translation>Запись в пакете недействительна. Пакет отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="350"/>
        <source>A change in the bundle is not signed by the person it names as its author: it was altered or written under someone else&apos;s name. The bundle was refused; your vault was not changed.</source>
        <translation>Изменение в пакете не подписано человеком, указанным как его автор: оно изменено или записано под чужим именем. Пакет отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="356"/>
        <source>The quarantine is full. Discard bundles waiting there, or verify their senders and import them, then open this bundle again. It was left where it is; nothing changed.</source>
        <translation>Карантин заполнен. Удалите ожидающие там пакеты или подтвердите их отправителей и импортируйте пакеты, затем откройте этот пакет снова. Он оставлен на месте; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="362"/>
        <source>A file with that name already exists there. Nothing was written: choose another name, or confirm that you want to replace it.</source>
        <translation>Там уже есть файл с таким именем. Ничего не записано: выберите другое имя или подтвердите, что хотите заменить его.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="367"/>
        <source>That folder is a temporary folder, which other programs read and clean up. Nothing was written: choose a folder of your own.</source>
        <translation>Эта папка временная: другие программы читают и очищают её. Ничего не записано: выберите свою папку.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="372"/>
        <source>The passphrase is too short: use at least 12 characters, best several words.</source>
        <translation>Парольная фраза слишком короткая: используйте не менее 12 символов, лучше несколько слов.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="376"/>
        <source>These key settings are too weak for a new passphrase. Nothing was changed.</source>
        <translation>Эти параметры ключа слишком слабы для новой парольной фразы. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="380"/>
        <source>A change received from another vault does not carry a valid signature of its author, so it cannot be passed on. Nothing was sealed.</source>
        <translation>Изменение, полученное из другого хранилища, не несёт действительной подписи автора, поэтому его нельзя передать дальше. Ничего не запечатано.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="385"/>
        <source>A change in the bundle names an author who is not one of your contacts. The bundle was refused; your vault was not changed.</source>
        <translation>Изменение в пакете указывает автора, который не входит в Ваши контакты. Пакет отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="390"/>
        <source>An unsigned change in the bundle names someone other than the sender as its author, which cannot be proven. The bundle was refused; your vault was not changed.</source>
        <translation>Неподписанное изменение в пакете указывает автором не отправителя, а другого человека, что невозможно доказать. Пакет отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="396"/>
        <source>A record in the bundle has a field this version of Amanat does not know. The bundle was refused; your vault was not changed.</source>
        <translation>Запись в пакете содержит поле, неизвестное этой версии Amanat. Пакет отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="401"/>
        <source>The bundle refers to records that neither it nor this vault holds. It was refused; your vault was not changed.</source>
        <translation>Пакет ссылается на записи, которых нет ни в нём, ни в этом хранилище. Он отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="406"/>
        <source>The sender&apos;s signature does not verify: the bundle was altered or re-encrypted by someone else. It was refused; your vault was not changed.</source>
        <translation>Подпись отправителя не проходит проверку: пакет изменён или перешифрован кем-то другим. Он отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="411"/>
        <source>Extra data follows the sender&apos;s signature. The bundle was refused; your vault was not changed.</source>
        <translation>После подписи отправителя идут лишние данные. Пакет отклонён; Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="416"/>
        <source>The sender is not a verified contact, so nothing was imported. The bundle waits in Contacts &gt; Quarantine until you verify the sender.</source>
        <translation>Отправитель не является подтверждённым контактом, поэтому ничего не импортировано. Пакет ожидает в разделе «Контакты &gt; Карантин», пока Вы не подтвердите отправителя.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="421"/>
        <source>This bundle was sealed by this vault. Nothing was imported.</source>
        <translation>Этот пакет запечатан этим хранилищем. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="424"/>
        <source>Choose at least one verified contact.</source>
        <translation>Выберите хотя бы один подтверждённый контакт.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="427"/>
        <source>The same contact is chosen twice.</source>
        <translation>Один и тот же контакт выбран дважды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="430"/>
        <source>A chosen contact is not verified yet. Compare their safety number and verify them first.</source>
        <translation>Выбранный контакт ещё не подтверждён. Сначала сверьте его код безопасности и подтвердите его.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="435"/>
        <source>The keys of a chosen contact changed. Compare their new safety number and verify them again before sealing to them.</source>
        <translation>Ключи выбранного контакта изменились. Сверьте его новый код безопасности и подтвердите его снова, прежде чем запечатывать для него.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="440"/>
        <source>Choose the cases to seal.</source>
        <translation>Выберите дела для запечатывания.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="443"/>
        <source>Nothing is left to send: the chosen profile leaves out every chosen case (they are restricted). Choose the full profile or other cases.</source>
        <translation>Отправлять нечего: выбранный профиль исключает все выбранные дела (они с ограниченным доступом). Выберите полный профиль или другие дела.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="448"/>
        <source>Unknown redaction profile.</source>
        <translation>Неизвестный профиль скрытия данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="454"/>
        <source>The vault changed while sealing. Nothing was written; please try again.</source>
        <translation>Хранилище изменилось во время запечатывания. Ничего не записано; пожалуйста, попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="457"/>
        <source>An internal error stopped the bundle.</source>
        <translation>Внутренняя ошибка остановила создание пакета.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="467"/>
        <source>Waiting for the file to finish copying: it changed while it was read. It will be tried again; nothing was imported.</source>
        <translation>Ожидание окончания копирования файла: он изменился во время чтения. Попытка будет повторена; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="472"/>
        <source>Waiting for the file to finish copying: it is still empty. It will be tried again; nothing was imported.</source>
        <translation>Ожидание окончания копирования файла: он пока пуст. Попытка будет повторена; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="477"/>
        <source>The file could not be read (check its permissions, or that the drive is still there). Your vault was not changed.</source>
        <translation>Не удалось прочитать файл (проверьте права доступа или что диск всё ещё подключён). Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="482"/>
        <source>The inbox folder does not exist (or is not a folder). Choose another.</source>
        <translation>Папка входящих не существует (или это не папка). Выберите другую.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="590"/>
        <source>Check %1.</source>
        <translation>Проверьте: %1.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="47"/>
        <source>Correct the event</source>
        <translation>Исправить событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="49"/>
        <source>Add an event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="59"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="60"/>
        <source>Choose what happened</source>
        <translation>Выберите, что произошло</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="63"/>
        <source>E&amp;vent:</source>
        <translation>&amp;Событие:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="65"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="65"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="67"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="69"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="69"/>
        <source>Optional: when it ended</source>
        <translation>Необязательно: когда это закончилось</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="71"/>
        <source>&amp;Until:</source>
        <translation>Д&amp;о:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="72"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="73"/>
        <source>Type in any script and choose, e.g. a camp</source>
        <translation>Введите текст на любой письменности и выберите, например лагерь</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="74"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="75"/>
        <source>Stated reason</source>
        <translation>Названная причина</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="76"/>
        <source>Stated &amp;reason:</source>
        <translation>&amp;Названная причина:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="77"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="80"/>
        <source>Descr&amp;iption:</source>
        <translation>Оп&amp;исание:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="100"/>
        <source>what happened: choose the kind of event.</source>
        <translation>что произошло: выберите вид события.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="102"/>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="130"/>
        <source>the date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="103"/>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="131"/>
        <source>the end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="129"/>
        <source>the kind of event</source>
        <translation>вид события</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="132"/>
        <source>the place</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="133"/>
        <source>the stated reason</source>
        <translation>названная причина</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="134"/>
        <source>the description</source>
        <translation>описание</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="491"/>
        <source>person of concern</source>
        <translation>лицо по делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="492"/>
        <source>person</source>
        <translation>лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="493"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="494"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="495"/>
        <source>script</source>
        <translation>письменность</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="496"/>
        <source>identifier</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="497"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="498"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="499"/>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="500"/>
        <source>hometown</source>
        <translation>родной город</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="501"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="502"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="503"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="504"/>
        <source>summary</source>
        <translation>сводка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="505"/>
        <source>reference</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="506"/>
        <source>assignee</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="507"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="508"/>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="509"/>
        <source>stated reason</source>
        <translation>названная причина</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="510"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="511"/>
        <source>testimony</source>
        <translation>показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="512"/>
        <source>narrative</source>
        <translation>рассказ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="513"/>
        <source>speaker</source>
        <translation>рассказчик</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="514"/>
        <source>interviewer</source>
        <translation>интервьюер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="515"/>
        <source>interpreter</source>
        <translation>переводчик</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="516"/>
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="517"/>
        <source>permitted use</source>
        <translation>разрешённое использование</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="518"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="519"/>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="520"/>
        <source>ethnicity</source>
        <translation>национальность</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="524"/>
        <source>first</source>
        <translation>№ 1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="525"/>
        <source>second</source>
        <translation>№ 2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="526"/>
        <source>third</source>
        <translation>№ 3</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="527"/>
        <source>fourth</source>
        <translation>№ 4</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="528"/>
        <source>fifth</source>
        <translation>№ 5</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="548"/>
        <source>one of the fields</source>
        <translation>одно из полей</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="556"/>
        <source>the %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="561"/>
        <source>%1 number %2</source>
        <translation>%1 № %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="568"/>
        <source>the %1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="576"/>
        <source>%1&apos;s %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/file_dialogs.py" line="64"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/file_dialogs.py" line="79"/>
        <source>Save a decrypted copy</source>
        <translation>Сохранить расшифрованную копию</translation>
    </message>
</context>
<context>
    <name>FollowupsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="56"/>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="57"/>
        <source>Only open questions</source>
        <translation>Только открытые вопросы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="64"/>
        <source>Follow-up questions</source>
        <translation>Уточняющие вопросы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="74"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="81"/>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="82"/>
        <source>Your answer to the selected question</source>
        <translation>Ваш ответ на выбранный вопрос</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="87"/>
        <source>Answer with</source>
        <translation>Ответить с помощью</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="88"/>
        <source>A note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="89"/>
        <source>A note and the record as corrected now</source>
        <translation>Заметка и исправленная сейчас запись</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="90"/>
        <source>A note and a testimony of the case</source>
        <translation>Заметка и показание по делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="94"/>
        <source>Correct the record first (open the case), then answer: the answer links to the corrected version.</source>
        <translation>Сначала исправьте запись (откройте дело), затем ответьте: ответ ссылается на исправленную версию.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="100"/>
        <source>The testimony that answers it</source>
        <translation>Показание, которое на него отвечает</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="104"/>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="106"/>
        <source>Open the case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="115"/>
        <source>Questions travel with the next bundle of their case. An answer here goes back the same way, and the question is answered on both sides. To answer with a correction or a new testimony, make it in the case first, then answer here and link it.</source>
        <translation>Вопросы отправляются со следующим пакетом своего дела. Ответ отсюда возвращается тем же путём, и вопрос считается отвеченным на обеих сторонах. Чтобы ответить исправлением или новым показанием, сначала сделайте его в деле, затем ответьте здесь и свяжите его.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="151"/>
        <source>%1 questions, %2 open.</source>
        <translation>Вопросов: %1, открытых: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="153"/>
        <source>No follow-up questions.</source>
        <translation>Уточняющих вопросов нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="179"/>
        <source>Not answered yet.</source>
        <translation>Ответа пока нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="205"/>
        <source>Testimony %1: %2</source>
        <translation>Показание %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="254"/>
        <source>Answer saved. It travels with the next bundle of the case.</source>
        <translation>Ответ сохранён. Он будет отправлен со следующим пакетом дела.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="16"/>
        <source>The case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="17"/>
        <source>The person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="18"/>
        <source>An event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="19"/>
        <source>A testimony</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="22"/>
        <source>%1, field %2</source>
        <translation>%1, поле %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="30"/>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="32"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="37"/>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="53"/>
        <source>an unknown vault</source>
        <translation>неизвестное хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="40"/>
        <source>(answered by a correction)</source>
        <translation>(ответ дан исправлением)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="41"/>
        <source>(answered by a new testimony)</source>
        <translation>(ответ дан новым показанием)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="43"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="63"/>
        <source>About</source>
        <translation>К чему</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="64"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="65"/>
        <source>Asked by</source>
        <translation>Кто спросил</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="66"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="67"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="71"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="61"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="63"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="95"/>
        <source>Add grade</source>
        <translation>Добавить оценку</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="64"/>
        <source>Grading: %1</source>
        <translation>Оценка: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="68"/>
        <source>Judge the two apart. How reliable is the source: the person who gave this account, from what you know of them? How credible is the information itself: is it confirmed by other sources? A reliable source can pass on a rumour; an unknown one can be confirmed. A new grade never replaces an older one: both stay in the history.</source>
        <translation>Оценивайте их раздельно. Насколько надёжен источник — человек, давший эти сведения, исходя из того, что Вы о нём знаете? Насколько достоверна сама информация — подтверждается ли она другими источниками? Надёжный источник может передать слух; сведения неизвестного источника могут подтвердиться. Новая оценка никогда не заменяет прежнюю: обе остаются в истории.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="78"/>
        <source>Source reliability</source>
        <translation>Надёжность источника</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="81"/>
        <source>Information credibility</source>
        <translation>Достоверность информации</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="86"/>
        <source>Reason</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="88"/>
        <source>Why this grade: what you checked, against what.</source>
        <translation>Почему такая оценка: что Вы проверили и по чему.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="90"/>
        <source>&amp;Source reliability:</source>
        <translation>&amp;Надёжность источника:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="91"/>
        <source>&amp;Information credibility:</source>
        <translation>&amp;Достоверность информации:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="92"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="22"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="23"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="24"/>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="25"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="26"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="27"/>
        <source>Sensitivity</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="28"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="29"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="30"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="31"/>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="32"/>
        <source>Hometown</source>
        <translation>Родной город</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="33"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="34"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="35"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="36"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="37"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="38"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="39"/>
        <source>Stated reason</source>
        <translation>Названная причина</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="40"/>
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="41"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="42"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="43"/>
        <source>Testimony</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="44"/>
        <source>Narrative</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="45"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="46"/>
        <source>Relation</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="47"/>
        <source>Mode</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="48"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="49"/>
        <source>Seal</source>
        <translation>Запечатывание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="50"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="51"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="58"/>
        <source>Name added: %1</source>
        <translation>Добавлено имя: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="59"/>
        <source>Name removed: %1</source>
        <translation>Удалено имя: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="62"/>
        <source>Identifier added: %1</source>
        <translation>Добавлен идентификатор: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="63"/>
        <source>Identifier removed: %1</source>
        <translation>Удалён идентификатор: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="66"/>
        <source>Status added: %1</source>
        <translation>Добавлен статус: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="67"/>
        <source>Status removed: %1</source>
        <translation>Удалён статус: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="70"/>
        <source>Contact added: %1</source>
        <translation>Добавлен контакт: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="71"/>
        <source>Contact removed: %1</source>
        <translation>Удалён контакт: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="74"/>
        <source>Person linked: %1</source>
        <translation>Связано лицо: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="75"/>
        <source>Person unlinked: %1</source>
        <translation>Отвязано лицо: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="78"/>
        <source>Source testimony added</source>
        <translation>Добавлено исходное показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="79"/>
        <source>Source testimony removed</source>
        <translation>Удалено исходное показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="82"/>
        <source>Interviewer added</source>
        <translation>Добавлен интервьюер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="83"/>
        <source>Interviewer removed</source>
        <translation>Удалён интервьюер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="100"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="110"/>
        <source>%1 since %2</source>
        <translation>%1 с %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="135"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="138"/>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="147"/>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="152"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="141"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="143"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="158"/>
        <source>Removed (kept in the history)</source>
        <translation>Удалено (сохранено в истории)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="160"/>
        <source>Sealed</source>
        <translation>Запечатано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="166"/>
        <source>%1 added: %2</source>
        <translation>%1 добавлено: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="172"/>
        <source>%1 removed: %2</source>
        <translation>%1 удалено: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="190"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="202"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="206"/>
        <source>Merged, no change</source>
        <translation>Объединено, без изменений</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="208"/>
        <source>No change</source>
        <translation>Без изменений</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="312"/>
        <source>Colleagues add you as a contact from your identity card, then compare your safety number with you: read it aloud to them in person, or in a call where they know your voice.</source>
        <translation>Коллеги добавляют Вас в контакты по Вашей карточке личности, а затем сверяют с Вами код безопасности: прочитайте его вслух лично или во время звонка, где они узнают Ваш голос.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="320"/>
        <source>Your display name</source>
        <translation>Ваше отображаемое имя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="321"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="322"/>
        <source>Post-quantum keys</source>
        <translation>Постквантовые ключи</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="323"/>
        <source>Display name:</source>
        <translation>Отображаемое имя:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="324"/>
        <source>Created:</source>
        <translation>Создано:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="325"/>
        <source>Post-quantum:</source>
        <translation>Постквантовое:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="327"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="328"/>
        <source>Your safety number</source>
        <translation>Ваш код безопасности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="332"/>
        <source>Export card to a file...</source>
        <translation>Экспортировать карточку в файл...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="334"/>
        <source>Export your identity card to a file</source>
        <translation>Экспортировать карточку личности в файл</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="338"/>
        <source>Show card as text...</source>
        <translation>Показать карточку как текст...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="340"/>
        <source>Show your identity card as text</source>
        <translation>Показать карточку личности как текст</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="347"/>
        <source>Emergency</source>
        <translation>Аварийный доступ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="351"/>
        <source>If Amanat cannot be run, the standard age tool opens bundles sealed to you with your secret key. Export it only when you need it.</source>
        <translation>Если Amanat невозможно запустить, стандартная утилита age откроет запечатанные для Вас пакеты с помощью Вашего секретного ключа. Экспортируйте его только при необходимости.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="358"/>
        <source>Export emergency key...</source>
        <translation>Экспортировать аварийный ключ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="360"/>
        <source>Export the emergency secret key</source>
        <translation>Экспортировать аварийный секретный ключ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="378"/>
        <source>Yes (ML-KEM-768 + X25519)</source>
        <translation>Да (ML-KEM-768 + X25519)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="378"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="384"/>
        <source>Save your identity card</source>
        <translation>Сохранить карточку личности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="391"/>
        <source>Your identity card was saved. Send it to your colleague by any channel.</source>
        <translation>Ваша карточка личности сохранена. Отправьте её коллеге по любому каналу.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="406"/>
        <source>Save the emergency key</source>
        <translation>Сохранить аварийный ключ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="414"/>
        <source>The secret key was written. Keep it offline and destroy it when the emergency is over.</source>
        <translation>Секретный ключ записан. Храните его офлайн и уничтожьте, когда чрезвычайная ситуация закончится.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="40"/>
        <source>Verified</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="41"/>
        <source>Not verified</source>
        <translation>Не подтверждён</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="42"/>
        <source>Keys changed: verify again</source>
        <translation>Ключи изменились: подтвердите снова</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="43"/>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="52"/>
        <source>Unknown sender</source>
        <translation>Неизвестный отправитель</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="45"/>
        <source>Not read yet</source>
        <translation>Ещё не прочитан</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="61"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="72"/>
        <source>Opened: %1 new, %2 updated, %3 in conflict.</source>
        <translation>Открыто: новых %1, обновлённых %2, в конфликте %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="80"/>
        <source>%1 proposed edit(s) wait for you.</source>
        <translation>Предложенных правок, ожидающих Вас: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="86"/>
        <source>Opened from the quarantine once the sender was verified.</source>
        <translation>Открыт из карантина после того, как отправитель был подтверждён.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="90"/>
        <source>Discarded from the quarantine: nothing was imported.</source>
        <translation>Удалён из карантина: ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="94"/>
        <source>Already received: nothing changed.</source>
        <translation>Уже получен: ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="97"/>
        <source>Waits in quarantine: the sender&apos;s keys changed. Verify them again (Contacts &gt; Quarantine).</source>
        <translation>Ждёт в карантине: ключи отправителя изменились. Подтвердите их снова (Контакты &gt; Карантин).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="102"/>
        <source>Waits in quarantine: the sender is not a verified contact (Contacts &gt; Quarantine).</source>
        <translation>Ждёт в карантине: отправитель не является подтверждённым контактом (Контакты &gt; Карантин).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="108"/>
        <source>Waiting for the file to finish copying: so far it is incomplete or damaged. It will be tried again when it changes; if it does not, ask the sender to send it again.</source>
        <translation>Ожидание окончания копирования файла: пока он неполный или повреждён. Попытка будет повторена, когда он изменится; если этого не произойдёт, попросите отправителя прислать его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="114"/>
        <source>Waiting for the file to finish copying; it will be tried again when it changes.</source>
        <translation>Ожидание окончания копирования файла; попытка будет повторена, когда он изменится.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="126"/>
        <source>Inbox: nothing new.</source>
        <translation>Входящие: ничего нового.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="129"/>
        <source>%1 opened</source>
        <translation>открыто: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="130"/>
        <source>%1 waiting in quarantine</source>
        <translation>ждут в карантине: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="131"/>
        <source>%1 already received</source>
        <translation>уже получено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="132"/>
        <source>%1 still being copied</source>
        <translation>ещё копируются: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="133"/>
        <source>%1 refused</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="134"/>
        <source>%1 opened from the quarantine</source>
        <translation>открыто из карантина: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="135"/>
        <source>%1 discarded</source>
        <translation>удалено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="140"/>
        <source>Inbox: %1.</source>
        <translation>Входящие: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="144"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="145"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="146"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="147"/>
        <source>Sealed</source>
        <translation>Запечатан</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="148"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="177"/>
        <source>Bundles that arrive in the watched folder, or that you drop on this window, are opened if they come from verified contacts; the others wait in quarantine. A bundle already received changes nothing.</source>
        <translation>Пакеты, которые приходят в отслеживаемую папку или которые Вы перетаскиваете на это окно, открываются, если они от подтверждённых контактов; остальные ждут в карантине. Уже полученный пакет ничего не меняет.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="188"/>
        <source>Bundles in the inbox</source>
        <translation>Пакеты во входящих</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="202"/>
        <source>Choose folder...</source>
        <translation>Выбрать папку...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="203"/>
        <source>Scan now</source>
        <translation>Просканировать сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="204"/>
        <source>Scanning the inbox folder</source>
        <translation>Сканирование папки входящих</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="221"/>
        <source>Watched folder: %1</source>
        <translation>Отслеживаемая папка: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="224"/>
        <source>No folder is watched. Choose one, or drop bundle files on the window.</source>
        <translation>Ни одна папка не отслеживается. Выберите папку или перетащите файлы пакетов на окно.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="233"/>
        <source>Choose the inbox folder</source>
        <translation>Выберите папку входящих</translation>
    </message>
</context>
<context>
    <name>KeyHistory</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="19"/>
        <source>%1: added, from their card.</source>
        <translation>%1: добавлен по карточке.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="23"/>
        <source>%1: their keys changed (a new safety number); verify again.</source>
        <translation>%1: ключи изменились (новый код безопасности); подтвердите снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="31"/>
        <source>%1: new encryption keys (generation %2), signed by the same key; the safety number stayed the same.</source>
        <translation>%1: новые ключи шифрования (поколение %2), подписанные тем же ключом; код безопасности не изменился.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="42"/>
        <source>%1: safety number compared and verified.</source>
        <translation>%1: код безопасности сверен и подтверждён.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="52"/>
        <source>Key history:</source>
        <translation>История ключей:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="19"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="20"/>
        <source>Under review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="21"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="22"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="25"/>
        <source>Detained</source>
        <translation>Задержан(а)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="26"/>
        <source>Sentenced</source>
        <translation>Осуждён(а)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="27"/>
        <source>Released</source>
        <translation>Освобождён(а)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="28"/>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="29"/>
        <source>Dead</source>
        <translation>Погиб(ла)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="30"/>
        <source>Exiled</source>
        <translation>В изгнании</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="31"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="36"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="34"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="35"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="39"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="40"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="41"/>
        <source>Video call</source>
        <translation>Видеозвонок</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="44"/>
        <source>Internal use</source>
        <translation>Внутреннее использование</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="45"/>
        <source>Submission to the UN or governments</source>
        <translation>Передача в ООН или правительствам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="48"/>
        <source>Legal proceedings</source>
        <translation>Судебное разбирательство</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="49"/>
        <source>Public reports and media</source>
        <translation>Публичные отчёты и СМИ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="52"/>
        <source>Public</source>
        <translation>Публичный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="53"/>
        <source>Internal</source>
        <translation>Внутренний</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="54"/>
        <source>Confidential</source>
        <translation>Конфиденциальный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="55"/>
        <source>Restricted</source>
        <translation>Ограничено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="58"/>
        <source>Preferred</source>
        <translation>Предпочитаемое</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="59"/>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="60"/>
        <source>As on ID document</source>
        <translation>Как в документе</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="61"/>
        <source>As given by the witness</source>
        <translation>Со слов свидетеля</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="64"/>
        <source>PRC resident ID</source>
        <translation>Удостоверение личности жителя КНР</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="65"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="66"/>
        <source>External database entry</source>
        <translation>Запись во внешней базе данных</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="67"/>
        <source>Our case number</source>
        <translation>Наш номер дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="70"/>
        <source>Evidentiary original</source>
        <translation>Доказательный оригинал</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="73"/>
        <source>Working copy</source>
        <translation>Рабочая копия</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="76"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="77"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="78"/>
        <source>Relationship</source>
        <translation>Родственная связь</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="79"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="80"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="81"/>
        <source>Testimony</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="82"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="83"/>
        <source>Annotation</source>
        <translation>Аннотация</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="84"/>
        <source>Consent withdrawal</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="85"/>
        <source>Person merge</source>
        <translation>Объединение лиц</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="86"/>
        <source>Not the same person</source>
        <translation>Не одно и то же лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="89"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="90"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="91"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="101"/>
        <source>Sealed</source>
        <translation>Запечатано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="92"/>
        <source>File attached</source>
        <translation>Файл прикреплён</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="93"/>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="94"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="95"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="96"/>
        <source>Redacted</source>
        <translation>Данные скрыты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="97"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="100"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="104"/>
        <source>Kazakh (Cyrillic)</source>
        <translation>Казахский (кириллица)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="105"/>
        <source>Kazakh (Latin)</source>
        <translation>Казахский (латиница)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="106"/>
        <source>Kazakh (Arabic script)</source>
        <translation>Казахский (арабское письмо)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="107"/>
        <source>Uyghur (Arabic script)</source>
        <translation>Уйгурский (арабское письмо)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="108"/>
        <source>Uyghur (Latin)</source>
        <translation>Уйгурский (латиница)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="109"/>
        <source>Uyghur (Cyrillic)</source>
        <translation>Уйгурский (кириллица)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="110"/>
        <source>Chinese (simplified)</source>
        <translation>Китайский (упрощённый)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="111"/>
        <source>Chinese (traditional)</source>
        <translation>Китайский (традиционный)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="112"/>
        <source>Chinese (pinyin)</source>
        <translation>Китайский (пиньинь)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="113"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="126"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="114"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="130"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="115"/>
        <source>Kyrgyz (Cyrillic)</source>
        <translation>Киргизский (кириллица)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="116"/>
        <source>Uzbek (Latin)</source>
        <translation>Узбекский (латиница)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="117"/>
        <source>Uzbek (Cyrillic)</source>
        <translation>Узбекский (кириллица)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="118"/>
        <source>Latin script</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="119"/>
        <source>Cyrillic script</source>
        <translation>Кириллица</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="120"/>
        <source>Arabic script</source>
        <translation>Арабское письмо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="121"/>
        <source>Chinese characters</source>
        <translation>Китайские иероглифы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="124"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="125"/>
        <source>Uyghur</source>
        <translation>Уйгурский</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="127"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="128"/>
        <source>Kyrgyz</source>
        <translation>Киргизский</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="129"/>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="131"/>
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="184"/>
        <source>Names match</source>
        <translation>Имена совпадают</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="185"/>
        <source>Names are similar (%1)</source>
        <translation>Имена похожи (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="188"/>
        <source>Same identifier: %1</source>
        <translation>Одинаковый идентификатор: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="193"/>
        <source>Same year of birth</source>
        <translation>Одинаковый год рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="195"/>
        <source>Years of birth close (%1)</source>
        <translation>Годы рождения близки (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="196"/>
        <source>Years of birth differ (%1)</source>
        <translation>Годы рождения различаются (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="198"/>
        <source>Same hometown</source>
        <translation>Одинаковый родной город</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="200"/>
        <source>Recorded sex differs</source>
        <translation>Записанный пол различается</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="39"/>
        <source>Merge two persons</source>
        <translation>Объединить два лица</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="42"/>
        <source>Are these the same person?</source>
        <translation>Это одно и то же лицо?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="46"/>
        <source>Both records stay as their authors wrote them: the merge is a record of its own, and both ids then lead to the one you keep. Every name, identifier and status of both is kept, with who reported it. You can unmerge later.</source>
        <translation>Обе записи остаются такими, какими их написали авторы: объединение — отдельная запись, и после него оба ID ведут к тому лицу, которое Вы оставите. Каждое имя, идентификатор и статус обоих сохраняются вместе с тем, кто их сообщил. Позже объединение можно отменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="65"/>
        <source>Keep this person&apos;s id</source>
        <translation>Оставить ID этого лица</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="66"/>
        <source>Keep the id %1</source>
        <translation>Оставить ID %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="71"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="76"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="84"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="85"/>
        <source>Identifiers</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="86"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="87"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="101"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="102"/>
        <source>Merge the two persons</source>
        <translation>Объединить два лица</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="42"/>
        <source>Detect from the text</source>
        <translation>Определить по тексту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="52"/>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="56"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="69"/>
        <source>Saving the case</source>
        <translation>Сохранение дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="75"/>
        <source>Create case</source>
        <translation>Создать дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="89"/>
        <source>Person of concern</source>
        <translation>Лицо по делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="93"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="94"/>
        <source>As the family writes it, in any script</source>
        <translation>Так, как пишет семья, на любой письменности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="95"/>
        <source>Script of the name</source>
        <translation>Письменность имени</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="97"/>
        <source>Name in another script</source>
        <translation>Имя на другой письменности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="98"/>
        <source>Optional: e.g. in Latin letters or Chinese</source>
        <translation>Необязательно: например латиницей или по-китайски</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="100"/>
        <source>Script of the other name</source>
        <translation>Письменность другого имени</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="102"/>
        <source>&amp;Other spelling:</source>
        <translation>&amp;Другое написание:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="103"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="107"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="108"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="109"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ; ~ — приблизительно</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="110"/>
        <source>&amp;Born:</source>
        <translation>Дата ро&amp;ждения:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="111"/>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="112"/>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="115"/>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Национальность:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="117"/>
        <source>Hometown</source>
        <translation>Родной город</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="118"/>
        <source>Town or county, e.g. Ghulja</source>
        <translation>Город или уезд, например Кульджа</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="119"/>
        <source>&amp;Hometown:</source>
        <translation>&amp;Родной город:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="120"/>
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="121"/>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="124"/>
        <source>Status since</source>
        <translation>Статус с</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="125"/>
        <source>since (YYYY-MM)</source>
        <translation>с (ГГГГ-ММ)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="126"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="127"/>
        <source>Kind of identifier</source>
        <translation>Вид идентификатора</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="130"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="131"/>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="132"/>
        <source>&amp;Identifier:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="136"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="140"/>
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="142"/>
        <source>e.g. Detention of ... (left empty: made from the name)</source>
        <translation>например «Задержание ...» (если пусто — по имени)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="144"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="145"/>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="146"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="147"/>
        <source>Our reference</source>
        <translation>Наш номер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="148"/>
        <source>&amp;Reference:</source>
        <translation>Но&amp;мер:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="149"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="152"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Сводка:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="156"/>
        <source>What happened (optional)</source>
        <translation>Что произошло (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="160"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="161"/>
        <source>No event yet</source>
        <translation>Пока нет события</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="164"/>
        <source>E&amp;vent:</source>
        <translation>&amp;Событие:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="165"/>
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="166"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="167"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="168"/>
        <source>Event place</source>
        <translation>Место события</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="169"/>
        <source>e.g. the camp or police station</source>
        <translation>например лагерь или отделение полиции</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="170"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="171"/>
        <source>Stated reason</source>
        <translation>Названная причина</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="172"/>
        <source>Stated &amp;reason:</source>
        <translation>&amp;Названная причина:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="198"/>
        <source>the name of the person of concern</source>
        <translation>имя лица по делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="210"/>
        <source>the date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="220"/>
        <source>the status date</source>
        <translation>дата статуса</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="230"/>
        <source>Case of %1</source>
        <translation>Дело: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="242"/>
        <source>the event date</source>
        <translation>дата события</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="259"/>
        <source>Please check: %1.</source>
        <translation>Пожалуйста, проверьте: %1.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="394"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="387"/>
        <source>Reviewers&apos; notes, and the answers to them. They never change the records they are about, sealed testimonies included.</source>
        <translation>Заметки проверяющих и ответы на них. Они никогда не меняют записи, к которым относятся, включая запечатанные показания.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="395"/>
        <source>About</source>
        <translation>К чему</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="396"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="401"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="404"/>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="405"/>
        <source>Write a note about this case, or an answer...</source>
        <translation>Напишите заметку об этом деле или ответ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="411"/>
        <source>Reply to the chosen note</source>
        <translation>Ответить на выбранную заметку</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="411"/>
        <source>Reply to the note</source>
        <translation>Ответить на заметку</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="426"/>
        <source>Older verification grade: %1. %2</source>
        <translation>Прежняя оценка проверки: %1. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="436"/>
        <source>%1, field %2</source>
        <translation>%1, поле %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="443"/>
        <source>you</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="446"/>
        <source>%1 (not one of your contacts)</source>
        <translation>%1 (не из Ваших контактов)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="474"/>
        <source>Choose the note to answer in the list.</source>
        <translation>Выберите в списке заметку, на которую отвечаете.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="481"/>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="408"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="503"/>
        <source>The note was added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
</context>
<context>
    <name>OpenBundleDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="637"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="645"/>
        <source>Open a bundle</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="657"/>
        <source>Checking the bundle: who sealed it, whether it is intact and what it holds. Nothing is imported yet.</source>
        <translation>Проверка пакета: кто его запечатал, цел ли он и что в нём. Пока ничего не импортируется.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="669"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="674"/>
        <source>Sender&apos;s safety number:</source>
        <translation>Код безопасности отправителя:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="676"/>
        <source>Sender&apos;s safety number</source>
        <translation>Код безопасности отправителя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="683"/>
        <source>Signature:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="684"/>
        <source>Contents:</source>
        <translation>Содержимое:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="685"/>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="686"/>
        <source>Sealed:</source>
        <translation>Запечатан:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="687"/>
        <source>Cases:</source>
        <translation>Дела:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="721"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="731"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="861"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="731"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="863"/>
        <source>Import the bundle</source>
        <translation>Импортировать пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="735"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="737"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="750"/>
        <source>Checking...</source>
        <translation>Проверка...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="780"/>
        <source>A verified contact: the bundle is signed by their key.</source>
        <translation>Подтверждённый контакт: пакет подписан его ключом.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="785"/>
        <source>The card in the bundle calls them %1; shown is the name you gave them.</source>
        <translation>Карточка в пакете называет его «%1»; показано имя, которое дали ему Вы.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="801"/>
        <source>The sender&apos;s keys differ from those you verified. Importing keeps the bundle in quarantine until you compare the new safety number.</source>
        <translation>Ключи отправителя отличаются от подтверждённых Вами. При импорте пакет останется в карантине, пока Вы не сверите новый код безопасности.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="806"/>
        <source>The sender is not a verified contact. Importing keeps the bundle in quarantine, encrypted, until you compare their safety number and verify them.</source>
        <translation>Отправитель не является подтверждённым контактом. При импорте пакет останется в карантине в зашифрованном виде, пока Вы не сверите его код безопасности и не подтвердите его.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="814"/>
        <source>Valid: the bundle is intact and was sealed by this sender.</source>
        <translation>Действителен: пакет цел и запечатан этим отправителем.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="821"/>
        <source>%n case(s),</source>
        <translation>
            <numerusform>%n дело,</numerusform>
            <numerusform>%n дела,</numerusform>
            <numerusform>%n дел,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="823"/>
        <source>%n record(s),</source>
        <translation>
            <numerusform>%n запись,</numerusform>
            <numerusform>%n записи,</numerusform>
            <numerusform>%n записей,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="825"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="827"/>
        <source>(%1 of files)</source>
        <translation>(файлы: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="839"/>
        <source>%1, encryption %2</source>
        <translation>%1, шифрование %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="844"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="847"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="852"/>
        <source>This bundle was already imported. Nothing to do.</source>
        <translation>Этот пакет уже был импортирован. Делать ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="858"/>
        <source>This bundle is already waiting in Contacts &gt; Quarantine.</source>
        <translation>Этот пакет уже ожидает в разделе «Контакты &gt; Карантин».</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="861"/>
        <source>Keep in quarantine</source>
        <translation>Оставить в карантине</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="863"/>
        <source>Keep the bundle in quarantine</source>
        <translation>Оставить пакет в карантине</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="873"/>
        <source>Cancelled. Your vault was not changed.</source>
        <translation>Отменено. Ваше хранилище не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="914"/>
        <source>Verifying and importing...</source>
        <translation>Проверка и импорт...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="920"/>
        <source>The bundle was verified and imported.</source>
        <translation>Пакет проверен и импортирован.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="931"/>
        <source>Kept in quarantine. Nothing was imported: the bundle waits, encrypted, in Contacts &gt; Quarantine until you verify the sender.</source>
        <translation>Оставлен в карантине. Ничего не импортировано: пакет ожидает в зашифрованном виде в разделе «Контакты &gt; Карантин», пока Вы не подтвердите отправителя.</translation>
    </message>
</context>
<context>
    <name>PassphraseCheckDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="158"/>
        <source>Confirm with your passphrase</source>
        <translation>Подтвердите парольной фразой</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="161"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="163"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="288"/>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="303"/>
        <source>Show passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="301"/>
        <source>Hide passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
</context>
<context>
    <name>PasteCardDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="174"/>
        <source>Add a contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="176"/>
        <source>Paste an identity card</source>
        <translation>Вставить карточку личности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="180"/>
        <source>Paste the text your colleague sent, from BEGIN to END. The contact is added as not verified until you compare safety numbers.</source>
        <translation>Вставьте текст, присланный коллегой, от BEGIN до END. Контакт будет добавлен как не подтверждённый, пока Вы не сверите коды безопасности.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="185"/>
        <source>Identity card text</source>
        <translation>Текст карточки личности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="192"/>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="54"/>
        <source>Find a person</source>
        <translation>Найти человека</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="56"/>
        <source>Name to look for</source>
        <translation>Имя для поиска</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="57"/>
        <source>A name in any script or spelling</source>
        <translation>Имя на любой письменности и в любом написании</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="59"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="59"/>
        <source>Find person</source>
        <translation>Найти человека</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="66"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="69"/>
        <source>Also written</source>
        <translation>Также пишется</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="74"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="77"/>
        <source>Hometown</source>
        <translation>Родной город</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="80"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="83"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="88"/>
        <source>People found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="100"/>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="182"/>
        <source>Merge...</source>
        <translation>Объединить...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="100"/>
        <source>Merge the two persons selected</source>
        <translation>Объединить два выбранных лица</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="103"/>
        <source>Unmerge...</source>
        <translation>Разъединить...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="103"/>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="377"/>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="385"/>
        <source>Unmerge</source>
        <translation>Разъединить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="116"/>
        <source>merged from %1</source>
        <translation>объединено из %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="129"/>
        <source>Possible duplicates in the whole vault</source>
        <translation>Возможные дубликаты во всём хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="133"/>
        <source>Pairs of people who may be the same person, with the reasons. Nothing is merged automatically.</source>
        <translation>Пары людей, которые могут оказаться одним человеком, с причинами. Ничего не объединяется автоматически.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="140"/>
        <source>Look for duplicates</source>
        <translation>Искать дубликаты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="143"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="144"/>
        <source>Looking for duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="160"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="161"/>
        <source>May be the same as</source>
        <translation>Возможно, то же лицо, что</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="162"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="165"/>
        <source>Score</source>
        <translation>Оценка сходства</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="172"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="182"/>
        <source>Merge the two persons</source>
        <translation>Объединить два лица</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="186"/>
        <source>Not the same person</source>
        <translation>Не одно и то же лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="204"/>
        <source>but: %1</source>
        <translation>но: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="270"/>
        <source>Nobody with a similar name was found.</source>
        <translation>Никого с похожим именем не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="312"/>
        <source>%n possible duplicate(s) found.</source>
        <translation>
            <numerusform>Найден %n возможный дубликат.</numerusform>
            <numerusform>Найдено %n возможных дубликата.</numerusform>
            <numerusform>Найдено %n возможных дубликатов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="348"/>
        <source>The two persons were merged.</source>
        <translation>Два лица объединены.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="363"/>
        <source>Marked as not the same person: this pair will not be proposed again.</source>
        <translation>Отмечено как разные лица: эта пара больше не будет предлагаться.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="380"/>
        <source>Undo the last merge of %1? The persons merged into it come back as separate persons, exactly as they were.</source>
        <translation>Отменить последнее объединение для %1? Лица, объединённые с ним, снова станут отдельными — в точности такими, какими были.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="391"/>
        <source>The merge was undone.</source>
        <translation>Объединение отменено.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="56"/>
        <source>Correct the person of concern</source>
        <translation>Исправить данные лица по делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="63"/>
        <source>Names by script</source>
        <translation>Имена по письменностям</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="64"/>
        <source>Add a name</source>
        <translation>Добавить имя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="68"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="70"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="72"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="73"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ; ~ — приблизительно</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="75"/>
        <source>&amp;Born:</source>
        <translation>Дата ро&amp;ждения:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="78"/>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="79"/>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="82"/>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Национальность:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="83"/>
        <source>Hometown</source>
        <translation>Родной город</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="84"/>
        <source>Type in any script and choose, e.g. Ghulja</source>
        <translation>Введите текст на любой письменности и выберите, например Кульджа</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="85"/>
        <source>&amp;Hometown:</source>
        <translation>&amp;Родной город:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="86"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="87"/>
        <source>&amp;Occupation:</source>
        <translation>Род &amp;занятий:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="89"/>
        <source>Status over time</source>
        <translation>Статус во времени</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="90"/>
        <source>Add a status</source>
        <translation>Добавить статус</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="92"/>
        <source>Identifiers</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="94"/>
        <source>Add an identifier</source>
        <translation>Добавить идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="97"/>
        <source>Relatives and others in the case</source>
        <translation>Родственники и другие люди в деле</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="98"/>
        <source>Add a relation</source>
        <translation>Добавить связь</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="102"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="104"/>
        <source>Script of the name</source>
        <translation>Письменность имени</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="107"/>
        <source>Kind of name</source>
        <translation>Вид имени</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="116"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="121"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="121"/>
        <source>since (YYYY-MM)</source>
        <translation>с (ГГГГ-ММ)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="122"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="139"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="152"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="131"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="135"/>
        <source>is this person&apos;s</source>
        <translation>приходится этому человеку</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="145"/>
        <source>Kind of identifier</source>
        <translation>Вид идентификатора</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="150"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="191"/>
        <source>name %1 is empty: type it or remove the row.</source>
        <translation>имя %1 не заполнено: введите его или удалите строку.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="204"/>
        <source>the person needs at least one name.</source>
        <translation>у человека должно быть хотя бы одно имя.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="214"/>
        <source>the date of status %1</source>
        <translation>дата статуса %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="233"/>
        <source>identifier %1 has no value: type it or remove the row.</source>
        <translation>у идентификатора %1 нет значения: введите его или удалите строку.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="250"/>
        <source>choose who the relation is.</source>
        <translation>выберите, с кем эта связь.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="268"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="311"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="312"/>
        <source>the date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="297"/>
        <source>relation %1</source>
        <translation>связь %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="302"/>
        <source>name %1</source>
        <translation>имя %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="303"/>
        <source>identifier %1</source>
        <translation>идентификатор %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="304"/>
        <source>status %1</source>
        <translation>статус %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="313"/>
        <source>the occupation</source>
        <translation>род занятий</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="314"/>
        <source>the ethnicity</source>
        <translation>национальность</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="317"/>
        <source>the hometown</source>
        <translation>родной город</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="93"/>
        <source>Correct the person...</source>
        <translation>Исправить данные лица...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="95"/>
        <source>Correct the person of concern</source>
        <translation>Исправить данные лица по делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="112"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="113"/>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="114"/>
        <source>Born:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="115"/>
        <source>Ethnicity:</source>
        <translation>Национальность:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="116"/>
        <source>Hometown:</source>
        <translation>Родной город:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="117"/>
        <source>Occupation:</source>
        <translation>Род занятий:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="118"/>
        <source>Current status:</source>
        <translation>Текущий статус:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="128"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="137"/>
        <source>Names by script</source>
        <translation>Имена по письменностям</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="131"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="192"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="132"/>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="133"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="144"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="139"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="153"/>
        <source>Identifiers</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="147"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="148"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="169"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="156"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="174"/>
        <source>Status over time</source>
        <translation>Статус во времени</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="161"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="162"/>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="166"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="180"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="204"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="184"/>
        <source>People recorded elsewhere in this vault who may be the same person. Nothing is merged automatically: compare, then decide.</source>
        <translation>Люди, записанные в других местах этого хранилища, которые могут оказаться тем же человеком. Ничего не объединяется автоматически: сравните и решите.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="195"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="198"/>
        <source>Hometown</source>
        <translation>Родной город</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="199"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="208"/>
        <source>No likely duplicates found.</source>
        <translation>Вероятных дубликатов не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="212"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="214"/>
        <source>Open that person&apos;s case</source>
        <translation>Открыть дело этого человека</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="228"/>
        <source>but: %1</source>
        <translation>но: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="242"/>
        <source>aged %1 to %2 in %3</source>
        <translation>в возрасте от %1 до %2 лет в %3</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="256"/>
        <source>(since %1)</source>
        <translation>(с %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="260"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="261"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="262"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="264"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/place_picker.py" line="53"/>
        <source>Type a place in any script and choose a suggestion; a place not in the list is added to the gazetteer when you save.</source>
        <translation>Введите место на любой письменности и выберите вариант; место, которого нет в списке, будет добавлено в справочник мест при сохранении.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/place_picker.py" line="84"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PlacesSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="45"/>
        <source>The places of this vault: countries, regions, counties and villages, and the detention facilities in them, with the number of cases with an event there.</source>
        <translation>Места этого хранилища: страны, регионы, уезды и сёла, а также учреждения содержания под стражей в них, с числом дел, в которых там произошло событие.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="53"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="69"/>
        <source>Show cases here</source>
        <translation>Показать дела здесь</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="130"/>
        <source>%1 here, %2 with the places within it</source>
        <translation>%1 здесь, %2 вместе с местами внутри</translation>
    </message>
</context>
<context>
    <name>Plaintext</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="20"/>
        <source>Write a file that is not encrypted?</source>
        <translation>Записать незашифрованный файл?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="21"/>
        <source>Reports, submissions, exports and chart images leave the vault&apos;s encryption: anyone with access to that disk or stick can read them, and they stay there until you delete them. Each one is recorded in the custody log. Amanat asks this once until it is closed.</source>
        <translation>Отчёты, материалы для передачи, экспортированные файлы и изображения диаграмм выходят из-под шифрования хранилища: любой, у кого есть доступ к этому диску или флешке, может их прочитать, и они остаются там, пока Вы их не удалите. Каждый такой файл записывается в журнал хранения. Amanat спрашивает об этом один раз, пока программа не будет закрыта.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="28"/>
        <source>I understand, continue</source>
        <translation>Понимаю, продолжить</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="25"/>
        <source>an unknown key</source>
        <translation>неизвестный ключ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="35"/>
        <source>This version of the %1 was written in this vault on %2.</source>
        <translation>Эта версия (%1) записана в этом хранилище %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="46"/>
        <source>This version of the %1 was written by %2 on %3.</source>
        <translation>Эта версия (%1) записана %3, автор: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="59"/>
        <source>It came in a bundle from %1, sealed on %2 and received here on %3 (bundle %4).</source>
        <translation>Она пришла в пакете от %1, запечатанном %2 и полученном здесь %3 (пакет %4).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="73"/>
        <source>It did not come in a bundle received here.</source>
        <translation>Она пришла не в пакете, полученном здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="77"/>
        <source>It is the first version.</source>
        <translation>Это первая версия.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="81"/>
        <source>It replaced the version of %1 by %2.</source>
        <translation>Она заменила версию от %1 (автор: %2).</translation>
    </message>
</context>
<context>
    <name>ProvenancePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="101"/>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="104"/>
        <source>Where it came from</source>
        <translation>Откуда это</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="113"/>
        <source>Choose a revision in the list to see where it came from.</source>
        <translation>Выберите ревизию в списке, чтобы увидеть, откуда она.</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="688"/>
        <source>Bundles from senders you have not verified wait here, encrypted inside the vault. Nothing from them is in your cases until you verify the sender and import the bundle.</source>
        <translation>Пакеты от неподтверждённых отправителей ждут здесь, зашифрованные внутри хранилища. Ничего из них не попадёт в Ваши дела, пока Вы не подтвердите отправителя и не импортируете пакет.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="698"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="703"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="729"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="732"/>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="708"/>
        <source>Why it waits</source>
        <translation>Почему ожидает</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="713"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="716"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="719"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="735"/>
        <source>Sender&apos;s safety number</source>
        <translation>Код безопасности отправителя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="726"/>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="741"/>
        <source>Verify sender and import...</source>
        <translation>Подтвердить отправителя и импортировать...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="743"/>
        <source>Verify the sender and import the bundle</source>
        <translation>Подтвердить отправителя и импортировать пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="747"/>
        <source>Discard...</source>
        <translation>Удалить...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="747"/>
        <source>Discard the bundle</source>
        <translation>Удалить пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="756"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="757"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="797"/>
        <source>No bundle is waiting.</source>
        <translation>Ожидающих пакетов нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="803"/>
        <source>%1 (%2). Sealed %3; it holds %Ln record(s) (cases, people, testimonies, events and attachments).</source>
        <translation>
            <numerusform>%1 (%2). Запечатан %3; содержит %Ln запись (дела, люди, показания, события и вложения).</numerusform>
            <numerusform>%1 (%2). Запечатан %3; содержит %Ln записи (дела, люди, показания, события и вложения).</numerusform>
            <numerusform>%1 (%2). Запечатан %3; содержит %Ln записей (дела, люди, показания, события и вложения).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="856"/>
        <source>Verifying and importing...</source>
        <translation>Проверка и импорт...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="876"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Отменено. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="887"/>
        <source>Discard this bundle?</source>
        <translation>Удалить этот пакет?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="890"/>
        <source>The bundle from %1 is deleted from the quarantine. Nothing of it was imported, and your cases do not change. The sender can send it again.</source>
        <translation>Пакет от %1 будет удалён из карантина. Ничего из него не импортировано, и Ваши дела не изменятся. Отправитель может прислать его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="895"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="909"/>
        <source>The bundle was discarded.</source>
        <translation>Пакет удалён.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="52"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="53"/>
        <source>Person of concern</source>
        <translation>Лицо по делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="56"/>
        <source>Review state</source>
        <translation>Состояние проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="62"/>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="67"/>
        <source>Why it needs attention</source>
        <translation>Почему требует внимания</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="73"/>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="94"/>
        <source>Cases that need you come first: edited on both sides, new or changed since your review, assigned to you. Double-click a case or press Enter to open it.</source>
        <translation>Дела, которым нужны Вы, идут первыми: изменённые с обеих сторон, новые или изменённые после Вашей проверки, назначенные Вам. Дважды щёлкните дело или нажмите Enter, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="103"/>
        <source>Review queue</source>
        <translation>Очередь проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="107"/>
        <source>Cases in the queue</source>
        <translation>Дела в очереди</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="117"/>
        <source>Filter by review state</source>
        <translation>Фильтр по состоянию проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="118"/>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="121"/>
        <source>Filter by assignee</source>
        <translation>Фильтр по ответственному</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="122"/>
        <source>Filter by reason</source>
        <translation>Фильтр по причине</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="123"/>
        <source>Any reason, or none</source>
        <translation>Любая причина или без причины</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="124"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="156"/>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="157"/>
        <source>Assigned to me</source>
        <translation>Назначенные мне</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="165"/>
        <source>%1 case(s) in this view.</source>
        <translation>Дел в этом представлении: %1.</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="158"/>
        <source>Record an interview</source>
        <translation>Записать интервью</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="183"/>
        <source>Sound only</source>
        <translation>Только звук</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="186"/>
        <source>Sound and video</source>
        <translation>Звук и видео</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="193"/>
        <source>Record:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="194"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="195"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="196"/>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="197"/>
        <source>Camera:</source>
        <translation>Камера:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="201"/>
        <source>Camera preview</source>
        <translation>Предпросмотр камеры</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="209"/>
        <source>Sound level</source>
        <translation>Уровень звука</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="217"/>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="217"/>
        <source>Start recording</source>
        <translation>Начать запись</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="218"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="363"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="218"/>
        <source>Pause recording</source>
        <translation>Приостановить запись</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="219"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="219"/>
        <source>Stop and keep</source>
        <translation>Остановить и сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="220"/>
        <source>Time recorded</source>
        <translation>Время записи</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="234"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="295"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="234"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="295"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="236"/>
        <source>Consent: voice may be used: %1; face may be shown: %2.</source>
        <translation>Согласие: голос можно использовать: %1; лицо можно показывать: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="268"/>
        <source>No microphone or camera was found on this computer, so nothing can be recorded here.</source>
        <translation>На этом компьютере не найдено ни микрофона, ни камеры, поэтому записать здесь ничего нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="289"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="297"/>
        <source>Record video</source>
        <translation>Записать видео</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="292"/>
        <source>Video shows the speaker&apos;s face. The testimony says: face may be shown: %1. Record video only if the speaker agrees now.</source>
        <translation>На видео видно лицо говорящего. В показаниях указано: лицо можно показывать: %1. Записывайте видео, только если говорящий согласен сейчас.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="366"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="384"/>
        <source>The disk is nearly full: the recording will stop soon. What is recorded so far is kept.</source>
        <translation>Диск почти заполнен: запись скоро остановится. Уже записанное сохраняется.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="393"/>
        <source>The disk is full: the recording was stopped. What was recorded is kept.</source>
        <translation>Диск заполнен: запись остановлена. Записанное сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="397"/>
        <source>The recording failed. What was recorded so far is kept.</source>
        <translation>Запись не удалась. Уже записанное сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="415"/>
        <source>The recording is kept in the vault, encrypted.</source>
        <translation>Запись хранится в хранилище в зашифрованном виде.</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="239"/>
        <source>Set a new passphrase</source>
        <translation>Задать новую парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="243"/>
        <source>Type the 24 words of the recovery code, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Введите 24 слова кода восстановления, затем выберите новую парольную фразу. Старая парольная фраза перестанет действовать.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="251"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="254"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Код восстановления:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="255"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="256"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="259"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="260"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="265"/>
        <source>Opening with the recovery code</source>
        <translation>Открытие с помощью кода восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="270"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="273"/>
        <source>Set passphrase and open</source>
        <translation>Задать парольную фразу и открыть</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="296"/>
        <source>The recovery code has 24 words. Please type all of them.</source>
        <translation>Код восстановления состоит из 24 слов. Пожалуйста, введите их все.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="302"/>
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation>Эту парольную фразу слишком легко угадать. Используйте больше слов или символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="306"/>
        <source>The two passphrases differ.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="58"/>
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="69"/>
        <source>Close without checking?</source>
        <translation>Закрыть без проверки?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="71"/>
        <source>The old recovery code no longer works. If you close now without writing down the new one, you can make another one later in Settings.</source>
        <translation>Старый код восстановления больше не действует. Если Вы закроете окно сейчас, не записав новый, позже Вы сможете создать другой в настройках.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="253"/>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="258"/>
        <source>Write these 24 words on paper, in order, and keep the paper away from this computer. If you forget your passphrase, they are the only way into the vault. They are shown only now and are not stored anywhere readable.</source>
        <translation>Запишите эти 24 слова на бумаге по порядку и храните бумагу вдали от этого компьютера. Если Вы забудете парольную фразу, они будут единственным способом открыть хранилище. Они показываются только сейчас и нигде не хранятся в читаемом виде.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="284"/>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="286"/>
        <source>I have written down the 24 words</source>
        <translation>Я записал(а) 24 слова</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="292"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="304"/>
        <source>Check your recovery code</source>
        <translation>Проверьте код восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="306"/>
        <source>To be sure the paper is right, type these words from it.</source>
        <translation>Чтобы убедиться, что на бумаге всё верно, введите с неё эти слова.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="314"/>
        <source>Word number %1</source>
        <translation>Слово номер %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="318"/>
        <source>Word %1:</source>
        <translation>Слово %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="324"/>
        <source>Show the words again</source>
        <translation>Показать слова снова</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="328"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="353"/>
        <source>Some words do not match. Check the paper, or show the words again and correct it.</source>
        <translation>Некоторые слова не совпадают. Проверьте бумагу или покажите слова снова и исправьте запись.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="33"/>
        <source>Dossier (PDF)</source>
        <translation>Досье (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="38"/>
        <source>The dossier holds only what the profile allows and what the testimonies&apos; consent permits for the use chosen; what is left out is listed, not shown.</source>
        <translation>Досье содержит только то, что разрешает профиль и что допускает согласие в показаниях для выбранной цели; то, что не включено, перечисляется, но не показывается.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="45"/>
        <source>Redaction profile</source>
        <translation>Профиль скрытия данных</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="47"/>
        <source>Full</source>
        <translation>Полный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="48"/>
        <source>No contact details</source>
        <translation>Без контактных данных</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="49"/>
        <source>Advocacy</source>
        <translation>Адвокация</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="52"/>
        <source>Use</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="54"/>
        <source>Internal</source>
        <translation>Внутреннее использование</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="55"/>
        <source>UN or government submission</source>
        <translation>Передача в ООН или правительству</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="56"/>
        <source>Legal</source>
        <translation>Юридическое использование</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="57"/>
        <source>Public</source>
        <translation>Публичное использование</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="60"/>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="61"/>
        <source>Use:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="63"/>
        <source>Make the dossier...</source>
        <translation>Составить досье...</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="90"/>
        <source>Save the dossier</source>
        <translation>Сохранить досье</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="38"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="39"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="40"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="41"/>
        <source>Follow-ups</source>
        <translation>Уточнения</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="135"/>
        <source>Your review of this case and your grades of its accounts. They are records of their own: the field&apos;s records, and the status it keeps, never change.</source>
        <translation>Ваша проверка этого дела и Ваши оценки его сведений. Это отдельные записи: записи полевых сотрудников и хранимый ими статус никогда не меняются.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="148"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="150"/>
        <source>Review state</source>
        <translation>Состояние проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="153"/>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="154"/>
        <source>Assigned to (a name)</source>
        <translation>Кому назначено (имя)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="155"/>
        <source>Save review</source>
        <translation>Сохранить проверку</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="161"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="197"/>
        <source>you</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="161"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="197"/>
        <source>an unknown reviewer</source>
        <translation>неизвестный проверяющий</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="164"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="200"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="165"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="166"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="171"/>
        <source>Review history</source>
        <translation>История проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="176"/>
        <source>Grades of the accounts</source>
        <translation>Оценки сведений</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="179"/>
        <source>Testimony or event</source>
        <translation>Показание или событие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="180"/>
        <source>Grades</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="181"/>
        <source>Current grade</source>
        <translation>Текущая оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="186"/>
        <source>Testimonies and events</source>
        <translation>Показания и события</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="191"/>
        <source>Add grade...</source>
        <translation>Добавить оценку...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="191"/>
        <source>Add grade</source>
        <translation>Добавить оценку</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="195"/>
        <source>Grades of the chosen account, newest first</source>
        <translation>Оценки выбранных сведений, сначала новые</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="203"/>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="206"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="207"/>
        <source>Reason</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="212"/>
        <source>Grade history, newest first</source>
        <translation>История оценок, сначала новые</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="225"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="230"/>
        <source>assigned to %1</source>
        <translation>назначено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="232"/>
        <source>no longer assigned</source>
        <translation>больше не назначено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="255"/>
        <source>Testimony of %1</source>
        <translation>Показание: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="257"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="263"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="268"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="320"/>
        <source>The review was saved.</source>
        <translation>Проверка сохранена.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="341"/>
        <source>The grade was added.</source>
        <translation>Оценка добавлена.</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="14"/>
        <source>Not reviewed</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="15"/>
        <source>Under review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="16"/>
        <source>Needs follow-up</source>
        <translation>Нужно уточнение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="17"/>
        <source>Verified</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="18"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="22"/>
        <source>Edited on both sides</source>
        <translation>Изменено с обеих сторон</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="23"/>
        <source>Received, not reviewed yet</source>
        <translation>Получено, ещё не проверено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="24"/>
        <source>Received changes since your review</source>
        <translation>Получены изменения после Вашей проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="27"/>
        <source>Assigned to you</source>
        <translation>Назначено Вам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="28"/>
        <source>Follow-up answered</source>
        <translation>На уточнение ответили</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="34"/>
        <source>completely reliable</source>
        <translation>полностью надёжен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="35"/>
        <source>usually reliable</source>
        <translation>обычно надёжен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="36"/>
        <source>fairly reliable</source>
        <translation>довольно надёжен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="37"/>
        <source>not usually reliable</source>
        <translation>обычно ненадёжен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="38"/>
        <source>unreliable</source>
        <translation>ненадёжен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="39"/>
        <source>reliability cannot be judged</source>
        <translation>надёжность невозможно оценить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="42"/>
        <source>confirmed by other sources</source>
        <translation>подтверждено другими источниками</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="43"/>
        <source>probably true</source>
        <translation>вероятно, верно</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="44"/>
        <source>possibly true</source>
        <translation>возможно, верно</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="45"/>
        <source>doubtful</source>
        <translation>сомнительно</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="46"/>
        <source>improbable</source>
        <translation>маловероятно</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="47"/>
        <source>truth cannot be judged</source>
        <translation>достоверность невозможно оценить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="53"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="77"/>
        <source>%1%2 (%3; %4)</source>
        <translation>%1%2 (%3; %4)</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="241"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="249"/>
        <source>Seal a bundle</source>
        <translation>Запечатать пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="263"/>
        <source>A sealed bundle is a file that only the contacts you choose can open. It is signed by this vault, so they can check it came from you unchanged.</source>
        <translation>Запечатанный пакет — это файл, который могут открыть только выбранные Вами контакты. Он подписан этим хранилищем, поэтому они могут проверить, что он пришёл от Вас без изменений.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="268"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="273"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="274"/>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="283"/>
        <source>Only verified contacts can be chosen. Verify a contact in Contacts by comparing safety numbers.</source>
        <translation>Можно выбрать только подтверждённые контакты. Подтвердите контакт в разделе «Контакты», сверив коды безопасности.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="290"/>
        <source>What leaves the vault</source>
        <translation>Что покидает хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="313"/>
        <source>Encryption: post-quantum hybrid (ML-KEM-768 + X25519) when every recipient supports it, otherwise classic X25519.</source>
        <translation>Шифрование: постквантовое гибридное (ML-KEM-768 + X25519), если его поддерживают все получатели, иначе классическое X25519.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="321"/>
        <source>Use classic X25519 only (for the standard age tool in an emergency)</source>
        <translation>Использовать только классическое X25519 (для стандартной утилиты age в чрезвычайной ситуации)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="324"/>
        <source>Use classic X25519 only</source>
        <translation>Использовать только классическое X25519</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="330"/>
        <source>Save &amp;to:</source>
        <translation>Сохранить &amp;в:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="331"/>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="333"/>
        <source>Choose where to save the bundle</source>
        <translation>Выберите, куда сохранить пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="336"/>
        <source>Choose...</source>
        <translation>Выбрать...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="336"/>
        <source>Choose the bundle file</source>
        <translation>Выберите файл пакета</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="362"/>
        <source>Sealing progress</source>
        <translation>Ход запечатывания</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="377"/>
        <source>Seal</source>
        <translation>Запечатывание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="377"/>
        <source>Seal the bundle</source>
        <translation>Запечатать пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="381"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="383"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="396"/>
        <source>Every case in this vault.</source>
        <translation>Все дела этого хранилища.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="397"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="398"/>
        <source>%n case(s):</source>
        <translation>
            <numerusform>%n дело:</numerusform>
            <numerusform>%n дела:</numerusform>
            <numerusform>%n дел:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="401"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="430"/>
        <source>keys changed, verify them again first</source>
        <translation>ключи изменились, сначала подтвердите его снова</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="432"/>
        <source>not verified yet</source>
        <translation>ещё не подтверждён</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="434"/>
        <source>%1 (cannot be chosen: %2)</source>
        <translation>%1 (нельзя выбрать: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="441"/>
        <source>You have no contacts yet. Add a colleague&apos;s identity card in Contacts and verify it first.</source>
        <translation>У Вас пока нет контактов. Добавьте карточку личности коллеги в разделе «Контакты» и сначала подтвердите её.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="479"/>
        <source>Save the sealed bundle</source>
        <translation>Сохранить запечатанный пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="496"/>
        <source>%1, safety number %2 …</source>
        <translation>%1, код безопасности %2 …</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="504"/>
        <source>Protection: X25519 only, as you chose (not post-quantum).</source>
        <translation>Защита: только X25519, как Вы выбрали (не постквантовая).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="510"/>
        <source>Protection: X25519 only, for everyone: %1 has no post-quantum key. Tick “Use classic X25519 only” to seal anyway, or seal to them separately.</source>
        <translation>Защита: только X25519 для всех: у %1 нет постквантового ключа. Отметьте «Использовать только классическое X25519», чтобы всё равно запечатать, или запечатайте для него отдельно.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="518"/>
        <source>Protection: post-quantum hybrid (ML-KEM-768 + X25519).</source>
        <translation>Защита: постквантовая гибридная (ML-KEM-768 + X25519).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="532"/>
        <source>Choose at least one verified contact.</source>
        <translation>Выберите хотя бы один подтверждённый контакт.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="535"/>
        <source>Choose where to save the bundle.</source>
        <translation>Выберите, куда сохранить пакет.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="561"/>
        <source>Sealing...</source>
        <translation>Запечатывание...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="569"/>
        <source>The bundle is sealed.</source>
        <translation>Пакет запечатан.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="575"/>
        <source>The profile left out %n restricted case(s).</source>
        <translation>
            <numerusform>Профиль исключил %n дело с ограниченным доступом.</numerusform>
            <numerusform>Профиль исключил %n дела с ограниченным доступом.</numerusform>
            <numerusform>Профиль исключил %n дел с ограниченным доступом.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="588"/>
        <source>Cancelled. No bundle was written.</source>
        <translation>Отменено. Пакет не записан.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="38"/>
        <source>Name: %1</source>
        <translation>Имя: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="42"/>
        <source>Testimony: %1</source>
        <translation>Показание: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="44"/>
        <source>Title: %1</source>
        <translation>Название: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="46"/>
        <source>Summary: %1</source>
        <translation>Сводка: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="48"/>
        <source>Reference: %1</source>
        <translation>Номер: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="50"/>
        <source>Event: %1</source>
        <translation>Событие: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="52"/>
        <source>Place: %1</source>
        <translation>Место: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="84"/>
        <source>Names are matched across Cyrillic, Latin, Arabic script and Chinese: Ержан, Erzhan and Yerzhan find the same person. Press Enter on a case to open it.</source>
        <translation>Имена сопоставляются между кириллицей, латиницей, арабским письмом и китайскими иероглифами: Ержан, Erzhan и Yerzhan находят одного и того же человека. Нажмите Enter на деле, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="99"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="102"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="103"/>
        <source>Found by</source>
        <translation>Найдено по</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="107"/>
        <source>Cases found</source>
        <translation>Найденные дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="117"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="120"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="123"/>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="128"/>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="134"/>
        <source>People found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="170"/>
        <source>Searching...</source>
        <translation>Поиск...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="199"/>
        <source>%1 cases and %2 people match %3</source>
        <translation>По запросу %3 найдено дел: %1, людей: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="49"/>
        <source>Automatic lock</source>
        <translation>Автоматическая блокировка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="54"/>
        <source>Key rotation (forward secrecy)</source>
        <translation>Смена ключей (прямая секретность)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="59"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="67"/>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="73"/>
        <source>Amanat will be in %1 the next time this vault is unlocked (lock it with Ctrl+L, then unlock it).</source>
        <translation>Amanat будет на языке «%1» при следующей разблокировке этого хранилища (заблокируйте его клавишами Ctrl+L, затем разблокируйте).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="83"/>
        <source>Inbox (review)</source>
        <translation>Входящие (проверка)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="89"/>
        <source>Never (only when asked)</source>
        <translation>Никогда (только по запросу)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="90"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Каждый %n день</numerusform>
            <numerusform>Каждые %n дня</numerusform>
            <numerusform>Каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="95"/>
        <source>The encryption keys will change only when you ask.</source>
        <translation>Ключи шифрования будут меняться только по Вашему запросу.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="98"/>
        <source>New encryption keys will be made every %n day(s), when the vault is unlocked.</source>
        <translation>
            <numerusform>Новые ключи шифрования будут создаваться каждый %n день при разблокировке хранилища.</numerusform>
            <numerusform>Новые ключи шифрования будут создаваться каждые %n дня при разблокировке хранилища.</numerusform>
            <numerusform>Новые ключи шифрования будут создаваться каждые %n дней при разблокировке хранилища.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="111"/>
        <source>Lock the vault after this long without activity:</source>
        <translation>Блокировать хранилище после такого времени бездействия:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="114"/>
        <source>Lock after idle minutes</source>
        <translation>Блокировка после минут бездействия</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="115"/>
        <source>You can always lock at once with Ctrl+L.</source>
        <translation>Вы всегда можете заблокировать сразу сочетанием Ctrl+L.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="118"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="119"/>
        <source>The vault will lock after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Хранилище заблокируется после %n минуты бездействия.</numerusform>
            <numerusform>Хранилище заблокируется после %n минут бездействия.</numerusform>
            <numerusform>Хранилище заблокируется после %n минут бездействия.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="126"/>
        <source>Make new encryption keys:</source>
        <translation>Создавать новые ключи шифрования:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="127"/>
        <source>Days between new encryption keys</source>
        <translation>Дней между созданием новых ключей шифрования</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="130"/>
        <source>Contacts learn the new keys from your next bundle or card; your safety number stays the same. Once old keys are destroyed, a laptop taken later cannot open bundles sealed to them.</source>
        <translation>Контакты узнают новые ключи из Вашего следующего пакета или карточки; Ваш код безопасности остаётся прежним. Когда старые ключи уничтожены, ноутбук, изъятый позже, не сможет открыть пакеты, запечатанные для них.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="142"/>
        <source>Keep replaced keys for bundles on their way:</source>
        <translation>Хранить заменённые ключи для пакетов, которые ещё в пути:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="145"/>
        <source>Days replaced keys are kept</source>
        <translation>Сколько дней хранятся заменённые ключи</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="148"/>
        <source>After this, replaced keys are destroyed: a bundle sealed to them can no longer be opened, here or anywhere.</source>
        <translation>После этого заменённые ключи уничтожаются: пакет, запечатанный для них, больше нельзя будет открыть ни здесь, ни где-либо ещё.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="153"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="154"/>
        <source>Replaced keys will be destroyed %n day(s) after they were replaced.</source>
        <translation>
            <numerusform>Заменённые ключи будут уничтожены через %n день после замены.</numerusform>
            <numerusform>Заменённые ключи будут уничтожены через %n дня после замены.</numerusform>
            <numerusform>Заменённые ключи будут уничтожены через %n дней после замены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="164"/>
        <source>Language of Amanat:</source>
        <translation>Язык Amanat:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="165"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="166"/>
        <source>Applied the next time this vault is unlocked. Dates and numbers follow the language; Uyghur lays the window out from right to left.</source>
        <translation>Применяется при следующей разблокировке этого хранилища. Даты и числа следуют языку; для уйгурского окно располагается справа налево.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="177"/>
        <source>Watched exchange folder:</source>
        <translation>Отслеживаемая папка обмена:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="178"/>
        <source>Watched inbox folder</source>
        <translation>Отслеживаемая папка входящих</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="179"/>
        <source>A folder your organisation already syncs (Syncthing, Nextcloud, a USB stick). While the vault is unlocked, bundles that arrive there are opened if they come from verified contacts; the others wait in quarantine. Empty: none.</source>
        <translation>Папка, которую Ваша организация уже синхронизирует (Syncthing, Nextcloud, USB-накопитель). Пока хранилище разблокировано, пакеты, попадающие туда, открываются, если они от подтверждённых контактов; остальные ждут в карантине. Пусто: нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="186"/>
        <source>The inbox now watches the folder you chose.</source>
        <translation>Теперь входящие отслеживают выбранную Вами папку.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="190"/>
        <source>The inbox watches no folder.</source>
        <translation>Входящие не отслеживают ни одной папки.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="196"/>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="203"/>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="204"/>
        <source>Microphone to record with</source>
        <translation>Микрофон для записи</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="207"/>
        <source>The device last chosen in the recorder; empty: the computer&apos;s default.</source>
        <translation>Устройство, выбранное в последний раз при записи; пусто — устройство компьютера по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="215"/>
        <source>Camera:</source>
        <translation>Камера:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="216"/>
        <source>Camera to record with</source>
        <translation>Камера для записи</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="223"/>
        <source>Record video too</source>
        <translation>Записывать и видео</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="224"/>
        <source>Record video as well as sound</source>
        <translation>Записывать видео вместе со звуком</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="98"/>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="102"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="138"/>
        <source>Your identity</source>
        <translation>Ваш профиль</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="153"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="154"/>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="157"/>
        <source>Passphrase, recovery code and master key</source>
        <translation>Парольная фраза, код восстановления и мастер-ключ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="160"/>
        <source>Change passphrase...</source>
        <translation>Сменить парольную фразу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="162"/>
        <source>New recovery code...</source>
        <translation>Новый код восстановления...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="170"/>
        <source>Travel mode</source>
        <translation>Режим поездки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="176"/>
        <source>Before crossing a border or when the laptop is at risk, you can destroy this vault. Send your cases to a colleague first.</source>
        <translation>Перед пересечением границы или если ноутбуку грозит опасность, Вы можете уничтожить это хранилище. Сначала отправьте свои дела коллеге.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="181"/>
        <source>Wipe this vault...</source>
        <translation>Стереть это хранилище...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="189"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="215"/>
        <source>Replace master key...</source>
        <translation>Заменить мастер-ключ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="218"/>
        <source>If a copy of this vault or of its key file may have been taken (a seized laptop, a lost backup), replace the master key: old copies of the key file then open nothing, whatever passphrase goes with them.</source>
        <translation>Если копия этого хранилища или его файла ключа могла быть похищена (изъятый ноутбук, потерянная резервная копия), замените мастер-ключ: старые копии файла ключа тогда ничего не откроют, какая бы парольная фраза к ним ни прилагалась.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="224"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="242"/>
        <source>Not available in this version.</source>
        <translation>Недоступно в этой версии.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="293"/>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="296"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Текущая парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="303"/>
        <source>A new recovery code replaces the old one, which stops working. Type your passphrase to continue.</source>
        <translation>Новый код восстановления заменит старый, который перестанет действовать. Введите парольную фразу, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="320"/>
        <source>The passphrase is wrong. The recovery code was not changed.</source>
        <translation>Парольная фраза неверна. Код восстановления не изменён.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="324"/>
        <source>The new recovery code is in place.</source>
        <translation>Новый код восстановления установлен.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="330"/>
        <source>Replacing the master key encrypts the whole vault again: it takes about as long as reading every attachment once, and you can cancel until it finishes. Your passphrase stays the same. You will get a NEW recovery code: the old one and every old copy of the key file stop working. Type your passphrase to continue.</source>
        <translation>Замена мастер-ключа заново шифрует всё хранилище: это занимает примерно столько же времени, сколько однократное чтение каждого вложения, и Вы можете отменить её, пока она не завершится. Ваша парольная фраза остаётся прежней. Вы получите НОВЫЙ код восстановления: старый код и все старые копии файла ключа перестанут работать. Введите парольную фразу, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="352"/>
        <source>The master key was replaced. Old copies of the key file open nothing any more.</source>
        <translation>Мастер-ключ заменён. Старые копии файла ключа больше ничего не открывают.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="358"/>
        <source>Cancelled. The master key was not replaced; nothing was changed.</source>
        <translation>Отменено. Мастер-ключ не заменён; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="55"/>
        <source>What the chart counts</source>
        <translation>Что считает диаграмма</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="58"/>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="69"/>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="71"/>
        <source>By current status</source>
        <translation>По текущему статусу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="72"/>
        <source>By detention facility</source>
        <translation>По месту содержания под стражей</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="73"/>
        <source>By prefecture of origin</source>
        <translation>По округу происхождения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="74"/>
        <source>By county of origin</source>
        <translation>По уезду происхождения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="75"/>
        <source>By year of first detention</source>
        <translation>По году первого задержания</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="76"/>
        <source>By sex</source>
        <translation>По полу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="77"/>
        <source>By age at the events</source>
        <translation>По возрасту на момент событий</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="78"/>
        <source>Documented over time</source>
        <translation>Задокументировано со временем</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="82"/>
        <source>Events from</source>
        <translation>События с</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="83"/>
        <source>from (2018)</source>
        <translation>с (2018)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="84"/>
        <source>Events until</source>
        <translation>События по</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="85"/>
        <source>until (2019-06)</source>
        <translation>по (2019-06)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="86"/>
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="87"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="90"/>
        <source>Review state</source>
        <translation>Состояние проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="91"/>
        <source>Any review state</source>
        <translation>Любое состояние проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="96"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="96"/>
        <source>Apply the filters</source>
        <translation>Применить фильтры</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="109"/>
        <source>Documented persons, not estimates.</source>
        <translation>Задокументированные лица, а не оценки.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="111"/>
        <source>Save as PNG...</source>
        <translation>Сохранить как PNG...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="111"/>
        <source>Save as PNG</source>
        <translation>Сохранить как PNG</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="112"/>
        <source>Save as SVG...</source>
        <translation>Сохранить как SVG...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="112"/>
        <source>Save as SVG</source>
        <translation>Сохранить как SVG</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="176"/>
        <source>%1 documented persons, not estimates, match the filters. %2</source>
        <translation>Фильтрам соответствуют задокументированные лица: %1 (это не оценка). %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="184"/>
        <source>Each person is counted once, by their current status.</source>
        <translation>Каждое лицо учитывается один раз, по текущему статусу.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="185"/>
        <source>A person held in two facilities is counted in each.</source>
        <translation>Лицо, содержавшееся в двух учреждениях, учитывается в каждом.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="186"/>
        <source>Each person is counted once, by the prefecture of origin.</source>
        <translation>Каждое лицо учитывается один раз, по округу происхождения.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="187"/>
        <source>Each person is counted once, by the county of origin.</source>
        <translation>Каждое лицо учитывается один раз, по уезду происхождения.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="188"/>
        <source>Each person is counted once, by their first detention.</source>
        <translation>Каждое лицо учитывается один раз, по первому задержанию.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="189"/>
        <source>Each person is counted once.</source>
        <translation>Каждое лицо учитывается один раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="190"/>
        <source>Age at the first event of the case.</source>
        <translation>Возраст на момент первого события дела.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="191"/>
        <source>Persons by the month their first case was recorded.</source>
        <translation>Лица по месяцу, в котором было записано их первое дело.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="196"/>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="250"/>
        <source>Apply the filters to count first.</source>
        <translation>Сначала примените фильтры, чтобы выполнить подсчёт.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="254"/>
        <source>Save the chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="266"/>
        <source>The chart was saved and the export was logged.</source>
        <translation>Диаграмма сохранена, экспорт записан в журнал.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="389"/>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="390"/>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="391"/>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="392"/>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="393"/>
        <source>Very strong</source>
        <translation>Очень надёжная</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="406"/>
        <source>Strength: %1</source>
        <translation>Надёжность: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="412"/>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="295"/>
        <source>Speaker</source>
        <translation>Рассказчик</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="298"/>
        <source>Relation</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="301"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="304"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="307"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="308"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="312"/>
        <source>Testimonies</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="316"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="316"/>
        <source>Open testimony</source>
        <translation>Открыть показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="339"/>
        <source>Sealed, signature valid</source>
        <translation>Запечатано, подпись действительна</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="341"/>
        <source>Sealed, SIGNATURE INVALID</source>
        <translation>Запечатано, ПОДПИСЬ НЕДЕЙСТВИТЕЛЬНА</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="344"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="346"/>
        <source>(correction)</source>
        <translation>(исправление)</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="129"/>
        <source>Back to the case</source>
        <translation>Назад к делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="132"/>
        <source>New testimony</source>
        <translation>Новое показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="132"/>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="718"/>
        <source>Testimony</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="139"/>
        <source>Save state</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="141"/>
        <source>Seal...</source>
        <translation>Запечатать...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="141"/>
        <source>Seal testimony</source>
        <translation>Запечатать показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="144"/>
        <source>Correct...</source>
        <translation>Исправить...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="144"/>
        <source>Correct testimony</source>
        <translation>Исправить показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="148"/>
        <source>Consent withdrawn...</source>
        <translation>Отзыв согласия...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="150"/>
        <source>Record a withdrawal of consent</source>
        <translation>Записать отзыв согласия</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="154"/>
        <source>Edit...</source>
        <translation>Изменить...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="154"/>
        <source>Edit the received draft</source>
        <translation>Изменить полученный черновик</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="159"/>
        <source>Record...</source>
        <translation>Записать...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="159"/>
        <source>Record the interview</source>
        <translation>Записать интервью</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="198"/>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="201"/>
        <source>Notes on this case</source>
        <translation>Заметки по этому делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="205"/>
        <source>No notes yet.</source>
        <translation>Заметок пока нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="215"/>
        <source>About this testimony:</source>
        <translation>Об этом показании:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="218"/>
        <source>Grade: %1.</source>
        <translation>Оценка: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="223"/>
        <source>(by %1)</source>
        <translation>(автор: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="229"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="234"/>
        <source>Who is speaking</source>
        <translation>Кто говорит</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="235"/>
        <source>Choose who is speaking...</source>
        <translation>Выберите, кто говорит...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="240"/>
        <source>%1 (the person of concern)</source>
        <translation>%1 (лицо по делу)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="248"/>
        <source>Someone else (type the name)</source>
        <translation>Другой человек (введите имя)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="249"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Рассказчик:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="250"/>
        <source>Speaker&apos;s name</source>
        <translation>Имя рассказчика</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="251"/>
        <source>Name as the speaker gives it, in any script</source>
        <translation>Имя так, как его называет рассказчик, на любой письменности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="262"/>
        <source>Relation to the person of concern</source>
        <translation>Отношение к лицу по делу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="263"/>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="266"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Отношение:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="267"/>
        <source>Language of the narrative</source>
        <translation>Язык рассказа</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="268"/>
        <source>Choose the language...</source>
        <translation>Выберите язык...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="271"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="272"/>
        <source>Date of the interview</source>
        <translation>Дата интервью</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="273"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ; ~ — приблизительно</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="274"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="275"/>
        <source>Place of the interview</source>
        <translation>Место интервью</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="276"/>
        <source>A city or country, never an address</source>
        <translation>Город или страна, никогда не адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="277"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="278"/>
        <source>Interview mode</source>
        <translation>Способ проведения интервью</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="281"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="282"/>
        <source>Interviewers</source>
        <translation>Интервьюеры</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="283"/>
        <source>Names, separated by commas</source>
        <translation>Имена через запятую</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="284"/>
        <source>&amp;Interviewers:</source>
        <translation>&amp;Интервьюеры:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="285"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="286"/>
        <source>Leave empty if none</source>
        <translation>Оставьте пустым, если переводчика нет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="287"/>
        <source>I&amp;nterpreter:</source>
        <translation>&amp;Переводчик:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="291"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="295"/>
        <source>Informed consent</source>
        <translation>Информированное согласие</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="296"/>
        <source>Given voluntarily</source>
        <translation>Дано добровольно</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="297"/>
        <source>May be named</source>
        <translation>Можно называть имя</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="298"/>
        <source>Face may be shown</source>
        <translation>Можно показывать лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="299"/>
        <source>Voice may be used</source>
        <translation>Можно использовать голос</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="304"/>
        <source>Informed: the speaker knows how the testimony will be kept, shared and used. Voluntary: given freely, without pressure or payment.</source>
        <translation>Информированное: рассказчик знает, как показание будет храниться, передаваться и использоваться. Добровольное: дано свободно, без давления и без оплаты.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="319"/>
        <source>Permitted uses:</source>
        <translation>Разрешённое использование:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="336"/>
        <source>&amp;Narrative</source>
        <translation>Расска&amp;з</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="339"/>
        <source>Narrative</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="342"/>
        <source>The testimony in the speaker&apos;s words...</source>
        <translation>Показание словами рассказчика...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="345"/>
        <source>Choose who is speaking and the language to start: every word is then saved.</source>
        <translation>Чтобы начать, выберите, кто говорит, и язык: после этого каждое слово сохраняется.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="406"/>
        <source>Loading...</source>
        <translation>Загрузка...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="428"/>
        <source>Testimony (correction of a sealed one)</source>
        <translation>Показание (исправление запечатанного)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="474"/>
        <source>Sealed — read only. Sealed on %1 and signed; the signature is valid: the text has not changed since. To fix a mistake, use Correct... (a new version; this one is kept).</source>
        <translation>Запечатано — только чтение. Запечатано %1 и подписано; подпись действительна: с тех пор текст не изменялся. Чтобы исправить ошибку, используйте «Исправить...» (новая версия; эта сохраняется).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="486"/>
        <source>Sealed — read only. Sealed on %1, but the signature does NOT verify: the stored testimony does not match what was signed. Report this to your coordinator.</source>
        <translation>Запечатано — только чтение. Запечатано %1, но подпись НЕ проходит проверку: сохранённое показание не совпадает с тем, что было подписано. Сообщите об этом своему координатору.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="501"/>
        <source>Sealed testimony</source>
        <translation>Запечатанное показание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="509"/>
        <source>Consent was withdrawn on %1.</source>
        <translation>Согласие отозвано %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="533"/>
        <source>Received — read only. This draft came in a bundle from a contact. Choose Edit... to change it here: your change is a new revision, and theirs stays in the history.</source>
        <translation>Получено — только чтение. Этот черновик пришёл в пакете от контакта. Выберите «Изменить...», чтобы изменить его здесь: Ваше изменение станет новой ревизией, а версия контакта останется в истории.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="601"/>
        <source>Consent is recorded for the uses ticked above.</source>
        <translation>Согласие записано для отмеченных выше видов использования.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="606"/>
        <source>Sealed: read-only</source>
        <translation>Запечатано: только чтение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="608"/>
        <source>Received: read-only</source>
        <translation>Получено: только чтение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="610"/>
        <source>Saving...</source>
        <translation>Сохранение...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="612"/>
        <source>Unsaved changes (saving in a moment)</source>
        <translation>Несохранённые изменения (сохранение через мгновение)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="614"/>
        <source>Saved at %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="616"/>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="618"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="690"/>
        <source>The date is not valid (use YYYY-MM-DD, YYYY-MM or YYYY); it was not saved.</source>
        <translation>Дата недействительна (используйте ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ); она не сохранена.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="735"/>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="743"/>
        <source>Save the testimony first, then record the interview.</source>
        <translation>Сначала сохраните показания, затем запишите интервью.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="769"/>
        <source>Sealing makes this testimony permanent. It is signed with this vault&apos;s key, so anyone who receives it can check that not one word was changed. After sealing it cannot be edited: a mistake is fixed by a correction, a new version that keeps the sealed original.</source>
        <translation>Запечатывание делает это показание окончательным. Оно подписывается ключом этого хранилища, поэтому любой получатель сможет проверить, что ни одно слово не изменено. После запечатывания его нельзя редактировать: ошибка исправляется исправлением — новой версией, которая сохраняет запечатанный оригинал.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="777"/>
        <source>Seal this testimony?</source>
        <translation>Запечатать это показание?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="777"/>
        <source>Seal</source>
        <translation>Запечатывание</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="802"/>
        <source>Correct this testimony?</source>
        <translation>Исправить это показание?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="804"/>
        <source>A correction is a new draft that starts as a copy of this testimony. The sealed original is kept unchanged and stays visible; the correction supersedes it once it is sealed in turn.</source>
        <translation>Исправление — это новый черновик, который начинается как копия этого показания. Запечатанный оригинал остаётся неизменным и видимым; исправление заменяет его, когда само будет запечатано.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="808"/>
        <source>Start a correction</source>
        <translation>Начать исправление</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="104"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="105"/>
        <source>Not verified</source>
        <translation>Не подтверждён</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="106"/>
        <source>Keys changed: verify again</source>
        <translation>Ключи изменились: подтвердите снова</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="108"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="123"/>
        <source>Unknown sender</source>
        <translation>Неизвестный отправитель</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="124"/>
        <source>Sender not verified</source>
        <translation>Отправитель не подтверждён</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="125"/>
        <source>Sender&apos;s keys changed</source>
        <translation>Ключи отправителя изменились</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="136"/>
        <source>an unknown sender whose card says “%1”</source>
        <translation>неизвестный отправитель, чья карточка называет его «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="144"/>
        <source>Two contacts share a name: %1 is also the name (or looks like the name) of another contact with other keys. Tell them apart by the safety number, never by the name.</source>
        <translation>Два контакта с одним именем: %1 — это также имя (или похоже на имя) другого контакта с другими ключами. Различайте их по коду безопасности, никогда не по имени.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="159"/>
        <source>Bundle %1 from %2 has not arrived.</source>
        <translation>
            <numerusform>Пакет %1 от %2 не пришёл.</numerusform>
            <numerusform>Пакеты %1 от %2 не пришли.</numerusform>
            <numerusform>Пакеты %1 от %2 не пришли.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="161"/>
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="83"/>
        <source>Unlock your vault</source>
        <translation>Разблокируйте хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="92"/>
        <source>&amp;Vault:</source>
        <translation>&amp;Хранилище:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="93"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="94"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="100"/>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="105"/>
        <source>Unlocking... deriving the key takes a moment on purpose.</source>
        <translation>Разблокировка... вычисление ключа намеренно занимает некоторое время.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="126"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="137"/>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Забыли парольную фразу? Используйте код восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="144"/>
        <source>Create a new vault</source>
        <translation>Создать новое хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="148"/>
        <source>Open a demo vault</source>
        <translation>Открыть демонстрационное хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="169"/>
        <source>There is no vault to unlock.</source>
        <translation>Нет хранилища для разблокировки.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="172"/>
        <source>Please type your passphrase.</source>
        <translation>Пожалуйста, введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="212"/>
        <source>Open an older copy?</source>
        <translation>Открыть более старую копию?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="213"/>
        <source>This vault&apos;s database is older than its key file. If you restored it from your own backup, you can open it: it will hold what the backup held, and changes made since (for example a withdrawn consent) are gone. If you did not restore anything, someone may have replaced it: do not open it, and ask for help.</source>
        <translation>База данных этого хранилища старше его файла ключа. Если Вы восстановили её из своей резервной копии, её можно открыть: в ней будет то, что было в резервной копии, а изменения, сделанные после этого (например, отозванное согласие), пропадут. Если Вы ничего не восстанавливали, её мог подменить кто-то другой: не открывайте её и обратитесь за помощью.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="221"/>
        <source>Open the older copy</source>
        <translation>Открыть более старую копию</translation>
    </message>
</context>
<context>
    <name>VaultChooser</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="52"/>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
</context>
<context>
    <name>VerifyContactDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="185"/>
        <source>Verify a contact</source>
        <translation>Подтвердить контакт</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="191"/>
        <source>Verify %1</source>
        <translation>Подтвердить %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="198"/>
        <source>The keys of %1 changed since you last verified them. This happens with a new laptop or a reinstalled vault, and also when someone impersonates them. Compare the new safety number before you trust it.</source>
        <translation>Ключи %1 изменились с момента последнего подтверждения. Так бывает при новом ноутбуке или переустановленном хранилище, а также когда кто-то выдаёт себя за этого человека. Сверьте новый код безопасности, прежде чем доверять ему.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="210"/>
        <source>Meet %1, or call them where you know their voice. They open Contacts &gt; My identity and read their safety number aloud; compare it with the one on the left, group by group. Then read yours (on the right) to them, so that they can verify you too.</source>
        <translation>Встретьтесь с %1 или позвоните туда, где Вы узнаете его голос. Он открывает «Контакты &gt; Мой профиль» и читает вслух свой код безопасности; сравните его с кодом слева, группа за группой. Затем прочитайте ему свой (справа), чтобы он тоже мог подтвердить Вас.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="221"/>
        <source>Safety number of %1</source>
        <translation>Код безопасности: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="224"/>
        <source>Their safety number</source>
        <translation>Его код безопасности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="227"/>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="230"/>
        <source>Your safety number</source>
        <translation>Ваш код безопасности</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="237"/>
        <source>&amp;Optional: type the digits they read to you, and Amanat compares them:</source>
        <translation>&amp;Необязательно: введите цифры, которые Вам прочитали, и Amanat сравнит их:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="240"/>
        <source>Digits they read to you</source>
        <translation>Цифры, которые Вам прочитали</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="241"/>
        <source>The 60 digits; spaces do not matter</source>
        <translation>60 цифр; пробелы не имеют значения</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="250"/>
        <source>I compared all 12 groups with %1 over a channel I trust, and they match</source>
        <translation>Я сравнил(а) все 12 групп с %1 по каналу, которому доверяю, и они совпадают</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="256"/>
        <source>I compared all 12 groups, and they match</source>
        <translation>Я сравнил(а) все 12 групп, и они совпадают</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="265"/>
        <source>Mark as verified</source>
        <translation>Отметить как подтверждённый</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="309"/>
        <source>The digits you typed are NOT this contact&apos;s safety number. Do not verify it: someone may be impersonating them.</source>
        <translation>Введённые Вами цифры НЕ являются кодом безопасности этого контакта. Не подтверждайте его: возможно, кто-то выдаёт себя за него.</translation>
    </message>
</context>
<context>
    <name>Viewers</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="93"/>
        <source>Audio and video playback is off: this computer lacks the system sound libraries Qt needs (PulseAudio or PipeWire client). Install them (for example the libpulse0 package) and restart Amanat.</source>
        <translation>Воспроизведение аудио и видео отключено: на этом компьютере нет системных звуковых библиотек, нужных Qt (клиент PulseAudio или PipeWire). Установите их (например, пакет libpulse0) и перезапустите Amanat.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="99"/>
        <source>Audio and video playback is off: Qt&apos;s multimedia module could not be loaded on this computer.</source>
        <translation>Воспроизведение аудио и видео отключено: не удалось загрузить мультимедийный модуль Qt на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="112"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="131"/>
        <source>This image cannot be shown: the format is unknown or the file is damaged.</source>
        <translation>Это изображение невозможно показать: формат неизвестен или файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="139"/>
        <source>%1 by %2 pixels</source>
        <translation>%1 на %2 пикселей</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="216"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="227"/>
        <source>This PDF cannot be shown: it is damaged or protected.</source>
        <translation>Этот PDF невозможно показать: он повреждён или защищён.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="296"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="302"/>
        <source>Audio recording</source>
        <translation>Аудиозапись</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="307"/>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="309"/>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="362"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="315"/>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="360"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="370"/>
        <source>This recording cannot be played: the format is unknown or damaged.</source>
        <translation>Эту запись невозможно воспроизвести: формат неизвестен или файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="398"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="414"/>
        <source>Amanat cannot show this kind of file. It is kept encrypted in the vault; you can save a copy if you need to open it elsewhere.</source>
        <translation>Amanat не может показать файл такого типа. Он хранится зашифрованным в хранилище; Вы можете сохранить копию, если Вам нужно открыть его в другой программе.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="53"/>
        <source>Welcome to Amanat</source>
        <translation>Добро пожаловать в Amanat</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="57"/>
        <source>Amanat keeps cases, testimonies and their files in an encrypted vault on this computer. Only your passphrase or your recovery code opens it; nothing readable is ever written to the disk.</source>
        <translation>Amanat хранит дела, показания и их файлы в зашифрованном хранилище на этом компьютере. Открыть его может только Ваша парольная фраза или код восстановления; ничего читаемого никогда не записывается на диск.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="64"/>
        <source>Create a vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="71"/>
        <source>For a first look, open a demo vault filled with invented cases. It is a separate vault; nothing in it is real.</source>
        <translation>Для первого знакомства откройте демонстрационное хранилище с вымышленными делами. Это отдельное хранилище; ничего в нём не является настоящим.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="77"/>
        <source>Open a demo vault</source>
        <translation>Открыть демонстрационное хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="82"/>
        <source>Open an existing vault</source>
        <translation>Открыть существующее хранилище</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="184"/>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="187"/>
        <source>Wipe this vault</source>
        <translation>Стереть это хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="192"/>
        <source>Every case, testimony and file in this vault will be destroyed. The keys are erased first, so what remains on the disk cannot be decrypted. This cannot be undone. Cases you have not sent to a colleague are lost for good. Solid-state disks may keep old copies of some sectors; without the keys they are unreadable.</source>
        <translation>Все дела, показания и файлы в этом хранилище будут уничтожены. Сначала стираются ключи, поэтому то, что останется на диске, невозможно расшифровать. Это действие нельзя отменить. Дела, которые Вы не отправили коллеге, будут утрачены навсегда. Твердотельные накопители могут хранить старые копии некоторых секторов; без ключей их невозможно прочитать.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="201"/>
        <source>To confirm, type the vault&apos;s name: %1</source>
        <translation>Для подтверждения введите имя хранилища: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="203"/>
        <source>Vault name</source>
        <translation>Имя хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="205"/>
        <source>Wipe the vault</source>
        <translation>Стереть хранилище</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="239"/>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="241"/>
        <source>Record a withdrawal of consent</source>
        <translation>Записать отзыв согласия</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="245"/>
        <source>The sealed testimony stays unchanged; the withdrawal is recorded beside it, wins over the consent given, and travels with the case.</source>
        <translation>Запечатанное показание остаётся неизменным; отзыв записывается рядом с ним, имеет приоритет над данным согласием и передаётся вместе с делом.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="251"/>
        <source>Date of the withdrawal</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="252"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="263"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="264"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="268"/>
        <source>Record withdrawal</source>
        <translation>Записать отзыв</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="279"/>
        <source>Use a date like 2024-05-17, 2024-05 or 2024.</source>
        <translation>Укажите дату в виде 2024-05-17, 2024-05 или 2024.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="283"/>
        <source>Tick at least one use.</source>
        <translation>Отметьте хотя бы один вид использования.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="98"/>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="112"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="114"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="115"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="116"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="117"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="118"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="119"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="130"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="131"/>
        <source>Search cases and people in any script (Ctrl+F)</source>
        <translation>Поиск дел и людей на любой письменности (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="136"/>
        <source>Open bundle...</source>
        <translation>Открыть пакет...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="138"/>
        <source>Open a received bundle</source>
        <translation>Открыть полученный пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="141"/>
        <source>Open a sealed bundle you received (Ctrl+O)</source>
        <translation>Открыть полученный запечатанный пакет (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="144"/>
        <source>Seal bundle...</source>
        <translation>Запечатать пакет...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="146"/>
        <source>Seal the chosen cases into a bundle</source>
        <translation>Запечатать выбранные дела в пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="150"/>
        <source>Seal the case on screen, or the cases chosen with it, for a contact (Ctrl+E)</source>
        <translation>Запечатать открытое дело или выбранные вместе с ним дела для контакта (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="154"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="154"/>
        <source>Lock the vault</source>
        <translation>Заблокировать хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="156"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Заблокировать хранилище сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="167"/>
        <source>Creating demo cases</source>
        <translation>Создание демонстрационных дел</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="168"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="341"/>
        <source>The dossier was saved and the export was logged. Delete it when done.</source>
        <translation>Досье сохранено, экспорт записан в журнал. Удалите его, когда закончите.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="408"/>
        <source>Recording kept in the vault.</source>
        <translation>Запись сохранена в хранилище.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="451"/>
        <source>The case was created.</source>
        <translation>Дело создано.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="459"/>
        <source>Open a case first, then add a testimony.</source>
        <translation>Сначала откройте дело, затем добавьте показание.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="467"/>
        <source>Open a case first, then attach files.</source>
        <translation>Сначала откройте дело, затем прикрепите файлы.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="491"/>
        <source>Choose one or more cases in the list first, then seal them.</source>
        <translation>Сначала выберите одно или несколько дел в списке, затем запечатайте их.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="504"/>
        <source>The bundle was sealed.</source>
        <translation>Пакет запечатан.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="507"/>
        <source>Open a sealed bundle</source>
        <translation>Открыть запечатанный пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="512"/>
        <source>The bundle was imported.</source>
        <translation>Пакет импортирован.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="514"/>
        <source>The bundle waits in Contacts &gt; Quarantine.</source>
        <translation>Пакет ожидает в разделе «Контакты &gt; Карантин».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/workspace.py" line="551"/>
        <source>Creating %n invented case(s) for the demo...</source>
        <translation>
            <numerusform>Создание %n вымышленного дела для демонстрации...</numerusform>
            <numerusform>Создание %n вымышленных дел для демонстрации...</numerusform>
            <numerusform>Создание %n вымышленных дел для демонстрации...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/workspace.py" line="560"/>
        <source>%n demo case(s) created.</source>
        <translation>
            <numerusform>Создано %n демонстрационное дело.</numerusform>
            <numerusform>Создано %n демонстрационных дела.</numerusform>
            <numerusform>Создано %n демонстрационных дел.</numerusform>
        </translation>
    </message>
</context>
</TS>
