import { describe, expect, it } from 'vitest';
import { expectAttributions } from '../helpers';
import { expectOnPage, page } from '../pages';

describe('quotations too short to tell from scare quotes by themselves', () => {
  it('count when the clause after them is a verb of saying', () => {
    expectOnPage('en', ['"It\'s over," Ryan Parker said after the vote.', 'The mayor called the plan "fake news" on Monday.'], [["It's over,", 'Ryan Parker']]);
    expectOnPage('de', ['„Nie wieder“, sagte Anna Becker nach der Abstimmung.'], [['Nie wieder', 'Anna Becker']]);
    expectOnPage('fr', ['« Jamais », a répondu Claire Martin à la sortie du conseil.'], [['Jamais', 'Claire Martin']]);
  });

  it('do not count as scare quotes without one', () => {
    const a = page('en', ['The mayor called the plan "fake news" on Monday, and the opposition called it "reckless".']);
    expect(a.quotes).toEqual([]);
  });
});

describe('naming cues', () => {
  it('"what she calls" frames her words and names nothing', () => {
    expectOnPage('en', ['Governor Ruth Adams thanked the nurses for getting through what she calls "a winter of impossible choices."'], [
      ['a winter of impossible choices', 'Ruth Adams'],
    ]);
  });

  it('with a pronoun after them are verbs of saying, and "called for" a demand', () => {
    expectOnPage('en', [
      'Governor Ruth Adams called it "the worst budget this town has ever seen" on Monday.',
      'Councillor Mark Ellison called her "not fit to chair a single committee."',
      'Councillor Anna Brooks called for "a full and independent inquiry into the bridge."',
    ], [
      ['the worst budget this town', 'Ruth Adams'],
      ['not fit to chair', 'Mark Ellison'],
      ['a full and independent inquiry', 'Anna Brooks'],
    ]);
  });

  it('may have an article between them and the name', () => {
    expect(page('en', ['The repair plan, known as the "bridge for every street," was dropped by the council.']).quotes).toEqual([]);
    expect(page('es', ['El plan de obras, conocido como el «puente para cada calle», fue retirado por el pleno.']).quotes).toEqual([]);
    expect(page('fr', ['Le plan de travaux, baptisé le « pont pour chaque rue », a été retiré par le conseil.']).quotes).toEqual([]);
  });
});

describe('names around the verb of saying', () => {
  it('reads through an abbreviation point before a comma, a closing parenthesis or a name', () => {
    expectOnPage('en', [
      '"We will not let this bill pass," Sen. Laura Bishop (D-Ore.) said on Friday.',
      '"The votes are there to override the veto," Senate Majority Leader Tom Hendricks, R-Tenn., said Tuesday.',
      '"This is a sad day for the state," said Rep. G.K. Hollis (D-N.C.), head of the state caucus.',
    ], [
      ['This is a sad day', 'G.K. Hollis'],
      ['We will not let this bill pass', 'Laura Bishop'],
      ['The votes are there to override', 'Tom Hendricks'],
    ]);
  });

  it('never takes a possessive name for the speaker, and reads one before a role as its article', () => {
    expectOnPage('en', [
      'Governor Alan Price said Harper\'s new budget was "a betrayal of every family in this state."',
      'Harper\'s chief of staff said the governor had "not read a single page of the plan."',
    ], [
      ['a betrayal of every family', 'Alan Price'],
      ['not read a single page', "Harper's chief of staff"],
    ]);
  });

  it('reads several honorifics before a name', () => {
    expectOnPage('en', ['"Our troops deserve better than this," said Retired Lt. Gen. Mark Ellison.'], [['Our troops deserve better', 'Mark Ellison']]);
  });

  it('takes the name a comma sets off after a role and its complement, and not a place', () => {
    expectOnPage('en', [
      '"The deficit will grow next year whatever the government claims," said a senior economist at the central bank, Laura Kim.',
    ], [['The deficit will grow next year', 'Laura Kim']]);
    expectOnPage('en', ['"We were never asked," said a spokesman in Berea, Ohio, who gave no name.'], [['We were never asked', 'spokesman']]);
    expectOnPage('de', ['„Die Lage ist ernst“, sagte die Geschäftsführerin des Hilfswerks, Manuela Roth.'], [['Die Lage ist ernst', 'Manuela Roth']]);
    expectOnPage('es', ['«No hay fondos para todos», dijo el presidente del sindicato portuario, Álvaro Ruiz.'], [['No hay fondos para todos', 'Álvaro Ruiz']]);
  });

  it('keeps a name joined by a hyphen whole, or leaves it to the role', () => {
    const a = page('de', ['„Der Arbeitsmarkt bleibt stabil“, sagte der Vorstand der Bundesagentur, Frank-Jürgen Weise.']);
    expect(a.quotes[0].speaker).not.toBe('Frank');
  });

  it('keeps the modifiers between the article and the role noun in the descriptor', () => {
    const a = page('en', ['"We want fair prices," the Ohio businessman said at the rally.']);
    expect(a.quotes[0].speaker).toBe('Ohio businessman');
  });
});

