/** Notes out (a W3C Web Annotation collection, Markdown) and in (Glossa's export and other tools' files). */
import { describe, expect, it } from 'vitest';
import { ANNOTATION_CONTEXT, isNote, noteBody, type Note, type Selector } from '@/lib/notes/annotation';
import {
  annotationCollection,
  mergeNotes,
  notesMarkdown,
  readAnnotationFile,
  MAX_FILE_ANNOTATIONS,
  MAX_FILE_CHARS,
  MAX_NOTE_CHARS,
  MAX_TAGS,
  type AnnotationFileOptions,
} from '@/lib/notes/exchange';

const NOW = '2024-06-01T09:00:00.000Z';

/** Import options as the background gives them: ids counted, addresses without tracking parameters or fragment. */
function importOptions(): AnnotationFileOptions {
  let count = 0;
  return {
    newId: () => `urn:uuid:00000000-0000-4000-8000-${String(++count).padStart(12, '0')}`,
    now: NOW,
    address: (url) => {
      const address = new URL(url);
      if (address.protocol !== 'https:' && address.protocol !== 'http:') return null;
      address.hash = '';
      address.searchParams.delete('utm_source');
      return address.href;
    },
  };
}

function readFile(json: unknown, options = importOptions()) {
  return readAnnotationFile(typeof json === 'string' ? json : JSON.stringify(json), options);
}

/** The note an import makes of an annotation on a whole page with no title: a comment, made and changed now, titled
 *  by the page's address. */
function importedPageNote(id: string, text: string, source: string): Note {
  return { id, type: 'Annotation', motivation: 'commenting', created: NOW, modified: NOW, body: noteBody(text, []), target: { source }, pageTitle: source };
}

function quoteAt(exact: string, prefix: string, suffix: string, start: number): Selector[] {
  return [
    { type: 'TextQuoteSelector', exact, prefix, suffix },
    { type: 'TextPositionSelector', start, end: start + exact.length },
  ];
}

const OCEAN = 'https://www.bbc.co.uk/news/science-environment-68123456';
const WHEAT = 'https://www.aljazeera.net/ebusiness/2024/3/12/wheat-prices';
const DROUGHT = 'https://www.lemonde.fr/planete/article/2024/04/02/la-secheresse-menace-les-recoltes_6225.html';

const oceanQuote: Note = {
  id: 'urn:uuid:7d1c2a34-5b6e-4f70-8a91-b2c3d4e5f601',
  type: 'Annotation',
  motivation: 'commenting',
  created: '2024-03-10T08:15:00.000Z',
  modified: '2024-03-11T17:40:12.500Z',
  body: noteBody('Compare with the NOAA figures for 2023.\nAsk the desk which baseline they use.', ['climate', 'oceans']),
  target: {
    source: OCEAN,
    selector: [
      ...quoteAt('The oceans are absorbing heat at a rate we have never seen', 'the university, told the BBC: "', '," she said.', 1204),
      {
        type: 'RangeSelector',
        startSelector: { type: 'XPathSelector', value: '/html[1]/body[1]/main[1]/article[1]/div[2]/p[7]', refinedBy: { type: 'TextPositionSelector', start: 88, end: 88 } },
        endSelector: { type: 'XPathSelector', value: '/html[1]/body[1]/main[1]/article[1]/div[2]/p[7]', refinedBy: { type: 'TextPositionSelector', start: 147, end: 147 } },
      },
    ],
  },
  pageTitle: 'Ocean heat hits record high for a second year',
  speaker: 'Dr Sarah Jones',
  citation: { outlet: 'BBC News', author: 'Jonathan Amos', published: '2024-03-10T06:00:00Z', lang: 'en', dir: 'ltr' },
};

const oceanFollowUp: Note = {
  id: 'urn:uuid:7d1c2a34-5b6e-4f70-8a91-b2c3d4e5f602',
  type: 'Annotation',
  motivation: 'commenting',
  created: '2024-04-05T10:00:00.000Z',
  modified: '2024-04-05T10:00:00.000Z',
  body: noteBody('Follow up: the Met Office publishes its own series next week.', []),
  target: { source: OCEAN },
  pageTitle: 'Ocean heat hits record high for a second year',
};

