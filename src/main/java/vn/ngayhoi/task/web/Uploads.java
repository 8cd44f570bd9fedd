package vn.ngayhoi.task.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import vn.ngayhoi.task.Upload;

/** Multipart files as uploads; an empty file input sends one nameless empty part, which is dropped. */
final class Uploads {

    private Uploads() {}

    static List<Upload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> !(f.isEmpty()
                        && (f.getOriginalFilename() == null
                                || f.getOriginalFilename().isBlank())))
                .map(f -> {
                    try {
                        return new Upload(f.getOriginalFilename(), f.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
