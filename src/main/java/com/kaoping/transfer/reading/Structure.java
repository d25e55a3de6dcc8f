package com.kaoping.transfer.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the cleaned lines into the paper's tree: title and stated time and total, sections,
 * questions, and for each question its stem, options, answer, explanation, scoring focus, pitfalls,
 * competencies and shared background. One pass, one line at a time; what a line means depends on
 * where the reader stands (the zone) and on the numbering seen so far.
 */
final class Structure {

    /** Where the reader stands. */
    enum Zone {
        HEAD, SECTION_HEAD, SECTION_BACKGROUND, CASE_BACKGROUND, STEM, ANSWER, EXPLANATION, FOCUS, PITFALLS, COMPETENCIES,
        CRITERIA
    }

    final List<Cleaner.Line> lines;
    final List<Draft.Section> sections = new ArrayList<>();
    /** The paper's title, time limit and stated total, read above its first section. */
    final Heading heading = new Heading();
    /** 1-based line where the gathered answers start, or 0. */
    int keyStartLine;
    final GatheredAnswers gathered = new GatheredAnswers(this);

    Zone zone = Zone.HEAD;
    /** Inside "注意事项:" before the first section: its numbered lines are instructions, not questions. */
    private boolean inNotes;
    private Draft.Section section;
    Draft.Question question;
    private StringBuilder caseBackground;
    private boolean caseOpen;
    /** The numbering of the questions under the open case ("(1)" under "案例一:"), once seen. */
    private Numbering.Family caseFamily;
    private int lastSectionValue;

    // gathered answers at the end
    /** Reading the answers gathered at the end. */
    boolean keyMode;

    Structure(List<Cleaner.Line> lines) {
        this.lines = lines;
    }

    Structure read() {
        for (int i = 0; i < lines.size(); i++) {
            readLine(i + 1, lines.get(i), i + 1 < lines.size() ? lines.get(i + 1) : null);
        }
        return this;
    }

    /** The line after a key table's "题号" row was its "答案" row, already read. */
    private boolean skipLine;

