// The records of @summitline/events, as authored: each has its EDTF `date`, from which
// `start`, `end` and `precision` are derived (src/dates.ts), never written by hand.
// Each quote is verbatim from its source file at its offset.
import type { AuthoredEvent } from './types.js';

export const records: AuthoredEvent[] = [
  {
    id: 'north-korea-invades-south-1950',
    kind: 'military',
    title: 'North Korea invades South Korea',
    date: '1950-06-25',
    dateAsReported: '1950',
    dateText: 'the year of 1950',
    dateBasis:
      'Public record (Reporter News, “Today in history”; About.com military history, 25 June 2007): North Korean forces crossed into South Korea on 25 June 1950; the article gives only “the year of 1950”.',
    status: 'happened',
    participants: [
      {
        name: 'North Korea',
        country: 'PRK',
      },
    ],
    countries: ['PRK', 'KOR'],
    location: {
      country: 'KOR',
    },
    summary:
      'The invasion of the South that China sent soldiers to support and the Soviet Union backed with military aid.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          'China refuses to return to the year of 1950,” when Beijing sent soldiers to support North Korea’s invasion of the South',
        offset: 2834,
      },
    ],
    cameo: '190',
    plover: 'ASSAULT',
  },
  {
    id: 'china-enters-korean-war-1950',
    kind: 'military',
    title: 'China sends soldiers to support North Korea’s invasion of the South',
    date: '1950-10',
    dateAsReported: '1950',
    dateText: 'the year of 1950',
    dateBasis:
      'Public record (Korean War chronologies: Historydraft; the WN.com archive timeline): Chinese troops crossed the Yalu into Korea in October 1950, on 13 or 19 October as the sources differ, so month precision; the article gives only “the year of 1950”.',
    status: 'happened',
    participants: [
      {
        name: 'China',
        country: 'CHN',
      },
      {
        name: 'North Korea',
        country: 'PRK',
      },
    ],
    countries: ['CHN', 'PRK'],
    summary:
      'Beijing sent troops to back North Korea’s invasion of the South, while the Soviet Union provided military aid.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote: 'when Beijing sent soldiers to support North Korea’s invasion of the South',
        offset: 2880,
      },
    ],
    cameo: '190',
    plover: 'ASSAULT',
    related: [
      {
        id: 'north-korea-invades-south-1950',
        relation: 'follows',
      },
    ],
  },
  {
    id: 'clinton-visit-to-shanghai-2010',
    kind: 'visit',
    title: 'Hillary Clinton visits Shanghai',
    date: '2010-05-21/2010-05-23',
    dateAsReported: '2010',
    dateText: 'in 2010',
    dateBasis:
      'Public record (AFP via Zee News, 21 May 2010; the State Department’s remarks “U.S. Pavilion at Shanghai Expo, Shanghai, China, May 22, 2010”; the department’s briefing of 18 May 2010): Clinton landed in Shanghai on Friday 21 May 2010, toured the Expo and spoke at the USA Pavilion on Saturday 22 May, and left for Beijing on Sunday 23 May; the article gives only 2010.',
    status: 'happened',
    participants: [
      {
        name: 'Hillary Clinton',
        role: 'US Secretary of State',
        country: 'USA',
      },
    ],
    countries: ['USA', 'CHN'],
    location: {
      place: 'Shanghai',
      country: 'CHN',
    },
    summary: 'The last visit to Shanghai by a US secretary of state before Blinken’s in 2024.',
    sources: [
      {
        source: 'pk-blinken-set-to-navigate-pressure',
        quote: 'the first visit by a US secretary of state to Shanghai since Hillary Clinton’s visit in 2010',
        offset: 1555,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'kim-jong-un-takes-power-2011',
    kind: 'inauguration',
    title: 'Kim Jong Un takes power in North Korea',
    date: '2011',
    dateText: 'in 2011',
    dateBasis: 'Stated: 2011.',
    status: 'happened',
    participants: [
      {
        name: 'Kim Jong Un',
        role: 'Leader of North Korea',
        country: 'PRK',
      },
    ],
    countries: ['PRK'],
    summary:
      'Kim became North Korea’s leader; a report by South Korea’s Institute for National Security Strategy called his 2025 trip to Beijing his first appearance at a multilateral diplomatic event since.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote: 'his first appearance at a multilateral diplomatic event since taking power in 2011',
        offset: 5039,
      },
    ],
  },
  {
    id: 'trump-kim-nuclear-diplomacy-collapses-2019',
    kind: 'other',
    title: 'Nuclear diplomacy between Trump and Kim Jong Un collapses',
    date: '2019',
    dateText: 'in 2019',
    dateBasis: 'Stated: 2019.',
    status: 'happened',
    participants: [
      {
        name: 'Donald Trump',
        role: 'President of the United States',
        country: 'USA',
      },
      {
        name: 'Kim Jong Un',
        role: 'Leader of North Korea',
        country: 'PRK',
      },
    ],
    countries: ['USA', 'PRK'],
    summary: 'Talks between the US and North Korean leaders on North Korea’s nuclear programme broke down.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote: 'The two leaders’ nuclear diplomacy collapsed in 2019.',
        offset: 5256,
      },
    ],
    cameo: '164',
    plover: 'SANCTION',
  },
  {
    id: 'xi-visit-to-pyongyang-2019',
    kind: 'visit',
    title: 'Xi Jinping visits Pyongyang',
    date: '2019-06-20/2019-06-21',
    dateAsReported: '2019',
    dateText: 'in 2019',
    dateBasis:
      'Public record (Global Times, 19 June 2019; KBS, 20 June 2019): a state visit of 20–21 June 2019; the article gives only 2019.',
    status: 'happened',
    participants: [
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['CHN', 'PRK'],
    location: {
      place: 'Pyongyang',
      country: 'PRK',
    },
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'Xi Jinping himself visited Pyongyang in 2019',
        offset: 3641,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'wang-yi-visit-to-north-korea-2019',
    kind: 'visit',
    title: 'Wang Yi visits North Korea',
    date: '2019-09-02/2019-09-04',
    dateAsReported: '2019',
    dateText: 'since 2019',
    dateBasis:
      'Public record (Yonhap, 3 and 5 September 2019): his last visit, a three-day trip to Pyongyang from 2 to 4 September 2019; the article says only that Wang Yi has not been to North Korea “since 2019”.',
    status: 'happened',
    participants: [
      {
        name: 'Wang Yi',
        role: 'Foreign Minister of China',
        country: 'CHN',
      },
    ],
    countries: ['CHN', 'PRK'],
    location: {
      country: 'PRK',
    },
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'Wang Yi hasn’t been to the nation since 2019',
        offset: 3948,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'india-china-border-clashes-2020',
    kind: 'military',
    title: 'Deadly border clashes between Chinese and Indian soldiers',
    date: '2020-06-15',
    dateAsReported: '2020',
    dateText: 'in 2020',
    dateBasis:
      'Public record (India’s Ministry of External Affairs, quoted by IndusScrolls; Deccan Herald, 17 June 2020): the deadly clash in the Galwan Valley took place on the late evening and night of Monday 15 June 2020, the first fatal clash on the border since 1975; the article gives only 2020.',
    status: 'happened',
    participants: [
      {
        name: 'Chinese soldiers',
        country: 'CHN',
      },
      {
        name: 'Indian soldiers',
        country: 'IND',
      },
    ],
    countries: ['CHN', 'IND'],
    summary: 'Deadly clashes on the border, after which relations between India and China deteriorated.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote: 'Chinese and Indian soldiers engaged in deadly border clashes in 2020',
        offset: 5773,
      },
    ],
    cameo: '190',
    plover: 'ASSAULT',
  },
  {
    id: 'north-korea-closes-borders-2020',
    kind: 'other',
    title: 'North Korea shuts its borders in the pandemic',
    date: '2020-01',
    dateAsReported: '../2024-04-10',
    dateBasis:
      'Public record (Yonhap, 31 January 2020; Watsupafrica, citing the closure “in late January”): North Korea closed its borders in late January 2020, suspending all air and train routes with China from 31 January; the article, of 10 April 2024, gives no date.',
    status: 'happened',
    participants: [
      {
        name: 'North Korea',
        country: 'PRK',
      },
    ],
    countries: ['PRK'],
    summary:
      'The closure ended even diplomatic exchanges; Zhao Leji’s 2024 visit was the highest-ranking Chinese one since.',
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'since North Korea shut its borders in the course of the pandemic, ending even diplomatic exchanges',
        offset: 3541,
      },
    ],
  },
  {
    id: 'russia-invades-ukraine-2022',
    kind: 'military',
    title: 'Russia launches its full-scale invasion of Ukraine',
    date: '2022-02-24',
    dateAsReported: '2022-02',
    dateText: 'in February 2022',
    dateBasis:
      'Public record (The Filipino Times and ABC’s Good Morning America, 24 February 2022): the invasion began on 24 February 2022; the AP article gives February 2022, the other article only 2022.',
    status: 'happened',
    participants: [
      {
        name: 'Russia',
        country: 'RUS',
      },
    ],
    countries: ['RUS', 'UKR'],
    location: {
      country: 'UKR',
    },
    summary: 'The invasion that led the West to impose sanctions on Russia and to seek to isolate it.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          'the isolation imposed by the West on Russia in the wake of its full-scale invasion of Ukraine in February 2022',
        offset: 3329,
      },
      {
        source: 'pk-blinken-set-to-navigate-pressure',
        quote: 'its efforts to isolate Russia following its invasion of Ukraine in 2022',
        offset: 2015,
      },
    ],
    cameo: '190',
    plover: 'ASSAULT',
  },
  {
    id: 'blinken-visit-to-china-2023',
    kind: 'visit',
    title: 'Blinken visits China, the highest-ranking US visitor in five years',
    date: '2023-06-18/2023-06-19',
    dateAsReported: '2023-06',
    dateText: 'in June',
    dateBasis:
      'Public record (Democracy Now!, 20 June 2023; People’s Daily/Xinhua, 19 June 2023): a two-day visit on 18–19 June 2023; the articles give June 2023 (“Blinken’s last visit in June”, before the November 2023 summit; “in June 2023”).',
    status: 'happened',
    participants: [
      {
        name: 'Antony Blinken',
        role: 'US Secretary of State',
        country: 'USA',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['USA', 'CHN'],
    location: {
      country: 'CHN',
    },
    summary: 'The visit made Blinken the highest-ranking US official to visit China in five years.',
    sources: [
      {
        source: 'pk-blinken-set-to-navigate-pressure',
        quote: 'During that visit, he became the highest-ranking US official to visit China in five years',
        offset: 883,
      },
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'U.S. Secretary of State Antony Blinken’s first journey to China in June 2023',
        offset: 2149,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'xi-receives-blinken-2023',
    kind: 'meeting',
    title: 'Xi Jinping receives Blinken',
    date: '2023-06-19',
    dateAsReported: '2023-06',
    dateBasis:
      'Public record (People’s Daily/Xinhua, 19 June 2023): Xi met Blinken on Monday 19 June 2023; the article gives June 2023.',
    status: 'happened',
    participants: [
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
      {
        name: 'Antony Blinken',
        role: 'US Secretary of State',
        country: 'USA',
      },
    ],
    countries: ['CHN', 'USA'],
    location: {
      country: 'CHN',
    },
    summary:
      'Xi, who rarely meets foreign ministers, made an exception for Blinken’s first trip to China as secretary of state.',
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote:
          'although he additionally made an exception for U.S. Secretary of State Antony Blinken’s first journey to China in June 2023',
        offset: 2102,
      },
    ],
    cameo: '043',
    plover: 'CONSULT',
    related: [
      {
        id: 'blinken-visit-to-china-2023',
        relation: 'part-of',
      },
    ],
  },
  {
    id: 'shoigu-visit-to-north-korea-2023',
    kind: 'visit',
    title: 'Russian Defence Minister Sergei Shoigu visits North Korea',
    date: '2023-07-25/2023-07-27',
    dateAsReported: '2023',
    dateText: 'in 2023',
    dateBasis:
      'Public record (Russia’s defence ministry via UrduPoint, 25 July 2023; AFP via Al Arabiya, 25 July 2023; TASS via The Korea Times US, 26 July 2023): Shoigu arrived in Pyongyang on Tuesday 25 July 2023 for a three-day visit, 25–27 July, to attend the 70th anniversary of the Korean War armistice on 27 July; the article gives only 2023.',
    status: 'happened',
    participants: [
      {
        name: 'Sergei Shoigu',
        role: 'Defence Minister of Russia',
        country: 'RUS',
      },
    ],
    countries: ['RUS', 'PRK'],
    location: {
      country: 'PRK',
    },
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'Russian Protection Minister Sergei Shoigu each visited North Korea in 2023',
        offset: 3791,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'liu-guozhong-visit-to-pyongyang-2023',
    kind: 'visit',
    title: 'Chinese Vice Premier Liu Guozhong visits Pyongyang',
    date: '2023-09-08/2023-09-10',
    dateAsReported: '2023-09',
    dateText: 'in September 2023',
    dateBasis:
      'Public record (Xinhua via gov.cn, 10 September 2023; Al Jazeera, 7 September 2023, citing China’s foreign ministry): the delegation visited from Friday 8 to Sunday 10 September 2023 for the 75th anniversary of North Korea’s founding, which falls on 9 September; the article gives September 2023.',
    status: 'happened',
    participants: [
      {
        name: 'Liu Guozhong',
        role: 'Vice Premier of China',
        country: 'CHN',
      },
    ],
    countries: ['CHN', 'PRK'],
    location: {
      place: 'Pyongyang',
      country: 'PRK',
    },
    summary:
      'Liu went to Pyongyang for the celebrations of the 75th anniversary of North Korea’s founding; before Zhao Leji, he was the highest-ranking Chinese visitor to North Korea in five years.',
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote:
          'Vice Premier Liu Guozhong, who made a visit to Pyongyang in September 2023 to attend celebrations marking the seventy fifth anniversary of North Korea’s founding',
        offset: 4120,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'kim-jong-un-visit-to-russia-2023',
    kind: 'visit',
    title: 'Kim Jong Un visits Russia',
    date: '2023-09-12/2023-09-17',
    dateAsReported: '2023-09',
    dateText: 'in September 2023',
    dateBasis:
      'Public record (Pledge Times/TASS, 13 September 2023; The Straits Times/Reuters, 18 September 2023): Kim entered Russia on 12 September 2023 and left from Artyom on 17 September; the article gives September 2023.',
    status: 'happened',
    participants: [
      {
        name: 'Kim Jong Un',
        role: 'Leader of North Korea',
        country: 'PRK',
      },
    ],
    countries: ['PRK', 'RUS'],
    location: {
      country: 'RUS',
    },
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'Supreme Chief Kim Jong Un visited Russia in September 2023',
        offset: 3871,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'lavrov-visit-to-north-korea-2023',
    kind: 'visit',
    title: 'Lavrov visits North Korea',
    date: '2023-10-18/2023-10-19',
    dateAsReported: '2023',
    dateText: 'in 2023',
    dateBasis:
      'Public record (Korea Herald and Yonhap, 18–19 October 2023): a two-day visit to Pyongyang on 18–19 October 2023; the article gives only 2023.',
    status: 'happened',
    participants: [
      {
        name: 'Sergey Lavrov',
        role: 'Foreign Minister of Russia',
        country: 'RUS',
      },
    ],
    countries: ['RUS', 'PRK'],
    location: {
      country: 'PRK',
    },
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'Lavrov and Russian Protection Minister Sergei Shoigu each visited North Korea in 2023',
        offset: 3780,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'woodside-agreements-2023',
    kind: 'agreement',
    title: 'China agrees to restore military contacts and curb fentanyl chemicals',
    date: '2023-11-15',
    dateAsReported: '2023-11',
    dateBasis:
      'Public record (The Almanac, 15 November 2023): agreed at the summit of Wednesday 15 November 2023; the articles give November 2023.',
    status: 'happened',
    participants: [
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
      {
        name: 'Joe Biden',
        role: 'President of the United States',
        country: 'USA',
      },
    ],
    countries: ['CHN', 'USA'],
    summary:
      'At the summit Xi agreed to restore military-to-military contacts and to crack down on precursor chemicals used to make fentanyl.',
    sources: [
      {
        source: 'pk-blinken-set-to-navigate-pressure',
        quote:
          'Chinese President Xi Jinping agreed to several US requests, including restoring military contacts and cracking down on precursor chemicals',
        offset: 1081,
      },
      {
        source: 'gvs-blinken-visits-china',
        quote: 'agreements on issues like fentanyl trade',
        offset: 722,
      },
    ],
    cameo: '030',
    plover: 'AGREE',
    related: [
      {
        id: 'woodside-summit-2023',
        relation: 'part-of',
      },
    ],
  },
  {
    id: 'woodside-summit-2023',
    kind: 'summit',
    title: 'Xi and Biden hold a summit in Woodside, California',
    date: '2023-11-15',
    dateAsReported: '2023-11',
    dateText: 'in November',
    dateBasis:
      'Public record (The Almanac, 15 November 2023; Palo Alto Online, 14 November 2023): Biden and Xi met at the Filoli estate in Woodside on Wednesday 15 November 2023; one article gives “in November”, after Blinken’s June 2023 visit, the other 2023.',
    status: 'happened',
    participants: [
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
      {
        name: 'Joe Biden',
        role: 'President of the United States',
        country: 'USA',
      },
    ],
    countries: ['CHN', 'USA'],
    location: {
      place: 'Woodside, California',
      country: 'USA',
    },
    summary:
      'The summit that, in Global Village Space’s account, laid the groundwork for improved ties between the two countries.',
    sources: [
      {
        source: 'pk-blinken-set-to-navigate-pressure',
        quote: 'followed by a summit between the presidents of both nations in November',
        offset: 974,
      },
      {
        source: 'gvs-blinken-visits-china',
        quote: 'The Woodside summit between Xi Jinping and Joe Biden in 2023 laid the groundwork for improved ties',
        offset: 764,
      },
    ],
    cameo: '043',
    plover: 'CONSULT',
    related: [
      {
        id: 'blinken-visit-to-china-2023',
        relation: 'follows',
      },
    ],
  },
  {
    id: 'sun-weidong-visit-to-pyongyang-2024',
    kind: 'visit',
    title: 'Chinese Vice Foreign Minister Sun Weidong visits Pyongyang',
    date: '2024-01-25/2024-01-27',
    dateAsReported: '2024-01',
    dateText: 'in January 2024',
    dateBasis:
      'Public record (Korea Herald, 26 January 2024; Dong-A Ilbo, 29 January 2024): he arrived in Pyongyang on Thursday 25 January 2024 and left on Saturday 27 January; the article gives January 2024.',
    status: 'happened',
    participants: [
      {
        name: 'Sun Weidong',
        role: 'Vice Foreign Minister of China',
        country: 'CHN',
      },
    ],
    countries: ['CHN', 'PRK'],
    location: {
      place: 'Pyongyang',
      country: 'PRK',
    },
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'Vice Overseas Minister Solar Weidong additionally visited Pyongyang in January 2024',
        offset: 4283,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'north-korea-reopens-to-russian-tourists-2024',
    kind: 'other',
    title: 'North Korea reopens to foreign tourists with a planeload of Russians',
    date: '2024-02-09',
    dateAsReported: '../2024-04-10',
    dateBasis:
      'Public record (Reuters via Yahoo News and AFP via UrduPoint, 9 February 2024): about 100 Russian tourists flew into Pyongyang on Friday 9 February 2024, the first foreign tour group since the pandemic closure; the article, of 10 April 2024, gives no date.',
    status: 'happened',
    participants: [
      {
        name: 'Russian tourists',
        country: 'RUS',
      },
    ],
    countries: ['RUS', 'PRK'],
    location: {
      country: 'PRK',
    },
    summary:
      'Russians, not the Chinese tourists analysts had expected, were the first foreign visitors North Korea received again as tourists.',
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'A airplane filled with Russians marked North Korea’s return to internet hosting worldwide vacationers',
        offset: 4435,
      },
    ],
    related: [
      {
        id: 'north-korea-closes-borders-2020',
        relation: 'follows',
      },
    ],
  },
  {
    id: 'china-russia-deputy-minister-talks-2024',
    kind: 'meeting',
    title: 'China and Russia hold deputy foreign minister talks on the UN',
    date: '2024-04-03',
    dateAsReported: '2024-04-01/2024-04-07',
    dateText: 'The week earlier than Lavrov arrived',
    dateBasis:
      'Public record (China’s foreign ministry, via EIN Presswire, 3 April 2024): Assistant Foreign Minister Miao Deyu and Russia’s Deputy Foreign Minister Sergey Vershinin held the consultations on the UN and the Security Council on 3 April 2024; the article gives “the week before Lavrov arrived” (8 April 2024), i.e. 1–7 April.',
    status: 'happened',
    participants: [
      {
        name: 'China',
        country: 'CHN',
      },
      {
        name: 'Russia',
        country: 'RUS',
      },
    ],
    countries: ['CHN', 'RUS'],
    summary: 'Talks on coordinating the two countries’ positions at the United Nations and its Security Council.',
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote:
          'The week earlier than Lavrov arrived, China and Russia held deputy overseas minister-level talks on coordination on the United Nations and U.N. Safety Council.',
        offset: 1429,
      },
    ],
    cameo: '040',
    plover: 'CONSULT',
  },
  {
    id: 'kishida-state-visit-to-us-2024',
    kind: 'visit',
    title: 'Japanese Prime Minister Kishida Fumio makes a state visit to the United States',
    date: '2024-04-08/2024-04-12',
    dateAsReported: '2024-04-08/..',
    dateText: 'On April 8, the identical day Kishida arrived in Washington',
    dateBasis:
      'Public record (Yahoo News, “What the Japanese prime minister did in North Carolina”; AP via KVIA, 12 April 2024; Jiji Press via Nippon.com, 13 April 2024): after Washington, Kishida flew to North Carolina on the evening of Thursday 11 April 2024 and spent Friday 12 April there, visiting Toyota and Honda plants and lunching with the governor, the last day of his programme in the United States that the pages give; the article gives his arrival in Washington, April 8 (2024), and has him at the White House on April 11, but gives no last day. North Carolina, in the place, also rests on these pages.',
    status: 'happened',
    participants: [
      {
        name: 'Fumio Kishida',
        role: 'Prime Minister of Japan',
        country: 'JPN',
      },
      {
        name: 'Joe Biden',
        role: 'President of the United States',
        country: 'USA',
      },
    ],
    countries: ['JPN', 'USA'],
    location: {
      place: 'Washington, D.C., and North Carolina',
      country: 'USA',
    },
    summary:
      'Biden hosted Kishida for a state visit, ahead of a trilateral summit with the Philippines that the article calls historic.',
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'As U.S. President Joe Biden hosts Japanese Prime Minister Kishida Fumio for a state go to',
        offset: 7,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'lavrov-visit-to-beijing-2024',
    kind: 'visit',
    title: 'Russian Foreign Minister Sergey Lavrov visits Beijing',
    date: '2024-04-08/2024-04-09',
    dateText: 'On April 8 … a two-day journey',
    dateBasis: 'Stated: began on April 8 (2024) and lasted two days.',
    status: 'happened',
    participants: [
      {
        name: 'Sergey Lavrov',
        role: 'Foreign Minister of Russia',
        country: 'RUS',
      },
      {
        name: 'Wang Yi',
        role: 'Foreign Minister of China',
        country: 'CHN',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['RUS', 'CHN'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary:
      'The visit began on the day Kishida arrived in Washington; countering the United States was, in the article’s words, its “not-so-subtle subtext”.',
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'Russia Overseas Minister Sergey Lavrov started a two-day journey to Beijing',
        offset: 335,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'lavrov-wang-yi-talks-2024',
    kind: 'meeting',
    title: 'Lavrov and Wang Yi hold talks',
    date: '2024-04-09',
    dateAsReported: '2024-04-08/2024-04-09',
    dateBasis:
      'Public record (Russian foreign ministry transcript, “Beijing, April 9, 2024”): the talks were held on 9 April 2024; the article places them in Lavrov’s two-day visit of 8–9 April without saying which day.',
    status: 'happened',
    participants: [
      {
        name: 'Sergey Lavrov',
        role: 'Foreign Minister of Russia',
        country: 'RUS',
      },
      {
        name: 'Wang Yi',
        role: 'Foreign Minister of China',
        country: 'CHN',
      },
    ],
    countries: ['RUS', 'CHN'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary:
      'Lavrov said ties had “surpassed the Cold War military alliance”; China’s spokesperson summed up the talks as opposing unilateralism and hegemonism.',
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote:
          'Throughout his talks with Chinese language Overseas Minister Wang Yi, Lavrov made the comparability express',
        offset: 1777,
      },
    ],
    cameo: '040',
    plover: 'CONSULT',
    related: [
      {
        id: 'lavrov-visit-to-beijing-2024',
        relation: 'part-of',
      },
    ],
  },
  {
    id: 'xi-meets-lavrov-2024',
    kind: 'meeting',
    title: 'Xi Jinping receives Lavrov',
    date: '2024-04-09',
    dateAsReported: '2024-04-08/2024-04-09',
    dateBasis:
      'Public record (The Tribune/Reuters, 9 April 2024): Xi met Lavrov on Tuesday 9 April 2024; the article places the meeting in Lavrov’s two-day visit of 8–9 April without saying which day.',
    status: 'happened',
    participants: [
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
      {
        name: 'Sergey Lavrov',
        role: 'Foreign Minister of Russia',
        country: 'RUS',
      },
    ],
    countries: ['CHN', 'RUS'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary:
      'Xi, who rarely meets foreign ministers, urged China and Russia to work together to unite the Global South.',
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'Lavrov was additionally granted an assembly with Chinese language President Xi Jinping',
        offset: 1962,
      },
    ],
    cameo: '043',
    plover: 'CONSULT',
    related: [
      {
        id: 'lavrov-visit-to-beijing-2024',
        relation: 'part-of',
      },
    ],
  },
  {
    id: 'us-japan-philippines-summit-2024',
    kind: 'summit',
    title: 'Trilateral summit of the US, Japan and the Philippines',
    date: '2024-04-11',
    dateText: 'On April 11',
    dateBasis: 'Stated: April 11 (2024); “tomorrow” against the article’s date, 10 April 2024.',
    status: 'happened',
    participants: [
      {
        name: 'Joe Biden',
        role: 'President of the United States',
        country: 'USA',
      },
      {
        name: 'Fumio Kishida',
        role: 'Prime Minister of Japan',
        country: 'JPN',
      },
      {
        name: 'Ferdinand Marcos Jr.',
        role: 'President of the Philippines',
        country: 'PHL',
      },
    ],
    countries: ['USA', 'JPN', 'PHL'],
    location: {
      place: 'White House, Washington, D.C.',
      country: 'USA',
    },
    summary:
      'Biden, Kishida and Marcos met at the White House for a summit the analysis of 10 April calls historic and reports as planned; the article of about 24 April counts it among US efforts to bolster regional security.',
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote: 'On April 11, the identical day Biden, Kishida, and Marcos will collect on the White Home',
        offset: 412,
      },
      {
        source: 'gvs-blinken-visits-china',
        quote: 'Trilateral summits with Japan and the Philippines',
        offset: 2342,
      },
    ],
    cameo: '043',
    plover: 'CONSULT',
  },
  {
    id: 'zhao-leji-visit-to-north-korea-2024',
    kind: 'visit',
    title: 'Zhao Leji, China’s third-ranking leader, visits North Korea',
    date: '2024-04-11/2024-04-13',
    dateText: 'from April 11-13',
    dateBasis:
      'Stated: April 11–13 (2024). (The opening ceremony of the Friendship Year that Zhao was to attend was held on 12 April, by Xinhua via People’s Daily, 13 April 2024.)',
    status: 'planned',
    participants: [
      {
        name: 'Zhao Leji',
        role: 'Chairman of the NPC Standing Committee',
        country: 'CHN',
      },
    ],
    countries: ['CHN', 'PRK'],
    location: {
      place: 'Pyongyang',
      country: 'PRK',
    },
    summary:
      'China’s third-ranking leader was to pay an official goodwill visit and attend the opening ceremony of the China–North Korea Friendship Year: the highest-ranking Chinese visit since North Korea shut its borders in the pandemic, due to begin on the day of the US–Japan–Philippines summit.',
    sources: [
      {
        source: 'paraphrase-china-partnerships-april-2024',
        quote:
          'will likely be visiting North Korea from April 11-13 “to pay an official goodwill go to and attend the opening ceremony of ‘China-DPRK Friendship 12 months.’”',
        offset: 2900,
      },
    ],
    cameo: '036',
    plover: 'AGREE',
  },
  {
    id: 'blinken-visit-to-china-2024',
    kind: 'visit',
    title: 'US Secretary of State Antony Blinken visits China',
    date: '2024-04-24/2024-04-26',
    dateAsReported: '2024-04-24/..',
    dateText: 'on Wednesday … on Friday',
    dateBasis:
      'Public record (China’s foreign ministry, via People’s Daily/Xinhua, 22 April 2024): the visit ran from 24 to 26 April 2024; the article of about 23 April 2024 has it begin “on Wednesday” in Shanghai (24 April) and reach Beijing “on Friday” (26 April), with no last day.',
    status: 'happened',
    participants: [
      {
        name: 'Antony Blinken',
        role: 'US Secretary of State',
        country: 'USA',
      },
    ],
    countries: ['USA', 'CHN'],
    location: {
      place: 'Shanghai and Beijing',
      country: 'CHN',
    },
    summary:
      'Blinken’s visit opened in Shanghai, with students and business leaders, and went on to Beijing, as the US pressed China over its support for Russia while trying to keep relations stable.',
    sources: [
      {
        source: 'pk-blinken-set-to-navigate-pressure',
        quote:
          'Blinken will commence his visit on Wednesday in Shanghai, where he plans to meet with students and business leaders',
        offset: 1332,
      },
      {
        source: 'gvs-blinken-visits-china',
        quote:
          'As US Secretary of State Antony Blinken embarks on a crucial visit to China, tensions between the United States and the world’s second-largest economy loom large.',
        offset: 237,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'tiktok-divest-or-ban-law-2024',
    kind: 'legislation',
    title: 'Biden to sign law forcing the sale of TikTok or a US ban',
    date: '2024-04-24',
    dateAsReported: '2024-04/..',
    dateBasis:
      'Public record (AP, 25 April 2024): Biden signed the foreign aid package that includes the TikTok measure on Wednesday 24 April 2024; the article, of about 23 April 2024, says only that he “intends to sign”.',
    status: 'planned',
    participants: [
      {
        name: 'Joe Biden',
        role: 'President of the United States',
        country: 'USA',
      },
    ],
    countries: ['USA'],
    summary:
      'New legislation required TikTok to be divested from its Chinese parent company ByteDance or be barred from the US market.',
    sources: [
      {
        source: 'pk-blinken-set-to-navigate-pressure',
        quote:
          'new legislation requiring TikTok to be divested from its Chinese parent company ByteDance or be barred from the American market. President Biden intends to sign this legislation',
        offset: 2577,
      },
    ],
    cameo: '163',
    plover: 'COERCE',
  },
  {
    id: 'blinken-beijing-talks-2024',
    kind: 'meeting',
    title: 'Blinken meets top Chinese officials in Beijing',
    date: '2024-04-26',
    dateText: 'on Friday',
    dateBasis: 'Resolved from “on Friday” against the article of about 23 April 2024: Friday 26 April 2024.',
    status: 'planned',
    participants: [
      {
        name: 'Antony Blinken',
        role: 'US Secretary of State',
        country: 'USA',
      },
    ],
    countries: ['USA', 'CHN'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary:
      'Blinken was expected to urge restraint as Taiwan inaugurated a new leader, and to raise US concerns over Chinese trade practices.',
    sources: [
      {
        source: 'pk-blinken-set-to-navigate-pressure',
        quote:
          'During his visit to Beijing on Friday, Blinken is expected to engage with top Chinese officials, urging for restraint as Taiwan inaugurates a new leader.',
        offset: 427,
      },
    ],
    cameo: '036',
    plover: 'AGREE',
    related: [
      {
        id: 'blinken-visit-to-china-2024',
        relation: 'part-of',
      },
    ],
  },
  {
    id: 'taiwan-presidential-inauguration-2024',
    kind: 'inauguration',
    title: 'Taiwan inaugurates a new leader',
    date: '2024-05-20',
    dateAsReported: '2024',
    dateText: 'as Taiwan inaugurates a new leader',
    dateBasis:
      'Public record (Focus Taiwan/CNA, 20 May 2024): Lai Ching-te was sworn in on Monday 20 May 2024; the article, of about 23 April 2024, reports the inauguration as coming and gives no date.',
    status: 'planned',
    participants: [
      {
        name: 'Taiwan',
        country: 'TWN',
      },
    ],
    countries: ['TWN'],
    sources: [
      {
        source: 'pk-blinken-set-to-navigate-pressure',
        quote: 'urging for restraint as Taiwan inaugurates a new leader',
        offset: 524,
      },
    ],
  },
  {
    id: 'ukrainian-incursion-into-russia-2024',
    kind: 'military',
    title: 'Ukrainian forces launch an incursion into Russian territory',
    date: '2024-08-06',
    dateAsReported: '../2025-09-03',
    dateBasis:
      'Public record (The Moscow Times, 6 August 2024): Ukrainian forces crossed into Russia’s Kursk region on 6 August 2024; the article, of 3 September 2025, names the incursion without a date or place.',
    status: 'happened',
    participants: [
      {
        name: 'Ukraine',
        country: 'UKR',
      },
    ],
    countries: ['UKR', 'RUS'],
    location: {
      country: 'RUS',
    },
    summary: 'The incursion that North Korean troops were sent to help Russian forces repel.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote: 'to help Russian forces to repel a Ukrainian incursion on their territory',
        offset: 4542,
      },
    ],
    cameo: '190',
    plover: 'ASSAULT',
  },
  {
    id: 'north-korea-troops-to-russia-2024',
    kind: 'military',
    title: 'North Korea sends troops and military equipment to help Russia repel a Ukrainian incursion',
    date: '2024-10-08/2025-04-26',
    dateAsReported: '../2025-09-03',
    dateText: 'has sent',
    dateBasis:
      'Public record (KBS, 18 October 2024, citing South Korea’s National Intelligence Service; Al Jazeera and The Kyiv Independent, 26 April 2025): North Korea began shipping troops to Russia on 8 October 2024, and on 26 April 2025 Russia declared the Kursk region retaken, acknowledging the North Korean troops’ part for the first time (Ukraine disputed the claim). The record runs from the first shipment to the end of the operation the article says the troops were sent for; later deployments are not in the article. The article, of 3 September 2025, says only that Kim “has sent” them.',
    status: 'happened',
    participants: [
      {
        name: 'Kim Jong Un',
        role: 'Leader of North Korea',
        country: 'PRK',
      },
    ],
    countries: ['PRK', 'RUS'],
    location: {
      country: 'RUS',
    },
    summary:
      'Kim sent thousands of troops and large supplies of military equipment to help Russian forces repel Ukraine’s incursion into Russian territory.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          'Kim has sent thousands of troops and huge supplies of military equipment to help Russian forces to repel a Ukrainian incursion on their territory.',
        offset: 4469,
      },
    ],
    cameo: '072',
    plover: 'AID',
    related: [
      {
        id: 'ukrainian-incursion-into-russia-2024',
        relation: 'follows',
      },
    ],
  },
  {
    id: 'trump-xi-call-2025-01',
    kind: 'call',
    title: 'Trump and Xi speak by phone before the inauguration',
    date: '2025-01-17',
    dateAsReported: '2025-01',
    dateText: 'three days before Inauguration Day',
    dateBasis:
      'Public record (20th Amendment to the US Constitution): Inauguration Day was 20 January 2025, so “three days before Inauguration Day” is 17 January 2025; the article gives January.',
    status: 'happened',
    participants: [
      {
        name: 'Donald Trump',
        role: 'President of the United States',
        country: 'USA',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['USA', 'CHN'],
    summary: 'They discussed trade and Trump’s demand that China do more to stop fentanyl reaching the United States.',
    sources: [
      {
        source: 'ap-trump-xi-call-trade-talks',
        quote: 'Trump and Xi last spoke in January, three days before Inauguration Day.',
        offset: 11756,
      },
    ],
    cameo: '041',
    plover: 'CONSULT',
  },
  {
    id: 'trump-second-inauguration-2025',
    kind: 'inauguration',
    title: 'Donald Trump is inaugurated for a second term',
    date: '2025-01-20',
    dateAsReported: '2025-01',
    dateText: 'in January',
    dateBasis:
      'Public record (20th Amendment to the US Constitution): a presidential term begins on 20 January, so Inauguration Day was 20 January 2025; the article says Trump “returned to the White House for a second term in January”.',
    status: 'happened',
    participants: [
      {
        name: 'Donald Trump',
        role: 'President of the United States',
        country: 'USA',
      },
    ],
    countries: ['USA'],
    sources: [
      {
        source: 'ap-trump-xi-call-trade-talks',
        quote: 'The Republican president, who returned to the White House for a second term in January',
        offset: 8102,
      },
    ],
  },
  {
    id: 'us-china-tariff-agreement-2025-05',
    kind: 'agreement',
    title: 'US and China agree to cut tariffs while talks continue',
    date: '2025-05-12',
    dateText: 'May 12',
    dateBasis: 'Stated: May 12, in 2025 (the year of the article).',
    status: 'happened',
    participants: [
      {
        name: 'United States',
        country: 'USA',
      },
      {
        name: 'China',
        country: 'CHN',
      },
    ],
    countries: ['USA', 'CHN'],
    summary:
      'US tariffs on Chinese goods fell from 145% to 30% and Chinese duties on US goods from 125% to 10% for 90 days.',
    sources: [
      {
        source: 'ap-trump-xi-call-trade-talks',
        quote:
          'Trade negotiations between the United States and China stalled shortly after a May 12 agreement between the two countries to reduce their tariff rates while talks played out.',
        offset: 9921,
      },
    ],
    cameo: '057',
    plover: 'SUPPORT',
  },
  {
    id: 'us-vows-to-revoke-chinese-student-visas-2025',
    kind: 'statement',
    title: 'US administration vows to revoke some Chinese students’ visas',
    date: '2025-05-28',
    dateAsReported: '2025-01/2025-06',
    dateText: 'has vowed',
    dateBasis:
      'Public record (CNN via KESQ, and One America News, 28 May 2025): Secretary of State Marco Rubio announced on Wednesday 28 May 2025 that the US would “aggressively revoke” visas of Chinese students; the article says only that Trump’s administration, in office since January 2025, “has vowed” it, before its own date (5 June 2025).',
    status: 'happened',
    participants: [
      {
        name: 'Trump administration',
        country: 'USA',
      },
    ],
    countries: ['USA'],
    summary:
      'Trump’s administration vowed to revoke some Chinese students’ visas, though Trump told Xi that the US loved to have Chinese students.',
    sources: [
      {
        source: 'ap-trump-xi-call-trade-talks',
        quote: 'although his administration has vowed to revoke some of their visas',
        offset: 8693,
      },
    ],
    cameo: '132',
    plover: 'THREATEN',
  },
  {
    id: 'trump-post-china-violated-agreement-2025',
    kind: 'statement',
    title: 'Trump says China has violated its agreement with the US',
    date: '2025-05-30',
    dateAsReported: '2025-05-26/2025-06-01',
    dateText: 'last week',
    dateBasis:
      'Public record (Hindustan Times and IBTimes UK, 30 May 2025): posted on Truth Social on Friday 30 May 2025; the article gives “last week”, against its date of Thursday 5 June 2025: the week of 26 May to 1 June.',
    status: 'happened',
    participants: [
      {
        name: 'Donald Trump',
        role: 'President of the United States',
        country: 'USA',
      },
    ],
    countries: ['USA'],
    summary: 'On social media, Trump accused China of having totally violated the May tariff agreement.',
    sources: [
      {
        source: 'ap-trump-xi-call-trade-talks',
        quote:
          '“The bad news is that China, perhaps not surprisingly to some, HAS TOTALLY VIOLATED ITS AGREEMENT WITH US,” Trump posted last week.',
        offset: 12092,
      },
    ],
    cameo: '112',
    plover: 'ACCUSE',
    related: [
      {
        id: 'us-china-tariff-agreement-2025-05',
        relation: 'follows',
      },
    ],
  },
  {
    id: 'trump-post-xi-hard-to-deal-2025',
    kind: 'statement',
    title: 'Trump calls Xi “very tough” and hard to make a deal with',
    date: '2025-06-04',
    dateText: 'one day earlier',
    dateBasis: 'Resolved from “one day earlier” and “posted Wednesday” against the call of Thursday 5 June 2025.',
    status: 'happened',
    participants: [
      {
        name: 'Donald Trump',
        role: 'President of the United States',
        country: 'USA',
      },
    ],
    countries: ['USA'],
    summary: 'On social media, Trump said that he liked Xi but found him extremely hard to make a deal with.',
    sources: [
      {
        source: 'ap-trump-xi-call-trade-talks',
        quote: 'Trump had declared one day earlier that it was difficult to reach a deal with Xi.',
        offset: 8997,
      },
    ],
    cameo: '012',
  },
  {
    id: 'trump-xi-call-2025-06',
    kind: 'call',
    title: 'Trump and Xi speak by phone and agree to resume trade talks',
    date: '2025-06-05',
    dateText: 'Thursday',
    dateBasis: 'Resolved from “Thursday” against the article’s date, Thursday 5 June 2025.',
    status: 'happened',
    participants: [
      {
        name: 'Donald Trump',
        role: 'President of the United States',
        country: 'USA',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['USA', 'CHN'],
    summary:
      'Their first call since Trump returned to office lasted an hour and a half; the two invited each other to visit and agreed that their teams would meet for trade talks. By China’s foreign ministry’s account, Trump initiated the call and Xi asked him to remove the “negative measures” taken against China.',
    sources: [
      {
        source: 'ap-trump-xi-call-trade-talks',
        quote:
          'President Trump said Thursday that his first call with Chinese leader Xi Jinping since returning to office was “very positive,”',
        offset: 7490,
      },
    ],
    cameo: '041',
    plover: 'CONSULT',
  },
  {
    id: 'xi-invites-trump-to-china-2025',
    kind: 'statement',
    title: 'Xi invites Trump to visit China',
    date: '2025-06-05',
    dateText: 'Thursday',
    dateBasis: 'Made during the call of Thursday 5 June 2025, the article’s date, as Trump said after it.',
    status: 'happened',
    participants: [
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
      {
        name: 'Donald Trump',
        role: 'President of the United States',
        country: 'USA',
      },
    ],
    countries: ['CHN', 'USA'],
    summary: 'During their call, Trump said, Xi “graciously” invited him and First Lady Melania Trump to China.',
    sources: [
      {
        source: 'ap-trump-xi-call-trade-talks',
        quote: 'also said Xi “graciously” invited him and First Lady Melania Trump to China',
        offset: 8190,
      },
    ],
    cameo: '036',
    plover: 'AGREE',
    related: [
      {
        id: 'trump-xi-call-2025-06',
        relation: 'part-of',
      },
    ],
  },
  {
    id: 'trump-invites-xi-to-us-2025',
    kind: 'statement',
    title: 'Trump invites Xi to visit the United States',
    date: '2025-06-05',
    dateText: 'Thursday',
    dateBasis: 'Made during the call of Thursday 5 June 2025, the article’s date, in reply to Xi’s invitation.',
    status: 'happened',
    participants: [
      {
        name: 'Donald Trump',
        role: 'President of the United States',
        country: 'USA',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['USA', 'CHN'],
    summary: 'Trump answered Xi’s invitation with his own, for Xi to visit the United States.',
    sources: [
      {
        source: 'ap-trump-xi-call-trade-talks',
        quote: 'Trump reciprocated with his own invitation for Xi to visit the United States',
        offset: 8271,
      },
    ],
    cameo: '036',
    plover: 'AGREE',
    related: [
      {
        id: 'trump-xi-call-2025-06',
        relation: 'part-of',
      },
      {
        id: 'xi-invites-trump-to-china-2025',
        relation: 'follows',
      },
    ],
  },
  {
    id: 'us-china-trade-talks-planned-2025-06',
    kind: 'meeting',
    title: 'US and Chinese trade teams to meet',
    date: '2025-06-09/2025-06-10',
    dateAsReported: '2025-06?',
    dateText: 'shortly',
    dateBasis:
      'Public record (The Straits Times and The Irish Times, 9–10 June 2025): the teams met at Lancaster House in London on 9–10 June 2025; the article, of 5 June, says only that they would meet “shortly at a location to be determined” (June 2025, uncertain).',
    status: 'planned',
    participants: [
      {
        name: 'Scott Bessent',
        role: 'US Treasury Secretary',
        country: 'USA',
      },
      {
        name: 'Howard Lutnick',
        role: 'US Commerce Secretary',
        country: 'USA',
      },
      {
        name: 'Jamieson Greer',
        role: 'US Trade Representative',
        country: 'USA',
      },
      {
        name: 'China',
        country: 'CHN',
      },
    ],
    countries: ['USA', 'CHN'],
    summary:
      'Trade negotiators of both countries were to meet to break the impasse over tariffs and rare-earth supplies.',
    sources: [
      {
        source: 'ap-trump-xi-call-trade-talks',
        quote: '“Our respective teams will be meeting shortly at a location to be determined,” Trump wrote',
        offset: 7764,
      },
    ],
    cameo: '036',
    plover: 'AGREE',
    related: [
      {
        id: 'trump-xi-call-2025-06',
        relation: 'follows',
      },
    ],
  },
  {
    id: 'us-tariffs-india-russian-oil-2025',
    kind: 'other',
    title: 'US imposes 25% tariffs on India over its purchases of Russian oil',
    date: '2025-08-06',
    dateAsReported: '2025?',
    dateBasis:
      'Public record (ABP Live, WION and Fox Business, 6 August 2025): Trump signed the order imposing the extra 25% on Wednesday 6 August 2025, in force from 27 August; the article says only that “the Trump administration imposed” it while the two countries negotiated, before its own date (3 September 2025), which makes it 2025 by inference.',
    status: 'happened',
    participants: [
      {
        name: 'Donald Trump',
        role: 'President of the United States',
        country: 'USA',
      },
    ],
    countries: ['USA'],
    summary: 'The extra tariffs brought combined US tariffs on Indian goods to 50% and stalled trade talks.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          'the Trump administration imposed 25% tariffs for New Delhi’s purchases of Russian oil, bringing the combined tariffs to 50%',
        offset: 6548,
      },
    ],
    cameo: '163',
    plover: 'COERCE',
  },
  {
    id: 'modi-visit-to-china-2025',
    kind: 'visit',
    title: 'Narendra Modi makes his first visit to China since 2020',
    date: '2025-08-30/2025-09-01',
    dateAsReported: '2025-08/2025-09',
    dateText: 'is on his first visit',
    dateBasis:
      'Public record (Business Standard and Zee News, 30–31 August 2025; Hudhud Times, 1 September 2025): Modi landed in Tianjin on the evening of Saturday 30 August 2025 and left after the SCO summit on 1 September; the article has him in China for the SCO meeting of 1 September and gives no first or last day.',
    status: 'happened',
    participants: [
      {
        name: 'Narendra Modi',
        role: 'Prime Minister of India',
        country: 'IND',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['IND', 'CHN'],
    location: {
      country: 'CHN',
    },
    summary: 'Modi’s first trip to China since the deadly border clashes of 2020; he did not attend the parade.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          'Modi is on his first visit to China since relations between the two countries deteriorated after Chinese and Indian soldiers engaged in deadly border clashes in 2020.',
        offset: 5676,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'putin-visit-to-china-2025',
    kind: 'visit',
    title: 'Vladimir Putin visits China',
    date: '2025-08-31/2025-09-03',
    dateAsReported: '2025-08/2025-09',
    dateBasis:
      'Public record (Kremlin and TASS, 31 August 2025): a four-day official visit from 31 August 2025, to Tianjin for the SCO summit and then to Beijing for the parade of 3 September; the article has him at the SCO meeting of 1 September and the parade of 3 September and gives no first or last day.',
    status: 'happened',
    participants: [
      {
        name: 'Vladimir Putin',
        role: 'President of Russia',
        country: 'RUS',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['RUS', 'CHN'],
    location: {
      country: 'CHN',
    },
    summary:
      'Putin’s appearance in Beijing beside other world leaders, which the article reads as the Kremlin’s way of shrugging off Western isolation.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          'For the Kremlin, Putin’s appearance in Beijing alongside major world leaders is another way to shrug off the isolation imposed by the West',
        offset: 3224,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'putin-erdogan-talks-2025',
    kind: 'meeting',
    title: 'Putin and Erdoğan hold talks in China',
    date: '2025-09-01',
    dateAsReported: '2025-08/2025-09',
    dateBasis:
      'Public record (A News and Hürriyet Daily News, 1 September 2025): Erdoğan and Putin met in Tianjin on Monday 1 September 2025, on the sidelines of the SCO summit; the article lists Erdoğan among the leaders Putin met during his visit, without a day.',
    status: 'happened',
    participants: [
      {
        name: 'Vladimir Putin',
        role: 'President of Russia',
        country: 'RUS',
      },
      {
        name: 'Recep Tayyip Erdoğan',
        role: 'President of Turkey',
        country: 'TUR',
      },
    ],
    countries: ['RUS', 'TUR', 'CHN'],
    location: {
      country: 'CHN',
    },
    summary:
      'One of the meetings with world leaders by which, in the article’s reading, Putin took to the world stage as a statesman despite Western isolation.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          'meeting a host of world leaders, including Modi, Turkish President Recep Tayyip Erdogan, and Iranian President Masoud Pezeshkian',
        offset: 3506,
      },
    ],
    cameo: '044',
    plover: 'CONSULT',
    related: [
      {
        id: 'putin-visit-to-china-2025',
        relation: 'part-of',
      },
    ],
  },
  {
    id: 'putin-modi-talks-2025',
    kind: 'meeting',
    title: 'Putin and Modi hold talks in China',
    date: '2025-09-01',
    dateAsReported: '2025-08/2025-09',
    dateBasis:
      'Public record (The Free Press Journal/PTI and TASS, 1 September 2025): Putin and Modi met in Tianjin on Monday 1 September 2025, after the SCO session; the article lists Modi among the leaders Putin met during his visit, without a day.',
    status: 'happened',
    participants: [
      {
        name: 'Vladimir Putin',
        role: 'President of Russia',
        country: 'RUS',
      },
      {
        name: 'Narendra Modi',
        role: 'Prime Minister of India',
        country: 'IND',
      },
    ],
    countries: ['RUS', 'IND', 'CHN'],
    location: {
      country: 'CHN',
    },
    summary:
      'One of the meetings with world leaders by which, in the article’s reading, Putin took to the world stage as a statesman despite Western isolation.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          'meeting a host of world leaders, including Modi, Turkish President Recep Tayyip Erdogan, and Iranian President Masoud Pezeshkian',
        offset: 3506,
      },
    ],
    cameo: '044',
    plover: 'CONSULT',
    related: [
      {
        id: 'putin-visit-to-china-2025',
        relation: 'part-of',
      },
    ],
  },
  {
    id: 'putin-pezeshkian-talks-2025',
    kind: 'meeting',
    title: 'Putin and Pezeshkian hold talks in China',
    date: '2025-09-01',
    dateAsReported: '2025-08/2025-09',
    dateBasis:
      'Public record (L’Orient Today/AFP, 1 September 2025): Putin met Pezeshkian on Monday 1 September 2025, on the sidelines of the SCO summit in Tianjin; the article lists Pezeshkian among the leaders Putin met during his visit, without a day.',
    status: 'happened',
    participants: [
      {
        name: 'Vladimir Putin',
        role: 'President of Russia',
        country: 'RUS',
      },
      {
        name: 'Masoud Pezeshkian',
        role: 'President of Iran',
        country: 'IRN',
      },
    ],
    countries: ['RUS', 'IRN', 'CHN'],
    location: {
      country: 'CHN',
    },
    summary:
      'One of the meetings with world leaders by which, in the article’s reading, Putin took to the world stage as a statesman despite Western isolation.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          'meeting a host of world leaders, including Modi, Turkish President Recep Tayyip Erdogan, and Iranian President Masoud Pezeshkian',
        offset: 3506,
      },
    ],
    cameo: '044',
    plover: 'CONSULT',
    related: [
      {
        id: 'putin-visit-to-china-2025',
        relation: 'part-of',
      },
    ],
  },
  {
    id: 'sco-summit-2025',
    kind: 'summit',
    title: 'Modi, Putin and Xi meet at the Shanghai Cooperation Organization summit',
    date: '2025-09-01',
    dateText: 'Two days earlier',
    dateBasis:
      'Resolved from “Two days earlier” against the parade of Wednesday 3 September 2025; the public record agrees (the SCO heads of state met in Tianjin on 1 September 2025).',
    status: 'happened',
    participants: [
      {
        name: 'Narendra Modi',
        role: 'Prime Minister of India',
        country: 'IND',
      },
      {
        name: 'Vladimir Putin',
        role: 'President of Russia',
        country: 'RUS',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['IND', 'RUS', 'CHN'],
    location: {
      country: 'CHN',
    },
    summary:
      'The leaders of India, Russia and China appeared together at a meeting of the Shanghai Cooperation Organization in China.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          'Two days earlier, Indian Prime Minister Narendra Modi, Russian President Vladimir Putin and Chinese President Xi Jinping huddled together',
        offset: 286,
      },
    ],
    cameo: '044',
    plover: 'CONSULT',
  },
  {
    id: 'kim-jong-un-visit-to-beijing-2025',
    kind: 'visit',
    title: 'Kim Jong Un visits Beijing for the parade',
    date: '2025-09-02/2025-09-04',
    dateAsReported: '2025-08/2025-09',
    dateBasis:
      'Public record (KBS, 4 September 2025; Korea JoongAng Daily, 5 September 2025): Kim arrived in Beijing by train on Tuesday 2 September 2025 and left on the evening of Thursday 4 September; the article has him in Beijing for the parade of Wednesday 3 September and gives no first or last day.',
    status: 'happened',
    participants: [
      {
        name: 'Kim Jong Un',
        role: 'Leader of North Korea',
        country: 'PRK',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['PRK', 'CHN'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary:
      'Kim’s first appearance at a multilateral diplomatic event since taking power in 2011, in the words of a report by South Korea’s Institute for National Security Strategy.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          'The North Korean leader’s trip to Beijing will deepen new ties with Russia while also focusing on the shaky relationship with his nation’s most crucial ally',
        offset: 4275,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'xi-receives-putin-2025',
    kind: 'meeting',
    title: 'Xi Jinping receives Putin in Beijing',
    date: '2025-09-02',
    dateAsReported: '2025-08/2025-09',
    dateBasis:
      'Public record (Africanews and TRT World, 2 September 2025): Xi held talks with Putin in Beijing on Tuesday 2 September 2025; the article mentions “Putin’s reception by Xi” during the week’s gatherings without a day or a place, so both the day and the place, Beijing, rest on these pages.',
    status: 'happened',
    participants: [
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
      {
        name: 'Vladimir Putin',
        role: 'President of Russia',
        country: 'RUS',
      },
    ],
    countries: ['CHN', 'RUS'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary:
      'A reception the article reads as a reminder that Russia still has major trading partners despite Western sanctions.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote: 'And Putin’s reception by Xi is a reminder that Russia still has major trading partners',
        offset: 3636,
      },
    ],
    cameo: '043',
    plover: 'CONSULT',
    related: [
      {
        id: 'putin-visit-to-china-2025',
        relation: 'part-of',
      },
    ],
  },
  {
    id: 'beijing-victory-day-parade-2025',
    kind: 'parade',
    title: 'Military parade in Beijing for the 80th anniversary of the end of World War II',
    date: '2025-09-03',
    dateText: 'Wednesday',
    dateBasis: 'Resolved from “Wednesday” against the article’s date, Wednesday 3 September 2025.',
    status: 'happened',
    participants: [
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
      {
        name: 'Vladimir Putin',
        role: 'President of Russia',
        country: 'RUS',
      },
      {
        name: 'Kim Jong Un',
        role: 'Leader of North Korea',
        country: 'PRK',
      },
    ],
    countries: ['CHN', 'RUS', 'PRK'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary:
      'China marked the 80th anniversary of the end of the Second World War with a military parade, watched by the leaders of China, Russia and North Korea side by side.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          'The leaders of China, North Korea and Russia stood shoulder to shoulder Wednesday as high-tech military hardware and thousands of marching soldiers filled the streets of Beijing.',
        offset: 106,
      },
    ],
    cameo: '150',
    plover: 'MOBILIZE',
  },
  {
    id: 'kim-putin-talks-beijing-2025',
    kind: 'meeting',
    title: 'Kim Jong Un and Putin meet in Beijing',
    date: '2025-09-03',
    dateText: 'on Wednesday',
    dateBasis: 'Resolved from “on Wednesday” against the article’s date, Wednesday 3 September 2025.',
    status: 'happened',
    participants: [
      {
        name: 'Kim Jong Un',
        role: 'Leader of North Korea',
        country: 'PRK',
      },
      {
        name: 'Vladimir Putin',
        role: 'President of Russia',
        country: 'RUS',
      },
    ],
    countries: ['PRK', 'RUS', 'CHN'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary: 'Kim told Putin that helping Russia was a “brotherly obligation”.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote: 'Kim told Putin on Wednesday that “if there’s anything I can do for you and the people of Russia',
        offset: 4666,
      },
    ],
    cameo: '044',
    plover: 'CONSULT',
    related: [
      {
        id: 'kim-jong-un-visit-to-beijing-2025',
        relation: 'part-of',
      },
    ],
  },
  {
    id: 'trump-message-to-xi-conspire-2025',
    kind: 'statement',
    title: 'Trump accuses Xi, Putin and Kim of conspiring against the United States',
    date: '2025-09-02',
    dateAsReported: '2025-09',
    dateBasis:
      'Public record (Local News Wave, “late Tuesday night — US time”; NDTV Profit, 3 September 2025): Trump posted on Truth Social late on Tuesday 2 September 2025, US time, as the parade was being shown; it was already Wednesday 3 September in Beijing, after the parade had begun. The record takes the local day where the post was made, 2 September; the article gives no day.',
    status: 'happened',
    participants: [
      {
        name: 'Donald Trump',
        role: 'President of the United States',
        country: 'USA',
      },
    ],
    countries: ['USA'],
    summary:
      'In a social-media message to Xi, Trump sent regards to Putin and Kim “as you conspire against” the United States.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          '“Please give my warmest regards to Vladimir Putin, and (North Korean leader) Kim Jong Un, as you conspire against The United States of America.”',
        offset: 973,
      },
    ],
    cameo: '112',
    plover: 'ACCUSE',
    related: [
      {
        id: 'beijing-victory-day-parade-2025',
        relation: 'follows',
      },
    ],
  },
  {
    id: 'ushakov-rejects-conspiracy-claim-2025',
    kind: 'statement',
    title: 'Kremlin adviser Yuri Ushakov denies any conspiracy',
    date: '2025-09-03',
    dateAsReported: '2025-09',
    dateBasis:
      'Public record (WION, 3 September 2025): Ushakov answered Trump’s message on Wednesday 3 September 2025; the article gives no day.',
    status: 'happened',
    participants: [
      {
        name: 'Yuri Ushakov',
        role: 'Foreign policy adviser to the Russian president',
        country: 'RUS',
      },
    ],
    countries: ['RUS'],
    summary: 'Putin’s foreign affairs adviser said none of the three leaders had plotted against the United States.',
    sources: [
      {
        source: 'ap-summit-and-parade-china',
        quote:
          '“I want to say that no one has been plotting anything; no one was weaving any conspiracies,” Putin’s foreign affairs adviser, Yuri Ushakov, said about Trump’s social media message.',
        offset: 3975,
      },
    ],
    cameo: '016',
    related: [
      {
        id: 'trump-message-to-xi-conspire-2025',
        relation: 'follows',
      },
    ],
  },
  {
    id: 'carney-xi-talks-apec-2025',
    kind: 'meeting',
    title: 'Carney and Xi hold their first formal talks; Xi invites Carney to China',
    date: '2025-10-31',
    dateAsReported: '2025-10',
    dateText: 'in late October',
    dateBasis:
      'Public record (the Canadian prime minister’s readout, via Newswire, 31 October 2025): the leaders met on 31 October 2025 in Gyeongju, South Korea, on the margins of the APEC leaders’ meeting; the article gives “in late October” (2025, against its date of January 2026).',
    status: 'happened',
    participants: [
      {
        name: 'Mark Carney',
        role: 'Prime Minister of Canada',
        country: 'CAN',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['CAN', 'CHN'],
    summary:
      'The first formal talks between the two countries’ leaders since 2017, at which Xi invited Carney to visit China.',
    sources: [
      {
        source: 'firstpost-china-courts-us-allies',
        quote:
          'Carney and Xi in late October held the first formal talks between the countries’ leaders since 2017, with the Chinese president inviting the Canadian to visit.',
        offset: 1319,
      },
    ],
    cameo: '040',
    plover: 'CONSULT',
  },
  {
    id: 'starmer-dereliction-of-duty-charge-2025',
    kind: 'statement',
    title: 'Starmer calls the Conservatives’ handling of China a “dereliction of duty”',
    date: '2025-12-01',
    dateAsReported: '../2026-01-16',
    dateBasis:
      'Public record (Lordspress and Brief Briefing, 1 December 2025; The London Economic, 2 December 2025): Starmer said it in his foreign policy speech at the Lady Mayor’s Banquet at the Guildhall, London, on Monday 1 December 2025; the article, of 16 January 2026, gives no date.',
    status: 'happened',
    participants: [
      {
        name: 'Keir Starmer',
        role: 'Prime Minister of the United Kingdom',
        country: 'GBR',
      },
    ],
    countries: ['GBR'],
    summary:
      'Starmer accused Britain’s previous Conservative government of letting relations with China deteriorate, which he called a dereliction of duty.',
    sources: [
      {
        source: 'firstpost-china-courts-us-allies',
        quote:
          'Starmer accused Britain’s previous Conservative government of overseeing a deteriorating relationship with China, which he called a “dereliction of duty”.',
        offset: 3296,
      },
    ],
    cameo: '111',
    plover: 'ACCUSE',
  },
  {
    id: 'starmer-visit-to-china-planned-2026',
    kind: 'visit',
    title: 'Planned visit of British Prime Minister Keir Starmer to China',
    date: '2026-01-28/2026-01-31',
    dateAsReported: '2026-01-16/2026-01-31',
    dateText: 'in the second half of January',
    dateBasis:
      'Public record (CNA and Legit.ng, 28 January 2026; Devdiscourse, 30 January 2026; dpa via Anadolu, 31 January 2026): Starmer arrived in Beijing on the evening of Wednesday 28 January 2026, went on to Shanghai on Friday 30 January and flew from there to Tokyo, landing on Saturday 31 January, at the end of a four-day visit to China; the article, of 16 January, has the visit planned in December 2025 (“Last year in December”) for “the second half of January”, i.e. 16–31 January 2026.',
    status: 'planned',
    participants: [
      {
        name: 'Keir Starmer',
        role: 'Prime Minister of the United Kingdom',
        country: 'GBR',
      },
    ],
    countries: ['GBR', 'CHN'],
    location: {
      country: 'CHN',
    },
    summary:
      'The British government planned a China visit for Starmer, which could be postponed over Beijing’s proposed embassy in London.',
    sources: [
      {
        source: 'firstpost-china-courts-us-allies',
        quote:
          'Last year in December, the British government planned a visit to China for Prime Minister Kier Starmer in the second half of January.',
        offset: 2921,
      },
    ],
    cameo: '036',
    plover: 'AGREE',
  },
  {
    id: 'lee-jae-myung-visit-to-china-2026',
    kind: 'visit',
    title: 'South Korean President Lee Jae Myung visits China',
    date: '2026-01-04/2026-01-07',
    dateAsReported: '2025-12/2026-01',
    dateText: 'concluded his historic trip',
    dateBasis:
      'Public record (Korea JoongAng Daily, 4 January 2026): a four-day, three-night state visit from Sunday 4 January 2026, so 4–7 January; the article says only that it ended just before Carney’s visit of January 2026 began.',
    status: 'happened',
    participants: [
      {
        name: 'Lee Jae Myung',
        role: 'President of South Korea',
        country: 'KOR',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['KOR', 'CHN'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary: 'The first visit to Beijing by a South Korean leader in six years.',
    sources: [
      {
        source: 'firstpost-china-courts-us-allies',
        quote: 'Lee Jae Myung became the first South Korean leader to visit the Chinese capital in six years',
        offset: 2452,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'north-korea-ballistic-missile-launch-2026',
    kind: 'military',
    title: 'North Korea fires two ballistic missiles into the Sea of Japan',
    date: '2026-01-04',
    dateAsReported: '2025-12/2026-01',
    dateText: 'a day after',
    dateBasis:
      'Public record (Korea JoongAng Daily and Reuters, 4 January 2026): fired from near Pyongyang at about 7:50 a.m. on Sunday 4 January 2026, as Lee left for China; the article places it the day before the Lee–Xi meeting and gives no day.',
    status: 'happened',
    participants: [
      {
        name: 'North Korea',
        country: 'PRK',
      },
    ],
    countries: ['PRK'],
    location: {
      place: 'Sea of Japan',
    },
    summary: 'North Korea launched two ballistic missiles the day before the South Korean and Chinese leaders met.',
    sources: [
      {
        source: 'firstpost-china-courts-us-allies',
        quote:
          'his meeting with Xi came a day after the nuclear-armed North fired two ballistic missiles into the Sea of Japan',
        offset: 2549,
      },
    ],
    cameo: '150',
    plover: 'MOBILIZE',
  },
  {
    id: 'lee-xi-summit-2026',
    kind: 'summit',
    title: 'Lee and Xi hold a 90-minute summit in Beijing',
    date: '2026-01-05',
    dateAsReported: '2025-12/2026-01',
    dateText: 'a day after',
    dateBasis:
      'Public record (Korea JoongAng Daily, 4 January 2026; Liabooks, 5 January 2026): the summit was held on Monday 5 January 2026, the day after North Korea’s launch of 4 January, as the article’s “a day after” requires; the article gives no day.',
    status: 'happened',
    participants: [
      {
        name: 'Lee Jae Myung',
        role: 'President of South Korea',
        country: 'KOR',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['KOR', 'CHN'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary:
      'Xi urged Lee to make the “right strategic choices”; the two agreed on peace and stability on the Korean Peninsula and on resuming dialogue with North Korea.',
    sources: [
      {
        source: 'firstpost-china-courts-us-allies',
        quote:
          'At their 90-minute summit, Lee and Xi agreed on the importance of peace and stability on the Korean Peninsula and the resumption of dialogue with North Korea',
        offset: 2694,
      },
    ],
    cameo: '043',
    plover: 'CONSULT',
    related: [
      {
        id: 'lee-jae-myung-visit-to-china-2026',
        relation: 'part-of',
      },
      {
        id: 'north-korea-ballistic-missile-launch-2026',
        relation: 'follows',
      },
    ],
  },
  {
    id: 'merz-visit-to-india-2026',
    kind: 'visit',
    title: 'German Chancellor Friedrich Merz visits India',
    date: '2026-01-12/2026-01-13',
    dateAsReported: '2026-01',
    dateText: 'earlier this month',
    dateBasis:
      'Public record (Outlook India, 11 January 2026; NDTV, 12 January 2026): a two-day visit on 12–13 January 2026, to Ahmedabad and Bengaluru; the article gives “earlier this month” against its date, 16 January 2026.',
    status: 'happened',
    participants: [
      {
        name: 'Friedrich Merz',
        role: 'Chancellor of Germany',
        country: 'DEU',
      },
    ],
    countries: ['DEU', 'IND'],
    location: {
      country: 'IND',
    },
    summary:
      'Merz made a high-profile trip to India before going to China, signalling a push to diversify Germany’s economic ties.',
    sources: [
      {
        source: 'firstpost-china-courts-us-allies',
        quote:
          'Merz prioritised a high-profile trip to India earlier this month to signal a shift toward economic diversification',
        offset: 3639,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
  },
  {
    id: 'carney-visit-to-china-2026',
    kind: 'visit',
    title: 'Canadian Prime Minister Mark Carney visits China',
    date: '2026-01-14/2026-01-17',
    dateAsReported: '2026-01',
    dateText: 'is in Beijing',
    dateBasis:
      'Public record (Xinhua via People’s Daily, 15 January 2026): Carney arrived in Beijing on Wednesday 14 January 2026 for an official visit through Saturday 17 January; the article has him in Beijing on its date, Friday 16 January 2026, and gives no first or last day.',
    status: 'happened',
    participants: [
      {
        name: 'Mark Carney',
        role: 'Prime Minister of Canada',
        country: 'CAN',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['CAN', 'CHN'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary:
      'Carney travelled to Beijing to mend relations with China; his office said the visit would aim to elevate engagement on trade, energy, agriculture and international security.',
    sources: [
      {
        source: 'firstpost-china-courts-us-allies',
        quote:
          'Canadian Prime Minister Mark Carney is in Beijing to hold talks with Chinese President Xi Jinping and mend diplomatic relations with China',
        offset: 422,
      },
    ],
    cameo: '042',
    plover: 'CONSULT',
    related: [
      {
        id: 'carney-xi-talks-apec-2025',
        relation: 'realizes',
      },
    ],
  },
  {
    id: 'carney-xi-talks-beijing-2026',
    kind: 'meeting',
    title: 'Carney and Xi hold talks in Beijing',
    date: '2026-01-16',
    dateText: 'On Friday',
    dateBasis: 'Resolved from “On Friday” against the article’s date, Friday 16 January 2026.',
    status: 'happened',
    participants: [
      {
        name: 'Mark Carney',
        role: 'Prime Minister of Canada',
        country: 'CAN',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['CAN', 'CHN'],
    location: {
      place: 'Great Hall of the People, Beijing',
      country: 'CHN',
    },
    summary:
      'The first meeting of Canadian and Chinese leaders in Beijing in eight years, on trade, energy, agriculture and international security.',
    sources: [
      {
        source: 'firstpost-china-courts-us-allies',
        quote:
          'On Friday, Carney began talks with Xi, marking the first meeting between the countries’ leaders in China’s capital in eight years.',
        offset: 622,
      },
    ],
    cameo: '043',
    plover: 'CONSULT',
    related: [
      {
        id: 'carney-visit-to-china-2026',
        relation: 'part-of',
      },
    ],
  },
  {
    id: 'merz-visit-to-china-planned-2026',
    kind: 'visit',
    title: 'Planned visit of German Chancellor Friedrich Merz to China',
    date: '2026-02-25/2026-02-26',
    dateAsReported: '2026-02',
    dateText: 'in February 2026',
    dateBasis:
      'Public record (Xinhua via People’s Daily, 24 and 25 February 2026): China’s foreign ministry announced an official visit from 25 to 26 February 2026, and Merz arrived in Beijing on Wednesday 25 February for a visit through Thursday 26 February; the article gives “scheduled to visit China in February 2026”.',
    status: 'planned',
    participants: [
      {
        name: 'Friedrich Merz',
        role: 'Chancellor of Germany',
        country: 'DEU',
      },
    ],
    countries: ['DEU', 'CHN'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary:
      'Merz was scheduled to visit Beijing to stabilise relations with Germany’s largest trading partner and secure market access for German industry.',
    sources: [
      {
        source: 'firstpost-china-courts-us-allies',
        quote: 'Chancellor Friedrich Merz is scheduled to visit China in February 2026',
        offset: 3473,
      },
    ],
    cameo: '036',
    plover: 'AGREE',
  },
  {
    id: 'us-china-summit-planned-spring-2026',
    kind: 'summit',
    title: 'Planned summit between Washington and Beijing',
    date: '2026-05-14/2026-05-15',
    dateAsReported: '2026-03~/2026-05~',
    dateText: 'later this spring',
    dateBasis:
      'Public record (India Today, 25 November 2025; LaPresse, 25 March 2026; AP via Manila Bulletin, 13 May 2026; BBC, 15 May 2026): on 24 November 2025, before the article, Trump said he had accepted Xi’s invitation to visit Beijing in April 2026; the visit was put back, and the two leaders held their summit in Beijing on 14–15 May 2026, Trump having arrived on 13 May. The leaders and the place also rest on these pages. The article, of 16 January 2026, gives “later this spring”: spring 2026, taken as March to May, both ends approximate (~).',
    status: 'planned',
    participants: [
      {
        name: 'Donald Trump',
        role: 'President of the United States',
        country: 'USA',
      },
      {
        name: 'Xi Jinping',
        role: 'President of China',
        country: 'CHN',
      },
    ],
    countries: ['USA', 'CHN'],
    location: {
      place: 'Beijing',
      country: 'CHN',
    },
    summary:
      'A summit between Washington and Beijing planned for the spring of 2026, ahead of which Merz’s visit was seen as a precursor.',
    sources: [
      {
        source: 'firstpost-china-courts-us-allies',
        quote: 'a planned summit between Washington and Beijing later this spring',
        offset: 4421,
      },
    ],
    cameo: '036',
    plover: 'AGREE',
    related: [
      {
        id: 'xi-invites-trump-to-china-2025',
        relation: 'realizes',
      },
    ],
  },
];
