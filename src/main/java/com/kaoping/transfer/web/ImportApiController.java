package com.kaoping.transfer.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.kaoping.transfer.ImportRefusedException;
import com.kaoping.transfer.PaperImport;
import com.kaoping.transfer.reading.ReadPaper;
import com.kaoping.transfer.reading.ReadSection;
import com.kaoping.transfer.reading.Script;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON preview of {@code import.md}: what the reader understood of a paper, nothing written.
 * The body is the paper as text, or a multipart field {@code file}. Refusals are RFC 9457 problem
 * details in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasRole('HR')")
class ImportApiController {

    private final PaperImport imports;
    private final ImportMessages warnings;
    private final MessageSource messages;

    ImportApiController(PaperImport imports, ImportMessages warnings, MessageSource messages) {
        this.imports = imports;
        this.warnings = warnings;
        this.messages = messages;
    }

    @PostMapping(path = "/preview", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Preview previewText(jakarta.servlet.http.HttpServletRequest request,
                        @RequestParam(defaultValue = "SIMPLIFIED") Script script) throws IOException {
        // read no more than a paper can be (UTF-8: at most 4 bytes a character) before refusing
        byte[] body = request.getInputStream().readNBytes(4 * PaperImport.MAX_CHARS + 1);
        if (body.length > 4 * PaperImport.MAX_CHARS) {
            throw new ImportRefusedException(ImportRefusedException.Reason.TEXT_TOO_LONG);
        }
        // read as UTF-8 whatever charset the header claims: the contract says text/plain;charset=UTF-8
        return preview(imports.read(new String(body, StandardCharsets.UTF_8), script).paper());
    }

    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Preview previewFile(@RequestParam("file") MultipartFile file,
                        @RequestParam(defaultValue = "SIMPLIFIED") Script script) throws IOException {
        return preview(imports.read(file.getOriginalFilename(), file.getBytes(), script).paper());
    }

    private Preview preview(ReadPaper paper) {
        List<Warning> said = paper.warnings().stream().map(w -> new Warning(w.code().name(), w.section(), w.question(),
                warnings.warning(w.code().name(), w.args().toArray(String[]::new)))).toList();
        return new Preview(paper.title(), paper.timeLimitMinutes(), paper.statedTotal(), paper.truncated(),
                paper.sections(), said);
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException e) {
        HttpStatus status = switch (e.reason()) {
            case TOO_LARGE, TEXT_TOO_LONG, ZIP_BOMB, TOO_MANY_QUESTIONS -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(
                "import.refused." + e.reason().name(), new Object[] {PaperImport.MAX_CHARS, PaperImport.MAX_QUESTIONS}, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("import.refused", null, LocaleContextHolder.getLocale()));
        problem.setProperty("code", e.reason().name());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A request the API cannot take as sent (no file part, an unknown script, a file over the limit): a problem detail too. */
    @ExceptionHandler({org.springframework.web.multipart.support.MissingServletRequestPartException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.web.multipart.MaxUploadSizeExceededException.class})
    ResponseEntity<ProblemDetail> notServed(Exception e) {
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return refused(new ImportRefusedException(ImportRefusedException.Reason.TOO_LARGE));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(
                "import.api.badRequest", null, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("import.refused", null, LocaleContextHolder.getLocale()));
        problem.setProperty("code", "BAD_REQUEST");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The preview as {@code import.md} gives it. */
    record Preview(String title, Integer timeLimitMinutes, BigDecimal statedTotal, boolean truncated,
                   List<ReadSection> sections, List<Warning> warnings) {
    }

    /** @param section 1-based, or null for the paper; @param question 1-based in its section, or null */
    record Warning(String code, Integer section, Integer question, String message) {
    }
}
