// Generated from src-tauri/src/dto/ by `MIRAI_UPDATE_BINDINGS=1 cargo test -p mirai-app --test bindings`.
// Do not edit by hand.

export type AppStatus = { 
/**
 * Which screen to show.
 */
session: SessionState, 
/**
 * Why the store could not be opened, when `session` is `failed`.
 */
error: ErrorDto | null, 
/**
 * The chosen UI language; `null` until the first-start picker is used.
 */
uiLanguage: string | null, 
/**
 * The chosen text size.
 */
textSize: TextSizeDto, 
/**
 * The languages the picker offers, in order.
 */
languages: Array<LanguageOption>, 
/**
 * The shortest passphrase accepted for a new store.
 */
minPassphraseChars: number, 
/**
 * Where the data folder is, to show when something is wrong with it.
 */
dataDir: string, 
/**
 * Every ISO 3166-1 alpha-2 code, for the home-country picker (names come from the
 * platform's locale data, in the reader's language).
 */
countries: Array<string>, };

export type SessionState = "open" | "needs-new-passphrase" | "needs-passphrase" | "failed";

export type LanguageOption = { 
/**
 * The code used in IPC and `locales/<code>/`.
 */
code: string, 
/**
 * The language's name in its own script.
 */
endonym: string, 
/**
 * The tag for `lang` attributes.
 */
bcp47: string, };

export type ErrorDto = { 
/**
 * Stable code, e.g. `wrong-passphrase`.
 */
code: string, 
/**
 * The message in the current UI language.
 */
message: string, 
/**
 * Rule codes for form errors, e.g. `arrival-in-future`.
 */
issues: Array<string>, };

export type TextSizeDto = "normal" | "large" | "larger";

export type ProfileDto = { 
/**
 * UI language code, if chosen.
 */
uiLanguage: string | null, 
/**
 * ISO 3166-1 alpha-2 code, if chosen.
 */
homeCountry: string | null, 
/**
 * Where the user is.
 */
journey: JourneyDto, 
/**
 * Saves so far.
 */
revision: number, 
/**
 * Codes of fields whose stored value could not be read.
 */
unreadable: Array<string>, };

export type JourneyDto = { "kind": "not-set" } | { "kind": "preparing", 
/**
 * `YYYY-MM-DD` or null.
 */
date: string | null, } | { "kind": "in-japan", 
/**
 * `YYYY-MM-DD` or null.
 */
date: string | null, };

export type ProfileInput = { 
/**
 * ISO 3166-1 alpha-2 code, or null.
 */
homeCountry: string | null, 
/**
 * Where the user is.
 */
journey: JourneyDto, };

export type StoreInfoDto = { 
/**
 * Schema version.
 */
schemaVersion: number, 
/**
 * SQLCipher version.
 */
cipherVersion: string, 
/**
 * SQLite version.
 */
sqliteVersion: string, 
/**
 * The data folder.
 */
dataDir: string, 
/**
 * This app's version.
 */
appVersion: string, 
/**
 * `keystore` or `passphrase`.
 */
protection: string, };

export type FreshStart = { 
/**
 * Where the old files now are.
 */
setAsideIn: string, 
/**
 * The new status.
 */
status: AppStatus, };

export type PackDto = { 
/**
 * The pack's id.
 */
packId: string, 
/**
 * The installed version.
 */
version: number, 
/**
 * Its name in the UI language (or English, or any).
 */
title: string, 
/**
 * The languages it is written in.
 */
languages: Array<string>, 
/**
 * The day it was built, `YYYY-MM-DD`.
 */
createdAt: string, 
/**
 * The day it was installed, `YYYY-MM-DD`.
 */
installedAt: string, 
/**
 * Size of the pack file in bytes.
 */
fileSize: number, 
/**
 * Number of content files.
 */
files: number, 
/**
 * Whether it is more than 180 days old by this device's clock.
 */
stale: boolean, };

export type PackProgress = { 
/**
 * Which pack of how many (a shared file can hold several), from 1.
 */
pack: number, 
/**
 * How many packs the file holds.
 */
packs: number, 
/**
 * Content bytes checked so far in this pack.
 */
done: number, 
/**
 * Content bytes in this pack (0 until its manifest has been checked).
 */
total: number, };

