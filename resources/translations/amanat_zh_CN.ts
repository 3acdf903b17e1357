<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgeSecretDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="219"/>
        <source>Export the emergency key</source>
        <translation>导出应急密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="221"/>
        <source>Export the emergency key?</source>
        <translation>要导出应急密钥吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="226"/>
        <source>This writes the vault&apos;s SECRET key to a file. Anyone who gets the file can open every bundle ever sealed to this vault, without your passphrase. Do it only when Amanat cannot be used and a bundle must be opened with the standard age tool. Keep the file offline (never on the laptop that travels), never send it, and destroy it afterwards.</source>
        <translation>这会把保险库的私密密钥写入一个文件。任何拿到该文件的人，无需您的口令，就能打开曾经封存给此保险库的每一个数据包。仅在无法使用 Amanat 且必须用标准 age 工具打开数据包时才这样做。请离线保存该文件（绝不要放在随身携带的笔记本电脑上），绝不要发送它，用完后将其销毁。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="234"/>
        <source>Which key</source>
        <translation>哪个密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="240"/>
        <source>Classic X25519 key: opens bundles sealed with classic encryption</source>
        <translation>经典 X25519 密钥：可打开用经典加密封存的数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="243"/>
        <source>Classic X25519 key</source>
        <translation>经典 X25519 密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="247"/>
        <source>Post-quantum hybrid key: opens the default bundles (age 1.3 or later)</source>
        <translation>后量子混合密钥：可打开默认的数据包（age 1.3 或更高版本）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="250"/>
        <source>Post-quantum hybrid key</source>
        <translation>后量子混合密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="258"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="260"/>
        <source>I understand that this file opens everything sealed to me</source>
        <translation>我明白此文件能打开封存给我的所有内容</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="266"/>
        <source>Export the secret key...</source>
        <translation>导出私密密钥...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="268"/>
        <source>Export the secret key</source>
        <translation>导出私密密钥</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="128"/>
        <source>&amp;New case...</source>
        <translation>新建案件(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="129"/>
        <source>New &amp;testimony...</source>
        <translation>新建证词(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="130"/>
        <source>&amp;Attach files...</source>
        <translation>添加附件(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="131"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="132"/>
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="133"/>
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="134"/>
        <source>P&amp;laces</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="135"/>
        <source>C&amp;ontacts</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="136"/>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="137"/>
        <source>&amp;Seal bundle...</source>
        <translation>封存数据包(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="138"/>
        <source>Seal a&amp;ll cases...</source>
        <translation>封存全部案件(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="139"/>
        <source>&amp;Open bundle...</source>
        <translation>打开数据包(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="140"/>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="141"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="143"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="144"/>
        <source>&amp;About Amanat</source>
        <translation>关于 Amanat(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="198"/>
        <source>&amp;Vault</source>
        <translation>保险库(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="199"/>
        <source>V&amp;iew</source>
        <translation>视图(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
        <translation>Amanat（已锁定）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="325"/>
        <source>Vault unlocked.</source>
        <translation>保险库已解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="341"/>
        <source>The vault locks as soon as the attachment is saved.</source>
        <translation>附件一保存完毕，保险库就会锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="355"/>
        <source>Amanat quits as soon as the attachment is saved.</source>
        <translation>附件一保存完毕，Amanat 就会退出。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="361"/>
        <source>The vault was locked. Unlock it to continue.</source>
        <translation>保险库已锁定。请解锁以继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="365"/>
        <source>An attachment was still being added when the vault was locked: the file being written was not saved. After unlocking, check the case&apos;s attachments and add what is missing.</source>
        <translation>保险库锁定时仍有附件正在添加：正在写入的文件未保存。解锁后，请检查该案件的附件，并补上缺少的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="370"/>
        <source>The lock waited until the attachment being added was saved.</source>
        <translation>锁定操作已等到正在添加的附件保存完毕。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/window.py" line="378"/>
        <source>Locked while files were being attached: %n file(s) not saved. Add them again.</source>
        <translation>
            <numerusform>添加文件时已锁定：%n 个文件未保存。请重新添加。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/window.py" line="383"/>
        <source>Saved before the lock: %n file(s) being attached.</source>
        <translation>
            <numerusform>锁定前已保存：%n 个正在添加的文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="425"/>
        <source>The vault was wiped.</source>
        <translation>保险库已清除。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="441"/>
        <source>About Amanat</source>
        <translation>关于 Amanat</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="444"/>
        <source>Amanat %1

An offline, encrypted casework tool for documenting persecution. Free software under the GNU AGPL, version 3 or later.</source>
        <translation>Amanat %1

一款离线、加密的案件工作工具，用于记录迫害。自由软件，依据 GNU AGPL 第 3 版或更高版本发布。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/window.py" line="453"/>
        <source>The user guide is in docs/user-guide-app.md of the Amanat folder.</source>
        <translation>用户指南位于 Amanat 文件夹的 docs/user-guide-app.md。</translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="38"/>
        <source>Correct the attachment</source>
        <translation>更正附件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="45"/>
        <source>No testimony</source>
        <translation>无证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="47"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="51"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="60"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="61"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="65"/>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="68"/>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="72"/>
        <source>&amp;Role:</source>
        <translation>用途(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="75"/>
        <source>Belongs to testimony</source>
        <translation>所属证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="79"/>
        <source>&amp;Testimony:</source>
        <translation>证词(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="94"/>
        <source>the description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachment_dialog.py" line="95"/>
        <source>the role</source>
        <translation>用途</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="61"/>
        <source>Files are encrypted into the vault as they are added. Drop files here or use Attach files. They are shown from memory: nothing readable is written to disk.</source>
        <translation>文件在添加时即被加密存入保险库。将文件拖放到此处，或使用“添加附件”。文件从内存中显示：不会有任何可读内容写入磁盘。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="86"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="87"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="90"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="96"/>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="99"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="103"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="107"/>
        <source>Attach files...</source>
        <translation>添加附件...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="107"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="109"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="109"/>
        <source>View attachment</source>
        <translation>查看附件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="111"/>
        <source>Save a copy...</source>
        <translation>保存副本...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="111"/>
        <source>Save a decrypted copy</source>
        <translation>保存解密副本</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="114"/>
        <source>Correct...</source>
        <translation>更正...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="116"/>
        <source>Correct the description, role or testimony of the attachment</source>
        <translation>更正附件的说明、用途或所属证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="120"/>
        <source>Remove working copy...</source>
        <translation>删除工作副本...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="122"/>
        <source>Remove the chosen working copy (the original is kept)</source>
        <translation>删除所选的工作副本（原件保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="133"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="137"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="163"/>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="397"/>
        <source>Choose a file and press View.</source>
        <translation>选择一个文件，然后点击“查看”。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="194"/>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="202"/>
        <source>Choose an attachment in the list first.</source>
        <translation>请先在列表中选择一个附件。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="208"/>
        <source>This is an evidentiary original: it is never removed. Only a working copy can be removed.</source>
        <translation>这是证据原件：它永远不会被删除。只有工作副本可以删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="216"/>
        <source>Remove this working copy?</source>
        <translation>要删除此工作副本吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="218"/>
        <source>The working copy leaves the case and its file leaves the vault. The evidentiary original stays, and the custody log records the removal.</source>
        <translation>工作副本将从案件中移除，其文件将从保险库中移除。证据原件保留，保管日志会记录此次删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="221"/>
        <source>Remove the working copy</source>
        <translation>删除工作副本</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="275"/>
        <source>Encrypting %n file(s) into the vault...</source>
        <translation>
            <numerusform>正在将 %n 个文件加密存入保险库...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="285"/>
        <source>%n file(s) added to the case.</source>
        <translation>
            <numerusform>已向案件添加 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="292"/>
        <source>Cancelled. Files added before the cancel are kept.</source>
        <translation>已取消。取消前添加的文件会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="309"/>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="404"/>
        <source>Choose a file in the list first.</source>
        <translation>请先在列表中选择一个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="321"/>
        <source>Decrypting...</source>
        <translation>正在解密...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="374"/>
        <source>This file is too large to view inside Amanat (over %1). It stays encrypted in the vault; save a copy if you need to open it elsewhere.</source>
        <translation>此文件太大，无法在 Amanat 中查看（超过 %1）。它仍加密保存在保险库中；如需在别处打开，请保存副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="409"/>
        <source>Save a readable copy?</source>
        <translation>要保存可读副本吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="412"/>
        <source>This writes a decrypted copy of %1 outside the vault. Anyone with access to that disk or stick can read it, and it stays there until you delete it. The export is recorded in the case&apos;s custody log.</source>
        <translation>这会在保险库之外写入 %1 的解密副本。任何能访问该磁盘或 U 盘的人都能读取它，并且它会一直留在那里，直到您将其删除。此次导出会记录在案件的保管日志中。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="418"/>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="430"/>
        <source>Writing the decrypted copy...</source>
        <translation>正在写入解密副本...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/attachments_panel.py" line="447"/>
        <source>The decrypted copy was saved and the export was logged. Delete it when done.</source>
        <translation>解密副本已保存，导出已记录。用完后请将其删除。</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="77"/>
        <source>Full</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="78"/>
        <source>No contact details</source>
        <translation>不含联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="79"/>
        <source>Advocacy</source>
        <translation>倡导</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="86"/>
        <source>Everything in the cases, with its whole history: for your own team.</source>
        <translation>案件中的全部内容及其完整历史：供您自己的团队使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="89"/>
        <source>Without contact details, exact addresses and anything marked restricted.</source>
        <translation>不含联系方式、确切地址以及任何标记为受限的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="93"/>
        <source>For outside partners: also without ID numbers, and only testimonies whose consent allows UN, legal or public use.</source>
        <translation>供外部合作伙伴使用：也不含证件号码，且只包含同意允许用于联合国、法律或公开用途的证词。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="104"/>
        <source>post-quantum hybrid (ML-KEM-768 + X25519)</source>
        <translation>后量子混合（ML-KEM-768 + X25519）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="105"/>
        <source>classic X25519</source>
        <translation>经典 X25519</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="120"/>
        <source>Sealed %n case(s) for %1.</source>
        <translation>
            <numerusform>已为 %1 封存 %n 个案件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="125"/>
        <source>%n record(s) and</source>
        <translation>
            <numerusform>%n 条记录和</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="127"/>
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n 个附件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="129"/>
        <source>Encryption: %1. Profile: %2.</source>
        <translation>加密：%1。配置：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="134"/>
        <source>File: %1 (%2).</source>
        <translation>文件：%1（%2）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="141"/>
        <source>The profile left out %n restricted case(s).</source>
        <translation>
            <numerusform>该配置排除了 %n 个受限案件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="149"/>
        <source>Send the file over any channel: only the chosen contacts can open it, and they can check that it came from you unchanged.</source>
        <translation>可通过任何渠道发送该文件：只有所选的联系人能打开它，并且他们能核实它来自您且未被改动。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="159"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n 条新增</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="160"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n 条已更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="161"/>
        <source>%n older than yours (kept)</source>
        <translation>
            <numerusform>%n 条比您的旧（已保留）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="162"/>
        <source>%n already here</source>
        <translation>
            <numerusform>%n 条已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="163"/>
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n 条存在冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="164"/>
        <source>%n proposed by a vault that does not own them (not applied)</source>
        <translation>
            <numerusform>%n 条由不拥有它们的保险库提出（未应用）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="167"/>
        <source>%n draft(s) replaced by a sealed testimony</source>
        <translation>
            <numerusform>%n 份草稿被已封存的证词取代</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="170"/>
        <source>%n kept behind a sealed testimony</source>
        <translation>
            <numerusform>%n 条保留在已封存的证词之后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="179"/>
        <source>Imported %n case(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个案件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="192"/>
        <source>%n record(s): %1.</source>
        <translation>
            <numerusform>%n 条记录：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="193"/>
        <source>nothing new</source>
        <translation>没有新内容</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="199"/>
        <source>Attachments: %1 stored, %2 already here.</source>
        <translation>附件：已存储 %1 个，已存在 %2 个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="206"/>
        <source>Changed on both sides: %n record(s). Both versions were kept and the case shows a conflict for you to resolve.</source>
        <translation>
            <numerusform>双方都有修改：%n 条记录。两个版本都已保留，案件会显示一个冲突，等待您解决。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="216"/>
        <source>Proposed changes: %n record(s) were changed by a vault that did not create them. They were kept but not applied; the case shows them for a person to accept or decline.</source>
        <translation>
            <numerusform>提议的修改：%n 条记录被并非其创建者的保险库修改。这些修改已保留但未应用；案件会显示它们，由人来接受或拒绝。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyLockDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="21"/>
        <source>Quit Amanat?</source>
        <translation>要退出 Amanat 吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="21"/>
        <source>Lock the vault?</source>
        <translation>要锁定保险库吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="28"/>
        <source>An attachment is still being added to a case. Wait for it, and the vault locks by itself as soon as the file is saved; or lock now, and the file being written is NOT saved (add it again after unlocking).</source>
        <translation>仍有附件正在添加到案件中。您可以等待，文件一保存完毕保险库就会自动锁定；也可以立即锁定，但正在写入的文件将不会保存（解锁后请重新添加）。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="38"/>
        <source>Wait for it, then quit</source>
        <translation>等待完成后退出</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="38"/>
        <source>Wait for it, then lock</source>
        <translation>等待完成后锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="44"/>
        <source>Quit anyway</source>
        <translation>仍然退出</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/lock_dialog.py" line="44"/>
        <source>Lock anyway</source>
        <translation>仍然锁定</translation>
    </message>
</context>
<context>
    <name>CardTextDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="127"/>
        <source>Your identity card</source>
        <translation>您的身份卡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="129"/>
        <source>Your identity card as text</source>
        <translation>您的身份卡（文本形式）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="133"/>
        <source>Paste this into a message to a colleague. It holds your display name and public keys, nothing secret. They still have to compare your safety number with you before they trust it.</source>
        <translation>把这段文本粘贴到发给同事的消息中。其中包含您的显示名称和公钥，没有任何机密内容。对方在信任它之前，仍须与您核对安全码。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="139"/>
        <source>Identity card text</source>
        <translation>身份卡文本</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="148"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="148"/>
        <source>Copy the card</source>
        <translation>复制身份卡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="157"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="28"/>
        <source>Correct the case</source>
        <translation>更正案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="41"/>
        <source>Case title</source>
        <translation>案件标题</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="42"/>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="43"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="44"/>
        <source>&amp;Assignee:</source>
        <translation>负责人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="45"/>
        <source>Our reference</source>
        <translation>我方编号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="46"/>
        <source>&amp;Reference:</source>
        <translation>编号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="47"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="49"/>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="55"/>
        <source>the title is empty.</source>
        <translation>标题为空。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="68"/>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="69"/>
        <source>the assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="70"/>
        <source>our reference</source>
        <translation>我方编号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_dialog.py" line="71"/>
        <source>the summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="113"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="114"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="117"/>
        <source>Filter by facility</source>
        <translation>按关押场所筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="118"/>
        <source>Any facility</source>
        <translation>任意场所</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="119"/>
        <source>Filter by hometown</source>
        <translation>按家乡筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="120"/>
        <source>Any hometown</source>
        <translation>任意家乡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="121"/>
        <source>Filter by assignee</source>
        <translation>按负责人筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="122"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="123"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="129"/>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="139"/>
        <source>Events from</source>
        <translation>事件起始</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="130"/>
        <source>Events until</source>
        <translation>事件截止</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="132"/>
        <source>YYYY or YYYY-MM</source>
        <translation>YYYY 或 YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="141"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="203"/>
        <source>Not a date: use YYYY or YYYY-MM</source>
        <translation>不是日期：请使用 YYYY 或 YYYY-MM</translation>
    </message>
</context>
<context>
    <name>CaseFollowups</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="37"/>
        <source>Questions about this case</source>
        <translation>关于此案件的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="40"/>
        <source>Ask the field a question</source>
        <translation>向一线人员提问</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="42"/>
        <source>What the question is about</source>
        <translation>问题涉及的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="44"/>
        <source>The question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="45"/>
        <source>For example: which camp in Ghulja?</source>
        <translation>例如：伊宁的哪个营地？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="49"/>
        <source>Ask</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="60"/>
        <source>The case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="61"/>
        <source>The person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="64"/>
        <source>Event %1: %2</source>
        <translation>事件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="66"/>
        <source>Testimony %1</source>
        <translation>证词 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_followups.py" line="96"/>
        <source>Question saved. It travels with the next bundle of this case.</source>
        <translation>问题已保存。它将随此案件的下一个数据包一起发送。</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="101"/>
        <source>(unknown person)</source>
        <translation>（未知人员）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="142"/>
        <source>Consent was withdrawn: check what may still be used.</source>
        <translation>同意已撤回：请检查哪些内容仍可使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="148"/>
        <source>Consent is missing: the speaker has not given informed, voluntary consent. This testimony must not be used or shared until consent is recorded.</source>
        <translation>缺少同意：讲述者尚未给出知情、自愿的同意。在记录同意之前，不得使用或分享此证词。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="157"/>
        <source>do not name the speaker</source>
        <translation>不得公开讲述者姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="160"/>
        <source>do not show the speaker&apos;s face</source>
        <translation>不得展示讲述者面部</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="164"/>
        <source>do not use the speaker&apos;s voice</source>
        <translation>不得使用讲述者声音</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="168"/>
        <source>internal use only</source>
        <translation>仅限内部使用</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="170"/>
        <source>no use is permitted</source>
        <translation>不允许任何用途</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="179"/>
        <source>not permitted: %1</source>
        <translation>不允许：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="186"/>
        <source>Consent is restricted: %1.</source>
        <translation>同意受限：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="196"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="198"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="200"/>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_doc.py" line="201"/>
        <source>Given</source>
        <translation>已给出</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="540"/>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation>在列表中选择一个案件，或按 Ctrl+N 新建一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="561"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="562"/>
        <source>Case status</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="568"/>
        <source>Correct the case...</source>
        <translation>更正案件...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="570"/>
        <source>Correct the case&apos;s title and fields</source>
        <translation>更正案件的标题和字段</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="574"/>
        <source>New testimony</source>
        <translation>新建证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="578"/>
        <source>Seal bundle...</source>
        <translation>封存数据包...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="578"/>
        <source>Seal this case</source>
        <translation>封存此案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="580"/>
        <source>Seal this case into a bundle for a contact (Ctrl+E)</source>
        <translation>将此案件封存为数据包，发给一位联系人（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="583"/>
        <source>Dossier...</source>
        <translation>案卷...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="583"/>
        <source>Make a dossier (PDF) of this case</source>
        <translation>为此案件制作案卷（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="589"/>
        <source>Loading the case</source>
        <translation>正在加载案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="604"/>
        <source>&amp;Person</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="605"/>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="606"/>
        <source>&amp;Testimonies</source>
        <translation>证词(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="607"/>
        <source>&amp;Attachments</source>
        <translation>附件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="608"/>
        <source>&amp;Notes</source>
        <translation>批注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="609"/>
        <source>Re&amp;view</source>
        <translation>审阅(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="611"/>
        <source>&amp;Follow-ups</source>
        <translation>追问(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="613"/>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="614"/>
        <source>C&amp;ustody log</source>
        <translation>保管日志(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="624"/>
        <source>Add an event...</source>
        <translation>添加事件...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="624"/>
        <source>Add an event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="627"/>
        <source>Correct...</source>
        <translation>更正...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="627"/>
        <source>Correct the chosen event</source>
        <translation>更正所选事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="630"/>
        <source>Remove...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="630"/>
        <source>Remove the chosen event</source>
        <translation>删除所选事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="642"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="643"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="695"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="646"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="649"/>
        <source>Stated reason</source>
        <translation>所称理由</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="650"/>
        <source>Sentence</source>
        <translation>刑期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="651"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="655"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="658"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="692"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="661"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="700"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="664"/>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="667"/>
        <source>Record id</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="670"/>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="672"/>
        <source>Author key</source>
        <translation>作者密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="676"/>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="677"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="677"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="681"/>
        <source>Came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="682"/>
        <source>a bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="682"/>
        <source>this vault</source>
        <translation>此保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="688"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="703"/>
        <source>With</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="704"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="707"/>
        <source>Entry hash</source>
        <translation>条目哈希</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="714"/>
        <source>Custody log</source>
        <translation>保管日志</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="721"/>
        <source>Every action on this case, in order. Each entry carries the fingerprint of the one before, so the log cannot be altered unnoticed.</source>
        <translation>此案件上的每一项操作，按顺序排列。每个条目都带有前一个条目的指纹，因此日志无法被悄悄篡改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="751"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="757"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="759"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="810"/>
        <source>also recorded as %1</source>
        <translation>也记录为 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="815"/>
        <source>Ref. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="817"/>
        <source>Assigned to %1</source>
        <translation>分配给 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="825"/>
        <source>an unknown vault</source>
        <translation>未知的保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="838"/>
        <source>Changes by %1 to records of this case were kept but not applied: they wait for your decision. Compare and decide in Review &gt; Conflicts (Ctrl+5).</source>
        <translation>%1 对此案件记录所做的更改已保留但未应用：它们等待您的决定。请在“审阅 &gt; 冲突”（Ctrl+5）中比较并决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="849"/>
        <source>Some records of this case were changed in two places and both versions were kept. Compare and resolve them in Review &gt; Conflicts (Ctrl+5).</source>
        <translation>此案件的部分记录在两处被更改，两个版本都已保留。请在“审阅 &gt; 冲突”（Ctrl+5）中比较并解决。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="868"/>
        <source>&amp;Testimonies (%1)</source>
        <translation>证词(&amp;T)（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="871"/>
        <source>&amp;Attachments (%1)</source>
        <translation>附件(&amp;A)（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="933"/>
        <source>Choose an event in the list first.</source>
        <translation>请先在列表中选择一个事件。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="946"/>
        <source>Remove this event?</source>
        <translation>要删除此事件吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="948"/>
        <source>The event leaves the case. Nothing is lost: its versions stay in the case&apos;s history, and the custody log records the removal.</source>
        <translation>该事件将从案件中移除。不会丢失任何内容：它的各个版本保留在案件历史中，保管日志会记录此次删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="951"/>
        <source>Remove the event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="78"/>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="90"/>
        <source>aged %1-%2 in %3</source>
        <translation>%3 时 %1-%2 岁</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="95"/>
        <source>aged %1-%2</source>
        <translation>%1-%2 岁</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/text.py" line="128"/>
        <source>%1 (changes to review)</source>
        <translation>%1（有待审阅的修改）</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="70"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="74"/>
        <source>Person of concern</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="79"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="83"/>
        <source>Hometown</source>
        <translation>家乡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="86"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="92"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="97"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="235"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="247"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="264"/>
        <source>Choose a case in the list, or create one with Ctrl+N.</source>
        <translation>在列表中选择一个案件，或按 Ctrl+N 新建一个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/cases/cases_section.py" line="349"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个案件</numerusform>
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
        <translation>更改口令</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="103"/>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="104"/>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="106"/>
        <source>Repeat the new passphrase</source>
        <translation>再次输入新口令</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="107"/>
        <source>&amp;Current passphrase:</source>
        <translation>当前口令(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="108"/>
        <source>&amp;New passphrase:</source>
        <translation>新口令(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="110"/>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="120"/>
        <source>Please type your current passphrase.</source>
        <translation>请输入您当前的口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="125"/>
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation>此口令太容易被猜到。请使用更多的词或更多的字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="129"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="165"/>
        <source>Resolve a conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="180"/>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="183"/>
        <source>The result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="197"/>
        <source>a person</source>
        <translation>一个人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="198"/>
        <source>a case</source>
        <translation>一个案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="199"/>
        <source>an event</source>
        <translation>一个事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="200"/>
        <source>a testimony</source>
        <translation>一份证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="201"/>
        <source>a record</source>
        <translation>一条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="202"/>
        <source>no case</source>
        <translation>无案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="203"/>
        <source>Two versions of %1 in the case %2</source>
        <translation>案件 %2 中 %1 的两个版本</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="146"/>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="206"/>
        <source>an unknown vault</source>
        <translation>未知的保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="45"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="46"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="47"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="48"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="49"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="50"/>
        <source>Home town</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="51"/>
        <source>Identity documents</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="52"/>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="53"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="54"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="55"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="56"/>
        <source>Sensitivity</source>
        <translation>敏感级别</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="57"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="58"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="59"/>
        <source>Other people in the case</source>
        <translation>案件中的其他人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="60"/>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="61"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="62"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="63"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="64"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="65"/>
        <source>Victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="66"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="67"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="68"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="69"/>
        <source>Reason given</source>
        <translation>给出的理由</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="70"/>
        <source>Sentence</source>
        <translation>刑期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="71"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="72"/>
        <source>Reported in testimonies</source>
        <translation>证词中提及</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="73"/>
        <source>Speaker</source>
        <translation>讲述者</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="74"/>
        <source>Relation to the person</source>
        <translation>与该人员的关系</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="75"/>
        <source>Interviewers</source>
        <translation>采访人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="76"/>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="77"/>
        <source>How the interview was held</source>
        <translation>采访方式</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="78"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="79"/>
        <source>Account</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="80"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="81"/>
        <source>Corrects</source>
        <translation>更正对象</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="82"/>
        <source>Seal</source>
        <translation>封存</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="83"/>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="84"/>
        <source>Other person</source>
        <translation>其他人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="85"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="102"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="105"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="107"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="137"/>
        <source>nothing given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="150"/>
        <source>Mine: the version shown here (by %1, %2)</source>
        <translation>我方：此处显示的版本（%1，%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="156"/>
        <source>Theirs: by %1, %2</source>
        <translation>对方：%1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="210"/>
        <source>%1 proposes a change to the version shown here. Keep theirs, keep yours, or take each field from either.</source>
        <translation>%1 提议更改此处显示的版本。保留对方的、保留您的，或逐个字段从任一方选取。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="218"/>
        <source>This record was edited here and by %1 since their common version. Marked fields are the ones each side changed. Choose, field by field, which to keep.</source>
        <translation>自共同版本以来，此记录在这里和 %1 处都被编辑过。标记的字段是各方更改过的字段。请逐个字段选择保留哪一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="226"/>
        <source>More versions came in: this view compares with the first; resolving ends them all.</source>
        <translation>收到了更多版本：此视图与第一个版本比较；解决后将结束所有版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="236"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="251"/>
        <source>Both versions say the same.</source>
        <translation>两个版本内容相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="254"/>
        <source>%1 other fields are the same in both.</source>
        <translation>其余 %1 个字段在两个版本中相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="277"/>
        <source>%1 (changed)</source>
        <translation>%1（已更改）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="281"/>
        <source>%1: keep %2</source>
        <translation>%1：保留%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="282"/>
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="282"/>
        <source>theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="300"/>
        <source>Keep all of mine</source>
        <translation>全部保留我的</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="301"/>
        <source>Keep all of theirs</source>
        <translation>全部保留对方的</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="311"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflict_dialog.py" line="312"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="30"/>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="81"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="31"/>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="80"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="32"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="33"/>
        <source>Testimony</source>
        <translation>证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="34"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="35"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="36"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="42"/>
        <source>Proposed change</source>
        <translation>提议的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="43"/>
        <source>Edited on both sides</source>
        <translation>双方都已编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="48"/>
        <source>an unknown vault</source>
        <translation>未知的保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="82"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="83"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="84"/>
        <source>Changed by</source>
        <translation>更改者</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="85"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="90"/>
        <source>Records waiting for a decision</source>
        <translation>等待决定的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="95"/>
        <source>Compare and resolve...</source>
        <translation>比较并解决...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="96"/>
        <source>Open the case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="106"/>
        <source>A record edited here and elsewhere keeps both versions until you choose. Resolving writes one version that both sides accept, so the conflict does not come back.</source>
        <translation>在这里和别处都被编辑过的记录会保留两个版本，直到您作出选择。解决时会写入一个双方都接受的版本，因此冲突不会再出现。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="142"/>
        <source>%1 records are waiting for a decision.</source>
        <translation>%1 条记录正在等待决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="144"/>
        <source>One record is waiting for a decision.</source>
        <translation>有一条记录正在等待决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="146"/>
        <source>No record is waiting for a decision.</source>
        <translation>没有等待决定的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/conflicts_panel.py" line="173"/>
        <source>Conflict resolved.</source>
        <translation>冲突已解决。</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="931"/>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="932"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="982"/>
        <source>&amp;Quarantine</source>
        <translation>隔离区(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="933"/>
        <source>My &amp;identity</source>
        <translation>我的身份(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="980"/>
        <source>&amp;Quarantine (%1)</source>
        <translation>隔离区(&amp;Q)（%1）</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="432"/>
        <source>The people you exchange sealed bundles with. A contact added from a card is not verified: compare safety numbers with them before you seal to them or accept their bundles.</source>
        <translation>与您交换封存数据包的人。从身份卡添加的联系人尚未验证：在向其封存或接受其数据包之前，请先与对方核对安全码。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="442"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="445"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="491"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="448"/>
        <source>Safety number</source>
        <translation>安全码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="453"/>
        <source>Post-quantum</source>
        <translation>后量子</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="454"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="454"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="456"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="462"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="470"/>
        <source>Add from card file...</source>
        <translation>从身份卡文件添加...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="472"/>
        <source>Add a contact from a card file</source>
        <translation>从身份卡文件添加联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="476"/>
        <source>Paste card text...</source>
        <translation>粘贴身份卡文本...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="478"/>
        <source>Add a contact from pasted card text</source>
        <translation>从粘贴的身份卡文本添加联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="481"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="543"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="554"/>
        <source>Verify...</source>
        <translation>验证...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="481"/>
        <source>Verify the chosen contact</source>
        <translation>验证所选联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="488"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="538"/>
        <source>Chosen contact</source>
        <translation>所选联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="493"/>
        <source>Contact&apos;s safety number</source>
        <translation>联系人的安全码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="495"/>
        <source>Key history</source>
        <translation>密钥历史</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="535"/>
        <source>Choose a contact in the list.</source>
        <translation>在列表中选择一个联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="542"/>
        <source>Verified on %1.</source>
        <translation>已于 %1 验证。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="546"/>
        <source>Keys changed: nothing is sealed to this contact or accepted from them until you compare the new safety number and verify them again.</source>
        <translation>密钥已更改：在您核对新的安全码并重新验证之前，不会向此联系人封存任何内容，也不会接受来自对方的任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="549"/>
        <source>Verify again...</source>
        <translation>重新验证...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="552"/>
        <source>Not verified: compare this safety number with them before you exchange bundles.</source>
        <translation>未验证：在交换数据包之前，请与对方核对此安全码。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="579"/>
        <source>Add a contact from a card</source>
        <translation>从身份卡添加联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="613"/>
        <source>The card renames %1 to a name that looks like another contact&apos;s; the name is kept.</source>
        <translation>该身份卡要把 %1 改名为一个与另一位联系人相似的名称；已保留原名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="624"/>
        <source>The keys of %1 changed. Nothing will be sealed to them or accepted from them until you compare the new safety number and verify them again.</source>
        <translation>%1 的密钥已更改。在您核对新的安全码并重新验证之前，不会向对方封存任何内容，也不会接受来自对方的任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="631"/>
        <source>%1 is already a contact.</source>
        <translation>%1 已经是联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="637"/>
        <source>%1 was added, not verified yet. Compare the safety number with them, then press Verify.</source>
        <translation>已添加 %1，尚未验证。请与对方核对安全码，然后点击“验证”。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="670"/>
        <source>%1 is verified. You can now seal bundles to them and accept theirs.</source>
        <translation>%1 已验证。现在您可以向对方封存数据包，并接受对方的数据包。</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="105"/>
        <source>Create a demo vault</source>
        <translation>创建演示保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="105"/>
        <source>Create a vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="110"/>
        <source>The demo vault is protected like a real one. Choose a passphrase you can remember for it.</source>
        <translation>演示保险库与真实保险库受同样的保护。请为它选择一个您能记住的口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="115"/>
        <source>Choose a long passphrase: several words that mean something only to you. Nobody, including the Amanat team, can recover it for you; the recovery code shown next is the only other key.</source>
        <translation>请选择一个较长的口令：几个只对您有意义的词。任何人，包括 Amanat 团队，都无法为您找回它；接下来显示的恢复码是唯一的另一把钥匙。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="124"/>
        <source>Vault name</source>
        <translation>保险库名称</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="125"/>
        <source>Demo vault</source>
        <translation>演示保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="127"/>
        <source>For example: your first name or team</source>
        <translation>例如：您的名字或团队</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="128"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="130"/>
        <source>Shown to the contacts you send sealed bundles to.</source>
        <translation>会显示给您发送封存数据包的联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="133"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="134"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="137"/>
        <source>Repeat the passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="138"/>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="142"/>
        <source>Creating the vault</source>
        <translation>正在创建保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="147"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="151"/>
        <source>Create vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="176"/>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="191"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="182"/>
        <source>Please give the vault a name.</source>
        <translation>请为保险库起一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="185"/>
        <source>Please choose a passphrase.</source>
        <translation>请选择一个口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="188"/>
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation>此口令太容易被猜到。请使用更多的词或更多的字符。</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="193"/>
        <source>Another vault created this record. Your correction shows here at once and reaches that vault as a proposal, which a person there accepts or declines.</source>
        <translation>此记录由另一个保险库创建。您的更正会立即显示在这里，并以提议的形式送达该保险库，由那里的人接受或拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="211"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="215"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="215"/>
        <source>Save the correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="283"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="286"/>
        <source>Please check: %1</source>
        <translation>请检查：%1</translation>
    </message>
</context>
<context>
    <name>EditForm</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="61"/>
        <source>Detect from the text</source>
        <translation>从文本检测</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="101"/>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="110"/>
        <source>%1: write a date as YYYY-MM-DD, YYYY-MM or YYYY (~ for about).</source>
        <translation>%1：日期请写作 YYYY-MM-DD、YYYY-MM 或 YYYY（约数加 ~）。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="150"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/edit_form.py" line="152"/>
        <source>Remove this row</source>
        <translation>删除此行</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="84"/>
        <source>An unexpected error occurred.</source>
        <translation>发生了意外错误。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="85"/>
        <source>This passphrase does not open the vault. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>此口令无法打开保险库。请检查键盘布局和 Caps Lock，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="90"/>
        <source>This recovery code does not open the vault. Check each word and try again.</source>
        <translation>此恢复码无法打开保险库。请逐词检查后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="93"/>
        <source>The vault is damaged or is not an Amanat vault.</source>
        <translation>保险库已损坏，或不是 Amanat 保险库。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="96"/>
        <source>There is no vault in this folder.</source>
        <translation>此文件夹中没有保险库。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="99"/>
        <source>A vault with this name already exists.</source>
        <translation>同名的保险库已存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="102"/>
        <source>The vault is open in another Amanat window or process. Close it there first.</source>
        <translation>保险库已在另一个 Amanat 窗口或进程中打开。请先在那里关闭它。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="105"/>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="107"/>
        <source>The vault&apos;s database is older than its key file: it was restored from an older copy, or someone rolled it back. Changes made since (a withdrawn consent, an import) may be undone.</source>
        <translation>保险库的数据库比其密钥文件旧：它是从较旧的副本恢复的，或者有人将其回滚了。此后所做的更改（撤回的同意、导入）可能已被撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="113"/>
        <source>The vault is busy with other work. Try again when it has finished.</source>
        <translation>保险库正忙于其他工作。请在其完成后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="116"/>
        <source>The vault&apos;s key file asks for unsafe settings and was refused. It may have been tampered with.</source>
        <translation>保险库的密钥文件要求不安全的设置，已被拒绝。它可能已被篡改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="121"/>
        <source>This vault was written by a newer version of Amanat. Please update Amanat.</source>
        <translation>此保险库由更新版本的 Amanat 写入。请更新 Amanat。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="124"/>
        <source>The passphrase must not be empty.</source>
        <translation>口令不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="127"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="130"/>
        <source>The keys were destroyed, but some files could not be removed.</source>
        <translation>密钥已销毁，但有些文件无法删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="133"/>
        <source>Some of the information is not valid. Please check the form.</source>
        <translation>部分信息无效。请检查表单。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="136"/>
        <source>This value is not allowed for this setting. Nothing was changed.</source>
        <translation>此设置不允许该值。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="139"/>
        <source>This setting does not exist in this version of Amanat.</source>
        <translation>此版本的 Amanat 中没有该设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="142"/>
        <source>This record no longer exists.</source>
        <translation>此记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="143"/>
        <source>This record is sealed and cannot be changed. Record a correction instead.</source>
        <translation>此记录已封存，无法更改。请改为记录一条更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="146"/>
        <source>An integrity check failed: the stored data does not match its fingerprint.</source>
        <translation>完整性检查失败：存储的数据与其指纹不符。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="149"/>
        <source>A cryptographic check failed.</source>
        <translation>密码学检查失败。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="150"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="151"/>
        <source>This change is not allowed.</source>
        <translation>不允许此更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="152"/>
        <source>Only the vault that created this record may do this.</source>
        <translation>只有创建此记录的保险库才能这样做。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="155"/>
        <source>That version is no longer waiting for a decision.</source>
        <translation>该版本已不再等待决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="158"/>
        <source>That version was sealed by someone other than the testimony&apos;s interviewer. It cannot be accepted.</source>
        <translation>该版本由证词的采访人以外的人封存，无法接受。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="163"/>
        <source>The disk is full. Nothing was changed.</source>
        <translation>磁盘已满。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="166"/>
        <source>These cases have no follow-up questions or answers to send.</source>
        <translation>这些案件没有可发送的追问或答复。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="169"/>
        <source>A question can be asked about a case, its person, an event or a testimony.</source>
        <translation>只能针对案件、其人员、事件或证词提问。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="172"/>
        <source>This record is no longer waiting for a decision.</source>
        <translation>此记录已不再等待决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="175"/>
        <source>This record has several incoming versions. Choose field by field.</source>
        <translation>此记录有多个传入版本。请逐个字段选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="178"/>
        <source>The file could not be read or written.</source>
        <translation>无法读取或写入该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="184"/>
        <source>These persons cannot be merged or separated.</source>
        <translation>无法合并或拆分这些人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="187"/>
        <source>These are already one person. Nothing was merged.</source>
        <translation>这些已经是同一个人员。未进行合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="190"/>
        <source>A person cannot be marked as not the same as itself.</source>
        <translation>不能将一个人员标记为与其自身不是同一人。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="193"/>
        <source>These persons were marked as not the same person, so they cannot be merged.</source>
        <translation>这些人员已被标记为不是同一人，因此无法合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="197"/>
        <source>This merge was undone already.</source>
        <translation>此合并已被撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="200"/>
        <source>These are one merged person. Unmerge them first.</source>
        <translation>这些是合并后的同一人员。请先取消合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="210"/>
        <source>The contact could not be changed.</source>
        <translation>无法更改该联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="213"/>
        <source>This file is not an Amanat identity card, or it is damaged.</source>
        <translation>此文件不是 Amanat 身份卡，或已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="216"/>
        <source>This identity card was made by a newer version of Amanat. Please update.</source>
        <translation>此身份卡由更新版本的 Amanat 制作。请更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="219"/>
        <source>The identity card does not verify: it was altered or damaged. Ask for it again.</source>
        <translation>身份卡验证失败：它已被改动或损坏。请重新索取。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="223"/>
        <source>The identity card&apos;s new encryption keys are not signed by its own key. It was not accepted.</source>
        <translation>身份卡的新加密密钥未经其自身密钥签名，未被接受。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="228"/>
        <source>This is your own identity card.</source>
        <translation>这是您自己的身份卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="231"/>
        <source>Several contacts have this name.</source>
        <translation>有多位联系人使用此名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="234"/>
        <source>The digits you typed are NOT this contact&apos;s safety number. Do not verify it: someone may be impersonating them.</source>
        <translation>您输入的数字不是此联系人的安全码。不要验证：可能有人在冒充对方。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="239"/>
        <source>The name on this card holds invisible characters or characters that change how text is shown (such as right-to-left overrides or zero-width spaces). It was refused: a name must look like what it is.</source>
        <translation>此身份卡上的名称含有不可见字符或会改变文本显示方式的字符（例如从右到左强制符或零宽空格），已被拒绝：名称必须与其外观一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="245"/>
        <source>An evidentiary original is never removed; only a working copy can be.</source>
        <translation>证据原件永远不会被删除；只有工作副本可以删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="248"/>
        <source>The text holds control characters (such as terminal escape sequences). It was refused; nothing was changed.</source>
        <translation>文本中含有控制字符（例如终端转义序列），已被拒绝；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="253"/>
        <source>A recipient has no post-quantum key: the bundle would be protected by X25519 only, for everyone. Choose X25519 only explicitly, or seal to them separately.</source>
        <translation>有一位接收者没有后量子密钥：该数据包对所有人都将只受 X25519 保护。请明确选择“仅使用经典 X25519”，或单独向其封存。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="258"/>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="451"/>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>同名文件已存在。请另选一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="261"/>
        <source>The bundle could not be opened. Your vault was not changed.</source>
        <translation>无法打开该数据包。您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="264"/>
        <source>This file is not a sealed bundle. Your vault was not changed.</source>
        <translation>此文件不是封存的数据包。您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="267"/>
        <source>The bundle is damaged or was altered after it was sealed. Nothing was imported; your vault was not changed. Ask the sender to send it again.</source>
        <translation>数据包已损坏，或在封存后被改动。未导入任何内容；您的保险库未被更改。请让发送者重新发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="272"/>
        <source>This file is encrypted with a passphrase, not sealed to contacts. It was refused; your vault was not changed.</source>
        <translation>此文件是用口令加密的，并非封存给联系人，已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="277"/>
        <source>This file mixes kinds of keys that sealed bundles never use. It was refused; your vault was not changed.</source>
        <translation>此文件混用了封存数据包从不使用的密钥类型，已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="282"/>
        <source>No key this vault holds now opens this bundle: it was sealed to keys destroyed after a rotation, or to another vault. Ask the sender to seal it again.</source>
        <translation>此保险库现有的密钥都无法打开该数据包：它封存给了轮换后已销毁的密钥，或封存给了另一个保险库。请让发送者重新封存。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="288"/>
        <source>This bundle was not sealed to this vault, so it cannot be opened here. Your vault was not changed.</source>
        <translation>此数据包并非封存给此保险库，因此无法在这里打开。您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="293"/>
        <source>The file opens, but it is not an Amanat bundle. Your vault was not changed.</source>
        <translation>文件可以打开，但不是 Amanat 数据包。您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="296"/>
        <source>This bundle was made by a newer version of Amanat. Please update Amanat; your vault was not changed.</source>
        <translation>此数据包由更新版本的 Amanat 制作。请更新 Amanat；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="301"/>
        <source>The bundle exceeds a size limit and was refused. Your vault was not changed.</source>
        <translation>数据包超出大小限制，已被拒绝。您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="304"/>
        <source>The bundle is malformed and was refused. Your vault was not changed.</source>
        <translation>数据包格式有误，已被拒绝。您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="307"/>
        <source>The bundle ends too early: it was cut short in transit. Your vault was not changed. Ask the sender to send it again.</source>
        <translation>数据包提前结束：它在传输中被截断。您的保险库未被更改。请让发送者重新发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="312"/>
        <source>The sender&apos;s identity card inside the bundle is invalid. It was refused; your vault was not changed.</source>
        <translation>数据包中发送者的身份卡无效，已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="317"/>
        <source>The sender did not seal this bundle for you: someone re-encrypted it to you. It was refused; your vault was not changed.</source>
        <translation>此数据包不是发送者为您封存的：有人把它重新加密给了您。已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="322"/>
        <source>The bundle&apos;s recipients differ from those the sender signed. It was refused; your vault was not changed.</source>
        <translation>数据包的接收者与发送者签名的接收者不一致，已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="327"/>
        <source>This bundle was already imported. Nothing changed.</source>
        <translation>此数据包已导入过。没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="330"/>
        <source>This bundle is older than one already imported from the same sender. It was refused; your vault was not changed.</source>
        <translation>此数据包比同一发送者已导入的数据包更旧，已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="335"/>
        <source>The bundle&apos;s contents do not match what the sender listed: it was altered. It was refused; your vault was not changed.</source>
        <translation>数据包的内容与发送者列出的不符：它已被改动。已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="340"/>
        <source>A part of the bundle does not match its recorded fingerprint: it was altered. It was refused; your vault was not changed.</source>
        <translation>数据包的某一部分与其记录的指纹不符：它已被改动。已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="345"/>
        <source>A record in the bundle is invalid. The bundle was refused; your vault was not changed.</source>
        <translation>数据包中的一条记录无效。数据包已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="350"/>
        <source>A change in the bundle is not signed by the person it names as its author: it was altered or written under someone else&apos;s name. The bundle was refused; your vault was not changed.</source>
        <translation>数据包中的一项修改没有由其署名作者签名：它已被改动，或以他人名义写成。数据包已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="356"/>
        <source>The quarantine is full. Discard bundles waiting there, or verify their senders and import them, then open this bundle again. It was left where it is; nothing changed.</source>
        <translation>隔离区已满。请丢弃在那里等待的数据包，或验证其发送者并导入它们，然后再打开此数据包。它仍留在原处；没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="362"/>
        <source>A file with that name already exists there. Nothing was written: choose another name, or confirm that you want to replace it.</source>
        <translation>那里已存在同名文件。未写入任何内容：请另选一个名称，或确认您要替换它。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="367"/>
        <source>That folder is a temporary folder, which other programs read and clean up. Nothing was written: choose a folder of your own.</source>
        <translation>该文件夹是临时文件夹，其他程序会读取并清理其中的内容。未写入任何内容：请选择您自己的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="372"/>
        <source>The passphrase is too short: use at least 12 characters, best several words.</source>
        <translation>口令太短：请至少使用 12 个字符，最好是几个词。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="376"/>
        <source>These key settings are too weak for a new passphrase. Nothing was changed.</source>
        <translation>这些密钥设置对新口令来说太弱。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="380"/>
        <source>A change received from another vault does not carry a valid signature of its author, so it cannot be passed on. Nothing was sealed.</source>
        <translation>从另一个保险库收到的一项修改没有其作者的有效签名，因此无法转发。未封存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="385"/>
        <source>A change in the bundle names an author who is not one of your contacts. The bundle was refused; your vault was not changed.</source>
        <translation>数据包中的一项修改署名的作者不是您的联系人。数据包已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="390"/>
        <source>An unsigned change in the bundle names someone other than the sender as its author, which cannot be proven. The bundle was refused; your vault was not changed.</source>
        <translation>数据包中一项未签名的修改把发送者以外的人署为作者，这无法证明。数据包已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="396"/>
        <source>A record in the bundle has a field this version of Amanat does not know. The bundle was refused; your vault was not changed.</source>
        <translation>数据包中的一条记录含有此版本 Amanat 不认识的字段。数据包已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="401"/>
        <source>The bundle refers to records that neither it nor this vault holds. It was refused; your vault was not changed.</source>
        <translation>数据包引用了它自己和此保险库都没有的记录，已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="406"/>
        <source>The sender&apos;s signature does not verify: the bundle was altered or re-encrypted by someone else. It was refused; your vault was not changed.</source>
        <translation>发送者的签名验证失败：数据包被他人改动或重新加密。已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="411"/>
        <source>Extra data follows the sender&apos;s signature. The bundle was refused; your vault was not changed.</source>
        <translation>发送者签名之后还有多余数据。数据包已被拒绝；您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="416"/>
        <source>The sender is not a verified contact, so nothing was imported. The bundle waits in Contacts &gt; Quarantine until you verify the sender.</source>
        <translation>发送者不是已验证的联系人，因此未导入任何内容。数据包会在“联系人 &gt; 隔离区”中等待，直到您验证发送者。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="421"/>
        <source>This bundle was sealed by this vault. Nothing was imported.</source>
        <translation>此数据包是由此保险库封存的。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="424"/>
        <source>Choose at least one verified contact.</source>
        <translation>请至少选择一位已验证的联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="427"/>
        <source>The same contact is chosen twice.</source>
        <translation>同一位联系人被选择了两次。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="430"/>
        <source>A chosen contact is not verified yet. Compare their safety number and verify them first.</source>
        <translation>所选的一位联系人尚未验证。请先核对其安全码并完成验证。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="435"/>
        <source>The keys of a chosen contact changed. Compare their new safety number and verify them again before sealing to them.</source>
        <translation>所选的一位联系人的密钥已更改。向其封存之前，请核对新的安全码并重新验证。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="440"/>
        <source>Choose the cases to seal.</source>
        <translation>请选择要封存的案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="443"/>
        <source>Nothing is left to send: the chosen profile leaves out every chosen case (they are restricted). Choose the full profile or other cases.</source>
        <translation>没有可发送的内容：所选配置排除了所有所选案件（它们是受限的）。请选择完整配置或其他案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="448"/>
        <source>Unknown redaction profile.</source>
        <translation>未知的脱敏配置。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="454"/>
        <source>The vault changed while sealing. Nothing was written; please try again.</source>
        <translation>封存过程中保险库发生了变化。未写入任何内容；请重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="457"/>
        <source>An internal error stopped the bundle.</source>
        <translation>内部错误中止了数据包的生成。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="467"/>
        <source>Waiting for the file to finish copying: it changed while it was read. It will be tried again; nothing was imported.</source>
        <translation>正在等待文件复制完成：读取时文件发生了变化。稍后将重试；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="472"/>
        <source>Waiting for the file to finish copying: it is still empty. It will be tried again; nothing was imported.</source>
        <translation>正在等待文件复制完成：文件仍为空。稍后将重试；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="477"/>
        <source>The file could not be read (check its permissions, or that the drive is still there). Your vault was not changed.</source>
        <translation>无法读取该文件（请检查其权限，或确认驱动器仍然连接）。您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="482"/>
        <source>The inbox folder does not exist (or is not a folder). Choose another.</source>
        <translation>收件箱文件夹不存在（或不是文件夹）。请另选一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="590"/>
        <source>Check %1.</source>
        <translation>请检查%1。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="47"/>
        <source>Correct the event</source>
        <translation>更正事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="49"/>
        <source>Add an event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="59"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="60"/>
        <source>Choose what happened</source>
        <translation>选择发生了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="63"/>
        <source>E&amp;vent:</source>
        <translation>事件(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="65"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="65"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM 或 YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="67"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="69"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="69"/>
        <source>Optional: when it ended</source>
        <translation>可选：结束的时间</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="71"/>
        <source>&amp;Until:</source>
        <translation>截止(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="72"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="73"/>
        <source>Type in any script and choose, e.g. a camp</source>
        <translation>可用任何文字输入并选择，例如某个营地</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="74"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="75"/>
        <source>Stated reason</source>
        <translation>所称理由</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="76"/>
        <source>Stated &amp;reason:</source>
        <translation>所称理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="77"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="80"/>
        <source>Descr&amp;iption:</source>
        <translation>说明(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="100"/>
        <source>what happened: choose the kind of event.</source>
        <translation>发生了什么：请选择事件类型。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="102"/>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="130"/>
        <source>the date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="103"/>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="131"/>
        <source>the end date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="129"/>
        <source>the kind of event</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="132"/>
        <source>the place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="133"/>
        <source>the stated reason</source>
        <translation>所称理由</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/event_dialog.py" line="134"/>
        <source>the description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="491"/>
        <source>person of concern</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="492"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="493"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="494"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="495"/>
        <source>script</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="496"/>
        <source>identifier</source>
        <translation>识别号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="497"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="498"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="499"/>
        <source>date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="500"/>
        <source>hometown</source>
        <translation>家乡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="501"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="502"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="503"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="504"/>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="505"/>
        <source>reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="506"/>
        <source>assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="507"/>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="508"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="509"/>
        <source>stated reason</source>
        <translation>所称理由</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="510"/>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="511"/>
        <source>testimony</source>
        <translation>证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="512"/>
        <source>narrative</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="513"/>
        <source>speaker</source>
        <translation>讲述者</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="514"/>
        <source>interviewer</source>
        <translation>采访人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="515"/>
        <source>interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="516"/>
        <source>consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="517"/>
        <source>permitted use</source>
        <translation>允许的用途</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="518"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="519"/>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="520"/>
        <source>ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="524"/>
        <source>first</source>
        <translation>第一个</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="525"/>
        <source>second</source>
        <translation>第二个</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="526"/>
        <source>third</source>
        <translation>第三个</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="527"/>
        <source>fourth</source>
        <translation>第四个</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="528"/>
        <source>fifth</source>
        <translation>第五个</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="548"/>
        <source>one of the fields</source>
        <translation>其中一个字段</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="556"/>
        <source>the %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="561"/>
        <source>%1 number %2</source>
        <translation>第 %2 个%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="568"/>
        <source>the %1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/messages.py" line="576"/>
        <source>%1&apos;s %2</source>
        <translation>%1的%2</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/file_dialogs.py" line="64"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/file_dialogs.py" line="79"/>
        <source>Save a decrypted copy</source>
        <translation>保存解密副本</translation>
    </message>
</context>
<context>
    <name>FollowupsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="56"/>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="57"/>
        <source>Only open questions</source>
        <translation>仅显示未答复的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="64"/>
        <source>Follow-up questions</source>
        <translation>追问</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="74"/>
        <source>Answers</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="81"/>
        <source>Your answer</source>
        <translation>您的答复</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="82"/>
        <source>Your answer to the selected question</source>
        <translation>您对所选问题的答复</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="87"/>
        <source>Answer with</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="88"/>
        <source>A note</source>
        <translation>一条批注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="89"/>
        <source>A note and the record as corrected now</source>
        <translation>一条批注及现已更正的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="90"/>
        <source>A note and a testimony of the case</source>
        <translation>一条批注及此案件的一份证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="94"/>
        <source>Correct the record first (open the case), then answer: the answer links to the corrected version.</source>
        <translation>请先更正记录（打开案件），然后答复：答复会链接到更正后的版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="100"/>
        <source>The testimony that answers it</source>
        <translation>答复此问题的证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="104"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="106"/>
        <source>Open the case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="115"/>
        <source>Questions travel with the next bundle of their case. An answer here goes back the same way, and the question is answered on both sides. To answer with a correction or a new testimony, make it in the case first, then answer here and link it.</source>
        <translation>问题随其案件的下一个数据包一起发送。此处的答复按同样方式传回，问题在双方都会标记为已答复。如需以更正或新证词作答，请先在案件中完成，然后在此答复并链接它。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="151"/>
        <source>%1 questions, %2 open.</source>
        <translation>%1 个问题，%2 个未答复。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="153"/>
        <source>No follow-up questions.</source>
        <translation>没有追问。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="179"/>
        <source>Not answered yet.</source>
        <translation>尚未答复。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="205"/>
        <source>Testimony %1: %2</source>
        <translation>证词 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/followups_panel.py" line="254"/>
        <source>Answer saved. It travels with the next bundle of the case.</source>
        <translation>答复已保存。它将随此案件的下一个数据包一起发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="16"/>
        <source>The case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="17"/>
        <source>The person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="18"/>
        <source>An event</source>
        <translation>一个事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="19"/>
        <source>A testimony</source>
        <translation>一份证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="22"/>
        <source>%1, field %2</source>
        <translation>%1，字段 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="30"/>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="32"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="37"/>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="53"/>
        <source>an unknown vault</source>
        <translation>未知的保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="40"/>
        <source>(answered by a correction)</source>
        <translation>（已通过更正回答）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="41"/>
        <source>(answered by a new testimony)</source>
        <translation>（已通过新证词回答）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="43"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="63"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="64"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="65"/>
        <source>Asked by</source>
        <translation>提问人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="66"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="67"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/followup_words.py" line="71"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="61"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="63"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="95"/>
        <source>Add grade</source>
        <translation>添加评级</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="64"/>
        <source>Grading: %1</source>
        <translation>评级：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="68"/>
        <source>Judge the two apart. How reliable is the source: the person who gave this account, from what you know of them? How credible is the information itself: is it confirmed by other sources? A reliable source can pass on a rumour; an unknown one can be confirmed. A new grade never replaces an older one: both stay in the history.</source>
        <translation>请分开判断两者。来源有多可靠：根据您对提供此陈述之人的了解？信息本身有多可信：是否得到其他来源的证实？可靠的来源也可能转述传闻；未知的来源也可能得到证实。新的评级绝不会取代旧的评级：两者都保留在历史中。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="78"/>
        <source>Source reliability</source>
        <translation>来源可靠性</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="81"/>
        <source>Information credibility</source>
        <translation>信息可信度</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="86"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="88"/>
        <source>Why this grade: what you checked, against what.</source>
        <translation>为何给出此评级：您核对了什么，依据什么核对。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="90"/>
        <source>&amp;Source reliability:</source>
        <translation>来源可靠性(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="91"/>
        <source>&amp;Information credibility:</source>
        <translation>信息可信度(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="92"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="22"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="23"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="24"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="25"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="26"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="27"/>
        <source>Sensitivity</source>
        <translation>敏感级别</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="28"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="29"/>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="30"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="31"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="32"/>
        <source>Hometown</source>
        <translation>家乡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="33"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="34"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="35"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="36"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="37"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="38"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="39"/>
        <source>Stated reason</source>
        <translation>所称理由</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="40"/>
        <source>Sentence</source>
        <translation>刑期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="41"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="42"/>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="43"/>
        <source>Testimony</source>
        <translation>证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="44"/>
        <source>Narrative</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="45"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="46"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="47"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="48"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="49"/>
        <source>Seal</source>
        <translation>封存</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="50"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="51"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="58"/>
        <source>Name added: %1</source>
        <translation>已添加姓名：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="59"/>
        <source>Name removed: %1</source>
        <translation>已删除姓名：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="62"/>
        <source>Identifier added: %1</source>
        <translation>已添加识别号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="63"/>
        <source>Identifier removed: %1</source>
        <translation>已删除识别号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="66"/>
        <source>Status added: %1</source>
        <translation>已添加状态：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="67"/>
        <source>Status removed: %1</source>
        <translation>已删除状态：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="70"/>
        <source>Contact added: %1</source>
        <translation>已添加联系方式：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="71"/>
        <source>Contact removed: %1</source>
        <translation>已删除联系方式：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="74"/>
        <source>Person linked: %1</source>
        <translation>已关联人员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="75"/>
        <source>Person unlinked: %1</source>
        <translation>已取消关联人员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="78"/>
        <source>Source testimony added</source>
        <translation>已添加来源证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="79"/>
        <source>Source testimony removed</source>
        <translation>已删除来源证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="82"/>
        <source>Interviewer added</source>
        <translation>已添加采访人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="83"/>
        <source>Interviewer removed</source>
        <translation>已删除采访人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="100"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="110"/>
        <source>%1 since %2</source>
        <translation>自 %2 起%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="135"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="138"/>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="147"/>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="152"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="141"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="143"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="158"/>
        <source>Removed (kept in the history)</source>
        <translation>已删除（保留在历史中）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="160"/>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="166"/>
        <source>%1 added: %2</source>
        <translation>已添加%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="172"/>
        <source>%1 removed: %2</source>
        <translation>已删除%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="190"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="202"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="206"/>
        <source>Merged, no change</source>
        <translation>已合并，无变化</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/history_words.py" line="208"/>
        <source>No change</source>
        <translation>无变化</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="312"/>
        <source>Colleagues add you as a contact from your identity card, then compare your safety number with you: read it aloud to them in person, or in a call where they know your voice.</source>
        <translation>同事通过您的身份卡把您添加为联系人，然后与您核对安全码：请当面读给对方听，或在对方能认出您声音的通话中读给对方听。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="320"/>
        <source>Your display name</source>
        <translation>您的显示名称</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="321"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="322"/>
        <source>Post-quantum keys</source>
        <translation>后量子密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="323"/>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="324"/>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="325"/>
        <source>Post-quantum:</source>
        <translation>后量子：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="327"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="328"/>
        <source>Your safety number</source>
        <translation>您的安全码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="332"/>
        <source>Export card to a file...</source>
        <translation>将身份卡导出到文件...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="334"/>
        <source>Export your identity card to a file</source>
        <translation>将您的身份卡导出到文件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="338"/>
        <source>Show card as text...</source>
        <translation>以文本形式显示身份卡...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="340"/>
        <source>Show your identity card as text</source>
        <translation>以文本形式显示您的身份卡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="347"/>
        <source>Emergency</source>
        <translation>应急</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="351"/>
        <source>If Amanat cannot be run, the standard age tool opens bundles sealed to you with your secret key. Export it only when you need it.</source>
        <translation>如果无法运行 Amanat，标准 age 工具可用您的私密密钥打开封存给您的数据包。仅在需要时才导出它。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="358"/>
        <source>Export emergency key...</source>
        <translation>导出应急密钥...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="360"/>
        <source>Export the emergency secret key</source>
        <translation>导出应急私密密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="378"/>
        <source>Yes (ML-KEM-768 + X25519)</source>
        <translation>是（ML-KEM-768 + X25519）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="378"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="384"/>
        <source>Save your identity card</source>
        <translation>保存您的身份卡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="391"/>
        <source>Your identity card was saved. Send it to your colleague by any channel.</source>
        <translation>您的身份卡已保存。请通过任何渠道发送给您的同事。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="406"/>
        <source>Save the emergency key</source>
        <translation>保存应急密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="414"/>
        <source>The secret key was written. Keep it offline and destroy it when the emergency is over.</source>
        <translation>私密密钥已写入。请离线保存，紧急情况结束后将其销毁。</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="40"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="41"/>
        <source>Not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="42"/>
        <source>Keys changed: verify again</source>
        <translation>密钥已更改：请重新验证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="43"/>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="52"/>
        <source>Unknown sender</source>
        <translation>未知发送者</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="45"/>
        <source>Not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="61"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="72"/>
        <source>Opened: %1 new, %2 updated, %3 in conflict.</source>
        <translation>已打开：%1 个新增，%2 个已更新，%3 个有冲突。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="80"/>
        <source>%1 proposed edit(s) wait for you.</source>
        <translation>%1 项提议的编辑正在等待您处理。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="86"/>
        <source>Opened from the quarantine once the sender was verified.</source>
        <translation>发送者通过验证后已从隔离区打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="90"/>
        <source>Discarded from the quarantine: nothing was imported.</source>
        <translation>已从隔离区丢弃：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="94"/>
        <source>Already received: nothing changed.</source>
        <translation>已接收过：没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="97"/>
        <source>Waits in quarantine: the sender&apos;s keys changed. Verify them again (Contacts &gt; Quarantine).</source>
        <translation>在隔离区等待：发送者的密钥已更改。请重新验证（联系人 &gt; 隔离区）。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="102"/>
        <source>Waits in quarantine: the sender is not a verified contact (Contacts &gt; Quarantine).</source>
        <translation>在隔离区等待：发送者不是已验证的联系人（联系人 &gt; 隔离区）。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="108"/>
        <source>Waiting for the file to finish copying: so far it is incomplete or damaged. It will be tried again when it changes; if it does not, ask the sender to send it again.</source>
        <translation>正在等待文件复制完成：目前文件不完整或已损坏。文件发生变化时将重试；如果没有变化，请让发送者重新发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="114"/>
        <source>Waiting for the file to finish copying; it will be tried again when it changes.</source>
        <translation>正在等待文件复制完成；文件发生变化时将重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="126"/>
        <source>Inbox: nothing new.</source>
        <translation>收件箱：没有新内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="129"/>
        <source>%1 opened</source>
        <translation>%1 个已打开</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="130"/>
        <source>%1 waiting in quarantine</source>
        <translation>%1 个在隔离区等待</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="131"/>
        <source>%1 already received</source>
        <translation>%1 个已接收过</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="132"/>
        <source>%1 still being copied</source>
        <translation>%1 个仍在复制中</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="133"/>
        <source>%1 refused</source>
        <translation>%1 个被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="134"/>
        <source>%1 opened from the quarantine</source>
        <translation>%1 个已从隔离区打开</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="135"/>
        <source>%1 discarded</source>
        <translation>%1 个已丢弃</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="140"/>
        <source>Inbox: %1.</source>
        <translation>收件箱：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="144"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="145"/>
        <source>From</source>
        <translation>发送者</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="146"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="147"/>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="148"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="177"/>
        <source>Bundles that arrive in the watched folder, or that you drop on this window, are opened if they come from verified contacts; the others wait in quarantine. A bundle already received changes nothing.</source>
        <translation>到达受监视文件夹的数据包，或您拖放到此窗口的数据包，如果来自已验证的联系人则会被打开；其他的在隔离区等待。已接收过的数据包不会改变任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="188"/>
        <source>Bundles in the inbox</source>
        <translation>收件箱中的数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="202"/>
        <source>Choose folder...</source>
        <translation>选择文件夹...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="203"/>
        <source>Scan now</source>
        <translation>立即扫描</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="204"/>
        <source>Scanning the inbox folder</source>
        <translation>正在扫描收件箱文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="221"/>
        <source>Watched folder: %1</source>
        <translation>受监视的文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="224"/>
        <source>No folder is watched. Choose one, or drop bundle files on the window.</source>
        <translation>没有受监视的文件夹。请选择一个，或将数据包文件拖放到窗口上。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/inbox_panel.py" line="233"/>
        <source>Choose the inbox folder</source>
        <translation>选择收件箱文件夹</translation>
    </message>
</context>
<context>
    <name>KeyHistory</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="19"/>
        <source>%1: added, from their card.</source>
        <translation>%1：已从其身份卡添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="23"/>
        <source>%1: their keys changed (a new safety number); verify again.</source>
        <translation>%1：其密钥已更改（新的安全码）；请重新验证。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="31"/>
        <source>%1: new encryption keys (generation %2), signed by the same key; the safety number stayed the same.</source>
        <translation>%1：新的加密密钥（第 %2 代），由同一密钥签名；安全码保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="42"/>
        <source>%1: safety number compared and verified.</source>
        <translation>%1：已比较安全码并验证。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/key_history.py" line="52"/>
        <source>Key history:</source>
        <translation>密钥历史：</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="19"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="20"/>
        <source>Under review</source>
        <translation>审阅中</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="21"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="22"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="25"/>
        <source>Detained</source>
        <translation>被拘押</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="26"/>
        <source>Sentenced</source>
        <translation>已判刑</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="27"/>
        <source>Released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="28"/>
        <source>Missing</source>
        <translation>下落不明</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="29"/>
        <source>Dead</source>
        <translation>已去世</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="30"/>
        <source>Exiled</source>
        <translation>流亡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="31"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="36"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="34"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="35"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="39"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="40"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="41"/>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="44"/>
        <source>Internal use</source>
        <translation>内部使用</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="45"/>
        <source>Submission to the UN or governments</source>
        <translation>提交给联合国或各国政府</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="48"/>
        <source>Legal proceedings</source>
        <translation>法律程序</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="49"/>
        <source>Public reports and media</source>
        <translation>公开报告和媒体</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="52"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="53"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="54"/>
        <source>Confidential</source>
        <translation>机密</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="55"/>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="58"/>
        <source>Preferred</source>
        <translation>常用名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="59"/>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="60"/>
        <source>As on ID document</source>
        <translation>与证件一致</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="61"/>
        <source>As given by the witness</source>
        <translation>证人提供的</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="64"/>
        <source>PRC resident ID</source>
        <translation>中华人民共和国居民身份证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="65"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="66"/>
        <source>External database entry</source>
        <translation>外部数据库条目</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="67"/>
        <source>Our case number</source>
        <translation>我方案件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="70"/>
        <source>Evidentiary original</source>
        <translation>证据原件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="73"/>
        <source>Working copy</source>
        <translation>工作副本</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="76"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="77"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="78"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="79"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="80"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="81"/>
        <source>Testimony</source>
        <translation>证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="82"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="83"/>
        <source>Annotation</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="84"/>
        <source>Consent withdrawal</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="85"/>
        <source>Person merge</source>
        <translation>人员合并</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="86"/>
        <source>Not the same person</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="89"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="90"/>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="91"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="101"/>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="92"/>
        <source>File attached</source>
        <translation>已附加文件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="93"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="94"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="95"/>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="96"/>
        <source>Redacted</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="97"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="100"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="104"/>
        <source>Kazakh (Cyrillic)</source>
        <translation>哈萨克语（西里尔字母）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="105"/>
        <source>Kazakh (Latin)</source>
        <translation>哈萨克语（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="106"/>
        <source>Kazakh (Arabic script)</source>
        <translation>哈萨克语（阿拉伯字母）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="107"/>
        <source>Uyghur (Arabic script)</source>
        <translation>维吾尔语（阿拉伯字母）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="108"/>
        <source>Uyghur (Latin)</source>
        <translation>维吾尔语（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="109"/>
        <source>Uyghur (Cyrillic)</source>
        <translation>维吾尔语（西里尔字母）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="110"/>
        <source>Chinese (simplified)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="111"/>
        <source>Chinese (traditional)</source>
        <translation>中文（繁体）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="112"/>
        <source>Chinese (pinyin)</source>
        <translation>中文（拼音）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="113"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="126"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="114"/>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="130"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="115"/>
        <source>Kyrgyz (Cyrillic)</source>
        <translation>吉尔吉斯语（西里尔字母）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="116"/>
        <source>Uzbek (Latin)</source>
        <translation>乌兹别克语（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="117"/>
        <source>Uzbek (Cyrillic)</source>
        <translation>乌兹别克语（西里尔字母）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="118"/>
        <source>Latin script</source>
        <translation>拉丁字母</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="119"/>
        <source>Cyrillic script</source>
        <translation>西里尔字母</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="120"/>
        <source>Arabic script</source>
        <translation>阿拉伯字母</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="121"/>
        <source>Chinese characters</source>
        <translation>汉字</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="124"/>
        <source>Kazakh</source>
        <translation>哈萨克语</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="125"/>
        <source>Uyghur</source>
        <translation>维吾尔语</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="127"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="128"/>
        <source>Kyrgyz</source>
        <translation>吉尔吉斯语</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="129"/>
        <source>Uzbek</source>
        <translation>乌兹别克语</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="131"/>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="184"/>
        <source>Names match</source>
        <translation>姓名一致</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="185"/>
        <source>Names are similar (%1)</source>
        <translation>姓名相似（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="188"/>
        <source>Same identifier: %1</source>
        <translation>相同识别号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="193"/>
        <source>Same year of birth</source>
        <translation>出生年份相同</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="195"/>
        <source>Years of birth close (%1)</source>
        <translation>出生年份接近（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="196"/>
        <source>Years of birth differ (%1)</source>
        <translation>出生年份不同（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="198"/>
        <source>Same hometown</source>
        <translation>家乡相同</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/labels.py" line="200"/>
        <source>Recorded sex differs</source>
        <translation>记录的性别不同</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="39"/>
        <source>Merge two persons</source>
        <translation>合并两个人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="42"/>
        <source>Are these the same person?</source>
        <translation>这些是同一个人吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="46"/>
        <source>Both records stay as their authors wrote them: the merge is a record of its own, and both ids then lead to the one you keep. Every name, identifier and status of both is kept, with who reported it. You can unmerge later.</source>
        <translation>两条记录都保持其作者所写的原样：合并本身是一条独立的记录，之后两个 ID 都指向您保留的那个。两者的每个姓名、识别号和状态都会保留，并注明由谁报告。您以后可以取消合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="65"/>
        <source>Keep this person&apos;s id</source>
        <translation>保留此人员的 ID</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="66"/>
        <source>Keep the id %1</source>
        <translation>保留 ID %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="71"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="76"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="84"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="85"/>
        <source>Identifiers</source>
        <translation>识别号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="86"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="87"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="101"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/merge_dialog.py" line="102"/>
        <source>Merge the two persons</source>
        <translation>合并这两个人员</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="42"/>
        <source>Detect from the text</source>
        <translation>从文本检测</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="52"/>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="56"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="69"/>
        <source>Saving the case</source>
        <translation>正在保存案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="75"/>
        <source>Create case</source>
        <translation>创建案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="89"/>
        <source>Person of concern</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="93"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="94"/>
        <source>As the family writes it, in any script</source>
        <translation>按家人的写法，任何文字均可</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="95"/>
        <source>Script of the name</source>
        <translation>姓名所用文字</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="97"/>
        <source>Name in another script</source>
        <translation>其他文字的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="98"/>
        <source>Optional: e.g. in Latin letters or Chinese</source>
        <translation>可选：例如拉丁字母或中文</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="100"/>
        <source>Script of the other name</source>
        <translation>其他姓名所用文字</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="102"/>
        <source>&amp;Other spelling:</source>
        <translation>其他拼写(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="103"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="107"/>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="108"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="109"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation>YYYY-MM-DD、YYYY-MM 或 YYYY；约数加 ~</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="110"/>
        <source>&amp;Born:</source>
        <translation>出生(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="111"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="112"/>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="115"/>
        <source>&amp;Ethnicity:</source>
        <translation>民族(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="117"/>
        <source>Hometown</source>
        <translation>家乡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="118"/>
        <source>Town or county, e.g. Ghulja</source>
        <translation>城镇或县，例如固勒扎（伊宁）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="119"/>
        <source>&amp;Hometown:</source>
        <translation>家乡(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="120"/>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="121"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="124"/>
        <source>Status since</source>
        <translation>状态起始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="125"/>
        <source>since (YYYY-MM)</source>
        <translation>起始于（YYYY-MM）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="126"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="127"/>
        <source>Kind of identifier</source>
        <translation>识别号类型</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="130"/>
        <source>Identifier</source>
        <translation>识别号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="131"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="132"/>
        <source>&amp;Identifier:</source>
        <translation>识别号(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="136"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="140"/>
        <source>Case title</source>
        <translation>案件标题</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="142"/>
        <source>e.g. Detention of ... (left empty: made from the name)</source>
        <translation>例如：……被拘押（留空则根据姓名生成）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="144"/>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="145"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="146"/>
        <source>&amp;Assignee:</source>
        <translation>负责人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="147"/>
        <source>Our reference</source>
        <translation>我方编号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="148"/>
        <source>&amp;Reference:</source>
        <translation>编号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="149"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="152"/>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="156"/>
        <source>What happened (optional)</source>
        <translation>发生了什么（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="160"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="161"/>
        <source>No event yet</source>
        <translation>暂无事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="164"/>
        <source>E&amp;vent:</source>
        <translation>事件(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="165"/>
        <source>Event date</source>
        <translation>事件日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="166"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM 或 YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="167"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="168"/>
        <source>Event place</source>
        <translation>事件地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="169"/>
        <source>e.g. the camp or police station</source>
        <translation>例如营地或派出所</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="170"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="171"/>
        <source>Stated reason</source>
        <translation>所称理由</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="172"/>
        <source>Stated &amp;reason:</source>
        <translation>所称理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="198"/>
        <source>the name of the person of concern</source>
        <translation>当事人的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="210"/>
        <source>the date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="220"/>
        <source>the status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="230"/>
        <source>Case of %1</source>
        <translation>%1 的案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="242"/>
        <source>the event date</source>
        <translation>事件日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/new_case_dialog.py" line="259"/>
        <source>Please check: %1.</source>
        <translation>请检查：%1。</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="394"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="387"/>
        <source>Reviewers&apos; notes, and the answers to them. They never change the records they are about, sealed testimonies included.</source>
        <translation>审阅人的批注及对其的答复。它们绝不会更改所涉及的记录，包括已封存的证词。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="395"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="396"/>
        <source>By</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="401"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="404"/>
        <source>New note</source>
        <translation>新批注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="405"/>
        <source>Write a note about this case, or an answer...</source>
        <translation>撰写关于此案件的批注或答复...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="411"/>
        <source>Reply to the chosen note</source>
        <translation>答复所选批注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="411"/>
        <source>Reply to the note</source>
        <translation>答复批注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="426"/>
        <source>Older verification grade: %1. %2</source>
        <translation>较早的验证评级：%1。%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="436"/>
        <source>%1, field %2</source>
        <translation>%1，字段 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="443"/>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="446"/>
        <source>%1 (not one of your contacts)</source>
        <translation>%1（不是您的联系人）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="474"/>
        <source>Choose the note to answer in the list.</source>
        <translation>请在列表中选择要答复的批注。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="481"/>
        <source>Write the note first.</source>
        <translation>请先撰写批注。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="408"/>
        <source>Add note</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="503"/>
        <source>The note was added.</source>
        <translation>批注已添加。</translation>
    </message>
</context>
<context>
    <name>OpenBundleDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="637"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="645"/>
        <source>Open a bundle</source>
        <translation>打开数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="657"/>
        <source>Checking the bundle: who sealed it, whether it is intact and what it holds. Nothing is imported yet.</source>
        <translation>正在检查数据包：由谁封存、是否完整、包含什么。目前尚未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="669"/>
        <source>From</source>
        <translation>发送者</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="674"/>
        <source>Sender&apos;s safety number:</source>
        <translation>发送者的安全码：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="676"/>
        <source>Sender&apos;s safety number</source>
        <translation>发送者的安全码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="683"/>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="684"/>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="685"/>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="686"/>
        <source>Sealed:</source>
        <translation>封存时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="687"/>
        <source>Cases:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="721"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="731"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="861"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="731"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="863"/>
        <source>Import the bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="735"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="737"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="750"/>
        <source>Checking...</source>
        <translation>正在检查...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="780"/>
        <source>A verified contact: the bundle is signed by their key.</source>
        <translation>已验证的联系人：数据包由其密钥签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="785"/>
        <source>The card in the bundle calls them %1; shown is the name you gave them.</source>
        <translation>数据包中的身份卡称对方为 %1；此处显示的是您给对方起的名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="801"/>
        <source>The sender&apos;s keys differ from those you verified. Importing keeps the bundle in quarantine until you compare the new safety number.</source>
        <translation>发送者的密钥与您验证过的不同。导入后，数据包会留在隔离区，直到您核对新的安全码。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="806"/>
        <source>The sender is not a verified contact. Importing keeps the bundle in quarantine, encrypted, until you compare their safety number and verify them.</source>
        <translation>发送者不是已验证的联系人。导入后，数据包会以加密状态留在隔离区，直到您核对其安全码并完成验证。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="814"/>
        <source>Valid: the bundle is intact and was sealed by this sender.</source>
        <translation>有效：数据包完整，且由此发送者封存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="821"/>
        <source>%n case(s),</source>
        <translation>
            <numerusform>%n 个案件，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="823"/>
        <source>%n record(s),</source>
        <translation>
            <numerusform>%n 条记录，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="825"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="827"/>
        <source>(%1 of files)</source>
        <translation>（文件共 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="839"/>
        <source>%1, encryption %2</source>
        <translation>%1，加密方式 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="844"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="847"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="852"/>
        <source>This bundle was already imported. Nothing to do.</source>
        <translation>此数据包已导入过。无需操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="858"/>
        <source>This bundle is already waiting in Contacts &gt; Quarantine.</source>
        <translation>此数据包已在“联系人 &gt; 隔离区”中等待。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="861"/>
        <source>Keep in quarantine</source>
        <translation>保留在隔离区</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="863"/>
        <source>Keep the bundle in quarantine</source>
        <translation>将数据包保留在隔离区</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="873"/>
        <source>Cancelled. Your vault was not changed.</source>
        <translation>已取消。您的保险库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="914"/>
        <source>Verifying and importing...</source>
        <translation>正在验证并导入...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="920"/>
        <source>The bundle was verified and imported.</source>
        <translation>数据包已验证并导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="931"/>
        <source>Kept in quarantine. Nothing was imported: the bundle waits, encrypted, in Contacts &gt; Quarantine until you verify the sender.</source>
        <translation>已保留在隔离区。未导入任何内容：数据包会以加密状态在“联系人 &gt; 隔离区”中等待，直到您验证发送者。</translation>
    </message>
</context>
<context>
    <name>PassphraseCheckDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="158"/>
        <source>Confirm with your passphrase</source>
        <translation>用您的口令确认</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="161"/>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="163"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="288"/>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="303"/>
        <source>Show passphrase</source>
        <translation>显示口令</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="301"/>
        <source>Hide passphrase</source>
        <translation>隐藏口令</translation>
    </message>
</context>
<context>
    <name>PasteCardDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="174"/>
        <source>Add a contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="176"/>
        <source>Paste an identity card</source>
        <translation>粘贴身份卡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="180"/>
        <source>Paste the text your colleague sent, from BEGIN to END. The contact is added as not verified until you compare safety numbers.</source>
        <translation>粘贴同事发来的文本，从 BEGIN 到 END。在您核对安全码之前，该联系人会以未验证状态添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="185"/>
        <source>Identity card text</source>
        <translation>身份卡文本</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="192"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="54"/>
        <source>Find a person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="56"/>
        <source>Name to look for</source>
        <translation>要查找的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="57"/>
        <source>A name in any script or spelling</source>
        <translation>任何文字或拼写的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="59"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="59"/>
        <source>Find person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="66"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="69"/>
        <source>Also written</source>
        <translation>其他写法</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="74"/>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="77"/>
        <source>Hometown</source>
        <translation>家乡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="80"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="83"/>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="88"/>
        <source>People found</source>
        <translation>找到的人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="100"/>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="182"/>
        <source>Merge...</source>
        <translation>合并...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="100"/>
        <source>Merge the two persons selected</source>
        <translation>合并所选的两个人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="103"/>
        <source>Unmerge...</source>
        <translation>取消合并...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="103"/>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="377"/>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="385"/>
        <source>Unmerge</source>
        <translation>取消合并</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="116"/>
        <source>merged from %1</source>
        <translation>由 %1 合并而来</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="129"/>
        <source>Possible duplicates in the whole vault</source>
        <translation>整个保险库中可能的重复</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="133"/>
        <source>Pairs of people who may be the same person, with the reasons. Nothing is merged automatically.</source>
        <translation>可能是同一人的人员配对，以及理由。不会自动合并任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="140"/>
        <source>Look for duplicates</source>
        <translation>查找重复</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="143"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="144"/>
        <source>Looking for duplicates</source>
        <translation>正在查找重复</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="160"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="161"/>
        <source>May be the same as</source>
        <translation>可能是同一人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="162"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="165"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="172"/>
        <source>Possible duplicates</source>
        <translation>可能的重复</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="182"/>
        <source>Merge the two persons</source>
        <translation>合并这两个人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="186"/>
        <source>Not the same person</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="204"/>
        <source>but: %1</source>
        <translation>但：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="270"/>
        <source>Nobody with a similar name was found.</source>
        <translation>未找到姓名相似的人。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="312"/>
        <source>%n possible duplicate(s) found.</source>
        <translation>
            <numerusform>找到 %n 个可能的重复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="348"/>
        <source>The two persons were merged.</source>
        <translation>这两个人员已合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="363"/>
        <source>Marked as not the same person: this pair will not be proposed again.</source>
        <translation>已标记为不是同一人：此组合不会再被提议。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="380"/>
        <source>Undo the last merge of %1? The persons merged into it come back as separate persons, exactly as they were.</source>
        <translation>要撤销 %1 的最近一次合并吗？合并到其中的人员将恢复为独立的人员，与之前完全一样。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/people/people_section.py" line="391"/>
        <source>The merge was undone.</source>
        <translation>合并已撤销。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="56"/>
        <source>Correct the person of concern</source>
        <translation>更正当事人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="63"/>
        <source>Names by script</source>
        <translation>按文字分列的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="64"/>
        <source>Add a name</source>
        <translation>添加姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="68"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="70"/>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="72"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="73"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation>YYYY-MM-DD、YYYY-MM 或 YYYY；约数加 ~</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="75"/>
        <source>&amp;Born:</source>
        <translation>出生(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="78"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="79"/>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="82"/>
        <source>&amp;Ethnicity:</source>
        <translation>民族(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="83"/>
        <source>Hometown</source>
        <translation>家乡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="84"/>
        <source>Type in any script and choose, e.g. Ghulja</source>
        <translation>可用任何文字输入并选择，例如固勒扎（伊宁）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="85"/>
        <source>&amp;Hometown:</source>
        <translation>家乡(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="86"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="87"/>
        <source>&amp;Occupation:</source>
        <translation>职业(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="89"/>
        <source>Status over time</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="90"/>
        <source>Add a status</source>
        <translation>添加状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="92"/>
        <source>Identifiers</source>
        <translation>识别号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="94"/>
        <source>Add an identifier</source>
        <translation>添加识别号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="97"/>
        <source>Relatives and others in the case</source>
        <translation>案件中的亲属及其他人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="98"/>
        <source>Add a relation</source>
        <translation>添加关系</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="102"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="104"/>
        <source>Script of the name</source>
        <translation>姓名所用文字</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="107"/>
        <source>Kind of name</source>
        <translation>姓名类型</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="116"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="121"/>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="121"/>
        <source>since (YYYY-MM)</source>
        <translation>起始于（YYYY-MM）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="122"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="139"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="152"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="131"/>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="135"/>
        <source>is this person&apos;s</source>
        <translation>是此人的</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="145"/>
        <source>Kind of identifier</source>
        <translation>识别号类型</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="150"/>
        <source>Identifier</source>
        <translation>识别号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="191"/>
        <source>name %1 is empty: type it or remove the row.</source>
        <translation>第 %1 个姓名为空：请填写或删除该行。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="204"/>
        <source>the person needs at least one name.</source>
        <translation>此人至少需要一个姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="214"/>
        <source>the date of status %1</source>
        <translation>第 %1 个状态的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="233"/>
        <source>identifier %1 has no value: type it or remove the row.</source>
        <translation>第 %1 个识别号没有值：请填写或删除该行。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="250"/>
        <source>choose who the relation is.</source>
        <translation>请选择关系所指的人。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="268"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="311"/>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="312"/>
        <source>the date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="297"/>
        <source>relation %1</source>
        <translation>第 %1 个关系</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="302"/>
        <source>name %1</source>
        <translation>第 %1 个姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="303"/>
        <source>identifier %1</source>
        <translation>第 %1 个识别号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="304"/>
        <source>status %1</source>
        <translation>第 %1 个状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="313"/>
        <source>the occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="314"/>
        <source>the ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/person_dialog.py" line="317"/>
        <source>the hometown</source>
        <translation>家乡</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="93"/>
        <source>Correct the person...</source>
        <translation>更正人员...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="95"/>
        <source>Correct the person of concern</source>
        <translation>更正当事人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="112"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="113"/>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="114"/>
        <source>Born:</source>
        <translation>出生：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="115"/>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="116"/>
        <source>Hometown:</source>
        <translation>家乡：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="117"/>
        <source>Occupation:</source>
        <translation>职业：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="118"/>
        <source>Current status:</source>
        <translation>当前状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="128"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="137"/>
        <source>Names by script</source>
        <translation>按文字分列的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="131"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="192"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="132"/>
        <source>Script</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="133"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="144"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="139"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="153"/>
        <source>Identifiers</source>
        <translation>识别号</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="147"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="148"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="169"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="156"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="174"/>
        <source>Status over time</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="161"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="162"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="166"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="180"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="204"/>
        <source>Possible duplicates</source>
        <translation>可能的重复</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="184"/>
        <source>People recorded elsewhere in this vault who may be the same person. Nothing is merged automatically: compare, then decide.</source>
        <translation>此保险库中其他地方记录的、可能是同一人的人员。不会自动合并任何内容：请比较后再决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="195"/>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="198"/>
        <source>Hometown</source>
        <translation>家乡</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="199"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="208"/>
        <source>No likely duplicates found.</source>
        <translation>未找到可能的重复。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="212"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="214"/>
        <source>Open that person&apos;s case</source>
        <translation>打开该人员的案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="228"/>
        <source>but: %1</source>
        <translation>但：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="242"/>
        <source>aged %1 to %2 in %3</source>
        <translation>%3 时 %1 至 %2 岁</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="256"/>
        <source>(since %1)</source>
        <translation>（自 %1 起）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="260"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="261"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="262"/>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="264"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/place_picker.py" line="53"/>
        <source>Type a place in any script and choose a suggestion; a place not in the list is added to the gazetteer when you save.</source>
        <translation>用任何文字输入地点并选择一个建议；不在列表中的地点会在保存时加入地名录。</translation>
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
        <translation>此保险库中的地点：国家、地区、县和村庄，以及其中的关押场所，并附有在该地发生事件的案件数量。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="52"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="53"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="69"/>
        <source>Show cases here</source>
        <translation>显示此处的案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/places/places_section.py" line="130"/>
        <source>%1 here, %2 with the places within it</source>
        <translation>此处 %1 个，含下属地点共 %2 个</translation>
    </message>
</context>
<context>
    <name>Plaintext</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="20"/>
        <source>Write a file that is not encrypted?</source>
        <translation>要写入未加密的文件吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="21"/>
        <source>Reports, submissions, exports and chart images leave the vault&apos;s encryption: anyone with access to that disk or stick can read them, and they stay there until you delete them. Each one is recorded in the custody log. Amanat asks this once until it is closed.</source>
        <translation>报告、提交材料、导出文件和图表图片不再受保险库加密保护：任何能访问该磁盘或 U 盘的人都能读取它们，并且它们会一直留在那里，直到您将其删除。每一项都会记录在保管日志中。在关闭 Amanat 之前，此提示只询问一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/plaintext.py" line="28"/>
        <source>I understand, continue</source>
        <translation>我明白，继续</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="25"/>
        <source>an unknown key</source>
        <translation>未知的密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="35"/>
        <source>This version of the %1 was written in this vault on %2.</source>
        <translation>此版本的%1于 %2 在此保险库中写入。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="46"/>
        <source>This version of the %1 was written by %2 on %3.</source>
        <translation>此版本的%1由 %2 于 %3 写入。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="59"/>
        <source>It came in a bundle from %1, sealed on %2 and received here on %3 (bundle %4).</source>
        <translation>它来自 %1 的数据包，于 %2 封存，于 %3 在此接收（数据包 %4）。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="73"/>
        <source>It did not come in a bundle received here.</source>
        <translation>它不是来自在此接收的数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="77"/>
        <source>It is the first version.</source>
        <translation>这是第一个版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="81"/>
        <source>It replaced the version of %1 by %2.</source>
        <translation>它取代了 %2 于 %1 写入的版本。</translation>
    </message>
</context>
<context>
    <name>ProvenancePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="101"/>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="104"/>
        <source>Where it came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/provenance_panel.py" line="113"/>
        <source>Choose a revision in the list to see where it came from.</source>
        <translation>在列表中选择一个修订版本以查看其来源。</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="688"/>
        <source>Bundles from senders you have not verified wait here, encrypted inside the vault. Nothing from them is in your cases until you verify the sender and import the bundle.</source>
        <translation>来自您尚未验证的发送者的数据包在这里等待，以加密状态保存在保险库内。在您验证发送者并导入数据包之前，其中的任何内容都不会进入您的案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="698"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="703"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="729"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="732"/>
        <source>Sender</source>
        <translation>发送者</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="708"/>
        <source>Why it waits</source>
        <translation>等待原因</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="713"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="716"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="719"/>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="735"/>
        <source>Sender&apos;s safety number</source>
        <translation>发送者的安全码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="726"/>
        <source>Quarantine</source>
        <translation>隔离区</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="741"/>
        <source>Verify sender and import...</source>
        <translation>验证发送者并导入...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="743"/>
        <source>Verify the sender and import the bundle</source>
        <translation>验证发送者并导入数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="747"/>
        <source>Discard...</source>
        <translation>丢弃...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="747"/>
        <source>Discard the bundle</source>
        <translation>丢弃数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="756"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="757"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="797"/>
        <source>No bundle is waiting.</source>
        <translation>没有等待中的数据包。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="803"/>
        <source>%1 (%2). Sealed %3; it holds %Ln record(s) (cases, people, testimonies, events and attachments).</source>
        <translation>
            <numerusform>%1（%2）。封存于 %3；包含 %Ln 条记录（案件、人员、证词、事件和附件）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="856"/>
        <source>Verifying and importing...</source>
        <translation>正在验证并导入...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="876"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>已取消。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="887"/>
        <source>Discard this bundle?</source>
        <translation>要丢弃此数据包吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="890"/>
        <source>The bundle from %1 is deleted from the quarantine. Nothing of it was imported, and your cases do not change. The sender can send it again.</source>
        <translation>来自 %1 的数据包将从隔离区中删除。其中没有任何内容被导入，您的案件不会改变。发送者可以重新发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="895"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/contacts_section.py" line="909"/>
        <source>The bundle was discarded.</source>
        <translation>数据包已丢弃。</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="52"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="53"/>
        <source>Person of concern</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="56"/>
        <source>Review state</source>
        <translation>审阅状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="62"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="67"/>
        <source>Why it needs attention</source>
        <translation>需要关注的原因</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="73"/>
        <source>Last change</source>
        <translation>最近更改</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="94"/>
        <source>Cases that need you come first: edited on both sides, new or changed since your review, assigned to you. Double-click a case or press Enter to open it.</source>
        <translation>需要您处理的案件排在前面：双方都编辑过的、自您审阅后新增或更改的、分配给您的。双击案件或按 Enter 键打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="103"/>
        <source>Review queue</source>
        <translation>审阅队列</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="107"/>
        <source>Cases in the queue</source>
        <translation>队列中的案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="117"/>
        <source>Filter by review state</source>
        <translation>按审阅状态筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="118"/>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="121"/>
        <source>Filter by assignee</source>
        <translation>按负责人筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="122"/>
        <source>Filter by reason</source>
        <translation>按原因筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="123"/>
        <source>Any reason, or none</source>
        <translation>任意原因或无原因</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="124"/>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="156"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="157"/>
        <source>Assigned to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/queue_panel.py" line="165"/>
        <source>%1 case(s) in this view.</source>
        <translation>此视图中有 %1 个案件。</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="158"/>
        <source>Record an interview</source>
        <translation>录制访谈</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="183"/>
        <source>Sound only</source>
        <translation>仅声音</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="186"/>
        <source>Sound and video</source>
        <translation>声音和视频</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="193"/>
        <source>Record:</source>
        <translation>录制：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="194"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="195"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="196"/>
        <source>Microphone:</source>
        <translation>麦克风：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="197"/>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="201"/>
        <source>Camera preview</source>
        <translation>摄像头预览</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="209"/>
        <source>Sound level</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="217"/>
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="217"/>
        <source>Start recording</source>
        <translation>开始录制</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="218"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="363"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="218"/>
        <source>Pause recording</source>
        <translation>暂停录制</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="219"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="219"/>
        <source>Stop and keep</source>
        <translation>停止并保留</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="220"/>
        <source>Time recorded</source>
        <translation>已录制时间</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="234"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="295"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="234"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="295"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="236"/>
        <source>Consent: voice may be used: %1; face may be shown: %2.</source>
        <translation>同意：可使用声音：%1；可显示面部：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="268"/>
        <source>No microphone or camera was found on this computer, so nothing can be recorded here.</source>
        <translation>在这台计算机上未找到麦克风或摄像头，因此无法在此录制。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="289"/>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="297"/>
        <source>Record video</source>
        <translation>录制视频</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="292"/>
        <source>Video shows the speaker&apos;s face. The testimony says: face may be shown: %1. Record video only if the speaker agrees now.</source>
        <translation>视频会显示讲述者的面部。证词中记载：可显示面部：%1。只有在讲述者现在同意时才录制视频。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="366"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="384"/>
        <source>The disk is nearly full: the recording will stop soon. What is recorded so far is kept.</source>
        <translation>磁盘即将写满：录制很快会停止。目前已录制的内容会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="393"/>
        <source>The disk is full: the recording was stopped. What was recorded is kept.</source>
        <translation>磁盘已满：录制已停止。已录制的内容会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="397"/>
        <source>The recording failed. What was recorded so far is kept.</source>
        <translation>录制失败。目前已录制的内容会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/recording/recorder_dialog.py" line="415"/>
        <source>The recording is kept in the vault, encrypted.</source>
        <translation>录制内容已加密保存在保险库中。</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="239"/>
        <source>Set a new passphrase</source>
        <translation>设置新口令</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="243"/>
        <source>Type the 24 words of the recovery code, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>输入恢复码的 24 个词，然后选择一个新口令。旧口令将失效。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="251"/>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="254"/>
        <source>Recovery &amp;code:</source>
        <translation>恢复码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="255"/>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="256"/>
        <source>&amp;New passphrase:</source>
        <translation>新口令(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="259"/>
        <source>Repeat the passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="260"/>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="265"/>
        <source>Opening with the recovery code</source>
        <translation>正在用恢复码打开</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="270"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="273"/>
        <source>Set passphrase and open</source>
        <translation>设置口令并打开</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="296"/>
        <source>The recovery code has 24 words. Please type all of them.</source>
        <translation>恢复码共有 24 个词。请全部输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="302"/>
        <source>This passphrase is too easy to guess. Use more words or more characters.</source>
        <translation>此口令太容易被猜到。请使用更多的词或更多的字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="306"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="58"/>
        <source>New recovery code</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="69"/>
        <source>Close without checking?</source>
        <translation>不核对就关闭吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="71"/>
        <source>The old recovery code no longer works. If you close now without writing down the new one, you can make another one later in Settings.</source>
        <translation>旧的恢复码已失效。如果现在关闭而没有抄下新的恢复码，您以后可以在“设置”中再生成一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="74"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="253"/>
        <source>Your recovery code</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="258"/>
        <source>Write these 24 words on paper, in order, and keep the paper away from this computer. If you forget your passphrase, they are the only way into the vault. They are shown only now and are not stored anywhere readable.</source>
        <translation>请把这 24 个词按顺序写在纸上，并将这张纸远离这台电脑保管。如果您忘记了口令，它们是进入保险库的唯一途径。它们只在此时显示，不会以可读形式存储在任何地方。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="284"/>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="286"/>
        <source>I have written down the 24 words</source>
        <translation>我已抄下这 24 个词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="292"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="304"/>
        <source>Check your recovery code</source>
        <translation>核对您的恢复码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="306"/>
        <source>To be sure the paper is right, type these words from it.</source>
        <translation>为确认纸上的内容无误，请输入纸上的这几个词。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="314"/>
        <source>Word number %1</source>
        <translation>第 %1 个词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="318"/>
        <source>Word %1:</source>
        <translation>第 %1 个词：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="324"/>
        <source>Show the words again</source>
        <translation>再次显示这些词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="328"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="353"/>
        <source>Some words do not match. Check the paper, or show the words again and correct it.</source>
        <translation>有些词不一致。请检查纸张，或再次显示这些词并改正。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="33"/>
        <source>Dossier (PDF)</source>
        <translation>案卷（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="38"/>
        <source>The dossier holds only what the profile allows and what the testimonies&apos; consent permits for the use chosen; what is left out is listed, not shown.</source>
        <translation>案卷只包含配置允许的内容，以及证词的同意范围对所选用途允许的内容；被略去的内容只列出，不显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="45"/>
        <source>Redaction profile</source>
        <translation>删减配置</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="47"/>
        <source>Full</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="48"/>
        <source>No contact details</source>
        <translation>不含联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="49"/>
        <source>Advocacy</source>
        <translation>倡导</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="52"/>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="54"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="55"/>
        <source>UN or government submission</source>
        <translation>提交联合国或政府</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="56"/>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="57"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="60"/>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="61"/>
        <source>Use:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="63"/>
        <source>Make the dossier...</source>
        <translation>制作案卷...</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/report_dialog.py" line="90"/>
        <source>Save the dossier</source>
        <translation>保存案卷</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="38"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="39"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="40"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/review/review_section.py" line="41"/>
        <source>Follow-ups</source>
        <translation>追问</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="135"/>
        <source>Your review of this case and your grades of its accounts. They are records of their own: the field&apos;s records, and the status it keeps, never change.</source>
        <translation>您对此案件的审阅及对其陈述的评级。它们是独立的记录：一线的记录及其保存的状态绝不会改变。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="148"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="150"/>
        <source>Review state</source>
        <translation>审阅状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="153"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="154"/>
        <source>Assigned to (a name)</source>
        <translation>分配给（姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="155"/>
        <source>Save review</source>
        <translation>保存审阅</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="161"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="197"/>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="161"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="197"/>
        <source>an unknown reviewer</source>
        <translation>未知的审阅人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="164"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="200"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="165"/>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="166"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="171"/>
        <source>Review history</source>
        <translation>审阅历史</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="176"/>
        <source>Grades of the accounts</source>
        <translation>陈述的评级</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="179"/>
        <source>Testimony or event</source>
        <translation>证词或事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="180"/>
        <source>Grades</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="181"/>
        <source>Current grade</source>
        <translation>当前评级</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="186"/>
        <source>Testimonies and events</source>
        <translation>证词和事件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="191"/>
        <source>Add grade...</source>
        <translation>添加评级...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="191"/>
        <source>Add grade</source>
        <translation>添加评级</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="195"/>
        <source>Grades of the chosen account, newest first</source>
        <translation>所选陈述的评级，最新的在前</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="203"/>
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="206"/>
        <source>By</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="207"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="212"/>
        <source>Grade history, newest first</source>
        <translation>评级历史，最新的在前</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="225"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="230"/>
        <source>assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="232"/>
        <source>no longer assigned</source>
        <translation>不再分配</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="255"/>
        <source>Testimony of %1</source>
        <translation>%1 的证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="257"/>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="263"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="268"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="320"/>
        <source>The review was saved.</source>
        <translation>审阅已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/review_tab.py" line="341"/>
        <source>The grade was added.</source>
        <translation>已添加评级。</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="14"/>
        <source>Not reviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="15"/>
        <source>Under review</source>
        <translation>审阅中</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="16"/>
        <source>Needs follow-up</source>
        <translation>需要追问</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="17"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="18"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="22"/>
        <source>Edited on both sides</source>
        <translation>双方都已编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="23"/>
        <source>Received, not reviewed yet</source>
        <translation>已收到，尚未审阅</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="24"/>
        <source>Received changes since your review</source>
        <translation>您审阅后收到了更改</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="27"/>
        <source>Assigned to you</source>
        <translation>分配给您</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="28"/>
        <source>Follow-up answered</source>
        <translation>追问已回答</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="34"/>
        <source>completely reliable</source>
        <translation>完全可靠</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="35"/>
        <source>usually reliable</source>
        <translation>通常可靠</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="36"/>
        <source>fairly reliable</source>
        <translation>比较可靠</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="37"/>
        <source>not usually reliable</source>
        <translation>通常不可靠</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="38"/>
        <source>unreliable</source>
        <translation>不可靠</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="39"/>
        <source>reliability cannot be judged</source>
        <translation>无法判断可靠性</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="42"/>
        <source>confirmed by other sources</source>
        <translation>已得到其他来源证实</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="43"/>
        <source>probably true</source>
        <translation>很可能属实</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="44"/>
        <source>possibly true</source>
        <translation>可能属实</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="45"/>
        <source>doubtful</source>
        <translation>存疑</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="46"/>
        <source>improbable</source>
        <translation>不太可能</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="47"/>
        <source>truth cannot be judged</source>
        <translation>无法判断真实性</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="53"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/review_words.py" line="77"/>
        <source>%1%2 (%3; %4)</source>
        <translation>%1%2（%3；%4）</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="241"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="249"/>
        <source>Seal a bundle</source>
        <translation>封存数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="263"/>
        <source>A sealed bundle is a file that only the contacts you choose can open. It is signed by this vault, so they can check it came from you unchanged.</source>
        <translation>封存的数据包是一个只有您所选联系人才能打开的文件。它由此保险库签名，因此他们能核实它来自您且未被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="268"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="273"/>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="274"/>
        <source>Recipients</source>
        <translation>接收者</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="283"/>
        <source>Only verified contacts can be chosen. Verify a contact in Contacts by comparing safety numbers.</source>
        <translation>只能选择已验证的联系人。请在“联系人”中通过核对安全码来验证联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="290"/>
        <source>What leaves the vault</source>
        <translation>哪些内容会离开保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="313"/>
        <source>Encryption: post-quantum hybrid (ML-KEM-768 + X25519) when every recipient supports it, otherwise classic X25519.</source>
        <translation>加密：如果每位接收者都支持，则使用后量子混合加密（ML-KEM-768 + X25519），否则使用经典 X25519。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="321"/>
        <source>Use classic X25519 only (for the standard age tool in an emergency)</source>
        <translation>仅使用经典 X25519（供紧急时使用标准 age 工具）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="324"/>
        <source>Use classic X25519 only</source>
        <translation>仅使用经典 X25519</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="330"/>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="331"/>
        <source>Bundle file</source>
        <translation>数据包文件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="333"/>
        <source>Choose where to save the bundle</source>
        <translation>选择数据包的保存位置</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="336"/>
        <source>Choose...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="336"/>
        <source>Choose the bundle file</source>
        <translation>选择数据包文件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="362"/>
        <source>Sealing progress</source>
        <translation>封存进度</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="377"/>
        <source>Seal</source>
        <translation>封存</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="377"/>
        <source>Seal the bundle</source>
        <translation>封存数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="381"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="383"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="396"/>
        <source>Every case in this vault.</source>
        <translation>此保险库中的每一个案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="397"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="398"/>
        <source>%n case(s):</source>
        <translation>
            <numerusform>%n 个案件：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="401"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="430"/>
        <source>keys changed, verify them again first</source>
        <translation>密钥已更改，请先重新验证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="432"/>
        <source>not verified yet</source>
        <translation>尚未验证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="434"/>
        <source>%1 (cannot be chosen: %2)</source>
        <translation>%1（无法选择：%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="441"/>
        <source>You have no contacts yet. Add a colleague&apos;s identity card in Contacts and verify it first.</source>
        <translation>您还没有联系人。请先在“联系人”中添加同事的身份卡并完成验证。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="479"/>
        <source>Save the sealed bundle</source>
        <translation>保存封存的数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="496"/>
        <source>%1, safety number %2 …</source>
        <translation>%1，安全码 %2 …</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="504"/>
        <source>Protection: X25519 only, as you chose (not post-quantum).</source>
        <translation>保护：按您的选择仅使用 X25519（非后量子）。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="510"/>
        <source>Protection: X25519 only, for everyone: %1 has no post-quantum key. Tick “Use classic X25519 only” to seal anyway, or seal to them separately.</source>
        <translation>保护：对所有人仅使用 X25519：%1 没有后量子密钥。勾选“仅使用经典 X25519”以仍然封存，或单独向其封存。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="518"/>
        <source>Protection: post-quantum hybrid (ML-KEM-768 + X25519).</source>
        <translation>保护：后量子混合（ML-KEM-768 + X25519）。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="532"/>
        <source>Choose at least one verified contact.</source>
        <translation>请至少选择一位已验证的联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="535"/>
        <source>Choose where to save the bundle.</source>
        <translation>请选择数据包的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="561"/>
        <source>Sealing...</source>
        <translation>正在封存...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="569"/>
        <source>The bundle is sealed.</source>
        <translation>数据包已封存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="575"/>
        <source>The profile left out %n restricted case(s).</source>
        <translation>
            <numerusform>该配置排除了 %n 个受限案件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/bundle_dialogs.py" line="588"/>
        <source>Cancelled. No bundle was written.</source>
        <translation>已取消。未写入任何数据包。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="38"/>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="42"/>
        <source>Testimony: %1</source>
        <translation>证词：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="44"/>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="46"/>
        <source>Summary: %1</source>
        <translation>摘要：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="48"/>
        <source>Reference: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="50"/>
        <source>Event: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="52"/>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="84"/>
        <source>Names are matched across Cyrillic, Latin, Arabic script and Chinese: Ержан, Erzhan and Yerzhan find the same person. Press Enter on a case to open it.</source>
        <translation>姓名会在西里尔字母、拉丁字母、阿拉伯字母和汉字之间匹配：Ержан、Erzhan 和 Yerzhan 能找到同一个人。在案件上按 Enter 即可打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="99"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="102"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="103"/>
        <source>Found by</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="107"/>
        <source>Cases found</source>
        <translation>找到的案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="117"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="120"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="123"/>
        <source>Script</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="128"/>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="134"/>
        <source>People found</source>
        <translation>找到的人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="170"/>
        <source>Searching...</source>
        <translation>正在搜索...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/search/search_panel.py" line="199"/>
        <source>%1 cases and %2 people match %3</source>
        <translation>%1 个案件和 %2 个人员与 %3 匹配</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="49"/>
        <source>Automatic lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="54"/>
        <source>Key rotation (forward secrecy)</source>
        <translation>密钥轮换（前向保密）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="59"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="67"/>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="73"/>
        <source>Amanat will be in %1 the next time this vault is unlocked (lock it with Ctrl+L, then unlock it).</source>
        <translation>下次解锁此保险库时，Amanat 将使用%1（按 Ctrl+L 锁定，然后解锁）。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="83"/>
        <source>Inbox (review)</source>
        <translation>收件箱（审阅）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="89"/>
        <source>Never (only when asked)</source>
        <translation>从不（仅在要求时）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="90"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="95"/>
        <source>The encryption keys will change only when you ask.</source>
        <translation>加密密钥只会在您要求时更换。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="98"/>
        <source>New encryption keys will be made every %n day(s), when the vault is unlocked.</source>
        <translation>
            <numerusform>每 %n 天会在保险库解锁时生成新的加密密钥。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="111"/>
        <source>Lock the vault after this long without activity:</source>
        <translation>无操作达到此时长后锁定保险库：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="114"/>
        <source>Lock after idle minutes</source>
        <translation>空闲多少分钟后锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="115"/>
        <source>You can always lock at once with Ctrl+L.</source>
        <translation>您随时可以按 Ctrl+L 立即锁定。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="118"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="119"/>
        <source>The vault will lock after %n minute(s) without activity.</source>
        <translation>
            <numerusform>保险库将在无操作 %n 分钟后锁定。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="126"/>
        <source>Make new encryption keys:</source>
        <translation>生成新的加密密钥：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="127"/>
        <source>Days between new encryption keys</source>
        <translation>生成新加密密钥的间隔天数</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="130"/>
        <source>Contacts learn the new keys from your next bundle or card; your safety number stays the same. Once old keys are destroyed, a laptop taken later cannot open bundles sealed to them.</source>
        <translation>联系人会从您的下一个数据包或身份卡得知新密钥；您的安全码保持不变。旧密钥一旦销毁，日后被夺走的笔记本电脑就无法打开封存给这些密钥的数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="142"/>
        <source>Keep replaced keys for bundles on their way:</source>
        <translation>为途中的数据包保留被替换的密钥：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="145"/>
        <source>Days replaced keys are kept</source>
        <translation>被替换密钥的保留天数</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="148"/>
        <source>After this, replaced keys are destroyed: a bundle sealed to them can no longer be opened, here or anywhere.</source>
        <translation>超过此期限后，被替换的密钥将被销毁：封存给它们的数据包将无法再打开，无论在这里还是在任何地方。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="153"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="154"/>
        <source>Replaced keys will be destroyed %n day(s) after they were replaced.</source>
        <translation>
            <numerusform>被替换的密钥将在替换 %n 天后销毁。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="164"/>
        <source>Language of Amanat:</source>
        <translation>Amanat 的语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="165"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="166"/>
        <source>Applied the next time this vault is unlocked. Dates and numbers follow the language; Uyghur lays the window out from right to left.</source>
        <translation>下次解锁此保险库时生效。日期和数字随语言而定；维吾尔语会将窗口从右到左排列。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="177"/>
        <source>Watched exchange folder:</source>
        <translation>受监视的交换文件夹：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="178"/>
        <source>Watched inbox folder</source>
        <translation>受监视的收件箱文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="179"/>
        <source>A folder your organisation already syncs (Syncthing, Nextcloud, a USB stick). While the vault is unlocked, bundles that arrive there are opened if they come from verified contacts; the others wait in quarantine. Empty: none.</source>
        <translation>您的组织已在同步的文件夹（Syncthing、Nextcloud、U 盘）。保险库解锁期间，到达该文件夹的数据包如果来自已验证的联系人则会被打开；其他的在隔离区等待。留空：不监视。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="186"/>
        <source>The inbox now watches the folder you chose.</source>
        <translation>收件箱现在监视您选择的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="190"/>
        <source>The inbox watches no folder.</source>
        <translation>收件箱未监视任何文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="196"/>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="203"/>
        <source>Microphone:</source>
        <translation>麦克风：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="204"/>
        <source>Microphone to record with</source>
        <translation>用于录制的麦克风</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="207"/>
        <source>The device last chosen in the recorder; empty: the computer&apos;s default.</source>
        <translation>录制器中最后选择的设备；留空：使用计算机的默认设备。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="215"/>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="216"/>
        <source>Camera to record with</source>
        <translation>用于录制的摄像头</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="223"/>
        <source>Record video too</source>
        <translation>同时录制视频</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/setting_controls.py" line="224"/>
        <source>Record video as well as sound</source>
        <translation>在录制声音的同时录制视频</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="98"/>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="102"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="138"/>
        <source>Your identity</source>
        <translation>您的身份</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="153"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="154"/>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="157"/>
        <source>Passphrase, recovery code and master key</source>
        <translation>口令、恢复码和主密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="160"/>
        <source>Change passphrase...</source>
        <translation>更改口令...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="162"/>
        <source>New recovery code...</source>
        <translation>新的恢复码...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="170"/>
        <source>Travel mode</source>
        <translation>旅行模式</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="176"/>
        <source>Before crossing a border or when the laptop is at risk, you can destroy this vault. Send your cases to a colleague first.</source>
        <translation>在过境之前或笔记本电脑面临风险时，您可以销毁此保险库。请先把您的案件发送给一位同事。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="181"/>
        <source>Wipe this vault...</source>
        <translation>清除此保险库...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="189"/>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="215"/>
        <source>Replace master key...</source>
        <translation>更换主密钥...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="218"/>
        <source>If a copy of this vault or of its key file may have been taken (a seized laptop, a lost backup), replace the master key: old copies of the key file then open nothing, whatever passphrase goes with them.</source>
        <translation>如果此保险库或其密钥文件的副本可能已被他人取得（被没收的笔记本电脑、丢失的备份），请更换主密钥：此后密钥文件的旧副本无论配合什么口令都无法打开任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="224"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="242"/>
        <source>Not available in this version.</source>
        <translation>此版本中不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="293"/>
        <source>The passphrase was changed.</source>
        <translation>口令已更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="296"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>当前口令错误。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="303"/>
        <source>A new recovery code replaces the old one, which stops working. Type your passphrase to continue.</source>
        <translation>新的恢复码会取代旧的，旧恢复码将失效。请输入您的口令以继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="320"/>
        <source>The passphrase is wrong. The recovery code was not changed.</source>
        <translation>口令错误。恢复码未更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="324"/>
        <source>The new recovery code is in place.</source>
        <translation>新的恢复码已生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="330"/>
        <source>Replacing the master key encrypts the whole vault again: it takes about as long as reading every attachment once, and you can cancel until it finishes. Your passphrase stays the same. You will get a NEW recovery code: the old one and every old copy of the key file stop working. Type your passphrase to continue.</source>
        <translation>更换主密钥会重新加密整个保险库：所需时间大约相当于把每个附件读取一遍，在完成之前您都可以取消。您的口令保持不变。您将获得一个新的恢复码：旧恢复码和密钥文件的所有旧副本都将失效。请输入您的口令以继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="352"/>
        <source>The master key was replaced. Old copies of the key file open nothing any more.</source>
        <translation>主密钥已更换。密钥文件的旧副本再也无法打开任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/settings/settings_dialog.py" line="358"/>
        <source>Cancelled. The master key was not replaced; nothing was changed.</source>
        <translation>已取消。主密钥未更换；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="55"/>
        <source>What the chart counts</source>
        <translation>图表统计的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="58"/>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="69"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="71"/>
        <source>By current status</source>
        <translation>按当前状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="72"/>
        <source>By detention facility</source>
        <translation>按关押场所</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="73"/>
        <source>By prefecture of origin</source>
        <translation>按原籍地州</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="74"/>
        <source>By county of origin</source>
        <translation>按原籍县</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="75"/>
        <source>By year of first detention</source>
        <translation>按首次关押年份</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="76"/>
        <source>By sex</source>
        <translation>按性别</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="77"/>
        <source>By age at the events</source>
        <translation>按事件发生时的年龄</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="78"/>
        <source>Documented over time</source>
        <translation>按时间记录的数量</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="82"/>
        <source>Events from</source>
        <translation>事件起始</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="83"/>
        <source>from (2018)</source>
        <translation>起始（2018）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="84"/>
        <source>Events until</source>
        <translation>事件截止</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="85"/>
        <source>until (2019-06)</source>
        <translation>截止（2019-06）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="86"/>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="87"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="90"/>
        <source>Review state</source>
        <translation>审阅状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="91"/>
        <source>Any review state</source>
        <translation>任意审阅状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="96"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="96"/>
        <source>Apply the filters</source>
        <translation>应用筛选条件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="109"/>
        <source>Documented persons, not estimates.</source>
        <translation>已记录的人员，而非估计数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="111"/>
        <source>Save as PNG...</source>
        <translation>另存为 PNG...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="111"/>
        <source>Save as PNG</source>
        <translation>另存为 PNG</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="112"/>
        <source>Save as SVG...</source>
        <translation>另存为 SVG...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="112"/>
        <source>Save as SVG</source>
        <translation>另存为 SVG</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="176"/>
        <source>%1 documented persons, not estimates, match the filters. %2</source>
        <translation>有 %1 名已记录的人员（而非估计数字）符合筛选条件。%2</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="184"/>
        <source>Each person is counted once, by their current status.</source>
        <translation>每人只按其当前状态计算一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="185"/>
        <source>A person held in two facilities is counted in each.</source>
        <translation>在两个场所被关押过的人会在每个场所各计一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="186"/>
        <source>Each person is counted once, by the prefecture of origin.</source>
        <translation>每人只按原籍地州计算一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="187"/>
        <source>Each person is counted once, by the county of origin.</source>
        <translation>每人只按原籍县计算一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="188"/>
        <source>Each person is counted once, by their first detention.</source>
        <translation>每人只按其首次关押计算一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="189"/>
        <source>Each person is counted once.</source>
        <translation>每人只计算一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="190"/>
        <source>Age at the first event of the case.</source>
        <translation>案件中第一个事件发生时的年龄。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="191"/>
        <source>Persons by the month their first case was recorded.</source>
        <translation>按其首个案件的记录月份统计的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="196"/>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="250"/>
        <source>Apply the filters to count first.</source>
        <translation>请先应用筛选条件再统计。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="254"/>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/reports/stats_panel.py" line="266"/>
        <source>The chart was saved and the export was logged.</source>
        <translation>图表已保存，导出已记录。</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="389"/>
        <source>Very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="390"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="391"/>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="392"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="393"/>
        <source>Very strong</source>
        <translation>非常强</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="406"/>
        <source>Strength: %1</source>
        <translation>强度：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/widgets.py" line="412"/>
        <source>Passphrase strength</source>
        <translation>口令强度</translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="295"/>
        <source>Speaker</source>
        <translation>讲述者</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="298"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="301"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="304"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="307"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="308"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="312"/>
        <source>Testimonies</source>
        <translation>证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="316"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="316"/>
        <source>Open testimony</source>
        <translation>打开证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="339"/>
        <source>Sealed, signature valid</source>
        <translation>已封存，签名有效</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="341"/>
        <source>Sealed, SIGNATURE INVALID</source>
        <translation>已封存，签名无效</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="344"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/case_view.py" line="346"/>
        <source>(correction)</source>
        <translation>（更正）</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="129"/>
        <source>Back to the case</source>
        <translation>返回案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="132"/>
        <source>New testimony</source>
        <translation>新建证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="132"/>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="718"/>
        <source>Testimony</source>
        <translation>证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="139"/>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="141"/>
        <source>Seal...</source>
        <translation>封存...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="141"/>
        <source>Seal testimony</source>
        <translation>封存证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="144"/>
        <source>Correct...</source>
        <translation>更正...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="144"/>
        <source>Correct testimony</source>
        <translation>更正证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="148"/>
        <source>Consent withdrawn...</source>
        <translation>撤回同意...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="150"/>
        <source>Record a withdrawal of consent</source>
        <translation>记录撤回同意</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="154"/>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="154"/>
        <source>Edit the received draft</source>
        <translation>编辑收到的草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="159"/>
        <source>Record...</source>
        <translation>录制...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="159"/>
        <source>Record the interview</source>
        <translation>录制访谈</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="198"/>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="201"/>
        <source>Notes on this case</source>
        <translation>关于此案件的批注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="205"/>
        <source>No notes yet.</source>
        <translation>暂无批注。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="215"/>
        <source>About this testimony:</source>
        <translation>关于此证词：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="218"/>
        <source>Grade: %1.</source>
        <translation>评级：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="223"/>
        <source>(by %1)</source>
        <translation>（%1 撰写）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="229"/>
        <source>Interview</source>
        <translation>采访</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="234"/>
        <source>Who is speaking</source>
        <translation>讲述者是谁</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="235"/>
        <source>Choose who is speaking...</source>
        <translation>选择讲述者...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="240"/>
        <source>%1 (the person of concern)</source>
        <translation>%1（当事人）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="248"/>
        <source>Someone else (type the name)</source>
        <translation>其他人（请输入姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="249"/>
        <source>&amp;Speaker:</source>
        <translation>讲述者(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="250"/>
        <source>Speaker&apos;s name</source>
        <translation>讲述者姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="251"/>
        <source>Name as the speaker gives it, in any script</source>
        <translation>按讲述者提供的姓名，任何文字均可</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="262"/>
        <source>Relation to the person of concern</source>
        <translation>与当事人的关系</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="263"/>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="266"/>
        <source>&amp;Relation:</source>
        <translation>关系(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="267"/>
        <source>Language of the narrative</source>
        <translation>陈述所用语言</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="268"/>
        <source>Choose the language...</source>
        <translation>选择语言...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="271"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="272"/>
        <source>Date of the interview</source>
        <translation>采访日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="273"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ for about</source>
        <translation>YYYY-MM-DD、YYYY-MM 或 YYYY；约数加 ~</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="274"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="275"/>
        <source>Place of the interview</source>
        <translation>采访地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="276"/>
        <source>A city or country, never an address</source>
        <translation>城市或国家，绝不填写地址</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="277"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="278"/>
        <source>Interview mode</source>
        <translation>采访方式</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="281"/>
        <source>&amp;Mode:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="282"/>
        <source>Interviewers</source>
        <translation>采访人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="283"/>
        <source>Names, separated by commas</source>
        <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="284"/>
        <source>&amp;Interviewers:</source>
        <translation>采访人(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="285"/>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="286"/>
        <source>Leave empty if none</source>
        <translation>没有则留空</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="287"/>
        <source>I&amp;nterpreter:</source>
        <translation>口译员(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="291"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="295"/>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="296"/>
        <source>Given voluntarily</source>
        <translation>自愿给出</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="297"/>
        <source>May be named</source>
        <translation>可公开姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="298"/>
        <source>Face may be shown</source>
        <translation>可展示面部</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="299"/>
        <source>Voice may be used</source>
        <translation>可使用声音</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="304"/>
        <source>Informed: the speaker knows how the testimony will be kept, shared and used. Voluntary: given freely, without pressure or payment.</source>
        <translation>知情：讲述者知道证词将如何保存、分享和使用。自愿：在没有压力或报酬的情况下自由给出。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="319"/>
        <source>Permitted uses:</source>
        <translation>允许的用途：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="336"/>
        <source>&amp;Narrative</source>
        <translation>陈述(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="339"/>
        <source>Narrative</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="342"/>
        <source>The testimony in the speaker&apos;s words...</source>
        <translation>以讲述者自己的话记录的证词...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="345"/>
        <source>Choose who is speaking and the language to start: every word is then saved.</source>
        <translation>先选择讲述者和语言：之后每个字都会被保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="406"/>
        <source>Loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="428"/>
        <source>Testimony (correction of a sealed one)</source>
        <translation>证词（对已封存证词的更正）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="474"/>
        <source>Sealed — read only. Sealed on %1 and signed; the signature is valid: the text has not changed since. To fix a mistake, use Correct... (a new version; this one is kept).</source>
        <translation>已封存——只读。于 %1 封存并签名；签名有效：此后文本未被改动。如需改正错误，请使用“更正...”（生成新版本；本版本保留）。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="486"/>
        <source>Sealed — read only. Sealed on %1, but the signature does NOT verify: the stored testimony does not match what was signed. Report this to your coordinator.</source>
        <translation>已封存——只读。于 %1 封存，但签名验证失败：存储的证词与签名时的内容不符。请向您的协调人报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="501"/>
        <source>Sealed testimony</source>
        <translation>已封存的证词</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="509"/>
        <source>Consent was withdrawn on %1.</source>
        <translation>同意已于 %1 撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="533"/>
        <source>Received — read only. This draft came in a bundle from a contact. Choose Edit... to change it here: your change is a new revision, and theirs stays in the history.</source>
        <translation>已接收——只读。此草稿来自联系人发送的数据包。选择“编辑...”可在此修改：您的修改将成为新的修订版本，对方的版本保留在历史中。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="601"/>
        <source>Consent is recorded for the uses ticked above.</source>
        <translation>已为上方勾选的用途记录同意。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="606"/>
        <source>Sealed: read-only</source>
        <translation>已封存：只读</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="608"/>
        <source>Received: read-only</source>
        <translation>已接收：只读</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="610"/>
        <source>Saving...</source>
        <translation>正在保存...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="612"/>
        <source>Unsaved changes (saving in a moment)</source>
        <translation>有未保存的修改（稍后自动保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="614"/>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="616"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="618"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="690"/>
        <source>The date is not valid (use YYYY-MM-DD, YYYY-MM or YYYY); it was not saved.</source>
        <translation>日期无效（请使用 YYYY-MM-DD、YYYY-MM 或 YYYY）；未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="735"/>
        <source>The draft could not be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="743"/>
        <source>Save the testimony first, then record the interview.</source>
        <translation>请先保存证词，然后再录制访谈。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="769"/>
        <source>Sealing makes this testimony permanent. It is signed with this vault&apos;s key, so anyone who receives it can check that not one word was changed. After sealing it cannot be edited: a mistake is fixed by a correction, a new version that keeps the sealed original.</source>
        <translation>封存会使此证词成为永久记录。它由此保险库的密钥签名，因此任何收到它的人都能核实一字未改。封存后无法编辑：错误要通过更正来改正，即生成一个新版本，同时保留已封存的原件。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="777"/>
        <source>Seal this testimony?</source>
        <translation>要封存此证词吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="777"/>
        <source>Seal</source>
        <translation>封存</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="802"/>
        <source>Correct this testimony?</source>
        <translation>要更正此证词吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="804"/>
        <source>A correction is a new draft that starts as a copy of this testimony. The sealed original is kept unchanged and stays visible; the correction supersedes it once it is sealed in turn.</source>
        <translation>更正是一份新的草稿，以此证词的副本为起点。已封存的原件保持不变并始终可见；更正在其自身被封存后取代原件。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/cases/testimony_editor.py" line="808"/>
        <source>Start a correction</source>
        <translation>开始更正</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="104"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="105"/>
        <source>Not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="106"/>
        <source>Keys changed: verify again</source>
        <translation>密钥已更改：请重新验证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="108"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="123"/>
        <source>Unknown sender</source>
        <translation>未知发送者</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="124"/>
        <source>Sender not verified</source>
        <translation>发送者未验证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="125"/>
        <source>Sender&apos;s keys changed</source>
        <translation>发送者的密钥已更改</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="136"/>
        <source>an unknown sender whose card says “%1”</source>
        <translation>一位未知发送者，其身份卡上写着“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="144"/>
        <source>Two contacts share a name: %1 is also the name (or looks like the name) of another contact with other keys. Tell them apart by the safety number, never by the name.</source>
        <translation>两位联系人同名：%1 也是另一位使用不同密钥的联系人的名称（或看起来相同）。请用安全码区分他们，绝不要靠名称。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="159"/>
        <source>Bundle %1 from %2 has not arrived.</source>
        <translation>
            <numerusform>来自 %2 的数据包 %1 尚未到达。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="161"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="83"/>
        <source>Unlock your vault</source>
        <translation>解锁您的保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="92"/>
        <source>&amp;Vault:</source>
        <translation>保险库(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="93"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="94"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="100"/>
        <source>Unlocking</source>
        <translation>正在解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="105"/>
        <source>Unlocking... deriving the key takes a moment on purpose.</source>
        <translation>正在解锁……推导密钥会特意花一点时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="126"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="137"/>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>忘记口令了？使用恢复码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="144"/>
        <source>Create a new vault</source>
        <translation>创建新保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="148"/>
        <source>Open a demo vault</source>
        <translation>打开演示保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="169"/>
        <source>There is no vault to unlock.</source>
        <translation>没有可解锁的保险库。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="172"/>
        <source>Please type your passphrase.</source>
        <translation>请输入您的口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="212"/>
        <source>Open an older copy?</source>
        <translation>要打开较旧的副本吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="213"/>
        <source>This vault&apos;s database is older than its key file. If you restored it from your own backup, you can open it: it will hold what the backup held, and changes made since (for example a withdrawn consent) are gone. If you did not restore anything, someone may have replaced it: do not open it, and ask for help.</source>
        <translation>此保险库的数据库比其密钥文件旧。如果是您自己从备份中恢复的，可以打开它：其中将包含备份中的内容，此后所做的更改（例如撤回的同意）都已丢失。如果您没有恢复过任何内容，可能有人替换了它：请不要打开，并寻求帮助。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="221"/>
        <source>Open the older copy</source>
        <translation>打开较旧的副本</translation>
    </message>
</context>
<context>
    <name>VaultChooser</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/unlock_pages.py" line="52"/>
        <source>Vault</source>
        <translation>保险库</translation>
    </message>
</context>
<context>
    <name>VerifyContactDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="185"/>
        <source>Verify a contact</source>
        <translation>验证联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="191"/>
        <source>Verify %1</source>
        <translation>验证 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="198"/>
        <source>The keys of %1 changed since you last verified them. This happens with a new laptop or a reinstalled vault, and also when someone impersonates them. Compare the new safety number before you trust it.</source>
        <translation>自您上次验证以来，%1 的密钥已更改。换了新笔记本电脑或重装保险库时会出现这种情况，有人冒充对方时也会如此。在信任之前，请核对新的安全码。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="210"/>
        <source>Meet %1, or call them where you know their voice. They open Contacts &gt; My identity and read their safety number aloud; compare it with the one on the left, group by group. Then read yours (on the right) to them, so that they can verify you too.</source>
        <translation>与 %1 见面，或在您能认出对方声音的情况下给对方打电话。对方打开“联系人 &gt; 我的身份”，大声读出自己的安全码；请与左侧的安全码逐组核对。然后把您的安全码（右侧）读给对方听，以便对方也能验证您。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="221"/>
        <source>Safety number of %1</source>
        <translation>%1 的安全码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="224"/>
        <source>Their safety number</source>
        <translation>对方的安全码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="227"/>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="230"/>
        <source>Your safety number</source>
        <translation>您的安全码</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="237"/>
        <source>&amp;Optional: type the digits they read to you, and Amanat compares them:</source>
        <translation>可选(&amp;O)：输入对方读给您的数字，由 Amanat 进行比较：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="240"/>
        <source>Digits they read to you</source>
        <translation>对方读给您的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="241"/>
        <source>The 60 digits; spaces do not matter</source>
        <translation>60 位数字；空格无关紧要</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="250"/>
        <source>I compared all 12 groups with %1 over a channel I trust, and they match</source>
        <translation>我已通过我信任的渠道与 %1 核对了全部 12 组，并且一致</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="256"/>
        <source>I compared all 12 groups, and they match</source>
        <translation>我已核对全部 12 组，并且一致</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="265"/>
        <source>Mark as verified</source>
        <translation>标记为已验证</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/exchange/trust.py" line="309"/>
        <source>The digits you typed are NOT this contact&apos;s safety number. Do not verify it: someone may be impersonating them.</source>
        <translation>您输入的数字不是此联系人的安全码。不要验证：可能有人在冒充对方。</translation>
    </message>
</context>
<context>
    <name>Viewers</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="93"/>
        <source>Audio and video playback is off: this computer lacks the system sound libraries Qt needs (PulseAudio or PipeWire client). Install them (for example the libpulse0 package) and restart Amanat.</source>
        <translation>音频和视频播放已关闭：此电脑缺少 Qt 所需的系统声音库（PulseAudio 或 PipeWire 客户端）。请安装它们（例如 libpulse0 软件包）并重新启动 Amanat。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="99"/>
        <source>Audio and video playback is off: Qt&apos;s multimedia module could not be loaded on this computer.</source>
        <translation>音频和视频播放已关闭：无法在此电脑上加载 Qt 的多媒体模块。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="112"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="131"/>
        <source>This image cannot be shown: the format is unknown or the file is damaged.</source>
        <translation>无法显示此图像：格式未知或文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="139"/>
        <source>%1 by %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="216"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="227"/>
        <source>This PDF cannot be shown: it is damaged or protected.</source>
        <translation>无法显示此 PDF：它已损坏或受保护。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="296"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="302"/>
        <source>Audio recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="307"/>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="309"/>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="362"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="315"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="360"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="370"/>
        <source>This recording cannot be played: the format is unknown or damaged.</source>
        <translation>无法播放此录音：格式未知或已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="398"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/viewers.py" line="414"/>
        <source>Amanat cannot show this kind of file. It is kept encrypted in the vault; you can save a copy if you need to open it elsewhere.</source>
        <translation>Amanat 无法显示此类文件。它仍加密保存在保险库中；如需在别处打开，您可以保存一份副本。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="53"/>
        <source>Welcome to Amanat</source>
        <translation>欢迎使用 Amanat</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="57"/>
        <source>Amanat keeps cases, testimonies and their files in an encrypted vault on this computer. Only your passphrase or your recovery code opens it; nothing readable is ever written to the disk.</source>
        <translation>Amanat 将案件、证词及其文件保存在这台电脑上的加密保险库中。只有您的口令或恢复码能打开它；任何可读内容都不会写入磁盘。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="64"/>
        <source>Create a vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="71"/>
        <source>For a first look, open a demo vault filled with invented cases. It is a separate vault; nothing in it is real.</source>
        <translation>如果只是初步了解，请打开一个填有虚构案件的演示保险库。它是一个独立的保险库；其中没有任何真实内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="77"/>
        <source>Open a demo vault</source>
        <translation>打开演示保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/vault/welcome_pages.py" line="82"/>
        <source>Open an existing vault</source>
        <translation>打开现有保险库</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="184"/>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="187"/>
        <source>Wipe this vault</source>
        <translation>清除此保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="192"/>
        <source>Every case, testimony and file in this vault will be destroyed. The keys are erased first, so what remains on the disk cannot be decrypted. This cannot be undone. Cases you have not sent to a colleague are lost for good. Solid-state disks may keep old copies of some sectors; without the keys they are unreadable.</source>
        <translation>此保险库中的每一个案件、证词和文件都将被销毁。密钥会首先被抹除，因此磁盘上残留的内容无法解密。此操作无法撤销。尚未发送给同事的案件将永久丢失。固态硬盘可能保留某些扇区的旧副本；没有密钥，它们无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="201"/>
        <source>To confirm, type the vault&apos;s name: %1</source>
        <translation>请输入保险库名称以确认：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="203"/>
        <source>Vault name</source>
        <translation>保险库名称</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="205"/>
        <source>Wipe the vault</source>
        <translation>清除保险库</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="239"/>
        <source>Consent withdrawn</source>
        <translation>同意已撤回</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="241"/>
        <source>Record a withdrawal of consent</source>
        <translation>记录撤回同意</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="245"/>
        <source>The sealed testimony stays unchanged; the withdrawal is recorded beside it, wins over the consent given, and travels with the case.</source>
        <translation>已封存的证词保持不变；撤回记录在其旁边，优先于已给出的同意，并随案件一起传递。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="251"/>
        <source>Date of the withdrawal</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="252"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="263"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="264"/>
        <source>&amp;Note:</source>
        <translation>批注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="268"/>
        <source>Record withdrawal</source>
        <translation>记录撤回</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="279"/>
        <source>Use a date like 2024-05-17, 2024-05 or 2024.</source>
        <translation>请使用类似 2024-05-17、2024-05 或 2024 的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/kit/dialogs.py" line="283"/>
        <source>Tick at least one use.</source>
        <translation>请至少勾选一项用途。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="98"/>
        <source>Vault</source>
        <translation>保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="112"/>
        <source>Sections</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="114"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="115"/>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="116"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="117"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="118"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="119"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="130"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="131"/>
        <source>Search cases and people in any script (Ctrl+F)</source>
        <translation>用任何文字搜索案件和人员（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="136"/>
        <source>Open bundle...</source>
        <translation>打开数据包...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="138"/>
        <source>Open a received bundle</source>
        <translation>打开收到的数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="141"/>
        <source>Open a sealed bundle you received (Ctrl+O)</source>
        <translation>打开您收到的封存数据包（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="144"/>
        <source>Seal bundle...</source>
        <translation>封存数据包...</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="146"/>
        <source>Seal the chosen cases into a bundle</source>
        <translation>将所选案件封存为数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="150"/>
        <source>Seal the case on screen, or the cases chosen with it, for a contact (Ctrl+E)</source>
        <translation>为一位联系人封存屏幕上的案件或与之一同选中的案件（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="154"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="154"/>
        <source>Lock the vault</source>
        <translation>锁定保险库</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="156"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>立即锁定保险库（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="167"/>
        <source>Creating demo cases</source>
        <translation>正在创建演示案件</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="168"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="341"/>
        <source>The dossier was saved and the export was logged. Delete it when done.</source>
        <translation>案卷已保存，导出已记录。用完后请将其删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="408"/>
        <source>Recording kept in the vault.</source>
        <translation>录制内容已保存在保险库中。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="451"/>
        <source>The case was created.</source>
        <translation>案件已创建。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="459"/>
        <source>Open a case first, then add a testimony.</source>
        <translation>请先打开一个案件，然后添加证词。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="467"/>
        <source>Open a case first, then attach files.</source>
        <translation>请先打开一个案件，然后添加附件。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="491"/>
        <source>Choose one or more cases in the list first, then seal them.</source>
        <translation>请先在列表中选择一个或多个案件，然后封存。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="504"/>
        <source>The bundle was sealed.</source>
        <translation>数据包已封存。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="507"/>
        <source>Open a sealed bundle</source>
        <translation>打开封存的数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="512"/>
        <source>The bundle was imported.</source>
        <translation>数据包已导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/amanat/ui/workspace.py" line="514"/>
        <source>The bundle waits in Contacts &gt; Quarantine.</source>
        <translation>数据包正在“联系人 &gt; 隔离区”中等待。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/workspace.py" line="551"/>
        <source>Creating %n invented case(s) for the demo...</source>
        <translation>
            <numerusform>正在为演示创建 %n 个虚构案件...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/amanat/ui/workspace.py" line="560"/>
        <source>%n demo case(s) created.</source>
        <translation>
            <numerusform>已创建 %n 个演示案件。</numerusform>
        </translation>
    </message>
</context>
</TS>
