package vn.ngayhoi.shared;

/** Answered as 429: the sender has used up what a window allows (public forms). */
public class TooManyRequestsException extends RuntimeException {

    private final String messageKey;

    public TooManyRequestsException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
