package vn.ngayhoi.outreach;

/**
 * The channels of the seed's section II.1 and, where the results report has one, the indicator the
 * channel's count fills in. Codes are a contract of the API and of the database.
 */
public enum PropagandaChannel {
    /** Panô, băng rôn. */
    BANNER("banners"),
    /** Khẩu hiệu displayed. */
    SLOGAN("slogans"),
    /** Tờ rơi, tài liệu phát. */
    LEAFLET("leaflets"),
    /** Loa truyền thanh: count is broadcasts. */
    LOUDSPEAKER("broadcasts"),
    /** Posts on social media, with the link. */
    SOCIAL("social_posts"),
    /** Press, radio and television items (outlet in the note, link). */
    PRESS("press_articles"),
    /** Meetings and talks: count is sessions, reach is attendees; the report has no line for them. */
    MEETING(null);

    private final String indicator;

    PropagandaChannel(String indicator) {
        this.indicator = indicator;
    }

    /** The default report form's indicator code this channel fills, or null. */
    public String indicator() {
        return indicator;
    }

    public String messageKey() {
        return "outreach.channel." + name();
    }

    /** The prefill source naming this channel in a report form ({@code propaganda.LOUDSPEAKER}). */
    public String prefillSource() {
        return "propaganda." + name();
    }
}
