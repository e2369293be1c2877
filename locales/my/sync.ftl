# Sync: sending what the user chose to share (a self-check for an organisation) to a sync
# server when a connection appears. Shown as a card on the Settings screen.
settings-sync = စင့်ခ်
sync-intro = ချိတ်ဆက်မှု ရတဲ့အခါ သင် ပို့ဖို့ ရွေးထားတဲ့ အရာတွေကို (ဥပမာ အဖွဲ့အစည်းအတွက် ကိုယ်တိုင်စစ်ဆေးမှု) စင့်ခ်က ပို့ပေးပါတယ်။ စင့်ခ်ကို စောင့်စရာ မလိုပါဘူး။ စင့်ခ် မရှိလည်း အက်ပ်က အတူတူပဲ အလုပ်လုပ်ပါတယ်။
sync-server-none = စင့်ခ်ဆာဗာ မသတ်မှတ်ရသေးပါ။ အားလုံး ဒီဖုန်းထဲမှာပဲ ရှိနေပါတယ်။
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
error-sync-unavailable = ဒီစက်မှာ စင့်ခ် စလို့ မရပါဘူး။ သင် ပို့ဖို့ ထားတဲ့ အရာတွေက ပို့ရန်စာပုံးထဲမှာ ရှိနေပါတယ်။
