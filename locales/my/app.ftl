# Mirai: the app's own screens (shell, navigation, first start, settings).
# Plain language: short sentences, common words, the action first.

-app-name = Mirai

## Shell and navigation

skip-to-content = အဓိက အကြောင်းအရာသို့ သွားရန်
nav-label = ပင်မ မီနူး
nav-home = ပင်မ
nav-portal = လမ်းညွှန်
nav-self-check = ကိုယ်တိုင်စစ်ဆေး
nav-assist = အကူအညီ
nav-friends = သူငယ်ချင်း
nav-packs = အကြောင်းအရာ
nav-settings = ဆက်တင်
language-button = ဘာသာစကား
loading = ဖွင့်နေပါတယ်…
close = ပိတ်မည်

## Home

home-title = { -app-name } မှ ကြိုဆိုပါတယ်
home-intro = ဂျပန်မှာ နေထိုင်ဖို့၊ အလုပ်လုပ်ဖို့ အချက်အလက်နဲ့ အကူအညီတွေ ရှိပါတယ်။ အင်တာနက် မရှိလည်း သုံးလို့ရပါတယ်။
home-portal-desc = ဂျပန်မှာ နေထိုင်မှုနဲ့ အလုပ်အကြောင်း၊ သင့်ဘာသာစကားနဲ့
home-self-check-desc = သင့်ရဲ့ အလုပ်အခြေအနေကို စစ်ဆေးပါ
home-assist-desc = ကူညီပေးနိုင်တဲ့သူနဲ့ စကားပြောပါ
home-friends-desc = သင့်အနီးက လူတွေနဲ့ ပွဲတွေ
home-packs-desc = ဒီဖုန်းထဲက လမ်းညွှန်တွေနဲ့ အပ်ဒိတ်တွေ
home-settings-desc = ဘာသာစကား၊ သင့်အကြောင်းနဲ့ သင့်ဒေတာ

## Empty areas (each says honestly what is missing and what will come)

portal-empty-title = ဒီဖုန်းထဲမှာ လမ်းညွှန် မရှိသေးပါ
portal-empty-body = လမ်းညွှန်တွေက အကြောင်းအရာအထုပ်တွေထဲမှာ ပါပါတယ်။ အထုပ်တစ်ခု ဒီဖုန်းထဲမှာ ရှိရင်၊ ဒီမှာ အင်တာနက် မလိုဘဲ ဖတ်လို့ရပါတယ်။
self-check-empty-title = ကိုယ်တိုင်စစ်ဆေးမှု ဒီဖုန်းထဲမှာ မရှိသေးပါ
self-check-empty-body = မေးခွန်းတွေက အကြောင်းအရာအထုပ်ထဲမှာ ပါပါတယ်။ သင့်အဖြေတွေက ဒီဖုန်းထဲမှာပဲ ရှိနေမှာပါ။
assist-empty-title = စကားပြောမှု မရှိသေးပါ
assist-empty-body = ဒီမှာ သင့်ဘာသာစကားနဲ့ ကူညီရေးအဖွဲ့ကို အကူအညီ တောင်းလို့ ရလာပါမယ်။ ချိတ်ဆက်ထားတဲ့ ကူညီရေးအဖွဲ့ မရှိသေးပါ။
friends-empty-title = ဒီမှာ ဘာမှ မရှိသေးပါ
friends-empty-body = ဒီမှာ သင့်နိုင်ငံက လူတွေနဲ့ သင့်အနီးက ပွဲတွေကို ရှာလို့ ရလာပါမယ်။ အက်ပ်ရဲ့ ဒီအပိုင်းက အဆင်သင့် မဖြစ်သေးပါ။
packs-empty-title = ဒီဖုန်းထဲမှာ အကြောင်းအရာအထုပ် မရှိပါ
packs-empty-body = အကြောင်းအရာအထုပ်တွေထဲမှာ လမ်းညွှန်တွေနဲ့ ကိုယ်တိုင်စစ်ဆေးမှု ပါပါတယ်။ အဲဒါတွေကို ဒေါင်းလုဒ်လုပ်လို့ ဒါမှမဟုတ် ဖိုင်ကနေ ကူးယူလို့ ရလာပါမယ်။
go-to-packs = အကြောင်းအရာသို့ သွားရန်

## Language picker

language-picker-title = သင့်ဘာသာစကားကို ရွေးပါ
language-picker-hint = နောက်မှ ဘယ်စာမျက်နှာကနေမဆို ပြောင်းလို့ရပါတယ်။
language-current = လက်ရှိ ဘာသာစကား

## First start without a secure key store, and unlocking

