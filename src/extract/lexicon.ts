// Word lists the extractor reasons with. They describe English news prose in general, never
// particular articles.

/** Verbs (and verb forms) that report speech or writing. */
export const SPEECH_VERBS = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote',
  'written', 'writing', 'post', 'posts', 'posted', 'posting', 'tweet', 'tweets', 'tweeted',
  'tweeting', 'add', 'adds', 'added', 'adding', 'state', 'states', 'stated', 'stating', 'note',
  'notes', 'noted', 'noting', 'explain', 'explains', 'explained', 'explaining', 'argue', 'argues',
  'argued', 'arguing', 'claim', 'claims', 'claimed', 'claiming', 'respond', 'responds',
  'responded', 'responding', 'reply', 'replies', 'replied', 'replying', 'ask', 'asks', 'asked',
  'asking', 'continue', 'continues', 'continued', 'insist', 'insists', 'insisted', 'insisting',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', 'admit', 'admits', 'admitted',
  'warn', 'warns', 'warned', 'warning', 'caution', 'cautions', 'cautioned', 'predict', 'predicts',
  'predicted', 'declare', 'declares', 'declared', 'announce', 'announces', 'announced', 'comment',
  'comments', 'commented', 'remark', 'remarks', 'remarked', 'recall', 'recalls', 'recalled',
  'counter', 'counters', 'countered', 'quip', 'quips', 'quipped', 'joke', 'jokes', 'joked',
  'emphasise', 'emphasised', 'emphasize', 'emphasizes', 'emphasized', 'stress', 'stresses',
  'stressed', 'conclude', 'concludes', 'concluded', 'suggest', 'suggests', 'suggested',
  'suggesting', 'call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'dubbing',
  'describe', 'describes', 'described', 'describing', 'term', 'termed', 'label', 'labelled',
  'labeled', 'share', 'shares', 'shared', 'concede', 'conceded', 'concedes', 'observe',
  'observed', 'observes', 'maintain', 'maintained', 'maintains', 'agree', 'agreed', 'agrees',
  'tout', 'touted', 'touts', 'boast', 'boasted', 'boasts', 'vow', 'vowed', 'vows', 'promise',
  'promised', 'promises', 'urge', 'urged', 'urges', 'complain', 'complained', 'complains',
  'point', 'points', 'pointed', 'mused', 'muses', 'wonder', 'wondered', 'wonders', 'confirm',
  'confirmed', 'confirms', 'deny', 'denied', 'denies', 'reiterate', 'reiterated', 'reiterates',
  'blog', 'blogged', 'testify', 'testified', 'spoke', 'speaks', 'told', 'repeat', 'repeated', 'quote', 'quoted',
  'characterise', 'characterised', 'characterize', 'characterized', 'brand', 'branded',
  'interjected', 'interrupted', 'retorted', 'retorts', 'snapped', 'chimed', 'echoed', 'echoes',
  'objected', 'objects', 'protested', 'pleaded', 'demanded', 'demands', 'proclaimed', 'exclaimed',
  'whispered', 'shouted', 'yelled', 'sighed', 'murmured', 'answered', 'answers', 'disagreed',
  'disagrees', 'conceded', 'predicts', 'cautions', 'suggests', 'lamented', 'laments', 'mused',
  'scoffed', 'grumbled', 'groused', 'bragged', 'gushed', 'hinted', 'hints', 'summarised',
  'summarized', 'texted', 'emailed', 'messaged', 'recounted', 'recounts', 'reflected', 'reflects',
]);

