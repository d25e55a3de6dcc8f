package com.kaoping.transfer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.question.QuestionKind;
import com.kaoping.transfer.corpus.ImportAccuracy.DocumentScore;
import com.kaoping.transfer.corpus.ImportAccuracy.Field;
import com.kaoping.transfer.reading.ReadPaper;
import com.kaoping.transfer.reading.ReadQuestion;
import com.kaoping.transfer.reading.ReadQuestion.ReadStep;
import com.kaoping.transfer.reading.ReadSection;
import com.kaoping.transfer.reading.Reading;
import com.kaoping.transfer.reading.Script;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** The scorer itself: it cannot pass what is wrong, and it does not punish what is right. */
class ImportAccuracyTest {

    private static final String ANNOTATION = """
            {"title": "客服专员岗位笔试", "timeLimitMinutes": 60, "statedTotal": 100, "truncated": false,
             "sections": [
              {"number": "一", "title": "单项选择题", "pointsEach": 5, "statedTotal": 10, "questions": [
                {"number": "1", "kind": "SINGLE_CHOICE", "stem": "客户来电投诉物流延迟时,客服首先应该做的是", "options": ["解释物流公司的责任", "安抚情绪并致歉", "直接挂断", "要求客户自己查询"], "key": "B", "points": 5, "referenceAnswer": false, "explanation": true},
                {"number": "2", "kind": "SINGLE_CHOICE", "stem": "首次呼叫解决率的英文缩写是", "options": ["FCR", "AHT", "CSAT", "NPS"], "key": "A", "points": 5, "referenceAnswer": false, "explanation": false}
              ]},
              {"number": "二", "title": "判断题", "pointsEach": 5, "statedTotal": 10, "questions": [
                {"number": "1", "kind": "TRUE_FALSE", "stem": "客户情绪激动时应该先讲清公司规定再安抚。", "key": "FALSE", "points": 5},
                {"number": "2", "kind": "TRUE_FALSE", "stem": "回访是服务闭环的一部分。", "key": "TRUE", "points": 5}
              ]},
              {"number": "三", "title": "情景模拟题", "statedTotal": 80, "questions": [
                {"number": "1", "kind": "SCENARIO", "stem": "一位客户因为订单延迟三天来电,情绪非常激动,请模拟你的处理过程。", "points": 40,
                 "rubricSteps": [{"label": "致歉与共情", "points": 6}, {"label": "核实订单并给出方案", "points": 10}, {"label": "承诺时限并跟进", "points": 4}],
                 "competencies": ["情绪管理", "沟通技巧"], "referenceAnswer": true, "explanation": true},
                {"number": "2", "kind": "CASE_ANALYSIS", "stem": "请分析该店铺差评率上升的原因。", "points": 40,
                 "caseBackground": "某网店在大促期间差评率从2%上升到9%", "referenceAnswer": true}
              ]}
             ]}
            """;

    private final Expected expected = Expected.parse(ANNOTATION);

    /** The reading that says exactly what the annotation says (in traditional width and punctuation noise where harmless). */
    private static Reading perfect() {
        ReadSection choice = new ReadSection("一", "单项选择题", null, null, bd(5), 2, bd(10), List.of(
                q("1", QuestionKind.SINGLE_CHOICE, "客户来电投诉物流延迟时,客服首先应该做的是( )",
                        List.of("解释物流公司的责任", "安抚情绪并致歉", "直接挂断", "要求客户自己查询"), "B", bd(5), null, "先处理情绪"),
                q("2", QuestionKind.SINGLE_CHOICE, "首次呼叫解决率的英文缩写是", List.of("FCR", "AHT", "CSAT", "NPS"), "A",
                        bd(5), null, null)));
        ReadSection trueFalse = new ReadSection("二", "判断题", null, null, bd(5), null, bd(10), List.of(
                q("1", QuestionKind.TRUE_FALSE, "客户情绪激动时应该先讲清公司规定再安抚。", List.of(), "FALSE", bd(5), null, null),
                q("2", QuestionKind.TRUE_FALSE, "回访是服务闭环的一部分。", List.of(), "TRUE", bd(5), null, null)));
        ReadQuestion scenario = new ReadQuestion("1", QuestionKind.SCENARIO,
                "一位客户因为订单延迟三天来电,情绪非常激动,请模拟你的处理过程。", null, List.of(), null, bd(40),
                "(1)致歉与共情……", "评分侧重于……",
                List.of(new ReadStep("致歉与共情", bd(6), "您好,非常抱歉", null),
                        new ReadStep("核实订单并给出方案", bd(10), null, null),
                        new ReadStep("承诺时限并跟进", bd(4), null, null)),
                List.of(), List.of(), List.of("沟通技巧(Communication)", "情绪管理"), null);
        ReadQuestion caseQuestion = new ReadQuestion("2", QuestionKind.CASE_ANALYSIS, "请分析该店铺差评率上升的原因。",
                "某网店在大促期间差评率从2%上升到9%,客服团队人手不足。", List.of(), null, bd(40), "原因有三……", null,
                List.of(), List.of(), List.of(), List.of(), null);
        ReadSection subjective = new ReadSection("三", "情景模拟题", null, null, null, null, bd(80),
                List.of(scenario, caseQuestion));
        return reading("客服专员岗位笔试", 60, bd(100), false, List.of(choice, trueFalse, subjective));
    }