const wheatQuote: Note = {
  id: 'urn:uuid:3f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e01',
  type: 'Annotation',
  motivation: 'commenting',
  created: '2024-03-12T19:05:00+03:00',
  modified: '2024-03-12T19:05:00+03:00',
  body: noteBody('يجب مقارنة هذا التصريح بأرقام العام الماضي.', ['اقتصاد', 'غذاء']),
  target: {
    source: WHEAT,
    selector: quoteAt('سنعمل على تأمين مخزون استراتيجي يكفي ستة أشهر', 'وقال وزير الزراعة للصحفيين: «', '»، مضيفا أن', 532),
  },
  pageTitle: 'ارتفاع أسعار القمح في الأسواق العالمية',
  speaker: 'وزير الزراعة',
};

const droughtWholeArticle: Note = {
  id: 'urn:uuid:a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c01',
  type: 'Annotation',
  motivation: 'commenting',
  created: '2024-04-02T07:30:00.000Z',
  modified: '2024-04-02T07:30:00.000Z',
  body: noteBody('À relire avant l’entretien de jeudi : chiffres de la chambre d’agriculture.', ['agriculture', 'eau']),
  target: { source: DROUGHT },
  pageTitle: 'La sécheresse menace les récoltes dans le Sud-Ouest',
};

/** A highlight: a passage marked, with no text and no tags. */
const droughtHighlight: Note = {
  id: 'urn:uuid:a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c02',
  type: 'Annotation',
  motivation: 'commenting',
  created: '2024-04-03T06:00:00.000Z',
  modified: '2024-04-03T06:00:00.000Z',
  body: noteBody('', []),
  target: {
    source: DROUGHT,
    selector: quoteAt('les nappes phréatiques sont à leur plus bas niveau depuis 1976', 'Selon le BRGM, ', '. Les agriculteurs', 2210),
  },
  pageTitle: 'La sécheresse menace les récoltes dans le Sud-Ouest',
};

const allNotes = [oceanQuote, oceanFollowUp, wheatQuote, droughtWholeArticle, droughtHighlight];

describe('annotationCollection', () => {
  it('is a W3C AnnotationCollection with the notes as they are on its first page', () => {
    const collection = annotationCollection(allNotes, 'Glossa notes');
    expect(collection).toEqual({
      '@context': ANNOTATION_CONTEXT,
      type: 'AnnotationCollection',
      label: 'Glossa notes',
      total: 5,
      first: { type: 'AnnotationPage', startIndex: 0, items: allNotes },
    });
    expect(collection.first.items.every(isNote)).toBe(true);
  });
});

describe('readAnnotationFile on Glossa’s own export', () => {
  it('gives back the exported notes exactly: quotes, whole-article notes, highlights, tags, speakers, Arabic', () => {
    const fileText = JSON.stringify(annotationCollection(allNotes, 'Glossa notes'), null, 2);
    expect(readAnnotationFile(fileText, importOptions())).toEqual({ notes: allNotes, rejected: [] });
  });

  it('reads a single exported note and a plain list of them the same way', () => {
    expect(readFile({ '@context': ANNOTATION_CONTEXT, ...wheatQuote })).toEqual({ notes: [wheatQuote], rejected: [] });
    expect(readFile(allNotes)).toEqual({ notes: allNotes, rejected: [] });
  });
});