export type ArticleSummaryDto = { 
/**
 * Its id.
 */
id: string, 
/**
 * Its category (`living`, `working`, …).
 */
category: string, 
/**
 * The BCP 47 tag of the language the text is in.
 */
lang: string, 
/**
 * The heading.
 */
title: string, 
/**
 * One or two sentences.
 */
summary: string, };

export type ArticleDto = { 
/**
 * Heading, summary and language.
 */
summary: ArticleSummaryDto, 
/**
 * The body, parsed.
 */
blocks: Array<BlockDto>, 
/**
 * The day it was last checked against its sources.
 */
reviewed: string, 
/**
 * Where its facts come from.
 */
sources: Array<SourceDto>, 
/**
 * Articles to read next.
 */
related: Array<ArticleSummaryDto>, 
/**
 * Directory entries it refers to.
 */
directory: Array<DirectoryEntryDto>, 
/**
 * The codes of the languages it can be read in.
 */
languages: Array<string>, };

export type BlockDto = { "kind": "heading", 
/**
 * Its text.
 */
content: Array<InlineDto>, } | { "kind": "paragraph", 
/**
 * Its text.
 */
content: Array<InlineDto>, } | { "kind": "list", 
/**
 * The items.
 */
items: Array<Array<InlineDto>>, } | { "kind": "image", 
/**
 * The picture as a `data:` URL, which the content security policy allows and which
 * needs no file access from the web view.
 */
src: string, 
/**
 * What it shows, in the article's language.
 */
alt: string, };

export type InlineDto = { "kind": "text", 
/**
 * The text.
 */
text: string, } | { "kind": "ruby", 
/**
 * The written form.
 */
base: string, 
/**
 * The reading.
 */
reading: string, } | { "kind": "link", 
/**
 * `article` or `directory`.
 */
to: string, 
/**
 * The id it points to.
 */
id: string, 
/**
 * What it shows.
 */
content: Array<InlineDto>, };

export type SourceDto = { 
/**
 * Publisher and title.
 */
title: string, 
/**
 * Where to find it.
 */
url: string, };

export type DirectoryEntryDto = { 
/**
 * Its id.
 */
id: string, 
/**
 * `emergency`, `hotline` or `support`.
 */
kind: string, 
/**
 * The number to dial.
 */
phone: string, 
/**
 * The BCP 47 tag of the language name and description are in.
 */
lang: string, 
/**
 * The organisation's name.
 */
name: string, 
/**
 * What it helps with.
 */
description: string, 
/**
 * Languages spoken (ISO 639-1).
 */
languages: Array<string>, 
/**
 * When it answers.
 */
hours: HoursDto, 
/**
 * Seasons when it does not answer, as `MM-DD` days (`12-29` to `01-03`).
 */
closed: Array<ClosedDto>, 
/**
 * Whether calling is free.
 */
free: boolean, 
/**
 * Where the facts come from.
 */
source: SourceDto, 
/**
 * When they were last checked.
 */
reviewed: string, };

export type HoursDto = { "kind": "always" } | { "kind": "weekly", 
/**
 * The rules.
 */
rules: Array<OpeningDto>, };

export type OpeningDto = { 
/**
 * `mon` … `sun`, `holiday`.
 */
days: Array<string>, 
/**
 * `HH:MM`.
 */
open: string, 
/**
 * `HH:MM`.
 */
close: string, };

export type ClosedDto = { 
/**
 * `MM-DD`.
 */
from: string, 
/**
 * `MM-DD`.
 */
to: string, };

export type ReadingSettingsDto = { 
/**
 * The code of the language articles are read in, if chosen apart from the app's.
 */
contentLanguage: string | null, 
/**
 * Whether Japanese text shows furigana.
 */
furigana: boolean, };

export type SearchResultsDto = { 
/**
 * The articles, best first.
 */
hits: Array<SearchHitDto>, 
/**
 * The search that found them, when a misspelling was corrected: "results for …".
 */
corrected: string | null, };

