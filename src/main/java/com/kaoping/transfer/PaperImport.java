package com.kaoping.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.kaoping.paper.PaperService;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionDetail;
import com.kaoping.shared.Points;
import com.kaoping.question.QuestionRules;
import com.kaoping.question.Violation;
import com.kaoping.transfer.documents.DocumentText;
import com.kaoping.transfer.documents.UnreadableDocumentException;
import com.kaoping.transfer.reading.PaperReader;
import com.kaoping.transfer.reading.ReadPaper;
import com.kaoping.transfer.reading.ReadQuestion;
import com.kaoping.transfer.reading.ReadSection;
import com.kaoping.transfer.reading.ReadWarning;
import com.kaoping.transfer.reading.Reading;
import com.kaoping.transfer.reading.Script;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper import: reading a pasted or uploaded paper (nothing is written) and importing what a
 * person reviewed, in one transaction, as bank questions, cases and a draft paper.
 */
@Service
public class PaperImport {

    /** The longest paste read: far beyond any real paper (an 18-question test is about 10,000). */
    public static final int MAX_CHARS = 1_000_000;

    /** The most questions one import takes: a review page of more would not be read by anyone (a paper has 5 to 100). */
    public static final int MAX_QUESTIONS = 300;

    private final PaperReader reader = new PaperReader();
    private final DocumentText documents = new DocumentText();
    private final QuestionBank bank;
    private final PaperService papers;

    PaperImport(QuestionBank bank, PaperService papers) {
        this.bank = bank;
        this.papers = papers;
    }

    /**
     * Reads pasted text; questions whose stem the bank already holds get a
     * {@link ReadWarning.Code#LIKELY_DUPLICATE} warning naming the bank question.
     *
     * @throws ImportRefusedException when the text is empty, too long or holds no question
     */
    public Reading read(String text, Script script) {
        if (text == null || text.isBlank()) {
            throw new ImportRefusedException(ImportRefusedException.Reason.EMPTY);
        }
        if (text.length() > MAX_CHARS) {
            throw new ImportRefusedException(ImportRefusedException.Reason.TEXT_TOO_LONG);
        }
        Reading reading = reader.read(text, script);
        if (reading.paper().questionCount() == 0) {
            throw new ImportRefusedException(ImportRefusedException.Reason.NO_QUESTIONS);
        }
        if (reading.paper().questionCount() > MAX_QUESTIONS) {
            throw new ImportRefusedException(ImportRefusedException.Reason.TOO_MANY_QUESTIONS);
        }
        return withDuplicates(reading);
    }

    /** Reads an uploaded file (see {@link DocumentText} for the types). */
    public Reading read(String filename, byte[] content, Script script) {
        return read(textOf(filename, content), script);
    }

