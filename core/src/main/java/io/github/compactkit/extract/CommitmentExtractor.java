package io.github.compactkit.extract;

import io.github.compactkit.layout.Block;
import io.github.compactkit.layout.Heading;
import io.github.compactkit.layout.ListItem;
import io.github.compactkit.layout.Paragraph;
import io.github.compactkit.model.Party;
import io.github.compactkit.model.Principle;
import io.github.compactkit.model.Span;
import io.github.compactkit.structure.LocatedBlock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds shared principles and sector undertakings: list items under a heading or lead-in that says
 * whose they are, with nested items folded into their parent, plus named principles ("Partnership –
 * …", or a one-line name followed by its paragraph).
 */
final class CommitmentExtractor {
    private static final Pattern NAMED = Pattern.compile("^([A-Z][^.:;\u2013\u2014]{1,60}?)(?:\\s*:|\\s+[-\u2013\u2014])\\s+(\\S.*)$");
    /** An item that names its own subject: "The Council will …", "Both sectors will …". */
    private static final Pattern ITEM_SUBJECT = Pattern.compile(
            "^((?:the |all |each |local )?[a-z&' ]{2,60}?)\\s+(will|shall|undertakes? to|agrees? to|commits? to|are committed to|is committed to)\\b");

    /** What was found: principles and undertakings (themes and quantities are added later). */
    record Found(List<Principle> principles, List<RawUndertaking> undertakings) {
    }

    /** An undertaking before enrichment. */
    record RawUndertaking(Party party, String text, String section, List<String> subItems, Span span,
                          List<String> headingTitles) {
    }

    /**
     * Finds principles and undertakings; {@code acronyms} (e.g. ECVS → Eastbrook Council for
     * Voluntary Service) let an item whose subject is an acronym be given its party.
     */
    Found extract(List<LocatedBlock> blocks, Map<String, String> acronyms) {
        Run run = new Run(acronyms);
        for (int i = 0; i < blocks.size(); i++) {
            run.accept(blocks.get(i), i > 0 ? blocks.get(i - 1).block() : null);
        }
        run.closeItem();
        return new Found(run.principles, run.undertakings);
    }

    /** Context of a block's section: the innermost heading that says something wins. */
    static Context sectionContext(LocatedBlock located, Map<Heading, Context> cache) {
        for (int i = located.headings().size() - 1; i >= 0; i--) {
            Heading h = located.headings().get(i);
            Context c = cache.computeIfAbsent(h, k -> ContextClassifier.ofHeading(k.title()));
            if (!c.is(Context.Kind.NONE)) {
                return c;
            }
        }
        return Context.NONE;
    }

    private static final class Run {
        final List<Principle> principles = new ArrayList<>();
        final List<RawUndertaking> undertakings = new ArrayList<>();
        final Map<Heading, Context> cache = new IdentityHashMap<>();
        final Map<String, String> acronyms;
        Context leadIn;
        // The item being collected.
        ListItem open;
        LocatedBlock openLocated;
        Context openContext;
        final List<String> openSubs = new ArrayList<>();
        Span openSpan;

        Run(Map<String, String> acronyms) {
            this.acronyms = acronyms;
        }

        void accept(LocatedBlock located, Block previous) {
            Context section = sectionContext(located, cache);
            Block block = located.block();
            if (block instanceof ListItem item) {
                acceptItem(located, item, leadIn != null ? leadIn : section);
                return;
            }
            closeItem();
            leadIn = null;
            if (block instanceof Paragraph p) {
                Optional<Context> lead = ContextClassifier.ofLeadIn(p.text(), section);
                if (lead.isPresent()) {
                    leadIn = lead.get();
                } else if (section.is(Context.Kind.PRINCIPLES)) {
                    acceptPrincipleParagraph(located, p, previous);
                }
            }
        }

        /** A principle written as a paragraph: under its one-line name, or as "Name – text". */
        private void acceptPrincipleParagraph(LocatedBlock located, Paragraph p, Block previous) {
            if (previous instanceof Heading h && h.number() == null && !isIntroductory(p.text())) {
                principles.add(new Principle(h.title(), p.text(), located.section(), List.of(), h.span().union(p.span())));
                return;
            }
            Matcher named = NAMED.matcher(p.text());
            if (named.matches() && named.group(1).split("\\s+").length <= 5) {
                principles.add(new Principle(named.group(1).strip(), named.group(2), located.section(), List.of(), p.span()));
            }
        }

        private void acceptItem(LocatedBlock located, ListItem item, Context context) {
            if (open != null && item.level() > open.level()) {
                openSubs.add(item.text());
                openSpan = openSpan.union(item.span());
                return;
            }
            closeItem();
            open = item;
            openLocated = located;
            openContext = context;
            openSpan = item.span();
        }

        void closeItem() {
            if (open == null) {
                return;
            }
            String text = ItemText.join(open.text(), openSubs);
            List<String> subs = List.copyOf(openSubs);
            Context context = openContext;
            Optional<Party> itemParty = subjectParty(open.text());
            if (context.is(Context.Kind.PRINCIPLES)) {
                Matcher named = NAMED.matcher(open.text());
                if (named.matches() && named.group(1).split("\\s+").length <= 6) {
                    principles.add(new Principle(named.group(1).strip(), ItemText.join(named.group(2), subs),
                            openLocated.section(), subs, openSpan));
                } else {
                    principles.add(new Principle(null, text, openLocated.section(), subs, openSpan));
                }
            } else if (context.is(Context.Kind.UNDERTAKINGS)) {
                undertakings.add(new RawUndertaking(itemParty.orElse(context.party()), text, openLocated.section(), subs,
                        openSpan, openLocated.titlesInnermostFirst()));
            } else if (context.is(Context.Kind.NONE) && itemParty.isPresent() && leadIn == null) {
                undertakings.add(new RawUndertaking(itemParty.get(), text, openLocated.section(), subs,
                        openSpan, openLocated.titlesInnermostFirst()));
            }
            open = null;
            openSubs.clear();
        }

        /** The party an item names as its own subject ("The VCS will …"); "we" names nobody. */
        private Optional<Party> subjectParty(String text) {
            Matcher m = ITEM_SUBJECT.matcher(PartyPhrases.lower(text));
            if (!m.find() || m.group(1).strip().matches("(together )?we|it|they|this|these|the compact|this compact")
                    || m.group(1).matches(".*\\b(that|which|who|to|where|when|if)\\b.*") || m.group(1).split(" ").length > 7) {
                return Optional.empty();
            }
            String subject = text.substring(m.start(1), m.end(1)).strip();
            Optional<Party> party = PartyPhrases.partyOf(subject);
            String expansion = acronyms.get(subject.replaceFirst("^(?i)the\\s+", ""));
            return party.isPresent() || expansion == null ? party : PartyPhrases.partyOf(expansion);
        }

        private static boolean isIntroductory(String text) {
            return text.endsWith(":");
        }
    }
}