    private void readLine(int no, Cleaner.Line line, Cleaner.Line next) {
        String norm = line.norm();
        if (skipLine) {
            skipLine = false;
            return;
        }
        if (norm.startsWith("题号") && next != null && next.norm().startsWith("答案") && !sections.isEmpty()) {
            gathered.readTable(norm, next.norm());
            skipLine = true;
            return;
        }
        Numbering.Number num = Numbering.at(norm, 0);
        Cues.Marker marker = num == null ? Cues.marker(norm, 0) : null;

        if (!keyMode && question != null && Cues.isKeyHeader(norm) && gathered.startsAt(line, next)) {
            keyMode = true;
            keyStartLine = no;
            question = null;
            zone = Zone.ANSWER;
            return;
        }
        if (keyMode) {
            gathered.readLine(no, line, num, marker);
            return;
        }
        if (zone == Zone.HEAD && section == null && question == null && norm.length() <= 200) {
            heading.readFacts(norm);
        }
        if (isSectionHeader(norm, num)) {
            inNotes = false;
            openSection(no, line, num);
            return;
        }
        if (section == null && question == null && (norm.startsWith("注意事项") || norm.startsWith("考生须知")
                || norm.startsWith("考试说明") || norm.startsWith("答题要求") || norm.startsWith("答题说明")
                || norm.startsWith("说明:") || norm.startsWith("考试须知"))) {
            inNotes = true;
            return;
        }
        if (inNotes && section == null && question == null) {
            return;
        }
        int caseAt = marker != null && marker.label() == Cues.Label.CASE ? marker.contentStart()
                : num == null && (!inAnswer() || Cues.isNumberedCaseLabel(norm)) ? Cues.caseOpener(norm) : -1;
        if (caseAt >= 0 && (!inAnswer() || marker == null)) {
            caseBackground = new StringBuilder(line.text().substring(caseAt).strip());
            caseOpen = true;
            caseFamily = null;
            zone = Zone.CASE_BACKGROUND;
            question = null;
            return;
        }
        boolean stemOpensWithHeading = question != null && zone == Zone.STEM && question.options.isEmpty()
                && !question.stem.isEmpty() && !looksLikeQuestion(question.stem.get(0).norm(), null);
        if (marker != null && marker.label() == Cues.Label.BACKGROUND && !inAnswer() && !stemOpensWithHeading) {
            String content = line.text().substring(marker.contentStart()).strip();
            if (section == null) {
                section = implicitSection();
            }
            if (section.questions.isEmpty()) {
                section.background = new StringBuilder(content);
                zone = Zone.SECTION_BACKGROUND;
            } else {
                caseBackground = new StringBuilder(content);
                caseOpen = true;
                caseFamily = null;
                zone = Zone.CASE_BACKGROUND;
                question = null;
            }
            return;
        }
        if (marker != null && marker.label() == Cues.Label.CASE_QUESTIONS
                && (!inAnswer() || question.number == null && question.value < 0)) {
            String content = line.text().substring(marker.contentStart()).strip();
            if (!content.isEmpty()) {
                Draft.Question q = openQuestion(no, null);
                q.stem.add(line.from(marker.contentStart()));
            }
            return;
        }
        if (norm.startsWith("A:") && question != null && question.number == null && question.options.isEmpty()
                && question.stem.size() > 0 && !inAnswer()) {
            // "Q:…" then "A:…": an interview's question and answer, not an option
            question.touch(no);
            zone = Zone.ANSWER;
            question.answer.add(line.from(2));
            return;
        }
        if (num != null && num.family() != Numbering.Family.OPTION && startsQuestion(num, line, next)) {
            if (Cues.isWithdrawn(norm.substring(num.contentStart()))) {
                // "7.(本题已删除)": the number stays taken, there is no question
                question = null;
                zone = Zone.STEM;
                return;
            }
            Draft.Question q = openQuestion(no, num);
            q.stem.add(line.from(Cues.afterAskLabel(norm, num.contentStart())));
            return;
        }
        if (question == null) {
            readOutsideQuestion(no, line, next);
            return;
        }
        question.touch(no);
        if (marker != null && question != null) {
            readMarker(line, marker);
            return;
        }
        if (num != null && zone == Zone.STEM && question.options.isEmpty() && num.family() != Numbering.Family.OPTION
                && num.family() != question.family && Cues.trailingMark(norm) != null && !looksLikeQuestion(norm, null)) {
            // "①情境(S):交代背景(2分)" under a question with no answer marker: scored steps, the rubric
            zone = Zone.ANSWER;
            question.answer.add(line);
            return;
        }
        if (num == null && zone == Zone.STEM && norm.length() > 2 && norm.charAt(0) == (char) ('A' + question.options.size())
                && norm.charAt(1) == ' ' && Text.isCjk(norm.charAt(2))) {
            // "A 倾听": an option written with a space instead of a dot
            question.options.add(Text.trimItem(line.text().substring(2)));
            return;
        }
        if (num != null && num.family() == Numbering.Family.OPTION && (zone == Zone.STEM)) {
            // "A.倾听；": the separator after an option is not part of it
            question.options.add(Text.trimItem(line.text().substring(num.contentStart())));
            return;
        }
        appendToZone(line);
    }

    private boolean inAnswer() {
        return question != null && zone != Zone.STEM;
    }

    private void readOutsideQuestion(int no, Cleaner.Line line, Cleaner.Line next) {
        String norm = line.norm();
        switch (zone) {
            case HEAD:
                heading.offerTitle(line);
                break;
            case SECTION_HEAD:
                if (norm.length() <= 60 && section.points.each() == null && section.points.total() == null
                        && section.points.count() == null) {
                    Cues.HeaderPoints hp = Cues.headerPoints(norm);
                    if (hp.each() != null || hp.total() != null || hp.count() != null) {
                        // "(每题2分,共20分)" on the line under the header
                        section.points = hp;
                        if (onlyPoints(norm)) {
                            break;
                        }
                    }
                }
                if (isLoneUnnumberedQuestion(norm, next)) {
                    openQuestion(no, null).stem.add(line);
                    break;
                }
                if (section.hint == Cues.KindHint.CASE || section.hint == Cues.KindHint.SCENARIO) {
                    if (norm.length() >= 30 && section.background == null) {
                        section.background = new StringBuilder(line.text());
                        zone = Zone.SECTION_BACKGROUND;
                        break;
                    }
                }
                section.instructions = join(section.instructions, line.text());
                break;
            case SECTION_BACKGROUND:
                section.background.append('\n').append(line.text());
                break;
            case CASE_BACKGROUND:
                caseBackground.append('\n').append(line.text());
                break;
            default:
                break;
        }
    }

