# Mirai: the app's own screens (shell, navigation, first start, settings).
# Plain language: short sentences, common words, the action first.

-app-name = Mirai

## Shell and navigation

skip-to-content = Skip to main content
nav-label = Main menu
nav-home = Home
nav-portal = Guide
nav-self-check = Self-check
nav-assist = Get help
nav-friends = Friends
nav-packs = Content
nav-settings = Settings
language-button = Language
loading = Loading…
close = Close

## Home

home-title = Welcome to { -app-name }
home-intro = Information and help for life and work in Japan. It works without internet.
home-portal-desc = Life and work in Japan, in your language
home-self-check-desc = Check your working conditions
home-assist-desc = Talk to someone who can help
home-friends-desc = People and events near you
home-packs-desc = Guides and updates on this phone
home-settings-desc = Language, your profile and your data

## Empty areas (each says honestly what is missing and what will come)

portal-empty-title = No guides on this phone yet
portal-empty-body = Guides come in content packs. When a pack is on this phone, you can read it here without internet.
self-check-empty-title = The self-check is not on this phone yet
self-check-empty-body = The questions come in a content pack. Your answers will stay on this phone.
assist-empty-title = No conversations yet
assist-empty-body = Here you will be able to ask a support organisation for help, in your language. No support organisation is connected yet.
friends-empty-title = Nothing here yet
friends-empty-body = Here you will find people from your country and events near you. This part of the app is not ready yet.
packs-empty-title = No content packs on this phone
packs-empty-body = Content packs hold the guides and the self-check. You will be able to download them, or copy them from a file.
go-to-packs = Go to Content

## Language picker

language-picker-title = Choose your language
language-picker-hint = You can change it later from any screen.
language-current = Current language

## First start without a secure key store, and unlocking

setup-title = Protect your information
setup-body = This device has no secure place to keep a key. Choose a passphrase to lock your information. If you forget it, nobody can open your information, not even us.
setup-passphrase-label = New passphrase
setup-passphrase-hint = At least { $min } characters. A few words are easy to remember.
setup-confirm-label = Type the passphrase again
setup-mismatch = The two passphrases are not the same. Type them again.
setup-too-short = The passphrase is too short. Use at least { $min } characters.
setup-submit = Lock with this passphrase
setup-working = Locking your information…
unlock-title = Unlock { -app-name }
unlock-body = Type your passphrase to open your information.
unlock-label = Passphrase
unlock-submit = Unlock
unlock-working = Unlocking…
show-passphrase = Show passphrase

## When the app cannot open the user's information

startup-error-title = { -app-name } cannot open your information
startup-error-untouched = Nothing was changed or deleted. Your files are still in this folder:
startup-error-retry = Try again
startup-error-start-fresh = Put these files aside and start again
start-fresh-confirm = Your files will be moved to a new folder inside the same place. Nothing is deleted. Start again with an empty app?
start-fresh-yes = Yes, start again
start-fresh-no = No, go back
start-fresh-done = Your old files are now in: { $folder }

## Settings

settings-title = Settings
settings-language = Language
settings-text-size = Text size
text-size-normal = Normal
text-size-large = Large
text-size-larger = Larger
text-size-sample = This is how text will look.

settings-profile = About you
profile-intro = This helps { -app-name } show what matters to you. It stays on this phone.
profile-home-country = Home country
profile-home-country-none = Not chosen
profile-journey = Where are you now?
profile-journey-not-set = I prefer not to say
profile-journey-preparing = Preparing to go to Japan
profile-journey-in-japan = Living in Japan
profile-departure-date = Planned date of departure
profile-arrival-date = Date you arrived in Japan
profile-save = Save
profile-saving = Saving…
profile-saved = Saved on this phone.
profile-unreadable = Some saved answers could not be read. Please check them and save again.
profile-issue-arrival-in-future = This arrival date is in the future. If you have not left yet, choose “Preparing to go to Japan”.
profile-issue-departure-in-past = This departure date has passed. If you are in Japan now, choose “Living in Japan”.

settings-data = Your data
data-encrypted = Your information is encrypted on this phone.
data-protection-keystore = The key is kept in this device’s secure key store.
data-protection-passphrase = The key is locked with your passphrase.
data-details = Technical details
data-schema = Data format version
data-cipher = Encryption
data-folder = Folder
app-version = App version

## Errors shown on a form

error-prefix = Error:
error-summary-title = There is a problem

## Content packs

packs-installed-title = On this phone
packs-version = Version
packs-created = Made on
packs-size = Size
packs-items = { $count } items
packs-languages = Languages
packs-stale = This content is more than 6 months old. Look for a newer version when you can.
packs-import = Add packs from a file
packs-import-hint = A pack file from a USB stick, an SD card or another phone. It is checked fully before anything changes.
packs-checking = Checking pack { $pack } of { $packs }…
packs-imported = Added: { $title }, version { $version }
packs-export = Share packs as one file
packs-export-hint = Saves all packs on this phone into one file. Copy it to another phone and add it there.
packs-exported = Saved. The file is here:

## Guide

