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