    @Test
    void aPerfectReadingScoresEveryField() {
        DocumentScore score = ImportAccuracy.score("perfect", expected, perfect());

        assertThat(score.mistakes).isEmpty();
        assertThat(score.ratio()).isEqualTo(1.0);
        assertThat(score.tally(Field.FOUND).total).isEqualTo(6);
        assertThat(score.tally(Field.KEY).total).isEqualTo(4);
        assertThat(score.tally(Field.OPTIONS).total).as("only questions with options count for options").isEqualTo(2);
        assertThat(score.tally(Field.RUBRIC).total).isEqualTo(1);
        assertThat(score.tally(Field.BACKGROUND).total).isEqualTo(1);
        assertThat(score.tally(Field.SECTION_TITLE).total).isEqualTo(3);
    }

    @Test
    void aWrongKeyLosesExactlyTheKey() {
        Reading wrong = replaceQuestion(perfect(), 0, 1, q -> withKey(q, "C"));

        DocumentScore score = ImportAccuracy.score("wrong key", expected, wrong);

        assertThat(score.tally(Field.KEY).right).isEqualTo(3);
        assertThat(score.tally(Field.KEY).total).isEqualTo(4);
        assertThat(score.overall().total - score.overall().right).isEqualTo(1);
        assertThat(score.mistakes).singleElement().asString().contains("key");
        assertThat(score.byKind.get("SINGLE_CHOICE").total - score.byKind.get("SINGLE_CHOICE").right).isEqualTo(1);
        assertThat(score.byKind.get("TRUE_FALSE").ratio()).isEqualTo(1.0);
    }

    @Test
    void anExtraQuestionCostsAndDoesNotShiftTheOthers() {
        Reading extra = insertQuestion(perfect(), 1, 0, q("0", QuestionKind.TRUE_FALSE,
                "本试卷由某某文库用户上传,仅供学习交流使用", List.of(), "TRUE", null, null, null));
        DocumentScore clean = ImportAccuracy.score("perfect", expected, perfect());

        DocumentScore score = ImportAccuracy.score("extra", expected, extra);

        assertThat(score.tally(Field.FOUND).total).isEqualTo(7);
        assertThat(score.tally(Field.FOUND).right).isEqualTo(6);
        assertThat(score.overall().total - score.overall().right).isEqualTo(1);
        assertThat(score.ratio()).isLessThan(clean.ratio());
    }

    @Test
    void aMissingQuestionCostsEveryFieldItHas() {
        Reading missing = removeQuestion(perfect(), 2, 0);

        DocumentScore score = ImportAccuracy.score("missing", expected, missing);

        assertThat(score.tally(Field.FOUND).right).isEqualTo(5);
        assertThat(score.tally(Field.FOUND).total).isEqualTo(6);
        assertThat(score.tally(Field.RUBRIC).right).isZero();
        assertThat(score.tally(Field.RUBRIC).total).isEqualTo(1);
        assertThat(score.tally(Field.COMPETENCIES).right).isZero();
        // the case question after it is still matched to its own annotation
        assertThat(score.tally(Field.BACKGROUND).right).isEqualTo(1);
        // found, kind, section, stem, points, reference, explanation, rubric, competencies
        assertThat(score.overall().total - score.overall().right).isEqualTo(9);
    }

    @Test
    void aReadingWithNothingScoresNothing() {
        DocumentScore empty = ImportAccuracy.score("empty", expected, reading(null, null, null, false, List.of()));
        DocumentScore failed = ImportAccuracy.failed("failed", expected, "UnsupportedOperationException: not yet");

        assertThat(failed.overall().right).isZero();
        assertThat(failed.overall().total).isGreaterThan(40);
        assertThat(empty.tally(Field.FOUND).right).isZero();
        assertThat(empty.tally(Field.STEM).right).isZero();
        assertThat(empty.tally(Field.SECTION_TITLE).right).isZero();
    }

