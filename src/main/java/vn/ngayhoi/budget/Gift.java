package vn.ngayhoi.budget;

import java.time.LocalDate;

/**
 * A gift at a festival: its recipient (a person or a collective) and category, what it is and its
 * value in whole đồng, the leader assigned to the festival who hands it over, and the day it was
 * handed (null until then).
 */
public record Gift(
        long id,
        long festivalId,
        String recipient,
        String recipientKind,
        String category,
        String kind,
        long value,
        long giverUserId,
        String giverName,
        LocalDate handedOn) {}
