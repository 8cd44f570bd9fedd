package vn.ngayhoi.shared.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file handed to the browser to save, under the name it should be saved as. */
public final class Downloads {

    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private Downloads() {}

    public static ResponseEntity<byte[]> attachment(byte[] bytes, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(bytes);
    }

    public static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
        return attachment(bytes, fileName, MediaType.APPLICATION_PDF);
    }

    public static ResponseEntity<byte[]> docx(byte[] bytes, String fileName) {
        return attachment(bytes, fileName, DOCX);
    }
}
