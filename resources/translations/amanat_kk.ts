<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AgeSecretDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="219"/>
        <source>Export the emergency key</source>
        <translation>Төтенше кілтті экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="221"/>
        <source>Export the emergency key?</source>
        <translation>Төтенше кілтті экспорттау керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="226"/>
        <source>This writes the vault&apos;s SECRET key to a file. Anyone who gets the file can open every bundle ever sealed to this vault, without your passphrase. Do it only when Amanat cannot be used and a bundle must be opened with the standard age tool. Keep the file offline (never on the laptop that travels), never send it, and destroy it afterwards.</source>
        <translation>Бұл қойманың ҚҰПИЯ кілтін файлға жазады. Файлды алған кез келген адам осы қоймаға бұрын-соңды мөрленген әр буманы Сіздің құпия фразаңызсыз аша алады. Мұны Amanat қолдануға мүмкін болмағанда және буманы стандартты age құралымен ашу қажет болғанда ғана жасаңыз. Файлды желіден тыс сақтаңыз (сапарға алып жүретін ноутбукта ешқашан емес), оны ешқашан жібермеңіз және кейін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="234"/>
        <source>Which key</source>
        <translation>Қай кілт</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="240"/>
        <source>Classic X25519 key: opens bundles sealed with classic encryption</source>
        <translation>Классикалық X25519 кілті: классикалық шифрлаумен мөрленген бумаларды ашады</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="243"/>
        <source>Classic X25519 key</source>
        <translation>Классикалық X25519 кілті</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="247"/>
        <source>Post-quantum hybrid key: opens the default bundles (age 1.3 or later)</source>
        <translation>Пост-кванттық гибридті кілт: әдепкі бумаларды ашады (age 1.3 немесе жаңарақ)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="250"/>
        <source>Post-quantum hybrid key</source>
        <translation>Пост-кванттық гибридті кілт</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="258"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="260"/>
        <source>I understand that this file opens everything sealed to me</source>
        <translation>Бұл файл маған мөрленгеннің бәрін ашатынын түсінемін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="266"/>
        <source>Export the secret key...</source>
        <translation>Құпия кілтті экспорттау...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="268"/>
        <source>Export the secret key</source>
        <translation>Құпия кілтті экспорттау</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="128"/>
        <source>&amp;New case...</source>
        <translation>&amp;Жаңа іс...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="129"/>
        <source>New &amp;testimony...</source>
        <translation>Жаңа &amp;айғақ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="130"/>
        <source>&amp;Attach files...</source>
        <translation>Файлдарды &amp;тіркеу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="131"/>
        <source>&amp;Search</source>
        <translation>І&amp;здеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="132"/>
        <source>&amp;Cases</source>
        <translation>&amp;Істер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="133"/>
        <source>&amp;People</source>
        <translation>&amp;Адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="134"/>
        <source>P&amp;laces</source>
        <translation>&amp;Орындар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="135"/>
        <source>C&amp;ontacts</source>
        <translation>&amp;Контактілер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="136"/>
        <source>&amp;Review</source>
        <translation>&amp;Сараптама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="137"/>
        <source>&amp;Seal bundle...</source>
        <translation>Буманы &amp;мөрлеу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="138"/>
        <source>Seal a&amp;ll cases...</source>
        <translation>&amp;Барлық істі мөрлеу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="139"/>
        <source>&amp;Open bundle...</source>
        <translation>Буманы аш&amp;у...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="140"/>
        <source>&amp;Settings...</source>
        <translation>Ба&amp;птаулар...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="141"/>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="143"/>
        <source>&amp;User guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="144"/>
        <source>&amp;About Amanat</source>
        <translation>Amanat &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="198"/>
        <source>&amp;Vault</source>
        <translation>&amp;Қойма</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="199"/>
        <source>V&amp;iew</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
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
        <translation>Amanat (құлыпталған)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="325"/>
        <source>Vault unlocked.</source>
        <translation>Қойманың құлпы ашылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="341"/>
        <source>The vault locks as soon as the attachment is saved.</source>
        <translation>Тіркеме сақталған бойда қойма құлыпталады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="355"/>
        <source>Amanat quits as soon as the attachment is saved.</source>
        <translation>Тіркеме сақталған бойда Amanat жабылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="361"/>
        <source>The vault was locked. Unlock it to continue.</source>
        <translation>Қойма құлыпталды. Жалғастыру үшін оның құлпын ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="365"/>
        <source>An attachment was still being added when the vault was locked: the file being written was not saved. After unlocking, check the case&apos;s attachments and add what is missing.</source>
        <translation>Қойма құлыпталған кезде тіркеме әлі қосылып жатқан еді: жазылып жатқан файл сақталмады. Құлыпты ашқаннан кейін істің тіркемелерін тексеріп, жетіспейтінін қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="370"/>
        <source>The lock waited until the attachment being added was saved.</source>
        <translation>Құлыптау қосылып жатқан тіркеме сақталғанша күтті.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/window.py" line="378"/>
        <source>Locked while files were being attached: %n file(s) not saved. Add them again.</source>
        <translation>
            <numerusform>Файлдар тіркеліп жатқанда құлыпталды: %n файл сақталмады. Оларды қайта қосыңыз.</numerusform>
            <numerusform>Файлдар тіркеліп жатқанда құлыпталды: %n файл сақталмады. Оларды қайта қосыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/window.py" line="383"/>
        <source>Saved before the lock: %n file(s) being attached.</source>
        <translation>
            <numerusform>Құлыптаудан бұрын сақталды: тіркеліп жатқан %n файл.</numerusform>
            <numerusform>Құлыптаудан бұрын сақталды: тіркеліп жатқан %n файл.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="425"/>
        <source>The vault was wiped.</source>
        <translation>Қойма өшірілді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="441"/>
        <source>About Amanat</source>
        <translation>Amanat туралы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="444"/>
        <source>Amanat %1

An offline, encrypted casework tool for documenting persecution. Free software under the GNU AGPL, version 3 or later.</source>
        <translation>Amanat %1

Қуғын-сүргінді құжаттауға арналған желіден тыс, шифрланған іс жүргізу құралы. GNU AGPL 3-нұсқасы немесе одан кейінгі нұсқасы бойынша еркін бағдарламалық жасақтама.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="453"/>
        <source>The user guide is in docs/user-guide-app.md of the Amanat folder.</source>
        <translation>Пайдаланушы нұсқаулығы Amanat қалтасындағы docs/user-guide-app.md файлында.</translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="38"/>
        <source>Correct the attachment</source>
        <translation>Тіркемені түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="45"/>
        <source>No testimony</source>
        <translation>Айғақсыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="47"/>
        <source>undated</source>
        <translation>күні жоқ</translation>
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
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="65"/>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттама:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="68"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="72"/>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="75"/>
        <source>Belongs to testimony</source>
        <translation>Айғаққа тиесілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="79"/>
        <source>&amp;Testimony:</source>
        <translation>&amp;Айғақ:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="94"/>
        <source>the description</source>
        <translation>сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="95"/>
        <source>the role</source>
        <translation>рөлі</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="61"/>
        <source>Files are encrypted into the vault as they are added. Drop files here or use Attach files. They are shown from memory: nothing readable is written to disk.</source>
        <translation>Файлдар қосылған сәтте қоймаға шифрланады. Файлдарды осында сүйреп әкеліңіз немесе «Файлдарды тіркеу» батырмасын пайдаланыңыз. Олар жадтан көрсетіледі: дискке оқуға болатын ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="86"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="87"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="90"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="96"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="99"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="103"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="107"/>
        <source>Attach files...</source>
        <translation>Файлдарды тіркеу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="107"/>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="109"/>
        <source>View</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="109"/>
        <source>View attachment</source>
        <translation>Тіркемені қарау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="111"/>
        <source>Save a copy...</source>
        <translation>Көшірмесін сақтау...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="111"/>
        <source>Save a decrypted copy</source>
        <translation>Шифры ашылған көшірмені сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="114"/>
        <source>Correct...</source>
        <translation>Түзету...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="116"/>
        <source>Correct the description, role or testimony of the attachment</source>
        <translation>Тіркеменің сипаттамасын, рөлін немесе тиесілі айғақты түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="120"/>
        <source>Remove working copy...</source>
        <translation>Жұмыс көшірмесін жою...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="122"/>
        <source>Remove the chosen working copy (the original is kept)</source>
        <translation>Таңдалған жұмыс көшірмесін жою (түпнұсқа сақталады)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="133"/>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="137"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="163"/>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="397"/>
        <source>Choose a file and press View.</source>
        <translation>Файлды таңдап, «Қарау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="194"/>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="202"/>
        <source>Choose an attachment in the list first.</source>
        <translation>Алдымен тізімнен тіркемені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="208"/>
        <source>This is an evidentiary original: it is never removed. Only a working copy can be removed.</source>
        <translation>Бұл дәлелдемелік түпнұсқа: ол ешқашан жойылмайды. Тек жұмыс көшірмесін жоюға болады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="216"/>
        <source>Remove this working copy?</source>
        <translation>Бұл жұмыс көшірмесін жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="218"/>
        <source>The working copy leaves the case and its file leaves the vault. The evidentiary original stays, and the custody log records the removal.</source>
        <translation>Жұмыс көшірмесі істен, ал оның файлы қоймадан шығарылады. Дәлелдемелік түпнұсқа қалады, ал сақтау журналы жоюды тіркейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="221"/>
        <source>Remove the working copy</source>
        <translation>Жұмыс көшірмесін жою</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="275"/>
        <source>Encrypting %n file(s) into the vault...</source>
        <translation>
            <numerusform>%n файл қоймаға шифрлануда...</numerusform>
            <numerusform>%n файл қоймаға шифрлануда...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="285"/>
        <source>%n file(s) added to the case.</source>
        <translation>
            <numerusform>Іске %n файл қосылды.</numerusform>
            <numerusform>Іске %n файл қосылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="292"/>
        <source>Cancelled. Files added before the cancel are kept.</source>
        <translation>Бас тартылды. Бас тартуға дейін қосылған файлдар сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="309"/>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="404"/>
        <source>Choose a file in the list first.</source>
        <translation>Алдымен тізімнен файлды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="321"/>
        <source>Decrypting...</source>
        <translation>Шифр ашылуда...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="374"/>
        <source>This file is too large to view inside Amanat (over %1). It stays encrypted in the vault; save a copy if you need to open it elsewhere.</source>
        <translation>Бұл файл Amanat ішінде қарау үшін тым үлкен (%1 шегінен асады). Ол қоймада шифрланған күйде қалады; оны басқа жерде ашу қажет болса, көшірмесін сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="409"/>
        <source>Save a readable copy?</source>
        <translation>Оқуға болатын көшірмені сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="412"/>
        <source>This writes a decrypted copy of %1 outside the vault. Anyone with access to that disk or stick can read it, and it stays there until you delete it. The export is recorded in the case&apos;s custody log.</source>
        <translation>Бұл %1 файлының шифры ашылған көшірмесін қоймадан тыс жазады. Сол дискке немесе флешкаға қолы жететін кез келген адам оны оқи алады және Сіз жоймайынша ол сонда қалады. Экспорт істің сақтау журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="418"/>
        <source>Save a copy</source>
        <translation>Көшірмесін сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="430"/>
        <source>Writing the decrypted copy...</source>
        <translation>Шифры ашылған көшірме жазылуда...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="447"/>
        <source>The decrypted copy was saved and the export was logged. Delete it when done.</source>
        <translation>Шифры ашылған көшірме сақталды және экспорт журналға жазылды. Жұмыс біткенде оны жойыңыз.</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="77"/>
        <source>Full</source>
        <translation>Толық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="78"/>
        <source>No contact details</source>
        <translation>Контактілік деректерсіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="79"/>
        <source>Advocacy</source>
        <translation>Адвокация</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="86"/>
        <source>Everything in the cases, with its whole history: for your own team.</source>
        <translation>Істердегі барлық нәрсе, бүкіл тарихымен: өз командаңыз үшін.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="89"/>
        <source>Without contact details, exact addresses and anything marked restricted.</source>
        <translation>Контактілік деректерсіз, нақты мекенжайларсыз және шектеулі деп белгіленгеннің бәрінсіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="93"/>
        <source>For outside partners: also without ID numbers, and only testimonies whose consent allows UN, legal or public use.</source>
        <translation>Сыртқы серіктестер үшін: сондай-ақ құжат нөмірлерінсіз және келісімі БҰҰ-да, заңды немесе көпшілік алдында пайдалануға рұқсат беретін айғақтар ғана.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="104"/>
        <source>post-quantum hybrid (ML-KEM-768 + X25519)</source>
        <translation>пост-кванттық гибридті (ML-KEM-768 + X25519)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="105"/>
        <source>classic X25519</source>
        <translation>классикалық X25519</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="120"/>
        <source>Sealed %n case(s) for %1.</source>
        <translation>
            <numerusform>%1 үшін %n іс мөрленді.</numerusform>
            <numerusform>%1 үшін %n іс мөрленді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="125"/>
        <source>%n record(s) and</source>
        <translation>
            <numerusform>%n жазба және</numerusform>
            <numerusform>%n жазба және</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="127"/>
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n тіркеме.</numerusform>
            <numerusform>%n тіркеме.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="129"/>
        <source>Encryption: %1. Profile: %2.</source>
        <translation>Шифрлау: %1. Профиль: %2.</translation>
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
            <numerusform>Профиль шектеулі %n істі қоспады.</numerusform>
            <numerusform>Профиль шектеулі %n істі қоспады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="149"/>
        <source>Send the file over any channel: only the chosen contacts can open it, and they can check that it came from you unchanged.</source>
        <translation>Файлды кез келген арна арқылы жіберіңіз: оны тек таңдалған контактілер аша алады және олар оның Сізден өзгеріссіз келгенін тексере алады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="159"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n жаңа</numerusform>
            <numerusform>%n жаңа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="160"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n жаңартылды</numerusform>
            <numerusform>%n жаңартылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="161"/>
        <source>%n older than yours (kept)</source>
        <translation>
            <numerusform>%n Сіздікінен ескі (сақталды)</numerusform>
            <numerusform>%n Сіздікінен ескі (сақталды)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="162"/>
        <source>%n already here</source>
        <translation>
            <numerusform>%n бұрыннан бар</numerusform>
            <numerusform>%n бұрыннан бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="163"/>
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n қайшылықта</numerusform>
            <numerusform>%n қайшылықта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="164"/>
        <source>%n proposed by a vault that does not own them (not applied)</source>
        <translation>
            <numerusform>%n оларға иелік етпейтін қоймадан ұсынылды (қолданылмады)</numerusform>
            <numerusform>%n оларға иелік етпейтін қоймадан ұсынылды (қолданылмады)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="167"/>
        <source>%n draft(s) replaced by a sealed testimony</source>
        <translation>
            <numerusform>%n жоба мөрленген айғақпен ауыстырылды</numerusform>
            <numerusform>%n жоба мөрленген айғақпен ауыстырылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="170"/>
        <source>%n kept behind a sealed testimony</source>
        <translation>
            <numerusform>%n тарихта қалдырылды (айғақ бұрыннан мөрленген)</numerusform>
            <numerusform>%n тарихта қалдырылды (айғақ бұрыннан мөрленген)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="179"/>
        <source>Imported %n case(s) from %1.</source>
        <translation>
            <numerusform>%1 жіберген %n іс импортталды.</numerusform>
            <numerusform>%1 жіберген %n іс импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="192"/>
        <source>%n record(s): %1.</source>
        <translation>
            <numerusform>%n жазба: %1.</numerusform>
            <numerusform>%n жазба: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="193"/>
        <source>nothing new</source>
        <translation>жаңа ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="199"/>
        <source>Attachments: %1 stored, %2 already here.</source>
        <translation>Тіркемелер: %1 сақталды, %2 бұрыннан бар.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="206"/>
        <source>Changed on both sides: %n record(s). Both versions were kept and the case shows a conflict for you to resolve.</source>
        <translation>
            <numerusform>Екі жақта да өзгертілді: %n жазба. Екі нұсқа да сақталды, ал іс Сіз шешуге тиіс қайшылықты көрсетеді.</numerusform>
            <numerusform>Екі жақта да өзгертілді: %n жазба. Екі нұсқа да сақталды, ал іс Сіз шешуге тиіс қайшылықты көрсетеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="216"/>
        <source>Proposed changes: %n record(s) were changed by a vault that did not create them. They were kept but not applied; the case shows them for a person to accept or decline.</source>
        <translation>
            <numerusform>Ұсынылған өзгерістер: %n жазбаны оларды жасамаған қойма өзгертті. Олар сақталды, бірақ қолданылмады; іс оларды адам қабылдауы немесе қабылдамауы үшін көрсетеді.</numerusform>
            <numerusform>Ұсынылған өзгерістер: %n жазбаны оларды жасамаған қойма өзгертті. Олар сақталды, бірақ қолданылмады; іс оларды адам қабылдауы немесе қабылдамауы үшін көрсетеді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyLockDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="21"/>
        <source>Quit Amanat?</source>
        <translation>Amanat жабу керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="21"/>
        <source>Lock the vault?</source>
        <translation>Қойманы құлыптау керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="28"/>
        <source>An attachment is still being added to a case. Wait for it, and the vault locks by itself as soon as the file is saved; or lock now, and the file being written is NOT saved (add it again after unlocking).</source>
        <translation>Іске әлі тіркеме қосылып жатыр. Күтіңіз, файл сақталған бойда қойма өзі құлыпталады; немесе қазір құлыптаңыз, сонда жазылып жатқан файл САҚТАЛМАЙДЫ (құлыпты ашқаннан кейін оны қайта қосыңыз).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="38"/>
        <source>Wait for it, then quit</source>
        <translation>Күтіп, шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="38"/>
        <source>Wait for it, then lock</source>
        <translation>Күтіп, құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="44"/>
        <source>Quit anyway</source>
        <translation>Бәрібір шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="44"/>
        <source>Lock anyway</source>
        <translation>Бәрібір құлыптау</translation>
    </message>
</context>
<context>
    <name>CardTextDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="127"/>
        <source>Your identity card</source>
        <translation>Сіздің сәйкестендіру картаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="129"/>
        <source>Your identity card as text</source>
        <translation>Мәтін түріндегі сәйкестендіру картаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="133"/>
        <source>Paste this into a message to a colleague. It holds your display name and public keys, nothing secret. They still have to compare your safety number with you before they trust it.</source>
        <translation>Мұны әріптесіңізге хабарламаға қойыңыз. Онда Сіздің көрсетілетін атыңыз бен ашық кілттеріңіз бар, құпия ештеңе жоқ. Оған сенім білдірмес бұрын әріптесіңіз бәрібір Сізбен қауіпсіздік нөмірін салыстыруы керек.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="139"/>
        <source>Identity card text</source>
        <translation>Сәйкестендіру картасының мәтіні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="148"/>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="148"/>
        <source>Copy the card</source>
        <translation>Картаны көшіру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="157"/>
        <source>Copied</source>
        <translation>Көшірілді</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="28"/>
        <source>Correct the case</source>
        <translation>Істі түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="41"/>
        <source>Case title</source>
        <translation>Істің атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="42"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="43"/>
        <source>Assignee</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="44"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Жауапты:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="45"/>
        <source>Our reference</source>
        <translation>Біздің нөмір</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="46"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Нөмір:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="47"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="49"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Қысқаша мазмұны:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="55"/>
        <source>the title is empty.</source>
        <translation>атауы бос.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="68"/>
        <source>the title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="69"/>
        <source>the assignee</source>
        <translation>жауапты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="70"/>
        <source>our reference</source>
        <translation>біздің нөмір</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="71"/>
        <source>the summary</source>
        <translation>қысқаша мазмұны</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="113"/>
        <source>Filter by status</source>
        <translation>Күйі бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="114"/>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="117"/>
        <source>Filter by facility</source>
        <translation>Мекеме бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="118"/>
        <source>Any facility</source>
        <translation>Кез келген мекеме</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="119"/>
        <source>Filter by hometown</source>
        <translation>Туған жері бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="120"/>
        <source>Any hometown</source>
        <translation>Кез келген туған жер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="121"/>
        <source>Filter by assignee</source>
        <translation>Жауапты бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="122"/>
        <source>Anyone</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="123"/>
        <source>Unassigned</source>
        <translation>Тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="129"/>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="139"/>
        <source>Events from</source>
        <translation>Оқиғалар қашаннан</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="130"/>
        <source>Events until</source>
        <translation>Оқиғалар қашанға дейін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="132"/>
        <source>YYYY or YYYY-MM</source>
        <translation>ЖЖЖЖ немесе ЖЖЖЖ-АА</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="141"/>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="203"/>
        <source>Not a date: use YYYY or YYYY-MM</source>
        <translation>Бұл күн емес: ЖЖЖЖ немесе ЖЖЖЖ-АА пайдаланыңыз</translation>
    </message>
