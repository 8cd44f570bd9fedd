package vn.ngayhoi.task;

/** A file someone sends as evidence: the name they gave it and its bytes. */
public record Upload(String fileName, byte[] content) {}
