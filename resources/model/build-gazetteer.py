#!/usr/bin/env python3
"""Compiles the tagger's gazetteer (resources/model/gazetteer.qz) from ../shared/data/gazetteers plus the short
lists below. Output: qCompress()-format (4-byte big-endian length + zlib) UTF-8 text, one entry per line,
"phrase<TAB>mask", phrase = lower-cased tokens joined by single spaces (trailing periods dropped), mask = bits
of the categories in model/gazetteer.h. Deterministic: sorted output, fixed compression level.

Usage: build-gazetteer.py DATA_DIR OUT_FILE   (DATA_DIR = .../shared/data)
"""
import csv, json, re, struct, sys, zlib

# Keep in sync with Gazetteer::Category in model/gazetteer.h.
FIRST_COMMON, FIRST, LAST_COMMON, LAST, ORG, ORG_DESIGNATOR, COUNTRY, CITY, REGION, NATIONALITY, HONORIFIC, \
    JOB_TITLE, ORG_WORD, KNOWN_ORG, COMMON_ACRONYM = (1 << i for i in range(15))

DESIGNATORS = """inc incorporated corp corporation co company cos ltd limited plc llc llp lp l.p gmbh ag sa s.a nv n.v
bv b.v se spa s.p.a srl sarl kgaa kg oy ab asa as a/s pty pte bhd sdn tbk oyj pt holdings holding group
""".split()
ORG_WORDS = """bank bancorp airlines airways motors industries international technologies technology systems
partners capital securities investments ventures trust fund foundation institute university college school
association federation union council committee commission ministry agency authority party club league
network networks media communications telecom energy petroleum oil gas pharmaceuticals therapeutics labs
laboratories electric electronics semiconductor software brewery insurance assurance exchange reserve
times post journal herald gazette tribune chronicle ledger courier observer telegraph examiner inquirer dispatch
bulletin sentinel standard mirror express independent register newswire press broadcasting radio television
""".split()
HONORIFICS = """mr mrs ms mx miss dr prof sir dame lord lady madam mister sen rep gov gen col lt sgt capt cmdr adm maj
rev hon amb pope king queen prince princess sheikh president chancellor minister premier senator governor
judge justice mayor ambassador secretary general colonel captain lieutenant sergeant admiral commander
""".split()
JOB_TITLES = """chairman chairwoman chair ceo cfo coo cto founder co-founder cofounder director executive spokesman
spokeswoman spokesperson analyst economist manager coach striker midfielder defender goalkeeper
prosecutor attorney lawyer leader head chief officer deputy vice editor correspondent reporter
""".split()
NATIONALITIES = """afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian
azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese burundian
cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch
ecuadorean ecuadorian egyptian emirati english eritrean estonian ethiopian european fijian filipino finnish french
gabonese gambian georgian german ghanaian greek guatemalan guinean haitian honduran hungarian icelandic indian
indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar
kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian
malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese nigerian
nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian
russian rwandan saudi scottish senegalese serbian sierra-leonean singaporean slovak slovenian somali south-african
spanish sri-lankan sudanese swedish swiss syrian taiwanese tajik tanzanian thai togolese tunisian turkish turkmen
ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni yugoslav zambian zimbabwean arab asian african
latin scandinavian balkan caribbean soviet western islamic muslim christian jewish catholic protestant buddhist hindu
sikh kurdish basque catalan flemish bavarian texan californian sunni shiite shi'ite republican democrat
americans britons germans french russians chinese israelis palestinians iraqis iranians
""".split()
# Upper-case abbreviations of ordinary words: in business news they are as common as company tickers
# and name nothing ("AI servers", "the CEO", "GDP grew").
COMMON_ACRONYMS = """ai agi llm llms gpu gpus cpu cpus tpu api apis ceo ceos cfo coo cto cio cmo evp svp gdp gnp cpi ppi
ipo ipos etf etfs eps ebit ebitda roi r&d m&a esg agm egm vat ev evs suv suvs tv pc pcs faq dna rna hiv pdf usb led lcd
oled gps vr xr iot saas 5g 4g lte lng lpg co2 mw gw mwh gwh kwh mph ppm bps yoy qoq fy h1 h2 q1 q2 q3 q4
""".split()

