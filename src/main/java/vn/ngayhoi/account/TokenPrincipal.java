package vn.ngayhoi.account;

import java.io.Serial;
import java.io.Serializable;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.ActorPrincipal;

/**
 * A request authenticated by an access token: the owner as {@link Actor} (so every scope check is the
 * owner's), and which token it was, so that the audit trail can say so.
 *
 * @param campaignId for a calendar feed of one campaign; null otherwise
 */
public record TokenPrincipal(
        Actor actor, long tokenId, String tokenName, AccessTokens.Kind kind, AccessTokens.Scope scope, Long campaignId)
        implements ActorPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String credential() {
        return "mã truy cập #" + tokenId + " «" + tokenName + "»";
    }
}
