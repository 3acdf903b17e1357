<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug" sourcelanguage="en">
<context>
    <name>AgeSecretDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="219"/>
        <source>Export the emergency key</source>
        <translation>جىددىي ئاچقۇچنى ئېكسپورت قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="221"/>
        <source>Export the emergency key?</source>
        <translation>جىددىي ئاچقۇچنى ئېكسپورت قىلامسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="226"/>
        <source>This writes the vault&apos;s SECRET key to a file. Anyone who gets the file can open every bundle ever sealed to this vault, without your passphrase. Do it only when Amanat cannot be used and a bundle must be opened with the standard age tool. Keep the file offline (never on the laptop that travels), never send it, and destroy it afterwards.</source>
        <translation>بۇ ساندۇقنىڭ مەخپىي ئاچقۇچىنى بىر ھۆججەتكە يازىدۇ. بۇ ھۆججەتنى قولغا چۈشۈرگەن ھەر قانداق كىشى بۇ ساندۇققا پېچەتلەنگەن بارلىق بولاقلارنى مەخپىي جۈملىڭىزسىزلا ئاچالايدۇ. بۇنى پەقەت Amanat نى ئىشلەتكىلى بولمىغان ۋە بىر بولاقنى ئۆلچەملىك age قورالى بىلەن ئېچىش زۆرۈر بولغاندىلا قىلىڭ. ھۆججەتنى تورسىز ساقلاڭ (سەپەرگە ئېلىپ ماڭىدىغان كومپيۇتېردا ھەرگىز ساقلىماڭ)، ھەرگىز ئەۋەتمەڭ ۋە ئىشلىتىپ بولغاندىن كېيىن يوقىتىۋېتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="234"/>
        <source>Which key</source>
        <translation>قايسى ئاچقۇچ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="240"/>
        <source>Classic X25519 key: opens bundles sealed with classic encryption</source>
        <translation>كلاسسىك X25519 ئاچقۇچى: كلاسسىك شىفىرلاش بىلەن پېچەتلەنگەن بولاقلارنى ئاچىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="243"/>
        <source>Classic X25519 key</source>
        <translation>كلاسسىك X25519 ئاچقۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="247"/>
        <source>Post-quantum hybrid key: opens the default bundles (age 1.3 or later)</source>
        <translation>كۋانتتىن كېيىنكى ئارىلاش ئاچقۇچ: كۆڭۈلدىكى بولاقلارنى ئاچىدۇ (age 1.3 ياكى ئۇنىڭدىن يېڭى)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="250"/>
        <source>Post-quantum hybrid key</source>
        <translation>كۋانتتىن كېيىنكى ئارىلاش ئاچقۇچ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="258"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="260"/>
        <source>I understand that this file opens everything sealed to me</source>
        <translation>بۇ ھۆججەتنىڭ ماڭا پېچەتلەنگەن ھەممە نەرسىنى ئاچالايدىغانلىقىنى چۈشىنىمەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="266"/>
        <source>Export the secret key...</source>
        <translation>مەخپىي ئاچقۇچنى ئېكسپورت قىلىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="268"/>
        <source>Export the secret key</source>
        <translation>مەخپىي ئاچقۇچنى ئېكسپورت قىلىش</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="128"/>
        <source>&amp;New case...</source>
        <translation>&amp;يېڭى دېلو...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="129"/>
        <source>New &amp;testimony...</source>
        <translation>يېڭى &amp;گۇۋاھلىق...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="130"/>
        <source>&amp;Attach files...</source>
        <translation>&amp;ھۆججەت قوشۇش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="131"/>
        <source>&amp;Search</source>
        <translation>ئى&amp;زدەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="132"/>
        <source>&amp;Cases</source>
        <translation>&amp;دېلولار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="133"/>
        <source>&amp;People</source>
        <translation>&amp;كىشىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="134"/>
        <source>P&amp;laces</source>
        <translation>&amp;جايلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="135"/>
        <source>C&amp;ontacts</source>
        <translation>&amp;ئالاقىداشلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="136"/>
        <source>&amp;Review</source>
        <translation>&amp;تەكشۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="137"/>
        <source>&amp;Seal bundle...</source>
        <translation>بولاق &amp;پېچەتلەش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="138"/>
        <source>Seal a&amp;ll cases...</source>
        <translation>&amp;بارلىق دېلولارنى پېچەتلەش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="139"/>
        <source>&amp;Open bundle...</source>
        <translation>بولاق &amp;ئېچىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="140"/>
        <source>&amp;Settings...</source>
        <translation>&amp;تەڭشەكلەر...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="141"/>
        <source>&amp;Lock</source>
        <translation>&amp;قۇلۇپلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>&amp;چېكىنىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="143"/>
        <source>&amp;User guide</source>
        <translation>&amp;ئىشلەتكۈچى قوللانمىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="144"/>
        <source>&amp;About Amanat</source>
        <translation>Amanat &amp;ھەققىدە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="198"/>
        <source>&amp;Vault</source>
        <translation>&amp;ساندۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="199"/>
        <source>V&amp;iew</source>
        <translation>&amp;كۆرۈنۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>&amp;ياردەم</translation>
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
        <translation>Amanat (قۇلۇپلانغان)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="325"/>
        <source>Vault unlocked.</source>
        <translation>ساندۇقنىڭ قۇلۇپى ئېچىلدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="341"/>
        <source>The vault locks as soon as the attachment is saved.</source>
        <translation>قوشۇمچە ھۆججەت ساقلىنىپ بولۇشى بىلەنلا ساندۇق قۇلۇپلىنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="355"/>
        <source>Amanat quits as soon as the attachment is saved.</source>
        <translation>قوشۇمچە ھۆججەت ساقلىنىپ بولۇشى بىلەنلا Amanat تاقىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="361"/>
        <source>The vault was locked. Unlock it to continue.</source>
        <translation>ساندۇق قۇلۇپلاندى. داۋاملاشتۇرۇش ئۈچۈن قۇلۇپنى ئېچىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="365"/>
        <source>An attachment was still being added when the vault was locked: the file being written was not saved. After unlocking, check the case&apos;s attachments and add what is missing.</source>
        <translation>ساندۇق قۇلۇپلانغاندا بىر قوشۇمچە ھۆججەت تېخى قوشۇلۇۋاتاتتى: يېزىلىۋاتقان ھۆججەت ساقلانمىدى. قۇلۇپنى ئاچقاندىن كېيىن دېلونىڭ قوشۇمچە ھۆججەتلىرىنى تەكشۈرۈپ، كەم بولغانلىرىنى قوشۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="370"/>
        <source>The lock waited until the attachment being added was saved.</source>
        <translation>قۇلۇپلاش قوشۇلۇۋاتقان قوشۇمچە ھۆججەت ساقلانغۇچە كۈتتى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/window.py" line="378"/>
        <source>Locked while files were being attached: %n file(s) not saved. Add them again.</source>
        <translation>
            <numerusform>ھۆججەت قوشۇلۇۋاتقاندا قۇلۇپلاندى: %n ھۆججەت ساقلانمىدى. ئۇلارنى قايتا قوشۇڭ.</numerusform>
            <numerusform>ھۆججەت قوشۇلۇۋاتقاندا قۇلۇپلاندى: %n ھۆججەت ساقلانمىدى. ئۇلارنى قايتا قوشۇڭ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/window.py" line="383"/>
        <source>Saved before the lock: %n file(s) being attached.</source>
        <translation>
            <numerusform>قۇلۇپلاشتىن بۇرۇن ساقلاندى: قوشۇلۇۋاتقان %n ھۆججەت.</numerusform>
            <numerusform>قۇلۇپلاشتىن بۇرۇن ساقلاندى: قوشۇلۇۋاتقان %n ھۆججەت.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="425"/>
        <source>The vault was wiped.</source>
        <translation>ساندۇق ئۆچۈرۈۋېتىلدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="441"/>
        <source>About Amanat</source>
        <translation>Amanat ھەققىدە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="444"/>
        <source>Amanat %1

An offline, encrypted casework tool for documenting persecution. Free software under the GNU AGPL, version 3 or later.</source>
        <translation>Amanat %1

زىيانكەشلىكنى خاتىرىلەش ئۈچۈن تورسىز، شىفىرلانغان دېلو بىر تەرەپ قىلىش قورالى. GNU AGPL 3-نەشرى ياكى ئۇنىڭدىن كېيىنكى نەشرى بويىچە ھەقسىز يۇمشاق دېتال.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="453"/>
        <source>The user guide is in docs/user-guide-app.md of the Amanat folder.</source>
        <translation>ئىشلەتكۈچى قوللانمىسى Amanat قىسقۇچىدىكى docs/user-guide-app.md دا.</translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="38"/>
        <source>Correct the attachment</source>
        <translation>قوشۇمچە ھۆججەتنى تۈزىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="45"/>
        <source>No testimony</source>
        <translation>گۇۋاھلىق يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="47"/>
        <source>undated</source>
        <translation>چېسلاسىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="51"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="60"/>
        <source>File:</source>
        <translation>ھۆججەت:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="61"/>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="65"/>
        <source>&amp;Description:</source>
        <translation>&amp;چۈشەندۈرۈش:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="68"/>
        <source>Role</source>
        <translation>رولى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="72"/>
        <source>&amp;Role:</source>
        <translation>&amp;رولى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="75"/>
        <source>Belongs to testimony</source>
        <translation>تەۋە گۇۋاھلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="79"/>
        <source>&amp;Testimony:</source>
        <translation>&amp;گۇۋاھلىق:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="94"/>
        <source>the description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="95"/>
        <source>the role</source>
        <translation>رولى</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="61"/>
        <source>Files are encrypted into the vault as they are added. Drop files here or use Attach files. They are shown from memory: nothing readable is written to disk.</source>
        <translation>ھۆججەتلەر قوشۇلۇش بىلەنلا شىفىرلىنىپ ساندۇققا كىرگۈزۈلىدۇ. ھۆججەتلەرنى بۇ يەرگە تاشلاڭ ياكى «ھۆججەت قوشۇش» نى ئىشلىتىڭ. ئۇلار ئەستە ساقلىغۇچتىن كۆرسىتىلىدۇ: دىسكىغا ئوقۇغىلى بولىدىغان ھېچنېمە يېزىلمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="86"/>
        <source>File</source>
        <translation>ھۆججەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="87"/>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="90"/>
        <source>Size</source>
        <translation>چوڭلۇقى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="96"/>
        <source>Role</source>
        <translation>رولى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="99"/>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="103"/>
        <source>Attachments</source>
        <translation>قوشۇمچە ھۆججەتلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="107"/>
        <source>Attach files...</source>
        <translation>ھۆججەت قوشۇش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="107"/>
        <source>Attach files</source>
        <translation>ھۆججەت قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="109"/>
        <source>View</source>
        <translation>كۆرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="109"/>
        <source>View attachment</source>
        <translation>قوشۇمچە ھۆججەتنى كۆرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="111"/>
        <source>Save a copy...</source>
        <translation>كۆچۈرمىسىنى ساقلاش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="111"/>
        <source>Save a decrypted copy</source>
        <translation>شىفىرى يېشىلگەن كۆچۈرمىسىنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="114"/>
        <source>Correct...</source>
        <translation>تۈزىتىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="116"/>
        <source>Correct the description, role or testimony of the attachment</source>
        <translation>قوشۇمچە ھۆججەتنىڭ چۈشەندۈرۈشى، رولى ياكى گۇۋاھلىقىنى تۈزىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="120"/>
        <source>Remove working copy...</source>
        <translation>ئىشلەش نۇسخىسىنى چىقىرىۋېتىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="122"/>
        <source>Remove the chosen working copy (the original is kept)</source>
        <translation>تاللانغان ئىشلەش نۇسخىسىنى چىقىرىۋېتىش (ئەسلى نۇسخىسى ساقلىنىدۇ)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="133"/>
        <source>Progress</source>
        <translation>ئىلگىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="137"/>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="163"/>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="397"/>
        <source>Choose a file and press View.</source>
        <translation>بىر ھۆججەتنى تاللاپ «كۆرۈش» نى بېسىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="194"/>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="202"/>
        <source>Choose an attachment in the list first.</source>
        <translation>ئاۋۋال تىزىملىكتىن بىر قوشۇمچە ھۆججەتنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="208"/>
        <source>This is an evidentiary original: it is never removed. Only a working copy can be removed.</source>
        <translation>بۇ دەلىل بولىدىغان ئەسلى نۇسخا: ئۇ ھەرگىز چىقىرىۋېتىلمەيدۇ. پەقەت ئىشلەش نۇسخىسىنىلا چىقىرىۋەتكىلى بولىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="216"/>
        <source>Remove this working copy?</source>
        <translation>بۇ ئىشلەش نۇسخىسىنى چىقىرىۋېتەمسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="218"/>
        <source>The working copy leaves the case and its file leaves the vault. The evidentiary original stays, and the custody log records the removal.</source>
        <translation>ئىشلەش نۇسخىسى دېلودىن، ئۇنىڭ ھۆججىتى ساندۇقتىن چىقىرىۋېتىلىدۇ. دەلىل بولىدىغان ئەسلى نۇسخا قالىدۇ، ساقلاش خاتىرىسى چىقىرىۋېتىشنى خاتىرىلەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="221"/>
        <source>Remove the working copy</source>
        <translation>ئىشلەش نۇسخىسىنى چىقىرىۋېتىش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="275"/>
        <source>Encrypting %n file(s) into the vault...</source>
        <translation>
            <numerusform>%n ھۆججەت شىفىرلىنىپ ساندۇققا كىرگۈزۈلۈۋاتىدۇ...</numerusform>
            <numerusform>%n ھۆججەت شىفىرلىنىپ ساندۇققا كىرگۈزۈلۈۋاتىدۇ...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="285"/>
        <source>%n file(s) added to the case.</source>
        <translation>
            <numerusform>%n ھۆججەت دېلوغا قوشۇلدى.</numerusform>
            <numerusform>%n ھۆججەت دېلوغا قوشۇلدى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="292"/>
        <source>Cancelled. Files added before the cancel are kept.</source>
        <translation>بىكار قىلىندى. بىكار قىلىشتىن بۇرۇن قوشۇلغان ھۆججەتلەر ساقلىنىپ قالىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="309"/>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="404"/>
        <source>Choose a file in the list first.</source>
        <translation>ئاۋۋال تىزىملىكتىن بىر ھۆججەتنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="321"/>
        <source>Decrypting...</source>
        <translation>شىفىرى يېشىلىۋاتىدۇ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="374"/>
        <source>This file is too large to view inside Amanat (over %1). It stays encrypted in the vault; save a copy if you need to open it elsewhere.</source>
        <translation>بۇ ھۆججەت Amanat ئىچىدە كۆرۈش ئۈچۈن بەك چوڭ (%1 دىن ئېشىپ كەتتى). ئۇ ساندۇقتا شىفىرلانغان ھالەتتە قالىدۇ؛ باشقا يەردە ئېچىشىڭىز كېرەك بولسا، كۆچۈرمىسىنى ساقلاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="409"/>
        <source>Save a readable copy?</source>
        <translation>ئوقۇغىلى بولىدىغان كۆچۈرمىسىنى ساقلامسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="412"/>
        <source>This writes a decrypted copy of %1 outside the vault. Anyone with access to that disk or stick can read it, and it stays there until you delete it. The export is recorded in the case&apos;s custody log.</source>
        <translation>بۇ %1 نىڭ شىفىرى يېشىلگەن كۆچۈرمىسىنى ساندۇقنىڭ سىرتىغا يازىدۇ. شۇ دىسكا ياكى U دىسكىغا ئېرىشەلەيدىغان ھەر قانداق كىشى ئۇنى ئوقۇيالايدۇ، سىز ئۆچۈرمىگۈچە ئۇ شۇ يەردە تۇرىدۇ. ئېكسپورت قىلىش دېلونىڭ ساقلاش خاتىرىسىگە خاتىرىلىنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="418"/>
        <source>Save a copy</source>
        <translation>كۆچۈرمىسىنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="430"/>
        <source>Writing the decrypted copy...</source>
        <translation>شىفىرى يېشىلگەن كۆچۈرمە يېزىلىۋاتىدۇ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="447"/>
        <source>The decrypted copy was saved and the export was logged. Delete it when done.</source>
        <translation>شىفىرى يېشىلگەن كۆچۈرمە ساقلاندى ۋە ئېكسپورت قىلىش خاتىرىلەندى. ئىشىڭىز تۈگىگەندە ئۇنى ئۆچۈرۈڭ.</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="77"/>
        <source>Full</source>
        <translation>تولۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="78"/>
        <source>No contact details</source>
        <translation>ئالاقە ئۇچۇرلىرىسىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="79"/>
        <source>Advocacy</source>
        <translation>تەشەببۇس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="86"/>
        <source>Everything in the cases, with its whole history: for your own team.</source>
        <translation>دېلولاردىكى ھەممە نەرسە، پۈتۈن تارىخى بىلەن: ئۆزىڭىزنىڭ گۇرۇپپىسى ئۈچۈن.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="89"/>
        <source>Without contact details, exact addresses and anything marked restricted.</source>
        <translation>ئالاقە ئۇچۇرلىرى، ئېنىق ئادرېسلار ۋە چەكلەنگەن دەپ بەلگە قويۇلغان ھەممە نەرسە چىقىرىۋېتىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="93"/>
        <source>For outside partners: also without ID numbers, and only testimonies whose consent allows UN, legal or public use.</source>
        <translation>سىرتقى ھەمكارلاشقۇچىلار ئۈچۈن: كىملىك نومۇرلىرىمۇ چىقىرىۋېتىلىدۇ، پەقەت رازىلىقى ب د ت، قانۇنىي ياكى ئاممىۋى ئىشلىتىشكە يول قويىدىغان گۇۋاھلىقلارلا كىرگۈزۈلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="104"/>
        <source>post-quantum hybrid (ML-KEM-768 + X25519)</source>
        <translation>كۋانتتىن كېيىنكى ئارىلاش (ML-KEM-768 + X25519)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="105"/>
        <source>classic X25519</source>
        <translation>كلاسسىك X25519</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="120"/>
        <source>Sealed %n case(s) for %1.</source>
        <translation>
            <numerusform>%1 ئۈچۈن %n دېلو پېچەتلەندى.</numerusform>
            <numerusform>%1 ئۈچۈن %n دېلو پېچەتلەندى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="125"/>
        <source>%n record(s) and</source>
        <translation>
            <numerusform>%n خاتىرە ۋە</numerusform>
            <numerusform>%n خاتىرە ۋە</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="127"/>
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n قوشۇمچە ھۆججەت.</numerusform>
            <numerusform>%n قوشۇمچە ھۆججەت.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="129"/>
        <source>Encryption: %1. Profile: %2.</source>
        <translation>شىفىرلاش: %1. تۈرى: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="134"/>
        <source>File: %1 (%2).</source>
        <translation>ھۆججەت: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="141"/>
        <source>The profile left out %n restricted case(s).</source>
        <translation>
            <numerusform>بۇ تۈر %n چەكلەنگەن دېلونى چىقىرىۋەتتى.</numerusform>
            <numerusform>بۇ تۈر %n چەكلەنگەن دېلونى چىقىرىۋەتتى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="149"/>
        <source>Send the file over any channel: only the chosen contacts can open it, and they can check that it came from you unchanged.</source>
        <translation>ھۆججەتنى خالىغان يول ئارقىلىق ئەۋەتىڭ: ئۇنى پەقەت تاللانغان ئالاقىداشلارلا ئاچالايدۇ، ئۇلار ئۇنىڭ سىزدىن ئۆزگەرتىلمەي كەلگەنلىكىنى تەكشۈرەلەيدۇ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="159"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n يېڭى</numerusform>
            <numerusform>%n يېڭى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="160"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n يېڭىلاندى</numerusform>
            <numerusform>%n يېڭىلاندى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="161"/>
        <source>%n older than yours (kept)</source>
        <translation>
            <numerusform>%n سىزنىڭكىدىن كونا (ساقلاندى)</numerusform>
            <numerusform>%n سىزنىڭكىدىن كونا (ساقلاندى)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="162"/>
        <source>%n already here</source>
        <translation>
            <numerusform>%n ئاللىبۇرۇن بار</numerusform>
            <numerusform>%n ئاللىبۇرۇن بار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="163"/>
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n توقۇنۇشتا</numerusform>
            <numerusform>%n توقۇنۇشتا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="164"/>
        <source>%n proposed by a vault that does not own them (not applied)</source>
        <translation>
            <numerusform>%n نى ئۇلارنىڭ ئىگىسى بولمىغان ساندۇق تەكلىپ قىلدى (قوللىنىلمىدى)</numerusform>
            <numerusform>%n نى ئۇلارنىڭ ئىگىسى بولمىغان ساندۇق تەكلىپ قىلدى (قوللىنىلمىدى)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="167"/>
        <source>%n draft(s) replaced by a sealed testimony</source>
        <translation>
            <numerusform>%n قارالما پېچەتلەنگەن گۇۋاھلىق بىلەن ئالماشتۇرۇلدى</numerusform>
            <numerusform>%n قارالما پېچەتلەنگەن گۇۋاھلىق بىلەن ئالماشتۇرۇلدى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="170"/>
        <source>%n kept behind a sealed testimony</source>
        <translation>
            <numerusform>%n پېچەتلەنگەن گۇۋاھلىقنىڭ كەينىدە ساقلاندى</numerusform>
            <numerusform>%n پېچەتلەنگەن گۇۋاھلىقنىڭ كەينىدە ساقلاندى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="179"/>
        <source>Imported %n case(s) from %1.</source>
        <translation>
            <numerusform>%1 دىن %n دېلو ئىمپورت قىلىندى.</numerusform>
            <numerusform>%1 دىن %n دېلو ئىمپورت قىلىندى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="192"/>
        <source>%n record(s): %1.</source>
        <translation>
            <numerusform>%n خاتىرە: %1.</numerusform>
            <numerusform>%n خاتىرە: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="193"/>
        <source>nothing new</source>
        <translation>يېڭى نەرسە يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="199"/>
        <source>Attachments: %1 stored, %2 already here.</source>
        <translation>قوشۇمچە ھۆججەتلەر: %1 ساقلاندى، %2 ئاللىبۇرۇن بار.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="206"/>
        <source>Changed on both sides: %n record(s). Both versions were kept and the case shows a conflict for you to resolve.</source>
        <translation>
            <numerusform>ئىككى تەرەپتە ئۆزگەرتىلگەن: %n خاتىرە. ئىككى نەشرىمۇ ساقلاندى، دېلودا سىز ھەل قىلىدىغان بىر توقۇنۇش كۆرسىتىلىدۇ.</numerusform>
            <numerusform>ئىككى تەرەپتە ئۆزگەرتىلگەن: %n خاتىرە. ئىككى نەشرىمۇ ساقلاندى، دېلودا سىز ھەل قىلىدىغان بىر توقۇنۇش كۆرسىتىلىدۇ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="216"/>
        <source>Proposed changes: %n record(s) were changed by a vault that did not create them. They were kept but not applied; the case shows them for a person to accept or decline.</source>
        <translation>
            <numerusform>تەكلىپ قىلىنغان ئۆزگەرتىشلەر: %n خاتىرىنى ئۇلارنى قۇرمىغان بىر ساندۇق ئۆزگەرتكەن. ئۇلار ساقلاندى، لېكىن قوللىنىلمىدى؛ دېلو ئۇلارنى بىر كىشىنىڭ قوبۇل قىلىشى ياكى رەت قىلىشى ئۈچۈن كۆرسىتىدۇ.</numerusform>
            <numerusform>تەكلىپ قىلىنغان ئۆزگەرتىشلەر: %n خاتىرىنى ئۇلارنى قۇرمىغان بىر ساندۇق ئۆزگەرتكەن. ئۇلار ساقلاندى، لېكىن قوللىنىلمىدى؛ دېلو ئۇلارنى بىر كىشىنىڭ قوبۇل قىلىشى ياكى رەت قىلىشى ئۈچۈن كۆرسىتىدۇ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyLockDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="21"/>
        <source>Quit Amanat?</source>
        <translation>Amanat تىن چېكىنەمسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="21"/>
        <source>Lock the vault?</source>
        <translation>ساندۇقنى قۇلۇپلامسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="28"/>
        <source>An attachment is still being added to a case. Wait for it, and the vault locks by itself as soon as the file is saved; or lock now, and the file being written is NOT saved (add it again after unlocking).</source>
        <translation>بىر قوشۇمچە ھۆججەت تېخى دېلوغا قوشۇلۇۋاتىدۇ. كۈتسىڭىز، ھۆججەت ساقلىنىپ بولۇشى بىلەنلا ساندۇق ئۆزلۈكىدىن قۇلۇپلىنىدۇ؛ ياكى ھازىرلا قۇلۇپلىسىڭىز، يېزىلىۋاتقان ھۆججەت ساقلانمايدۇ (قۇلۇپنى ئاچقاندىن كېيىن ئۇنى قايتا قوشۇڭ).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="38"/>
        <source>Wait for it, then quit</source>
        <translation>كۈتۈپ، ئاندىن چېكىنىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="38"/>
        <source>Wait for it, then lock</source>
        <translation>كۈتۈپ، ئاندىن قۇلۇپلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="44"/>
        <source>Quit anyway</source>
        <translation>شۇنداقتىمۇ چېكىنىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="44"/>
        <source>Lock anyway</source>
        <translation>شۇنداقتىمۇ قۇلۇپلاش</translation>
    </message>
</context>
<context>
    <name>CardTextDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="127"/>
        <source>Your identity card</source>
        <translation>سالاھىيەت كارتىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="129"/>
        <source>Your identity card as text</source>
        <translation>سالاھىيەت كارتىڭىز تېكىست شەكلىدە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="133"/>
        <source>Paste this into a message to a colleague. It holds your display name and public keys, nothing secret. They still have to compare your safety number with you before they trust it.</source>
        <translation>بۇنى بىر خىزمەتدىشىڭىزغا يازغان ئۇچۇرغا چاپلاڭ. ئۇنىڭدا كۆرسىتىلىدىغان ئىسمىڭىز ۋە ئاممىۋى ئاچقۇچلىرىڭىز بار، ھېچقانداق مەخپىي نەرسە يوق. ئۇلار ئۇنىڭغا ئىشىنىشتىن بۇرۇن يەنىلا سىز بىلەن بىخەتەرلىك نومۇرىڭىزنى سېلىشتۇرۇشى كېرەك.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="139"/>
        <source>Identity card text</source>
        <translation>سالاھىيەت كارتىسى تېكىستى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="148"/>
        <source>&amp;Copy</source>
        <translation>&amp;كۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="148"/>
        <source>Copy the card</source>
        <translation>كارتىنى كۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="157"/>
        <source>Copied</source>
        <translation>كۆچۈرۈلدى</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="28"/>
        <source>Correct the case</source>
        <translation>دېلونى تۈزىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="41"/>
        <source>Case title</source>
        <translation>دېلو ماۋزۇسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="42"/>
        <source>T&amp;itle:</source>
        <translation>ماۋ&amp;زۇ:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="43"/>
        <source>Assignee</source>
        <translation>مەسئۇل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="44"/>
        <source>&amp;Assignee:</source>
        <translation>مەسئۇ&amp;ل:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="45"/>
        <source>Our reference</source>
        <translation>بىزنىڭ نومۇرىمىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="46"/>
        <source>&amp;Reference:</source>
        <translation>&amp;نومۇر:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="47"/>
        <source>Summary</source>
        <translation>قىسقىچە مەزمۇن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="49"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;قىسقىچە مەزمۇن:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="55"/>
        <source>the title is empty.</source>
        <translation>ماۋزۇ بوش.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="68"/>
        <source>the title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="69"/>
        <source>the assignee</source>
        <translation>مەسئۇل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="70"/>
        <source>our reference</source>
        <translation>بىزنىڭ نومۇرىمىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="71"/>
        <source>the summary</source>
        <translation>قىسقىچە مەزمۇن</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="113"/>
        <source>Filter by status</source>
        <translation>ھالەت بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="114"/>
        <source>Any status</source>
        <translation>خالىغان ھالەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="117"/>
        <source>Filter by facility</source>
        <translation>تۇتۇپ تۇرۇش ئورنى بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="118"/>
        <source>Any facility</source>
        <translation>خالىغان تۇتۇپ تۇرۇش ئورنى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="119"/>
        <source>Filter by hometown</source>
        <translation>يۇرتى بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="120"/>
        <source>Any hometown</source>
        <translation>خالىغان يۇرت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="121"/>
        <source>Filter by assignee</source>
        <translation>مەسئۇل بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="122"/>
        <source>Anyone</source>
        <translation>ھەر قانداق كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="123"/>
        <source>Unassigned</source>
        <translation>مەسئۇل بېكىتىلمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="129"/>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="139"/>
        <source>Events from</source>
        <translation>ۋەقەلەرنىڭ باشلىنىش ۋاقتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="130"/>
        <source>Events until</source>
        <translation>ۋەقەلەرنىڭ ئاخىرلىشىش ۋاقتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="132"/>
        <source>YYYY or YYYY-MM</source>
        <translation>YYYY ياكى YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="141"/>
        <source>to</source>
        <translation>تاكى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="203"/>
        <source>Not a date: use YYYY or YYYY-MM</source>
        <translation>چېسلا ئەمەس: YYYY ياكى YYYY-MM نى ئىشلىتىڭ</translation>
    </message>