describe('readAnnotationFile on other tools’ files', () => {
  it('reads a single Annotation with a bodyValue and a page address as its target', () => {
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno1',
      type: 'Annotation',
      bodyValue: 'The minister contradicts what she said in January.',
      target: 'https://www.theguardian.com/politics/2024/feb/20/budget-speech#comments',
    };
    expect(readFile(file)).toEqual({
      notes: [importedPageNote('http://example.org/anno1', 'The minister contradicts what she said in January.', 'https://www.theguardian.com/politics/2024/feb/20/budget-speech')],
      rejected: [],
    });
  });

  it('reads a collection: keeps its TextQuoteSelector and RangeSelector of simple XPaths, its creator, and sorts bodies into text and tags', () => {
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example.org/collections/42',
      type: 'AnnotationCollection',
      label: 'Revue de presse',
      total: 2,
      first: {
        id: 'https://annotations.example.org/collections/42/page1',
        type: 'AnnotationPage',
        startIndex: 0,
        items: [
          {
            id: 'https://annotations.example.org/anno/7',
            type: ['Annotation'],
            motivation: 'highlighting',
            creator: { type: 'Person', name: 'Camille' },
            created: '2024-02-14T09:12:00+01:00',
            modified: '2024-02-15T18:00:00+01:00',
            body: [
              { type: 'TextualBody', value: 'Chiffre à vérifier auprès de l’Insee.', purpose: 'commenting', language: 'fr' },
              { type: 'TextualBody', value: 'Le même chiffre figurait déjà dans le rapport de 2019.', purpose: 'describing' },
              { type: 'TextualBody', value: 'emploi', purpose: 'tagging' },
              { type: 'TextualBody', value: 'statistiques', purpose: ['tagging'] },
              { type: 'SpecificResource', source: 'http://www.wikidata.org/entity/Q156616', purpose: 'identifying' },
            ],
            target: {
              type: 'SpecificResource',
              source: 'https://www.lefigaro.fr/conjoncture/le-chomage-recule-20240214?utm_source=rss',
              selector: [
                {
                  type: 'RangeSelector',
                  startSelector: { type: 'XPathSelector', value: '/html/body/article/p[3]' },
                  endSelector: { type: 'XPathSelector', value: '/html/body/article/p[4]' },
                },
                { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '//p[@id="lead"]' }, endSelector: { type: 'XPathSelector', value: '/html/body/p' } },
                { type: 'TextQuoteSelector', exact: 'le taux de chômage a reculé à 7,3 %', prefix: 'Au quatrième trimestre 2023, selon l’Insee, ' },
              ],
            },
          },
          {
            type: 'Annotation',
            body: { type: 'TextualBody', value: 'Background for Thursday’s interview.' },
            target: 'https://www.reuters.com/world/europe/eu-farm-subsidies-2024-02-14/',
          },
        ],
      },
    };
    expect(readFile(file)).toEqual({
      notes: [
        {
          id: 'https://annotations.example.org/anno/7',
          type: 'Annotation',
          motivation: 'commenting',
          created: '2024-02-14T09:12:00+01:00',
          modified: '2024-02-15T18:00:00+01:00',
          body: noteBody('Chiffre à vérifier auprès de l’Insee.\n\nLe même chiffre figurait déjà dans le rapport de 2019.', ['emploi', 'statistiques']),
          target: {
            source: 'https://www.lefigaro.fr/conjoncture/le-chomage-recule-20240214',
            // A range's points with no offset are the start of their elements; one XPath that is not a simple path
            // is not followed. The context is cut to the 32 characters Glossa keeps; a missing suffix is an empty one.
            selector: [
              {
                type: 'RangeSelector',
                startSelector: { type: 'XPathSelector', value: '/html/body/article/p[3]', refinedBy: { type: 'TextPositionSelector', start: 0, end: 0 } },
                endSelector: { type: 'XPathSelector', value: '/html/body/article/p[4]', refinedBy: { type: 'TextPositionSelector', start: 0, end: 0 } },
              },
              { type: 'TextQuoteSelector', exact: 'le taux de chômage a reculé à 7,3 %', prefix: ' trimestre 2023, selon l’Insee, ', suffix: '' },
            ],
          },
          pageTitle: 'https://www.lefigaro.fr/conjoncture/le-chomage-recule-20240214',
          creator: { type: 'Person', name: 'Camille' },
        },
        importedPageNote('urn:uuid:00000000-0000-4000-8000-000000000001', 'Background for Thursday’s interview.', 'https://www.reuters.com/world/europe/eu-farm-subsidies-2024-02-14/'),
      ],
      rejected: [],
    });
  });

  it('finds the annotations in every container the model allows', () => {
    const annotation = { id: 'urn:x:1', type: 'Annotation', bodyValue: 'Note', target: OCEAN };
    const containers = [
      { type: 'AnnotationCollection', first: [annotation] },
      { type: 'AnnotationCollection', items: [annotation] },
      { type: ['AnnotationCollection'], first: { type: 'AnnotationPage', items: [annotation] } },
      { type: 'AnnotationPage', items: [annotation] },
      [annotation],
      annotation,
    ];
    for (const container of containers) {
      const contents = readFile(container);
      expect('notes' in contents && contents.notes.map((note) => note.id), JSON.stringify(container)).toEqual(['urn:x:1']);
    }
  });

  it('takes the first web page among several targets, the source of a resource, and Glossa’s terms under their prefixed names', () => {
    const contents = readFile({
      type: 'Annotation',
      id: 'urn:x:2',
      bodyValue: 'Cité aussi par l’AFP.',
      target: ['urn:isbn:9782070360024', { id: DROUGHT, type: 'Text' }],
      'glossa:pageTitle': 'La sécheresse menace les récoltes dans le Sud-Ouest',
      'glossa:speaker': 'Marc Fesneau',
    });
    expect(contents).toMatchObject({
      notes: [{ target: { source: DROUGHT }, pageTitle: 'La sécheresse menace les récoltes dans le Sud-Ouest', speaker: 'Marc Fesneau' }],
      rejected: [],
    });
  });

  it('gives annotations without an id a new one each, and takes a missing modification time from the creation time', () => {
    const contents = readFile([
      { type: 'Annotation', bodyValue: 'First', target: OCEAN, created: '2024-01-02T03:04:05Z' },
      { type: 'Annotation', id: '', bodyValue: 'Second', target: OCEAN },
    ]);
    if (!('notes' in contents)) throw new Error(contents.error);
    expect(contents.notes.map(({ id, created, modified }) => ({ id, created, modified }))).toEqual([
      { id: 'urn:uuid:00000000-0000-4000-8000-000000000001', created: '2024-01-02T03:04:05Z', modified: '2024-01-02T03:04:05Z' },
      { id: 'urn:uuid:00000000-0000-4000-8000-000000000002', created: NOW, modified: NOW },
    ]);
  });

  it('merges annotations with the same id within the file', () => {
    const older = { ...wheatQuote, body: noteBody('ملاحظة أولى', ['اقتصاد', 'أسعار']) };
    const newer = { ...wheatQuote, created: '2024-03-13T08:00:00Z', modified: '2024-03-14T08:00:00Z', body: noteBody('ملاحظة معدلة', ['قمح', 'اقتصاد']) };
    expect(readFile([newer, older])).toEqual({
      notes: [{ ...wheatQuote, created: wheatQuote.created, modified: newer.modified, body: noteBody('ملاحظة معدلة', ['قمح', 'اقتصاد', 'أسعار']) }],
      rejected: [],
    });
  });
});

