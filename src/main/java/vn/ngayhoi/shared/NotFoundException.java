package vn.ngayhoi.shared;

/**
 * Answered as 404. Thrown both for what does not exist and for what lies outside the caller's scope,
 * so that a response never tells the two apart.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
