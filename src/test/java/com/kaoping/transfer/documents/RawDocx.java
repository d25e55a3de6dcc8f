package com.kaoping.transfer.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A minimal .docx written byte by byte, for XML that POI would not write (numbering, styles, attacks). */
final class RawDocx {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private String body = "";
    private String numbering;
    private String styles;
    private String documentPrefix = "";
    private final Map<String, byte[]> extra = new LinkedHashMap<>();

    RawDocx body(String bodyXml) {
        this.body = bodyXml;
        return this;
    }

    /** The children of w:numbering (abstractNum and num elements). */
    RawDocx numbering(String xml) {
        this.numbering = xml;
        return this;
    }

    /** The children of w:styles. */
    RawDocx styles(String xml) {
        this.styles = xml;
        return this;
    }

    /** Text put between the XML declaration and the document element (a DOCTYPE, say). */
    RawDocx prolog(String xml) {
        this.documentPrefix = xml;
        return this;
    }

    RawDocx entry(String name, byte[] content) {
        extra.put(name, content);
        return this;
    }

    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String p(int numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId
                + "\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String styled(String styleId, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + styleId + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + text
                + "</w:t></w:r></w:p>";
    }

    static String lvl(int ilvl, String fmt, String text) {
        return lvl(ilvl, fmt, text, 1, "");
    }

    static String lvl(int ilvl, String fmt, String text, int start, String more) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + fmt
                + "\"/>" + more + "<w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/></w:lvl>";
    }

    static String abstractNum(int id, String... levels) {
        return "<w:abstractNum w:abstractNumId=\"" + id + "\">" + String.join("", levels) + "</w:abstractNum>";
    }

    static String num(int numId, int abstractNumId, String overrides) {
        return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractNumId + "\"/>" + overrides + "</w:num>";
    }

    static String startOverride(int ilvl, int start) {
        return "<w:lvlOverride w:ilvl=\"" + ilvl + "\"><w:startOverride w:val=\"" + start + "\"/></w:lvlOverride>";
    }

    byte[] bytes() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        if (numbering != null) {
            types.append("<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>");
            rels.append("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>");
        }
        if (styles != null) {
            types.append("<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>");
            rels.append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        entries.put("[Content_Types].xml", utf8(types.toString()));
        entries.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>"));
        entries.put("word/document.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + documentPrefix
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>"));
        entries.put("word/_rels/document.xml.rels", utf8(rels.toString()));
        if (numbering != null) {
            entries.put("word/numbering.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:numbering xmlns:w=\"" + W + "\">" + numbering + "</w:numbering>"));
        }
        if (styles != null) {
            entries.put("word/styles.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:styles xmlns:w=\"" + W + "\">" + styles + "</w:styles>"));
        }
        entries.putAll(extra);
        return zip(entries);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
