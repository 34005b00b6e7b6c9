/**
 * The transport for utils/protocol.ts: typed messages between the extension's parts, over the browser's runtime and
 * tabs messaging. It uses the promise form of both (webextension-polyfill's in Chrome), which reads the browser's
 * `lastError` itself: a message to a tab without Glossa's content script (a browser page, about:blank, a PDF, a tab
 * opened before the extension was installed) rejects its promise, and the browser logs no unchecked error.
 */
import { browser, type Browser } from '#imports';
import type { ProtocolMap } from '@/utils/protocol';

export type MessageType = keyof ProtocolMap;
type DataOf<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
type ResultOf<K extends MessageType> = ReturnType<ProtocolMap[K]>;

/** A message as it travels. */
interface Envelope {
  glossa: MessageType;
  data: unknown;
}

/** The receiver's answer: the result, or the message of the error it threw. */
type Answer = { result: unknown } | { error: string };

/** A message received: what it carries (unchecked: see utils/protocol.ts) and who sent it, as the browser says. */
export interface ReceivedMessage<K extends MessageType> {
  data: DataOf<K>;
  sender: Browser.runtime.MessageSender;
}

type Handler<K extends MessageType> = (message: ReceivedMessage<K>) => ResultOf<K> | Promise<ResultOf<K>>;

/** The data is left out for messages that carry none; a tab id sends to that tab's content script. */
type SendArguments<K extends MessageType> = DataOf<K> extends undefined ? [data?: undefined, tabId?: number] : [data: DataOf<K>, tabId?: number];

/** Sends a message to the background and the extension's pages, or to a tab's content script; rejects when no one
 *  there answers it, or with the error the receiver threw. */
export async function sendMessage<K extends MessageType>(type: K, ...[data, tabId]: SendArguments<K>): Promise<ResultOf<K>> {
  const envelope: Envelope = { glossa: type, data };
  const answer: unknown = tabId === undefined ? await browser.runtime.sendMessage(envelope) : await browser.tabs.sendMessage(tabId, envelope);
  if (typeof answer !== 'object' || answer === null) throw new Error(`Glossa: no answer to ${type}`);
  if ('error' in answer) throw new Error(String(answer.error));
  return (answer as { result: ResultOf<K> }).result;
}

const handlers = new Map<MessageType, Handler<MessageType>>();

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).glossa === 'string';
}

/** The one listener of this context: hands each message to the handler of its type, if this context has one. */
function receive(message: unknown, sender: Browser.runtime.MessageSender): Promise<Answer> | undefined {
  if (!isEnvelope(message)) return undefined;
  const handler = handlers.get(message.glossa);
  if (!handler) return undefined;
  return (async () => {
    try {
      return { result: await handler({ data: message.data as never, sender }) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  })();
}

/** Answers the messages of one type in this context (one handler per type); returns the way to stop. */
export function onMessage<K extends MessageType>(type: K, handler: Handler<K>): () => void {
  if (handlers.has(type)) throw new Error(`Glossa: a second handler for ${type} in one context`);
  if (!handlers.size) browser.runtime.onMessage.addListener(receive);
  handlers.set(type, handler as unknown as Handler<MessageType>);
  return () => {
    handlers.delete(type);
    if (!handlers.size) browser.runtime.onMessage.removeListener(receive);
  };
}
