package vn.ngayhoi.task;

/**
 * A hook for a virus scanner: return false to refuse a file. The default accepts everything; a
 * deployment with a scanner (ClamAV, a gateway) provides its own bean.
 */
public interface AttachmentScanner {

    boolean clean(String fileName, byte[] content);
}