# Companies and organisations in today's news that the filings lists miss (private, foreign, or named
# differently from their legal name). Written by hand for the tagger's robustness on modern text.
MODERN_ORGANIZATIONS = """OpenAI|Anthropic|xAI|DeepMind|Google DeepMind|Mistral AI|Cohere|Hugging Face|Perplexity|Stability AI|
Midjourney|Character.AI|Inflection AI|Scale AI|Databricks|Snowflake|Palantir|SpaceX|Starlink|Neuralink|Tesla|
Nvidia|Google|Alphabet|Meta|Facebook|Instagram|WhatsApp|YouTube|Microsoft|Apple|Amazon|Netflix|Uber|Lyft|Airbnb|
Stripe|Shopify|Spotify|TikTok|ByteDance|Tencent|Alibaba|Baidu|Huawei|Xiaomi|Samsung|SK Hynix|TSMC|Foxconn|
Sony|Toyota|Volkswagen|BMW|Mercedes-Benz|Stellantis|Siemens|SAP|ASML|Arm|Intel|AMD|Qualcomm|Broadcom|Oracle|IBM|
Salesforce|Adobe|Cisco|Dell|HP|Lenovo|Reuters|Bloomberg|Associated Press|BBC|CNN|Fox News|The New York Times|
The Washington Post|The Wall Street Journal|Financial Times|The Guardian|Goldman Sachs|Morgan Stanley|JPMorgan|
JPMorgan Chase|Citigroup|Bank of America|Wells Fargo|BlackRock|Vanguard|HSBC|Barclays|UBS|Deutsche Bank|BNP Paribas|
SoftBank|Berkshire Hathaway|Bernstein|Moody's|Fitch|S&P Global|Federal Reserve|European Central Bank|
Bank of England|International Monetary Fund|IMF|World Bank|World Health Organization|WHO|United Nations|UN|NATO|
European Union|EU|European Commission|European Parliament|Congress|Senate|Pentagon|White House|Kremlin|FBI|CIA|
SEC|FTC|Justice Department|Supreme Court|OPEC|Hamas|Hezbollah|Taliban|Red Cross|Greenpeace|FIFA|UEFA|NBA|NFL|
Boeing|Airbus|Lockheed Martin|Raytheon|Pfizer|Moderna|BioNTech|AstraZeneca|Novartis|Roche|Johnson & Johnson|
Shell|BP|ExxonMobil|Chevron|TotalEnergies|Saudi Aramco|Gazprom|Rosneft|Walmart|Costco|Target|Nike|Starbucks|
McDonald's|Coca-Cola|PepsiCo|Unilever|Nestle|Disney|Warner Bros|Paramount|Comcast|Verizon|AT&T|T-Mobile|
Vodafone|Deutsche Telekom|Ericsson|Nokia|Energinet|Ørsted|Orsted|Equinor|Vattenfall|Statkraft|Fortum|RWE|E.ON|
EDF|Engie|Enel|Iberdrola|Vestas|Siemens Energy|Siemens Gamesa|National Grid|TenneT|Elia|Uniper|Nasdaq|NYSE|
New York Stock Exchange|London Stock Exchange|Euronext|Deutsche Boerse|Hong Kong Stock Exchange|Cboe|Novo Nordisk|
Maersk|Carlsberg|Lego|Klarna|Volvo|Ikea|H&M|Inditex|LVMH|Kering|Rheinmetall|Thales|Safran|Aleph Alpha|Revolut|
Monzo|Adyen|Zalando|Delivery Hero|Infosys|Tata|Reliance Industries|Samsung Electronics|Hyundai|Kia|Honda|Nissan|
BYD|CATL|Nio|Xpeng|Rivian|Lucid|Anduril|CoreWeave|Cerebras|Groq|Arm Holdings|AMEX|TSX|ASX|LSE|HKEX|SGX|JSE|
Xetra|Nasdaq Stockholm|Nasdaq Copenhagen"""

TOKEN = re.compile(r"\w+(?:[-'’.&]\w+)*\.?|[^\w\s]", re.UNICODE)


def norm(phrase):
    toks = []
    for t in TOKEN.findall(phrase.replace('’', "'")):
        t = t.lower()
        if len(t) > 1 and t.endswith('.'):
            t = t[:-1]
        toks.append(t)
    return ' '.join(toks)


