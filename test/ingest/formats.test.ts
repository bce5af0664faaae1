import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/ingest/parse-article-file.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const parse = (name: string, text: string) => parseArticleFile(name, utf8(text));
const LONG = 'DeepSeek said it trained the model for under $6 million, a claim that rattled investors and pushed chipmakers lower across the board on Monday.';

describe('.txt', () => {
  it('makes each non-empty line a paragraph, with or without blank lines between', () => {
    const out = parse('a.txt', `First line here.\nSecond line here.\n\n\nThird “quoted” line.\n`);
    expect(out.articles[0]!.paragraphs).toEqual(['First line here.', 'Second line here.', 'Third “quoted” line.']);
    expect(out.articles[0]!.file).toBe('a.txt');
  });

  it('reads a headline first line, a byline and a dateline as metadata', () => {
    const out = parse(
      'b.txt',
      `OpenAI Says DeepSeek Copied Its Models\nBy Jane Smith and Ravi Patel, Reuters\nSAN FRANCISCO, Jan. 29, 2025 (Reuters) — ${LONG}\n© 2025 Example Times. All rights reserved.`,
    );
    expect(out.articles[0]!.meta).toEqual({
      title: 'OpenAI Says DeepSeek Copied Its Models',
      outlet: 'Example Times',
      date: '2025-01-29',
      url: null,
      author: 'Jane Smith, Ravi Patel',
    });
    expect(out.articles[0]!.paragraphs).toEqual(['OpenAI Says DeepSeek Copied Its Models', `SAN FRANCISCO, Jan. 29, 2025 (Reuters) — ${LONG}`]);
  });
});

describe('.md', () => {
  it('reads front matter, strips markup and joins a block’s lines into one paragraph', () => {
    const md = [
      '---',
      'title: "DeepSeek shakes the market"',
      'date: 2025-01-27',
      'author: Jane Smith',
      'outlet: Example News',
      'url: https://example.com/deepseek',
      '---',
      '# A heading that is not the title',
      '',
      '![Chart of Nvidia shares](https://example.com/chart.png)',
      '',
      'Nvidia **lost** almost $600 billion',
      'in [market value](https://example.com/mv) on _Monday_, the *largest* drop.',
      '',
      '> “This is AI’s Sputnik moment,” Marc Andreessen wrote.',
      '',
      '- first point',
      '- second `point`',
      '',
      '[ref]: https://example.com',
    ].join('\n');
    const out = parse('m.md', md);
    expect(out.failures).toEqual([]);
    expect(out.articles[0]!.meta).toEqual({
      title: 'DeepSeek shakes the market',
      outlet: 'Example News',
      date: '2025-01-27',
      url: 'https://example.com/deepseek',
      author: 'Jane Smith',
    });
    expect(out.articles[0]!.paragraphs).toEqual([
      'A heading that is not the title',
      'Nvidia lost almost $600 billion in market value on Monday, the largest drop.',
      '“This is AI’s Sputnik moment,” Marc Andreessen wrote.',
      'first point',
      'second point',
    ]);
  });

  it('takes the title from the first # heading when there is no front matter, and keeps snake_case words', () => {
    const out = parse('n.md', `Intro line\n===\n\n# DeepSeek R1 explained\n\nThe file my_model_v2 shipped with *R1*.\n`);
    expect(out.articles[0]!.meta.title).toBe('Intro line');
    expect(out.articles[0]!.paragraphs).toEqual(['Intro line', 'DeepSeek R1 explained', 'The file my_model_v2 shipped with R1.']);
    expect(parse('o.md', `# DeepSeek R1 explained\n\n${LONG}`).articles[0]!.meta.title).toBe('DeepSeek R1 explained');
  });

  it('never keeps the content of raw <script> blocks', () => {
    const out = parse('s.md', `Before text here.\n\n<script>\nalert("pwned")\n</script>\n\nAfter text here.`);
    expect(out.articles[0]!.paragraphs).toEqual(['Before text here.', 'After text here.']);
    const unclosed = parse('u.md', `Kept text here.\n\n<!-- never closed\n\nHidden text.`);
    expect(unclosed.articles[0]!.paragraphs).toEqual(['Kept text here.']);
  });
});

