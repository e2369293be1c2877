# Mirai: the app's own screens (shell, navigation, first start, settings).
# Plain language: short sentences, common words, the action first.

-app-name = Mirai

## Shell and navigation

skip-to-content = 跳到主要内容
nav-label = 主菜单
nav-home = 首页
nav-portal = 指南
nav-self-check = 自查
nav-assist = 求助
nav-friends = 朋友
nav-packs = 内容包
nav-settings = 设置
language-button = 语言
loading = 正在加载…
close = 关闭

## Home

home-title = 欢迎使用 { -app-name }
home-intro = 这里有在日本生活和工作的信息和帮助。没有网络也能用。
home-portal-desc = 用你的语言了解在日本的生活和工作
home-self-check-desc = 检查你的工作条件
home-assist-desc = 和能帮助你的人谈一谈
home-friends-desc = 你附近的人和活动
home-packs-desc = 这部手机上的指南和更新
home-settings-desc = 语言、你的资料和你的数据

## Empty areas (each says honestly what is missing and what will come)

portal-empty-title = 这部手机上还没有指南
portal-empty-body = 指南在内容包里。内容包在这部手机上以后，你可以在这里阅读，不需要网络。
self-check-empty-title = 这部手机上还没有自查
self-check-empty-body = 问题在内容包里。你的回答会留在这部手机上。
assist-empty-title = 还没有对话
assist-empty-body = 以后你可以在这里用你的语言向支援团体求助。现在还没有连接任何支援团体。
friends-empty-title = 这里还什么都没有
friends-empty-body = 以后你可以在这里找到来自你国家的人和你附近的活动。应用的这一部分还没有准备好。
packs-empty-title = 这部手机上没有内容包
packs-empty-body = 内容包里有指南和自查。以后你可以下载内容包，或者从文件复制。
go-to-packs = 前往内容包

## Language picker

language-picker-title = 选择你的语言
language-picker-hint = 以后可以在任何页面更改。
language-current = 当前语言

## First start without a secure key store, and unlocking

setup-title = 保护你的信息
setup-body = 这台设备没有安全保存密钥的地方。请设置一个密码，用来锁住你的信息。如果忘记密码，谁都打不开你的信息，我们也打不开。
setup-passphrase-label = 新密码
setup-passphrase-hint = 至少 { $min } 个字符。用几个词组成的密码比较好记。
setup-confirm-label = 再输入一次密码
setup-mismatch = 两次输入的密码不一样。请重新输入。
setup-too-short = 密码太短。请至少用 { $min } 个字符。
setup-submit = 用这个密码锁住
setup-working = 正在锁住你的信息…
unlock-title = 解锁 { -app-name }
unlock-body = 输入密码，打开你的信息。
unlock-label = 密码
unlock-submit = 解锁
unlock-working = 正在解锁…
show-passphrase = 显示密码

## When the app cannot open the user's information

startup-error-title = { -app-name } 打不开你的信息
startup-error-untouched = 没有更改或删除任何内容。你的文件还在这个文件夹里：
startup-error-retry = 再试一次
startup-error-start-fresh = 移开这些文件，重新开始
start-fresh-confirm = 你的文件会被移到同一个位置下的一个新文件夹里。不会删除任何内容。要用空的应用重新开始吗？
start-fresh-yes = 是，重新开始
start-fresh-no = 不，返回
start-fresh-done = 你的旧文件现在在：{ $folder }

## Settings

settings-title = 设置
settings-language = 语言
settings-text-size = 文字大小
text-size-normal = 标准
text-size-large = 大
text-size-larger = 更大
text-size-sample = 文字会这样显示。

settings-profile = 关于你
profile-intro = 这些信息帮助 { -app-name } 显示对你重要的内容。这些信息会留在这部手机上。
profile-home-country = 你的国家
profile-home-country-none = 未选择
profile-journey = 你现在在哪里？
profile-journey-not-set = 我不想说
profile-journey-preparing = 正在准备去日本
profile-journey-in-japan = 住在日本
profile-departure-date = 计划出发日期
profile-arrival-date = 到达日本的日期
profile-save = 保存
profile-saving = 正在保存…
profile-saved = 已保存在这部手机上。
profile-unreadable = 有些保存的回答无法读取。请检查后再保存一次。
profile-issue-arrival-in-future = 这个到达日期还没有到。如果你还没有出发，请选择“正在准备去日本”。
profile-issue-departure-in-past = 这个出发日期已经过了。如果你现在在日本，请选择“住在日本”。