/** Words that may stand between a subject and its speech verb: "Musk also wrote", "she had said". */
export const VERB_PREFIX_WORDS = new Set([
  'also', 'always', 'usually', 'sometimes', 'has', 'have', 'had', 'recently', 'initially', 'later',
  'then', 'once', 'previously',
  'earlier', 'repeatedly', 'publicly', 'reportedly', 'would', 'will', 'did', 'does', 'do', 'just',
  'even', 'only', 'first', 'further', 'never', 'often', 'simply', 'famously', 'again', 'flatly',
  'quickly', 'bluntly', 'openly', 'privately', 'separately', 'similarly', 'likewise', 'finally',
  'subsequently', 'since', 'already', 'still', 'was', 'were', 'is', 'are', 'been', 'being',
  'may', 'might', 'could', 'should', 'can', 'has', 'not', 'allegedly', 'apparently', 'jokingly',
  'sharply', 'tersely', 'curtly', 'cheerfully', 'angrily', 'proudly', 'herself', 'himself', 'out',
  'today', 'yesterday', 'tonight', 'now', 'formally', 'officially', 'jointly', 'later', 'swiftly',
]);

/** Plural or vague human groups: when they hold the words, the text names nobody. */
export const GROUP_NOUNS = new Set([
  'experts', 'analysts', 'critics', 'observers', 'officials', 'investors', 'users', 'researchers',
  'people', 'sources', 'insiders', 'skeptics', 'sceptics', 'commentators', 'others', 'some',
  'many', 'fans', 'executives', 'engineers', 'economists', 'lawmakers', 'employees', 'workers',
  'developers', 'scientists', 'academics', 'activists', 'regulators', 'traders', 'customers',
  'residents', 'voters', 'viewers', 'readers', 'commenters', 'detractors', 'supporters',
]);

/** Verbs of opinion that make a group the holder of a quoted label: "experts view it as". */
export const OPINION_VERBS = new Set([
  'view', 'views', 'viewed', 'see', 'sees', 'saw', 'consider', 'considers', 'considered', 'think',
  'thinks', 'thought', 'believe', 'believes', 'believed', 'regard', 'regards', 'regarded',
  'call', 'called', 'calls', 'describe', 'described', 'describes', 'dub', 'dubbed', 'say', 'said',
  'says', 'label', 'labelled', 'labeled', 'argue', 'argued', 'argue', 'fear', 'feared', 'warn',
  'warned',
]);

/** Title words that precede a name in a capitalised run: "Tesla CEO Elon Musk". */
export const TITLE_WORDS = new Set([
  'ceo', 'cto', 'cfo', 'coo', 'cso', 'cio', 'chief', 'executive', 'president', 'vice', 'chairman',
  'chairwoman', 'chair', 'chairperson', 'founder', 'co-founder', 'cofounder', 'director',
  'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'secretary', 'minister', 'premier',
  'mp', 'mep', 'msp', 'councillor', 'councilor', 'assemblyman', 'assemblywoman',
  'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'mx', 'judge', 'justice', 'gen', 'czar',
  'tsar', 'commissioner', 'mayor', 'ambassador', 'spokesperson', 'spokesman', 'spokeswoman',
  'analyst', 'researcher', 'scientist', 'engineer', 'head', 'officer', 'manager', 'partner',
  'chancellor', 'king', 'queen', 'pope', 'editor', 'reporter', 'correspondent', 'columnist',
  'economist', 'strategist', 'lawmaker', 'congressman', 'congresswoman', 'leader', 'chef',
  'coach', 'captain', 'sir', 'dame', 'lord', 'lady', 'prince', 'princess', 'sheikh', 'investor',
  'capitalist', 'entrepreneur', 'billionaire', 'developer', 'designer', 'lead', 'architect',
  'fellow', 'adviser', 'advisor', 'counsel', 'attorney', 'lawyer', 'inventor', 'author', 'host',
  'creator', 'owner', 'boss', 'principal', 'dean', 'provost', 'physicist', 'historian',
  'commander', 'admiral', 'colonel', 'lieutenant', 'sergeant', 'officer', 'deputy', 'envoy',
  'speaker', 'whip', 'treasurer', 'auditor', 'administrator', 'regulator', 'trustee', 'member',
]);