    @Test
    void questionsReadIntoTheWrongSectionLoseTheirSection() {
        ReadPaper p = perfect().paper();
        List<ReadSection> sections = new ArrayList<>(p.sections());
        // the reader missed the 判断题 header: its questions land in the choice section
        ReadSection merged = new ReadSection("一", "单项选择题", null, null, bd(5), 2, bd(10), concat(
                sections.get(0).questions(), sections.get(1).questions()));
        Reading r = reading(p.title(), p.timeLimitMinutes(), p.statedTotal(), false, List.of(merged, sections.get(2)));

        DocumentScore score = ImportAccuracy.score("merged", expected, r);

        assertThat(score.tally(Field.SECTION).right).isEqualTo(4);
        assertThat(score.tally(Field.SECTION_TITLE).right).isEqualTo(2);
        assertThat(score.tally(Field.FOUND).right).isEqualTo(6);
    }

    @Test
    void aSharedBackgroundIsRightOnTheQuestionOrOnItsSection() {
        Reading onSection = editSection(perfect(), 2, qs -> {
            ReadQuestion c = qs.get(1);
            qs.set(1, new ReadQuestion(c.number(), c.kind(), c.stem(), null, c.options(), c.key(), c.points(),
                    c.referenceAnswer(), c.explanation(), c.rubricSteps(), c.scoringFocus(), c.pitfalls(),
                    c.competencies(), c.source()));
        });
        ReadPaper p = onSection.paper();
        ReadSection s = p.sections().get(2);
        List<ReadSection> sections = new ArrayList<>(p.sections());
        sections.set(2, new ReadSection(s.number(), s.title(), null, "某网店在大促期间差评率从2%上升到9%,客服人手不足。",
                s.pointsEach(), s.statedCount(), s.statedTotal(), s.questions()));
        Reading withSectionBackground = reading(p.title(), p.timeLimitMinutes(), p.statedTotal(), false, sections);

        DocumentScore none = ImportAccuracy.score("no background", expected, onSection);
        DocumentScore section = ImportAccuracy.score("section background", expected, withSectionBackground);

        assertThat(none.tally(Field.BACKGROUND).right).isZero();
        assertThat(section.tally(Field.BACKGROUND).right).isEqualTo(1);
        // the scenario in the same section now has a background the paper does not give it
        assertThat(section.tally(Field.BACKGROUND).total).isEqualTo(2);
    }

    @Test
    void normalisingMakesWidthSpacePunctuationAndGlossesOneThing() {
        assertThat(ImportAccuracy.norm("(1) 客户 满意度:CSAT")).isEqualTo(ImportAccuracy.norm("(1)客户满意度:csat"));
        assertThat(ImportAccuracy.stemStarts("客户来电投诉物流延迟时,客服首先应该做的是", "客户来电投诉物流延迟时,客服首先")).isTrue();
        assertThat(ImportAccuracy.stemStarts("客户来电投诉物流延迟时,客服首先应该做的是", "1.客户来电投诉物流延迟时")).isFalse();
        assertThat(ImportAccuracy.key("A、C")).isEqualTo(ImportAccuracy.key("C,A"));
        assertThat(ImportAccuracy.key("ABC")).isEqualTo("A,B,C");
        assertThat(ImportAccuracy.similarity("客户来电投诉物流延迟", "客户来电投诉物流延迟时")).isGreaterThan(0.8);
    }

    @Test
    void theCorpusIsFoundByItsAnnotations() {
        Path dir = ImportCorpusAccuracyTest.corpusDirectory();
        assertThat(ImportAccuracy.corpus(dir)).allSatisfy(p -> assertThat(ImportAccuracy.annotationOf(p)).exists());
    }

    /** Every corpus annotation, read back as a reading, scores 100 %: no field is unreachable. */
    @Test
    void theAnnotationItselfScoresFullOnEveryCorpusDocument() throws IOException {
        for (Path document : ImportAccuracy.corpus(ImportCorpusAccuracyTest.corpusDirectory())) {
            Expected e = annotation(document);
            DocumentScore score = ImportAccuracy.score(document.toString(), e, readingOf(e));
            assertThat(score.mistakes).as(document.toString()).isEmpty();
            assertThat(score.ratio()).isEqualTo(1.0);
        }
    }