setup-title = သင့်အချက်အလက်ကို ကာကွယ်ပါ
setup-body = ဒီစက်မှာ သော့ကို လုံခြုံစွာ သိမ်းထားစရာ နေရာ မရှိပါ။ သင့်အချက်အလက်ကို သော့ခတ်ဖို့ စကားဝှက်တစ်ခု ရွေးပါ။ စကားဝှက်ကို မေ့သွားရင် ဘယ်သူမှ သင့်အချက်အလက်ကို ဖွင့်လို့ မရပါဘူး။ ကျွန်ုပ်တို့လည်း ဖွင့်လို့ မရပါဘူး။
setup-passphrase-label = စကားဝှက် အသစ်
setup-passphrase-hint = အနည်းဆုံး စာလုံး { $min } လုံး ရှိရပါမယ်။ စကားလုံး အနည်းငယ်ကို တွဲသုံးရင် မှတ်ရလွယ်ပါတယ်။
setup-confirm-label = စကားဝှက်ကို ထပ်ရိုက်ပါ
setup-mismatch = စကားဝှက် နှစ်ခု မတူပါဘူး။ ထပ်ရိုက်ပါ။
setup-too-short = စကားဝှက် တိုလွန်းပါတယ်။ အနည်းဆုံး စာလုံး { $min } လုံး သုံးပါ။
setup-submit = ဒီစကားဝှက်နဲ့ သော့ခတ်ပါ
setup-working = သင့်အချက်အလက်ကို သော့ခတ်နေပါတယ်…
unlock-title = { -app-name } ကို သော့ဖွင့်ပါ
unlock-body = စကားဝှက် ရိုက်ထည့်ပြီး သင့်အချက်အလက်ကို ဖွင့်ပါ။
unlock-label = စကားဝှက်
unlock-submit = သော့ဖွင့်ပါ
unlock-working = သော့ဖွင့်နေပါတယ်…
show-passphrase = စကားဝှက်ကို ပြပါ

## When the app cannot open the user's information

startup-error-title = { -app-name } က သင့်အချက်အလက်ကို ဖွင့်လို့ မရပါ
startup-error-untouched = ဘာမှ မပြောင်းလဲထားသလို၊ ဘာမှလည်း မဖျက်ထားပါဘူး။ သင့်ဖိုင်တွေက ဒီဖိုဒါထဲမှာ ရှိနေဆဲပါ:
startup-error-retry = ထပ်ကြိုးစားပါ
startup-error-start-fresh = ဒီဖိုင်တွေကို ဘေးဖယ်ပြီး အစကနေ ပြန်စပါ
start-fresh-confirm = သင့်ဖိုင်တွေကို အဲဒီနေရာထဲမှာပဲ ဖိုဒါအသစ်တစ်ခုထဲ ရွှေ့ပါမယ်။ ဘာမှ မဖျက်ပါဘူး။ ဘာမှမပါတဲ့ အက်ပ်နဲ့ အစကနေ ပြန်စမလား။
start-fresh-yes = ဟုတ်ကဲ့၊ ပြန်စမယ်
start-fresh-no = မလုပ်တော့ပါ၊ ပြန်သွားမယ်
start-fresh-done = သင့်ဖိုင်အဟောင်းတွေ အခု ဒီမှာ ရှိပါတယ်: { $folder }

## Settings

settings-title = ဆက်တင်
settings-language = ဘာသာစကား
settings-text-size = စာလုံးအရွယ်အစား
text-size-normal = ပုံမှန်
text-size-large = ကြီး
text-size-larger = ပိုကြီး
text-size-sample = စာတွေ ဒီလို မြင်ရပါမယ်။

settings-profile = သင့်အကြောင်း
profile-intro = ဒါက { -app-name } ကို သင့်အတွက် အရေးကြီးတာတွေ ပြပေးနိုင်အောင် ကူညီပါတယ်။ ဒီအချက်အလက်က ဒီဖုန်းထဲမှာပဲ ရှိနေမှာပါ။
profile-home-country = မိခင်နိုင်ငံ
profile-home-country-none = မရွေးရသေးပါ
profile-journey = အခု ဘယ်မှာ ရှိနေပါသလဲ။
profile-journey-not-set = မပြောချင်ပါ
profile-journey-preparing = ဂျပန်ကို သွားဖို့ ပြင်ဆင်နေပါတယ်
profile-journey-in-japan = ဂျပန်မှာ နေထိုင်နေပါတယ်
profile-departure-date = ထွက်ခွာဖို့ စီစဉ်ထားတဲ့ ရက်
profile-arrival-date = ဂျပန်ကို ရောက်ခဲ့တဲ့ ရက်
profile-save = သိမ်းရန်
profile-saving = သိမ်းနေပါတယ်…
profile-saved = ဒီဖုန်းထဲမှာ သိမ်းပြီးပါပြီ။
profile-unreadable = သိမ်းထားတဲ့ အဖြေတချို့ကို ဖတ်လို့ မရပါဘူး။ စစ်ကြည့်ပြီး ပြန်သိမ်းပါ။
profile-issue-arrival-in-future = ဒီရောက်ရှိတဲ့ရက်က အနာဂတ်ရက် ဖြစ်နေပါတယ်။ မထွက်ရသေးရင် “ဂျပန်ကို သွားဖို့ ပြင်ဆင်နေပါတယ်” ကို ရွေးပါ။
profile-issue-departure-in-past = ဒီထွက်ခွာရက်က ကျော်သွားပါပြီ။ အခု ဂျပန်မှာ ရှိနေရင် “ဂျပန်မှာ နေထိုင်နေပါတယ်” ကို ရွေးပါ။