describe('the person a sentence opens with', () => {
  it('speaks a quotation in a sentence with no verb of saying', () => {
    expectOnPage('en', [
      'Mayor Alan Price met the bus drivers on Monday.',
      'In a speech to the chamber of commerce, Governor Ruth Adams attacked "the reckless spending of the last ten years."',
      'Price is promising lower fares and "buses that come on time, every time."',
    ], [
      ['the reckless spending', 'Ruth Adams'],
      ['buses that come on time', 'Alan Price'],
    ]);
    expectOnPage('es', ['La alcaldesa Marta Ruiz defendió el lunes un plan «que no deja a ningún barrio atrás».'], [['que no deja a ningún barrio', 'Marta Ruiz']]);
  });

  it('speaks a quotation making the next sentence of the paragraph by itself', () => {
    expectOnPage('en', [
      '"We will vote against it," said council member Jane Okafor.',
      'Councillor Peter Lang, who chairs the transport committee, has fought the plan for two years. "It will ruin the high street."',
    ], [['It will ruin the high street', 'Peter Lang']]);
    expectOnPage('de', [
      '„Wir stimmen dagegen“, sagte die Abgeordnete Jana Koch.',
      'Der Bürgermeister Peter Lang kämpft seit zwei Jahren gegen den Plan. „Er wird die Innenstadt ruinieren.“',
    ], [['Er wird die Innenstadt ruinieren', 'Peter Lang']]);
  });

  it('is found for a pronoun whose gender the article has not told yet', () => {
    expectOnPage('en', [
      'Governor Ruth Adams spoke first.',
      'Senator Kerr Hollis (D-Ore.) scolded the panel: "You have wasted a year of everyone\'s time," she said.',
    ], [['You have wasted a year', 'Kerr Hollis']]);
  });

  it('is no capitalised word opening a sentence, nor a title set off by commas', () => {
    const a = page('en', [
      'Following a late meeting, the board issued a statement calling the decision "a clear breach of the agreement."',
      'In her book, Open Doors, Ms. Hale described the hospital as "a place where nobody listened to the patients."',
    ]);
    expect(a.speakers.map((s) => s.name)).not.toContain('Following');
    expect(a.speakers.map((s) => s.name)).not.toContain('Open Doors');
  });
});

describe('verbs of saying', () => {
  it('give a participle to the clause\'s subject, or to the person named right before it', () => {
    expectOnPage('en', [
      'Governor Ruth Adams attacked the budget on Tuesday, saying, "This plan robs our children of their future."',
      'The new advert shows footage of Alan Price asking, "Why are the buses always late?"',
    ], [
      ['This plan robs our children', 'Ruth Adams'],
      ['Why are the buses always late', 'Alan Price'],
    ]);
    expectOnPage('es', ['La alcaldesa Marta Ruiz defendió el plan el martes, asegurando que «no habrá más retrasos en las obras».'], [['no habrá más retrasos', 'Marta Ruiz']]);
    expectOnPage('ru', ['Глава комитета Алексей Смирнов поддержал проект, заявив, что «город давно ждал этих перемен».'], [['город давно ждал', 'Алексей Смирнов']]);
    expectOnPage('ar', ['وانتقد وزير المالية خالد منصور في كلمته أمام البرلمان خطة النقل، قائلا: «هذه الميزانية لا تكفي لإصلاح الطرق».'], [['هذه الميزانية لا تكفي', 'خالد منصور']]);
  });

  it('include shouting and chanting', () => {
    expectOnPage('en', [
      'Councillor Anna Brooks walked onto the stage, chanting "Fix the bridge now!"',
      '"Nobody listens to the residents," Alan Price yelled from the public gallery.',
    ], [
      ['Fix the bridge now!', 'Anna Brooks'],
      ['Nobody listens to the residents', 'Alan Price'],
    ]);
  });

  it('are no verbs inside a compound ("so-called")', () => {
    expectOnPage('en', ['Governor Ruth Adams once described the so-called Harbor Plan as "a gift to the developers and nobody else."'], [
      ['a gift to the developers', 'Ruth Adams'],
    ]);
  });

  it('"reported" gives a quotation to the news organisation', () => {
    expectOnPage('en', ['The deal is "the largest the city has signed in a decade," the Riverton Herald reported.'], [['the largest the city has signed', 'Riverton Herald']]);
  });
});

