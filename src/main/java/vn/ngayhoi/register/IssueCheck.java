package vn.ngayhoi.register;

import java.util.List;

/**
 * What "Ban hành" will issue, shown before it does: the number it will take if issued now, the
 * signer, the recipients and the text of page 1 as the issued PDF will print it.
 */
public record IssueCheck(
        String numberLine, String signerTitle, String signerName, List<String> recipients, String firstPageText) {

    public IssueCheck {
        recipients = List.copyOf(recipients);
    }
}