export type SearchHitDto = { 
/**
 * The article.
 */
articleId: string, 
/**
 * The language it matched in.
 */
lang: string, 
/**
 * Its title in that language.
 */
title: string, 
/**
 * The extract, in pieces; `hit` pieces are what matched.
 */
snippet: Array<SnippetPartDto>, };

export type SnippetPartDto = { 
/**
 * The text.
 */
text: string, 
/**
 * Whether it is a match, to highlight.
 */
hit: boolean, };

export type PhraseDto = { 
/**
 * What it says, for the UI to translate: `my-language`, `no-japanese`, `fire`, `ambulance`.
 */
id: string, 
/**
 * The sentence in Japanese.
 */
japanese: string, 
/**
 * How to say it, in Latin letters.
 */
romaji: string, };

export type EmergencyCardDto = { 
/**
 * The emergency numbers, in dialling order, in the reader's language.
 */
lines: Array<DirectoryEntryDto>, 
/**
 * What to say first; empty for a reader of Japanese.
 */
phrases: Array<PhraseDto>, };

export type TopicDto = "emergency" | "health" | "wages" | "working-conditions" | "harassment" | "immigration" | "legal" | "disaster";

export type JapanTimeDto = { 
/**
 * `YYYY-MM-DDTHH:MM:SS+09:00`.
 */
iso: string, 
/**
 * `mon` … `sun`.
 */
weekday: string, 
/**
 * Whether the day is a Japanese public holiday.
 */
holiday: boolean, };

export type LineStatusDto = "open" | "open-other-languages" | "closed";

export type RoutedLineDto = { 
/**
 * The directory entry, in the reader's language.
 */
entry: DirectoryEntryDto, 
/**
 * Open, open in other languages, or closed.
 */
status: LineStatusDto, 
/**
 * Whether it speaks the chosen language at some hours.
 */
speaksYourLanguage: boolean, 
/**
 * When it opens next (in the chosen language when it speaks it); null when it is open in
 * that language, or opens in none within two weeks.
 */
nextOpening: JapanTimeDto | null, 
/**
 * The chosen language is spoken on "some of these days" only: check before calling.
 */
someDaysOnly: boolean, };

export type LineRouteDto = { 
/**
 * The moment it was worked out for.
 */
now: JapanTimeDto, 
/**
 * The chosen language's code.
 */
language: string, 
/**
 * The lines, the ones to call first first.
 */
lines: Array<RoutedLineDto>, };

export type ReadingEntryDto = { 
/**
 * The article, in the reader's language.
 */
article: ArticleSummaryDto, 
/**
 * The code of the language it was last read in.
 */
readIn: string, 
/**
 * The furthest the reader got, from 0 (the top) to 1 (the end).
 */
progress: number, 
/**
 * Whether it was read to the end.
 */
finished: boolean, };

export type ReadingOverviewDto = { 
/**
 * The article opened last that was not read to the end, if any.
 */
continueReading: ReadingEntryDto | null, 
/**
 * The saved articles, the last saved first.
 */
bookmarks: Array<ArticleSummaryDto>, 
/**
 * The articles opened last, the last first.
 */
history: Array<ReadingEntryDto>, };

export type WeeklyArticleDto = { 
/**
 * The article.
 */
article: ArticleSummaryDto, 
/**
 * The points reading it to the end earns.
 */
points: number, 
/**
 * Whether they were earned this week already.
 */
earned: boolean, };

export type AnswerDto = { "kind": "choice", 
/**
 * The choice's id.
 */
choice: string, } | { "kind": "choices", 
/**
 * The choices' ids.
 */
choices: Array<string>, } | { "kind": "number", 
/**
 * The number.
 */
number: number, } | { "kind": "date", 
/**
 * `YYYY-MM-DD`.
 */
date: string, };

export type ChoiceDto = { 
/**
 * Its id.
 */
id: string, 
/**
 * Its text.
 */
label: string, };

