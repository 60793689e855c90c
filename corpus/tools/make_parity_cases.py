#!/usr/bin/env python3
"""Writes the fixtures of the Java scorer's parity tests (ScorerParityTest, SequenceMatcherParityTest).

For each gold file it derives "parsed" documents in the shape of the CLI's JSON (perfect, and
damaged in seeded random ways: items dropped, reworded, split, merged, parties flipped, leads and
dates changed, junk added, quantities altered, dropped, duplicated and invented, sections changed,
glossary entries dropped, reworded and invented, title and area changed), then records what
score.py says about each. For each compact it also writes an edited copy of the gold
(<name>.edited.gold.json, next to the fixtures): targetEdtfAlternatives on some action points,
sections left out of some undertakings, the glossary given in full (as {term: definition} or as a
list) or not at all, sometimes no title or area; and scores a perfect and damaged parses against
it. The Java harness must reproduce those numbers. It also records difflib ratios of random token
lists.

The first version's kinds of damage (and the ratio cases) draw from one random stream, the kinds
added since from a second one, so that adding a kind of damage leaves the draws of the first stream
as they were.

Usage: python3 corpus/tools/make_parity_cases.py   (from the repository root)
"""
import copy, difflib, glob, json, os, random, sys

sys.path.insert(0, os.path.dirname(__file__))
import score  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..')
OUT = os.path.join(ROOT, 'src', 'test', 'resources', 'parity')
UNITS = ['DAY', 'WEEK', 'MONTH', 'YEAR']
# Target dates the damage writes (see damage()); gold alternatives draw from them so that some hit.
DAMAGED_DATES = ['2006-06', '', None, '2013-35', '2013-04-01/2014-03-31']


def glossary_entries(gold):
    """The glossary a perfect parse prints: every gold entry, or the sample padded to the gold's count."""
    g = gold.get('glossary')
    if isinstance(g, dict) and 'count' not in g:
        return [{"term": t, "definition": d} for t, d in g.items()]
    if isinstance(g, list):
        return [dict(e) for e in g]
    if isinstance(g, dict):
        out = [{"term": t, "definition": d} for t, d in (g.get('sample') or {}).items()]
        # Entries the annotator did not copy out: stand-ins, so that the count is the gold's.
        out += [{"term": f"Term {n}", "definition": f"Stand-in definition number {n}"}
                for n in range(len(out), g.get('count') or 0)]
        return out
    return []


def perfect(gold):
    qs = gold.get('quantities') or []
    def quantities(text):
        return [{"value": q['value'], "unit": q['unit'], "topic": q.get('topic'), "text": None}
                for q in qs if q['text'] == text]
    return {
        "schemaVersion": "1", "title": gold.get('title'), "area": gold.get('area'),
        "documentType": gold.get('documentType'),
        "principles": [{"name": p.get('name'), "text": p['text'], "section": p.get('section')}
                       for p in gold.get('principles') or []],
        "undertakings": [{"party": u['party'], "text": u['text'], "section": u.get('section'),
                          "quantities": quantities(u['text'])} for u in gold.get('undertakings') or []],
        "actionPoints": [{"text": a['text'], "lead": a.get('lead'), "leads": a.get('leads') or [],
                          "target": a.get('target'), "targetDate": a.get('targetEdtf'), "section": a.get('section')}
                         for a in gold.get('actionPoints') or []],
        "glossary": glossary_entries(gold),
    }


def reword(rng, text):
    words = text.split()
    if len(words) < 4:
        return text + ' and more'
    k = rng.choice([1, 1, 2, 3, 5])
    for _ in range(k):
        if len(words) > 2:
            del words[rng.randrange(len(words))]
    if rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), rng.choice(['the', 'all', 'local', 'partners', 'will']))
    return ' '.join(words)