/** Two annotations as Hypothesis's API and its client's export write them (https://h.readthedocs.io), by hand. */
const HYPOTHESIS_EXPORT = {
  export_date: '2026-02-01T10:00:00.000Z',
  export_userid: 'acct:reader@hypothes.is',
  client_version: '1.1600.0',
  annotations: [
    {
      id: 'Xk3vA1bQEe-2yF8pT0kLmw',
      created: '2026-01-30T08:12:44.120331+00:00',
      updated: '2026-01-30T08:20:01.000000+00:00',
      user: 'acct:reader@hypothes.is',
      uri: 'https://www.harbourledger.example/city/bridge?utm_source=rss',
      text: 'Check the **2015** readings against this.',
      tags: ['bridge', 'engineering'],
      group: '__world__',
      permissions: { read: ['group:__world__'], admin: ['acct:reader@hypothes.is'], update: ['acct:reader@hypothes.is'], delete: ['acct:reader@hypothes.is'] },
      target: [
        {
          source: 'https://www.harbourledger.example/city/bridge?utm_source=rss',
          selector: [
            { type: 'RangeSelector', startContainer: '/main[1]/article[1]/p[7]', startOffset: 0, endContainer: '/main[1]/article[1]/p[7]', endOffset: 84 },
            { type: 'TextPositionSelector', start: 2981, end: 3065 },
            { type: 'TextQuoteSelector', exact: 'Most of the steel had lost less than a millimetre over that period, the report says.', prefix: 'ared them with readings taken in 2015. ', suffix: '\n  "If the readings change, we will' },
          ],
        },
      ],
      document: { title: ['Harbour bridge to stay open until its replacement is ready'] },
      links: { html: 'https://hypothes.is/a/Xk3vA1bQEe-2yF8pT0kLmw', incontext: 'https://hyp.is/Xk3vA1bQEe-2yF8pT0kLmw/www.harbourledger.example/city/bridge' },
      user_info: { display_name: 'A. Reader' },
      flagged: false,
      hidden: false,
    },
    {
      id: 'page-note-1',
      created: '2026-01-30T09:00:00.000000+00:00',
      updated: '2026-01-30T09:00:00.000000+00:00',
      user: 'acct:reader@hypothes.is',
      uri: 'https://www.harbourledger.example/city/bridge',
      text: 'Whole article: follow up in March.',
      tags: [],
      target: [{ source: 'https://www.harbourledger.example/city/bridge' }],
      document: { title: ['Harbour bridge to stay open until its replacement is ready'] },
    },
    {
      id: 'reply-1',
      created: '2026-01-30T09:05:00.000000+00:00',
      updated: '2026-01-30T09:05:00.000000+00:00',
      user: 'acct:editor@hypothes.is',
      uri: 'https://www.harbourledger.example/city/bridge',
      text: 'Agreed.',
      tags: [],
      references: ['Xk3vA1bQEe-2yF8pT0kLmw'],
      target: [{ source: 'https://www.harbourledger.example/city/bridge' }],
    },
  ],
};