export type QuestionDto = { 
/**
 * Its id.
 */
id: string, 
/**
 * `yes-no`, `single`, `multiple`, `number` or `date`.
 */
kind: string, 
/**
 * The question.
 */
label: string, 
/**
 * A word explaining a term, if any.
 */
hint: string | null, 
/**
 * The choices of a single or multiple choice question.
 */
choices: Array<ChoiceDto>, 
/**
 * The range and unit of a number question.
 */
min: number | null, 
/**
 * See `min`.
 */
max: number | null, 
/**
 * What the number counts.
 */
unit: string | null, 
/**
 * The law and article behind it.
 */
legalBasis: string, 
/**
 * The official source.
 */
source: SourceDto, };

export type SheetStateDto = { 
/**
 * The ids of the questions asked, in order; skip logic changes it as answers come.
 */
asked: Array<string>, 
/**
 * The answers given, by question id.
 */
answers: { [key in string]: AnswerDto }, };

export type SheetDto = { 
/**
 * The questionnaire's title.
 */
title: string, 
/**
 * What it is and what happens to the answers.
 */
intro: string, 
/**
 * The BCP 47 tag of the texts' language.
 */
lang: string, 
/**
 * `arrival` (the first check) or `periodic`.
 */
phase: string, 
/**
 * When the check is due (`YYYY-MM-DD`); null when the arrival date is not known.
 */
due: string | null, 
/**
 * Whether it is due today or was due earlier: the home screen reminds the worker.
 */
dueNow: boolean, 
/**
 * Every question of the questionnaire, in its order; `state.asked` says which are asked.
 */
questions: Array<QuestionDto>, 
/**
 * The questions asked and the answers so far.
 */
state: SheetStateDto, };

export type FindingDto = { 
/**
 * The rule's id.
 */
id: string, 
/**
 * `serious`, `concern` or `info`.
 */
severity: string, 
/**
 * The BCP 47 tag of the texts' language.
 */
lang: string, 
/**
 * What the answer means.
 */
finding: string, 
/**
 * What to do now.
 */
nextStep: string, 
/**
 * The article that explains it, if installed.
 */
article: ArticleSummaryDto | null, 
/**
 * Lines that can help.
 */
directory: Array<DirectoryEntryDto>, 
/**
 * Whether the previous check of the same phase had it too.
 */
before: boolean, };

export type CheckResultDto = { 
/**
 * Its number in the history.
 */
id: number, 
/**
 * When it was finished, in seconds since 1970.
 */
completedAt: number, 
/**
 * `arrival` or `periodic`.
 */
phase: string, 
/**
 * The findings.
 */
findings: Array<FindingDto>, 
/**
 * Findings of the previous check of the same phase that this one no longer has.
 */
resolved: Array<FindingDto>, };

export type CheckSummaryDto = { 
/**
 * Its number in the history.
 */
id: number, 
/**
 * When it was finished, in seconds since 1970.
 */
completedAt: number, 
/**
 * `arrival` or `periodic`.
 */
phase: string, 
/**
 * How many findings of each severity.
 */
serious: number, 
/**
 * See `serious`.
 */
concern: number, 
/**
 * See `serious`.
 */
info: number, };

export type BilingualDto = { 
/**
 * In the reader's language.
 */
text: string, 
/**
 * In Japanese.
 */
ja: string, };

export type SummaryAnswerDto = { 
/**
 * The question.
 */
question: BilingualDto, 
/**
 * The answer.
 */
answer: BilingualDto, 
/**
 * The law and article behind the question.
 */
legalBasis: string, };

export type SummaryFindingDto = { 
/**
 * `serious`, `concern` or `info`.
 */
severity: string, 
/**
 * What the answer means.
 */
finding: BilingualDto, 
/**
 * What to do now.
 */
nextStep: BilingualDto, };

export type SummaryDto = { 
/**
 * Its number in the history.
 */
id: number, 
/**
 * When it was finished, in seconds since 1970.
 */
completedAt: number, 
/**
 * `arrival` or `periodic`.
 */
phase: string, 
/**
 * The BCP 47 tag of the reader's language.
 */
lang: string, 
/**
 * The questionnaire's title.
 */
title: BilingualDto, 
/**
 * The questions asked, in order, with their answers.
 */
answers: Array<SummaryAnswerDto>, 
/**
 * The findings, most serious first.
 */
findings: Array<SummaryFindingDto>, };

