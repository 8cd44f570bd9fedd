package vn.ngayhoi.shared.database;

/**
 * Whether the application runs on its own embedded PostgreSQL (a laptop, a demo) or on an external
 * server given by {@code SPRING_DATASOURCE_URL}. The demo scenario is only ever loaded on the former.
 */
public record DatabaseMode(boolean embedded) {}
