# Mirai: the app's own screens (shell, navigation, first start, settings).
# Plain language: short sentences, common words, the action first.

-app-name = Mirai

## Shell and navigation

skip-to-content = Pumunta sa pangunahing bahagi
nav-label = Pangunahing menu
nav-home = Home
nav-portal = Gabay
nav-self-check = Self-check
nav-assist = Tulong
nav-friends = Mga Kaibigan
nav-packs = Nilalaman
nav-settings = Settings
language-button = Wika
loading = Naglo-load…
close = Isara

## Home

home-title = Maligayang pagdating sa { -app-name }
home-intro = Impormasyon at tulong para sa buhay at trabaho sa Japan. Gumagana ito kahit walang internet.
home-portal-desc = Buhay at trabaho sa Japan, sa iyong wika
home-self-check-desc = Suriin ang kalagayan mo sa trabaho
home-assist-desc = Makipag-usap sa taong makakatulong sa iyo
home-friends-desc = Mga tao at event na malapit sa iyo
home-packs-desc = Mga gabay at update sa phone na ito
home-settings-desc = Wika, ang iyong profile, at ang iyong data

## Empty areas (each says honestly what is missing and what will come)

portal-empty-title = Wala pang gabay sa phone na ito
portal-empty-body = Kasama ang mga gabay sa mga pakete ng nilalaman. Kapag may pakete na sa phone na ito, mababasa mo ang mga ito rito kahit walang internet.
self-check-empty-title = Wala pa ang self-check sa phone na ito
self-check-empty-body = Kasama ang mga tanong sa isang pakete ng nilalaman. Mananatili sa phone na ito ang mga sagot mo.
assist-empty-title = Wala pang usapan
assist-empty-body = Dito, makakahingi ka ng tulong sa isang organisasyong sumusuporta, sa iyong wika. Wala pang nakakonektang organisasyong sumusuporta.
friends-empty-title = Wala pang laman dito
friends-empty-body = Dito mo makikita ang mga kababayan mo at mga event na malapit sa iyo. Hindi pa handa ang bahaging ito ng app.
packs-empty-title = Walang pakete ng nilalaman sa phone na ito
packs-empty-body = Nasa mga pakete ng nilalaman ang mga gabay at ang self-check. Maaari mong i-download ang mga pakete, o kopyahin mula sa isang file.
go-to-packs = Pumunta sa Nilalaman

## Language picker

language-picker-title = Piliin ang iyong wika
language-picker-hint = Maaari mo itong palitan mamaya mula sa kahit anong screen.
language-current = Kasalukuyang wika

## First start without a secure key store, and unlocking

setup-title = Protektahan ang iyong impormasyon
setup-body = Walang ligtas na taguan ng susi ang device na ito. Pumili ng passphrase para i-lock ang iyong impormasyon. Kapag nakalimutan mo ito, walang makakapagbukas ng iyong impormasyon, kahit kami.
setup-passphrase-label = Bagong passphrase
setup-passphrase-hint = Hindi bababa sa { $min } character. Madaling tandaan ang ilang salita.
setup-confirm-label = I-type ulit ang passphrase
setup-mismatch = Hindi magkapareho ang dalawang passphrase. I-type ulit ang mga ito.
setup-too-short = Masyadong maikli ang passphrase. Gumamit ng hindi bababa sa { $min } character.
setup-submit = I-lock gamit ang passphrase na ito
setup-working = Ini-lock ang iyong impormasyon…
unlock-title = I-unlock ang { -app-name }
unlock-body = I-type ang iyong passphrase para mabuksan ang iyong impormasyon.
unlock-label = Passphrase
unlock-submit = I-unlock
unlock-working = Ina-unlock…
show-passphrase = Ipakita ang passphrase

## When the app cannot open the user's information

startup-error-title = Hindi mabuksan ng { -app-name } ang iyong impormasyon
startup-error-untouched = Walang binago o binura. Nasa folder na ito pa rin ang iyong mga file:
startup-error-retry = Subukan ulit
startup-error-start-fresh = Itabi ang mga file na ito at magsimula ulit
start-fresh-confirm = Ililipat ang iyong mga file sa isang bagong folder sa parehong lugar. Walang buburahin. Magsimula ulit na walang laman ang app?
start-fresh-yes = Oo, magsimula ulit
start-fresh-no = Hindi, bumalik
start-fresh-done = Nailipat na ang mga luma mong file sa: { $folder }

