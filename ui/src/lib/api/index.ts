// The UI's only door into Rust. Every command is typed by the generated bindings, and every
// failure arrives as an `ApiError` carrying a message already in the user's language.

import { Channel, invoke } from '@tauri-apps/api/core';
import type {
  AnswerDto,
  AppStatus,
  ArticleDto,
  ArticleSummaryDto,
  CheckResultDto,
  CheckSummaryDto,
  DirectoryEntryDto,
  DownloadAction,
  EmergencyCardDto,
  ErrorDto,
  FreshStart,
  LineRouteDto,
  OrganisationDto,
  OutboxItemDto,
  PackDto,
  PackProgress,
  PairingCodeDto,
  ProfileDto,
  ProfileInput,
  ReadingOverviewDto,
  ReadingSettingsDto,
  SearchResultsDto,
  SheetDto,
  SheetStateDto,
  StoreInfoDto,
  SummaryDto,
  SyncStatusDto,
  TextSizeDto,
  TopicDto,
  UpdateProgressDto,
  UpdateSettingsDto,
  UpdatesDto,
  WeeklyArticleDto,
} from './bindings';

export type * from './bindings';

/** A command that failed. `code` is stable; `message` is ready to show. */
export class ApiError extends Error {
  readonly dto: ErrorDto;

  constructor(dto: ErrorDto) {
    super(dto.message);
    this.name = 'ApiError';
    this.dto = dto;
  }

  get code(): string {
    return this.dto.code;
  }
}

function isErrorDto(value: unknown): value is ErrorDto {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorDto).code === 'string' &&
    typeof (value as ErrorDto).message === 'string'
  );
}

/** Wraps whatever a failed `invoke` threw. Errors from Tauri itself (a malformed argument, a
 *  command the window may not call) are strings; they become `internal` with no text to show,
 *  since their wording is not in the user's language. */
export function toApiError(thrown: unknown): ApiError {
  if (thrown instanceof ApiError) return thrown;
  if (isErrorDto(thrown)) return new ApiError({ ...thrown, issues: thrown.issues ?? [] });
  return new ApiError({ code: 'internal', message: '', issues: [] });
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw toApiError(thrown);
  }
}