def damage(rng, extra, parsed, gold, level):
    """rng drives the first version's damage, extra the kinds added since (sections, more quantity
    damage, glossary, title, area)."""
    out = json.loads(json.dumps(parsed))
    for key in ('principles', 'undertakings', 'actionPoints'):
        items = out[key]
        new = []
        for it in items:
            r = rng.random()
            if r < 0.10 * level:
                continue  # dropped
            if r < 0.25 * level:
                it['text'] = reword(rng, it['text'])
            elif r < 0.30 * level and ' ' in it['text']:
                words = it['text'].split()
                cut = len(words) // 2
                first = copy.deepcopy(it); first['text'] = ' '.join(words[:cut])
                it['text'] = ' '.join(words[cut:])
                new.append(first)  # split into two
            elif r < 0.35 * level and new:
                new[-1]['text'] = new[-1]['text'] + ' ' + it['text']
                continue  # merged into the previous item
            if key == 'undertakings' and rng.random() < 0.15 * level:
                it['party'] = rng.choice(['STATUTORY', 'VCS', 'JOINT', None])
            if key == 'actionPoints':
                if rng.random() < 0.2 * level:
                    it['lead'] = rng.choice(['WCC', 'Compact Steering Group', '', None, 'wcc / pct'])
                if rng.random() < 0.2 * level:
                    it['targetDate'] = rng.choice(DAMAGED_DATES)
            if key == 'undertakings' and it.get('quantities') and rng.random() < 0.3 * level:
                it['quantities'][0]['value'] = it['quantities'][0]['value'] + 1
            if key == 'undertakings':
                damage_section(extra, it, level)
                damage_quantities(extra, it, level)
            new.append(it)
        if rng.random() < 0.5:
            new.append({"text": "Running header Compact 2009 page 4", "party": "VCS", "lead": "VAW", "targetDate": "2009-12"})
        rng.shuffle(new) if rng.random() < 0.3 else None
        out[key] = new
    for t in gold.get('optionalUndertakings') or []:
        if rng.random() < 0.7:
            out['undertakings'].append({"party": "JOINT", "text": t})
    if rng.random() < 0.2:
        out['documentType'] = 'OTHER' if out.get('documentType') == 'COMPACT' else 'COMPACT'
    out['glossary'] = damage_glossary(extra, out.get('glossary') or [], level)
    title, area = out.get('title') or '', out.get('area') or ''
    if extra.random() < 0.3 * level:
        out['title'] = extra.choice([None, '', reword(extra, title), title.upper(), 'Grants Annual Report 2009',
                                     title + ' 2010 to 2013'])
    if extra.random() < 0.3 * level:
        # Upper case and a full stop leave the normalised area as it was; the others change it.
        out['area'] = extra.choice([None, '', area.upper(), area + '.', 'London Borough of ' + area, 'Northshire'])
    return out


def damage_section(rng, it, level):
    if rng.random() < 0.15 * level:
        s = it.get('section') or ''
        # Some of these normalise to the same tokens as the gold section, some do not.
        it['section'] = rng.choice([None, '', '9.9', 'Section ' + s, s + '.', s.replace('.', ' '), s.upper()])


def damage_quantities(rng, it, level):
    if it.get('text') is None or rng.random() >= 0.25 * level:
        return
    qs = it.setdefault('quantities', [])
    how = rng.choice(['unit', 'drop', 'duplicate', 'invent', 'float', 'string', 'lower-unit'])
    if how == 'invent' or not qs:
        qs.append({"value": rng.randint(1, 12), "unit": rng.choice(UNITS), "topic": "other", "text": None})
        return
    q = rng.choice(qs)
    if how == 'unit':
        q['unit'] = rng.choice([u for u in UNITS if u != q['unit']])
    elif how == 'drop':
        qs.remove(q)
    elif how == 'duplicate':
        qs.append(dict(q))  # found once, predicted twice
    elif how == 'float':
        q['value'] = float(q['value'])  # 12.0 == 12 in Python: still right
    elif how == 'string':
        q['value'] = str(q['value'])  # '12' != 12: wrong
    else:
        q['unit'] = q['unit'].lower()


def damage_glossary(rng, entries, level):
    out = []
    for e in entries:
        r = rng.random()
        if r < 0.10 * level:
            continue  # dropped
        if r < 0.20 * level:
            e['definition'] = reword(rng, e.get('definition') or '')
        elif r < 0.25 * level:
            e['term'] = (e.get('term') or '').upper() + '.'  # the same term once normalised
        elif r < 0.30 * level:
            e['term'] = (e.get('term') or '') + ' Board'  # another term
        out.append(e)
        if rng.random() < 0.05 * level:
            out.append(dict(e))  # read twice
    if rng.random() < 0.5:
        out.append({"term": "Page", "definition": "Running header Compact 2009 page 4"})
    if rng.random() < 0.3:
        rng.shuffle(out)
    return out