## Settings

settings-title = Settings
settings-language = Wika
settings-text-size = Laki ng letra
text-size-normal = Karaniwan
text-size-large = Malaki
text-size-larger = Mas malaki
text-size-sample = Ganito ang magiging hitsura ng mga letra.

settings-profile = Tungkol sa iyo
profile-intro = Nakakatulong ito para maipakita ng { -app-name } ang mga bagay na mahalaga sa iyo. Mananatili ito sa phone na ito.
profile-home-country = Bansang pinagmulan
profile-home-country-none = Hindi pa napili
profile-journey = Nasaan ka ngayon?
profile-journey-not-set = Ayaw kong sabihin
profile-journey-preparing = Naghahandang pumunta sa Japan
profile-journey-in-japan = Nakatira sa Japan
profile-departure-date = Planong petsa ng pag-alis
profile-arrival-date = Petsa ng pagdating mo sa Japan
profile-save = I-save
profile-saving = Sine-save…
profile-saved = Na-save sa phone na ito.
profile-unreadable = May ilang naka-save na sagot na hindi mabasa. Pakitingnan ang mga ito at i-save ulit.
profile-issue-arrival-in-future = Nasa hinaharap pa ang petsang ito ng pagdating. Kung hindi ka pa umaalis, piliin ang “Naghahandang pumunta sa Japan”.
profile-issue-departure-in-past = Lumipas na ang petsang ito ng pag-alis. Kung nasa Japan ka na ngayon, piliin ang “Nakatira sa Japan”.

settings-data = Ang iyong data
data-encrypted = Naka-encrypt ang iyong impormasyon sa phone na ito.
data-protection-keystore = Nakatago ang susi sa ligtas na taguan ng susi ng device na ito.
data-protection-passphrase = Naka-lock ang susi gamit ang iyong passphrase.
data-details = Mga teknikal na detalye
data-schema = Bersyon ng format ng data
data-cipher = Encryption
data-folder = Folder
app-version = Bersyon ng app

## Errors shown on a form

error-prefix = Error:
error-summary-title = May problema

## Content packs

packs-installed-title = Nasa phone na ito
packs-version = Bersyon
packs-created = Ginawa noong
packs-size = Laki
packs-items = { $count } item
packs-languages = Mga wika
packs-stale = Mahigit 6 na buwan na ang nilalamang ito. Maghanap ng mas bagong bersyon kapag kaya mo.
packs-import = Magdagdag ng mga pakete mula sa file
packs-import-hint = Isang file ng pakete mula sa USB stick, SD card, o ibang phone. Susuriin muna ito nang buo bago may mabago.
packs-checking = Sinusuri ang pakete { $pack } ng { $packs }…
packs-imported = Naidagdag: { $title }, bersyon { $version }
packs-export = Ibahagi ang mga pakete bilang isang file
packs-export-hint = Ise-save nito ang lahat ng pakete sa phone na ito sa isang file. Kopyahin ito sa ibang phone at idagdag doon.
packs-exported = Na-save na. Nandito ang file:

## Guide

