package vn.ngayhoi.register.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.register.OutgoingRegister;
import vn.ngayhoi.register.OutgoingRegister.StoredFile;

/**
 * Issued files, one address for every kind: the frozen bytes as signed, their SHA-256 as the ETag
 * (a file never changes, so a client holding it gets 304). Out of scope or unknown: 404.
 */
@RestController
class DocumentDownloadController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final OutgoingRegister register;

    DocumentDownloadController(OutgoingRegister register) {
        this.register = register;
    }

    @GetMapping({"/documents/{id}.pdf", "/api/v1/documents/{id}.pdf"})
    ResponseEntity<byte[]> pdf(
            @PathVariable long id, @RequestHeader(value = "If-None-Match", required = false) String etag) {
        return serve(register.file(id, "pdf"), MediaType.APPLICATION_PDF, etag);
    }

    @GetMapping({"/documents/{id}.docx", "/api/v1/documents/{id}.docx"})
    ResponseEntity<byte[]> docx(
            @PathVariable long id, @RequestHeader(value = "If-None-Match", required = false) String etag) {
        return serve(register.file(id, "docx"), DOCX, etag);
    }

    private static ResponseEntity<byte[]> serve(StoredFile file, MediaType type, String ifNoneMatch) {
        String etag = "\"" + file.sha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(type)
                .eTag(etag)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.bytes());
    }
}
