<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgeSecretDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="219" />
        <source>Export the emergency key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="221" />
        <source>Export the emergency key?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="226" />
        <source>This writes the vault's SECRET key to a file. Anyone who gets the file can open every bundle ever sealed to this vault, without your passphrase. Do it only when Amanat cannot be used and a bundle must be opened with the standard age tool. Keep the file offline (never on the laptop that travels), never send it, and destroy it afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="234" />
        <source>Which key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="240" />
        <source>Classic X25519 key: opens bundles sealed with classic encryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="243" />
        <source>Classic X25519 key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="247" />
        <source>Post-quantum hybrid key: opens the default bundles (age 1.3 or later)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="250" />
        <source>Post-quantum hybrid key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="258" />
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="260" />
        <source>I understand that this file opens everything sealed to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="266" />
        <source>Export the secret key...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="268" />
        <source>Export the secret key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="128" />
        <source>&amp;New case...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="129" />
        <source>New &amp;testimony...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="130" />
        <source>&amp;Attach files...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="131" />
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="132" />
        <source>&amp;Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="133" />
        <source>&amp;People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="134" />
        <source>P&amp;laces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="135" />
        <source>C&amp;ontacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="136" />
        <source>&amp;Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="137" />
        <source>&amp;Seal bundle...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="138" />
        <source>Seal a&amp;ll cases...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="139" />
        <source>&amp;Open bundle...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="140" />
        <source>&amp;Settings...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="141" />
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="142" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="143" />
        <source>&amp;User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="144" />
        <source>&amp;About Amanat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="198" />
        <source>&amp;Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="199" />
        <source>V&amp;iew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="200" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="210" />
        <location filename="../../desktop/amanat/ui/window.py" line="434" />
        <source>Amanat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="212" />
        <source>Amanat (locked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="325" />
        <source>Vault unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="341" />
        <source>The vault locks as soon as the attachment is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="355" />
        <source>Amanat quits as soon as the attachment is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="361" />
        <source>The vault was locked. Unlock it to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="365" />
        <source>An attachment was still being added when the vault was locked: the file being written was not saved. After unlocking, check the case's attachments and add what is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="370" />
        <source>The lock waited until the attachment being added was saved.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/window.py" line="378" />
        <source>Locked while files were being attached: %n file(s) not saved. Add them again.</source>
        <translation>
            <numerusform>Locked while files were being attached: %n file not saved. Add them again.</numerusform>
            <numerusform>Locked while files were being attached: %n files not saved. Add them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/window.py" line="383" />
        <source>Saved before the lock: %n file(s) being attached.</source>
        <translation>
            <numerusform>Saved before the lock: %n file being attached.</numerusform>
            <numerusform>Saved before the lock: %n files being attached.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="425" />
        <source>The vault was wiped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="441" />
        <source>About Amanat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="444" />
        <source>Amanat %1

An offline, encrypted casework tool for documenting persecution. Free software under the GNU AGPL, version 3 or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="453" />
        <source>The user guide is in docs/user-guide-app.md of the Amanat folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="38" />
        <source>Correct the attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="45" />
        <source>No testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="47" />
        <source>undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="51" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="60" />
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="61" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="65" />
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="68" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="72" />
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="75" />
        <source>Belongs to testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="79" />
        <source>&amp;Testimony:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="94" />
        <source>the description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="95" />
        <source>the role</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="61" />
        <source>Files are encrypted into the vault as they are added. Drop files here or use Attach files. They are shown from memory: nothing readable is written to disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="86" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="87" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="90" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="96" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="99" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="103" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="107" />
        <source>Attach files...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="107" />
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="109" />
        <source>View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="109" />
        <source>View attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="111" />
        <source>Save a copy...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="111" />
        <source>Save a decrypted copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="114" />
        <source>Correct...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="116" />
        <source>Correct the description, role or testimony of the attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="120" />
        <source>Remove working copy...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="122" />
        <source>Remove the chosen working copy (the original is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="133" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="137" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="163" />
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="397" />
        <source>Choose a file and press View.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="194" />
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="202" />
        <source>Choose an attachment in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="208" />
        <source>This is an evidentiary original: it is never removed. Only a working copy can be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="216" />
        <source>Remove this working copy?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="218" />
        <source>The working copy leaves the case and its file leaves the vault. The evidentiary original stays, and the custody log records the removal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="221" />
        <source>Remove the working copy</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="275" />
        <source>Encrypting %n file(s) into the vault...</source>
        <translation>
            <numerusform>Encrypting %n file into the vault...</numerusform>
            <numerusform>Encrypting %n files into the vault...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="285" />
        <source>%n file(s) added to the case.</source>
        <translation>
            <numerusform>%n file added to the case.</numerusform>
            <numerusform>%n files added to the case.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="292" />
        <source>Cancelled. Files added before the cancel are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="309" />
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="404" />
        <source>Choose a file in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="321" />
        <source>Decrypting...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="374" />
        <source>This file is too large to view inside Amanat (over %1). It stays encrypted in the vault; save a copy if you need to open it elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="409" />
        <source>Save a readable copy?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="412" />
        <source>This writes a decrypted copy of %1 outside the vault. Anyone with access to that disk or stick can read it, and it stays there until you delete it. The export is recorded in the case's custody log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="418" />
        <source>Save a copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="430" />
        <source>Writing the decrypted copy...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="447" />
        <source>The decrypted copy was saved and the export was logged. Delete it when done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="77" />
        <source>Full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="78" />
        <source>No contact details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="79" />
        <source>Advocacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="86" />
        <source>Everything in the cases, with its whole history: for your own team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="89" />
        <source>Without contact details, exact addresses and anything marked restricted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="93" />
        <source>For outside partners: also without ID numbers, and only testimonies whose consent allows UN, legal or public use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="104" />
        <source>post-quantum hybrid (ML-KEM-768 + X25519)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="105" />
        <source>classic X25519</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="120" />
        <source>Sealed %n case(s) for %1.</source>
        <translation>
            <numerusform>Sealed %n case for %1.</numerusform>
            <numerusform>Sealed %n cases for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="125" />
        <source>%n record(s) and</source>
        <translation>
            <numerusform>%n record and</numerusform>
            <numerusform>%n records and</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="127" />
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n attachment.</numerusform>
            <numerusform>%n attachments.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="129" />
        <source>Encryption: %1. Profile: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="134" />
        <source>File: %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="141" />
        <source>The profile left out %n restricted case(s).</source>
        <translation>
            <numerusform>The profile left out %n restricted case.</numerusform>
            <numerusform>The profile left out %n restricted cases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="149" />
        <source>Send the file over any channel: only the chosen contacts can open it, and they can check that it came from you unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="159" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="160" />
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="161" />
        <source>%n older than yours (kept)</source>
        <translation>
            <numerusform>%n older than yours (kept)</numerusform>
            <numerusform>%n older than yours (kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="162" />
        <source>%n already here</source>
        <translation>
            <numerusform>%n already here</numerusform>
            <numerusform>%n already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="163" />
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="164" />
        <source>%n proposed by a vault that does not own them (not applied)</source>
        <translation>
            <numerusform>%n proposed by a vault that does not own them (not applied)</numerusform>
            <numerusform>%n proposed by a vault that does not own them (not applied)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="167" />
        <source>%n draft(s) replaced by a sealed testimony</source>
        <translation>
            <numerusform>%n draft replaced by a sealed testimony</numerusform>
            <numerusform>%n drafts replaced by a sealed testimony</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="170" />
        <source>%n kept behind a sealed testimony</source>
        <translation>
            <numerusform>%n kept behind a sealed testimony</numerusform>
            <numerusform>%n kept behind a sealed testimony</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="179" />
        <source>Imported %n case(s) from %1.</source>
        <translation>
            <numerusform>Imported %n case from %1.</numerusform>
            <numerusform>Imported %n cases from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="192" />
        <source>%n record(s): %1.</source>
        <translation>
            <numerusform>%n record: %1.</numerusform>
            <numerusform>%n records: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="193" />
        <source>nothing new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="199" />
        <source>Attachments: %1 stored, %2 already here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="206" />
        <source>Changed on both sides: %n record(s). Both versions were kept and the case shows a conflict for you to resolve.</source>
        <translation>
            <numerusform>Changed on both sides: %n record. Both versions were kept and the case shows a conflict for you to resolve.</numerusform>
            <numerusform>Changed on both sides: %n records. Both versions were kept and the case shows a conflict for you to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="216" />
        <source>Proposed changes: %n record(s) were changed by a vault that did not create them. They were kept but not applied; the case shows them for a person to accept or decline.</source>
        <translation>
            <numerusform>Proposed changes: %n record were changed by a vault that did not create them. They were kept but not applied; the case shows them for a person to accept or decline.</numerusform>
            <numerusform>Proposed changes: %n records were changed by a vault that did not create them. They were kept but not applied; the case shows them for a person to accept or decline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyLockDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="21" />
        <source>Quit Amanat?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="21" />
        <source>Lock the vault?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="28" />
        <source>An attachment is still being added to a case. Wait for it, and the vault locks by itself as soon as the file is saved; or lock now, and the file being written is NOT saved (add it again after unlocking).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="38" />
        <source>Wait for it, then quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="38" />
        <source>Wait for it, then lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="44" />
        <source>Quit anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="44" />
        <source>Lock anyway</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardTextDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="127" />
        <source>Your identity card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="129" />
        <source>Your identity card as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="133" />
        <source>Paste this into a message to a colleague. It holds your display name and public keys, nothing secret. They still have to compare your safety number with you before they trust it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="139" />
        <source>Identity card text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="148" />
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="148" />
        <source>Copy the card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="157" />
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="28" />
        <source>Correct the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="41" />
        <source>Case title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="42" />
        <source>T&amp;itle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="43" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="44" />
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="45" />
        <source>Our reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="46" />
        <source>&amp;Reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="47" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="49" />
        <source>Su&amp;mmary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="55" />
        <source>the title is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="68" />
        <source>the title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="69" />
        <source>the assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="70" />
        <source>our reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="71" />
        <source>the summary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="113" />
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="114" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="117" />
        <source>Filter by facility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="118" />
        <source>Any facility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="119" />
        <source>Filter by hometown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="120" />
        <source>Any hometown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="121" />
        <source>Filter by assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="122" />
        <source>Anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="123" />
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="129" />
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="139" />
        <source>Events from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="130" />
        <source>Events until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="132" />
        <source>YYYY or YYYY-MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="141" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="203" />
        <source>Not a date: use YYYY or YYYY-MM</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseFollowups</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="37" />
        <source>Questions about this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="40" />
        <source>Ask the field a question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="42" />
        <source>What the question is about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="44" />
        <source>The question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="45" />
        <source>For example: which camp in Ghulja?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="49" />
        <source>Ask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="60" />
        <source>The case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="61" />
        <source>The person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="64" />
        <source>Event %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="66" />
        <source>Testimony %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="96" />
        <source>Question saved. It travels with the next bundle of this case.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="101" />
        <source>(unknown person)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="142" />
        <source>Consent was withdrawn: check what may still be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="148" />
        <source>Consent is missing: the speaker has not given informed, voluntary consent. This testimony must not be used or shared until consent is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="157" />
        <source>do not name the speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="160" />
        <source>do not show the speaker's face</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="164" />
        <source>do not use the speaker's voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="168" />
        <source>internal use only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="170" />
        <source>no use is permitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="179" />
        <source>not permitted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="186" />
        <source>Consent is restricted: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="196" />
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="198" />
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="200" />
        <source>Restricted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="201" />
        <source>Given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="78" />
        <source>about %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="90" />
        <source>aged %1-%2 in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="95" />
        <source>aged %1-%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="128" />
        <source>%1 (changes to review)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="540" />
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="561" />
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="562" />
        <source>Case status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="568" />
        <source>Correct the case...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="570" />
        <source>Correct the case's title and fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="574" />
        <source>New testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="578" />
        <source>Seal bundle...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="578" />
        <source>Seal this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="580" />
        <source>Seal this case into a bundle for a contact (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="583" />
        <source>Dossier...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="583" />
        <source>Make a dossier (PDF) of this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="589" />
        <source>Loading the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="609" />
        <source>Re&amp;view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="611" />
        <source>&amp;Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="624" />
        <source>Add an event...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="624" />
        <source>Add an event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="627" />
        <source>Correct...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="627" />
        <source>Correct the chosen event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="630" />
        <source>Remove...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="630" />
        <source>Remove the chosen event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="642" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="643" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="695" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="646" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="649" />
        <source>Stated reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="650" />
        <source>Sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="651" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="655" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="658" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="692" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="661" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="700" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="664" />
        <source>What changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="667" />
        <source>Record id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="670" />
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="672" />
        <source>Author key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="676" />
        <source>Current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="677" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="677" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="681" />
        <source>Came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="682" />
        <source>a bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="682" />
        <source>this vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="688" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="703" />
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="704" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="707" />
        <source>Entry hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="714" />
        <source>Custody log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="721" />
        <source>Every action on this case, in order. Each entry carries the fingerprint of the one before, so the log cannot be altered unnoticed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="810" />
        <source>also recorded as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="838" />
        <source>Changes by %1 to records of this case were kept but not applied: they wait for your decision. Compare and decide in Review &gt; Conflicts (Ctrl+5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="849" />
        <source>Some records of this case were changed in two places and both versions were kept. Compare and resolve them in Review &gt; Conflicts (Ctrl+5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="933" />
        <source>Choose an event in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="946" />
        <source>Remove this event?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="948" />
        <source>The event leaves the case. Nothing is lost: its versions stay in the case's history, and the custody log records the removal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="951" />
        <source>Remove the event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="604" />
        <source>&amp;Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="605" />
        <source>&amp;Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="606" />
        <source>&amp;Testimonies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="607" />
        <source>&amp;Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="608" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="613" />
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="614" />
        <source>C&amp;ustody log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="751" />
        <source>undated</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="757" />
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="759" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="815" />
        <source>Ref. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="817" />
        <source>Assigned to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="825" />
        <source>an unknown vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="868" />
        <source>&amp;Testimonies (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="871" />
        <source>&amp;Attachments (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="70" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="74" />
        <source>Person of concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="79" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="83" />
        <source>Hometown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="86" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="92" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="97" />
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="235" />
        <source>New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="247" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="264" />
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="349" />
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="98" />
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="100" />
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="114" />
        <source>Change passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="103" />
        <source>Current passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="104" />
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="106" />
        <source>Repeat the new passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="107" />
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="108" />
        <source>&amp;New passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="110" />
        <source>&amp;Repeat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="120" />
        <source>Please type your current passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="125" />
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="129" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="165" />
        <source>Resolve a conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="180" />
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="183" />
        <source>The result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="197" />
        <source>a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="198" />
        <source>a case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="199" />
        <source>an event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="200" />
        <source>a testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="201" />
        <source>a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="202" />
        <source>no case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="203" />
        <source>Two versions of %1 in the case %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="146" />
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="206" />
        <source>an unknown vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="45" />
        <source>Names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="46" />
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="47" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="48" />
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="49" />
        <source>Ethnicity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="50" />
        <source>Home town</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="51" />
        <source>Identity documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="52" />
        <source>Contact details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="53" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="54" />
        <source>Occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="55" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="56" />
        <source>Sensitivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="57" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="58" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="59" />
        <source>Other people in the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="60" />
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="61" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="62" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="63" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="64" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="65" />
        <source>Victim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="66" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="67" />
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="68" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="69" />
        <source>Reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="70" />
        <source>Sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="71" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="72" />
        <source>Reported in testimonies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="73" />
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="74" />
        <source>Relation to the person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="75" />
        <source>Interviewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="76" />
        <source>Interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="77" />
        <source>How the interview was held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="78" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="79" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="80" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="81" />
        <source>Corrects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="82" />
        <source>Seal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="83" />
        <source>Removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="84" />
        <source>Other person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="85" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="102" />
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="105" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="107" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="137" />
        <source>nothing given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="150" />
        <source>Mine: the version shown here (by %1, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="156" />
        <source>Theirs: by %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="210" />
        <source>%1 proposes a change to the version shown here. Keep theirs, keep yours, or take each field from either.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="218" />
        <source>This record was edited here and by %1 since their common version. Marked fields are the ones each side changed. Choose, field by field, which to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="226" />
        <source>More versions came in: this view compares with the first; resolving ends them all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="236" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="251" />
        <source>Both versions say the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="254" />
        <source>%1 other fields are the same in both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="277" />
        <source>%1 (changed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="281" />
        <source>%1: keep %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="282" />
        <source>mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="282" />
        <source>theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="300" />
        <source>Keep all of mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="301" />
        <source>Keep all of theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="311" />
        <source>Resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="312" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="30" />
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="81" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="31" />
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="80" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="32" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="33" />
        <source>Testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="34" />
        <source>Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="35" />
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="36" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="42" />
        <source>Proposed change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="43" />
        <source>Edited on both sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="48" />
        <source>an unknown vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="82" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="83" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="84" />
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="85" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="90" />
        <source>Records waiting for a decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="95" />
        <source>Compare and resolve...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="96" />
        <source>Open the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="106" />
        <source>A record edited here and elsewhere keeps both versions until you choose. Resolving writes one version that both sides accept, so the conflict does not come back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="142" />
        <source>%1 records are waiting for a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="144" />
        <source>One record is waiting for a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="146" />
        <source>No record is waiting for a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="173" />
        <source>Conflict resolved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="931" />
        <source>&amp;Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="932" />
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="982" />
        <source>&amp;Quarantine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="933" />
        <source>My &amp;identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="980" />
        <source>&amp;Quarantine (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="432" />
        <source>The people you exchange sealed bundles with. A contact added from a card is not verified: compare safety numbers with them before you seal to them or accept their bundles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="442" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="445" />
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="491" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="448" />
        <source>Safety number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="453" />
        <source>Post-quantum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="454" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="454" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="456" />
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="462" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="470" />
        <source>Add from card file...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="472" />
        <source>Add a contact from a card file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="476" />
        <source>Paste card text...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="478" />
        <source>Add a contact from pasted card text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="481" />
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="543" />
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="554" />
        <source>Verify...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="481" />
        <source>Verify the chosen contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="488" />
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="538" />
        <source>Chosen contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="493" />
        <source>Contact's safety number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="495" />
        <source>Key history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="535" />
        <source>Choose a contact in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="542" />
        <source>Verified on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="546" />
        <source>Keys changed: nothing is sealed to this contact or accepted from them until you compare the new safety number and verify them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="549" />
        <source>Verify again...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="552" />
        <source>Not verified: compare this safety number with them before you exchange bundles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="579" />
        <source>Add a contact from a card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="613" />
        <source>The card renames %1 to a name that looks like another contact's; the name is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="624" />
        <source>The keys of %1 changed. Nothing will be sealed to them or accepted from them until you compare the new safety number and verify them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="631" />
        <source>%1 is already a contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="637" />
        <source>%1 was added, not verified yet. Compare the safety number with them, then press Verify.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="670" />
        <source>%1 is verified. You can now seal bundles to them and accept theirs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="105" />
        <source>Create a demo vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="105" />
        <source>Create a vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="110" />
        <source>The demo vault is protected like a real one. Choose a passphrase you can remember for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="115" />
        <source>Choose a long passphrase: several words that mean something only to you. Nobody, including the Amanat team, can recover it for you; the recovery code shown next is the only other key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="124" />
        <source>Vault name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="125" />
        <source>Demo vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="127" />
        <source>For example: your first name or team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="128" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="130" />
        <source>Shown to the contacts you send sealed bundles to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="133" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="134" />
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="137" />
        <source>Repeat the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="138" />
        <source>&amp;Repeat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="142" />
        <source>Creating the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="147" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="151" />
        <source>Create vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="176" />
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="191" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="182" />
        <source>Please give the vault a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="185" />
        <source>Please choose a passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="188" />
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="193" />
        <source>Another vault created this record. Your correction shows here at once and reaches that vault as a proposal, which a person there accepts or declines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="211" />
        <source>Saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="215" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="215" />
        <source>Save the correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="283" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="286" />
        <source>Please check: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="61" />
        <source>Detect from the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="101" />
        <source>%1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="110" />
        <source>%1: write a date as YYYY-MM-DD, YYYY-MM or YYYY (~ for about).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="150" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="152" />
        <source>Remove this row</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="84" />
        <source>An unexpected error occurred.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="85" />
        <source>This passphrase does not open the vault. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="90" />
        <source>This recovery code does not open the vault. Check each word and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="93" />
        <source>The vault is damaged or is not an Amanat vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="96" />
        <source>There is no vault in this folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="99" />
        <source>A vault with this name already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="102" />
        <source>The vault is open in another Amanat window or process. Close it there first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="105" />
        <source>The vault is locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="107" />
        <source>The vault's database is older than its key file: it was restored from an older copy, or someone rolled it back. Changes made since (a withdrawn consent, an import) may be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="113" />
        <source>The vault is busy with other work. Try again when it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="116" />
        <source>The vault's key file asks for unsafe settings and was refused. It may have been tampered with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="121" />
        <source>This vault was written by a newer version of Amanat. Please update Amanat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="124" />
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="127" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="130" />
        <source>The keys were destroyed, but some files could not be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="133" />
        <source>Some of the information is not valid. Please check the form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="136" />
        <source>This value is not allowed for this setting. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="139" />
        <source>This setting does not exist in this version of Amanat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="142" />
        <source>This record no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="143" />
        <source>This record is sealed and cannot be changed. Record a correction instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="146" />
        <source>An integrity check failed: the stored data does not match its fingerprint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="149" />
        <source>A cryptographic check failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="150" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="151" />
        <source>This change is not allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="152" />
        <source>Only the vault that created this record may do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="155" />
        <source>That version is no longer waiting for a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="158" />
        <source>That version was sealed by someone other than the testimony's interviewer. It cannot be accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="163" />
        <source>The disk is full. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="166" />
        <source>These cases have no follow-up questions or answers to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="169" />
        <source>A question can be asked about a case, its person, an event or a testimony.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="172" />
        <source>This record is no longer waiting for a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="175" />
        <source>This record has several incoming versions. Choose field by field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="178" />
        <source>The file could not be read or written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="184" />
        <source>These persons cannot be merged or separated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="187" />
        <source>These are already one person. Nothing was merged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="190" />
        <source>A person cannot be marked as not the same as itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="193" />
        <source>These persons were marked as not the same person, so they cannot be merged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="197" />
        <source>This merge was undone already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="200" />
        <source>These are one merged person. Unmerge them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="210" />
        <source>The contact could not be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="213" />
        <source>This file is not an Amanat identity card, or it is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="216" />
        <source>This identity card was made by a newer version of Amanat. Please update.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="219" />
        <source>The identity card does not verify: it was altered or damaged. Ask for it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="223" />
        <source>The identity card's new encryption keys are not signed by its own key. It was not accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="228" />
        <source>This is your own identity card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="231" />
        <source>Several contacts have this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="234" />
        <source>The digits you typed are NOT this contact's safety number. Do not verify it: someone may be impersonating them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="239" />
        <source>The name on this card holds invisible characters or characters that change how text is shown (such as right-to-left overrides or zero-width spaces). It was refused: a name must look like what it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="245" />
        <source>An evidentiary original is never removed; only a working copy can be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="248" />
        <source>The text holds control characters (such as terminal escape sequences). It was refused; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="253" />
        <source>A recipient has no post-quantum key: the bundle would be protected by X25519 only, for everyone. Choose X25519 only explicitly, or seal to them separately.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="258" />
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="451" />
        <source>A file with this name already exists. Choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="261" />
        <source>The bundle could not be opened. Your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="264" />
        <source>This file is not a sealed bundle. Your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="267" />
        <source>The bundle is damaged or was altered after it was sealed. Nothing was imported; your vault was not changed. Ask the sender to send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="272" />
        <source>This file is encrypted with a passphrase, not sealed to contacts. It was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="277" />
        <source>This file mixes kinds of keys that sealed bundles never use. It was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="282" />
        <source>No key this vault holds now opens this bundle: it was sealed to keys destroyed after a rotation, or to another vault. Ask the sender to seal it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="288" />
        <source>This bundle was not sealed to this vault, so it cannot be opened here. Your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="293" />
        <source>The file opens, but it is not an Amanat bundle. Your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="296" />
        <source>This bundle was made by a newer version of Amanat. Please update Amanat; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="301" />
        <source>The bundle exceeds a size limit and was refused. Your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="304" />
        <source>The bundle is malformed and was refused. Your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="307" />
        <source>The bundle ends too early: it was cut short in transit. Your vault was not changed. Ask the sender to send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="312" />
        <source>The sender's identity card inside the bundle is invalid. It was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="317" />
        <source>The sender did not seal this bundle for you: someone re-encrypted it to you. It was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="322" />
        <source>The bundle's recipients differ from those the sender signed. It was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="327" />
        <source>This bundle was already imported. Nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="330" />
        <source>This bundle is older than one already imported from the same sender. It was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="335" />
        <source>The bundle's contents do not match what the sender listed: it was altered. It was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="340" />
        <source>A part of the bundle does not match its recorded fingerprint: it was altered. It was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="345" />
        <source>A record in the bundle is invalid. The bundle was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="350" />
        <source>A change in the bundle is not signed by the person it names as its author: it was altered or written under someone else's name. The bundle was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="356" />
        <source>The quarantine is full. Discard bundles waiting there, or verify their senders and import them, then open this bundle again. It was left where it is; nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="362" />
        <source>A file with that name already exists there. Nothing was written: choose another name, or confirm that you want to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="367" />
        <source>That folder is a temporary folder, which other programs read and clean up. Nothing was written: choose a folder of your own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="372" />
        <source>The passphrase is too short: use at least 12 characters, best several words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="376" />
        <source>These key settings are too weak for a new passphrase. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="380" />
        <source>A change received from another vault does not carry a valid signature of its author, so it cannot be passed on. Nothing was sealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="385" />
        <source>A change in the bundle names an author who is not one of your contacts. The bundle was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="390" />
        <source>An unsigned change in the bundle names someone other than the sender as its author, which cannot be proven. The bundle was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="396" />
        <source>A record in the bundle has a field this version of Amanat does not know. The bundle was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="401" />
        <source>The bundle refers to records that neither it nor this vault holds. It was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="406" />
        <source>The sender's signature does not verify: the bundle was altered or re-encrypted by someone else. It was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="411" />
        <source>Extra data follows the sender's signature. The bundle was refused; your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="416" />
        <source>The sender is not a verified contact, so nothing was imported. The bundle waits in Contacts &gt; Quarantine until you verify the sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="421" />
        <source>This bundle was sealed by this vault. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="424" />
        <source>Choose at least one verified contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="427" />
        <source>The same contact is chosen twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="430" />
        <source>A chosen contact is not verified yet. Compare their safety number and verify them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="435" />
        <source>The keys of a chosen contact changed. Compare their new safety number and verify them again before sealing to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="440" />
        <source>Choose the cases to seal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="443" />
        <source>Nothing is left to send: the chosen profile leaves out every chosen case (they are restricted). Choose the full profile or other cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="448" />
        <source>Unknown redaction profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="454" />
        <source>The vault changed while sealing. Nothing was written; please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="457" />
        <source>An internal error stopped the bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="467" />
        <source>Waiting for the file to finish copying: it changed while it was read. It will be tried again; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="472" />
        <source>Waiting for the file to finish copying: it is still empty. It will be tried again; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="477" />
        <source>The file could not be read (check its permissions, or that the drive is still there). Your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="482" />
        <source>The inbox folder does not exist (or is not a folder). Choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="590" />
        <source>Check %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="47" />
        <source>Correct the event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="49" />
        <source>Add an event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="59" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="60" />
        <source>Choose what happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="63" />
        <source>E&amp;vent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="65" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="65" />
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="67" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="69" />
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="69" />
        <source>Optional: when it ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="71" />
        <source>&amp;Until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="72" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="73" />
        <source>Type in any script and choose, e.g. a camp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="74" />
        <source>&amp;Place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="75" />
        <source>Stated reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="76" />
        <source>Stated &amp;reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="77" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="80" />
        <source>Descr&amp;iption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="100" />
        <source>what happened: choose the kind of event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="102" />
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="130" />
        <source>the date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="103" />
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="131" />
        <source>the end date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="129" />
        <source>the kind of event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="132" />
        <source>the place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="133" />
        <source>the stated reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="134" />
        <source>the description</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="491" />
        <source>person of concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="492" />
        <source>person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="493" />
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="494" />
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="495" />
        <source>script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="496" />
        <source>identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="497" />
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="498" />
        <source>value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="499" />
        <source>date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="500" />
        <source>hometown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="501" />
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="502" />
        <source>date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="503" />
        <source>title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="504" />
        <source>summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="505" />
        <source>reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="506" />
        <source>assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="507" />
        <source>event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="508" />
        <source>place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="509" />
        <source>stated reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="510" />
        <source>description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="511" />
        <source>testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="512" />
        <source>narrative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="513" />
        <source>speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="514" />
        <source>interviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="515" />
        <source>interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="516" />
        <source>consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="517" />
        <source>permitted use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="518" />
        <source>language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="519" />
        <source>sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="520" />
        <source>ethnicity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="524" />
        <source>first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="525" />
        <source>second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="526" />
        <source>third</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="527" />
        <source>fourth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="528" />
        <source>fifth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="548" />
        <source>one of the fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="556" />
        <source>the %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="561" />
        <source>%1 number %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="568" />
        <source>the %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="576" />
        <source>%1's %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/file_dialogs.py" line="64" />
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/file_dialogs.py" line="79" />
        <source>Save a decrypted copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowupsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="56" />
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="57" />
        <source>Only open questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="64" />
        <source>Follow-up questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="74" />
        <source>Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="81" />
        <source>Your answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="82" />
        <source>Your answer to the selected question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="87" />
        <source>Answer with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="88" />
        <source>A note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="89" />
        <source>A note and the record as corrected now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="90" />
        <source>A note and a testimony of the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="94" />
        <source>Correct the record first (open the case), then answer: the answer links to the corrected version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="100" />
        <source>The testimony that answers it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="104" />
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="106" />
        <source>Open the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="115" />
        <source>Questions travel with the next bundle of their case. An answer here goes back the same way, and the question is answered on both sides. To answer with a correction or a new testimony, make it in the case first, then answer here and link it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="151" />
        <source>%1 questions, %2 open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="153" />
        <source>No follow-up questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="179" />
        <source>Not answered yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="205" />
        <source>Testimony %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="254" />
        <source>Answer saved. It travels with the next bundle of the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="16" />
        <source>The case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="17" />
        <source>The person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="18" />
        <source>An event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="19" />
        <source>A testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="22" />
        <source>%1, field %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="30" />
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="32" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="37" />
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="53" />
        <source>an unknown vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="40" />
        <source>(answered by a correction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="41" />
        <source>(answered by a new testimony)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="43" />
        <source>%1, %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="63" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="64" />
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="65" />
        <source>Asked by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="66" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="67" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="71" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="61" />
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="63" />
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="95" />
        <source>Add grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="64" />
        <source>Grading: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="68" />
        <source>Judge the two apart. How reliable is the source: the person who gave this account, from what you know of them? How credible is the information itself: is it confirmed by other sources? A reliable source can pass on a rumour; an unknown one can be confirmed. A new grade never replaces an older one: both stay in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="78" />
        <source>Source reliability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="81" />
        <source>Information credibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="86" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="88" />
        <source>Why this grade: what you checked, against what.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="90" />
        <source>&amp;Source reliability:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="91" />
        <source>&amp;Information credibility:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="92" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="22" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="23" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="24" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="25" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="26" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="27" />
        <source>Sensitivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="28" />
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="29" />
        <source>Born</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="30" />
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="31" />
        <source>Ethnicity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="32" />
        <source>Hometown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="33" />
        <source>Occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="34" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="35" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="36" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="37" />
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="38" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="39" />
        <source>Stated reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="40" />
        <source>Sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="41" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="42" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="43" />
        <source>Testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="44" />
        <source>Narrative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="45" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="46" />
        <source>Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="47" />
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="48" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="49" />
        <source>Seal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="50" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="51" />
        <source>File name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="58" />
        <source>Name added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="59" />
        <source>Name removed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="62" />
        <source>Identifier added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="63" />
        <source>Identifier removed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="66" />
        <source>Status added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="67" />
        <source>Status removed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="70" />
        <source>Contact added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="71" />
        <source>Contact removed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="74" />
        <source>Person linked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="75" />
        <source>Person unlinked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="78" />
        <source>Source testimony added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="79" />
        <source>Source testimony removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="82" />
        <source>Interviewer added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="83" />
        <source>Interviewer removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="93" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="100" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="110" />
        <source>%1 since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="135" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="138" />
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="147" />
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="152" />
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="141" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="143" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="158" />
        <source>Removed (kept in the history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="160" />
        <source>Sealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="166" />
        <source>%1 added: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="172" />
        <source>%1 removed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="190" />
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="202" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="206" />
        <source>Merged, no change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="208" />
        <source>No change</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="312" />
        <source>Colleagues add you as a contact from your identity card, then compare your safety number with you: read it aloud to them in person, or in a call where they know your voice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="320" />
        <source>Your display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="321" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="322" />
        <source>Post-quantum keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="323" />
        <source>Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="324" />
        <source>Created:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="325" />
        <source>Post-quantum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="327" />
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="328" />
        <source>Your safety number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="332" />
        <source>Export card to a file...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="334" />
        <source>Export your identity card to a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="338" />
        <source>Show card as text...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="340" />
        <source>Show your identity card as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="347" />
        <source>Emergency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="351" />
        <source>If Amanat cannot be run, the standard age tool opens bundles sealed to you with your secret key. Export it only when you need it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="358" />
        <source>Export emergency key...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="360" />
        <source>Export the emergency secret key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="378" />
        <source>Yes (ML-KEM-768 + X25519)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="378" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="384" />
        <source>Save your identity card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="391" />
        <source>Your identity card was saved. Send it to your colleague by any channel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="406" />
        <source>Save the emergency key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="414" />
        <source>The secret key was written. Keep it offline and destroy it when the emergency is over.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="40" />
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="41" />
        <source>Not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="42" />
        <source>Keys changed: verify again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="43" />
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="52" />
        <source>Unknown sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="45" />
        <source>Not read yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="61" />
        <source>%1 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="72" />
        <source>Opened: %1 new, %2 updated, %3 in conflict.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="80" />
        <source>%1 proposed edit(s) wait for you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="86" />
        <source>Opened from the quarantine once the sender was verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="90" />
        <source>Discarded from the quarantine: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="94" />
        <source>Already received: nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="97" />
        <source>Waits in quarantine: the sender's keys changed. Verify them again (Contacts &gt; Quarantine).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="102" />
        <source>Waits in quarantine: the sender is not a verified contact (Contacts &gt; Quarantine).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="108" />
        <source>Waiting for the file to finish copying: so far it is incomplete or damaged. It will be tried again when it changes; if it does not, ask the sender to send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="114" />
        <source>Waiting for the file to finish copying; it will be tried again when it changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="126" />
        <source>Inbox: nothing new.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="129" />
        <source>%1 opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="130" />
        <source>%1 waiting in quarantine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="131" />
        <source>%1 already received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="132" />
        <source>%1 still being copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="133" />
        <source>%1 refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="134" />
        <source>%1 opened from the quarantine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="135" />
        <source>%1 discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="140" />
        <source>Inbox: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="144" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="145" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="146" />
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="147" />
        <source>Sealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="148" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="177" />
        <source>Bundles that arrive in the watched folder, or that you drop on this window, are opened if they come from verified contacts; the others wait in quarantine. A bundle already received changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="188" />
        <source>Bundles in the inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="202" />
        <source>Choose folder...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="203" />
        <source>Scan now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="204" />
        <source>Scanning the inbox folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="221" />
        <source>Watched folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="224" />
        <source>No folder is watched. Choose one, or drop bundle files on the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="233" />
        <source>Choose the inbox folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyHistory</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="19" />
        <source>%1: added, from their card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="23" />
        <source>%1: their keys changed (a new safety number); verify again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="31" />
        <source>%1: new encryption keys (generation %2), signed by the same key; the safety number stayed the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="42" />
        <source>%1: safety number compared and verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="52" />
        <source>Key history:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="19" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="20" />
        <source>Under review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="21" />
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="22" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="25" />
        <source>Detained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="26" />
        <source>Sentenced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="27" />
        <source>Released</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="28" />
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="29" />
        <source>Dead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="30" />
        <source>Exiled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="31" />
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="36" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="34" />
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="35" />
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="39" />
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="40" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="41" />
        <source>Video call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="44" />
        <source>Internal use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="45" />
        <source>Submission to the UN or governments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="48" />
        <source>Legal proceedings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="49" />
        <source>Public reports and media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="52" />
        <source>Public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="53" />
        <source>Internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="54" />
        <source>Confidential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="55" />
        <source>Restricted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="58" />
        <source>Preferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="59" />
        <source>Alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="60" />
        <source>As on ID document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="61" />
        <source>As given by the witness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="64" />
        <source>PRC resident ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="65" />
        <source>Passport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="66" />
        <source>External database entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="67" />
        <source>Our case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="70" />
        <source>Evidentiary original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="73" />
        <source>Working copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="76" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="77" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="78" />
        <source>Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="79" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="80" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="81" />
        <source>Testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="82" />
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="83" />
        <source>Annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="84" />
        <source>Consent withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="85" />
        <source>Person merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="86" />
        <source>Not the same person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="89" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="90" />
        <source>Edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="91" />
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="101" />
        <source>Sealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="92" />
        <source>File attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="93" />
        <source>Exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="94" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="95" />
        <source>Merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="96" />
        <source>Redacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="97" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="100" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="104" />
        <source>Kazakh (Cyrillic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="105" />
        <source>Kazakh (Latin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="106" />
        <source>Kazakh (Arabic script)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="107" />
        <source>Uyghur (Arabic script)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="108" />
        <source>Uyghur (Latin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="109" />
        <source>Uyghur (Cyrillic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="110" />
        <source>Chinese (simplified)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="111" />
        <source>Chinese (traditional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="112" />
        <source>Chinese (pinyin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="113" />
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="126" />
        <source>Russian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="114" />
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="130" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="115" />
        <source>Kyrgyz (Cyrillic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="116" />
        <source>Uzbek (Latin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="117" />
        <source>Uzbek (Cyrillic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="118" />
        <source>Latin script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="119" />
        <source>Cyrillic script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="120" />
        <source>Arabic script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="121" />
        <source>Chinese characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="124" />
        <source>Kazakh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="125" />
        <source>Uyghur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="127" />
        <source>Chinese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="128" />
        <source>Kyrgyz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="129" />
        <source>Uzbek</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="131" />
        <source>Turkish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="184" />
        <source>Names match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="185" />
        <source>Names are similar (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="188" />
        <source>Same identifier: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="193" />
        <source>Same year of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="195" />
        <source>Years of birth close (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="196" />
        <source>Years of birth differ (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="198" />
        <source>Same hometown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="200" />
        <source>Recorded sex differs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="39" />
        <source>Merge two persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="42" />
        <source>Are these the same person?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="46" />
        <source>Both records stay as their authors wrote them: the merge is a record of its own, and both ids then lead to the one you keep. Every name, identifier and status of both is kept, with who reported it. You can unmerge later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="65" />
        <source>Keep this person's id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="66" />
        <source>Keep the id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="71" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="76" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="84" />
        <source>Names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="85" />
        <source>Identifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="86" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="87" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="101" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="102" />
        <source>Merge the two persons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="42" />
        <source>Detect from the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="52" />
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="56" />
        <source>New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="89" />
        <source>Person of concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="93" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="94" />
        <source>As the family writes it, in any script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="95" />
        <source>Script of the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="96" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="97" />
        <source>Name in another script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="98" />
        <source>Optional: e.g. in Latin letters or Chinese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="100" />
        <source>Script of the other name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="102" />
        <source>&amp;Other spelling:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="103" />
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="107" />
        <source>&amp;Sex:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="108" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="109" />
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="110" />
        <source>&amp;Born:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="111" />
        <source>Ethnicity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="112" />
        <source>Not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="115" />
        <source>&amp;Ethnicity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="117" />
        <source>Hometown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="118" />
        <source>Town or county, e.g. Ghulja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="119" />
        <source>&amp;Hometown:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="120" />
        <source>Current status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="121" />
        <source>Not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="124" />
        <source>Status since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="125" />
        <source>since (YYYY-MM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="126" />
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="127" />
        <source>Kind of identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="130" />
        <source>Identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="131" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="132" />
        <source>&amp;Identifier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="136" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="140" />
        <source>Case title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="142" />
        <source>e.g. Detention of ... (left empty: made from the name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="144" />
        <source>T&amp;itle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="145" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="146" />
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="147" />
        <source>Our reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="148" />
        <source>&amp;Reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="149" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="152" />
        <source>Su&amp;mmary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="156" />
        <source>What happened (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="160" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="161" />
        <source>No event yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="164" />
        <source>E&amp;vent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="165" />
        <source>Event date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="166" />
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="167" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="168" />
        <source>Event place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="169" />
        <source>e.g. the camp or police station</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="170" />
        <source>&amp;Place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="171" />
        <source>Stated reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="172" />
        <source>Stated &amp;reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="69" />
        <source>Saving the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="75" />
        <source>Create case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="198" />
        <source>the name of the person of concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="210" />
        <source>the date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="220" />
        <source>the status date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="230" />
        <source>Case of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="242" />
        <source>the event date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="259" />
        <source>Please check: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="394" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="387" />
        <source>Reviewers' notes, and the answers to them. They never change the records they are about, sealed testimonies included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="395" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="396" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="401" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="404" />
        <source>New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="405" />
        <source>Write a note about this case, or an answer...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="411" />
        <source>Reply to the chosen note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="411" />
        <source>Reply to the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="426" />
        <source>Older verification grade: %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="436" />
        <source>%1, field %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="443" />
        <source>you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="446" />
        <source>%1 (not one of your contacts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="474" />
        <source>Choose the note to answer in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="481" />
        <source>Write the note first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="408" />
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="503" />
        <source>The note was added.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenBundleDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="637" />
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="645" />
        <source>Open a bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="657" />
        <source>Checking the bundle: who sealed it, whether it is intact and what it holds. Nothing is imported yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="669" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="674" />
        <source>Sender's safety number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="676" />
        <source>Sender's safety number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="683" />
        <source>Signature:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="684" />
        <source>Contents:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="685" />
        <source>Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="686" />
        <source>Sealed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="687" />
        <source>Cases:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="721" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="731" />
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="861" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="731" />
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="863" />
        <source>Import the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="735" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="737" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="750" />
        <source>Checking...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="780" />
        <source>A verified contact: the bundle is signed by their key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="785" />
        <source>The card in the bundle calls them %1; shown is the name you gave them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="801" />
        <source>The sender's keys differ from those you verified. Importing keeps the bundle in quarantine until you compare the new safety number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="806" />
        <source>The sender is not a verified contact. Importing keeps the bundle in quarantine, encrypted, until you compare their safety number and verify them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="814" />
        <source>Valid: the bundle is intact and was sealed by this sender.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="821" />
        <source>%n case(s),</source>
        <translation>
            <numerusform>%n case,</numerusform>
            <numerusform>%n cases,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="823" />
        <source>%n record(s),</source>
        <translation>
            <numerusform>%n record,</numerusform>
            <numerusform>%n records,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="825" />
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="827" />
        <source>(%1 of files)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="839" />
        <source>%1, encryption %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="844" />
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="847" />
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="852" />
        <source>This bundle was already imported. Nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="858" />
        <source>This bundle is already waiting in Contacts &gt; Quarantine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="861" />
        <source>Keep in quarantine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="863" />
        <source>Keep the bundle in quarantine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="873" />
        <source>Cancelled. Your vault was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="914" />
        <source>Verifying and importing...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="920" />
        <source>The bundle was verified and imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="931" />
        <source>Kept in quarantine. Nothing was imported: the bundle waits, encrypted, in Contacts &gt; Quarantine until you verify the sender.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseCheckDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="158" />
        <source>Confirm with your passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="161" />
        <source>Current passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="163" />
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="288" />
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="303" />
        <source>Show passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="301" />
        <source>Hide passphrase</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasteCardDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="174" />
        <source>Add a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="176" />
        <source>Paste an identity card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="180" />
        <source>Paste the text your colleague sent, from BEGIN to END. The contact is added as not verified until you compare safety numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="185" />
        <source>Identity card text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="192" />
        <source>Add contact</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="54" />
        <source>Find a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="56" />
        <source>Name to look for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="57" />
        <source>A name in any script or spelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="59" />
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="59" />
        <source>Find person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="66" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="69" />
        <source>Also written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="74" />
        <source>Born</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="77" />
        <source>Hometown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="80" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="83" />
        <source>Merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="88" />
        <source>People found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="100" />
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="182" />
        <source>Merge...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="100" />
        <source>Merge the two persons selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="103" />
        <source>Unmerge...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="103" />
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="377" />
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="385" />
        <source>Unmerge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="116" />
        <source>merged from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="129" />
        <source>Possible duplicates in the whole vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="133" />
        <source>Pairs of people who may be the same person, with the reasons. Nothing is merged automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="140" />
        <source>Look for duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="143" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="144" />
        <source>Looking for duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="160" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="161" />
        <source>May be the same as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="162" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="165" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="172" />
        <source>Possible duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="182" />
        <source>Merge the two persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="186" />
        <source>Not the same person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="204" />
        <source>but: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="270" />
        <source>Nobody with a similar name was found.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="312" />
        <source>%n possible duplicate(s) found.</source>
        <translation>
            <numerusform>%n possible duplicate found.</numerusform>
            <numerusform>%n possible duplicates found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="348" />
        <source>The two persons were merged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="363" />
        <source>Marked as not the same person: this pair will not be proposed again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="380" />
        <source>Undo the last merge of %1? The persons merged into it come back as separate persons, exactly as they were.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="391" />
        <source>The merge was undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="56" />
        <source>Correct the person of concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="63" />
        <source>Names by script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="64" />
        <source>Add a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="68" />
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="70" />
        <source>&amp;Sex:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="72" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="73" />
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="75" />
        <source>&amp;Born:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="78" />
        <source>Ethnicity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="79" />
        <source>Not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="82" />
        <source>&amp;Ethnicity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="83" />
        <source>Hometown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="84" />
        <source>Type in any script and choose, e.g. Ghulja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="85" />
        <source>&amp;Hometown:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="86" />
        <source>Occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="87" />
        <source>&amp;Occupation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="89" />
        <source>Status over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="90" />
        <source>Add a status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="92" />
        <source>Identifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="94" />
        <source>Add an identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="97" />
        <source>Relatives and others in the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="98" />
        <source>Add a relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="102" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="104" />
        <source>Script of the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="107" />
        <source>Kind of name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="116" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="121" />
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="121" />
        <source>since (YYYY-MM)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="122" />
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="139" />
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="152" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="131" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="135" />
        <source>is this person's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="145" />
        <source>Kind of identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="150" />
        <source>Identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="191" />
        <source>name %1 is empty: type it or remove the row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="204" />
        <source>the person needs at least one name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="214" />
        <source>the date of status %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="233" />
        <source>identifier %1 has no value: type it or remove the row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="250" />
        <source>choose who the relation is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="268" />
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="311" />
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="312" />
        <source>the date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="297" />
        <source>relation %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="302" />
        <source>name %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="303" />
        <source>identifier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="304" />
        <source>status %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="313" />
        <source>the occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="314" />
        <source>the ethnicity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="317" />
        <source>the hometown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="93" />
        <source>Correct the person...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="95" />
        <source>Correct the person of concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="112" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="113" />
        <source>Sex:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="114" />
        <source>Born:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="115" />
        <source>Ethnicity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="116" />
        <source>Hometown:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="117" />
        <source>Occupation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="118" />
        <source>Current status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="128" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="137" />
        <source>Names by script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="131" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="192" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="132" />
        <source>Script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="133" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="144" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="139" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="153" />
        <source>Identifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="147" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="148" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="169" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="156" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="174" />
        <source>Status over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="161" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="162" />
        <source>undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="166" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="180" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="204" />
        <source>Possible duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="184" />
        <source>People recorded elsewhere in this vault who may be the same person. Nothing is merged automatically: compare, then decide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="195" />
        <source>Born</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="198" />
        <source>Hometown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="199" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="208" />
        <source>No likely duplicates found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="212" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="214" />
        <source>Open that person's case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="228" />
        <source>but: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="242" />
        <source>aged %1 to %2 in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="256" />
        <source>(since %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="260" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="261" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="262" />
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="264" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/place_picker.py" line="53" />
        <source>Type a place in any script and choose a suggestion; a place not in the list is added to the gazetteer when you save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/place_picker.py" line="84" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlacesSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="45" />
        <source>The places of this vault: countries, regions, counties and villages, and the detention facilities in them, with the number of cases with an event there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="53" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="69" />
        <source>Show cases here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="130" />
        <source>%1 here, %2 with the places within it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Plaintext</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="20" />
        <source>Write a file that is not encrypted?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="21" />
        <source>Reports, submissions, exports and chart images leave the vault's encryption: anyone with access to that disk or stick can read them, and they stay there until you delete them. Each one is recorded in the custody log. Amanat asks this once until it is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="28" />
        <source>I understand, continue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="25" />
        <source>an unknown key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="35" />
        <source>This version of the %1 was written in this vault on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="46" />
        <source>This version of the %1 was written by %2 on %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="59" />
        <source>It came in a bundle from %1, sealed on %2 and received here on %3 (bundle %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="73" />
        <source>It did not come in a bundle received here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="77" />
        <source>It is the first version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="81" />
        <source>It replaced the version of %1 by %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProvenancePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="101" />
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="104" />
        <source>Where it came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="113" />
        <source>Choose a revision in the list to see where it came from.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="688" />
        <source>Bundles from senders you have not verified wait here, encrypted inside the vault. Nothing from them is in your cases until you verify the sender and import the bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="698" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="703" />
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="729" />
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="732" />
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="708" />
        <source>Why it waits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="713" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="716" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="719" />
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="735" />
        <source>Sender's safety number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="726" />
        <source>Quarantine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="741" />
        <source>Verify sender and import...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="743" />
        <source>Verify the sender and import the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="747" />
        <source>Discard...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="747" />
        <source>Discard the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="756" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="757" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="797" />
        <source>No bundle is waiting.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="803" />
        <source>%1 (%2). Sealed %3; it holds %Ln record(s) (cases, people, testimonies, events and attachments).</source>
        <translation>
            <numerusform>%1 (%2). Sealed %3; it holds %Ln record (cases, people, testimonies, events and attachments).</numerusform>
            <numerusform>%1 (%2). Sealed %3; it holds %Ln records (cases, people, testimonies, events and attachments).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="856" />
        <source>Verifying and importing...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="876" />
        <source>Cancelled. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="887" />
        <source>Discard this bundle?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="890" />
        <source>The bundle from %1 is deleted from the quarantine. Nothing of it was imported, and your cases do not change. The sender can send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="895" />
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="909" />
        <source>The bundle was discarded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="52" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="53" />
        <source>Person of concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="56" />
        <source>Review state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="62" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="67" />
        <source>Why it needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="73" />
        <source>Last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="94" />
        <source>Cases that need you come first: edited on both sides, new or changed since your review, assigned to you. Double-click a case or press Enter to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="103" />
        <source>Review queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="107" />
        <source>Cases in the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="117" />
        <source>Filter by review state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="118" />
        <source>Any state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="121" />
        <source>Filter by assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="122" />
        <source>Filter by reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="123" />
        <source>Any reason, or none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="124" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="156" />
        <source>Anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="157" />
        <source>Assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="165" />
        <source>%1 case(s) in this view.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="158" />
        <source>Record an interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="183" />
        <source>Sound only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="186" />
        <source>Sound and video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="193" />
        <source>Record:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="194" />
        <source>Microphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="195" />
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="196" />
        <source>Microphone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="197" />
        <source>Camera:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="201" />
        <source>Camera preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="209" />
        <source>Sound level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="217" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="217" />
        <source>Start recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="218" />
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="363" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="218" />
        <source>Pause recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="219" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="219" />
        <source>Stop and keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="220" />
        <source>Time recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="234" />
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="295" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="234" />
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="295" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="236" />
        <source>Consent: voice may be used: %1; face may be shown: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="268" />
        <source>No microphone or camera was found on this computer, so nothing can be recorded here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="289" />
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="297" />
        <source>Record video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="292" />
        <source>Video shows the speaker's face. The testimony says: face may be shown: %1. Record video only if the speaker agrees now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="366" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="384" />
        <source>The disk is nearly full: the recording will stop soon. What is recorded so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="393" />
        <source>The disk is full: the recording was stopped. What was recorded is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="397" />
        <source>The recording failed. What was recorded so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="415" />
        <source>The recording is kept in the vault, encrypted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="239" />
        <source>Set a new passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="243" />
        <source>Type the 24 words of the recovery code, then choose a new passphrase. The old passphrase stops working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="251" />
        <source>Recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="254" />
        <source>Recovery &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="255" />
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="256" />
        <source>&amp;New passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="259" />
        <source>Repeat the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="260" />
        <source>&amp;Repeat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="265" />
        <source>Opening with the recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="270" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="273" />
        <source>Set passphrase and open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="296" />
        <source>The recovery code has 24 words. Please type all of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="302" />
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="306" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="58" />
        <source>New recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="69" />
        <source>Close without checking?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="71" />
        <source>The old recovery code no longer works. If you close now without writing down the new one, you can make another one later in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="74" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="253" />
        <source>Your recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="258" />
        <source>Write these 24 words on paper, in order, and keep the paper away from this computer. If you forget your passphrase, they are the only way into the vault. They are shown only now and are not stored anywhere readable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="284" />
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="286" />
        <source>I have written down the 24 words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="292" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="304" />
        <source>Check your recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="306" />
        <source>To be sure the paper is right, type these words from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="314" />
        <source>Word number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="318" />
        <source>Word %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="324" />
        <source>Show the words again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="328" />
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="353" />
        <source>Some words do not match. Check the paper, or show the words again and correct it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="33" />
        <source>Dossier (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="38" />
        <source>The dossier holds only what the profile allows and what the testimonies' consent permits for the use chosen; what is left out is listed, not shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="45" />
        <source>Redaction profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="47" />
        <source>Full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="48" />
        <source>No contact details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="49" />
        <source>Advocacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="52" />
        <source>Use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="54" />
        <source>Internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="55" />
        <source>UN or government submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="56" />
        <source>Legal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="57" />
        <source>Public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="60" />
        <source>Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="61" />
        <source>Use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="63" />
        <source>Make the dossier...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="90" />
        <source>Save the dossier</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="38" />
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="39" />
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="40" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="41" />
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="135" />
        <source>Your review of this case and your grades of its accounts. They are records of their own: the field's records, and the status it keeps, never change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="148" />
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="150" />
        <source>Review state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="153" />
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="154" />
        <source>Assigned to (a name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="155" />
        <source>Save review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="161" />
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="197" />
        <source>you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="161" />
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="197" />
        <source>an unknown reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="164" />
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="200" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="165" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="166" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="171" />
        <source>Review history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="176" />
        <source>Grades of the accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="179" />
        <source>Testimony or event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="180" />
        <source>Grades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="181" />
        <source>Current grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="186" />
        <source>Testimonies and events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="191" />
        <source>Add grade...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="191" />
        <source>Add grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="195" />
        <source>Grades of the chosen account, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="203" />
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="206" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="207" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="212" />
        <source>Grade history, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="225" />
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="230" />
        <source>assigned to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="232" />
        <source>no longer assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="255" />
        <source>Testimony of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="257" />
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="263" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="268" />
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="320" />
        <source>The review was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="341" />
        <source>The grade was added.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="14" />
        <source>Not reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="15" />
        <source>Under review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="16" />
        <source>Needs follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="17" />
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="18" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="22" />
        <source>Edited on both sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="23" />
        <source>Received, not reviewed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="24" />
        <source>Received changes since your review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="27" />
        <source>Assigned to you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="28" />
        <source>Follow-up answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="34" />
        <source>completely reliable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="35" />
        <source>usually reliable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="36" />
        <source>fairly reliable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="37" />
        <source>not usually reliable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="38" />
        <source>unreliable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="39" />
        <source>reliability cannot be judged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="42" />
        <source>confirmed by other sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="43" />
        <source>probably true</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="44" />
        <source>possibly true</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="45" />
        <source>doubtful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="46" />
        <source>improbable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="47" />
        <source>truth cannot be judged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="53" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="77" />
        <source>%1%2 (%3; %4)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="241" />
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="249" />
        <source>Seal a bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="263" />
        <source>A sealed bundle is a file that only the contacts you choose can open. It is signed by this vault, so they can check it came from you unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="268" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="273" />
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="274" />
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="283" />
        <source>Only verified contacts can be chosen. Verify a contact in Contacts by comparing safety numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="290" />
        <source>What leaves the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="313" />
        <source>Encryption: post-quantum hybrid (ML-KEM-768 + X25519) when every recipient supports it, otherwise classic X25519.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="321" />
        <source>Use classic X25519 only (for the standard age tool in an emergency)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="324" />
        <source>Use classic X25519 only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="330" />
        <source>Save &amp;to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="331" />
        <source>Bundle file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="333" />
        <source>Choose where to save the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="336" />
        <source>Choose...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="336" />
        <source>Choose the bundle file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="362" />
        <source>Sealing progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="377" />
        <source>Seal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="377" />
        <source>Seal the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="381" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="383" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="396" />
        <source>Every case in this vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="397" />
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="398" />
        <source>%n case(s):</source>
        <translation>
            <numerusform>%n case:</numerusform>
            <numerusform>%n cases:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="401" />
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="430" />
        <source>keys changed, verify them again first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="432" />
        <source>not verified yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="434" />
        <source>%1 (cannot be chosen: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="441" />
        <source>You have no contacts yet. Add a colleague's identity card in Contacts and verify it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="479" />
        <source>Save the sealed bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="496" />
        <source>%1, safety number %2 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="504" />
        <source>Protection: X25519 only, as you chose (not post-quantum).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="510" />
        <source>Protection: X25519 only, for everyone: %1 has no post-quantum key. Tick “Use classic X25519 only” to seal anyway, or seal to them separately.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="518" />
        <source>Protection: post-quantum hybrid (ML-KEM-768 + X25519).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="532" />
        <source>Choose at least one verified contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="535" />
        <source>Choose where to save the bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="561" />
        <source>Sealing...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="569" />
        <source>The bundle is sealed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="575" />
        <source>The profile left out %n restricted case(s).</source>
        <translation>
            <numerusform>The profile left out %n restricted case.</numerusform>
            <numerusform>The profile left out %n restricted cases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="588" />
        <source>Cancelled. No bundle was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="38" />
        <source>Name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="42" />
        <source>Testimony: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="50" />
        <source>Event: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="52" />
        <source>Place: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="99" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="102" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="103" />
        <source>Found by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="107" />
        <source>Cases found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="117" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="120" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="123" />
        <source>Script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="128" />
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="134" />
        <source>People found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="84" />
        <source>Names are matched across Cyrillic, Latin, Arabic script and Chinese: Ержан, Erzhan and Yerzhan find the same person. Press Enter on a case to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="44" />
        <source>Title: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="46" />
        <source>Summary: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="48" />
        <source>Reference: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="170" />
        <source>Searching...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="199" />
        <source>%1 cases and %2 people match %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="98" />
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="102" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="49" />
        <source>Automatic lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="54" />
        <source>Key rotation (forward secrecy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="59" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="67" />
        <source>As the system (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="73" />
        <source>Amanat will be in %1 the next time this vault is unlocked (lock it with Ctrl+L, then unlock it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="83" />
        <source>Inbox (review)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="89" />
        <source>Never (only when asked)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="90" />
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="95" />
        <source>The encryption keys will change only when you ask.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="98" />
        <source>New encryption keys will be made every %n day(s), when the vault is unlocked.</source>
        <translation>
            <numerusform>New encryption keys will be made every %n day, when the vault is unlocked.</numerusform>
            <numerusform>New encryption keys will be made every %n days, when the vault is unlocked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="114" />
        <source>Lock after idle minutes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="118" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="126" />
        <source>Make new encryption keys:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="127" />
        <source>Days between new encryption keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="130" />
        <source>Contacts learn the new keys from your next bundle or card; your safety number stays the same. Once old keys are destroyed, a laptop taken later cannot open bundles sealed to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="142" />
        <source>Keep replaced keys for bundles on their way:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="145" />
        <source>Days replaced keys are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="148" />
        <source>After this, replaced keys are destroyed: a bundle sealed to them can no longer be opened, here or anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="153" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="154" />
        <source>Replaced keys will be destroyed %n day(s) after they were replaced.</source>
        <translation>
            <numerusform>Replaced keys will be destroyed %n day after they were replaced.</numerusform>
            <numerusform>Replaced keys will be destroyed %n days after they were replaced.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="164" />
        <source>Language of Amanat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="165" />
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="166" />
        <source>Applied the next time this vault is unlocked. Dates and numbers follow the language; Uyghur lays the window out from right to left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="177" />
        <source>Watched exchange folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="178" />
        <source>Watched inbox folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="179" />
        <source>A folder your organisation already syncs (Syncthing, Nextcloud, a USB stick). While the vault is unlocked, bundles that arrive there are opened if they come from verified contacts; the others wait in quarantine. Empty: none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="186" />
        <source>The inbox now watches the folder you chose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="190" />
        <source>The inbox watches no folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="196" />
        <source>Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="203" />
        <source>Microphone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="204" />
        <source>Microphone to record with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="207" />
        <source>The device last chosen in the recorder; empty: the computer's default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="215" />
        <source>Camera:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="216" />
        <source>Camera to record with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="223" />
        <source>Record video too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="224" />
        <source>Record video as well as sound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="111" />
        <source>Lock the vault after this long without activity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="115" />
        <source>You can always lock at once with Ctrl+L.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="138" />
        <source>Your identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="153" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="154" />
        <source>Fingerprint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="157" />
        <source>Passphrase, recovery code and master key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="160" />
        <source>Change passphrase...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="162" />
        <source>New recovery code...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="170" />
        <source>Travel mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="176" />
        <source>Before crossing a border or when the laptop is at risk, you can destroy this vault. Send your cases to a colleague first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="181" />
        <source>Wipe this vault...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="189" />
        <source>Working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="215" />
        <source>Replace master key...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="218" />
        <source>If a copy of this vault or of its key file may have been taken (a seized laptop, a lost backup), replace the master key: old copies of the key file then open nothing, whatever passphrase goes with them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="224" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="242" />
        <source>Not available in this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="330" />
        <source>Replacing the master key encrypts the whole vault again: it takes about as long as reading every attachment once, and you can cancel until it finishes. Your passphrase stays the same. You will get a NEW recovery code: the old one and every old copy of the key file stop working. Type your passphrase to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="352" />
        <source>The master key was replaced. Old copies of the key file open nothing any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="358" />
        <source>Cancelled. The master key was not replaced; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="119" />
        <source>The vault will lock after %n minute(s) without activity.</source>
        <translation>
            <numerusform>The vault will lock after %n minute without activity.</numerusform>
            <numerusform>The vault will lock after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="293" />
        <source>The passphrase was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="296" />
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="303" />
        <source>A new recovery code replaces the old one, which stops working. Type your passphrase to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="320" />
        <source>The passphrase is wrong. The recovery code was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="324" />
        <source>The new recovery code is in place.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="55" />
        <source>What the chart counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="58" />
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="69" />
        <source>Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="71" />
        <source>By current status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="72" />
        <source>By detention facility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="73" />
        <source>By prefecture of origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="74" />
        <source>By county of origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="75" />
        <source>By year of first detention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="76" />
        <source>By sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="77" />
        <source>By age at the events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="78" />
        <source>Documented over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="82" />
        <source>Events from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="83" />
        <source>from (2018)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="84" />
        <source>Events until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="85" />
        <source>until (2019-06)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="86" />
        <source>Current status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="87" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="90" />
        <source>Review state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="91" />
        <source>Any review state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="96" />
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="96" />
        <source>Apply the filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="109" />
        <source>Documented persons, not estimates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="111" />
        <source>Save as PNG...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="111" />
        <source>Save as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="112" />
        <source>Save as SVG...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="112" />
        <source>Save as SVG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="176" />
        <source>%1 documented persons, not estimates, match the filters. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="184" />
        <source>Each person is counted once, by their current status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="185" />
        <source>A person held in two facilities is counted in each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="186" />
        <source>Each person is counted once, by the prefecture of origin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="187" />
        <source>Each person is counted once, by the county of origin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="188" />
        <source>Each person is counted once, by their first detention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="189" />
        <source>Each person is counted once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="190" />
        <source>Age at the first event of the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="191" />
        <source>Persons by the month their first case was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="196" />
        <source>Persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="250" />
        <source>Apply the filters to count first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="254" />
        <source>Save the chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="266" />
        <source>The chart was saved and the export was logged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="389" />
        <source>Very weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="390" />
        <source>Weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="391" />
        <source>Fair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="392" />
        <source>Strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="393" />
        <source>Very strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="406" />
        <source>Strength: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="412" />
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="295" />
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="298" />
        <source>Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="301" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="304" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="307" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="308" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="312" />
        <source>Testimonies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="316" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="316" />
        <source>Open testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="339" />
        <source>Sealed, signature valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="341" />
        <source>Sealed, SIGNATURE INVALID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="344" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="346" />
        <source>(correction)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="129" />
        <source>Back to the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="132" />
        <source>New testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="132" />
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="718" />
        <source>Testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="139" />
        <source>Save state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="141" />
        <source>Seal...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="141" />
        <source>Seal testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="144" />
        <source>Correct...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="144" />
        <source>Correct testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="148" />
        <source>Consent withdrawn...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="150" />
        <source>Record a withdrawal of consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="154" />
        <source>Edit...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="154" />
        <source>Edit the received draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="159" />
        <source>Record...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="159" />
        <source>Record the interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="198" />
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="201" />
        <source>Notes on this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="205" />
        <source>No notes yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="215" />
        <source>About this testimony:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="218" />
        <source>Grade: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="223" />
        <source>(by %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="229" />
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="234" />
        <source>Who is speaking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="235" />
        <source>Choose who is speaking...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="240" />
        <source>%1 (the person of concern)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="248" />
        <source>Someone else (type the name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="249" />
        <source>&amp;Speaker:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="250" />
        <source>Speaker's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="251" />
        <source>Name as the speaker gives it, in any script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="262" />
        <source>Relation to the person of concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="263" />
        <source>Not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="266" />
        <source>&amp;Relation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="267" />
        <source>Language of the narrative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="268" />
        <source>Choose the language...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="271" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="272" />
        <source>Date of the interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="273" />
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="274" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="275" />
        <source>Place of the interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="276" />
        <source>A city or country, never an address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="277" />
        <source>&amp;Place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="278" />
        <source>Interview mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="281" />
        <source>&amp;Mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="282" />
        <source>Interviewers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="283" />
        <source>Names, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="284" />
        <source>&amp;Interviewers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="285" />
        <source>Interpreter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="286" />
        <source>Leave empty if none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="287" />
        <source>I&amp;nterpreter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="291" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="295" />
        <source>Informed consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="296" />
        <source>Given voluntarily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="297" />
        <source>May be named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="298" />
        <source>Face may be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="299" />
        <source>Voice may be used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="304" />
        <source>Informed: the speaker knows how the testimony will be kept, shared and used. Voluntary: given freely, without pressure or payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="319" />
        <source>Permitted uses:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="336" />
        <source>&amp;Narrative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="339" />
        <source>Narrative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="342" />
        <source>The testimony in the speaker's words...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="345" />
        <source>Choose who is speaking and the language to start: every word is then saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="406" />
        <source>Loading...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="428" />
        <source>Testimony (correction of a sealed one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="474" />
        <source>Sealed — read only. Sealed on %1 and signed; the signature is valid: the text has not changed since. To fix a mistake, use Correct... (a new version; this one is kept).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="486" />
        <source>Sealed — read only. Sealed on %1, but the signature does NOT verify: the stored testimony does not match what was signed. Report this to your coordinator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="501" />
        <source>Sealed testimony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="509" />
        <source>Consent was withdrawn on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="533" />
        <source>Received — read only. This draft came in a bundle from a contact. Choose Edit... to change it here: your change is a new revision, and theirs stays in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="601" />
        <source>Consent is recorded for the uses ticked above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="606" />
        <source>Sealed: read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="608" />
        <source>Received: read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="610" />
        <source>Saving...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="612" />
        <source>Unsaved changes (saving in a moment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="614" />
        <source>Saved at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="616" />
        <source>Not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="618" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="690" />
        <source>The date is not valid (use YYYY-MM-DD, YYYY-MM or YYYY); it was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="735" />
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="743" />
        <source>Save the testimony first, then record the interview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="769" />
        <source>Sealing makes this testimony permanent. It is signed with this vault's key, so anyone who receives it can check that not one word was changed. After sealing it cannot be edited: a mistake is fixed by a correction, a new version that keeps the sealed original.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="777" />
        <source>Seal this testimony?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="777" />
        <source>Seal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="802" />
        <source>Correct this testimony?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="804" />
        <source>A correction is a new draft that starts as a copy of this testimony. The sealed original is kept unchanged and stays visible; the correction supersedes it once it is sealed in turn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="808" />
        <source>Start a correction</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="104" />
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="105" />
        <source>Not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="106" />
        <source>Keys changed: verify again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="108" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="123" />
        <source>Unknown sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="124" />
        <source>Sender not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="125" />
        <source>Sender's keys changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="136" />
        <source>an unknown sender whose card says “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="144" />
        <source>Two contacts share a name: %1 is also the name (or looks like the name) of another contact with other keys. Tell them apart by the safety number, never by the name.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="159" />
        <source>Bundle %1 from %2 has not arrived.</source>
        <translation>
            <numerusform>Bundle %1 from %2 has not arrived.</numerusform>
            <numerusform>Bundle %1 from %2 has not arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="161" />
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="83" />
        <source>Unlock your vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="92" />
        <source>&amp;Vault:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="93" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="94" />
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="100" />
        <source>Unlocking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="105" />
        <source>Unlocking... deriving the key takes a moment on purpose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="126" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="137" />
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="144" />
        <source>Create a new vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="148" />
        <source>Open a demo vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="169" />
        <source>There is no vault to unlock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="172" />
        <source>Please type your passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="212" />
        <source>Open an older copy?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="213" />
        <source>This vault's database is older than its key file. If you restored it from your own backup, you can open it: it will hold what the backup held, and changes made since (for example a withdrawn consent) are gone. If you did not restore anything, someone may have replaced it: do not open it, and ask for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="221" />
        <source>Open the older copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VaultChooser</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="52" />
        <source>Vault</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VerifyContactDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="185" />
        <source>Verify a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="191" />
        <source>Verify %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="198" />
        <source>The keys of %1 changed since you last verified them. This happens with a new laptop or a reinstalled vault, and also when someone impersonates them. Compare the new safety number before you trust it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="210" />
        <source>Meet %1, or call them where you know their voice. They open Contacts &gt; My identity and read their safety number aloud; compare it with the one on the left, group by group. Then read yours (on the right) to them, so that they can verify you too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="221" />
        <source>Safety number of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="224" />
        <source>Their safety number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="227" />
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="230" />
        <source>Your safety number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="237" />
        <source>&amp;Optional: type the digits they read to you, and Amanat compares them:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="240" />
        <source>Digits they read to you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="241" />
        <source>The 60 digits; spaces do not matter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="250" />
        <source>I compared all 12 groups with %1 over a channel I trust, and they match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="256" />
        <source>I compared all 12 groups, and they match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="265" />
        <source>Mark as verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="309" />
        <source>The digits you typed are NOT this contact's safety number. Do not verify it: someone may be impersonating them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Viewers</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="93" />
        <source>Audio and video playback is off: this computer lacks the system sound libraries Qt needs (PulseAudio or PipeWire client). Install them (for example the libpulse0 package) and restart Amanat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="99" />
        <source>Audio and video playback is off: Qt's multimedia module could not be loaded on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="112" />
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="131" />
        <source>This image cannot be shown: the format is unknown or the file is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="139" />
        <source>%1 by %2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="216" />
        <source>PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="227" />
        <source>This PDF cannot be shown: it is damaged or protected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="296" />
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="302" />
        <source>Audio recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="307" />
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="309" />
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="362" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="315" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="360" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="370" />
        <source>This recording cannot be played: the format is unknown or damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="398" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="414" />
        <source>Amanat cannot show this kind of file. It is kept encrypted in the vault; you can save a copy if you need to open it elsewhere.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="53" />
        <source>Welcome to Amanat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="57" />
        <source>Amanat keeps cases, testimonies and their files in an encrypted vault on this computer. Only your passphrase or your recovery code opens it; nothing readable is ever written to the disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="64" />
        <source>Create a vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="71" />
        <source>For a first look, open a demo vault filled with invented cases. It is a separate vault; nothing in it is real.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="77" />
        <source>Open a demo vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="82" />
        <source>Open an existing vault</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="184" />
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="187" />
        <source>Wipe this vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="192" />
        <source>Every case, testimony and file in this vault will be destroyed. The keys are erased first, so what remains on the disk cannot be decrypted. This cannot be undone. Cases you have not sent to a colleague are lost for good. Solid-state disks may keep old copies of some sectors; without the keys they are unreadable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="201" />
        <source>To confirm, type the vault's name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="203" />
        <source>Vault name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="205" />
        <source>Wipe the vault</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="239" />
        <source>Consent withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="241" />
        <source>Record a withdrawal of consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="245" />
        <source>The sealed testimony stays unchanged; the withdrawal is recorded beside it, wins over the consent given, and travels with the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="251" />
        <source>Date of the withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="252" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="263" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="264" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="268" />
        <source>Record withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="279" />
        <source>Use a date like 2024-05-17, 2024-05 or 2024.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="283" />
        <source>Tick at least one use.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="98" />
        <source>Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="112" />
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="114" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="115" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="116" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="117" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="118" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="119" />
        <source>Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="130" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="131" />
        <source>Search cases and people in any script (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="136" />
        <source>Open bundle...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="138" />
        <source>Open a received bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="141" />
        <source>Open a sealed bundle you received (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="144" />
        <source>Seal bundle...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="146" />
        <source>Seal the chosen cases into a bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="150" />
        <source>Seal the case on screen, or the cases chosen with it, for a contact (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="154" />
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="154" />
        <source>Lock the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="156" />
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="167" />
        <source>Creating demo cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="168" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="341" />
        <source>The dossier was saved and the export was logged. Delete it when done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="408" />
        <source>Recording kept in the vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="451" />
        <source>The case was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="459" />
        <source>Open a case first, then add a testimony.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="467" />
        <source>Open a case first, then attach files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="491" />
        <source>Choose one or more cases in the list first, then seal them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="504" />
        <source>The bundle was sealed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="507" />
        <source>Open a sealed bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="512" />
        <source>The bundle was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="514" />
        <source>The bundle waits in Contacts &gt; Quarantine.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/workspace.py" line="551" />
        <source>Creating %n invented case(s) for the demo...</source>
        <translation>
            <numerusform>Creating %n invented case for the demo...</numerusform>
            <numerusform>Creating %n invented cases for the demo...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/workspace.py" line="560" />
        <source>%n demo case(s) created.</source>
        <translation>
            <numerusform>%n demo case created.</numerusform>
            <numerusform>%n demo cases created.</numerusform>
        </translation>
    </message>
</context>
</TS>