/** Words that qualify a title ("chief financial officer", "senior research scientist"). */
export const TITLE_MODIFIERS = new Set([
  'financial', 'operating', 'technology', 'technical', 'information', 'marketing', 'product', 'scientific',
  'general', 'senior', 'managing', 'legal', 'policy', 'research', 'communications', 'security', 'revenue',
]);

/** Titles that are honorifics, so they carry a gender. */
export const MALE_HONORIFICS = new Set([
  'mr', 'sir', 'lord', 'king', 'prince', 'congressman', 'spokesman', 'chairman', 'brother', 'father',
  'son', 'husband', 'uncle', 'nephew', 'grandfather', 'businessman', 'actor', 'boyfriend',
]);
export const FEMALE_HONORIFICS = new Set([
  'mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'spokeswoman', 'chairwoman',
  'sister', 'mother', 'daughter', 'wife', 'aunt', 'niece', 'grandmother', 'businesswoman', 'actress',
  'girlfriend',
]);

/** Nouns that mark the following name as an organisation: "Chinese AI startup DeepSeek". */
export const ORG_CUE_NOUNS = new Set([
  'company', 'companies', 'startup', 'start-up', 'firm', 'maker', 'chipmaker', 'giant', 'rival',
  'competitor', 'lab', 'laboratory', 'group', 'platform', 'developer', 'outlet', 'newspaper',
  'agency', 'bank', 'fund', 'regulator', 'retailer', 'carrier', 'manufacturer', 'conglomerate',
  'publisher', 'broadcaster', 'network', 'provider', 'operator', 'insurer', 'automaker',
  'carmaker', 'supplier', 'vendor', 'university', 'nonprofit', 'non-profit', 'organisation',
  'organization', 'ministry', 'department', 'exchange', 'business', 'brand', 'studio', 'unicorn',
  'subsidiary', 'parent', 'partner', 'investor', 'owner', 'service', 'body', 'watchdog', 'union',
  'association', 'lobby', 'charity', 'council', 'authority',
]);

/** Last words of organisation names. */
export const ORG_SUFFIXES = new Set([
  'inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'co', 'group', 'labs', 'lab', 'technologies',
  'technology', 'tech', 'systems', 'holdings', 'partners', 'capital', 'ventures', 'bank',
  'university', 'institute', 'foundation', 'association', 'agency', 'ministry', 'department',
  'commission', 'council', 'committee', 'times', 'post', 'journal', 'news', 'press', 'network',
  'party', 'office', 'court', 'administration', 'media', 'motors', 'airlines', 'studios',
  'research', 'robotics', 'semiconductor', 'semiconductors', 'ai', 'house', 'bureau', 'board',
  'union', 'authority', 'federation', 'fund', 'club', 'society', 'reserve', 'service', 'services',
  'school', 'college', 'center', 'centre', 'hospital', 'electronics', 'software', 'industries',
  'energy', 'pharmaceuticals', 'communications', 'entertainment', 'financial', 'securities',
  'exchange', 'telegraph', 'guardian', 'tribune', 'herald', 'street', 'collective',
  'alliance', 'coalition', 'initiative', 'project', 'magazine', 'wire', 'daily', 'weekly',
]);

/** Nouns for parts or voices of an organisation: "Alibaba's cloud division stated". */
export const ORG_UNIT_NOUNS = new Set([
  'division', 'unit', 'team', 'arm', 'subsidiary', 'department', 'office', 'board', 'lab',
  'statement', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'account',
  'management', 'leadership', 'press', 'group', 'blog', 'website', 'announcement', 'filing',
]);