category-top = Magsimula rito
category-before-coming = Bago pumunta sa Japan
category-working = Trabaho
category-studying = Pag-aaral
category-living = Pamumuhay
category-trouble = Problema at tulong
portal-phone-title = Mga numero ng telepono
article-back = Lahat ng gabay
article-not-found = Wala sa phone na ito ang gabay na ito.
article-reviewed = Sinuri batay sa mga sanggunian nito noong { $date }
article-sources = Mga sanggunian
article-related = Basahin din
directory-hours = Oras ng serbisyo
directory-always = Araw at gabi, araw-araw
directory-languages = Mga wika
directory-cost = Bayad
directory-free = Libreng tawag
directory-charged = May bayad ang tawag
directory-source = Sinuri noong { $date }. Sanggunian:
day-holiday = holiday
directory-closed = Sarado mula { $from } hanggang { $to }
lines-title = Saan ako tatawag?
portal-lines-desc = Piliin ang problema mo at tingnan kung sino ang sumasagot ngayon sa wika mo.
lines-intro = Piliin ang problema mo. Nasa unahan ang mga linyang sumasagot ngayon sa wika mo.
lines-topic-legend = Ano ang problema?
lines-topic-emergency = May panganib ngayon
lines-topic-health = Sakit o pinsala
lines-topic-wages = Sahod
lines-topic-working-conditions = Oras ng trabaho, day off, pagkatanggal
lines-topic-harassment = Harassment, karahasan, diskriminasyon
lines-topic-immigration = Visa at residence card
lines-topic-legal = Utang, kontrata, aksidente
lines-topic-disaster = Lindol, bagyo, baha
lines-topic-all = Iba pa, o hindi sigurado
lines-language = Wikang gusto mong gamitin
lines-now = Oras sa Japan ngayon: { $time }
lines-now-holiday = Holiday ngayon sa Japan.
lines-count = { $count ->
    [one] { $count } linya
   *[other] { $count } linya
}
lines-open = Bukas ngayon
lines-open-other = Bukas ngayon, pero hindi sa wika mo
lines-yours-from = Sa wika mo: mula { $when }
lines-closed-opens = Sarado · bubukas { $when }
lines-closed-later = Sarado sa susunod na dalawang linggo
lines-some-days = Ilang araw lang may wika mo. Basahin ang nasa ibaba, o tumawag at magtanong.
lines-call = Tawagan ang { $number }
lines-none-title = Wala pang linya para sa problemang ito
lines-none-body = Walang linya sa phone na ito na tumutulong sa problemang ito. Kung nasa panganib ka, tumawag sa 110 (pulis) o 119 (bumbero, ambulansya).
packs-updates-title = Mga update
packs-server-none = Wala pang nakatakdang update server. Idagdag ang address nito para makakuha ng mga bagong bersyon sa internet.
packs-server-label = Address ng update server
packs-server-hint = Ibibigay sa iyo ng iyong organisasyon ang address na ito, halimbawa https://example.org/packs/
packs-server-save = I-save
packs-server-saved = Na-save na.
packs-wifi-only = Mag-download lang kapag naka-Wi-Fi
packs-network = Koneksyon ngayon: { $kind ->
    [unmetered] Wi-Fi o cable
    [metered] mobile data
   *[unknown] hindi alam
}
packs-check = Tingnan kung may update
packs-checking-server = Tinitingnan…
packs-checked-on = Huling tiningnan: { $date }
packs-no-updates = Updated na ang lahat.
packs-update-version = Bersyon { $from } → { $to }
packs-new-pack = Bagong pakete · bersyon { $to }
packs-size-delta = { $size } ang ida-download (ang mga pagbabago lang; { $full } ang buong pakete)
packs-size-full = { $size } ang ida-download
packs-update = I-update
packs-add = Idagdag
packs-downloading = Nagda-download: { $done } ng { $total }
packs-paused = Naka-pause sa { $done } ng { $total }
packs-installing = Sinusuri at ini-install…
packs-pause = I-pause
packs-resume = Ituloy
packs-cancel = Kanselahin
packs-download-anyway = I-download pa rin
packs-updated = Na-update: { $title }, bersyon { $version }
portal-search-label = Maghanap sa gabay
portal-search-all = Maghanap sa lahat ng wika
portal-search-results = { $count ->
    [one] { $count } resulta
   *[other] { $count } resulta
}
portal-search-none = Walang nahanap. Subukan ang ibang salita, o maghanap sa lahat ng wika.
portal-search-corrected = Mga resulta para sa “{ $text }”
article-read-in = Basahin sa
article-bilingual = Ipakita katabi ng Japanese
article-furigana = Ipakita ang furigana (bigkas na nakasulat sa ibabaw ng kanji)
article-save = I-save ang gabay na ito
article-saved-note = Na-save na. Makikita mo ito sa Gabay, sa “Naka-save”.
article-unsaved-note = Inalis na sa “Naka-save”.
portal-continue-title = Ituloy ang pagbasa
portal-continue-where = Tumigil ka sa { $percent }%.
portal-saved-title = Naka-save
portal-saved-empty = Wala pang naka-save. Magbukas ng gabay at pindutin ang “I-save ang gabay na ito” para makita ito rito.
portal-recent-title = Kamakailang binasa
portal-recent-empty = Dito makikita ang mga gabay na binuksan mo.
portal-recent-privacy = Nasa phone na ito lang ang listahang ito. Burahin ito kung may ibang taong puwedeng tumingin sa phone mo.
portal-recent-finished = Nabasa hanggang dulo
portal-recent-progress = Nabasa ang { $percent }%
portal-history-clear = Burahin ang history
portal-history-confirm = Buburahin nito ang listahan ng mga gabay na binasa mo sa phone na ito. Hindi mabubura ang mga naka-save na gabay. Hindi na ito maibabalik.
portal-history-clear-yes = Oo, burahin ang history
portal-history-clear-no = Hindi, huwag burahin
portal-history-cleared = Nabura na ang history.
settings-reading = Pagbasa ng gabay
settings-content-language = Wika ng gabay
settings-content-language-same = Pareho sa app
emergency-button = Emergency
emergency-title = Emergency: pulis, sunog, ambulansya
emergency-say-title = Sabihin muna ito sa wikang Hapon
emergency-phrase-my-language = Nagsasalita ako ng Tagalog.
emergency-phrase-no-japanese = Hindi ako gaanong nakakaintindi ng wikang Hapon.
emergency-phrase-fire = May sunog. (sa 119)
emergency-phrase-ambulance = Kailangan ko ng ambulansya. (sa 119)
emergency-show-japanese = Ipakita ito sa taong marunong ng wikang Hapon
emergency-show-mine = Bumalik sa aking wika
selfcheck-privacy = Nasa phone na ito lang ang mga sagot mo. Walang makakakita sa mga ito maliban kung pipiliin mong ibahagi.
selfcheck-phase-arrival = Unang pagsusuri, mga 3 buwan pagdating mo sa Japan
selfcheck-phase-periodic = Regular na pagsusuri, tuwing 6 na buwan
selfcheck-due = Dapat gawin sa { $date }
selfcheck-due-now = Oras na para gawin ang pagsusuring ito.
selfcheck-start = Simulan ang pagsusuri
selfcheck-continue = Ituloy kung saan ka tumigil
selfcheck-progress = Tanong { $n } ng { $total }
selfcheck-yes = Oo
selfcheck-no = Hindi
selfcheck-not-sure = Hindi ako sigurado
selfcheck-number-hint = Numero mula { $min } hanggang { $max }
selfcheck-basis = Batas: { $basis }
selfcheck-back = Bumalik
selfcheck-next = Susunod
selfcheck-finish = Tingnan ang resulta ko
selfcheck-results-title = Ang resulta mo
selfcheck-results-none = Walang problemang makikita sa mga sagot mo. Kapag may nagbago, magsuri ulit.
selfcheck-severity-serious = Seryoso: humingi ng tulong ngayon
selfcheck-severity-concern = Pakitingnan ito
selfcheck-severity-info = Mabuting malaman
selfcheck-next-step = Ang puwede mong gawin
selfcheck-history = Mga naunang pagsusuri
selfcheck-history-empty = Wala pang natapos na pagsusuri.
selfcheck-history-counts = Seryoso: { $serious } · Dapat tingnan: { $concern } · Mabuting malaman: { $info }
selfcheck-erase = Burahin ang pagsusuring ito
selfcheck-erased = Nabura na ang pagsusuri.
selfcheck-to-start = Bumalik sa self-check
selfcheck-before = Mayroon din sa huli mong pagsusuri
selfcheck-resolved = Wala na mula sa huli mong pagsusuri
settings-points = Puntos: { $points }
settings-points-note = May puntos ka sa bawat natapos na self-check. Walang halagang pera ang puntos.
selfcheck-summary-open = Buod na ipi-print (PDF)
selfcheck-summary-title = Buod ng self-check
selfcheck-summary-intro = Para sa pagpunta sa Labor Standards Inspection Office, sa iyong supervising organization, o sa isang support group. Bawat teksto ay nasa wika mo, tapos nasa Japanese.
selfcheck-summary-date = Petsa ng pagsusuri: { $date }
selfcheck-summary-answers = Mga sagot
selfcheck-summary-question = Tanong
selfcheck-summary-answer = Sagot
selfcheck-summary-basis = Batas
selfcheck-summary-findings = Ang ipinapakita ng mga sagot
selfcheck-summary-none = Walang nakitang problema.
selfcheck-summary-save = I-save bilang PDF
selfcheck-summary-saved = Na-save: { $path }
selfcheck-summary-footer = Ginawa gamit ang Mirai app mula sa sariling sagot ng manggagawa. Hindi ito legal na desisyon.
selfcheck-share-open = Ibahagi sa isang organisasyon
selfcheck-share-title = Ibahagi ang pagsusuring ito
selfcheck-share-intro = Kung gusto mo lang. Ang organisasyong pipiliin mo lang ang makakabasa nito. Wala nang iba, at hindi na ito mabubuksan ulit ng phone na ito.
selfcheck-share-choose = Piliin ang organisasyon
selfcheck-share-none = Wala ka pang naidagdag na organisasyon.
selfcheck-share-add = Magdagdag ng organisasyon
selfcheck-share-code = Ang code na ibinigay sa iyo ng organisasyon
selfcheck-share-code-hint = Nagsisimula ito sa MIRAI1-. Kunin ito nang personal sa organisasyon, o sa mensaheng pinagkakatiwalaan mo.
selfcheck-share-add-button = Idagdag
selfcheck-share-added = Naidagdag: { $name }
selfcheck-share-fingerprint = Pagsuri ng susi: { $fingerprint }
selfcheck-share-remove = Alisin ang { $name }
selfcheck-share-what = Ano ang ipapadala
selfcheck-share-what-hint = Ang mga sagot at nakita sa ibaba, ang buwan ng pagsusuri, at isang random na numero na iba para sa bawat organisasyon. Hindi ang pangalan mo, ang numero ng phone mo, o kung nasaan ka.
selfcheck-share-employer = Pangalan ng employer mo (puwedeng iwanang blangko)
selfcheck-share-employer-hint = Nakakatulong ito para makita ng organisasyon ang mga problema sa iisang trabahuhan.
selfcheck-share-note = Tala para sa organisasyon (puwedeng iwanang blangko)
selfcheck-share-identify = Makikilala ba ako dahil dito?
selfcheck-share-identify-1 = Nakikita ng organisasyon ang ipinadala mo. Hindi nito makikita ang pangalan mo, maliban kung isusulat mo ito sa tala.
selfcheck-share-identify-2 = Hindi kailanman makukuha ng employer mo ang mga sagot mo. Ang mga numerong inilalabas ng organisasyon ay galing sa hindi bababa sa 10 manggagawa, at hindi bababa sa 5 kompanya kapag pinaghahambing ang mga kompanya. Kaya walang isang taong makikilala.
selfcheck-share-identify-3 = Kung pareho ang sagot ng lahat sa isang trabahuhan sa isang sensitibong tanong, hindi ilalabas ang numerong iyon.
selfcheck-share-identify-4 = Kung ikaw lang o iilang tao lang ang nagtatrabaho sa employer mo, puwede pa ring ituro sa iyo ng pangalan nito. Kung ganoon, iwanan itong blangko.
selfcheck-share-send = I-encrypt at ipadala
selfcheck-share-sent = Na-encrypt at inilagay sa outbox para sa { $organisation }. Hindi na ito mababasa ng phone na ito.
selfcheck-outbox = Outbox
selfcheck-outbox-empty = Wala pang naibahagi.
selfcheck-outbox-state-queued = Naghihintay na maipadala
selfcheck-outbox-state-sent = Naipadala na
selfcheck-outbox-state-failed = Hindi naipadala
selfcheck-outbox-item = { $organisation } · { $date }
selfcheck-outbox-cancel = Huwag ipadala
home-weekly-title = Gabay ng linggo
home-weekly-points = Basahin ito hanggang dulo para makakuha ng { $points } puntos.
home-weekly-earned = Tapos na. Nakakuha ka ng { $points } puntos para sa gabay ngayong linggo.
settings-points-weekly = May puntos ka rin kapag binasa mo hanggang dulo ang gabay ng linggo. Isang beses bawat linggo.
report-all-segments = Lahat ng sektor at rehiyon
report-workers = Bilang ng manggagawa
report-no-answer = Walang sagot
report-suppressed = Nakatago (masyadong kaunti para ipakita nang ligtas)
selfcheck-outbox-file = I-save bilang file
selfcheck-outbox-file-hint = Ang organisasyon lang ang makakabukas nito. Puwede mong ibigay sa kanila ang file sa isang mensahe o sa USB stick.
selfcheck-outbox-saved = Na-save: { $path }
selfcheck-arrival-missing = Ilagay sa Settings ang araw ng pagdating mo sa Japan, at sasabihin ng app kung kailan dapat gawin ang bawat pagsusuri.
reminder-notification = May paalala ka. Buksan ang app para makita ito.
settings-reminders = Sabihan ako kapag oras na ng self-check
settings-reminders-hint = “Mirai: may paalala ka” lang ang sinasabi ng abiso, kaya hindi malalaman ng ibang taong makakita ng screen mo kung tungkol saan ito.
