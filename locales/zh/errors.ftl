# Messages for errors reported by the app's core. Each says what happened, that nothing was
# lost, and what the user can do.

error-data-dir-unwritable = { -app-name } 无法在这台设备上保存文件。存储空间可能已满，或者只能读取。请清理一些空间，然后再试一次。
error-not-found = 没有找到你的信息。
error-already-exists = 这里已经保存了信息，所以没有新建任何内容。
error-foreign-file = { -app-name } 文件夹里的这个文件不是 { -app-name } 的文件。这个文件没有被更改。
error-cannot-decrypt = 用这个密钥打不开这个文件。文件没有被更改。
error-wrong-key = 这台设备上的密钥打不开你的信息。没有更改任何内容。
error-wrong-passphrase = 密码不正确。请再试一次。
error-corrupt = 你保存的信息已损坏，无法读取。文件没有被更改。
error-newer-schema = 你的信息是用更新版本的 { -app-name } 保存的。请先更新应用，再打开。没有更改任何内容。
error-key-file-missing = 找不到密钥文件，所以打不开你的信息。没有更改任何内容。
error-key-file-damaged = 密钥文件已损坏，所以打不开你的信息。没有更改任何内容。
error-keystore-unavailable = 这台设备的安全密钥库现在不能用。请解锁设备或重新登录，然后再试一次。
error-key-missing = 你的信息的密钥已经不在这台设备的安全密钥库里了。
error-passphrase-too-short = 密码太短。
error-disk-full = 这台设备的存储空间已满。你最后一次的更改没有保存。请清理一些空间，然后再试一次。
error-busy = { -app-name } 正在另一个窗口中使用。请关闭那个窗口，然后再试一次。
error-invalid-profile = 有些回答需要修改后才能保存。
error-io = 无法读取或写入一个文件。没有丢失任何内容。请再试一次。
error-database = 保存时出了问题。没有丢失任何内容。请再试一次。
error-unknown-language = 这种语言不可用：{ $code }
error-invalid-input = 应用收到了一个无法使用的值：{ $field }
error-locked = 你的信息已锁住。请先解锁。
error-internal = { -app-name } 内部出了问题。没有丢失任何内容。请再试一次。

## Content packs

error-pack-malformed = 这个文件不是 { -app-name } 的内容包，或者已损坏。没有更改任何内容。
error-pack-too-large = 这个内容包超过了允许的大小。没有更改任何内容。
error-pack-manifest-invalid = 这个内容包里的内容清单无效。没有更改任何内容。
error-pack-keys-not-trusted = 这个内容包没有用 { -app-name } 的密钥签名。没有添加这个内容包。
error-pack-unknown-key = 这个内容包是用未知的密钥签名的。没有添加这个内容包。
error-pack-revoked-key = 这个内容包是用一个不再受信任的密钥签名的。没有添加这个内容包。
error-pack-bad-signature = 签名不匹配：内容包可能被改过。没有添加这个内容包。
error-pack-rollback = 这个版本比这部手机上的版本旧。没有更改任何内容。
error-pack-already-installed = 这个内容包已经在这部手机上了。
error-pack-equivocation = 这个内容包和这部手机上的版本相同，但内容不同。没有添加这个内容包。
error-pack-needs-newer-app = 这个内容包需要更新版本的 { -app-name }。请先更新应用。
error-pack-file-mismatch = 这个内容包里有一个文件已损坏。没有添加这个内容包。
error-pack-unexpected-file = 这个内容包里有一个不应该有的文件。没有添加这个内容包。
error-pack-missing-file = 这个内容包缺少一个文件。没有添加这个内容包。
error-pack-bad-path = 这个内容包里有一个文件用了禁止使用的名称。没有添加这个内容包。
error-pack-not-regular-file = 这个内容包里本来应该是文件的地方，是一个链接或文件夹。没有添加这个内容包。
error-pack-content-invalid = 这个内容包里有些内容，这个应用无法显示。没有添加这个内容包。
error-pack-wrong-base = 这个更新和这部手机上的版本不匹配。没有更改任何内容。
error-pack-io = 无法读取内容包文件。没有更改任何内容。
error-update-no-server = 还没有设置更新服务器。
error-update-needs-wifi = “只在连接 Wi-Fi 时下载”已打开，但这部手机正在使用移动数据。请连接 Wi-Fi，或者选择仍然下载。
error-update-network-unknown = 这台设备无法知道是否连接了 Wi-Fi。只有在你确定的时候，才选择仍然下载。
error-update-gone = 这个更新已经没有了。请重新检查更新。
error-update-busy = 另一个下载正在进行。请等它结束。
error-update-server-url = 这不是服务器地址。服务器地址以 https:// 开头。
error-update-offline = 无法连接更新服务器。请检查网络连接，然后再试一次。已经下载的部分会保留。
error-update-cancelled = 下载已停止。已经下载的部分会保留，下次继续用。
error-update-corrupt = 服务器发来的文件已损坏。没有更改任何内容。请稍后再试。
error-update-disk = 无法保存下载的内容。请在这台设备上清理一些空间，然后再试一次。
error-update-server = 更新服务器的回应不正常。请稍后再试。
error-org-code-unknown = 这不是 Mirai 的机构代码。机构代码以 MIRAI1- 开头。
error-org-code-damaged = 这个代码已损坏。请重新复制完整的代码。
error-org-code-name = 这个代码里的机构名称不能使用。请向机构要一个新的代码。
error-seal-failed = 无法加密，所以没有发送、也没有保存任何内容。请再试一次。
error-print-failed = 无法保存 PDF。没有更改任何内容。请换一个文件夹试试。
error-answer-out-of-range = 请填写 { $min } 到 { $max } 之间的整数。
error-answer-future-date = 这一天还没有到。请选择事情发生的那一天。
error-answer-not-a-date = 这不是日期。请从日历中选择日期。
error-notify-failed = 手机没有显示通知。你的提醒还在首页上。
