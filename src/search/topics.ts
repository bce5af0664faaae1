// A thesaurus of AI-news vocabulary: the different words outlets use for one topic, so that
// `/claim chips` also finds "H800" and "GPUs" and `/claim cost` finds "$5.6 million". It holds
// general vocabulary only; no article's sentences are in it, so it serves unseen news the same.

import type { FigureKind } from '../core/answer.ts';
import { foldForMatch } from './terms.ts';

interface Topic {
  /** What autocomplete offers. */
  name: string;
  /** Words that name the topic: typing any of them brings in the whole topic. */
  words: string[];
  /** Words that often accompany the topic but are too general to stand for it ("million"). */
  related: string[];
  /** The figures claims about this topic argue over: a cost is money, chips are counted in chips. */
  figures?: FigureFilter[];
}

export interface FigureFilter {
  kind: FigureKind;
  /** Only figures in this unit ("chips"); any unit of the kind when absent. */
  unit?: string;
  /**
   * Such a figure is about the topic even with none of the topic's words beside it: a sum of money
   * is a cost, a count of chips is about chips. A sum of money is not by itself about the stock market.
   */
  alone?: boolean;
}


const TOPICS: Topic[] = [
  {
    name: 'chips',
    words: ['chips', 'chip', 'gpu', 'gpus', 'semiconductor', 'semiconductors', 'microchip', 'microchips',
      'accelerator', 'accelerators', 'processor', 'processors', 'h100', 'h100s', 'h800', 'h800s', 'h20',
      'a100', 'a100s', 'b200', 'blackwell', 'tpu', 'tpus', 'nvidia', 'chipmaker', 'chipmakers'],
    related: ['graphics processing units', 'amd', 'tsmc', 'intel', 'huawei', 'ascend', 'hardware',
      'computing power', 'compute', 'supercomputers'],
    figures: [{ kind: 'count', unit: 'chips', alone: true }],
  },
  {
    name: 'cost',
    words: ['cost', 'costs', 'price', 'prices', 'pricing', 'spend', 'spent', 'spending', 'budget', 'cheap',
      'cheaper', 'expensive', 'affordable', 'cost-efficiency', 'cost-effective'],
    related: ['million', 'billion', '$', 'dollars', 'training cost', 'fraction of the cost', 'low cost',
      'per token'],
    figures: [{ kind: 'money', alone: true }],
  },
  {
    name: 'stock market',
    words: ['stock market', 'stock', 'stocks', 'shares', 'share price', 'market value', 'market cap',
      'market capitalization', 'nasdaq', 'wall street', 'sell-off', 'selloff', 'shareholders'],
    related: ['trillion', 'billion', 's&p 500', 'dow', 'plunged', 'plummeted', 'tumbled', 'wiped', 'rally',
      'investors'],
    figures: [{ kind: 'money' }, { kind: 'percent' }],
  },
  {
    name: 'models',
    words: ['model', 'models', 'llm', 'llms', 'large language model', 'language model', 'foundation model',
      'reasoning model', 'chatbot', 'chatbots', 'assistant'],
    related: ['release', 'released', 'launch', 'launched', 'version', 'gpt', 'claude', 'gemini', 'llama',
      'mistral', 'grok', 'parameters'],
  },
  {
    name: 'training',
    words: ['training', 'train', 'trained', 'pretraining', 'pre-training', 'fine-tuning', 'fine-tuned',
      'training run'],
    related: ['training data', 'training cost', 'compute', 'gpu hours', 'datasets', 'reinforcement learning'],
  },
  {
    name: 'export controls',
    words: ['export controls', 'export control', 'export ban', 'exports', 'sanctions', 'entity list',
      'commerce department', 'curbs'],
    related: ['restrictions', 'restricted', 'banned', 'smuggling', 'blacklist', 'tariffs', 'china'],
  },
  {
    name: 'regulation',
    words: ['regulation', 'regulations', 'regulator', 'regulators', 'regulate', 'legislation', 'law', 'laws',
      'ai act', 'executive order', 'policy', 'oversight', 'compliance'],
    related: ['lawmakers', 'congress', 'senate', 'white house', 'government', 'rules', 'ban'],
  },
  {
    name: 'funding',
    words: ['funding', 'funds', 'fundraising', 'raise', 'raised', 'raising', 'round', 'venture capital',
      'backed', 'backers'],
    related: ['investors', 'investment', 'valuation', 'billion', 'million', 'series a', 'series b'],
    figures: [{ kind: 'money' }],
  },
  {
    name: 'investment',
    words: ['investment', 'investments', 'invest', 'invested', 'investing', 'investors', 'capex',
      'capital expenditure', 'capital spending'],
    related: ['infrastructure', 'data centers', 'billion', 'trillion', 'funding'],
    figures: [{ kind: 'money' }],
  },
  {
    name: 'valuation',
    words: ['valuation', 'valued', 'worth', 'ipo', 'public offering'],
    related: ['billion', 'trillion', 'investors', 'funding', 'market value'],
    figures: [{ kind: 'money' }],
  },
  {
    name: 'users',
    words: ['users', 'user', 'downloads', 'download', 'downloaded', 'installs', 'subscribers', 'customers',
      'active users', 'adoption', 'popularity', 'app store', 'play store'],
    related: ['million', 'app', 'top-rated', 'most downloaded', 'charts', 'ranking', 'traffic', 'visits'],
    figures: [{ kind: 'count' }],
  },
  {
    name: 'benchmarks',
    words: ['benchmark', 'benchmarks', 'evals', 'evaluations', 'leaderboard', 'outperform', 'outperforms',
      'outperformed', 'performance', 'state of the art', 'sota'],
    related: ['scored', 'scores', 'on par', 'mmlu', 'humaneval', 'arena', 'accuracy', 'tests'],
  },
  {
    name: 'open source',
    words: ['open source', 'open-source', 'open weights', 'open-weight', 'open model', 'open models',
      'openly', 'license'],
    related: ['github', 'hugging face', 'mit license', 'publicly available', 'free', 'published'],
  },
  {
    name: 'distillation',
    words: ['distillation', 'distill', 'distilled', 'distilling', 'copying', 'copied', 'model outputs'],
    related: ['terms of service', 'api', 'theft', 'stole', 'training data', 'without permission',
      'improperly'],
  },
  {
    name: 'data privacy',
    words: ['privacy', 'data', 'personal data', 'user data', 'data protection', 'gdpr', 'surveillance',
      'data collection'],
    related: ['breach', 'leak', 'exposed', 'collected', 'stored', 'servers', 'regulators', 'banned'],
  },
  {
    name: 'security',
    words: ['security', 'cybersecurity', 'hack', 'hacked', 'hackers', 'vulnerability', 'vulnerabilities',
      'jailbreak', 'cyberattack', 'breach'],
    related: ['exploit', 'malware', 'attack', 'exfiltrate', 'suspicious activity'],
  },
  {
    name: 'safety',
    words: ['safety', 'alignment', 'risk', 'risks', 'misuse', 'guardrails', 'harmful', 'existential'],
    related: ['agi', 'superintelligence', 'red team', 'evals', 'dangerous'],
  },
  {
    name: 'censorship',
    words: ['censorship', 'censored', 'censor', 'censors', 'propaganda', 'content moderation'],
    related: ['sensitive topics', 'political', 'refuses', 'refused', 'government'],
  },
  {
    name: 'talent',
    words: ['talent', 'jobs', 'job', 'hiring', 'hires', 'hired', 'layoffs', 'laid off', 'workforce',
      'poaching', 'recruit', 'recruiting'],
    related: ['engineers', 'researchers', 'employees', 'staff', 'workers', 'salaries', 'graduates'],
    figures: [{ kind: 'count' }],
  },
  {
    name: 'energy',
    words: ['energy', 'electricity', 'power grid', 'nuclear', 'gigawatts', 'megawatts', 'emissions',
      'carbon', 'power consumption'],
    related: ['power', 'water', 'cooling', 'data centers', 'utilities'],
  },
  {
    name: 'data centers',
    words: ['data center', 'data centers', 'datacenter', 'datacenters', 'data centre', 'data centres',
      'infrastructure', 'hyperscalers', 'cloud'],
    related: ['servers', 'capacity', 'compute', 'computing power', 'gigawatts', 'billion'],
    figures: [{ kind: 'money' }],
  },
  {
    name: 'lawsuits',
    words: ['lawsuit', 'lawsuits', 'sued', 'sue', 'suing', 'court', 'judge', 'litigation', 'legal action',
      'settlement'],
    related: ['copyright', 'infringement', 'complaint', 'allegations', 'damages'],
  },
  {
    name: 'copyright',
    words: ['copyright', 'copyrighted', 'infringement', 'fair use', 'licensing'],
    related: ['authors', 'publishers', 'artists', 'training data', 'lawsuit'],
  },
  {
    name: 'china',
    words: ['china', 'chinese', 'beijing', 'ccp', 'chinese communist party'],
    related: ['us-china', 'ai race', 'export controls', 'hangzhou', 'shenzhen'],
  },
  {
    name: 'ai race',
    words: ['ai race', 'race', 'competition', 'competitor', 'competitors', 'rival', 'rivals', 'dominance',
      'leadership'],
    related: ['lead', 'catching up', 'ahead', 'behind', 'superpower'],
  },
  {
    name: 'revenue',
    words: ['revenue', 'revenues', 'earnings', 'profit', 'profits', 'sales', 'losses'],
    related: ['quarterly', 'forecast', 'guidance', 'billion', 'million'],
    figures: [{ kind: 'money' }],
  },
  {
    name: 'acquisitions',
    words: ['acquisition', 'acquisitions', 'acquire', 'acquired', 'merger', 'takeover', 'buyout'],
    related: ['deal', 'billion', 'antitrust'],
    figures: [{ kind: 'money' }],
  },
  {
    name: 'agents',
    words: ['agents', 'agent', 'agentic', 'automation', 'autonomous'],
    related: ['tasks', 'workflows', 'assistant'],
  },
  {
    name: 'agi',
    words: ['agi', 'artificial general intelligence', 'superintelligence'],
    related: ['human-level', 'safety', 'existential'],
  },
];

