# Sync: sending what the user chose to share (a self-check for an organisation) to a sync
# server when a connection appears. Shown as a card on the Settings screen.
settings-sync = စင့်ခ်
sync-intro = ချိတ်ဆက်မှု ရတဲ့အခါ သင် ပို့ဖို့ ရွေးထားတဲ့ အရာတွေကို (ဥပမာ အဖွဲ့အစည်းအတွက် ကိုယ်တိုင်စစ်ဆေးမှု) စင့်ခ်က ပို့ပေးပါတယ်။ စင့်ခ်ကို စောင့်စရာ မလိုပါဘူး။ စင့်ခ် မရှိလည်း အက်ပ်က အတူတူပဲ အလုပ်လုပ်ပါတယ်။
sync-server-none = စင့်ခ်ဆာဗာ မသတ်မှတ်ရသေးပါ။ အားလုံး ဒီစက်ထဲမှာပဲ ရှိနေပါတယ်။
sync-server-label = စင့်ခ်ဆာဗာ လိပ်စာ
sync-server-hint = ဒီလိပ်စာကို သင့်အဖွဲ့အစည်းက ပေးပါလိမ့်မယ်။ ဥပမာ: wss://example.org/sync
sync-server-save = သိမ်းရန်
sync-server-saved = သိမ်းပြီးပါပြီ။
sync-wifi-only = Wi-Fi နဲ့ပဲ စင့်ခ်လုပ်ရန်
sync-now = အခု စင့်ခ်လုပ်ရန်
sync-state = { $state ->
    [off] စင့်ခ်ကို ပိတ်ထားပါတယ်။
    [wifi] Wi-Fi ကို စောင့်နေပါတယ်။
    [offline] အင်တာနက် မရှိပါ။ အက်ပ်က သူ့ဘာသာ ထပ်ကြိုးစားပါလိမ့်မယ်။
    [syncing] စင့်ခ်လုပ်နေပါတယ်…
   *[done] အားလုံး စင့်ခ်လုပ်ပြီးပါပြီ။
}
sync-last = နောက်ဆုံး စင့်ခ်လုပ်ခဲ့တဲ့ အချိန်: { $time }
sync-never = စင့်ခ် မလုပ်ရသေးပါ။
sync-waiting = { $count ->
    [one] ပို့ဖို့ { $count } ခု စောင့်နေပါတယ်။
   *[other] ပို့ဖို့ { $count } ခု စောင့်နေပါတယ်။
}
error-sync-server-url = ဒါက စင့်ခ်ဆာဗာ လိပ်စာ မဟုတ်ပါဘူး။ လိပ်စာက wss:// နဲ့ စပါတယ်။ (ဒေသတွင်း ကွန်ရက်မှာဆိုရင် ws:// နဲ့ စပါတယ်။)
error-sync-unavailable = ဒီစက်မှာ စင့်ခ် စလို့ မရပါဘူး။ သင် ပို့ဖို့ ရွေးထားတဲ့ အရာတွေက ပို့ရန်စာပုံးထဲမှာ ရှိနေပါသေးတယ်။

# Pairing a second device: this one gets a short code (and its QR code) from the sync server;
# the other types it and from then on uses the same account. $time is minutes:seconds, 9:58.
sync-pair-title = နောက်ထပ် စက်တစ်လုံး ချိတ်ရန်
sync-pair-intro = ဖုန်းနဲ့ ကွန်ပျူတာမှာ အကောင့်တစ်ခုတည်းကို သုံးနိုင်ပါတယ်။ ဒီမှာ ကုဒ်ယူပြီး တခြားစက်မှာ ရိုက်ထည့်ပါ။
sync-pair-get = ကုဒ် ယူရန်
sync-pair-new = ကုဒ်အသစ် ယူရန်
sync-pair-asking = ဆာဗာဆီက ကုဒ် တောင်းနေပါတယ်…
sync-pair-code = တခြားစက်မှာ ရိုက်ထည့်ရမယ့် ကုဒ်
sync-pair-qr = ဒီကုဒ်ရဲ့ QR ကုဒ်
sync-pair-left = နောက်ထပ် { $time } သုံးလို့ ရပါသေးတယ်။
sync-pair-expired = ဒီကုဒ် သက်တမ်းကုန်သွားပါပြီ။ ကုဒ်အသစ် ယူပါ။
sync-pair-use-title = သင့်ရဲ့ တခြားစက်က ကုဒ်ကို သုံးရန်
sync-pair-use-label = ကုဒ်
sync-pair-use-hint = အင်္ဂလိပ်စာလုံးနဲ့ ဂဏန်း ၈ လုံးပါ။ တခြားစက်ရဲ့ "နောက်ထပ် စက်တစ်လုံး ချိတ်ရန်" အောက်မှာ ပြထားပါတယ်။
sync-pair-use = ဒီစက်ကို ချိတ်ရန်
sync-pair-linking = ချိတ်နေပါတယ်…
sync-pair-linked = ချိတ်ပြီးပါပြီ။ ဒီစက်က သင့်ရဲ့ တခြားစက်နဲ့ အကောင့်တစ်ခုတည်းကို သုံးပါတယ်။
error-sync-no-server = စင့်ခ်ဆာဗာကို အရင် သတ်မှတ်ပါ။
error-pairing-not-a-code = ဒါက ကုဒ် မဟုတ်ပါဘူး။ ကုဒ်မှာ အင်္ဂလိပ်စာလုံးနဲ့ ဂဏန်း ၈ လုံး ပါပါတယ်။
error-pairing-offline = စင့်ခ်ဆာဗာကို ချိတ်ဆက်လို့ မရပါဘူး။ သင့်အင်တာနက် ချိတ်ဆက်မှုကို စစ်ပြီး ထပ်ကြိုးစားပါ။
error-pairing-unknown-device = ဆာဗာက ဒီစက်ကို မသိသေးပါဘူး။ တစ်ကြိမ် စင့်ခ်လုပ်ပြီးမှ ထပ်ကြိုးစားပါ။
error-pairing-wrong-code = ကုဒ် မှားနေတာ၊ သုံးပြီးသား ဖြစ်နေတာ ဒါမှမဟုတ် သက်တမ်းကုန်နေတာ ဖြစ်ပါတယ်။ တခြားစက်မှာ ကုဒ်အသစ် ယူပါ။
error-pairing-too-many = မှားတဲ့ ကုဒ်တွေ စမ်းတာ များလွန်းသွားပါပြီ။ တစ်မိနစ် စောင့်ပြီး ထပ်ကြိုးစားပါ။
error-pairing-refused = စင့်ခ်ဆာဗာက ငြင်းလိုက်ပါတယ်။ နောက်မှ ထပ်ကြိုးစားပါ။
