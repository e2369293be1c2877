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
