/**
 * The message transport (utils/messaging.ts) over WXT's fake browser. The fake's runtime.sendMessage answers only
 * listeners that call sendResponse; the browsers' promise form takes the promise a listener returns, as here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage } from '@/utils/messaging';

const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';
const sender = { id: fakeBrowser.runtime.id, url: 'https://harbour-times.example/bridge' };
const stops: (() => void)[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
    return answers.find((answer) => answer !== undefined);
  });
  // A tab without Glossa's content script: the promise form rejects (the callback form sets lastError instead).
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error(NO_RECEIVER));
});

afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.restoreAllMocks();
});

describe('the message transport', () => {
  it("answers with the handler's result, giving it the data and the sender the browser names", async () => {
    const received: unknown[] = [];
    stops.push(
      onMessage('pageLanguage', ({ data, sender: from }) => {
        received.push(data, from.url);
        return { lang: 'en', dir: 'ltr' } as never;
      }),
    );
    await expect(sendMessage('pageLanguage', { sample: 'The council voted on Tuesday.', markup: 'en' })).resolves.toEqual({ lang: 'en', dir: 'ltr' });
    expect(received).toEqual([{ sample: 'The council voted on Tuesday.', markup: 'en' }, 'https://harbour-times.example/bridge']);
  });

  it('rejects with the message of the error the handler threw', async () => {
    stops.push(
      onMessage('analyzeText', () => {
        throw new Error('Glossa: not a text analysis request');
      }),
    );
    await expect(sendMessage('analyzeText', {} as never)).rejects.toThrow('Glossa: not a text analysis request');
  });

  it('rejects a message to a tab that has no content script of Glossa', async () => {
    await expect(sendMessage('getPage', undefined, 42)).rejects.toThrow(NO_RECEIVER);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(42, { glossa: 'getPage', data: undefined });
  });

  it('rejects when no one answers (no handler for the message in any context)', async () => {
    await expect(sendMessage('listNotes', null)).rejects.toThrow('Glossa: no answer to listNotes');
  });

  it("leaves messages that are not Glossa's to other listeners", async () => {
    stops.push(onMessage('getPage', () => ({}) as never));
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'getPage', data: null, id: 1, timestamp: 0 }, sender, () => undefined)).toEqual([undefined]);
  });

  it('takes one handler per message type in a context, and stops answering once its handler is removed', async () => {
    const stop = onMessage('articleText', () => 'text');
    expect(() => onMessage('articleText', () => 'other')).toThrow('a second handler for articleText');
    await expect(sendMessage('articleText')).resolves.toBe('text');
    stop();
    await expect(sendMessage('articleText')).rejects.toThrow('no answer');
  });
});
