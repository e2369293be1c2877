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

## Content packs

error-pack-malformed = This file is not a { -app-name } pack, or it is damaged. Nothing was changed.
error-pack-too-large = This pack is larger than allowed. Nothing was changed.
error-pack-manifest-invalid = The list of contents in this pack is not valid. Nothing was changed.
error-pack-keys-not-trusted = This pack is not signed with { -app-name }'s keys. It was not added.
error-pack-unknown-key = This pack is signed with an unknown key. It was not added.
error-pack-revoked-key = This pack is signed with a key that is no longer trusted. It was not added.
error-pack-bad-signature = The signature does not match: the pack may have been changed. It was not added.
error-pack-rollback = This is an older version than the one on this phone. Nothing was changed.
error-pack-already-installed = This pack is already on this phone.
error-pack-equivocation = This pack has the same version as the one on this phone, but different content. It was not added.
error-pack-needs-newer-app = This pack needs a newer version of { -app-name }. Update the app first.
error-pack-file-mismatch = A file in this pack is damaged. The pack was not added.
error-pack-unexpected-file = This pack holds a file it should not have. It was not added.
error-pack-missing-file = A file is missing from this pack. It was not added.
error-pack-bad-path = This pack holds a file with a forbidden name. It was not added.
error-pack-not-regular-file = This pack holds a link or a folder where a file should be. It was not added.
error-pack-content-invalid = Some content in this pack cannot be shown by this app. It was not added.
error-pack-wrong-base = This update does not fit the version on this phone. Nothing was changed.
error-pack-io = The pack file could not be read. Nothing was changed.
error-update-no-server = No update server is set.
error-update-needs-wifi = “Download only on Wi-Fi” is on, and this phone is on mobile data. Connect to Wi-Fi, or download anyway.
error-update-network-unknown = This device cannot tell whether it is on Wi-Fi. Download anyway only if you are sure.
error-update-gone = This update is no longer offered. Check for updates again.
error-update-busy = Another download is running. Wait until it ends.
error-update-server-url = This is not a server address. It starts with https://
error-update-offline = The update server cannot be reached. Check your connection and try again. What was downloaded is kept.
error-update-cancelled = Download stopped. What was downloaded is kept for next time.
error-update-corrupt = The server sent a damaged file. Nothing was changed. Try again later.
error-update-disk = The download cannot be saved. Free some space on this device and try again.
error-update-server = The update server did not answer as expected. Try again later.
error-org-code-unknown = This is not an organisation code for Mirai. It starts with MIRAI1-.
error-org-code-damaged = The code is damaged. Copy it again, all of it.
error-org-code-name = The organisation's name in this code cannot be used. Ask the organisation for a new code.
error-seal-failed = It could not be sealed, so nothing was sent or saved. Try again.
error-print-failed = The PDF could not be saved. Nothing was changed. Try another folder.
error-answer-out-of-range = Give a whole number from { $min } to { $max }.
error-answer-future-date = This day has not come yet. Choose the day it happened.
error-answer-not-a-date = This is not a day. Choose the day from the calendar.
error-notify-failed = The phone did not show the notification. Your reminder is still on the home screen.
