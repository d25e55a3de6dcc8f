package com.kaoping.paper.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** 一、情景模拟题 …: a numbered section with its questions and draw rules, in order. */
@Entity
@Table(name = "paper_section")
public class PaperSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    private String instructions;

    private String background;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "section_id", nullable = false)
    @OrderBy("position")
    private List<PaperItem> items = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "section_id", nullable = false)
    @OrderBy("position")
    private List<DrawRule> rules = new ArrayList<>();

    protected PaperSection() {
    }

    PaperSection(String title, String instructions, String background, int position) {
        this.position = position;
        describe(title, instructions, background);
    }

    PaperSection copy(int position) {
        PaperSection copy = new PaperSection(title, instructions, background, position);
        items.forEach(i -> copy.items.add(i.copy(copy.items.size())));
        rules.forEach(r -> copy.rules.add(r.copy(copy.rules.size())));
        return copy;
    }

    void describe(String title, String instructions, String background) {
        this.title = title.strip();
        this.instructions = blankToNull(instructions);
        this.background = blankToNull(background);
    }

    void setPosition(int position) {
        this.position = position;
    }

    void addQuestion(long questionId) {
        items.add(new PaperItem(questionId, items.size()));
    }

    /** @param points the points on this paper, or null for the question's own */
    void addQuestion(long questionId, java.math.BigDecimal points) {
        PaperItem item = new PaperItem(questionId, items.size());
        item.setPoints(points);
        items.add(item);
    }

    void addRule(DrawRule rule) {
        rules.add(rule);
        renumber();
    }

    PaperItem item(long itemId) {
        return items.stream().filter(i -> i.getId() != null && i.getId() == itemId).findFirst()
                .orElseThrow(() -> new com.kaoping.shared.NotFoundException("paper item", itemId));
    }

    void moveItem(long itemId, int delta) {
        PaperItem item = item(itemId);
        int from = items.indexOf(item);
        int to = from + delta;
        if (to >= 0 && to < items.size()) {
            items.remove(from);
            items.add(to, item);
            renumber();
        }
    }

    /** Puts the question at this place (0-based; beyond the end: last). */
    void moveItemTo(long itemId, int to) {
        PaperItem item = item(itemId);
        items.remove(item);
        items.add(Math.max(0, Math.min(to, items.size())), item);
        renumber();
    }

    void removeItem(long itemId) {
        items.remove(item(itemId));
        renumber();
    }

    void removeRule(long ruleId) {
        DrawRule rule = rules.stream().filter(r -> r.getId() != null && r.getId() == ruleId).findFirst()
                .orElseThrow(() -> new com.kaoping.shared.NotFoundException("draw rule", ruleId));
        rules.remove(rule);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setPosition(i);
        }
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).setPosition(i);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    public String getBackground() {
        return background;
    }

    public List<PaperItem> getItems() {
        return items.stream().sorted(Comparator.comparingInt(PaperItem::getPosition)).toList();
    }

    public List<DrawRule> getRules() {
        return rules.stream().sorted(Comparator.comparingInt(DrawRule::getPosition)).toList();
    }
}
