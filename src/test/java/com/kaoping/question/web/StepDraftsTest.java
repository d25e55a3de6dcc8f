package com.kaoping.question.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Steps drafted from a reference answer the way HR writes one, and back. */
class StepDraftsTest {

    @Test
    void numberedLinesBecomePointsWithALabelAndTheRestAsWording() {
        List<StepDrafts.Point> points = StepDrafts.points("""
                参考答案要点：
                1. 致歉共情：“非常抱歉给您带来不便，我非常理解您的心情。”
                2、核实订单。请客户提供订单号，查询物流记录，确认延误原因。
                3) 给出方案（4分）
                """);
        assertThat(points).extracting(StepDrafts.Point::label).containsExactly("致歉共情", "核实订单", "给出方案");
        assertThat(points.get(0).wording()).isEqualTo("“非常抱歉给您带来不便，我非常理解您的心情。”");
        // the label is not said again in the wording (written back it read "核实订单：核实订单。请…")
        assertThat(points.get(1).wording()).isEqualTo("请客户提供订单号，查询物流记录，确认延误原因。");
        assertThat(points.get(2).wording()).isEmpty();
        assertThat(points.get(2).points()).isEqualByComparingTo("4");
    }

    @Test
    void everyCommonMarkerIsRecognisedAndNumbersInTheTextAreNot() {
        assertThat(StepDrafts.points("① 安抚情绪\n② 说明原因\n③ 给出补偿")).hasSize(3);
        assertThat(StepDrafts.points("（1）安抚情绪\n（2）说明原因")).hasSize(2);
        assertThat(StepDrafts.points("一、安抚情绪\n二、说明原因")).hasSize(2);
        assertThat(StepDrafts.points("第一步：安抚情绪\n第二步：说明原因")).extracting(StepDrafts.Point::label)
                .containsExactly("安抚情绪", "说明原因");
        assertThat(StepDrafts.points("- Apologise: I am sorry.\n- Check the order")).extracting(StepDrafts.Point::label)
                .containsExactly("Apologise", "Check the order");
        // several points on one line, separated by sentence ends
        assertThat(StepDrafts.points("1. 安抚情绪；2. 说明原因；3. 给出补偿。")).extracting(StepDrafts.Point::label)
                .containsExactly("安抚情绪", "说明原因", "给出补偿");
        // "3.5 天" and a single point are nothing to split
        assertThat(StepDrafts.points("物流通常需要 3.5 天，请耐心等待。")).isEmpty();
        assertThat(StepDrafts.points("1. 只有一点")).isEmpty();
        assertThat(StepDrafts.points(null)).isEmpty();
    }

    @Test
    void pointsWrittenWithADecimalAreReadWhole() {
        List<StepDrafts.Point> points = StepDrafts.points("1. 倾听（2.0分）\n2. 回复（1.5 分）");
        assertThat(points).extracting(StepDrafts.Point::label).containsExactly("倾听", "回复");
        assertThat(points).extracting(StepDrafts.Point::points).containsExactly(new BigDecimal("2.0"), new BigDecimal("1.5"));
    }

    @Test
    void pointsAreSharedInHalfPointsOrTakenFromTheText() {
        assertThat(StepDrafts.share(new BigDecimal("10"), 3)).containsExactly(new BigDecimal("3.5"),
                new BigDecimal("3.5"), new BigDecimal("3"));
        assertThat(StepDrafts.share(new BigDecimal("7"), 2)).containsExactly(new BigDecimal("3.5"), new BigDecimal("3.5"));
        assertThat(StepDrafts.share(null, 2)).containsExactly(null, null);

        List<QuestionForm.StepForm> named = StepDrafts.steps(StepDrafts.points("1. 甲（2分）\n2. 乙（3 分）"),
                new BigDecimal("10"));
        assertThat(named).extracting(QuestionForm.StepForm::getMaxPoints).containsExactly(new BigDecimal("2"),
                new BigDecimal("3"));
        List<QuestionForm.StepForm> shared = StepDrafts.steps(StepDrafts.points("1. 甲（2分）\n2. 乙"),
                new BigDecimal("10"));
        assertThat(shared).extracting(QuestionForm.StepForm::getMaxPoints).containsExactly(new BigDecimal("5"),
                new BigDecimal("5"));
    }

    @Test
    void stepsWriteBackAsANumberedReferenceAnswerThatSplitsIntoTheSameSteps() {
        List<QuestionForm.StepForm> steps = List.of(new QuestionForm.StepForm("致歉共情", new BigDecimal("4"), "", "非常抱歉。"),
                new QuestionForm.StepForm(), new QuestionForm.StepForm("承诺跟进", new BigDecimal("6"), "", ""));
        String text = StepDrafts.referenceAnswer(steps, "zh-CN");
        assertThat(text).isEqualTo("1. 致歉共情：非常抱歉。\n2. 承诺跟进");
        assertThat(StepDrafts.points(text)).extracting(StepDrafts.Point::label).containsExactly("致歉共情", "承诺跟进");
        assertThat(StepDrafts.referenceAnswer(steps, "en")).startsWith("1. 致歉共情: 非常抱歉。");
    }
}