/** Lowercase role nouns that introduce a person: "venture capitalist Marc Andreessen". */
export const PERSON_ROLE_NOUNS = new Set([
  'capitalist', 'scientist', 'analyst', 'founder', 'co-founder', 'cofounder', 'chief', 'executive',
  'researcher', 'spokesperson', 'spokesman', 'spokeswoman', 'president', 'engineer', 'investor',
  'professor', 'entrepreneur', 'billionaire', 'economist', 'strategist', 'senator', 'minister',
  'secretary', 'director', 'head', 'officer', 'manager', 'partner', 'lawmaker', 'reporter',
  'columnist', 'editor', 'author', 'developer', 'designer', 'lead', 'adviser', 'advisor', 'czar',
  'tsar', 'chairman', 'chairwoman', 'chair', 'ceo', 'cto', 'cfo', 'coo', 'official', 'governor',
  'mayor', 'judge', 'lawyer', 'attorney', 'critic', 'expert', 'commentator', 'influencer', 'host',
  'creator', 'owner', 'boss', 'leader', 'physicist', 'historian', 'student', 'teacher', 'writer',
  'journalist', 'blogger', 'podcaster', 'researcher', 'scholar', 'fellow', 'inventor', 'pioneer',
  'veteran', 'candidate', 'representative', 'deputy', 'envoy', 'ambassador', 'commissioner',
  'hacker', 'programmer', 'doctor', 'physician', 'nurse', 'pilot', 'artist', 'actor', 'actress',
  'singer', 'musician', 'player', 'coach', 'trader', 'banker', 'employee', 'worker', 'user',
  'member', 'resident', 'citizen', 'mother', 'father', 'son', 'daughter', 'wife', 'husband',
]);

/** Capitalised words that start sentences or name things but are never people or companies. */
export const NON_NAME_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'so', 'yet', 'if', 'when',
  'while', 'after', 'before', 'since', 'as', 'to', 'of', 'by', 'with', 'from', 'into', 'about',
  'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your',
  'this', 'that', 'these', 'those', 'there', 'here', 'what', 'why', 'how', 'who', 'which',
  'where', 'some', 'many', 'most', 'other', 'others', 'all', 'both', 'each', 'every', 'no', 'not',
  'yes', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'meanwhile', 'however', 'still', 'now', 'then', 'also', 'according', 'last', 'next', 'earlier',
  'later', 'despite', 'although', 'though', 'instead', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday',
  'tomorrow', 'mr', 'mrs', 'ms', 'dr', 'q', 'question', 'answer', 'update', 'updated', 'read',
  'more', 'related', 'photo', 'image', 'video', 'editor', 'note', 'why', 'what', 'key', 'notes',
  'chinese', 'american', 'european', 'british', 'french', 'german', 'japanese', 'korean',
  'indian', 'russian', 'canadian', 'australian', 'israeli', 'taiwanese', 'western', 'eastern',
  'northern', 'southern', 'global', 'national', 'federal', 'state', 'big', 'new', 'old', 'first',
  'former', 'current', 'such', 'even', 'just', 'only', 'over', 'under', 'through', 'during',
  'amid', 'among', 'because', 'until', 'unless', 'whether', 'do', 'does', 'did', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'let', 'lets', 'here', 'via', 'per', 'than', 'like', 'unlike', 'within', 'without', 'against',
  'thanks', 'indeed', 'perhaps', 'maybe', 'overall', 'together', 'plus', 'ai', 'us', 'u.s', 'uk',
  'u.k', 'eu', 'gpu', 'gpus', 'llm', 'llms', 'api', 'ceo', 'cto', 'tv', 'pc', 'ok', 'okay', 'lol',
  'lmao', 'wow', 'oh', 'well', 'sure', 'thank', 'please', 'sorry', 'hi', 'hello', 'dear',
  'chatbot', 'internet', 'web', 'app', 'apps', 'spoiler', 'breaking', 'exclusive', 'opinion',
  'analysis', 'advertisement', 'subscribe', 'share', 'comment', 'comments', 'leave', 'reply',
  'follow', 'sign', 'log', 'click', 'see', 'watch', 'listen', 'getty', 'images',
]);

