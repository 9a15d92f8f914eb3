/**
 * Everything every tool has around its own form: the engagement picker, storage and recovery
 * notices, share-link arrival, offers from other tools (and publishing this tool's own), and
 * the toolbar (export, import, share link, print, reset). Generic over the tool's instance,
 * so a tool only renders its inputs and results.
 */
import type { ComponentChildren, ComponentType, JSX } from 'preact';
import type { ToolInstance } from '../framework/instance';
import { instanceHooks } from '../framework/instance';
import { useEffect, useState } from 'preact/hooks';
import { EngagementPicker } from './EngagementPicker';
import { reminderDue } from '../framework/backup-reminder';
import { $settingsNotice } from '../framework/settings';
import { listKeys } from '../framework/storage';
import { mailboxKey } from '../framework/tool-store';
import type { OfferBanner as OfferBannerView } from './OfferBanner';
import type { NoticesProps } from './StorageNotices';
import { useMounted, useSettings, useStorageState, useStoreNow } from './hooks';
import { workspace } from '../framework/engagement';
import { formatDate, todayIso } from '../framework/date-format';
import { useShareArrival } from './use-share-arrival';
import type { ActionsProps } from './ToolActions';
import { deferred } from './deferred';
import { waitBeforeRender } from '../framework/boot';
import { jumpTo } from './focus';
import { onFirstUse } from '../framework/first-use';

interface Props<S> {
  /** The tool's instance in the current engagement (from `useTool`). */
  tool: ToolInstance<S>;
  /** Build-time data the island was given (questionnaire or checklist), for the tool's hooks. */
  content?: unknown;
  children: ComponentChildren;
}

/**
 * The toolbar (export, import, share link, print, reset) is the same on every tool page and
 * does nothing until it is used: its code loads at the page's first use, as a deferred part
 * (a press before that is held and replayed). A returning visitor's islands wait for it.
 */
let ToolActions: ComponentType<ActionsProps> | null = null;
waitBeforeRender(
  deferred(() => import('./ToolActions').then((m) => m.ToolActions as ComponentType<ActionsProps>)).then((view) => {
    ToolActions = view;
  }),
);

/** Cross-tool offers: their code loads only for tools that offer or accept something. */
function useOffers<S>(tool: ToolInstance<S>, mounted: boolean): typeof OfferBannerView | null {
  const [banner, setBanner] = useState<typeof OfferBannerView | null>(null);
  useEffect(() => {
    // A tool that only accepts needs the code once the engagement's mailbox holds something.
    const waiting = tool.def.accepts?.kinds.length && listKeys(mailboxKey(tool.engagement, '')).length > 0;
    if (!mounted || (!tool.def.offers && !waiting)) return;
    let stop: (() => void) | undefined;
    let gone = false;
    const start = () =>
      void import('./offers-runtime').then(({ startOffers }) => {
        if (!gone) stop = startOffers(tool, (view) => setBanner(() => view));
      });
    // Offers waiting in the mailbox are shown at once; a first visit publishes its own at its first use.
    if (waiting) start();
    else onFirstUse(start);
    return () => {
      gone = true;
      stop?.();
    };
  }, [tool, mounted]);
  return banner;
}

/** On an embed page: the full-version link, loaded on the page's first ask (embed-chrome.ts). */
function useEmbedChrome<S>(tool: ToolInstance<S>, mounted: boolean): void {
  useEffect(() => {
    if (!mounted) return;
    let stop: (() => void) | undefined;
    let gone = false;
    // Asks that arrive while the code loads are all answered (one may carry an opened tab).
    const asks: Event[] = [];
    const start = (e: Event) => {
      if (asks.push(e) > 1) return;
      void import('./embed-chrome').then(({ startEmbedChrome }) => {
        removeEventListener('os-embed-full', start);
        if (!gone) stop = startEmbedChrome(tool, asks);
      });
    };
    addEventListener('os-embed-full', start);
    return () => {
      gone = true;
      removeEventListener('os-embed-full', start);
      stop?.();
    };
  }, [tool, mounted]);
}

