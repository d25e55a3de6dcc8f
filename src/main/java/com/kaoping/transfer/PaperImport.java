package com.kaoping.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.kaoping.paper.PaperService;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
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
    @Transactional(readOnly = true)
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
    @Transactional(readOnly = true)
    public Reading read(String filename, byte[] content, Script script) {
        if (content == null || content.length == 0) {
            throw new ImportRefusedException(ImportRefusedException.Reason.EMPTY);
        }
        String text;
        try {
            text = documents.extract(filename == null ? "" : filename, content);
        }
        catch (UnreadableDocumentException e) {
            throw new ImportRefusedException(ImportRefusedException.Reason.valueOf(e.reason().name()), e);
        }
        return read(text, script);
    }

    private Reading withDuplicates(Reading reading) {
        ReadPaper paper = reading.paper();
        List<String> stems = paper.sections().stream().flatMap(s -> s.questions().stream())
                .map(ReadQuestion::stem).filter(s -> s != null && !s.isBlank()).toList();
        Map<String, Long> same = bank.findSameStems(stems);
        if (same.isEmpty()) {
            return reading;
        }
        List<ReadWarning> warnings = new ArrayList<>(paper.warnings());
        for (int s = 0; s < paper.sections().size(); s++) {
            ReadSection section = paper.sections().get(s);
            for (int q = 0; q < section.questions().size(); q++) {
                Long id = same.get(section.questions().get(q).stem());
                if (id != null) {
                    warnings.add(new ReadWarning(ReadWarning.Code.LIKELY_DUPLICATE, s + 1, q + 1,
                            List.of(String.valueOf(id))));
                }
            }
        }
        return new Reading(reading.lines(), reading.script(), new ReadPaper(paper.title(), paper.timeLimitMinutes(),
                paper.statedTotal(), paper.truncated(), paper.sections(), warnings));
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
        var earlier = papers.findCreatedBy(plan.creationToken());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireValid(plan);
        Map<String, QuestionContent.CaseRef> cases = new LinkedHashMap<>();
        List<PaperService.DraftSection> sections = new ArrayList<>();
        for (ImportPlan.Section section : plan.sections()) {
            List<PaperService.DraftItem> items = new ArrayList<>();
            for (ImportPlan.Item item : section.items()) {
                long id = item.reuse() != null ? item.reuse()
                        : bank.create(withCase(item, cases, plan.paper().title(), actor), actor, UUID.randomUUID());
                items.add(new PaperService.DraftItem(id, item.points()));
            }
            sections.add(new PaperService.DraftSection(section.title(), section.instructions(), section.background(),
                    items));
        }
        return papers.createDraft(plan.paper(), sections, actor, plan.creationToken());
    }

    /** The paper an import with this creation token made, if any (a lost race between two clicks). */
    public java.util.Optional<Long> importedBy(UUID creationToken) {
        return papers.findCreatedBy(creationToken);
    }

    private void requireValid(ImportPlan plan) {
        List<ImportPlan.Problem> problems = new ArrayList<>();
        for (int s = 0; s < plan.sections().size(); s++) {
            List<ImportPlan.Item> items = plan.sections().get(s).items();
            for (int i = 0; i < items.size(); i++) {
                ImportPlan.Item item = items.get(i);
                if (item.reuse() != null) {
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
    private QuestionContent withCase(ImportPlan.Item item, Map<String, QuestionContent.CaseRef> cases, String paperTitle, long actor) {
        QuestionContent c = item.content();
        String background = item.caseBackground();
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