    /**
     * "四、论述题(25分)" then the question itself without a number: a section stating one question's
     * points (or one question) holds it. Cases and scenarios are left out: there a long unnumbered
     * line under the header is the shared background.
     */
    private boolean isLoneUnnumberedQuestion(String norm, Cleaner.Line next) {
        Numbering.Number following = next == null ? null : Numbering.at(next.norm(), 0);
        if (following != null && following.family() != Numbering.Family.OPTION && !following.family().sectionLike()) {
            // numbered questions follow: this line is the section's instructions
            return false;
        }
        Cues.HeaderPoints p = section.points;
        boolean one = Integer.valueOf(1).equals(p.count()) || p.count() == null && p.each() == null && p.total() != null;
        if (!one || !section.questions.isEmpty() || norm.length() < 15 || section.hint == Cues.KindHint.CASE
                || section.hint == Cues.KindHint.SCENARIO || section.hint == Cues.KindHint.SINGLE
                || section.hint == Cues.KindHint.MULTIPLE || section.hint == Cues.KindHint.CHOICE
                || section.hint == Cues.KindHint.TRUE_FALSE) {
            return false;
        }
        for (String w : new String[] {"阅读", "根据", "请根据", "请阅读", "回答", "要求", "说明", "注意", "本题", "本大题", "本部分"}) {
            if (norm.startsWith(w)) {
                return false;
            }
        }
        if (norm.contains("以下") || norm.contains("下列") || norm.contains("下面")) {
            return false;
        }
        return looksLikeQuestion(norm, null) || norm.contains("论述") || norm.contains("谈谈") || norm.contains("结合");
    }


    private boolean isSectionHeader(String norm, Numbering.Number num) {
        if (num == null) {
            return Cues.isBareSectionHeader(norm) && (!inAnswer() || Cues.isStrictBareSectionHeader(norm));
        }
        if (!num.family().sectionLike()) {
            // "5、案例题": a numbered line that is only a section title heads a section
            String c = norm.substring(num.contentStart());
            return c.length() <= 12 && Cues.isBareSectionHeader(c) && !inAnswer()
                    && (num.family() == Numbering.Family.DOT || num.family() == Numbering.Family.COMMA);
        }
        String content = norm.substring(num.contentStart());
        boolean announces = Cues.kindOfTitle(content.length() > 20 ? content.substring(0, 20) : content) != null
                || headerPointsIn(content);
        switch (num.family()) {
            case CN:
            case PART:
                if (!announces && num.family() == Numbering.Family.CN && looksLikeQuestion(norm, null)
                        && (section == null || section.questionFamily == null || section.questionFamily == Numbering.Family.CN)) {
                    // "一、请做一下自我介绍?": an interview list numbered in Chinese, questions and not sections
                    return false;
                }
                if (inAnswer()) {
                    return announces && content.length() <= 60 || num.value() == lastSectionValue + 1 && announces;
                }
                return announces || num.value() == lastSectionValue + 1 || content.length() <= 20;
            case CN_PAREN:
                return announces && content.length() <= 60 && (section == null || section.questionFamily != Numbering.Family.CN_PAREN);
            default:
                return false;
        }
    }

    private static boolean headerPointsIn(String content) {
        if (content.length() > 80) {
            return false;
        }
        Cues.HeaderPoints p = Cues.headerPoints(content);
        return p.each() != null || (p.total() != null && p.count() != null);
    }

