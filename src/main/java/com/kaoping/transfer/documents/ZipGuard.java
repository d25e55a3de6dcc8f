package com.kaoping.transfer.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.kaoping.transfer.documents.UnreadableDocumentException.Reason;

/**
 * Reads a zip (an OOXML package) once, entry by entry as POI's stream reader will, before POI
 * sees it: an entry expanding past {@link #MAX_ENTRY_BYTES}, the whole past {@link #MAX_TOTAL_BYTES},
 * or an entry inflating more than {@link #MAX_RATIO} times is a zip bomb; an XML part with a
 * DOCTYPE (the way to external entities) is refused before any XML parser runs. No global POI
 * setting is changed (the same JVM writes Excel exports).
 */
final class ZipGuard {

    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    /** POI's own default minimum inflate ratio is 0.01: the same 100 times. */
    static final long MAX_RATIO = 100;
    /** Entries smaller than this are not judged by their ratio (an empty styles part compresses well). */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;
    private static final int PROLOG_BYTES = 64 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    static void check(byte[] zip) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnreadableDocumentException(Reason.ZIP_BOMB, "more than " + MAX_ENTRIES + " zip entries");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                byte[] prolog = xml ? new byte[PROLOG_BYTES] : null;
                int prologLength = 0;
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (prolog != null && prologLength < PROLOG_BYTES) {
                        int take = Math.min(n, PROLOG_BYTES - prologLength);
                        System.arraycopy(buffer, 0, prolog, prologLength, take);
                        prologLength += take;
                    }
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES) {
                        throw new UnreadableDocumentException(Reason.ZIP_BOMB,
                                entry.getName() + " expands past " + MAX_ENTRY_BYTES + " bytes");
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw new UnreadableDocumentException(Reason.ZIP_BOMB,
                                "the package expands past " + MAX_TOTAL_BYTES + " bytes");
                    }
                }
                long compressed = entry.getCompressedSize();
                if (size > RATIO_GRACE_BYTES && compressed > 0 && size / compressed > MAX_RATIO) {
                    throw new UnreadableDocumentException(Reason.ZIP_BOMB,
                            entry.getName() + " inflates " + size / compressed + " times");
                }
                if (prolog != null && declaresDoctype(prolog, prologLength)) {
                    throw new UnreadableDocumentException(Reason.EXTERNAL_ENTITY,
                            entry.getName() + " declares a DOCTYPE");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "not a readable zip: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "an empty or unreadable zip");
        }
    }

    /** Whether the start of an XML part (UTF-8 or UTF-16) declares a DOCTYPE or an entity. */
    static boolean declaresDoctype(byte[] bytes, int length) {
        String head;
        boolean utf16le = length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == '<' && bytes[1] == 0);
        boolean utf16be = length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == 0 && bytes[1] == '<');
        if (utf16le) {
            head = new String(bytes, 0, length, StandardCharsets.UTF_16LE);
        } else if (utf16be) {
            head = new String(bytes, 0, length, StandardCharsets.UTF_16BE);
        } else {
            head = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
        return head.contains("<!DOCTYPE") || head.contains("<!ENTITY");
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 && b[3] == 4 || b[2] == 5 && b[3] == 6 || b[2] == 7 && b[3] == 8);
    }

    static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0 && (b[4] & 0xFF) == 0xA1 && (b[5] & 0xFF) == 0xB1
                && (b[6] & 0xFF) == 0x1A && (b[7] & 0xFF) == 0xE1;
    }

    static boolean isPdf(byte[] b) {
        int limit = Math.min(b.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    static InputStream stream(byte[] b) {
        return new ByteArrayInputStream(b);
    }
}