describe('clauses joined by a conjunction', () => {
  it('give the verb after "and" the first clause\'s subject, not the name before "and"', () => {
    expectOnPage('en', ['Senator Tom Hendricks visited the flooded streets of Riverton and said the damage was "far worse than anyone feared."'], [
      ['far worse than anyone feared', 'Tom Hendricks'],
    ]);
    expectOnPage('de', ['Die Ministerin Anna Becker besuchte am Montag die Baustelle in Lindau und sagte: „Wir liegen gut im Zeitplan.“'], [
      ['Wir liegen gut im Zeitplan', 'Anna Becker'],
    ]);
    expectOnPage('fr', ['La ministre Claire Martin a visité le chantier de Lyon et a déclaré : « Nous tiendrons les délais. »'], [
      ['Nous tiendrons les délais', 'Claire Martin'],
    ]);
  });
});

describe('pronouns', () => {
  it('go to the woman the article named, not to a group a paragraph before that set the topic', () => {
    expectOnPage('en', [
      'Attorney General Laura Hale has been in office for two years.',
      'Riverton Rovers fans marched through the centre on Saturday.',
      'She said she did not feel the criticism more than her predecessors.',
      '"People rarely say those things to the attorney general," she said.',
    ], [['People rarely say those things', 'Laura Hale']]);
  });

  it('go to the person who opens the paragraph of their sentence, even after a quotation closing the paragraph before', () => {
    expectOnPage('en', [
      'Mayor Jane Doe said the city would appeal, calling the ruling "a serious mistake."',
      'Kerr Hollis, the county police chief, said the footage did not show "anyone pointing a weapon at the officers," but he said the inquiry would go on.',
    ], [['anyone pointing a weapon', 'Kerr Hollis']]);
  });
});

describe('a quoted transcript', () => {
  it('gives each turn to the speaker its label names (the newspaper or person the article named), and leaves the label out of the quotation', () => {
    const a = page('en', [
      'Governor Ruth Adams spoke to the Riverton Herald on Sunday. Part of the transcript follows:',
      '"HERALD: Will the bridge reopen before the winter, as the council promised in the spring?',
      '"ADAMS: Yes. The repairs are on schedule and the money is already in this year\'s budget."',
    ]);
    expectAttributions(a, [
      ['Will the bridge reopen', 'Riverton Herald'],
      ['The repairs are on schedule', 'Ruth Adams'],
    ]);
    expect(a.quotes.map((q) => q.text.slice(0, 5))).toEqual(['Will ', 'Yes. ']);
    expectOnPage('ru', ['«СМИРНОВ: Мы начнём ремонт набережной весной и закончим его к осени».'], [['Мы начнём ремонт', 'СМИРНОВ']]);
  });
});

describe('words that are not names', () => {
  it('in German, a capitalised word after an article and adjectives is a common noun, not a speaker', () => {
    expectOnPage('de', [
      'Es ging um das schnelle Internet, das Karin Vogt in ihrer Amtszeit zum wichtigsten Ziel erklärt hatte: „Jede Schule bekommt bis zum Sommer schnelles Internet.“',
      'Der Bürgermeister Paul Reiter sprach in seiner ersten großen Rede vor dem Rat: „Wir bauen die Brücke noch in diesem Jahr.“',
    ], [
      ['Jede Schule bekommt', 'Karin Vogt'],
      ['Wir bauen die Brücke', 'Paul Reiter'],
    ]);
  });

  it('in a language that does not capitalise its nouns, a name after an adjective stays a name', () => {
    expectOnPage('en', ['The outspoken Ortega said: "We will not sign this agreement before the elections."'], [['We will not sign', 'Ortega']]);
  });

  it('a run of words in capitals is a heading, and the name after it the speaker', () => {
    expectOnPage('en', [
      'CITY BUDGET PASSES AFTER LONG NIGHT - Laura Finch: "The council finally agreed on the money for the schools and the bridge."',
    ], [['The council finally agreed', 'Laura Finch']]);
    expectOnPage('de', [
      'HAUSHALT NACH LANGER NACHT BESCHLOSSEN - Laura Fink: „Der Rat hat sich endlich auf das Geld für Schulen und Brücke geeinigt.“',
    ], [['Der Rat hat sich endlich', 'Laura Fink']]);
  });
});

describe('a name in the genitive', () => {
  it('is the possessive of the person the article named: never a speaker with the noun beside it, nor the speaker of its noun', () => {
    expectOnPage('de', [
      'Erika Hartmann ist seit sechs Jahren Bürgermeisterin der Stadt.',
      'In der Erklärung zum Rücktritt Hartmanns hieß es am Abend: „Das war überfällig und dringend geboten für die Stadt.“',
      'Hartmanns Nachfolger schrieb am Montag: „Wir brauchen jetzt einen schnellen Neuanfang im Rat.“',
    ], [
      ['Das war überfällig', 'Erklärung'],
      ['Wir brauchen jetzt', null],
    ]);
    expectOnPage('en', [
      'Erika Hartmann has been the mayor of the town for six years.',
      'Hartmann\'s successor wrote on Monday: "We now need a quick new start in the council."',
    ], [['We now need a quick', null]]);
  });
});

