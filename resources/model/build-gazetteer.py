#!/usr/bin/env python3
"""Compiles the tagger's gazetteer (resources/model/gazetteer.qz) from ../shared/data/gazetteers plus the short
lists below. Output: qCompress()-format (4-byte big-endian length + zlib) UTF-8 text, one entry per line,
"phrase<TAB>mask", phrase = lower-cased tokens joined by single spaces (trailing periods dropped), mask = bits
of the categories in model/gazetteer.h. Deterministic: sorted output, fixed compression level.

Usage: build-gazetteer.py DATA_DIR OUT_FILE [--products PRODUCTS_TXT] [--ordinary ORDINARY_TXT]
  (DATA_DIR = .../shared/data)
  --products also writes the product list (resources/model/products.txt): brand, software and platform names
  that name no company, one folded name a line, sorted.
  --ordinary also writes the ordinary words (resources/model/ordinary-words.txt): words the training corpora
  write in lower case and, capitalised, almost never as part of a name; one a line, sorted.
"""
import argparse, csv, json, re, struct, sys, zlib

# Keep in sync with Gazetteer::Category in model/gazetteer.h.
FIRST_COMMON, FIRST, LAST_COMMON, LAST, ORG, ORG_DESIGNATOR, COUNTRY, CITY, REGION, NATIONALITY, HONORIFIC, \
    JOB_TITLE, ORG_WORD, KNOWN_ORG, COMMON_ACRONYM = (1 << i for i in range(15))