settings-data = သင့်ဒေတာ
data-encrypted = သင့်အချက်အလက်ကို ဒီဖုန်းထဲမှာ ကုဒ်ဝှက်ထားပါတယ်။
data-protection-keystore = သော့ကို ဒီစက်ရဲ့ လုံခြုံတဲ့ သော့သိမ်းနေရာမှာ ထားပါတယ်။
data-protection-passphrase = သော့ကို သင့်စကားဝှက်နဲ့ သော့ခတ်ထားပါတယ်။
data-details = နည်းပညာ အသေးစိတ်
data-schema = ဒေတာပုံစံ ဗားရှင်း
data-cipher = ကုဒ်ဝှက်စနစ်
data-folder = ဖိုဒါ
app-version = အက်ပ် ဗားရှင်း

## Errors shown on a form

error-prefix = အမှား:
error-summary-title = ပြဿနာ တစ်ခု ရှိပါတယ်

## Content packs

packs-installed-title = ဒီဖုန်းထဲမှာ ရှိတဲ့ အထုပ်တွေ
packs-version = ဗားရှင်း
packs-created = ပြုလုပ်ခဲ့တဲ့ ရက်
packs-size = အရွယ်အစား
packs-items = { $count } ခု
packs-languages = ဘာသာစကား
packs-stale = ဒီအကြောင်းအရာက ၆ လကျော် ဟောင်းနေပါပြီ။ ရနိုင်တဲ့အခါ ပိုအသစ်ဖြစ်တဲ့ ဗားရှင်းကို ရှာပါ။
packs-import = ဖိုင်ကနေ အထုပ်တွေ ထည့်ရန်
packs-import-hint = USB၊ SD ကတ် ဒါမှမဟုတ် တခြားဖုန်းက အထုပ်ဖိုင်ကို သုံးပါ။ ဘာမှ မပြောင်းလဲခင် ဖိုင်ကို အပြည့်အစုံ အရင် စစ်ဆေးပါတယ်။
packs-checking = အထုပ် { $packs } ခုထဲက { $pack } ခုမြောက်ကို စစ်ဆေးနေပါတယ်…
packs-imported = ထည့်ပြီးပါပြီ: { $title }၊ ဗားရှင်း { $version }
packs-export = အထုပ်တွေကို ဖိုင်တစ်ခုတည်းအဖြစ် မျှဝေရန်
packs-export-hint = ဒီဖုန်းထဲက အထုပ်အားလုံးကို ဖိုင်တစ်ခုတည်းထဲမှာ သိမ်းပါတယ်။ အဲဒီဖိုင်ကို တခြားဖုန်းထဲ ကူးပြီး အဲဒီမှာ ထည့်ပါ။
packs-exported = သိမ်းပြီးပါပြီ။ ဖိုင်က ဒီမှာ ရှိပါတယ်:

## Guide