def visibly_damaged(rng, extra, parsed, gold, level):
    """Damage drawn again until the undertakings score shows it (ScorerParityTest checks that)."""
    for _ in range(20):
        out = damage(rng, extra, parsed, gold, level)
        if gold.get('documentType') == 'OTHER' or score.score(out, gold)['undertakings']['f1'] < 1:
            return out
    sys.exit('make_parity_cases: damage does not show on ' + str(gold.get('file')))


def edit_gold(rng, gold, form):
    """A copy of the gold with what the bundled golds lack: targetEdtfAlternatives, undertakings without a
    section, a glossary given in full ({term: definition} or a list) or not at all, a quantity stated
    twice, no title or area."""
    g = copy.deepcopy(gold)
    sample = list(((gold.get('glossary') or {}).get('sample') or {}).items())
    if form == 'dict':
        g['glossary'] = dict(sample)
    elif form == 'list':
        g['glossary'] = [{"term": t, "definition": d} for t, d in sample]
    else:
        g.pop('glossary', None)
    for u in g.get('undertakings') or []:
        if rng.random() < 0.3:
            u['section'] = rng.choice(['', None])
    for a in g.get('actionPoints') or []:
        if rng.random() < 0.5:
            year = (a.get('targetEdtf') or '')[:4] or '2010'
            a['targetEdtfAlternatives'] = rng.sample([year] + [d for d in DAMAGED_DATES if d != ''], rng.randint(1, 3))
    if g.get('quantities'):
        # A text that states the same period twice: two gold quantities that one predicted quantity
        # finds (quantitiesRecall) but matches only once (quantities).
        g['quantities'].append(dict(g['quantities'][0]))
    if rng.random() < 0.3:
        g['title'] = rng.choice([None, ''])
    if rng.random() < 0.3:
        g.pop('area', None)
    return g


def perfect_with_alternatives(gold):
    """A perfect parse that writes a gold alternative as the target date where there is one."""
    out = perfect(gold)
    for a, ga in zip(out['actionPoints'], gold.get('actionPoints') or []):
        if ga.get('targetEdtfAlternatives'):
            a['targetDate'] = ga['targetEdtfAlternatives'][0]
    return out


def ratio_cases(rng):
    cases = []
    for _ in range(400):
        vocab = [str(c) for c in 'abcde'[:rng.randint(1, 5)]]
        a = [rng.choice(vocab) for _ in range(rng.randint(1, 25))]
        b = [rng.choice(vocab) for _ in range(rng.randint(1, 25))]
        if rng.random() < 0.3:
            b = a[:]; 
            for _ in range(rng.randint(1, 4)):
                if b: b[rng.randrange(len(b))] = rng.choice(vocab)
        cases.append((a, b))
    golds = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.gold.json')))
    texts = []
    for g in golds:
        d = json.load(open(g, encoding='utf-8'))
        texts += [u['text'] for u in (d.get('undertakings') or []) + (d.get('principles') or [])]
    for _ in range(200):
        a = score.tokens(rng.choice(texts))
        b = score.tokens(reword(rng, ' '.join(a)) if rng.random() < 0.6 else rng.choice(texts))
        cases.append((a, b))
    return cases


def write_json(name, value):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        json.dump(value, f, indent=1, ensure_ascii=False)


