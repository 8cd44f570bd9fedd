package vn.ngayhoi.budget;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A payment against an approved line, with its receipt or invoice kept with its SHA-256. */
public record Payment(
        long id,
        long lineId,
        long estimateId,
        long unitId,
        String unitCode,
        String unitName,
        LocalDate date,
        String payee,
        long amount,
        String fileName,
        String fileType,
        String sha256,
        String recordedBy,
        OffsetDateTime recordedAt) {}
