#!/usr/bin/env python3
"""Renders a plain-text compact (corpus/compacts/*.txt) as a styled flat ODF text document (FODT)
that LibreOffice converts to PDF and DOCX: real headings (numbered lines such as "2.3 Funding"),
real bullet lists (nested by indentation), tables for tab-separated lines, bold for **text**, a
running header with the title, a footer "Page N of M".

Options:
  --title TEXT            running header text (default: first non-empty line)
  --two-column HEADING    render the body of the section whose heading starts with HEADING in
                          two columns (repeatable)
  --action-table          render "Action: ... Lead: ... By when: ..." paragraphs (the usual label
                          variants) as a table whose header repeats the labels
  --justify               justified body text, hyphenated at line ends (needs hyphen-en-gb)
  --drop REGEX            leave out source lines matching REGEX (a running footer typed into the
                          text); repeatable

Usage: txt2fodt.py IN.txt OUT.fodt [options]
"""
import argparse, re, sys
from xml.sax.saxutils import escape

NUMBERED = re.compile(r'^(\d{1,2}(\.\d{1,2})*[.)]?|(?:Part|Section|Appendix)\s+\w+|(?:PART|SECTION|APPENDIX)\s+\w+:?|Appendices)(\s+\S.*)?$')
BULLET = re.compile(r'^(\s*)([-·•*–▪●◦■➢☐✔✓])\s+(.*)$')
# Numbered clauses: "1.", "1)", "3.1", "4.1.2", "(a)", "(ii)", "F3" each start a paragraph of their own.
ENUMERATED = re.compile(r'^\s*(\d{1,2}(\.\d{1,2})+\.?|\d{1,2}[.)]|\(?[a-z]\)|\([ivx]{1,4}\)|[A-Z]{1,2}\d{1,3})\s+\S')
ACTION = re.compile(r'^Action:\s*(.*?)\s*(Lead(?: Responsibility| officer)?|Responsibility|Who):\s*(.*?)\s*'
                    r'(Target Completion Date|Target date|By when|Timescale|Deadline|When):\s*(.*)$')


def inline(text):
    """Escapes text and turns **bold** into spans; Markdown *emphasis* marks are dropped."""
    text = re.sub(r'(^|[\s(])\*(?!\*)(\S(?:[^*]*\S)?)\*(?!\*)', r'\1\2', text)
    out, bold = [], False
    for i, part in enumerate(text.split('**')):
        if i > 0:
            bold = not bold
        if not part:
            continue
        e = escape(part)
        out.append(f'<text:span text:style-name="Bold">{e}</text:span>' if bold else e)
    return ''.join(out)


MD_HEADING = re.compile(r'^(#{1,6})\s+(.*)$')
PIPE_ROW = re.compile(r'^\s*\|.*\|\s*$')
PIPE_RULE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def heading_level(line):
    s = line.strip()
    md = MD_HEADING.match(s)
    if md:
        return min(3, len(md.group(1)))
    if len(s) > 90 or s.endswith('.') or '\t' in s or len(s.split()) > 14:
        return 0
    m = NUMBERED.match(s)
    if not m or m.group(3) is None and not s.startswith(('Appendices',)):
        return 0
    number = m.group(1)
    if number[0].isdigit():
        return min(3, number.rstrip('.)').count('.') + 1)
    return 1