category-top = Start here
category-before-coming = Before coming to Japan
category-working = Working
category-studying = Studying
category-living = Living
category-trouble = Trouble and help
portal-phone-title = Phone numbers
article-back = All guides
article-not-found = This guide is not on this phone.
article-reviewed = Checked against its sources on { $date }
article-sources = Sources
article-related = Read next
directory-hours = Open
directory-always = Day and night, every day
directory-languages = Languages
directory-cost = Cost
directory-free = Free call
directory-charged = Call charges apply
directory-source = Checked on { $date }. Source:
day-holiday = public holidays
directory-closed = Closed { $from } to { $to }
lines-title = Which line do I call?
portal-lines-desc = Choose your problem and see who answers now, in your language.
lines-intro = Choose your problem. Lines that answer now in your language come first.
lines-topic-legend = What is the problem?
lines-topic-emergency = Danger now
lines-topic-health = Illness or injury
lines-topic-wages = Pay
lines-topic-working-conditions = Hours, days off, dismissal
lines-topic-harassment = Harassment, violence, discrimination
lines-topic-immigration = Visa and residence card
lines-topic-legal = Debt, contracts, accidents
lines-topic-disaster = Earthquake, typhoon, flood
lines-topic-all = Other, or not sure
lines-language = Language you want to speak
lines-now = Time in Japan now: { $time }
lines-now-holiday = Today is a public holiday in Japan.
lines-count = { $count ->
    [one] 1 line
   *[other] { $count } lines
}
lines-open = Open now
lines-open-other = Open now, not in your language
lines-yours-from = In your language: { $when }
lines-closed-opens = Closed · opens { $when }
lines-closed-later = Closed for the next two weeks
lines-some-days = Your language only on some days. Read the text below, or call and ask.
lines-call = Call { $number }
lines-none-title = No line for this problem yet
lines-none-body = No line on this phone helps with this problem. If you are in danger, call 110 (police) or 119 (fire, ambulance).
packs-updates-title = Updates
packs-server-none = No update server is set. Add its address to get new versions over the internet.
packs-server-label = Update server address
packs-server-hint = Your organisation gives you this address, for example https://example.org/packs/
packs-server-save = Save
packs-server-saved = Saved.
packs-wifi-only = Download only on Wi-Fi
packs-network = Connection now: { $kind ->
    [unmetered] Wi-Fi or cable
    [metered] mobile data
   *[unknown] unknown
}
packs-check = Check for updates
packs-checking-server = Checking…
packs-checked-on = Last checked: { $date }
packs-no-updates = Everything is up to date.
packs-update-version = Version { $from } → { $to }
packs-new-pack = New pack · version { $to }
packs-size-delta = { $size } to download (only the changes; the full pack is { $full })
packs-size-full = { $size } to download
packs-update = Update
packs-add = Add
packs-downloading = Downloading: { $done } of { $total }
packs-paused = Paused at { $done } of { $total }
packs-installing = Checking and installing…
packs-pause = Pause
packs-resume = Resume
packs-cancel = Cancel
packs-download-anyway = Download anyway
packs-updated = Updated: { $title }, version { $version }
portal-search-label = Search the guide
portal-search-all = Search in all languages
portal-search-results = { $count ->
    [one] 1 result
   *[other] { $count } results
}
portal-search-none = Nothing found. Try other words, or search in all languages.
portal-search-corrected = Results for “{ $text }”
article-read-in = Read in
article-bilingual = Side by side with Japanese
article-furigana = Show furigana (readings above kanji)
article-save = Save this guide
article-saved-note = Saved. You can find it in the guide, under “Saved”.
article-unsaved-note = Removed from “Saved”.
portal-continue-title = Continue reading
portal-continue-where = You stopped at { $percent }%.
portal-saved-title = Saved
portal-saved-empty = Nothing saved yet. Open a guide and tap “Save this guide” to keep it here.
portal-recent-title = Recently read
portal-recent-empty = Guides you open will be listed here.
portal-recent-privacy = This list is only on this phone. Clear it if someone else may look at your phone.
portal-recent-finished = Read to the end
portal-recent-progress = { $percent }% read
portal-history-clear = Clear history
portal-history-confirm = This removes the list of guides you read on this phone. Your saved guides stay. You cannot undo this.
portal-history-clear-yes = Yes, clear history
portal-history-clear-no = No, keep it
portal-history-cleared = History cleared.
settings-reading = Reading the guide
settings-content-language = Language of the guide
settings-content-language-same = Same as the app
emergency-button = Emergency
emergency-title = Emergency: police, fire, ambulance
emergency-say-title = Say this first, in Japanese
emergency-phrase-my-language = I speak English.
emergency-phrase-no-japanese = I do not understand Japanese well.
emergency-phrase-fire = There is a fire. (on 119)
emergency-phrase-ambulance = I need an ambulance. (on 119)
emergency-show-japanese = Show this to a Japanese speaker
emergency-show-mine = Back to English
selfcheck-privacy = Your answers stay on this phone. Nobody sees them unless you choose to share them.
selfcheck-phase-arrival = First check, about 3 months after you arrived
selfcheck-phase-periodic = Regular check, every 6 months
selfcheck-due = Due on { $date }
selfcheck-due-now = This check is due now.
selfcheck-start = Start the check
selfcheck-continue = Continue where you stopped
selfcheck-progress = Question { $n } of { $total }
selfcheck-yes = Yes
selfcheck-no = No
selfcheck-not-sure = I am not sure
selfcheck-number-hint = A number from { $min } to { $max }
selfcheck-basis = Law: { $basis }
selfcheck-back = Back
selfcheck-next = Next
selfcheck-finish = See my results
selfcheck-results-title = Your results
selfcheck-results-none = Nothing in your answers points to a problem. If something changes, check again.
selfcheck-severity-serious = Serious: get help now
selfcheck-severity-concern = Please check this
selfcheck-severity-info = Good to know
selfcheck-next-step = What you can do
selfcheck-history = Earlier checks
selfcheck-history-empty = No finished checks yet.
selfcheck-history-counts = Serious: { $serious } · To check: { $concern } · Good to know: { $info }
selfcheck-erase = Erase this check
selfcheck-erased = The check was erased.
selfcheck-to-start = Back to the self-check
selfcheck-before = Also in your last check
selfcheck-resolved = No longer found since your last check
settings-points = Points: { $points }
settings-points-note = You get points for each finished self-check. Points have no money value.
selfcheck-summary-open = Summary to print (PDF)
selfcheck-summary-title = Self-check summary
selfcheck-summary-intro = For a visit to a labour standards office, your supervising organisation or a support group. Each text is in your language, then in Japanese.
selfcheck-summary-date = Date of the check: { $date }
selfcheck-summary-answers = Answers
selfcheck-summary-question = Question
selfcheck-summary-answer = Answer
selfcheck-summary-basis = Law
selfcheck-summary-findings = What the answers point to
selfcheck-summary-none = No findings.
selfcheck-summary-save = Save as PDF
selfcheck-summary-saved = Saved: { $path }
selfcheck-summary-footer = Made with the Mirai app from the worker's own answers. It is not a legal decision.
selfcheck-share-open = Share with an organisation
selfcheck-share-title = Share this check
selfcheck-share-intro = Only if you want to. The organisation you choose can read it. Nobody else can, and this phone cannot open it again.
selfcheck-share-choose = Choose the organisation
selfcheck-share-none = You have not added an organisation yet.
selfcheck-share-add = Add an organisation
selfcheck-share-code = The code the organisation gave you
selfcheck-share-code-hint = It starts with MIRAI1-. Get it from the organisation in person or in a message you trust.
selfcheck-share-add-button = Add
selfcheck-share-added = Added: { $name }
selfcheck-share-fingerprint = Key check: { $fingerprint }
selfcheck-share-remove = Remove { $name }
selfcheck-share-what = What will be sent
selfcheck-share-what-hint = The answers and findings below, the month of the check, and a random number that is different for each organisation. Not your name, your phone number or where you are.
selfcheck-share-employer = Your employer's name (you can leave it empty)
selfcheck-share-employer-hint = It helps the organisation see problems at one workplace.
selfcheck-share-note = A note to the organisation (you can leave it empty)
selfcheck-share-identify = Would this identify me?
selfcheck-share-identify-1 = The organisation sees what you send. It does not see your name unless you write it in the note.
selfcheck-share-identify-2 = Your employer never gets your answers. Numbers the organisation publishes count at least 10 workers, and at least 5 companies when companies are compared, so no one person can be picked out.
selfcheck-share-identify-3 = If everyone at one workplace gave the same answer to a sensitive question, that number is not published.
selfcheck-share-identify-4 = If only you or a few people work for your employer, its name may still point to you. Then leave it empty.
selfcheck-share-send = Seal and send
selfcheck-share-sent = Sealed and put in the outbox for { $organisation }. This phone can no longer read it.
selfcheck-outbox = Outbox
selfcheck-outbox-empty = Nothing shared yet.
selfcheck-outbox-state-queued = Waiting to be sent
selfcheck-outbox-state-sent = Sent
selfcheck-outbox-state-failed = Could not be sent
selfcheck-outbox-item = { $organisation } · { $date }
selfcheck-outbox-cancel = Do not send
home-weekly-title = Article of the week
home-weekly-points = Read it to the end to get { $points } points.
home-weekly-earned = Done. You got { $points } points for this week's article.
settings-points-weekly = Reading the article of the week to the end also gives points, once a week.
report-all-segments = All sectors and regions
report-workers = Workers
report-no-answer = No answer
report-suppressed = Hidden (too few to show safely)
selfcheck-outbox-file = Save as a file
selfcheck-outbox-file-hint = Only the organisation can open it. You can give them the file in a message or on a USB stick.
selfcheck-outbox-saved = Saved: { $path }
selfcheck-arrival-missing = Add the day you arrived in Japan in Settings, and the app will tell you when each check is due.
reminder-notification = You have a reminder. Open the app to see it.
settings-reminders = Notify me when a self-check is due
settings-reminders-hint = The notice only says "Mirai: you have a reminder", so someone else who sees your screen does not learn what it is about.