describe('readAnnotationFile on a Hypothesis export', () => {
  it('reads its annotations as notes: text, tags, author, title, and its selectors as the W3C model writes them', () => {
    const { notes, rejected } = readFile(HYPOTHESIS_EXPORT) as { notes: Note[]; rejected: unknown[] };
    expect(notes[0]).toEqual({
      id: 'https://hypothes.is/a/Xk3vA1bQEe-2yF8pT0kLmw',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-30T08:12:44.120331+00:00',
      modified: '2026-01-30T08:20:01.000000+00:00',
      body: noteBody('Check the **2015** readings against this.', ['bridge', 'engineering']),
      target: {
        source: 'https://www.harbourledger.example/city/bridge',
        selector: [
          {
            type: 'RangeSelector',
            startSelector: { type: 'XPathSelector', value: '/html[1]/body[1]/main[1]/article[1]/p[7]', refinedBy: { type: 'TextPositionSelector', start: 0, end: 0 } },
            endSelector: { type: 'XPathSelector', value: '/html[1]/body[1]/main[1]/article[1]/p[7]', refinedBy: { type: 'TextPositionSelector', start: 84, end: 84 } },
          },
          { type: 'TextPositionSelector', start: 2981, end: 3065 },
          // The context cut to the 32 characters Glossa keeps.
          { type: 'TextQuoteSelector', exact: 'Most of the steel had lost less than a millimetre over that period, the report says.', prefix: 'em with readings taken in 2015. ', suffix: '\n  "If the readings change, we will'.slice(0, 32) },
        ],
      },
      pageTitle: 'Harbour bridge to stay open until its replacement is ready',
      creator: { type: 'Person', id: 'acct:reader@hypothes.is', name: 'A. Reader' },
    });
    expect(notes[1]).toMatchObject({ id: 'https://hypothes.is/a/page-note-1', target: { source: 'https://www.harbourledger.example/city/bridge' } });
    expect(notes[1].target.selector).toBeUndefined();
    expect(rejected).toEqual([{ index: 2, id: 'reply-1', reason: 'item 3 (reply-1): it is a reply to another annotation, not a note on the page' }]);
    expect(notes.every(isNote)).toBe(true);
  });

  it('reads an API search result and a single annotation the same way', () => {
    const rows = { total: 1, rows: [HYPOTHESIS_EXPORT.annotations[0]] };
    expect(readFile(rows)).toEqual(readFile([HYPOTHESIS_EXPORT.annotations[0]]));
    expect(readFile(HYPOTHESIS_EXPORT.annotations[0])).toEqual(readFile(rows));
  });

  it('exports what other tools read: source, body, motivation, times and the creator', () => {
    const [imported] = (readFile(HYPOTHESIS_EXPORT) as { notes: Note[] }).notes;
    const [exported] = annotationCollection([imported], 'Notes').first.items;
    expect(exported).toMatchObject({
      motivation: 'commenting',
      created: '2026-01-30T08:12:44.120331+00:00',
      modified: '2026-01-30T08:20:01.000000+00:00',
      creator: { type: 'Person', id: 'acct:reader@hypothes.is' },
      target: { source: 'https://www.harbourledger.example/city/bridge' },
    });
    expect(exported.body[0]).toEqual({ type: 'TextualBody', value: 'Check the **2015** readings against this.', purpose: 'commenting', format: 'text/plain' });
  });
});