DESIGNATORS = """inc incorporated corp corporation co company cos ltd limited plc llc llp lp l.p gmbh ag sa s.a nv n.v
bv b.v se spa s.p.a srl s.r.l s.l s.l.u sarl kgaa kg oy ab asa as a/s pty pte bhd sdn tbk oyj pt holdings holding group
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
# Technology abbreviations, which web pages use as freely as business news uses "CEO". Each was checked against
# organisations that go by the same letters: "cms" (the US Medicare agency) and "ram" (a truck maker, a first
# name) are left out, and any that is also a personal name in the census lists is dropped by the build.
TECH_ACRONYMS = """http https url urls uri uris html html5 css json xml sql api sdk sdks ui ux os ip tcp udp dns ssl tls
ssh ftp sftp cli ide gui svg png jpg jpeg gif cdn vpn vpns lan wan wi-fi wifi rom ssd ssds hdd rss crm erp seo
xhr dom cors jwt csv yaml ascii utf-8 smtp imap ntp ipv4 ipv6 nfc sms hdmi ocr sso 2fa mfa kpi kpis b2b b2c p2p
gpl qr
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
Xetra|Nasdaq Stockholm|Nasdaq Copenhagen|Temu|Shein|PDD Holdings|Pinduoduo|Discord|Roblox|Duolingo|Robinhood|
Binance|FTX|Instacart|Meituan|JD.com|NetEase|SMIC|Kuaishou|DeepSeek|Moonshot AI|Zhipu AI|Safe Superintelligence|
Figure AI|Waymo|Zoox|Wayve|Northvolt|Polestar|Blue Origin|Rocket Lab|Axiom Space|Planet Labs|NASA|ISRO|ESA|JAXA|
Roscosmos|Wagner Group|Islamic State|Doctors Without Borders|Europol|Ofcom|Bundesbank|Bank of Japan|EPA|FDA|NIH|
LSEG|Morningstar|PitchBook|Canalys|Jefferies|Evercore|Wedbush|Piper Sandler|Raymond James|KPMG|Deloitte|PwC|
McKinsey|Capgemini|Semafor|BuzzFeed|HuffPost|Business Insider|Forbes|Kyodo|Yonhap|Xinhua|TASS|Interfax|
Agence France-Presse|Getty Images|Shutterstock|Ticketmaster|Live Nation|Peloton|GoPro|Fitbit|Sonos|Logitech|
OnePlus|Oppo|Etsy|eBay|Ant Group|Gojek|Rakuten|Mercado Libre|Nubank|Wipro|Reliance Jio|Adani Group|Tata Group|
Mahindra|Pegatron|Micron|Seagate|Marvell|KLA|Tokyo Electron|Super Micro Computer|Zscaler|MongoDB|Workday|
Take-Two|Tencent Music|Andreessen Horowitz|a16z|Kleiner Perkins|Sequoia Capital|Tiger Global|Thrive Capital|
General Catalyst|Founders Fund|Bain Capital|Blackstone|Carlyle Group|Lightspeed Venture Partners|Index Ventures|
Y Combinator|GM|VW|GE|GE Aerospace|GOP|Reform UK|Liberal Democrats|The Economist|NBC News|Sky News|Daily Mail|
Le Monde|Der Spiegel|ProPublica|Hackaday|Euroclear|Pollstar|Counterpoint Research|IDC|Debian|Cyanogen|Igalia|
IDF|Israel Defense Forces|Home Office|DOJ|DHS|FEMA|IRS|NOAA|Secret Service|Truth Social|Trump Media|Tesco|Asda|
Aldi|Lidl|Waitrose|Ocado|Kantar|Capital Economics|Pantheon Macroeconomics|Oxford Economics|Ipsos|YouGov|Gallup|
NielsenIQ|Circana|Kpler|Vortexa|Rystad Energy|Wood Mackenzie|BloombergNEF|FactSet|Refinitiv|Dealogic|Preqin|
CB Insights|Crunchbase|Sensor Tower|Appfigures|Similarweb|Haaretz|Times of Israel|Kyiv Independent|Politico|
Axios|Semafor|The Verge|TechCrunch|Ars Technica|Engadget|Gizmodo|Al Jazeera|Deutsche Welle|France 24|NHK|
South China Morning Post|Nikkei Asia|Caixin|Straits Times|The Hindu|Hindustan Times|Times of India|Eli Lilly|Estee Lauder|Estée Lauder|
John Deere|Procter & Gamble|Marks & Spencer|Harley-Davidson|Ernst & Young|Bain & Company|
Boston Consulting Group|Sullivan & Cromwell|Kirkland & Ellis|AFL-CIO|Teamsters|IG Metall|Knesset|Bundestag|
Bundesrat|Lok Sabha|Rajya Sabha|Riksdag|Storting|Folketing|Sejm|Verkhovna Rada|State Duma|Yesh Atid|Fidesz|
Sinn Féin|Sinn Fein|Fianna Fáil|Fianna Fail|Fine Gael|Podemos|Syriza|Kuomintang|KMT|Likud|Shas|Otzma Yehudit|
National Rally|Rassemblement National|Brothers of Italy|Forza Italia|Lega|AfD|Alternative for Germany|CDU|CSU|
SPD|BJP|Bharatiya Janata Party|Aam Aadmi Party|Awami League|PTI|Pakistan Tehreek-e-Insaf|ANC|Morena|
Liberal Democratic Party|LDP|Democratic Progressive Party|Plaid Cymru|SNP|Scottish National Party"""
# Products in today's news that the brand lists miss: models, assistants, devices, consoles. Written by hand;
# personal names ("Claude", "Alexa") and ordinary words ("Galaxy", "Echo") are left out, since only a cue in
# context tells those from a product, and the build drops any that the filters below refuse.
MODERN_PRODUCTS = """ChatGPT|GPT-4|GPT-4o|GPT-5|DALL-E|Sora|Copilot|Gemini|Bard|Grok|Llama 3|Pixel|iPhone|iPad|iPad Pro|
MacBook|MacBook Air|MacBook Pro|iMac|Apple Watch|AirPods|Vision Pro|Apple Pay|Google Pay|Samsung Galaxy|
Galaxy S24|PlayStation|PlayStation 5|Xbox|Nintendo Switch|Kindle|Fire TV|Meta Quest|Oculus|Ray-Ban Meta|
Starship|Falcon 9|Model 3|Model Y|Cybertruck|Autopilot|Full Self-Driving|Windows|Windows 11|macOS|iOS|
Android|ChromeOS|Chrome|Safari|Firefox|Outlook|Teams|Azure|AWS|Office 365|Microsoft 365|YouTube Shorts|
Instagram Reels|Threads|Bluesky|Mastodon|Ozempic|Wegovy|Mounjaro|Zepbound|Paxlovid|Comirnaty|Keytruda"""

# Technology companies, foundations and standards bodies that the brand lists hold beside their products
# ("Mozilla" beside "Firefox") and the filings lists miss: organisations, never products.
TECH_ORGANIZATIONS = """Mozilla|Mozilla Foundation|Mozilla Corporation|GitHub|GitLab|Red Hat|Canonical|SUSE|Automattic|
Wikimedia|Wikimedia Foundation|Wikipedia Foundation|Linux Foundation|Apache Software Foundation|
Free Software Foundation|Electronic Frontier Foundation|Python Software Foundation|OpenJS Foundation|
Eclipse Foundation|Raspberry Pi Foundation|Document Foundation|Unicode Consortium|W3C|World Wide Web Consortium|
WHATWG|IETF|Internet Engineering Task Force|ICANN|IANA|Internet Archive|Yandex|Valve|Epic Games|Nintendo|
Mojang|Ubisoft|Electronic Arts|Activision Blizzard|Tencent Games|Proton|Proton AG|DuckDuckGo|Opera Software|
Vivaldi Technologies|Brave Software|JetBrains|Docker Inc|HashiCorp|Mattermost|Slack Technologies|Zoom Video
Communications|Dropbox|Figma|Canva|Notion Labs|Vercel|Netlify|DigitalOcean|Akamai|Fastly|Cloudflare|Twilio|
Okta|Atlassian|Pinterest|Reddit|Snap Inc|LinkedIn|Yahoo|AOL|Novell|Sun Microsystems|Netscape"""

# Words that name outlets and parties in the lists but are ordinary words in running text ("the Sun rose",
# "at the time of writing"): never a known organisation on their own.
GENERIC_NAMES = """sun times post express mail star mirror nation observer independent guardian telegraph herald
tribune journal globe world news daily today metro city local voice citizen record gazette sentinel standard
national international republic union alliance party front movement people peoples greens green left right
centre center forward together renewal change hope unity freedom liberty progress reform future democrats
liberals conservatives socialists communists labour labor independents agency bureau office department service
council commission board committee institute university college school academy foundation trust fund
""".split()

# Words that make a brand list's name an organisation's rather than a product's ("Animal Planet Channel",
# "Tuxedo Computers", "Hostinger Group").
PRODUCT_ORG_WORDS = """channel channels magazine computers studio studios games entertainment records pictures films
society museum hotel hotels resorts airline cruises transport transit railway railways rail bus university
government ministry police news tv fm am store stores shop market bakery cafe restaurant pizza burger
""".split()

# Parties that stopped contesting elections before this year are history, not news.
PARTY_LAST_YEAR = 1990

TOKEN = re.compile(r"\w+(?:[-'’.&]\w+)*\.?|[^\w\s]", re.UNICODE)


def norm(phrase):
    toks = []
    for t in TOKEN.findall(phrase.replace('’', "'")):
        t = t.lower()
        if len(t) > 1 and t.endswith('.'):
            t = t[:-1]
        toks.append(t)
    return ' '.join(toks)


def lower_case_words(data):
    """The words the news of CoNLL-2003's eng.train writes in lower case: ordinary words, whatever a list of
    names holds. (Social media text is no guide: it writes "android" and "firefox" in lower case too.)"""
    words = set()
    for path in ('/ner/conll2003/eng.train',):
        with open(data + path, encoding='utf-8') as f:
            for line in f:
                w = line.split(None, 1)[0] if line.strip() else ''
                if w.isalpha() and w.islower():
                    words.add(w)
    return words


def ordinary_words(data):
    """Words that are capitalised only by their place: written in lower case in the annotated corpora, once in
    edited text (CoNLL-2003 eng.train, the SEC filings' training part, re3d but its share-alike Wikipedia
    part) or twice in social media (the
    Broad Twitter Corpus, WNUT-17 train, which also write places and tags in lower case), and when
    capitalised, part of a name in at most 2 % of all their uses ("Added", "Furthermore", "Regardless",
    "Select", "Response"; not "Apple", "Mark", "Target", "New"). The tagger reads such a word at the start of
    a sentence, a line or in capitals as no name on its own."""
    import glob
    lower, capital, named = {}, {}, {}
    # re3d's Wikipedia part is share-alike: nothing is derived from it.
    edited = [data + '/ner/conll2003/eng.train', data + '/ner/sec-filings/FIN5.txt'] \
        + sorted(p for p in glob.glob(data + '/ner/re3d/*/*.conll') if '/Wikipedia/' not in p)
    social = sorted(glob.glob(data + '/ner/btc/*.conll')) + [data + '/ner/wnut17/wnut17train.conll']
    for path in edited + social:
        weight = 2 if path in edited else 1
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2 or parts[0] == '-DOCSTART-':
                    continue
                w, tag = parts[0], parts[-1]
                if not w.isalpha():
                    continue
                if w.islower():
                    lower[w] = lower.get(w, 0) + weight
                elif w[0].isupper() and (len(w) == 1 or w[1:].islower()):
                    k = w.lower()
                    capital[k] = capital.get(k, 0) + 1
                    if tag != 'O':
                        named[k] = named.get(k, 0) + 1
    found = {w for w, n in lower.items()
             if n >= 2 and len(w) > 1 and named.get(w, 0) <= 0.02 * (n + capital.get(w, 0))}
    return sorted(found | CONNECTIVES)


# Words that open a sentence and are never a name, which the corpora write in lower case too rarely to be
# found above ("Furthermore, ...", "Circa 2011").
CONNECTIVES = set("""furthermore moreover additionally consequently subsequently accordingly nonetheless
nevertheless notably importantly interestingly unsurprisingly surprisingly ultimately conversely alternatively
likewise similarly hence thus therefore meanwhile however regardless otherwise instead indeed besides
firstly secondly thirdly lastly finally overall circa hopefully unfortunately fortunately admittedly
arguably apparently evidently presumably curiously ironically incidentally""".split())


def letters(phrase):
    return sum(c.isalpha() for c in phrase)


def alternatives(name):
    """A list's name and its variants: parts split at " / " and " -- ", parentheses dropped ("Russia Today (RT)"),
    mojibake ("El Pa\ufffd_s") refused."""
    if '\ufffd' in name or '_' in name:
        return []
    out = []
    for part in re.split(r' / | -- |;', name):
        part = re.sub(r'\s*[\[(][^\])]*[\])]', ' ', part).strip(' ,')
        if part and '(' not in part and '[' not in part:
            out.append(part)
    return out


PERSONAL = FIRST_COMMON | FIRST | LAST_COMMON | LAST
PLACE = COUNTRY | CITY | REGION | NATIONALITY


def name_filter(entries, common):
    """A function that returns a list name's gazetteer phrase, or None when the name is more likely something
    else in running text: shorter than 3 letters, an ordinary word (written in lower case in eng.train, or
    generic like "Times"), a personal name, a place, an abbreviation of an ordinary word, a two-word phrase of
    ordinary words that no organisation word ends ("Open Source", but "Labour Party" stays), or longer than
    the tagger matches."""
    acronyms = set(COMMON_ACRONYMS) | set(TECH_ACRONYMS)
    heads = set(ORG_WORDS) | set(DESIGNATORS) | {'department', 'office', 'service', 'bureau', 'administration',
                                                  'court', 'police', 'army', 'navy'}
    generic = set(GENERIC_NAMES)

    def ordinary(w):
        return w in common or w in generic or w in acronyms

    def accept(name):
        p = norm(name)
        toks = p.split(' ')
        if not p or len(toks) > 8 or letters(p) < 3:
            return None
        if len(toks) == 1:
            w = toks[0]
            if ordinary(w) or entries.get(w, 0) & (PERSONAL | PLACE):
                return None
            return p
        if entries.get(p, 0) & PLACE:
            return None
        words = [t for t in toks if t.isalpha()]
        if words and all(entries.get(t, 0) & PERSONAL and not entries.get(t, 0) & (ORG | KNOWN_ORG)
                         for t in words):
            return None  # "Pim Fortuyn"
        if len(words) <= 2 and all(ordinary(t) or t == 'the' for t in words) and toks[-1] not in heads:
            return None
        return p

    def phrases(name):
        """The name and, when it starts with "The", the name without it ("The Moscow Times" also as "Moscow
        Times", the way the news cites it)."""
        out = []
        p = accept(name)
        if p:
            out.append(p)
            if p.startswith('the '):
                q = accept(p[4:])
                if q:
                    out.append(q)
        return out

    return phrases


def add_known_organisations(g, entries, common):
    """Outlets, parties, government agencies, international organisations and universities: names that are
    rarely anything but an organisation once filtered (KNOWN_ORG, not the filings lists' company bit)."""
    phrases = name_filter(entries, common)
    names = []
    with open(g + 'news-outlets/websources.csv', encoding='utf-8', errors='replace') as f:
        for row in csv.DictReader(f):
            names += alternatives(row['name'])
    with open(g + 'political-parties/partyfacts-core-parties.csv', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            last = row['year_last'].strip()
            if last and int(float(last)) < PARTY_LAST_YEAR:
                continue
            names += alternatives(row['name_english'])
            # Short names only as abbreviations ("CDU", "AfD", "BJP"); short words ("Pirat", "Grue") are cut
            # from longer native names.
            short = row['name_short'].strip()
            if sum(c.isupper() for c in short) >= 2 and re.fullmatch(r'[A-Za-z]+', short):
                names.append(short)
    with open(g + 'us-government/agencies-and-subs.csv', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            names += alternatives(row['Agency']) + alternatives(row['Bureau'])
    with open(g + 'us-government/current-full.csv', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            if row['Domain type'].startswith('Federal'):
                names += alternatives(row['Organization name']) + alternatives(row['Suborganization name'])
    with open(g + 'international-organisations/CountrycodesOrgs.csv', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            names += alternatives(row['org_name'])
            if re.fullmatch(r'[A-Z][A-Z-]+[A-Z0-9]', row['org_id'].strip()):
                names.append(row['org_id'].strip())
    for u in json.load(open(g + 'universities/world_universities_and_domains.json', encoding='utf-8')):
        names += alternatives(u['name'])
    # "Department of the Treasury" is "the Treasury Department" in the news.
    for name in list(names):
        m = re.fullmatch(r'(?:The )?Department of (?:the )?([A-Z][\w&\' ]+)', name)
        if m and ' and ' not in m.group(1):
            names.append(m.group(1) + ' Department')
    for name in sorted(set(names)):
        for p in phrases(name):
            entries[p] = entries.get(p, 0) | KNOWN_ORG


def company_core(name):
    """A listed company's name without its legal form and share class: "Spotify Technology S.A." ->
    "spotify technology"."""
    toks = norm(name).split(' ')
    while len(toks) > 1 and (toks[-1] in DESIGNATORS or toks[-1] in ('com', ',', '&', '-', 'class', 'a', 'b')):
        toks.pop()
    if len(toks) > 1 and toks[0] == 'the':
        toks = toks[1:]
    return ' '.join(toks)


def write_products(g, entries, common, out):
    """Products, software, apps, languages and platforms from the brand lists (simple-icons, logos): every name
    minus the companies (the gazetteer's company and known-organisation entries, the world's listed companies
    with and without their legal form, the consumer brands of the name-suggestion index), ordinary words,
    personal names and places. One name a line, lower case, single spaces, sorted."""
    companies = {p for p, m in entries.items() if m & (ORG | KNOWN_ORG)}
    with open(g + 'companies-world/equities.tsv', encoding='utf-8') as f:
        next(f)
        for line in f:
            name = line.split('\t', 1)[0]
            companies.add(norm(name))
            companies.add(company_core(name))
    with open(g + 'brands-nsi/brands.tsv', encoding='utf-8') as f:
        next(f)
        for line in f:
            fields = line.rstrip('\n').split('\t')
            companies.update(norm(x) for x in fields[:2])
    brands = []
    for icon in json.load(open(g + 'brands-platforms/simple-icons.json', encoding='utf-8')):
        brands.append(icon['title'])
        aliases = icon.get('aliases', {})
        brands += aliases.get('aka', [])
        brands += [d['title'] for d in aliases.get('dup', [])]
    for logo in json.load(open(g + 'software-brands/logos.json', encoding='utf-8')):
        brands.append(logo['name'])
    brands += [p.strip() for p in MODERN_PRODUCTS.split('|')]
    phrases = name_filter(entries, common)
    heads = set(ORG_WORDS) | set(DESIGNATORS) | set(PRODUCT_ORG_WORDS)
    products = set()
    for name in brands:
        name = ' '.join(name.replace('\u2019', "'").split())
        if not phrases(name) or '(' in name:
            continue
        # Named like an organisation: "The Boring Company", "Tuxedo Computers", "Air Transat".
        toks = norm(name).split(' ')
        if any(t in heads or t.rstrip('s') in heads for t in toks[1:]) or toks[0] in ('air', 'radio', 'tv', 'bank', 'banco', 'the'):
            continue
        if norm(name) in companies or company_core(name) in companies or norm(name.rstrip('!')) in companies:
            continue
        # Names in capitals are mostly organisations' abbreviations ("NASA", "CERN", "BBC"), whatever the
        # brand list holds them for.
        if name.isupper():
            continue
        products.add(name.lower())
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write(''.join(p + '\n' for p in sorted(products)))
    print('%d products' % len(products), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description='Compiles the tagger gazetteer.')
    ap.add_argument('data')
    ap.add_argument('out')
    ap.add_argument('--products', metavar='PRODUCTS_TXT')
    ap.add_argument('--ordinary', metavar='ORDINARY_TXT')
    args = ap.parse_args()
    data, out = args.data, args.out
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
    for name in (MODERN_ORGANIZATIONS + '|' + TECH_ORGANIZATIONS).replace('\n', ' ').split('|'):
        add(name.strip(), ORG | KNOWN_ORG)
    add_known_organisations(g, entries, lower_case_words(data))
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
    for w in TECH_ACRONYMS:
        if not entries.get(norm(w), 0) & (PERSONAL | ORG | KNOWN_ORG):
            add(w, COMMON_ACRONYM)
    for w in JOB_TITLES:
        add(w, JOB_TITLE)

    if args.products:
        write_products(g, entries, lower_case_words(data), args.products)
    if args.ordinary:
        with open(args.ordinary, 'w', encoding='utf-8') as f:
            f.writelines(w + '\n' for w in ordinary_words(data))

    text = ''.join('%s\t%d\n' % (p, m) for p, m in sorted(entries.items()) if '\t' not in p and '\n' not in p)
    raw = text.encode('utf-8')
    with open(out, 'wb') as f:
        f.write(struct.pack('>I', len(raw)))
        f.write(zlib.compress(raw, 9))
    print('%d entries, %d bytes raw' % (len(entries), len(raw)), file=sys.stderr)


if __name__ == '__main__':
    main()