    /** On every corpus document, dropping one question or adding a stray one costs that question only. */
    @Test
    void aMissingOrExtraQuestionDoesNotShiftTheAlignmentOnAnyCorpusDocument() throws IOException {
        for (Path document : ImportAccuracy.corpus(ImportCorpusAccuracyTest.corpusDirectory())) {
            Expected e = annotation(document);
            int n = e.questionCount();
            int biggest = 0;
            for (int s = 0; s < e.sections().size(); s++) {
                if (e.sections().get(s).questions().size() > e.sections().get(biggest).questions().size()) {
                    biggest = s;
                }
            }
            int middle = e.sections().get(biggest).questions().size() / 2;

            DocumentScore missing = ImportAccuracy.score("missing", e, removeQuestion(readingOf(e), biggest, middle));
            assertThat(missing.tally(Field.FOUND).right).as(document + " missing").isEqualTo(n - 1);
            assertThat(missing.tally(Field.STEM).right).as(document + " missing").isEqualTo(n - 1);
            assertThat(missing.tally(Field.SECTION).right).as(document + " missing").isEqualTo(n - 1);

            ReadQuestion stray = q("99", QuestionKind.SHORT_ANSWER, "下载本文档请先登录,VIP会员可免费下载全部资料", List.of(),
                    null, null, null, null);
            DocumentScore extra = ImportAccuracy.score("extra", e, insertQuestion(readingOf(e), biggest, middle, stray));
            assertThat(extra.tally(Field.FOUND).right).as(document + " extra").isEqualTo(n);
            assertThat(extra.tally(Field.FOUND).total).as(document + " extra").isEqualTo(n + 1);
            assertThat(extra.overall().total - extra.overall().right).as(document + " extra").isEqualTo(1);
        }
    }

    // ---- building readings

    private static Expected annotation(Path document) throws IOException {
        return Expected.parse(Files.readString(ImportAccuracy.annotationOf(document), StandardCharsets.UTF_8));
    }

    /** What a perfect reader would give for this annotation. */
    static Reading readingOf(Expected e) {
        List<ReadSection> sections = new ArrayList<>();
        for (Expected.Section s : e.sections()) {
            List<ReadQuestion> questions = new ArrayList<>();
            for (Expected.Question q : s.questions()) {
                questions.add(new ReadQuestion(q.number(), QuestionKind.valueOf(q.kind()), q.stem(), q.caseBackground(),
                        q.options(), q.key(), q.points(), q.referenceAnswer() ? "参考答案" : null,
                        q.explanation() ? "解析" : null,
                        q.rubricSteps().stream().map(st -> new ReadStep(st.label(), st.points(), null, null)).toList(),
                        List.of(), List.of(), q.competencies(), null));
            }
            sections.add(new ReadSection(s.number(), s.title(), null, s.background(), s.pointsEach(), null,
                    s.statedTotal(), questions));
        }
        return reading(e.title(), e.timeLimitMinutes(), e.statedTotal(), e.truncated(), sections);
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }

    private static ReadQuestion q(String number, QuestionKind kind, String stem, List<String> options, String key,
            BigDecimal points, String reference, String explanation) {
        return new ReadQuestion(number, kind, stem, null, options, key, points, reference, explanation, List.of(),
                List.of(), List.of(), List.of(), null);
    }

    private static ReadQuestion withKey(ReadQuestion q, String key) {
        return new ReadQuestion(q.number(), q.kind(), q.stem(), q.caseBackground(), q.options(), key, q.points(),
                q.referenceAnswer(), q.explanation(), q.rubricSteps(), q.scoringFocus(), q.pitfalls(),
                q.competencies(), q.source());
    }

    private static Reading reading(String title, Integer time, BigDecimal total, boolean truncated,
            List<ReadSection> sections) {
        return new Reading(List.of(), Script.SIMPLIFIED, new ReadPaper(title, time, total, truncated, sections, List.of()));
    }

    private static Reading replaceQuestion(Reading r, int section, int index, UnaryOperator<ReadQuestion> change) {
        return editSection(r, section, qs -> {
            qs.set(index, change.apply(qs.get(index)));
        });
    }

    private static Reading insertQuestion(Reading r, int section, int index, ReadQuestion q) {
        return editSection(r, section, qs -> qs.add(index, q));
    }

    private static Reading removeQuestion(Reading r, int section, int index) {
        return editSection(r, section, qs -> qs.remove(index));
    }

    private static Reading editSection(Reading r, int section, java.util.function.Consumer<List<ReadQuestion>> edit) {
        ReadPaper p = r.paper();
        List<ReadSection> sections = new ArrayList<>(p.sections());
        ReadSection s = sections.get(section);
        List<ReadQuestion> qs = new ArrayList<>(s.questions());
        edit.accept(qs);
        sections.set(section, new ReadSection(s.number(), s.title(), s.instructions(), s.background(), s.pointsEach(),
                s.statedCount(), s.statedTotal(), qs));
        return reading(p.title(), p.timeLimitMinutes(), p.statedTotal(), p.truncated(), sections);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