settings-data = 你的数据
data-encrypted = 你的信息在这部手机上是加密的。
data-protection-keystore = 密钥保存在这台设备的安全密钥库里。
data-protection-passphrase = 密钥用你的密码锁住了。
data-details = 技术细节
data-schema = 数据格式版本
data-cipher = 加密方式
data-folder = 文件夹
app-version = 应用版本

## Errors shown on a form

error-prefix = 错误：
error-summary-title = 出现了问题

## Content packs

packs-installed-title = 这部手机上的内容包
packs-version = 版本
packs-created = 制作日期
packs-size = 大小
packs-items = { $count } 项
packs-languages = 语言
packs-stale = 这些内容已经超过 6 个月了。方便的时候，请找一找更新的版本。
packs-import = 从文件添加内容包
packs-import-hint = 来自 U 盘、SD 卡或另一部手机的内容包文件。在更改任何内容之前，会先完整检查这个文件。
packs-checking = 正在检查第 { $pack } 个内容包，共 { $packs } 个…
packs-imported = 已添加：{ $title }，版本 { $version }
packs-export = 把内容包分享为一个文件
packs-export-hint = 把这部手机上的所有内容包保存成一个文件。把这个文件复制到另一部手机，在那里添加。
packs-exported = 已保存。文件在这里：

## Guide

