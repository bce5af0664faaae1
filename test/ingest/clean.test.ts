import { describe, expect, it } from 'vitest';
import { cleanParagraphs, isBoilerplateLine } from '../../src/ingest/clean.ts';

const LONG = 'Chinese startup DeepSeek said it trained its model for under $6 million, a fraction of what American rivals spend, and investors reacted quickly by selling chip stocks across the board.';
const LONG2 = 'Analysts said the claims were hard to verify, but the reaction in markets showed how much money rides on the assumption that frontier models need ever more computing power.';

describe('boilerplate lines', () => {
  it.each([
    'Skip to main content',
    'Skip to content',
    'Already a subscriber? Log in to your account to keep reading. Click the “login” button above.',
    'Please log into your account to continue.',
    'Subscribe now for unlimited access to our journalism.',
    'Sign up for our free AI newsletter',
    'Keep up to date with the latest stories from our team',
    'JOIN THE MOVEMENT',
    'SUBSCRIBE TODAY',
    'Readers help support Example Site. We may get a commission if you buy through our links.',
    'We may earn a commission when you buy through links on our site.',
    'Read our disclosure page to find out more',
    'Tooltip Icon',
    'Reading time icon 3 min. read',
    '5 min read',
    'Advertisement',
    'Story continues below advertisement',
    'Article continues after the ad.',
    'Press inquiries: media@example.org',
    'Enjoyed this article? Tell a friend.',
    'This story originally appeared in print on page A3.',
    'Share this story: X [Facebook] [LinkedIn]',
    'Listen to the whole interview wherever you get your podcasts.',
    '© 2025 Example Media Inc. All rights reserved.',
    'Copyright 2024 Example News',
    'Please direct questions or comments to [news@example.com]',
    'Share this article',
    'Share on Facebook Share on X Email',
    'Most read',
    'Related articles',
    'Read more: DeepSeek tops the App Store',
    'Photo: Jane Doe for Example',
    'Image credit: Getty Images',
    'DeepSeek headquarters. Photo Illustration by John Doe/Getty Images',
    'Nvidia chief Jensen Huang at CES. (AP Photo/John Locher)',
    'Sam Altman arrives at the White House on January 21, 2025 in Washington, DC',
    'By Jane Smith, staff reporter; Ravi Patel, staff reporter',
    'Updated January 28, 2025 at 9:04 a.m. ET',
    'January 28, 2025',
    'Listen to this article',
    'Listen to the story 4 min',
    'Got a confidential news tip? We want to hear from you.',
    "Don't miss these stories:",
    'Reporting by Jane Doe in London; Editing by John Roe',
    'Additional reporting by Mei Lin',
    'Our Standards: The Example Trust Principles.',
    'Follow us on Bluesky',
    'Privacy Policy',
    'Cookie settings',
    'We use cookies to improve your experience. Accept all',
    'Updated 2 hours ago',
    'WATCH: The chief executive on demand for chips',
    'This article was originally published on The Example.',
    'The chief executive on stage at the keynote. Photo: Jane Doe / Example News',
    'Further reading',
  ])('drops %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
    expect(cleanParagraphs([LONG, line, LONG2])).toEqual([LONG, LONG2]);
  });

  it.each([
    'Users can subscribe to ChatGPT Plus for $20 a month.',
    '“Subscribe now or miss out,” the company’s ad said.',
    'By Tuesday, the company had lost $600 billion in market value.',
    'The summit took place on January 20, 2025 in Washington, DC.',
    'Sam Altman said the impact was “wildly overstated.”',
    'Why It Matters',
    'Listen to this article, the union urged its members, before you vote.',
    'Got a tip from a former employee, the reporters checked the logs.',
    'Reporting by the Times showed the chatbot had been trained on pirated books.',
    'Watch the video below, the company urged, before buying the phone.',
    'Key notes',
    'Photos of the event circulated widely, and the company later confirmed the details.',
    LONG,
  ])('keeps %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
    expect(cleanParagraphs([LONG, line, LONG2])).toEqual([LONG, line, LONG2]);
  });
});

describe('sections', () => {
  it('drops everything from a comment-section marker on', () => {
    for (const marker of ['Leave a Reply', 'User forum', 'Comments', '12 comments', '0 messages', 'Join the conversation']) {
      expect(cleanParagraphs([LONG, LONG2, marker, 'Great article!', 'I disagree with “this” take.'])).toEqual([LONG, LONG2]);
    }
  });

  it('drops a list of other stories that closes the article, but only the heading when it comes early', () => {
    expect(cleanParagraphs([LONG, LONG2, LONG, 'More from Example News', 'Another headline', 'Yet another'])).toEqual([LONG, LONG2, LONG]);
    expect(cleanParagraphs(['Related', LONG, LONG2, LONG])).toEqual([LONG, LONG2, LONG]);
  });

  it('drops image markup wherever it is, nested brackets included, and unwraps links', () => {
    expect(
      cleanParagraphs([
        LONG,
        '![[Column] A title [Column] A title](https://img.example.com/a.jpg)',
        'See [the report](https://example.com/r) for ![icon](https://e.com/i.png) details.',
      ]),
    ).toEqual([LONG, 'See the report for details.']);
  });
});

describe('captions', () => {
  it('drops a short name or logo line before a long paragraph', () => {
    expect(cleanParagraphs([LONG, 'Jensen Huang', LONG2])).toEqual([LONG, LONG2]);
    expect(cleanParagraphs([LONG, 'Nvidia Corporate Logo', LONG2])).toEqual([LONG, LONG2]);
  });

  it('keeps headings with function words, lines before short paragraphs, quotes and sentences', () => {
    for (const line of ['What Happens Next', 'Why It Matters', 'The Big Picture', '“Wow”', 'Jensen Huang agreed.']) {
      expect(cleanParagraphs([LONG, line, LONG2])).toEqual([LONG, line, LONG2]);
    }
    expect(cleanParagraphs([LONG, 'Jensen Huang', 'Short reply.'])).toEqual([LONG, 'Jensen Huang', 'Short reply.']);
  });
});

describe('whitespace', () => {
  it('collapses runs of spaces, tabs and non-breaking spaces and trims, keeping quotes verbatim', () => {
    expect(cleanParagraphs(['  He said\u00a0\u00a0 “AI’s   Sputnik\tmoment”  here. '])).toEqual(['He said “AI’s Sputnik moment” here.']);
  });
});