describe('readAnnotationFile rejections', () => {
  const expectedFile = /W3C Web Annotation files .*AnnotationCollection/;

  it('refuses a file that is not JSON, saying what it expected', () => {
    const contents = readFile('<html><body>Not an export</body></html>');
    expect(contents).toEqual({ error: expect.stringMatching(/^This file is not JSON\./) });
    expect('error' in contents && contents.error).toMatch(expectedFile);
  });

  it('refuses JSON with no annotations in it', () => {
    const files = [
      { type: 'Person', name: 'Camille' },
      [],
      [1, 'two', null],
      { type: 'AnnotationCollection', total: 120, first: 'https://annotations.example.org/collections/42/page1' },
      { type: 'AnnotationPage', items: [] },
      'null',
    ];
    for (const file of files) {
      const contents = readFile(file);
      expect('error' in contents && contents.error, JSON.stringify(file)).toMatch(/^This file has no annotations in it\./);
      expect('error' in contents && contents.error).toMatch(expectedFile);
    }
  });

  it('refuses a file over the size limit and one with too many annotations', () => {
    expect(readFile(' '.repeat(MAX_FILE_CHARS + 1))).toEqual({ error: 'This file is larger than 20 MB, the most Glossa imports at once.' });
    const many = Array.from({ length: MAX_FILE_ANNOTATIONS + 1 }, () => ({ type: 'Annotation', bodyValue: 'x', target: OCEAN }));
    expect(readFile(many)).toEqual({ error: 'This file has 10001 annotations; Glossa imports at most 10000 at once.' });
  });

  it('rejects each annotation that cannot be a note, with its position, id and reason, and keeps the others', () => {
    const good = { type: 'Annotation', id: 'urn:x:good', bodyValue: 'Kept', target: OCEAN };
    const items = [
      good,
      { type: 'Annotation', id: 'urn:x:no-target', bodyValue: 'Where?' },
      { type: 'Annotation', id: 'urn:x:script', bodyValue: 'Click', target: { source: 'javascript:alert(1)' } },
      { type: 'Annotation', id: 'urn:x:book', bodyValue: 'Chapter 3', target: ['urn:isbn:9782070360024'] },
      {
        type: 'Annotation',
        id: 'urn:x:range',
        bodyValue: 'Unanchorable',
        target: {
          source: OCEAN,
          selector: [
            { type: 'RangeSelector', startSelector: { type: 'CssSelector', value: '#p3' }, endSelector: { type: 'CssSelector', value: '#p4' } },
            { type: 'CssSelector', value: 'article > p:nth-child(3)' },
            { type: 'TextQuoteSelector', exact: '' },
          ],
        },
      },
      { type: 'Annotation', id: 'urn:x:date', bodyValue: 'When?', target: OCEAN, created: 'yesterday' },
      { type: 'Annotation', id: 'urn:x:local-time', bodyValue: 'When?', target: OCEAN, modified: '2024-03-01T10:00:00' },
      { type: 'Annotation', id: 'urn:x:long', bodyValue: 'ا'.repeat(MAX_NOTE_CHARS + 1), target: OCEAN },
      {
        type: 'Annotation',
        id: 'urn:x:tags',
        body: Array.from({ length: MAX_TAGS + 1 }, (_, i) => ({ type: 'TextualBody', purpose: 'tagging', value: `mot-clé ${i}` })),
        target: OCEAN,
      },
      { type: 'Annotation', bodyValue: '', target: OCEAN },
      { type: 'Person', id: 'urn:x:person', name: 'Camille' },
      'urn:x:string',
    ];
    expect(readFile(items)).toEqual({
      notes: [expect.objectContaining({ id: 'urn:x:good' })],
      rejected: [
        { index: 1, id: 'urn:x:no-target', reason: 'item 2 (urn:x:no-target): it has no target' },
        { index: 2, id: 'urn:x:script', reason: 'item 3 (urn:x:script): its target is not a web page' },
        { index: 3, id: 'urn:x:book', reason: 'item 4 (urn:x:book): its target is not a web page' },
        {
          index: 4,
          id: 'urn:x:range',
          reason: 'item 5 (urn:x:range): Glossa cannot find its passage: it has no complete TextQuoteSelector, TextPositionSelector or RangeSelector of XPaths (it has RangeSelector, CssSelector, TextQuoteSelector)',
        },
        { index: 5, id: 'urn:x:date', reason: 'item 6 (urn:x:date): its creation time "yesterday" is not an ISO 8601 time with a time zone' },
        {
          index: 6,
          id: 'urn:x:local-time',
          reason: 'item 7 (urn:x:local-time): its modification time "2024-03-01T10:00:00" is not an ISO 8601 time with a time zone',
        },
        { index: 7, id: 'urn:x:long', reason: 'item 8 (urn:x:long): its text is longer than 100000 characters' },
        { index: 8, id: 'urn:x:tags', reason: 'item 9 (urn:x:tags): it has 51 tags, more than the 50 a note may have' },
        { index: 9, reason: 'item 10: it has no text, no tags and no passage of the page' },
        { index: 10, id: 'urn:x:person', reason: 'item 11 (urn:x:person): it is not an annotation' },
        { index: 11, reason: 'item 12: it is not an annotation' },
      ],
    });
  });

  it('rejects a web page the address rules refuse', () => {
    const options = { ...importOptions(), address: () => null };
    expect(readFile({ type: 'Annotation', id: 'urn:x:1', bodyValue: 'Note', target: OCEAN }, options)).toEqual({
      notes: [],
      rejected: [{ index: 0, id: 'urn:x:1', reason: 'item 1 (urn:x:1): its target is not a web page' }],
    });
  });
});

