package vn.ngayhoi.shared.web;

import java.time.LocalDate;

/**
 * One thing a person must do next, from whichever module asks it of them.
 *
 * @param kind what sort of obligation, stable for machines ({@code REPORT_REVIEW}, {@code TASK_OPEN}…)
 * @param titleKey message key of the title; {@code titleArgs} fill it (names, never bare codes)
 * @param href the page where it is done
 * @param dueDate by when, or {@code null} when nothing sets a date
 * @param unitCode the unit the obligation is about (whose report, whose task)
 * @param unitName that unit's name
 * @param note a sentence to read with it (the reason a report was returned), or {@code null}
 */
public record TodoItem(
        String kind,
        String titleKey,
        Object[] titleArgs,
        String href,
        LocalDate dueDate,
        String unitCode,
        String unitName,
        String note) {}