category-top = ဒီကနေ စပါ
category-before-coming = ဂျပန်ကို မလာခင်
category-working = အလုပ်
category-studying = ပညာသင်ယူခြင်း
category-living = နေထိုင်မှု
category-trouble = အခက်အခဲနဲ့ အကူအညီ
portal-phone-title = ဖုန်းနံပါတ်များ
article-back = လမ်းညွှန် အားလုံး
article-not-found = ဒီလမ်းညွှန်က ဒီဖုန်းထဲမှာ မရှိပါ။
article-reviewed = ရင်းမြစ်တွေနဲ့ တိုက်စစ်ခဲ့တဲ့ ရက်: { $date }
article-sources = ရင်းမြစ်များ
article-related = ဆက်ဖတ်ရန်
directory-hours = ဖွင့်ချိန်
directory-always = နေ့ရောညပါ၊ နေ့တိုင်း
directory-languages = ဘာသာစကား
directory-cost = ကုန်ကျစရိတ်
directory-free = ဖုန်းခ မပေးရပါ
directory-charged = ဖုန်းခ ပေးရပါတယ်
directory-source = { $date } မှာ စစ်ဆေးခဲ့ပါတယ်။ ရင်းမြစ်:
day-holiday = ရုံးပိတ်ရက်
directory-closed = ပိတ်ရက်: { $from } မှ { $to } အထိ
lines-title = ဘယ်ဖုန်းကို ခေါ်ရမလဲ။
portal-lines-desc = သင့်ပြဿနာကို ရွေးပါ၊ အခု သင့်ဘာသာစကားနဲ့ ဘယ်သူ ဖုန်းကိုင်ပေးလဲ ကြည့်ပါ။
lines-intro = သင့်ပြဿနာကို ရွေးပါ။ အခု သင့်ဘာသာစကားနဲ့ ဖုန်းကိုင်ပေးတဲ့ လိုင်းတွေကို ထိပ်ဆုံးမှာ ပြပါတယ်။
lines-topic-legend = ဘာပြဿနာ ရှိလဲ။
lines-topic-emergency = အခု အန္တရာယ် ရှိနေတယ်
lines-topic-health = နေမကောင်း ဒါမှမဟုတ် ဒဏ်ရာရ
lines-topic-wages = လစာ
lines-topic-working-conditions = အလုပ်ချိန်၊ နားရက်၊ အလုပ်ထုတ်ခံရ
lines-topic-harassment = နှောင့်ယှက်ခံရ၊ အကြမ်းဖက်ခံရ၊ ခွဲခြားဆက်ဆံခံရ
lines-topic-immigration = ဗီဇာနဲ့ နေထိုင်ခွင့်ကတ်
lines-topic-legal = အကြွေး၊ စာချုပ်၊ မတော်တဆမှု
lines-topic-disaster = ငလျင်၊ မုန်တိုင်း၊ ရေကြီး
lines-topic-all = တခြား ဒါမှမဟုတ် မသေချာ
lines-language = သင် ပြောချင်တဲ့ ဘာသာစကား
lines-now = အခု ဂျပန် အချိန်: { $time }
lines-now-holiday = ဒီနေ့ ဂျပန်မှာ ရုံးပိတ်ရက် ဖြစ်ပါတယ်။
lines-count = { $count ->
    [one] လိုင်း { $count } ခု
   *[other] လိုင်း { $count } ခု
}
lines-open = အခု ဖွင့်ထားတယ်
lines-open-other = အခု ဖွင့်ထားတယ်၊ ဒါပေမဲ့ သင့်ဘာသာစကား မရဘူး
lines-yours-from = သင့်ဘာသာစကား: { $when } မှ စပြီး
lines-closed-opens = ပိတ်ထားတယ် · { $when } မှာ ဖွင့်မယ်
lines-closed-later = နောက် နှစ်ပတ်အတွင်း ပိတ်ထားတယ်
lines-some-days = သင့်ဘာသာစကားက တချို့ရက်တွေမှာပဲ ရပါတယ်။ အောက်က စာကို ဖတ်ပါ၊ ဒါမှမဟုတ် ဖုန်းဆက်ပြီး မေးပါ။
lines-call = { $number } ကို ခေါ်ပါ
lines-none-title = ဒီပြဿနာအတွက် လိုင်း မရှိသေးပါ
lines-none-body = ဒီဖုန်းထဲမှာ ဒီပြဿနာကို ကူညီပေးနိုင်တဲ့ လိုင်း မရှိပါ။ အန္တရာယ် ရှိရင် 110 (ရဲ) ဒါမှမဟုတ် 119 (မီးသတ်၊ လူနာတင်ယာဉ်) ကို ခေါ်ပါ။
packs-updates-title = အပ်ဒိတ်များ
packs-server-none = အပ်ဒိတ်ဆာဗာ မသတ်မှတ်ရသေးပါ။ အင်တာနက်ကနေ ဗားရှင်းအသစ်တွေ ရဖို့ ဆာဗာလိပ်စာကို ထည့်ပါ။
packs-server-label = အပ်ဒိတ်ဆာဗာ လိပ်စာ
packs-server-hint = ဒီလိပ်စာကို သင့်အဖွဲ့အစည်းက ပေးပါလိမ့်မယ်။ ဥပမာ: https://example.org/packs/
packs-server-save = သိမ်းရန်
packs-server-saved = သိမ်းပြီးပါပြီ။
packs-wifi-only = Wi-Fi နဲ့ပဲ ဒေါင်းလုဒ်လုပ်ရန်
packs-network = လက်ရှိ ချိတ်ဆက်မှု: { $kind ->
    [unmetered] Wi-Fi ဒါမှမဟုတ် ကေဘယ်ကြိုး
    [metered] မိုဘိုင်းဒေတာ
   *[unknown] မသိရပါ
}
packs-check = အပ်ဒိတ် ရှိမရှိ စစ်ဆေးရန်
packs-checking-server = စစ်ဆေးနေပါတယ်…
packs-checked-on = နောက်ဆုံး စစ်ဆေးခဲ့တဲ့ ရက်: { $date }
packs-no-updates = အားလုံး နောက်ဆုံးဗားရှင်း ဖြစ်နေပါပြီ။
packs-update-version = ဗားရှင်း { $from } → { $to }
packs-new-pack = အထုပ်အသစ် · ဗားရှင်း { $to }
packs-size-delta = ဒေါင်းလုဒ်လုပ်ရမှာ { $size } (ပြောင်းလဲထားတဲ့ အပိုင်းတွေပဲ ဖြစ်ပါတယ်။ အထုပ်အပြည့်က { $full })
packs-size-full = ဒေါင်းလုဒ်လုပ်ရမှာ { $size }
packs-update = အပ်ဒိတ်လုပ်ရန်
packs-add = ထည့်ရန်
packs-downloading = ဒေါင်းလုဒ်လုပ်နေပါတယ်: { $total } ထဲက { $done }
packs-paused = ခဏရပ်ထားပါတယ်: { $total } ထဲက { $done }
packs-installing = စစ်ဆေးပြီး ထည့်သွင်းနေပါတယ်…
packs-pause = ခဏရပ်ရန်
packs-resume = ဆက်လုပ်ရန်
packs-cancel = ပယ်ဖျက်ရန်
packs-download-anyway = ဘာပဲဖြစ်ဖြစ် ဒေါင်းလုဒ်လုပ်ရန်
packs-updated = အပ်ဒိတ်လုပ်ပြီးပါပြီ: { $title }၊ ဗားရှင်း { $version }
portal-search-label = လမ်းညွှန်ထဲမှာ ရှာရန်
portal-search-all = ဘာသာစကား အားလုံးမှာ ရှာရန်
portal-search-results = { $count ->
    [one] ရလဒ် { $count } ခု
   *[other] ရလဒ် { $count } ခု
}
portal-search-none = ဘာမှ မတွေ့ပါ။ တခြား စကားလုံးနဲ့ ရှာကြည့်ပါ၊ ဒါမှမဟုတ် ဘာသာစကား အားလုံးမှာ ရှာပါ။
portal-search-corrected = “{ $text }” အတွက် ရလဒ်များ
article-read-in = ဖတ်မယ့် ဘာသာစကား
article-bilingual = ဂျပန်စာနဲ့ ဘေးချင်းယှဉ်ပြီး ပြရန်
article-furigana = ဖူရိဂါနာ ပြရန် (ခန်းဂျိ အပေါ်က အသံထွက် စာလုံးသေးများ)
article-save = ဒီလမ်းညွှန်ကို သိမ်းမယ်
article-saved-note = သိမ်းပြီးပါပြီ။ လမ်းညွှန် စာမျက်နှာရဲ့ “သိမ်းထားတာများ” ထဲမှာ ပြန်ရှာနိုင်ပါတယ်။
article-unsaved-note = “သိမ်းထားတာများ” ထဲကနေ ဖယ်လိုက်ပါပြီ။
portal-continue-title = ဖတ်လက်စကို ဆက်ဖတ်ရန်
portal-continue-where = { $percent }% အထိ ဖတ်ခဲ့ပါတယ်။
portal-saved-title = သိမ်းထားတာများ
portal-saved-empty = သိမ်းထားတာ မရှိသေးပါ။ လမ်းညွှန်တစ်ခုကို ဖွင့်ပြီး “ဒီလမ်းညွှန်ကို သိမ်းမယ်” ကို နှိပ်ရင် ဒီမှာ ပေါ်လာပါမယ်။
portal-recent-title = မကြာခင်က ဖတ်ခဲ့တာများ
portal-recent-empty = သင်ဖွင့်ခဲ့တဲ့ လမ်းညွှန်တွေ ဒီမှာ ပေါ်လာပါမယ်။
portal-recent-privacy = ဒီစာရင်းက ဒီဖုန်းထဲမှာပဲ ရှိပါတယ်။ တခြားသူ သင့်ဖုန်းကို ကြည့်နိုင်ရင် ဖျက်ထားပါ။
portal-recent-finished = အဆုံးထိ ဖတ်ပြီးပါပြီ
portal-recent-progress = { $percent }% ဖတ်ပြီးပါပြီ
portal-history-clear = ဖတ်ခဲ့တဲ့ မှတ်တမ်းကို ဖျက်မယ်
portal-history-confirm = ဒီဖုန်းမှာ သင်ဖတ်ခဲ့တဲ့ လမ်းညွှန်စာရင်းကို ဖျက်ပါမယ်။ သိမ်းထားတဲ့ လမ်းညွှန်တွေကတော့ ကျန်နေပါမယ်။ ဖျက်ပြီးရင် ပြန်ယူလို့ မရပါ။
portal-history-clear-yes = ဟုတ်ကဲ့၊ ဖျက်မယ်
portal-history-clear-no = မဖျက်ပါနဲ့
portal-history-cleared = ဖတ်ခဲ့တဲ့ မှတ်တမ်းကို ဖျက်ပြီးပါပြီ။
settings-reading = လမ်းညွှန် ဖတ်ခြင်း
settings-content-language = လမ်းညွှန်ရဲ့ ဘာသာစကား
settings-content-language-same = အက်ပ်နဲ့ အတူတူ
emergency-button = အရေးပေါ်
emergency-title = အရေးပေါ် - ရဲ၊ မီးသတ်၊ လူနာတင်ယာဉ်
emergency-say-title = ဒါတွေကို ဂျပန်လို အရင် ပြောပါ
emergency-phrase-my-language = မြန်မာစကား ပြောပါတယ်။
emergency-phrase-no-japanese = ဂျပန်စကား သိပ် နားမလည်ပါဘူး။
emergency-phrase-fire = မီးလောင်နေပါတယ်။ (119 ခေါ်ရင်)
emergency-phrase-ambulance = လူနာတင်ယာဉ် လိုပါတယ်။ (119 ခေါ်ရင်)
emergency-show-japanese = ဂျပန်စကား ပြောတဲ့သူကို ပြပါ
emergency-show-mine = မြန်မာလို ပြန်ကြည့်ရန်
selfcheck-privacy = သင့်အဖြေတွေက ဒီဖုန်းထဲမှာပဲ ရှိပါတယ်။ သင် မျှဝေဖို့ မရွေးရင် ဘယ်သူမှ မမြင်ရပါဘူး။
selfcheck-phase-arrival = ပထမ စစ်ဆေးမှု၊ ဂျပန် ရောက်ပြီး ၃ လလောက်မှာ
selfcheck-phase-periodic = ပုံမှန် စစ်ဆေးမှု၊ ၆ လ တစ်ကြိမ်
selfcheck-due = စစ်ဆေးရမယ့် ရက်: { $date }
selfcheck-due-now = ဒီစစ်ဆေးမှုကို အခု လုပ်ရမယ့် အချိန် ရောက်ပါပြီ။
selfcheck-start = စစ်ဆေးမှု စရန်
selfcheck-continue = ရပ်ထားတဲ့ နေရာကနေ ဆက်လုပ်ရန်
selfcheck-progress = မေးခွန်း { $total } ခုထဲက { $n } ခုမြောက်
selfcheck-yes = ဟုတ်ကဲ့
selfcheck-no = မဟုတ်ပါ
selfcheck-not-sure = မသေချာပါ
selfcheck-number-hint = { $min } မှ { $max } အထိ နံပါတ်တစ်ခု
selfcheck-basis = ဥပဒေ: { $basis }
selfcheck-back = ပြန်သွားရန်
selfcheck-next = ဆက်သွားရန်
selfcheck-finish = ကျွန်ုပ်ရဲ့ ရလဒ်ကို ကြည့်ရန်
selfcheck-results-title = သင့်ရလဒ်
selfcheck-results-none = သင့်အဖြေတွေထဲမှာ ပြဿနာ မတွေ့ပါ။ တစ်ခုခု ပြောင်းလဲရင် ထပ်စစ်ဆေးပါ။
selfcheck-severity-serious = အရေးကြီး: အခုပဲ အကူအညီ တောင်းပါ
selfcheck-severity-concern = ဒါကို စစ်ကြည့်ပါ
selfcheck-severity-info = သိထားသင့်တာ
selfcheck-next-step = သင် လုပ်နိုင်တာ
selfcheck-history = အရင် စစ်ဆေးမှုများ
selfcheck-history-empty = ပြီးဆုံးတဲ့ စစ်ဆေးမှု မရှိသေးပါ။
selfcheck-history-counts = အရေးကြီး: { $serious } · စစ်ကြည့်ရန်: { $concern } · သိထားသင့်တာ: { $info }
selfcheck-erase = ဒီစစ်ဆေးမှုကို ဖျက်ရန်
selfcheck-erased = စစ်ဆေးမှုကို ဖျက်ပြီးပါပြီ။
selfcheck-to-start = ကိုယ်တိုင်စစ်ဆေးမှုသို့ ပြန်သွားရန်
selfcheck-before = ပြီးခဲ့တဲ့ စစ်ဆေးမှုမှာလည်း ရှိခဲ့တယ်
selfcheck-resolved = ပြီးခဲ့တဲ့ စစ်ဆေးမှုမှာ ရှိခဲ့ပေမယ့် အခု မရှိတော့ဘူး
settings-points = အမှတ်: { $points }
settings-points-note = ကိုယ်တိုင်စစ်ဆေးမှု တစ်ခါ ပြီးတိုင်း အမှတ် ရပါတယ်။ အမှတ်တွေက ငွေ မဟုတ်ပါဘူး။
selfcheck-summary-open = ပုံနှိပ်ရန် အနှစ်ချုပ် (PDF)
selfcheck-summary-title = ကိုယ်တိုင်စစ်ဆေးမှု အနှစ်ချုပ်
selfcheck-summary-intro = အလုပ်သမား စံနှုန်း စစ်ဆေးရေး ရုံး၊ ကြီးကြပ်ရေး အဖွဲ့ ဒါမှမဟုတ် ကူညီရေးအဖွဲ့ကို သွားတဲ့အခါ သုံးနိုင်ပါတယ်။ စာတစ်ခုချင်းစီကို သင့်ဘာသာစကားနဲ့ အရင် ရေးပြီး နောက်မှာ ဂျပန်လို ရေးထားပါတယ်။
selfcheck-summary-date = စစ်ဆေးခဲ့တဲ့ ရက်: { $date }
selfcheck-summary-answers = အဖြေများ
selfcheck-summary-question = မေးခွန်း
selfcheck-summary-answer = အဖြေ
selfcheck-summary-basis = ဥပဒေ
selfcheck-summary-findings = အဖြေတွေက ပြနေတဲ့ အချက်များ
selfcheck-summary-none = ပြဿနာ မတွေ့ပါ။
selfcheck-summary-save = PDF အဖြစ် သိမ်းရန်
selfcheck-summary-saved = သိမ်းပြီးပါပြီ: { $path }
selfcheck-summary-footer = အလုပ်သမား ကိုယ်တိုင်ရဲ့ အဖြေတွေကနေ Mirai အက်ပ်နဲ့ လုပ်ထားတာပါ။ ဥပဒေအရ ဆုံးဖြတ်ချက် မဟုတ်ပါဘူး။
selfcheck-share-open = အဖွဲ့အစည်းကို ပို့ရန်
selfcheck-share-title = ဒီစစ်ဆေးမှုကို ပို့ရန်
selfcheck-share-intro = သင် ပို့ချင်မှသာ ပို့ပါ။ သင် ရွေးတဲ့ အဖွဲ့အစည်းပဲ ဖတ်နိုင်ပါတယ်။ တခြား ဘယ်သူမှ မဖတ်နိုင်ပါဘူး။ ဒီဖုန်းကလည်း ပြန်ဖွင့်လို့ မရတော့ပါဘူး။
selfcheck-share-choose = အဖွဲ့အစည်းကို ရွေးရန်
selfcheck-share-none = အဖွဲ့အစည်း တစ်ခုမှ မထည့်ရသေးပါ။
selfcheck-share-add = အဖွဲ့အစည်း ထည့်ရန်
selfcheck-share-code = အဖွဲ့အစည်းက သင့်ကို ပေးတဲ့ ကုဒ်
selfcheck-share-code-hint = MIRAI1- နဲ့ စပါတယ်။ အဖွဲ့အစည်းဆီက တိုက်ရိုက် ဒါမှမဟုတ် သင် ယုံကြည်တဲ့ မက်ဆေ့ချ်နဲ့ ယူပါ။
selfcheck-share-add-button = ထည့်ရန်
selfcheck-share-added = ထည့်ပြီးပါပြီ: { $name }
selfcheck-share-fingerprint = သော့ စစ်ဆေးချက်: { $fingerprint }
selfcheck-share-remove = { $name } ကို ဖယ်ရှားရန်
selfcheck-share-what = ပို့မယ့် အရာများ
selfcheck-share-what-hint = အောက်က အဖြေတွေနဲ့ တွေ့ရှိချက်တွေ၊ စစ်ဆေးခဲ့တဲ့ လ၊ အဖွဲ့အစည်း တစ်ခုစီအတွက် မတူတဲ့ ကျပန်း နံပါတ်တစ်ခုကို ပို့ပါမယ်။ သင့်နာမည်၊ ဖုန်းနံပါတ်၊ သင် ရှိတဲ့ နေရာကို မပို့ပါဘူး။
selfcheck-share-employer = သင့် အလုပ်ရှင်ရဲ့ နာမည် (မဖြည့်လည်း ရပါတယ်)
selfcheck-share-employer-hint = အလုပ်ခွင် တစ်ခုတည်းက ပြဿနာတွေကို အဖွဲ့အစည်းက သိနိုင်အောင် ကူညီပါတယ်။
selfcheck-share-note = အဖွဲ့အစည်းအတွက် မှတ်ချက် (မဖြည့်လည်း ရပါတယ်)
selfcheck-share-identify = ဒါက ကျွန်ုပ်မှန်း သိသွားနိုင်သလား။
selfcheck-share-identify-1 = သင် ပို့တဲ့ အရာကို အဖွဲ့အစည်းက မြင်ရပါတယ်။ မှတ်ချက်ထဲမှာ သင့်နာမည်ကို မရေးရင် နာမည်ကို မမြင်ရပါဘူး။
selfcheck-share-identify-2 = သင့်အလုပ်ရှင်က သင့်အဖြေတွေကို ဘယ်တော့မှ မရပါဘူး။ အဖွဲ့အစည်းက ထုတ်ပြန်တဲ့ ကိန်းဂဏန်းတွေမှာ အနည်းဆုံး အလုပ်သမား ၁၀ ယောက် ပါပါတယ်။ ကုမ္ပဏီတွေကို နှိုင်းယှဉ်တဲ့အခါ အနည်းဆုံး ကုမ္ပဏီ ၅ ခု ပါပါတယ်။ ဒါကြောင့် ဘယ်သူ့ကိုမှ တစ်ယောက်ချင်း ခွဲသိလို့ မရပါဘူး။
selfcheck-share-identify-3 = အလုပ်ခွင် တစ်ခုက လူအားလုံး ထိခိုက်လွယ်တဲ့ မေးခွန်းတစ်ခုကို အဖြေ အတူတူ ပေးခဲ့ရင် အဲဒီ ကိန်းဂဏန်းကို မထုတ်ပြန်ပါဘူး။
selfcheck-share-identify-4 = သင့်အလုပ်ရှင်ဆီမှာ သင် တစ်ယောက်တည်း ဒါမှမဟုတ် လူ နည်းနည်းပဲ အလုပ်လုပ်ရင် ကုမ္ပဏီ နာမည်ကနေ သင်မှန်း သိသွားနိုင်ပါတယ်။ အဲဒီလို ဆိုရင် မဖြည့်ဘဲ ထားပါ။
selfcheck-share-send = ကုဒ်ဝှက်ပြီး ပို့ရန်
selfcheck-share-sent = ကုဒ်ဝှက်ပြီး { $organisation } အတွက် ပို့ရန်စာပုံးထဲ ထည့်ပြီးပါပြီ။ ဒီဖုန်းက မဖတ်နိုင်တော့ပါဘူး။
selfcheck-outbox = ပို့ရန်စာပုံး
selfcheck-outbox-empty = ဘာမှ မပို့ရသေးပါ။
selfcheck-outbox-state-queued = ပို့ဖို့ စောင့်နေပါတယ်
selfcheck-outbox-state-sent = ပို့ပြီးပါပြီ
selfcheck-outbox-state-failed = ပို့လို့ မရခဲ့ပါ
selfcheck-outbox-item = { $organisation } · { $date }
selfcheck-outbox-cancel = မပို့တော့ပါ
home-weekly-title = ဒီအပတ်ရဲ့ လမ်းညွှန်
home-weekly-points = အဆုံးထိ ဖတ်ရင် အမှတ် { $points } မှတ် ရပါမယ်။
home-weekly-earned = ဖတ်ပြီးပါပြီ။ ဒီအပတ်ရဲ့ လမ်းညွှန်အတွက် အမှတ် { $points } မှတ် ရပါပြီ။
settings-points-weekly = ဒီအပတ်ရဲ့ လမ်းညွှန်ကို အဆုံးထိ ဖတ်ရင်လည်း အမှတ် ရပါတယ်။ တစ်ပတ်ကို တစ်ခါ ရပါတယ်။
report-all-segments = လုပ်ငန်းကဏ္ဍနဲ့ ဒေသ အားလုံး
report-workers = အလုပ်သမား အရေအတွက်
report-no-answer = မဖြေထားပါ
report-suppressed = ဖျောက်ထားပါတယ် (လူ နည်းလွန်းလို့ လုံခြုံစွာ မပြနိုင်ပါ)
selfcheck-outbox-file = ဖိုင်အဖြစ် သိမ်းရန်
selfcheck-outbox-file-hint = အဖွဲ့အစည်းပဲ ဖွင့်နိုင်ပါတယ်။ ဖိုင်ကို မက်ဆေ့ချ်နဲ့ ဒါမှမဟုတ် USB နဲ့ အဖွဲ့အစည်းကို ပေးနိုင်ပါတယ်။
selfcheck-outbox-saved = သိမ်းပြီးပါပြီ: { $path }
selfcheck-arrival-missing = ဆက်တင်မှာ ဂျပန်ကို ရောက်ခဲ့တဲ့ ရက်ကို ထည့်ပါ။ ဒါဆိုရင် စစ်ဆေးမှု တစ်ခုစီကို ဘယ်နေ့ လုပ်ရမလဲဆိုတာ အက်ပ်က ပြောပြပါမယ်။
reminder-notification = သတိပေးချက် တစ်ခု ရှိပါတယ်။ ကြည့်ဖို့ အက်ပ်ကို ဖွင့်ပါ။
settings-reminders = ကိုယ်တိုင်စစ်ဆေးမှု လုပ်ရမယ့် ရက် ရောက်ရင် အသိပေးပါ
settings-reminders-hint = အသိပေးချက်မှာ “Mirai: သတိပေးချက် တစ်ခု ရှိပါတယ်” လို့ပဲ ပြပါတယ်။ ဒါကြောင့် တခြားသူက သင့်ဖုန်း ဖန်သားပြင်ကို မြင်ရင်လည်း ဘာအကြောင်းလဲဆိုတာ မသိပါဘူး။