describe('mergeNotes', () => {
  it('keeps the text, target, title and speaker of the version modified last, the tags of both and the widest times', () => {
    const earlier: Note = { ...oceanQuote, created: '2024-03-09T08:00:00Z', modified: '2024-03-20T08:00:00Z', body: noteBody('Old text', ['climate', 'noaa']) };
    const later: Note = { ...oceanFollowUp, id: oceanQuote.id, created: '2024-03-10T08:00:00Z', modified: '2024-03-21T08:00:00Z' };
    const merged = {
      ...later,
      created: '2024-03-09T08:00:00Z',
      modified: '2024-03-21T08:00:00Z',
      body: noteBody('Follow up: the Met Office publishes its own series next week.', ['climate', 'noaa']),
    };
    expect(mergeNotes(earlier, later)).toEqual(merged);
    expect(mergeNotes(later, earlier)).toEqual(merged);
    expect(mergeNotes(later, earlier)).not.toHaveProperty('speaker');
  });

  it('keeps the note already there when both were modified at the same time', () => {
    const other = { ...oceanQuote, body: noteBody('Same time, other text', ['oceans', 'heat']) };
    expect(mergeNotes(oceanQuote, other)).toEqual({ ...oceanQuote, body: noteBody(oceanQuote.body[0].value, ['climate', 'oceans', 'heat']) });
  });
});

