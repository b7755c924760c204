// The articles the records of @summitline/events were read from, one entry per article,
// each with its own date as resolved and the sha256 of its text file.
import type { Source } from './types.js';

export const sources: Source[] = [
  {
    id: 'paraphrase-china-partnerships-april-2024',
    file: '004_9dc730eee499aad9.txt',
    publisher: 'Unnamed website (a machine-paraphrased copy of a news analysis)',
    headline:
      'Untitled analysis of China’s partnerships with Russia and North Korea, beginning “As U.S. President Joe Biden hosts Japanese Prime Minister Kishida Fumio…”',
    published: '2024-04-10',
    publishedBasis:
      'The page carries no date or headline. It calls the U.S.–Japan–Philippines trilateral, which it dates to April 11, the meeting “to satisfy tomorrow” (to meet tomorrow), and Zhao Leji’s 11–13 April visit as upcoming “this week”, so it was written on 10 April 2024.',
    sha256: 'ef280860a36767cd692354d8b9cd9038e06e433a6a9ec1a721aba9e7a390024e',
  },
  {
    id: 'pk-blinken-set-to-navigate-pressure',
    file: '003_090c7ad120188a00.txt',
    publisher: 'Unnamed Pakistani news website (the page names no publisher or author)',
    headline: 'Blinken Set to Navigate Pressure and Pursue Stability in China Visit',
    published: '2024-04-23?',
    publishedBasis:
      'Blinken “is scheduled to visit China on Wednesday” and “will commence his visit on Wednesday in Shanghai”; his visit opened in Shanghai on Wednesday 24 April 2024, so the article precedes that day. It says President Biden “intends to sign” the TikTok bill, which Congress sent him on 23 April and he signed on 24 April, so it dates from about 23 April 2024 (uncertain: 22 April is also possible). The sidebars (Eid ul-Adha 2024, later Pakistani news) are page furniture from later dates.',
    sha256: '4e08340c465b20fcbfdb4d0e00386c3870277ae4f281915c102828c1cb0133bf',
  },
  {
    id: 'gvs-blinken-visits-china',
    file: '002_e3a9404c38999bd3.txt',
    publisher: 'Global Village Space',
    headline: 'US Secretary Antony Blinken visits China',
    published: '2024-04-24~',
    publishedBasis:
      'The page shows “Wednesday, May 22, 2024”, but that is the site’s display date: the article reports Blinken as he “embarks on a crucial visit to China”, which began on Wednesday 24 April 2024 (the date the companion article 003 resolves), and links an item on Iran’s strikes on Israel of mid-April. So the article dates from about 24 April 2024.',
    sha256: '7f05c197a0815ad74d6a2aed1a2ff252db74d4b0a9e648dab103efa9c6e57b25',
  },
  {
    id: 'ap-trump-xi-call-trade-talks',
    file: '001_860d12fbc20625a9.txt',
    publisher: 'Associated Press',
    headline: 'Trump says after Xi call that U.S. and China will resume trade talks',
    published: '2025-06-05',
    publishedBasis:
      'The second article in the file. “President Trump said Thursday that his first call with Chinese leader Xi Jinping since returning to office” took place; the text places it after the “May 12 agreement” and the 90-day tariff truce, within weeks of it (“Trump posted last week”). The first Trump–Xi call of his second term was on Thursday 5 June 2025, the day of the article.',
    sha256: '46acee78f50a52f17b56b85d06c498a39f8df3a0bb2ae0108474070ce08a7c39',
  },
  {
    id: 'ap-summit-and-parade-china',
    file: '001_860d12fbc20625a9.txt',
    publisher: 'Associated Press',
    headline: 'A summit and parade in China may signal a geopolitical shift. They might also be political jockeying',
    published: '2025-09-03',
    publishedBasis:
      'The first article in the file. The leaders “stood shoulder to shoulder Wednesday” at Beijing’s parade for “the 80th anniversary of the end of World War II”, which was held on Wednesday 3 September 2025; the article reports it as news of the same day (“this week”).',
    sha256: '46acee78f50a52f17b56b85d06c498a39f8df3a0bb2ae0108474070ce08a7c39',
  },
  {
    id: 'firstpost-china-courts-us-allies',
    file: '000_26ab779d753d2dad.txt',
    publisher: 'Firstpost',
    headline: 'China’s new game of courting US allies spurned by Trump',
    published: '2026-01-16',
    publishedBasis:
      '“Carney is in Beijing”, and “On Friday, Carney began talks with Xi”; the article refers to Merz’s February 2026 visit as upcoming and to December as “last year”, so it is January 2026. Carney met Xi at the Great Hall of the People on Friday 16 January 2026, and the article reports the talks as they began, on that day.',
    sha256: '654f3d5e4e8cfdeae7ba8411713137caa094230aae4f62df4146a490158145d4',
  },
];