describe('a clause opening with a conjunction', () => {
  it('never makes the conjunction a name\'s first word', () => {
    expectOnPage('de', [
      'Der Staatsanwalt Peter Brandl äußerte sich am Dienstag vor dem Gericht in München.',
      'Falls Kowalski verurteilt wird: „Das Urteil wird ein Zeichen für alle Opfer sein.“',
    ], [['Das Urteil wird ein Zeichen', 'Peter Brandl']]);
    expectOnPage('en', [
      'Prosecutor Peter Brandl said on Tuesday in Munich that the trial would end before the summer.',
      'If Kowalski is convicted: "The verdict will be a sign for all the victims."',
    ], [['The verdict will be a sign', 'Peter Brandl']]);
  });
});

describe('a name right after a preposition', () => {
  it('is the subject of a verb of saying right after it ("as the mayor said")', () => {
    expectOnPage('en', ['The repairs went well, as Mayor Jane Doe said: "The new bridge will open before the winter."'], [['The new bridge will open', 'Jane Doe']]);
    expectOnPage('de', ['Die Arbeiten kommen gut voran, wie Bürgermeisterin Jana Dorn sagte: „Die neue Brücke wird noch vor dem Winter eröffnet.“'], [['Die neue Brücke wird', 'Jana Dorn']]);
  });

  it('is never the subject of the verb of saying after it with words between them', () => {
    expectOnPage('en', ['The mayor Jane Doe, on a visit to Riverton, said: "The new bridge will open before the winter."'], [['The new bridge will open', 'Jane Doe']]);
    expectOnPage('de', ['Die Bürgermeisterin Jana Dorn sagte bei einem Besuch in Riverton: „Die neue Brücke wird noch vor dem Winter eröffnet.“'], [['Die neue Brücke wird', 'Jana Dorn']]);
  });
});

describe('an organisation and its publication', () => {
  it('are one speaker: "the Heritage Foundation website", not "website"', () => {
    expectOnPage('en', [
      'The movement grew quickly, as the Riverton Heritage Foundation website notes:',
      '"In the fall of 1960, some ninety young conservatives met at a house in Connecticut and wrote a statement."',
      'The Riverton city council website says: "The bridge will open before the winter, as planned."',
    ], [
      ['In the fall of 1960', 'Riverton Heritage Foundation website'],
      ['The bridge will open', 'Riverton city council website'],
    ]);
    // German writes the two as one compound word; the complement after it says whose it is.
    expectOnPage('de', ['Die Stadtratswebsite von Riverton meldet: „Die Brücke wird wie geplant noch vor dem Winter eröffnet.“'], [
      ['Die Brücke wird wie geplant', 'Stadtratswebsite von Riverton'],
    ]);
  });
});

describe('a verb of quoting', () => {
  it('gives the quotation to the person quoted, not to the outlet quoting them', () => {
    const lead = 'Die Schulreform von Bildungsministerin Petra Lang steht in der Kritik.';
    expectOnPage('de', [`${lead} Ein Radiosender zitierte Lang mit den Worten: „Wir werden die Schulen im Herbst wieder öffnen.“`], [
      ['Wir werden die Schulen im Herbst', 'Petra Lang'],
    ]);
    expectOnPage('de', [`${lead} Mehrere Zeitungen zitierten Lang mit den Worten: „Wir werden die Schulen im Herbst wieder öffnen.“`], [
      ['Wir werden die Schulen im Herbst', 'Petra Lang'],
    ]);
    expectOnPage('en', ['The school reform of Education Minister Petra Lang is under fire. A radio station quoted Lang as saying: "We will reopen the schools in the autumn."'], [
      ['We will reopen the schools', 'Petra Lang'],
    ]);
    expectOnPage('es', ['La reforma escolar de la ministra Petra Lang recibe críticas. Una emisora citó a Lang: «Vamos a reabrir las escuelas en otoño.»'], [
      ['Vamos a reabrir las escuelas', 'Petra Lang'],
    ]);
  });

  it('in the passive, gives it to the subject', () => {
    expectOnPage('de', ['Bildungsministerin Petra Lang wird von der Zeitung mit den Worten zitiert: „Wir werden die Schulen im Herbst wieder öffnen.“'], [
      ['Wir werden die Schulen im Herbst', 'Petra Lang'],
    ]);
  });
});