def check_coverage(manifest, golds):
    """Fails unless the fixtures show every figure both right and wrong, so that parity means something."""
    compact = [c['expected'] for c in manifest if 'inventedActionPoints' not in c['expected']]
    def seen(what, values):
        if not values:
            sys.exit(f'make_parity_cases: no fixture shows {what}')
    seen('a wrong section', [e for e in compact if 'undertakingSection' in e
                             and e['undertakingSection']['right'] < e['undertakingSection']['of']])
    seen('invented quantities', [e for e in compact if 'quantities' in e and e['quantities']['precision'] < 1])
    seen('a quantity found but not matched one-to-one',
         [e for e in compact if 'quantities' in e and e['quantities']['tp'] < e['quantitiesRecall']['found']])
    seen('missed quantities', [e for e in compact if 'quantities' in e and e['quantities']['recall'] < 1])
    seen('glossary P/R/F1 below 1', [e for e in compact if (e['glossary'] or {}).get('f1', 1) < 1])
    seen('a perfect glossary P/R/F1', [e for e in compact if (e['glossary'] or {}).get('f1') == 1])
    seen('a glossary sample not all found', [e for e in compact if 'sampleFound' in (e['glossary'] or {})
                                             and e['glossary']['sampleFound'] < e['glossary']['sample']])
    seen('no gold glossary', [e for e in compact if e['glossary'] is None])
    for field in ('title', 'area'):
        for value in (True, False, None):
            seen(f'{field} {value}', [e for e in compact if e['metadata'][field] is value])
    decided = 0
    for c in manifest:
        gold = golds[c['gold']]
        if any(a.get('targetEdtfAlternatives') for a in gold.get('actionPoints') or []):
            plain = copy.deepcopy(gold)
            for a in plain['actionPoints']:
                a.pop('targetEdtfAlternatives', None)
            parsed = json.load(open(os.path.join(OUT, c['parsed']), encoding='utf-8'))
            without = score.score(parsed, plain)
            decided += without.get('actionTargetDate', {}).get('tp') != c['expected'].get('actionTargetDate', {}).get('tp')
    seen('a target date right only by an alternative', decided)


def main():
    rng = random.Random(20091201)
    extra = random.Random(20140401)
    os.makedirs(OUT, exist_ok=True)
    manifest = []
    golds = {}
    forms = ['dict', 'list', 'none']  # the glossary of the edited golds, in turn
    compacts = 0
    for g in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.gold.json'))):
        gold = json.load(open(g, encoding='utf-8'))
        base = os.path.basename(g)[:-len('.gold.json')]
        golds[os.path.basename(g)] = gold
        variants = {'perfect': perfect(gold)}
        for n, level in ((1, 0.5), (2, 1.0), (3, 2.0)):
            variants[f'damaged{n}'] = visibly_damaged(rng, extra, variants['perfect'], gold, level)
        if gold.get('documentType') == 'OTHER':
            variants['invented'] = {"documentType": "COMPACT", "actionPoints": [
                {"text": "Review the guide", "lead": "Council", "targetDate": "2010-04"},
                {"text": "No date", "lead": "Council", "targetDate": None},
                {"text": "Empty lead", "lead": "", "targetDate": "2010"}]}
        for v, parsed in variants.items():
            name = f'{base}.{v}.parsed.json'
            write_json(name, parsed)
            manifest.append({"parsed": name, "gold": os.path.basename(g), "expected": score.score(parsed, gold)})
        if gold.get('documentType') == 'OTHER':
            continue
        edited_name = f'{base}.edited.gold.json'
        edited = edit_gold(extra, gold, forms[compacts % len(forms)])
        compacts += 1
        golds[edited_name] = edited
        write_json(edited_name, edited)
        variants = {'edited.perfect': perfect_with_alternatives(edited)}
        if edited.get('quantities'):
            variants['edited.quantity-once'] = perfect(edited)
            for u in variants['edited.quantity-once']['undertakings']:
                if u['text'] == edited['quantities'][0]['text']:
                    u['quantities'].pop()
        for n, level in ((1, 1.0), (2, 2.0)):
            variants[f'edited.damaged{n}'] = visibly_damaged(extra, extra, perfect(edited), edited, level)
        for v, parsed in variants.items():
            name = f'{base}.{v}.parsed.json'
            write_json(name, parsed)
            manifest.append({"parsed": name, "gold": edited_name, "expected": score.score(parsed, edited)})
    check_coverage(manifest, golds)
    with open(os.path.join(OUT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, indent=1)
    with open(os.path.join(OUT, 'ratios.tsv'), 'w', encoding='utf-8') as f:
        for a, b in ratio_cases(rng):
            r = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
            f.write(' '.join(a) + '\t' + ' '.join(b) + '\t' + repr(r) + '\n')


if __name__ == '__main__':
    main()