/** A component loaded the first time `when` is true (null until then). */
function useLazy<P>(when: boolean, load: () => Promise<(props: P) => JSX.Element | null>) {
  const [view, setView] = useState<((props: P) => JSX.Element | null) | null>(null);
  useEffect(() => {
    if (when && !view) void load().then((v) => setView(() => v));
  }, [when]);
  return view;
}

/**
 * The answer first: the tool's one-line result, live, at the top of the page (sticky while the
 * inputs scroll by), with a link down to the full results.
 */
function Glance<S>({ tool, mounted }: { tool: ToolInstance<S>; mounted: boolean }) {
  const live = useStoreNow(tool.store.$state);
  const line = tool.def.glance ?? tool.def.summary;
  if (!line) return null;
  let text: string | null = null;
  try {
    text = line(mounted ? live : tool.def.initial(), { ...tool.context(), content: tool.content });
  } catch {
    // A summary is a courtesy: the full results below still show what went wrong.
  }
  return (
    <p class="tool-glance">
      <span>
        <strong>At a glance:</strong> {text ?? 'your result shows here as you fill in the form.'}
      </span>{' '}
      <a href="#results" class="glance-jump" onClick={jumpTo('results')}>
        Jump to results
      </a>
    </p>
  );
}

/** A printout's header line: which engagement, and when it was printed. */
function PrintMeta({ engagement, mounted }: { engagement: string; mounted: boolean }) {
  const w = useStoreNow(workspace.$state);
  const { locale } = useSettings();
  if (!mounted) return null;
  const name = w.engagements.find((e) => e.id === engagement)?.name ?? '';
  return (
    <p class="print-only print-meta">
      Engagement: <strong>{name}</strong> · Printed {formatDate(todayIso(), locale)}
    </p>
  );
}

export function ToolShell<S>({ tool, content, children }: Props<S>) {
  const store = tool.store;
  if (content !== undefined) tool.content = content;
  const mounted = useMounted();
  const storage = useStorageState();
  const notice = useStoreNow(store.$notice);
  const settingsNotice = useStoreNow($settingsNotice);
  const { arrival, answer } = useShareArrival(tool, () => instanceHooks(tool as ToolInstance<unknown>).onArrival?.());
  const OfferBanner = useOffers(tool, mounted);
  useEmbedChrome(tool, mounted);
  // The backup reminder shows after 14 days of unexported changes: its view loads only then.
  const Reminder = useLazy<Record<string, never>>(mounted && reminderDue(), () =>
    import('./BackupReminder').then((m) => m.BackupReminder),
  );
  // Storage and recovery notices are rare: their code loads only when one is to be shown.
  const Notices = useLazy<NoticesProps>(
    storage !== 'saved' || (mounted && (notice !== null || settingsNotice !== null)),
    () => import('./StorageNotices').then((m) => m.StorageNotices),
  );
  // The question about a share link's values: its view loads only when a link would overwrite.
  const Question = useLazy<{ answer: (replace: boolean) => void }>(arrival?.kind === 'ask', () =>
    import('./ShareQuestion').then((m) => m.ShareQuestion),
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const shown = arrival?.kind === 'message' ? arrival : message;

  return (
    <div class="tool-shell">
      <PrintMeta engagement={tool.engagement} mounted={mounted} />
      <EngagementPicker />
      {Reminder && <Reminder />}
      {Notices && (
        <Notices
          tool={tool as ToolInstance<unknown>}
          storage={storage}
          notice={notice}
          settingsNotice={mounted ? settingsNotice : null}
        />
      )}
      {Question && <Question answer={answer} />}
      <div class="tool-messages" role="status" aria-live="polite">
        {shown && <p class={`banner ${shown.ok ? 'ok' : 'bad'}`}>{shown.text}</p>}
      </div>
      {OfferBanner && <OfferBanner tool={tool} />}
      <Glance tool={tool} mounted={mounted} />
      {children}
      {ToolActions && <ToolActions tool={tool as ToolInstance<unknown>} onMessage={setMessage} />}
    </div>
  );
}
