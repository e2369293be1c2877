// Generated from src-tauri/src/dto.rs by `MIRAI_UPDATE_BINDINGS=1 cargo test -p mirai-app --test bindings`.
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
