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
