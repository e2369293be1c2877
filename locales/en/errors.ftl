# Messages for errors reported by the app's core. Each says what happened, that nothing was
# lost, and what the user can do.

error-data-dir-unwritable = { -app-name } cannot save files on this device. The storage may be full or read-only. Free some space, then try again.
error-not-found = Your information was not found.
error-already-exists = Information is already saved here, so nothing new was created.
error-foreign-file = The file in { -app-name }’s folder is not a { -app-name } file. It was not changed.
error-cannot-decrypt = The file cannot be opened with this key. It was not changed.
error-wrong-key = The key found on this device does not open your information. Nothing was changed.
error-wrong-passphrase = This passphrase is not correct. Try again.
error-corrupt = Your saved information is damaged and cannot be read. The file was not changed.
error-newer-schema = Your information was saved by a newer version of { -app-name }. Update the app to open it. Nothing was changed.
error-key-file-missing = The key file is missing, so your information cannot be opened. Nothing was changed.
error-key-file-damaged = The key file is damaged, so your information cannot be opened. Nothing was changed.
error-keystore-unavailable = This device’s secure key store is not available. Unlock the device or sign in again, then try again.
error-key-missing = The key for your information is no longer in this device’s secure key store.
error-passphrase-too-short = The passphrase is too short.
error-disk-full = This device is full. Your last change was not saved. Free some space, then try again.
error-busy = { -app-name } is busy in another window. Close it, then try again.
error-invalid-profile = Some answers need to be fixed before saving.
error-io = A file could not be read or written. Nothing was lost. Try again.
error-database = Something went wrong while saving. Nothing was lost. Try again.
error-unknown-language = This language is not available: { $code }
error-invalid-input = The app received a value it cannot use: { $field }
error-locked = Your information is locked. Unlock it first.
error-internal = Something went wrong inside { -app-name }. Nothing was lost. Try again.
