# Messages for errors reported by the app's core. Each says what happened, that nothing was
# lost, and what the user can do.

error-data-dir-unwritable = Hindi makapag-save ng mga file ang { -app-name } sa device na ito. Maaaring puno na ang storage, o hindi ito puwedeng sulatan. Magbakante ng kaunting espasyo, saka subukan ulit.
error-not-found = Hindi nakita ang iyong impormasyon.
error-already-exists = May naka-save nang impormasyon dito, kaya walang bagong ginawa.
error-foreign-file = Ang file sa folder ng { -app-name } ay hindi file ng { -app-name }. Hindi ito binago.
error-cannot-decrypt = Hindi mabuksan ang file gamit ang susing ito. Hindi ito binago.
error-wrong-key = Hindi mabuksan ng susing nakita sa device na ito ang iyong impormasyon. Walang binago.
error-wrong-passphrase = Mali ang passphrase na ito. Subukan ulit.
error-corrupt = Sira ang iyong naka-save na impormasyon at hindi ito mabasa. Hindi binago ang file.
error-newer-schema = Na-save ang iyong impormasyon ng mas bagong bersyon ng { -app-name }. I-update ang app para mabuksan ito. Walang binago.
error-key-file-missing = Nawawala ang file ng susi, kaya hindi mabuksan ang iyong impormasyon. Walang binago.
error-key-file-damaged = Sira ang file ng susi, kaya hindi mabuksan ang iyong impormasyon. Walang binago.
error-keystore-unavailable = Hindi magamit ang ligtas na taguan ng susi ng device na ito. I-unlock ang device o mag-sign in ulit, saka subukan ulit.
error-key-missing = Wala na ang susi ng iyong impormasyon sa ligtas na taguan ng susi ng device na ito.
error-passphrase-too-short = Masyadong maikli ang passphrase.
error-disk-full = Puno na ang device na ito. Hindi na-save ang huli mong binago. Magbakante ng kaunting espasyo, saka subukan ulit.
error-busy = Ginagamit ang { -app-name } sa ibang window. Isara ang window na iyon, saka subukan ulit.
error-invalid-profile = May ilang sagot na kailangang ayusin bago i-save.
error-io = Hindi nabasa o naisulat ang isang file. Walang nawala. Subukan ulit.
error-database = Nagkaproblema habang nagse-save. Walang nawala. Subukan ulit.
error-unknown-language = Hindi available ang wikang ito: { $code }
error-invalid-input = May natanggap ang app na value na hindi nito magagamit: { $field }
error-locked = Naka-lock ang iyong impormasyon. I-unlock muna ito.
error-internal = Nagkaproblema sa loob ng { -app-name }. Walang nawala. Subukan ulit.

## Content packs

error-pack-malformed = Hindi pakete ng { -app-name } ang file na ito, o sira ito. Walang binago.
error-pack-too-large = Mas malaki ang paketeng ito kaysa sa pinapayagan. Walang binago.
error-pack-manifest-invalid = Hindi tama ang listahan ng laman ng paketeng ito. Walang binago.
error-pack-keys-not-trusted = Hindi naka-sign ang paketeng ito gamit ang mga susi ng { -app-name }. Hindi ito idinagdag.
error-pack-unknown-key = Naka-sign ang paketeng ito gamit ang hindi kilalang susi. Hindi ito idinagdag.
error-pack-revoked-key = Naka-sign ang paketeng ito gamit ang susing hindi na pinagkakatiwalaan. Hindi ito idinagdag.
error-pack-bad-signature = Hindi tugma ang signature: maaaring binago ang pakete. Hindi ito idinagdag.
error-pack-rollback = Mas luma ang bersyong ito kaysa sa nasa phone na ito. Walang binago.
error-pack-already-installed = Nasa phone na ito na ang paketeng ito.
error-pack-equivocation = Pareho ang bersyon ng paketeng ito at ng nasa phone na ito, pero iba ang laman. Hindi ito idinagdag.
error-pack-needs-newer-app = Kailangan ng paketeng ito ang mas bagong bersyon ng { -app-name }. I-update muna ang app.
error-pack-file-mismatch = May sirang file sa paketeng ito. Hindi idinagdag ang pakete.
error-pack-unexpected-file = May file sa paketeng ito na hindi dapat nandoon. Hindi ito idinagdag.
error-pack-missing-file = May nawawalang file sa paketeng ito. Hindi ito idinagdag.
error-pack-bad-path = May file sa paketeng ito na may bawal na pangalan. Hindi ito idinagdag.
error-pack-not-regular-file = May link o folder sa paketeng ito sa lugar na dapat ay file. Hindi ito idinagdag.
error-pack-content-invalid = May laman ang paketeng ito na hindi maipakita ng app na ito. Hindi ito idinagdag.
error-pack-wrong-base = Hindi tugma ang update na ito sa bersyong nasa phone na ito. Walang binago.
error-pack-io = Hindi mabasa ang file ng pakete. Walang binago.
error-update-no-server = Wala pang nakatakdang update server.
error-update-needs-wifi = Naka-on ang “Mag-download lang kapag naka-Wi-Fi”, at naka-mobile data ang phone na ito. Kumonekta sa Wi-Fi, o i-download pa rin.
error-update-network-unknown = Hindi malaman ng device na ito kung naka-Wi-Fi ito. I-download pa rin lang kung sigurado ka.
error-update-gone = Wala na ang update na ito. Tingnan ulit kung may update.
error-update-busy = May ibang download na tumatakbo. Maghintay hanggang matapos ito.
error-update-server-url = Hindi ito address ng server. Dapat nagsisimula ang address sa https://
error-update-offline = Hindi maabot ang update server. Tingnan ang iyong koneksyon, saka subukan ulit. Nakatabi pa rin ang na-download na.
error-update-cancelled = Itinigil ang download. Nakatabi ang na-download na para sa susunod.
error-update-corrupt = Nagpadala ang server ng sirang file. Walang binago. Subukan ulit mamaya.
error-update-disk = Hindi ma-save ang download. Magbakante ng kaunting espasyo sa device na ito, saka subukan ulit.
error-update-server = Hindi sumagot nang tama ang update server. Subukan ulit mamaya.
error-org-code-unknown = Hindi ito code ng organisasyon para sa Mirai. Nagsisimula ito sa MIRAI1-.
error-org-code-damaged = Sira ang code. Kopyahin ulit ito nang buo.
error-org-code-name = Hindi magagamit ang pangalan ng organisasyon sa code na ito. Humingi ng bagong code sa organisasyon.
error-seal-failed = Hindi ito na-encrypt, kaya walang naipadala o na-save. Subukan ulit.
error-print-failed = Hindi na-save ang PDF. Walang binago. Subukan ang ibang folder.
error-answer-out-of-range = Maglagay ng buong numero mula { $min } hanggang { $max }.
error-answer-future-date = Hindi pa dumarating ang araw na ito. Piliin ang araw na nangyari ito.
error-answer-not-a-date = Hindi ito petsa. Piliin ang araw sa kalendaryo.
error-notify-failed = Hindi ipinakita ng phone ang abiso. Nasa Home screen pa rin ang paalala mo.
