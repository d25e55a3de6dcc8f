package com.kaoping.transfer.documents;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The body of a {@code .docx} as lines: paragraphs in body order (through content controls and
 * custom XML), tables row by row, and each numbered paragraph prefixed with the number Word shows.
 */
final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName VAL = new QName(W, "val");

    private final XWPFDocument doc;
    private final ListNumbering numbering = new ListNumbering();
    private final Map<String, Resolved> instances = new HashMap<>();
    private final String defaultParagraphStyle;

    private DocxText(XWPFDocument doc) {
        this.doc = doc;
        this.defaultParagraphStyle = findDefaultParagraphStyle(doc.getStyles());
    }

    static void extract(XWPFDocument doc, TextSink out) {
        try (XmlCursor body = doc.getDocument().getBody().newCursor()) {
            new DocxText(doc).blocks(body, out::line);
        }
    }

    private interface Lines {
        void line(String text);
    }

    /*
     * The walk moves cursors and asks for a typed object only for w:p: poi-ooxml-lite holds the
     * schema types POI itself uses, and asking for an element of another type (w:customXml,
     * w:suff, ...) would fail to load its type.
     */

    /** Walks block-level content: paragraphs, tables, content controls, custom XML. */
    private void blocks(XmlCursor container, Lines lines) {
        try (XmlCursor c = container.newCursor()) {
            if (!c.toFirstChild()) {
                return;
            }
            do {
                if (!W.equals(c.getName().getNamespaceURI())) {
                    continue;
                }
                switch (c.getName().getLocalPart()) {
                    case "p" -> {
                        if (c.getObject() instanceof CTP p) {
                            lines.line(paragraph(p));
                        }
                    }
                    case "tbl" -> table(c, lines);
                    case "sdt" -> {
                        try (XmlCursor content = child(c, "sdtContent")) {
                            if (content != null) {
                                blocks(content, lines);
                            }
                        }
                    }
                    case "customXml", "sdtContent" -> blocks(c, lines);
                    default -> { }
                }
            } while (c.toNextSibling());
        }
    }

    /** A new cursor on the first child named {@code localName}, or null. */
    private static XmlCursor child(XmlCursor parent, String localName) {
        XmlCursor c = parent.newCursor();
        if (c.toFirstChild()) {
            do {
                if (localName.equals(c.getName().getLocalPart()) && W.equals(c.getName().getNamespaceURI())) {
                    return c;
                }
            } while (c.toNextSibling());
        }
        c.close();
        return null;
    }

    private interface Visitor {
        void visit(XmlCursor element);
    }

    /** Visits the children named {@code localName}, looking through content controls and custom XML. */
    private static void children(XmlCursor container, String localName, Visitor visitor) {
        try (XmlCursor c = container.newCursor()) {
            if (!c.toFirstChild()) {
                return;
            }
            do {
                if (!W.equals(c.getName().getNamespaceURI())) {
                    continue;
                }
                String name = c.getName().getLocalPart();
                if (name.equals(localName)) {
                    visitor.visit(c);
                } else if (name.equals("sdt")) {
                    try (XmlCursor content = child(c, "sdtContent")) {
                        if (content != null) {
                            children(content, localName, visitor);
                        }
                    }
                } else if (name.equals("customXml")) {
                    children(c, localName, visitor);
                }
            } while (c.toNextSibling());
        }
    }

    /**
     * A table row whose cells are one paragraph each becomes one line, cells joined by a tab
     * (options laid out in a grid read {@code A.…\tB.…}); a row with longer cells gives each
     * paragraph its own line. Empty cells (merged continuations, blanks for answers) are left out.
     */
    private void table(XmlCursor tbl, Lines lines) {
        children(tbl, "tr", row -> {
            List<List<String>> cells = new ArrayList<>();
            children(row, "tc", tc -> {
                List<String> cell = new ArrayList<>();
                blocks(tc, cell::add);
                cells.add(cell);
            });
            boolean simple = true;
            List<String> joined = new ArrayList<>();
            for (List<String> cell : cells) {
                List<String> nonEmpty = new ArrayList<>();
                for (String l : cell) {
                    if (!l.isBlank()) {
                        nonEmpty.add(l);
                    }
                }
                if (nonEmpty.size() > 1 || nonEmpty.stream().anyMatch(l -> l.indexOf('\n') >= 0)) {
                    simple = false;
                }
                if (!nonEmpty.isEmpty()) {
                    joined.add(String.join("\n", nonEmpty));
                }
            }
            if (joined.isEmpty()) {
                return;
            }
            if (simple) {
                lines.line(String.join("\t", joined));
            } else {
                for (String cell : joined) {
                    lines.line(cell);
                }
            }
        });
    }

    private String paragraph(CTP p) {
        String text = new XWPFParagraph(p, doc).getText();
        String label = label(p);
        return label.isEmpty() ? text : label + text;
    }

    // ---- numbering ----

    /** A list instance as the paragraphs see it: its list, its levels, the levels it restarts. */
    private record Resolved(Object listKey, ListNumbering.Level[] levels, Set<Integer> overridden,
            Map<String, Integer> levelOfStyle) {
    }

    private String label(CTP p) {
        CTPPr ppr = p.getPPr();
        String numId = null;
        String ilvl = null;
        String styleId = null;
        if (ppr != null) {
            CTNumPr numPr = ppr.getNumPr();
            if (numPr != null) {
                numId = val(numPr.getNumId());
                ilvl = val(numPr.getIlvl());
            }
            styleId = val(ppr.getPStyle());
        }
        if (styleId == null) {
            styleId = defaultParagraphStyle;
        }
        String styleWithNumbering = null;
        if (numId == null || ilvl == null) {
            // through the paragraph's style and the styles it is based on
            XWPFStyles styles = doc.getStyles();
            String id = styleId;
            Set<String> visited = new HashSet<>();
            while (styles != null && id != null && visited.add(id) && (numId == null || ilvl == null)) {
                XWPFStyle style = styles.getStyle(id);
                if (style == null) {
                    break;
                }
                CTStyle ct = style.getCTStyle();
                CTPPrGeneral sp = ct.getPPr();
                if (sp != null && sp.getNumPr() != null) {
                    if (numId == null) {
                        numId = val(sp.getNumPr().getNumId());
                        if (numId != null) {
                            styleWithNumbering = id;
                        }
                    }
                    if (ilvl == null) {
                        ilvl = val(sp.getNumPr().getIlvl());
                    }
                }
                id = ct.getBasedOn() == null ? null : val(ct.getBasedOn());
            }
        }
        if (numId == null || "0".equals(numId.trim())) {
            return "";
        }
        Resolved r = resolve(numId.trim());
        if (r == null) {
            return "";
        }
        int level = parseInt(ilvl, -1);
        if (level < 0) {
            Integer byStyle = styleWithNumbering == null ? null : r.levelOfStyle().get(styleWithNumbering);
            if (byStyle == null && styleId != null) {
                byStyle = r.levelOfStyle().get(styleId);
            }
            level = byStyle == null ? 0 : byStyle;
        }
        return numbering.next(r.listKey(), numId.trim(), r.levels(), r.overridden(), level);
    }

    private Resolved resolve(String numId) {
        if (instances.containsKey(numId)) {
            return instances.get(numId);
        }
        Resolved r = null;
        XWPFNumbering all = doc.getNumbering();
        BigInteger id = parseBig(numId);
        if (all != null && id != null) {
            XWPFNum num = all.getNum(id);
            if (num != null && num.getCTNum() != null) {
                r = resolve(all, num.getCTNum(), 0);
            }
        }
        instances.put(numId, r);
        return r;
    }

    private Resolved resolve(XWPFNumbering all, CTNum num, int depth) {
        String abstractId = val(num.getAbstractNumId());
        BigInteger aid = parseBig(abstractId);
        XWPFAbstractNum abs = aid == null ? null : all.getAbstractNum(aid);
        if (abs == null || abs.getCTAbstractNum() == null) {
            return null;
        }
        CTAbstractNum ct = abs.getCTAbstractNum();
        // numStyleLink: the definition lives in the abstractNum of the numbering style it names
        String link = val(ct.getNumStyleLink());
        if (link != null && depth < 4 && doc.getStyles() != null) {
            XWPFStyle style = doc.getStyles().getStyle(link);
            if (style != null && style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getNumPr() != null) {
                BigInteger linked = parseBig(val(style.getCTStyle().getPPr().getNumPr().getNumId()));
                XWPFNum linkedNum = linked == null ? null : all.getNum(linked);
                if (linkedNum != null && linkedNum.getCTNum() != null) {
                    Resolved base = resolve(all, linkedNum.getCTNum(), depth + 1);
                    if (base != null) {
                        return applyOverrides(num, base.listKey(), base.levels().clone(), base.levelOfStyle());
                    }
                }
            }
        }
        ListNumbering.Level[] levels = new ListNumbering.Level[ListNumbering.LEVELS];
        Map<String, Integer> levelOfStyle = new HashMap<>();
        for (CTLvl lvl : ct.getLvlArray()) {
            int i = lvl.getIlvl() == null ? -1 : lvl.getIlvl().intValue();
            if (i >= 0 && i < levels.length) {
                levels[i] = level(lvl, null);
                String pStyle = val(lvl.getPStyle());
                if (pStyle != null) {
                    levelOfStyle.put(pStyle, i);
                }
            }
        }
        return applyOverrides(num, "abstract:" + abstractId, levels, levelOfStyle);
    }

    private Resolved applyOverrides(CTNum num, Object listKey, ListNumbering.Level[] levels,
            Map<String, Integer> levelOfStyle) {
        Set<Integer> overridden = new HashSet<>();
        for (CTNumLvl o : num.getLvlOverrideArray()) {
            int i = o.getIlvl() == null ? -1 : o.getIlvl().intValue();
            if (i < 0 || i >= levels.length) {
                continue;
            }
            if (o.getLvl() != null) {
                levels[i] = level(o.getLvl(), levels[i]);
                if (o.getLvl().getStart() != null) {
                    overridden.add(i);
                }
            }
            String start = val(o.getStartOverride());
            if (start != null) {
                ListNumbering.Level base = levels[i] == null ? ListNumbering.Level.DEFAULT : levels[i];
                levels[i] = new ListNumbering.Level(parseInt(start, base.start()), base.format(), base.text(),
                        base.restartAfter(), base.legal(), base.suffix());
                overridden.add(i);
            }
        }
        return new Resolved(listKey, levels, overridden, levelOfStyle);
    }

    private static ListNumbering.Level level(CTLvl lvl, ListNumbering.Level base) {
        ListNumbering.Level b = base == null ? ListNumbering.Level.DEFAULT : base;
        int start = lvl.getStart() == null ? (base == null ? 1 : b.start()) : parseInt(val(lvl.getStart()), 1);
        String format = lvl.getNumFmt() == null ? b.format() : orElse(val(lvl.getNumFmt()), "decimal");
        String text = lvl.getLvlText() == null ? b.text() : orElse(val(lvl.getLvlText()), "");
        Integer restart = lvl.getLvlRestart() == null ? b.restartAfter() : Integer.valueOf(parseInt(val(lvl.getLvlRestart()), 0));
        boolean legal = lvl.getIsLgl() == null ? b.legal() : onOff(val(lvl.getIsLgl()));
        String suff; // CTLevelSuffix is not in poi-ooxml-lite: read it untyped
        try (XmlCursor lc = lvl.newCursor(); XmlCursor sc = child(lc, "suff")) {
            suff = sc == null ? null : orElse(sc.getAttributeText(VAL), "tab");
        }
        String suffix = suff == null ? b.suffix() : suff;
        return new ListNumbering.Level(start, format, text, restart, legal, suffix);
    }

    private static String findDefaultParagraphStyle(XWPFStyles styles) {
        if (styles == null || styles.getCtStyles() == null) {
            return null;
        }
        for (CTStyle s : styles.getCtStyles().getStyleArray()) {
            try (XmlCursor c = s.newCursor()) {
                String type = c.getAttributeText(new QName(W, "type"));
                String isDefault = c.getAttributeText(new QName(W, "default"));
                if ((type == null || "paragraph".equals(type)) && isDefault != null && onOff(isDefault)) {
                    return c.getAttributeText(new QName(W, "styleId"));
                }
            }
        }
        return null;
    }

    // ---- attribute helpers: read w:val as text, so that values the schema does not know
    // (newer number formats, typos) never throw ----

    static String val(XmlObject o) {
        if (o == null) {
            return null;
        }
        try (XmlCursor c = o.newCursor()) {
            return c.getAttributeText(VAL);
        }
    }

    private static boolean onOff(String v) {
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    private static String orElse(String v, String fallback) {
        return v == null ? fallback : v;
    }

    private static int parseInt(String v, int fallback) {
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static BigInteger parseBig(String v) {
        if (v == null) {
            return null;
        }
        try {
            return new BigInteger(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
