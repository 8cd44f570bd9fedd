package vn.ngayhoi.shared.web;

import java.time.LocalDate;

/** One thing a person must do next, shown on their home page; {@code titleKey} is a message key. */
public record TodoItem(String titleKey, Object[] titleArgs, String href, LocalDate dueDate) {}