/** "chip" finds the topic that lists "chips", and "benchmark" the one that lists "benchmarks". */
function variants(word: string): string[] {
  return word.endsWith('s') ? [word, word.slice(0, -1)] : [word, `${word}s`];
}

const PHRASES = [...new Set(TOPICS.flatMap((t) => [t.name, ...t.words]).filter((w) => w.includes(' ')))];

/**
 * Words of the typed topic left once the known phrases in it are taken out, so that "data centers"
 * does not also bring in everything filed under "data".
 */
function looseWords(phrase: string): string[] {
  let rest = ` ${phrase} `;
  for (const p of PHRASES) rest = rest.split(` ${p} `).join('  ');
  return rest.split(' ').filter((w) => w !== '');
}

function names(topic: Topic, phrase: string, loose: string[]): boolean {
  const padded = ` ${phrase} `;
  return [topic.name, ...topic.words].some((w) =>
    w.includes(' ') ? padded.includes(` ${w} `) : loose.some((t) => variants(t).includes(w)),
  );
}

function topicsNamedBy(topic: string): Topic[] {
  const phrase = foldForMatch(topic);
  const loose = looseWords(phrase);
  return TOPICS.filter((t) => names(t, phrase, loose));
}

/**
 * The words of the topics the typed words name: `words` stand for a topic ("GPUs" for chips),
 * `related` only keep it company ("million" for cost). Lower-case, no duplicates.
 */