describe('.html', () => {
  const page = `<!doctype html><html><head>
    <title>DeepSeek | Example News</title>
    <meta property="og:title" content="DeepSeek rattles Silicon Valley">
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2025-01-28T09:30:00Z">
    <meta name="author" content="Jane Smith">
    <link rel="canonical" href="https://example.com/news/deepseek">
    <style>p { color: red }</style>
    <script>window.steal = document.cookie</script>
  </head><body onload="alert('x')">
    <header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
    <aside>Most read: something else entirely</aside>
    <main>
      <article>
        <h1>DeepSeek rattles Silicon Valley</h1>
        <p>Nvidia lost almost <b>$600&nbsp;billion</b> in market value &amp; more.</p>
        <figure><img src="x.png" alt="chart"><figcaption>Nvidia shares. Photo: Getty</figcaption></figure>
        <div>Plain div text counts too.<br>After a break.</div>
        <p onclick="steal()">“It’s AI’s Sputnik moment,” Marc Andreessen wrote.</p>
        <!-- a comment that must not show -->
        <ul><li>First point.</li><li>Second point.</li></ul>
        <button>Share</button>
        <form><input value="email"><label>Sign up now for our newsletter</label></form>
        <noscript>Enable JavaScript</noscript>
        <template><p>hidden template</p></template>
        <div hidden>Hidden text.</div>
        <svg><title>icon</title><text>svg text</text></svg>
        <iframe src="https://ads.example.com"></iframe>
      </article>
      <article><p>A teaser for another story.</p></article>
    </main>
    <footer>© 2025 Example News</footer>
  </body></html>`;

  it('keeps the article text in block order and nothing else', () => {
    const out = parse('p.html', page);
    expect(out.failures).toEqual([]);
    expect(out.articles[0]!.paragraphs).toEqual([
      'DeepSeek rattles Silicon Valley',
      'Nvidia lost almost $600 billion in market value & more.',
      'Plain div text counts too.',
      'After a break.',
      '“It’s AI’s Sputnik moment,” Marc Andreessen wrote.',
      'First point.',
      'Second point.',
    ]);
    const all = out.articles[0]!.paragraphs.join(' ');
    for (const never of ['color: red', 'cookie', 'alert', 'steal', 'onclick', 'Enable JavaScript', 'hidden template', 'Hidden text', 'svg text', 'Home', 'teaser', 'comment that', 'Photo: Getty', 'newsletter']) {
      expect(all).not.toContain(never);
    }
  });

  it('reads og:title, og:site_name, article:published_time, author and canonical URL', () => {
    expect(parse('p.html', page).articles[0]!.meta).toEqual({
      title: 'DeepSeek rattles Silicon Valley',
      outlet: 'Example News',
      date: '2025-01-28',
      url: 'https://example.com/news/deepseek',
      author: 'Jane Smith',
    });
  });

  it('falls back to <h1>, then <title>, and to <body> when there is no <article> or <main>', () => {
    const h1 = parse('q.htm', `<html><head><title>Page title</title></head><body><h1>Heading title</h1><p>${LONG}</p></body></html>`);
    expect(h1.articles[0]!.meta.title).toBe('Heading title');
    expect(h1.articles[0]!.paragraphs).toEqual(['Heading title', LONG]);
    const title = parse(
      'r.htm',
      `<title>Page title | Site</title><meta property="og:site_name" content="Site"><aside><time datetime="2024-12-31">old</time></aside>` +
        `<article><p>${LONG}</p><time datetime="2025-02-01">Feb 1</time></article>`,
    );
    expect(title.articles[0]!.meta).toMatchObject({ title: 'Page title', outlet: 'Site', date: '2025-02-01' });
  });

  it('reads the outlet from a <title> that repeats the <h1> and adds the site, when no og:site_name says it', () => {
    const page = parse('s.html', `<title>Chipmakers warn | Markets | Tech Daily</title><h1>Chipmakers warn</h1><p>${LONG}</p>`);
    expect(page.articles[0]!.meta).toMatchObject({ title: 'Chipmakers warn', outlet: 'Tech Daily' });
    const plain = parse('t.html', `<title>Chipmakers warn - a longer tail that is not a site name at all</title><h1>Other heading</h1><p>${LONG}</p>`);
    expect(plain.articles[0]!.meta.outlet).toBeNull();
  });

  it('survives 10,000 levels of nesting', () => {
    const depth = 10_000;
    const html = `<body>${'<div>'.repeat(depth)}<p>Deep “quoted” text.</p>${'</div>'.repeat(depth)}<p>After.</p></body>`;
    const out = parse('deep.html', html);
    expect(out.failures).toEqual([]);
    expect(out.articles[0]!.paragraphs).toEqual(['Deep “quoted” text.', 'After.']);
    const unclosed = parse('deep2.html', `${'<span><b>'.repeat(depth)}Still text.`);
    expect(unclosed.articles[0]!.paragraphs).toEqual(['Still text.']);
  });

  it('reports a page with no text', () => {
    expect(parse('x.html', '<html><script>var a = 1;</script></html>').failures).toEqual([
      { file: 'x.html', reason: 'no text found' },
    ]);
  });
});

