package com.kaoping.support;

import java.util.List;

import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.Questions;
import org.springframework.stereotype.Component;

/** Makes papers for tests that need one to exist rather than to build one. */
@Component
public class TestPapers {

    private final PaperService papers;
    private final QuestionBank bank;

    public TestPapers(PaperService papers, QuestionBank bank) {
        this.papers = papers;
        this.bank = bank;
    }

    /** A published written test with this title and time limit, one section and one scenario question. */
    public long publishedWrittenTest(String title, Integer minutes, long hr) {
        long paper = papers.create(new PaperSettings(title, PaperPurpose.WRITTEN_TEST, null, minutes, null, null, null,
                false, false), hr, null);
        long section = papers.addSection(paper, papers.detail(paper).version(), "一", null, null, hr);
        papers.addQuestions(paper, papers.detail(paper).version(), section,
                List.of(bank.create(Questions.scenario("情景 " + title), hr, null)), hr);
        papers.publish(paper, papers.detail(paper).version(), hr);
        return paper;
    }
}