export function topicFamily(topic: string): { words: string[]; related: string[] } {
  const named = topicsNamedBy(topic);
  const words = [...new Set(named.flatMap((t) => [t.name, ...t.words]))];
  const related = [...new Set(named.flatMap((t) => t.related))].filter((w) => !words.includes(w));
  return { words, related };
}

/** The typed words first, then every word of each topic they name; lower-case, no duplicates. */
export function expandTopic(topic: string): string[] {
  const phrase = foldForMatch(topic);
  if (phrase === '') return [];
  const typed = phrase.split(' ');
  const { words, related } = topicFamily(topic);
  return [...new Set([...(typed.length > 1 ? [phrase, ...typed] : typed), ...words, ...related])];
}

/** The kinds of figure the typed topic is about; empty when the topic names none. */
export function topicFigures(topic: string): FigureFilter[] {
  return topicsNamedBy(topic).flatMap((t) => t.figures ?? []);
}

const MAX_SUGGESTIONS = 25;

/** Topic names for autocomplete: those starting with the prefix, then those containing it, then those whose words do. */
export function topicSuggestions(prefix: string): string[] {
  const typed = foldForMatch(prefix);
  const starting = TOPICS.filter((t) => t.name.startsWith(typed));
  const containing = TOPICS.filter((t) => t.name.includes(typed));
  const byWord = TOPICS.filter((t) => t.words.some((w) => w.startsWith(typed)));
  return [...new Set([...starting, ...containing, ...byWord].map((t) => t.name))].slice(0, MAX_SUGGESTIONS);
}