    /**
     * The text of an uploaded file, as written (before any cleaning or conversion: reading it
     * again in the other script starts from this).
     */
    public String textOf(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportRefusedException(ImportRefusedException.Reason.EMPTY);
        }
        try {
            return documents.extract(filename == null ? "" : filename, content);
        }
        catch (UnreadableDocumentException e) {
            throw new ImportRefusedException(ImportRefusedException.Reason.valueOf(e.reason().name()), e);
        }
    }

    private Reading withDuplicates(Reading reading) {
        ReadPaper paper = reading.paper();
        List<String> stems = paper.sections().stream().flatMap(s -> s.questions().stream())
                .map(ReadQuestion::stem).filter(s -> s != null && !s.isBlank()).toList();
        Map<String, Long> same = bank.findSameStems(stems);
        if (same.isEmpty()) {
            return reading;
        }
        Map<Long, QuestionDetail> held = bank.current(same.values());
        List<ReadWarning> warnings = new ArrayList<>(paper.warnings());
        for (int s = 0; s < paper.sections().size(); s++) {
            ReadSection section = paper.sections().get(s);
            for (int q = 0; q < section.questions().size(); q++) {
                ReadQuestion read = section.questions().get(q);
                Long id = same.get(read.stem());
                if (id != null && held.containsKey(id)) {
                    warnings.add(new ReadWarning(ReadWarning.Code.LIKELY_DUPLICATE, s + 1, q + 1,
                            List.of(String.valueOf(id), sameAnswers(read, held.get(id).content()) ? SAME : DIFFERENT)));
                }
            }
        }
        return new Reading(reading.lines(), reading.script(), new ReadPaper(paper.title(), paper.timeLimitMinutes(),
                paper.statedTotal(), paper.truncated(), paper.sections(), warnings));
    }

    /** The second argument of a LIKELY_DUPLICATE warning: does the bank's question also have these options and key? */
    public static final String SAME = "SAME";
    public static final String DIFFERENT = "DIFFERENT";

    /**
     * Whether the bank's question with the same stem also asks it the same way: the same kind and,
     * for a choice or true/false question, the same options and key ("下列说法正确的是" is the stem
     * of many different questions).
     */
    private static boolean sameAnswers(ReadQuestion read, QuestionContent held) {
        if (read.kind() != held.kind()) {
            return false;
        }
        if (held.kind().hasOptions()) {
            List<String> options = held.options().stream().map(o -> QuestionBank.textKey(o.text())).toList();
            List<String> readOptions = read.options().stream().map(QuestionBank::textKey).toList();
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < held.options().size(); i++) {
                if (held.options().get(i).correct()) {
                    key.append(key.isEmpty() ? "" : ",").append((char) ('A' + i));
                }
            }
            return options.equals(readOptions) && key.toString().equals(read.key());
        }
        if (held.kind() == com.kaoping.question.QuestionKind.TRUE_FALSE) {
            return held.trueFalseKey() != null && String.valueOf(held.trueFalseKey()).equalsIgnoreCase(read.key());
        }
        return true;
    }

    /**
     * Imports a reviewed paper in one transaction: a case for each distinct shared background,
     * the new questions, and a draft paper with the same sections, order and points. Importing the
     * same plan twice (its creation token) gives the first paper.
     *
     * @return the draft paper's id
     * @throws InvalidImportException when a question breaks the bank's rules (nothing written)
     */
    @Transactional
    public long importPaper(ImportPlan plan, long actor) {
        if (plan.creationToken() != null) {
            var earlier = papers.findCreatedBy(plan.creationToken());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        requireValid(plan);
        Map<String, QuestionContent.CaseRef> cases = new LinkedHashMap<>();
        List<PaperService.DraftSection> sections = new ArrayList<>();
        for (ImportPlan.Section section : plan.sections()) {
            List<PaperService.DraftItem> items = new ArrayList<>();
            for (ImportPlan.Item item : section.items()) {
                // a background given under the section is a case its questions share (import.md),
                // unless a question names its own
                String background = item.caseBackground() != null ? item.caseBackground() : section.background();
                long id = item.reuse() != null ? item.reuse()
                        : bank.create(withCase(item.content(), background, cases, plan.paper().title(), actor), actor,
                                UUID.randomUUID());
                items.add(new PaperService.DraftItem(id, item.points()));
            }
            // the section's background travels with its questions' case: shown once on the sheet, not twice
            boolean shared = section.items().stream().anyMatch(i -> i.caseBackground() == null);
            sections.add(new PaperService.DraftSection(section.title(), section.instructions(),
                    shared ? null : section.background(), items));
        }
        return papers.createDraft(plan.paper(), sections, actor, plan.creationToken());
    }

    /** The paper an import with this creation token made, if any (a lost race between two clicks). */
    public java.util.Optional<Long> importedBy(UUID creationToken) {
        return papers.findCreatedBy(creationToken);
    }

    private void requireValid(ImportPlan plan) {
        List<ImportPlan.Problem> problems = new ArrayList<>();
        List<Long> reused = plan.sections().stream().flatMap(s -> s.items().stream()).map(ImportPlan.Item::reuse)
                .filter(java.util.Objects::nonNull).toList();
        Map<Long, QuestionDetail> held = reused.isEmpty() ? Map.of() : bank.current(reused);
        for (int s = 0; s < plan.sections().size(); s++) {
            List<ImportPlan.Item> items = plan.sections().get(s).items();
            for (int i = 0; i < items.size(); i++) {
                ImportPlan.Item item = items.get(i);
                if (item.reuse() != null) {
                    if (item.points() != null && !Points.isValidMaximum(item.points())) {
                        problems.add(new ImportPlan.Problem(s, i, new Violation("points", "validation.points", Points.MAX)));
                    }
                    // a colleague may have archived it since the paper was read
                    QuestionDetail q = held.get(item.reuse());
                    if (q == null || q.archived()) {
                        problems.add(new ImportPlan.Problem(s, i,
                                new Violation("duplicateOf", "import.reuse.gone", item.reuse())));
                    }
                    continue;
                }
                for (Violation v : QuestionRules.check(item.content())) {
                    problems.add(new ImportPlan.Problem(s, i, v));
                }
                String background = item.caseBackground();
                if (background != null && background.length() > QuestionRules.BACKGROUND_MAX) {
                    problems.add(new ImportPlan.Problem(s, i, new Violation("caseBackground", "validation.tooLongBy",
                            String.valueOf(QuestionRules.BACKGROUND_MAX), String.valueOf(background.length()))));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidImportException(problems);
        }
    }

    /** The question with its case: one case per distinct background text in the paper. */
    private QuestionContent withCase(QuestionContent c, String background, Map<String, QuestionContent.CaseRef> cases,
                                     String paperTitle, long actor) {
        if (background == null || background.isBlank()) {
            return c;
        }
        QuestionContent.CaseRef caseRef = cases.computeIfAbsent(background.strip(), b -> {
            String title = caseTitle(paperTitle, cases.size() + 1);
            return new QuestionContent.CaseRef(bank.createCase(title, b, actor, UUID.randomUUID()), title, b);
        });
        return new QuestionContent(c.kind(), c.stem(), c.background(), c.points(), c.difficulty(), c.language(),
                c.tags(), caseRef, c.options(),
                c.trueFalseKey(), c.partialCredit(), c.explanation(), c.referenceAnswer(), c.rubric(),
                c.scoringFocus(), c.pitfalls(), c.competencies(), c.subtitle(), c.stepGroups());
    }

    /** "<paper title> · 3": the paper says where the case came from; cases have no title of their own there. */
    private static String caseTitle(String paperTitle, int number) {
        String base = paperTitle.length() > 180 ? paperTitle.substring(0, 180) : paperTitle;
        return base + " · " + number;
    }
}