def main():
    data, out = sys.argv[1], sys.argv[2]
    g = data + '/gazetteers/'
    entries = {}

    def add(phrase, bit):
        p = norm(phrase)
        if p:
            entries[p] = entries.get(p, 0) | bit

    for fn in ('dist.male.first', 'dist.female.first'):
        for line in open(g + 'census1990-names/' + fn):
            f = line.split()
            if f:
                add(f[0], FIRST_COMMON if int(f[3]) <= 500 else FIRST)
    counts = {}
    for fn in ('yob2022.txt', 'yob2023.txt'):
        for line in open(g + 'ssa-babynames/' + fn):
            name, _, n = line.strip().split(',')
            counts[name] = counts.get(name, 0) + int(n)
    for name, n in counts.items():
        if n >= 50:
            add(name, FIRST_COMMON if n >= 5000 else FIRST)
    for line in open(g + 'census1990-names/dist.all.last'):
        f = line.split()
        if f:
            add(f[0], LAST_COMMON if int(f[3]) <= 2000 else LAST)

    desig = set(DESIGNATORS) | {'com', 'the', '&', ',', '/de', '/de/', '/new', 'de', '-'}

    def add_company(title):
        full = norm(title)
        if not full:
            return
        toks = full.split(' ')
        entries[full] = entries.get(full, 0) | ORG
        while len(toks) > 1 and (toks[-1] in desig or toks[-1] == '/' or toks[-1].startswith('/')):
            toks.pop()
        if toks and toks[0] == 'the' and len(toks) > 1:
            toks = toks[1:]
        core = ' '.join(toks)
        if core:
            entries[core] = entries.get(core, 0) | ORG

    tickers = json.load(open(g + 'sec-company-tickers/company_tickers.json'))
    for k in sorted(tickers, key=int):
        add_company(tickers[k]['title'])
    with open(g + 'sp500-constituents/constituents.csv') as f:
        for row in csv.DictReader(f):
            add_company(row['Security'])
            add(row['Security'], KNOWN_ORG)  # the name the news uses ("Nvidia"), not the legal one

    with open(g + 'countries/countries.csv') as f:
        for row in csv.DictReader(f):
            add(row['Name'], COUNTRY)
            if row['Capital']:
                add(row['Capital'], CITY)
    for extra in ('U.S.', 'US', 'USA', 'U.S.A.', 'America', 'UK', 'U.K.', 'Britain', 'Great Britain', 'England',
                  'Scotland', 'Wales', 'Northern Ireland', 'Russia', 'South Korea', 'North Korea', 'Iran', 'Syria',
                  'Vietnam', 'Taiwan', 'Czech Republic', 'Ivory Coast', 'Holland', 'Burma', 'Congo', 'Europe',
                  'Asia', 'Africa', 'Latin America', 'Middle East', 'Gaza', 'West Bank', 'Kosovo', 'Bosnia'):
        add(extra, COUNTRY)
    with open(g + 'geonames-cities/cities.tsv') as f:
        next(f)
        for line in f:
            add(line.split('\t')[0], CITY)
    with open(g + 'geonames-cities/admin1.tsv') as f:
        next(f)
        for line in f:
            add(line.rstrip('\n').split('\t')[1], REGION)

    # Well-known organisations (hand-written, S&P 500 names) get a bit of their own: unlike the filings lists,
    # which hold many ordinary words, they are almost always organisations.
    for name in MODERN_ORGANIZATIONS.replace('\n', '').split('|'):
        add(name, ORG | KNOWN_ORG)
    for w in NATIONALITIES:
        add(w.replace('-', ' ') if w.count('-') and w not in ('sierra-leonean',) else w, NATIONALITY)
    for w in DESIGNATORS:
        add(w, ORG_DESIGNATOR)
    for w in ORG_WORDS:
        add(w, ORG_WORD)
    for w in HONORIFICS:
        add(w, HONORIFIC)
    for w in COMMON_ACRONYMS:
        add(w, COMMON_ACRONYM)
    for w in JOB_TITLES:
        add(w, JOB_TITLE)

    text = ''.join('%s\t%d\n' % (p, m) for p, m in sorted(entries.items()) if '\t' not in p and '\n' not in p)
    raw = text.encode('utf-8')
    with open(out, 'wb') as f:
        f.write(struct.pack('>I', len(raw)))
        f.write(zlib.compress(raw, 9))
    print('%d entries, %d bytes raw' % (len(entries), len(raw)), file=sys.stderr)


if __name__ == '__main__':
    main()