describe('notesMarkdown', () => {
  const labels = { speaker: 'Speaker', tags: 'Tags', wholeArticle: 'On the whole article' };

  it('groups notes by article, newest article first and notes oldest first, with quotes, speakers, text and tags', () => {
    expect(notesMarkdown(allNotes, labels)).toBe(
      [
        `## [Ocean heat hits record high for a second year](${OCEAN})`,
        '',
        '> The oceans are absorbing heat at a rate we have never seen',
        '',
        '*Speaker:* Dr Sarah Jones',
        '',
        'Compare with the NOAA figures for 2023.\\',
        'Ask the desk which baseline they use.',
        '',
        '*Tags:* climate, oceans',
        '',
        '---',
        '',
        '*On the whole article*',
        '',
        'Follow up: the Met Office publishes its own series next week.',
        '',
        `## [La sécheresse menace les récoltes dans le Sud-Ouest](${DROUGHT})`,
        '',
        '*On the whole article*',
        '',
        'À relire avant l’entretien de jeudi : chiffres de la chambre d’agriculture.',
        '',
        '*Tags:* agriculture, eau',
        '',
        '---',
        '',
        '> les nappes phréatiques sont à leur plus bas niveau depuis 1976',
        '',
        `## [ارتفاع أسعار القمح في الأسواق العالمية](${WHEAT})`,
        '',
        '> سنعمل على تأمين مخزون استراتيجي يكفي ستة أشهر',
        '',
        '*Speaker:* وزير الزراعة',
        '',
        'يجب مقارنة هذا التصريح بأرقام العام الماضي.',
        '',
        '*Tags:* اقتصاد, غذاء',
        '',
      ].join('\n'),
    );
    expect(notesMarkdown([], labels)).toBe('');
  });

  it('escapes titles, addresses, quotes, speakers, text and tags so that none becomes a link, heading, list or HTML', () => {
    const hostile: Note = {
      ...oceanQuote,
      target: {
        source: 'https://evil.example/a(b)<c> d',
        selector: quoteAt('# Breaking\n\n- not a list\n1. nor this\n===\n<img src=x onerror=alert(1)>', '', '', 0),
      },
      pageTitle: 'x](javascript:alert(1))',
      speaker: '**Boss**\n# <script>',
      body: noteBody('[click](javascript:alert(1)) & &amp; `code` $x$\n    indented | table |', ['#tag](x)', 'a_b*c']),
    };
    expect(notesMarkdown([hostile], { speaker: 'Orateur', tags: 'Mots-clés', wholeArticle: 'Sur tout l’article' })).toBe(
      [
        '## [x\\](javascript:alert(1))](https://evil.example/a%28b%29%3Cc%3E%20d)',
        '',
        '> \\# Breaking',
        '> ',
        '> \\- not a list\\',
        '> 1\\. nor this\\',
        '> \\===\\',
        '> \\<img src=x onerror=alert(1)\\>',
        '',
        '*Orateur:* \\*\\*Boss\\*\\* \\# \\<script\\>',
        '',
        '\\[click\\](javascript:alert(1)) \\& \\&amp; \\`code\\` \\$x\\$\\',
        'indented \\| table \\|',
        '',
        '*Mots-clés:* \\#tag\\](x), a\\_b\\*c',
        '',
      ].join('\n'),
    );
  });

  it('gives an article without a title its address as title', () => {
    expect(notesMarkdown([{ ...droughtWholeArticle, pageTitle: '' }], labels).split('\n')[0]).toBe(`## [${DROUGHT.replace(/_/g, '\\_')}](${DROUGHT})`);
  });
});