    void openSection(int no, Cleaner.Line line, Numbering.Number num) {
        Draft.Section s = new Draft.Section();
        String norm = line.norm();
        int start = num == null ? 0 : num.contentStart();
        if (num == null && norm.startsWith("[") && norm.indexOf(']') > 0) {
            // "【单选题】(每题2分)": the title inside the brackets
            int close = norm.indexOf(']');
            line = new Cleaner.Line(line.text().substring(1, close) + line.text().substring(close + 1),
                    norm.substring(1, close) + norm.substring(close + 1));
            norm = line.norm();
        }
        if (num != null) {
            s.number = num.label();
            s.value = num.value();
            s.family = num.family();
            lastSectionValue = num.value();
        }
        String content = norm.substring(start);
        s.points = Cues.headerPoints(content);
        s.hint = Cues.kindOfTitle(content.length() > 30 ? content.substring(0, 30) : content);
        // title: up to the first bracket, colon or full stop; the rest (without points) is instructions
        int end = content.length();
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '(' || c == '[' || c == ':' || c == '。' || (c == ' ' && i > 0 && Cues.kindOfTitle(content.substring(0, i)) != null)) {
                end = i;
                break;
            }
        }
        String text = line.text().substring(start);
        s.title = Text.emptyToNull(Text.trimItem(text.substring(0, end)));
        String rest = text.substring(end);
        String restNorm = content.substring(end);
        String instructions = Text.trimItem(stripPointsParens(rest, restNorm));
        if (onlyPoints(Text.fold(instructions))) {
            instructions = "";
        } else if (instructions.length() > 2 && (instructions.startsWith("(") || instructions.startsWith("（"))
                && (instructions.endsWith(")") || instructions.endsWith("）"))) {
            instructions = instructions.substring(1, instructions.length() - 1);
        }
        s.instructions = Text.emptyToNull(Text.trimItem(instructions));
        sections.add(s);
        section = s;
        question = null;
        caseBackground = null;
        caseOpen = false;
        zone = Zone.SECTION_HEAD;
    }

    private static final Pattern POINTS_PUNCT = Pattern.compile("[\\s,;:.()\\[\\]。、]");

    /** A folded header tail that says nothing but points ("(每题2分,共20分)"). */
    private static boolean onlyPoints(String norm) {
        return POINTS_PUNCT.matcher(POINTS_WORDS.matcher(norm).replaceAll("")).replaceAll("").length() < 2;
    }

    private static final Pattern POINTS_WORDS = Pattern.compile(
            "(?:本大题|本题|本部分)?(?:共|计)? ?\\d{1,3} ?(?:道小题|道题|小题|题|道)|(?:每小题|每道题|每题|各|共计|共|计|满分|合计)? ?\\d{1,4}(?:\\.\\d{1,2})? ?分");

    /** Drops "(3题,每题20分,共60分)" from a header's rest, keeping any other words. */
    private static String stripPointsParens(String text, String norm) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < norm.length()) {
            char c = norm.charAt(i);
            if (c == '(' || c == '[') {
                int close = -1;
                for (int k = i + 1; k < norm.length() && k < i + 60; k++) {
                    if (norm.charAt(k) == (c == '(' ? ')' : ']')) {
                        close = k;
                        break;
                    }
                }
                if (close > 0) {
                    String inside = norm.substring(i + 1, close);
                    if (inside.contains("分") || inside.contains("题")) {
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(text.charAt(i));
            i++;
        }
        return out.toString();
    }

    private Draft.Section implicitSection() {
        Draft.Section s = new Draft.Section();
        sections.add(s);
        return s;
    }

    private boolean startsQuestion(Numbering.Number num, Cleaner.Line line, Cleaner.Line next) {
        if (num.family() == Numbering.Family.PART || num.family() == Numbering.Family.NTH_STEP) {
            return false;
        }
        Numbering.Family family = section == null ? null : section.questionFamily;
        if (caseOpen && caseFamily == null && (question == null || zone == Zone.STEM) && zone != Zone.HEAD) {
            // the first numbered line under a case starts its questions, whatever the section's style
            if (family == null || num.family() != family || question == null) {
                caseFamily = num.family();
                return num.family() != Numbering.Family.CIRCLED || question == null;
            }
        }
        if (caseOpen && caseFamily != null && num.family() == caseFamily && caseFamily != family) {
            family = caseFamily;
        }
        if (family == null) {
            if (question != null && zone != Zone.STEM) {
                return false;
            }
            // the first numbered line under a section (or of an unnumbered paper) starts the questions
            return num.family() != Numbering.Family.CIRCLED || section != null;
        }
        int expected = question == null ? -1 : question.value + 1;
        if (num.family() != family) {
            // another style under a question is a sub-item or a step; only a slip between "1." "2、" "3)" in
            // the stem, with the next number, is taken for the next question
            return zone == Zone.STEM && question != null && arabic(num.family()) && arabic(family)
                    && num.value() == question.value + 1;
        }
        if (question == null) {
            return true;
        }
        if (zone == Zone.STEM) {
            return true;
        }
        // inside an answer, a number of the questions' own style is a step unless it is the next question
        if (num.value() != expected && !(num.value() == 1 && question.value > 1 && looksLikeQuestion(line.norm(), next))) {
            return false;
        }
        Integer stated = section.points.count();
        if (stated != null && section.questions.size() >= stated && !looksLikeQuestion(line.norm(), next)) {
            return false;
        }
        int lastStep = lastStepValue(family);
        if (lastStep == num.value() - 1) {
            // both readings fit: steps scored one by one and a line without a score is the next question
            boolean marked = Cues.trailingMark(line.norm()) != null;
            if (!marked && stepsAllMarked(family)) {
                return true;
            }
            if (marked && stepsAllMarked(family) && labelled(line.norm(), num) && lastStepLabelled(family)) {
                // "2. 快速排查：请买家…(6分)" after "1. 致歉与共情：…(6分)": the same shape, the next step
                return false;
            }
            return looksLikeQuestion(line.norm(), next);
        }
        return true;
    }

    private static boolean arabic(Numbering.Family f) {
        return f == Numbering.Family.DOT || f == Numbering.Family.COMMA || f == Numbering.Family.HALF_PAREN;
    }

    private boolean stepsAllMarked(Numbering.Family family) {
        boolean any = false;
        for (Cleaner.Line l : question.answer) {
            Numbering.Number n = Numbering.at(l.norm(), 0);
            if (n != null && n.family() == family) {
                if (Cues.trailingMark(l.norm()) == null) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** "致歉与共情：…": a short label and a colon open the numbered text. */
    private static boolean labelled(String norm, Numbering.Number num) {
        int colon = norm.indexOf(':', num.contentStart());
        return colon > num.contentStart() && colon - num.contentStart() <= 12
                && norm.substring(num.contentStart(), colon).indexOf('?') < 0;
    }

    private boolean lastStepLabelled(Numbering.Family family) {
        for (int i = question.answer.size() - 1; i >= 0; i--) {
            Numbering.Number n = Numbering.at(question.answer.get(i).norm(), 0);
            if (n != null && n.family() == family) {
                return labelled(question.answer.get(i).norm(), n);
            }
        }
        return false;
    }

    /** The last step number of this style in the current answer, or -1. */
    private int lastStepValue(Numbering.Family family) {
        int last = -1;
        for (Cleaner.Line l : question.answer) {
            Numbering.Number n = Numbering.at(l.norm(), 0);
            if (n != null && n.family() == family) {
                last = n.value();
            }
        }
        return last;
    }

    static boolean looksLikeQuestion(String norm, Cleaner.Line next) {
        Numbering.Number own = Numbering.at(norm, 0);
        String content = own == null ? norm : norm.substring(own.contentStart());
        if (Cues.trailingMark(content) == null) {
            for (String verb : new String[] {"简述", "说明", "谈谈", "论述", "描述", "列举", "阐述", "举例", "解释", "概述", "比较"}) {
                if (content.startsWith(verb)) {
                    return true;
                }
            }
        }
        if (norm.contains("?") || norm.contains("( )") || norm.contains("()") || norm.contains("如何") || norm.contains("什么")
                || norm.contains("哪") || norm.contains("怎么") || norm.contains("为什么") || asksPlease(norm)) {
            return true;
        }
        if (next != null) {
            Numbering.Number n = Numbering.at(next.norm(), 0);
            return n != null && n.family() == Numbering.Family.OPTION && n.value() == 1;
        }
        return false;
    }

    /** "请说明…", "…,请模拟…": a request to the candidate (not "邀请" or "申请"). */
    private static boolean asksPlease(String norm) {
        for (int i = norm.indexOf('请'); i >= 0; i = norm.indexOf('请', i + 1)) {
            if (i + 1 >= norm.length()) {
                return false;
            }
            char before = i == 0 ? ' ' : norm.charAt(i - 1);
            if (!Text.isCjk(before) || before == '你' || before == '。') {
                return true;
            }
        }
        return false;
    }

    private Draft.Question openQuestion(int no, Numbering.Number num) {
        if (section == null) {
            section = implicitSection();
        }
        Draft.Question q = new Draft.Question(section);
        if (num != null) {
            q.number = num.label();
            q.value = num.value();
            q.family = num.family();
            if (section.questionFamily == null) {
                section.questionFamily = num.family();
            }
        }
        if (caseOpen && caseFamily != null && num != null && num.family() != caseFamily) {
            // a question in the section's own numbering ends the case
            caseOpen = false;
        }
        if (caseOpen && caseBackground != null) {
            q.caseBackground = caseBackground.toString().strip();
        }
        q.fromLine = no;
        q.toLine = no;
        section.questions.add(q);
        question = q;
        zone = Zone.STEM;
        return q;
    }

    void readMarker(Cleaner.Line line, Cues.Marker marker) {
        String content = line.text().substring(marker.contentStart()).strip();
        Cleaner.Line rest = line.from(marker.contentStart());
        switch (marker.label()) {
            case ANSWER:
            case RUBRIC:
                zone = Zone.ANSWER;
                if (!content.isEmpty()) {
                    question.answer.add(rest);
                }
                break;
            case EXPLANATION:
                zone = Zone.EXPLANATION;
                if (!content.isEmpty()) {
                    question.explanation.add(content);
                    Cues.Marker inner = Cues.marker(rest.norm().strip(), 0);
                    if (inner != null && inner.label() == Cues.Label.FOCUS) {
                        String n = rest.norm().strip();
                        Rubrics.addItems(question.focus, content.substring(Math.min(content.length(), inner.contentStart())),
                                n.substring(inner.contentStart()), false);
                        zone = Zone.FOCUS;
                    }
                }
                break;
            case FOCUS:
                if (zone == Zone.EXPLANATION && question.explanation.isEmpty()) {
                    // "解析:" on its own line, then "评分侧重①…": the focus is the explanation
                    question.explanation.add(line.text());
                }
                zone = Zone.FOCUS;
                Rubrics.addItems(question.focus, content, rest.norm().strip(), false);
                break;
            case PITFALLS:
                zone = Zone.PITFALLS;
                Rubrics.addPitfalls(question.pitfalls, content, rest.norm().strip());
                break;
            case COMPETENCIES:
                zone = Zone.COMPETENCIES;
                if (rest.norm().startsWith("评分") || line.norm().startsWith("评分") || line.norm().startsWith("[评分")) {
                    // "评分要点:…": steps, competencies or what a good answer shows, by what it lists
                    zone = Zone.CRITERIA;
                    ScoringPoints.read(question, new Cleaner.Line(content, rest.norm().strip()), content, rest.norm().strip());
                    break;
                }
                ScoringPoints.giveWayToCompetencies(question);
                Rubrics.addCompetencies(question.competencies, content, rest.norm().strip());
                break;
            case BACKGROUND:
            case CASE:
            case CASE_QUESTIONS:
            default:
                appendToZone(line);
                break;
        }
    }

    void appendToZone(Cleaner.Line line) {
        String norm = line.norm();
        switch (zone) {
            case STEM:
                if (!question.options.isEmpty()) {
                    // a wrapped option: it goes on with the last one
                    int last = question.options.size() - 1;
                    question.options.set(last, question.options.get(last) + line.text());
                } else {
                    question.stem.add(line);
                }
                break;
            case ANSWER:
                question.answer.add(line);
                break;
            case EXPLANATION:
                question.explanation.add(line.text());
                break;
            case FOCUS:
                Rubrics.addItems(question.focus, line.text(), norm, false);
                break;
            case PITFALLS:
                Rubrics.addPitfalls(question.pitfalls, line.text(), norm);
                break;
            case COMPETENCIES:
                Rubrics.addCompetencies(question.competencies, line.text(), norm);
                break;
            case CRITERIA:
                ScoringPoints.read(question, line, line.text(), norm);
                break;
            default:
                break;
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "\n" + b;
    }
}