export const api = {
  appStatus: () => call<AppStatus>('app_status'),
  createWithPassphrase: (passphrase: string) => call<AppStatus>('create_with_passphrase', { passphrase }),
  unlock: (passphrase: string) => call<AppStatus>('unlock', { passphrase }),
  retryOpen: () => call<AppStatus>('retry_open'),
  startFresh: () => call<FreshStart>('start_fresh'),
  getProfile: () => call<ProfileDto>('get_profile'),
  saveProfile: (profile: ProfileInput) => call<ProfileDto>('save_profile', { profile }),
  setLanguage: (code: string) => call<null>('set_language', { code }),
  setTextSize: (size: TextSizeDto) => call<null>('set_text_size', { size }),
  storeInfo: () => call<StoreInfoDto>('store_info'),
  listPacks: () => call<PackDto[]>('list_packs'),
  /** Opens the system's file dialog; `null` if the user closed it. */
  importPack: (onProgress: (progress: PackProgress) => void) => {
    const channel = new Channel<PackProgress>();
    channel.onmessage = onProgress;
    return call<PackDto[] | null>('import_pack', { onProgress: channel });
  },
  /** Opens the system's save dialog; returns where the file went, or `null`. */
  exportPacks: () => call<string | null>('export_packs'),
  listArticles: () => call<ArticleSummaryDto[]>('list_articles'),
  /** In `lang` (a code) if given, else in the reading language. */
  getArticle: (id: string, lang: string | null = null) => call<ArticleDto | null>('get_article', { id, lang }),
  readingSettings: () => call<ReadingSettingsDto>('reading_settings'),
  /** `contentLanguage` null follows the app's language. */
  saveReadingSettings: (contentLanguage: string | null, furigana: boolean) =>
    call<ReadingSettingsDto>('save_reading_settings', { contentLanguage, furigana }),
  listDirectory: () => call<DirectoryEntryDto[]>('list_directory'),
  /** The self-check under way, or null when no installed pack has one. */
  selfcheckSheet: () => call<SheetDto | null>('selfcheck_sheet'),
  /** Saves one answer at once (null clears it); returns the questions asked now. */
  saveSelfcheckAnswer: (item: string, answer: AnswerDto | null) =>
    call<SheetStateDto>('save_selfcheck_answer', { item, answer }),
  finishSelfcheck: () => call<CheckResultDto>('finish_selfcheck'),
  selfcheckHistory: () => call<CheckSummaryDto[]>('selfcheck_history'),
  selfcheckResult: (id: number) => call<CheckResultDto | null>('selfcheck_result', { id }),
  deleteSelfcheck: (id: number) => call<boolean>('delete_selfcheck', { id }),
  /** A finished check with its answers, in the reading language and in Japanese. */
  selfcheckSummary: (id: number) => call<SummaryDto | null>('selfcheck_summary', { id }),
  /** Asks where to save, then prints the page on screen to a PDF; `null` if the dialog was closed. */
  savePagePdf: () => call<string | null>('save_page_pdf'),
  organisations: () => call<OrganisationDto[]>('organisations'),
  /** Adds the organisation of a pasted code. */
  addOrganisation: (code: string) => call<OrganisationDto>('add_organisation', { code }),
  removeOrganisation: (id: string) => call<boolean>('remove_organisation', { id }),
  /** Seals check `result` to `organisation` and queues it; employer and note only if written. */
  shareSelfcheck: (result: number, organisation: string, employer: string | null, note: string | null) =>
    call<OutboxItemDto>('share_selfcheck', { result, organisation, employer, note }),
  outbox: () => call<OutboxItemDto[]>('outbox'),
  cancelSubmission: (id: number) => call<boolean>('cancel_submission', { id }),
  /** Asks where to save, then writes the sealed submission there; `null` if the dialog was closed. */
  saveSubmissionFile: (id: number) => call<string | null>('save_submission_file', { id }),
  /** Whether the worker turned on the due-check notification (off by default). */
  checkReminders: () => call<boolean>('check_reminders'),
  saveCheckReminders: (on: boolean) => call<boolean>('save_check_reminders', { on }),
  /** Lets Rust notify the worker if a check is due and reminders are on; true if it did. */
  remindIfDue: () => call<boolean>('remind_if_due'),
  /** Points earned for finished self-checks; they have no money value. */
  pointsTotal: () => call<number>('points_total'),
  /** Police and fire/ambulance with what to say first; works before unlock. */
  emergencyCard: (lang: string) => call<EmergencyCardDto>('emergency_card', { lang }),
  /** "Which line do I call?": the lines for `topic` (all when null) for a caller speaking
   *  `lang`, now in Japan. */
  routeLines: (topic: TopicDto | null, lang: string) => call<LineRouteDto>('route_lines', { topic, lang }),
  /** Articles matching `text`, in the reader's language or in all of them; `corrected` is the
   *  search that found them when a misspelling was corrected. */
  searchArticles: (text: string, allLanguages: boolean) =>
    call<SearchResultsDto>('search_articles', { text, allLanguages }),
  /** What to continue, the saved articles and the ones opened last. */
  readingOverview: () => call<ReadingOverviewDto>('reading_overview'),
  isBookmarked: (articleId: string) => call<boolean>('is_bookmarked', { articleId }),
  /** Returns whether the article is saved now. */
  setBookmark: (articleId: string, on: boolean) => call<boolean>('set_bookmark', { articleId, on }),
  /** The article is open in `lang`, read up to `progress`: 0 (the top, just opened) to 1 (the end). */
  recordReading: (articleId: string, lang: string, progress: number) =>
    call<boolean>('record_reading', { articleId, lang, progress }),
  /** This week's article and the points reading it to the end earns; null with no articles. */
  weeklyArticleOffer: () => call<WeeklyArticleDto | null>('weekly_article_offer'),
  /** Forgets every article opened; saved ones stay. */
  clearHistory: () => call<null>('clear_history'),
  updateSettings: () => call<UpdateSettingsDto>('update_settings'),
  /** An empty `server` forgets the server. */
  saveUpdateSettings: (server: string, wifiOnly: boolean) =>
    call<UpdateSettingsDto>('save_update_settings', { server, wifiOnly }),
  /** What the server offered when last reached; never goes online. */
  knownUpdates: () => call<UpdatesDto>('known_updates'),
  checkUpdates: () => call<UpdatesDto>('check_updates'),
  /** Downloads and installs one update; `allowMetered` is the user's "download anyway". */
  downloadUpdate: (packId: string, allowMetered: boolean, onProgress: (progress: UpdateProgressDto) => void) => {
    const channel = new Channel<UpdateProgressDto>();
    channel.onmessage = onProgress;
    return call<PackDto>('download_update', { packId, allowMetered, onProgress: channel });
  },
  controlDownload: (action: DownloadAction) => call<null>('control_download', { action }),
  /** Where background sync stands; never waits for the network. */
  syncStatus: () => call<SyncStatusDto>('sync_status'),
  /** An empty `server` stops syncing. */
  saveSyncSettings: (server: string, wifiOnly: boolean) =>
    call<SyncStatusDto>('save_sync_settings', { server, wifiOnly }),
  /** Dials the sync server now instead of after the backoff. */
  syncNow: () => call<SyncStatusDto>('sync_now'),
  /** A pairing code for another device. Waits for the sync server (up to 30 s): show progress. */
  pairingCode: () => call<PairingCodeDto>('pairing_code'),
  /** Redeems another device's code, as typed or as its QR code's text. Waits for the server. */
  redeemPairingCode: (code: string) => call<SyncStatusDto>('redeem_pairing_code', { code }),
};