class Renderer:
    def __init__(self, lines, two_column, action_table):
        self.lines = lines
        self.two_column = [t.lower() for t in two_column]
        self.action_table = action_table
        self.body = []
        self.tables = 0
        self.sections = 0
        self.in_columns = None  # heading level that opened the two-column section
        self.action_labels = None

    def blocks(self):
        """Blank-line separated blocks of lines."""
        block = []
        for line in self.lines:
            if line.strip() == '':
                if block:
                    yield block
                block = []
            else:
                block.append(line.rstrip('\n'))
        if block:
            yield block

    def render(self):
        blocks = list(self.blocks())
        # Merge "Action:" paragraphs split across a page break in the source text.
        merged = []
        for b in blocks:
            if merged and merged[-1][0].startswith('Action:') and not ACTION.match(' '.join(' '.join(merged[-1]).replace('**', '').split())) \
                    and not b[0].startswith('Action:') and not heading_level(b[0]):
                merged[-1] = [' '.join(merged[-1] + b)]
            else:
                merged.append(b)
        blocks = merged
        first = True
        pending_list, pending_table, pending_actions = [], [], []
        for b in blocks:
            if first:
                title = " ".join(s.strip() for s in b)
                title = MD_HEADING.match(title).group(2) if MD_HEADING.match(title) else title
                self.body.append(f'<text:p text:style-name="Title">{inline(title)}</text:p>')
                first = False
                continue
            b = [l for l in b if not re.fullmatch(r'\s*[-·•*–▪●◦■➢☐✔✓]\s*', l)] or b
            is_list = all(BULLET.match(l) or (i > 0 and l.startswith('  ')) for i, l in enumerate(b))
            is_table = all('\t' in l for l in b) or all(PIPE_ROW.match(l) for l in b)
            plain = ' '.join(' '.join(b).replace('**', '').split())
            is_action = self.action_table and ACTION.match(plain)
            if not is_list:
                self.flush_list(pending_list)
            if not is_table:
                self.flush_table(pending_table)
            if not is_action:
                self.flush_actions(pending_actions)
            if is_list:
                pending_list.extend(b)
            elif is_table:
                pending_table.extend(b)
            elif is_action:
                pending_actions.append(ACTION.match(plain).groups())
                if not self.action_labels:
                    m = ACTION.match(plain)
                    self.action_labels = ['Action', m.group(2), m.group(4)]
            else:
                self.block(b, pending_list)
        self.flush_list(pending_list)
        self.flush_table(pending_table)
        self.flush_actions(pending_actions)
        self.close_columns(0)
        return '\n'.join(self.body)

    def block(self, b, pending_list):
        # A bare number line followed by its title ("1.1" / "Background") is one heading.
        bare = re.compile(r'\s*(\d{1,2}(\.\d{1,2})*|Part \d+|Section \w+)\s*')
        b = [l for l in b if not re.fullmatch(r'\s*[-·•*–▪●◦■➢☐✔✓]\s*', l)]  # an empty bullet is no item
        if not b:
            return
        if len(b) >= 2 and bare.fullmatch(b[0]) and bare.fullmatch(b[1]):
            self.heading(b[0].strip(), heading_level(b[0].strip() + ' x') or 1)
            self.block(b[1:], pending_list)
            return
        if len(b) >= 2 and bare.fullmatch(b[0]) and len(b[1]) < 80:
            if len(b) > 2:
                self.heading(b[0].strip() + ' ' + b[1].strip(), heading_level(b[0].strip() + ' ' + b[1].strip()) or 1)
                self.block(b[2:], pending_list)
                return
            b = [b[0].strip() + ' ' + b[1].strip()]
        if len(b) == 1 and heading_level(b[0]):
            self.heading(b[0].strip(), heading_level(b[0]))
            return
        # A paragraph whose tail is a list ("We want:" then "- ..." lines).
        for i, l in enumerate(b):
            if BULLET.match(l):
                self.paragraph(b[:i])
                pending_list.extend(b[i:])
                return
        self.paragraph(b)

    def heading(self, text, level):
        md = MD_HEADING.match(text)
        if md:
            text = md.group(2).strip()
        self.close_columns(level)
        self.body.append(f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{inline(text)}</text:h>')
        if any(text.lower().startswith(t) for t in self.two_column):
            self.sections += 1
            self.body.append(f'<text:section text:style-name="TwoColumns" text:name="Columns{self.sections}">')
            self.in_columns = level

    def close_columns(self, level):
        if self.in_columns is not None and level <= self.in_columns:
            self.body.append('</text:section>')
            self.in_columns = None

    def paragraph(self, lines):
        if not lines:
            return
        # Numbered clauses ("1. ...", "(ii) ...") each start a paragraph of their own.
        # So does a short title-like line after a finished sentence (a lost blank line in the text).
        groups = [[]]
        for l in lines:
            prev = groups[-1][-1].strip() if groups[-1] else ''
            title_after_sentence = prev.endswith(('.', ':', '!', '?')) and len(l.strip()) <= 50 \
                and len(l.split()) <= 6 and not l.strip().endswith(('.', ',', ';'))
            if groups[-1] and (ENUMERATED.match(l) or title_after_sentence):
                groups.append([])
            groups[-1].append(l)
        for g in groups:
            self.one_paragraph(g)

    def one_paragraph(self, lines):
        # Hard-wrapped prose is unwrapped; short lines (addresses, signatures, contents) keep breaks.
        prose = len(lines) > 1 and all(len(l.strip()) >= 55 for l in lines[:-1]) \
            and not any('...' in l or '\t' in l for l in lines)
        sep = ' ' if prose else '\x00'
        # Bold may span lines, so mark line breaks before turning ** into spans.
        text = inline(sep.join(l.strip() for l in lines)).replace('\x00', '<text:line-break/>')
        self.body.append(f'<text:p text:style-name="Body">{text}</text:p>')

    def flush_list(self, items):
        if not items:
            return
        # (level, text) with continuation lines appended to the previous item.
        entries = []
        for l in items:
            m = BULLET.match(l)
            if m:
                entries.append([1 if len(m.group(1)) > 0 else 0, m.group(3).strip()])
            elif entries:
                entries[-1][1] += ' ' + l.strip()
        out = ['<text:list text:style-name="Bullets">']
        depth = 0
        open_item = False
        for level, text in entries:
            while depth < level:
                out.append('<text:list>') if open_item else out.append('<text:list-item><text:list>')
                depth += 1
                open_item = False
            while depth > level:
                out.append('</text:list-item></text:list>')
                depth -= 1
                open_item = True
            if open_item:
                out.append('</text:list-item>')
            out.append(f'<text:list-item><text:p text:style-name="ListBody">{inline(text)}</text:p>')
            open_item = True
        while depth > 0:
            out.append('</text:list-item></text:list>')
            depth -= 1
        out.append('</text:list-item></text:list>')
        self.body.append(''.join(out))
        items.clear()

    def table(self, header, rows, widths=None):
        self.tables += 1
        n = max(len(r) for r in ([header] if header else []) + rows)
        out = [f'<table:table table:name="Table{self.tables}" table:style-name="Table">']
        out.append(f'<table:table-column table:style-name="Col" table:number-columns-repeated="{n}"/>')

        def row(cells, style):
            cells = list(cells) + [''] * (n - len(cells))
            tds = ''.join(f'<table:table-cell table:style-name="Cell" office:value-type="string">'
                          f'<text:p text:style-name="{style}">{inline(c.strip())}</text:p></table:table-cell>' for c in cells)
            return f'<table:table-row>{tds}</table:table-row>'
        if header:
            out.append('<table:table-header-rows>' + row(header, 'TableHeading') + '</table:table-header-rows>')
        for r in rows:
            out.append(row(r, 'TableBody'))
        out.append('</table:table>')
        self.body.append(''.join(out))

    def flush_table(self, lines):
        if not lines:
            return
        rows = [[c.strip() for c in l.strip().strip('|').split('|')] if PIPE_ROW.match(l) else l.split('\t')
                for l in lines if not PIPE_RULE.match(l)]
        # A trailing empty cell (TOC entry without page) or a leading one keeps its column.
        self.table(None, rows)
        lines.clear()

    def flush_actions(self, actions):
        if not actions:
            return
        rows = [[a, re.sub(r'\.$', '', l.strip()), t.strip()] for a, _, l, _, t in actions]
        self.table(self.action_labels, rows)
        actions.clear()


STYLES = '''<office:font-face-decls>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="ListBody" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.08cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="TableBody" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="TableHeading" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="9pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-top="1cm" fo:margin-bottom="0.8cm"/>
   <style:text-properties fo:font-size="22pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:keep-with-next="always"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm"/>
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
   <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3" style:class="text">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/>
   <style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="Page">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="TwoColumns" style:family="section">
   <style:section-properties text:dont-balance-text-columns="false">
    <style:columns fo:column-count="2" fo:column-gap="0.8cm"/>
   </style:section-properties>
  </style:style>
  <style:style style:name="Table" style:family="table">
   <style:table-properties style:width="16.6cm" table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.4cm"/>
  </style:style>
  <style:style style:name="Col" style:family="table-column"/>
  <style:style style:name="Cell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.2cm" fo:border="0.5pt solid #888888"/>
  </style:style>
  <text:list-style style:name="Bullets">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
   <text:list-level-style-bullet text:level="2" text:bullet-char="–">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.8cm" fo:text-indent="-0.5cm" fo:margin-left="1.8cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
 </office:automatic-styles>'''


JUSTIFIED = '''
  <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%" fo:text-align="justify"/>
   <style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
  </style:style>
  <style:style style:name="ListBody" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.08cm" fo:line-height="115%" fo:text-align="justify"/>
   <style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
  </style:style>'''


def styles(justify):
    """The style sheet; justified text with automatic hyphenation replaces the ragged body styles."""
    if not justify:
        return STYLES
    start = STYLES.index('  <style:style style:name="Body"')
    end = STYLES.index('  <style:style style:name="TableBody"')
    return STYLES[:start] + JUSTIFIED.strip('\n') + '\n' + STYLES[end:]


def document(body, title, justify=False):
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 {styles(justify)}
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Page">
   <style:header><text:p text:style-name="Header">{escape(title)}</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
{body}
  </office:text>
 </office:body>
</office:document>
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('input')
    ap.add_argument('output')
    ap.add_argument('--title')
    ap.add_argument('--two-column', action='append', default=[])
    ap.add_argument('--action-table', action='store_true')
    ap.add_argument('--justify', action='store_true', help='justified body text with automatic hyphenation')
    ap.add_argument('--drop', action='append', default=[], help='regex of source lines to leave out (a running footer typed into the text)')
    a = ap.parse_args()
    with open(a.input, encoding='utf-8') as f:
        lines = f.read().replace('\r\n', '\n').replace('\f', '\n').split('\n')
    drops = [re.compile(d) for d in a.drop]
    lines = [l for l in lines if not any(d.match(l.strip()) for d in drops)]
    title = a.title or next(re.sub(r'^#+\s*', '', l.strip()).replace('**', '') for l in lines if l.strip())
    body = Renderer(lines, a.two_column, a.action_table).render()
    with open(a.output, 'w', encoding='utf-8') as f:
        f.write(document(body, title, a.justify))


if __name__ == '__main__':
    main()
