#!/usr/bin/env python3
"""Writes the fixtures of the Java scorer's parity tests (ScorerParityTest, SequenceMatcherParityTest).

For each gold file it derives "parsed" documents in the shape of the CLI's JSON (perfect, and
damaged in seeded random ways: items dropped, reworded, split, merged, parties flipped, leads and
dates changed, junk added, quantities altered), then records what score.py says about each. The
Java harness must reproduce those numbers. It also records difflib ratios of random token lists.

Usage: python3 corpus/tools/make_parity_cases.py   (from the repository root)
"""
import difflib, glob, json, os, random, sys

sys.path.insert(0, os.path.dirname(__file__))
import score  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..')
OUT = os.path.join(ROOT, 'src', 'test', 'resources', 'parity')


def perfect(gold):
    qs = gold.get('quantities') or []
    def quantities(text):
        return [{"value": q['value'], "unit": q['unit'], "topic": q.get('topic'), "text": None}
                for q in qs if q['text'] == text]
    return {
        "schemaVersion": "1", "documentType": gold.get('documentType'),
        "principles": [{"name": p.get('name'), "text": p['text'], "section": p.get('section')}
                       for p in gold.get('principles') or []],
        "undertakings": [{"party": u['party'], "text": u['text'], "section": u.get('section'),
                          "quantities": quantities(u['text'])} for u in gold.get('undertakings') or []],
        "actionPoints": [{"text": a['text'], "lead": a.get('lead'), "leads": a.get('leads') or [],
                          "target": a.get('target'), "targetDate": a.get('targetEdtf'), "section": a.get('section')}
                         for a in gold.get('actionPoints') or []],
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


def damage(rng, parsed, gold, level):
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
                first = dict(it); first['text'] = ' '.join(words[:cut])
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
                    it['targetDate'] = rng.choice(['2006-06', '', None, '2013-35', '2013-04-01/2014-03-31'])
            if key == 'undertakings' and it.get('quantities') and rng.random() < 0.3 * level:
                it['quantities'][0]['value'] = it['quantities'][0]['value'] + 1
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


def main():
    rng = random.Random(20091201)
    os.makedirs(OUT, exist_ok=True)
    manifest = []
    for g in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.gold.json'))):
        gold = json.load(open(g, encoding='utf-8'))
        base = os.path.basename(g)[:-len('.gold.json')]
        variants = {'perfect': perfect(gold)}
        for n, level in ((1, 0.5), (2, 1.0), (3, 2.0)):
            variants[f'damaged{n}'] = damage(rng, variants['perfect'], gold, level)
        if gold.get('documentType') == 'OTHER':
            variants['invented'] = {"documentType": "COMPACT", "actionPoints": [
                {"text": "Review the guide", "lead": "Council", "targetDate": "2010-04"},
                {"text": "No date", "lead": "Council", "targetDate": None},
                {"text": "Empty lead", "lead": "", "targetDate": "2010"}]}
        for v, parsed in variants.items():
            name = f'{base}.{v}.parsed.json'
            with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
                json.dump(parsed, f, indent=1, ensure_ascii=False)
            manifest.append({"parsed": name, "gold": os.path.basename(g), "expected": score.score(parsed, gold)})
    with open(os.path.join(OUT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, indent=1)
    with open(os.path.join(OUT, 'ratios.tsv'), 'w', encoding='utf-8') as f:
        for a, b in ratio_cases(rng):
            r = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
            f.write(' '.join(a) + '\t' + ' '.join(b) + '\t' + repr(r) + '\n')


if __name__ == '__main__':
    main()