</context>
<context>
    <name>CaseFollowups</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="37"/>
        <source>Questions about this case</source>
        <translation>بۇ دېلو ھەققىدىكى سوئاللار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="40"/>
        <source>Ask the field a question</source>
        <translation>مەيدان خادىملىرىغا سوئال سوراش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="42"/>
        <source>What the question is about</source>
        <translation>سوئال نېمە ھەققىدە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="44"/>
        <source>The question</source>
        <translation>سوئال</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="45"/>
        <source>For example: which camp in Ghulja?</source>
        <translation>مەسىلەن: غۇلجىدىكى قايسى لاگېر؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="49"/>
        <source>Ask</source>
        <translation>سوراش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="60"/>
        <source>The case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="61"/>
        <source>The person</source>
        <translation>كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="64"/>
        <source>Event %1: %2</source>
        <translation>ۋەقە %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="66"/>
        <source>Testimony %1</source>
        <translation>گۇۋاھلىق %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="96"/>
        <source>Question saved. It travels with the next bundle of this case.</source>
        <translation>سوئال ساقلاندى. ئۇ بۇ دېلونىڭ كېيىنكى بولىقى بىلەن بىللە ئەۋەتىلىدۇ.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="101"/>
        <source>(unknown person)</source>
        <translation>(نامەلۇم كىشى)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="142"/>
        <source>Consent was withdrawn: check what may still be used.</source>
        <translation>رازىلىق قايتۇرۇۋېلىندى: يەنىلا نېمىلەرنى ئىشلەتكىلى بولىدىغانلىقىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="148"/>
        <source>Consent is missing: the speaker has not given informed, voluntary consent. This testimony must not be used or shared until consent is recorded.</source>
        <translation>رازىلىق يوق: سۆزلىگۈچى ئۇچۇرلۇق، ئىختىيارىي رازىلىق بەرمىگەن. رازىلىق خاتىرىلەنمىگۈچە بۇ گۇۋاھلىقنى ئىشلىتىشكە ياكى ھەمبەھىرلەشكە بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="157"/>
        <source>do not name the speaker</source>
        <translation>سۆزلىگۈچىنىڭ ئىسمىنى ئاتىماسلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="160"/>
        <source>do not show the speaker&apos;s face</source>
        <translation>سۆزلىگۈچىنىڭ يۈزىنى كۆرسەتمەسلىك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="164"/>
        <source>do not use the speaker&apos;s voice</source>
        <translation>سۆزلىگۈچىنىڭ ئاۋازىنى ئىشلەتمەسلىك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="168"/>
        <source>internal use only</source>
        <translation>پەقەت ئىچكى ئىشلىتىش ئۈچۈن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="170"/>
        <source>no use is permitted</source>
        <translation>ھېچقانداق ئىشلىتىشكە يول قويۇلمايدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="179"/>
        <source>not permitted: %1</source>
        <translation>يول قويۇلمايدۇ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="186"/>
        <source>Consent is restricted: %1.</source>
        <translation>رازىلىق چەكلىك: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="196"/>
        <source>Withdrawn</source>
        <translation>قايتۇرۇۋېلىنغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="198"/>
        <source>Missing</source>
        <translation>يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="200"/>
        <source>Restricted</source>
        <translation>چەكلىك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="201"/>
        <source>Given</source>
        <translation>بېرىلگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="540"/>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation>تىزىملىكتىن بىر دېلونى تاللاڭ ياكى Ctrl+N بىلەن يېڭىسىنى قۇرۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="561"/>
        <source>Status:</source>
        <translation>ھالىتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="562"/>
        <source>Case status</source>
        <translation>دېلو ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="568"/>
        <source>Correct the case...</source>
        <translation>دېلونى تۈزىتىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="570"/>
        <source>Correct the case&apos;s title and fields</source>
        <translation>دېلونىڭ ماۋزۇسى ۋە بۆلەكلىرىنى تۈزىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="574"/>
        <source>New testimony</source>
        <translation>يېڭى گۇۋاھلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="578"/>
        <source>Seal bundle...</source>
        <translation>بولاق پېچەتلەش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="578"/>
        <source>Seal this case</source>
        <translation>بۇ دېلونى پېچەتلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="580"/>
        <source>Seal this case into a bundle for a contact (Ctrl+E)</source>
        <translation>بۇ دېلونى بىر ئالاقىداش ئۈچۈن بولاققا پېچەتلەش (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="583"/>
        <source>Dossier...</source>
        <translation>دوسيې...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="583"/>
        <source>Make a dossier (PDF) of this case</source>
        <translation>بۇ دېلونىڭ دوسيېسىنى (PDF) ياساش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="589"/>
        <source>Loading the case</source>
        <translation>دېلو يۈكلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="604"/>
        <source>&amp;Person</source>
        <translation>&amp;كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="605"/>
        <source>&amp;Events</source>
        <translation>&amp;ۋەقەلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="606"/>
        <source>&amp;Testimonies</source>
        <translation>&amp;گۇۋاھلىقلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="607"/>
        <source>&amp;Attachments</source>
        <translation>&amp;قوشۇمچە ھۆججەتلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="608"/>
        <source>&amp;Notes</source>
        <translation>&amp;ئىزاھلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="609"/>
        <source>Re&amp;view</source>
        <translation>&amp;تەكشۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="611"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;قوشۇمچە سوئاللار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="613"/>
        <source>&amp;History</source>
        <translation>&amp;تارىخ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="614"/>
        <source>C&amp;ustody log</source>
        <translation>&amp;ساقلاش خاتىرىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="624"/>
        <source>Add an event...</source>
        <translation>ۋەقە قوشۇش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="624"/>
        <source>Add an event</source>
        <translation>ۋەقە قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="627"/>
        <source>Correct...</source>
        <translation>تۈزىتىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="627"/>
        <source>Correct the chosen event</source>
        <translation>تاللانغان ۋەقەنى تۈزىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="630"/>
        <source>Remove...</source>
        <translation>چىقىرىۋېتىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="630"/>
        <source>Remove the chosen event</source>
        <translation>تاللانغان ۋەقەنى چىقىرىۋېتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="642"/>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="643"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="695"/>
        <source>What</source>
        <translation>نېمە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="646"/>
        <source>Where</source>
        <translation>قەيەردە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="649"/>
        <source>Stated reason</source>
        <translation>ئېيتىلغان سەۋەب</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="650"/>
        <source>Sentence</source>
        <translation>ھۆكۈم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="651"/>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="655"/>
        <source>Events</source>
        <translation>ۋەقەلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="658"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="692"/>
        <source>When</source>
        <translation>قاچان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="661"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="700"/>
        <source>Record</source>
        <translation>خاتىرە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="664"/>
        <source>What changed</source>
        <translation>نېمە ئۆزگەردى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="667"/>
        <source>Record id</source>
        <translation>خاتىرە id</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="670"/>
        <source>Revision</source>
        <translation>نەشرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="672"/>
        <source>Author key</source>
        <translation>ئاپتور ئاچقۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="676"/>
        <source>Current</source>
        <translation>نۆۋەتتىكى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="677"/>
        <source>yes</source>
        <translation>ھەئە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="677"/>
        <source>no</source>
        <translation>ياق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="681"/>
        <source>Came from</source>
        <translation>كەلگەن يېرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="682"/>
        <source>a bundle</source>
        <translation>بىر بولاق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="682"/>
        <source>this vault</source>
        <translation>بۇ ساندۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="688"/>
        <source>History</source>
        <translation>تارىخ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="703"/>
        <source>With</source>
        <translation>مۇناسىۋەتلىك تەرەپ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="704"/>
        <source>Details</source>
        <translation>تەپسىلاتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="707"/>
        <source>Entry hash</source>
        <translation>خاتىرە ھەش قىممىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="714"/>
        <source>Custody log</source>
        <translation>ساقلاش خاتىرىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="721"/>
        <source>Every action on this case, in order. Each entry carries the fingerprint of the one before, so the log cannot be altered unnoticed.</source>
        <translation>بۇ دېلو ئۈستىدىكى ھەر بىر ھەرىكەت، تەرتىپ بويىچە. ھەر بىر خاتىرىدە ئالدىنقىسىنىڭ بارماق ئىزى بار، شۇڭا خاتىرىنى بىلدۈرمەي ئۆزگەرتكىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="751"/>
        <source>undated</source>
        <translation>چېسلاسىز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="757"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n يىل</numerusform>
            <numerusform>%n يىل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="759"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ئاي</numerusform>
            <numerusform>%n ئاي</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="810"/>
        <source>also recorded as %1</source>
        <translation>%1 دەپمۇ خاتىرىلەنگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="815"/>
        <source>Ref. %1</source>
        <translation>نومۇر %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="817"/>
        <source>Assigned to %1</source>
        <translation>%1 غا تاپشۇرۇلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="825"/>
        <source>an unknown vault</source>
        <translation>نامەلۇم ساندۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="838"/>
        <source>Changes by %1 to records of this case were kept but not applied: they wait for your decision. Compare and decide in Review &gt; Conflicts (Ctrl+5).</source>
        <translation>%1 نىڭ بۇ دېلونىڭ خاتىرىلىرىگە كىرگۈزگەن ئۆزگەرتىشلىرى ساقلاندى، ئەمما قوللىنىلمىدى: ئۇلار سىزنىڭ قارارىڭىزنى كۈتۈۋاتىدۇ. تەكشۈرۈش &gt; توقۇنۇشلار (Ctrl+5) دا سېلىشتۇرۇپ قارار قىلىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="849"/>
        <source>Some records of this case were changed in two places and both versions were kept. Compare and resolve them in Review &gt; Conflicts (Ctrl+5).</source>
        <translation>بۇ دېلونىڭ بەزى خاتىرىلىرى ئىككى جايدا ئۆزگەرتىلگەن، ھەر ئىككى نۇسخىسى ساقلاندى. تەكشۈرۈش &gt; توقۇنۇشلار (Ctrl+5) دا سېلىشتۇرۇپ ھەل قىلىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="868"/>
        <source>&amp;Testimonies (%1)</source>
        <translation>&amp;گۇۋاھلىقلار (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="871"/>
        <source>&amp;Attachments (%1)</source>
        <translation>&amp;قوشۇمچە ھۆججەتلەر (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="933"/>
        <source>Choose an event in the list first.</source>
        <translation>ئاۋۋال تىزىملىكتىن بىر ۋەقەنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="946"/>
        <source>Remove this event?</source>
        <translation>بۇ ۋەقەنى چىقىرىۋېتەمسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="948"/>
        <source>The event leaves the case. Nothing is lost: its versions stay in the case&apos;s history, and the custody log records the removal.</source>
        <translation>ۋەقە دېلودىن چىقىرىۋېتىلىدۇ. ھېچنېمە يوقالمايدۇ: ئۇنىڭ نەشرىلىرى دېلونىڭ تارىخىدا قالىدۇ، ساقلاش خاتىرىسى چىقىرىۋېتىشنى خاتىرىلەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="951"/>
        <source>Remove the event</source>
        <translation>ۋەقەنى چىقىرىۋېتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="78"/>
        <source>about %1</source>
        <translation>تەخمىنەن %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="90"/>
        <source>aged %1-%2 in %3</source>
        <translation>%3 دە %1-%2 ياشتا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="95"/>
        <source>aged %1-%2</source>
        <translation>%1-%2 ياشتا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="128"/>
        <source>%1 (changes to review)</source>
        <translation>%1 (تەكشۈرۈلىدىغان ئۆزگەرتىشلەر)</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="70"/>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="74"/>
        <source>Person of concern</source>
        <translation>ئاساسلىق شەخس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="79"/>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="83"/>
        <source>Hometown</source>
        <translation>يۇرتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="86"/>
        <source>Events</source>
        <translation>ۋەقەلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="92"/>
        <source>Assignee</source>
        <translation>مەسئۇل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="97"/>
        <source>Updated</source>
        <translation>يېڭىلانغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="235"/>
        <source>New case</source>
        <translation>يېڭى دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="247"/>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="264"/>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation>تىزىملىكتىن بىر دېلونى تاللاڭ ياكى Ctrl+N بىلەن يېڭىسىنى قۇرۇڭ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="349"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln دېلو</numerusform>
            <numerusform>%Ln دېلو</numerusform>
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
        <translation>مەخپىي جۈملىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="103"/>
        <source>Current passphrase</source>
        <translation>نۆۋەتتىكى مەخپىي جۈملە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="104"/>
        <source>New passphrase</source>
        <translation>يېڭى مەخپىي جۈملە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="106"/>
        <source>Repeat the new passphrase</source>
        <translation>يېڭى مەخپىي جۈملىنى قايتا كىرگۈزۈڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="107"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;نۆۋەتتىكى مەخپىي جۈملە:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="108"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;يېڭى مەخپىي جۈملە:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="110"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;قايتا كىرگۈزۈش:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="120"/>
        <source>Please type your current passphrase.</source>
        <translation>نۆۋەتتىكى مەخپىي جۈملىڭىزنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="125"/>
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation>بۇ مەخپىي جۈملىنى پەرەز قىلىش بەك ئاسان. تېخىمۇ كۆپ سۆز ياكى تېخىمۇ كۆپ ھەرپ ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="129"/>
        <source>The two passphrases differ.</source>
        <translation>ئىككى مەخپىي جۈملە ئوخشاش ئەمەس.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="165"/>
        <source>Resolve a conflict</source>
        <translation>توقۇنۇشنى ھەل قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="180"/>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="183"/>
        <source>The result</source>
        <translation>نەتىجە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="197"/>
        <source>a person</source>
        <translation>بىر كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="198"/>
        <source>a case</source>
        <translation>بىر دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="199"/>
        <source>an event</source>
        <translation>بىر ۋەقە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="200"/>
        <source>a testimony</source>
        <translation>بىر گۇۋاھلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="201"/>
        <source>a record</source>
        <translation>بىر خاتىرە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="202"/>
        <source>no case</source>
        <translation>دېلو يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="203"/>
        <source>Two versions of %1 in the case %2</source>
        <translation>%2 دېلودىكى %1 نىڭ ئىككى نۇسخىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="146"/>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="206"/>
        <source>an unknown vault</source>
        <translation>نامەلۇم ساندۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="45"/>
        <source>Names</source>
        <translation>ئىسىملار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="46"/>
        <source>Sex</source>
        <translation>جىنسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="47"/>
        <source>Date of birth</source>
        <translation>تۇغۇلغان چېسلاسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="48"/>
        <source>Age</source>
        <translation>يېشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="49"/>
        <source>Ethnicity</source>
        <translation>مىللىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="50"/>
        <source>Home town</source>
        <translation>يۇرتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="51"/>
        <source>Identity documents</source>
        <translation>كىملىك ھۆججەتلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="52"/>
        <source>Contact details</source>
        <translation>ئالاقە ئۇچۇرلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="53"/>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="54"/>
        <source>Occupation</source>
        <translation>كەسپى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="55"/>
        <source>Notes</source>
        <translation>ئىزاھلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="56"/>
        <source>Sensitivity</source>
        <translation>سەزگۈرلۈك دەرىجىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="57"/>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="58"/>
        <source>Person</source>
        <translation>كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="59"/>
        <source>Other people in the case</source>
        <translation>دېلودىكى باشقا كىشىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="60"/>
        <source>Assigned to</source>
        <translation>مەسئۇل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="61"/>
        <source>Summary</source>
        <translation>قىسقىچە مەزمۇن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="62"/>
        <source>Reference</source>
        <translation>نومۇر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="63"/>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="64"/>
        <source>What happened</source>
        <translation>نېمە بولدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="65"/>
        <source>Victim</source>
        <translation>زىيانكەشلىككە ئۇچرىغۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="66"/>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="67"/>
        <source>Until</source>
        <translation>ئاخىرلاشقان ۋاقتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="68"/>
        <source>Place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="69"/>
        <source>Reason given</source>
        <translation>كۆرسىتىلگەن سەۋەب</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="70"/>
        <source>Sentence</source>
        <translation>ھۆكۈم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="71"/>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="72"/>
        <source>Reported in testimonies</source>
        <translation>گۇۋاھلىقلاردا تىلغا ئېلىنغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="73"/>
        <source>Speaker</source>
        <translation>سۆزلىگۈچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="74"/>
        <source>Relation to the person</source>
        <translation>كىشى بىلەن مۇناسىۋىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="75"/>
        <source>Interviewers</source>
        <translation>سۆھبەتچىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="76"/>
        <source>Interpreter</source>
        <translation>تەرجىمان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="77"/>
        <source>How the interview was held</source>
        <translation>سۆھبەتنىڭ ئېلىپ بېرىلىش شەكلى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="78"/>
        <source>Language</source>
        <translation>تىل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="79"/>
        <source>Account</source>
        <translation>بايان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="80"/>
        <source>Consent</source>
        <translation>رازىلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="81"/>
        <source>Corrects</source>
        <translation>تۈزىتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="82"/>
        <source>Seal</source>
        <translation>پېچەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="83"/>
        <source>Removed</source>
        <translation>چىقىرىۋېتىلگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="84"/>
        <source>Other person</source>
        <translation>باشقا كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="85"/>
        <source>Source</source>
        <translation>مەنبە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="102"/>
        <source>(empty)</source>
        <translation>(بوش)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="105"/>
        <source>yes</source>
        <translation>ھەئە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="107"/>
        <source>no</source>
        <translation>ياق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="137"/>
        <source>nothing given</source>
        <translation>ھېچنېمە بېرىلمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="150"/>
        <source>Mine: the version shown here (by %1, %2)</source>
        <translation>مېنىڭكى: بۇ يەردە كۆرسىتىلگەن نۇسخا (%1 تەرىپىدىن، %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="156"/>
        <source>Theirs: by %1, %2</source>
        <translation>ئۇلارنىڭكى: %1 تەرىپىدىن، %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="210"/>
        <source>%1 proposes a change to the version shown here. Keep theirs, keep yours, or take each field from either.</source>
        <translation>%1 بۇ يەردە كۆرسىتىلگەن نۇسخىغا ئۆزگەرتىش تەۋسىيە قىلىدۇ. ئۇلارنىڭكىنى ياكى ئۆزىڭىزنىڭكىنى ساقلاڭ، ياكى ھەر بىر بۆلەكنى خالىغان تەرەپتىن ئېلىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="218"/>
        <source>This record was edited here and by %1 since their common version. Marked fields are the ones each side changed. Choose, field by field, which to keep.</source>
        <translation>بۇ خاتىرە ئورتاق نۇسخىسىدىن كېيىن بۇ يەردىمۇ، %1 تەرىپىدىنمۇ تەھرىرلەنگەن. بەلگە قويۇلغان بۆلەكلەر ھەر بىر تەرەپ ئۆزگەرتكەن بۆلەكلەردۇر. قايسىسىنى ساقلاشنى بۆلەكمۇبۆلەك تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="226"/>
        <source>More versions came in: this view compares with the first; resolving ends them all.</source>
        <translation>يەنە نۇسخىلار كەلدى: بۇ كۆرۈنۈش بىرىنچىسى بىلەن سېلىشتۇرىدۇ؛ ھەل قىلىش ھەممىسىنى ئاخىرلاشتۇرىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="236"/>
        <source>Field</source>
        <translation>بۆلەك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="251"/>
        <source>Both versions say the same.</source>
        <translation>ھەر ئىككى نۇسخا ئوخشاش.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="254"/>
        <source>%1 other fields are the same in both.</source>
        <translation>باشقا %1 بۆلەك ھەر ئىككىسىدە ئوخشاش.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="277"/>
        <source>%1 (changed)</source>
        <translation>%1 (ئۆزگەرتىلگەن)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="281"/>
        <source>%1: keep %2</source>
        <translation>%1: %2 نى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="282"/>
        <source>mine</source>
        <translation>مېنىڭكى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="282"/>
        <source>theirs</source>
        <translation>ئۇلارنىڭكى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="300"/>
        <source>Keep all of mine</source>
        <translation>مېنىڭكىنىڭ ھەممىسىنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="301"/>
        <source>Keep all of theirs</source>
        <translation>ئۇلارنىڭكىنىڭ ھەممىسىنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="311"/>
        <source>Resolve</source>
        <translation>ھەل قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="312"/>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="30"/>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="81"/>
        <source>Person</source>
        <translation>كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="31"/>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="80"/>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="32"/>
        <source>Event</source>
        <translation>ۋەقە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="33"/>
        <source>Testimony</source>
        <translation>گۇۋاھلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="34"/>
        <source>Relation</source>
        <translation>مۇناسىۋىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="35"/>
        <source>Attachment</source>
        <translation>قوشۇمچە ھۆججەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="36"/>
        <source>Place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="42"/>
        <source>Proposed change</source>
        <translation>تەۋسىيە قىلىنغان ئۆزگەرتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="43"/>
        <source>Edited on both sides</source>
        <translation>ھەر ئىككى تەرەپتە تەھرىرلەنگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="48"/>
        <source>an unknown vault</source>
        <translation>نامەلۇم ساندۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="82"/>
        <source>Record</source>
        <translation>خاتىرە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="83"/>
        <source>What happened</source>
        <translation>نېمە بولدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="84"/>
        <source>Changed by</source>
        <translation>ئۆزگەرتكۈچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="85"/>
        <source>When</source>
        <translation>قاچان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="90"/>
        <source>Records waiting for a decision</source>
        <translation>قارار كۈتۈۋاتقان خاتىرىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="95"/>
        <source>Compare and resolve...</source>
        <translation>سېلىشتۇرۇپ ھەل قىلىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="96"/>
        <source>Open the case</source>
        <translation>دېلونى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="106"/>
        <source>A record edited here and elsewhere keeps both versions until you choose. Resolving writes one version that both sides accept, so the conflict does not come back.</source>
        <translation>بۇ يەردە ۋە باشقا جايدا تەھرىرلەنگەن خاتىرە سىز تاللىغۇچە ھەر ئىككى نۇسخىسىنى ساقلايدۇ. ھەل قىلىش ھەر ئىككى تەرەپ قوبۇل قىلىدىغان بىر نۇسخىنى يازىدۇ، شۇڭا توقۇنۇش قايتا كۆرۈلمەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="142"/>
        <source>%1 records are waiting for a decision.</source>
        <translation>%1 خاتىرە قارار كۈتۈۋاتىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="144"/>
        <source>One record is waiting for a decision.</source>
        <translation>بىر خاتىرە قارار كۈتۈۋاتىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="146"/>
        <source>No record is waiting for a decision.</source>
        <translation>قارار كۈتۈۋاتقان خاتىرە يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="173"/>
        <source>Conflict resolved.</source>
        <translation>توقۇنۇش ھەل قىلىندى.</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="931"/>
        <source>&amp;Contacts</source>
        <translation>&amp;ئالاقىداشلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="932"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="982"/>
        <source>&amp;Quarantine</source>
        <translation>&amp;كارانتىن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="933"/>
        <source>My &amp;identity</source>
        <translation>مېنىڭ &amp;سالاھىيىتىم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="980"/>
        <source>&amp;Quarantine (%1)</source>
        <translation>&amp;كارانتىن (%1)</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="432"/>
        <source>The people you exchange sealed bundles with. A contact added from a card is not verified: compare safety numbers with them before you seal to them or accept their bundles.</source>
        <translation>سىز بىلەن پېچەتلەنگەن بولاق ئالماشتۇرىدىغان كىشىلەر. كارتىدىن قوشۇلغان ئالاقىداش دەلىللەنمىگەن بولىدۇ: ئۇلارغا پېچەتلەشتىن ياكى ئۇلارنىڭ بولاقلىرىنى قوبۇل قىلىشتىن بۇرۇن ئۇلار بىلەن بىخەتەرلىك نومۇرىنى سېلىشتۇرۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="442"/>
        <source>Name</source>
        <translation>ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="445"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="491"/>
        <source>State</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="448"/>
        <source>Safety number</source>
        <translation>بىخەتەرلىك نومۇرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="453"/>
        <source>Post-quantum</source>
        <translation>كۋانتتىن كېيىنكى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="454"/>
        <source>yes</source>
        <translation>ھەئە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="454"/>
        <source>no</source>
        <translation>ياق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="456"/>
        <source>Added</source>
        <translation>قوشۇلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="462"/>
        <source>Contacts</source>
        <translation>ئالاقىداشلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="470"/>
        <source>Add from card file...</source>
        <translation>كارتا ھۆججىتىدىن قوشۇش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="472"/>
        <source>Add a contact from a card file</source>
        <translation>كارتا ھۆججىتىدىن ئالاقىداش قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="476"/>
        <source>Paste card text...</source>
        <translation>كارتا تېكىستىنى چاپلاش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="478"/>
        <source>Add a contact from pasted card text</source>
        <translation>چاپلانغان كارتا تېكىستىدىن ئالاقىداش قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="481"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="543"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="554"/>
        <source>Verify...</source>
        <translation>دەلىللەش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="481"/>
        <source>Verify the chosen contact</source>
        <translation>تاللانغان ئالاقىداشنى دەلىللەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="488"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="538"/>
        <source>Chosen contact</source>
        <translation>تاللانغان ئالاقىداش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="493"/>
        <source>Contact&apos;s safety number</source>
        <translation>ئالاقىداشنىڭ بىخەتەرلىك نومۇرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="495"/>
        <source>Key history</source>
        <translation>ئاچقۇچ تارىخى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="535"/>
        <source>Choose a contact in the list.</source>
        <translation>تىزىملىكتىن بىر ئالاقىداشنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="542"/>
        <source>Verified on %1.</source>
        <translation>%1 دە دەلىللەنگەن.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="546"/>
        <source>Keys changed: nothing is sealed to this contact or accepted from them until you compare the new safety number and verify them again.</source>
        <translation>ئاچقۇچلار ئۆزگەردى: يېڭى بىخەتەرلىك نومۇرىنى سېلىشتۇرۇپ، ئۇلارنى قايتا دەلىللىمىگۈچە بۇ ئالاقىداشقا ھېچنېمە پېچەتلەنمەيدۇ ۋە ئۇلاردىن ھېچنېمە قوبۇل قىلىنمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="549"/>
        <source>Verify again...</source>
        <translation>قايتا دەلىللەش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="552"/>
        <source>Not verified: compare this safety number with them before you exchange bundles.</source>
        <translation>دەلىللەنمىگەن: بولاق ئالماشتۇرۇشتىن بۇرۇن بۇ بىخەتەرلىك نومۇرىنى ئۇلار بىلەن سېلىشتۇرۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="579"/>
        <source>Add a contact from a card</source>
        <translation>كارتىدىن ئالاقىداش قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="613"/>
        <source>The card renames %1 to a name that looks like another contact&apos;s; the name is kept.</source>
        <translation>كارتا %1 نىڭ ئىسمىنى باشقا بىر ئالاقىداشنىڭكىگە ئوخشايدىغان ئىسىمغا ئۆزگەرتمەكچى؛ ئەسلى ئىسىم ساقلاندى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="624"/>
        <source>The keys of %1 changed. Nothing will be sealed to them or accepted from them until you compare the new safety number and verify them again.</source>
        <translation>%1 نىڭ ئاچقۇچلىرى ئۆزگەردى. يېڭى بىخەتەرلىك نومۇرىنى سېلىشتۇرۇپ، ئۇلارنى قايتا دەلىللىمىگۈچە ئۇلارغا ھېچنېمە پېچەتلەنمەيدۇ ۋە ئۇلاردىن ھېچنېمە قوبۇل قىلىنمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="631"/>
        <source>%1 is already a contact.</source>
        <translation>%1 ئاللىبۇرۇن ئالاقىداش.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="637"/>
        <source>%1 was added, not verified yet. Compare the safety number with them, then press Verify.</source>
        <translation>%1 قوشۇلدى، تېخى دەلىللەنمىدى. بىخەتەرلىك نومۇرىنى ئۇلار بىلەن سېلىشتۇرۇپ، ئاندىن «دەلىللەش» نى بېسىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="670"/>
        <source>%1 is verified. You can now seal bundles to them and accept theirs.</source>
        <translation>%1 دەلىللەندى. ئەمدى ئۇلارغا بولاق پېچەتلىيەلەيسىز ۋە ئۇلارنىڭ بولاقلىرىنى قوبۇل قىلالايسىز.</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="105"/>
        <source>Create a demo vault</source>
        <translation>سىناق ساندۇق قۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="105"/>
        <source>Create a vault</source>
        <translation>ساندۇق قۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="110"/>
        <source>The demo vault is protected like a real one. Choose a passphrase you can remember for it.</source>
        <translation>سىناق ساندۇق ھەقىقىي ساندۇققا ئوخشاش قوغدىلىدۇ. ئۇنىڭ ئۈچۈن ئېسىڭىزدە تۇرىدىغان بىر مەخپىي جۈملە تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="115"/>
        <source>Choose a long passphrase: several words that mean something only to you. Nobody, including the Amanat team, can recover it for you; the recovery code shown next is the only other key.</source>
        <translation>ئۇزۇن بىر مەخپىي جۈملە تاللاڭ: پەقەت سىزگىلا مەنىلىك بولغان بىر نەچچە سۆز. ھېچكىم، جۈملىدىن Amanat گۇرۇپپىسىمۇ ئۇنى سىز ئۈچۈن ئەسلىگە كەلتۈرەلمەيدۇ؛ كېيىن كۆرسىتىلىدىغان ئەسلىگە كەلتۈرۈش كودى بىردىنبىر باشقا ئاچقۇچتۇر.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="124"/>
        <source>Vault name</source>
        <translation>ساندۇق ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="125"/>
        <source>Demo vault</source>
        <translation>سىناق ساندۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="127"/>
        <source>For example: your first name or team</source>
        <translation>مەسىلەن: ئىسمىڭىز ياكى گۇرۇپپىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="128"/>
        <source>&amp;Name:</source>
        <translation>&amp;ئىسمى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="130"/>
        <source>Shown to the contacts you send sealed bundles to.</source>
        <translation>سىز پېچەتلەنگەن بولاق ئەۋەتىدىغان ئالاقىداشلارغا كۆرسىتىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="133"/>
        <source>Passphrase</source>
        <translation>مەخپىي جۈملە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="134"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;مەخپىي جۈملە:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="137"/>
        <source>Repeat the passphrase</source>
        <translation>مەخپىي جۈملىنى قايتا كىرگۈزۈڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="138"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;قايتا كىرگۈزۈش:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="142"/>
        <source>Creating the vault</source>
        <translation>ساندۇق قۇرۇلۇۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="147"/>
        <source>Back</source>
        <translation>قايتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="151"/>
        <source>Create vault</source>
        <translation>ساندۇق قۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="176"/>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="191"/>
        <source>The two passphrases differ.</source>
        <translation>ئىككى مەخپىي جۈملە ئوخشاش ئەمەس.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="182"/>
        <source>Please give the vault a name.</source>
        <translation>ساندۇققا بىر ئىسىم قويۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="185"/>
        <source>Please choose a passphrase.</source>
        <translation>بىر مەخپىي جۈملە تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="188"/>
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation>بۇ مەخپىي جۈملىنى پەرەز قىلىش بەك ئاسان. تېخىمۇ كۆپ سۆز ياكى تېخىمۇ كۆپ ھەرپ ئىشلىتىڭ.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="193"/>
        <source>Another vault created this record. Your correction shows here at once and reaches that vault as a proposal, which a person there accepts or declines.</source>
        <translation>بۇ خاتىرىنى باشقا بىر ساندۇق قۇرغان. تۈزىتىشىڭىز بۇ يەردە دەرھال كۆرۈنىدۇ ۋە ئۇ ساندۇققا تەكلىپ سۈپىتىدە يېتىپ بارىدۇ، ئۇ يەردىكى بىر كىشى ئۇنى قوبۇل قىلىدۇ ياكى رەت قىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="211"/>
        <source>Saving</source>
        <translation>ساقلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="215"/>
        <source>Save</source>
        <translation>ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="215"/>
        <source>Save the correction</source>
        <translation>تۈزىتىشنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="283"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="286"/>
        <source>Please check: %1</source>
        <translation>تەكشۈرۈڭ: %1</translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="61"/>
        <source>Detect from the text</source>
        <translation>تېكىستتىن بايقاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="101"/>
        <source>%1 is empty.</source>
        <translation>%1 بوش.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="110"/>
        <source>%1: write a date as YYYY-MM-DD, YYYY-MM or YYYY (~ for about).</source>
        <translation>%1: چېسلانى YYYY-MM-DD، YYYY-MM ياكى YYYY شەكلىدە يېزىڭ (تەخمىنىي بولسا ~).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="150"/>
        <source>Remove</source>
        <translation>چىقىرىۋېتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="152"/>
        <source>Remove this row</source>
        <translation>بۇ قۇرنى چىقىرىۋېتىش</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="84"/>
        <source>An unexpected error occurred.</source>
        <translation>كۈتۈلمىگەن خاتالىق كۆرۈلدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="85"/>
        <source>This passphrase does not open the vault. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>بۇ مەخپىي جۈملە ساندۇقنى ئاچالمايدۇ. كۇنۇپكا تاختىسى ئورۇنلاشتۇرۇلۇشى ۋە Caps Lock نى تەكشۈرۈپ، قايتا سىناڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="90"/>
        <source>This recovery code does not open the vault. Check each word and try again.</source>
        <translation>بۇ ئەسلىگە كەلتۈرۈش كودى ساندۇقنى ئاچالمايدۇ. ھەر بىر سۆزنى تەكشۈرۈپ، قايتا سىناڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="93"/>
        <source>The vault is damaged or is not an Amanat vault.</source>
        <translation>ساندۇق بۇزۇلغان ياكى Amanat ساندۇقى ئەمەس.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="96"/>
        <source>There is no vault in this folder.</source>
        <translation>بۇ قىسقۇچتا ساندۇق يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="99"/>
        <source>A vault with this name already exists.</source>
        <translation>بۇ ئىسىملىك ساندۇق ئاللىبۇرۇن بار.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="102"/>
        <source>The vault is open in another Amanat window or process. Close it there first.</source>
        <translation>ساندۇق باشقا بىر Amanat كۆزنىكىدە ياكى جەريانىدا ئوچۇق. ئاۋۋال ئۇ يەردە تاقاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="105"/>
        <source>The vault is locked.</source>
        <translation>ساندۇق قۇلۇپلانغان.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="107"/>
        <source>The vault&apos;s database is older than its key file: it was restored from an older copy, or someone rolled it back. Changes made since (a withdrawn consent, an import) may be undone.</source>
        <translation>ساندۇقنىڭ ساندانى ئاچقۇچ ھۆججىتىدىن كونا: ئۇ كونا كۆچۈرمىدىن ئەسلىگە كەلتۈرۈلگەن ياكى بىرەرسى ئۇنى ئارقىغا قايتۇرغان. شۇنىڭدىن كېيىن كىرگۈزۈلگەن ئۆزگەرتىشلەر (قايتۇرۇۋېلىنغان رازىلىق، ئىمپورت) بىكار بولۇپ كېتىشى مۇمكىن.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="113"/>
        <source>The vault is busy with other work. Try again when it has finished.</source>
        <translation>ساندۇق باشقا ئىش بىلەن ئالدىراش. تۈگىگەندىن كېيىن قايتا سىناڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="116"/>
        <source>The vault&apos;s key file asks for unsafe settings and was refused. It may have been tampered with.</source>
        <translation>ساندۇقنىڭ ئاچقۇچ ھۆججىتى بىخەتەر بولمىغان تەڭشەكلەرنى تەلەپ قىلغانلىقى ئۈچۈن رەت قىلىندى. ئۇ ئۆزگەرتىۋېتىلگەن بولۇشى مۇمكىن.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="121"/>
        <source>This vault was written by a newer version of Amanat. Please update Amanat.</source>
        <translation>بۇ ساندۇقنى Amanat نىڭ يېڭىراق نەشرى يازغان. Amanat نى يېڭىلاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="124"/>
        <source>The passphrase must not be empty.</source>
        <translation>مەخپىي جۈملە بوش بولسا بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="127"/>
        <source>The two passphrases differ.</source>
        <translation>ئىككى مەخپىي جۈملە ئوخشاش ئەمەس.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="130"/>
        <source>The keys were destroyed, but some files could not be removed.</source>
        <translation>ئاچقۇچلار يوقىتىلدى، لېكىن بەزى ھۆججەتلەرنى ئۆچۈرگىلى بولمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="133"/>
        <source>Some of the information is not valid. Please check the form.</source>
        <translation>بەزى ئۇچۇرلار ئىناۋەتسىز. جەدۋەلنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="136"/>
        <source>This value is not allowed for this setting. Nothing was changed.</source>
        <translation>بۇ قىممەت بۇ تەڭشەك ئۈچۈن يول قويۇلمايدۇ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="139"/>
        <source>This setting does not exist in this version of Amanat.</source>
        <translation>بۇ تەڭشەك Amanat نىڭ بۇ نەشرىدە يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="142"/>
        <source>This record no longer exists.</source>
        <translation>بۇ خاتىرە ئەمدى مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="143"/>
        <source>This record is sealed and cannot be changed. Record a correction instead.</source>
        <translation>بۇ خاتىرە پېچەتلەنگەن، ئۇنى ئۆزگەرتكىلى بولمايدۇ. ئۇنىڭ ئورنىغا بىر تۈزىتىش خاتىرىلەڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="146"/>
        <source>An integrity check failed: the stored data does not match its fingerprint.</source>
        <translation>مۇكەممەللىك تەكشۈرۈشى مەغلۇپ بولدى: ساقلانغان سانلىق مەلۇمات ئۇنىڭ بارماق ئىزىغا ماس كەلمەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="149"/>
        <source>A cryptographic check failed.</source>
        <translation>بىر شىفىرلاش تەكشۈرۈشى مەغلۇپ بولدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="150"/>
        <source>Cancelled.</source>
        <translation>بىكار قىلىندى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="151"/>
        <source>This change is not allowed.</source>
        <translation>بۇ ئۆزگەرتىشكە يول قويۇلمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="152"/>
        <source>Only the vault that created this record may do this.</source>
        <translation>بۇنى پەقەت بۇ خاتىرىنى قۇرغان ساندۇقلا قىلالايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="155"/>
        <source>That version is no longer waiting for a decision.</source>
        <translation>ئۇ نەشرى ئەمدى قارار كۈتمەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="158"/>
        <source>That version was sealed by someone other than the testimony&apos;s interviewer. It cannot be accepted.</source>
        <translation>ئۇ نەشرىنى گۇۋاھلىقنىڭ سۆھبەتچىسىدىن باشقا بىرى پېچەتلىگەن. ئۇنى قوبۇل قىلغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="163"/>
        <source>The disk is full. Nothing was changed.</source>
        <translation>دىسكا تولدى. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="166"/>
        <source>These cases have no follow-up questions or answers to send.</source>
        <translation>بۇ دېلولاردا ئەۋەتىدىغان قوشۇمچە سوئال ياكى جاۋاب يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="169"/>
        <source>A question can be asked about a case, its person, an event or a testimony.</source>
        <translation>سوئالنى دېلو، ئۇنىڭ كىشىسى، ۋەقە ياكى گۇۋاھلىق ھەققىدە سوراشقا بولىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="172"/>
        <source>This record is no longer waiting for a decision.</source>
        <translation>بۇ خاتىرە ئەمدى قارار كۈتمەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="175"/>
        <source>This record has several incoming versions. Choose field by field.</source>
        <translation>بۇ خاتىرىنىڭ كەلگەن بىر قانچە نۇسخىسى بار. بۆلەكمۇبۆلەك تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="178"/>
        <source>The file could not be read or written.</source>
        <translation>ھۆججەتنى ئوقۇغىلى ياكى يازغىلى بولمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="184"/>
        <source>These persons cannot be merged or separated.</source>
        <translation>بۇ كىشىلەرنى بىرلەشتۈرگىلى ياكى ئايرىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="187"/>
        <source>These are already one person. Nothing was merged.</source>
        <translation>بۇلار ئاللىقاچان بىر كىشى. ھېچنېمە بىرلەشتۈرۈلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="190"/>
        <source>A person cannot be marked as not the same as itself.</source>
        <translation>بىر كىشىنى ئۆزى بىلەن ئوخشاش ئەمەس دەپ بەلگىلىگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="193"/>
        <source>These persons were marked as not the same person, so they cannot be merged.</source>
        <translation>بۇ كىشىلەر ئوخشاش كىشى ئەمەس دەپ بەلگىلەنگەن، شۇڭا ئۇلارنى بىرلەشتۈرگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="197"/>
        <source>This merge was undone already.</source>
        <translation>بۇ بىرلەشتۈرۈش ئاللىقاچان بىكار قىلىنغان.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="200"/>
        <source>These are one merged person. Unmerge them first.</source>
        <translation>بۇلار بىرلەشتۈرۈلگەن بىر كىشى. ئالدى بىلەن ئۇلارنى ئايرىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="210"/>
        <source>The contact could not be changed.</source>
        <translation>ئالاقىداشنى ئۆزگەرتكىلى بولمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="213"/>
        <source>This file is not an Amanat identity card, or it is damaged.</source>
        <translation>بۇ ھۆججەت Amanat سالاھىيەت كارتىسى ئەمەس ياكى بۇزۇلغان.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="216"/>
        <source>This identity card was made by a newer version of Amanat. Please update.</source>
        <translation>بۇ سالاھىيەت كارتىسىنى Amanat نىڭ يېڭىراق نەشرى ياسىغان. يېڭىلاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="219"/>
        <source>The identity card does not verify: it was altered or damaged. Ask for it again.</source>
        <translation>سالاھىيەت كارتىسى دەلىللەنمىدى: ئۇ ئۆزگەرتىلگەن ياكى بۇزۇلغان. ئۇنى قايتا سوراڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="223"/>
        <source>The identity card&apos;s new encryption keys are not signed by its own key. It was not accepted.</source>
        <translation>سالاھىيەت كارتىسىنىڭ يېڭى شىفىرلاش ئاچقۇچلىرى ئۇنىڭ ئۆز ئاچقۇچى بىلەن ئىمزالانمىغان. ئۇ قوبۇل قىلىنمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="228"/>
        <source>This is your own identity card.</source>
        <translation>بۇ ئۆزىڭىزنىڭ سالاھىيەت كارتىسى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="231"/>
        <source>Several contacts have this name.</source>
        <translation>بىر قانچە ئالاقىداشنىڭ ئىسمى بۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="234"/>
        <source>The digits you typed are NOT this contact&apos;s safety number. Do not verify it: someone may be impersonating them.</source>
        <translation>سىز كىرگۈزگەن رەقەملەر بۇ ئالاقىداشنىڭ بىخەتەرلىك نومۇرى ئەمەس. ئۇنى دەلىللىمەڭ: بىرى ئۇلارنىڭ نامىدا ئۆزىنى كۆرسىتىۋاتقان بولۇشى مۇمكىن.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="239"/>
        <source>The name on this card holds invisible characters or characters that change how text is shown (such as right-to-left overrides or zero-width spaces). It was refused: a name must look like what it is.</source>
        <translation>بۇ كارتىدىكى ئىسىمدا كۆرۈنمەيدىغان ھەرپلەر ياكى تېكىستنىڭ كۆرسىتىلىشىنى ئۆزگەرتىدىغان ھەرپلەر (مەسىلەن، ئوڭدىن سولغا مەجبۇرلاش بەلگىسى ياكى نۆل كەڭلىكتىكى بوشلۇق) بار. ئۇ رەت قىلىندى: ئىسىم ئەمەلىيەتتە قانداق بولسا، شۇنداق كۆرۈنۈشى كېرەك.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="245"/>
        <source>An evidentiary original is never removed; only a working copy can be.</source>
        <translation>دەلىل بولىدىغان ئەسلى نۇسخا ھەرگىز چىقىرىۋېتىلمەيدۇ؛ پەقەت ئىشلەش نۇسخىسىنىلا چىقىرىۋەتكىلى بولىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="248"/>
        <source>The text holds control characters (such as terminal escape sequences). It was refused; nothing was changed.</source>
        <translation>تېكىستتە كونترول ھەرپلىرى (مەسىلەن، تېرمىنال قېچىش تىزمىلىرى) بار. ئۇ رەت قىلىندى؛ ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="253"/>
        <source>A recipient has no post-quantum key: the bundle would be protected by X25519 only, for everyone. Choose X25519 only explicitly, or seal to them separately.</source>
        <translation>بىر تاپشۇرۇۋالغۇچىنىڭ كۋانتتىن كېيىنكى ئاچقۇچى يوق: بولاق ھەممەيلەن ئۈچۈن پەقەت X25519 بىلەنلا قوغدىلىدۇ. «پەقەت X25519» نى ئېنىق تاللاڭ ياكى ئۇلارغا ئايرىم پېچەتلەڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="258"/>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="451"/>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>بۇ ئىسىملىك ھۆججەت ئاللىبۇرۇن بار. باشقا ئىسىم تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="261"/>
        <source>The bundle could not be opened. Your vault was not changed.</source>
        <translation>بولاقنى ئاچقىلى بولمىدى. ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="264"/>
        <source>This file is not a sealed bundle. Your vault was not changed.</source>
        <translation>بۇ ھۆججەت پېچەتلەنگەن بولاق ئەمەس. ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="267"/>
        <source>The bundle is damaged or was altered after it was sealed. Nothing was imported; your vault was not changed. Ask the sender to send it again.</source>
        <translation>بولاق بۇزۇلغان ياكى پېچەتلەنگەندىن كېيىن ئۆزگەرتىلگەن. ھېچنېمە ئىمپورت قىلىنمىدى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى. ئەۋەتكۈچىدىن ئۇنى قايتا ئەۋەتىشنى سوراڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="272"/>
        <source>This file is encrypted with a passphrase, not sealed to contacts. It was refused; your vault was not changed.</source>
        <translation>بۇ ھۆججەت ئالاقىداشلارغا پېچەتلەنمەي، مەخپىي جۈملە بىلەن شىفىرلانغان. ئۇ رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="277"/>
        <source>This file mixes kinds of keys that sealed bundles never use. It was refused; your vault was not changed.</source>
        <translation>بۇ ھۆججەتتە پېچەتلەنگەن بولاقلار ھەرگىز ئىشلەتمەيدىغان ئاچقۇچ تۈرلىرى ئارىلاشتۇرۇلغان. ئۇ رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="282"/>
        <source>No key this vault holds now opens this bundle: it was sealed to keys destroyed after a rotation, or to another vault. Ask the sender to seal it again.</source>
        <translation>بۇ ساندۇقتىكى ھازىرقى ئاچقۇچلارنىڭ ھېچقايسىسى بۇ بولاقنى ئاچالمايدۇ: ئۇ ئالماشتۇرۇشتىن كېيىن يوقىتىلغان ئاچقۇچلارغا ياكى باشقا بىر ساندۇققا پېچەتلەنگەن. ئەۋەتكۈچىدىن ئۇنى قايتا پېچەتلەشنى سوراڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="288"/>
        <source>This bundle was not sealed to this vault, so it cannot be opened here. Your vault was not changed.</source>
        <translation>بۇ بولاق بۇ ساندۇققا پېچەتلەنمىگەن، شۇڭا ئۇنى بۇ يەردە ئاچقىلى بولمايدۇ. ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="293"/>
        <source>The file opens, but it is not an Amanat bundle. Your vault was not changed.</source>
        <translation>ھۆججەت ئېچىلىدۇ، لېكىن ئۇ Amanat بولىقى ئەمەس. ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="296"/>
        <source>This bundle was made by a newer version of Amanat. Please update Amanat; your vault was not changed.</source>
        <translation>بۇ بولاقنى Amanat نىڭ يېڭىراق نەشرى ياسىغان. Amanat نى يېڭىلاڭ؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="301"/>
        <source>The bundle exceeds a size limit and was refused. Your vault was not changed.</source>
        <translation>بولاق چوڭلۇق چېكىدىن ئېشىپ كەتكەچكە رەت قىلىندى. ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="304"/>
        <source>The bundle is malformed and was refused. Your vault was not changed.</source>
        <translation>بولاقنىڭ شەكلى خاتا بولغاچقا رەت قىلىندى. ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="307"/>
        <source>The bundle ends too early: it was cut short in transit. Your vault was not changed. Ask the sender to send it again.</source>
        <translation>بولاق بەك بالدۇر ئاخىرلىشىدۇ: ئۇ يولدا كېسىلىپ قالغان. ساندۇقىڭىز ئۆزگەرتىلمىدى. ئەۋەتكۈچىدىن ئۇنى قايتا ئەۋەتىشنى سوراڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="312"/>
        <source>The sender&apos;s identity card inside the bundle is invalid. It was refused; your vault was not changed.</source>
        <translation>بولاق ئىچىدىكى ئەۋەتكۈچىنىڭ سالاھىيەت كارتىسى ئىناۋەتسىز. ئۇ رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="317"/>
        <source>The sender did not seal this bundle for you: someone re-encrypted it to you. It was refused; your vault was not changed.</source>
        <translation>ئەۋەتكۈچى بۇ بولاقنى سىز ئۈچۈن پېچەتلىمىگەن: بىرى ئۇنى سىزگە قايتا شىفىرلىغان. ئۇ رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="322"/>
        <source>The bundle&apos;s recipients differ from those the sender signed. It was refused; your vault was not changed.</source>
        <translation>بولاقنىڭ تاپشۇرۇۋالغۇچىلىرى ئەۋەتكۈچى ئىمزالىغانلاردىن پەرقلىق. ئۇ رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="327"/>
        <source>This bundle was already imported. Nothing changed.</source>
        <translation>بۇ بولاق ئاللىبۇرۇن ئىمپورت قىلىنغان. ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="330"/>
        <source>This bundle is older than one already imported from the same sender. It was refused; your vault was not changed.</source>
        <translation>بۇ بولاق ئوخشاش ئەۋەتكۈچىدىن ئاللىبۇرۇن ئىمپورت قىلىنغان بىر بولاقتىن كونا. ئۇ رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="335"/>
        <source>The bundle&apos;s contents do not match what the sender listed: it was altered. It was refused; your vault was not changed.</source>
        <translation>بولاقنىڭ مەزمۇنى ئەۋەتكۈچى تىزىملىغانغا ماس كەلمەيدۇ: ئۇ ئۆزگەرتىلگەن. ئۇ رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="340"/>
        <source>A part of the bundle does not match its recorded fingerprint: it was altered. It was refused; your vault was not changed.</source>
        <translation>بولاقنىڭ بىر قىسمى خاتىرىلەنگەن بارماق ئىزىغا ماس كەلمەيدۇ: ئۇ ئۆزگەرتىلگەن. ئۇ رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="345"/>
        <source>A record in the bundle is invalid. The bundle was refused; your vault was not changed.</source>
        <translation>بولاقتىكى بىر خاتىرە ئىناۋەتسىز. بولاق رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="350"/>
        <source>A change in the bundle is not signed by the person it names as its author: it was altered or written under someone else&apos;s name. The bundle was refused; your vault was not changed.</source>
        <translation>بولاقتىكى بىر ئۆزگەرتىشنى ئۇنىڭ ئاپتورى دەپ كۆرسىتىلگەن كىشى ئىمزالىمىغان: ئۇ ئۆزگەرتىلگەن ياكى باشقا بىرىنىڭ نامىدا يېزىلغان. بولاق رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="356"/>
        <source>The quarantine is full. Discard bundles waiting there, or verify their senders and import them, then open this bundle again. It was left where it is; nothing changed.</source>
        <translation>كارانتىن تولدى. ئۇ يەردە كۈتۈۋاتقان بولاقلارنى تاشلىۋېتىڭ ياكى ئۇلارنىڭ ئەۋەتكۈچىلىرىنى دەلىللەپ ئىمپورت قىلىڭ، ئاندىن بۇ بولاقنى قايتا ئېچىڭ. ئۇ ئەسلى يېرىدە قالدۇرۇلدى؛ ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="362"/>
        <source>A file with that name already exists there. Nothing was written: choose another name, or confirm that you want to replace it.</source>
        <translation>ئۇ يەردە بۇ ئىسىملىك ھۆججەت ئاللىبۇرۇن بار. ھېچنېمە يېزىلمىدى: باشقا ئىسىم تاللاڭ ياكى ئۇنى ئالماشتۇرماقچى ئىكەنلىكىڭىزنى جەزملەشتۈرۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="367"/>
        <source>That folder is a temporary folder, which other programs read and clean up. Nothing was written: choose a folder of your own.</source>
        <translation>بۇ قىسقۇچ ۋاقىتلىق قىسقۇچ، ئۇنى باشقا پروگراممىلار ئوقۇيدۇ ۋە تازىلايدۇ. ھېچنېمە يېزىلمىدى: ئۆزىڭىزنىڭ قىسقۇچىنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="372"/>
        <source>The passphrase is too short: use at least 12 characters, best several words.</source>
        <translation>مەخپىي جۈملە بەك قىسقا: كەم دېگەندە 12 ھەرپ ئىشلىتىڭ، ئەڭ ياخشىسى بىر نەچچە سۆز.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="376"/>
        <source>These key settings are too weak for a new passphrase. Nothing was changed.</source>
        <translation>بۇ ئاچقۇچ تەڭشەكلىرى يېڭى مەخپىي جۈملە ئۈچۈن بەك ئاجىز. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="380"/>
        <source>A change received from another vault does not carry a valid signature of its author, so it cannot be passed on. Nothing was sealed.</source>
        <translation>باشقا بىر ساندۇقتىن تاپشۇرۇۋېلىنغان بىر ئۆزگەرتىشتە ئاپتورىنىڭ ئىناۋەتلىك ئىمزاسى يوق، شۇڭا ئۇنى يەتكۈزگىلى بولمايدۇ. ھېچنېمە پېچەتلەنمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="385"/>
        <source>A change in the bundle names an author who is not one of your contacts. The bundle was refused; your vault was not changed.</source>
        <translation>بولاقتىكى بىر ئۆزگەرتىشنىڭ ئاپتورى دەپ كۆرسىتىلگەن كىشى ئالاقىداشلىرىڭىزنىڭ بىرى ئەمەس. بولاق رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="390"/>
        <source>An unsigned change in the bundle names someone other than the sender as its author, which cannot be proven. The bundle was refused; your vault was not changed.</source>
        <translation>بولاقتىكى ئىمزاسىز بىر ئۆزگەرتىش ئەۋەتكۈچىدىن باشقا بىرىنى ئاپتورى دەپ كۆرسەتكەن، بۇنى ئىسپاتلىغىلى بولمايدۇ. بولاق رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="396"/>
        <source>A record in the bundle has a field this version of Amanat does not know. The bundle was refused; your vault was not changed.</source>
        <translation>بولاقتىكى بىر خاتىرىدە Amanat نىڭ بۇ نەشرى تونۇمايدىغان بىر بۆلەك بار. بولاق رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="401"/>
        <source>The bundle refers to records that neither it nor this vault holds. It was refused; your vault was not changed.</source>
        <translation>بولاق ئۆزىدىمۇ، بۇ ساندۇقتىمۇ بولمىغان خاتىرىلەرگە مۇناسىۋەتلىك. ئۇ رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="406"/>
        <source>The sender&apos;s signature does not verify: the bundle was altered or re-encrypted by someone else. It was refused; your vault was not changed.</source>
        <translation>ئەۋەتكۈچىنىڭ ئىمزاسى دەلىللەنمىدى: بولاقنى باشقا بىرى ئۆزگەرتكەن ياكى قايتا شىفىرلىغان. ئۇ رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="411"/>
        <source>Extra data follows the sender&apos;s signature. The bundle was refused; your vault was not changed.</source>
        <translation>ئەۋەتكۈچىنىڭ ئىمزاسىدىن كېيىن ئارتۇقچە سانلىق مەلۇمات بار. بولاق رەت قىلىندى؛ ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="416"/>
        <source>The sender is not a verified contact, so nothing was imported. The bundle waits in Contacts &gt; Quarantine until you verify the sender.</source>
        <translation>ئەۋەتكۈچى دەلىللەنگەن ئالاقىداش ئەمەس، شۇڭا ھېچنېمە ئىمپورت قىلىنمىدى. بولاق ئەۋەتكۈچىنى دەلىللىگۈچە «ئالاقىداشلار &gt; كارانتىن» دا كۈتىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="421"/>
        <source>This bundle was sealed by this vault. Nothing was imported.</source>
        <translation>بۇ بولاقنى مۇشۇ ساندۇق پېچەتلىگەن. ھېچنېمە ئىمپورت قىلىنمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="424"/>
        <source>Choose at least one verified contact.</source>
        <translation>كەم دېگەندە بىر دەلىللەنگەن ئالاقىداشنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="427"/>
        <source>The same contact is chosen twice.</source>
        <translation>ئوخشاش ئالاقىداش ئىككى قېتىم تاللاندى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="430"/>
        <source>A chosen contact is not verified yet. Compare their safety number and verify them first.</source>
        <translation>تاللانغان بىر ئالاقىداش تېخى دەلىللەنمىگەن. ئاۋۋال ئۇلارنىڭ بىخەتەرلىك نومۇرىنى سېلىشتۇرۇپ، ئۇلارنى دەلىللەڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="435"/>
        <source>The keys of a chosen contact changed. Compare their new safety number and verify them again before sealing to them.</source>
        <translation>تاللانغان بىر ئالاقىداشنىڭ ئاچقۇچلىرى ئۆزگەردى. ئۇلارغا پېچەتلەشتىن بۇرۇن يېڭى بىخەتەرلىك نومۇرىنى سېلىشتۇرۇپ، ئۇلارنى قايتا دەلىللەڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="440"/>
        <source>Choose the cases to seal.</source>
        <translation>پېچەتلەيدىغان دېلولارنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="443"/>
        <source>Nothing is left to send: the chosen profile leaves out every chosen case (they are restricted). Choose the full profile or other cases.</source>
        <translation>ئەۋەتىدىغان ھېچنېمە قالمىدى: تاللانغان تۈر تاللانغان ھەممە دېلونى چىقىرىۋېتىدۇ (ئۇلار چەكلەنگەن). تولۇق تۈرنى ياكى باشقا دېلولارنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="448"/>
        <source>Unknown redaction profile.</source>
        <translation>نامەلۇم يوشۇرۇش تۈرى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="454"/>
        <source>The vault changed while sealing. Nothing was written; please try again.</source>
        <translation>پېچەتلەش جەريانىدا ساندۇق ئۆزگەردى. ھېچنېمە يېزىلمىدى؛ قايتا سىناڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="457"/>
        <source>An internal error stopped the bundle.</source>
        <translation>ئىچكى خاتالىق بولاقنى توختىتىپ قويدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="467"/>
        <source>Waiting for the file to finish copying: it changed while it was read. It will be tried again; nothing was imported.</source>
        <translation>ھۆججەتنىڭ كۆچۈرۈلۈپ بولۇشى كۈتۈلمەكتە: ئۇ ئوقۇلۇۋاتقاندا ئۆزگەردى. ئۇ قايتا سىنىلىدۇ؛ ھېچنېمە ئىمپورت قىلىنمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="472"/>
        <source>Waiting for the file to finish copying: it is still empty. It will be tried again; nothing was imported.</source>
        <translation>ھۆججەتنىڭ كۆچۈرۈلۈپ بولۇشى كۈتۈلمەكتە: ئۇ تېخى قۇرۇق. ئۇ قايتا سىنىلىدۇ؛ ھېچنېمە ئىمپورت قىلىنمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="477"/>
        <source>The file could not be read (check its permissions, or that the drive is still there). Your vault was not changed.</source>
        <translation>ھۆججەتنى ئوقۇغىلى بولمىدى (ئۇنىڭ ئىجازەتلىرىنى ياكى دىسكىنىڭ تېخىچە ئۇلاقلىق ئىكەنلىكىنى تەكشۈرۈڭ). ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="482"/>
        <source>The inbox folder does not exist (or is not a folder). Choose another.</source>
        <translation>كەلگەن بولاقلار قىسقۇچى مەۋجۇت ئەمەس (ياكى قىسقۇچ ئەمەس). باشقىسىنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="590"/>
        <source>Check %1.</source>
        <translation>%1 نى تەكشۈرۈڭ.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="47"/>
        <source>Correct the event</source>
        <translation>ۋەقەنى تۈزىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="49"/>
        <source>Add an event</source>
        <translation>ۋەقە قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="59"/>
        <source>Event</source>
        <translation>ۋەقە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="60"/>
        <source>Choose what happened</source>
        <translation>نېمە يۈز بەرگەنلىكىنى تاللاڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="63"/>
        <source>E&amp;vent:</source>
        <translation>&amp;ۋەقە:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="65"/>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="65"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD، YYYY-MM ياكى YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="67"/>
        <source>&amp;Date:</source>
        <translation>&amp;چېسلا:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="69"/>
        <source>Until</source>
        <translation>ئاخىرلاشقان ۋاقتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="69"/>
        <source>Optional: when it ended</source>
        <translation>ئىختىيارىي: قاچان ئاخىرلاشقان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="71"/>
        <source>&amp;Until:</source>
        <translation>&amp;ئاخىرلاشقان ۋاقتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="72"/>
        <source>Place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="73"/>
        <source>Type in any script and choose, e.g. a camp</source>
        <translation>خالىغان يېزىقتا كىرگۈزۈپ تاللاڭ، مەسىلەن بىر لاگېر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="74"/>
        <source>&amp;Place:</source>
        <translation>&amp;جاي:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="75"/>
        <source>Stated reason</source>
        <translation>ئېيتىلغان سەۋەب</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="76"/>
        <source>Stated &amp;reason:</source>
        <translation>ئېيتىلغان &amp;سەۋەب:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="77"/>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="80"/>
        <source>Descr&amp;iption:</source>
        <translation>چۈ&amp;شەندۈرۈش:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="100"/>
        <source>what happened: choose the kind of event.</source>
        <translation>نېمە يۈز بەرگەن: ۋەقەنىڭ تۈرىنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="102"/>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="130"/>
        <source>the date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="103"/>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="131"/>
        <source>the end date</source>
        <translation>ئاخىرلاشقان چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="129"/>
        <source>the kind of event</source>
        <translation>ۋەقەنىڭ تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="132"/>
        <source>the place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="133"/>
        <source>the stated reason</source>
        <translation>ئېيتىلغان سەۋەب</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="134"/>
        <source>the description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="491"/>
        <source>person of concern</source>
        <translation>ئاساسلىق شەخس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="492"/>
        <source>person</source>
        <translation>كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="493"/>
        <source>name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="494"/>
        <source>text</source>
        <translation>تېكىست</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="495"/>
        <source>script</source>
        <translation>يېزىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="496"/>
        <source>identifier</source>
        <translation>كىملىك بەلگىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="497"/>
        <source>kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="498"/>
        <source>value</source>
        <translation>قىممىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="499"/>
        <source>date of birth</source>
        <translation>تۇغۇلغان چېسلاسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="500"/>
        <source>hometown</source>
        <translation>يۇرتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="501"/>
        <source>status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="502"/>
        <source>date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="503"/>
        <source>title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="504"/>
        <source>summary</source>
        <translation>قىسقىچە مەزمۇن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="505"/>
        <source>reference</source>
        <translation>نومۇر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="506"/>
        <source>assignee</source>
        <translation>مەسئۇل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="507"/>
        <source>event</source>
        <translation>ۋەقە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="508"/>
        <source>place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="509"/>
        <source>stated reason</source>
        <translation>ئېيتىلغان سەۋەب</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="510"/>
        <source>description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="511"/>
        <source>testimony</source>
        <translation>گۇۋاھلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="512"/>
        <source>narrative</source>
        <translation>بايان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="513"/>
        <source>speaker</source>
        <translation>سۆزلىگۈچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="514"/>
        <source>interviewer</source>
        <translation>سۆھبەتچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="515"/>
        <source>interpreter</source>
        <translation>تەرجىمان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="516"/>
        <source>consent</source>
        <translation>رازىلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="517"/>
        <source>permitted use</source>
        <translation>ئىشلىتىشكە يول قويۇلغان دائىرە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="518"/>
        <source>language</source>
        <translation>تىل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="519"/>
        <source>sex</source>
        <translation>جىنسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="520"/>
        <source>ethnicity</source>
        <translation>مىللىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="524"/>
        <source>first</source>
        <translation>بىرىنچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="525"/>
        <source>second</source>
        <translation>ئىككىنچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="526"/>
        <source>third</source>
        <translation>ئۈچىنچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="527"/>
        <source>fourth</source>
        <translation>تۆتىنچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="528"/>
        <source>fifth</source>
        <translation>بەشىنچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="548"/>
        <source>one of the fields</source>
        <translation>بۆلەكلەرنىڭ بىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="556"/>
        <source>the %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="561"/>
        <source>%1 number %2</source>
        <translation>%2-%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="568"/>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="576"/>
        <source>%1&apos;s %2</source>
        <translation>%1 نىڭ %2</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/file_dialogs.py" line="64"/>
        <source>Attach files</source>
        <translation>ھۆججەت قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/file_dialogs.py" line="79"/>
        <source>Save a decrypted copy</source>
        <translation>شىفىرى يېشىلگەن كۆچۈرمىسىنى ساقلاش</translation>
    </message>
</context>
<context>
    <name>FollowupsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="56"/>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="57"/>
        <source>Only open questions</source>
        <translation>پەقەت جاۋابسىز سوئاللار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="64"/>
        <source>Follow-up questions</source>
        <translation>قوشۇمچە سوئاللار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="74"/>
        <source>Answers</source>
        <translation>جاۋابلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="81"/>
        <source>Your answer</source>
        <translation>جاۋابىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="82"/>
        <source>Your answer to the selected question</source>
        <translation>تاللانغان سوئالغا بەرگەن جاۋابىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="87"/>
        <source>Answer with</source>
        <translation>جاۋاب شەكلى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="88"/>
        <source>A note</source>
        <translation>ئىزاھ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="89"/>
        <source>A note and the record as corrected now</source>
        <translation>ئىزاھ ۋە ھازىر تۈزىتىلگەن خاتىرە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="90"/>
        <source>A note and a testimony of the case</source>
        <translation>ئىزاھ ۋە دېلونىڭ بىر گۇۋاھلىقى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="94"/>
        <source>Correct the record first (open the case), then answer: the answer links to the corrected version.</source>
        <translation>ئالدى بىلەن خاتىرىنى تۈزىتىڭ (دېلونى ئېچىڭ)، ئاندىن جاۋاب بېرىڭ: جاۋاب تۈزىتىلگەن نۇسخىغا باغلىنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="100"/>
        <source>The testimony that answers it</source>
        <translation>ئۇنىڭغا جاۋاب بولىدىغان گۇۋاھلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="104"/>
        <source>Answer</source>
        <translation>جاۋاب بېرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="106"/>
        <source>Open the case</source>
        <translation>دېلونى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="115"/>
        <source>Questions travel with the next bundle of their case. An answer here goes back the same way, and the question is answered on both sides. To answer with a correction or a new testimony, make it in the case first, then answer here and link it.</source>
        <translation>سوئاللار ئۆز دېلوسىنىڭ كېيىنكى بولىقى بىلەن بىللە ئەۋەتىلىدۇ. بۇ يەردىكى جاۋاب ئوخشاش يول بىلەن قايتىدۇ، سوئال ھەر ئىككى تەرەپتە جاۋاب بېرىلگەن بولىدۇ. تۈزىتىش ياكى يېڭى گۇۋاھلىق بىلەن جاۋاب بېرىش ئۈچۈن، ئالدى بىلەن ئۇنى دېلودا قىلىڭ، ئاندىن بۇ يەردە جاۋاب بېرىپ ئۇنى باغلاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="151"/>
        <source>%1 questions, %2 open.</source>
        <translation>%1 سوئال، %2 سى جاۋابسىز.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="153"/>
        <source>No follow-up questions.</source>
        <translation>قوشۇمچە سوئال يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="179"/>
        <source>Not answered yet.</source>
        <translation>تېخى جاۋاب بېرىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="205"/>
        <source>Testimony %1: %2</source>
        <translation>گۇۋاھلىق %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="254"/>
        <source>Answer saved. It travels with the next bundle of the case.</source>
        <translation>جاۋاب ساقلاندى. ئۇ دېلونىڭ كېيىنكى بولىقى بىلەن بىللە ئەۋەتىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="16"/>
        <source>The case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="17"/>
        <source>The person</source>
        <translation>كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="18"/>
        <source>An event</source>
        <translation>بىر ۋەقە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="19"/>
        <source>A testimony</source>
        <translation>بىر گۇۋاھلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="22"/>
        <source>%1, field %2</source>
        <translation>%1، %2 بۆلىكى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="30"/>
        <source>Answered</source>
        <translation>جاۋاب بېرىلگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="32"/>
        <source>Open</source>
        <translation>ئوچۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="37"/>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="53"/>
        <source>an unknown vault</source>
        <translation>نامەلۇم ساندۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="40"/>
        <source>(answered by a correction)</source>
        <translation>(تۈزىتىش ئارقىلىق جاۋاب بېرىلگەن)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="41"/>
        <source>(answered by a new testimony)</source>
        <translation>(يېڭى گۇۋاھلىق ئارقىلىق جاۋاب بېرىلگەن)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="43"/>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="63"/>
        <source>About</source>
        <translation>نېمە ھەققىدە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="64"/>
        <source>Question</source>
        <translation>سوئال</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="65"/>
        <source>Asked by</source>
        <translation>سورىغۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="66"/>
        <source>When</source>
        <translation>قاچان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="67"/>
        <source>State</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="71"/>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="61"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="63"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="95"/>
        <source>Add grade</source>
        <translation>باھا قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="64"/>
        <source>Grading: %1</source>
        <translation>باھالاش: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="68"/>
        <source>Judge the two apart. How reliable is the source: the person who gave this account, from what you know of them? How credible is the information itself: is it confirmed by other sources? A reliable source can pass on a rumour; an unknown one can be confirmed. A new grade never replaces an older one: both stay in the history.</source>
        <translation>ئىككىسىنى ئايرىم باھالاڭ. مەنبە قانچىلىك ئىشەنچلىك: بۇ باياننى بەرگەن كىشى ھەققىدە بىلىدىغانلىرىڭىزغا ئاساسلانغاندا؟ ئۇچۇرنىڭ ئۆزى قانچىلىك ئىشەنچلىك: ئۇ باشقا مەنبەلەر تەرىپىدىن ئىسپاتلانغانمۇ؟ ئىشەنچلىك مەنبەمۇ مىش-مىش پاراڭنى يەتكۈزۈشى مۇمكىن؛ نامەلۇم مەنبەنىڭ سۆزىمۇ ئىسپاتلىنىشى مۇمكىن. يېڭى باھا ھەرگىز كونا باھانىڭ ئورنىنى ئالمايدۇ: ھەر ئىككىسى تارىختا قالىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="78"/>
        <source>Source reliability</source>
        <translation>مەنبەنىڭ ئىشەنچلىكلىكى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="81"/>
        <source>Information credibility</source>
        <translation>ئۇچۇرنىڭ ئىشەنچلىك دەرىجىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="86"/>
        <source>Reason</source>
        <translation>سەۋەب</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="88"/>
        <source>Why this grade: what you checked, against what.</source>
        <translation>نېمە ئۈچۈن بۇ باھا: نېمىنى، نېمىگە سېلىشتۇرۇپ تەكشۈردىڭىز.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="90"/>
        <source>&amp;Source reliability:</source>
        <translation>&amp;مەنبەنىڭ ئىشەنچلىكلىكى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="91"/>
        <source>&amp;Information credibility:</source>
        <translation>&amp;ئۇچۇرنىڭ ئىشەنچلىك دەرىجىسى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="92"/>
        <source>&amp;Reason:</source>
        <translation>&amp;سەۋەب:</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="22"/>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="23"/>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="24"/>
        <source>Assignee</source>
        <translation>مەسئۇل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="25"/>
        <source>Summary</source>
        <translation>قىسقىچە مەزمۇن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="26"/>
        <source>Reference</source>
        <translation>نومۇر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="27"/>
        <source>Sensitivity</source>
        <translation>سەزگۈرلۈك دەرىجىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="28"/>
        <source>Sex</source>
        <translation>جىنسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="29"/>
        <source>Born</source>
        <translation>تۇغۇلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="30"/>
        <source>Age</source>
        <translation>يېشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="31"/>
        <source>Ethnicity</source>
        <translation>مىللىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="32"/>
        <source>Hometown</source>
        <translation>يۇرتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="33"/>
        <source>Occupation</source>
        <translation>كەسپى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="34"/>
        <source>Notes</source>
        <translation>ئىزاھلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="35"/>
        <source>What</source>
        <translation>نېمە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="36"/>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="37"/>
        <source>Until</source>
        <translation>ئاخىرلاشقان ۋاقتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="38"/>
        <source>Place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="39"/>
        <source>Stated reason</source>
        <translation>ئېيتىلغان سەۋەب</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="40"/>
        <source>Sentence</source>
        <translation>ھۆكۈم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="41"/>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="42"/>
        <source>Role</source>
        <translation>رولى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="43"/>
        <source>Testimony</source>
        <translation>گۇۋاھلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="44"/>
        <source>Narrative</source>
        <translation>بايان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="45"/>
        <source>Language</source>
        <translation>تىل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="46"/>
        <source>Relation</source>
        <translation>مۇناسىۋىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="47"/>
        <source>Mode</source>
        <translation>شەكلى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="48"/>
        <source>Consent</source>
        <translation>رازىلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="49"/>
        <source>Seal</source>
        <translation>پېچەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="50"/>
        <source>Text</source>
        <translation>تېكىست</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="51"/>
        <source>File name</source>
        <translation>ھۆججەت ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="58"/>
        <source>Name added: %1</source>
        <translation>ئىسىم قوشۇلدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="59"/>
        <source>Name removed: %1</source>
        <translation>ئىسىم چىقىرىۋېتىلدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="62"/>
        <source>Identifier added: %1</source>
        <translation>كىملىك بەلگىسى قوشۇلدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="63"/>
        <source>Identifier removed: %1</source>
        <translation>كىملىك بەلگىسى چىقىرىۋېتىلدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="66"/>
        <source>Status added: %1</source>
        <translation>ھالەت قوشۇلدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="67"/>
        <source>Status removed: %1</source>
        <translation>ھالەت چىقىرىۋېتىلدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="70"/>
        <source>Contact added: %1</source>
        <translation>ئالاقە ئۇچۇرى قوشۇلدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="71"/>
        <source>Contact removed: %1</source>
        <translation>ئالاقە ئۇچۇرى چىقىرىۋېتىلدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="74"/>
        <source>Person linked: %1</source>
        <translation>كىشى باغلاندى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="75"/>
        <source>Person unlinked: %1</source>
        <translation>كىشى ئۈزۈۋېتىلدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="78"/>
        <source>Source testimony added</source>
        <translation>مەنبە گۇۋاھلىق قوشۇلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="79"/>
        <source>Source testimony removed</source>
        <translation>مەنبە گۇۋاھلىق چىقىرىۋېتىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="82"/>
        <source>Interviewer added</source>
        <translation>سۆھبەتچى قوشۇلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="83"/>
        <source>Interviewer removed</source>
        <translation>سۆھبەتچى چىقىرىۋېتىلدى</translation>
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
        <translation>%2 دىن بۇيان %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="135"/>
        <source>(none)</source>
        <translation>(يوق)</translation>
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
        <translation>ھەئە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="143"/>
        <source>no</source>
        <translation>ياق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="158"/>
        <source>Removed (kept in the history)</source>
        <translation>چىقىرىۋېتىلدى (تارىختا ساقلاندى)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="160"/>
        <source>Sealed</source>
        <translation>پېچەتلەنگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="166"/>
        <source>%1 added: %2</source>
        <translation>%1 قوشۇلدى: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="172"/>
        <source>%1 removed: %2</source>
        <translation>%1 چىقىرىۋېتىلدى: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="190"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="202"/>
        <source>Created</source>
        <translation>قۇرۇلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="206"/>
        <source>Merged, no change</source>
        <translation>بىرلەشتۈرۈلدى، ئۆزگىرىش يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="208"/>
        <source>No change</source>
        <translation>ئۆزگىرىش يوق</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="312"/>
        <source>Colleagues add you as a contact from your identity card, then compare your safety number with you: read it aloud to them in person, or in a call where they know your voice.</source>
        <translation>خىزمەتداشلىرىڭىز سالاھىيەت كارتىڭىزدىن سىزنى ئالاقىداش سۈپىتىدە قوشىدۇ، ئاندىن بىخەتەرلىك نومۇرىڭىزنى سىز بىلەن سېلىشتۇرىدۇ: ئۇنى ئۇلارغا يۈزمۇيۈز ياكى ئاۋازىڭىزنى تونۇيدىغان بىر تېلېفوندا ئوقۇپ بېرىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="320"/>
        <source>Your display name</source>
        <translation>كۆرسىتىلىدىغان ئىسمىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="321"/>
        <source>Created</source>
        <translation>قۇرۇلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="322"/>
        <source>Post-quantum keys</source>
        <translation>كۋانتتىن كېيىنكى ئاچقۇچلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="323"/>
        <source>Display name:</source>
        <translation>كۆرسىتىلىدىغان ئىسىم:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="324"/>
        <source>Created:</source>
        <translation>قۇرۇلغان:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="325"/>
        <source>Post-quantum:</source>
        <translation>كۋانتتىن كېيىنكى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="327"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="328"/>
        <source>Your safety number</source>
        <translation>بىخەتەرلىك نومۇرىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="332"/>
        <source>Export card to a file...</source>
        <translation>كارتىنى ھۆججەتكە ئېكسپورت قىلىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="334"/>
        <source>Export your identity card to a file</source>
        <translation>سالاھىيەت كارتىڭىزنى ھۆججەتكە ئېكسپورت قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="338"/>
        <source>Show card as text...</source>
        <translation>كارتىنى تېكىست شەكلىدە كۆرسىتىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="340"/>
        <source>Show your identity card as text</source>
        <translation>سالاھىيەت كارتىڭىزنى تېكىست شەكلىدە كۆرسىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="347"/>
        <source>Emergency</source>
        <translation>جىددىي ئەھۋال</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="351"/>
        <source>If Amanat cannot be run, the standard age tool opens bundles sealed to you with your secret key. Export it only when you need it.</source>
        <translation>ئەگەر Amanat نى ئىجرا قىلغىلى بولمىسا، ئۆلچەملىك age قورالى مەخپىي ئاچقۇچىڭىز ئارقىلىق سىزگە پېچەتلەنگەن بولاقلارنى ئاچىدۇ. ئۇنى پەقەت زۆرۈر بولغاندىلا ئېكسپورت قىلىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="358"/>
        <source>Export emergency key...</source>
        <translation>جىددىي ئاچقۇچنى ئېكسپورت قىلىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="360"/>
        <source>Export the emergency secret key</source>
        <translation>جىددىي مەخپىي ئاچقۇچنى ئېكسپورت قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="378"/>
        <source>Yes (ML-KEM-768 + X25519)</source>
        <translation>ھەئە (ML-KEM-768 + X25519)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="378"/>
        <source>No</source>
        <translation>ياق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="384"/>
        <source>Save your identity card</source>
        <translation>سالاھىيەت كارتىڭىزنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="391"/>
        <source>Your identity card was saved. Send it to your colleague by any channel.</source>
        <translation>سالاھىيەت كارتىڭىز ساقلاندى. ئۇنى خىزمەتدىشىڭىزغا خالىغان يول ئارقىلىق ئەۋەتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="406"/>
        <source>Save the emergency key</source>
        <translation>جىددىي ئاچقۇچنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="414"/>
        <source>The secret key was written. Keep it offline and destroy it when the emergency is over.</source>
        <translation>مەخپىي ئاچقۇچ يېزىلدى. ئۇنى تورسىز ساقلاڭ ۋە جىددىي ئەھۋال ئاخىرلاشقاندا يوقىتىۋېتىڭ.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="40"/>
        <source>Verified</source>
        <translation>دەلىللەنگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="41"/>
        <source>Not verified</source>
        <translation>دەلىللەنمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="42"/>
        <source>Keys changed: verify again</source>
        <translation>ئاچقۇچلار ئۆزگەردى: قايتا دەلىللەڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="43"/>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="52"/>
        <source>Unknown sender</source>
        <translation>نامەلۇم ئەۋەتكۈچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="45"/>
        <source>Not read yet</source>
        <translation>تېخى ئوقۇلمىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="61"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="72"/>
        <source>Opened: %1 new, %2 updated, %3 in conflict.</source>
        <translation>ئېچىلدى: %1 يېڭى، %2 يېڭىلانغان، %3 توقۇنۇشتا.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="80"/>
        <source>%1 proposed edit(s) wait for you.</source>
        <translation>%1 تەۋسىيە قىلىنغان تەھرىر سىزنى كۈتۈۋاتىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="86"/>
        <source>Opened from the quarantine once the sender was verified.</source>
        <translation>ئەۋەتكۈچى دەلىللەنگەندىن كېيىن كارانتىندىن ئېچىلدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="90"/>
        <source>Discarded from the quarantine: nothing was imported.</source>
        <translation>كارانتىندىن تاشلىۋېتىلدى: ھېچنېمە ئىمپورت قىلىنمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="94"/>
        <source>Already received: nothing changed.</source>
        <translation>ئاللىقاچان تاپشۇرۇۋېلىنغان: ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="97"/>
        <source>Waits in quarantine: the sender&apos;s keys changed. Verify them again (Contacts &gt; Quarantine).</source>
        <translation>كارانتىندا كۈتۈۋاتىدۇ: ئەۋەتكۈچىنىڭ ئاچقۇچلىرى ئۆزگەرگەن. ئۇلارنى قايتا دەلىللەڭ (ئالاقىداشلار &gt; كارانتىن).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="102"/>
        <source>Waits in quarantine: the sender is not a verified contact (Contacts &gt; Quarantine).</source>
        <translation>كارانتىندا كۈتۈۋاتىدۇ: ئەۋەتكۈچى دەلىللەنگەن ئالاقىداش ئەمەس (ئالاقىداشلار &gt; كارانتىن).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="108"/>
        <source>Waiting for the file to finish copying: so far it is incomplete or damaged. It will be tried again when it changes; if it does not, ask the sender to send it again.</source>
        <translation>ھۆججەتنىڭ كۆچۈرۈلۈپ بولۇشى كۈتۈلمەكتە: ھازىرچە ئۇ تولۇق ئەمەس ياكى بۇزۇلغان. ئۇ ئۆزگەرگەندە قايتا سىنىلىدۇ؛ ئەگەر ئۆزگەرمىسە، ئەۋەتكۈچىدىن ئۇنى قايتا ئەۋەتىشنى سوراڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="114"/>
        <source>Waiting for the file to finish copying; it will be tried again when it changes.</source>
        <translation>ھۆججەتنىڭ كۆچۈرۈلۈپ بولۇشى كۈتۈلمەكتە؛ ئۇ ئۆزگەرگەندە قايتا سىنىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="126"/>
        <source>Inbox: nothing new.</source>
        <translation>كەلگەن بولاقلار: يېڭى نەرسە يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="129"/>
        <source>%1 opened</source>
        <translation>%1 ئېچىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="130"/>
        <source>%1 waiting in quarantine</source>
        <translation>%1 كارانتىندا كۈتۈۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="131"/>
        <source>%1 already received</source>
        <translation>%1 ئاللىقاچان تاپشۇرۇۋېلىنغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="132"/>
        <source>%1 still being copied</source>
        <translation>%1 تېخى كۆچۈرۈلۈۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="133"/>
        <source>%1 refused</source>
        <translation>%1 رەت قىلىندى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="134"/>
        <source>%1 opened from the quarantine</source>
        <translation>%1 كارانتىندىن ئېچىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="135"/>
        <source>%1 discarded</source>
        <translation>%1 تاشلىۋېتىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="140"/>
        <source>Inbox: %1.</source>
        <translation>كەلگەن بولاقلار: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="144"/>
        <source>File</source>
        <translation>ھۆججەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="145"/>
        <source>From</source>
        <translation>ئەۋەتكۈچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="146"/>
        <source>Fingerprint</source>
        <translation>بارماق ئىزى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="147"/>
        <source>Sealed</source>
        <translation>پېچەتلەنگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="148"/>
        <source>What happened</source>
        <translation>نېمە بولدى</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="177"/>
        <source>Bundles that arrive in the watched folder, or that you drop on this window, are opened if they come from verified contacts; the others wait in quarantine. A bundle already received changes nothing.</source>
        <translation>كۆزىتىلىدىغان قىسقۇچقا كەلگەن ياكى سىز بۇ كۆزنەككە تاشلىغان بولاقلار دەلىللەنگەن ئالاقىداشلاردىن كەلگەن بولسا ئېچىلىدۇ؛ باشقىلىرى كارانتىندا كۈتىدۇ. ئاللىقاچان تاپشۇرۇۋېلىنغان بولاق ھېچنېمىنى ئۆزگەرتمەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="188"/>
        <source>Bundles in the inbox</source>
        <translation>كەلگەن بولاقلار تىزىملىكى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="202"/>
        <source>Choose folder...</source>
        <translation>قىسقۇچ تاللاش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="203"/>
        <source>Scan now</source>
        <translation>ھازىر سكانىرلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="204"/>
        <source>Scanning the inbox folder</source>
        <translation>كەلگەن بولاقلار قىسقۇچى سكانىرلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="221"/>
        <source>Watched folder: %1</source>
        <translation>كۆزىتىلىۋاتقان قىسقۇچ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="224"/>
        <source>No folder is watched. Choose one, or drop bundle files on the window.</source>
        <translation>ھېچقانداق قىسقۇچ كۆزىتىلمەيدۇ. بىرنى تاللاڭ ياكى بولاق ھۆججەتلىرىنى كۆزنەككە تاشلاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="233"/>
        <source>Choose the inbox folder</source>
        <translation>كەلگەن بولاقلار قىسقۇچىنى تاللاش</translation>
    </message>
</context>
<context>
    <name>KeyHistory</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="19"/>
        <source>%1: added, from their card.</source>
        <translation>%1: ئۇنىڭ كارتىسىدىن قوشۇلدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="23"/>
        <source>%1: their keys changed (a new safety number); verify again.</source>
        <translation>%1: ئاچقۇچلىرى ئۆزگەردى (يېڭى بىخەتەرلىك نومۇرى)؛ قايتا دەلىللەڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="31"/>
        <source>%1: new encryption keys (generation %2), signed by the same key; the safety number stayed the same.</source>
        <translation>%1: يېڭى شىفىرلاش ئاچقۇچلىرى (%2-ئەۋلاد)، ئوخشاش ئاچقۇچ بىلەن ئىمزالانغان؛ بىخەتەرلىك نومۇرى ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="42"/>
        <source>%1: safety number compared and verified.</source>
        <translation>%1: بىخەتەرلىك نومۇرى سېلىشتۇرۇلۇپ دەلىللەندى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="52"/>
        <source>Key history:</source>
        <translation>ئاچقۇچ تارىخى:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="19"/>
        <source>Open</source>
        <translation>ئوچۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="20"/>
        <source>Under review</source>
        <translation>تەكشۈرۈلۈۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="21"/>
        <source>Verified</source>
        <translation>دەلىللەنگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="22"/>
        <source>Closed</source>
        <translation>تاقالغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="25"/>
        <source>Detained</source>
        <translation>تۇتقۇن قىلىنغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="26"/>
        <source>Sentenced</source>
        <translation>ھۆكۈم قىلىنغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="27"/>
        <source>Released</source>
        <translation>قويۇپ بېرىلگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="28"/>
        <source>Missing</source>
        <translation>دېرەكسىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="29"/>
        <source>Dead</source>
        <translation>ۋاپات بولغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="30"/>
        <source>Exiled</source>
        <translation>سۈرگۈندە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="31"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="36"/>
        <source>Unknown</source>
        <translation>نامەلۇم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="34"/>
        <source>Male</source>
        <translation>ئەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="35"/>
        <source>Female</source>
        <translation>ئايال</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="39"/>
        <source>In person</source>
        <translation>يۈزمۇيۈز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="40"/>
        <source>Phone</source>
        <translation>تېلېفون</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="41"/>
        <source>Video call</source>
        <translation>سىنلىق سۆزلىشىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="44"/>
        <source>Internal use</source>
        <translation>ئىچكى ئىشلىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="45"/>
        <source>Submission to the UN or governments</source>
        <translation>ب د ت ياكى ھۆكۈمەتلەرگە سۇنۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="48"/>
        <source>Legal proceedings</source>
        <translation>قانۇنىي جەريان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="49"/>
        <source>Public reports and media</source>
        <translation>ئاممىۋى دوكلاتلار ۋە مېدىيا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="52"/>
        <source>Public</source>
        <translation>ئاممىۋى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="53"/>
        <source>Internal</source>
        <translation>ئىچكى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="54"/>
        <source>Confidential</source>
        <translation>مەخپىي</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="55"/>
        <source>Restricted</source>
        <translation>چەكلەنگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="58"/>
        <source>Preferred</source>
        <translation>كۆپ ئىشلىتىلىدىغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="59"/>
        <source>Alias</source>
        <translation>تەخەللۇس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="60"/>
        <source>As on ID document</source>
        <translation>كىملىك ھۆججىتىدىكىدەك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="61"/>
        <source>As given by the witness</source>
        <translation>گۇۋاھچى ئېيتقاندەك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="64"/>
        <source>PRC resident ID</source>
        <translation>ج خ ج ئاھالە كىملىك كارتىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="65"/>
        <source>Passport</source>
        <translation>پاسپورت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="66"/>
        <source>External database entry</source>
        <translation>سىرتقى سانلىق مەلۇمات ئامبىرى خاتىرىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="67"/>
        <source>Our case number</source>
        <translation>بىزنىڭ دېلو نومۇرىمىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="70"/>
        <source>Evidentiary original</source>
        <translation>دەلىل بولىدىغان ئەسلى نۇسخا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="73"/>
        <source>Working copy</source>
        <translation>ئىشلەش نۇسخىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="76"/>
        <source>Person</source>
        <translation>كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="77"/>
        <source>Place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="78"/>
        <source>Relationship</source>
        <translation>مۇناسىۋەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="79"/>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="80"/>
        <source>Event</source>
        <translation>ۋەقە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="81"/>
        <source>Testimony</source>
        <translation>گۇۋاھلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="82"/>
        <source>Attachment</source>
        <translation>قوشۇمچە ھۆججەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="83"/>
        <source>Annotation</source>
        <translation>ئىزاھات</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="84"/>
        <source>Consent withdrawal</source>
        <translation>رازىلىقنى قايتۇرۇۋېلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="85"/>
        <source>Person merge</source>
        <translation>كىشىلەرنى بىرلەشتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="86"/>
        <source>Not the same person</source>
        <translation>ئوخشاش كىشى ئەمەس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="89"/>
        <source>Created</source>
        <translation>قۇرۇلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="90"/>
        <source>Edited</source>
        <translation>تەھرىرلەندى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="91"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="101"/>
        <source>Sealed</source>
        <translation>پېچەتلەندى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="92"/>
        <source>File attached</source>
        <translation>ھۆججەت قوشۇلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="93"/>
        <source>Exported</source>
        <translation>ئېكسپورت قىلىندى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="94"/>
        <source>Imported</source>
        <translation>ئىمپورت قىلىندى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="95"/>
        <source>Merged</source>
        <translation>بىرلەشتۈرۈلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="96"/>
        <source>Redacted</source>
        <translation>يوشۇرۇلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="97"/>
        <source>Deleted</source>
        <translation>ئۆچۈرۈلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="100"/>
        <source>Draft</source>
        <translation>قارالما</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="104"/>
        <source>Kazakh (Cyrillic)</source>
        <translation>قازاقچە (كىرىل)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="105"/>
        <source>Kazakh (Latin)</source>
        <translation>قازاقچە (لاتىن)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="106"/>
        <source>Kazakh (Arabic script)</source>
        <translation>قازاقچە (ئەرەب يېزىقى)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="107"/>
        <source>Uyghur (Arabic script)</source>
        <translation>ئۇيغۇرچە (ئەرەب يېزىقى)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="108"/>
        <source>Uyghur (Latin)</source>
        <translation>ئۇيغۇرچە (لاتىن)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="109"/>
        <source>Uyghur (Cyrillic)</source>
        <translation>ئۇيغۇرچە (كىرىل)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="110"/>
        <source>Chinese (simplified)</source>
        <translation>خەنزۇچە (ئاددىيلاشتۇرۇلغان)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="111"/>
        <source>Chinese (traditional)</source>
        <translation>خەنزۇچە (مۇرەككەپ)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="112"/>
        <source>Chinese (pinyin)</source>
        <translation>خەنزۇچە (پىنيىن)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="113"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="126"/>
        <source>Russian</source>
        <translation>رۇسچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="114"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="130"/>
        <source>English</source>
        <translation>ئىنگلىزچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="115"/>
        <source>Kyrgyz (Cyrillic)</source>
        <translation>قىرغىزچە (كىرىل)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="116"/>
        <source>Uzbek (Latin)</source>
        <translation>ئۆزبېكچە (لاتىن)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="117"/>
        <source>Uzbek (Cyrillic)</source>
        <translation>ئۆزبېكچە (كىرىل)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="118"/>
        <source>Latin script</source>
        <translation>لاتىن يېزىقى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="119"/>
        <source>Cyrillic script</source>
        <translation>كىرىل يېزىقى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="120"/>
        <source>Arabic script</source>
        <translation>ئەرەب يېزىقى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="121"/>
        <source>Chinese characters</source>
        <translation>خەنزۇ خېتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="124"/>
        <source>Kazakh</source>
        <translation>قازاقچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="125"/>
        <source>Uyghur</source>
        <translation>ئۇيغۇرچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="127"/>
        <source>Chinese</source>
        <translation>خەنزۇچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="128"/>
        <source>Kyrgyz</source>
        <translation>قىرغىزچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="129"/>
        <source>Uzbek</source>
        <translation>ئۆزبېكچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="131"/>
        <source>Turkish</source>
        <translation>تۈركچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="184"/>
        <source>Names match</source>
        <translation>ئىسىملار ماس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="185"/>
        <source>Names are similar (%1)</source>
        <translation>ئىسىملار ئوخشىشىپ كېتىدۇ (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="188"/>
        <source>Same identifier: %1</source>
        <translation>ئوخشاش كىملىك بەلگىسى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="193"/>
        <source>Same year of birth</source>
        <translation>تۇغۇلغان يىلى ئوخشاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="195"/>
        <source>Years of birth close (%1)</source>
        <translation>تۇغۇلغان يىللىرى يېقىن (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="196"/>
        <source>Years of birth differ (%1)</source>
        <translation>تۇغۇلغان يىللىرى پەرقلىق (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="198"/>
        <source>Same hometown</source>
        <translation>يۇرتى ئوخشاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="200"/>
        <source>Recorded sex differs</source>
        <translation>خاتىرىلەنگەن جىنسى پەرقلىق</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="39"/>
        <source>Merge two persons</source>
        <translation>ئىككى كىشىنى بىرلەشتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="42"/>
        <source>Are these the same person?</source>
        <translation>بۇلار ئوخشاش كىشىمۇ؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="46"/>
        <source>Both records stay as their authors wrote them: the merge is a record of its own, and both ids then lead to the one you keep. Every name, identifier and status of both is kept, with who reported it. You can unmerge later.</source>
        <translation>ھەر ئىككى خاتىرە ئاپتورلىرى يازغاندەك قالىدۇ: بىرلەشتۈرۈش ئۆزى ئايرىم بىر خاتىرە، ئاندىن ھەر ئىككى id سىز ساقلىغان كىشىگە ئېلىپ بارىدۇ. ھەر ئىككىسىنىڭ ھەر بىر ئىسمى، كىملىك بەلگىسى ۋە ھالىتى كىمنىڭ مەلۇم قىلغانلىقى بىلەن بىللە ساقلىنىدۇ. كېيىن ئۇلارنى ئايرىۋېتەلەيسىز.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="65"/>
        <source>Keep this person&apos;s id</source>
        <translation>بۇ كىشىنىڭ id سىنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="66"/>
        <source>Keep the id %1</source>
        <translation>%1 id نى ساقلاش</translation>
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
        <translation>ئىسىملار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="85"/>
        <source>Identifiers</source>
        <translation>كىملىك بەلگىلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="86"/>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="87"/>
        <source>Id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="101"/>
        <source>Merge</source>
        <translation>بىرلەشتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="102"/>
        <source>Merge the two persons</source>
        <translation>ئىككى كىشىنى بىرلەشتۈرۈش</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="42"/>
        <source>Detect from the text</source>
        <translation>تېكىستتىن بايقاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="52"/>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="56"/>
        <source>New case</source>
        <translation>يېڭى دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="69"/>
        <source>Saving the case</source>
        <translation>دېلو ساقلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="75"/>
        <source>Create case</source>
        <translation>دېلو قۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="89"/>
        <source>Person of concern</source>
        <translation>ئاساسلىق شەخس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="93"/>
        <source>Name</source>
        <translation>ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="94"/>
        <source>As the family writes it, in any script</source>
        <translation>ئائىلىسى يازغاندەك، خالىغان يېزىقتا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="95"/>
        <source>Script of the name</source>
        <translation>ئىسىمنىڭ يېزىقى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;ئىسمى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="97"/>
        <source>Name in another script</source>
        <translation>باشقا يېزىقتىكى ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="98"/>
        <source>Optional: e.g. in Latin letters or Chinese</source>
        <translation>ئىختىيارىي: مەسىلەن، لاتىن ھەرپلىرىدە ياكى خەنزۇچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="100"/>
        <source>Script of the other name</source>
        <translation>باشقا ئىسىمنىڭ يېزىقى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="102"/>
        <source>&amp;Other spelling:</source>
        <translation>&amp;باشقا يېزىلىشى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="103"/>
        <source>Sex</source>
        <translation>جىنسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="107"/>
        <source>&amp;Sex:</source>
        <translation>&amp;جىنسى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="108"/>
        <source>Date of birth</source>
        <translation>تۇغۇلغان چېسلاسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="109"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation>YYYY-MM-DD، YYYY-MM ياكى YYYY؛ تەخمىنىي بولسا ~</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="110"/>
        <source>&amp;Born:</source>
        <translation>&amp;تۇغۇلغان:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="111"/>
        <source>Ethnicity</source>
        <translation>مىللىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="112"/>
        <source>Not given</source>
        <translation>بېرىلمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="115"/>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;مىللىتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="117"/>
        <source>Hometown</source>
        <translation>يۇرتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="118"/>
        <source>Town or county, e.g. Ghulja</source>
        <translation>شەھەر ياكى ناھىيە، مەسىلەن غۇلجا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="119"/>
        <source>&amp;Hometown:</source>
        <translation>&amp;يۇرتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="120"/>
        <source>Current status</source>
        <translation>نۆۋەتتىكى ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="121"/>
        <source>Not known</source>
        <translation>نامەلۇم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="124"/>
        <source>Status since</source>
        <translation>ھالەت باشلانغان ۋاقىت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="125"/>
        <source>since (YYYY-MM)</source>
        <translation>باشلانغان ۋاقتى (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="126"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;ھالىتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="127"/>
        <source>Kind of identifier</source>
        <translation>كىملىك بەلگىسىنىڭ تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="130"/>
        <source>Identifier</source>
        <translation>كىملىك بەلگىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="131"/>
        <source>Optional</source>
        <translation>ئىختىيارىي</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="132"/>
        <source>&amp;Identifier:</source>
        <translation>&amp;كىملىك بەلگىسى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="136"/>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="140"/>
        <source>Case title</source>
        <translation>دېلو ماۋزۇسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="142"/>
        <source>e.g. Detention of ... (left empty: made from the name)</source>
        <translation>مەسىلەن: ... نىڭ تۇتقۇن قىلىنىشى (بوش قالدۇرۇلسا: ئىسىمدىن ياسىلىدۇ)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="144"/>
        <source>T&amp;itle:</source>
        <translation>ماۋ&amp;زۇ:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="145"/>
        <source>Assignee</source>
        <translation>مەسئۇل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="146"/>
        <source>&amp;Assignee:</source>
        <translation>مەسئۇ&amp;ل:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="147"/>
        <source>Our reference</source>
        <translation>بىزنىڭ نومۇرىمىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="148"/>
        <source>&amp;Reference:</source>
        <translation>&amp;نومۇر:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="149"/>
        <source>Summary</source>
        <translation>قىسقىچە مەزمۇن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="152"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;قىسقىچە مەزمۇن:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="156"/>
        <source>What happened (optional)</source>
        <translation>نېمە يۈز بەرگەن (ئىختىيارىي)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="160"/>
        <source>Event</source>
        <translation>ۋەقە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="161"/>
        <source>No event yet</source>
        <translation>تېخى ۋەقە يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="164"/>
        <source>E&amp;vent:</source>
        <translation>&amp;ۋەقە:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="165"/>
        <source>Event date</source>
        <translation>ۋەقە چېسلاسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="166"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD، YYYY-MM ياكى YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="167"/>
        <source>&amp;Date:</source>
        <translation>&amp;چېسلا:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="168"/>
        <source>Event place</source>
        <translation>ۋەقە يۈز بەرگەن جاي</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="169"/>
        <source>e.g. the camp or police station</source>
        <translation>مەسىلەن، لاگېر ياكى ساقچىخانا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="170"/>
        <source>&amp;Place:</source>
        <translation>ج&amp;اي:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="171"/>
        <source>Stated reason</source>
        <translation>ئېيتىلغان سەۋەب</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="172"/>
        <source>Stated &amp;reason:</source>
        <translation>ئېيتىلغان &amp;سەۋەب:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="198"/>
        <source>the name of the person of concern</source>
        <translation>ئاساسلىق شەخسنىڭ ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="210"/>
        <source>the date of birth</source>
        <translation>تۇغۇلغان چېسلاسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="220"/>
        <source>the status date</source>
        <translation>ھالەت چېسلاسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="230"/>
        <source>Case of %1</source>
        <translation>%1 نىڭ دېلوسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="242"/>
        <source>the event date</source>
        <translation>ۋەقە چېسلاسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="259"/>
        <source>Please check: %1.</source>
        <translation>تەكشۈرۈڭ: %1.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="394"/>
        <source>Note</source>
        <translation>ئىزاھ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="387"/>
        <source>Reviewers&apos; notes, and the answers to them. They never change the records they are about, sealed testimonies included.</source>
        <translation>تەكشۈرگۈچىلەرنىڭ ئىزاھلىرى ۋە ئۇلارغا بېرىلگەن جاۋابلار. ئۇلار ئۆزلىرى ھەققىدىكى خاتىرىلەرنى، جۈملىدىن پېچەتلەنگەن گۇۋاھلىقلارنى ھەرگىز ئۆزگەرتمەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="395"/>
        <source>About</source>
        <translation>نېمە ھەققىدە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="396"/>
        <source>By</source>
        <translation>يازغۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="401"/>
        <source>Notes</source>
        <translation>ئىزاھلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="404"/>
        <source>New note</source>
        <translation>يېڭى ئىزاھ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="405"/>
        <source>Write a note about this case, or an answer...</source>
        <translation>بۇ دېلو ھەققىدە ئىزاھ ياكى جاۋاب يېزىڭ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="411"/>
        <source>Reply to the chosen note</source>
        <translation>تاللانغان ئىزاھقا جاۋاب بېرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="411"/>
        <source>Reply to the note</source>
        <translation>ئىزاھقا جاۋاب بېرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="426"/>
        <source>Older verification grade: %1. %2</source>
        <translation>كونا دەلىللەش باھاسى: %1. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="436"/>
        <source>%1, field %2</source>
        <translation>%1، %2 بۆلىكى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="443"/>
        <source>you</source>
        <translation>سىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="446"/>
        <source>%1 (not one of your contacts)</source>
        <translation>%1 (ئالاقىداشلىرىڭىزدىن ئەمەس)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="474"/>
        <source>Choose the note to answer in the list.</source>
        <translation>تىزىملىكتىن جاۋاب بېرىدىغان ئىزاھنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="481"/>
        <source>Write the note first.</source>
        <translation>ئالدى بىلەن ئىزاھنى يېزىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="408"/>
        <source>Add note</source>
        <translation>ئىزاھ قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="503"/>
        <source>The note was added.</source>
        <translation>ئىزاھ قوشۇلدى.</translation>
    </message>
</context>
<context>
    <name>OpenBundleDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="637"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="645"/>
        <source>Open a bundle</source>
        <translation>بولاق ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="657"/>
        <source>Checking the bundle: who sealed it, whether it is intact and what it holds. Nothing is imported yet.</source>
        <translation>بولاق تەكشۈرۈلۈۋاتىدۇ: ئۇنى كىم پېچەتلىگەن، ئۇ مۇكەممەلمۇ ۋە ئۇنىڭدا نېمىلەر بار. تېخى ھېچنېمە ئىمپورت قىلىنمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="669"/>
        <source>From</source>
        <translation>ئەۋەتكۈچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="674"/>
        <source>Sender&apos;s safety number:</source>
        <translation>ئەۋەتكۈچىنىڭ بىخەتەرلىك نومۇرى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="676"/>
        <source>Sender&apos;s safety number</source>
        <translation>ئەۋەتكۈچىنىڭ بىخەتەرلىك نومۇرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="683"/>
        <source>Signature:</source>
        <translation>ئىمزا:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="684"/>
        <source>Contents:</source>
        <translation>مەزمۇنى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="685"/>
        <source>Profile:</source>
        <translation>تۈرى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="686"/>
        <source>Sealed:</source>
        <translation>پېچەتلەنگەن ۋاقتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="687"/>
        <source>Cases:</source>
        <translation>دېلولار:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="721"/>
        <source>Progress</source>
        <translation>ئىلگىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="731"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="861"/>
        <source>Import</source>
        <translation>ئىمپورت قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="731"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="863"/>
        <source>Import the bundle</source>
        <translation>بولاقنى ئىمپورت قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="735"/>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="737"/>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="750"/>
        <source>Checking...</source>
        <translation>تەكشۈرۈلۈۋاتىدۇ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="780"/>
        <source>A verified contact: the bundle is signed by their key.</source>
        <translation>دەلىللەنگەن ئالاقىداش: بولاق ئۇلارنىڭ ئاچقۇچى بىلەن ئىمزالانغان.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="785"/>
        <source>The card in the bundle calls them %1; shown is the name you gave them.</source>
        <translation>بولاقتىكى كارتا ئۇلارنى %1 دەپ ئاتايدۇ؛ كۆرسىتىلگىنى سىز قويغان ئىسىم.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="801"/>
        <source>The sender&apos;s keys differ from those you verified. Importing keeps the bundle in quarantine until you compare the new safety number.</source>
        <translation>ئەۋەتكۈچىنىڭ ئاچقۇچلىرى سىز دەلىللىگەنلىرىدىن پەرقلىق. ئىمپورت قىلسىڭىز، يېڭى بىخەتەرلىك نومۇرىنى سېلىشتۇرغۇچە بولاق كارانتىندا تۇرىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="806"/>
        <source>The sender is not a verified contact. Importing keeps the bundle in quarantine, encrypted, until you compare their safety number and verify them.</source>
        <translation>ئەۋەتكۈچى دەلىللەنگەن ئالاقىداش ئەمەس. ئىمپورت قىلسىڭىز، ئۇلارنىڭ بىخەتەرلىك نومۇرىنى سېلىشتۇرۇپ ئۇلارنى دەلىللىگۈچە بولاق شىفىرلانغان ھالەتتە كارانتىندا تۇرىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="814"/>
        <source>Valid: the bundle is intact and was sealed by this sender.</source>
        <translation>ئىناۋەتلىك: بولاق مۇكەممەل ۋە ئۇنى مۇشۇ ئەۋەتكۈچى پېچەتلىگەن.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="821"/>
        <source>%n case(s),</source>
        <translation>
            <numerusform>%n دېلو،</numerusform>
            <numerusform>%n دېلو،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="823"/>
        <source>%n record(s),</source>
        <translation>
            <numerusform>%n خاتىرە،</numerusform>
            <numerusform>%n خاتىرە،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="825"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n قوشۇمچە ھۆججەت</numerusform>
            <numerusform>%n قوشۇمچە ھۆججەت</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="827"/>
        <source>(%1 of files)</source>
        <translation>(ھۆججەتلەر %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="839"/>
        <source>%1, encryption %2</source>
        <translation>%1، شىفىرلاش %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="844"/>
        <source>(untitled)</source>
        <translation>(ماۋزۇسىز)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="847"/>
        <source>and %n more</source>
        <translation>
            <numerusform>يەنە %n</numerusform>
            <numerusform>يەنە %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="852"/>
        <source>This bundle was already imported. Nothing to do.</source>
        <translation>بۇ بولاق ئاللىبۇرۇن ئىمپورت قىلىنغان. قىلىدىغان ئىش يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="858"/>
        <source>This bundle is already waiting in Contacts &gt; Quarantine.</source>
        <translation>بۇ بولاق ئاللىبۇرۇن «ئالاقىداشلار &gt; كارانتىن» دا كۈتۈۋاتىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="861"/>
        <source>Keep in quarantine</source>
        <translation>كارانتىندا ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="863"/>
        <source>Keep the bundle in quarantine</source>
        <translation>بولاقنى كارانتىندا ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="873"/>
        <source>Cancelled. Your vault was not changed.</source>
        <translation>بىكار قىلىندى. ساندۇقىڭىز ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="914"/>
        <source>Verifying and importing...</source>
        <translation>دەلىللىنىۋاتىدۇ ۋە ئىمپورت قىلىنىۋاتىدۇ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="920"/>
        <source>The bundle was verified and imported.</source>
        <translation>بولاق دەلىللەندى ۋە ئىمپورت قىلىندى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="931"/>
        <source>Kept in quarantine. Nothing was imported: the bundle waits, encrypted, in Contacts &gt; Quarantine until you verify the sender.</source>
        <translation>كارانتىندا ساقلاندى. ھېچنېمە ئىمپورت قىلىنمىدى: ئەۋەتكۈچىنى دەلىللىگۈچە بولاق شىفىرلانغان ھالەتتە «ئالاقىداشلار &gt; كارانتىن» دا كۈتىدۇ.</translation>
    </message>
</context>
<context>
    <name>PassphraseCheckDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="158"/>
        <source>Confirm with your passphrase</source>
        <translation>مەخپىي جۈملىڭىز بىلەن جەزملەشتۈرۈڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="161"/>
        <source>Current passphrase</source>
        <translation>نۆۋەتتىكى مەخپىي جۈملە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="163"/>
        <source>Continue</source>
        <translation>داۋاملاشتۇرۇش</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="288"/>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="303"/>
        <source>Show passphrase</source>
        <translation>مەخپىي جۈملىنى كۆرسىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="301"/>
        <source>Hide passphrase</source>
        <translation>مەخپىي جۈملىنى يوشۇرۇش</translation>
    </message>
</context>
<context>
    <name>PasteCardDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="174"/>
        <source>Add a contact</source>
        <translation>ئالاقىداش قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="176"/>
        <source>Paste an identity card</source>
        <translation>سالاھىيەت كارتىسىنى چاپلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="180"/>
        <source>Paste the text your colleague sent, from BEGIN to END. The contact is added as not verified until you compare safety numbers.</source>
        <translation>خىزمەتدىشىڭىز ئەۋەتكەن تېكىستنى BEGIN دىن END گىچە چاپلاڭ. بىخەتەرلىك نومۇرلىرىنى سېلىشتۇرغۇچە ئالاقىداش دەلىللەنمىگەن ھالەتتە قوشۇلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="185"/>
        <source>Identity card text</source>
        <translation>سالاھىيەت كارتىسى تېكىستى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="192"/>
        <source>Add contact</source>
        <translation>ئالاقىداش قوشۇش</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="54"/>
        <source>Find a person</source>
        <translation>كىشى ئىزدەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="56"/>
        <source>Name to look for</source>
        <translation>ئىزدەيدىغان ئىسىم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="57"/>
        <source>A name in any script or spelling</source>
        <translation>خالىغان يېزىقتا ياكى يېزىلىشتىكى ئىسىم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="59"/>
        <source>Find</source>
        <translation>ئىزدەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="59"/>
        <source>Find person</source>
        <translation>كىشى ئىزدەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="66"/>
        <source>Name</source>
        <translation>ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="69"/>
        <source>Also written</source>
        <translation>باشقا يېزىلىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="74"/>
        <source>Born</source>
        <translation>تۇغۇلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="77"/>
        <source>Hometown</source>
        <translation>يۇرتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="80"/>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="83"/>
        <source>Merged</source>
        <translation>بىرلەشتۈرۈلگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="88"/>
        <source>People found</source>
        <translation>تېپىلغان كىشىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="100"/>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="182"/>
        <source>Merge...</source>
        <translation>بىرلەشتۈرۈش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="100"/>
        <source>Merge the two persons selected</source>
        <translation>تاللانغان ئىككى كىشىنى بىرلەشتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="103"/>
        <source>Unmerge...</source>
        <translation>ئايرىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="103"/>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="377"/>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="385"/>
        <source>Unmerge</source>
        <translation>ئايرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="116"/>
        <source>merged from %1</source>
        <translation>%1 دىن بىرلەشتۈرۈلگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="129"/>
        <source>Possible duplicates in the whole vault</source>
        <translation>پۈتۈن ساندۇقتىكى قوش بولۇشى مۇمكىن بولغانلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="133"/>
        <source>Pairs of people who may be the same person, with the reasons. Nothing is merged automatically.</source>
        <translation>ئوخشاش بىر كىشى بولۇشى مۇمكىن بولغان كىشىلەر جۈپى ۋە سەۋەبلىرى. ھېچنېمە ئاپتوماتىك بىرلەشتۈرۈلمەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="140"/>
        <source>Look for duplicates</source>
        <translation>قوشلارنى ئىزدەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="143"/>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="144"/>
        <source>Looking for duplicates</source>
        <translation>قوشلار ئىزدىلىۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="160"/>
        <source>Person</source>
        <translation>كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="161"/>
        <source>May be the same as</source>
        <translation>ئوخشاش بولۇشى مۇمكىن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="162"/>
        <source>Why</source>
        <translation>سەۋەبى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="165"/>
        <source>Score</source>
        <translation>بال</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="172"/>
        <source>Possible duplicates</source>
        <translation>قوش بولۇشى مۇمكىن بولغانلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="182"/>
        <source>Merge the two persons</source>
        <translation>ئىككى كىشىنى بىرلەشتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="186"/>
        <source>Not the same person</source>
        <translation>ئوخشاش كىشى ئەمەس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="204"/>
        <source>but: %1</source>
        <translation>لېكىن: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="270"/>
        <source>Nobody with a similar name was found.</source>
        <translation>ئىسمى ئوخشايدىغان ھېچكىم تېپىلمىدى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="312"/>
        <source>%n possible duplicate(s) found.</source>
        <translation>
            <numerusform>قوش بولۇشى مۇمكىن بولغان %n جۈپ تېپىلدى.</numerusform>
            <numerusform>قوش بولۇشى مۇمكىن بولغان %n جۈپ تېپىلدى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="348"/>
        <source>The two persons were merged.</source>
        <translation>ئىككى كىشى بىرلەشتۈرۈلدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="363"/>
        <source>Marked as not the same person: this pair will not be proposed again.</source>
        <translation>ئوخشاش كىشى ئەمەس دەپ بەلگىلەندى: بۇ جۈپ قايتا تەۋسىيە قىلىنمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="380"/>
        <source>Undo the last merge of %1? The persons merged into it come back as separate persons, exactly as they were.</source>
        <translation>%1 نىڭ ئەڭ ئاخىرقى بىرلەشتۈرۈلۈشىنى بىكار قىلامسىز؟ ئۇنىڭغا بىرلەشتۈرۈلگەن كىشىلەر ئەسلىدىكىدەك ئايرىم كىشىلەر بولۇپ قايتىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="391"/>
        <source>The merge was undone.</source>
        <translation>بىرلەشتۈرۈش بىكار قىلىندى.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="56"/>
        <source>Correct the person of concern</source>
        <translation>ئاساسلىق شەخسنى تۈزىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="63"/>
        <source>Names by script</source>
        <translation>يېزىق بويىچە ئىسىملار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="64"/>
        <source>Add a name</source>
        <translation>ئىسىم قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="68"/>
        <source>Sex</source>
        <translation>جىنسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="70"/>
        <source>&amp;Sex:</source>
        <translation>&amp;جىنسى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="72"/>
        <source>Date of birth</source>
        <translation>تۇغۇلغان چېسلاسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="73"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation>YYYY-MM-DD، YYYY-MM ياكى YYYY؛ تەخمىنىي بولسا ~</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="75"/>
        <source>&amp;Born:</source>
        <translation>&amp;تۇغۇلغان:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="78"/>
        <source>Ethnicity</source>
        <translation>مىللىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="79"/>
        <source>Not given</source>
        <translation>بېرىلمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="82"/>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;مىللىتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="83"/>
        <source>Hometown</source>
        <translation>يۇرتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="84"/>
        <source>Type in any script and choose, e.g. Ghulja</source>
        <translation>خالىغان يېزىقتا كىرگۈزۈپ تاللاڭ، مەسىلەن غۇلجا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="85"/>
        <source>&amp;Hometown:</source>
        <translation>&amp;يۇرتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="86"/>
        <source>Occupation</source>
        <translation>كەسپى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="87"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;كەسپى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="89"/>
        <source>Status over time</source>
        <translation>ۋاقىت بويىچە ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="90"/>
        <source>Add a status</source>
        <translation>ھالەت قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="92"/>
        <source>Identifiers</source>
        <translation>كىملىك بەلگىلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="94"/>
        <source>Add an identifier</source>
        <translation>كىملىك بەلگىسى قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="97"/>
        <source>Relatives and others in the case</source>
        <translation>دېلودىكى تۇغقانلار ۋە باشقىلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="98"/>
        <source>Add a relation</source>
        <translation>مۇناسىۋەت قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="102"/>
        <source>Name</source>
        <translation>ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="104"/>
        <source>Script of the name</source>
        <translation>ئىسىمنىڭ يېزىقى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="107"/>
        <source>Kind of name</source>
        <translation>ئىسىمنىڭ تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="116"/>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="121"/>
        <source>Since</source>
        <translation>باشلانغان ۋاقتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="121"/>
        <source>since (YYYY-MM)</source>
        <translation>باشلانغان ۋاقتى (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="122"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="139"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="152"/>
        <source>Source</source>
        <translation>مەنبە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="131"/>
        <source>Who</source>
        <translation>كىم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="135"/>
        <source>is this person&apos;s</source>
        <translation>بۇ كىشىنىڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="145"/>
        <source>Kind of identifier</source>
        <translation>كىملىك بەلگىسىنىڭ تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="150"/>
        <source>Identifier</source>
        <translation>كىملىك بەلگىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="191"/>
        <source>name %1 is empty: type it or remove the row.</source>
        <translation>%1-ئىسىم بوش: ئۇنى كىرگۈزۈڭ ياكى قۇرنى چىقىرىۋېتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="204"/>
        <source>the person needs at least one name.</source>
        <translation>كىشىنىڭ كەم دېگەندە بىر ئىسمى بولۇشى كېرەك.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="214"/>
        <source>the date of status %1</source>
        <translation>%1-ھالەتنىڭ چېسلاسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="233"/>
        <source>identifier %1 has no value: type it or remove the row.</source>
        <translation>%1-كىملىك بەلگىسىنىڭ قىممىتى يوق: ئۇنى كىرگۈزۈڭ ياكى قۇرنى چىقىرىۋېتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="250"/>
        <source>choose who the relation is.</source>
        <translation>مۇناسىۋەتتىكى كىشىنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="268"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="311"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="312"/>
        <source>the date of birth</source>
        <translation>تۇغۇلغان چېسلاسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="297"/>
        <source>relation %1</source>
        <translation>%1-مۇناسىۋەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="302"/>
        <source>name %1</source>
        <translation>%1-ئىسىم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="303"/>
        <source>identifier %1</source>
        <translation>%1-كىملىك بەلگىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="304"/>
        <source>status %1</source>
        <translation>%1-ھالەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="313"/>
        <source>the occupation</source>
        <translation>كەسپى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="314"/>
        <source>the ethnicity</source>
        <translation>مىللىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="317"/>
        <source>the hometown</source>
        <translation>يۇرتى</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="93"/>
        <source>Correct the person...</source>
        <translation>كىشىنى تۈزىتىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="95"/>
        <source>Correct the person of concern</source>
        <translation>ئاساسلىق شەخسنى تۈزىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="112"/>
        <source>Name:</source>
        <translation>ئىسمى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="113"/>
        <source>Sex:</source>
        <translation>جىنسى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="114"/>
        <source>Born:</source>
        <translation>تۇغۇلغان:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="115"/>
        <source>Ethnicity:</source>
        <translation>مىللىتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="116"/>
        <source>Hometown:</source>
        <translation>يۇرتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="117"/>
        <source>Occupation:</source>
        <translation>كەسپى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="118"/>
        <source>Current status:</source>
        <translation>نۆۋەتتىكى ھالىتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="128"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="137"/>
        <source>Names by script</source>
        <translation>يېزىق بويىچە ئىسىملار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="131"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="192"/>
        <source>Name</source>
        <translation>ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="132"/>
        <source>Script</source>
        <translation>يېزىقى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="133"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="144"/>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="139"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="153"/>
        <source>Identifiers</source>
        <translation>كىملىك بەلگىلىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="147"/>
        <source>Value</source>
        <translation>قىممىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="148"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="169"/>
        <source>Source</source>
        <translation>مەنبە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="156"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="174"/>
        <source>Status over time</source>
        <translation>ۋاقىت بويىچە ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="161"/>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="162"/>
        <source>undated</source>
        <translation>چېسلاسىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="166"/>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="180"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="204"/>
        <source>Possible duplicates</source>
        <translation>قوش بولۇشى مۇمكىن بولغانلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="184"/>
        <source>People recorded elsewhere in this vault who may be the same person. Nothing is merged automatically: compare, then decide.</source>
        <translation>بۇ ساندۇقنىڭ باشقا يەرلىرىدە خاتىرىلەنگەن، ئوخشاش بىر كىشى بولۇشى مۇمكىن بولغان كىشىلەر. ھېچنېمە ئاپتوماتىك بىرلەشتۈرۈلمەيدۇ: سېلىشتۇرۇپ، ئاندىن قارار قىلىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="195"/>
        <source>Born</source>
        <translation>تۇغۇلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="198"/>
        <source>Hometown</source>
        <translation>يۇرتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="199"/>
        <source>Why</source>
        <translation>سەۋەبى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="208"/>
        <source>No likely duplicates found.</source>
        <translation>قوش بولۇشى ئېھتىمال بولغان ھېچكىم تېپىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="212"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="214"/>
        <source>Open that person&apos;s case</source>
        <translation>ئۇ كىشىنىڭ دېلوسىنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="228"/>
        <source>but: %1</source>
        <translation>لېكىن: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="242"/>
        <source>aged %1 to %2 in %3</source>
        <translation>%3 دە %1 دىن %2 ياشقىچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="256"/>
        <source>(since %1)</source>
        <translation>(%1 دىن بۇيان)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="260"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="261"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="262"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="264"/>
        <source>unknown</source>
        <translation>نامەلۇم</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/place_picker.py" line="53"/>
        <source>Type a place in any script and choose a suggestion; a place not in the list is added to the gazetteer when you save.</source>
        <translation>جاي نامىنى خالىغان يېزىقتا كىرگۈزۈپ، بىر تەۋسىيەنى تاللاڭ؛ تىزىملىكتە يوق جاي ساقلىغاندا جاي ناملىرى تىزىملىكىگە قوشۇلىدۇ.</translation>
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
        <translation>بۇ ساندۇقتىكى جايلار: دۆلەتلەر، رايونلار، ناھىيەلەر ۋە يېزىلار، ئۇلاردىكى تۇتۇپ تۇرۇش ئورۇنلىرى، شۇنداقلا ئۇ يەردە ۋەقە يۈز بەرگەن دېلولارنىڭ سانى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52"/>
        <source>Place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52"/>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52"/>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="53"/>
        <source>Places</source>
        <translation>جايلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="69"/>
        <source>Show cases here</source>
        <translation>بۇ يەردىكى دېلولارنى كۆرسىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="130"/>
        <source>%1 here, %2 with the places within it</source>
        <translation>بۇ يەردە %1، ئىچىدىكى جايلار بىلەن %2</translation>
    </message>
</context>
<context>
    <name>Plaintext</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="20"/>
        <source>Write a file that is not encrypted?</source>
        <translation>شىفىرلانمىغان ھۆججەت يازامسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="21"/>
        <source>Reports, submissions, exports and chart images leave the vault&apos;s encryption: anyone with access to that disk or stick can read them, and they stay there until you delete them. Each one is recorded in the custody log. Amanat asks this once until it is closed.</source>
        <translation>دوكلات، تاپشۇرۇلىدىغان ماتېرىيال، ئېكسپورت ۋە دىئاگرامما رەسىملىرى ساندۇقنىڭ شىفىرلىشىدىن چىقىدۇ: شۇ دىسكا ياكى U دىسكىغا ئېرىشەلەيدىغان ھەر قانداق كىشى ئۇلارنى ئوقۇيالايدۇ، ۋە ئۇلار سىز ئۆچۈرمىگۈچە شۇ يەردە قالىدۇ. ھەر بىرى ساقلاش خاتىرىسىگە يېزىلىدۇ. Amanat بۇنى تاقالغۇچە بىر قېتىملا سورايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="28"/>
        <source>I understand, continue</source>
        <translation>چۈشەندىم، داۋاملاشتۇرۇش</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="25"/>
        <source>an unknown key</source>
        <translation>نامەلۇم ئاچقۇچ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="35"/>
        <source>This version of the %1 was written in this vault on %2.</source>
        <translation>%1 نىڭ بۇ نۇسخىسى %2 دە بۇ ساندۇقتا يېزىلغان.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="46"/>
        <source>This version of the %1 was written by %2 on %3.</source>
        <translation>%1 نىڭ بۇ نۇسخىسىنى %3 دە %2 يازغان.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="59"/>
        <source>It came in a bundle from %1, sealed on %2 and received here on %3 (bundle %4).</source>
        <translation>ئۇ %1 دىن كەلگەن بولاقتا كەلگەن، %2 دە پېچەتلەنگەن ۋە %3 دە بۇ يەردە تاپشۇرۇۋېلىنغان (بولاق %4).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="73"/>
        <source>It did not come in a bundle received here.</source>
        <translation>ئۇ بۇ يەردە تاپشۇرۇۋېلىنغان بولاقتا كەلمىگەن.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="77"/>
        <source>It is the first version.</source>
        <translation>بۇ بىرىنچى نۇسخا.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="81"/>
        <source>It replaced the version of %1 by %2.</source>
        <translation>ئۇ %2 نىڭ %1 دىكى نۇسخىسىنىڭ ئورنىنى ئالغان.</translation>
    </message>
</context>
<context>
    <name>ProvenancePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="101"/>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="104"/>
        <source>Where it came from</source>
        <translation>قەيەردىن كەلگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="113"/>
        <source>Choose a revision in the list to see where it came from.</source>
        <translation>قەيەردىن كەلگەنلىكىنى كۆرۈش ئۈچۈن تىزىملىكتىن بىر نەشرىنى تاللاڭ.</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="688"/>
        <source>Bundles from senders you have not verified wait here, encrypted inside the vault. Nothing from them is in your cases until you verify the sender and import the bundle.</source>
        <translation>سىز دەلىللىمىگەن ئەۋەتكۈچىلەردىن كەلگەن بولاقلار بۇ يەردە، ساندۇق ئىچىدە شىفىرلانغان ھالەتتە كۈتىدۇ. ئەۋەتكۈچىنى دەلىللەپ بولاقنى ئىمپورت قىلمىغۇچە ئۇلاردىن ھېچنېمە دېلولىرىڭىزغا كىرمەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="698"/>
        <source>Received</source>
        <translation>تاپشۇرۇۋېلىنغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="703"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="729"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="732"/>
        <source>Sender</source>
        <translation>ئەۋەتكۈچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="708"/>
        <source>Why it waits</source>
        <translation>نېمە ئۈچۈن كۈتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="713"/>
        <source>Profile</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="716"/>
        <source>Size</source>
        <translation>چوڭلۇقى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="719"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="735"/>
        <source>Sender&apos;s safety number</source>
        <translation>ئەۋەتكۈچىنىڭ بىخەتەرلىك نومۇرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="726"/>
        <source>Quarantine</source>
        <translation>كارانتىن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="741"/>
        <source>Verify sender and import...</source>
        <translation>ئەۋەتكۈچىنى دەلىللەپ ئىمپورت قىلىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="743"/>
        <source>Verify the sender and import the bundle</source>
        <translation>ئەۋەتكۈچىنى دەلىللەپ بولاقنى ئىمپورت قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="747"/>
        <source>Discard...</source>
        <translation>تاشلىۋېتىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="747"/>
        <source>Discard the bundle</source>
        <translation>بولاقنى تاشلىۋېتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="756"/>
        <source>Import progress</source>
        <translation>ئىمپورت ئىلگىرىلىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="757"/>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="797"/>
        <source>No bundle is waiting.</source>
        <translation>كۈتۈۋاتقان بولاق يوق.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="803"/>
        <source>%1 (%2). Sealed %3; it holds %Ln record(s) (cases, people, testimonies, events and attachments).</source>
        <translation>
            <numerusform>%1 (%2). %3 دە پېچەتلەنگەن؛ ئۇنىڭدا %Ln خاتىرە بار (دېلولار، كىشىلەر، گۇۋاھلىقلار، ۋەقەلەر ۋە قوشۇمچە ھۆججەتلەر).</numerusform>
            <numerusform>%1 (%2). %3 دە پېچەتلەنگەن؛ ئۇنىڭدا %Ln خاتىرە بار (دېلولار، كىشىلەر، گۇۋاھلىقلار، ۋەقەلەر ۋە قوشۇمچە ھۆججەتلەر).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="856"/>
        <source>Verifying and importing...</source>
        <translation>دەلىللىنىۋاتىدۇ ۋە ئىمپورت قىلىنىۋاتىدۇ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="876"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>بىكار قىلىندى. ھېچنېمە ئىمپورت قىلىنمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="887"/>
        <source>Discard this bundle?</source>
        <translation>بۇ بولاقنى تاشلىۋېتەمسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="890"/>
        <source>The bundle from %1 is deleted from the quarantine. Nothing of it was imported, and your cases do not change. The sender can send it again.</source>
        <translation>%1 دىن كەلگەن بولاق كارانتىندىن ئۆچۈرۈلىدۇ. ئۇنىڭدىن ھېچنېمە ئىمپورت قىلىنمىغان، دېلولىرىڭىز ئۆزگەرمەيدۇ. ئەۋەتكۈچى ئۇنى قايتا ئەۋەتەلەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="895"/>
        <source>Discard</source>
        <translation>تاشلىۋېتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="909"/>
        <source>The bundle was discarded.</source>
        <translation>بولاق تاشلىۋېتىلدى.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="52"/>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="53"/>
        <source>Person of concern</source>
        <translation>ئاساسلىق شەخس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="56"/>
        <source>Review state</source>
        <translation>تەكشۈرۈش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="62"/>
        <source>Assignee</source>
        <translation>مەسئۇل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="67"/>
        <source>Why it needs attention</source>
        <translation>دىققەت قىلىشنىڭ سەۋەبى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="73"/>
        <source>Last change</source>
        <translation>ئاخىرقى ئۆزگىرىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="94"/>
        <source>Cases that need you come first: edited on both sides, new or changed since your review, assigned to you. Double-click a case or press Enter to open it.</source>
        <translation>سىزنى كۈتۈۋاتقان دېلولار ئالدىدا تۇرىدۇ: ھەر ئىككى تەرەپتە تەھرىرلەنگەن، تەكشۈرۈشىڭىزدىن كېيىن يېڭى قوشۇلغان ياكى ئۆزگەرتىلگەن، سىزگە تاپشۇرۇلغان دېلولار. ئېچىش ئۈچۈن دېلونى قوش چېكىڭ ياكى Enter نى بېسىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="103"/>
        <source>Review queue</source>
        <translation>تەكشۈرۈش ئۆچىرىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="107"/>
        <source>Cases in the queue</source>
        <translation>ئۆچىرەتتىكى دېلولار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="117"/>
        <source>Filter by review state</source>
        <translation>تەكشۈرۈش ھالىتى بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="118"/>
        <source>Any state</source>
        <translation>ھەر قانداق ھالەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="121"/>
        <source>Filter by assignee</source>
        <translation>مەسئۇل بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="122"/>
        <source>Filter by reason</source>
        <translation>سەۋەب بويىچە سۈزۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="123"/>
        <source>Any reason, or none</source>
        <translation>ھەر قانداق سەۋەب ياكى سەۋەبسىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="124"/>
        <source>Needs attention</source>
        <translation>دىققەت قىلىش كېرەك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="156"/>
        <source>Anyone</source>
        <translation>ھەر قانداق كىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="157"/>
        <source>Assigned to me</source>
        <translation>ماڭا تاپشۇرۇلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="165"/>
        <source>%1 case(s) in this view.</source>
        <translation>بۇ كۆرۈنۈشتە %1 دېلو بار.</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="158"/>
        <source>Record an interview</source>
        <translation>سۆھبەتنى خاتىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="183"/>
        <source>Sound only</source>
        <translation>پەقەت ئاۋاز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="186"/>
        <source>Sound and video</source>
        <translation>ئاۋاز ۋە سىن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="193"/>
        <source>Record:</source>
        <translation>خاتىرىلەش:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="194"/>
        <source>Microphone</source>
        <translation>مىكروفون</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="195"/>
        <source>Camera</source>
        <translation>كامېرا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="196"/>
        <source>Microphone:</source>
        <translation>مىكروفون:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="197"/>
        <source>Camera:</source>
        <translation>كامېرا:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="201"/>
        <source>Camera preview</source>
        <translation>كامېرا ئالدىن كۆرۈنۈشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="209"/>
        <source>Sound level</source>
        <translation>ئاۋاز دەرىجىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="217"/>
        <source>Record</source>
        <translation>خاتىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="217"/>
        <source>Start recording</source>
        <translation>خاتىرىلەشنى باشلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="218"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="363"/>
        <source>Pause</source>
        <translation>ۋاقىتلىق توختىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="218"/>
        <source>Pause recording</source>
        <translation>خاتىرىلەشنى ۋاقىتلىق توختىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="219"/>
        <source>Stop</source>
        <translation>ئاخىرلاشتۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="219"/>
        <source>Stop and keep</source>
        <translation>ئاخىرلاشتۇرۇپ ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="220"/>
        <source>Time recorded</source>
        <translation>خاتىرىلەنگەن ۋاقىت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="234"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="295"/>
        <source>yes</source>
        <translation>ھەئە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="234"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="295"/>
        <source>no</source>
        <translation>ياق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="236"/>
        <source>Consent: voice may be used: %1; face may be shown: %2.</source>
        <translation>رازىلىق: ئاۋازىنى ئىشلىتىشكە بولىدۇ: %1؛ چىرايىنى كۆرسىتىشكە بولىدۇ: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="268"/>
        <source>No microphone or camera was found on this computer, so nothing can be recorded here.</source>
        <translation>بۇ كومپيۇتېردا مىكروفون ياكى كامېرا تېپىلمىدى، شۇڭا بۇ يەردە ھېچنېمە خاتىرىلىگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="289"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="297"/>
        <source>Record video</source>
        <translation>سىن خاتىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="292"/>
        <source>Video shows the speaker&apos;s face. The testimony says: face may be shown: %1. Record video only if the speaker agrees now.</source>
        <translation>سىن سۆزلىگۈچىنىڭ چىرايىنى كۆرسىتىدۇ. گۇۋاھلىقتا: چىرايىنى كۆرسىتىشكە بولىدۇ: %1. پەقەت سۆزلىگۈچى ھازىر قوشۇلسىلا سىن خاتىرىلەڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="366"/>
        <source>Resume</source>
        <translation>داۋاملاشتۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="384"/>
        <source>The disk is nearly full: the recording will stop soon. What is recorded so far is kept.</source>
        <translation>دىسكا تولاي دەپ قالدى: خاتىرىلەش پات ئارىدا توختايدۇ. ھازىرغىچە خاتىرىلەنگىنى ساقلىنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="393"/>
        <source>The disk is full: the recording was stopped. What was recorded is kept.</source>
        <translation>دىسكا تولدى: خاتىرىلەش توختىتىلدى. خاتىرىلەنگىنى ساقلىنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="397"/>
        <source>The recording failed. What was recorded so far is kept.</source>
        <translation>خاتىرىلەش مەغلۇپ بولدى. ھازىرغىچە خاتىرىلەنگىنى ساقلىنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="415"/>
        <source>The recording is kept in the vault, encrypted.</source>
        <translation>خاتىرە ساندۇقتا شىفىرلانغان ھالدا ساقلاندى.</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="239"/>
        <source>Set a new passphrase</source>
        <translation>يېڭى مەخپىي جۈملە بېكىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="243"/>
        <source>Type the 24 words of the recovery code, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>ئەسلىگە كەلتۈرۈش كودىنىڭ 24 سۆزىنى كىرگۈزۈپ، ئاندىن يېڭى مەخپىي جۈملە تاللاڭ. كونا مەخپىي جۈملە ئىشلىمەيدىغان بولىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="251"/>
        <source>Recovery code</source>
        <translation>ئەسلىگە كەلتۈرۈش كودى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="254"/>
        <source>Recovery &amp;code:</source>
        <translation>ئەسلىگە كەلتۈرۈش &amp;كودى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="255"/>
        <source>New passphrase</source>
        <translation>يېڭى مەخپىي جۈملە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="256"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;يېڭى مەخپىي جۈملە:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="259"/>
        <source>Repeat the passphrase</source>
        <translation>مەخپىي جۈملىنى قايتا كىرگۈزۈڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="260"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;قايتا كىرگۈزۈش:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="265"/>
        <source>Opening with the recovery code</source>
        <translation>ئەسلىگە كەلتۈرۈش كودى بىلەن ئېچىلىۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="270"/>
        <source>Back</source>
        <translation>قايتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="273"/>
        <source>Set passphrase and open</source>
        <translation>مەخپىي جۈملىنى بېكىتىپ ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="296"/>
        <source>The recovery code has 24 words. Please type all of them.</source>
        <translation>ئەسلىگە كەلتۈرۈش كودى 24 سۆزدىن تەركىب تاپىدۇ. ھەممىسىنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="302"/>
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation>بۇ مەخپىي جۈملىنى پەرەز قىلىش بەك ئاسان. تېخىمۇ كۆپ سۆز ياكى تېخىمۇ كۆپ ھەرپ ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="306"/>
        <source>The two passphrases differ.</source>
        <translation>ئىككى مەخپىي جۈملە ئوخشاش ئەمەس.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="58"/>
        <source>New recovery code</source>
        <translation>يېڭى ئەسلىگە كەلتۈرۈش كودى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="69"/>
        <source>Close without checking?</source>
        <translation>تەكشۈرمەي تاقامسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="71"/>
        <source>The old recovery code no longer works. If you close now without writing down the new one, you can make another one later in Settings.</source>
        <translation>كونا ئەسلىگە كەلتۈرۈش كودى ئەمدى ئىشلىمەيدۇ. يېڭىسىنى يېزىۋالماي ھازىر تاقىسىڭىز، كېيىن «تەڭشەكلەر» دە يەنە بىرىنى ياسىيالايسىز.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="74"/>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="253"/>
        <source>Your recovery code</source>
        <translation>ئەسلىگە كەلتۈرۈش كودىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="258"/>
        <source>Write these 24 words on paper, in order, and keep the paper away from this computer. If you forget your passphrase, they are the only way into the vault. They are shown only now and are not stored anywhere readable.</source>
        <translation>بۇ 24 سۆزنى تەرتىپ بويىچە قەغەزگە يېزىپ، قەغەزنى بۇ كومپيۇتېردىن يىراق ساقلاڭ. مەخپىي جۈملىڭىزنى ئۇنتۇپ قالسىڭىز، ئۇلار ساندۇققا كىرىشنىڭ بىردىنبىر يولى. ئۇلار پەقەت ھازىرلا كۆرسىتىلىدۇ ۋە ھېچقانداق ئوقۇغىلى بولىدىغان يەردە ساقلانمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="284"/>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="286"/>
        <source>I have written down the 24 words</source>
        <translation>24 سۆزنى يېزىۋالدىم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="292"/>
        <source>Next</source>
        <translation>كېيىنكى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="304"/>
        <source>Check your recovery code</source>
        <translation>ئەسلىگە كەلتۈرۈش كودىڭىزنى تەكشۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="306"/>
        <source>To be sure the paper is right, type these words from it.</source>
        <translation>قەغەزنىڭ توغرىلىقىغا كاپالەتلىك قىلىش ئۈچۈن، ئۇنىڭدىكى بۇ سۆزلەرنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="314"/>
        <source>Word number %1</source>
        <translation>%1-سۆز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="318"/>
        <source>Word %1:</source>
        <translation>%1-سۆز:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="324"/>
        <source>Show the words again</source>
        <translation>سۆزلەرنى قايتا كۆرسىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="328"/>
        <source>Confirm</source>
        <translation>جەزملەشتۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="353"/>
        <source>Some words do not match. Check the paper, or show the words again and correct it.</source>
        <translation>بەزى سۆزلەر ماس كەلمىدى. قەغەزنى تەكشۈرۈڭ ياكى سۆزلەرنى قايتا كۆرسىتىپ ئۇنى تۈزىتىڭ.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="33"/>
        <source>Dossier (PDF)</source>
        <translation>دوسيې (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="38"/>
        <source>The dossier holds only what the profile allows and what the testimonies&apos; consent permits for the use chosen; what is left out is listed, not shown.</source>
        <translation>دوسيېدا پەقەت تۈر رۇخسەت قىلغان ۋە گۇۋاھلىقلارنىڭ رازىلىقى تاللانغان ئىشلىتىش ئۈچۈن يول قويغان مەزمۇنلارلا بولىدۇ؛ چىقىرىۋېتىلگەنلىرى كۆرسىتىلمەيدۇ، پەقەت تىزىملىنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="45"/>
        <source>Redaction profile</source>
        <translation>يوشۇرۇش تۈرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="47"/>
        <source>Full</source>
        <translation>تولۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="48"/>
        <source>No contact details</source>
        <translation>ئالاقە ئۇچۇرلىرىسىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="49"/>
        <source>Advocacy</source>
        <translation>تەشەببۇس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="52"/>
        <source>Use</source>
        <translation>ئىشلىتىلىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="54"/>
        <source>Internal</source>
        <translation>ئىچكى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="55"/>
        <source>UN or government submission</source>
        <translation>ب د ت ياكى ھۆكۈمەتكە تاپشۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="56"/>
        <source>Legal</source>
        <translation>قانۇنىي</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="57"/>
        <source>Public</source>
        <translation>ئاممىۋى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="60"/>
        <source>Profile:</source>
        <translation>تۈرى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="61"/>
        <source>Use:</source>
        <translation>ئىشلىتىلىشى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="63"/>
        <source>Make the dossier...</source>
        <translation>دوسيې ياساش...</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="90"/>
        <source>Save the dossier</source>
        <translation>دوسيېنى ساقلاش</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="38"/>
        <source>Inbox</source>
        <translation>كەلگەن بولاقلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="39"/>
        <source>Queue</source>
        <translation>ئۆچىرەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="40"/>
        <source>Conflicts</source>
        <translation>توقۇنۇشلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="41"/>
        <source>Follow-ups</source>
        <translation>قوشۇمچە سوئاللار</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="135"/>
        <source>Your review of this case and your grades of its accounts. They are records of their own: the field&apos;s records, and the status it keeps, never change.</source>
        <translation>بۇ دېلونى تەكشۈرۈشىڭىز ۋە ئۇنىڭ بايانلىرىغا بەرگەن باھالىرىڭىز. ئۇلار ئۆزى ئايرىم خاتىرىلەر: مەيدان خادىملىرىنىڭ خاتىرىلىرى ۋە ئۇلار ساقلىغان ھالەت ھەرگىز ئۆزگەرمەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="148"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="150"/>
        <source>Review state</source>
        <translation>تەكشۈرۈش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="153"/>
        <source>Assignee</source>
        <translation>مەسئۇل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="154"/>
        <source>Assigned to (a name)</source>
        <translation>تاپشۇرۇلغان كىشى (ئىسىم)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="155"/>
        <source>Save review</source>
        <translation>تەكشۈرۈشنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="161"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="197"/>
        <source>you</source>
        <translation>سىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="161"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="197"/>
        <source>an unknown reviewer</source>
        <translation>نامەلۇم تەكشۈرگۈچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="164"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="200"/>
        <source>When</source>
        <translation>قاچان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="165"/>
        <source>Who</source>
        <translation>كىم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="166"/>
        <source>Change</source>
        <translation>ئۆزگەرتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="171"/>
        <source>Review history</source>
        <translation>تەكشۈرۈش تارىخى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="176"/>
        <source>Grades of the accounts</source>
        <translation>بايانلارنىڭ باھالىرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="179"/>
        <source>Testimony or event</source>
        <translation>گۇۋاھلىق ياكى ۋەقە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="180"/>
        <source>Grades</source>
        <translation>باھالار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="181"/>
        <source>Current grade</source>
        <translation>ھازىرقى باھا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="186"/>
        <source>Testimonies and events</source>
        <translation>گۇۋاھلىقلار ۋە ۋەقەلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="191"/>
        <source>Add grade...</source>
        <translation>باھا قوشۇش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="191"/>
        <source>Add grade</source>
        <translation>باھا قوشۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="195"/>
        <source>Grades of the chosen account, newest first</source>
        <translation>تاللانغان باياننىڭ باھالىرى، ئەڭ يېڭىسى ئالدىدا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="203"/>
        <source>Grade</source>
        <translation>باھا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="206"/>
        <source>By</source>
        <translation>يازغۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="207"/>
        <source>Reason</source>
        <translation>سەۋەب</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="212"/>
        <source>Grade history, newest first</source>
        <translation>باھا تارىخى، ئەڭ يېڭىسى ئالدىدا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="225"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="230"/>
        <source>assigned to %1</source>
        <translation>مەسئۇل: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="232"/>
        <source>no longer assigned</source>
        <translation>ئەمدى ھېچكىمگە تاپشۇرۇلمىغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="255"/>
        <source>Testimony of %1</source>
        <translation>%1 نىڭ گۇۋاھلىقى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="257"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="263"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="268"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="320"/>
        <source>The review was saved.</source>
        <translation>تەكشۈرۈش ساقلاندى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="341"/>
        <source>The grade was added.</source>
        <translation>باھا قوشۇلدى.</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="14"/>
        <source>Not reviewed</source>
        <translation>تەكشۈرۈلمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="15"/>
        <source>Under review</source>
        <translation>تەكشۈرۈلۈۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="16"/>
        <source>Needs follow-up</source>
        <translation>قوشۇمچە سوئال كېرەك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="17"/>
        <source>Verified</source>
        <translation>دەلىللەنگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="18"/>
        <source>Closed</source>
        <translation>تاقالغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="22"/>
        <source>Edited on both sides</source>
        <translation>ھەر ئىككى تەرەپتە تەھرىرلەنگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="23"/>
        <source>Received, not reviewed yet</source>
        <translation>تاپشۇرۇۋېلىندى، تېخى تەكشۈرۈلمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="24"/>
        <source>Received changes since your review</source>
        <translation>تەكشۈرۈشىڭىزدىن كېيىن ئۆزگىرىشلەر تاپشۇرۇۋېلىندى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="27"/>
        <source>Assigned to you</source>
        <translation>سىزگە تاپشۇرۇلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="28"/>
        <source>Follow-up answered</source>
        <translation>قوشۇمچە سوئالغا جاۋاب بېرىلدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="34"/>
        <source>completely reliable</source>
        <translation>تامامەن ئىشەنچلىك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="35"/>
        <source>usually reliable</source>
        <translation>ئادەتتە ئىشەنچلىك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="36"/>
        <source>fairly reliable</source>
        <translation>خېلى ئىشەنچلىك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="37"/>
        <source>not usually reliable</source>
        <translation>ئادەتتە ئىشەنچلىك ئەمەس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="38"/>
        <source>unreliable</source>
        <translation>ئىشەنچسىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="39"/>
        <source>reliability cannot be judged</source>
        <translation>ئىشەنچلىكلىكىگە باھا بەرگىلى بولمايدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="42"/>
        <source>confirmed by other sources</source>
        <translation>باشقا مەنبەلەر تەرىپىدىن ئىسپاتلانغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="43"/>
        <source>probably true</source>
        <translation>بەلكىم راست</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="44"/>
        <source>possibly true</source>
        <translation>راست بولۇشى مۇمكىن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="45"/>
        <source>doubtful</source>
        <translation>گۇمانلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="46"/>
        <source>improbable</source>
        <translation>ئېھتىمالى تۆۋەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="47"/>
        <source>truth cannot be judged</source>
        <translation>راست-يالغانلىقىغا باھا بەرگىلى بولمايدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="53"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="77"/>
        <source>%1%2 (%3; %4)</source>
        <translation>%1%2 (%3؛ %4)</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="241"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="249"/>
        <source>Seal a bundle</source>
        <translation>بولاق پېچەتلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="263"/>
        <source>A sealed bundle is a file that only the contacts you choose can open. It is signed by this vault, so they can check it came from you unchanged.</source>
        <translation>پېچەتلەنگەن بولاق پەقەت سىز تاللىغان ئالاقىداشلارلا ئاچالايدىغان ھۆججەت. ئۇ بۇ ساندۇق تەرىپىدىن ئىمزالىنىدۇ، شۇڭا ئۇلار ئۇنىڭ سىزدىن ئۆزگەرتىلمەي كەلگەنلىكىنى تەكشۈرەلەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="268"/>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="273"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="274"/>
        <source>Recipients</source>
        <translation>تاپشۇرۇۋالغۇچىلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="283"/>
        <source>Only verified contacts can be chosen. Verify a contact in Contacts by comparing safety numbers.</source>
        <translation>پەقەت دەلىللەنگەن ئالاقىداشلارنىلا تاللىغىلى بولىدۇ. «ئالاقىداشلار» دا بىخەتەرلىك نومۇرلىرىنى سېلىشتۇرۇپ ئالاقىداشنى دەلىللەڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="290"/>
        <source>What leaves the vault</source>
        <translation>ساندۇقتىن نېمىلەر چىقىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="313"/>
        <source>Encryption: post-quantum hybrid (ML-KEM-768 + X25519) when every recipient supports it, otherwise classic X25519.</source>
        <translation>شىفىرلاش: ھەممە تاپشۇرۇۋالغۇچى قوللىسا كۋانتتىن كېيىنكى ئارىلاش (ML-KEM-768 + X25519)، بولمىسا كلاسسىك X25519.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="321"/>
        <source>Use classic X25519 only (for the standard age tool in an emergency)</source>
        <translation>پەقەت كلاسسىك X25519 نى ئىشلىتىش (جىددىي ئەھۋالدا ئۆلچەملىك age قورالى ئۈچۈن)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="324"/>
        <source>Use classic X25519 only</source>
        <translation>پەقەت كلاسسىك X25519 نى ئىشلىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="330"/>
        <source>Save &amp;to:</source>
        <translation>&amp;ساقلاش ئورنى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="331"/>
        <source>Bundle file</source>
        <translation>بولاق ھۆججىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="333"/>
        <source>Choose where to save the bundle</source>
        <translation>بولاقنى ساقلايدىغان ئورۇننى تاللاڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="336"/>
        <source>Choose...</source>
        <translation>تاللاش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="336"/>
        <source>Choose the bundle file</source>
        <translation>بولاق ھۆججىتىنى تاللاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="362"/>
        <source>Sealing progress</source>
        <translation>پېچەتلەش ئىلگىرىلىشى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="377"/>
        <source>Seal</source>
        <translation>پېچەتلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="377"/>
        <source>Seal the bundle</source>
        <translation>بولاقنى پېچەتلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="381"/>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="383"/>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="396"/>
        <source>Every case in this vault.</source>
        <translation>بۇ ساندۇقتىكى ھەممە دېلو.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="397"/>
        <source>(untitled)</source>
        <translation>(ماۋزۇسىز)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="398"/>
        <source>%n case(s):</source>
        <translation>
            <numerusform>%n دېلو:</numerusform>
            <numerusform>%n دېلو:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="401"/>
        <source>and %n more</source>
        <translation>
            <numerusform>يەنە %n</numerusform>
            <numerusform>يەنە %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="430"/>
        <source>keys changed, verify them again first</source>
        <translation>ئاچقۇچلار ئۆزگەرگەن، ئاۋۋال ئۇلارنى قايتا دەلىللەڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="432"/>
        <source>not verified yet</source>
        <translation>تېخى دەلىللەنمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="434"/>
        <source>%1 (cannot be chosen: %2)</source>
        <translation>%1 (تاللىغىلى بولمايدۇ: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="441"/>
        <source>You have no contacts yet. Add a colleague&apos;s identity card in Contacts and verify it first.</source>
        <translation>تېخى ئالاقىداشلىرىڭىز يوق. ئاۋۋال «ئالاقىداشلار» دا بىر خىزمەتدىشىڭىزنىڭ سالاھىيەت كارتىسىنى قوشۇپ، ئۇنى دەلىللەڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="479"/>
        <source>Save the sealed bundle</source>
        <translation>پېچەتلەنگەن بولاقنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="496"/>
        <source>%1, safety number %2 …</source>
        <translation>%1، بىخەتەرلىك نومۇرى %2 …</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="504"/>
        <source>Protection: X25519 only, as you chose (not post-quantum).</source>
        <translation>قوغداش: سىز تاللىغاندەك پەقەت X25519 (كۋانتتىن كېيىنكى ئەمەس).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="510"/>
        <source>Protection: X25519 only, for everyone: %1 has no post-quantum key. Tick “Use classic X25519 only” to seal anyway, or seal to them separately.</source>
        <translation>قوغداش: ھەممەيلەن ئۈچۈن پەقەت X25519: %1 نىڭ كۋانتتىن كېيىنكى ئاچقۇچى يوق. شۇنداقتىمۇ پېچەتلەش ئۈچۈن «پەقەت كلاسسىك X25519 نى ئىشلىتىش» نى بەلگىلەڭ ياكى ئۇلارغا ئايرىم پېچەتلەڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="518"/>
        <source>Protection: post-quantum hybrid (ML-KEM-768 + X25519).</source>
        <translation>قوغداش: كۋانتتىن كېيىنكى ئارىلاش (ML-KEM-768 + X25519).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="532"/>
        <source>Choose at least one verified contact.</source>
        <translation>كەم دېگەندە بىر دەلىللەنگەن ئالاقىداشنى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="535"/>
        <source>Choose where to save the bundle.</source>
        <translation>بولاقنى ساقلايدىغان ئورۇننى تاللاڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="561"/>
        <source>Sealing...</source>
        <translation>پېچەتلىنىۋاتىدۇ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="569"/>
        <source>The bundle is sealed.</source>
        <translation>بولاق پېچەتلەندى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="575"/>
        <source>The profile left out %n restricted case(s).</source>
        <translation>
            <numerusform>بۇ تۈر %n چەكلەنگەن دېلونى چىقىرىۋەتتى.</numerusform>
            <numerusform>بۇ تۈر %n چەكلەنگەن دېلونى چىقىرىۋەتتى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="588"/>
        <source>Cancelled. No bundle was written.</source>
        <translation>بىكار قىلىندى. ھېچقانداق بولاق يېزىلمىدى.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="38"/>
        <source>Name: %1</source>
        <translation>ئىسمى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="42"/>
        <source>Testimony: %1</source>
        <translation>گۇۋاھلىق: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="44"/>
        <source>Title: %1</source>
        <translation>ماۋزۇ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="46"/>
        <source>Summary: %1</source>
        <translation>قىسقىچە مەزمۇن: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="48"/>
        <source>Reference: %1</source>
        <translation>نومۇر: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="50"/>
        <source>Event: %1</source>
        <translation>ۋەقە: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="52"/>
        <source>Place: %1</source>
        <translation>جاي: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="84"/>
        <source>Names are matched across Cyrillic, Latin, Arabic script and Chinese: Ержан, Erzhan and Yerzhan find the same person. Press Enter on a case to open it.</source>
        <translation>ئىسىملار كىرىل، لاتىن، ئەرەب يېزىقى ۋە خەنزۇچە ئارا ماسلاشتۇرۇلىدۇ: Ержан، Erzhan ۋە Yerzhan ئوخشاش كىشىنى تاپىدۇ. دېلونى ئېچىش ئۈچۈن ئۇنىڭ ئۈستىدە Enter نى بېسىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="99"/>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="102"/>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="103"/>
        <source>Found by</source>
        <translation>تېپىلغان ئاساس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="107"/>
        <source>Cases found</source>
        <translation>تېپىلغان دېلولار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="117"/>
        <source>People</source>
        <translation>كىشىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="120"/>
        <source>Name</source>
        <translation>ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="123"/>
        <source>Script</source>
        <translation>يېزىقى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="128"/>
        <source>Match</source>
        <translation>ماسلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="134"/>
        <source>People found</source>
        <translation>تېپىلغان كىشىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="170"/>
        <source>Searching...</source>
        <translation>ئىزدەۋاتىدۇ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="199"/>
        <source>%1 cases and %2 people match %3</source>
        <translation>%3 غا %1 دېلو ۋە %2 كىشى ماس كېلىدۇ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="49"/>
        <source>Automatic lock</source>
        <translation>ئاپتوماتىك قۇلۇپلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="54"/>
        <source>Key rotation (forward secrecy)</source>
        <translation>ئاچقۇچ ئالماشتۇرۇش (ئالدىغا مەخپىيلىك)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="59"/>
        <source>Language</source>
        <translation>تىل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="67"/>
        <source>As the system (%1)</source>
        <translation>سىستېمىدىكىدەك (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="73"/>
        <source>Amanat will be in %1 the next time this vault is unlocked (lock it with Ctrl+L, then unlock it).</source>
        <translation>بۇ ساندۇقنىڭ قۇلۇپى كېيىنكى قېتىم ئېچىلغاندا Amanat %1 تىلىدا بولىدۇ (Ctrl+L بىلەن قۇلۇپلاپ، ئاندىن قۇلۇپنى ئېچىڭ).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="83"/>
        <source>Inbox (review)</source>
        <translation>كەلگەن بولاقلار (تەكشۈرۈش)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="89"/>
        <source>Never (only when asked)</source>
        <translation>ھەرگىز (پەقەت تەلەپ قىلىنغاندا)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="90"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>ھەر %n كۈندە</numerusform>
            <numerusform>ھەر %n كۈندە</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="95"/>
        <source>The encryption keys will change only when you ask.</source>
        <translation>شىفىرلاش ئاچقۇچلىرى پەقەت سىز تەلەپ قىلغاندىلا ئۆزگىرىدۇ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="98"/>
        <source>New encryption keys will be made every %n day(s), when the vault is unlocked.</source>
        <translation>
            <numerusform>يېڭى شىفىرلاش ئاچقۇچلىرى ھەر %n كۈندە، ساندۇقنىڭ قۇلۇپى ئېچىلغاندا ياسىلىدۇ.</numerusform>
            <numerusform>يېڭى شىفىرلاش ئاچقۇچلىرى ھەر %n كۈندە، ساندۇقنىڭ قۇلۇپى ئېچىلغاندا ياسىلىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="111"/>
        <source>Lock the vault after this long without activity:</source>
        <translation>مەشغۇلات بولمىسا، ساندۇقنى مۇنچىلىك ۋاقىتتىن كېيىن قۇلۇپلاش:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="114"/>
        <source>Lock after idle minutes</source>
        <translation>بىكار تۇرغاندىن كېيىن قۇلۇپلاش مىنۇتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="115"/>
        <source>You can always lock at once with Ctrl+L.</source>
        <translation>Ctrl+L بىلەن خالىغان ۋاقىتتا دەرھال قۇلۇپلىيالايسىز.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="118"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n مىنۇت</numerusform>
            <numerusform>%n مىنۇت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="119"/>
        <source>The vault will lock after %n minute(s) without activity.</source>
        <translation>
            <numerusform>مەشغۇلات بولمىسا، ساندۇق %n مىنۇتتىن كېيىن قۇلۇپلىنىدۇ.</numerusform>
            <numerusform>مەشغۇلات بولمىسا، ساندۇق %n مىنۇتتىن كېيىن قۇلۇپلىنىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="126"/>
        <source>Make new encryption keys:</source>
        <translation>يېڭى شىفىرلاش ئاچقۇچلىرىنى ياساش:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="127"/>
        <source>Days between new encryption keys</source>
        <translation>يېڭى شىفىرلاش ئاچقۇچلىرى ئارىسىدىكى كۈن سانى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="130"/>
        <source>Contacts learn the new keys from your next bundle or card; your safety number stays the same. Once old keys are destroyed, a laptop taken later cannot open bundles sealed to them.</source>
        <translation>ئالاقىداشلار يېڭى ئاچقۇچلارنى سىزنىڭ كېيىنكى بولىقىڭىز ياكى كارتىڭىزدىن بىلىدۇ؛ بىخەتەرلىك نومۇرىڭىز ئۆزگەرمەيدۇ. كونا ئاچقۇچلار يوقىتىلغاندىن كېيىن، كېيىن تارتىۋېلىنغان كومپيۇتېر ئۇلارغا پېچەتلەنگەن بولاقلارنى ئاچالمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="142"/>
        <source>Keep replaced keys for bundles on their way:</source>
        <translation>يولدىكى بولاقلار ئۈچۈن ئالماشتۇرۇلغان ئاچقۇچلارنى ساقلاش:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="145"/>
        <source>Days replaced keys are kept</source>
        <translation>ئالماشتۇرۇلغان ئاچقۇچلار ساقلىنىدىغان كۈن سانى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="148"/>
        <source>After this, replaced keys are destroyed: a bundle sealed to them can no longer be opened, here or anywhere.</source>
        <translation>بۇنىڭدىن كېيىن ئالماشتۇرۇلغان ئاچقۇچلار يوقىتىلىدۇ: ئۇلارغا پېچەتلەنگەن بولاقنى بۇ يەردىمۇ، باشقا ھېچ يەردىمۇ ئاچقىلى بولمايدۇ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="153"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n كۈن</numerusform>
            <numerusform>%n كۈن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="154"/>
        <source>Replaced keys will be destroyed %n day(s) after they were replaced.</source>
        <translation>
            <numerusform>ئالماشتۇرۇلغان ئاچقۇچلار ئالماشتۇرۇلغاندىن %n كۈن كېيىن يوقىتىلىدۇ.</numerusform>
            <numerusform>ئالماشتۇرۇلغان ئاچقۇچلار ئالماشتۇرۇلغاندىن %n كۈن كېيىن يوقىتىلىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="164"/>
        <source>Language of Amanat:</source>
        <translation>Amanat نىڭ تىلى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="165"/>
        <source>Interface language</source>
        <translation>كۆرۈنمە يۈز تىلى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="166"/>
        <source>Applied the next time this vault is unlocked. Dates and numbers follow the language; Uyghur lays the window out from right to left.</source>
        <translation>بۇ ساندۇقنىڭ قۇلۇپى كېيىنكى قېتىم ئېچىلغاندا كۈچكە ئىگە بولىدۇ. چېسلا ۋە سانلار تىلغا ئەگىشىدۇ؛ ئۇيغۇرچە كۆزنەكنى ئوڭدىن سولغا تىزىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="177"/>
        <source>Watched exchange folder:</source>
        <translation>كۆزىتىلىدىغان ئالماشتۇرۇش قىسقۇچى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="178"/>
        <source>Watched inbox folder</source>
        <translation>كۆزىتىلىدىغان كەلگەن بولاقلار قىسقۇچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="179"/>
        <source>A folder your organisation already syncs (Syncthing, Nextcloud, a USB stick). While the vault is unlocked, bundles that arrive there are opened if they come from verified contacts; the others wait in quarantine. Empty: none.</source>
        <translation>تەشكىلاتىڭىز ئاللىقاچان ماسلاشتۇرۇۋاتقان قىسقۇچ (Syncthing، Nextcloud، USB دىسكا). ساندۇقنىڭ قۇلۇپى ئوچۇق تۇرغاندا، ئۇ يەرگە كەلگەن بولاقلار دەلىللەنگەن ئالاقىداشلاردىن كەلگەن بولسا ئېچىلىدۇ؛ باشقىلىرى كارانتىندا كۈتىدۇ. قۇرۇق: يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="186"/>
        <source>The inbox now watches the folder you chose.</source>
        <translation>كەلگەن بولاقلار ئەمدى سىز تاللىغان قىسقۇچنى كۆزىتىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="190"/>
        <source>The inbox watches no folder.</source>
        <translation>كەلگەن بولاقلار ھېچقانداق قىسقۇچنى كۆزەتمەيدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="196"/>
        <source>Recording</source>
        <translation>خاتىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="203"/>
        <source>Microphone:</source>
        <translation>مىكروفون:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="204"/>
        <source>Microphone to record with</source>
        <translation>خاتىرىلەيدىغان مىكروفون</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="207"/>
        <source>The device last chosen in the recorder; empty: the computer&apos;s default.</source>
        <translation>خاتىرىلىگۈچتە ئەڭ ئاخىرى تاللانغان ئۈسكۈنە؛ بوش بولسا: كومپيۇتېرنىڭ كۆڭۈلدىكىسى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="215"/>
        <source>Camera:</source>
        <translation>كامېرا:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="216"/>
        <source>Camera to record with</source>
        <translation>خاتىرىلەيدىغان كامېرا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="223"/>
        <source>Record video too</source>
        <translation>سىنمۇ خاتىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="224"/>
        <source>Record video as well as sound</source>
        <translation>ئاۋاز بىلەن بىللە سىنمۇ خاتىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="98"/>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="102"/>
        <source>Settings</source>
        <translation>تەڭشەكلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="138"/>
        <source>Your identity</source>
        <translation>سالاھىيىتىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="153"/>
        <source>Name:</source>
        <translation>ئىسمى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="154"/>
        <source>Fingerprint:</source>
        <translation>بارماق ئىزى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="157"/>
        <source>Passphrase, recovery code and master key</source>
        <translation>مەخپىي جۈملە، ئەسلىگە كەلتۈرۈش كودى ۋە ئاساسىي ئاچقۇچ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="160"/>
        <source>Change passphrase...</source>
        <translation>مەخپىي جۈملىنى ئۆزگەرتىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="162"/>
        <source>New recovery code...</source>
        <translation>يېڭى ئەسلىگە كەلتۈرۈش كودى...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="170"/>
        <source>Travel mode</source>
        <translation>سەپەر ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="176"/>
        <source>Before crossing a border or when the laptop is at risk, you can destroy this vault. Send your cases to a colleague first.</source>
        <translation>چېگرادىن ئۆتۈشتىن بۇرۇن ياكى كومپيۇتېر خەۋپكە دۇچ كەلگەندە، بۇ ساندۇقنى يوقىتالايسىز. ئاۋۋال دېلولىرىڭىزنى بىر خىزمەتدىشىڭىزغا ئەۋەتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="181"/>
        <source>Wipe this vault...</source>
        <translation>بۇ ساندۇقنى ئۆچۈرۈش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="189"/>
        <source>Working</source>
        <translation>ئىشلەۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="215"/>
        <source>Replace master key...</source>
        <translation>ئاساسىي ئاچقۇچنى ئالماشتۇرۇش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="218"/>
        <source>If a copy of this vault or of its key file may have been taken (a seized laptop, a lost backup), replace the master key: old copies of the key file then open nothing, whatever passphrase goes with them.</source>
        <translation>ئەگەر بۇ ساندۇقنىڭ ياكى ئۇنىڭ ئاچقۇچ ھۆججىتىنىڭ كۆچۈرمىسى ئېلىپ كېتىلگەن بولۇشى مۇمكىن بولسا (مۇسادىرە قىلىنغان كومپيۇتېر، يوقالغان زاپاس نۇسخا)، ئاساسىي ئاچقۇچنى ئالماشتۇرۇڭ: شۇنىڭدىن كېيىن ئاچقۇچ ھۆججىتىنىڭ كونا كۆچۈرمىلىرى قايسى مەخپىي جۈملە بىلەن بولسۇن ھېچنېمىنى ئاچالمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="224"/>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="242"/>
        <source>Not available in this version.</source>
        <translation>بۇ نەشرىدە يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="293"/>
        <source>The passphrase was changed.</source>
        <translation>مەخپىي جۈملە ئۆزگەرتىلدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="296"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>نۆۋەتتىكى مەخپىي جۈملە خاتا. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="303"/>
        <source>A new recovery code replaces the old one, which stops working. Type your passphrase to continue.</source>
        <translation>يېڭى ئەسلىگە كەلتۈرۈش كودى كونىسىنىڭ ئورنىنى ئالىدۇ، كونىسى ئىشلىمەيدىغان بولىدۇ. داۋاملاشتۇرۇش ئۈچۈن مەخپىي جۈملىڭىزنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="320"/>
        <source>The passphrase is wrong. The recovery code was not changed.</source>
        <translation>مەخپىي جۈملە خاتا. ئەسلىگە كەلتۈرۈش كودى ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="324"/>
        <source>The new recovery code is in place.</source>
        <translation>يېڭى ئەسلىگە كەلتۈرۈش كودى كۈچكە ئىگە بولدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="330"/>
        <source>Replacing the master key encrypts the whole vault again: it takes about as long as reading every attachment once, and you can cancel until it finishes. Your passphrase stays the same. You will get a NEW recovery code: the old one and every old copy of the key file stop working. Type your passphrase to continue.</source>
        <translation>ئاساسىي ئاچقۇچنى ئالماشتۇرۇش پۈتۈن ساندۇقنى قايتا شىفىرلايدۇ: بۇنىڭغا كېتىدىغان ۋاقىت ھەربىر قوشۇمچە ھۆججەتنى بىر قېتىم ئوقۇشقا كېتىدىغان ۋاقىتقا يېقىن، ۋە ئۇ تاماملانغۇچە بىكار قىلالايسىز. مەخپىي جۈملىڭىز ئۆزگەرمەيدۇ. سىز يېڭى ئەسلىگە كەلتۈرۈش كودىغا ئېرىشىسىز: كونىسى ۋە ئاچقۇچ ھۆججىتىنىڭ بارلىق كونا كۆچۈرمىلىرى ئىشلىمەيدىغان بولىدۇ. داۋاملاشتۇرۇش ئۈچۈن مەخپىي جۈملىڭىزنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="352"/>
        <source>The master key was replaced. Old copies of the key file open nothing any more.</source>
        <translation>ئاساسىي ئاچقۇچ ئالماشتۇرۇلدى. ئاچقۇچ ھۆججىتىنىڭ كونا كۆچۈرمىلىرى ئەمدى ھېچنېمىنى ئاچالمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="358"/>
        <source>Cancelled. The master key was not replaced; nothing was changed.</source>
        <translation>بىكار قىلىندى. ئاساسىي ئاچقۇچ ئالماشتۇرۇلمىدى؛ ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="55"/>
        <source>What the chart counts</source>
        <translation>دىئاگرامما نېمىنى سانايدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="58"/>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="69"/>
        <source>Chart</source>
        <translation>دىئاگرامما</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="71"/>
        <source>By current status</source>
        <translation>نۆۋەتتىكى ھالىتى بويىچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="72"/>
        <source>By detention facility</source>
        <translation>تۇتۇپ تۇرۇش ئورنى بويىچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="73"/>
        <source>By prefecture of origin</source>
        <translation>يۇرتى بويىچە (ۋىلايەت)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="74"/>
        <source>By county of origin</source>
        <translation>يۇرتى بويىچە (ناھىيە)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="75"/>
        <source>By year of first detention</source>
        <translation>تۇنجى تۇتۇلغان يىلى بويىچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="76"/>
        <source>By sex</source>
        <translation>جىنسى بويىچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="77"/>
        <source>By age at the events</source>
        <translation>ۋەقە يۈز بەرگەندىكى يېشى بويىچە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="78"/>
        <source>Documented over time</source>
        <translation>ۋاقىت بويىچە خاتىرىلەنگىنى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="82"/>
        <source>Events from</source>
        <translation>ۋەقەلەرنىڭ باشلىنىش ۋاقتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="83"/>
        <source>from (2018)</source>
        <translation>باشلىنىشى (2018)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="84"/>
        <source>Events until</source>
        <translation>ۋەقەلەرنىڭ ئاخىرلىشىش ۋاقتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="85"/>
        <source>until (2019-06)</source>
        <translation>ئاخىرى (2019-06)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="86"/>
        <source>Current status</source>
        <translation>نۆۋەتتىكى ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="87"/>
        <source>Any status</source>
        <translation>خالىغان ھالەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="90"/>
        <source>Review state</source>
        <translation>تەكشۈرۈش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="91"/>
        <source>Any review state</source>
        <translation>خالىغان تەكشۈرۈش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="96"/>
        <source>Apply</source>
        <translation>قوللىنىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="96"/>
        <source>Apply the filters</source>
        <translation>سۈزگۈچلەرنى قوللىنىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="109"/>
        <source>Documented persons, not estimates.</source>
        <translation>خاتىرىلەنگەن شەخسلەر، مۆلچەر ئەمەس.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="111"/>
        <source>Save as PNG...</source>
        <translation>PNG قىلىپ ساقلاش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="111"/>
        <source>Save as PNG</source>
        <translation>PNG قىلىپ ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="112"/>
        <source>Save as SVG...</source>
        <translation>SVG قىلىپ ساقلاش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="112"/>
        <source>Save as SVG</source>
        <translation>SVG قىلىپ ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="176"/>
        <source>%1 documented persons, not estimates, match the filters. %2</source>
        <translation>سۈزگۈچلەرگە ماس كېلىدىغان خاتىرىلەنگەن شەخسلەر %1، مۆلچەر ئەمەس. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="184"/>
        <source>Each person is counted once, by their current status.</source>
        <translation>ھەر بىر شەخس نۆۋەتتىكى ھالىتى بويىچە بىر قېتىملا سانىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="185"/>
        <source>A person held in two facilities is counted in each.</source>
        <translation>ئىككى ئورۇندا تۇتۇلغان شەخس ھەر بىرىدە سانىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="186"/>
        <source>Each person is counted once, by the prefecture of origin.</source>
        <translation>ھەر بىر شەخس يۇرتى (ۋىلايەت) بويىچە بىر قېتىملا سانىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="187"/>
        <source>Each person is counted once, by the county of origin.</source>
        <translation>ھەر بىر شەخس يۇرتى (ناھىيە) بويىچە بىر قېتىملا سانىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="188"/>
        <source>Each person is counted once, by their first detention.</source>
        <translation>ھەر بىر شەخس تۇنجى تۇتۇلۇشى بويىچە بىر قېتىملا سانىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="189"/>
        <source>Each person is counted once.</source>
        <translation>ھەر بىر شەخس بىر قېتىملا سانىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="190"/>
        <source>Age at the first event of the case.</source>
        <translation>دېلونىڭ تۇنجى ۋەقەسى يۈز بەرگەندىكى يېشى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="191"/>
        <source>Persons by the month their first case was recorded.</source>
        <translation>شەخسلەر، تۇنجى دېلوسى خاتىرىلەنگەن ئاي بويىچە.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="196"/>
        <source>Persons</source>
        <translation>شەخسلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="250"/>
        <source>Apply the filters to count first.</source>
        <translation>ساناشتىن بۇرۇن سۈزگۈچلەرنى قوللىنىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="254"/>
        <source>Save the chart</source>
        <translation>دىئاگراممىنى ساقلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="266"/>
        <source>The chart was saved and the export was logged.</source>
        <translation>دىئاگرامما ساقلاندى ۋە ئېكسپورت قىلىش خاتىرىلەندى.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="389"/>
        <source>Very weak</source>
        <translation>بەك ئاجىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="390"/>
        <source>Weak</source>
        <translation>ئاجىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="391"/>
        <source>Fair</source>
        <translation>ئوتتۇراھال</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="392"/>
        <source>Strong</source>
        <translation>كۈچلۈك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="393"/>
        <source>Very strong</source>
        <translation>بەك كۈچلۈك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="406"/>
        <source>Strength: %1</source>
        <translation>كۈچلۈك دەرىجىسى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="412"/>
        <source>Passphrase strength</source>
        <translation>مەخپىي جۈملىنىڭ كۈچلۈك دەرىجىسى</translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="295"/>
        <source>Speaker</source>
        <translation>سۆزلىگۈچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="298"/>
        <source>Relation</source>
        <translation>مۇناسىۋىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="301"/>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="304"/>
        <source>Language</source>
        <translation>تىل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="307"/>
        <source>State</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="308"/>
        <source>Consent</source>
        <translation>رازىلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="312"/>
        <source>Testimonies</source>
        <translation>گۇۋاھلىقلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="316"/>
        <source>Open</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="316"/>
        <source>Open testimony</source>
        <translation>گۇۋاھلىقنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="339"/>
        <source>Sealed, signature valid</source>
        <translation>پېچەتلەنگەن، ئىمزا ئىناۋەتلىك</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="341"/>
        <source>Sealed, SIGNATURE INVALID</source>
        <translation>پېچەتلەنگەن، ئىمزا ئىناۋەتسىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="344"/>
        <source>Draft</source>
        <translation>قارالما</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="346"/>
        <source>(correction)</source>
        <translation>(تۈزىتىش)</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="129"/>
        <source>Back to the case</source>
        <translation>دېلوغا قايتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="132"/>
        <source>New testimony</source>
        <translation>يېڭى گۇۋاھلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="132"/>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="718"/>
        <source>Testimony</source>
        <translation>گۇۋاھلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="139"/>
        <source>Save state</source>
        <translation>ساقلاش ھالىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="141"/>
        <source>Seal...</source>
        <translation>پېچەتلەش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="141"/>
        <source>Seal testimony</source>
        <translation>گۇۋاھلىقنى پېچەتلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="144"/>
        <source>Correct...</source>
        <translation>تۈزىتىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="144"/>
        <source>Correct testimony</source>
        <translation>گۇۋاھلىقنى تۈزىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="148"/>
        <source>Consent withdrawn...</source>
        <translation>رازىلىقنى قايتۇرۇۋېلىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="150"/>
        <source>Record a withdrawal of consent</source>
        <translation>رازىلىقنىڭ قايتۇرۇۋېلىنىشىنى خاتىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="154"/>
        <source>Edit...</source>
        <translation>تەھرىرلەش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="154"/>
        <source>Edit the received draft</source>
        <translation>تاپشۇرۇۋېلىنغان قارالمىنى تەھرىرلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="159"/>
        <source>Record...</source>
        <translation>خاتىرىلەش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="159"/>
        <source>Record the interview</source>
        <translation>سۆھبەتنى خاتىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="198"/>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="201"/>
        <source>Notes on this case</source>
        <translation>بۇ دېلو ھەققىدىكى ئىزاھلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="205"/>
        <source>No notes yet.</source>
        <translation>تېخى ئىزاھ يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="215"/>
        <source>About this testimony:</source>
        <translation>بۇ گۇۋاھلىق ھەققىدە:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="218"/>
        <source>Grade: %1.</source>
        <translation>باھا: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="223"/>
        <source>(by %1)</source>
        <translation>(%1 تەرىپىدىن)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="229"/>
        <source>Interview</source>
        <translation>سۆھبەت</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="234"/>
        <source>Who is speaking</source>
        <translation>كىم سۆزلەۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="235"/>
        <source>Choose who is speaking...</source>
        <translation>كىم سۆزلەۋاتقانلىقىنى تاللاڭ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="240"/>
        <source>%1 (the person of concern)</source>
        <translation>%1 (ئاساسلىق شەخس)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="248"/>
        <source>Someone else (type the name)</source>
        <translation>باشقا بىرى (ئىسمىنى كىرگۈزۈڭ)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="249"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;سۆزلىگۈچى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="250"/>
        <source>Speaker&apos;s name</source>
        <translation>سۆزلىگۈچىنىڭ ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="251"/>
        <source>Name as the speaker gives it, in any script</source>
        <translation>سۆزلىگۈچى ئېيتقان ئىسىم، خالىغان يېزىقتا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="262"/>
        <source>Relation to the person of concern</source>
        <translation>ئاساسلىق شەخس بىلەن مۇناسىۋىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="263"/>
        <source>Not given</source>
        <translation>بېرىلمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="266"/>
        <source>&amp;Relation:</source>
        <translation>&amp;مۇناسىۋىتى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="267"/>
        <source>Language of the narrative</source>
        <translation>باياننىڭ تىلى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="268"/>
        <source>Choose the language...</source>
        <translation>تىلنى تاللاڭ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="271"/>
        <source>&amp;Language:</source>
        <translation>&amp;تىل:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="272"/>
        <source>Date of the interview</source>
        <translation>سۆھبەت چېسلاسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="273"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation>YYYY-MM-DD، YYYY-MM ياكى YYYY؛ تەخمىنىي بولسا ~</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="274"/>
        <source>&amp;Date:</source>
        <translation>&amp;چېسلا:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="275"/>
        <source>Place of the interview</source>
        <translation>سۆھبەت ئورنى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="276"/>
        <source>A city or country, never an address</source>
        <translation>شەھەر ياكى دۆلەت، ھەرگىز ئادرېس ئەمەس</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="277"/>
        <source>&amp;Place:</source>
        <translation>&amp;جاي:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="278"/>
        <source>Interview mode</source>
        <translation>سۆھبەت شەكلى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="281"/>
        <source>&amp;Mode:</source>
        <translation>&amp;شەكلى:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="282"/>
        <source>Interviewers</source>
        <translation>سۆھبەتچىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="283"/>
        <source>Names, separated by commas</source>
        <translation>ئىسىملار، پەش بىلەن ئايرىلغان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="284"/>
        <source>&amp;Interviewers:</source>
        <translation>سۆھبەتچى&amp;لەر:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="285"/>
        <source>Interpreter</source>
        <translation>تەرجىمان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="286"/>
        <source>Leave empty if none</source>
        <translation>يوق بولسا بوش قالدۇرۇڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="287"/>
        <source>I&amp;nterpreter:</source>
        <translation>تەرجىما&amp;ن:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="291"/>
        <source>Consent</source>
        <translation>رازىلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="295"/>
        <source>Informed consent</source>
        <translation>ئۇچۇرلۇق رازىلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="296"/>
        <source>Given voluntarily</source>
        <translation>ئىختىيارىي بېرىلگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="297"/>
        <source>May be named</source>
        <translation>ئىسمىنى ئاتاشقا بولىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="298"/>
        <source>Face may be shown</source>
        <translation>يۈزىنى كۆرسىتىشكە بولىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="299"/>
        <source>Voice may be used</source>
        <translation>ئاۋازىنى ئىشلىتىشكە بولىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="304"/>
        <source>Informed: the speaker knows how the testimony will be kept, shared and used. Voluntary: given freely, without pressure or payment.</source>
        <translation>ئۇچۇرلۇق: سۆزلىگۈچى گۇۋاھلىقنىڭ قانداق ساقلىنىدىغانلىقى، ھەمبەھىرلىنىدىغانلىقى ۋە ئىشلىتىلىدىغانلىقىنى بىلىدۇ. ئىختىيارىي: بېسىم ياكى ھەق بېرىشسىز، ئەركىن ھالدا بېرىلگەن.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="319"/>
        <source>Permitted uses:</source>
        <translation>ئىشلىتىشكە يول قويۇلغان دائىرە:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="336"/>
        <source>&amp;Narrative</source>
        <translation>&amp;بايان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="339"/>
        <source>Narrative</source>
        <translation>بايان</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="342"/>
        <source>The testimony in the speaker&apos;s words...</source>
        <translation>سۆزلىگۈچىنىڭ ئۆز سۆزى بىلەن گۇۋاھلىق...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="345"/>
        <source>Choose who is speaking and the language to start: every word is then saved.</source>
        <translation>باشلاش ئۈچۈن كىم سۆزلەۋاتقانلىقى ۋە تىلنى تاللاڭ: ئاندىن ھەر بىر سۆز ساقلىنىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="406"/>
        <source>Loading...</source>
        <translation>يۈكلىنىۋاتىدۇ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="428"/>
        <source>Testimony (correction of a sealed one)</source>
        <translation>گۇۋاھلىق (پېچەتلەنگەن گۇۋاھلىقنىڭ تۈزىتىشى)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="474"/>
        <source>Sealed — read only. Sealed on %1 and signed; the signature is valid: the text has not changed since. To fix a mistake, use Correct... (a new version; this one is kept).</source>
        <translation>پېچەتلەنگەن — پەقەت ئوقۇشقىلا بولىدۇ. %1 دە پېچەتلىنىپ ئىمزالانغان؛ ئىمزا ئىناۋەتلىك: شۇندىن بۇيان تېكىست ئۆزگەرمىگەن. خاتالىقنى تۈزىتىش ئۈچۈن «تۈزىتىش...» نى ئىشلىتىڭ (يېڭى نەشرى؛ بۇ نەشرى ساقلىنىدۇ).</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="486"/>
        <source>Sealed — read only. Sealed on %1, but the signature does NOT verify: the stored testimony does not match what was signed. Report this to your coordinator.</source>
        <translation>پېچەتلەنگەن — پەقەت ئوقۇشقىلا بولىدۇ. %1 دە پېچەتلەنگەن، لېكىن ئىمزا دەلىللەنمىدى: ساقلانغان گۇۋاھلىق ئىمزالانغان نۇسخىغا ماس كەلمەيدۇ. بۇنى ماسلاشتۇرغۇچىڭىزغا مەلۇم قىلىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="501"/>
        <source>Sealed testimony</source>
        <translation>پېچەتلەنگەن گۇۋاھلىق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="509"/>
        <source>Consent was withdrawn on %1.</source>
        <translation>رازىلىق %1 دە قايتۇرۇۋېلىنغان.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="533"/>
        <source>Received — read only. This draft came in a bundle from a contact. Choose Edit... to change it here: your change is a new revision, and theirs stays in the history.</source>
        <translation>تاپشۇرۇۋېلىنغان — پەقەت ئوقۇشقىلا بولىدۇ. بۇ قارالما بىر ئالاقىداشتىن بولاق ئىچىدە كەلگەن. ئۇنى بۇ يەردە ئۆزگەرتىش ئۈچۈن «تەھرىرلەش...» نى تاللاڭ: ئۆزگەرتىشىڭىز يېڭى نەشرى بولىدۇ، ئۇلارنىڭكى تارىختا قالىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="601"/>
        <source>Consent is recorded for the uses ticked above.</source>
        <translation>رازىلىق يۇقىرىدا بەلگىلەنگەن ئىشلىتىشلەر ئۈچۈن خاتىرىلەنگەن.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="606"/>
        <source>Sealed: read-only</source>
        <translation>پېچەتلەنگەن: پەقەت ئوقۇشقىلا بولىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="608"/>
        <source>Received: read-only</source>
        <translation>تاپشۇرۇۋېلىنغان: پەقەت ئوقۇشقىلا بولىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="610"/>
        <source>Saving...</source>
        <translation>ساقلىنىۋاتىدۇ...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="612"/>
        <source>Unsaved changes (saving in a moment)</source>
        <translation>ساقلانمىغان ئۆزگەرتىشلەر (بىردەمدىن كېيىن ساقلىنىدۇ)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="614"/>
        <source>Saved at %1</source>
        <translation>%1 دە ساقلاندى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="616"/>
        <source>Not saved yet</source>
        <translation>تېخى ساقلانمىدى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="618"/>
        <source>Draft</source>
        <translation>قارالما</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="690"/>
        <source>The date is not valid (use YYYY-MM-DD, YYYY-MM or YYYY); it was not saved.</source>
        <translation>چېسلا ئىناۋەتسىز (YYYY-MM-DD، YYYY-MM ياكى YYYY نى ئىشلىتىڭ)؛ ئۇ ساقلانمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="735"/>
        <source>The draft could not be saved: %1</source>
        <translation>قارالمىنى ساقلىغىلى بولمىدى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="743"/>
        <source>Save the testimony first, then record the interview.</source>
        <translation>ئاۋۋال گۇۋاھلىقنى ساقلاڭ، ئاندىن سۆھبەتنى خاتىرىلەڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="769"/>
        <source>Sealing makes this testimony permanent. It is signed with this vault&apos;s key, so anyone who receives it can check that not one word was changed. After sealing it cannot be edited: a mistake is fixed by a correction, a new version that keeps the sealed original.</source>
        <translation>پېچەتلەش بۇ گۇۋاھلىقنى مەڭگۈلۈك قىلىدۇ. ئۇ بۇ ساندۇقنىڭ ئاچقۇچى بىلەن ئىمزالىنىدۇ، شۇڭا ئۇنى تاپشۇرۇۋالغان ھەر قانداق كىشى بىرەر سۆزنىڭمۇ ئۆزگەرتىلمىگەنلىكىنى تەكشۈرەلەيدۇ. پېچەتلەنگەندىن كېيىن ئۇنى تەھرىرلىگىلى بولمايدۇ: خاتالىق تۈزىتىش ئارقىلىق، يەنى پېچەتلەنگەن ئەسلى نۇسخىنى ساقلاپ قالىدىغان يېڭى نەشرى ئارقىلىق تۈزىتىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="777"/>
        <source>Seal this testimony?</source>
        <translation>بۇ گۇۋاھلىقنى پېچەتلەمسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="777"/>
        <source>Seal</source>
        <translation>پېچەتلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="802"/>
        <source>Correct this testimony?</source>
        <translation>بۇ گۇۋاھلىقنى تۈزىتەمسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="804"/>
        <source>A correction is a new draft that starts as a copy of this testimony. The sealed original is kept unchanged and stays visible; the correction supersedes it once it is sealed in turn.</source>
        <translation>تۈزىتىش بۇ گۇۋاھلىقنىڭ كۆچۈرمىسى سۈپىتىدە باشلىنىدىغان يېڭى قارالما. پېچەتلەنگەن ئەسلى نۇسخا ئۆزگەرتىلمەي ساقلىنىدۇ ۋە كۆرۈنۈپ تۇرىدۇ؛ تۈزىتىش ئۆز نۆۋىتىدە پېچەتلەنگەندىن كېيىن ئۇنىڭ ئورنىنى ئالىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="808"/>
        <source>Start a correction</source>
        <translation>تۈزىتىشنى باشلاش</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="104"/>
        <source>Verified</source>
        <translation>دەلىللەنگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="105"/>
        <source>Not verified</source>
        <translation>دەلىللەنمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="106"/>
        <source>Keys changed: verify again</source>
        <translation>ئاچقۇچلار ئۆزگەردى: قايتا دەلىللەڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="108"/>
        <source>Unknown</source>
        <translation>نامەلۇم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="123"/>
        <source>Unknown sender</source>
        <translation>نامەلۇم ئەۋەتكۈچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="124"/>
        <source>Sender not verified</source>
        <translation>ئەۋەتكۈچى دەلىللەنمىگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="125"/>
        <source>Sender&apos;s keys changed</source>
        <translation>ئەۋەتكۈچىنىڭ ئاچقۇچلىرى ئۆزگەرگەن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="136"/>
        <source>an unknown sender whose card says “%1”</source>
        <translation>كارتىسىدا «%1» دېيىلگەن نامەلۇم ئەۋەتكۈچى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="144"/>
        <source>Two contacts share a name: %1 is also the name (or looks like the name) of another contact with other keys. Tell them apart by the safety number, never by the name.</source>
        <translation>ئىككى ئالاقىداشنىڭ ئىسمى ئوخشاش: %1 يەنە باشقا ئاچقۇچلىرى بار باشقا بىر ئالاقىداشنىڭ ئىسمى (ياكى ئۇنىڭغا ئوخشايدۇ). ئۇلارنى ھەرگىز ئىسمى بويىچە ئەمەس، بىخەتەرلىك نومۇرى بويىچە ئايرىڭ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="159"/>
        <source>Bundle %1 from %2 has not arrived.</source>
        <translation>
            <numerusform>%2 دىن كەلگەن %1-بولاق تېخى يېتىپ كەلمىدى.</numerusform>
            <numerusform>%2 دىن كەلگەن %1-بولاق تېخى يېتىپ كەلمىدى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="161"/>
        <source> and %n more</source>
        <translation>
            <numerusform> ۋە يەنە %n</numerusform>
            <numerusform> ۋە يەنە %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="83"/>
        <source>Unlock your vault</source>
        <translation>ساندۇقىڭىزنىڭ قۇلۇپىنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="92"/>
        <source>&amp;Vault:</source>
        <translation>&amp;ساندۇق:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="93"/>
        <source>Passphrase</source>
        <translation>مەخپىي جۈملە</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="94"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;مەخپىي جۈملە:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="100"/>
        <source>Unlocking</source>
        <translation>قۇلۇپ ئېچىلىۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="105"/>
        <source>Unlocking... deriving the key takes a moment on purpose.</source>
        <translation>قۇلۇپ ئېچىلىۋاتىدۇ... ئاچقۇچنى ھاسىل قىلىش قەستەن بىردەم ۋاقىت ئالىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="126"/>
        <source>Unlock</source>
        <translation>قۇلۇپنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="137"/>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>مەخپىي جۈملىنى ئۇنتۇدىڭىزمۇ؟ ئەسلىگە كەلتۈرۈش كودىنى ئىشلىتىڭ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="144"/>
        <source>Create a new vault</source>
        <translation>يېڭى ساندۇق قۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="148"/>
        <source>Open a demo vault</source>
        <translation>سىناق ساندۇقنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="169"/>
        <source>There is no vault to unlock.</source>
        <translation>قۇلۇپىنى ئاچىدىغان ساندۇق يوق.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="172"/>
        <source>Please type your passphrase.</source>
        <translation>مەخپىي جۈملىڭىزنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="212"/>
        <source>Open an older copy?</source>
        <translation>كونا كۆچۈرمىنى ئاچامسىز؟</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="213"/>
        <source>This vault&apos;s database is older than its key file. If you restored it from your own backup, you can open it: it will hold what the backup held, and changes made since (for example a withdrawn consent) are gone. If you did not restore anything, someone may have replaced it: do not open it, and ask for help.</source>
        <translation>بۇ ساندۇقنىڭ ساندانى ئاچقۇچ ھۆججىتىدىن كونا. ئەگەر ئۇنى ئۆزىڭىزنىڭ زاپاس نۇسخىسىدىن ئەسلىگە كەلتۈرگەن بولسىڭىز، ئۇنى ئاچالايسىز: ئۇنىڭدا زاپاس نۇسخىدىكى مەزمۇنلار بولىدۇ، ئۇنىڭدىن كېيىن قىلىنغان ئۆزگەرتىشلەر (مەسىلەن قايتۇرۇۋېلىنغان رازىلىق) يوقالغان بولىدۇ. ئەگەر ھېچنېمىنى ئەسلىگە كەلتۈرمىگەن بولسىڭىز، بىرەرسى ئۇنى ئالماشتۇرۇۋەتكەن بولۇشى مۇمكىن: ئۇنى ئاچماڭ ۋە ياردەم سوراڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="221"/>
        <source>Open the older copy</source>
        <translation>كونا كۆچۈرمىنى ئېچىش</translation>
    </message>
</context>
<context>
    <name>VaultChooser</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="52"/>
        <source>Vault</source>
        <translation>ساندۇق</translation>
    </message>
</context>
<context>
    <name>VerifyContactDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="185"/>
        <source>Verify a contact</source>
        <translation>ئالاقىداشنى دەلىللەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="191"/>
        <source>Verify %1</source>
        <translation>%1 نى دەلىللەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="198"/>
        <source>The keys of %1 changed since you last verified them. This happens with a new laptop or a reinstalled vault, and also when someone impersonates them. Compare the new safety number before you trust it.</source>
        <translation>%1 نىڭ ئاچقۇچلىرى سىز ئۇلارنى ئاخىرقى قېتىم دەلىللىگەندىن بۇيان ئۆزگەردى. بۇ يېڭى كومپيۇتېر ياكى قايتا ئورنىتىلغان ساندۇق بىلەن يۈز بېرىدۇ، بىرى ئۇلارنىڭ نامىدا ئۆزىنى كۆرسەتكەندىمۇ يۈز بېرىدۇ. ئۇنىڭغا ئىشىنىشتىن بۇرۇن يېڭى بىخەتەرلىك نومۇرىنى سېلىشتۇرۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="210"/>
        <source>Meet %1, or call them where you know their voice. They open Contacts &gt; My identity and read their safety number aloud; compare it with the one on the left, group by group. Then read yours (on the right) to them, so that they can verify you too.</source>
        <translation>%1 بىلەن كۆرۈشۈڭ ياكى ئاۋازىنى تونۇيدىغان ھالدا تېلېفون قىلىڭ. ئۇلار «ئالاقىداشلار &gt; مېنىڭ سالاھىيىتىم» نى ئېچىپ، بىخەتەرلىك نومۇرىنى ئاۋازلىق ئوقۇيدۇ؛ ئۇنى سول تەرەپتىكى بىلەن گۇرۇپپىمۇگۇرۇپپا سېلىشتۇرۇڭ. ئاندىن ئۇلارمۇ سىزنى دەلىللىيەلىشى ئۈچۈن، ئۆزىڭىزنىڭكىنى (ئوڭ تەرەپتىكى) ئۇلارغا ئوقۇپ بېرىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="221"/>
        <source>Safety number of %1</source>
        <translation>%1 نىڭ بىخەتەرلىك نومۇرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="224"/>
        <source>Their safety number</source>
        <translation>ئۇلارنىڭ بىخەتەرلىك نومۇرى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="227"/>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="230"/>
        <source>Your safety number</source>
        <translation>سىزنىڭ بىخەتەرلىك نومۇرىڭىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="237"/>
        <source>&amp;Optional: type the digits they read to you, and Amanat compares them:</source>
        <translation>&amp;ئىختىيارىي: ئۇلار ئوقۇپ بەرگەن رەقەملەرنى كىرگۈزۈڭ، Amanat ئۇلارنى سېلىشتۇرىدۇ:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="240"/>
        <source>Digits they read to you</source>
        <translation>ئۇلار ئوقۇپ بەرگەن رەقەملەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="241"/>
        <source>The 60 digits; spaces do not matter</source>
        <translation>60 رەقەم؛ بوشلۇقنىڭ ئەھمىيىتى يوق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="250"/>
        <source>I compared all 12 groups with %1 over a channel I trust, and they match</source>
        <translation>مەن ئىشەنچلىك بىر يول ئارقىلىق %1 بىلەن 12 گۇرۇپپىنىڭ ھەممىسىنى سېلىشتۇردۇم، ئۇلار ماس كېلىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="256"/>
        <source>I compared all 12 groups, and they match</source>
        <translation>مەن 12 گۇرۇپپىنىڭ ھەممىسىنى سېلىشتۇردۇم، ئۇلار ماس كېلىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="265"/>
        <source>Mark as verified</source>
        <translation>دەلىللەنگەن دەپ بەلگە قويۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="309"/>
        <source>The digits you typed are NOT this contact&apos;s safety number. Do not verify it: someone may be impersonating them.</source>
        <translation>سىز كىرگۈزگەن رەقەملەر بۇ ئالاقىداشنىڭ بىخەتەرلىك نومۇرى ئەمەس. ئۇنى دەلىللىمەڭ: بىرى ئۇلارنىڭ نامىدا ئۆزىنى كۆرسىتىۋاتقان بولۇشى مۇمكىن.</translation>
    </message>
</context>
<context>
    <name>Viewers</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="93"/>
        <source>Audio and video playback is off: this computer lacks the system sound libraries Qt needs (PulseAudio or PipeWire client). Install them (for example the libpulse0 package) and restart Amanat.</source>
        <translation>ئاۋاز ۋە سىن قويۇش تاقاق: بۇ كومپيۇتېردا Qt غا كېرەكلىك سىستېما ئاۋاز ئامبارلىرى (PulseAudio ياكى PipeWire خېرىدارى) يوق. ئۇلارنى ئورنىتىپ (مەسىلەن libpulse0 بولىقى)، Amanat نى قايتا قوزغىتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="99"/>
        <source>Audio and video playback is off: Qt&apos;s multimedia module could not be loaded on this computer.</source>
        <translation>ئاۋاز ۋە سىن قويۇش تاقاق: Qt نىڭ كۆپ ۋاسىتە بۆلىكىنى بۇ كومپيۇتېردا يۈكلىگىلى بولمىدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="112"/>
        <source>Image</source>
        <translation>رەسىم</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="131"/>
        <source>This image cannot be shown: the format is unknown or the file is damaged.</source>
        <translation>بۇ رەسىمنى كۆرسەتكىلى بولمايدۇ: فورماتى نامەلۇم ياكى ھۆججەت بۇزۇلغان.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="139"/>
        <source>%1 by %2 pixels</source>
        <translation>%1 × %2 پىكسېل</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="216"/>
        <source>PDF document</source>
        <translation>PDF ھۆججىتى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="227"/>
        <source>This PDF cannot be shown: it is damaged or protected.</source>
        <translation>بۇ PDF نى كۆرسەتكىلى بولمايدۇ: ئۇ بۇزۇلغان ياكى قوغدالغان.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="296"/>
        <source>Video</source>
        <translation>سىن</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="302"/>
        <source>Audio recording</source>
        <translation>ئۈن خاتىرىسى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="307"/>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="309"/>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="362"/>
        <source>Play</source>
        <translation>قويۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="315"/>
        <source>Position</source>
        <translation>ئورنى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="360"/>
        <source>Pause</source>
        <translation>توختىتىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="370"/>
        <source>This recording cannot be played: the format is unknown or damaged.</source>
        <translation>بۇ ئۈن خاتىرىسىنى قويغىلى بولمايدۇ: فورماتى نامەلۇم ياكى بۇزۇلغان.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="398"/>
        <source>Text</source>
        <translation>تېكىست</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="414"/>
        <source>Amanat cannot show this kind of file. It is kept encrypted in the vault; you can save a copy if you need to open it elsewhere.</source>
        <translation>Amanat بۇ تۈردىكى ھۆججەتنى كۆرسىتەلمەيدۇ. ئۇ ساندۇقتا شىفىرلانغان ھالەتتە ساقلىنىدۇ؛ باشقا يەردە ئېچىشىڭىز كېرەك بولسا، كۆچۈرمىسىنى ساقلىيالايسىز.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="53"/>
        <source>Welcome to Amanat</source>
        <translation>Amanat غا خۇش كەپسىز</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="57"/>
        <source>Amanat keeps cases, testimonies and their files in an encrypted vault on this computer. Only your passphrase or your recovery code opens it; nothing readable is ever written to the disk.</source>
        <translation>Amanat دېلولار، گۇۋاھلىقلار ۋە ئۇلارنىڭ ھۆججەتلىرىنى بۇ كومپيۇتېردىكى شىفىرلانغان ساندۇقتا ساقلايدۇ. ئۇنى پەقەت مەخپىي جۈملىڭىز ياكى ئەسلىگە كەلتۈرۈش كودىڭىزلا ئاچالايدۇ؛ دىسكىغا ھەرگىز ئوقۇغىلى بولىدىغان ھېچنېمە يېزىلمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="64"/>
        <source>Create a vault</source>
        <translation>ساندۇق قۇرۇش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="71"/>
        <source>For a first look, open a demo vault filled with invented cases. It is a separate vault; nothing in it is real.</source>
        <translation>دەسلەپكى كۆرۈپ بېقىش ئۈچۈن، ئويدۇرما دېلولار بىلەن تولدۇرۇلغان سىناق ساندۇقنى ئېچىڭ. ئۇ ئايرىم ساندۇق؛ ئۇنىڭدىكى ھېچنېمە ھەقىقىي ئەمەس.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="77"/>
        <source>Open a demo vault</source>
        <translation>سىناق ساندۇقنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="82"/>
        <source>Open an existing vault</source>
        <translation>بار ساندۇقنى ئېچىش</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="184"/>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="187"/>
        <source>Wipe this vault</source>
        <translation>بۇ ساندۇقنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="192"/>
        <source>Every case, testimony and file in this vault will be destroyed. The keys are erased first, so what remains on the disk cannot be decrypted. This cannot be undone. Cases you have not sent to a colleague are lost for good. Solid-state disks may keep old copies of some sectors; without the keys they are unreadable.</source>
        <translation>بۇ ساندۇقتىكى ھەممە دېلو، گۇۋاھلىق ۋە ھۆججەت يوقىتىلىدۇ. ئاۋۋال ئاچقۇچلار ئۆچۈرۈلىدۇ، شۇڭا دىسكىدا قالغانلىرىنىڭ شىفىرىنى يېشىش مۇمكىن ئەمەس. بۇنى ئەسلىگە قايتۇرغىلى بولمايدۇ. بىر خىزمەتدىشىڭىزغا ئەۋەتمىگەن دېلولار مەڭگۈ يوقىلىدۇ. قاتتىق ھالەتلىك دىسكىلاردا بەزى سېكتورلارنىڭ كونا كۆچۈرمىلىرى قېلىشى مۇمكىن؛ ئاچقۇچلارسىز ئۇلارنى ئوقۇغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="201"/>
        <source>To confirm, type the vault&apos;s name: %1</source>
        <translation>جەزملەشتۈرۈش ئۈچۈن ساندۇقنىڭ ئىسمىنى كىرگۈزۈڭ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="203"/>
        <source>Vault name</source>
        <translation>ساندۇق ئىسمى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="205"/>
        <source>Wipe the vault</source>
        <translation>ساندۇقنى ئۆچۈرۈش</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="239"/>
        <source>Consent withdrawn</source>
        <translation>رازىلىق قايتۇرۇۋېلىندى</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="241"/>
        <source>Record a withdrawal of consent</source>
        <translation>رازىلىقنىڭ قايتۇرۇۋېلىنىشىنى خاتىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="245"/>
        <source>The sealed testimony stays unchanged; the withdrawal is recorded beside it, wins over the consent given, and travels with the case.</source>
        <translation>پېچەتلەنگەن گۇۋاھلىق ئۆزگەرمەيدۇ؛ قايتۇرۇۋېلىش ئۇنىڭ يېنىدا خاتىرىلىنىدۇ، بېرىلگەن رازىلىقتىن ئۈستۈن تۇرىدۇ ۋە دېلو بىلەن بىللە يۆتكىلىدۇ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="251"/>
        <source>Date of the withdrawal</source>
        <translation>قايتۇرۇۋېلىنغان چېسلا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="252"/>
        <source>&amp;Date:</source>
        <translation>&amp;چېسلا:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="263"/>
        <source>Note</source>
        <translation>ئىزاھ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="264"/>
        <source>&amp;Note:</source>
        <translation>&amp;ئىزاھ:</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="268"/>
        <source>Record withdrawal</source>
        <translation>قايتۇرۇۋېلىشنى خاتىرىلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="279"/>
        <source>Use a date like 2024-05-17, 2024-05 or 2024.</source>
        <translation>2024-05-17، 2024-05 ياكى 2024 غا ئوخشاش چېسلا ئىشلىتىڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="283"/>
        <source>Tick at least one use.</source>
        <translation>كەم دېگەندە بىر ئىشلىتىشنى بەلگىلەڭ.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="98"/>
        <source>Vault</source>
        <translation>ساندۇق</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="112"/>
        <source>Sections</source>
        <translation>بۆلۈملەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="114"/>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="115"/>
        <source>Review</source>
        <translation>تەكشۈرۈش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="116"/>
        <source>People</source>
        <translation>كىشىلەر</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="117"/>
        <source>Places</source>
        <translation>جايلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="118"/>
        <source>Contacts</source>
        <translation>ئالاقىداشلار</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="119"/>
        <source>Statistics</source>
        <translation>ستاتىستىكا</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="130"/>
        <source>Search</source>
        <translation>ئىزدەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="131"/>
        <source>Search cases and people in any script (Ctrl+F)</source>
        <translation>دېلو ۋە كىشىلەرنى خالىغان يېزىقتا ئىزدەش (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="136"/>
        <source>Open bundle...</source>
        <translation>بولاق ئېچىش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="138"/>
        <source>Open a received bundle</source>
        <translation>تاپشۇرۇۋېلىنغان بولاقنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="141"/>
        <source>Open a sealed bundle you received (Ctrl+O)</source>
        <translation>تاپشۇرۇۋالغان پېچەتلەنگەن بولاقنى ئېچىش (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="144"/>
        <source>Seal bundle...</source>
        <translation>بولاق پېچەتلەش...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="146"/>
        <source>Seal the chosen cases into a bundle</source>
        <translation>تاللانغان دېلولارنى بولاققا پېچەتلەش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="150"/>
        <source>Seal the case on screen, or the cases chosen with it, for a contact (Ctrl+E)</source>
        <translation>ئېكراندىكى دېلونى ياكى ئۇنىڭ بىلەن بىللە تاللانغان دېلولارنى بىر ئالاقىداش ئۈچۈن پېچەتلەش (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="154"/>
        <source>Lock</source>
        <translation>قۇلۇپلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="154"/>
        <source>Lock the vault</source>
        <translation>ساندۇقنى قۇلۇپلاش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="156"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>ساندۇقنى ھازىرلا قۇلۇپلاش (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="167"/>
        <source>Creating demo cases</source>
        <translation>سىناق دېلولار قۇرۇلۇۋاتىدۇ</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="168"/>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="341"/>
        <source>The dossier was saved and the export was logged. Delete it when done.</source>
        <translation>دوسيې ساقلاندى ۋە ئېكسپورت قىلىش خاتىرىلەندى. ئىشىڭىز تۈگىگەندە ئۇنى ئۆچۈرۈڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="408"/>
        <source>Recording kept in the vault.</source>
        <translation>خاتىرە ساندۇقتا ساقلاندى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="451"/>
        <source>The case was created.</source>
        <translation>دېلو قۇرۇلدى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="459"/>
        <source>Open a case first, then add a testimony.</source>
        <translation>ئاۋۋال بىر دېلونى ئېچىڭ، ئاندىن گۇۋاھلىق قوشۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="467"/>
        <source>Open a case first, then attach files.</source>
        <translation>ئاۋۋال بىر دېلونى ئېچىڭ، ئاندىن ھۆججەت قوشۇڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="491"/>
        <source>Choose one or more cases in the list first, then seal them.</source>
        <translation>ئاۋۋال تىزىملىكتىن بىر ياكى بىر قانچە دېلونى تاللاڭ، ئاندىن ئۇلارنى پېچەتلەڭ.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="504"/>
        <source>The bundle was sealed.</source>
        <translation>بولاق پېچەتلەندى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="507"/>
        <source>Open a sealed bundle</source>
        <translation>پېچەتلەنگەن بولاقنى ئېچىش</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="512"/>
        <source>The bundle was imported.</source>
        <translation>بولاق ئىمپورت قىلىندى.</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="514"/>
        <source>The bundle waits in Contacts &gt; Quarantine.</source>
        <translation>بولاق «ئالاقىداشلار &gt; كارانتىن» دا كۈتىدۇ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/workspace.py" line="551"/>
        <source>Creating %n invented case(s) for the demo...</source>
        <translation>
            <numerusform>سىناق ئۈچۈن %n ئويدۇرما دېلو قۇرۇلۇۋاتىدۇ...</numerusform>
            <numerusform>سىناق ئۈچۈن %n ئويدۇرما دېلو قۇرۇلۇۋاتىدۇ...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/workspace.py" line="560"/>
        <source>%n demo case(s) created.</source>
        <translation>
            <numerusform>%n سىناق دېلو قۇرۇلدى.</numerusform>
            <numerusform>%n سىناق دېلو قۇرۇلدى.</numerusform>
        </translation>
    </message>
</context>
</TS>