category-top = 从这里开始
category-before-coming = 来日本之前
category-working = 工作
category-studying = 学习
category-living = 生活
category-trouble = 遇到麻烦与求助
portal-phone-title = 电话号码
article-back = 全部指南
article-not-found = 这部手机上没有这篇指南。
article-reviewed = 已于 { $date } 对照信息来源检查
article-sources = 信息来源
article-related = 继续阅读
directory-hours = 服务时间
directory-always = 每天 24 小时
directory-languages = 语言
directory-cost = 费用
directory-free = 免费电话
directory-charged = 需要付电话费
directory-source = 已于 { $date } 检查。来源：
day-holiday = 节假日
directory-closed = 休息：{ $from } 至 { $to }
lines-title = 该打哪个电话？
portal-lines-desc = 选择你的问题，看看现在谁能用你的语言接听。
lines-intro = 请选择你的问题。现在能用你的语言接听的电话排在最前面。
lines-topic-legend = 遇到了什么问题？
lines-topic-emergency = 现在有危险
lines-topic-health = 生病或受伤
lines-topic-wages = 工资
lines-topic-working-conditions = 工作时间、休息、解雇
lines-topic-harassment = 骚扰、暴力、歧视
lines-topic-immigration = 签证和在留卡
lines-topic-legal = 欠债、合同、事故
lines-topic-disaster = 地震、台风、洪水
lines-topic-all = 其他，或者不确定
lines-language = 你想说的语言
lines-now = 现在的日本时间：{ $time }
lines-now-holiday = 今天是日本的节假日。
lines-count = { $count ->
    [one] { $count } 个电话
   *[other] { $count } 个电话
}
lines-open = 现在可以接听
lines-open-other = 现在可以接听，但不是你的语言
lines-yours-from = 你的语言：{ $when } 开始
lines-closed-opens = 现在休息 · { $when } 开始
lines-closed-later = 之后两周都休息
lines-some-days = 你的语言只在部分日子有。请看下面的说明，或者打电话问一下。
lines-call = 拨打 { $number }
lines-none-title = 还没有能帮你解决这个问题的电话
lines-none-body = 这部手机上没有能帮你解决这个问题的电话。如果你有危险，请拨打110（警察）或119（消防、救护车）。
packs-updates-title = 更新
packs-server-none = 还没有设置更新服务器。添加服务器地址后，就可以通过网络获取新版本。
packs-server-label = 更新服务器地址
packs-server-hint = 你的机构会告诉你这个地址，例如 https://example.org/packs/
packs-server-save = 保存
packs-server-saved = 已保存。
packs-wifi-only = 只在连接 Wi-Fi 时下载
packs-network = 当前网络：{ $kind ->
    [unmetered] Wi-Fi 或有线网络
    [metered] 移动数据
   *[unknown] 未知
}
packs-check = 检查更新
packs-checking-server = 正在检查…
packs-checked-on = 上次检查：{ $date }
packs-no-updates = 所有内容都是最新的。
packs-update-version = 版本 { $from } → { $to }
packs-new-pack = 新内容包 · 版本 { $to }
packs-size-delta = 需要下载 { $size }（只下载有变化的部分；完整的内容包是 { $full }）
packs-size-full = 需要下载 { $size }
packs-update = 更新
packs-add = 添加
packs-downloading = 正在下载：{ $done }，共 { $total }
packs-paused = 已暂停：{ $done }，共 { $total }
packs-installing = 正在检查并安装…
packs-pause = 暂停
packs-resume = 继续
packs-cancel = 取消
packs-download-anyway = 仍然下载
packs-updated = 已更新：{ $title }，版本 { $version }
portal-search-label = 搜索指南
portal-search-all = 搜索所有语言
portal-search-results = { $count ->
    [one] { $count } 条结果
   *[other] { $count } 条结果
}
portal-search-none = 没有找到。请换个词试试，或者搜索所有语言。
portal-search-corrected = “{ $text }”的结果
article-read-in = 阅读语言
article-bilingual = 和日语对照显示
article-furigana = 显示假名注音（汉字上方的读音）
article-save = 保存这篇指南
article-saved-note = 已保存。可以在指南页面的“已保存”里找到它。
article-unsaved-note = 已从“已保存”里移除。
portal-continue-title = 接着读
portal-continue-where = 你读到了 { $percent }%。
portal-saved-title = 已保存
portal-saved-empty = 还没有保存任何指南。打开一篇指南，点“保存这篇指南”，它就会出现在这里。
portal-recent-title = 最近读过
portal-recent-empty = 你打开过的指南会列在这里。
portal-recent-privacy = 这个列表只在这部手机上。如果别人可能会看你的手机，请把它清除。
portal-recent-finished = 已读完
portal-recent-progress = 已读 { $percent }%
portal-history-clear = 清除阅读记录
portal-history-confirm = 这会删除你在这部手机上读过的指南列表。已保存的指南会留下。清除后不能恢复。
portal-history-clear-yes = 是，清除记录
portal-history-clear-no = 不，保留
portal-history-cleared = 阅读记录已清除。
settings-reading = 阅读指南
settings-content-language = 指南的语言
settings-content-language-same = 和应用一样
emergency-button = 紧急
emergency-title = 紧急：警察、火灾、救护车
emergency-say-title = 先用日语说这些话
emergency-phrase-my-language = 我说中文。
emergency-phrase-no-japanese = 我不太懂日语。
emergency-phrase-fire = 发生火灾了。（拨打119时）
emergency-phrase-ambulance = 我需要救护车。（拨打119时）
emergency-show-japanese = 给会说日语的人看
emergency-show-mine = 返回中文
selfcheck-privacy = 你的回答只保存在这部手机上。除非你自己选择分享，没有人能看到。
selfcheck-phase-arrival = 第一次检查：到日本大约 3 个月后
selfcheck-phase-periodic = 定期检查：每 6 个月一次
selfcheck-due = 检查日期：{ $date }
selfcheck-due-now = 现在该做这次检查了。
selfcheck-start = 开始检查
selfcheck-continue = 从上次停下的地方继续
selfcheck-progress = 第 { $n } 题，共 { $total } 题
selfcheck-yes = 是
selfcheck-no = 否
selfcheck-not-sure = 我不确定
selfcheck-number-hint = { $min } 到 { $max } 之间的数字
selfcheck-basis = 法律依据：{ $basis }
selfcheck-back = 上一步
selfcheck-next = 下一步
selfcheck-finish = 查看我的结果
selfcheck-results-title = 你的结果
selfcheck-results-none = 从你的回答中没有发现问题。如果情况有变化，请再检查一次。
selfcheck-severity-serious = 严重：请马上求助
selfcheck-severity-concern = 请确认这一点
selfcheck-severity-info = 值得知道
selfcheck-next-step = 你可以怎么做
selfcheck-history = 以前的检查
selfcheck-history-empty = 还没有完成的检查。
selfcheck-history-counts = 严重：{ $serious } · 需要确认：{ $concern } · 值得知道：{ $info }
selfcheck-erase = 删除这次检查
selfcheck-erased = 这次检查已删除。
selfcheck-to-start = 返回自查
selfcheck-before = 上次检查中也有
selfcheck-resolved = 上次有、这次已经没有的问题
settings-points = 积分：{ $points }
settings-points-note = 每完成一次自查就能得到积分。积分不能换钱。
selfcheck-summary-open = 打印用的总结（PDF）
selfcheck-summary-title = 自查总结
selfcheck-summary-intro = 去劳动基准监督署、监理团体或支援团体咨询时可以用。每段文字先用你的语言写，后面是日语。
selfcheck-summary-date = 自查日期：{ $date }
selfcheck-summary-answers = 回答
selfcheck-summary-question = 问题
selfcheck-summary-answer = 回答
selfcheck-summary-basis = 法律
selfcheck-summary-findings = 从回答中看出的情况
selfcheck-summary-none = 没有发现问题。
selfcheck-summary-save = 保存为 PDF
selfcheck-summary-saved = 已保存：{ $path }
selfcheck-summary-footer = 这是用 Mirai 应用根据本人的回答制作的。这不是法律上的判断。
selfcheck-share-open = 发送给机构
selfcheck-share-title = 发送这次检查
selfcheck-share-intro = 只在你想发送时才发送。只有你选择的机构能读。别人都不能读，这部手机也不能再打开它。
selfcheck-share-choose = 选择机构
selfcheck-share-none = 你还没有添加机构。
selfcheck-share-add = 添加机构
selfcheck-share-code = 机构给你的代码
selfcheck-share-code-hint = 代码以 MIRAI1- 开头。请当面向机构要，或者通过你信任的消息获得。
selfcheck-share-add-button = 添加
selfcheck-share-added = 已添加：{ $name }
selfcheck-share-fingerprint = 密钥确认：{ $fingerprint }
selfcheck-share-remove = 删除 { $name }
selfcheck-share-what = 会发送什么
selfcheck-share-what-hint = 下面的回答和发现的情况、检查的月份，以及一个随机数字（每个机构都不一样）。不会发送你的名字、电话号码和你在哪里。
selfcheck-share-employer = 你公司的名字（可以不填）
selfcheck-share-employer-hint = 这能帮助机构发现同一个工作单位的问题。
selfcheck-share-note = 给机构的留言（可以不填）
selfcheck-share-identify = 别人会知道是我吗？
selfcheck-share-identify-1 = 机构能看到你发送的内容。除非你在留言里写上名字，机构不会知道你的名字。
selfcheck-share-identify-2 = 你的公司永远拿不到你的回答。机构公布的数字至少包括 10 名工人；比较公司时，至少包括 5 家公司。所以谁也不会被单独认出来。
selfcheck-share-identify-3 = 如果一个工作单位的所有人对一个敏感问题的回答都一样，这个数字就不会公布。
selfcheck-share-identify-4 = 如果你的公司只有你一个人或只有几个人工作，公司的名字还是可能让人知道是你。这时请不要填写。
selfcheck-share-send = 加密并发送
selfcheck-share-sent = 已加密，并放进了发给 { $organisation } 的发件箱。这部手机已经不能再读它。
selfcheck-outbox = 发件箱
selfcheck-outbox-empty = 还没有发送任何内容。
selfcheck-outbox-state-queued = 等待发送
selfcheck-outbox-state-sent = 已发送
selfcheck-outbox-state-failed = 无法发送
selfcheck-outbox-item = { $organisation } · { $date }
selfcheck-outbox-cancel = 不发送
home-weekly-title = 本周指南
home-weekly-points = 读到最后，可以得到 { $points } 积分。
home-weekly-earned = 读完了。你从本周指南得到了 { $points } 积分。
settings-points-weekly = 把本周指南读到最后，也能得到积分，每周一次。
report-all-segments = 所有行业和地区
report-workers = 工人人数
report-no-answer = 没有回答
report-suppressed = 不显示（人数太少，无法安全显示）
selfcheck-outbox-file = 保存为文件
selfcheck-outbox-file-hint = 只有这个机构能打开它。你可以通过消息或 U 盘把文件交给机构。
selfcheck-outbox-saved = 已保存：{ $path }
selfcheck-arrival-missing = 在“设置”里填写你到达日本的日期，应用就会告诉你每次检查的日期。
reminder-notification = 你有一条提醒。请打开应用查看。
settings-reminders = 到了该做自查的时候通知我
settings-reminders-hint = 通知里只会显示“Mirai：你有一条提醒”，所以别人看到你的屏幕，也不会知道是关于什么的。