</context>
<context>
    <name>CaseFollowups</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="37"/>
        <source>Questions about this case</source>
        <translation>Осы іс бойынша сұрақтар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="40"/>
        <source>Ask the field a question</source>
        <translation>Далалық қызметкерге сұрақ қою</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="42"/>
        <source>What the question is about</source>
        <translation>Сұрақ не туралы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="44"/>
        <source>The question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="45"/>
        <source>For example: which camp in Ghulja?</source>
        <translation>Мысалы: Құлжадағы қай лагерь?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="49"/>
        <source>Ask</source>
        <translation>Сұрау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="60"/>
        <source>The case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="61"/>
        <source>The person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="64"/>
        <source>Event %1: %2</source>
        <translation>Оқиға %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="66"/>
        <source>Testimony %1</source>
        <translation>Айғақ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="96"/>
        <source>Question saved. It travels with the next bundle of this case.</source>
        <translation>Сұрақ сақталды. Ол осы істің келесі бумасымен жіберіледі.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="101"/>
        <source>(unknown person)</source>
        <translation>(белгісіз адам)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="142"/>
        <source>Consent was withdrawn: check what may still be used.</source>
        <translation>Келісім қайтарылып алынды: әлі де нені пайдалануға болатынын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="148"/>
        <source>Consent is missing: the speaker has not given informed, voluntary consent. This testimony must not be used or shared until consent is recorded.</source>
        <translation>Келісім жоқ: сөйлеуші ақпараттандырылған, ерікті келісім берген жоқ. Келісім жазылмайынша бұл айғақты пайдалануға немесе бөлісуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="157"/>
        <source>do not name the speaker</source>
        <translation>сөйлеушінің атын атамау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="160"/>
        <source>do not show the speaker&apos;s face</source>
        <translation>сөйлеушінің бетін көрсетпеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="164"/>
        <source>do not use the speaker&apos;s voice</source>
        <translation>сөйлеушінің дауысын пайдаланбау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="168"/>
        <source>internal use only</source>
        <translation>тек ішкі пайдалану үшін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="170"/>
        <source>no use is permitted</source>
        <translation>ешқандай пайдалануға рұқсат жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="179"/>
        <source>not permitted: %1</source>
        <translation>рұқсат жоқ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="186"/>
        <source>Consent is restricted: %1.</source>
        <translation>Келісім шектелген: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="196"/>
        <source>Withdrawn</source>
        <translation>Қайтарылып алынды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="198"/>
        <source>Missing</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="200"/>
        <source>Restricted</source>
        <translation>Шектелген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="201"/>
        <source>Given</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="540"/>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation>Тізімнен істі таңдаңыз немесе Ctrl+N арқылы жаңасын жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="561"/>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="562"/>
        <source>Case status</source>
        <translation>Істің күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="568"/>
        <source>Correct the case...</source>
        <translation>Істі түзету...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="570"/>
        <source>Correct the case&apos;s title and fields</source>
        <translation>Істің атауы мен өрістерін түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="574"/>
        <source>New testimony</source>
        <translation>Жаңа айғақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="578"/>
        <source>Seal bundle...</source>
        <translation>Буманы мөрлеу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="578"/>
        <source>Seal this case</source>
        <translation>Бұл істі мөрлеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="580"/>
        <source>Seal this case into a bundle for a contact (Ctrl+E)</source>
        <translation>Бұл істі контактіге арналған бумаға мөрлеу (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="583"/>
        <source>Dossier...</source>
        <translation>Досье...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="583"/>
        <source>Make a dossier (PDF) of this case</source>
        <translation>Осы іс бойынша досье (PDF) жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="589"/>
        <source>Loading the case</source>
        <translation>Іс жүктелуде</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="604"/>
        <source>&amp;Person</source>
        <translation>А&amp;дам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="605"/>
        <source>&amp;Events</source>
        <translation>&amp;Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="606"/>
        <source>&amp;Testimonies</source>
        <translation>&amp;Айғақтар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="607"/>
        <source>&amp;Attachments</source>
        <translation>&amp;Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="608"/>
        <source>&amp;Notes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="609"/>
        <source>Re&amp;view</source>
        <translation>Са&amp;раптама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="611"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Нақтылау сұрақтары</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="613"/>
        <source>&amp;History</source>
        <translation>Тар&amp;их</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="614"/>
        <source>C&amp;ustody log</source>
        <translation>&amp;Сақтау журналы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="624"/>
        <source>Add an event...</source>
        <translation>Оқиға қосу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="624"/>
        <source>Add an event</source>
        <translation>Оқиға қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="627"/>
        <source>Correct...</source>
        <translation>Түзету...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="627"/>
        <source>Correct the chosen event</source>
        <translation>Таңдалған оқиғаны түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="630"/>
        <source>Remove...</source>
        <translation>Жою...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="630"/>
        <source>Remove the chosen event</source>
        <translation>Таңдалған оқиғаны жою</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="642"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="643"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="695"/>
        <source>What</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="646"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="649"/>
        <source>Stated reason</source>
        <translation>Айтылған себеп</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="650"/>
        <source>Sentence</source>
        <translation>Үкім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="651"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="655"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="658"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="692"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="661"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="700"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="664"/>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="667"/>
        <source>Record id</source>
        <translation>Жазба ID</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="670"/>
        <source>Revision</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="672"/>
        <source>Author key</source>
        <translation>Автор кілті</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="676"/>
        <source>Current</source>
        <translation>Ағымдағы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="677"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="677"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="681"/>
        <source>Came from</source>
        <translation>Қайдан келді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="682"/>
        <source>a bundle</source>
        <translation>бума</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="682"/>
        <source>this vault</source>
        <translation>осы қойма</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="688"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="703"/>
        <source>With</source>
        <translation>Кіммен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="704"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="707"/>
        <source>Entry hash</source>
        <translation>Жазба хеші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="714"/>
        <source>Custody log</source>
        <translation>Сақтау журналы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="721"/>
        <source>Every action on this case, in order. Each entry carries the fingerprint of the one before, so the log cannot be altered unnoticed.</source>
        <translation>Осы іс бойынша барлық әрекет ретімен. Әр жазбада алдыңғысының саусақ ізі бар, сондықтан журналды білдірмей өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="751"/>
        <source>undated</source>
        <translation>күні жоқ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="757"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n жыл</numerusform>
            <numerusform>%n жыл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="759"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ай</numerusform>
            <numerusform>%n ай</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="810"/>
        <source>also recorded as %1</source>
        <translation>сондай-ақ %1 ретінде жазылған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="815"/>
        <source>Ref. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="817"/>
        <source>Assigned to %1</source>
        <translation>Жауапты: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="825"/>
        <source>an unknown vault</source>
        <translation>белгісіз қойма</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="838"/>
        <source>Changes by %1 to records of this case were kept but not applied: they wait for your decision. Compare and decide in Review &gt; Conflicts (Ctrl+5).</source>
        <translation>%1 осы істің жазбаларына енгізген өзгерістер сақталды, бірақ қолданылмады: олар Сіздің шешіміңізді күтуде. Сараптама &gt; Қайшылықтар (Ctrl+5) бөлімінде салыстырып, шешім қабылдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="849"/>
        <source>Some records of this case were changed in two places and both versions were kept. Compare and resolve them in Review &gt; Conflicts (Ctrl+5).</source>
        <translation>Осы істің кейбір жазбалары екі жерде өзгертілді және екі нұсқасы да сақталды. Оларды Сараптама &gt; Қайшылықтар (Ctrl+5) бөлімінде салыстырып, шешіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="868"/>
        <source>&amp;Testimonies (%1)</source>
        <translation>&amp;Айғақтар (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="871"/>
        <source>&amp;Attachments (%1)</source>
        <translation>&amp;Тіркемелер (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="933"/>
        <source>Choose an event in the list first.</source>
        <translation>Алдымен тізімнен оқиғаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="946"/>
        <source>Remove this event?</source>
        <translation>Бұл оқиғаны жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="948"/>
        <source>The event leaves the case. Nothing is lost: its versions stay in the case&apos;s history, and the custody log records the removal.</source>
        <translation>Оқиға істен шығарылады. Ештеңе жоғалмайды: оның нұсқалары істің тарихында қалады, ал сақтау журналы жоюды тіркейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="951"/>
        <source>Remove the event</source>
        <translation>Оқиғаны жою</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="78"/>
        <source>about %1</source>
        <translation>шамамен %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="90"/>
        <source>aged %1-%2 in %3</source>
        <translation>%3 жылы %1–%2 жаста</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="95"/>
        <source>aged %1-%2</source>
        <translation>%1–%2 жаста</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="128"/>
        <source>%1 (changes to review)</source>
        <translation>%1 (қаралатын өзгерістер бар)</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="70"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="74"/>
        <source>Person of concern</source>
        <translation>Назардағы адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="79"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="83"/>
        <source>Hometown</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="86"/>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="92"/>
        <source>Assignee</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="97"/>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="235"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="247"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="264"/>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation>Тізімнен істі таңдаңыз немесе Ctrl+N арқылы жаңасын жасаңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="349"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln іс</numerusform>
            <numerusform>%Ln іс</numerusform>
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
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="103"/>
        <source>Current passphrase</source>
        <translation>Ағымдағы құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="104"/>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="106"/>
        <source>Repeat the new passphrase</source>
        <translation>Жаңа құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="107"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Ағымдағы құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="108"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Жаңа құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="110"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Қайталау:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="120"/>
        <source>Please type your current passphrase.</source>
        <translation>Ағымдағы құпия фразаңызды енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="125"/>
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation>Бұл құпия фразаны табу тым оңай. Көбірек сөз немесе таңба пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="129"/>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="165"/>
        <source>Resolve a conflict</source>
        <translation>Қайшылықты шешу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="180"/>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="183"/>
        <source>The result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="197"/>
        <source>a person</source>
        <translation>адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="198"/>
        <source>a case</source>
        <translation>іс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="199"/>
        <source>an event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="200"/>
        <source>a testimony</source>
        <translation>айғақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="201"/>
        <source>a record</source>
        <translation>жазба</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="202"/>
        <source>no case</source>
        <translation>іс жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="203"/>
        <source>Two versions of %1 in the case %2</source>
        <translation>%2 ісіндегі екі нұсқа: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="146"/>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="206"/>
        <source>an unknown vault</source>
        <translation>белгісіз қойма</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="45"/>
        <source>Names</source>
        <translation>Аттары</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="46"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="47"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="48"/>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="49"/>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="50"/>
        <source>Home town</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="51"/>
        <source>Identity documents</source>
        <translation>Жеке басын куәландыратын құжаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="52"/>
        <source>Contact details</source>
        <translation>Контактілік деректер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="53"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="54"/>
        <source>Occupation</source>
        <translation>Кәсібі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="55"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="56"/>
        <source>Sensitivity</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="57"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="58"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="59"/>
        <source>Other people in the case</source>
        <translation>Істегі басқа адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="60"/>
        <source>Assigned to</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="61"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="62"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="63"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="64"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="65"/>
        <source>Victim</source>
        <translation>Зардап шеккен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="66"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="67"/>
        <source>Until</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="68"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="69"/>
        <source>Reason given</source>
        <translation>Айтылған себеп</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="70"/>
        <source>Sentence</source>
        <translation>Үкім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="71"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="72"/>
        <source>Reported in testimonies</source>
        <translation>Айғақтарда айтылған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="73"/>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="74"/>
        <source>Relation to the person</source>
        <translation>Адаммен туыстығы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="75"/>
        <source>Interviewers</source>
        <translation>Сұхбат алушылар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="76"/>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="77"/>
        <source>How the interview was held</source>
        <translation>Сұхбат қалай өткізілді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="78"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="79"/>
        <source>Account</source>
        <translation>Баяндау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="80"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="81"/>
        <source>Corrects</source>
        <translation>Түзетеді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="82"/>
        <source>Seal</source>
        <translation>Мөрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="83"/>
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="84"/>
        <source>Other person</source>
        <translation>Басқа адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="85"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="102"/>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="105"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="107"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="137"/>
        <source>nothing given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="150"/>
        <source>Mine: the version shown here (by %1, %2)</source>
        <translation>Менікі: мұнда көрсетілген нұсқа (авторы %1, %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="156"/>
        <source>Theirs: by %1, %2</source>
        <translation>Олардікі: авторы %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="210"/>
        <source>%1 proposes a change to the version shown here. Keep theirs, keep yours, or take each field from either.</source>
        <translation>%1 мұнда көрсетілген нұсқаға өзгеріс ұсынады. Олардікін немесе өзіңізді қалдырыңыз, не әр өрісті біреуінен алыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="218"/>
        <source>This record was edited here and by %1 since their common version. Marked fields are the ones each side changed. Choose, field by field, which to keep.</source>
        <translation>Бұл жазба ортақ нұсқадан кейін мұнда да, %1 тарапынан да өңделді. Белгіленген өрістерді әр тарап өзгерткен. Әр өріс бойынша нені қалдыруды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="226"/>
        <source>More versions came in: this view compares with the first; resolving ends them all.</source>
        <translation>Тағы нұсқалар келді: бұл көрініс біріншісімен салыстырады; шешім олардың бәрін аяқтайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="236"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="251"/>
        <source>Both versions say the same.</source>
        <translation>Екі нұсқада да бірдей.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="254"/>
        <source>%1 other fields are the same in both.</source>
        <translation>Басқа %1 өріс екеуінде де бірдей.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="277"/>
        <source>%1 (changed)</source>
        <translation>%1 (өзгертілген)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="281"/>
        <source>%1: keep %2</source>
        <translation>%1: %2 қалдыру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="282"/>
        <source>mine</source>
        <translation>менің нұсқамды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="282"/>
        <source>theirs</source>
        <translation>олардың нұсқасын</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="300"/>
        <source>Keep all of mine</source>
        <translation>Менікін толық қалдыру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="301"/>
        <source>Keep all of theirs</source>
        <translation>Олардікін толық қалдыру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="311"/>
        <source>Resolve</source>
        <translation>Шешу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="312"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="30"/>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="81"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="31"/>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="80"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="32"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="33"/>
        <source>Testimony</source>
        <translation>Айғақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="34"/>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="35"/>
        <source>Attachment</source>
        <translation>Тіркеме</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="36"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="42"/>
        <source>Proposed change</source>
        <translation>Ұсынылған өзгеріс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="43"/>
        <source>Edited on both sides</source>
        <translation>Екі жақта өңделген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="48"/>
        <source>an unknown vault</source>
        <translation>белгісіз қойма</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="82"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="83"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="84"/>
        <source>Changed by</source>
        <translation>Кім өзгертті</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="85"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="90"/>
        <source>Records waiting for a decision</source>
        <translation>Шешімді күтіп тұрған жазбалар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="95"/>
        <source>Compare and resolve...</source>
        <translation>Салыстыру және шешу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="96"/>
        <source>Open the case</source>
        <translation>Істі ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="106"/>
        <source>A record edited here and elsewhere keeps both versions until you choose. Resolving writes one version that both sides accept, so the conflict does not come back.</source>
        <translation>Мұнда және басқа жерде өңделген жазба Сіз таңдағанша екі нұсқаны да сақтайды. Шешім екі тарап та қабылдайтын бір нұсқаны жазады, сондықтан қайшылық қайта пайда болмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="142"/>
        <source>%1 records are waiting for a decision.</source>
        <translation>Шешімді %1 жазба күтуде.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="144"/>
        <source>One record is waiting for a decision.</source>
        <translation>Шешімді бір жазба күтуде.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="146"/>
        <source>No record is waiting for a decision.</source>
        <translation>Шешімді күтіп тұрған жазба жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="173"/>
        <source>Conflict resolved.</source>
        <translation>Қайшылық шешілді.</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="931"/>
        <source>&amp;Contacts</source>
        <translation>Контакт&amp;ілер</translation>
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
        <translation>Менің &amp;деректерім</translation>
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
        <translation>Сіз мөрленген бумалармен алмасатын адамдар. Картадан қосылған контакт тексерілмеген: оған мөрлеу немесе оның бумаларын қабылдау алдында онымен қауіпсіздік нөмірлерін салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="442"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="445"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="491"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="448"/>
        <source>Safety number</source>
        <translation>Қауіпсіздік нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="453"/>
        <source>Post-quantum</source>
        <translation>Пост-кванттық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="454"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="454"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="456"/>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="462"/>
        <source>Contacts</source>
        <translation>Контактілер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="470"/>
        <source>Add from card file...</source>
        <translation>Карта файлынан қосу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="472"/>
        <source>Add a contact from a card file</source>
        <translation>Контактіні карта файлынан қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="476"/>
        <source>Paste card text...</source>
        <translation>Карта мәтінін қою...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="478"/>
        <source>Add a contact from pasted card text</source>
        <translation>Контактіні қойылған карта мәтінінен қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="481"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="543"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="554"/>
        <source>Verify...</source>
        <translation>Тексеру...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="481"/>
        <source>Verify the chosen contact</source>
        <translation>Таңдалған контактіні тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="488"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="538"/>
        <source>Chosen contact</source>
        <translation>Таңдалған контакт</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="493"/>
        <source>Contact&apos;s safety number</source>
        <translation>Контактінің қауіпсіздік нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="495"/>
        <source>Key history</source>
        <translation>Кілттер тарихы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="535"/>
        <source>Choose a contact in the list.</source>
        <translation>Тізімнен контактіні таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="542"/>
        <source>Verified on %1.</source>
        <translation>%1 күні тексерілген.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="546"/>
        <source>Keys changed: nothing is sealed to this contact or accepted from them until you compare the new safety number and verify them again.</source>
        <translation>Кілттер өзгерді: жаңа қауіпсіздік нөмірін салыстырып, оны қайта тексермейінше, бұл контактіге ештеңе мөрленбейді және одан ештеңе қабылданбайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="549"/>
        <source>Verify again...</source>
        <translation>Қайта тексеру...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="552"/>
        <source>Not verified: compare this safety number with them before you exchange bundles.</source>
        <translation>Тексерілмеген: бумалармен алмаспас бұрын онымен осы қауіпсіздік нөмірін салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="579"/>
        <source>Add a contact from a card</source>
        <translation>Контактіні картадан қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="613"/>
        <source>The card renames %1 to a name that looks like another contact&apos;s; the name is kept.</source>
        <translation>Карта %1 контактісінің атын басқа контактінің атына ұқсас атқа өзгертеді; бұрынғы аты сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="624"/>
        <source>The keys of %1 changed. Nothing will be sealed to them or accepted from them until you compare the new safety number and verify them again.</source>
        <translation>%1 контактісінің кілттері өзгерді. Жаңа қауіпсіздік нөмірін салыстырып, қайта тексермейінше, оған ештеңе мөрленбейді және одан ештеңе қабылданбайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="631"/>
        <source>%1 is already a contact.</source>
        <translation>%1 бұрыннан контактілер арасында бар.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="637"/>
        <source>%1 was added, not verified yet. Compare the safety number with them, then press Verify.</source>
        <translation>%1 қосылды, бірақ әлі тексерілмеген. Онымен қауіпсіздік нөмірін салыстырып, «Тексеру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="670"/>
        <source>%1 is verified. You can now seal bundles to them and accept theirs.</source>
        <translation>%1 тексерілді. Енді Сіз оған бумаларды мөрлеп, оның бумаларын қабылдай аласыз.</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="105"/>
        <source>Create a demo vault</source>
        <translation>Демо қойма жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="105"/>
        <source>Create a vault</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="110"/>
        <source>The demo vault is protected like a real one. Choose a passphrase you can remember for it.</source>
        <translation>Демо қойма нақты қойма сияқты қорғалған. Ол үшін есте сақтай алатын құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="115"/>
        <source>Choose a long passphrase: several words that mean something only to you. Nobody, including the Amanat team, can recover it for you; the recovery code shown next is the only other key.</source>
        <translation>Ұзын құпия фраза таңдаңыз: тек Сіз үшін мағынасы бар бірнеше сөз. Ешкім, соның ішінде Amanat командасы да, оны Сізге қалпына келтіріп бере алмайды; келесі көрсетілетін қалпына келтіру коды — жалғыз басқа кілт.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="124"/>
        <source>Vault name</source>
        <translation>Қойма атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="125"/>
        <source>Demo vault</source>
        <translation>Демо қойма</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="127"/>
        <source>For example: your first name or team</source>
        <translation>Мысалы: атыңыз немесе командаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="128"/>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="130"/>
        <source>Shown to the contacts you send sealed bundles to.</source>
        <translation>Мөрленген бумаларды жіберетін контактілерге көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="133"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="134"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="137"/>
        <source>Repeat the passphrase</source>
        <translation>Құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="138"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Қайталау:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="142"/>
        <source>Creating the vault</source>
        <translation>Қойма жасалуда</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="147"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="151"/>
        <source>Create vault</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="176"/>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="191"/>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="182"/>
        <source>Please give the vault a name.</source>
        <translation>Қоймаға атау беріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="185"/>
        <source>Please choose a passphrase.</source>
        <translation>Құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="188"/>
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation>Бұл құпия фразаны табу тым оңай. Көбірек сөз немесе таңба пайдаланыңыз.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="193"/>
        <source>Another vault created this record. Your correction shows here at once and reaches that vault as a proposal, which a person there accepts or declines.</source>
        <translation>Бұл жазбаны басқа қойма жасаған. Сіздің түзетуіңіз мұнда бірден көрінеді және ол қоймаға ұсыныс ретінде жетеді, оны ондағы адам қабылдайды немесе қабылдамайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="211"/>
        <source>Saving</source>
        <translation>Сақталуда</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="215"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="215"/>
        <source>Save the correction</source>
        <translation>Түзетуді сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="283"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="286"/>
        <source>Please check: %1</source>
        <translation>Тексеріңіз: %1</translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="61"/>
        <source>Detect from the text</source>
        <translation>Мәтіннен анықтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="101"/>
        <source>%1 is empty.</source>
        <translation>%1 бос.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="110"/>
        <source>%1: write a date as YYYY-MM-DD, YYYY-MM or YYYY (~ for about).</source>
        <translation>%1: күнді ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ түрінде жазыңыз (~ — шамамен).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="150"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="152"/>
        <source>Remove this row</source>
        <translation>Бұл жолды жою</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="84"/>
        <source>An unexpected error occurred.</source>
        <translation>Күтпеген қате орын алды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="85"/>
        <source>This passphrase does not open the vault. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Бұл құпия фраза қойманы ашпайды. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="90"/>
        <source>This recovery code does not open the vault. Check each word and try again.</source>
        <translation>Бұл қалпына келтіру коды қойманы ашпайды. Әр сөзді тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="93"/>
        <source>The vault is damaged or is not an Amanat vault.</source>
        <translation>Қойма зақымдалған немесе Amanat қоймасы емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="96"/>
        <source>There is no vault in this folder.</source>
        <translation>Бұл қалтада қойма жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="99"/>
        <source>A vault with this name already exists.</source>
        <translation>Мұндай атаулы қойма бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="102"/>
        <source>The vault is open in another Amanat window or process. Close it there first.</source>
        <translation>Қойма басқа Amanat терезесінде немесе процесінде ашық. Алдымен оны сол жерде жабыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="105"/>
        <source>The vault is locked.</source>
        <translation>Қойма құлыпталған.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="107"/>
        <source>The vault&apos;s database is older than its key file: it was restored from an older copy, or someone rolled it back. Changes made since (a withdrawn consent, an import) may be undone.</source>
        <translation>Қойманың дерекқоры оның кілт файлынан ескірек: ол ескі көшірмеден қалпына келтірілген немесе біреу оны кері қайтарған. Содан бергі өзгерістер (қайтарылып алынған келісім, импорт) жойылуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="113"/>
        <source>The vault is busy with other work. Try again when it has finished.</source>
        <translation>Қойма басқа жұмыспен бос емес. Ол аяқталғанда қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="116"/>
        <source>The vault&apos;s key file asks for unsafe settings and was refused. It may have been tampered with.</source>
        <translation>Қойманың кілт файлы қауіпті баптауларды сұрайды және қабылданбады. Оған қол сұғылған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="121"/>
        <source>This vault was written by a newer version of Amanat. Please update Amanat.</source>
        <translation>Бұл қойманы Amanat-тың жаңарақ нұсқасы жазған. Amanat-ты жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="124"/>
        <source>The passphrase must not be empty.</source>
        <translation>Құпия фраза бос болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="127"/>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="130"/>
        <source>The keys were destroyed, but some files could not be removed.</source>
        <translation>Кілттер жойылды, бірақ кейбір файлдарды өшіру мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="133"/>
        <source>Some of the information is not valid. Please check the form.</source>
        <translation>Кейбір мәліметтер жарамсыз. Пішінді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="136"/>
        <source>This value is not allowed for this setting. Nothing was changed.</source>
        <translation>Бұл мән осы баптау үшін рұқсат етілмеген. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="139"/>
        <source>This setting does not exist in this version of Amanat.</source>
        <translation>Amanat-тың бұл нұсқасында мұндай баптау жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="142"/>
        <source>This record no longer exists.</source>
        <translation>Бұл жазба енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="143"/>
        <source>This record is sealed and cannot be changed. Record a correction instead.</source>
        <translation>Бұл жазба мөрленген және оны өзгертуге болмайды. Оның орнына түзету жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="146"/>
        <source>An integrity check failed: the stored data does not match its fingerprint.</source>
        <translation>Тұтастық тексерісі сәтсіз: сақталған деректер өз ізіне сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="149"/>
        <source>A cryptographic check failed.</source>
        <translation>Криптографиялық тексеріс сәтсіз аяқталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="150"/>
        <source>Cancelled.</source>
        <translation>Бас тартылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="151"/>
        <source>This change is not allowed.</source>
        <translation>Бұл өзгеріске рұқсат жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="152"/>
        <source>Only the vault that created this record may do this.</source>
        <translation>Мұны тек осы жазбаны жасаған қойма ғана жасай алады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="155"/>
        <source>That version is no longer waiting for a decision.</source>
        <translation>Бұл нұсқа енді шешім күтпейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="158"/>
        <source>That version was sealed by someone other than the testimony&apos;s interviewer. It cannot be accepted.</source>
        <translation>Бұл нұсқаны айғақтың сұхбат алушысы емес, басқа біреу мөрлеген. Оны қабылдауға болмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="163"/>
        <source>The disk is full. Nothing was changed.</source>
        <translation>Диск толы. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="166"/>
        <source>These cases have no follow-up questions or answers to send.</source>
        <translation>Бұл істерде жіберетін нақтылау сұрақтары немесе жауаптар жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="169"/>
        <source>A question can be asked about a case, its person, an event or a testimony.</source>
        <translation>Сұрақты іс, оның адамы, оқиға немесе айғақ туралы қоюға болады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="172"/>
        <source>This record is no longer waiting for a decision.</source>
        <translation>Бұл жазба енді шешімді күтпейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="175"/>
        <source>This record has several incoming versions. Choose field by field.</source>
        <translation>Бұл жазбаның бірнеше келген нұсқасы бар. Әр өріс бойынша таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="178"/>
        <source>The file could not be read or written.</source>
        <translation>Файлды оқу немесе жазу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="184"/>
        <source>These persons cannot be merged or separated.</source>
        <translation>Бұл адамдарды біріктіруге немесе ажыратуға болмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="187"/>
        <source>These are already one person. Nothing was merged.</source>
        <translation>Бұлар қазірдің өзінде бір адам. Ештеңе біріктірілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="190"/>
        <source>A person cannot be marked as not the same as itself.</source>
        <translation>Адамды өзімен бір адам емес деп белгілеуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="193"/>
        <source>These persons were marked as not the same person, so they cannot be merged.</source>
        <translation>Бұл адамдар бір адам емес деп белгіленген, сондықтан оларды біріктіруге болмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="197"/>
        <source>This merge was undone already.</source>
        <translation>Бұл біріктіру бұрын болдырылмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="200"/>
        <source>These are one merged person. Unmerge them first.</source>
        <translation>Бұлар біріктірілген бір адам. Алдымен оларды ажыратыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="210"/>
        <source>The contact could not be changed.</source>
        <translation>Контактіні өзгерту мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="213"/>
        <source>This file is not an Amanat identity card, or it is damaged.</source>
        <translation>Бұл файл Amanat сәйкестендіру картасы емес немесе зақымдалған.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="216"/>
        <source>This identity card was made by a newer version of Amanat. Please update.</source>
        <translation>Бұл сәйкестендіру картасын Amanat-тың жаңарақ нұсқасы жасаған. Бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="219"/>
        <source>The identity card does not verify: it was altered or damaged. Ask for it again.</source>
        <translation>Сәйкестендіру картасы тексерістен өтпейді: ол өзгертілген немесе зақымдалған. Оны қайта сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="223"/>
        <source>The identity card&apos;s new encryption keys are not signed by its own key. It was not accepted.</source>
        <translation>Сәйкестендіру картасының жаңа шифрлау кілттері оның өз кілтімен қол қойылмаған. Ол қабылданбады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="228"/>
        <source>This is your own identity card.</source>
        <translation>Бұл Сіздің өз сәйкестендіру картаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="231"/>
        <source>Several contacts have this name.</source>
        <translation>Бұл атпен бірнеше контакт бар.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="234"/>
        <source>The digits you typed are NOT this contact&apos;s safety number. Do not verify it: someone may be impersonating them.</source>
        <translation>Сіз енгізген сандар бұл контактінің қауіпсіздік нөмірі ЕМЕС. Оны тексерілген деп белгілемеңіз: біреу оның атын жамылуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="239"/>
        <source>The name on this card holds invisible characters or characters that change how text is shown (such as right-to-left overrides or zero-width spaces). It was refused: a name must look like what it is.</source>
        <translation>Бұл картадағы атта көрінбейтін таңбалар немесе мәтіннің көрсетілуін өзгертетін таңбалар бар (мысалы, оңнан солға бағытты ауыстыру немесе нөлдік ені бар бос орындар). Ол қабылданбады: ат өзінің шын түрінде көрінуі керек.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="245"/>
        <source>An evidentiary original is never removed; only a working copy can be.</source>
        <translation>Дәлелдемелік түпнұсқа ешқашан жойылмайды; тек жұмыс көшірмесін жоюға болады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="248"/>
        <source>The text holds control characters (such as terminal escape sequences). It was refused; nothing was changed.</source>
        <translation>Мәтінде басқару таңбалары бар (мысалы, терминалдың escape-тізбектері). Ол қабылданбады; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="253"/>
        <source>A recipient has no post-quantum key: the bundle would be protected by X25519 only, for everyone. Choose X25519 only explicitly, or seal to them separately.</source>
        <translation>Алушылардың бірінде пост-кванттық кілт жоқ: бума барлығы үшін тек X25519 арқылы қорғалар еді. «Тек X25519» нұсқасын анық таңдаңыз немесе оған бөлек мөрлеңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="258"/>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="451"/>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>Мұндай атаулы файл бұрыннан бар. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="261"/>
        <source>The bundle could not be opened. Your vault was not changed.</source>
        <translation>Буманы ашу мүмкін болмады. Қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="264"/>
        <source>This file is not a sealed bundle. Your vault was not changed.</source>
        <translation>Бұл файл мөрленген бума емес. Қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="267"/>
        <source>The bundle is damaged or was altered after it was sealed. Nothing was imported; your vault was not changed. Ask the sender to send it again.</source>
        <translation>Бума зақымдалған немесе мөрленгеннен кейін өзгертілген. Ештеңе импортталмады; қоймаңыз өзгертілмеді. Жіберушіден оны қайта жіберуін сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="272"/>
        <source>This file is encrypted with a passphrase, not sealed to contacts. It was refused; your vault was not changed.</source>
        <translation>Бұл файл контактілерге мөрленбеген, құпия фразамен шифрланған. Ол қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="277"/>
        <source>This file mixes kinds of keys that sealed bundles never use. It was refused; your vault was not changed.</source>
        <translation>Бұл файлда мөрленген бумаларда ешқашан қолданылмайтын кілт түрлері араласқан. Ол қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="282"/>
        <source>No key this vault holds now opens this bundle: it was sealed to keys destroyed after a rotation, or to another vault. Ask the sender to seal it again.</source>
        <translation>Бұл қоймадағы қазіргі бірде-бір кілт бұл буманы ашпайды: ол кілттер ауыстырылғаннан кейін жойылған кілттерге немесе басқа қоймаға мөрленген. Жіберушіден оны қайта мөрлеуін сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="288"/>
        <source>This bundle was not sealed to this vault, so it cannot be opened here. Your vault was not changed.</source>
        <translation>Бұл бума осы қоймаға мөрленбеген, сондықтан оны мұнда ашу мүмкін емес. Қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="293"/>
        <source>The file opens, but it is not an Amanat bundle. Your vault was not changed.</source>
        <translation>Файл ашылады, бірақ бұл Amanat бумасы емес. Қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="296"/>
        <source>This bundle was made by a newer version of Amanat. Please update Amanat; your vault was not changed.</source>
        <translation>Бұл буманы Amanat-тың жаңарақ нұсқасы жасаған. Amanat-ты жаңартыңыз; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="301"/>
        <source>The bundle exceeds a size limit and was refused. Your vault was not changed.</source>
        <translation>Бума өлшем шегінен асады және қабылданбады. Қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="304"/>
        <source>The bundle is malformed and was refused. Your vault was not changed.</source>
        <translation>Буманың құрылымы қате және ол қабылданбады. Қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="307"/>
        <source>The bundle ends too early: it was cut short in transit. Your vault was not changed. Ask the sender to send it again.</source>
        <translation>Бума толық емес: ол жіберу кезінде кесіліп қалған. Қоймаңыз өзгертілмеді. Жіберушіден оны қайта жіберуін сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="312"/>
        <source>The sender&apos;s identity card inside the bundle is invalid. It was refused; your vault was not changed.</source>
        <translation>Бума ішіндегі жіберушінің сәйкестендіру картасы жарамсыз. Ол қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="317"/>
        <source>The sender did not seal this bundle for you: someone re-encrypted it to you. It was refused; your vault was not changed.</source>
        <translation>Жіберуші бұл буманы Сізге мөрлеген жоқ: біреу оны Сізге қайта шифрлаған. Ол қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="322"/>
        <source>The bundle&apos;s recipients differ from those the sender signed. It was refused; your vault was not changed.</source>
        <translation>Буманың алушылары жіберуші қол қойған алушылардан өзгеше. Ол қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="327"/>
        <source>This bundle was already imported. Nothing changed.</source>
        <translation>Бұл бума бұрын импортталған. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="330"/>
        <source>This bundle is older than one already imported from the same sender. It was refused; your vault was not changed.</source>
        <translation>Бұл бума сол жіберушіден бұрын импортталған бумадан ескі. Ол қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="335"/>
        <source>The bundle&apos;s contents do not match what the sender listed: it was altered. It was refused; your vault was not changed.</source>
        <translation>Буманың мазмұны жіберуші тізгенге сәйкес келмейді: ол өзгертілген. Ол қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="340"/>
        <source>A part of the bundle does not match its recorded fingerprint: it was altered. It was refused; your vault was not changed.</source>
        <translation>Буманың бір бөлігі жазылған ізіне сәйкес келмейді: ол өзгертілген. Бума қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="345"/>
        <source>A record in the bundle is invalid. The bundle was refused; your vault was not changed.</source>
        <translation>Бумадағы жазба жарамсыз. Бума қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="350"/>
        <source>A change in the bundle is not signed by the person it names as its author: it was altered or written under someone else&apos;s name. The bundle was refused; your vault was not changed.</source>
        <translation>Бумадағы өзгеріске оның авторы ретінде аталған адам қол қоймаған: ол өзгертілген немесе басқа біреудің атынан жазылған. Бума қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="356"/>
        <source>The quarantine is full. Discard bundles waiting there, or verify their senders and import them, then open this bundle again. It was left where it is; nothing changed.</source>
        <translation>Карантин толы. Ондағы күтіп тұрған бумаларды жойыңыз немесе олардың жіберушілерін тексеріп, импорттаңыз, содан кейін бұл буманы қайта ашыңыз. Ол орнында қалдырылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="362"/>
        <source>A file with that name already exists there. Nothing was written: choose another name, or confirm that you want to replace it.</source>
        <translation>Ол жерде мұндай атаулы файл бұрыннан бар. Ештеңе жазылмады: басқа атау таңдаңыз немесе оны ауыстырғыңыз келетінін растаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="367"/>
        <source>That folder is a temporary folder, which other programs read and clean up. Nothing was written: choose a folder of your own.</source>
        <translation>Бұл қалта уақытша қалта: оны басқа бағдарламалар оқиды және тазалайды. Ештеңе жазылмады: өз қалтаңызды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="372"/>
        <source>The passphrase is too short: use at least 12 characters, best several words.</source>
        <translation>Құпия фраза тым қысқа: кемінде 12 таңба, жақсысы бірнеше сөз пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="376"/>
        <source>These key settings are too weak for a new passphrase. Nothing was changed.</source>
        <translation>Бұл кілт баптаулары жаңа құпия фраза үшін тым әлсіз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="380"/>
        <source>A change received from another vault does not carry a valid signature of its author, so it cannot be passed on. Nothing was sealed.</source>
        <translation>Басқа қоймадан алынған өзгерісте авторының жарамды қолтаңбасы жоқ, сондықтан оны әрі қарай беруге болмайды. Ештеңе мөрленбеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="385"/>
        <source>A change in the bundle names an author who is not one of your contacts. The bundle was refused; your vault was not changed.</source>
        <translation>Бумадағы өзгеріс Сіздің контактілеріңіздің қатарында жоқ авторды атайды. Бума қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="390"/>
        <source>An unsigned change in the bundle names someone other than the sender as its author, which cannot be proven. The bundle was refused; your vault was not changed.</source>
        <translation>Бумадағы қол қойылмаған өзгеріс авторы ретінде жіберушіні емес, басқа біреуді атайды, оны дәлелдеу мүмкін емес. Бума қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="396"/>
        <source>A record in the bundle has a field this version of Amanat does not know. The bundle was refused; your vault was not changed.</source>
        <translation>Бумадағы жазбада Amanat-тың бұл нұсқасы білмейтін өріс бар. Бума қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="401"/>
        <source>The bundle refers to records that neither it nor this vault holds. It was refused; your vault was not changed.</source>
        <translation>Бума өзінде де, бұл қоймада да жоқ жазбаларға сілтейді. Ол қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="406"/>
        <source>The sender&apos;s signature does not verify: the bundle was altered or re-encrypted by someone else. It was refused; your vault was not changed.</source>
        <translation>Жіберушінің қолтаңбасы тексерістен өтпейді: буманы басқа біреу өзгерткен немесе қайта шифрлаған. Ол қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="411"/>
        <source>Extra data follows the sender&apos;s signature. The bundle was refused; your vault was not changed.</source>
        <translation>Жіберушінің қолтаңбасынан кейін артық деректер бар. Бума қабылданбады; қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="416"/>
        <source>The sender is not a verified contact, so nothing was imported. The bundle waits in Contacts &gt; Quarantine until you verify the sender.</source>
        <translation>Жіберуші тексерілген контакт емес, сондықтан ештеңе импортталмады. Бума Сіз жіберушіні тексергенше «Контактілер &gt; Карантин» бөлімінде күтеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="421"/>
        <source>This bundle was sealed by this vault. Nothing was imported.</source>
        <translation>Бұл буманы осы қойма мөрлеген. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="424"/>
        <source>Choose at least one verified contact.</source>
        <translation>Кемінде бір тексерілген контактіні таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="427"/>
        <source>The same contact is chosen twice.</source>
        <translation>Бір контакт екі рет таңдалған.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="430"/>
        <source>A chosen contact is not verified yet. Compare their safety number and verify them first.</source>
        <translation>Таңдалған контакт әлі тексерілмеген. Алдымен оның қауіпсіздік нөмірін салыстырып, оны тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="435"/>
        <source>The keys of a chosen contact changed. Compare their new safety number and verify them again before sealing to them.</source>
        <translation>Таңдалған контактінің кілттері өзгерді. Оған мөрлеу алдында оның жаңа қауіпсіздік нөмірін салыстырып, қайта тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="440"/>
        <source>Choose the cases to seal.</source>
        <translation>Мөрленетін істерді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="443"/>
        <source>Nothing is left to send: the chosen profile leaves out every chosen case (they are restricted). Choose the full profile or other cases.</source>
        <translation>Жіберетін ештеңе қалмады: таңдалған профиль барлық таңдалған істі шығарып тастайды (олар шектеулі). Толық профильді немесе басқа істерді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="448"/>
        <source>Unknown redaction profile.</source>
        <translation>Белгісіз жасыру профилі.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="454"/>
        <source>The vault changed while sealing. Nothing was written; please try again.</source>
        <translation>Мөрлеу кезінде қойма өзгерді. Ештеңе жазылмады; қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="457"/>
        <source>An internal error stopped the bundle.</source>
        <translation>Ішкі қате буманы тоқтатты.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="467"/>
        <source>Waiting for the file to finish copying: it changed while it was read. It will be tried again; nothing was imported.</source>
        <translation>Файлдың көшірілуі аяқталуын күтуде: ол оқылып жатқанда өзгерді. Қайта көріледі; ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="472"/>
        <source>Waiting for the file to finish copying: it is still empty. It will be tried again; nothing was imported.</source>
        <translation>Файлдың көшірілуі аяқталуын күтуде: ол әлі бос. Қайта көріледі; ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="477"/>
        <source>The file could not be read (check its permissions, or that the drive is still there). Your vault was not changed.</source>
        <translation>Файлды оқу мүмкін болмады (оның рұқсаттарын немесе дискінің әлі қосулы екенін тексеріңіз). Қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="482"/>
        <source>The inbox folder does not exist (or is not a folder). Choose another.</source>
        <translation>Кіріс қалтасы жоқ (немесе ол қалта емес). Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="590"/>
        <source>Check %1.</source>
        <translation>Тексеріңіз: %1.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="47"/>
        <source>Correct the event</source>
        <translation>Оқиғаны түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="49"/>
        <source>Add an event</source>
        <translation>Оқиға қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="59"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="60"/>
        <source>Choose what happened</source>
        <translation>Не болғанын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="63"/>
        <source>E&amp;vent:</source>
        <translation>&amp;Оқиға:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="65"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="65"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="67"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="69"/>
        <source>Until</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="69"/>
        <source>Optional: when it ended</source>
        <translation>Міндетті емес: қашан аяқталды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="71"/>
        <source>&amp;Until:</source>
        <translation>Д&amp;ейін:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="72"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="73"/>
        <source>Type in any script and choose, e.g. a camp</source>
        <translation>Кез келген жазумен теріп, таңдаңыз, мысалы лагерь</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="74"/>
        <source>&amp;Place:</source>
        <translation>О&amp;рын:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="75"/>
        <source>Stated reason</source>
        <translation>Айтылған себеп</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="76"/>
        <source>Stated &amp;reason:</source>
        <translation>&amp;Айтылған себеп:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="77"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="80"/>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Сипаттама:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="100"/>
        <source>what happened: choose the kind of event.</source>
        <translation>не болды: оқиға түрін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="102"/>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="130"/>
        <source>the date</source>
        <translation>күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="103"/>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="131"/>
        <source>the end date</source>
        <translation>аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="129"/>
        <source>the kind of event</source>
        <translation>оқиға түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="132"/>
        <source>the place</source>
        <translation>орын</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="133"/>
        <source>the stated reason</source>
        <translation>айтылған себеп</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="134"/>
        <source>the description</source>
        <translation>сипаттама</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="491"/>
        <source>person of concern</source>
        <translation>назардағы адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="492"/>
        <source>person</source>
        <translation>адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="493"/>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="494"/>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="495"/>
        <source>script</source>
        <translation>жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="496"/>
        <source>identifier</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="497"/>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="498"/>
        <source>value</source>
        <translation>мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="499"/>
        <source>date of birth</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="500"/>
        <source>hometown</source>
        <translation>туған жері</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="501"/>
        <source>status</source>
        <translation>күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="502"/>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="503"/>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="504"/>
        <source>summary</source>
        <translation>қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="505"/>
        <source>reference</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="506"/>
        <source>assignee</source>
        <translation>жауапты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="507"/>
        <source>event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="508"/>
        <source>place</source>
        <translation>орын</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="509"/>
        <source>stated reason</source>
        <translation>айтылған себеп</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="510"/>
        <source>description</source>
        <translation>сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="511"/>
        <source>testimony</source>
        <translation>айғақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="512"/>
        <source>narrative</source>
        <translation>баяндама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="513"/>
        <source>speaker</source>
        <translation>сөйлеуші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="514"/>
        <source>interviewer</source>
        <translation>сұхбат алушы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="515"/>
        <source>interpreter</source>
        <translation>аудармашы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="516"/>
        <source>consent</source>
        <translation>келісім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="517"/>
        <source>permitted use</source>
        <translation>рұқсат етілген пайдалану</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="518"/>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="519"/>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="520"/>
        <source>ethnicity</source>
        <translation>ұлты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="524"/>
        <source>first</source>
        <translation>бірінші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="525"/>
        <source>second</source>
        <translation>екінші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="526"/>
        <source>third</source>
        <translation>үшінші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="527"/>
        <source>fourth</source>
        <translation>төртінші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="528"/>
        <source>fifth</source>
        <translation>бесінші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="548"/>
        <source>one of the fields</source>
        <translation>өрістердің бірі</translation>
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
        <translation>%1 %2</translation>
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
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/file_dialogs.py" line="79"/>
        <source>Save a decrypted copy</source>
        <translation>Шифры ашылған көшірмені сақтау</translation>
    </message>
</context>
<context>
    <name>FollowupsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="56"/>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="57"/>
        <source>Only open questions</source>
        <translation>Тек ашық сұрақтар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="64"/>
        <source>Follow-up questions</source>
        <translation>Нақтылау сұрақтары</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="74"/>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="81"/>
        <source>Your answer</source>
        <translation>Сіздің жауабыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="82"/>
        <source>Your answer to the selected question</source>
        <translation>Таңдалған сұраққа Сіздің жауабыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="87"/>
        <source>Answer with</source>
        <translation>Жауап түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="88"/>
        <source>A note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="89"/>
        <source>A note and the record as corrected now</source>
        <translation>Ескертпе және қазір түзетілген жазба</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="90"/>
        <source>A note and a testimony of the case</source>
        <translation>Ескертпе және істегі айғақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="94"/>
        <source>Correct the record first (open the case), then answer: the answer links to the corrected version.</source>
        <translation>Алдымен жазбаны түзетіңіз (істі ашыңыз), содан кейін жауап беріңіз: жауап түзетілген нұсқаға сілтейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="100"/>
        <source>The testimony that answers it</source>
        <translation>Оған жауап беретін айғақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="104"/>
        <source>Answer</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="106"/>
        <source>Open the case</source>
        <translation>Істі ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="115"/>
        <source>Questions travel with the next bundle of their case. An answer here goes back the same way, and the question is answered on both sides. To answer with a correction or a new testimony, make it in the case first, then answer here and link it.</source>
        <translation>Сұрақтар өз ісінің келесі бумасымен жіберіледі. Мұндағы жауап сол жолмен қайтады, және сұрақ екі жақта да жауап алған болып саналады. Түзетумен немесе жаңа айғақпен жауап беру үшін алдымен оны істе жасаңыз, содан кейін мұнда жауап беріп, сілтеме қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="151"/>
        <source>%1 questions, %2 open.</source>
        <translation>%1 сұрақ, %2 ашық.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="153"/>
        <source>No follow-up questions.</source>
        <translation>Нақтылау сұрақтары жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="179"/>
        <source>Not answered yet.</source>
        <translation>Әлі жауап берілмеген.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="205"/>
        <source>Testimony %1: %2</source>
        <translation>Айғақ %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="254"/>
        <source>Answer saved. It travels with the next bundle of the case.</source>
        <translation>Жауап сақталды. Ол істің келесі бумасымен жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="16"/>
        <source>The case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="17"/>
        <source>The person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="18"/>
        <source>An event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="19"/>
        <source>A testimony</source>
        <translation>Айғақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="22"/>
        <source>%1, field %2</source>
        <translation>%1, %2 өрісі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="30"/>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="32"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="37"/>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="53"/>
        <source>an unknown vault</source>
        <translation>белгісіз қойма</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="40"/>
        <source>(answered by a correction)</source>
        <translation>(түзетумен жауап берілді)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="41"/>
        <source>(answered by a new testimony)</source>
        <translation>(жаңа айғақпен жауап берілді)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="43"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="63"/>
        <source>About</source>
        <translation>Неге қатысты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="64"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="65"/>
        <source>Asked by</source>
        <translation>Сұраған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="66"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="67"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="71"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="61"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="63"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="95"/>
        <source>Add grade</source>
        <translation>Баға қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="64"/>
        <source>Grading: %1</source>
        <translation>Бағалау: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="68"/>
        <source>Judge the two apart. How reliable is the source: the person who gave this account, from what you know of them? How credible is the information itself: is it confirmed by other sources? A reliable source can pass on a rumour; an unknown one can be confirmed. A new grade never replaces an older one: both stay in the history.</source>
        <translation>Екеуін бөлек бағалаңыз. Дереккөз қаншалықты сенімді: бұл мәліметті берген адам, ол туралы білетініңізге қарағанда? Ақпараттың өзі қаншалықты шынайы: оны басқа дереккөздер растай ма? Сенімді дереккөз өсек жеткізуі мүмкін; белгісіз дереккөздің сөзі расталуы мүмкін. Жаңа баға ешқашан ескісін алмастырмайды: екеуі де тарихта қалады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="78"/>
        <source>Source reliability</source>
        <translation>Дереккөздің сенімділігі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="81"/>
        <source>Information credibility</source>
        <translation>Ақпараттың шынайылығы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="86"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="88"/>
        <source>Why this grade: what you checked, against what.</source>
        <translation>Неге осындай баға: нені, неменен салыстырып тексердіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="90"/>
        <source>&amp;Source reliability:</source>
        <translation>&amp;Дереккөздің сенімділігі:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="91"/>
        <source>&amp;Information credibility:</source>
        <translation>&amp;Ақпараттың шынайылығы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="92"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="22"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="23"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="24"/>
        <source>Assignee</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="25"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="26"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="27"/>
        <source>Sensitivity</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="28"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="29"/>
        <source>Born</source>
        <translation>Туған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="30"/>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="31"/>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="32"/>
        <source>Hometown</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="33"/>
        <source>Occupation</source>
        <translation>Кәсібі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="34"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="35"/>
        <source>What</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="36"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="37"/>
        <source>Until</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="38"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="39"/>
        <source>Stated reason</source>
        <translation>Айтылған себеп</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="40"/>
        <source>Sentence</source>
        <translation>Үкім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="41"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="42"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="43"/>
        <source>Testimony</source>
        <translation>Айғақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="44"/>
        <source>Narrative</source>
        <translation>Баяндама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="45"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="46"/>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="47"/>
        <source>Mode</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="48"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="49"/>
        <source>Seal</source>
        <translation>Мөрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="50"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="51"/>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="58"/>
        <source>Name added: %1</source>
        <translation>Аты қосылды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="59"/>
        <source>Name removed: %1</source>
        <translation>Аты жойылды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="62"/>
        <source>Identifier added: %1</source>
        <translation>Идентификатор қосылды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="63"/>
        <source>Identifier removed: %1</source>
        <translation>Идентификатор жойылды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="66"/>
        <source>Status added: %1</source>
        <translation>Күй қосылды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="67"/>
        <source>Status removed: %1</source>
        <translation>Күй жойылды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="70"/>
        <source>Contact added: %1</source>
        <translation>Контакт қосылды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="71"/>
        <source>Contact removed: %1</source>
        <translation>Контакт жойылды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="74"/>
        <source>Person linked: %1</source>
        <translation>Адам байланыстырылды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="75"/>
        <source>Person unlinked: %1</source>
        <translation>Адам байланысы үзілді: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="78"/>
        <source>Source testimony added</source>
        <translation>Бастапқы айғақ қосылды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="79"/>
        <source>Source testimony removed</source>
        <translation>Бастапқы айғақ жойылды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="82"/>
        <source>Interviewer added</source>
        <translation>Сұхбат алушы қосылды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="83"/>
        <source>Interviewer removed</source>
        <translation>Сұхбат алушы жойылды</translation>
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
        <translation>%1, %2 бастап</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="135"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
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
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="143"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="158"/>
        <source>Removed (kept in the history)</source>
        <translation>Жойылды (тарихта сақталды)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="160"/>
        <source>Sealed</source>
        <translation>Мөрленген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="166"/>
        <source>%1 added: %2</source>
        <translation>%1 қосылды: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="172"/>
        <source>%1 removed: %2</source>
        <translation>%1 жойылды: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="190"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="202"/>
        <source>Created</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="206"/>
        <source>Merged, no change</source>
        <translation>Біріктірілді, өзгеріс жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="208"/>
        <source>No change</source>
        <translation>Өзгеріс жоқ</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="312"/>
        <source>Colleagues add you as a contact from your identity card, then compare your safety number with you: read it aloud to them in person, or in a call where they know your voice.</source>
        <translation>Әріптестер Сізді сәйкестендіру картаңыз арқылы контакт ретінде қосады, содан кейін Сізбен қауіпсіздік нөмірін салыстырады: оны оларға жеке кездесуде немесе олар Сіздің дауысыңызды танитын қоңырау кезінде дауыстап оқыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="320"/>
        <source>Your display name</source>
        <translation>Көрсетілетін атыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="321"/>
        <source>Created</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="322"/>
        <source>Post-quantum keys</source>
        <translation>Пост-кванттық кілттер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="323"/>
        <source>Display name:</source>
        <translation>Көрсетілетін аты:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="324"/>
        <source>Created:</source>
        <translation>Жасалған:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="325"/>
        <source>Post-quantum:</source>
        <translation>Пост-кванттық:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="327"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="328"/>
        <source>Your safety number</source>
        <translation>Сіздің қауіпсіздік нөміріңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="332"/>
        <source>Export card to a file...</source>
        <translation>Картаны файлға экспорттау...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="334"/>
        <source>Export your identity card to a file</source>
        <translation>Сәйкестендіру картаңызды файлға экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="338"/>
        <source>Show card as text...</source>
        <translation>Картаны мәтін ретінде көрсету...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="340"/>
        <source>Show your identity card as text</source>
        <translation>Сәйкестендіру картаңызды мәтін ретінде көрсету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="347"/>
        <source>Emergency</source>
        <translation>Төтенше жағдай</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="351"/>
        <source>If Amanat cannot be run, the standard age tool opens bundles sealed to you with your secret key. Export it only when you need it.</source>
        <translation>Amanat іске қосылмаса, стандартты age құралы Сізге мөрленген бумаларды құпия кілтіңізбен ашады. Оны тек қажет болғанда экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="358"/>
        <source>Export emergency key...</source>
        <translation>Төтенше кілтті экспорттау...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="360"/>
        <source>Export the emergency secret key</source>
        <translation>Төтенше құпия кілтті экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="378"/>
        <source>Yes (ML-KEM-768 + X25519)</source>
        <translation>Иә (ML-KEM-768 + X25519)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="378"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="384"/>
        <source>Save your identity card</source>
        <translation>Сәйкестендіру картаңызды сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="391"/>
        <source>Your identity card was saved. Send it to your colleague by any channel.</source>
        <translation>Сәйкестендіру картаңыз сақталды. Оны әріптесіңізге кез келген арна арқылы жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="406"/>
        <source>Save the emergency key</source>
        <translation>Төтенше кілтті сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="414"/>
        <source>The secret key was written. Keep it offline and destroy it when the emergency is over.</source>
        <translation>Құпия кілт жазылды. Оны желіден тыс сақтаңыз және төтенше жағдай аяқталғанда жойыңыз.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="40"/>
        <source>Verified</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="41"/>
        <source>Not verified</source>
        <translation>Тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="42"/>
        <source>Keys changed: verify again</source>
        <translation>Кілттер өзгерді: қайта тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="43"/>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="52"/>
        <source>Unknown sender</source>
        <translation>Белгісіз жіберуші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="45"/>
        <source>Not read yet</source>
        <translation>Әлі оқылмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="61"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="72"/>
        <source>Opened: %1 new, %2 updated, %3 in conflict.</source>
        <translation>Ашылды: %1 жаңа, %2 жаңартылған, %3 қайшылықта.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="80"/>
        <source>%1 proposed edit(s) wait for you.</source>
        <translation>%1 ұсынылған өзгеріс Сізді күтуде.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="86"/>
        <source>Opened from the quarantine once the sender was verified.</source>
        <translation>Жіберуші тексерілгеннен кейін карантиннен ашылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="90"/>
        <source>Discarded from the quarantine: nothing was imported.</source>
        <translation>Карантиннен алынып тасталды: ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="94"/>
        <source>Already received: nothing changed.</source>
        <translation>Бұрын алынған: ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="97"/>
        <source>Waits in quarantine: the sender&apos;s keys changed. Verify them again (Contacts &gt; Quarantine).</source>
        <translation>Карантинде күтуде: жіберушінің кілттері өзгерді. Оларды қайта тексеріңіз (Контактілер &gt; Карантин).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="102"/>
        <source>Waits in quarantine: the sender is not a verified contact (Contacts &gt; Quarantine).</source>
        <translation>Карантинде күтуде: жіберуші тексерілген контакт емес (Контактілер &gt; Карантин).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="108"/>
        <source>Waiting for the file to finish copying: so far it is incomplete or damaged. It will be tried again when it changes; if it does not, ask the sender to send it again.</source>
        <translation>Файлдың көшірілуі аяқталуын күтуде: әзірге ол толық емес немесе зақымдалған. Ол өзгергенде қайта көріледі; өзгермесе, жіберушіден оны қайта жіберуін сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="114"/>
        <source>Waiting for the file to finish copying; it will be tried again when it changes.</source>
        <translation>Файлдың көшірілуі аяқталуын күтуде; ол өзгергенде қайта көріледі.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="126"/>
        <source>Inbox: nothing new.</source>
        <translation>Кіріс: жаңа ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="129"/>
        <source>%1 opened</source>
        <translation>%1 ашылды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="130"/>
        <source>%1 waiting in quarantine</source>
        <translation>%1 карантинде күтуде</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="131"/>
        <source>%1 already received</source>
        <translation>%1 бұрын алынған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="132"/>
        <source>%1 still being copied</source>
        <translation>%1 әлі көшірілуде</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="133"/>
        <source>%1 refused</source>
        <translation>%1 қабылданбады</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="134"/>
        <source>%1 opened from the quarantine</source>
        <translation>%1 карантиннен ашылды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="135"/>
        <source>%1 discarded</source>
        <translation>%1 алынып тасталды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="140"/>
        <source>Inbox: %1.</source>
        <translation>Кіріс: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="144"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="145"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="146"/>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="147"/>
        <source>Sealed</source>
        <translation>Мөрленген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="148"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="177"/>
        <source>Bundles that arrive in the watched folder, or that you drop on this window, are opened if they come from verified contacts; the others wait in quarantine. A bundle already received changes nothing.</source>
        <translation>Бақыланатын қалтаға келген немесе Сіз осы терезеге тастаған бумалар тексерілген контактілерден келсе ашылады; қалғандары карантинде күтеді. Бұрын алынған бума ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="188"/>
        <source>Bundles in the inbox</source>
        <translation>Кірістегі бумалар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="202"/>
        <source>Choose folder...</source>
        <translation>Қалтаны таңдау...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="203"/>
        <source>Scan now</source>
        <translation>Қазір қарап шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="204"/>
        <source>Scanning the inbox folder</source>
        <translation>Кіріс қалтасын қарап шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="221"/>
        <source>Watched folder: %1</source>
        <translation>Бақыланатын қалта: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="224"/>
        <source>No folder is watched. Choose one, or drop bundle files on the window.</source>
        <translation>Ешбір қалта бақыланбайды. Біреуін таңдаңыз немесе бума файлдарын терезеге тастаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="233"/>
        <source>Choose the inbox folder</source>
        <translation>Кіріс қалтасын таңдау</translation>
    </message>
</context>
<context>
    <name>KeyHistory</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="19"/>
        <source>%1: added, from their card.</source>
        <translation>%1: олардың картасынан қосылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="23"/>
        <source>%1: their keys changed (a new safety number); verify again.</source>
        <translation>%1: олардың кілттері өзгерді (жаңа қауіпсіздік нөмірі); қайта тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="31"/>
        <source>%1: new encryption keys (generation %2), signed by the same key; the safety number stayed the same.</source>
        <translation>%1: жаңа шифрлау кілттері (%2-буын), сол кілтпен қол қойылған; қауіпсіздік нөмірі өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="42"/>
        <source>%1: safety number compared and verified.</source>
        <translation>%1: қауіпсіздік нөмірі салыстырылып, тексерілді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="52"/>
        <source>Key history:</source>
        <translation>Кілттер тарихы:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="19"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="20"/>
        <source>Under review</source>
        <translation>Сараптамада</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="21"/>
        <source>Verified</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="22"/>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="25"/>
        <source>Detained</source>
        <translation>Ұсталған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="26"/>
        <source>Sentenced</source>
        <translation>Сотталған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="27"/>
        <source>Released</source>
        <translation>Босатылған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="28"/>
        <source>Missing</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="29"/>
        <source>Dead</source>
        <translation>Қайтыс болған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="30"/>
        <source>Exiled</source>
        <translation>Жер аударылған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="31"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="36"/>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="34"/>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="35"/>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="39"/>
        <source>In person</source>
        <translation>Жеке кездесуде</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="40"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="41"/>
        <source>Video call</source>
        <translation>Бейнеқоңырау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="44"/>
        <source>Internal use</source>
        <translation>Ішкі пайдалану</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="45"/>
        <source>Submission to the UN or governments</source>
        <translation>БҰҰ-ға немесе үкіметтерге ұсыну</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="48"/>
        <source>Legal proceedings</source>
        <translation>Сот ісі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="49"/>
        <source>Public reports and media</source>
        <translation>Ашық баяндамалар және БАҚ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="52"/>
        <source>Public</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="53"/>
        <source>Internal</source>
        <translation>Ішкі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="54"/>
        <source>Confidential</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="55"/>
        <source>Restricted</source>
        <translation>Шектелген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="58"/>
        <source>Preferred</source>
        <translation>Қалаған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="59"/>
        <source>Alias</source>
        <translation>Бүркеншік аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="60"/>
        <source>As on ID document</source>
        <translation>Құжаттағыдай</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="61"/>
        <source>As given by the witness</source>
        <translation>Куәгердің айтуынша</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="64"/>
        <source>PRC resident ID</source>
        <translation>ҚХР тұрғынының жеке куәлігі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="65"/>
        <source>Passport</source>
        <translation>Төлқұжат</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="66"/>
        <source>External database entry</source>
        <translation>Сыртқы дерекқордағы жазба</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="67"/>
        <source>Our case number</source>
        <translation>Біздің іс нөміріміз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="70"/>
        <source>Evidentiary original</source>
        <translation>Дәлелдемелік түпнұсқа</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="73"/>
        <source>Working copy</source>
        <translation>Жұмыс көшірмесі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="76"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="77"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="78"/>
        <source>Relationship</source>
        <translation>Туыстық байланыс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="79"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="80"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="81"/>
        <source>Testimony</source>
        <translation>Айғақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="82"/>
        <source>Attachment</source>
        <translation>Тіркеме</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="83"/>
        <source>Annotation</source>
        <translation>Аңдатпа</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="84"/>
        <source>Consent withdrawal</source>
        <translation>Келісімді қайтарып алу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="85"/>
        <source>Person merge</source>
        <translation>Адамдарды біріктіру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="86"/>
        <source>Not the same person</source>
        <translation>Бір адам емес</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="89"/>
        <source>Created</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="90"/>
        <source>Edited</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="91"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="101"/>
        <source>Sealed</source>
        <translation>Мөрленген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="92"/>
        <source>File attached</source>
        <translation>Файл тіркелді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="93"/>
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="94"/>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="95"/>
        <source>Merged</source>
        <translation>Біріктірілді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="96"/>
        <source>Redacted</source>
        <translation>Жасырылды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="97"/>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="100"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="104"/>
        <source>Kazakh (Cyrillic)</source>
        <translation>Қазақ тілі (кирилл)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="105"/>
        <source>Kazakh (Latin)</source>
        <translation>Қазақ тілі (латын)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="106"/>
        <source>Kazakh (Arabic script)</source>
        <translation>Қазақ тілі (араб жазуы)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="107"/>
        <source>Uyghur (Arabic script)</source>
        <translation>Ұйғыр тілі (араб жазуы)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="108"/>
        <source>Uyghur (Latin)</source>
        <translation>Ұйғыр тілі (латын)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="109"/>
        <source>Uyghur (Cyrillic)</source>
        <translation>Ұйғыр тілі (кирилл)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="110"/>
        <source>Chinese (simplified)</source>
        <translation>Қытай тілі (жеңілдетілген)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="111"/>
        <source>Chinese (traditional)</source>
        <translation>Қытай тілі (дәстүрлі)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="112"/>
        <source>Chinese (pinyin)</source>
        <translation>Қытай тілі (пиньинь)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="113"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="126"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="114"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="130"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="115"/>
        <source>Kyrgyz (Cyrillic)</source>
        <translation>Қырғыз тілі (кирилл)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="116"/>
        <source>Uzbek (Latin)</source>
        <translation>Өзбек тілі (латын)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="117"/>
        <source>Uzbek (Cyrillic)</source>
        <translation>Өзбек тілі (кирилл)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="118"/>
        <source>Latin script</source>
        <translation>Латын жазуы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="119"/>
        <source>Cyrillic script</source>
        <translation>Кирилл жазуы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="120"/>
        <source>Arabic script</source>
        <translation>Араб жазуы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="121"/>
        <source>Chinese characters</source>
        <translation>Қытай иероглифтері</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="124"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="125"/>
        <source>Uyghur</source>
        <translation>Ұйғыр тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="127"/>
        <source>Chinese</source>
        <translation>Қытай тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="128"/>
        <source>Kyrgyz</source>
        <translation>Қырғыз тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="129"/>
        <source>Uzbek</source>
        <translation>Өзбек тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="131"/>
        <source>Turkish</source>
        <translation>Түрік тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="184"/>
        <source>Names match</source>
        <translation>Аттары сәйкес</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="185"/>
        <source>Names are similar (%1)</source>
        <translation>Аттары ұқсас (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="188"/>
        <source>Same identifier: %1</source>
        <translation>Бірдей идентификатор: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="193"/>
        <source>Same year of birth</source>
        <translation>Туған жылы бірдей</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="195"/>
        <source>Years of birth close (%1)</source>
        <translation>Туған жылдары жақын (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="196"/>
        <source>Years of birth differ (%1)</source>
        <translation>Туған жылдары әртүрлі (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="198"/>
        <source>Same hometown</source>
        <translation>Туған жері бірдей</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="200"/>
        <source>Recorded sex differs</source>
        <translation>Жазылған жынысы әртүрлі</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="39"/>
        <source>Merge two persons</source>
        <translation>Екі адамды біріктіру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="42"/>
        <source>Are these the same person?</source>
        <translation>Бұл бір адам ба?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="46"/>
        <source>Both records stay as their authors wrote them: the merge is a record of its own, and both ids then lead to the one you keep. Every name, identifier and status of both is kept, with who reported it. You can unmerge later.</source>
        <translation>Екі жазба да авторлары жазғандай қалады: біріктіру — өз алдына жазба, содан кейін екі ID да Сіз қалдырғанына апарады. Екеуінің әрбір аты, идентификаторы мен күйі кім хабарлағанымен бірге сақталады. Кейін ажыратуға болады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="65"/>
        <source>Keep this person&apos;s id</source>
        <translation>Осы адамның ID-ын қалдыру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="66"/>
        <source>Keep the id %1</source>
        <translation>%1 ID-ын қалдыру</translation>
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
        <translation>Аттары</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="85"/>
        <source>Identifiers</source>
        <translation>Идентификаторлар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="86"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="87"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="101"/>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="102"/>
        <source>Merge the two persons</source>
        <translation>Екі адамды біріктіру</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="42"/>
        <source>Detect from the text</source>
        <translation>Мәтіннен анықтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="52"/>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="56"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="69"/>
        <source>Saving the case</source>
        <translation>Іс сақталуда</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="75"/>
        <source>Create case</source>
        <translation>Іс жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="89"/>
        <source>Person of concern</source>
        <translation>Назардағы адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="93"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="94"/>
        <source>As the family writes it, in any script</source>
        <translation>Отбасы жазғандай, кез келген жазумен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="95"/>
        <source>Script of the name</source>
        <translation>Аттың жазуы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="97"/>
        <source>Name in another script</source>
        <translation>Басқа жазудағы аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="98"/>
        <source>Optional: e.g. in Latin letters or Chinese</source>
        <translation>Міндетті емес: мысалы латын әріптерімен немесе қытайша</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="100"/>
        <source>Script of the other name</source>
        <translation>Басқа аттың жазуы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="102"/>
        <source>&amp;Other spelling:</source>
        <translation>&amp;Басқа жазылуы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="103"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="107"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Жынысы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="108"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="109"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation>ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ; ~ — шамамен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="110"/>
        <source>&amp;Born:</source>
        <translation>&amp;Туған:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="111"/>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="112"/>
        <source>Not given</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="115"/>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Ұлты:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="117"/>
        <source>Hometown</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="118"/>
        <source>Town or county, e.g. Ghulja</source>
        <translation>Қала немесе аудан, мысалы Құлжа</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="119"/>
        <source>&amp;Hometown:</source>
        <translation>Туған ж&amp;ері:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="120"/>
        <source>Current status</source>
        <translation>Қазіргі күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="121"/>
        <source>Not known</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="124"/>
        <source>Status since</source>
        <translation>Күйі қашаннан</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="125"/>
        <source>since (YYYY-MM)</source>
        <translation>қашаннан (ЖЖЖЖ-АА)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="126"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="127"/>
        <source>Kind of identifier</source>
        <translation>Идентификатор түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="130"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="131"/>
        <source>Optional</source>
        <translation>Міндетті емес</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="132"/>
        <source>&amp;Identifier:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="136"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="140"/>
        <source>Case title</source>
        <translation>Істің атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="142"/>
        <source>e.g. Detention of ... (left empty: made from the name)</source>
        <translation>мысалы «... ұсталуы» (бос болса — аты бойынша жасалады)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="144"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="145"/>
        <source>Assignee</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="146"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Жауапты:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="147"/>
        <source>Our reference</source>
        <translation>Біздің нөмір</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="148"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Нөмір:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="149"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="152"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Қысқаша мазмұны:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="156"/>
        <source>What happened (optional)</source>
        <translation>Не болды (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="160"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="161"/>
        <source>No event yet</source>
        <translation>Әзірге оқиға жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="164"/>
        <source>E&amp;vent:</source>
        <translation>&amp;Оқиға:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="165"/>
        <source>Event date</source>
        <translation>Оқиға күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="166"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="167"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="168"/>
        <source>Event place</source>
        <translation>Оқиға орны</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="169"/>
        <source>e.g. the camp or police station</source>
        <translation>мысалы лагерь немесе полиция бөлімшесі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="170"/>
        <source>&amp;Place:</source>
        <translation>О&amp;рын:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="171"/>
        <source>Stated reason</source>
        <translation>Айтылған себеп</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="172"/>
        <source>Stated &amp;reason:</source>
        <translation>&amp;Айтылған себеп:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="198"/>
        <source>the name of the person of concern</source>
        <translation>назардағы адамның аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="210"/>
        <source>the date of birth</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="220"/>
        <source>the status date</source>
        <translation>күй күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="230"/>
        <source>Case of %1</source>
        <translation>%1 ісі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="242"/>
        <source>the event date</source>
        <translation>оқиға күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="259"/>
        <source>Please check: %1.</source>
        <translation>Тексеріңіз: %1.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="394"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="387"/>
        <source>Reviewers&apos; notes, and the answers to them. They never change the records they are about, sealed testimonies included.</source>
        <translation>Сарапшылардың ескертпелері және оларға жауаптар. Олар өздері қатысты жазбаларды, соның ішінде мөрленген айғақтарды, ешқашан өзгертпейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="395"/>
        <source>About</source>
        <translation>Неге қатысты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="396"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="401"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="404"/>
        <source>New note</source>
        <translation>Жаңа ескертпе</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="405"/>
        <source>Write a note about this case, or an answer...</source>
        <translation>Осы іс туралы ескертпе немесе жауап жазыңыз...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="411"/>
        <source>Reply to the chosen note</source>
        <translation>Таңдалған ескертпеге жауап беру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="411"/>
        <source>Reply to the note</source>
        <translation>Ескертпеге жауап беру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="426"/>
        <source>Older verification grade: %1. %2</source>
        <translation>Бұрынғы тексеру бағасы: %1. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="436"/>
        <source>%1, field %2</source>
        <translation>%1, %2 өрісі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="443"/>
        <source>you</source>
        <translation>Сіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="446"/>
        <source>%1 (not one of your contacts)</source>
        <translation>%1 (Сіздің контактілеріңіздің бірі емес)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="474"/>
        <source>Choose the note to answer in the list.</source>
        <translation>Жауап беретін ескертпені тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="481"/>
        <source>Write the note first.</source>
        <translation>Алдымен ескертпені жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="408"/>
        <source>Add note</source>
        <translation>Ескертпе қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="503"/>
        <source>The note was added.</source>
        <translation>Ескертпе қосылды.</translation>
    </message>
</context>
<context>
    <name>OpenBundleDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="637"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="645"/>
        <source>Open a bundle</source>
        <translation>Буманы ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="657"/>
        <source>Checking the bundle: who sealed it, whether it is intact and what it holds. Nothing is imported yet.</source>
        <translation>Бума тексерілуде: оны кім мөрлеген, ол бүтін бе және ішінде не бар. Әзірге ештеңе импортталмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="669"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="674"/>
        <source>Sender&apos;s safety number:</source>
        <translation>Жіберушінің қауіпсіздік нөмірі:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="676"/>
        <source>Sender&apos;s safety number</source>
        <translation>Жіберушінің қауіпсіздік нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="683"/>
        <source>Signature:</source>
        <translation>Қолтаңба:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="684"/>
        <source>Contents:</source>
        <translation>Мазмұны:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="685"/>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="686"/>
        <source>Sealed:</source>
        <translation>Мөрленген:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="687"/>
        <source>Cases:</source>
        <translation>Істер:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="721"/>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="731"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="861"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="731"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="863"/>
        <source>Import the bundle</source>
        <translation>Буманы импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="735"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="737"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="750"/>
        <source>Checking...</source>
        <translation>Тексерілуде...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="780"/>
        <source>A verified contact: the bundle is signed by their key.</source>
        <translation>Тексерілген контакт: бумаға оның кілтімен қол қойылған.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="785"/>
        <source>The card in the bundle calls them %1; shown is the name you gave them.</source>
        <translation>Бумадағы карта оны %1 деп атайды; Сіз берген аты көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="801"/>
        <source>The sender&apos;s keys differ from those you verified. Importing keeps the bundle in quarantine until you compare the new safety number.</source>
        <translation>Жіберушінің кілттері Сіз тексерілген деп белгілеген кілттерден өзгеше. Импорттағанда бума Сіз жаңа қауіпсіздік нөмірін салыстырғанша карантинде қалады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="806"/>
        <source>The sender is not a verified contact. Importing keeps the bundle in quarantine, encrypted, until you compare their safety number and verify them.</source>
        <translation>Жіберуші тексерілген контакт емес. Импорттағанда бума Сіз оның қауіпсіздік нөмірін салыстырып, оны тексергенше карантинде шифрланған күйде қалады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="814"/>
        <source>Valid: the bundle is intact and was sealed by this sender.</source>
        <translation>Жарамды: бума бүтін және оны осы жіберуші мөрлеген.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="821"/>
        <source>%n case(s),</source>
        <translation>
            <numerusform>%n іс,</numerusform>
            <numerusform>%n іс,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="823"/>
        <source>%n record(s),</source>
        <translation>
            <numerusform>%n жазба,</numerusform>
            <numerusform>%n жазба,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="825"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n тіркеме</numerusform>
            <numerusform>%n тіркеме</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="827"/>
        <source>(%1 of files)</source>
        <translation>(файлдар: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="839"/>
        <source>%1, encryption %2</source>
        <translation>%1, шифрлау %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="844"/>
        <source>(untitled)</source>
        <translation>(атауы жоқ)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="847"/>
        <source>and %n more</source>
        <translation>
            <numerusform>және тағы %n</numerusform>
            <numerusform>және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="852"/>
        <source>This bundle was already imported. Nothing to do.</source>
        <translation>Бұл бума бұрын импортталған. Ештеңе істеудің қажеті жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="858"/>
        <source>This bundle is already waiting in Contacts &gt; Quarantine.</source>
        <translation>Бұл бума «Контактілер &gt; Карантин» бөлімінде күтіп тұр.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="861"/>
        <source>Keep in quarantine</source>
        <translation>Карантинде қалдыру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="863"/>
        <source>Keep the bundle in quarantine</source>
        <translation>Буманы карантинде қалдыру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="873"/>
        <source>Cancelled. Your vault was not changed.</source>
        <translation>Бас тартылды. Қоймаңыз өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="914"/>
        <source>Verifying and importing...</source>
        <translation>Тексеру және импорттау...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="920"/>
        <source>The bundle was verified and imported.</source>
        <translation>Бума тексеріліп, импортталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="931"/>
        <source>Kept in quarantine. Nothing was imported: the bundle waits, encrypted, in Contacts &gt; Quarantine until you verify the sender.</source>
        <translation>Карантинде қалдырылды. Ештеңе импортталмады: бума Сіз жіберушіні тексергенше «Контактілер &gt; Карантин» бөлімінде шифрланған күйде күтеді.</translation>
    </message>
</context>
<context>
    <name>PassphraseCheckDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="158"/>
        <source>Confirm with your passphrase</source>
        <translation>Құпия фразаңызбен растаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="161"/>
        <source>Current passphrase</source>
        <translation>Ағымдағы құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="163"/>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="288"/>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="303"/>
        <source>Show passphrase</source>
        <translation>Құпия фразаны көрсету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="301"/>
        <source>Hide passphrase</source>
        <translation>Құпия фразаны жасыру</translation>
    </message>
</context>
<context>
    <name>PasteCardDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="174"/>
        <source>Add a contact</source>
        <translation>Контакт қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="176"/>
        <source>Paste an identity card</source>
        <translation>Сәйкестендіру картасын қою</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="180"/>
        <source>Paste the text your colleague sent, from BEGIN to END. The contact is added as not verified until you compare safety numbers.</source>
        <translation>Әріптесіңіз жіберген мәтінді BEGIN-нен END-ге дейін қойыңыз. Қауіпсіздік нөмірлерін салыстырғанша контакт тексерілмеген ретінде қосылады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="185"/>
        <source>Identity card text</source>
        <translation>Сәйкестендіру картасының мәтіні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="192"/>
        <source>Add contact</source>
        <translation>Контакт қосу</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="54"/>
        <source>Find a person</source>
        <translation>Адамды табу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="56"/>
        <source>Name to look for</source>
        <translation>Ізделетін аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="57"/>
        <source>A name in any script or spelling</source>
        <translation>Кез келген жазудағы және жазылудағы аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="59"/>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="59"/>
        <source>Find person</source>
        <translation>Адамды табу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="66"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="69"/>
        <source>Also written</source>
        <translation>Басқаша жазылуы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="74"/>
        <source>Born</source>
        <translation>Туған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="77"/>
        <source>Hometown</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="80"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="83"/>
        <source>Merged</source>
        <translation>Біріктірілді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="88"/>
        <source>People found</source>
        <translation>Табылған адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="100"/>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="182"/>
        <source>Merge...</source>
        <translation>Біріктіру...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="100"/>
        <source>Merge the two persons selected</source>
        <translation>Таңдалған екі адамды біріктіру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="103"/>
        <source>Unmerge...</source>
        <translation>Ажырату...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="103"/>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="377"/>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="385"/>
        <source>Unmerge</source>
        <translation>Ажырату</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="116"/>
        <source>merged from %1</source>
        <translation>%1 ішінен біріктірілген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="129"/>
        <source>Possible duplicates in the whole vault</source>
        <translation>Бүкіл қоймадағы ықтимал қайталанулар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="133"/>
        <source>Pairs of people who may be the same person, with the reasons. Nothing is merged automatically.</source>
        <translation>Бір адам болуы мүмкін адамдар жұптары, себептерімен. Ештеңе автоматты түрде біріктірілмейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="140"/>
        <source>Look for duplicates</source>
        <translation>Қайталануларды іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="143"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="144"/>
        <source>Looking for duplicates</source>
        <translation>Қайталанулар ізделуде</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="160"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="161"/>
        <source>May be the same as</source>
        <translation>Мына адаммен бір болуы мүмкін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="162"/>
        <source>Why</source>
        <translation>Неліктен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="165"/>
        <source>Score</source>
        <translation>Ұқсастық ұпайы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="172"/>
        <source>Possible duplicates</source>
        <translation>Ықтимал қайталанулар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="182"/>
        <source>Merge the two persons</source>
        <translation>Екі адамды біріктіру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="186"/>
        <source>Not the same person</source>
        <translation>Бір адам емес</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="204"/>
        <source>but: %1</source>
        <translation>бірақ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="270"/>
        <source>Nobody with a similar name was found.</source>
        <translation>Ұқсас аты бар ешкім табылмады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="312"/>
        <source>%n possible duplicate(s) found.</source>
        <translation>
            <numerusform>%n ықтимал қайталану табылды.</numerusform>
            <numerusform>%n ықтимал қайталану табылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="348"/>
        <source>The two persons were merged.</source>
        <translation>Екі адам біріктірілді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="363"/>
        <source>Marked as not the same person: this pair will not be proposed again.</source>
        <translation>Бір адам емес деп белгіленді: бұл жұп қайта ұсынылмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="380"/>
        <source>Undo the last merge of %1? The persons merged into it come back as separate persons, exactly as they were.</source>
        <translation>%1 соңғы біріктіруін болдырмау керек пе? Оған біріктірілген адамдар дәл бұрынғыдай жеке адамдар болып қайтады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="391"/>
        <source>The merge was undone.</source>
        <translation>Біріктіру болдырылмады.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="56"/>
        <source>Correct the person of concern</source>
        <translation>Назардағы адамды түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="63"/>
        <source>Names by script</source>
        <translation>Жазулар бойынша аттар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="64"/>
        <source>Add a name</source>
        <translation>Ат қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="68"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="70"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Жынысы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="72"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="73"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation>ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ; ~ — шамамен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="75"/>
        <source>&amp;Born:</source>
        <translation>&amp;Туған:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="78"/>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="79"/>
        <source>Not given</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="82"/>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Ұлты:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="83"/>
        <source>Hometown</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="84"/>
        <source>Type in any script and choose, e.g. Ghulja</source>
        <translation>Кез келген жазумен теріп, таңдаңыз, мысалы Құлжа</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="85"/>
        <source>&amp;Hometown:</source>
        <translation>Туған ж&amp;ері:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="86"/>
        <source>Occupation</source>
        <translation>Кәсібі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="87"/>
        <source>&amp;Occupation:</source>
        <translation>Кә&amp;сібі:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="89"/>
        <source>Status over time</source>
        <translation>Уақыт бойынша күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="90"/>
        <source>Add a status</source>
        <translation>Күй қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="92"/>
        <source>Identifiers</source>
        <translation>Идентификаторлар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="94"/>
        <source>Add an identifier</source>
        <translation>Идентификатор қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="97"/>
        <source>Relatives and others in the case</source>
        <translation>Істегі туыстар және басқа адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="98"/>
        <source>Add a relation</source>
        <translation>Байланыс қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="102"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="104"/>
        <source>Script of the name</source>
        <translation>Аттың жазуы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="107"/>
        <source>Kind of name</source>
        <translation>Ат түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="116"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="121"/>
        <source>Since</source>
        <translation>Қашаннан</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="121"/>
        <source>since (YYYY-MM)</source>
        <translation>қашаннан (ЖЖЖЖ-АА)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="122"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="139"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="152"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="131"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="135"/>
        <source>is this person&apos;s</source>
        <translation>бұл адамға кім болады</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="145"/>
        <source>Kind of identifier</source>
        <translation>Идентификатор түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="150"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="191"/>
        <source>name %1 is empty: type it or remove the row.</source>
        <translation>%1-аты бос: оны жазыңыз немесе жолды жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="204"/>
        <source>the person needs at least one name.</source>
        <translation>адамның кемінде бір аты болуы керек.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="214"/>
        <source>the date of status %1</source>
        <translation>%1-күйдің күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="233"/>
        <source>identifier %1 has no value: type it or remove the row.</source>
        <translation>%1-идентификатордың мәні жоқ: оны жазыңыз немесе жолды жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="250"/>
        <source>choose who the relation is.</source>
        <translation>байланыс кіммен екенін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="268"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="311"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="312"/>
        <source>the date of birth</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="297"/>
        <source>relation %1</source>
        <translation>%1-байланыс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="302"/>
        <source>name %1</source>
        <translation>%1-аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="303"/>
        <source>identifier %1</source>
        <translation>%1-идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="304"/>
        <source>status %1</source>
        <translation>%1-күй</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="313"/>
        <source>the occupation</source>
        <translation>кәсібі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="314"/>
        <source>the ethnicity</source>
        <translation>ұлты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="317"/>
        <source>the hometown</source>
        <translation>туған жері</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="93"/>
        <source>Correct the person...</source>
        <translation>Адамды түзету...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="95"/>
        <source>Correct the person of concern</source>
        <translation>Назардағы адамды түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="112"/>
        <source>Name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="113"/>
        <source>Sex:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="114"/>
        <source>Born:</source>
        <translation>Туған:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="115"/>
        <source>Ethnicity:</source>
        <translation>Ұлты:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="116"/>
        <source>Hometown:</source>
        <translation>Туған жері:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="117"/>
        <source>Occupation:</source>
        <translation>Кәсібі:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="118"/>
        <source>Current status:</source>
        <translation>Қазіргі күйі:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="128"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="137"/>
        <source>Names by script</source>
        <translation>Жазулар бойынша аттар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="131"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="192"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="132"/>
        <source>Script</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="133"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="144"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="139"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="153"/>
        <source>Identifiers</source>
        <translation>Идентификаторлар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="147"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="148"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="169"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="156"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="174"/>
        <source>Status over time</source>
        <translation>Уақыт бойынша күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="161"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="162"/>
        <source>undated</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="166"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="180"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="204"/>
        <source>Possible duplicates</source>
        <translation>Ықтимал қайталанулар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="184"/>
        <source>People recorded elsewhere in this vault who may be the same person. Nothing is merged automatically: compare, then decide.</source>
        <translation>Осы қойманың басқа жерлерінде жазылған, осы адаммен бір болуы мүмкін адамдар. Ештеңе автоматты түрде біріктірілмейді: салыстырып, шешім қабылдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="195"/>
        <source>Born</source>
        <translation>Туған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="198"/>
        <source>Hometown</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="199"/>
        <source>Why</source>
        <translation>Неліктен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="208"/>
        <source>No likely duplicates found.</source>
        <translation>Ықтимал қайталанулар табылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="212"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="214"/>
        <source>Open that person&apos;s case</source>
        <translation>Сол адамның ісін ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="228"/>
        <source>but: %1</source>
        <translation>бірақ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="242"/>
        <source>aged %1 to %2 in %3</source>
        <translation>%3 жылы %1–%2 жаста</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="256"/>
        <source>(since %1)</source>
        <translation>(%1 бастап)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="260"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="261"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="262"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="264"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/place_picker.py" line="53"/>
        <source>Type a place in any script and choose a suggestion; a place not in the list is added to the gazetteer when you save.</source>
        <translation>Орынды кез келген жазумен теріп, ұсынылғандардың бірін таңдаңыз; тізімде жоқ орын сақтаған кезде жер-су атаулары анықтамалығына қосылады.</translation>
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
        <translation>Осы қойманың орындары: елдер, өңірлер, аудандар мен ауылдар және ондағы қамау орындары, сонда оқиға болған істер санымен.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52"/>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="53"/>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="69"/>
        <source>Show cases here</source>
        <translation>Осы жердегі істерді көрсету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="130"/>
        <source>%1 here, %2 with the places within it</source>
        <translation>%1 осында, %2 ішіндегі орындармен бірге</translation>
    </message>
</context>
<context>
    <name>Plaintext</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="20"/>
        <source>Write a file that is not encrypted?</source>
        <translation>Шифрланбаған файл жазылсын ба?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="21"/>
        <source>Reports, submissions, exports and chart images leave the vault&apos;s encryption: anyone with access to that disk or stick can read them, and they stay there until you delete them. Each one is recorded in the custody log. Amanat asks this once until it is closed.</source>
        <translation>Баяндамалар, ұсынылатын материалдар, экспортталған файлдар және диаграмма суреттері қойманың шифрлауынан шығады: сол дискке немесе флешкаға қолы жететін кез келген адам оларды оқи алады және Сіз оларды жоймайынша олар сонда қалады. Әрқайсысы сақтау журналына жазылады. Amanat бұл туралы бағдарлама жабылғанша бір рет сұрайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="28"/>
        <source>I understand, continue</source>
        <translation>Түсінемін, жалғастыру</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="25"/>
        <source>an unknown key</source>
        <translation>белгісіз кілт</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="35"/>
        <source>This version of the %1 was written in this vault on %2.</source>
        <translation>Бұл %1 нұсқасы осы қоймада %2 жазылған.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="46"/>
        <source>This version of the %1 was written by %2 on %3.</source>
        <translation>Бұл %1 нұсқасын %2 %3 жазған.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="59"/>
        <source>It came in a bundle from %1, sealed on %2 and received here on %3 (bundle %4).</source>
        <translation>Ол %1 жіберген бумамен келді, %2 мөрленген және мұнда %3 алынған (бума %4).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="73"/>
        <source>It did not come in a bundle received here.</source>
        <translation>Ол мұнда алынған бумамен келмеген.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="77"/>
        <source>It is the first version.</source>
        <translation>Бұл — бірінші нұсқа.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="81"/>
        <source>It replaced the version of %1 by %2.</source>
        <translation>Ол %2 %1 жазған нұсқаны алмастырды.</translation>
    </message>
</context>
<context>
    <name>ProvenancePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="101"/>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="104"/>
        <source>Where it came from</source>
        <translation>Қайдан келген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="113"/>
        <source>Choose a revision in the list to see where it came from.</source>
        <translation>Қайдан келгенін көру үшін тізімнен нұсқаны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="688"/>
        <source>Bundles from senders you have not verified wait here, encrypted inside the vault. Nothing from them is in your cases until you verify the sender and import the bundle.</source>
        <translation>Тексерілмеген жіберушілерден келген бумалар қойма ішінде шифрланған күйде осында күтеді. Сіз жіберушіні тексеріп, буманы импорттамайынша, олардан ештеңе істеріңізге түспейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="698"/>
        <source>Received</source>
        <translation>Алынған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="703"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="729"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="732"/>
        <source>Sender</source>
        <translation>Жіберуші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="708"/>
        <source>Why it waits</source>
        <translation>Неге күтуде</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="713"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="716"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="719"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="735"/>
        <source>Sender&apos;s safety number</source>
        <translation>Жіберушінің қауіпсіздік нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="726"/>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="741"/>
        <source>Verify sender and import...</source>
        <translation>Жіберушіні тексеріп, импорттау...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="743"/>
        <source>Verify the sender and import the bundle</source>
        <translation>Жіберушіні тексеріп, буманы импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="747"/>
        <source>Discard...</source>
        <translation>Жою...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="747"/>
        <source>Discard the bundle</source>
        <translation>Буманы жою</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="756"/>
        <source>Import progress</source>
        <translation>Импорт барысы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="757"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="797"/>
        <source>No bundle is waiting.</source>
        <translation>Күтіп тұрған бума жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="803"/>
        <source>%1 (%2). Sealed %3; it holds %Ln record(s) (cases, people, testimonies, events and attachments).</source>
        <translation>
            <numerusform>%1 (%2). %3 мөрленген; ішінде %Ln жазба бар (істер, адамдар, айғақтар, оқиғалар және тіркемелер).</numerusform>
            <numerusform>%1 (%2). %3 мөрленген; ішінде %Ln жазба бар (істер, адамдар, айғақтар, оқиғалар және тіркемелер).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="856"/>
        <source>Verifying and importing...</source>
        <translation>Тексеру және импорттау...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="876"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Бас тартылды. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="887"/>
        <source>Discard this bundle?</source>
        <translation>Бұл буманы жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="890"/>
        <source>The bundle from %1 is deleted from the quarantine. Nothing of it was imported, and your cases do not change. The sender can send it again.</source>
        <translation>%1 жіберген бума карантиннен жойылады. Одан ештеңе импортталмаған және істеріңіз өзгермейді. Жіберуші оны қайта жібере алады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="895"/>
        <source>Discard</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="909"/>
        <source>The bundle was discarded.</source>
        <translation>Бума жойылды.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="52"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="53"/>
        <source>Person of concern</source>
        <translation>Назардағы адам</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="56"/>
        <source>Review state</source>
        <translation>Сараптама күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="62"/>
        <source>Assignee</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="67"/>
        <source>Why it needs attention</source>
        <translation>Неге назар қажет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="73"/>
        <source>Last change</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="94"/>
        <source>Cases that need you come first: edited on both sides, new or changed since your review, assigned to you. Double-click a case or press Enter to open it.</source>
        <translation>Сізді қажет ететін істер бірінші тұрады: екі жақта өңделген, сараптамаңыздан кейін жаңа немесе өзгерген, Сізге тағайындалған. Істі ашу үшін оны екі рет басыңыз немесе Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="103"/>
        <source>Review queue</source>
        <translation>Сараптама кезегі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="107"/>
        <source>Cases in the queue</source>
        <translation>Кезектегі істер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="117"/>
        <source>Filter by review state</source>
        <translation>Сараптама күйі бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="118"/>
        <source>Any state</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="121"/>
        <source>Filter by assignee</source>
        <translation>Жауапты бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="122"/>
        <source>Filter by reason</source>
        <translation>Себеп бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="123"/>
        <source>Any reason, or none</source>
        <translation>Кез келген себеп немесе себепсіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="124"/>
        <source>Needs attention</source>
        <translation>Назар аударуды қажет етеді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="156"/>
        <source>Anyone</source>
        <translation>Кез келгені</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="157"/>
        <source>Assigned to me</source>
        <translation>Маған тағайындалған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="165"/>
        <source>%1 case(s) in this view.</source>
        <translation>Бұл көріністе %1 іс.</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="158"/>
        <source>Record an interview</source>
        <translation>Сұхбатты жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="183"/>
        <source>Sound only</source>
        <translation>Тек дыбыс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="186"/>
        <source>Sound and video</source>
        <translation>Дыбыс және бейне</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="193"/>
        <source>Record:</source>
        <translation>Жазу:</translation>
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
        <translation>Камераны алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="209"/>
        <source>Sound level</source>
        <translation>Дыбыс деңгейі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="217"/>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="217"/>
        <source>Start recording</source>
        <translation>Жазуды бастау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="218"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="363"/>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="218"/>
        <source>Pause recording</source>
        <translation>Жазуды кідірту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="219"/>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="219"/>
        <source>Stop and keep</source>
        <translation>Тоқтатып, сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="220"/>
        <source>Time recorded</source>
        <translation>Жазылған уақыт</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="234"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="295"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="234"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="295"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="236"/>
        <source>Consent: voice may be used: %1; face may be shown: %2.</source>
        <translation>Келісім: дауысты пайдалануға болады: %1; бетті көрсетуге болады: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="268"/>
        <source>No microphone or camera was found on this computer, so nothing can be recorded here.</source>
        <translation>Бұл компьютерде микрофон да, камера да табылмады, сондықтан мұнда ештеңе жазу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="289"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="297"/>
        <source>Record video</source>
        <translation>Бейне жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="292"/>
        <source>Video shows the speaker&apos;s face. The testimony says: face may be shown: %1. Record video only if the speaker agrees now.</source>
        <translation>Бейнеде сөйлеушінің беті көрінеді. Айғақта былай делінген: бетті көрсетуге болады: %1. Бейнені сөйлеуші қазір келіссе ғана жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="366"/>
        <source>Resume</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="384"/>
        <source>The disk is nearly full: the recording will stop soon. What is recorded so far is kept.</source>
        <translation>Диск толуға жақын: жазу жақында тоқтайды. Осы уақытқа дейін жазылғаны сақталады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="393"/>
        <source>The disk is full: the recording was stopped. What was recorded is kept.</source>
        <translation>Диск толды: жазу тоқтатылды. Жазылғаны сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="397"/>
        <source>The recording failed. What was recorded so far is kept.</source>
        <translation>Жазу сәтсіз аяқталды. Осы уақытқа дейін жазылғаны сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="415"/>
        <source>The recording is kept in the vault, encrypted.</source>
        <translation>Жазба қоймада шифрланған түрде сақталады.</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="239"/>
        <source>Set a new passphrase</source>
        <translation>Жаңа құпия фраза орнату</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="243"/>
        <source>Type the 24 words of the recovery code, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Қалпына келтіру кодының 24 сөзін теріп, жаңа құпия фраза таңдаңыз. Ескі құпия фраза жұмыс істемей қалады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="251"/>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="254"/>
        <source>Recovery &amp;code:</source>
        <translation>Қалпына келтіру &amp;коды:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="255"/>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="256"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Жаңа құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="259"/>
        <source>Repeat the passphrase</source>
        <translation>Құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="260"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Қайталау:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="265"/>
        <source>Opening with the recovery code</source>
        <translation>Қалпына келтіру кодымен ашылуда</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="270"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="273"/>
        <source>Set passphrase and open</source>
        <translation>Құпия фраза орнатып, ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="296"/>
        <source>The recovery code has 24 words. Please type all of them.</source>
        <translation>Қалпына келтіру коды 24 сөзден тұрады. Олардың бәрін теріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="302"/>
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation>Бұл құпия фразаны табу тым оңай. Көбірек сөз немесе таңба пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="306"/>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="58"/>
        <source>New recovery code</source>
        <translation>Жаңа қалпына келтіру коды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="69"/>
        <source>Close without checking?</source>
        <translation>Тексермей жабу керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="71"/>
        <source>The old recovery code no longer works. If you close now without writing down the new one, you can make another one later in Settings.</source>
        <translation>Ескі қалпына келтіру коды енді жұмыс істемейді. Жаңасын жазып алмай қазір жапсаңыз, кейін Баптауларда басқасын жасай аласыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="253"/>
        <source>Your recovery code</source>
        <translation>Қалпына келтіру кодыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="258"/>
        <source>Write these 24 words on paper, in order, and keep the paper away from this computer. If you forget your passphrase, they are the only way into the vault. They are shown only now and are not stored anywhere readable.</source>
        <translation>Осы 24 сөзді қағазға ретімен жазып, қағазды осы компьютерден алыс сақтаңыз. Құпия фразаңызды ұмытып қалсаңыз, олар қоймаға кірудің жалғыз жолы болады. Олар тек қазір көрсетіледі және еш жерде оқуға болатын түрде сақталмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="284"/>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="286"/>
        <source>I have written down the 24 words</source>
        <translation>24 сөзді жазып алдым</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="292"/>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="304"/>
        <source>Check your recovery code</source>
        <translation>Қалпына келтіру кодын тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="306"/>
        <source>To be sure the paper is right, type these words from it.</source>
        <translation>Қағаздағының дұрыс екеніне көз жеткізу үшін ондағы мына сөздерді теріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="314"/>
        <source>Word number %1</source>
        <translation>%1-сөз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="318"/>
        <source>Word %1:</source>
        <translation>%1-сөз:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="324"/>
        <source>Show the words again</source>
        <translation>Сөздерді қайта көрсету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="328"/>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="353"/>
        <source>Some words do not match. Check the paper, or show the words again and correct it.</source>
        <translation>Кейбір сөздер сәйкес емес. Қағазды тексеріңіз немесе сөздерді қайта көрсетіп, оны түзетіңіз.</translation>
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
        <translation>Досьеде тек профиль рұқсат ететін және айғақтардағы келісім таңдалған мақсатқа рұқсат ететін мәліметтер болады; енгізілмегені көрсетілмейді, тек тізімде аталады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="45"/>
        <source>Redaction profile</source>
        <translation>Жасыру профилі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="47"/>
        <source>Full</source>
        <translation>Толық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="48"/>
        <source>No contact details</source>
        <translation>Контактілік деректерсіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="49"/>
        <source>Advocacy</source>
        <translation>Адвокация</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="52"/>
        <source>Use</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="54"/>
        <source>Internal</source>
        <translation>Ішкі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="55"/>
        <source>UN or government submission</source>
        <translation>БҰҰ-ға немесе үкіметке ұсыну</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="56"/>
        <source>Legal</source>
        <translation>Құқықтық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="57"/>
        <source>Public</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="60"/>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="61"/>
        <source>Use:</source>
        <translation>Мақсаты:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="63"/>
        <source>Make the dossier...</source>
        <translation>Досье жасау...</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="90"/>
        <source>Save the dossier</source>
        <translation>Досьені сақтау</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="38"/>
        <source>Inbox</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="39"/>
        <source>Queue</source>
        <translation>Кезек</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="40"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="41"/>
        <source>Follow-ups</source>
        <translation>Нақтылау сұрақтары</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="135"/>
        <source>Your review of this case and your grades of its accounts. They are records of their own: the field&apos;s records, and the status it keeps, never change.</source>
        <translation>Осы істің Сіз жасаған сараптамасы және оның мәліметтеріне Сіз берген бағалар. Олар өз алдына жазбалар: далалық жазбалар мен олардағы күй ешқашан өзгермейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="148"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="150"/>
        <source>Review state</source>
        <translation>Сараптама күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="153"/>
        <source>Assignee</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="154"/>
        <source>Assigned to (a name)</source>
        <translation>Кімге тағайындалған (аты)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="155"/>
        <source>Save review</source>
        <translation>Сараптаманы сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="161"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="197"/>
        <source>you</source>
        <translation>Сіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="161"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="197"/>
        <source>an unknown reviewer</source>
        <translation>белгісіз сарапшы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="164"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="200"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="165"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="166"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="171"/>
        <source>Review history</source>
        <translation>Сараптама тарихы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="176"/>
        <source>Grades of the accounts</source>
        <translation>Мәліметтердің бағалары</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="179"/>
        <source>Testimony or event</source>
        <translation>Айғақ немесе оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="180"/>
        <source>Grades</source>
        <translation>Бағалар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="181"/>
        <source>Current grade</source>
        <translation>Ағымдағы баға</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="186"/>
        <source>Testimonies and events</source>
        <translation>Айғақтар мен оқиғалар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="191"/>
        <source>Add grade...</source>
        <translation>Баға қосу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="191"/>
        <source>Add grade</source>
        <translation>Баға қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="195"/>
        <source>Grades of the chosen account, newest first</source>
        <translation>Таңдалған мәліметтің бағалары, ең жаңасы бірінші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="203"/>
        <source>Grade</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="206"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="207"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="212"/>
        <source>Grade history, newest first</source>
        <translation>Бағалар тарихы, ең жаңасы бірінші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="225"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="230"/>
        <source>assigned to %1</source>
        <translation>%1 тағайындалды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="232"/>
        <source>no longer assigned</source>
        <translation>енді ешкімге тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="255"/>
        <source>Testimony of %1</source>
        <translation>%1 берген айғақ</translation>
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
        <translation>Сараптама сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="341"/>
        <source>The grade was added.</source>
        <translation>Баға қосылды.</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="14"/>
        <source>Not reviewed</source>
        <translation>Сараптамадан өтпеген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="15"/>
        <source>Under review</source>
        <translation>Сараптамада</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="16"/>
        <source>Needs follow-up</source>
        <translation>Нақтылау сұрағы қажет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="17"/>
        <source>Verified</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="18"/>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="22"/>
        <source>Edited on both sides</source>
        <translation>Екі жақта өңделген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="23"/>
        <source>Received, not reviewed yet</source>
        <translation>Алынды, әлі сараптамадан өтпеген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="24"/>
        <source>Received changes since your review</source>
        <translation>Сіздің сараптамаңыздан кейін өзгерістер алынды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="27"/>
        <source>Assigned to you</source>
        <translation>Сізге тағайындалған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="28"/>
        <source>Follow-up answered</source>
        <translation>Нақтылау сұрағына жауап берілді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="34"/>
        <source>completely reliable</source>
        <translation>толық сенімді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="35"/>
        <source>usually reliable</source>
        <translation>әдетте сенімді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="36"/>
        <source>fairly reliable</source>
        <translation>едәуір сенімді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="37"/>
        <source>not usually reliable</source>
        <translation>әдетте сенімсіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="38"/>
        <source>unreliable</source>
        <translation>сенімсіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="39"/>
        <source>reliability cannot be judged</source>
        <translation>сенімділігін бағалау мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="42"/>
        <source>confirmed by other sources</source>
        <translation>басқа дереккөздермен расталған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="43"/>
        <source>probably true</source>
        <translation>шын болуы ықтимал</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="44"/>
        <source>possibly true</source>
        <translation>шын болуы мүмкін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="45"/>
        <source>doubtful</source>
        <translation>күмәнді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="46"/>
        <source>improbable</source>
        <translation>ықтималдығы төмен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="47"/>
        <source>truth cannot be judged</source>
        <translation>шынайылығын бағалау мүмкін емес</translation>
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
        <translation>Буманы мөрлеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="263"/>
        <source>A sealed bundle is a file that only the contacts you choose can open. It is signed by this vault, so they can check it came from you unchanged.</source>
        <translation>Мөрленген бума — оны тек Сіз таңдаған контактілер ғана аша алатын файл. Оған осы қойма қол қояды, сондықтан олар оның Сізден өзгеріссіз келгенін тексере алады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="268"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="273"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="274"/>
        <source>Recipients</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="283"/>
        <source>Only verified contacts can be chosen. Verify a contact in Contacts by comparing safety numbers.</source>
        <translation>Тек тексерілген контактілерді таңдауға болады. Контактіні «Контактілер» бөлімінде қауіпсіздік нөмірлерін салыстыру арқылы тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="290"/>
        <source>What leaves the vault</source>
        <translation>Қоймадан не шығады</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="313"/>
        <source>Encryption: post-quantum hybrid (ML-KEM-768 + X25519) when every recipient supports it, otherwise classic X25519.</source>
        <translation>Шифрлау: барлық алушы қолдаса, пост-кванттық гибридті (ML-KEM-768 + X25519), әйтпесе классикалық X25519.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="321"/>
        <source>Use classic X25519 only (for the standard age tool in an emergency)</source>
        <translation>Тек классикалық X25519 пайдалану (төтенше жағдайда стандартты age құралы үшін)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="324"/>
        <source>Use classic X25519 only</source>
        <translation>Тек классикалық X25519 пайдалану</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="330"/>
        <source>Save &amp;to:</source>
        <translation>&amp;Сақтау орны:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="331"/>
        <source>Bundle file</source>
        <translation>Бума файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="333"/>
        <source>Choose where to save the bundle</source>
        <translation>Буманы қайда сақтау керегін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="336"/>
        <source>Choose...</source>
        <translation>Таңдау...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="336"/>
        <source>Choose the bundle file</source>
        <translation>Бума файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="362"/>
        <source>Sealing progress</source>
        <translation>Мөрлеу барысы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="377"/>
        <source>Seal</source>
        <translation>Мөрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="377"/>
        <source>Seal the bundle</source>
        <translation>Буманы мөрлеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="381"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="383"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="396"/>
        <source>Every case in this vault.</source>
        <translation>Осы қоймадағы барлық іс.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="397"/>
        <source>(untitled)</source>
        <translation>(атауы жоқ)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="398"/>
        <source>%n case(s):</source>
        <translation>
            <numerusform>%n іс:</numerusform>
            <numerusform>%n іс:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="401"/>
        <source>and %n more</source>
        <translation>
            <numerusform>және тағы %n</numerusform>
            <numerusform>және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="430"/>
        <source>keys changed, verify them again first</source>
        <translation>кілттері өзгерді, алдымен қайта тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="432"/>
        <source>not verified yet</source>
        <translation>әлі тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="434"/>
        <source>%1 (cannot be chosen: %2)</source>
        <translation>%1 (таңдауға болмайды: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="441"/>
        <source>You have no contacts yet. Add a colleague&apos;s identity card in Contacts and verify it first.</source>
        <translation>Сізде әлі контактілер жоқ. Әріптесіңіздің сәйкестендіру картасын «Контактілер» бөліміне қосып, алдымен оны тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="479"/>
        <source>Save the sealed bundle</source>
        <translation>Мөрленген буманы сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="496"/>
        <source>%1, safety number %2 …</source>
        <translation>%1, қауіпсіздік нөмірі %2 …</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="504"/>
        <source>Protection: X25519 only, as you chose (not post-quantum).</source>
        <translation>Қорғаныс: Сіз таңдағандай, тек X25519 (пост-кванттық емес).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="510"/>
        <source>Protection: X25519 only, for everyone: %1 has no post-quantum key. Tick “Use classic X25519 only” to seal anyway, or seal to them separately.</source>
        <translation>Қорғаныс: барлығы үшін тек X25519: %1 контактісінде пост-кванттық кілт жоқ. Бәрібір мөрлеу үшін «Тек классикалық X25519 пайдалану» белгісін қойыңыз немесе оған бөлек мөрлеңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="518"/>
        <source>Protection: post-quantum hybrid (ML-KEM-768 + X25519).</source>
        <translation>Қорғаныс: пост-кванттық гибридті (ML-KEM-768 + X25519).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="532"/>
        <source>Choose at least one verified contact.</source>
        <translation>Кемінде бір тексерілген контактіні таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="535"/>
        <source>Choose where to save the bundle.</source>
        <translation>Буманы қайда сақтау керегін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="561"/>
        <source>Sealing...</source>
        <translation>Мөрленуде...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="569"/>
        <source>The bundle is sealed.</source>
        <translation>Бума мөрленді.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="575"/>
        <source>The profile left out %n restricted case(s).</source>
        <translation>
            <numerusform>Профиль шектеулі %n істі қоспады.</numerusform>
            <numerusform>Профиль шектеулі %n істі қоспады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="588"/>
        <source>Cancelled. No bundle was written.</source>
        <translation>Бас тартылды. Бума жазылмады.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="38"/>
        <source>Name: %1</source>
        <translation>Аты: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="42"/>
        <source>Testimony: %1</source>
        <translation>Айғақ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="44"/>
        <source>Title: %1</source>
        <translation>Атауы: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="46"/>
        <source>Summary: %1</source>
        <translation>Қысқаша мазмұны: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="48"/>
        <source>Reference: %1</source>
        <translation>Нөмірі: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="50"/>
        <source>Event: %1</source>
        <translation>Оқиға: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="52"/>
        <source>Place: %1</source>
        <translation>Орын: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="84"/>
        <source>Names are matched across Cyrillic, Latin, Arabic script and Chinese: Ержан, Erzhan and Yerzhan find the same person. Press Enter on a case to open it.</source>
        <translation>Аттар кирилл, латын, араб жазуы және қытай иероглифтері арасында салыстырылады: Ержан, Erzhan және Yerzhan бір адамды табады. Істі ашу үшін оның үстінде Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="99"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="102"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="103"/>
        <source>Found by</source>
        <translation>Немен табылды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="107"/>
        <source>Cases found</source>
        <translation>Табылған істер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="117"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="120"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="123"/>
        <source>Script</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="128"/>
        <source>Match</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="134"/>
        <source>People found</source>
        <translation>Табылған адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="170"/>
        <source>Searching...</source>
        <translation>Ізделуде...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="199"/>
        <source>%1 cases and %2 people match %3</source>
        <translation>%3 бойынша %1 іс және %2 адам сәйкес келеді</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="49"/>
        <source>Automatic lock</source>
        <translation>Автоматты құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="54"/>
        <source>Key rotation (forward secrecy)</source>
        <translation>Кілттерді ауыстыру (forward secrecy)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="59"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="67"/>
        <source>As the system (%1)</source>
        <translation>Жүйедегідей (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="73"/>
        <source>Amanat will be in %1 the next time this vault is unlocked (lock it with Ctrl+L, then unlock it).</source>
        <translation>Amanat келесі рет осы қойманың құлпы ашылғанда %1 тілінде болады (оны Ctrl+L арқылы құлыптап, содан кейін құлпын ашыңыз).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="83"/>
        <source>Inbox (review)</source>
        <translation>Кіріс (сараптама)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="89"/>
        <source>Never (only when asked)</source>
        <translation>Ешқашан (тек сұрағанда)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="90"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Әр %n күн сайын</numerusform>
            <numerusform>Әр %n күн сайын</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="95"/>
        <source>The encryption keys will change only when you ask.</source>
        <translation>Шифрлау кілттері тек Сіз сұрағанда ауысады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="98"/>
        <source>New encryption keys will be made every %n day(s), when the vault is unlocked.</source>
        <translation>
            <numerusform>Жаңа шифрлау кілттері әр %n күн сайын, қойманың құлпы ашылғанда жасалады.</numerusform>
            <numerusform>Жаңа шифрлау кілттері әр %n күн сайын, қойманың құлпы ашылғанда жасалады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="111"/>
        <source>Lock the vault after this long without activity:</source>
        <translation>Осынша уақыт әрекетсіздіктен кейін қойманы құлыптау:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="114"/>
        <source>Lock after idle minutes</source>
        <translation>Әрекетсіз минуттардан кейін құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="115"/>
        <source>You can always lock at once with Ctrl+L.</source>
        <translation>Ctrl+L арқылы кез келген уақытта бірден құлыптай аласыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="118"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минут</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="119"/>
        <source>The vault will lock after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Қойма %n минут әрекетсіздіктен кейін құлыпталады.</numerusform>
            <numerusform>Қойма %n минут әрекетсіздіктен кейін құлыпталады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="126"/>
        <source>Make new encryption keys:</source>
        <translation>Жаңа шифрлау кілттерін жасау:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="127"/>
        <source>Days between new encryption keys</source>
        <translation>Жаңа шифрлау кілттері арасындағы күндер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="130"/>
        <source>Contacts learn the new keys from your next bundle or card; your safety number stays the same. Once old keys are destroyed, a laptop taken later cannot open bundles sealed to them.</source>
        <translation>Контактілер жаңа кілттерді Сіздің келесі бумаңыздан немесе картаңыздан біледі; қауіпсіздік нөміріңіз өзгермейді. Ескі кілттер жойылғаннан кейін, кейін тартып алынған ноутбук оларға мөрленген бумаларды аша алмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="142"/>
        <source>Keep replaced keys for bundles on their way:</source>
        <translation>Жолдағы бумалар үшін ауыстырылған кілттерді сақтау:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="145"/>
        <source>Days replaced keys are kept</source>
        <translation>Ауыстырылған кілттер сақталатын күндер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="148"/>
        <source>After this, replaced keys are destroyed: a bundle sealed to them can no longer be opened, here or anywhere.</source>
        <translation>Осыдан кейін ауыстырылған кілттер жойылады: оларға мөрленген буманы бұдан былай мұнда да, басқа жерде де ашу мүмкін болмайды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="153"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="154"/>
        <source>Replaced keys will be destroyed %n day(s) after they were replaced.</source>
        <translation>
            <numerusform>Ауыстырылған кілттер ауыстырылғаннан кейін %n күннен соң жойылады.</numerusform>
            <numerusform>Ауыстырылған кілттер ауыстырылғаннан кейін %n күннен соң жойылады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="164"/>
        <source>Language of Amanat:</source>
        <translation>Amanat тілі:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="165"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="166"/>
        <source>Applied the next time this vault is unlocked. Dates and numbers follow the language; Uyghur lays the window out from right to left.</source>
        <translation>Келесі рет осы қойманың құлпы ашылғанда қолданылады. Күндер мен сандар тілге сәйкес болады; ұйғыр тілінде терезе оңнан солға қарай орналасады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="177"/>
        <source>Watched exchange folder:</source>
        <translation>Бақыланатын алмасу қалтасы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="178"/>
        <source>Watched inbox folder</source>
        <translation>Бақыланатын кіріс қалтасы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="179"/>
        <source>A folder your organisation already syncs (Syncthing, Nextcloud, a USB stick). While the vault is unlocked, bundles that arrive there are opened if they come from verified contacts; the others wait in quarantine. Empty: none.</source>
        <translation>Ұйымыңыз бұрыннан синхрондайтын қалта (Syncthing, Nextcloud, USB жинақтауыш). Қойманың құлпы ашық тұрғанда, онда келген бумалар тексерілген контактілерден келсе ашылады; қалғандары карантинде күтеді. Бос болса: қалта жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="186"/>
        <source>The inbox now watches the folder you chose.</source>
        <translation>Кіріс енді Сіз таңдаған қалтаны бақылайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="190"/>
        <source>The inbox watches no folder.</source>
        <translation>Кіріс ешбір қалтаны бақыламайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="196"/>
        <source>Recording</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="203"/>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="204"/>
        <source>Microphone to record with</source>
        <translation>Жазуға арналған микрофон</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="207"/>
        <source>The device last chosen in the recorder; empty: the computer&apos;s default.</source>
        <translation>Жазу терезесінде соңғы рет таңдалған құрылғы; бос болса — компьютердің әдепкі құрылғысы.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="215"/>
        <source>Camera:</source>
        <translation>Камера:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="216"/>
        <source>Camera to record with</source>
        <translation>Жазуға арналған камера</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="223"/>
        <source>Record video too</source>
        <translation>Бейнені де жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="224"/>
        <source>Record video as well as sound</source>
        <translation>Дыбыспен бірге бейнені де жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="98"/>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="102"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="138"/>
        <source>Your identity</source>
        <translation>Сіздің деректеріңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="153"/>
        <source>Name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="154"/>
        <source>Fingerprint:</source>
        <translation>Саусақ ізі:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="157"/>
        <source>Passphrase, recovery code and master key</source>
        <translation>Құпия фраза, қалпына келтіру коды және негізгі кілт</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="160"/>
        <source>Change passphrase...</source>
        <translation>Құпия фразаны өзгерту...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="162"/>
        <source>New recovery code...</source>
        <translation>Жаңа қалпына келтіру коды...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="170"/>
        <source>Travel mode</source>
        <translation>Сапар режимі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="176"/>
        <source>Before crossing a border or when the laptop is at risk, you can destroy this vault. Send your cases to a colleague first.</source>
        <translation>Шекарадан өтер алдында немесе ноутбукқа қауіп төнгенде Сіз бұл қойманы жоя аласыз. Алдымен істеріңізді әріптесіңізге жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="181"/>
        <source>Wipe this vault...</source>
        <translation>Бұл қойманы өшіру...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="189"/>
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="215"/>
        <source>Replace master key...</source>
        <translation>Негізгі кілтті ауыстыру...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="218"/>
        <source>If a copy of this vault or of its key file may have been taken (a seized laptop, a lost backup), replace the master key: old copies of the key file then open nothing, whatever passphrase goes with them.</source>
        <translation>Егер осы қойманың немесе оның кілт файлының көшірмесі алынған болуы мүмкін болса (тәркіленген ноутбук, жоғалған сақтық көшірме), негізгі кілтті ауыстырыңыз: сонда кілт файлының ескі көшірмелері қандай құпия фраза болса да ештеңені ашпайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="224"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="242"/>
        <source>Not available in this version.</source>
        <translation>Бұл нұсқада қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="293"/>
        <source>The passphrase was changed.</source>
        <translation>Құпия фраза өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="296"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Ағымдағы құпия фраза қате. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="303"/>
        <source>A new recovery code replaces the old one, which stops working. Type your passphrase to continue.</source>
        <translation>Жаңа қалпына келтіру коды ескісін ауыстырады, ескісі жұмыс істемей қалады. Жалғастыру үшін құпия фразаңызды енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="320"/>
        <source>The passphrase is wrong. The recovery code was not changed.</source>
        <translation>Құпия фраза қате. Қалпына келтіру коды өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="324"/>
        <source>The new recovery code is in place.</source>
        <translation>Жаңа қалпына келтіру коды орнатылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="330"/>
        <source>Replacing the master key encrypts the whole vault again: it takes about as long as reading every attachment once, and you can cancel until it finishes. Your passphrase stays the same. You will get a NEW recovery code: the old one and every old copy of the key file stop working. Type your passphrase to continue.</source>
        <translation>Негізгі кілтті ауыстыру бүкіл қойманы қайта шифрлайды: бұл әр тіркемені бір рет оқығандай уақыт алады және ол аяқталғанша Сіз одан бас тарта аласыз. Құпия фразаңыз өзгермейді. Сіз ЖАҢА қалпына келтіру кодын аласыз: ескі код және кілт файлының барлық ескі көшірмелері жұмыс істемей қалады. Жалғастыру үшін құпия фразаңызды теріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="352"/>
        <source>The master key was replaced. Old copies of the key file open nothing any more.</source>
        <translation>Негізгі кілт ауыстырылды. Кілт файлының ескі көшірмелері енді ештеңені ашпайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="358"/>
        <source>Cancelled. The master key was not replaced; nothing was changed.</source>
        <translation>Бас тартылды. Негізгі кілт ауыстырылмады; ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="55"/>
        <source>What the chart counts</source>
        <translation>Диаграмма нені санайды</translation>
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
        <translation>Қазіргі күйі бойынша</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="72"/>
        <source>By detention facility</source>
        <translation>Қамау орны бойынша</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="73"/>
        <source>By prefecture of origin</source>
        <translation>Шыққан округі бойынша</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="74"/>
        <source>By county of origin</source>
        <translation>Шыққан ауданы бойынша</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="75"/>
        <source>By year of first detention</source>
        <translation>Алғаш ұсталған жылы бойынша</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="76"/>
        <source>By sex</source>
        <translation>Жынысы бойынша</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="77"/>
        <source>By age at the events</source>
        <translation>Оқиғалар кезіндегі жасы бойынша</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="78"/>
        <source>Documented over time</source>
        <translation>Уақыт бойынша құжатталғаны</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="82"/>
        <source>Events from</source>
        <translation>Оқиғалар қашаннан</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="83"/>
        <source>from (2018)</source>
        <translation>бастап (2018)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="84"/>
        <source>Events until</source>
        <translation>Оқиғалар қашанға дейін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="85"/>
        <source>until (2019-06)</source>
        <translation>дейін (2019-06)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="86"/>
        <source>Current status</source>
        <translation>Қазіргі күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="87"/>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="90"/>
        <source>Review state</source>
        <translation>Сараптама күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="91"/>
        <source>Any review state</source>
        <translation>Кез келген сараптама күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="96"/>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="96"/>
        <source>Apply the filters</source>
        <translation>Сүзгілерді қолдану</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="109"/>
        <source>Documented persons, not estimates.</source>
        <translation>Құжатталған адамдар, бағалау емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="111"/>
        <source>Save as PNG...</source>
        <translation>PNG ретінде сақтау...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="111"/>
        <source>Save as PNG</source>
        <translation>PNG ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="112"/>
        <source>Save as SVG...</source>
        <translation>SVG ретінде сақтау...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="112"/>
        <source>Save as SVG</source>
        <translation>SVG ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="176"/>
        <source>%1 documented persons, not estimates, match the filters. %2</source>
        <translation>Сүзгілерге сәйкес келетін құжатталған адамдар: %1 (бағалау емес). %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="184"/>
        <source>Each person is counted once, by their current status.</source>
        <translation>Әр адам қазіргі күйі бойынша бір рет саналады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="185"/>
        <source>A person held in two facilities is counted in each.</source>
        <translation>Екі мекемеде ұсталған адам әрқайсысында саналады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="186"/>
        <source>Each person is counted once, by the prefecture of origin.</source>
        <translation>Әр адам шыққан округі бойынша бір рет саналады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="187"/>
        <source>Each person is counted once, by the county of origin.</source>
        <translation>Әр адам шыққан ауданы бойынша бір рет саналады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="188"/>
        <source>Each person is counted once, by their first detention.</source>
        <translation>Әр адам алғаш ұсталуы бойынша бір рет саналады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="189"/>
        <source>Each person is counted once.</source>
        <translation>Әр адам бір рет саналады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="190"/>
        <source>Age at the first event of the case.</source>
        <translation>Істің алғашқы оқиғасы кезіндегі жасы.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="191"/>
        <source>Persons by the month their first case was recorded.</source>
        <translation>Адамдар, алғашқы ісі жазылған ай бойынша.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="196"/>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="250"/>
        <source>Apply the filters to count first.</source>
        <translation>Санау үшін алдымен сүзгілерді қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="254"/>
        <source>Save the chart</source>
        <translation>Диаграмманы сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="266"/>
        <source>The chart was saved and the export was logged.</source>
        <translation>Диаграмма сақталды және экспорт журналға жазылды.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="389"/>
        <source>Very weak</source>
        <translation>Өте әлсіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="390"/>
        <source>Weak</source>
        <translation>Әлсіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="391"/>
        <source>Fair</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="392"/>
        <source>Strong</source>
        <translation>Күшті</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="393"/>
        <source>Very strong</source>
        <translation>Өте күшті</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="406"/>
        <source>Strength: %1</source>
        <translation>Беріктігі: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="412"/>
        <source>Passphrase strength</source>
        <translation>Құпия фразаның беріктігі</translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="295"/>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="298"/>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="301"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="304"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="307"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="308"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="312"/>
        <source>Testimonies</source>
        <translation>Айғақтар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="316"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="316"/>
        <source>Open testimony</source>
        <translation>Айғақты ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="339"/>
        <source>Sealed, signature valid</source>
        <translation>Мөрленген, қолтаңба жарамды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="341"/>
        <source>Sealed, SIGNATURE INVALID</source>
        <translation>Мөрленген, ҚОЛТАҢБА ЖАРАМСЫЗ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="344"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="346"/>
        <source>(correction)</source>
        <translation>(түзету)</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="129"/>
        <source>Back to the case</source>
        <translation>Іске оралу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="132"/>
        <source>New testimony</source>
        <translation>Жаңа айғақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="132"/>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="718"/>
        <source>Testimony</source>
        <translation>Айғақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="139"/>
        <source>Save state</source>
        <translation>Сақталу күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="141"/>
        <source>Seal...</source>
        <translation>Мөрлеу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="141"/>
        <source>Seal testimony</source>
        <translation>Айғақты мөрлеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="144"/>
        <source>Correct...</source>
        <translation>Түзету...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="144"/>
        <source>Correct testimony</source>
        <translation>Айғақты түзету</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="148"/>
        <source>Consent withdrawn...</source>
        <translation>Келісімді қайтарып алу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="150"/>
        <source>Record a withdrawal of consent</source>
        <translation>Келісімнің қайтарылып алынуын жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="154"/>
        <source>Edit...</source>
        <translation>Өңдеу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="154"/>
        <source>Edit the received draft</source>
        <translation>Алынған жобаны өңдеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="159"/>
        <source>Record...</source>
        <translation>Жазу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="159"/>
        <source>Record the interview</source>
        <translation>Сұхбатты жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="198"/>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="201"/>
        <source>Notes on this case</source>
        <translation>Осы іс бойынша ескертпелер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="205"/>
        <source>No notes yet.</source>
        <translation>Әзірге ескертпелер жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="215"/>
        <source>About this testimony:</source>
        <translation>Осы айғақ туралы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="218"/>
        <source>Grade: %1.</source>
        <translation>Баға: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="223"/>
        <source>(by %1)</source>
        <translation>(авторы: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="229"/>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="234"/>
        <source>Who is speaking</source>
        <translation>Кім сөйлейді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="235"/>
        <source>Choose who is speaking...</source>
        <translation>Кім сөйлейтінін таңдаңыз...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="240"/>
        <source>%1 (the person of concern)</source>
        <translation>%1 (назардағы адам)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="248"/>
        <source>Someone else (type the name)</source>
        <translation>Басқа адам (атын жазыңыз)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="249"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Сөйлеуші:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="250"/>
        <source>Speaker&apos;s name</source>
        <translation>Сөйлеушінің аты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="251"/>
        <source>Name as the speaker gives it, in any script</source>
        <translation>Сөйлеуші айтқандай аты, кез келген жазумен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="262"/>
        <source>Relation to the person of concern</source>
        <translation>Назардағы адамға қатысы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="263"/>
        <source>Not given</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="266"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Қатысы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="267"/>
        <source>Language of the narrative</source>
        <translation>Баяндама тілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="268"/>
        <source>Choose the language...</source>
        <translation>Тілді таңдаңыз...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="271"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="272"/>
        <source>Date of the interview</source>
        <translation>Сұхбат күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="273"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation>ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ; ~ — шамамен</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="274"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="275"/>
        <source>Place of the interview</source>
        <translation>Сұхбат орны</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="276"/>
        <source>A city or country, never an address</source>
        <translation>Қала немесе ел, ешқашан мекенжай емес</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="277"/>
        <source>&amp;Place:</source>
        <translation>О&amp;рын:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="278"/>
        <source>Interview mode</source>
        <translation>Сұхбат тәсілі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="281"/>
        <source>&amp;Mode:</source>
        <translation>Тәс&amp;ілі:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="282"/>
        <source>Interviewers</source>
        <translation>Сұхбат алушылар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="283"/>
        <source>Names, separated by commas</source>
        <translation>Аттар, үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="284"/>
        <source>&amp;Interviewers:</source>
        <translation>Сұхбат алушы&amp;лар:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="285"/>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="286"/>
        <source>Leave empty if none</source>
        <translation>Аудармашы болмаса, бос қалдырыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="287"/>
        <source>I&amp;nterpreter:</source>
        <translation>Ау&amp;дармашы:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="291"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="295"/>
        <source>Informed consent</source>
        <translation>Ақпараттандырылған келісім</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="296"/>
        <source>Given voluntarily</source>
        <translation>Ерікті түрде берілген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="297"/>
        <source>May be named</source>
        <translation>Атын атауға болады</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="298"/>
        <source>Face may be shown</source>
        <translation>Бетін көрсетуге болады</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="299"/>
        <source>Voice may be used</source>
        <translation>Дауысын пайдалануға болады</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="304"/>
        <source>Informed: the speaker knows how the testimony will be kept, shared and used. Voluntary: given freely, without pressure or payment.</source>
        <translation>Ақпараттандырылған: сөйлеуші айғақтың қалай сақталатынын, бөлісілетінін және пайдаланылатынын біледі. Ерікті: қысымсыз және ақысыз, өз еркімен берілген.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="319"/>
        <source>Permitted uses:</source>
        <translation>Рұқсат етілген пайдалану:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="336"/>
        <source>&amp;Narrative</source>
        <translation>&amp;Баяндама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="339"/>
        <source>Narrative</source>
        <translation>Баяндама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="342"/>
        <source>The testimony in the speaker&apos;s words...</source>
        <translation>Айғақ сөйлеушінің өз сөзімен...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="345"/>
        <source>Choose who is speaking and the language to start: every word is then saved.</source>
        <translation>Бастау үшін кім сөйлейтінін және тілді таңдаңыз: содан кейін әр сөз сақталады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="406"/>
        <source>Loading...</source>
        <translation>Жүктелуде...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="428"/>
        <source>Testimony (correction of a sealed one)</source>
        <translation>Айғақ (мөрленген айғақтың түзетуі)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="474"/>
        <source>Sealed — read only. Sealed on %1 and signed; the signature is valid: the text has not changed since. To fix a mistake, use Correct... (a new version; this one is kept).</source>
        <translation>Мөрленген — тек оқу үшін. %1 мөрленіп, қол қойылған; қолтаңба жарамды: содан бері мәтін өзгермеген. Қатені түзету үшін «Түзету...» батырмасын пайдаланыңыз (жаңа нұсқа; бұл нұсқа сақталады).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="486"/>
        <source>Sealed — read only. Sealed on %1, but the signature does NOT verify: the stored testimony does not match what was signed. Report this to your coordinator.</source>
        <translation>Мөрленген — тек оқу үшін. %1 мөрленген, бірақ қолтаңба тексерістен ӨТПЕЙДІ: сақталған айғақ қол қойылған мәтінге сәйкес келмейді. Бұл туралы үйлестірушіңізге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="501"/>
        <source>Sealed testimony</source>
        <translation>Мөрленген айғақ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="509"/>
        <source>Consent was withdrawn on %1.</source>
        <translation>Келісім %1 қайтарылып алынды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="533"/>
        <source>Received — read only. This draft came in a bundle from a contact. Choose Edit... to change it here: your change is a new revision, and theirs stays in the history.</source>
        <translation>Алынған — тек оқу үшін. Бұл жоба контактіден бумамен келді. Оны осында өзгерту үшін «Өңдеу...» таңдаңыз: Сіздің өзгерісіңіз жаңа нұсқа болады, ал контактінің нұсқасы тарихта қалады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="601"/>
        <source>Consent is recorded for the uses ticked above.</source>
        <translation>Келісім жоғарыда белгіленген пайдалану түрлері үшін жазылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="606"/>
        <source>Sealed: read-only</source>
        <translation>Мөрленген: тек оқу үшін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="608"/>
        <source>Received: read-only</source>
        <translation>Алынған: тек оқу үшін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="610"/>
        <source>Saving...</source>
        <translation>Сақталуда...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="612"/>
        <source>Unsaved changes (saving in a moment)</source>
        <translation>Сақталмаған өзгерістер (сәлден соң сақталады)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="614"/>
        <source>Saved at %1</source>
        <translation>Сақталған уақыты: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="616"/>
        <source>Not saved yet</source>
        <translation>Әлі сақталмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="618"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="690"/>
        <source>The date is not valid (use YYYY-MM-DD, YYYY-MM or YYYY); it was not saved.</source>
        <translation>Күні жарамсыз (ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ пайдаланыңыз); ол сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="735"/>
        <source>The draft could not be saved: %1</source>
        <translation>Жобаны сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="743"/>
        <source>Save the testimony first, then record the interview.</source>
        <translation>Алдымен айғақты сақтаңыз, содан кейін сұхбатты жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="769"/>
        <source>Sealing makes this testimony permanent. It is signed with this vault&apos;s key, so anyone who receives it can check that not one word was changed. After sealing it cannot be edited: a mistake is fixed by a correction, a new version that keeps the sealed original.</source>
        <translation>Мөрлеу бұл айғақты түпкілікті етеді. Оған осы қойманың кілтімен қол қойылады, сондықтан оны алған кез келген адам бірде-бір сөздің өзгермегенін тексере алады. Мөрленгеннен кейін оны өңдеуге болмайды: қате түзету арқылы — мөрленген түпнұсқаны сақтайтын жаңа нұсқамен түзетіледі.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="777"/>
        <source>Seal this testimony?</source>
        <translation>Бұл айғақты мөрлеу керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="777"/>
        <source>Seal</source>
        <translation>Мөрі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="802"/>
        <source>Correct this testimony?</source>
        <translation>Бұл айғақты түзету керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="804"/>
        <source>A correction is a new draft that starts as a copy of this testimony. The sealed original is kept unchanged and stays visible; the correction supersedes it once it is sealed in turn.</source>
        <translation>Түзету — осы айғақтың көшірмесі ретінде басталатын жаңа жоба. Мөрленген түпнұсқа өзгеріссіз және көрінетін күйде қалады; түзету өзі мөрленгенде оның орнын басады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="808"/>
        <source>Start a correction</source>
        <translation>Түзетуді бастау</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="104"/>
        <source>Verified</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="105"/>
        <source>Not verified</source>
        <translation>Тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="106"/>
        <source>Keys changed: verify again</source>
        <translation>Кілттер өзгерді: қайта тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="108"/>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="123"/>
        <source>Unknown sender</source>
        <translation>Белгісіз жіберуші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="124"/>
        <source>Sender not verified</source>
        <translation>Жіберуші тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="125"/>
        <source>Sender&apos;s keys changed</source>
        <translation>Жіберушінің кілттері өзгерді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="136"/>
        <source>an unknown sender whose card says “%1”</source>
        <translation>картасында «%1» деп көрсетілген белгісіз жіберуші</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="144"/>
        <source>Two contacts share a name: %1 is also the name (or looks like the name) of another contact with other keys. Tell them apart by the safety number, never by the name.</source>
        <translation>Екі контактінің аты бірдей: %1 — басқа кілттері бар басқа контактінің де аты (немесе атына ұқсас). Оларды ешқашан атымен емес, қауіпсіздік нөмірі арқылы ажыратыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="159"/>
        <source>Bundle %1 from %2 has not arrived.</source>
        <translation>
            <numerusform>%2 жіберген %1 бумасы келмеді.</numerusform>
            <numerusform>%2 жіберген %1 бумасы келмеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="161"/>
        <source> and %n more</source>
        <translation>
            <numerusform> және тағы %n</numerusform>
            <numerusform> және тағы %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="83"/>
        <source>Unlock your vault</source>
        <translation>Қойманың құлпын ашыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="92"/>
        <source>&amp;Vault:</source>
        <translation>&amp;Қойма:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="93"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="94"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="100"/>
        <source>Unlocking</source>
        <translation>Құлып ашылуда</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="105"/>
        <source>Unlocking... deriving the key takes a moment on purpose.</source>
        <translation>Құлып ашылуда... кілтті шығару әдейі біраз уақыт алады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="126"/>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="137"/>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Құпия фразаны ұмыттыңыз ба? Қалпына келтіру кодын пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="144"/>
        <source>Create a new vault</source>
        <translation>Жаңа қойма жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="148"/>
        <source>Open a demo vault</source>
        <translation>Демо қойманы ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="169"/>
        <source>There is no vault to unlock.</source>
        <translation>Құлпын ашатын қойма жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="172"/>
        <source>Please type your passphrase.</source>
        <translation>Құпия фразаңызды енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="212"/>
        <source>Open an older copy?</source>
        <translation>Ескірек көшірмені ашу керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="213"/>
        <source>This vault&apos;s database is older than its key file. If you restored it from your own backup, you can open it: it will hold what the backup held, and changes made since (for example a withdrawn consent) are gone. If you did not restore anything, someone may have replaced it: do not open it, and ask for help.</source>
        <translation>Осы қойманың дерекқоры оның кілт файлынан ескірек. Егер Сіз оны өз сақтық көшірмеңізден қалпына келтірген болсаңыз, оны ашуға болады: онда сақтық көшірмеде болған мәліметтер болады, ал содан бергі өзгерістер (мысалы, кері қайтарылған келісім) жоғалады. Егер Сіз ештеңе қалпына келтірмеген болсаңыз, оны біреу ауыстырған болуы мүмкін: оны ашпаңыз және көмек сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="221"/>
        <source>Open the older copy</source>
        <translation>Ескірек көшірмені ашу</translation>
    </message>
</context>
<context>
    <name>VaultChooser</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="52"/>
        <source>Vault</source>
        <translation>Қойма</translation>
    </message>
</context>
<context>
    <name>VerifyContactDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="185"/>
        <source>Verify a contact</source>
        <translation>Контактіні тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="191"/>
        <source>Verify %1</source>
        <translation>%1 контактісін тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="198"/>
        <source>The keys of %1 changed since you last verified them. This happens with a new laptop or a reinstalled vault, and also when someone impersonates them. Compare the new safety number before you trust it.</source>
        <translation>%1 контактісінің кілттері Сіз оларды соңғы рет тексерілген деп белгілегеннен бері өзгерді. Бұл жаңа ноутбукта немесе қойма қайта орнатылғанда, сондай-ақ біреу оның атын жамылғанда болады. Сенім білдірмес бұрын жаңа қауіпсіздік нөмірін салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="210"/>
        <source>Meet %1, or call them where you know their voice. They open Contacts &gt; My identity and read their safety number aloud; compare it with the one on the left, group by group. Then read yours (on the right) to them, so that they can verify you too.</source>
        <translation>%1 адамымен кездесіңіз немесе оның дауысын танитын жағдайда қоңырау шалыңыз. Ол «Контактілер &gt; Менің деректерім» бөлімін ашып, өз қауіпсіздік нөмірін дауыстап оқиды; оны сол жақтағы нөмірмен топ-топ бойынша салыстырыңыз. Содан кейін ол да Сізді тексере алуы үшін оған өз нөміріңізді (оң жақта) оқып беріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="221"/>
        <source>Safety number of %1</source>
        <translation>Қауіпсіздік нөмірі: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="224"/>
        <source>Their safety number</source>
        <translation>Оның қауіпсіздік нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="227"/>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="230"/>
        <source>Your safety number</source>
        <translation>Сіздің қауіпсіздік нөміріңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="237"/>
        <source>&amp;Optional: type the digits they read to you, and Amanat compares them:</source>
        <translation>&amp;Міндетті емес: Сізге оқып берген сандарды теріңіз, Amanat оларды салыстырады:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="240"/>
        <source>Digits they read to you</source>
        <translation>Сізге оқып берген сандар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="241"/>
        <source>The 60 digits; spaces do not matter</source>
        <translation>60 сан; бос орындардың маңызы жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="250"/>
        <source>I compared all 12 groups with %1 over a channel I trust, and they match</source>
        <translation>Мен барлық 12 топты %1 адамымен өзім сенетін арна арқылы салыстырдым, олар сәйкес келеді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="256"/>
        <source>I compared all 12 groups, and they match</source>
        <translation>Мен барлық 12 топты салыстырдым, олар сәйкес келеді</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="265"/>
        <source>Mark as verified</source>
        <translation>Тексерілген деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="309"/>
        <source>The digits you typed are NOT this contact&apos;s safety number. Do not verify it: someone may be impersonating them.</source>
        <translation>Сіз енгізген сандар бұл контактінің қауіпсіздік нөмірі ЕМЕС. Оны тексерілген деп белгілемеңіз: біреу оның атын жамылуы мүмкін.</translation>
    </message>
</context>
<context>
    <name>Viewers</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="93"/>
        <source>Audio and video playback is off: this computer lacks the system sound libraries Qt needs (PulseAudio or PipeWire client). Install them (for example the libpulse0 package) and restart Amanat.</source>
        <translation>Аудио мен бейнені ойнату өшірулі: бұл компьютерде Qt қажет ететін жүйелік дыбыс кітапханалары жоқ (PulseAudio немесе PipeWire клиенті). Оларды орнатыңыз (мысалы, libpulse0 пакетін) және Amanat-ты қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="99"/>
        <source>Audio and video playback is off: Qt&apos;s multimedia module could not be loaded on this computer.</source>
        <translation>Аудио мен бейнені ойнату өшірулі: бұл компьютерде Qt мультимедиа модулін жүктеу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="112"/>
        <source>Image</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="131"/>
        <source>This image cannot be shown: the format is unknown or the file is damaged.</source>
        <translation>Бұл суретті көрсету мүмкін емес: пішімі белгісіз немесе файл зақымдалған.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="139"/>
        <source>%1 by %2 pixels</source>
        <translation>%1 × %2 пиксель</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="216"/>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="227"/>
        <source>This PDF cannot be shown: it is damaged or protected.</source>
        <translation>Бұл PDF-ті көрсету мүмкін емес: ол зақымдалған немесе қорғалған.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="296"/>
        <source>Video</source>
        <translation>Бейне</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="302"/>
        <source>Audio recording</source>
        <translation>Аудиожазба</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="307"/>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="309"/>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="362"/>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="315"/>
        <source>Position</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="360"/>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="370"/>
        <source>This recording cannot be played: the format is unknown or damaged.</source>
        <translation>Бұл жазбаны ойнату мүмкін емес: пішімі белгісіз немесе файл зақымдалған.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="398"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="414"/>
        <source>Amanat cannot show this kind of file. It is kept encrypted in the vault; you can save a copy if you need to open it elsewhere.</source>
        <translation>Amanat мұндай файл түрін көрсете алмайды. Ол қоймада шифрланған күйде сақталады; оны басқа жерде ашу қажет болса, көшірмесін сақтай аласыз.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="53"/>
        <source>Welcome to Amanat</source>
        <translation>Amanat-қа қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="57"/>
        <source>Amanat keeps cases, testimonies and their files in an encrypted vault on this computer. Only your passphrase or your recovery code opens it; nothing readable is ever written to the disk.</source>
        <translation>Amanat істерді, айғақтарды және олардың файлдарын осы компьютердегі шифрланған қоймада сақтайды. Оны тек Сіздің құпия фразаңыз немесе қалпына келтіру кодыңыз ашады; дискке оқуға болатын ештеңе ешқашан жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="64"/>
        <source>Create a vault</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="71"/>
        <source>For a first look, open a demo vault filled with invented cases. It is a separate vault; nothing in it is real.</source>
        <translation>Алғаш танысу үшін ойдан шығарылған істер толтырылған демо қойманы ашыңыз. Бұл бөлек қойма; ондағы ештеңе шынайы емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="77"/>
        <source>Open a demo vault</source>
        <translation>Демо қойманы ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="82"/>
        <source>Open an existing vault</source>
        <translation>Бар қойманы ашу</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="184"/>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="187"/>
        <source>Wipe this vault</source>
        <translation>Бұл қойманы өшіру</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="192"/>
        <source>Every case, testimony and file in this vault will be destroyed. The keys are erased first, so what remains on the disk cannot be decrypted. This cannot be undone. Cases you have not sent to a colleague are lost for good. Solid-state disks may keep old copies of some sectors; without the keys they are unreadable.</source>
        <translation>Осы қоймадағы барлық іс, айғақ және файл жойылады. Алдымен кілттер өшіріледі, сондықтан дискте қалғанның шифрын ашу мүмкін болмайды. Мұны болдырмау мүмкін емес. Әріптесіңізге жібермеген істеріңіз біржола жоғалады. Қатты күйлі дискілер кейбір секторлардың ескі көшірмелерін сақтауы мүмкін; кілттерсіз оларды оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="201"/>
        <source>To confirm, type the vault&apos;s name: %1</source>
        <translation>Растау үшін қойманың атауын теріңіз: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="203"/>
        <source>Vault name</source>
        <translation>Қойма атауы</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="205"/>
        <source>Wipe the vault</source>
        <translation>Қойманы өшіру</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="239"/>
        <source>Consent withdrawn</source>
        <translation>Келісім қайтарылып алынды</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="241"/>
        <source>Record a withdrawal of consent</source>
        <translation>Келісімнің қайтарылып алынуын жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="245"/>
        <source>The sealed testimony stays unchanged; the withdrawal is recorded beside it, wins over the consent given, and travels with the case.</source>
        <translation>Мөрленген айғақ өзгеріссіз қалады; қайтарып алу оның жанына жазылады, берілген келісімнен басым болады және іспен бірге беріледі.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="251"/>
        <source>Date of the withdrawal</source>
        <translation>Қайтарып алу күні</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="252"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="263"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="264"/>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="268"/>
        <source>Record withdrawal</source>
        <translation>Қайтарып алуды жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="279"/>
        <source>Use a date like 2024-05-17, 2024-05 or 2024.</source>
        <translation>Күнді 2024-05-17, 2024-05 немесе 2024 түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="283"/>
        <source>Tick at least one use.</source>
        <translation>Кемінде бір пайдалану түрін белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="98"/>
        <source>Vault</source>
        <translation>Қойма</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="112"/>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="114"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="115"/>
        <source>Review</source>
        <translation>Сараптама</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="116"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="117"/>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="118"/>
        <source>Contacts</source>
        <translation>Контактілер</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="119"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="130"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="131"/>
        <source>Search cases and people in any script (Ctrl+F)</source>
        <translation>Істер мен адамдарды кез келген жазумен іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="136"/>
        <source>Open bundle...</source>
        <translation>Буманы ашу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="138"/>
        <source>Open a received bundle</source>
        <translation>Алынған буманы ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="141"/>
        <source>Open a sealed bundle you received (Ctrl+O)</source>
        <translation>Алынған мөрленген буманы ашу (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="144"/>
        <source>Seal bundle...</source>
        <translation>Буманы мөрлеу...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="146"/>
        <source>Seal the chosen cases into a bundle</source>
        <translation>Таңдалған істерді бумаға мөрлеу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="150"/>
        <source>Seal the case on screen, or the cases chosen with it, for a contact (Ctrl+E)</source>
        <translation>Экрандағы істі немесе онымен бірге таңдалған істерді контактіге мөрлеу (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="154"/>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="154"/>
        <source>Lock the vault</source>
        <translation>Қойманы құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="156"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Қойманы қазір құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="167"/>
        <source>Creating demo cases</source>
        <translation>Демо істер жасалуда</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="168"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="341"/>
        <source>The dossier was saved and the export was logged. Delete it when done.</source>
        <translation>Досье сақталды және экспорт журналға жазылды. Жұмысыңыз біткенде оны жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="408"/>
        <source>Recording kept in the vault.</source>
        <translation>Жазба қоймада сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="451"/>
        <source>The case was created.</source>
        <translation>Іс жасалды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="459"/>
        <source>Open a case first, then add a testimony.</source>
        <translation>Алдымен істі ашып, содан кейін айғақ қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="467"/>
        <source>Open a case first, then attach files.</source>
        <translation>Алдымен істі ашып, содан кейін файлдарды тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="491"/>
        <source>Choose one or more cases in the list first, then seal them.</source>
        <translation>Алдымен тізімнен бір немесе бірнеше істі таңдап, содан кейін оларды мөрлеңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="504"/>
        <source>The bundle was sealed.</source>
        <translation>Бума мөрленді.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="507"/>
        <source>Open a sealed bundle</source>
        <translation>Мөрленген буманы ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="512"/>
        <source>The bundle was imported.</source>
        <translation>Бума импортталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="514"/>
        <source>The bundle waits in Contacts &gt; Quarantine.</source>
        <translation>Бума «Контактілер &gt; Карантин» бөлімінде күтіп тұр.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/workspace.py" line="551"/>
        <source>Creating %n invented case(s) for the demo...</source>
        <translation>
            <numerusform>Демо үшін ойдан шығарылған %n іс жасалуда...</numerusform>
            <numerusform>Демо үшін ойдан шығарылған %n іс жасалуда...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/workspace.py" line="560"/>
        <source>%n demo case(s) created.</source>
        <translation>
            <numerusform>%n демо іс жасалды.</numerusform>
            <numerusform>%n демо іс жасалды.</numerusform>
        </translation>
    </message>
</context>
</TS>