export type OrganisationDto = { 
/**
 * Its id, which is also its key's fingerprint: the worker can read it out to compare.
 */
id: string, 
/**
 * Its name.
 */
name: string, };

export type OutboxItemDto = { 
/**
 * Its number.
 */
id: number, 
/**
 * The organisation's name.
 */
organisation: string, 
/**
 * The check it came from, unless erased since.
 */
resultId: number | null, 
/**
 * `queued`, `sent` or `failed`.
 */
state: string, 
/**
 * When it was queued, in seconds since 1970.
 */
createdAt: number, 
/**
 * When it was delivered.
 */
sentAt: number | null, 
/**
 * Why delivery failed, as an error code.
 */
error: string | null, 
/**
 * Its size in bytes.
 */
size: number, };

export type SyncStatusDto = { 
/**
 * The sync server's address, if one is set.
 */
server: string | null, 
/**
 * Whether sync waits for Wi-Fi.
 */
wifiOnly: boolean, 
/**
 * Where sync stands now.
 */
state: SyncStateDto, 
/**
 * Shared submissions still waiting to be sent.
 */
waiting: number, 
/**
 * When everything waiting was last seen stored on the server, in seconds since 1970.
 */
lastSynced: number | null, 
/**
 * Whether this device redeemed another device's pairing code at this server, and so acts
 * for that device's account.
 */
linked: boolean, };

export type SyncStateDto = "off" | "wifi" | "offline" | "syncing" | "done";

export type PairingCodeDto = { 
/**
 * The code: 8 letters and digits, upper case (the UI groups it in fours).
 */
code: string, 
/**
 * Seconds until the server forgets it.
 */
expiresIn: number, 
/**
 * The QR code of the invitation (`mirai-pair:<code>?server=<sync URL>`).
 */
qr: QrDto, };

export type QrDto = { 
/**
 * Modules on a side, the quiet zone included: the SVG's `viewBox` is `0 0 size size`.
 */
size: number, 
/**
 * The dark modules as an SVG path, one rectangle per run of dark modules in a row.
 */
path: string, };

export type UpdateSettingsDto = { 
/**
 * The update server's address, if one is set.
 */
server: string | null, 
/**
 * Whether downloads wait for Wi-Fi.
 */
wifiOnly: boolean, 
/**
 * The connection as the OS reports it now.
 */
network: NetworkDto, 
/**
 * Whether "Wi-Fi only" lets downloads (and checks) start now without asking.
 */
mayDownload: boolean, };

export type NetworkDto = "unmetered" | "metered" | "unknown";

export type UpdatesDto = { 
/**
 * The update server's address, if one is set.
 */
server: string | null, 
/**
 * The day the server was last reached, `YYYY-MM-DD`, if ever.
 */
checkedOn: string | null, 
/**
 * Updates first, then packs not installed.
 */
offers: Array<OfferDto>, };

export type OfferDto = { 
/**
 * The pack's id.
 */
packId: string, 
/**
 * Its name in the UI language (or English, or any).
 */
title: string, 
/**
 * The languages it is written in.
 */
languages: Array<string>, 
/**
 * The installed version, if any.
 */
installed: number | null, 
/**
 * The version offered.
 */
version: number, 
/**
 * How it would be downloaded.
 */
route: RouteDto, 
/**
 * The bytes that route downloads.
 */
downloadSize: number, 
/**
 * The size of the full pack, for comparison.
 */
fullSize: number, };

export type RouteDto = "delta" | "full";

export type UpdateProgressDto = { 
/**
 * The pack being updated.
 */
packId: string, 
/**
 * Downloading, then checking and installing.
 */
phase: UpdatePhase, 
/**
 * What is being downloaded (the full pack also after a delta failed).
 */
route: RouteDto, 
/**
 * Bytes done in this phase.
 */
done: number, 
/**
 * Bytes in this phase.
 */
total: number, 
/**
 * Whether the download waits for "resume".
 */
paused: boolean, };

export type UpdatePhase = "download" | "install";

export type DownloadAction = "pause" | "resume" | "cancel";