// Given names common in English-language news, so a pronoun can be matched to a person.
export const MALE_NAMES = new Set(`adam alan albert alexander alexandr andrew andy anthony antonio arthur ben benjamin bill bob brad brian bruce carl carlos charles charlie christopher colin craig dan daniel dario david dennis donald doug douglas ed edward elon eric frank fred gary george greg gregory harry henry howard ian jack jake james jason jeff jeffrey jensen jim joe john jon jonathan jose joseph josh juan justin keith ken kevin larry leo liam lucas marc marcus mark martin matt matthew max michael mike mustafa nathan neil nick nicholas noah oliver omar patrick paul peter phil philip rafael ray richard rick rob robert roger ron ronald ryan samuel satya scott sean sergey simon stephen steve steven sundar ted thomas tim timothy todd tom tony victor vincent walter william yann yuval zach arvind demis geoffrey aaron abdul adrian ahmad alan aleksander alexei alfonso amir andre andrei anton antoine arnav ashok axel bastien benedict bjorn boris bradley brandon bruno caleb cameron cesar chen christian clive connor cristiano damian darius darnell declan dmitri dominic duncan dylan eduardo elias elliot emeka emil enrique erik ethan evan fabian felipe felix fernando filip finn florian francesco frederick gabriel gareth gavin gerald gordon graham gregor gustavo hamza harold harvey hassan hector henrik hiroshi hugo idris igor ismail ivan jacob jakob jasper javier jean-luc jens joachim joel jonas jorge julian kenji kevin klaus kofi kwame lars laurent leon leonardo lorenzo luca lukas magnus malik marco marius mateo mathias matteo mikael milan mohamed moritz nikhil nikolai niklas olaf olu omar oscar otto pablo pascal patrice piers pieter piotr preston quentin rafael rahul ramon raul reza ricardo rodrigo roman rowan rupert ruben rustam salvador samir santiago sebastian sergei shane stefan sven tariq theo theodore tobias tomas tomasz toby tristan umar vikram vladimir wojciech xavier yannick yusuf zoltan yoshua ilya greg reid jared vinod masayoshi liang wei jun hao ming xi joe vladimir emmanuel olaf rishi keir justin narendra benjamin recep luiz javier miguel pedro luis diego ahmed mohammed muhammad ali hassan raj rahul arjun vijay lars jens sven hans klaus pierre francois luca marco giovanni`.split(/\s+/));
export const FEMALE_NAMES = new Set(`alice amanda amy ana angela ann anna anne barbara betty brenda carol caroline catherine charlotte chloe christine claire claudia cynthia daniela deborah diana donna dorothy elizabeth ella emily emma erin eva fei gina grace hannah heather helen ingrid irene isabel jane janet jennifer jessica jill joan julia julie karen kate katherine kathleen kathy kelly laura lauren linda lisa lucy margaret maria marie martha mary megan melissa meredith mia michelle mira monica nancy natalie nicole olivia pamela patricia rachel rebecca ruth sandra sara sarah sharon sheryl sophia sophie stephanie susan tanya teresa tina ursula valerie victoria wendy yuki zoe kamala hillary ursula giorgia theresa angela lina nadia priya aisha fatima leila mei ling xiu yan adaeze adriana agnes aisling alexandra alina amara amelia anastasia angelica anjali anneliese annika antonia astrid beatrix beatriz bernadette bianca brigitte camila carla carmen cecilia celine charlotte clara corinne dagmar daniela deirdre dolores elena eleanor elisa elise eloise emilia esther fenella fiona florence francesca gabriela gemma gwen halina harriet helga ines irina isabella jasmine jelena joanna johanna josephine juliet justine karin katarina katja kirsten larissa leah lena lorena lucia luisa magdalena maja malin manon margaret margarita marguerite marina marisol marta matilda maureen mei mila miriam monika nadia natasha ngozi nina noor oksana olga paola patricia paula petra pilar priscilla rania raquel renata rosa rosalind rosalie ruth sabine samira selma signe silvia simone siobhan sofia sonia sunniva svetlana tamar tamsin tatiana teresa theodora ursula vera veronica wanjiru yasmin yvonne zainab zara zofia`.split(/\s+/));