describe('.json and .jsonl', () => {
  it('reads one record or an array of records, named file#N', () => {
    const one = parse('one.json', JSON.stringify({ title: 'T', outlet: 'O', date: 'January 22, 2025', text: `${LONG}\n\nSecond.` }));
    expect(one.articles).toEqual([
      { file: 'one.json#1', meta: { title: 'T', outlet: 'O', date: '2025-01-22', url: null, author: null }, paragraphs: [LONG, 'Second.'] },
    ]);
    const many = parse('many.json', JSON.stringify([{ text: 'First record text.' }, { html: '<p>Second <i>record</i>.</p>', url: 'https://e.com/2' }]));
    expect(many.articles.map((a) => [a.file, a.paragraphs, a.meta.url])).toEqual([
      ['many.json#1', ['First record text.'], null],
      ['many.json#2', ['Second record.'], 'https://e.com/2'],
    ]);
  });

  it('reports an invalid record by number and keeps the others', () => {
    const out = parse('mixed.json', JSON.stringify([{ text: 'Good record.' }, { title: 'no body' }, 42]));
    expect(out.articles.map((a) => a.file)).toEqual(['mixed.json#1']);
    expect(out.failures).toEqual([
      { file: 'mixed.json', reason: 'record 2: invalid record (needs a non-empty "text" or "html" field)' },
      { file: 'mixed.json', reason: expect.stringMatching(/^record 3: invalid record \(/) },
    ]);
    expect(parse('bad.json', '{"text": ').failures[0]!.reason).toMatch(/^invalid JSON \(/);
  });

  it('ingests the good lines of a .jsonl file and reports a broken line by its number', () => {
    const lines = [
      JSON.stringify({ title: 'One', text: 'Line one text.' }),
      '',
      '{"title": "Two", "text": "unterminated',
      JSON.stringify({ title: 'Four', html: '<p>Line four text.</p>', author: 'Jane Smith' }),
    ];
    const out = parse('feed.jsonl', lines.join('\n'));
    expect(out.articles.map((a) => [a.file, a.meta.title, a.paragraphs])).toEqual([
      ['feed.jsonl#1', 'One', ['Line one text.']],
      ['feed.jsonl#4', 'Four', ['Line four text.']],
    ]);
    expect(out.articles[1]!.meta.author).toBe('Jane Smith');
    expect(out.failures).toHaveLength(1);
    expect(out.failures[0]!.file).toBe('feed.jsonl');
    expect(out.failures[0]!.reason).toMatch(/^line 3: invalid JSON \(.+\)$/);
  });
});

describe('known metadata', () => {
  it('outranks what the text says, and a stated null stays null', () => {
    const out = parseArticleFile('k.txt', utf8(`A Headline That Reads Well\n${LONG}`), { title: null, outlet: 'Given Outlet' });
    expect(out.articles[0]!.meta).toMatchObject({ title: null, outlet: 'Given Outlet' });
  });
});

it('refuses unsupported file types with the list of supported ones', () => {
  expect(parse('paper.pdf', LONG).failures).toEqual([
    { file: 'paper.pdf', reason: 'unsupported file type .pdf; use .txt, .md, .html, .htm, .json or .jsonl' },
  ]);
});

describe('hard-wrapped plain text', () => {
  it('joins wrapped lines into paragraphs at blank lines, so a quote is not cut mid-sentence', async () => {
    const { plainTextParagraphs } = await import('../../src/ingest/formats/plain-text.ts');
    const text = [
      'Chipmakers rallied on Tuesday after the company said demand for its',
      'accelerators had outrun supply for a third straight quarter.',
      '',
      '"We are sold out through next year, and the backlog keeps',
      'growing," chief executive Dana Whitfield told analysts on a call.',
      'She declined to give a figure for the backlog.',
    ].join('\n');
    expect(plainTextParagraphs(text)).toEqual([
      'Chipmakers rallied on Tuesday after the company said demand for its accelerators had outrun supply for a third straight quarter.',
      '"We are sold out through next year, and the backlog keeps growing," chief executive Dana Whitfield told analysts on a call. She declined to give a figure for the backlog.',
    ]);
  });

  it('keeps one paragraph per line in scraped text, joining only a line broken mid-sentence', async () => {
    const { plainTextParagraphs } = await import('../../src/ingest/formats/plain-text.ts');
    const text = 'Why It Matters\nThe model was trained for a fraction of the cost, the company said.\nAnalysts were not convinced,\nand shares fell.\n';
    expect(plainTextParagraphs(text)).toEqual([
      'Why It Matters',
      'The model was trained for a fraction of the cost, the company said.',
      'Analysts were not convinced, and shares fell.',
    ]);
  });
});
